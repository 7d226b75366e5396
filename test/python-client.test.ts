/**
 * Interoperability with the second implementation of PROTOCOL.md (Python, jwcrypto):
 * a Python caller against the example's /api, and the package's client against a
 * Python callee. Runs Debian's /usr/bin/python3 (python3-jwcrypto, installed by .ci/run).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMutualClient, exportPublicJwks, generateCallerKey, ServerAuthenticationError } from '@parapet/mutual-jwt';
import { exportJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS, on, onCleanup, tempDir } from './helpers.js';

const PYTHON = '/usr/bin/python3';
const PY_DIR = fileURLToPath(new URL('../packages/mutual-jwt/conformance/python/', import.meta.url));

/** Runs the Python client asynchronously: the example server answers from this very event loop. */
function pythonClient(args: string[]): Promise<{ status: number; verified?: boolean; body?: string; error?: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, [join(PY_DIR, 'interop_client.py'), ...args], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => {
      if (out.trim() === '') reject(new Error(`python client failed: ${err}`));
      else resolve(JSON.parse(out) as { status: number; verified?: boolean; body?: string; error?: string });
    });
  });
}

describe.each(FRAMEWORKS)('Python caller → example /api ($name)', (framework) => {
  const { startApi } = on(framework);

  it('signs GET and POST requests the example accepts, and verifies its signed responses (keys fetched from its JWKS URL)', async () => {
    const app = await startApi();
    const dir = tempDir();
    writeFileSync(join(dir, 'caller.json'), JSON.stringify(app.callerKey.privateJwk));
    const common = ['--iss', app.callerKey.iss, '--aud', app.config.serviceId, '--caller-jwk', join(dir, 'caller.json'), '--ca', app.config.tls.certFile, '--jwks-url', `${app.httpsUrl}/.well-known/jwks.json`];
    const list = await pythonClient(['--url', `${app.httpsUrl}/api/orders?limit=5`, ...common]);
    expect(list).toMatchObject({ status: 200, verified: true });
    expect(JSON.parse(list.body!)).toHaveProperty('orders');
    const created = await pythonClient(['--url', `${app.httpsUrl}/api/orders`, '--method', 'POST', '--body', '{"item":"book","quantity":2}', ...common]);
    expect(created).toMatchObject({ status: 201, verified: true });
    expect(JSON.parse(created.body!)).toMatchObject({ order: { item: 'book', quantity: 2 } });
  });

  it('the Python caller refuses responses signed by a key it does not trust', async () => {
    const app = await startApi();
    const dir = tempDir();
    writeFileSync(join(dir, 'caller.json'), JSON.stringify(app.callerKey.privateJwk));
    writeFileSync(join(dir, 'other.jwks.json'), JSON.stringify(exportPublicJwks([await generateCallerKey({ kid: app.config.serverKey.kid })])));
    const result = await pythonClient(['--url', `${app.httpsUrl}/api/orders`, '--iss', app.callerKey.iss, '--aud', app.config.serviceId, '--caller-jwk', join(dir, 'caller.json'), '--ca', app.config.tls.certFile, '--jwks', join(dir, 'other.jwks.json')]);
    expect(result).toEqual({ status: 200, error: 'ERR_MUTUAL_RESPONSE_INVALID' });
  });
});

describe('package client → Python callee', () => {
  async function startPythonCallee() {
    const dir = tempDir();
    const caller = await generateCallerKey({ kid: 'billing-1' });
    const server = await generateCallerKey({ kid: 'py-orders-1', extractable: true });
    writeFileSync(join(dir, 'callers.json'), JSON.stringify({ billing: exportPublicJwks([caller]) }));
    writeFileSync(join(dir, 'server.json'), JSON.stringify({ ...(await exportJWK(server.privateKey)), kid: server.kid, alg: server.alg }));
    const child: ChildProcess = spawn(PYTHON, [join(PY_DIR, 'interop_server.py'), '--aud', 'py-orders', '--callers', join(dir, 'callers.json'), '--server-jwk', join(dir, 'server.json')], { stdio: ['ignore', 'pipe', 'inherit'] });
    onCleanup(() => {
      child.kill();
    });
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout!.once('data', (chunk: Buffer) => resolve((JSON.parse(chunk.toString().split('\n')[0]!) as { port: number }).port));
      child.once('exit', (code) => reject(new Error(`python callee exited with ${code}`)));
    });
    const base = `http://127.0.0.1:${port}`;
    const client = (fetchImpl: typeof fetch = fetch) =>
      createMutualClient({ issuer: 'billing', privateKey: caller.privateKey, kid: caller.kid, audience: 'py-orders', serverJwks: exportPublicJwks([server]), fetch: fetchImpl });
    return { base, client };
  }

  it('verifies the Python callee\'s signed GET (two Set-Cookie lines) and POST (Location) responses', async () => {
    const { base, client } = await startPythonCallee();
    const list = await client()(`${base}/orders?limit=5`);
    expect(list.status).toBe(200);
    expect(await list.json()).toEqual({ orders: [1, 2], caller: 'billing' });
    expect(list.headers.getSetCookie()).toEqual(['a=1; HttpOnly', 'b=2']);
    const created = await client()(`${base}/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"item":"book"}' });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/orders/7');
    expect(await created.text()).toBe('{"item":"book"}');
  });

  it('rejects a Python-signed response whose Set-Cookie was rewritten in transit', async () => {
    const { base, client } = await startPythonCallee();
    const mitm: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      const headers = new Headers(res.headers);
      headers.delete('set-cookie');
      headers.append('set-cookie', 'a=attacker');
      return new Response(await res.arrayBuffer(), { status: res.status, headers });
    };
    const error = await client(mitm)(`${base}/orders`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerAuthenticationError);
    expect((error as ServerAuthenticationError).code).toBe('ERR_MUTUAL_RESPONSE_MISMATCH');
  });

  it('the Python callee refuses a replayed request token and a token without bh carrying an injected body', async () => {
    const callee = await startPythonCallee();
    const tokens: string[] = [];
    const record: typeof fetch = (input, init) => {
      tokens.push(new Headers(init?.headers).get('authorization')!);
      return fetch(input, init);
    };
    expect((await callee.client(record)(`${callee.base}/orders`)).status).toBe(200);
    expect((await fetch(`${callee.base}/orders`, { headers: { authorization: tokens[0]! } })).status).toBe(401);
    // A fresh GET token (no bh), never sent, then sent with a body the caller never signed.
    const capture: typeof fetch = (_input, init) => {
      tokens.push(new Headers(init?.headers).get('authorization')!);
      return Promise.resolve(new Response('unsent'));
    };
    await callee.client(capture)(`${callee.base}/orders`).catch(() => undefined);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${callee.base}/orders`, { method: 'GET', headers: { authorization: tokens[1]!, 'content-type': 'application/json', 'content-length': '2' } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(401);
  });
});
