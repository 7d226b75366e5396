/**
 * Checks shared by the Redis Cluster and Sentinel suites, run against two
 * instances of the example: exact login limits, single-use request tokens,
 * and the behaviour around a master failover.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { DEMO_USER, login, mutualClient, type RunningApi } from './helpers.js';

/** A client address of its own (the apps trust 127.0.0.1 as proxy), so per-network limits stay out of the way. */
export function randomClientIp(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

/** Status of a wrong-password login from `ip`, or 'hang' when no answer came within `ms`. */
async function wrongLogin(app: RunningApi, account: string, ip: string, ms = 8000): Promise<number | 'hang' | 'network'> {
  try {
    const res = await app.tlsFetch(`${app.httpsUrl}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ username: account, password: 'wrong-guess' }),
      signal: AbortSignal.timeout(ms),
    });
    await res.arrayBuffer();
    return res.status;
  } catch (error) {
    return (error as { name?: string }).name === 'TimeoutError' ? 'hang' : 'network';
  }
}

/** `n` concurrent wrong passwords for one account, alternating between the instances: the statuses, counted. */
export async function concurrentWrongPasswords(apps: readonly RunningApi[], n: number): Promise<Record<string, number>> {
  const ip = randomClientIp();
  const statuses = await Promise.all(Array.from({ length: n }, (_, i) => wrongLogin(apps[i % apps.length]!, DEMO_USER, ip, 20_000)));
  const counted: Record<string, number> = {};
  for (const s of statuses) counted[s] = (counted[s] ?? 0) + 1;
  return counted;
}

/** A signed request accepted by `a`, then replayed to `b` (and `a`): refused as a replay. */
export async function expectSingleUseAcrossInstances(a: RunningApi, b: RunningApi): Promise<void> {
  let authorization = '';
  const capture: typeof fetch = async (input, init) => {
    authorization = new Headers(init?.headers).get('authorization') ?? '';
    return a.tlsFetch(input, init);
  };
  expect((await mutualClient(a, a.callerKey, capture)(`${a.httpsUrl}/api/orders`)).status).toBe(200);
  const replays = await Promise.all([b, a, b].map((app) => app.tlsFetch(`${app.httpsUrl}/api/orders`, { headers: { authorization } })));
  expect(replays.map((r) => r.status)).toEqual([401, 401, 401]);
  expect([...a.logs.mutualRejections(), ...b.logs.mutualRejections()]).toEqual(['ERR_MUTUAL_REPLAY', 'ERR_MUTUAL_REPLAY', 'ERR_MUTUAL_REPLAY']);
}

/**
 * Wrong-password logins for fresh accounts, `perRound` at a time every
 * 100 ms for `rounds` rounds, alternating instances; `during(round)` runs
 * before each round (kill the master there). Returns every status.
 */
export async function loginBurst(apps: readonly RunningApi[], rounds: number, perRound: number, during: (round: number) => Promise<void>): Promise<(number | 'hang' | 'network')[]> {
  const pending: Promise<number | 'hang' | 'network'>[] = [];
  for (let round = 0; round < rounds; round++) {
    await during(round);
    for (let i = 0; i < perRound; i++) pending.push(wrongLogin(apps[(round + i) % apps.length]!, `burst-${randomUUID()}@example.com`, randomClientIp()));
    await new Promise((r) => setTimeout(r, 100));
  }
  return Promise.all(pending);
}

/**
 * Limiting runs on the shared store again: 3 failures on `a` and 2 on `b`
 * for one account block it on both instances (while an instance still
 * limits in memory, its own failures would not add up with the other's).
 * Retried with a fresh account and network until `deadlineMs`; returns how
 * long it took.
 */
export async function expectSharedLimitingResumes(a: RunningApi, b: RunningApi, deadlineMs = 20_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const account = `resume-${randomUUID()}@example.com`;
    const ip = randomClientIp();
    const statuses: (number | string)[] = [];
    for (const app of [a, a, a, b, b, a, b]) statuses.push(await wrongLogin(app, account, ip));
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    if (statuses.join() === '401,401,401,401,401,429,429') {
      const refused = await login(b, account, 'wrong-guess', { 'x-forwarded-for': ip });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(60);
      return Date.now() - started;
    }
    if (Date.now() - started > deadlineMs) throw new Error(`limiting did not resume on the shared store: ${statuses.join()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * A signed API call as the raw status the server sent (the mutual client
 * refuses an unsigned 503, so the status is taken before it verifies), or
 * 'hang' when no answer came within `ms`.
 */
export async function signedCallStatus(app: RunningApi, ms = 8000): Promise<number | 'hang'> {
  let status: number | 'hang' = 'hang';
  const keep: typeof fetch = async (input, init) => {
    const res = await app.tlsFetch(input, { ...init, signal: AbortSignal.timeout(ms) });
    status = res.status;
    return res;
  };
  await mutualClient(app, app.callerKey, keep)(`${app.httpsUrl}/api/orders`).catch(() => undefined);
  return status;
}

/** No 5xx response was logged by either instance (`allowed`: statuses a store outage may answer by design, e.g. the replay cache's 503). */
export function expectNo5xx(apps: RunningApi[], allowed: readonly number[] = []): void {
  for (const app of apps) {
    const statuses = app.logs.records().map((r) => (r.res as { status?: number } | undefined)?.status ?? 0);
    expect(statuses.filter((s) => s >= 500 && !allowed.includes(s))).toEqual([]);
  }
}
