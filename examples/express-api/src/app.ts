/**
 * The app factory: both Express apps of the example, wired from a validated
 * {@link AppConfig} (listeners, Redis, users and stores come from
 * `createExampleService` of @parapet/example-shared, as for the Koa example).
 * `server.ts` and the integration tests use this same factory.
 *
 * HTTPS app, outermost first:
 *   trustProxy (when TRUSTED_PROXIES) → requestLogger → securityHeaders (HSTS + helmet)
 *   → GET /.well-known/jwks.json → GET /healthz → POST /login, GET /me → POST /signup, POST /password
 *   → POST /password-reset
 *   → /api/* (any case, routed or not), one router: express-rate-limit → mutualAuth
 *             → orders routes (allowCallers per route; body parser after mutualAuth)
 *   → 404, then the error handler (Koa's rendering, scrubbed 5xx log line)
 * Plain-HTTP app:
 *   trustProxy → requestLogger → securityHeaders (never HSTS over HTTP)
 *   → httpsRedirect (GET/HEAD → 301 to https://PUBLIC_HOST:PUBLIC_HTTPS_PORT, others 403)
 *   → GET /healthz, ACME challenges (the redirect's exemptions)
 *
 * Served over HTTP/1.1 only: Express cannot answer HTTP/2 streams.
 */
import { getTransport, httpsRedirect, securityHeaders, trustProxy } from '@parapet/https/express';
import { API_PATH, createExampleService, HEALTH_PATH, mutualAuthSettings, ORDERS_POLICY, rateLimitStoreError, type AppConfig, type AppDependencies, type ExampleApi, type FrameworkApp, type ServiceParts } from '@parapet/example-shared';
import { requestLogger } from '@parapet/log-scrubber/express';
import { jwksEndpoint, mutualAuth } from '@parapet/mutual-jwt/express';
import express, { Router, type Express } from 'express';
import { errorHandler, notFound } from './http.js';
import { apiRateLimit } from './rate-limit.js';
import { loginRouter } from './routes/login.js';
import { ordersRouter } from './routes/orders.js';
import { passwordRouter } from './routes/passwords.js';
import { passwordResetRouter } from './routes/password-reset.js';
import { acmeRouter, healthRouter } from './routes/plain-http.js';

/** What {@link createApp} returns: the shared service handle with both Express apps. */
export type ExpressApi = ExampleApi<Express, Express>;

/** A bare Express app: no `X-Powered-By`, no ETag on the API's answers (as the Koa example). */
function newApp(): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  return app;
}

/** trustProxy (when TRUSTED_PROXIES) → requestLogger → securityHeaders: the head of both apps. */
function frontMiddlewares(app: Express, { config, logging }: ServiceParts): void {
  if (config.trustedProxies.length > 0) app.use(trustProxy({ trustedProxies: config.trustedProxies, header: config.trustedProxyHeader }));
  app.use(requestLogger({ logger: logging.requestLog, scrubber: logging.scrubber }));
  app.use(securityHeaders());
}

/** 404 for what nothing answered, then the error handler. */
function tail(app: Express, { logging }: ServiceParts): void {
  app.use(notFound);
  app.use(errorHandler(logging));
}

function buildHttpsApp(parts: ServiceParts): FrameworkApp<Express> {
  const { config, logging, redis, users, tokens, checker, authLimitStore } = parts;
  const { security } = logging;
  const app = newApp();
  frontMiddlewares(app, parts);
  app.use(jwksEndpoint({ keys: config.serverKey.publicJwks }));
  app.use(healthRouter());

  const login = loginRouter({ users, tokens, security, limits: { secret: config.secrets.authLimitKey, store: authLimitStore, onSecurityEvent: logging.securityEvents } });
  app.use(login);
  app.use(passwordRouter({ users, tokens, checker, security, revokeDeviceCookies: login.revokeDeviceCookies }));
  app.use(passwordResetRouter({ security, limits: { secret: config.secrets.authLimitKey, store: authLimitStore, onSecurityEvent: logging.securityEvents } }));

  const limiter = apiRateLimit({
    ...config.apiRateLimit,
    redis,
    prefix: parts.prefix,
    onLimited: (req, retryAfter) => security('api.rate_limited', { clientIp: getTransport(req).clientIp, retryAfter, reqId: req.res?.locals.requestId }),
    onStoreError: rateLimitStoreError(security),
  });
  // Every /api/* request, routed or not, is counted and authenticated: an unknown path is
  // 401 (or 403 for a trusted caller), never a 404 that maps the API to strangers.
  const apiGate = Router();
  apiGate.use(
    limiter.middleware,
    mutualAuth({
      ...mutualAuthSettings(parts),
    }),
  );
  apiGate.use('/api', ordersRouter(parts.orders, ORDERS_POLICY));
  app.use((req, res, next) => (API_PATH.test(req.path) ? apiGate(req, res, next) : next()));

  tail(app, parts);
  return { app, listener: app, close: () => limiter.close() };
}

function buildHttpApp(parts: ServiceParts): FrameworkApp<Express> {
  const { config } = parts;
  const app = newApp();
  frontMiddlewares(app, parts);
  app.use(httpsRedirect({ canonicalHost: config.publicHost, httpsPort: config.publicHttpsPort, exemptPaths: [HEALTH_PATH] }));
  app.use(healthRouter());
  app.use(acmeRouter(config.acmeWebroot));
  tail(app, parts);
  return { app, listener: app };
}

/** Build the Express example from a validated configuration (`loadConfig`); same handle as the Koa example's `createApp`. */
export function createApp(config: AppConfig, deps: AppDependencies = {}): Promise<ExpressApi> {
  // Express answers HTTP/1.1 only (it fails on HTTP/2 streams): HTTP/1.1 over TLS.
  return createExampleService(config, deps, { name: 'express-api', http2: false, https: buildHttpsApp, http: buildHttpApp });
}
