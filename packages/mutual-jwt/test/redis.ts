import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

/**
 * The shared Redis these tests may write to: `REDIS_URL`, by default database
 * 9 of 127.0.0.1:6379 (not 0, where a developer keeps their own data). Tests
 * only touch keys under {@link testPrefix}, found with SCAN, and never list or flush the whole database.
 */
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/9';

/** Identifies this test run in every key it writes. */
export const RUN_ID = randomUUID();

/** A key prefix of this run, unique per call. */
export function testPrefix(label: string): string {
  return `test:mutual-jwt:${RUN_ID}:${label}:${randomUUID()}:`;
}

/** A client as the README recommends it (fail fast, no offline queue), ready. */
export async function connectTestRedis(): Promise<Redis> {
  const redis = new Redis(REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  await new Promise((resolve, reject) => {
    redis.once('ready', resolve);
    redis.once('error', reject);
  });
  return redis;
}

/** Deletes the keys under `prefix` (SCAN, never KEYS: this Redis is shared). */
export async function deletePrefix(redis: Redis, prefix: string): Promise<void> {
  for await (const found of redis.scanStream({ match: `${prefix}*`, count: 100 }) as AsyncIterable<string[]>) {
    if (found.length > 0) await redis.del(...found);
  }
}
