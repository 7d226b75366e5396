import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Koa from 'koa';
import request from 'supertest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeviceCookieSigner } from '../src/device-cookie.js';
import { AuthLimitAccountError, Limiter, MemoryStore, normalizeAccount, resolveOptions } from '../src/index.js';
import { loginApp } from './app.js';
import { SECRET } from './helpers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function post(app: Koa, body: object | string, headers: Record<string, string> = {}) {
  return request(app.callback()).post('/login').set(headers).type('json').send(body);
}

/** An app whose account() returns whatever the JSON body's `user` holds, unchecked (as the README's cast would). */
function rawAccountApp(extra: object = {}) {
  return loginApp({
    account: (ctx) => (ctx.request.body as { user?: string } | undefined)?.user,
    limits: { accountClient: { limit: 2, window: 600 }, clientFailures: { limit: 4, window: 600 } },
    ...extra,
  });
}

describe('hostile account values', () => {
  it('an array, object or boolean account is refused with 400 before the handler and counted against the client', async () => {
    const { app, handled } = rawAccountApp();
    const bodies = [{ user: ['alice'] }, { user: { $ne: '' } }, { user: true }, { user: ['alice', 'bob'] }];
    for (const body of bodies) {
      const res = await post(app, { ...body, password: 'right' });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toBe('application/problem+json');
      expect(res.body).toEqual({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'Invalid account.' });
      expect(res.headers['ratelimit-policy']).toBe('"client-failures";q=4;w=600, "client-requests";q=300;w=3600');
    }
    expect(handled()).toBe(0);
    // Four refusals filled client-failures: the client is now blocked for every account.
    const next = await post(app, { user: 'alice', password: 'right' });
    expect(next.status).toBe(429);
    expect(next.headers['ratelimit']).toBe('"client-failures";r=0;t=600');
  });

  it('a numeric account shares the counter of its decimal string', async () => {
    const { app, handled } = rawAccountApp({ limits: { accountClient: { limit: 2, window: 600 } } });
    expect((await post(app, { user: 5551234, password: 'x' })).status).toBe(401);
    expect((await post(app, { user: '5551234', password: 'x' })).status).toBe(401);
    expect((await post(app, { user: 5551234, password: 'x' })).status).toBe(429);
    expect(handled()).toBe(2);
  });

  it('a ~1 MB account (300,000 × U+FDFA, 18× longer under NFKC) is refused with 400 without normalising it; 1024 characters is still an account', async () => {
    const { app, handled } = rawAccountApp();
    const huge = await post(app, { user: '\uFDFA'.repeat(300_000), password: 'x' });
    expect(huge.status).toBe(400);
    expect(handled()).toBe(0);
    const long = await post(app, { user: 'a'.repeat(1024), password: 'x' });
    expect(long.status).toBe(401);
    expect((await post(app, { user: 'a'.repeat(1025), password: 'x' })).status).toBe(400);
  });

  it('empty and whitespace-only accounts name no account: only the client limits apply', async () => {
    const { app } = rawAccountApp();
    for (const user of ['', '   ', '\u00A0\t', '\u3000']) {
      const res = await post(app, { user, password: 'x' });
      expect(res.status).toBe(401);
      expect(res.headers['ratelimit-policy']).toBe('"client-failures";q=4;w=600, "client-requests";q=300;w=3600');
    }
  });

  it('NFKC-folded variants share one counter; confusables NFKC keeps apart do not', async () => {
    const { app } = rawAccountApp({ limits: { accountClient: { limit: 3, window: 600 } } });
    // U+FB01 ligature, full-width letters, Kelvin sign K -> k.
    for (const user of ['\uFB01nn', 'ＦＩＮＮ', 'Finn ']) expect((await post(app, { user, password: 'x' })).status).toBe(401);
    expect((await post(app, { user: 'finn', password: 'x' })).status).toBe(429);
    // Cyrillic "ф"-free lookalike: Latin "i" replaced by Cyrillic U+0456 is another account.
    expect((await post(app, { user: 'f\u0456nn', password: 'x' })).status).toBe(401);
  });

  it('normalizeAccount is idempotent over every code point (alone, after a letter, after a space)', () => {
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      for (const s of [c, `a${c}`, ` ${c}`]) {
        const once = normalizeAccount(s);
        if (normalizeAccount(once) !== once) throw new Error(`not idempotent for U+${cp.toString(16)} in ${JSON.stringify(s)}`);
      }
    }
    expect(normalizeAccount('\u00A8alice')).toBe('\u0308alice');
  });
});

