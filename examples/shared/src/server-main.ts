/**
 * The examples' entry point (`npm start`, `npm run start:express`): load and
 * validate the configuration, start both listeners, print the banner, shut
 * down gracefully on SIGINT/SIGTERM.
 *
 * stdout carries JSON log lines only (so it can be piped to a log shipper);
 * the human-readable banner, warnings and configuration errors go to stderr.
 */
import { resolve } from 'node:path';
import { ConfigError, loadConfig, type AppConfig, type RedisConfig, type RedisNode } from './config.js';
import type { ExampleApi } from './service.js';

/** What differs between the examples' entry points. */
export interface ExampleProgram {
  /** Program name: banner, log `service` field, error prefix. */
  readonly name: string;
  /** The example's `.dev/` (see `exampleDevDir`). */
  readonly defaultDevDir: string;
  /** Where the example lives, for the banner's "Try:" line, e.g. `examples/secure-api`. */
  readonly directory: string;
  /** The demo command from the repository root, e.g. `npm run demo`. */
  readonly rootDemoCommand: string;
  /** What the HTTPS port speaks, for the banner, e.g. `HTTP/2 and HTTP/1.1`. */
  readonly protocols: string;
  readonly createApp: (config: AppConfig) => Promise<ExampleApi>;
}

function hostForUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

// The demo client reads the server's variables: spell out each that differs from its default.
/** Demo-client defaults (see demo.ts). */
const demoDefaults = (defaultDevDir: string) => ({ HTTPS_PORT: '8443', PUBLIC_HOST: 'localhost', SERVICE_ID: 'secure-api', DEV_DIR: resolve(defaultDevDir) });

/** A word the shell passes through unchanged; anything else is single-quoted. */
function shellWord(value: string): string {
  return /^[\w./:@%+,-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

/** e.g. `HTTPS_PORT=9443 npm run demo`, or `npm run demo` when everything is the default. */
export function demoCommand(config: Pick<AppConfig, 'publicHost' | 'serviceId' | 'devDir'>, httpsPort: number, defaultDevDir: string): string {
  const DEMO_DEFAULTS = demoDefaults(defaultDevDir);
  const actual: Record<keyof typeof DEMO_DEFAULTS, string> = {
    HTTPS_PORT: String(httpsPort),
    PUBLIC_HOST: config.publicHost,
    SERVICE_ID: config.serviceId,
    DEV_DIR: resolve(config.devDir),
  };
  const assignments = (Object.keys(DEMO_DEFAULTS) as Array<keyof typeof DEMO_DEFAULTS>)
    .filter((name) => actual[name] !== DEMO_DEFAULTS[name])
    .map((name) => `${name}=${shellWord(actual[name])}`);
  return [...assignments, 'npm run demo'].join(' ');
}

function banner(program: ExampleProgram, config: AppConfig, httpsPort: number, httpPort: number): string {
  const host = hostForUrl(config.publicHost);
  const lines = [
    '',
    `${program.name} (Parapet example) is running`,
    `  HTTPS  https://${host}:${httpsPort}/   (bound to ${config.bind}; ${program.protocols})`,
    `  HTTP   http://${host}:${httpPort}/    (redirects to HTTPS; serves /healthz and ACME challenges)`,
    '',
    `  TLS certificate   ${config.tls.source === 'development' ? 'self-signed development certificate' : 'TLS_CERT/TLS_KEY (reloaded on SIGHUP or change)'}: ${config.tls.certFile}`,
    `  SHA-256           ${config.tls.fingerprint256}`,
    `  Trusted proxies   ${config.trustedProxies.length > 0 ? `${config.trustedProxies.join(', ')} (reading ${config.trustedProxyHeader === 'forwarded' ? 'Forwarded' : 'X-Forwarded-For/-Proto'} only)` : 'none (forwarded headers ignored)'}`,
    `  Service id        ${config.serviceId}  (audience of caller tokens)`,
    `  Trusted callers   ${Object.keys(config.callers).join(', ')}  from ${config.callersFile}`,
    `  Response key      kid ${config.serverKey.kid} (${config.serverKey.alg}, ${config.serverKey.source === 'file' ? 'SERVER_KEY_FILE' : 'generated'}), JWKS at /.well-known/jwks.json`,
    `  Limits & replays  ${config.redis ? `Redis (${redisWhere(config.redis)}, prefix ${config.redis.prefix})` : 'in memory (this process only)'}`,
    `  API rate limit    ${config.apiRateLimit.max} requests per minute per client network`,
    `  Demo login        ${config.demoUser.username} (password from DEMO_PASSWORD)`,
  ];
  for (const warning of config.warnings) lines.push(`  warning: ${warning}`);
  const demo = demoCommand(config, httpsPort, program.defaultDevDir);
  const fromRoot = demo.replace(/npm run demo$/, program.rootDemoCommand);
  lines.push('', `Try:  ${demo}   (in ${program.directory}; from the repo root: ${fromRoot})`, '');
  return lines.join('\n');
}

function redisWhere(redis: RedisConfig): string {
  const list = (nodes: readonly RedisNode[]) => nodes.map((n) => (n.host.includes(':') ? `[${n.host}]:${n.port}` : `${n.host}:${n.port}`)).join(',');
  if ('url' in redis) return redactUrl(redis.url);
  if ('clusterNodes' in redis) return `cluster via ${list(redis.clusterNodes)}`;
  return `sentinel master "${redis.sentinelName}" via ${list(redis.sentinels)}`;
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '[invalid URL]';
  }
}

/** A listen error named after the variable that fixes it (the bare `EADDRINUSE` names none). */
function startError(err: unknown, config: AppConfig): string {
  const { code, port } = err as NodeJS.ErrnoException & { port?: number };
  const variable = port === config.httpPort ? 'HTTP_PORT' : 'HTTPS_PORT';
  if (code === 'EADDRINUSE') return `${variable}: port ${port} is already in use on ${config.bind}`;
  if (code === 'EACCES') return `${variable}: port ${port} needs privileges this process does not have (use a port above 1023)`;
  if (code === 'EADDRNOTAVAIL') return `BIND: ${config.bind} is not an address of this machine`;
  return err instanceof Error ? err.message : String(err);
}

/** Run an example until SIGINT/SIGTERM; exits 1 on a configuration or start-up error. */
export async function runExample(program: ExampleProgram): Promise<void> {
  const { name } = program;
  let config: AppConfig;
  try {
    config = await loadConfig(process.env, { defaultDevDir: program.defaultDevDir });
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${name}: ${err.message}\n`);
    process.exit(1);
  }

  let api: ExampleApi;
  let addresses: Awaited<ReturnType<ExampleApi['listen']>>;
  try {
    api = await program.createApp(config);
    addresses = await api.listen();
  } catch (err) {
    process.stderr.write(`${name}: cannot start: ${startError(err, config)}\n`);
    process.exit(1);
  }

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    api.logging.log.info({ event: 'server.stopping', signal }, 'shutting down');
    api.close().then(
      () => {
        api.logging.log.info({ event: 'server.stopped' }, 'stopped');
        process.exit(0);
      },
      (err: unknown) => {
        process.stderr.write(`${name}: shutdown failed: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exit(1);
      },
    );
  };
  // Before the start is announced: a supervisor (or a test) that signals as soon as it reads
  // `server.started` must reach this handler, not the default action that kills the process.
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  process.stderr.write(banner(program, config, addresses.https.port, addresses.http.port));
  api.logging.log.info({ event: 'server.started', httpsPort: addresses.https.port, httpPort: addresses.http.port }, `${name} started`);
}

