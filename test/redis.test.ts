/**
 * REDIS_URL: two app instances (own ioredis clients, own processes' worth of
 * state) sharing one real Redis under a unique key prefix share login
 * limits, the replay cache and the API request cap — and a Redis that dies
 * mid-run never turns into a 5xx on login or a hang.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { ServerAuthenticationError } from '@parapet/mutual-jwt';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USER, freePort, FRAMEWORKS, login, makeApi, mutualClient, onCleanup, REDIS_URL, redisEnv, startApi, tempDir, type Framework, type RunningApi } from './helpers.js';

async function pair(framework: Framework, extra: Record<string, string> = {}, redisUrl = REDIS_URL): Promise<[RunningApi, RunningApi, Record<string, string>]> {
  const devDir = tempDir();
  const env = { ...(await redisEnv(devDir, redisUrl)), ...extra };
  return [await startApi(env, devDir, framework), await startApi(env, devDir, framework), env];
}

/** A throw-away redis-server on a free port, killed after the test. */
async function startRedisServer(): Promise<{ url: string; redisServer: ChildProcess }> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const redisServer = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    onCleanup(() => void redisServer.kill('SIGKILL'));
    const url = `redis://127.0.0.1:${port}`;
    // Up once it answers; exited if another process took the port after freePort() found it free.
    while (redisServer.exitCode === null) {
      const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      probe.on('error', () => undefined); // expected while redis-server starts
      const up = await probe.connect().then(() => true, () => false);
      probe.disconnect();
      if (up) return { url, redisServer };
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('redis-server did not start on a free port in 3 attempts');
}

describe.each(FRAMEWORKS)('two instances sharing Redis ($name)', (framework) => {
  it('share login limits: failures on either instance add up to one block', async () => {
    const [a, b] = await pair(framework);
    const statuses: number[] = [];
    for (const app of [a, a, a, b, b]) statuses.push((await login(app, DEMO_USER, 'wrong-guess')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expect((await login(a, DEMO_USER, DEMO_PASSWORD)).status).toBe(429);
    const onB = await login(b, DEMO_USER, DEMO_PASSWORD);
    expect(onB.status).toBe(429);
    expect(Number(onB.headers.get('retry-after'))).toBeGreaterThan(3500);
  });

  it('share the replay cache and the user-token key', async () => {
    const [a, b] = await pair(framework);
    let authorization = '';
    const capture: typeof fetch = async (input, init) => {
      authorization = new Headers(init?.headers).get('authorization') ?? '';
      return a.tlsFetch(input, init);
    };
    expect((await mutualClient(a, a.callerKey, capture)(`${a.httpsUrl}/api/orders`)).status).toBe(200);
    const replayed = await b.tlsFetch(`${b.httpsUrl}/api/orders`, { headers: { authorization } });
    expect(replayed.status).toBe(401);
    expect(b.logs.mutualRejections()).toEqual(['ERR_MUTUAL_REPLAY']);
    // Responses of either instance verify against the one published key.
    expect((await mutualClient(b, b.callerKey)(`${b.httpsUrl}/api/orders`)).status).toBe(200);

    const token = ((await (await login(a, DEMO_USER, DEMO_PASSWORD)).json()) as { access_token: string }).access_token;
    const me = await b.tlsFetch(`${b.httpsUrl}/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
  });

  it('share the API request cap on /api/* (koa-ratelimit, express-rate-limit), with sane Retry-After from the Redis store', async () => {
    const [a, b, env] = await pair(framework, { API_RATE_LIMIT: '3' });
    const statuses: number[] = [];
    for (const app of [a, b, a, b]) statuses.push((await app.tlsFetch(`${app.httpsUrl}/api/orders`)).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await a.tlsFetch(`${a.httpsUrl}/api/orders`);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(Number(limited.headers.get('x-ratelimit-reset')) - Date.now() / 1000).toBeLessThanOrEqual(61);
    const redis = new Redis(REDIS_URL);
    onCleanup(() => void redis.disconnect());
    // SCAN over this run's own prefix: KEYS would block a Redis other people use.
    const keys: string[] = [];
    for (let cursor = '0'; ; ) {
      const [next, batch] = await redis.scan(cursor, 'MATCH', `${env.REDIS_PREFIX}*`, 'COUNT', 1000);
      keys.push(...batch);
      if ((cursor = next) === '0') break;
    }
    expect(keys.some((k) => k.startsWith(`${env.REDIS_PREFIX}ratelimit:`))).toBe(true);
    expect(keys.some((k) => k.startsWith(`${env.REDIS_PREFIX}auth-limit:`))).toBe(false);
    // No raw client address or account in any key.
    expect(keys.filter((k) => k.includes('alice'))).toEqual([]);
  });

  it('keeps answering when Redis dies mid-run: login limited in memory, API fails closed with 503, no hang', async () => {
    const { url, redisServer } = await startRedisServer();
    const [a] = await pair(framework, {}, url);
    const client = mutualClient(a, a.callerKey);
    expect((await client(`${a.httpsUrl}/api/orders`)).status).toBe(200);

    const dead = new Promise((resolve) => redisServer.once('exit', resolve));
    redisServer.kill('SIGKILL');
    await dead;
    const started = Date.now();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await login(a, DEMO_USER, 'wrong-guess')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]); // auth-limit's onStoreError: 'memory'
    const api = await a.tlsFetch(`${a.httpsUrl}/api/orders`, { headers: { authorization: 'Bearer x.y.z' } });
    expect(api.status).toBe(401); // bad tokens are refused before the replay store is needed
    let raw: Response | undefined;
    const keep: typeof fetch = async (input, init) => (raw = (await a.tlsFetch(input, init)).clone());
    const signed = await mutualClient(a, a.callerKey, keep)(`${a.httpsUrl}/api/orders`).catch((e: unknown) => e);
    expect(signed).toBeInstanceOf(ServerAuthenticationError); // the 503 is unsigned: the client refuses it
    expect(raw?.status).toBe(503);
    expect(raw?.headers.get('retry-after')).toBe('1');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(a.logs.events('auth-limit.store_failure').length).toBeGreaterThan(0);
    expect(a.logs.mutualRejections()).toContain('ERR_MUTUAL_REPLAY_STORE_UNAVAILABLE');
    // The request limiter's Redis error became an in-memory limit for those requests, not a 500.
    expect(a.logs.events('api.rate_limit_store_error').length).toBeGreaterThan(0);
    expect(a.logs.records().filter((r) => (r.res as { status?: number } | undefined)?.status === 500)).toEqual([]);
  });

  it('refuses to start when Redis cannot be reached', async () => {
    const dir = tempDir();
    const env = await redisEnv(dir, `redis://127.0.0.1:${await freePort()}`);
    await expect(makeApi(env, dir, framework)).rejects.toThrow(/^REDIS_URL: cannot connect/);
  });
});
