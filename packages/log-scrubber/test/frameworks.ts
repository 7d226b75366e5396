import type { RequestListener } from 'node:http';
import { trustProxy as koaTrustProxy } from '@parapet/https';
import { trustProxy as expressTrustProxy } from '@parapet/https/express';
import express5, { type NextFunction, type Request, type Response } from 'express';
import express4 from 'express4';
import Koa3 from 'koa';
import Koa2 from 'koa2';
import type { Logger } from 'pino';
import { requestLogger as expressRequestLogger } from '../src/express.js';
import { requestLogger as koaRequestLogger, type RequestLoggerCoreOptions } from '../src/index.js';

/** What a handler can do with the request, whatever the framework. */
export interface Exchange {
  readonly path: string;
  header(name: string): string | undefined;
  /** Where other middleware publish facts: Koa `ctx.state`, Express `res.locals`. */
  publish(key: string, value: unknown): void;
  requestId(): string | undefined;
  /** `ctx.log` / `req.log` (and, on Express, the same logger as `res.locals.log`). */
  log(): Logger;
  /** The same logger through the framework's per-request state, where it has one. */
  stateLog(): Logger | undefined;
  send(status: number, body?: string | object): void;
  /** Koa: throw; Express: `next(err)`. */
  fail(err: unknown): void;
  /** The request headers as the handler sees them. */
  headers(): Record<string, unknown>;
}

export type Handler = (exchange: Exchange) => void | Promise<void>;

export interface AppSpec {
  /** `trustProxy({ trustedProxies: ['loopback'] })` of @parapet/https for the framework. */
  trusted?: boolean;
  /** The framework's own proxy trust (`app.proxy` / `app.set('trust proxy')`), which must change nothing. */
  frameworkTrustsProxy?: boolean;
}

/** Options whose callbacks get the exchange, so one case serves every framework. */
export type Options = Omit<RequestLoggerCoreOptions<never>, 'clientIp' | 'ignore'> & {
  ignore?: ReadonlyArray<string | ((exchange: { path: string; header(name: string): string | undefined }) => boolean)>;
};

export interface Framework {
  readonly name: string;
  app(options: Options, handler: Handler, spec?: AppSpec): RequestListener;
}

function koa(name: string, Koa: typeof Koa3): Framework {
  return {
    name,
    app(options, handler, spec = {}) {
      const app = new Koa();
      app.silent = true;
      if (spec.frameworkTrustsProxy) app.proxy = true;
      if (spec.trusted) app.use(koaTrustProxy({ trustedProxies: ['loopback'] }));
      const { ignore: rules, ...rest } = options;
      const ignore = rules?.map((rule) =>
        typeof rule === 'string' ? rule : (ctx: Koa3.Context) => rule({ path: ctx.path, header: (h) => ctx.get(h) || undefined }),
      );
      app.use(koaRequestLogger({ ...rest, ...(ignore && { ignore }) }));
      app.use(async (ctx) => {
        await handler({
          path: ctx.path,
          header: (h) => ctx.get(h) || undefined,
          publish: (key, value) => {
            (ctx.state as Record<string, unknown>)[key] = value;
          },
          requestId: () => ctx.state.requestId,
          log: () => ctx.log,
          stateLog: () => undefined,
          send: (status, body) => {
            ctx.status = status;
            if (body !== undefined) ctx.body = body;
          },
          fail: (err) => {
            throw err;
          },
          headers: () => ({ ...ctx.request.headers }),
        });
      });
      const callback = app.callback();
      return (req, res) => void callback(req, res);
    },
  };
}

function express(name: string, create: typeof express5): Framework {
  return {
    name,
    app(options, handler, spec = {}) {
      const app = create();
      // Express's default error handler answers errors; keep its stack printing out of the test output.
      app.set('env', 'test');
      if (spec.frameworkTrustsProxy) app.set('trust proxy', true);
      if (spec.trusted) app.use(expressTrustProxy({ trustedProxies: ['loopback'] }));
      const { ignore: rules, ...rest } = options;
      const ignore = rules?.map((rule) =>
        typeof rule === 'string' ? rule : (req: Request) => rule({ path: req.path, header: (h) => req.get(h) }),
      );
      app.use(expressRequestLogger({ ...rest, ...(ignore && { ignore }) }));
      app.use((req: Request, res: Response, next: NextFunction) => {
        let failed = false;
        Promise.resolve(
          handler({
            path: req.path,
            header: (h) => req.get(h),
            publish: (key, value) => {
              (res.locals as Record<string, unknown>)[key] = value;
            },
            requestId: () => res.locals.requestId,
            log: () => req.log,
            stateLog: () => res.locals.log,
            send: (status, body) => {
              if (body === undefined) res.status(status).end();
              else if (typeof body === 'string') res.status(status).type('text/plain').send(body);
              else res.status(status).json(body);
            },
            fail: (err) => {
              failed = true;
              next(err);
            },
            headers: () => ({ ...req.headers }),
          }),
        ).then(() => {
          // Like Koa: a handler that answered nothing is a 404.
          if (!failed && !res.headersSent) next();
        }, next);
      });
      return app;
    },
  };
}

export const FRAMEWORKS: readonly Framework[] = [
  koa('Koa 2', Koa2),
  koa('Koa 3', Koa3),
  express('Express 4', express4),
  express('Express 5', express5),
];
