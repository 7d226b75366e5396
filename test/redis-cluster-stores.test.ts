/**
 * The Redis-backed stores on a real 3-master + 3-replica Redis Cluster:
 * exact login limits across clients, single-use replay keys, one round trip
 * per login decision, and where the keys land (slot boundaries).
 */
import { RedisStore, slotTag, type CounterSpec } from '@parapet/auth-limit';
import { RedisReplayStore } from '@parapet/mutual-jwt';
import { Cluster, type Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { info, startRedisCluster, useTopology } from './redis-topology.js';

const clients: Cluster[] = [];

async function clusterClient(): Promise<Cluster> {
  const client = new Cluster([{ host: '127.0.0.1', port: topologyOf().ports[0]! }], {
    enableOfflineQueue: false,
    redisOptions: { maxRetriesPerRequest: 1, commandTimeout: 1000 },
  });
  client.on('error', () => undefined); // node failures surface as rejected commands
  clients.push(client);
  await new Promise<void>((resolve, reject) => {
    client.once('ready', resolve);
    client.once('end', () => reject(new Error('cluster client ended before ready')));
  });
  return client;
}

/** Sum of `calls` of `cmdstat_<name>` over the given nodes. */
async function calls(ports: readonly number[], name: string): Promise<number> {
  let total = 0;
  for (const port of ports) {
    const value = (await info(port, 'commandstats')).get(`cmdstat_${name}`);
    total += value === undefined ? 0 : Number(/calls=(\d+)/.exec(value)![1]);
  }
  return total;
}

async function countKeys(node: Redis, match: string): Promise<number> {
  let cursor = '0';
  let count = 0;
  do {
    const [next, keys] = await node.scan(cursor, 'MATCH', match, 'COUNT', 10_000);
    cursor = next;
    count += keys.length;
  } while (cursor !== '0');
  return count;
}

async function errorStats(ports: readonly number[]): Promise<string[]> {
  const found: string[] = [];
  for (const port of ports) for (const [key, value] of await info(port, 'errorstats')) found.push(`${port} ${key}:${value}`);
  return found;
}

/** The counters of one full login attempt (account+client, account, client failures, client requests), as the limiter builds them. */
function attemptSpecs(account: string, client: string): CounterSpec[] {
  return [
    { key: `login:ac:${account}:${client}`, limit: 5, windowMs: 60_000 },
    { key: `login:a:${account}`, limit: 100, windowMs: 60_000 },
    { key: `login:cf:${client}`, limit: 1000, windowMs: 60_000 },
    { key: `login:cr:${client}`, limit: 10_000, windowMs: 60_000 },
  ];
}

const topologyOf = useTopology(startRedisCluster);

afterAll(() => {
  for (const client of clients) client.disconnect();
});

describe('RedisStore and RedisReplayStore on Redis Cluster (3 masters + 3 replicas)', () => {
  it('200 concurrent attempts from two cluster clients let exactly 5 through, one EVALSHA per decision, no CROSSSLOT', async () => {
    const [one, two] = [await clusterClient(), await clusterClient()];
    const prefix = 'cluster-test:exact:';
    const stores = [new RedisStore({ client: one, prefix }), new RedisStore({ client: two, prefix })];
    const masters = await topologyOf().masters();
    for (const port of masters) await info(port, 'commandstats').then(() => undefined);
    const before = await calls(masters, 'evalsha');
    const specs = [attemptSpecs('victim', 'net-1'), attemptSpecs('victim', 'net-1')];
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => stores[i % 2]!.consume(specs[i % 2]!)));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    // One decision = one script call in one slot (the first of each client loads it with EVAL once at most).
    const evalsha = (await calls(masters, 'evalsha')) - before;
    expect(evalsha).toBe(200);
    expect((await errorStats(masters)).filter((e) => e.includes('CROSSSLOT'))).toEqual([]);
  });

  it('puts every key of one store in one slot; replay keys spread over all masters (10,000 accounts / tokens)', async () => {
    const client = await clusterClient();
    const prefix = 'cluster-test:spread:';
    const store = new RedisStore({ client, prefix });
    const replay = new RedisReplayStore({ client, prefix: 'cluster-test:jti:' });
    const usedMemory = async (port: number) => Number((await info(port, 'memory')).get('used_memory'));
    const memoryBefore = new Map<number, number>();
    for (const port of await topologyOf().masters()) memoryBefore.set(port, await usedMemory(port));
    const accounts = Array.from({ length: 10_000 }, (_, i) => `account-${i}`);
    for (let i = 0; i < accounts.length; i += 500) {
      await Promise.all(accounts.slice(i, i + 500).map((a, j) => store.consume(attemptSpecs(a, `net-${j % 100}`))));
      await Promise.all(accounts.slice(i, i + 500).map((a) => replay.claim(`aud:iss:${a}`, Date.now() + 60_000)));
    }
    const slot = Number(await client.cluster('KEYSLOT', `${prefix}{${slotTag(prefix)}}x`));
    const owner = await topologyOf().masterOf(slot);
    const masters = await topologyOf().masters();
    const limiterKeys: Record<number, number> = {};
    const replayKeys: Record<number, number> = {};
    for (const port of masters) {
      const node = client.nodes('master').find((n) => n.options.port === port)!;
      limiterKeys[port] = await countKeys(node, `${prefix}*`);
      replayKeys[port] = await countKeys(node, 'cluster-test:jti:*');
    }
    // 10,000 accounts × (ac + a) + 100 networks × (cf + cr), all on the master of the store's slot.
    expect(limiterKeys[owner]).toBe(20_200);
    expect(Object.values(limiterKeys).reduce((a, b) => a + b, 0)).toBe(20_200);
    const spread = Object.values(replayKeys);
    expect(spread.reduce((a, b) => a + b, 0)).toBe(10_000);
    for (const count of spread) expect(count).toBeGreaterThan(2_500);
    const grown = (await usedMemory(owner)) - memoryBefore.get(owner)!;
    console.log(`[measurement] limiter keys per master ${JSON.stringify(limiterKeys)}; replay keys per master ${JSON.stringify(replayKeys)}; used_memory growth on the limiter's master ${grown} bytes (${Math.round(grown / (20_200 + replayKeys[owner]!))} per key)`);
  });

  it('a replay key is claimed once across two cluster clients', async () => {
    const stores = [new RedisReplayStore({ client: await clusterClient() }), new RedisReplayStore({ client: await clusterClient() })];
    const wins = await Promise.all(Array.from({ length: 50 }, (_, i) => stores[i % 2]!.claim('aud:iss:jti-once', Date.now() + 30_000)));
    expect(wins.filter(Boolean)).toHaveLength(1);
  });

  it('refuses hash-tag characters in prefixes', () => {
    expect(() => new RedisStore({ client: clients[0]!, prefix: 'app:{login}:' })).toThrow(/"prefix" must not contain/);
    expect(() => new RedisReplayStore({ client: clients[0]!, prefix: 'app:{jti}:' })).toThrow(/"prefix" must not contain/);
  });
});