describe('account(ctx) misbehaving', () => {
  function appWithAccount(account: (ctx: Koa.Context) => unknown, extra: object = {}) {
    return loginApp({
      account: account as (ctx: Koa.Context) => string,
      limits: { accountClient: { limit: 2, window: 600 }, clientFailures: { limit: 3, window: 600 } },
      ...extra,
    });
  }

  it('a throwing account() gives 400 (not 500), is counted, and the handler does not run', async () => {
    const { app, handled } = appWithAccount(() => {
      throw new Error('cannot read properties of undefined');
    });
    for (let i = 0; i < 3; i++) expect((await post(app, { password: 'x' })).status).toBe(400);
    expect((await post(app, { password: 'x' })).status).toBe(429);
    expect(handled()).toBe(0);
  });

  it('an async account() is awaited: the account limits apply', async () => {
    const { app, handled } = appWithAccount(async (ctx) => {
      await sleep(1);
      return (ctx.request.body as { user?: string }).user;
    });
    expect((await post(app, { user: 'alice', password: 'x' })).status).toBe(401);
    expect((await post(app, { user: 'alice', password: 'x' })).status).toBe(401);
    const third = await post(app, { user: 'alice', password: 'right' });
    expect(third.status).toBe(429);
    expect(third.headers['ratelimit']).toBe('"account-client";r=0;t=600');
    expect(handled()).toBe(2);
  });

  it('a rejecting account() promise gives 400', async () => {
    const { app, handled } = appWithAccount(() => Promise.reject(new Error('lookup failed')));
    expect((await post(app, { user: 'alice', password: 'x' })).status).toBe(400);
    expect(handled()).toBe(0);
  });

  it('with respond: throw, an invalid account throws AuthLimitAccountError carrying the headers', async () => {
    const errors: unknown[] = [];
    const { app } = appWithAccount((ctx) => (ctx.request.body as { user?: unknown }).user, { respond: 'throw' });
    app.on('error', (error) => errors.push(error));
    const res = await post(app, { user: ['alice'] });
    expect(res.status).toBe(400);
    expect(res.text).toBe('Invalid account.');
    expect(res.headers['ratelimit']).toBe('"client-failures";r=2;t=600');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(AuthLimitAccountError);
    expect((errors[0] as AuthLimitAccountError).code).toBe('ERR_AUTH_LIMIT_ACCOUNT');
  });

  it('a throwing clientIp() puts the request in the shared "unknown" client instead of a 500', async () => {
    const { app } = loginApp({
      clientIp: () => {
        throw new Error('bad proxy config');
      },
      limits: { accountClient: { limit: 1, window: 60 } },
    });
    expect((await post(app, { user: 'a', password: 'x' })).status).toBe(401);
    expect((await post(app, { user: 'a', password: 'x' })).status).toBe(429);
  });

  it('AuthLimitAccountError has a stable code and status', () => {
    const error = new AuthLimitAccountError({});
    expect([error.code, error.status, error.expose, error.message]).toEqual(['ERR_AUTH_LIMIT_ACCOUNT', 400, true, 'Invalid account.']);
  });
});

describe('fail() / succeed() misuse', () => {
  function appWith(handler: Koa.Middleware) {
    return loginApp({ limits: { accountClient: { limit: 2, window: 60 } } }, { handler }).app;
  }

  it('fail() then succeed() stays a failure (a failure is final)', async () => {
    const app = appWith((ctx) => {
      ctx.state.authLimit?.fail();
      ctx.state.authLimit?.succeed();
      ctx.state.authLimit?.succeed();
      ctx.body = 'ok';
    });
    expect((await post(app, { user: 'alice' })).status).toBe(200);
    expect((await post(app, { user: 'alice' })).status).toBe(200);
    expect((await post(app, { user: 'alice' })).status).toBe(429);
  });

  it('succeed() then fail() is a failure; calling either twice changes nothing', async () => {
    const app = appWith((ctx) => {
      ctx.state.authLimit?.succeed();
      ctx.state.authLimit?.fail();
      ctx.state.authLimit?.fail();
      ctx.status = 200;
    });
    await post(app, { user: 'alice' });
    await post(app, { user: 'alice' });
    expect((await post(app, { user: 'alice' })).status).toBe(429);
  });

  it('succeed() called after the response has no effect (no late refund)', async () => {
    const late: Promise<void>[] = [];
    const app = appWith((ctx) => {
      const control = ctx.state.authLimit;
      late.push(sleep(5).then(() => control?.succeed()));
      ctx.status = 401;
    });
    await post(app, { user: 'alice' });
    await post(app, { user: 'alice' });
    await Promise.all(late);
    expect((await post(app, { user: 'alice' })).status).toBe(429);
  });
});

