/**
 * The app factory: both Koa apps of the example, wired from a validated
 * {@link AppConfig}. `server.ts` and the integration tests use this same
 * factory, so what is tested is what runs.
 *
 * HTTPS app, outermost first:
 *   trustProxy (when TRUSTED_PROXIES) → requestLogger → securityHeaders (HSTS + helmet)
 *   → GET /.well-known/jwks.json → GET /healthz → POST /login, GET /me → POST /password-reset
 *   → /api/* (any case, routed or not), one koa-compose chain: koa-ratelimit → mutualAuth
 *             → orders routes (allowCallers per route; body parser after mutualAuth)
 * Plain-HTTP app:
 *   trustProxy → requestLogger → securityHeaders (never HSTS over HTTP)
 *   → httpsRedirect (GET/HEAD → 301 to https://PUBLIC_HOST:PUBLIC_HTTPS_PORT, others 403)
 *   → GET /healthz, ACME challenges (the redirect's exemptions)
 */
import { createServer as createHttpServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo, Server } from 'node:net';
import { MemoryStore, RedisStore } from '@parapet/auth-limit';
import { createSecureServer, createTransportResolver, getTransport, httpsRedirect, securityHeaders, trustProxy } from '@parapet/https';
import { jwksEndpoint, MemoryReplayStore, mutualAuth, RedisReplayStore } from '@parapet/mutual-jwt';
import { OWASP_SCRYPT, PasswordChecker, PasswordHasher } from '@parapet/password-policy';
import { Cluster, Redis } from 'ioredis';
import Koa from 'koa';
import compose from 'koa-compose';
import type { DestinationStream } from 'pino';
import { redisVariable, type AppConfig, type RedisConfig } from './config.js';
import { DEMO_CALLER_ID } from './dev-files.js';
import { createLogging, type AppLogging } from './logging.js';
import { apiRateLimit } from './rate-limit.js';
import { loginRouter } from './routes/login.js';
import { passwordRouter } from './routes/passwords.js';
import { passwordResetRouter } from './routes/password-reset.js';
import { OrderBook, ordersRouter, type OrdersPolicy } from './routes/orders.js';
import { acmeRouter, HEALTH_PATH, healthRouter } from './routes/plain-http.js';
import { UserTokens } from './user-tokens.js';
import { UserDirectory } from './users.js';

/** Who may call what: caller ids as listed in CALLERS_FILE. */
export const ORDERS_POLICY: OrdersPolicy = { readers: [DEMO_CALLER_ID, 'reporting'], writers: [DEMO_CALLER_ID] };
/** Opaque id of the demo user (logs record this, never the e-mail). */
export const DEMO_USER_ID = 'user-1001';

/** Injectable dependencies (tests capture the log stream here). */
export interface AppDependencies {
  /** Where JSON log lines go. @default stdout */
  logDestination?: DestinationStream;
  /** How long close() lets in-flight requests finish before cutting connections. @default 10000 ms */
  shutdownGraceMs?: number;
}

/** What {@link createApp} returns. */
export interface SecureApi {
  readonly config: AppConfig;
  readonly httpsApp: Koa;
  /** The redirect-only app of the plain-HTTP port. */
  readonly httpApp: Koa;
  /** Request listener of the HTTPS port. */
  readonly httpsListener: RequestListener;
  /**
   * Request listener of the plain-HTTP port: a request a trusted proxy
   * vouches for as HTTPS (TLS ended at the proxy) is served by the HTTPS
   * app; every other request gets the redirect app.
   */
  readonly httpListener: RequestListener;
  readonly logging: AppLogging;
  /** The shared Redis client when REDIS_URL, REDIS_CLUSTER_NODES or REDIS_SENTINELS is set. */
  readonly redis: Redis | Cluster | undefined;
  /** The user directory (PHC password hashes; in memory). */
  readonly users: UserDirectory;
  /** Start both listeners on `config.bind`. Ports default to the configured ones; 0 picks free ports. */
  listen(ports?: { httpsPort?: number; httpPort?: number }): Promise<{ https: AddressInfo; http: AddressInfo }>;
  /** Graceful shutdown: stop accepting, let in-flight requests finish, close Redis, flush logs. */
  close(): Promise<void>;
}

/**
 * Paths behind the API gate. Case-insensitive because the routers are
 * (@koa/router's default): `/API/orders` reaches the orders route, so it
 * must pass the rate limit and mutualAuth too.
 */
