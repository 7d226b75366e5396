import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS, type AppSpec, type Handler, type Options } from './frameworks.js';
import { scrubber, sink } from './helpers.js';

const s = scrubber();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Lines are written when the response is done; wait for them. */
async function linesOf(out: ReturnType<typeof sink>, n: number): Promise<Array<Record<string, unknown>>> {
  for (let i = 0; i < 200 && out.lines().length < n; i++) await new Promise((r) => setTimeout(r, 5));
  return out.lines();
}

describe.each(FRAMEWORKS)('requestLogger on $name', (framework) => {
  function app(handler: Handler, options: Options = {}, spec?: AppSpec) {
    const out = sink();
    const logger = pino({ base: null, timestamp: false }, out.stream);
    return { server: framework.app({ logger, scrubber: s, ...options }, handler, spec), out };
  }

  it('logs one scrubbed line per request: query, headers and cookies scrubbed, client pseudonymised', async () => {
    const { server, out } = app((x) => {
      x.publish('caller', { iss: 'invoicing' });
      x.publish('user', { id: 7 });
      x.send(201, 'made');
    });
    const target = '/accounts/carl@example.net/invoices?sort=asc&api_key=sk_live_51abc&contact=dana%40example.org';
    const res = await request(server)
      .put(target)
      .set('User-Agent', 'HTTPie/3.2.4')
      .set('Accept', 'application/json')
      .set('Origin', 'https://shop.example.com')
      .set('Referer', 'https://shop.example.com/cb?access_token=tok123&step=2')
      .set('Cookie', 'session=s3cr3t; theme=dark')
      .set('Authorization', 'Basic dXNlcjpwYXNz')
      .expect(201);
    const reqId = res.headers['x-request-id'] as string;
    expect(reqId).toMatch(UUID);
    const lines = await linesOf(out, 1);
    expect(lines).toEqual([
      {
        level: 30,
        msg: 'request completed',
        reqId,
        clientIp: s.pseudonymFor('ip', '127.0.0.1'),
        caller: 'invoicing',
        userId: '7',
        req: {
          method: 'PUT',
          path: `/accounts/${s.pseudonymise('email', 'carl@example.net')}/invoices`,
          query: `sort=asc&api_key=[REDACTED]&contact=${s.pseudonymise('email', 'dana@example.org')}`,
          headers: {
            'user-agent': 'HTTPie/3.2.4',
            accept: 'application/json',
            'content-length': '0',
            origin: 'https://shop.example.com',
            referer: 'https://shop.example.com/cb?access_token=[REDACTED]&step=2',
          },
        },
        res: { size: 4, status: 201 },
        durationMs: expect.any(Number) as number,
      },
    ]);
    expect(out.raw()).not.toMatch(/sk_live_51abc|tok123|s3cr3t|dXNlcjpwYXNz|carl@|dana%40/);
  });

  it('redacts cookies and authorization when they are listed headers, never logs bodies, never mutates the request', async () => {
    let seen: Record<string, unknown> = {};
    const { server, out } = app(
      (x) => {
        seen = x.headers();
        x.send(200, { secretBody: 'ann@example.com' });
      },
      { headers: ['cookie', 'authorization', 'user-agent'] },
    );
    await request(server)
      .post('/x')
      .set('User-Agent', 'curl/8.5.0')
      .set('Cookie', 'sid=live')
      .set('Authorization', 'Bearer abcdef123456')
      .send({ password: 'hunter2' })
      .expect(200);
    expect(seen.cookie).toBe('sid=live');
    expect(seen.authorization).toBe('Bearer abcdef123456');
    const [line] = await linesOf(out, 1);
    expect(line!.req).toEqual({
      method: 'POST',
      path: '/x',
      query: undefined,
      headers: { cookie: '[REDACTED]', authorization: '[REDACTED]', 'user-agent': 'curl/8.5.0' },
    });
    expect(line!.res).toEqual({ status: 200, size: Buffer.byteLength(JSON.stringify({ secretBody: 'ann@example.com' })) });
    expect(out.raw()).not.toMatch(/hunter2|secretBody|ann@example|sid=live|abcdef123456/);
  });

  it('takes the client from @parapet/https trustProxy, never from the framework’s own proxy trust', async () => {
    const trusted = app((x) => x.send(204), {}, { trusted: true });
    await request(trusted.server).get('/').set('X-Forwarded-For', '203.0.113.9').expect(204);
    const forged = app((x) => x.send(204), {}, { frameworkTrustsProxy: true });
    await request(forged.server).get('/').set('X-Forwarded-For', '203.0.113.9').expect(204);
    expect((await linesOf(trusted.out, 1))[0]!.clientIp).toBe(s.pseudonymise('ip', '203.0.113.9'));
    expect((await linesOf(forged.out, 1))[0]!.clientIp).toBe(s.pseudonymFor('ip', '127.0.0.1'));
  });

  it('accepts a valid incoming request id, replaces an invalid one, scrubs one carrying personal data', async () => {
    const seen: Array<string | undefined> = [];
    const { server, out } = app((x) => {
      seen.push(x.requestId());
      x.send(204);
    });
    const ok = await request(server).get('/').set('X-Request-Id', 'req-123.abc:7').expect(204);
    const bad = await request(server).get('/').set('X-Request-Id', 'evil id" injected').expect(204);
    const card = await request(server).get('/').set('X-Request-Id', '4111-1111-1111-1111').expect(204);
    expect(ok.headers['x-request-id']).toBe('req-123.abc:7');
    expect(bad.headers['x-request-id']).toMatch(UUID);
    expect(card.headers['x-request-id']).toBe('4111-1111-1111-1111');
    expect(seen).toEqual(['req-123.abc:7', bad.headers['x-request-id'], '4111-1111-1111-1111']);
    const lines = await linesOf(out, 3);
    expect(lines.map((l) => l.reqId)).toEqual(['req-123.abc:7', bad.headers['x-request-id'], s.pseudonymise('card', '4111-1111-1111-1111')]);
    expect(out.raw()).not.toContain('4111-1111-1111-1111');
  });

  it('logs the error passed on, scrubbed, with its class name and code, and keeps the request id on the error response', async () => {
    class DatabaseDownError extends Error {
      code = 'EDBDOWN';
      status = 503;
      expose = false;
    }
    const { server, out } = app((x) => x.fail(new DatabaseDownError('db refused for ann@example.com password=hunter2')));
    const res = await request(server).get('/fail').expect(503);
    expect(res.headers['x-request-id']).toMatch(UUID);
    const [line] = await linesOf(out, 1);
    expect(line).toEqual({
      level: 50,
      reqId: res.headers['x-request-id'],
      req: { method: 'GET', path: '/fail', headers: {} },
      res: { status: 503, size: expect.any(Number) as number },
      durationMs: expect.any(Number) as number,
      clientIp: s.pseudonymFor('ip', '127.0.0.1'),
      err: {
        type: 'DatabaseDownError',
        message: `db refused for ${s.pseudonymise('email', 'ann@example.com')} password=[REDACTED]`,
        code: 'EDBDOWN',
        status: 503,
        expose: false,
        // A 5xx keeps its stack (scrubbed); the class name is the type.
        stack: expect.stringMatching(/^Error: db refused for <email:k1:[0-9a-f]+> password=\[REDACTED\]\n\s+at /) as string,
      },
      msg: 'request failed',
    });
    expect(out.raw()).not.toMatch(/ann@example|hunter2/);
  });

  it('maps an error without a status to 500 (error) and a 4xx error to a compact warn line', async () => {
    const { server, out } = app((x) => {
      if (x.path === '/boom') x.fail(new Error('boom'));
      else x.fail(Object.assign(new Error('token rejected'), { status: 401, headers: { 'www-authenticate': 'Bearer' } }));
    });
    await request(server).get('/boom').expect(500);
    const denied = await request(server).get('/denied').expect(401);
    expect(denied.headers['www-authenticate']).toBe('Bearer');
    const [boom, rejected] = await linesOf(out, 2);
    expect([boom!.level, (boom!.res as { status: number }).status, boom!.msg]).toEqual([50, 500, 'request failed']);
    expect((boom!.err as { type: string; message: string }).type).toBe('Error');
    expect((boom!.err as { stack: string }).stack).toMatch(/^Error: boom\n\s+at /);
    expect([rejected!.level, (rejected!.res as { status: number }).status]).toEqual([40, 401]);
    expect(rejected!.err).toEqual({ type: 'Error', message: 'token rejected', status: 401, stack: '' });
  });

  it('skips ignored paths and predicates but still sets the request id and the child logger', async () => {
    const ids: Array<string | undefined> = [];
    const { server, out } = app(
      (x) => {
        ids.push(x.requestId());
        x.log().info('probe');
        x.send(204);
      },
      { ignore: ['/healthz', (x) => x.header('x-probe') === '1'] },
    );
    const health = await request(server).get('/healthz').expect(204);
    await request(server).get('/metrics').set('X-Probe', '1').expect(204);
    await request(server).get('/orders').expect(204);
    expect(health.headers['x-request-id']).toBe(ids[0]);
    const lines = await linesOf(out, 4);
    expect(lines.map((l) => [l.msg, l.reqId])).toEqual([
      ['probe', ids[0]],
      ['probe', ids[1]],
      ['probe', ids[2]],
      ['request completed', ids[2]],
    ]);
  });

  it('logs the request line even when an ignore predicate throws', async () => {
    const { server, out } = app((x) => x.send(204), {
      ignore: [
        () => {
          throw new Error('broken rule');
        },
      ],
    });
    await request(server).get('/').expect(204);
    expect((await linesOf(out, 1)).map((l) => l.msg)).toEqual(['request completed']);
  });

  it('chooses the level by status, or by the level option', async () => {
    const { server, out } = app((x) => x.send(Number(x.path.slice(1))), {
      level: (status) => (status === 204 ? 'debug' : status === 409 ? 'error' : 'info'),
    });
    await request(server).get('/204').expect(204);
    await request(server).get('/409').expect(409);
    await request(server).get('/200').expect(200);
    const lines = await linesOf(out, 2);
    // debug is below the logger's level: no line for 204.
    expect(lines.map((l) => [l.level, (l.res as { status: number }).status])).toEqual([
      [50, 409],
      [30, 200],
    ]);
  });

  it('gives each request a scrubbed child logger carrying its reqId', async () => {
    const { server, out } = app((x) => {
      x.log().info({ email: 'ann@example.com', password: 'hunter2' }, 'signed in %s', 'bob@example.com');
      x.stateLog()?.warn('same logger');
      x.log().error(Object.assign(new Error('for ann@example.com'), { code: 'E_X' }));
      x.send(204);
    });
    const res = await request(server).get('/').expect(204);
    // Express also has the logger on res.locals.log: one more line.
    const stateLog = framework.name.startsWith('Express');
    const lines = await linesOf(out, stateLog ? 4 : 3);
    expect(lines.map((l) => l.msg)).toEqual([
      `signed in ${s.pseudonymise('email', 'bob@example.com')}`,
      ...(stateLog ? ['same logger'] : []),
      `for ${s.pseudonymise('email', 'ann@example.com')}`,
      'request completed',
    ]);
    const id = res.headers['x-request-id'] as string;
    expect(lines[0]).toEqual({
      level: 30,
      reqId: id,
      email: s.pseudonymise('email', 'ann@example.com'),
      password: '[REDACTED]',
      msg: `signed in ${s.pseudonymise('email', 'bob@example.com')}`,
    });
    const logged = lines.filter((l) => l.msg !== 'request completed');
    expect(logged.every((l) => l.reqId === id)).toBe(true);
    expect((logged.at(-1)!.err as { type: string; code: string }).code).toBe('E_X');
    expect(out.raw()).not.toMatch(/ann@example|bob@example|hunter2/);
  });

  it('logs the account id auth-limit published and scrubs user ids carrying personal data', async () => {
    const { server, out } = app((x) => {
      x.publish('authLimit', { accountId: 'acct:3f9a2c17b0d4' });
      x.publish('user', { id: 'ann@example.com' });
      x.send(204);
    });
    await request(server).get('/').expect(204);
    const [line] = await linesOf(out, 1);
    expect([line!.accountId, line!.userId]).toEqual(['acct:3f9a2c17b0d4', s.pseudonymise('email', 'ann@example.com')]);
  });

  it('logs a request the client aborted at warn', async () => {
    let release: () => void = () => undefined;
    const { server, out } = app(async (x) => {
      await new Promise<void>((r) => (release = r));
      x.send(200, 'late');
    });
    await expect(request(server).get('/slow').timeout(50)).rejects.toThrow();
    const [line] = await linesOf(out, 1);
    release();
    expect([line!.msg, line!.aborted, line!.level]).toEqual(['request aborted', true, 40]);
  });
});
