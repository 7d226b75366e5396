import express5, { type ErrorRequestHandler, type Request } from 'express';
import express4 from 'express4';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { requestLogger, type RequestLoggerOptions } from '../src/express.js';
import { scrubber, sink } from './helpers.js';

const s = scrubber();

async function linesOf(out: ReturnType<typeof sink>, n: number): Promise<Array<Record<string, unknown>>> {
  for (let i = 0; i < 200 && out.lines().length < n; i++) await new Promise((r) => setTimeout(r, 5));
  return out.lines();
}

describe.each([
  ['Express 4', express4],
  ['Express 5', express5],
] as const)('requestLogger on %s: Express specifics', (_name, create) => {
  function app(options: RequestLoggerOptions = {}) {
    const out = sink();
    const server = create();
    server.set('env', 'test');
    server.use(requestLogger({ logger: pino({ base: null, timestamp: false }, out.stream), scrubber: s, ...options }));
    return { server, out };
  }

  it('logs an error thrown synchronously by a handler (Express hands it to next(err))', async () => {
    const { server, out } = app();
    server.get('/sync', () => {
      throw new Error('sync for ann@example.com');
    });
    await request(server).get('/sync').expect(500);
    const [line] = await linesOf(out, 1);
    expect([line!.level, (line!.res as { status: number }).status, (line!.err as { message: string }).message]).toEqual([
      50,
      500,
      `sync for ${s.pseudonymise('email', 'ann@example.com')}`,
    ]);
  });

  it('logs an error an app error handler passes on, and only the status when the app answers it itself', async () => {
    const { server, out } = app();
    server.get('/passed', (_req, _res, next) => next(Object.assign(new Error('passed'), { status: 502 })));
    server.get('/handled', (_req, _res, next) => next(new Error('handled')));
    const handler: ErrorRequestHandler = (err: Error, req, res, next) => {
      if (req.path === '/handled') res.status(418).json({ error: 'teapot' });
      else next(err);
    };
    server.use(handler);
    await request(server).get('/passed').expect(502);
    await request(server).get('/handled').expect(418);
    const [passed, handled] = await linesOf(out, 2);
    expect([passed!.msg, (passed!.err as { message: string }).message, (passed!.res as { status: number }).status]).toEqual([
      'request failed',
      'passed',
      502,
    ]);
    expect([handled!.msg, handled!.err, (handled!.res as { status: number }).status, handled!.level]).toEqual([
      'request completed',
      undefined,
      418,
      40,
    ]);
  });

  it('logs the path as it arrived inside mounted routers, and ignores by that path', async () => {
    const { server, out } = app({ ignore: ['/api/healthz'] });
    const router = create.Router();
    router.get('/orders/:id', (req, res) => {
      res.json({ path: req.path });
    });
    router.get('/healthz', (_req, res) => {
      res.status(204).end();
    });
    server.use('/api', router);
    const res = await request(server).get('/api/orders/7?email=ann%40example.com').expect(200);
    expect(res.body).toEqual({ path: '/orders/7' });
    await request(server).get('/api/healthz').expect(204);
    const lines = await linesOf(out, 1);
    await new Promise((r) => setTimeout(r, 30));
    expect(out.lines()).toHaveLength(1);
    expect(lines[0]!.req).toEqual({
      method: 'GET',
      path: '/api/orders/7',
      query: `email=${s.pseudonymise('email', 'ann@example.com')}`,
      headers: {},
    });
  });

  it('never writes to req: req.log comes from the request prototype, res.locals.log is the same logger', async () => {
    const { server, out } = app();
    let seen: { own: string[]; symbols: number; same: boolean; id: string | undefined } | undefined;
    server.get('/', (req: Request, res) => {
      seen = {
        own: Object.getOwnPropertyNames(req).filter((k) => k === 'log' || k === 'requestId'),
        symbols: Object.getOwnPropertySymbols(req).filter((sym) => String(sym).includes('parapet')).length,
        same: req.log === res.locals.log,
        id: res.locals.requestId,
      };
      req.log.info('hello');
      res.status(204).end();
    });
    const res = await request(server).get('/').expect(204);
    expect(seen).toEqual({ own: [], symbols: 0, same: true, id: res.headers['x-request-id'] });
    const [hello] = await linesOf(out, 2);
    expect(hello).toEqual({ level: 30, reqId: res.headers['x-request-id'], msg: 'hello' });
  });
});
