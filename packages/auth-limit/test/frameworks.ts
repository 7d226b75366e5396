import type { RequestListener } from 'node:http';
import { bodyParser } from '@koa/bodyparser';
import { createTransportResolver, trustProxy } from '@parapet/https';
import express5, { type NextFunction, type Request, type Response } from 'express';
import express4 from 'express4';
import Koa3, { type Context } from 'koa';
import Koa2 from 'koa2';
import { authLimit as expressAuthLimit } from '../src/express.js';
import { authLimit as koaAuthLimit, type AccountValue, type AuthLimitCoreOptions, type ChallengeEvent } from '../src/index.js';
import { SECRET } from './helpers.js';

/** What a challenge hook can do with the request, whatever the framework. */
export interface StepUp {
  header(name: string): string | undefined;
  answer(status: number, body: object): void;
}

export interface LoginSpec {
  options?: Partial<AuthLimitCoreOptions>;
  /** trustProxy for loopback peers (Koa: `trustProxy()`; Express: the transport published on `res.locals.transport`). */
  trusted?: boolean;
  /** The framework's own proxy trust (`app.proxy` / `app.set('trust proxy')`), which must change nothing. */
  frameworkTrustsProxy?: boolean;
  challenge?: (step: StepUp, event: ChallengeEvent) => boolean | Promise<boolean>;
}

export interface LoginApp {
  listener: RequestListener;
  /** How many attempts reached the password check. */
  handled(): number;
  revokeDeviceCookies(account: string): Promise<void>;
}

export interface Framework {
  readonly name: string;
  login(spec: LoginSpec): LoginApp;
}

type Body = { user?: unknown; password?: unknown } | undefined;

// Passed through as the body has it: a hostile body's array must reach the limiter (400).
const userOf = (body: Body) => body?.user as AccountValue;

/**
 * The password check every framework runs: `right` → 200; `boom` → an
 * error for the framework's error handling; `fail-200` → explicit fail()
 * then 200; `succeed-401` → explicit succeed() then 401; anything else 401.
 */
type Verdict = 'ok' | 'boom' | 'fail-200' | 'succeed-401' | 'wrong';
function verdict(body: Body): Verdict {
  const password = body?.password;
  if (password === 'right') return 'ok';
  if (password === 'boom' || password === 'fail-200' || password === 'succeed-401') return password;
  return 'wrong';
}

function koa(name: string, Koa: typeof Koa3): Framework {
  return {
    name,
    login(spec) {
      const app = new Koa();
      app.silent = true;
      if (spec.frameworkTrustsProxy) app.proxy = true;
      if (spec.trusted) app.use(trustProxy({ trustedProxies: ['loopback'] }));
      app.use(bodyParser());
      const challenge = spec.challenge;
      const middleware = koaAuthLimit({
        secret: SECRET,
        purpose: 'login',
        account: (ctx) => userOf(ctx.request.body as Body),
        ...spec.options,
        ...(challenge && {
          challenge: (ctx: Context, event: ChallengeEvent) =>
            challenge({ header: (h) => ctx.get(h) || undefined, answer: (status, body) => { ctx.status = status; ctx.body = body; } }, event),
        }),
      });
      app.use(middleware);
      let handled = 0;
      app.use((ctx) => {
        handled++;
        const state = ctx.state.authLimit!;
        switch (verdict(ctx.request.body as Body)) {
          case 'ok': ctx.body = { ok: true }; return;
          case 'boom': throw new Error('boom');
          case 'fail-200': state.fail(); ctx.body = { ok: 'fail' }; return;
          case 'succeed-401': state.succeed(); ctx.status = 401; ctx.body = { error: 'succeed' }; return;
          case 'wrong': ctx.status = 401; ctx.body = { error: 'invalid credentials' };
        }
      });
      const callback = app.callback();
      return { listener: (req, res) => void callback(req, res), handled: () => handled, revokeDeviceCookies: (a) => middleware.revokeDeviceCookies(a) };
    },
  };
}

function express(name: string, create: typeof express5): Framework {
  return {
    name,
    login(spec) {
      const app = create();
      if (spec.frameworkTrustsProxy) app.set('trust proxy', true);
      if (spec.trusted) {
        // The contract of @parapet/https's Express trustProxy: the resolved transport on res.locals.transport.
        const resolve = createTransportResolver({ trustedProxies: ['loopback'] });
        app.use((req, res, next) => {
          (res.locals as { transport?: unknown }).transport = resolve(req);
          next();
        });
      }
      app.use(create.json());
      const challenge = spec.challenge;
      const middleware = expressAuthLimit({
        secret: SECRET,
        purpose: 'login',
        account: (req) => userOf(req.body as Body),
        ...spec.options,
        ...(challenge && {
          challenge: (req: Request, res: Response, event: ChallengeEvent) =>
            challenge({ header: (h) => req.get(h), answer: (status, body) => { res.status(status).json(body); } }, event),
        }),
      });
      app.use(middleware);
      let handled = 0;
      app.use((req: Request, res: Response, next: NextFunction) => {
        handled++;
        const state = res.locals.authLimit!;
        switch (verdict(req.body as Body)) {
          case 'ok': res.json({ ok: true }); return;
          case 'boom': next(new Error('boom')); return;
          case 'fail-200': state.fail(); res.json({ ok: 'fail' }); return;
          case 'succeed-401': state.succeed(); res.status(401).json({ error: 'succeed' }); return;
          case 'wrong': res.status(401).json({ error: 'invalid credentials' });
        }
      });
      // Express's default error handler (finalhandler) answers errors; silence its stack logging.
      app.set('env', 'test');
      return { listener: app, handled: () => handled, revokeDeviceCookies: (a) => middleware.revokeDeviceCookies(a) };
    },
  };
}

export const FRAMEWORKS: readonly Framework[] = [
  koa('Koa 2', Koa2),
  koa('Koa 3', Koa3),
  express('Express 4', express4),
  express('Express 5', express5),
];