const API_PATH = /^\/api\//i;

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

async function connectRedis(config: AppConfig, logging: AppLogging): Promise<Redis | Cluster | undefined> {
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

/** Replaces Koa's default stderr error printer (unscrubbed) with a scrubbed log line for 5xx. */
function logServerErrors(app: Koa, logging: AppLogging): void {
  app.on('error', (err: unknown, ctx?: Koa.Context) => {
    const status = (err as { status?: unknown } | null)?.status;
    // 4xx are the client's doing and already in the request line; log what needs a look.
    if (typeof status === 'number' && status < 500) return;
    logging.log.error({ err, reqId: ctx?.state.requestId }, 'unhandled error');
  });
}

function buildHttpsApp(config: AppConfig, logging: AppLogging, redis: Redis | Cluster | undefined, users: UserDirectory): { app: Koa; closeLimiter: () => void } {
  const { security } = logging;
  const prefix = config.redis?.prefix ?? '';
  const app = new Koa();
  if (config.trustedProxies.length > 0) app.use(trustProxy({ trustedProxies: config.trustedProxies, header: config.trustedProxyHeader }));
  app.use(logging.requests());
  app.use(securityHeaders());
  app.use(jwksEndpoint({ keys: config.serverKey.publicJwks }));
  app.use(healthRouter().routes());

  const tokens = new UserTokens({ key: config.secrets.loginTokenKey, issuer: config.serviceId, lifetimeSeconds: config.loginTokenLifetime });
  // One store for both credential routes: each authLimit purpose counts in keys of its own.
  const authLimitStore = redis ? new RedisStore({ client: redis, prefix: `${prefix}auth-limit:` }) : new MemoryStore();
  const login = loginRouter({
    users,
    tokens,
    security,
    limits: {
      secret: config.secrets.authLimitKey,
      store: authLimitStore,
      onSecurityEvent: logging.securityEvents,
    },
  });
  app.use(login.routes());
  app.use(login.allowedMethods());
  // NIST SP 800-63B rev. 4: 15 characters when the password is the only factor, as it is here.
  const checker = new PasswordChecker({ minLength: 15, serviceWords: [config.serviceId, 'parapet'] });
  const passwords = passwordRouter({ users, tokens, checker, security, revokeDeviceCookies: login.revokeDeviceCookies });
  app.use(passwords.routes());
  app.use(passwords.allowedMethods());
  const passwordReset = passwordResetRouter({
    security,
    limits: {
      secret: config.secrets.authLimitKey,
      store: authLimitStore,
      onSecurityEvent: logging.securityEvents,
    },
  });
  app.use(passwordReset.routes());
  app.use(passwordReset.allowedMethods());

  const limiter = apiRateLimit({
    ...config.apiRateLimit,
    redis,
    namespace: `${prefix}ratelimit`,
    onLimited: (ctx, retryAfter) => security('api.rate_limited', { clientIp: getTransport(ctx).clientIp, retryAfter, reqId: ctx.state.requestId }),
    onStoreError: (error) => security('api.rate_limit_store_error', { error: error instanceof Error ? error.message : String(error) }, 'error'),
  });
  const orders = ordersRouter(new OrderBook(), ORDERS_POLICY);
  // Every /api/* request, routed or not, is counted and authenticated: an unknown path is
  // 401 (or 403 for a trusted caller), never a 404 that maps the API to strangers.
  const apiGate = compose<Koa.ParameterizedContext>([
    limiter.middleware,
    mutualAuth({
      audience: config.serviceId,
      callers: config.callers,
      signingKey: { privateKey: config.serverKey.privateKey, kid: config.serverKey.kid, alg: config.serverKey.alg },
      replayStore: redis ? new RedisReplayStore({ client: redis, prefix: `${prefix}jti:` }) : new MemoryReplayStore(),
      onSecurityEvent: logging.securityEvents,
    }),
    // @koa/router adds `params`/`router` to the context itself when it runs.
    orders.routes() as unknown as Koa.Middleware,
  ]);
  app.use((ctx, next) => (API_PATH.test(ctx.path) ? apiGate(ctx, next) : next()));

  logServerErrors(app, logging);
  return { app, closeLimiter: () => limiter.close() };
}

function buildHttpApp(config: AppConfig, logging: AppLogging): Koa {
  const app = new Koa();
  if (config.trustedProxies.length > 0) app.use(trustProxy({ trustedProxies: config.trustedProxies, header: config.trustedProxyHeader }));
  app.use(logging.requests());
  app.use(securityHeaders());
  app.use(httpsRedirect({ canonicalHost: config.publicHost, httpsPort: config.publicHttpsPort, exemptPaths: [HEALTH_PATH] }));
  app.use(healthRouter().routes());
  app.use(acmeRouter(config.acmeWebroot).routes());
  logServerErrors(app, logging);
  return app;
}

function listenOn(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

/** node:http servers and the HTTP/2 server of @parapet/https both have these connection controls. */
type ClosableServer = Server & { closeAllConnections(): void; closeIdleConnections(): void };

function closeServer(server: ClosableServer, graceMs: number): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve) => {
    // close() stops accepting and drops idle keep-alive connections; in-flight requests finish.
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/**
 * Build the example service from a validated configuration.
 *
 * @example
 * const api = await createApp(await loadConfig(process.env));
 * await api.listen();
 * process.once('SIGTERM', () => void api.close());
 */
export async function createApp(config: AppConfig, deps: AppDependencies = {}): Promise<SecureApi> {
  const logging = createLogging(config.secrets.logPseudonymKey, deps.logDestination);
  const users = await UserDirectory.create({
    users: [{ id: DEMO_USER_ID, username: config.demoUser.username, password: config.demoUser.password }],
    // passwordHashing is set from code only (LoadConfigOptions; tests lower it), never from the
    // environment. The package's weak-parameter guard stays on unless code asked for other parameters.
    hasher: new PasswordHasher({ scrypt: config.passwordHashing, allowWeakParametersDangerously: config.passwordHashing !== OWASP_SCRYPT }),
  });
  const redis = await connectRedis(config, logging);
  const { app: httpsApp, closeLimiter } = buildHttpsApp(config, logging, redis, users);
  const httpApp = buildHttpApp(config, logging);

  const httpsHandler = httpsApp.callback();
  const httpHandler = httpApp.callback();
  const httpsListener: RequestListener = (req, res) => void httpsHandler(req, res);
  const secureViaProxy = config.trustedProxies.length > 0 ? createTransportResolver({ trustedProxies: config.trustedProxies, header: config.trustedProxyHeader }) : undefined;
  const httpListener: RequestListener = (req: IncomingMessage, res: ServerResponse) => {
    void (secureViaProxy?.(req).secure ? httpsHandler(req, res) : httpHandler(req, res));
  };

  const servers: ClosableServer[] = [];
  let closed: Promise<void> | undefined;
  const graceMs = deps.shutdownGraceMs ?? 10_000;

  return {
    config,
    httpsApp,
    httpApp,
    httpsListener,
    httpListener,
    logging,
    redis,
    users,
    async listen(ports = {}) {
      // TLS_CERT/TLS_KEY are re-read on SIGHUP and when they change (certificate renewals need no restart).
      const { keyFile, certFile } = config.tls;
      const material =
        keyFile === undefined
          ? { key: config.tls.key, cert: config.tls.cert }
          : {
              certificateFiles: { key: keyFile, cert: certFile },
              onReload: (error: Error | undefined) =>
                error ? logging.log.error({ event: 'tls.reload_failed', error: error.message }, 'certificate reload failed; keeping the old one') : logging.log.info({ event: 'tls.reloaded' }, 'certificate reloaded'),
            };
      // h2 by ALPN, HTTP/1.1 for everyone else.
      const httpsServer = createSecureServer({ app: httpsListener, ...material, http2: true });
      const httpServer = createHttpServer({ headersTimeout: 10_000, requestTimeout: 30_000, keepAliveTimeout: 5_000 }, httpListener);
      servers.push(httpsServer, httpServer);
      const https = await listenOn(httpsServer, ports.httpsPort ?? config.httpsPort, config.bind);
      const http = await listenOn(httpServer, ports.httpPort ?? config.httpPort, config.bind);
      return { https, http };
    },
    close() {
      closed ??= (async () => {
        await Promise.all(servers.map((server) => closeServer(server, graceMs)));
        closeLimiter();
        if (redis !== undefined) await redis.quit().catch(() => redis.disconnect());
        logging.flush();
      })();
      return closed;
    },
  };
}
