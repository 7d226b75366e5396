// Each package README's complete Koa example, run as a new app from the packed
// tarballs (used by scripts/consumer-smoke.mjs, which installs them): the
// example block is taken from the README at test time, transpiled, started and
// exercised with real requests. If a README's example stops working as
// written, this fails.
//
// The example is the block marked `<!-- snippet: app -->`, else the README's
// first TypeScript block that creates a Koa app. The harness supplies only
// what a README leaves to the reader, as globals (its own password check,
// logger, order functions), the environment variables the README reads, and
// files at deployment paths (`/etc/…`) made with the package's own tools. A
// preloaded module moves every `listen(port)` to a free loopback port and
// reports it, so the README's ports need not be free.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fencedBlocks } from './readme-blocks.mjs';

const root = resolve(import.meta.dirname, '..');
const ts = createRequire(import.meta.url)('typescript');

/** What the README apps need besides the tarballs (the README examples import these). */
export const README_APP_DEPS = {
  koa: '^3.0.0', '@koa/router': '^15.0.0', '@koa/bodyparser': '^6.0.0', ioredis: '^5.4.0', pino: '^10.0.0', jose: '^6.1.0',
};

/** The Redis the apps may write to: like the test suites, database 9 unless REDIS_URL says otherwise. */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/9';
const RUN_PREFIX = `test:readme-apps:${randomUUID()}:`;
const PASSWORD = 'correct horse battery staple';

/** Preloaded with --import: reader-supplied globals, and listen() moved to free ports. */
const HARNESS = `
import net from 'node:net';
import pino from 'pino';
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const requested = typeof args[0] === 'object' && args[0] !== null ? args[0].port : args[0];
  const callback = typeof args.at(-1) === 'function' ? args.at(-1) : undefined;
  this.once('listening', () => process.stderr.write('LISTENING ' + requested + ' ' + this.address().port + '\\n'));
  return listen.call(this, 0, '127.0.0.1', callback);
};
// The application's own pieces a README example calls but leaves to the reader.
globalThis.log = pino();
globalThis.checkPassword = async (body) => body !== null && typeof body === 'object' && body.password === ${JSON.stringify(PASSWORD)};
globalThis.notifyOwner = (accountId) => globalThis.log.warn({ accountId }, 'account under attack');
globalThis.list = (issuer) => ({ orders: [], caller: issuer });
globalThis.create = (order) => ({ created: order });
`;

function exampleBlock(readme) {
  const blocks = fencedBlocks(readFileSync(join(root, readme), 'utf8')).filter((b) => b.lang === 'ts' || b.lang === 'typescript');
  const marked = blocks.filter((b) => b.directive?.kind === 'app');
  if (marked.length > 1) throw new Error(`${readme}: more than one block marked "snippet: app"`);
  const block = marked[0] ?? blocks.find((b) => /new Koa\(\)/.test(b.code));
  if (!block) throw new Error(`${readme}: no complete Koa example (a block with new Koa())`);
  return block;
}

/** `from` must occur in the README code; every occurrence becomes `to`. */
function substitute(code, where, replacements) {
  let out = code;
  for (const [from, to] of replacements) {
    if (!out.includes(from)) throw new Error(`${where}: expected ${from} in the example`);
    out = out.split(from).join(to);
  }
  return out;
}

/** One request to the app's port, with the Host the README's URLs name. */
function call(port, { method = 'GET', path = '/', host, tls = false, headers = {}, body }) {
  return new Promise((done, failed) => {
    const payload = body === undefined ? undefined : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
    const options = {
      host: '127.0.0.1', port, method, path, agent: false,
      headers: { host, ...(payload ? { 'content-type': 'application/json', 'content-length': String(payload.length) } : {}), ...headers },
      ...(tls ? { servername: host.replace(/:\d+$/, ''), rejectUnauthorized: false } : {}),
    };
    const req = (tls ? httpsRequest : httpRequest)(options, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString('utf8'), peerCertificate: tls ? res.socket.getPeerCertificate?.() : undefined }));
      res.on('error', failed);
    });
    req.on('error', failed);
    req.end(payload);
  });
}