describe('client aborts mid-handler', () => {
  async function abortedAttempts(handler: Koa.Middleware, count: number) {
    let started = 0;
    const handled = () => started;
    const counting: Koa.Middleware = (ctx, next) => {
      started++;
      return handler(ctx, next);
    };
    const { app } = loginApp({ limits: { accountClient: { limit: 2, window: 60 } } }, { handler: counting });
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    try {
      for (let i = 0; i < count; i++) {
        const before = handled();
        await new Promise<void>((resolve) => {
          const req = httpRequest({ port, host: '127.0.0.1', method: 'POST', path: '/login', headers: { 'content-type': 'application/json' } });
          req.on('error', () => resolve());
          req.end(JSON.stringify({ user: 'alice', password: 'x' }));
          // Abort once the handler has started.
          const poll = setInterval(() => {
            if (handled() > before) {
              clearInterval(poll);
              req.destroy();
            }
          }, 1);
        });
        await sleep(80); // let the handler finish and the attempt settle
      }
      return (await request(server).post('/login').send({ user: 'alice', password: 'right' })).status;
    } finally {
      server.close();
    }
  }

  it('an aborted attempt whose handler answers 401 stays counted', async () => {
    let n = 0;
    const status = await abortedAttempts(async (ctx) => {
      n++;
      await sleep(40);
      ctx.status = (ctx.request.body as { password?: string }).password === 'right' ? 200 : 401;
    }, 2);
    expect(n).toBe(2);
    expect(status).toBe(429);
  });

  it('an aborted attempt whose handler gives up without an answer (404) is not refunded', async () => {
    const status = await abortedAttempts(async (ctx) => {
      await sleep(40);
      if (ctx.req.destroyed || ctx.res.destroyed) return; // handler notices the hang-up and bails out
      ctx.status = (ctx.request.body as { password?: string }).password === 'right' ? 200 : 401;
    }, 2);
    expect(status).toBe(429);
  });
});

describe('concurrent success and failures', () => {
  it('a success refunds only its own attempt on the shared layers', async () => {
    const core = new Limiter(
      resolveOptions({
        purpose: 'login',
        secret: SECRET,
        account: () => undefined,
        limits: { accountClient: { limit: 5, window: 600 }, account: { limit: 6, window: 600 } },
      }),
    );
    const here = core.prepare({ account: 'alice', clientIp: '198.51.100.1' });
    const decisions = [];
    for (let i = 0; i < 5; i++) decisions.push(await core.check(here));
    const allowed = decisions.filter((d) => d.allowed);
    expect(allowed).toHaveLength(5);
    // Four failures and one success settle in any order.
    await core.settle(allowed[2]!, 'success');
    for (const i of [0, 1, 3, 4]) await core.settle(allowed[i]!, 'failure');
    // account: 5 counted - 1 refund = 4; one more from another client leaves 1.
    const elsewhere = await core.check(core.prepare({ account: 'alice', clientIp: '203.0.113.7' }));
    if (!elsewhere.allowed) throw new Error('expected allowed');
    expect(elsewhere.counters.map((c) => c.count)).toEqual([1, 5, 1, 1]);
  });
});

describe('device cookie tampering', () => {
  const signer = new DeviceCookieSigner(Buffer.alloc(32, 3), 'login', 60);
  const now = Date.UTC(2026, 0, 1);
  const id = DeviceCookieSigner.newDeviceId();
  const value = signer.sign('acct', id, now);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  it('rejects a non-canonical spelling of the MAC (same bytes, another last character)', () => {
    const last = value.at(-1)!;
    const twin = value.slice(0, -1) + alphabet[alphabet.indexOf(last) ^ 1]!;
    expect(Buffer.from(twin.split('.')[3]!, 'base64url')).toEqual(Buffer.from(value.split('.')[3]!, 'base64url'));
    expect(signer.verify(value, 'acct', now)).toBeDefined();
    expect(signer.verify(twin, 'acct', now)).toBeUndefined();
  });

  it('rejects truncated, padded, standard-base64, hex and other-account cookies', () => {
    const [v, device, exp, mac] = value.split('.') as [string, string, string, string];
    const bytes = Buffer.from(mac, 'base64url');
    for (const bad of [
      `${v}.${device}.${exp}.${mac.slice(0, 42)}`,
      `${v}.${device}.${exp}.${mac.slice(0, 22)}`,
      `${v}.${device}.${exp}.${mac}=`,
      `${v}.${device}.${exp}.${bytes.toString('base64')}`,
      `${v}.${device}.${exp}.${bytes.toString('hex')}`,
      `${v}.${device}.${Number(exp) + 1}.${mac}`,
      `v1.${device}.${exp}.${mac}`,
      `v3.${device}.${exp}.${mac}`,
      ` ${value}`,
    ]) {
      expect(signer.verify(bad, 'acct', now)).toBeUndefined();
    }
    expect(signer.verify(value, 'other-acct', now)).toBeUndefined();
  });

  it('100 forged device cookies in one request change nothing: normal limits, no 5xx', async () => {
    const { app } = loginApp({ deviceCookie: { secure: false, name: 'dev' }, limits: { accountClient: { limit: 2, window: 60 } } });
    const forged = Array.from({ length: 100 }, (_, i) => `dev=${signer.sign('acct', DeviceCookieSigner.newDeviceId(), now + i)}`).join('; ');
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(app, { user: 'alice', password: 'x' }, { cookie: forged })).status);
    expect(statuses).toEqual([401, 401, 429]);
  });
});

