export { ConfigError, DEFAULT_DEMO_PASSWORD, DEFAULT_DEMO_USER, loadConfig, OWASP_SCRYPT, redisVariable, type AppConfig, type LoadConfigOptions, type RedisConfig, type RedisNode } from './config.js';
export { attemptLogin, bodyField, changePassword, CREDENTIAL_PROBLEMS, loginCredentials, resetUsername, signupUsername, type CredentialRouteDeps, type LoginSuccess, type PasswordRouteOptions } from './credentials.js';
export { runDemo } from './demo.js';
export { DEMO_CALLER_ID, devPaths, ensureDevCaller, exampleDevDir, readCallerKey, type StoredCallerKey } from './dev-files.js';
export { parseCallersFile, parseServerKeyFile, SERVICE_IDENTITY } from './key-files.js';
export { createLogging, type AppLogging, type SecurityLog } from './logging.js';
export { listLimit, newOrder, OrderBook, ORDERS_POLICY, type Checked, type Order, type OrdersPolicy } from './orders.js';
export { ACME_PREFIX, acmeChallenge, HEALTH_BODY, HEALTH_PATH } from './plain-http.js';
export { isIdentityEncoded, PROBLEM_TYPE, problemBody, UNSUPPORTED_MEDIA } from './problem.js';
export { demoCommand, runExample, type ExampleProgram } from './server-main.js';
export {
  API_PATH,
  createExampleService,
  DEMO_USER_ID,
  mutualAuthSettings,
  rateLimitStoreError,
  type AppDependencies,
  type ExampleApi,
  type FrameworkApp,
  type ServiceOptions,
  type ServiceParts,
} from './service.js';
export { createTlsFetch, type TlsFetchOptions } from './tls-fetch.js';
export { UserDirectory, type User, type UserDirectoryOptions } from './users.js';
export { headerValues, UserTokenError, UserTokens, type AuthenticatedUser } from './user-tokens.js';