/** Per README: files it needs, substitutions for deployment paths, ports it listens on, and the requests. */
const APPS = [
  {
    readme: 'packages/auth-limit/README.md',
    ports: [3000],
    // The example's ioredis client connects after listen(); an attempt before it is ready is
    // judged by the memory fallback (the README's store-failure default), so let it connect.
    settleMs: 1000,
    async exercise({ dir, port, expect }) {
      const attempt = (password) => call(port, { method: 'POST', path: '/login', host: 'localhost:3000', body: { email: 'ann@example.com', password } });
      const statuses = [];
      let limited;
      for (let i = 0; i < 12 && !limited; i++) {
        const res = await attempt(`wrong password ${i}`);
        statuses.push(res.status);
        if (res.status === 429) limited = res;
      }
      expect('wrong password answers 401', statuses[0], 401);
      expect('repeated wrong passwords end in 429', limited?.status, 429);
      expect('429 has Retry-After', Number(limited?.headers['retry-after']) >= 1, true);
      const other = await call(port, { method: 'POST', path: '/login', host: 'localhost:3000', body: { email: 'bob@example.com', password: PASSWORD } });
      expect('right password for another account answers 200', other.status, 200);
      const keys = await runKeys(dir);
      expect('the counters are in Redis (REDIS_URL), under this run\'s prefix', keys.length > 0, true);
      return `login ${statuses.join(',')}, other account 200, ${keys.length} counters in Redis`;
    },
  },
  {
    readme: 'packages/https/README.md',
    ports: [8443, 8080],
    async exercise({ port, stdout, expect }) {
      const redirect = await call(port[8080], { path: '/orders?x=1', host: 'localhost:8080' });
      expect('plain HTTP redirects', redirect.status, 301);
      expect('redirect Location', redirect.headers.location, 'https://localhost:8443/orders?x=1');
      const secure = await call(port[8443], { path: '/', host: 'localhost:8443', tls: true });
      expect('HTTPS answers (no routes: 404)', secure.status, 404);
      expect('HTTPS has HSTS', /^max-age=\d+/.test(secure.headers['strict-transport-security'] ?? ''), true);
      const printed = /SHA-256 ([0-9A-F:]{95})/.exec(stdout())?.[1];
      expect('printed fingerprint is the served certificate', secure.peerCertificate?.fingerprint256, printed);
      return 'HTTP 301 to https://localhost:8443, HTTPS 404 with HSTS, fingerprint matches';
    },
  },
  {
    readme: 'packages/mutual-jwt/README.md',
    ports: [3000],
    prepare(dir, code) {
      // Every `npx parapet-keys …` line the README says to run, from the installed tarball.
      const commands = [...readFileSync(join(root, 'packages/mutual-jwt/README.md'), 'utf8').matchAll(/^npx parapet-keys ([^#\n]+)/gm)].map((m) => m[1].trim().split(/\s+/));
      if (commands.length === 0) throw new Error('mutual-jwt README: no `npx parapet-keys` command to make the key files');
      for (const args of commands) execFileSync(join(dir, 'node_modules', '.bin', 'parapet-keys'), args, { cwd: dir, stdio: 'pipe' });
      const jwksFile = /jwksFile: '([^']+)'/.exec(code)?.[1];
      if (!jwksFile) throw new Error('mutual-jwt README: the example has no callers.*.jwksFile');
      if (!jwksFile.startsWith('/')) {
        // The README's "billing's jwks.json, copied here".
        if (!existsSync(join(dir, jwksFile))) copyFileSync(join(dir, 'keys', 'jwks.json'), join(dir, jwksFile));
        return code;
      }
      // The service's copy of the caller's public keys, at the deployment path the README names.
      copyFileSync(join(dir, 'keys', 'jwks.json'), join(dir, 'billing.jwks.json'));
      return substitute(code, 'mutual-jwt README', [[`'${jwksFile}'`, JSON.stringify(join(dir, 'billing.jwks.json'))]]);
    },
    async exercise({ dir, port, expect }) {
      const unsigned = await call(port, { path: '/api/orders', host: 'localhost:3000' });
      expect('unsigned request answers 401', unsigned.status, 401);
      expect('401 challenge', unsigned.headers['www-authenticate'], 'Bearer realm="orders"');
      const mutual = await import(pathToFileURL(join(dir, 'node_modules', '@parapet', 'mutual-jwt', 'dist', 'index.js')).href);
      const privateKey = JSON.parse(readFileSync(join(dir, 'keys', 'billing-2026-01.private.jwk.json'), 'utf8'));
      const jwks = JSON.parse((await call(port, { path: '/.well-known/jwks.json', host: 'localhost:3000' })).text);
      const orders = mutual.createMutualClient({ issuer: 'billing', privateKey, kid: 'billing-2026-01', audience: 'orders', serverJwks: jwks });
      try {
        const res = await orders(`http://127.0.0.1:${port}/api/orders?limit=5`); // throws unless the response signature verifies
        expect('signed GET answers 200', res.status, 200);
        expect('signed GET body', JSON.stringify(await res.json()), JSON.stringify({ orders: [], caller: 'billing' }));
        const created = await orders(`http://127.0.0.1:${port}/api/orders`, { method: 'POST', body: JSON.stringify({ sku: 'a1' }), headers: { 'content-type': 'application/json' } });
        expect('signed POST answers 200', created.status, 200);
        expect('signed POST body', JSON.stringify(await created.json()), JSON.stringify({ created: { sku: 'a1' } }));
      } catch (error) {
        expect('signed requests', `${error.code ?? ''} ${error.message}`, 'no error');
      }
      return 'unsigned 401, signed GET and POST verified (keys from parapet-keys generate)';
    },
  },
  {
    readme: 'packages/log-scrubber/README.md',
    ports: [3000],
    async exercise({ port, stdout, expect }) {
      const res = await call(port, { path: '/orders/42?email=ann@example.com', host: 'localhost:3000', headers: { authorization: 'Bearer abc.def.ghi' } });
      expect('the app answers', res.status < 500, true);
      await new Promise((r) => setTimeout(r, 200)); // pino writes asynchronously
      const out = stdout();
      expect('the request is logged', out.includes('/orders/42'), true);
      expect('no raw e-mail in the log', out.includes('ann@example.com') || out.includes('Ann@Example.com'), false);
      expect('no token in the log', out.includes('abc.def.ghi'), false);
      return `GET ${res.status}, request logged, e-mail and token scrubbed`;
    },
  },
  {
    readme: 'packages/security-events/README.md',
    ports: [3000],
    async exercise({ port, stdout, expect }) {
      const attempt = (password) => call(port, { method: 'POST', path: '/login', host: 'localhost:3000', body: { email: 'ann@example.com', password } });
      const answers = [];
      for (let i = 0; i < 6; i++) answers.push(await attempt(`wrong password ${i}`));
      expect('five wrong passwords, then 429', answers.map((r) => r.status).join(','), '401,401,401,401,401,429');
      await new Promise((r) => setTimeout(r, 200)); // pino writes asynchronously
      const lines = stdout().split('\n').filter(Boolean).map((l) => JSON.parse(l));
      const events = lines.filter((l) => typeof l.securityEvent === 'string');
      expect('security events logged', events.map((e) => e.securityEvent).join(','), 'auth-limit.blocked,auth-limit.limited');
      expect('the 429 event carries the request id of the 429', events.at(-1)?.reqId, answers[5]?.headers['x-request-id']);
      expect('no raw e-mail or password in the log', /ann@example\.com|wrong password/.test(stdout()), false);
      return `login ${answers.map((r) => r.status).join(',')}, events ${events.map((e) => e.securityEvent).join(', ')} joined to the request ids`;
    },
  },
  {
    readme: 'packages/password-policy/README.md',
    ports: [3000],
    async exercise({ port, expect }) {
      const post = (path, body) => call(port, { method: 'POST', path, host: 'localhost:3000', body });
      const weak = await post('/signup', { username: 'ann', password: 'password1' });
      expect('weak password refused with 422', weak.status, 422);
      expect('problem+json', weak.headers['content-type'], 'application/problem+json');
      expect('strong password accepted with 201', (await post('/signup', { username: 'ann', password: 'violet staple orbit lantern' })).status, 201);
      expect('login with it answers 204', (await post('/login', { username: 'ann', password: 'violet staple orbit lantern' })).status, 204);
      expect('wrong password answers 401', (await post('/login', { username: 'ann', password: 'violet staple orbit lanterns' })).status, 401);
      expect('unknown user answers 401', (await post('/login', { username: 'nobody', password: 'violet staple orbit lantern' })).status, 401);
      return 'signup 422/201, login 204/401/401';
    },
  },
];

async function runApp(dir, app, ok, fail) {
  let label = `README app ${app.readme}`;
  let stderr = '';
  let stdout = '';
  let child;
  try {
    const block = exampleBlock(app.readme);
    label += ` (example at line ${block.line})`;
    const code = app.prepare ? app.prepare(dir, block.code) : block.code;
    const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023 } }).outputText;
    writeFileSync(join(dir, `${app.readme.split('/')[1]}.mjs`), js);
    const hex = randomBytes(32).toString('hex');
    child = spawn(process.execPath, ['--import', './harness.mjs', `${app.readme.split('/')[1]}.mjs`], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH,
        // Every variable a README example reads; the Redis keys of this run get their own prefix.
        REDIS_URL: `${REDIS_URL}${REDIS_URL.includes('?') ? '&' : '?'}keyPrefix=${encodeURIComponent(RUN_PREFIX)}`,
        AUTH_LIMIT_KEY: hex, LOG_PSEUDONYM_KEY: hex,
      },
    });
    child.stdout.on('data', (c) => { stdout += c; });
    const port = await new Promise((done, failed) => {
      const timer = setTimeout(() => failed(new Error(`did not listen on ${app.ports.join(', ')} within 30 s`)), 30_000);
      const found = {};
      child.stderr.on('data', (c) => {
        stderr += c;
        for (const m of stderr.matchAll(/LISTENING (\d+) (\d+)/g)) found[m[1]] = Number(m[2]);
        if (app.ports.every((p) => found[p] !== undefined)) { clearTimeout(timer); done(app.ports.length === 1 ? found[app.ports[0]] : found); }
      });
      child.once('exit', (code) => { clearTimeout(timer); failed(new Error(`exited (${code}) before listening`)); });
    });
    if (app.settleMs) await new Promise((r) => setTimeout(r, app.settleMs));
    const problems = [];
    const expect = (what, actual, expected) => {
      if (actual !== expected) problems.push(`${what}: got ${JSON.stringify(actual)}, want ${JSON.stringify(expected)}`);
    };
    const summary = await app.exercise({ dir, port, expect, stdout: () => stdout });
    if (problems.length === 0) ok(`${label}: ${summary}`);
    else fail(label, `${problems.join('\n')}\n--- app stderr ---\n${stderr}`);
  } catch (error) {
    fail(label, `${error.message}\n--- app stderr ---\n${stderr}\n--- app stdout ---\n${stdout.slice(0, 2000)}`);
  } finally {
    child?.kill();
  }
}

/** Runs every README app in `dir` (a project with the tarballs and README_APP_DEPS installed). */
export async function checkReadmeApps(dir, ok, fail) {
  writeFileSync(join(dir, 'harness.mjs'), HARNESS);
  try {
    for (const app of APPS) await runApp(dir, app, ok, fail);
  } finally {
    await runKeys(dir, true);
  }
}

/** The keys this run's apps wrote (SCAN on the run's prefix, never KEYS), deleted if `remove`. */
async function runKeys(dir, remove = false) {
  const { Redis } = await import(pathToFileURL(join(dir, 'node_modules', 'ioredis', 'built', 'index.js')).href);
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  const found = [];
  try {
    await redis.connect();
    for await (const keys of redis.scanStream({ match: `${RUN_PREFIX}*`, count: 500 })) {
      found.push(...keys);
      if (remove && keys.length > 0) await redis.del(...keys);
    }
  } catch {
    // No Redis: the apps' own checks report that.
  } finally {
    redis.disconnect();
  }
  return found;
}

