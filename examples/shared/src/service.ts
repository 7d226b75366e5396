/**
 * The framework-neutral half of each example's `createApp`: logging, users,
 * Redis and the stores on it, the two listeners (with the plain-HTTP port
 * handing requests a trusted proxy vouches for as HTTPS to the HTTPS app),
 * and the graceful shutdown. The example supplies its two framework apps.
 */
import { createServer as createHttpServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo, Server } from 'node:net';
import { MemoryStore, RedisStore, type AuthLimitStore } from '@parapet/auth-limit';
import { createSecureServer, createTransportResolver } from '@parapet/https';
import { MemoryReplayStore, RedisReplayStore, type ReplayStore } from '@parapet/mutual-jwt';
import { OWASP_SCRYPT, PasswordChecker, PasswordHasher } from '@parapet/password-policy';
import type { Cluster, Redis } from 'ioredis';
import type { DestinationStream } from 'pino';
import type { AppConfig } from './config.js';
import { createLogging, type AppLogging, type SecurityLog } from './logging.js';
import { OrderBook } from './orders.js';
import { connectRedis } from './redis.js';
import { UserTokens } from './user-tokens.js';
import { UserDirectory } from './users.js';

/** Opaque id of the demo user (logs record this, never the e-mail). */
export const DEMO_USER_ID = 'user-1001';

/**
 * Paths behind the API gate. Case-insensitive because the routers are
 * (both frameworks' default): `/API/orders` reaches the orders route, so it
 * must pass the rate limit and mutualAuth too.
 */
export const API_PATH = /^\/api\//i;

/** Injectable dependencies (tests capture the log stream here). */
export interface AppDependencies {
  /** Where JSON log lines go. @default stdout */
  logDestination?: DestinationStream;
  /** How long close() lets in-flight requests finish before cutting connections. @default 10000 ms */
  shutdownGraceMs?: number;
}

/** What an example's framework apps are built from. */
export interface ServiceParts {
  readonly config: AppConfig;
  readonly logging: AppLogging;
  readonly redis: Redis | Cluster | undefined;
  readonly users: UserDirectory;
  readonly tokens: UserTokens;
  /** NIST SP 800-63B rev. 4: 15 characters when the password is the only factor, as it is here. */
  readonly checker: PasswordChecker;
  /** One store for both credential routes: each authLimit purpose counts in keys of its own. */
  readonly authLimitStore: AuthLimitStore;
  readonly replayStore: ReplayStore;
  readonly orders: OrderBook;
  /** Redis key prefix (REDIS_PREFIX), '' in memory. */
  readonly prefix: string;
}

/** One framework app an example builds, with its request listener. */
export interface FrameworkApp<App> {
  readonly app: App;
  readonly listener: RequestListener;
  /** Stop the app's own timers (rate-limit sweepers). */
  close?(): void;
}

