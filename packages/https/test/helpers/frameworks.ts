/**
 * One test app, four frameworks: the same middlewares (Koa ones on Koa 2
 * and 3, Express ones on Express 4 and 5) and the same routes, so one list
 * of cases proves the adapters behave alike.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import express5 from 'express';
import express4 from 'express4';
import Koa3 from 'koa';
import Koa2 from 'koa2';
import * as onExpress from '../../src/express.js';
import * as onKoa from '../../src/index.js';

export interface AppSpec {
  trustProxy?: onKoa.TrustProxyOptions;
  /** `exempt` is left out: its argument differs per framework by design. */
  httpsRedirect?: Omit<onKoa.HttpsRedirectOptions, 'exempt'>;
  hsts?: onKoa.HstsOptions;
  securityHeaders?: onKoa.SecurityHeadersOptions;
  /** Turn the framework's own proxy trust on (`app.proxy` / `app.set('trust proxy', true)`): must change nothing. */
  frameworkTrustsProxy?: boolean;
  /** An error handler that removes every header before answering (Koa's own `ctx.onerror` does this). */
  wipingErrorHandler?: boolean;
  /** `clientCertificate(options)` before the routes; `/cert` answers `{ cert }` (the certificate it published, or null). */
  clientCertificate?: onKoa.ClientCertificateOptions | undefined;
}

export interface Framework {
  readonly name: 'koa2' | 'koa3' | 'express4' | 'express5';
  /** Whether a rejected promise from an async handler reaches the error path (Express 4 leaves it unhandled). */
  readonly catchesAsync: boolean;
  build(spec: AppSpec): (req: IncomingMessage, res: ServerResponse) => void;
}

class HttpError extends Error {
  readonly status = 400;
  readonly expose = true;
}

type KoaCtor = typeof Koa3;

function koaFramework(name: 'koa2' | 'koa3', Koa: KoaCtor): Framework {
  return {
    name,
    catchesAsync: true,
    build(spec) {
      const app = new Koa();
      app.silent = true;
      if (spec.frameworkTrustsProxy) app.proxy = true;
      // spec.wipingErrorHandler: Koa's default ctx.onerror already removes every header before answering.
      if (spec.trustProxy) app.use(onKoa.trustProxy(spec.trustProxy));
      if (spec.httpsRedirect) app.use(onKoa.httpsRedirect(spec.httpsRedirect));
      if (spec.hsts) app.use(onKoa.hsts(spec.hsts));
      if (spec.securityHeaders) app.use(onKoa.securityHeaders(spec.securityHeaders));
      if (spec.clientCertificate) app.use(onKoa.clientCertificate(spec.clientCertificate));
      app.use(async (ctx, next) => {
        switch (ctx.path) {
          case '/cert':
            ctx.body = { cert: ctx.state.clientCertificate ?? null };
            return;
          case '/ok':
            ctx.body = 'ok';
            return;
          case '/whoami':
            ctx.body = { ip: ctx.ip, ips: ctx.ips, protocol: ctx.protocol, secure: ctx.secure };
            return;
          case '/upstream-hsts':
            ctx.set('Strict-Transport-Security', 'max-age=1');
            ctx.body = 'ok';
            return;
          case '/throw':
            throw new Error('boom');
          case '/bad':
            throw new HttpError('bad input');
          case '/async-throw':
            await Promise.resolve();
            throw new Error('async boom');
          default:
            return next();
        }
      });
      const handle = app.callback();
      return (req, res) => void handle(req, res);
    },
  };
}

type ExpressFactory = typeof express5;

function expressFramework(name: 'express4' | 'express5', express: ExpressFactory, catchesAsync: boolean): Framework {
  return {
    name,
    catchesAsync,
    build(spec) {
      const app = express();
      if (spec.frameworkTrustsProxy) app.set('trust proxy', true);
      if (spec.trustProxy) app.use(onExpress.trustProxy(spec.trustProxy));
      if (spec.httpsRedirect) app.use(onExpress.httpsRedirect(spec.httpsRedirect));
      if (spec.hsts) app.use(onExpress.hsts(spec.hsts));
      if (spec.securityHeaders) app.use(onExpress.securityHeaders(spec.securityHeaders));
      if (spec.clientCertificate) app.use(onExpress.clientCertificate(spec.clientCertificate));
      app.get('/cert', (req, res) => {
        // Both places the adapter publishes it must hold the same certificate.
        res.json({ cert: req.clientCertificate === res.locals.clientCertificate ? (req.clientCertificate ?? null) : 'mismatch' });
      });
      app.get('/ok', (_req, res) => {
        res.send('ok');
      });
      app.get('/whoami', (req, res) => {
        res.json({ ip: req.ip, ips: req.ips, protocol: req.protocol, secure: req.secure });
      });
      app.get('/upstream-hsts', (_req, res) => {
        res.set('Strict-Transport-Security', 'max-age=1').send('ok');
      });
      app.get('/throw', () => {
        throw new Error('boom');
      });
      app.get('/bad', (_req, _res, next) => next(new HttpError('bad input')));
      app.get('/async-throw', async () => {
        await Promise.resolve();
        throw new Error('async boom');
      });
      if (spec.wipingErrorHandler) {
        app.use((err: Error & { status?: number }, _req: express5.Request, res: express5.Response, _next: express5.NextFunction) => {
          for (const header of res.getHeaderNames()) res.removeHeader(header);
          res.status(err.status ?? 500).type('text/plain').send(err.message);
        });
      }
      return app;
    },
  };
}

export const frameworks: readonly Framework[] = [
  koaFramework('koa2', Koa2),
  koaFramework('koa3', Koa3),
  expressFramework('express4', express4, false),
  expressFramework('express5', express5, true),
];
