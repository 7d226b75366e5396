/**
 * The app factory: both Koa apps of the example, wired from a validated
 * {@link AppConfig} (listeners, Redis, users and stores come from
 * `createExampleService` of @parapet/example-shared). `server.ts` and the integration tests use this same
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
import type { RequestListener } from 'node:http';
import { getTransport, httpsRedirect, securityHeaders, trustProxy } from '@parapet/https';
import { API_PATH, createExampleService, mutualAuthSettings, ORDERS_POLICY, rateLimitStoreError, type AppConfig, type AppDependencies, type AppLogging, type ExampleApi, type FrameworkApp, type ServiceParts } from '@parapet/example-shared';
import { requestLogger } from '@parapet/log-scrubber';
import { jwksEndpoint, mutualAuth } from '@parapet/mutual-jwt';
import Koa from 'koa';
import compose from 'koa-compose';
import { apiRateLimit } from './rate-limit.js';
import { loginRouter } from './routes/login.js';
import { passwordRouter } from './routes/passwords.js';
import { passwordResetRouter } from './routes/password-reset.js';
import { ordersRouter } from './routes/orders.js';
import { acmeRouter, HEALTH_PATH, healthRouter } from './routes/plain-http.js';

/** What {@link createApp} returns: the shared service handle with both Koa apps. */
export type SecureApi = ExampleApi<Koa, Koa>;

/** Replaces Koa's default stderr error printer (unscrubbed) with a scrubbed log line for 5xx. */
function logServerErrors(app: Koa, logging: AppLogging): void {
  app.on('error', (err: unknown, ctx?: Koa.Context) => {
    const status = (err as { status?: unknown } | null)?.status;
    // 4xx are the client's doing and already in the request line; log what needs a look.
    if (typeof status === 'number' && status < 500) return;
    logging.log.error({ err, reqId: ctx?.state.requestId }, 'unhandled error');
  });
}

/** trustProxy (when TRUSTED_PROXIES) → requestLogger → securityHeaders: the head of both apps. */
function frontMiddlewares(app: Koa, { config, logging }: ServiceParts): void {
  if (config.trustedProxies.length > 0) app.use(trustProxy({ trustedProxies: config.trustedProxies, header: config.trustedProxyHeader }));
  app.use(requestLogger({ logger: logging.requestLog, scrubber: logging.scrubber }));
  app.use(securityHeaders());
}

/** Koa's handler as a node:http listener. */
function listenerOf(app: Koa): RequestListener {
  const handle = app.callback();
  return (req, res) => void handle(req, res);
}

function buildHttpsApp(parts: ServiceParts): FrameworkApp<Koa> {
  const { config, logging, redis, users, tokens, checker, authLimitStore } = parts;
  const { security } = logging;
  const app = new Koa();
  frontMiddlewares(app, parts);
  app.use(jwksEndpoint({ keys: config.serverKey.publicJwks }));
  app.use(healthRouter().routes());

  const login = loginRouter({ users, tokens, security, limits: { secret: config.secrets.authLimitKey, store: authLimitStore, onSecurityEvent: logging.securityEvents } });
  app.use(login.routes());
  app.use(login.allowedMethods());
  const passwords = passwordRouter({ users, tokens, checker, security, revokeDeviceCookies: login.revokeDeviceCookies });
  app.use(passwords.routes());
  app.use(passwords.allowedMethods());
  const passwordReset = passwordResetRouter({ security, limits: { secret: config.secrets.authLimitKey, store: authLimitStore, onSecurityEvent: logging.securityEvents } });
  app.use(passwordReset.routes());
  app.use(passwordReset.allowedMethods());

  const limiter = apiRateLimit({
    ...config.apiRateLimit,
    redis,
    namespace: `${parts.prefix}ratelimit`,
    onLimited: (ctx, retryAfter) => security('api.rate_limited', { clientIp: getTransport(ctx).clientIp, retryAfter, reqId: ctx.state.requestId }),
    onStoreError: rateLimitStoreError(security),
  });
  const orders = ordersRouter(parts.orders, ORDERS_POLICY);
  // Every /api/* request, routed or not, is counted and authenticated: an unknown path is
  // 401 (or 403 for a trusted caller), never a 404 that maps the API to strangers.
  const apiGate = compose<Koa.ParameterizedContext>([
    limiter.middleware,
    mutualAuth({
      ...mutualAuthSettings(parts),
    }),
    // @koa/router adds `params`/`router` to the context itself when it runs.
    orders.routes() as unknown as Koa.Middleware,
  ]);
  app.use((ctx, next) => (API_PATH.test(ctx.path) ? apiGate(ctx, next) : next()));

  logServerErrors(app, logging);
  return { app, listener: listenerOf(app), close: () => limiter.close() };
}

function buildHttpApp(parts: ServiceParts): FrameworkApp<Koa> {
  const { config, logging } = parts;
  const app = new Koa();
  frontMiddlewares(app, parts);
  app.use(httpsRedirect({ canonicalHost: config.publicHost, httpsPort: config.publicHttpsPort, exemptPaths: [HEALTH_PATH] }));
  app.use(healthRouter().routes());
  app.use(acmeRouter(config.acmeWebroot).routes());
  logServerErrors(app, logging);
  return { app, listener: listenerOf(app) };
}

/**
 * Build the example service from a validated configuration.
 *
 * @example
 * const api = await createApp(await loadConfig(process.env));
 * await api.listen();
 * process.once('SIGTERM', () => void api.close());
 */
export function createApp(config: AppConfig, deps: AppDependencies = {}): Promise<SecureApi> {
  // h2 by ALPN, HTTP/1.1 for everyone else.
  return createExampleService(config, deps, { name: 'secure-api', http2: true, https: buildHttpsApp, http: buildHttpApp });
}
