import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express5 from 'express';
import express4 from 'express4';
import { afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { allowCallers, mutualAuth, type ExpressMutualAuthOptions, type MutualCaller } from '../src/express.js';
import { createMutualClient, exportPublicJwks } from '../src/index.js';
import { makeKeys, type Keys } from './helpers.js';

let keys: Keys;
beforeAll(async () => {
  keys = await makeKeys();
});

const majors = [
  { name: 'express4', express: express4 },
  { name: 'express5', express: express5 },
];

describe.each(majors)('@parapet/mutual-jwt/express on $name: what only Express has', ({ express }) => {
  const servers: Server[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  async function start(options: Partial<ExpressMutualAuthOptions> = {}): Promise<{ base: string; failures: string[] }> {
    const failures: string[] = [];
    const app = express();
    app.use(
      mutualAuth({
        audience: 'orders',
        callers: { billing: { jwks: exportPublicJwks([keys.billing]) } },
        signingKey: keys.orders,
        onAuthFailure: ({ error, req, res }) => {
          expectTypeOf(req.path).toEqualTypeOf<string>();
          expectTypeOf(res.locals.caller).toEqualTypeOf<MutualCaller | undefined>();
          failures.push(error.code);
        },
        ...options,
      }),
    );
    app.get('/stream', allowCallers('billing'), (req, res) => {
      expectTypeOf(req.caller).toEqualTypeOf<MutualCaller | undefined>();
      res.type('text/plain');
      res.write('one,');
      res.write(Buffer.from('two,'));
      res.end('three');
    });
    app.get('/big', allowCallers('billing'), (_req, res) => {
      res.send('x'.repeat(2048));
    });
    app.get('/created', allowCallers('billing'), (_req, res) => {
      res.writeHead(201, { 'content-type': 'text/plain; charset=utf-8', location: '/orders/7' }).end('made');
    });
    const server = createServer(app);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, failures };
  }

  const verifying = () =>
    createMutualClient({ issuer: 'billing', privateKey: keys.billing.privateKey, kid: keys.billing.kid, audience: 'orders', serverJwks: exportPublicJwks([keys.orders]) });

  it('a streamed response (several res.write) is signed over all its bytes', async () => {
    const { base } = await start();
    const res = await verifying()(`${base}/stream`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('one,two,three');
  });

  it('an explicit res.writeHead is deferred until the token covers its status and Location', async () => {
    const { base } = await start();
    const res = await verifying()(`${base}/created`, { redirect: 'manual' });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe('/orders/7');
    expect(await res.text()).toBe('made');
  });

  it('HEAD: signed over an empty representation', async () => {
    const { base } = await start();
    const res = await verifying()(`${base}/stream`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('a response above maxResponseBytes becomes a signed 500 and is reported', async () => {
    const { base, failures } = await start({ maxResponseBytes: 1024 });
    const res = await verifying()(`${base}/big`);
    expect(res.status).toBe(500);
    expect(await res.text()).toBe('Internal Server Error');
    expect(failures).toEqual(['ERR_MUTUAL_RESPONSE_BODY_TOO_LARGE']);
  });
});
