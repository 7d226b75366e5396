import { gzipSync } from 'node:zlib';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyHash, claims, createTestApp, makeKeys, signToken, type Keys } from './helpers.js';

let keys: Keys;
beforeAll(async () => {
  keys = await makeKeys();
});

/** A raw node:http POST: the bytes given are the bytes sent (no client-side serialisation). */
async function post(t: ReturnType<typeof createTestApp>, token: string, body: string | Buffer, headers: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const server = t.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    return await new Promise((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: (server.address() as AddressInfo).port, method: 'POST', path: '/api/orders', headers: { ...headers, authorization: `Bearer ${token}`, 'content-length': String(Buffer.byteLength(body)) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: res.statusCode!, body: res.headers['content-type']?.includes('json') ? (JSON.parse(text) as Record<string, unknown>) : { text } });
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  } finally {
    server.close();
  }
}

describe('raw body handling (request-bound mode)', () => {
  it('JSON: @koa/bodyparser after mutualAuth parses the verified bytes; rawBody is exposed', async () => {
    const t = createTestApp(keys);
    const body = '{"amount":42,"currency":"EUR"}';
    const token = await signToken(keys.billing, claims({ htm: 'POST', bh: bodyHash(body) }));
    const res = await post(t, token, body, { 'Content-Type': 'application/json' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ received: { amount: 42, currency: 'EUR' }, raw: body });
  });

  it('form-encoded bodies too', async () => {
    const t = createTestApp(keys);
    const body = 'a=1&b=two';
    const token = await signToken(keys.billing, claims({ htm: 'POST', bh: bodyHash(body) }));
    const res = await post(t, token, body, { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(201);
    expect(res.body.received).toEqual({ a: '1', b: 'two' });
  });

  it('gzip: the hash covers the decoded representation; the parser still inflates the body', async () => {
    const t = createTestApp(keys);
    const token = await signToken(keys.billing, claims({ htm: 'POST', bh: bodyHash('{"zipped":true}') }));
    const res = await post(t, token, gzipSync('{"zipped":true}'), { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
    expect(res.status).toBe(201);
    expect(res.body.received).toEqual({ zipped: true });
  });

  it('a hash of the gzip bytes as sent does not match (one representation: decoded)', async () => {
    const t = createTestApp(keys);
    const compressed = gzipSync('{"zipped":true}');
    const token = await signToken(keys.billing, claims({ htm: 'POST', bh: bodyHash(compressed) }));
    const res = await post(t, token, compressed, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
    expect(res.status).toBe(401);
    expect(t.failures[0]!.code).toBe('ERR_MUTUAL_REQUEST_MISMATCH');
  });

  it('a gzip body expanding past maxBodyBytes, or an unknown coding, is a 400, never a 5xx', async () => {
    const t = createTestApp(keys, { maxBodyBytes: 4096 });
    const bomb = gzipSync(Buffer.alloc(1024 * 1024));
    const token = await signToken(keys.billing, claims({ htm: 'POST', bh: bodyHash(Buffer.alloc(1024 * 1024)) }));
    expect((await post(t, token, bomb, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' })).status).toBe(400);
    const other = await signToken(keys.billing, claims({ htm: 'POST', bh: bodyHash('x') }));
    expect((await post(t, other, 'x', { 'Content-Type': 'text/plain', 'Content-Encoding': 'zstd-ish' })).status).toBe(400);
    expect(t.failures.map((f) => f.code)).toEqual(['ERR_MUTUAL_BODY_UNREADABLE', 'ERR_MUTUAL_BODY_UNREADABLE']);
  });

  it('an empty body with a bh of the empty string is accepted; with another bh rejected', async () => {
    const t = createTestApp(keys);
    const ok = await signToken(keys.billing, claims({ bh: bodyHash('') }));
    expect((await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${ok}`)).status).toBe(200);
    const bad = await signToken(keys.billing, claims({ bh: bodyHash('x') }));
    const res = await request(t.app.callback()).get('/api/orders').set('Authorization', `Bearer ${bad}`);
    expect(res.status).toBe(401);
    expect(t.failures[0]!.code).toBe('ERR_MUTUAL_REQUEST_MISMATCH');
  });

  it('a body announced larger than maxBodyBytes is refused from Content-Length, before reading', async () => {
    const t = createTestApp(keys, { maxBodyBytes: 1024 });
    const body = 'x'.repeat(4096);
    const token = await signToken(keys.billing, claims({ htm: 'POST', bh: bodyHash(body) }));
    const res = await post(t, token, body, { 'Content-Type': 'text/plain' });
    expect(res.status).toBe(413);
    expect(t.failures[0]!.detail).toMatch(/content-length 4096/);
  });
});
