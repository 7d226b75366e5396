import { readFileSync } from 'node:fs';
import { bodyParser } from '@koa/bodyparser';
import { jwtVerify, importJWK } from 'jose';
import Koa from 'koa';
import request from 'supertest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allowCallers, bodyHash, canonicalHeaders, COVERED_RESPONSE_HEADERS, generateCallerKey, headersHash, mutualAuth, precheckToken } from '../src/index.js';

const protocol = readFileSync(new URL('../PROTOCOL.md', import.meta.url), 'utf8');
const example = (marker: string) => new RegExp(`<!-- ${marker} -->\\n\`\`\`\\n([^\\n]+)\\n`).exec(protocol)![1]!;
const callerJwk = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo', kid: 'billing-2026-01', alg: 'EdDSA', use: 'sig' };
const serverJwk = { kty: 'OKP', crv: 'Ed25519', x: '6kpsY-KcUgq-9VB7Ey7F-ZVHdq6-vnuSQh7qaRRG0iw', kid: 'orders-2026-01', alg: 'EdDSA', use: 'sig' };

afterEach(() => {
  vi.useRealTimers();
});

describe('PROTOCOL.md worked example', () => {
  it('the example request is accepted at its instant, and only once', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // Within the example token's life, and less than 5 s after the in-memory replay store started.
    vi.setSystemTime(new Date('2026-01-01T00:00:03Z'));
    const app = new Koa();
    app.use(mutualAuth({ audience: 'orders', callers: { billing: { jwks: { keys: [callerJwk] } } }, signingKey: await generateCallerKey({ kid: 'orders-2026-01' }) }));
    app.use(allowCallers('billing'));
    app.use(bodyParser());
    app.use((ctx) => {
      ctx.status = 201;
      ctx.body = { echo: ctx.request.body, caller: ctx.state.caller?.iss };
    });
    const token = example('example-request-token');
    const send = () => request(app.callback()).post('/api/orders?limit=5').set('Authorization', `Bearer ${token}`).set('Content-Type', 'application/json').send('{"item":"book","qty":1}');
    const res = await send();
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ echo: { item: 'book', qty: 1 }, caller: 'billing' });
    expect((await send()).status).toBe(401);
  });

  it('the example response token verifies with the callee key, its body and its covered headers', async () => {
    const token = example('example-response-token');
    expect(precheckToken(token, { maxTokenBytes: 8192, typ: 'mutual-response-v2+jwt', algorithms: new Set(['EdDSA']) }).kid).toBe('orders-2026-01');
    const { payload } = await jwtVerify(token, await importJWK(serverJwk, 'EdDSA'), { issuer: 'orders', audience: 'billing', currentDate: new Date('2026-01-01T00:00:02Z') });
    expect(payload).toMatchObject({ irt: '4f1c2b9e-8a7d-4c3b-9e21-0d5f6a7b8c9d', sts: 201, bh: bodyHash('{"id":42,"status":"created"}') });
    expect(payload.hh).toBe(headersHash([...COVERED_RESPONSE_HEADERS], (name) => ({ location: ['/api/orders/42'], 'content-type': ['application/json; charset=utf-8'] })[name]));
    expect(canonicalHeaders([...COVERED_RESPONSE_HEADERS], (name) => ({ location: ['/api/orders/42'], 'content-type': ['application/json; charset=utf-8'] })[name]).toString()).toBe(
      'location:/api/orders/42\ncontent-type:application/json; charset=utf-8\n',
    );
    expect(protocol).toContain(`\`${String(payload.hh)}\``);
    expect(bodyHash('{"item":"book","qty":1}')).toBe('SqTsJBvyNh-ArgZhJK4lNXo-XGqb5zDvy9gHJLvgICE');
    expect(bodyHash('')).toBe('47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU');
  });

  it('the example tokens are the first vectors of test-vectors.json', () => {
    const vectors = JSON.parse(readFileSync(new URL('../test-vectors.json', import.meta.url), 'utf8')) as {
      requests: { request: { headers: [string, string][] } }[];
      responses: { response: { headers: [string, string][] } }[];
    };
    expect(vectors.requests[0]!.request.headers).toContainEqual(['Authorization', `Bearer ${example('example-request-token')}`]);
    expect(vectors.responses[0]!.response.headers).toContainEqual(['Server-Authorization', `Bearer ${example('example-response-token')}`]);
  });
});
