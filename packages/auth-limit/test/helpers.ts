import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';

/** A fixed 32-byte test secret. */
export const SECRET = Buffer.from('test-secret-0123456789abcdef0123456789');

/**
 * The shared Redis these tests may write to: `REDIS_URL`, by default database
 * 9 of 127.0.0.1:6379 (not 0, where a developer keeps their own data). Tests
 * only touch keys under their own prefixes, found with SCAN, and never list or flush the whole database;
 * tests that need to kill or reconfigure Redis start their own redis-server.
 */
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/9';

/** Identifies this test run in every key it writes. */
export const RUN_ID = randomUUID();

const prefixes: string[] = [];

/** Unique Redis key prefix per test run, so parallel files never collide. */
export function uniquePrefix(label: string): string {
  const prefix = `test:auth-limit:${RUN_ID}:${label}:${randomUUID()}:`;
  prefixes.push(prefix);
  return prefix;
}

/** Every key under `prefix`, by SCAN MATCH (never KEYS: the Redis is shared and KEYS blocks it). */
export async function scanKeys(client: Redis, prefix: string): Promise<string[]> {
  const found: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = next;
    found.push(...keys);
  } while (cursor !== '0');
  return [...new Set(found)];
}

/** Deletes every key written under a prefix from {@link uniquePrefix} (shared Redis hygiene). */
export async function deleteTestKeys(client: Redis): Promise<void> {
  for (const prefix of prefixes.splice(0)) {
    const keys = await scanKeys(client, prefix);
    if (keys.length > 0) await client.del(...keys);
  }
}

/** An ioredis client as the README recommends it, connected: to {@link REDIS_URL}, or to a test's own redis-server on `port`. */
export async function connectRedis(port?: number): Promise<Redis> {
  const client = new Redis(port === undefined ? REDIS_URL : `redis://127.0.0.1:${port}`, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => 50,
  });
  client.on('error', () => {
    // Connection errors are expected in the failure tests; commands reject on their own.
  });
  await client.connect();
  return client;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** A throwaway redis-server on its own port (no persistence). */
export class RedisProcess {
  #child: ChildProcess | undefined;

  constructor(readonly port: number) {}

  async start(): Promise<void> {
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    this.#child = child;
    const probe = new Redis({ host: '127.0.0.1', port: this.port, lazyConnect: true, retryStrategy: () => null, enableOfflineQueue: false });
    probe.on('error', () => undefined);
    for (let i = 0; i < 100; i++) {
      try {
        await probe.connect();
        await probe.ping();
        probe.disconnect();
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    throw new Error(`redis-server on ${this.port} did not start`);
  }

  async kill(): Promise<void> {
    const child = this.#child;
    if (child === undefined || child.exitCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
    this.#child = undefined;
  }
}

export function randomIpv4(): string {
  const b = randomBytes(4);
  return `${b[0]! % 223 + 1}.${b[1]}.${b[2]}.${b[3]}`;
}

/**
 * The shared Redis ({@link REDIS_URL}) for one describe block: connected
 * before its tests, this file's test keys deleted (SCAN) and disconnected
 * after. Call inside `describe`; read the client from the returned getter.
 */
export function sharedRedis(): () => Redis {
  let client: Redis | undefined;
  beforeAll(async () => {
    client = await connectRedis();
  });
  afterAll(async () => {
    if (client === undefined) return;
    await deleteTestKeys(client);
    client.disconnect();
  });
  return () => client!;
}
