/**
 * Shared setup for the integration suite: builds an example (the Koa one or
 * the Express one, see FRAMEWORKS) through its own factory (loadConfig +
 * createApp), with a captured log stream, temporary development files and,
 * where TLS matters, real listeners on free ports.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { join as joinPath } from 'node:path';
import * as expressExample from '@parapet/example-express-api';
import { createTlsFetch, readCallerKey, devPaths, type AppConfig, type AppDependencies, type ExampleApi, type StoredCallerKey } from '@parapet/example-shared';
import * as koaExample from '@parapet/example-secure-api';
import { createMutualClient, exportPublicJwks, generateCallerKey, type GeneratedKey } from '@parapet/mutual-jwt';
import { Redis } from 'ioredis';
import { exportJWK } from 'jose';
import { afterEach } from 'vitest';

/** Cheap scrypt for tests (the server default is OWASP's N=2^17); the code path is the same. */
export const TEST_SCRYPT = { N: 2 ** 12, r: 8, p: 1 };
/**
 * The shared Redis the suite may write to: `REDIS_URL`, by default database 9
 * (not 0, where a developer keeps their own data). Keys live under
 * `secure-api-test:<RUN_ID>:` prefixes, deleted by SCAN after each test; the
 * suite never lists or flushes the whole database.
 */
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/9';
/** Identifies this test run in every Redis key it writes. */
export const RUN_ID = randomUUID();
export const DEMO_USER = 'alice@example.com';
export const DEMO_PASSWORD = 'correct horse battery staple';

/** One example app: the same contract, on one framework. */
export interface Framework {
  readonly name: 'koa' | 'express';
  /** The example's program name (banner, error prefix, log `service`). */
  readonly program: 'secure-api' | 'express-api';
  /** Its built scripts: `server.js`, `demo-client.js`. */
  readonly dist: string;
  /** Whether its HTTPS port speaks HTTP/2 (Express cannot answer h2 streams). */
  readonly http2: boolean;
  readonly loadConfig: typeof koaExample.loadConfig;
  readonly createApp: (config: AppConfig, deps?: AppDependencies) => Promise<ExampleApi>;
}

const EXAMPLES = joinPath(import.meta.dirname, '..', 'examples');

/** Every framework the examples run on: the integration cases run against each (`describe.each(FRAMEWORKS)`). */
export const FRAMEWORKS: readonly Framework[] = [
  { name: 'koa', program: 'secure-api', dist: joinPath(EXAMPLES, 'secure-api', 'dist'), http2: true, loadConfig: koaExample.loadConfig, createApp: koaExample.createApp },
  { name: 'express', program: 'express-api', dist: joinPath(EXAMPLES, 'express-api', 'dist'), http2: false, loadConfig: expressExample.loadConfig, createApp: expressExample.createApp },
];

/** The Koa example, for cases about one framework only (HTTP/2) or about the shared configuration code. */
export const KOA = FRAMEWORKS[0]!;

/** Collects every JSON line the app writes (a pino destination). */
export class LogCapture {
  readonly lines: string[] = [];
  write(chunk: string): void {
    for (const line of chunk.split('\n')) if (line !== '') this.lines.push(line);
  }
  get text(): string {
    return this.lines.join('\n');
  }
  records(): Record<string, unknown>[] {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }
  events(name: string): Record<string, unknown>[] {
    return this.records().filter((r) => r.securityEvent === name);
  }

  /** The reason codes of every mutualAuth rejection (token_rejected, replay, store_failure), in log order. */
  mutualRejections(): string[] {
    return this.records()
      .filter((r) => typeof r.securityEvent === 'string' && r.securityEvent.startsWith('mutual-jwt.'))
      .map((r) => r.reason as string);
  }
}

export interface TestApi {
  readonly api: ExampleApi;
  readonly framework: Framework;
  readonly config: AppConfig;
  readonly logs: LogCapture;
  readonly devDir: string;
  readonly callerKey: StoredCallerKey;
}

