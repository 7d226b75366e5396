/**
 * The root README's "Drop it into your Koa app" snippets, taken from
 * README.md at test time and run together as ONE app in a child process over
 * real TLS: if the README changes so that its snippets no longer compose
 * (everything 401, login not limited, secrets in the log), this fails.
 * The harness only supplies what the README leaves to the reader (`app`,
 * `router`, `login`, `listOrders`, `serverKey`, key files, a certificate).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMutualClient, exportPublicJwks, generateCallerKey, type GeneratedKey } from '@parapet/mutual-jwt';

interface FencedBlock { lang: string; code: string; line: number }
const root = resolve(import.meta.dirname, '..');
const { fencedBlocks } = (await import(pathToFileURL(join(root, 'scripts/readme-blocks.mjs')).href)) as {
  fencedBlocks: (markdown: string) => FencedBlock[];
};

const HOST = 'example.com'; // the README's canonicalHost
const PASSWORD = 'correct horse battery staple';

function readmeAppSnippets(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf('## Drop it into your Koa app');
  const end = readme.indexOf('\n## ', start + 1);
  if (start < 0) throw new Error('README.md has no "Drop it into your Koa app" section');
  const blocks = fencedBlocks(readme.slice(start, end < 0 ? undefined : end)).filter((b) => b.lang === 'ts');
  if (blocks.length < 5) throw new Error(`expected the 5 snippets (HTTPS, logging, login, mutual auth, TLS server), found ${blocks.length}`);
  return blocks.map((b) => b.code);
}

/** Points the README's certificate paths and port at test ones; each must be found exactly once. */
function substitute(code: string, replacements: [string, string][]): string {
  let out = code;
  for (const [from, to] of replacements) {
    const count = out.split(from).length - 1;
    if (count !== 1) throw new Error(`README snippets: expected "${from}" once, found ${count}`);
    out = out.replace(from, to);
  }
  return out;
}

/** The README's middleware snippets, the reader's own routes, then the README's server snippet. */
function harnessSource(snippets: string[], dir: string): string {
  const server = snippets.at(-1)!;
  return `
import HarnessKoa from 'koa';
import HarnessRouter from '@koa/router';
import type { Context as HarnessContext } from 'koa';
import { generateCallerKey as harnessGenerateKey } from '@parapet/mutual-jwt';

const app = new HarnessKoa();
const router = new HarnessRouter();
const serverKey = await harnessGenerateKey({ kid: 'orders-1' });
async function login(ctx: HarnessContext) {
  const { username, password } = ctx.request.body as { username: string; password: string };
  log.info({ username, password }, 'login attempt');
  if (password !== ${JSON.stringify(PASSWORD)}) ctx.throw(401, 'invalid credentials');
  ctx.body = { ok: true };
}
function listOrders(ctx: HarnessContext) { ctx.body = { orders: [], caller: ctx.state.caller?.iss }; }
function harnessListening(this: { address(): unknown }) {
  process.stderr.write('LISTENING ' + JSON.stringify(this.address()) + '\\n');
}

${snippets.slice(0, -1).join('\n\n')}

router.get('/healthz', (ctx) => { ctx.body = { ok: true }; });
app.use(router.routes());

${substitute(server, [
    ["'/etc/tls/privkey.pem'", JSON.stringify(join(dir, 'key.pem'))],
    ["'/etc/tls/fullchain.pem'", JSON.stringify(join(dir, 'cert.pem'))],
    ['.listen(443)', ".listen(0, '127.0.0.1', harnessListening)"],
  ])}
`;
}

/** fetch over node:https to the child's port, trusting only the test certificate, for https://example.com/… URLs. */
function tlsFetch(port: number, ca: Buffer) {
  return async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const req = new Request(input, init);
    const url = new URL(req.url);
    const body = req.body === null ? undefined : Buffer.from(await req.arrayBuffer());
    const headers: Record<string, string> = { host: url.host };
    req.headers.forEach((value, name) => { headers[name] = value; });
    if (body !== undefined) headers['content-length'] = String(body.length);
    return new Promise<Response>((done, fail) => {
      const out = request({ host: '127.0.0.1', servername: url.hostname, port, path: url.pathname + url.search, method: req.method, headers, ca, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', fail);
        res.on('end', () => {
          const responseHeaders = new Headers();
          for (let i = 0; i < res.rawHeaders.length; i += 2) responseHeaders.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
          const status = res.statusCode ?? 0;
          done(new Response([204, 304].includes(status) ? null : Buffer.concat(chunks), { status, headers: responseHeaders }));
        });
      });
      out.on('error', fail);
      out.end(body);
    });
  };
}