/** What an example's `createApp` returns. */
export interface ExampleApi<HttpsApp = unknown, HttpApp = unknown> {
  readonly config: AppConfig;
  readonly httpsApp: HttpsApp;
  /** The redirect-only app of the plain-HTTP port. */
  readonly httpApp: HttpApp;
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

/** How an example plugs its framework in. */
export interface ServiceOptions<HttpsApp, HttpApp> {
  /** The `service` field of log lines. */
  readonly name: string;
  /** Serve HTTP/2 (ALPN h2) besides HTTP/1.1 on the HTTPS port: only for frameworks that handle h2 streams. */
  readonly http2: boolean;
  /** The app of the HTTPS port (and of plain-HTTP requests a trusted proxy vouches for as HTTPS). */
  readonly https: (parts: ServiceParts) => FrameworkApp<HttpsApp>;
  /** The redirect-only app of the plain-HTTP port. */
  readonly http: (parts: ServiceParts) => FrameworkApp<HttpApp>;
}

/** The options of `mutualAuth` both examples pass, whatever the framework. */
export function mutualAuthSettings({ config, replayStore, logging }: ServiceParts) {
  const { privateKey, kid, alg } = config.serverKey;
  return { audience: config.serviceId, callers: config.callers, signingKey: { privateKey, kid, alg }, replayStore, onSecurityEvent: logging.securityEvents };
}

/** What the API rate limiter logs when Redis fails (it then counts in memory). */
export function rateLimitStoreError(security: SecurityLog): (error: unknown) => void {
  return (error) => security('api.rate_limit_store_error', { error: error instanceof Error ? error.message : String(error) }, 'error');
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

/** Build an example service from a validated configuration and its framework apps. */
export async function createExampleService<HttpsApp, HttpApp>(
  config: AppConfig,
  deps: AppDependencies,
  options: ServiceOptions<HttpsApp, HttpApp>,
): Promise<ExampleApi<HttpsApp, HttpApp>> {
  const logging = createLogging(options.name, config.secrets.logPseudonymKey, deps.logDestination);
  const users = await UserDirectory.create({
    users: [{ id: DEMO_USER_ID, username: config.demoUser.username, password: config.demoUser.password }],
    // passwordHashing is set from code only (LoadConfigOptions; tests lower it), never from the
    // environment. The package's weak-parameter guard stays on unless code asked for other parameters.
    hasher: new PasswordHasher({ scrypt: config.passwordHashing, allowWeakParametersDangerously: config.passwordHashing !== OWASP_SCRYPT }),
  });
  const redis = await connectRedis(config, logging);
  const prefix = config.redis?.prefix ?? '';
  const parts: ServiceParts = {
    config,
    logging,
    redis,
    users,
    tokens: new UserTokens({ key: config.secrets.loginTokenKey, issuer: config.serviceId, lifetimeSeconds: config.loginTokenLifetime }),
    checker: new PasswordChecker({ minLength: 15, serviceWords: [config.serviceId, 'parapet'] }),
    authLimitStore: redis ? new RedisStore({ client: redis, prefix: `${prefix}auth-limit:` }) : new MemoryStore(),
    replayStore: redis ? new RedisReplayStore({ client: redis, prefix: `${prefix}jti:` }) : new MemoryReplayStore(),
    orders: new OrderBook(),
    prefix,
  };
  const httpsApp = options.https(parts);
  const httpApp = options.http(parts);
  const { listener: httpsHandler } = httpsApp;
  const { listener: httpHandler } = httpApp;
  const secureViaProxy = config.trustedProxies.length > 0 ? createTransportResolver({ trustedProxies: config.trustedProxies, header: config.trustedProxyHeader }) : undefined;
  const httpListener: RequestListener = (req: IncomingMessage, res: ServerResponse) => {
    (secureViaProxy?.(req).secure ? httpsHandler : httpHandler)(req, res);
  };

  const servers: ClosableServer[] = [];
  let closed: Promise<void> | undefined;
  const graceMs = deps.shutdownGraceMs ?? 10_000;

  return {
    config,
    httpsApp: httpsApp.app,
    httpApp: httpApp.app,
    httpsListener: httpsHandler,
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
      // With http2: h2 by ALPN, HTTP/1.1 for everyone else.
      const httpsServer = createSecureServer({ app: httpsHandler, ...material, http2: options.http2 });
      const httpServer = createHttpServer({ headersTimeout: 10_000, requestTimeout: 30_000, keepAliveTimeout: 5_000 }, httpListener);
      servers.push(httpsServer, httpServer);
      const https = await listenOn(httpsServer, ports.httpsPort ?? config.httpsPort, config.bind);
      const http = await listenOn(httpServer, ports.httpPort ?? config.httpPort, config.bind);
      return { https, http };
    },
    close() {
      closed ??= (async () => {
        await Promise.all(servers.map((server) => closeServer(server, graceMs)));
        httpsApp.close?.();
        httpApp.close?.();
        if (redis !== undefined) await redis.quit().catch(() => redis.disconnect());
        logging.flush();
      })();
      return closed;
    },
  };
}
