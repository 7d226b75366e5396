import { bodyParser } from '@koa/bodyparser';
import { trustProxy } from '@parapet/https';
import Koa from 'koa';
import { authLimit, type AuthLimitOptions } from '../src/index.js';
import { SECRET } from './helpers.js';

export interface TestApp {
  app: Koa;
  /** How many attempts reached the password check. */
  readonly handled: () => number;
}

type Body = { user?: unknown; password?: unknown } | undefined;

/**
 * A login route: `password === 'right'` succeeds (200), anything else is a
 * 401. `trusted` puts trustProxy({ trustedProxies: ['loopback'] }) first so
 * X-Forwarded-For from the test client is believed.
 */
export function loginApp(
  options: Partial<AuthLimitOptions> = {},
  settings: { trusted?: boolean; handler?: Koa.Middleware } = {},
): TestApp {
  const app = new Koa();
  app.silent = true; // 500s are provoked on purpose; Koa would log their stacks
  let handled = 0;
  if (settings.trusted) app.use(trustProxy({ trustedProxies: ['loopback'] }));
  app.use(bodyParser());
  app.use(
    authLimit({
      secret: SECRET,
      purpose: 'login',
      account: (ctx) => {
        const user = (ctx.request.body as Body)?.user;
        return typeof user === 'string' ? user : undefined;
      },
      ...options,
    }),
  );
  app.use(
    settings.handler ??
      ((ctx) => {
        handled++;
        if ((ctx.request.body as Body)?.password === 'right') {
          ctx.body = { ok: true };
        } else {
          ctx.status = 401;
          ctx.body = { error: 'invalid credentials' };
        }
      }),
  );
  return { app, handled: () => handled };
}
