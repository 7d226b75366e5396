import { exampleDevDir, loadConfig as loadSharedConfig, type AppConfig, type LoadConfigOptions } from '@parapet/example-shared';

export { createApp, type SecureApi } from './app.js';
export { apiRateLimit, clientNetwork, type ApiRateLimitOptions } from './rate-limit.js';
// The framework-neutral pieces, re-exported so code written against this example keeps working.
export {
  ConfigError,
  createTlsFetch,
  DEFAULT_DEMO_PASSWORD,
  DEFAULT_DEMO_USER,
  DEMO_CALLER_ID,
  DEMO_USER_ID,
  devPaths,
  ensureDevCaller,
  OrderBook,
  ORDERS_POLICY,
  OWASP_SCRYPT,
  parseCallersFile,
  parseServerKeyFile,
  readCallerKey,
  redisVariable,
  SERVICE_IDENTITY,
  UserDirectory,
  UserTokenError,
  UserTokens,
  type AppConfig,
  type AppDependencies,
  type AuthenticatedUser,
  type LoadConfigOptions,
  type Order,
  type OrdersPolicy,
  type RedisConfig,
  type RedisNode,
  type StoredCallerKey,
  type TlsFetchOptions,
  type User,
  type UserDirectoryOptions,
} from '@parapet/example-shared';

/** `.dev/` next to this example's `package.json`. */
export const DEFAULT_DEV_DIR = exampleDevDir(import.meta.url);

/** `loadConfig` of @parapet/example-shared with this example's `.dev/` as the default DEV_DIR. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>, options: LoadConfigOptions = {}): Promise<AppConfig> {
  return loadSharedConfig(env, { defaultDevDir: DEFAULT_DEV_DIR, ...options });
}
