/**
 * REDIS_SENTINELS + REDIS_SENTINEL_NAME: two instances of the example on a
 * real Sentinel setup (1 master + 1 replica + 3 sentinels) share exact login
 * limits and the replay cache; the master killed during a login burst gives
 * no 5xx and no hang, and limiting resumes once the sentinels have promoted
 * the replica.
 */
import { describe, expect, it } from 'vitest';
import { concurrentWrongPasswords, expectNo5xx, expectSharedLimitingResumes, expectSingleUseAcrossInstances, loginBurst, signedCallStatus } from './redis-app-checks.js';
import { FRAMEWORKS, sharedKeysEnv, startApi, tempDir, type Framework, type RunningApi } from './helpers.js';
import { startRedisSentinel, useTopology, type RedisSentinelTopology } from './redis-topology.js';

async function pair(framework: Framework, topology: RedisSentinelTopology): Promise<[RunningApi, RunningApi]> {
  const devDir = tempDir();
  const env = {
    REDIS_SENTINELS: topology.sentinelPorts.map((p) => `127.0.0.1:${p}`).join(','),
    REDIS_SENTINEL_NAME: topology.name,
    REDIS_PREFIX: `sentinel-app:${Math.random().toString(36).slice(2)}:`,
    TRUSTED_PROXIES: '127.0.0.1',
    ...(await sharedKeysEnv(devDir)),
  };
  return [await startApi(env, devDir, framework), await startApi(env, devDir, framework)];
}

// The master is killed once per topology, so each framework gets a Sentinel setup of its own.
describe.each(FRAMEWORKS)('two instances on Redis Sentinel (REDIS_SENTINELS, REDIS_SENTINEL_NAME, $name)', (framework) => {
  const topologyOf = useTopology(startRedisSentinel);

  it('200 concurrent wrong passwords for one account let exactly 5 through; a request token is accepted once', async () => {
    const [a, b] = await pair(framework, topologyOf());
    expect(await concurrentWrongPasswords([a, b], 200)).toEqual({ 401: 5, 429: 195 });
    await expectSingleUseAcrossInstances(a, b);
    expect([...a.logs.events('auth-limit.store_failure'), ...b.logs.events('auth-limit.store_failure')]).toEqual([]);
    expectNo5xx([a, b]);
  });

  it('master killed during a login burst: 0 5xx, 0 hangs, limiting resumes after the sentinels promote the replica; signed calls get 503 meanwhile', async () => {
    const [a, b] = await pair(framework, topologyOf());
    expect(await topologyOf().currentMaster()).toBe(topologyOf().masterPort);
    const signed: Promise<number | 'hang'>[] = [];
    const statuses = await loginBurst([a, b], 30, 6, async (round) => {
      if (round === 5) await topologyOf().kill(topologyOf().masterPort);
      if (round >= 5) signed.push(signedCallStatus(round % 2 === 0 ? a : b));
    });
    // The replay cache fails closed while no master answers (503 + Retry-After), never a 500 or a hang.
    const signedStatuses = await Promise.all(signed);
    expect(signedStatuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    expect(signedStatuses).toContain(503);
    expect(statuses.filter((s) => s === 'hang' || s === 'network')).toEqual([]);
    expect(new Set(statuses)).toEqual(new Set([401])); // onStoreError 'memory' while no master answers
    expect(a.logs.events('auth-limit.store_failure').length + b.logs.events('auth-limit.store_failure').length).toBeGreaterThan(0);
    const killedAt = Date.now();
    while ((await topologyOf().currentMaster()) !== topologyOf().replicaPort) {
      if (Date.now() - killedAt > 30_000) throw new Error('sentinels did not promote the replica');
      await new Promise((r) => setTimeout(r, 200));
    }
    const resumedAfterMs = await expectSharedLimitingResumes(a, b);
    expect([await signedCallStatus(a), await signedCallStatus(b)]).toEqual([200, 200]);
    console.log(`[measurement] sentinel failover: ${statuses.length} logins in the burst, store errors a=${a.logs.events('auth-limit.store_failure').length} b=${b.logs.events('auth-limit.store_failure').length}, shared limiting back ${resumedAfterMs} ms after the sentinels announced the new master; signed calls during the burst ${signedStatuses.join(',')}`);
    expectNo5xx([a, b], [503]);
  }, 60_000);
});
