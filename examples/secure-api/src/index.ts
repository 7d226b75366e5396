export { createApp, DEMO_USER_ID, ORDERS_POLICY, type AppDependencies, type SecureApi } from './app.js';
export { ConfigError, DEFAULT_DEMO_PASSWORD, DEFAULT_DEMO_USER, loadConfig, OWASP_SCRYPT, parseCallersFile, type AppConfig, type LoadConfigOptions } from './config.js';
export { DEFAULT_DEV_DIR, DEMO_CALLER_ID, devPaths, ensureDevCaller, readCallerKey, type StoredCallerKey } from './dev-files.js';
export { createLogging, type AppLogging } from './logging.js';
export { hashPassword, PasswordCheckBusyError, UserDirectory, type PasswordHash, type ScryptParameters, type User, type UserDirectoryOptions } from './passwords.js';
export { apiRateLimit, clientNetwork, type ApiRateLimitOptions } from './rate-limit.js';
export { OrderBook, type Order, type OrdersPolicy } from './routes/orders.js';
export { createTlsFetch, type TlsFetchOptions } from './tls-fetch.js';
export { UserTokenError, UserTokens, type AuthenticatedUser } from './user-tokens.js';
