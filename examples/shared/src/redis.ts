/**
 * The shared Redis client of the examples (single server, Cluster or
 * Sentinel), connected before the listeners start so that a wrong address
 * fails the start instead of every request.
 */
import { Cluster, Redis } from 'ioredis';
import { redisVariable, type AppConfig, type RedisConfig } from './config.js';
import type { AppLogging } from './logging.js';

// No offline queue: while Redis (or the master of a key's slot) is down commands fail at once and
// each store applies its documented failure mode, instead of requests hanging until Redis returns.
// commandTimeout stays above the stores' own timeouts (auth-limit 250 ms by default).
const REDIS_COMMAND = { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 1000, connectTimeout: 3000 } as const;
const REDIS_STARTUP_MS = 10_000;

function redisClient(redis: RedisConfig): Redis | Cluster {
  if ('url' in redis) return new Redis(redis.url, { lazyConnect: true, ...REDIS_COMMAND });
  if ('clusterNodes' in redis) {
    // The top-level enableOfflineQueue is the one that matters on a Cluster: it refuses commands
    // for a slot whose master connection is down (failover) instead of queueing them.
    const cluster = new Cluster([...redis.clusterNodes], { lazyConnect: true, enableOfflineQueue: false, redisOptions: REDIS_COMMAND });
    // ioredis opens node connections lazily, and without an offline queue it refuses every command
    // for a node whose connection is still being opened: the first burst to a master (or to a
    // replica just promoted) would fail as store errors. Open each connection as soon as the node
    // is known after start-up (during the initial slot discovery ioredis closes seed connections
    // itself); the ones known at start are opened by connectRedis.
    cluster.on('+node', (node: Redis) => {
      if (node.status === 'wait' && cluster.status === 'ready') node.connect().catch(() => undefined);
    });
    return cluster;
  }
  // Sentinel: ioredis asks the sentinels for the current master and again after a failover.
  return new Redis({ sentinels: [...redis.sentinels], name: redis.sentinelName, lazyConnect: true, ...REDIS_COMMAND });
}

/** The connected client when the configuration names a Redis, else undefined. */
export async function connectRedis(config: AppConfig, logging: AppLogging): Promise<Redis | Cluster | undefined> {
  if (config.redis === undefined) return undefined;
  const redis = redisClient(config.redis);
  let healthy = false;
  redis.on('ready', () => {
    if (!healthy) logging.log.info({ event: 'redis.ready' }, 'redis connected');
    healthy = true;
  });
  redis.on('error', (err: Error) => {
    // ioredis reports every reconnect attempt; log the transition only.
    if (healthy) logging.security('store.redis_error', { error: err.message }, 'error');
    healthy = false;
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    // A Cluster or Sentinel client keeps retrying its seeds: bound the wait so a wrong address fails the start.
    await Promise.race([
      redis.connect().then(() => (redis instanceof Cluster ? Promise.all(redis.nodes('all').map((node) => node.ping())) : undefined)),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`not ready within ${REDIS_STARTUP_MS} ms`)), REDIS_STARTUP_MS);
      }),
    ]);
  } catch (err) {
    redis.disconnect();
    throw new Error(`${redisVariable(config.redis)}: cannot connect (${err instanceof Error ? err.message : String(err)})`, { cause: err });
  } finally {
    clearTimeout(timer);
  }
  return redis;
}
