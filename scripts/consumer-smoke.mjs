#!/usr/bin/env node
// Package-consumer smoke test: pack every publishable package and install the
// tarballs (as a user would from the registry, never with
// --legacy-peer-deps) into throwaway consumer projects:
//
//   koa3       ESM JavaScript app on Koa 3, plus TypeScript (strict, no ioredis)
//   koa2       CommonJS JavaScript app on Koa 2 (require)
//   express4   CommonJS JavaScript app on Express 4 (require), @types/express 4
//   express5   ESM JavaScript app on Express 5, @types/express 5
//   ts-strict  strict TypeScript, exactOptionalPropertyTypes, the real ioredis
//   ts-cjs     CommonJS TypeScript project, module: nodenext, compiled and run
//   readme     each package README's complete Koa example run as an app and
//              exercised (scripts/readme-apps.mjs)
//
// Each framework app mounts every package's middlewares and serves real
// requests that this script checks (redirect, HSTS and security headers,
// password policy, login limiting, signed requests and responses, scrubbed
// logs). Every subpath is also loaded from ESM `import` and from CommonJS
// `require()` (Node >= 20.19 loads ESM synchronously through require), and the
// declarations are type-checked without skipLibCheck. Catches what unit tests
// cannot: a missing file in `files`, a broken `exports` map, a peer range that
// refuses a supported framework, declarations that fail in a stricter project.
//
// Installs share the user's npm cache, prefer it to the network and run in
// parallel; NPM_CONFIG_* from the environment apply as usual.
import { execFile as execFileCb, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { checkReadmeApps, README_APP_DEPS } from './readme-apps.mjs';

const execFile = promisify(execFileCb);
const root = resolve(import.meta.dirname, '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const packages = ['security-events', 'https', 'auth-limit', 'mutual-jwt', 'log-scrubber', 'password-policy'];
const work = mkdtempSync(join(tmpdir(), 'parapet-consumer-'));
const started = Date.now();

let failures = 0;
let passes = 0;
const ok = (label) => { console.log(`ok   ${label}`); passes++; };
const fail = (label, detail = '') => { console.error(`FAIL ${label}${detail ? `\n${detail}` : ''}`); failures++; };

/** Consumer projects: dependencies besides the tarballs, and the module system of their .js files. */
const PROJECTS = {
  koa3: { type: 'module', deps: { koa: '^3.0.0', '@types/koa': '^3.0.0', pino: '^10.0.0' } },
  koa2: { type: 'commonjs', deps: { koa: '^2.15.0', pino: '^10.0.0' } },
  express4: { type: 'commonjs', deps: { express: '^4.21.0', '@types/express': '^4.17.21', pino: '^10.0.0' } },
  express5: { type: 'module', deps: { express: '^5.1.0', '@types/express': '^5.0.0', pino: '^10.0.0' } },
  'ts-strict': { type: 'module', deps: { koa: '^3.0.0', '@types/koa': '^3.0.0', ioredis: '^5.4.0', pino: '^10.0.0' } },
  'ts-cjs': { type: 'commonjs', deps: { koa: '^3.0.0', '@types/koa': '^3.0.0', pino: '^10.0.0' } },
  readme: { type: 'module', deps: README_APP_DEPS },
};
// CONSUMER_PROJECTS=koa2,readme runs only those (while working on one of them).
const only = process.env.CONSUMER_PROJECTS?.split(',').map((s) => s.trim()).filter(Boolean);
if (only) for (const name of Object.keys(PROJECTS)) if (!only.includes(name)) delete PROJECTS[name];

function pack() {
  const tarballs = {};
  for (const dir of packages) {
    const pkgDir = join(root, 'packages', dir);
    const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: pkgDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const [packed] = JSON.parse(out);
    tarballs[manifest.name] = { file: join(work, packed.filename), manifest };
  }
  return tarballs;
}

async function install(name, { type, deps }, fileSpecs) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  // `overrides` make the packages' dependencies on each other resolve to the
  // local tarballs instead of the registry (they are not published).
  const manifest = { name: `consumer-${name}`, private: true, type, dependencies: { ...fileSpecs, ...deps, '@types/node': '^20.19.0' }, overrides: fileSpecs };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  const t0 = Date.now();
  try {
    await execFile('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, encoding: 'utf8' });
    ok(`install ${name} (${Object.keys(deps).map((d) => `${d}@${deps[d]}`).join(', ')}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return dir;
  } catch (error) {
    fail(`install ${name} (no --legacy-peer-deps)`, `${error.stdout ?? ''}${error.stderr ?? error.message}`);
    return undefined;
  }
}

const specOf = (name, sub) => (sub === '.' ? name : `${name}/${sub.slice(2)}`);
const subpathsOf = (manifest) => Object.keys(manifest.exports).filter((s) => s !== './package.json');

/** Every subpath from `import` and `require()` (one process per kind), every types file and bin present. */
function loadEverySubpath(dir, label, tarballs) {
  const specs = [];
  for (const [name, { manifest }] of Object.entries(tarballs)) {
    for (const sub of subpathsOf(manifest)) {
      specs.push(specOf(name, sub));
      const typesPath = manifest.exports[sub].types;
      if (!existsSync(join(dir, 'node_modules', name, typesPath))) fail(`${specOf(name, sub)}: types file ${typesPath} missing from the tarball`);
    }
    for (const [bin, file] of Object.entries(manifest.bin ?? {})) {
      if (existsSync(join(dir, 'node_modules', name, file))) ok(`bin ${bin}`);
      else fail(`bin ${bin}: ${file} missing from the tarball`);
    }
  }
  for (const kind of ['esm', 'cjs']) {
    const load = kind === 'esm' ? 'await import(spec)' : 'require(spec)';
    const code = `for (const spec of ${JSON.stringify(specs)}) {
      let m; try { m = ${load}; } catch (error) { console.log('FAIL', spec, String(error).split('\\n')[0]); continue; }
      console.log(Object.keys(m).length > 0 ? 'ok' : 'FAIL', spec, Object.keys(m).length + ' exports');
    }`;
    const out = execFileSync(process.execPath, [`--input-type=${kind === 'esm' ? 'module' : 'commonjs'}`, '-e', code], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    for (const line of out.trim().split('\n')) {
      const [verdict, ...rest] = line.split(' ');
      if (verdict === 'ok') ok(`${label} ${kind} ${rest.join(' ')}`);
      else fail(`${label} ${kind} ${rest.join(' ')}`);
    }
  }
}

/** `import * as` every kept subpath in `index.ts` (plus `extra`), then tsc without skipLibCheck. */
async function typeCheck(dir, label, tarballs, { keep, compilerOptions = {}, extra = '', emit = false }) {
  const imports = Object.entries(tarballs).flatMap(([name, { manifest }]) =>
    subpathsOf(manifest)
      .filter((sub) => keep(sub, name))
      .map((sub, i) => {
        const id = `m${name.replace(/\W/g, '_')}${i}`;
        return `import * as ${id} from '${specOf(name, sub)}';\nconsole.log('${specOf(name, sub)}', Object.keys(${id}).length);`;
      }),
  );
  writeFileSync(join(dir, 'index.ts'), `${imports.join('\n')}\n${extra}\n`);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2023', skipLibCheck: false, types: ['node'],
      ...(emit ? { outDir: 'out' } : { noEmit: true }),
      ...compilerOptions,
    },
    files: ['index.ts'],
  }, null, 2));
  try {
    await execFile(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
    ok(`types: ${label} (${imports.length} subpaths, skipLibCheck: false)`);
    return true;
  } catch (error) {
    fail(`types: ${label}`, `${error.stdout ?? ''}${error.stderr ?? error.message}`);
    return false;
  }
}

// ---------------------------------------------------------------------------
// The framework apps: one source per framework family, in the project's module
// system. Each mounts every package and prints `LISTENING <port>` on stderr.

const PASSWORD = 'correct horse battery staple';
const ACCOUNT = 'ann.consumer@example.com';

function importLines(kind, defaults, named) {
  const lines = [];
  for (const [local, from] of Object.entries(defaults)) {
    lines.push(kind === 'esm' ? `import ${local} from '${from}';` : `const ${local} = require('${from}');`);
  }
  for (const [from, names] of Object.entries(named)) {
    lines.push(kind === 'esm' ? `import { ${names.join(', ')} } from '${from}';` : `const { ${names.join(', ')} } = require('${from}');`);
  }
  return lines.join('\n');
}

const SHARED_SETUP = `
async function main() {
  const serverKey = await generateCallerKey({ kid: 'orders-1' });
  const callerJwks = JSON.parse(process.env.CALLER_JWKS);
  const scrubber = createScrubber({ keys: [{ id: 'k1', secret: Buffer.alloc(32, 7) }] });
  const logger = scrubbedPino({ level: 'info', scrubber });
  const checker = new PasswordChecker({ minLength: 15 });
  const PASSWORD = ${JSON.stringify(PASSWORD)};
  const limitOptions = { secret: Buffer.alloc(32, 9), purpose: 'login', store: new MemoryStore() };
  const authOptions = { audience: 'orders', callers: { billing: { jwks: callerJwks } }, signingKey: serverKey };
`;

const LISTEN = `
  const server = app.listen(0, '127.0.0.1', () => process.stderr.write('LISTENING ' + server.address().port + '\\n'));
}
main().catch((error) => { console.error(error); process.exit(1); });
`;

function koaApp(kind) {
  return `${importLines(kind, { Koa: 'koa' }, {
    '@parapet/https': ['trustProxy', 'httpsRedirect', 'hsts', 'securityHeaders'],
    '@parapet/auth-limit': ['authLimit', 'MemoryStore'],
    '@parapet/mutual-jwt': ['mutualAuth', 'allowCallers', 'jwksEndpoint', 'generateCallerKey'],
    '@parapet/log-scrubber': ['createScrubber', 'scrubbedPino', 'requestLogger'],
    '@parapet/password-policy': ['PasswordChecker', 'passwordPolicy'],
  })}
${SHARED_SETUP}
  const app = new Koa();
  app.silent = true;
  app.use(trustProxy({ trustedProxies: ['loopback'] }));
  app.use(httpsRedirect({ canonicalHost: 'example.com' }));
  app.use(hsts());
  app.use(securityHeaders({ hsts: false }));
  app.use(requestLogger({ logger, scrubber }));
  app.use(jwksEndpoint({ keys: [serverKey] }));
  // A body parser in a few lines (the app has no dependency but Koa).
  const json = async (ctx, next) => {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    ctx.request.body = chunks.length > 0 ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
    await next();
  };
  const signup = passwordPolicy({ checker });
  const login = authLimit({ ...limitOptions, account: (ctx) => ctx.request.body && ctx.request.body.email });
  const api = mutualAuth(authOptions);
  const billingOnly = allowCallers('billing');
  app.use(async (ctx, next) => {
    if (ctx.path === '/healthz') { ctx.body = { ok: true }; return; }
    if (ctx.path === '/signup' && ctx.method === 'POST') return json(ctx, () => signup(ctx, async () => { ctx.status = 201; }));
    if (ctx.path === '/login' && ctx.method === 'POST') {
      return json(ctx, () => login(ctx, async () => {
        ctx.log.info({ email: ctx.request.body.email }, 'login attempt');
        if (ctx.request.body.password !== PASSWORD) ctx.throw(401, 'invalid credentials');
        ctx.body = { ok: true };
      }));
    }
    if (ctx.path.startsWith('/api/')) {
      return api(ctx, () => billingOnly(ctx, async () => { ctx.body = { orders: [], caller: ctx.state.caller.iss }; }));
    }
    return next();
  });
${LISTEN}`;
}

function expressApp(kind) {
  return `${importLines(kind, { express: 'express' }, {
    '@parapet/https/express': ['trustProxy', 'httpsRedirect', 'hsts', 'securityHeaders'],
    '@parapet/auth-limit/express': ['authLimit', 'MemoryStore'],
    '@parapet/mutual-jwt': ['generateCallerKey'],
    '@parapet/mutual-jwt/express': ['mutualAuth', 'allowCallers', 'jwksEndpoint'],
    '@parapet/log-scrubber': ['createScrubber', 'scrubbedPino'],
    '@parapet/log-scrubber/express': ['requestLogger'],
    '@parapet/password-policy/core': ['PasswordChecker', 'refusedPasswordResponse'],
  })}
${SHARED_SETUP}
  const app = express();
  app.use(trustProxy({ trustedProxies: ['loopback'] }));
  app.use(httpsRedirect({ canonicalHost: 'example.com' }));
  app.use(hsts());
  app.use(securityHeaders({ hsts: false }));
  app.use(requestLogger({ logger, scrubber }));
  app.use(jwksEndpoint({ keys: [serverKey] }));
  app.get('/healthz', (req, res) => { res.json({ ok: true }); });
  app.post('/signup', express.json(), async (req, res, next) => {
    try {
      const result = await checker.check(req.body.password, { context: { username: req.body.username } });
      if (result.ok) { res.status(201).end(); return; }
      const refusal = refusedPasswordResponse(result);
      res.status(refusal.status).set(refusal.headers).type('application/problem+json').send(JSON.stringify(refusal.body));
    } catch (error) { next(error); }
  });
  app.post('/login', express.json(), authLimit({ ...limitOptions, account: (req) => req.body && req.body.email }), (req, res) => {
    req.log.info({ email: req.body.email }, 'login attempt');
    if (req.body.password !== PASSWORD) { res.status(401).json({ error: 'invalid credentials' }); return; }
    res.json({ ok: true });
  });
  const api = express.Router();
  api.use(mutualAuth(authOptions));
  api.get('/orders', allowCallers('billing'), (req, res) => { res.json({ orders: [], caller: req.caller.iss }); });
  app.use('/api', api);
${LISTEN}`;
}

/** Minimal fetch over node:http, to send `Host` and `X-Forwarded-Proto` as a TLS-terminating proxy would. */
function proxiedFetch(port, { https = true } = {}) {
  return async (input, init) => {
    const req = new Request(input, init);
    const url = new URL(req.url);
    const body = req.body === null ? undefined : Buffer.from(await req.arrayBuffer());
    const headers = { host: 'example.com', ...(https ? { 'x-forwarded-proto': 'https' } : {}) };
    req.headers.forEach((value, name) => { headers[name] = value; });
    if (body !== undefined) headers['content-length'] = String(body.length);
    return new Promise((done, failed) => {
      const out = request({ host: '127.0.0.1', port, path: url.pathname + url.search, method: req.method, headers, agent: false }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('error', failed);
        res.on('end', () => {
          const responseHeaders = new Headers();
          for (let i = 0; i < res.rawHeaders.length; i += 2) responseHeaders.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
          const status = res.statusCode ?? 0;
          done(new Response([204, 304].includes(status) ? null : Buffer.concat(chunks), { status, headers: responseHeaders }));
        });
      });
      out.on('error', failed);
      out.end(body);
    });
  };
}

/** Starts `file` in `dir`, runs the request checks against it, stops it. */
async function serveAndCheck(dir, label, file) {
  // The mutual-jwt client from the installed tarball, as a calling service would use it.
  const mutualJwt = await import(pathToFileURL(join(dir, 'node_modules', '@parapet', 'mutual-jwt', 'dist', 'index.js')).href);
  const caller = await mutualJwt.generateCallerKey({ kid: 'billing-1' });
  const child = spawn(process.execPath, [file], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH, NODE_ENV: 'production', CALLER_JWKS: JSON.stringify(mutualJwt.exportPublicJwks([caller])) },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => { stdout += c; });
  try {
    const port = await new Promise((done, failed) => {
      const timer = setTimeout(() => failed(new Error(`no LISTENING line within 20 s\n${stderr}`)), 20_000);
      child.stderr.on('data', (c) => {
        stderr += c;
        const m = /LISTENING (\d+)/.exec(stderr);
        if (m) { clearTimeout(timer); done(Number(m[1])); }
      });
      child.once('exit', (code) => { clearTimeout(timer); failed(new Error(`exited (${code}) before listening\n${stderr}`)); });
    });
    const viaProxy = proxiedFetch(port);
    const plain = proxiedFetch(port, { https: false });
    const base = `http://127.0.0.1:${port}`;
    const problems = [];
    const expect = (what, actual, expected) => {
      const good = expected instanceof RegExp ? expected.test(String(actual)) : actual === expected;
      if (!good) problems.push(`${what}: got ${JSON.stringify(actual)}, want ${expected}`);
    };

    const redirect = await plain(`${base}/healthz?x=1`);
    expect('plain HTTP GET status', redirect.status, 301);
    expect('plain HTTP GET Location', redirect.headers.get('location'), 'https://example.com/healthz?x=1');

    const health = await viaProxy(`${base}/healthz`);
    expect('GET /healthz status', health.status, 200);
    expect('GET /healthz HSTS', health.headers.get('strict-transport-security'), /^max-age=\d+/);
    expect('GET /healthz nosniff', health.headers.get('x-content-type-options'), 'nosniff');

    const post = (path, body) => viaProxy(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const weak = await post('/signup', { username: 'ann', password: 'password1' });
    expect('POST /signup weak password status', weak.status, 422);
    expect('POST /signup problem type', weak.headers.get('content-type'), /^application\/problem\+json/);
    const problemCodes = weak.status === 422 ? (await weak.json()).problems.map((p) => p.code) : [];
    expect('POST /signup problem codes', problemCodes.includes('too_short'), true);
    expect('POST /signup strong password status', (await post('/signup', { username: 'ann', password: 'violet staple orbit lantern' })).status, 201);

    const statuses = [];
    let limited;
    for (let i = 0; i < 12 && !limited; i++) {
      const res = await post('/login', { email: ACCOUNT, password: `wrong password ${i}` });
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    expect('POST /login first wrong password', statuses[0], 401);
    expect('POST /login limited (statuses)', limited?.status, 429);
    expect('POST /login Retry-After', Number(limited?.headers.get('retry-after')) >= 1, true);
    expect('POST /login limited HSTS', limited?.headers.get('strict-transport-security'), /^max-age=\d+/);

    const unsigned = await viaProxy(`${base}/api/orders`);
    expect('unsigned GET /api/orders status', unsigned.status, 401);
    expect('unsigned GET /api/orders WWW-Authenticate', unsigned.headers.get('www-authenticate'), 'Bearer realm="orders"');
    const jwks = await (await viaProxy(`${base}/.well-known/jwks.json`)).json();
    const billing = mutualJwt.createMutualClient({
      issuer: 'billing', privateKey: caller.privateKey, kid: caller.kid, audience: 'orders', serverJwks: jwks, fetch: viaProxy,
    });
    try {
      const signed = await billing(`${base}/api/orders`); // throws unless the response signature verifies
      expect('signed GET /api/orders status', signed.status, 200);
      expect('signed GET /api/orders body', JSON.stringify(await signed.json()), JSON.stringify({ orders: [], caller: 'billing' }));
    } catch (error) {
      problems.push(`signed GET /api/orders: ${error.code ?? ''} ${error.message}`);
    }

    await new Promise((r) => setTimeout(r, 200)); // pino writes asynchronously
    expect('log has the login line', stdout.includes('login attempt'), true);
    expect('log has the /api/orders request line', stdout.includes('/api/orders'), true);
    expect('log free of the account e-mail', stdout.includes(ACCOUNT), false);
    expect('log free of passwords', stdout.includes('wrong password'), false);

    if (problems.length === 0) ok(`serve ${label}: redirect, headers, signup 422/201, login ${statuses.join(',')}, unsigned 401, signed 200 verified, scrubbed log`);
    else fail(`serve ${label}`, `${problems.join('\n')}\n--- app stderr ---\n${stderr}`);
  } catch (error) {
    fail(`serve ${label}`, `${error.message}\n--- app stderr ---\n${stderr}`);
  } finally {
    child.kill();
  }
}

// ---------------------------------------------------------------------------

const STRICT_EXTRA = `
// The real ioredis client types against the stores' option types, under
// exactOptionalPropertyTypes (the stores read \`client.options\`).
import { Cluster, Redis } from 'ioredis';
import { RedisStore } from '@parapet/auth-limit';
import { RedisReplayStore } from '@parapet/mutual-jwt';
const redis = new Redis('redis://127.0.0.1:6379/9', { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
const cluster = new Cluster([{ host: '127.0.0.1', port: 7000 }], { enableOfflineQueue: false, lazyConnect: true });
const stores = [
  new RedisStore({ client: redis, prefix: 'consumer:' }),
  new RedisStore({ client: cluster }),
  new RedisReplayStore({ client: redis, prefix: 'consumer:replay:' }),
];
console.log('stores', stores.length);
redis.disconnect();
cluster.disconnect();
`;

const CJS_EXTRA = `
// A CommonJS project (package.json without "type": "module") importing the
// ESM-only packages: TypeScript emits require(), which Node >= 20.19 serves.
import Koa = require('koa');
import { securityHeaders } from '@parapet/https';
const app = new Koa();
app.use(securityHeaders());
console.log('cjs-ts middleware count', app.middleware.length, typeof require);
`;

try {
  const tarballs = pack();
  const fileSpecs = Object.fromEntries(Object.entries(tarballs).map(([n, t]) => [n, `file:${t.file}`]));
  const dirs = Object.fromEntries(
    await Promise.all(Object.entries(PROJECTS).map(async ([name, project]) => [name, await install(name, project, fileSpecs)])),
  );
  console.log(`installs done at ${((Date.now() - started) / 1000).toFixed(1)} s`);

  if (dirs.koa3) loadEverySubpath(dirs.koa3, 'koa3', tarballs);
  if (dirs.koa2) loadEverySubpath(dirs.koa2, 'koa2', tarballs);

  const checks = [];
  for (const [name, kind, make] of [['koa3', 'esm', koaApp], ['koa2', 'cjs', koaApp], ['express4', 'cjs', expressApp], ['express5', 'esm', expressApp]]) {
    const dir = dirs[name];
    if (!dir) continue;
    writeFileSync(join(dir, 'app.js'), make(kind));
    checks.push(serveAndCheck(dir, `${name} (${kind === 'esm' ? 'ESM import' : 'CommonJS require'})`, 'app.js'));
  }
  if (dirs.readme) checks.push(checkReadmeApps(dirs.readme, ok, fail));
  await Promise.all(checks);

  const types = [];
  // A Koa app without ioredis (an optional peer): a d.ts naming it would fail.
  if (dirs.koa3) types.push(typeCheck(dirs.koa3, 'Koa 3 app, every subpath but ./express, no ioredis', tarballs, { keep: (sub) => sub !== './express' }));
  // Express apps without any Koa types: the ./express subpaths and the framework-neutral cores.
  for (const name of ['express4', 'express5']) {
    if (dirs[name]) types.push(typeCheck(dirs[name], `${name} app without Koa types, ./express and ./core subpaths`, tarballs, { keep: (sub) => sub === './express' || sub === './core' }));
  }
  if (dirs['ts-strict']) {
    types.push((async () => {
      const compiled = await typeCheck(dirs['ts-strict'], 'strict TypeScript, exactOptionalPropertyTypes, real ioredis', tarballs, {
        keep: (sub) => sub !== './express',
        compilerOptions: { exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, noImplicitOverride: true, noPropertyAccessFromIndexSignature: true, verbatimModuleSyntax: true },
        extra: STRICT_EXTRA,
        emit: true,
      });
      if (compiled) runCompiled(dirs['ts-strict'], 'strict TypeScript consumer (RedisStore, RedisReplayStore on a real ioredis client)', /stores 3/);
    })());
  }
  if (dirs['ts-cjs']) {
    types.push((async () => {
      const compiled = await typeCheck(dirs['ts-cjs'], 'CommonJS TypeScript, module: nodenext', tarballs, {
        keep: (sub) => sub !== './express',
        compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', esModuleInterop: true },
        extra: CJS_EXTRA,
        emit: true,
      });
      if (compiled) {
        const out = readFileSync(join(dirs['ts-cjs'], 'out', 'index.js'), 'utf8');
        if (!/require\("@parapet\/https"\)/.test(out)) fail('ts-cjs: the emitted index.js does not require() the packages', out.slice(0, 400));
        runCompiled(dirs['ts-cjs'], 'CommonJS TypeScript consumer (emitted require() of every subpath)', /cjs-ts middleware count 1 function/);
      }
    })());
  }
  await Promise.all(types);
} finally {
  rmSync(work, { recursive: true, force: true });
}

function runCompiled(dir, label, expected) {
  try {
    const out = execFileSync(process.execPath, [join(dir, 'out', 'index.js')], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (expected.test(out)) ok(`run ${label}`);
    else fail(`run ${label}: output does not match ${expected}`, out);
  } catch (error) {
    fail(`run ${label}`, error.stderr ?? error.message);
  }
}

console.log(`consumer smoke test under node ${process.version}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`consumer-smoke: ${passes} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
