/**
 * REDIS_CLUSTER_NODES: two instances of the example on a real 3-master +
 * 3-replica Redis Cluster share exact login limits, the replay cache and the
 * API cap without a CROSSSLOT error; one login decision is one EVALSHA as on
 * a single server; a master killed during a login burst gives no 5xx and no
 * hang, and limiting resumes on the promoted replica.
 */
import { slotTag } from '@parapet/auth-limit';
import { describe, expect, it } from 'vitest';
import { concurrentWrongPasswords, expectNo5xx, expectSharedLimitingResumes, expectSingleUseAcrossInstances, loginBurst } from './redis-app-checks.js';
import { FRAMEWORKS, KOA, sharedKeysEnv, startApi, tempDir, type Framework, type RunningApi } from './helpers.js';
import { info, redisCommand, startRedisCluster, startRedisSingle, useTopology, type RedisClusterTopology } from './redis-topology.js';


const topologyOf = useTopology(startRedisCluster);

async function pair(framework: Framework, extra: Record<string, string> = {}, cluster: RedisClusterTopology = topologyOf()): Promise<[RunningApi, RunningApi, Record<string, string>]> {
  const devDir = tempDir();
  const env = {
    REDIS_CLUSTER_NODES: cluster.ports.slice(0, 2).map((p) => `127.0.0.1:${p}`).join(','),
    REDIS_PREFIX: `cluster-app:${Math.random().toString(36).slice(2)}:`,
    TRUSTED_PROXIES: '127.0.0.1',
    ...(await sharedKeysEnv(devDir)),
    ...extra,
  };
  return [await startApi(env, devDir, framework), await startApi(env, devDir, framework), env];
}

async function calls(ports: readonly number[], ...names: string[]): Promise<number> {
  let total = 0;
  for (const port of ports) {
    const stats = await info(port, 'commandstats');
    for (const name of names) total += Number(/calls=(\d+)/.exec(stats.get(`cmdstat_${name}`) ?? '')?.[1] ?? 0);
  }
  return total;
}

async function crossSlotErrors(cluster: RedisClusterTopology = topologyOf()): Promise<string[]> {
  const found: string[] = [];
  for (const port of await cluster.masters()) {
    for (const [key, value] of await info(port, 'errorstats')) if (key.includes('CROSSSLOT')) found.push(`${port} ${key}:${value}`);
  }
  return found;
}

/** The master serving the login limiter's slot for REDIS_PREFIX `prefix`. */
async function limiterMaster(prefix: string, cluster: RedisClusterTopology = topologyOf()): Promise<number> {
  const storePrefix = `${prefix}auth-limit:`;
  const slot = Number(await redisCommand(cluster.ports[0]!, 'CLUSTER', 'KEYSLOT', `${storePrefix}{${slotTag(storePrefix)}}`));
  return cluster.masterOf(slot);
}

