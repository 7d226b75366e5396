import { trustProxy } from '@parapet/https';
import Koa from 'koa';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { requestLogger, scrubbedPino, type RequestLoggerOptions } from '../src/index.js';
import { scrubber, sink } from './helpers.js';

const s = scrubber();

/** Lines are written when the response finishes; wait for them. */
async function linesOf(out: ReturnType<typeof sink>, n: number): Promise<Array<Record<string, unknown>>> {
  for (let i = 0; i < 200 && out.lines().length < n; i++) await new Promise((r) => setTimeout(r, 5));
  return out.lines();
}

function app(options: Partial<RequestLoggerOptions> = {}, handler?: Koa.Middleware, before?: Koa.Middleware) {
  const out = sink();
  const logger = pino({ base: null, timestamp: false }, out.stream);
  const koa = new Koa();
  koa.silent = true;
  if (before) koa.use(before);
  koa.use(requestLogger({ logger, scrubber: s, ...options }));
  koa.use(
    handler ??
      ((ctx) => {
        ctx.body = { ok: true };
      }),
  );
  return { server: koa.callback(), out };
}

describe('requestLogger', () => {
  it('logs one scrubbed line per request and echoes a fresh request id', async () => {
    const { server, out } = app({}, (ctx) => {
      ctx.state.user = { id: 'u-42' } as never;
      (ctx.state as Record<string, unknown>).caller = { iss: 'billing-service' };
      ctx.body = 'hello';
    });
    const res = await request(server)
      .get('/users/ann@example.com/orders?token=abc&page=2&email=bob%40example.com')
      .set('User-Agent', 'curl/8.5.0')
      .set('Referer', 'https://app.example.com/login?password=hunter2')
      .set('Authorization', 'Bearer abcdef123456')
      .set('Cookie', 'sid=live')
      .expect(200);
    const id = res.headers['x-request-id'] as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const [line] = await linesOf(out, 1);
    expect(line).toEqual({
      level: 30,
      reqId: id,
      req: {
        method: 'GET',
        path: `/users/${s.pseudonymise('email', 'ann@example.com')}/orders`,
        query: `token=[REDACTED]&page=2&email=${s.pseudonymise('email', 'bob@example.com')}`,
        headers: { 'user-agent': 'curl/8.5.0', referer: 'https://app.example.com/login?password=[REDACTED]' },
      },
      res: { status: 200, size: 5 },
      durationMs: expect.any(Number) as number,
      // The client field is pseudonymised even for loopback, which free text keeps verbatim.
      clientIp: s.pseudonymFor('ip', '127.0.0.1'),
      caller: 'billing-service',
      userId: 'u-42',
      msg: 'request completed',
    });
    expect(out.raw()).not.toMatch(/abcdef123456|sid=live|hunter2|ann@example\.com/);
  });

  it('accepts a valid incoming X-Request-Id and replaces an invalid one', async () => {
    const seen: string[] = [];
    const { server, out } = app({}, (ctx) => {
      seen.push(ctx.state.requestId ?? '');
      ctx.status = 204;
    });
    const ok = await request(server).get('/').set('X-Request-Id', 'req-123.abc:7').expect(204);
    expect(ok.headers['x-request-id']).toBe('req-123.abc:7');
    const bad = await request(server).get('/').set('X-Request-Id', 'evil id" injected').expect(204);
    expect(bad.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const long = await request(server).get('/').set('X-Request-Id', 'a'.repeat(129)).expect(204);
    expect(long.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen).toEqual(['req-123.abc:7', bad.headers['x-request-id'], long.headers['x-request-id']]);
    expect((await linesOf(out, 3)).map((l) => l.reqId)).toEqual(seen);
  });

  it('scrubs a well-formed incoming request id that carries personal data before logging it', async () => {
    const { server, out } = app();
    const res = await request(server).get('/').set('X-Request-Id', '4111-1111-1111-1111').expect(200);
    expect(res.headers['x-request-id']).toBe('4111-1111-1111-1111');
    const [line] = await linesOf(out, 1);
    expect(line?.reqId).toBe(s.pseudonymise('card', '4111-1111-1111-1111'));
    expect(out.raw()).not.toContain('4111-1111-1111-1111');
  });

  it('logs the account id auth-limit set, and scrubs caller and user ids that carry personal data', async () => {
    const { server, out } = app({}, (ctx) => {
      (ctx.state as Record<string, unknown>).authLimit = { accountId: 'acct:3f9a2c17b0d4' };
      ctx.state.user = { id: 'ann@example.com' } as never;
      ctx.status = 204;
    });
    await request(server).get('/').expect(204);
    const [line] = await linesOf(out, 1);
    expect(line?.accountId).toBe('acct:3f9a2c17b0d4');
    expect(line?.userId).toBe(s.pseudonymise('email', 'ann@example.com'));
  });

  it('never trusts an incoming id when told so', async () => {
    const { server } = app({ trustRequestId: false });
    const res = await request(server).get('/').set('X-Request-Id', 'req-123').expect(200);
    expect(res.headers['x-request-id']).not.toBe('req-123');
  });

  it('logs a downstream error scrubbed, rethrows it, and keeps the request id on the error response', async () => {
    const { server, out } = app({}, () => {
      throw Object.assign(new Error('db refused for ann@example.com password=hunter2'), { status: 503, expose: false });
    });
    const res = await request(server).get('/fail').expect(503);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const [line] = out.lines();
    expect(line!.level).toBe(50);
    expect(line!.msg).toBe('request failed');
    expect((line!.res as { status: number }).status).toBe(503);
    expect((line!.err as { message: string }).message).toBe(
      `db refused for ${s.pseudonymise('email', 'ann@example.com')} password=[REDACTED]`,
    );
    expect(line!.reqId).toBe(res.headers['x-request-id']);
  });

  it('maps thrown errors without a status to 500 and 4xx to warn', async () => {
    const { server, out } = app({}, (ctx) => {
      if (ctx.path === '/boom') throw new Error('x');
      ctx.throw(404, 'nope');
    });
    const boom = await request(server).get('/boom').expect(500);
    const missing = await request(server).get('/missing').expect(404);
    // The id survives Koa's ctx.onerror header wipe on thrown errors.
    expect(boom.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(missing.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect((await linesOf(out, 2)).map((l) => [l.level, (l.res as { status: number }).status])).toEqual([
      [50, 500],
      [40, 404],
    ]);
  });

  it('uses the trusted-proxy client address from @parapet/https', async () => {
    const { server, out } = app({}, undefined, trustProxy({ trustedProxies: ['loopback'] }));
    await request(server).get('/').set('X-Forwarded-For', '203.0.113.9').expect(200);
    const { server: untrusting, out: out2 } = app();
    await request(untrusting).get('/').set('X-Forwarded-For', '203.0.113.9').expect(200);
    expect((await linesOf(out, 1))[0]!.clientIp).toBe(s.pseudonymise('ip', '203.0.113.9'));
    expect((await linesOf(out2, 1))[0]!.clientIp).toBe(s.pseudonymFor('ip', '127.0.0.1'));
    expect(s.scrubText('ECONNREFUSED 127.0.0.1:6379')).toBe('ECONNREFUSED 127.0.0.1:6379');
  });

  it('never logs bodies and never mutates the request headers', async () => {
    let headersAfter: Record<string, unknown> = {};
    const { server, out } = app({ headers: ['cookie', 'user-agent'] }, (ctx) => {
      ctx.body = { secretBody: 'ann@example.com' };
    }, async (ctx, next) => {
      await next();
      headersAfter = { ...ctx.request.headers };
    });
    await request(server).post('/x').set('Cookie', 'sid=live').send({ password: 'hunter2' }).expect(200);
    expect(headersAfter.cookie).toBe('sid=live');
    const [line] = (await linesOf(out, 1)) as Array<{ req: { headers: Record<string, string> } }>;
    expect(line!.req.headers.cookie).toBe('[REDACTED]');
    expect(out.raw()).not.toMatch(/hunter2|secretBody|ann@example/);
  });

  it('logs the size Koa wrote for a JSON body and the final status of a 404', async () => {
    const { server, out } = app({}, (ctx) => {
      if (ctx.path === '/json') ctx.body = { items: [1, 2, 3] };
    });
    await request(server).get('/json').expect(200);
    await request(server).get('/nothing').expect(404);
    const lines = (await linesOf(out, 2)) as Array<{ res: { status: number; size: number }; level: number }>;
    expect(lines.map((l) => [l.level, l.res.status, l.res.size])).toEqual([
      [30, 200, Buffer.byteLength(JSON.stringify({ items: [1, 2, 3] }))],
      [40, 404, Buffer.byteLength('Not Found')],
    ]);
  });

  it('logs a request the client aborted', async () => {
    let release: () => void = () => undefined;
    const { server, out } = app({}, async (ctx) => {
      await new Promise<void>((r) => (release = r));
      ctx.body = 'late';
    });
    const req = request(server).get('/slow').timeout(50);
    await expect(req).rejects.toThrow();
    const [line] = await linesOf(out, 1);
    release();
    expect(line!.msg).toBe('request aborted');
    expect(line!.aborted).toBe(true);
    expect(line!.level).toBe(40);
  });

  it('bounds a huge query string and header', async () => {
    const small = scrubber({ maxStringLength: 1024 });
    const { server, out } = app({ scrubber: small });
    await request(server)
      .get(`/q?email=ann%40example.com&x=${'a'.repeat(6_000)}`)
      .set('User-Agent', 'x'.repeat(6_000))
      .expect(200);
    const [line] = (await linesOf(out, 1)) as Array<{ req: { query: string; headers: Record<string, string> } }>;
    // Cut at the last separator before the limit: the unbroken tail goes, with a marker.
    expect(line!.req.query).toBe(`email=${small.pseudonymise('email', 'ann@example.com')}&…[truncated 6002 chars]`);
    expect(line!.req.headers['user-agent']).toBe('…[truncated 6000 chars]');
    expect(JSON.stringify(line).length).toBeLessThan(3_000);
  });

  it('skips ignored paths (exact strings or a predicate) but still sets the request id', async () => {
    const seen: string[] = [];
    const { server, out } = app(
      { ignore: ['/healthz', (ctx) => ctx.path.startsWith('/metrics')] },
      (ctx) => {
        seen.push(ctx.state.requestId ?? '');
        ctx.body = 'ok';
      },
    );
    const probe = await request(server).get('/healthz').expect(200);
    await request(server).get('/metrics/x').expect(200);
    await request(server).get('/healthz/deep').expect(200);
    expect(probe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const lines = await linesOf(out, 1);
    await new Promise((r) => setTimeout(r, 30));
    expect(out.lines().map((l) => (l.req as { path: string }).path)).toEqual(['/healthz/deep']);
    expect(lines).toHaveLength(1);
    expect(seen).toHaveLength(3);
  });

  it('keeps the request id on the error response of an ignored path', async () => {
    const { server, out } = app({ ignore: ['/healthz'] }, (ctx) => ctx.throw(503, 'redis down'));
    const res = await request(server).get('/healthz').expect(503);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((r) => setTimeout(r, 30));
    expect(out.lines()).toEqual([]);
  });

  it('gives each request a scrubbed ctx.log child carrying its reqId', async () => {
    const { server, out } = app({}, (ctx) => {
      ctx.log.info({ email: 'ann@example.com', password: 'hunter2' }, 'handler says hi to %s', 'bob@example.com');
      ctx.status = 204;
    });
    const res = await request(server).get('/').expect(204);
    const lines = await linesOf(out, 2);
    const handler = lines.find((l) => l.msg !== 'request completed')!;
    expect(handler).toEqual({
      level: 30,
      reqId: res.headers['x-request-id'],
      email: s.pseudonymise('email', 'ann@example.com'),
      password: '[REDACTED]',
      msg: `handler says hi to ${s.pseudonymise('email', 'bob@example.com')}`,
    });
    expect(out.raw()).not.toMatch(/hunter2|ann@example|bob@example/);
  });

  it('keeps ctx.log children and level changes scrubbed, and logs errors passed to it compactly', async () => {
    const { server, out } = app({}, (ctx) => {
      const child = ctx.log.child({ user: 'ann@example.com' });
      child.level = 'debug';
      child.debug('token %s', 'password=hunter2');
      child.child({ step: 2 }).error(new TypeError('bad input from bob@example.com'));
      ctx.status = 204;
    });
    const res = await request(server).get('/').expect(204);
    const lines = (await linesOf(out, 3)).filter((l) => l.msg !== 'request completed');
    expect(lines.map((l) => [l.level, l.reqId, l.user])).toEqual([
      [20, res.headers['x-request-id'], s.pseudonymise('email', 'ann@example.com')],
      [50, res.headers['x-request-id'], s.pseudonymise('email', 'ann@example.com')],
    ]);
    expect(lines[0]!.msg).toBe('token password=[REDACTED]');
    expect(lines[1]!.step).toBe(2);
    expect((lines[1]!.err as { type: string }).type).toBe('TypeError');
    expect(out.raw()).not.toMatch(/hunter2|ann@example|bob@example/);
  });

  it('writes ctx.log through a scrubbedPino logger too', async () => {
    const out = sink();
    const koa = new Koa();
    koa.silent = true;
    koa.use(requestLogger({ logger: scrubbedPino({ base: null, timestamp: false, scrubber: s }, out.stream), scrubber: s }));
    koa.use((ctx) => {
      ctx.log.info({ email: 'ann@example.com' }, 'hello');
      ctx.status = 204;
    });
    await request(koa.callback()).get('/').expect(204);
    const [first] = await linesOf(out, 2);
    expect(first).toMatchObject({ email: s.pseudonymise('email', 'ann@example.com'), msg: 'hello' });
  });

  it('chooses the level by status and error, overridable by a function', async () => {
    const { server, out } = app({}, (ctx) => {
      if (ctx.path === '/boom') throw new Error('x');
      if (ctx.path === '/teapot') ctx.throw(418);
      if (ctx.path === '/gone') ctx.status = 503;
      else ctx.status = 204;
    });
    await request(server).get('/boom').expect(500);
    await request(server).get('/teapot').expect(418);
    await request(server).get('/gone').expect(503);
    await request(server).get('/ok').expect(204);
    expect((await linesOf(out, 4)).map((l) => l.level)).toEqual([50, 40, 50, 30]);

    const calls: Array<[number, boolean]> = [];
    const custom = app(
      {
        level: (status, err) => {
          calls.push([status, err !== undefined]);
          return status === 404 ? 'debug' : err === undefined ? 'info' : 'fatal';
        },
      },
      (ctx) => {
        if (ctx.path === '/boom') throw new Error('x');
      },
    );
    await request(custom.server).get('/boom').expect(500);
    await request(custom.server).get('/missing').expect(404);
    expect((await linesOf(custom.out, 1)).map((l) => l.level)).toEqual([60]);
    expect(calls).toEqual([
      [500, true],
      [404, false],
    ]);
  });

  it('falls back to the default level when the level function names no level or throws', async () => {
    const { server, out } = app({ level: (status) => (status === 404 ? ('nope' as 'info') : 'info') }, () => undefined);
    await request(server).get('/missing').expect(404);
    const both = app({ level: () => { throw new Error('broken'); } }, (ctx) => {
      ctx.status = 503;
    });
    await request(both.server).get('/').expect(503);
    expect((await linesOf(out, 1)).map((l) => l.level)).toEqual([40]);
    expect((await linesOf(both.out, 1)).map((l) => l.level)).toEqual([50]);
  });

  it('lets downstream code replace ctx.log', async () => {
    const replacement = pino({ enabled: false });
    const { server } = app({}, (ctx) => {
      ctx.log = replacement;
      ctx.body = { same: ctx.log === replacement };
    });
    expect((await request(server).get('/').expect(200)).body).toEqual({ same: true });
  });

  it('serialises a thrown error with its class name and code through a plain pino()', async () => {
    class DatabaseDownError extends Error {
      code = 'EDBDOWN';
    }
    const out = sink();
    const koa = new Koa();
    koa.silent = true;
    koa.use(requestLogger({ logger: pino(out.stream), scrubber: s }));
    koa.use(() => {
      throw new DatabaseDownError('db refused ann@example.com');
    });
    await request(koa.callback()).get('/').expect(500);
    const [line] = await linesOf(out, 1);
    const err = line!.err as Record<string, unknown>;
    expect(err.type).toBe('DatabaseDownError');
    expect(err.code).toBe('EDBDOWN');
    expect(err.message).toBe(`db refused ${s.pseudonymise('email', 'ann@example.com')}`);
    expect(err.stack).toMatch(/^Error: db refused <email:k1:[0-9a-f]+>\n\s+at /);
    expect(out.raw()).not.toContain('ann@example.com');
  });

  it('keeps 4xx error lines compact: no stack, no response headers', async () => {
    // A plain pino() (time, pid, hostname), as in the measurement that found 2–3 KB 401 lines.
    const out = sink();
    const koa = new Koa();
    koa.silent = true;
    koa.use(requestLogger({ logger: pino(out.stream), scrubber: s }));
    koa.use((ctx) => {
      if (ctx.path === '/denied') {
        ctx.throw(401, 'token rejected', {
          headers: {
            'www-authenticate': 'Bearer error="invalid_token"',
            'strict-transport-security': 'max-age=63072000; includeSubDomains; preload',
            'content-security-policy': "default-src 'none'; frame-ancestors 'none'; " + 'x'.repeat(400),
          },
          code: 'TOKEN_REJECTED',
          cause: new Error('signature mismatch'),
        });
      }
      ctx.body = { ok: true };
    });
    const server = koa.callback();
    const browser = { 'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0', Accept: 'application/json' };
    await request(server).get('/fine').set(browser).expect(200);
    await request(server).get('/denied').set(browser).expect(401);
    const [ok, denied] = await linesOf(out, 2);
    const err = denied!.err as Record<string, unknown>;
    // pino's std serializer appends the cause's message.
    expect(err).toMatchObject({ type: 'UnauthorizedError', message: 'token rejected: signature mismatch', code: 'TOKEN_REJECTED' });
    // pino's std serializer always writes a stack field (with a "caused by:" per cause): no frames here.
    expect(String(err.stack)).not.toMatch(/\bat |Error/);
    expect(err.headers).toBeUndefined();
    expect(JSON.stringify(denied)).not.toMatch(/\bat .*\.ts:\d+/);
    expect(JSON.stringify(denied)).not.toMatch(/max-age|default-src|request-logger\.test/);
    expect(JSON.stringify(denied).length).toBeLessThanOrEqual(1.5 * JSON.stringify(ok).length);
  });

  it.each<[string, unknown, string]>([
    ['unknown option', { loger: pino() }, 'requestLogger: unknown option "loger"'],
    ['bad header list', { headers: ['User Agent'] }, 'requestLogger: "headers" must be an array of lower-case header names'],
    ['bad id header', { requestIdHeader: 'X\nY' }, 'requestLogger: "requestIdHeader" must be a lower-case header name'],
    ['bad trust flag', { trustRequestId: 'yes' }, 'requestLogger: "trustRequestId" must be a boolean'],
    ['bad logger', { logger: {} }, 'requestLogger: "logger" must be a pino logger'],
    ['bad ignore entry', { ignore: [42] }, 'requestLogger: "ignore" must be an array of paths (starting with "/") or predicates'],
    ['ignore not an array', { ignore: '/healthz' }, 'requestLogger: "ignore" must be an array of paths (starting with "/") or predicates'],
    ['bad level', { level: 'warn' }, 'requestLogger: "level" must be a function (status, err) => level'],
  ])('rejects %s', (_name, options, message) => {
    expect(() => requestLogger({ scrubber: s, ...(options as RequestLoggerOptions) })).toThrow(new TypeError(message));
  });
});