describe('root README snippets, composed into one app', () => {
  const dir = join(root, '.snippets', `readme-app-${process.pid}`);
  let child: ChildProcess;
  let stdout = '';
  let fetchApp: ReturnType<typeof tlsFetch>;
  let caller: GeneratedKey;

  beforeAll(async () => {
    mkdirSync(join(dir, 'keys'), { recursive: true });
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '2',
      '-subj', `/CN=${HOST}`, '-addext', `subjectAltName=DNS:${HOST}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    caller = await generateCallerKey({ kid: 'billing-1' });
    writeFileSync(join(dir, 'keys', 'billing.jwks.json'), JSON.stringify(exportPublicJwks([caller])));

    const source = harnessSource(readmeAppSnippets(), dir);
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023, verbatimModuleSyntax: false } });
    writeFileSync(join(dir, 'app.mjs'), js.outputText);

    child = spawn(process.execPath, ['app.mjs'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, AUTH_LIMIT_KEY: 'a'.repeat(64), LOG_PSEUDONYM_KEY: 'ab'.repeat(32) },
    });
    child.stdout!.on('data', (c: Buffer) => { stdout += c.toString(); });
    const port = await new Promise<number>((done, fail) => {
      let stderr = '';
      child.stderr!.on('data', (c: Buffer) => {
        stderr += c.toString();
        const m = /LISTENING (\{.*\})/.exec(stderr);
        if (m) done((JSON.parse(m[1]!) as { port: number }).port);
      });
      child.once('exit', (code) => fail(new Error(`README app exited (${code}):\n${stderr}`)));
    });
    fetchApp = tlsFetch(port, readFileSync(join(dir, 'cert.pem')));
  });

  afterAll(() => {
    child?.kill();
    if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
  });

  it('answers /healthz without authentication', async () => {
    const res = await fetchApp(`https://${HOST}/healthz`);
    expect(res.status).toBe(200);
  });

  it('limits /login: 5 wrong passwords answer 401, the 6th 429', async () => {
    const attempt = () => fetchApp(`https://${HOST}/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'ann@example.com', password: 'wrong password 123' }),
    });
    for (let i = 0; i < 5; i++) expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('mutually authenticates /api/*: unsigned 401, signed 200 with a verified signed response', async () => {
    const unsigned = await fetchApp(`https://${HOST}/api/orders`);
    expect(unsigned.status).toBe(401);

    const jwks = (await (await fetchApp(`https://${HOST}/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] };
    expect(jwks.keys.map((k) => k.kid)).toEqual(['orders-1']);
    const billing = createMutualClient({
      issuer: 'billing', privateKey: caller.privateKey, kid: caller.kid, audience: 'orders-api',
      serverJwks: jwks, fetch: fetchApp,
    });
    const res = await billing(`https://${HOST}/api/orders`);
    expect(res.status).toBe(200);
    expect(res.headers.get('server-authorization')).toMatch(/^Bearer /);
    expect(await res.json()).toEqual({ orders: [], caller: 'billing' });
  });

  it('keeps passwords, tokens and emails out of the log', async () => {
    const billing = createMutualClient({ issuer: 'billing', privateKey: caller.privateKey, kid: caller.kid, audience: 'orders-api', verifyResponses: false, fetch: fetchApp });
    await billing(`https://${HOST}/api/orders`);
    await fetchApp(`https://${HOST}/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bob@example.com', password: PASSWORD }),
    });
    await new Promise((r) => setTimeout(r, 200)); // pino writes asynchronously
    const lines = stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(8);
    expect(stdout).toContain('login attempt');
    expect(stdout).toMatch(/"url":"\/api\/orders"|\/api\/orders/);
    expect(stdout).not.toContain(PASSWORD);
    expect(stdout).not.toContain('wrong password 123');
    expect(stdout).not.toContain('ann@example.com');
    expect(stdout).not.toContain('bob@example.com');
    expect(stdout).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/); // no JWT, request or response
  });
});