/** Wrong-password logins for `n` fresh accounts, one after the other. */
async function freshFailures(app: RunningApi, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const res = await app.tlsFetch(`${app.httpsUrl}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: `count-${i}-${Math.random()}@example.com`, password: 'wrong-guess' }),
    });
    expect(res.status).toBe(401);
  }
}

// Both examples: Koa's API cap is koa-ratelimit, Express's is express-rate-limit + rate-limit-redis
// (its script must reach every master), and each adapter of authLimit talks to the Cluster itself.
describe.each(FRAMEWORKS)('two instances on a 3-master Redis Cluster (REDIS_CLUSTER_NODES, $name)', (framework) => {
  it('200 concurrent wrong passwords for one account let exactly 5 through; no CROSSSLOT', async () => {
    const [a, b] = await pair(framework);
    expect(await concurrentWrongPasswords([a, b], 200)).toEqual({ 401: 5, 429: 195 });
    expect(await crossSlotErrors()).toEqual([]);
    expect([...a.logs.events('auth-limit.store_failure'), ...b.logs.events('auth-limit.store_failure')]).toEqual([]);
    expectNo5xx([a, b]);
  });

  it('accepts a request token once across both instances and shares the API cap', async () => {
    const [a, b] = await pair(framework);
    await expectSingleUseAcrossInstances(a, b);
    const [c, d] = await pair(framework, { API_RATE_LIMIT: '3' });
    const statuses: number[] = [];
    for (const app of [c, d, c, d]) statuses.push((await app.tlsFetch(`${app.httpsUrl}/api/orders`)).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(c.logs.events('api.rate_limit_store_error')).toEqual([]);
    expect(await crossSlotErrors()).toEqual([]);
  });
});

// The store's command count is a property of the shared auth-limit core and ioredis, not of the framework.
describe('Redis Cluster store internals (REDIS_CLUSTER_NODES, Koa)', () => {
  it('one login decision = one EVALSHA on Cluster, as on a single Redis (INFO commandstats)', async () => {
    const n = 20;
    const [a, , env] = await pair(KOA);
    await freshFailures(a, 1); // loads the script on the limiter's master
    const masters = await topologyOf().masters();
    for (const port of masters) await redisCommand(port, 'CONFIG', 'RESETSTAT');
    await freshFailures(a, n);
    const onCluster = { evalsha: await calls(masters, 'evalsha'), eval: await calls(masters, 'eval') };
    const owner = await limiterMaster(env.REDIS_PREFIX!);
    expect(await calls([owner], 'evalsha')).toBe(onCluster.evalsha);

    const single = await startRedisSingle();
    try {
      const devDir = tempDir();
      const s = await startApi({ REDIS_URL: `redis://127.0.0.1:${single.port}`, REDIS_PREFIX: 'single:', ...(await sharedKeysEnv(devDir)) }, devDir);
      await freshFailures(s, 1);
      await redisCommand(single.port, 'CONFIG', 'RESETSTAT');
      await freshFailures(s, n);
      const onSingle = { evalsha: await calls([single.port], 'evalsha'), eval: await calls([single.port], 'eval') };
      console.log(`[measurement] ${n} failed logins: cluster ${JSON.stringify(onCluster)}, single redis ${JSON.stringify(onSingle)}`);
      expect(onCluster).toEqual({ evalsha: n, eval: 0 });
      expect(onSingle).toEqual(onCluster);
    } finally {
      await single.stop();
    }
  });
});

// A failover uses up the victim's replica, so each framework gets a cluster of its own.
describe.each(FRAMEWORKS)('Redis Cluster failover ($name, own cluster)', (framework) => {
  const cluster = useTopology(startRedisCluster);

  it('master of the limiter slot killed during a login burst: 0 5xx, 0 hangs, limiting resumes after promotion', async () => {
    const [a, b, env] = await pair(framework, {}, cluster());
    const victim = await limiterMaster(env.REDIS_PREFIX!, cluster());
    const statuses = await loginBurst([a, b], 30, 6, async (round) => {
      if (round === 5) await cluster().kill(victim);
    });
    expect(statuses.filter((s) => s === 'hang' || s === 'network')).toEqual([]);
    expect(statuses.filter((s) => typeof s === 'number' && s >= 500)).toEqual([]);
    expect(new Set(statuses)).toEqual(new Set([401])); // onStoreError 'memory': wrong passwords stay 401 while the slot has no master
    expect(a.logs.events('auth-limit.store_failure').length + b.logs.events('auth-limit.store_failure').length).toBeGreaterThan(0);
    await cluster().waitHealthy();
    expect(await cluster().masters()).not.toContain(victim);
    const resumedAfterMs = await expectSharedLimitingResumes(a, b);
    console.log(`[measurement] cluster failover: ${statuses.length} logins in the burst, store errors a=${a.logs.events('auth-limit.store_failure').length} b=${b.logs.events('auth-limit.store_failure').length}, shared limiting back ${resumedAfterMs} ms after the cluster reported ok`);
    expectNo5xx([a, b]);
    expect(await crossSlotErrors(cluster())).toEqual([]);
  }, 60_000);
});
