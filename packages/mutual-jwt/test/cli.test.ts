import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JSONWebKeySet, JWK } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { createMutualClient, exportPublicJwks, mutualAuth, ServerAuthenticationError } from '../src/index.js';
import Koa from 'koa';
import { makeKeys } from './helpers.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-keys-'));
  dirs.push(dir);
  return dir;
}
function run(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
}
const json = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Proves a private key file works: a request signed with it passes mutualAuth trusting the JWKS file. */
async function signsAccepted(privateJwk: JWK, jwksFile: string): Promise<number> {
  const keys = await makeKeys();
  const app = new Koa();
  app.use(mutualAuth({ audience: 'orders', callers: { billing: { jwksFile } }, signingKey: keys.orders, authorization: 'any-trusted-caller' }));
  app.use((ctx) => {
    ctx.body = 'ok';
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  try {
    const { port } = server.address() as { port: number };
    const client = createMutualClient({ issuer: 'billing', privateKey: privateJwk, kid: privateJwk.kid!, alg: privateJwk.alg as 'EdDSA' | 'ES256', audience: 'orders', serverJwks: exportPublicJwks([keys.orders]) });
    return await client(`http://127.0.0.1:${port}/x`).then(
      (res) => res.status,
      (error: unknown) => {
        if (error instanceof ServerAuthenticationError) return error.responseStatus;
        throw error;
      },
    );
  } finally {
    server.close();
  }
}

describe('parapet-keys', () => {
  for (const alg of ['EdDSA', 'ES256'] as const) {
    it(`generate --alg ${alg}: a 0600 private JWK and a public JWKS that verifies its tokens`, async () => {
      const out = join(temp(), 'keys');
      const result = run('generate', '--kid', 'billing-2026-01', '--alg', alg, '--out', out);
      expect(result.status, result.stderr).toBe(0);
      const privateFile = join(out, 'billing-2026-01.private.jwk.json');
      expect(statSync(privateFile).mode & 0o777).toBe(0o600);
      const privateJwk = json<JWK>(privateFile);
      expect(privateJwk).toMatchObject({ kid: 'billing-2026-01', alg, use: 'sig' });
      expect(typeof privateJwk.d).toBe('string');
      const jwks = json<JSONWebKeySet>(join(out, 'jwks.json'));
      expect(jwks.keys).toHaveLength(1);
      expect(jwks.keys[0]).toMatchObject({ kid: 'billing-2026-01', alg, use: 'sig' });
      expect(jwks.keys[0]).not.toHaveProperty('d');
      expect(await signsAccepted(privateJwk, join(out, 'jwks.json'))).toBe(200);
    });
  }

  it('public prints the JWKS of a private key file, without private members', () => {
    const out = temp();
    expect(run('generate', '--kid', 'k1', '--out', out).status).toBe(0);
    const result = run('public', '--key', join(out, 'k1.private.jwk.json'));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(json(join(out, 'jwks.json')));
    expect(result.stdout).not.toContain('"d"');
  });

  it('rotate adds the new key, keeps the old public key for the grace period, then drops it', async () => {
    const out = temp();
    expect(run('generate', '--kid', 'k1', '--out', out).status).toBe(0);
    const rotated = run('rotate', '--kid', 'k2', '--alg', 'ES256', '--dir', out, '--grace', '3600');
    expect(rotated.status, rotated.stderr).toBe(0);
    expect(json<JSONWebKeySet>(join(out, 'jwks.json')).keys.map((k) => k.kid)).toEqual(['k2', 'k1']);
    const state = json<{ current: string; retiring: Record<string, string> }>(join(out, 'rotation.json'));
    expect(state.current).toBe('k2');
    expect(Date.parse(state.retiring.k1!) - Date.now()).toBeGreaterThan(3500_000);
    // Both keys verify during the overlap: callers mid-rotation are not cut off.
    expect(await signsAccepted(json<JWK>(join(out, 'k1.private.jwk.json')), join(out, 'jwks.json'))).toBe(200);
    expect(await signsAccepted(json<JWK>(join(out, 'k2.private.jwk.json')), join(out, 'jwks.json'))).toBe(200);
    // Once k1's grace is over, the next rotation drops it.
    writeFileSync(join(out, 'rotation.json'), JSON.stringify({ ...state, retiring: { k1: new Date(Date.now() - 1000).toISOString() } }));
    expect(run('rotate', '--kid', 'k3', '--dir', out).status).toBe(0);
    expect(json<JSONWebKeySet>(join(out, 'jwks.json')).keys.map((k) => k.kid)).toEqual(['k3', 'k2']);
    expect(await signsAccepted(json<JWK>(join(out, 'k1.private.jwk.json')), join(out, 'jwks.json'))).toBe(401);
  });

  it('refuses to overwrite, bad kids, unknown algorithms and unknown commands', () => {
    const out = temp();
    expect(run('generate', '--kid', 'k1', '--out', out).status).toBe(0);
    const again = run('generate', '--kid', 'k1', '--out', out);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('exists');
    expect(run('rotate', '--kid', 'k1', '--dir', out).stderr).toContain('already used');
    expect(run('generate', '--kid', '../evil', '--out', temp()).stderr).toContain('"kid"');
    expect(run('generate', '--kid', 'r1', '--alg', 'RS256', '--out', temp()).stderr).toContain('--alg must be one of EdDSA, ES256');
    expect(run('frobnicate').status).toBe(2);
    expect(run('generate', '--kid', 'x').stderr).toContain('--out is required');
  });
});