export interface RunningApi extends TestApi {
  readonly httpsUrl: string;
  readonly httpUrl: string;
  readonly httpsPort: number;
  readonly httpPort: number;
  /** fetch trusting exactly the app's certificate. */
  readonly tlsFetch: typeof fetch;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

/** A temporary directory removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'secure-api-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Build the example of `framework` from `env` (on top of a clean environment) with its development files in a temp dir. */
export async function makeApi(env: Record<string, string> = {}, devDir = tempDir(), framework: Framework = KOA): Promise<TestApi> {
  const config = await framework.loadConfig(env, { devDir, passwordHashing: TEST_SCRYPT });
  const logs = new LogCapture();
  const api = await framework.createApp(config, { logDestination: logs, shutdownGraceMs: 500 });
  cleanups.push(() => api.close());
  return { api, framework, config, logs, devDir, callerKey: readCallerKey(devPaths(devDir).callerKey) };
}

/** Build the example of `framework` and start both listeners on free ports (real TLS). */
export async function startApi(env: Record<string, string> = {}, devDir?: string, framework: Framework = KOA): Promise<RunningApi> {
  const built = await makeApi(env, devDir, framework);
  const { https, http } = await built.api.listen({ httpsPort: 0, httpPort: 0 });
  return {
    ...built,
    httpsPort: https.port,
    httpPort: http.port,
    httpsUrl: `https://127.0.0.1:${https.port}`,
    httpUrl: `http://127.0.0.1:${http.port}`,
    tlsFetch: createTlsFetch({ ca: built.config.tls.cert }),
  };
}

/** `makeApi` and `startApi` bound to one framework: `const { startApi } = on(framework)` inside `describe.each(FRAMEWORKS)`. */
export function on(framework: Framework): {
  makeApi: (env?: Record<string, string>, devDir?: string) => Promise<TestApi>;
  startApi: (env?: Record<string, string>, devDir?: string) => Promise<RunningApi>;
} {
  return {
    makeApi: (env = {}, devDir = tempDir()) => makeApi(env, devDir, framework),
    startApi: (env = {}, devDir) => startApi(env, devDir, framework),
  };
}

/** A mutual client for `key` against a running app (responses verified with the app's JWKS). */
export function mutualClient(app: RunningApi, key: StoredCallerKey | { iss: string; key: GeneratedKey }, fetchImpl: typeof fetch = app.tlsFetch) {
  const signing = 'privateJwk' in key ? { issuer: key.iss, privateKey: key.privateJwk, kid: key.privateJwk.kid, alg: key.privateJwk.alg } : { issuer: key.iss, privateKey: key.key.privateKey, kid: key.key.kid, alg: key.key.alg };
  return createMutualClient({ ...signing, audience: app.config.serviceId, serverJwks: app.config.serverKey.publicJwks, fetch: fetchImpl });
}

/** Write a CALLERS_FILE trusting the demo caller of `devDir` plus extra callers. */
export async function callersFileWith(devDir: string, extra: { iss: string; key: GeneratedKey }[]): Promise<string> {
  const { ensureDevCaller } = await import('@parapet/example-shared');
  const { callerKey } = await ensureDevCaller(devDir);
  const demoJwks = exportPublicJwks([{ publicKey: callerKey.privateJwk, kid: callerKey.privateJwk.kid, alg: callerKey.privateJwk.alg }]);
  const callers = [{ iss: callerKey.iss, jwks: demoJwks }, ...extra.map((c) => ({ iss: c.iss, jwks: exportPublicJwks([c.key]) }))];
  const path = join(devDir, `callers-${randomUUID()}.json`);
  writeFileSync(path, JSON.stringify({ callers }));
  return path;
}

/** A private JWK file usable as SERVER_KEY_FILE. */
export async function serverKeyFile(dir: string): Promise<string> {
  const key = await generateCallerKey({ extractable: true });
  const path = join(dir, `server-key-${randomUUID()}.json`);
  writeFileSync(path, JSON.stringify({ ...(await exportJWK(key.privateKey)), kid: key.kid, alg: key.alg }));
  return path;
}

/** Settings for instances sharing one Redis under a prefix unique to this test run. */
export async function redisEnv(dir: string, redisUrl = REDIS_URL): Promise<Record<string, string>> {
  const prefix = `secure-api-test:${RUN_ID}:${randomUUID()}:`;
  cleanups.push(async () => {
    const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await redis.connect();
      // SCAN, not KEYS: the Redis is shared with other test runs and KEYS blocks it.
      for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 500 }) as AsyncIterable<string[]>) {
        if (keys.length > 0) await redis.del(...keys);
      }
    } finally {
      redis.disconnect();
    }
  });
  return { REDIS_URL: redisUrl, REDIS_PREFIX: prefix, ...(await sharedKeysEnv(dir)) };
}

/** The keys every instance sharing a Redis must share (whichever topology: URL, Cluster, Sentinel). */
export async function sharedKeysEnv(dir: string): Promise<Record<string, string>> {
  return {
    AUTH_LIMIT_KEY: randomBytes(32).toString('hex'),
    LOGIN_TOKEN_KEY: randomBytes(32).toString('hex'),
    LOG_PSEUDONYM_KEY: randomBytes(32).toString('hex'),
    SERVER_KEY_FILE: await serverKeyFile(dir),
  };
}

/** POST /login with JSON credentials. */
export function login(app: RunningApi, username: string, password: string, headers: Record<string, string> = {}): Promise<Response> {
  return app.tlsFetch(`${app.httpsUrl}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username, password }),
  });
}

/** Register a cleanup to run after the current test. */
export function onCleanup(fn: () => Promise<void> | void): void {
  cleanups.push(fn);
}

/** A TCP port free at the time of the call. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