describe('Retry-After is never earlier than the real unblock (property, fake clock)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('holds over 3,000 random attempts across layers, clients and windows', async () => {
    vi.useFakeTimers({ now: 1_000_000, toFake: ['Date'] });
    let seed = 0x2545f491;
    const random = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) / 2 ** 32;
    };
    const core = new Limiter(
      resolveOptions({
        purpose: 'login',
        secret: SECRET,
        account: () => undefined,
        store: new MemoryStore(),
        limits: {
          accountClient: { limit: 3, window: 7 },
          account: { limit: 5, window: 11 },
          clientFailures: { limit: 6, window: 13 },
          clientRequests: { limit: 9, window: 17 },
        },
      }),
    );
    const accounts = ['alice', 'bob', 'carol'];
    const clients = ['198.51.100.1', '198.51.100.2'];
    let refusals = 0;
    for (let i = 0; i < 3000; i++) {
      vi.advanceTimersByTime(Math.floor(random() * 1500));
      const attempt = core.prepare({ account: accounts[Math.floor(random() * 3)]!, clientIp: clients[Math.floor(random() * 2)]! });
      const decision = await core.check(attempt);
      if (decision.allowed) {
        await core.settle(decision, random() < 0.9 ? 'failure' : 'success');
        continue;
      }
      refusals++;
      const retryAfter = decision.retryAfter;
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(decision.headers['Retry-After']).toBe(String(retryAfter));
      expect(decision.headers.RateLimit).toMatch(new RegExp(`;r=0;t=${retryAfter}$`));
      // One millisecond before the announced second is over the block may or
      // may not hold (rounding up); a whole second earlier it must still hold.
      if (retryAfter > 1) {
        vi.advanceTimersByTime((retryAfter - 1) * 1000);
        expect((await core.check(attempt)).allowed).toBe(false);
        vi.advanceTimersByTime(1000);
      } else {
        vi.advanceTimersByTime(1000);
      }
      const retried = await core.check(attempt);
      expect(retried.allowed).toBe(true);
      if (retried.allowed) await core.settle(retried, 'failure');
    }
    expect(refusals).toBeGreaterThan(100);
  });
});

describe('no user enumeration in refusals', () => {
  it('429s for an existing and an unknown account are byte-for-byte identical (all headers but Date, body)', async () => {
    // Only alice exists; the app answers both alike, and the limiter must add no difference.
    const { app } = loginApp();
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const raw = (user: string) =>
      new Promise<string>((resolve, reject) => {
        const req = httpRequest({ port, host: '127.0.0.1', method: 'POST', path: '/login', headers: { 'content-type': 'application/json', connection: 'close' } }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => {
            const kept = res.rawHeaders.flatMap((v, i, all) => (i % 2 === 0 && v.toLowerCase() !== 'date' ? [`${v}: ${all[i + 1]}`] : []));
            resolve(`${res.statusCode}\n${kept.join('\n')}\n\n${body}`);
          });
        });
        req.on('error', reject);
        req.end(JSON.stringify({ user, password: 'x' }));
      });
    try {
      const answers = [];
      for (const user of ['alice@example.com', 'nobody@example.com']) {
        for (let i = 0; i < 5; i++) await raw(user);
        answers.push(await raw(user));
      }
      expect(answers[0]).toMatch(/^429\n/);
      expect(answers[0]).toBe(answers[1]);
    } finally {
      server.close();
    }
  });
});
