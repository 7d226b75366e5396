import { once } from 'node:events';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import express4 from 'express4';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { authLimit, type AuthLimitOptions } from '../src/express.js';
import { SECRET } from './helpers.js';

// What only Express has: answers written by res.end from anywhere, req.transport, app-level error handlers.

const account: AuthLimitOptions['account'] = (req) => (req.body as { user?: string } | undefined)?.user;

describe.each([
  ['Express 4', express4],
  ['Express 5', express],
] as const)('authLimit on %s', (_name, create) => {
  it('counts an error passed to a custom error handler as a failure when it answers 401, with the limit headers', async () => {
    const app = create();
    app.use(create.json(), authLimit({ secret: SECRET, purpose: 'login', account, deviceCookie: false }));
    app.post('/login', (_req: Request, _res: Response, next: NextFunction) => next(Object.assign(new Error('no'), { status: 401 })));
    app.use((err: { status: number }, _req: Request, res: Response, _next: NextFunction) => {
      res.status(err.status).json({ error: 'custom' });
    });
    for (let r = 4; r >= 0; r--) {
      const res = await request(app).post('/login').send({ user: 'alice' });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: 'custom' });
      expect(res.headers['ratelimit']).toMatch(new RegExp(`^"account-client";r=${r};t=(3600|3599)$`));
    }
    expect((await request(app).post('/login').send({ user: 'alice' })).status).toBe(429);
  });

  it('reads the client address from req.transport when that is where trustProxy published it', async () => {
    const app = create();
    app.use((req, _res, next) => {
      (req as { transport?: unknown }).transport = { clientIp: String(req.get('x-test-client')) };
      next();
    });
    app.use(create.json(), authLimit({ secret: SECRET, purpose: 'login', account, deviceCookie: false }));
    app.post('/login', (_req, res) => void res.status(401).end());
    for (let i = 0; i < 5; i++) await request(app).post('/login').set('X-Test-Client', '192.0.2.1').send({ user: 'alice' }).expect(401);
    await request(app).post('/login').set('X-Test-Client', '192.0.2.1').send({ user: 'alice' }).expect(429);
    // Another client network has its own account+client counter.
    await request(app).post('/login').set('X-Test-Client', '198.51.100.1').send({ user: 'alice' }).expect(401);
  });

  it('settles the attempt as an error when the client leaves before any answer, even if the handler later answers 200', async () => {
    const app = create();
    const blocked: string[] = [];
    let release: () => void = () => undefined;
    const handlerDone = new Promise<void>((resolve) => {
      release = resolve;
    });
    app.use(create.json(), authLimit({ secret: SECRET, purpose: 'login', account, deviceCookie: false, limits: { accountClient: { limit: 1, window: 60 } }, events: { onBlocked: (e) => blocked.push(e.layer) } }));
    app.post('/login', (req, res) => {
      req.socket.once('close', () => {
        setTimeout(() => {
          res.json({ ok: true });
          release();
        }, 20);
      });
    });
    const server: Server = createServer(app);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    try {
      const body = JSON.stringify({ user: 'alice' });
      const hungUp = httpRequest({ port, host: '127.0.0.1', method: 'POST', path: '/login', headers: { 'content-type': 'application/json', 'content-length': body.length } });
      hungUp.on('error', () => undefined);
      hungUp.end(body);
      await new Promise((resolve) => setTimeout(resolve, 50));
      hungUp.destroy();
      await handlerDone;
      // Settled (not left pending) and never refunded: the failure brought the layer to its limit.
      expect(blocked).toEqual(['account-client']);
      const next = await request(server).post('/login').send({ user: 'alice' });
      expect(next.status).toBe(429);
      expect(next.headers['ratelimit']).toMatch(/^"account-client";r=0;t=(60|59)$/);
    } finally {
      server.close();
    }
  });
});
