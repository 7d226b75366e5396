/**
 * Configuration from environment variables, validated up front: every
 * problem is collected and reported at once, each naming its variable, and
 * the server exits 1 instead of starting half-configured. Development
 * fallbacks (self-signed certificate, generated keys) are refused when
 * NODE_ENV=production, and shared secrets are required when REDIS_URL,
 * REDIS_CLUSTER_NODES or REDIS_SENTINELS says several instances cooperate.
 */
import { createPrivateKey, randomBytes, X509Certificate, type KeyObject } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { devCertificate, IpMatcher, parseAuthority, type ProxyHeaderFamily } from '@parapet/https';
import { exportPublicJwks, generateCallerKey, type CallerKeys, type SigningKey } from '@parapet/mutual-jwt';
import type { JSONWebKeySet } from 'jose';
import { devPaths, ensureDevCaller, writeDevCertificate } from './dev-files.js';
import { parseCallersFile, parseServerKeyFile, SERVICE_IDENTITY } from './key-files.js';
import { OWASP_SCRYPT, type ScryptParameters } from '@parapet/password-policy';

/** Thrown by {@link loadConfig}: `problems` lists every bad variable. */
export class ConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** A `host:port` of a Redis Cluster seed node or a Sentinel. */
export interface RedisNode {
  readonly host: string;
  readonly port: number;
}

/**
 * Where the shared Redis is: exactly one of REDIS_URL (one server),
 * REDIS_CLUSTER_NODES (Redis Cluster seed nodes) or REDIS_SENTINELS with
 * REDIS_SENTINEL_NAME (a Sentinel-managed master). `prefix` is REDIS_PREFIX.
 */
export type RedisConfig =
  | { readonly url: string; readonly prefix: string }
  | { readonly clusterNodes: readonly RedisNode[]; readonly prefix: string }
  | { readonly sentinels: readonly RedisNode[]; readonly sentinelName: string; readonly prefix: string };

/** The variable that selected the Redis topology, for messages. */
export function redisVariable(redis: RedisConfig): 'REDIS_URL' | 'REDIS_CLUSTER_NODES' | 'REDIS_SENTINELS' {
  return 'url' in redis ? 'REDIS_URL' : 'clusterNodes' in redis ? 'REDIS_CLUSTER_NODES' : 'REDIS_SENTINELS';
}

/** The validated settings the app factory runs on. */
export interface AppConfig {
  readonly production: boolean;
  readonly httpsPort: number;
  readonly httpPort: number;
  /** Address both listeners bind to. */
  readonly bind: string;
  /** Host name used in redirects (the only host the HTTP listener redirects to). */
  readonly publicHost: string;
  /** HTTPS port used in redirects: the balancer's port when instances sit behind one. */
  readonly publicHttpsPort: number;
  readonly tls: {
    readonly key: string;
    readonly cert: string;
    readonly fingerprint256: string;
    /** `files`: TLS_CERT/TLS_KEY; `development`: self-signed, generated at start. */
    readonly source: 'files' | 'development';
    /** Where the certificate PEM can be read (curl --cacert, demo client). */
    readonly certFile: string;
    /** TLS_KEY, resolved (`files` only): with `certFile`, re-read on SIGHUP or when they change. */
    readonly keyFile?: string;
  };
  /** TRUSTED_PROXIES: empty means forwarded headers are never read. */
  readonly trustedProxies: readonly string[];
  /** TRUSTED_PROXY_HEADER: the one forwarding header family the proxies write; the other is never read. */
  readonly trustedProxyHeader: ProxyHeaderFamily;
  /** This service's identity (audience of caller tokens, issuer of response tokens). */
  readonly serviceId: string;
  readonly callersFile: string;
  readonly callers: Readonly<Record<string, CallerKeys>>;
  readonly serverKey: SigningKey & { readonly source: 'file' | 'generated'; readonly publicJwks: JSONWebKeySet };
  readonly demoUser: { readonly username: string; readonly password: string };
  readonly secrets: {
    /** HMAC key of log pseudonyms (LOG_PSEUDONYM_KEY). */
    readonly logPseudonymKey: Buffer;
    /** HMAC key of auth-limit store keys (AUTH_LIMIT_KEY). */
    readonly authLimitKey: Buffer;
    /** HS256 key of user tokens issued by POST /login (LOGIN_TOKEN_KEY). */
    readonly loginTokenKey: Buffer;
  };
  readonly redis: RedisConfig | undefined;
  /** koa-ratelimit cap on /api/*: `max` requests per client per `windowMs`. */
  readonly apiRateLimit: { readonly max: number; readonly windowMs: number };
  /** Lifetime of user tokens from POST /login, seconds. */
  readonly loginTokenLifetime: number;
  readonly passwordHashing: ScryptParameters;
  readonly acmeWebroot: string | undefined;
  readonly devDir: string;
  /** Development fallbacks in effect, for the startup banner. */
  readonly warnings: readonly string[];
}

/** Options of {@link loadConfig}. */
export interface LoadConfigOptions {
  /** Where development files are written. @default DEV_DIR, else `defaultDevDir` */
  devDir?: string;
  /** The example's own `.dev/` (see `exampleDevDir`), used when neither `devDir` nor DEV_DIR is set. @default `.dev` in the working directory */
  defaultDevDir?: string;
  /** scrypt cost. @default OWASP's minimum for scrypt: N=2^17, r=8, p=1 */
  passwordHashing?: ScryptParameters;
}

/** OWASP Password Storage Cheat Sheet minimum for scrypt (128 MiB per hash). */
export { OWASP_SCRYPT };
export const DEFAULT_DEMO_USER = 'alice@example.com';
export const DEFAULT_DEMO_PASSWORD = 'correct horse battery staple';

const HEX_KEY = /^[0-9a-fA-F]{64}$/;

type Env = Readonly<Record<string, string | undefined>>;

class Problems {
  readonly list: string[] = [];
  add(message: string): undefined {
    // Two loaders can hit the same cause (an unusable DEV_DIR): report it once.
    if (!this.list.includes(message)) this.list.push(message);
    return undefined;
  }
}

function value(env: Env, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
}

function port(env: Env, name: string, fallback: number, problems: Problems): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const n = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 65535) {
    problems.add(`${name}: "${raw}" is not a TCP port (an integer from 1 to 65535)`);
    return fallback;
  }
  return n;
}

function positiveInt(env: Env, name: string, fallback: number, max: number, problems: Problems): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const n = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > max) {
    problems.add(`${name}: "${raw}" must be an integer from 1 to ${max}`);
    return fallback;
  }
  return n;
}

function errorCode(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? 'error';
}

/** A first run writes keys and the dev certificate; an unusable DEV_DIR is a configuration error, not a crash. */
function devDirProblem(devDir: string, err: unknown, problems: Problems): undefined {
  const code = (err as NodeJS.ErrnoException).code;
  const reason = code ?? (err instanceof Error ? err.message : String(err));
  return problems.add(`DEV_DIR: cannot use ${devDir} for the development files (${reason})`);
}

function readText(path: string, name: string, problems: Problems): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    return problems.add(`${name}: cannot read ${path} (${errorCode(err)})`);
  }
}

/**
 * A 256-bit key from 64 hex characters. Unset: required in production (and
 * with `requiredWhy`), otherwise random for this process with a warning.
 */
function hexKey(env: Env, name: string, production: boolean, requiredWhy: string | undefined, problems: Problems, warnings: string[]): Buffer {
  const raw = value(env, name);
  if (raw !== undefined) {
    if (HEX_KEY.test(raw)) return Buffer.from(raw, 'hex');
    problems.add(`${name}: must be 64 hex characters (32 random bytes), e.g. from \`openssl rand -hex 32\``);
    return randomBytes(32);
  }
  if (production) problems.add(`${name}: required when NODE_ENV=production`);
  else if (requiredWhy !== undefined) problems.add(`${name}: required when ${requiredWhy}`);
  else warnings.push(`${name} unset: using a random key for this process only`);
  return randomBytes(32);
}

function loadTls(env: Env, production: boolean, publicHost: string | undefined, devDir: string, problems: Problems, warnings: string[]): AppConfig['tls'] | undefined {
  const certPath = value(env, 'TLS_CERT');
  const keyPath = value(env, 'TLS_KEY');
  if (certPath === undefined && keyPath === undefined) {
    if (production) return problems.add('TLS_CERT and TLS_KEY: required when NODE_ENV=production (the development certificate is self-signed)');
    const hostnames = [...new Set(['localhost', '127.0.0.1', '::1', ...(publicHost === undefined ? [] : [publicHost])])];
    const dev = devCertificate({ hostnames, days: 30 });
    let certFile: string;
    try {
      certFile = writeDevCertificate(devDir, dev.cert);
    } catch (err) {
      return devDirProblem(devDir, err, problems);
    }
    warnings.push('TLS_CERT/TLS_KEY unset: serving a self-signed development certificate');
    return { key: dev.key, cert: dev.cert, fingerprint256: dev.fingerprint256, source: 'development', certFile };
  }
  if (certPath === undefined || keyPath === undefined) {
    return problems.add('TLS_CERT and TLS_KEY: set both (PEM certificate chain and its private key) or neither');
  }
  const cert = readText(certPath, 'TLS_CERT', problems);
  const key = readText(keyPath, 'TLS_KEY', problems);
  if (cert === undefined || key === undefined) return undefined;
  let certificate: X509Certificate;
  let privateKey: KeyObject;
  try {
    certificate = new X509Certificate(cert);
  } catch {
    return problems.add(`TLS_CERT: ${certPath} is not a PEM certificate`);
  }
  try {
    privateKey = createPrivateKey(key);
  } catch {
    return problems.add(`TLS_KEY: ${keyPath} is not a PEM private key (encrypted keys are not supported here)`);
  }
  if (!certificate.checkPrivateKey(privateKey)) return problems.add(`TLS_KEY: ${keyPath} does not match the certificate in ${certPath}`);
  if (new Date(certificate.validTo).getTime() < Date.now()) problems.add(`TLS_CERT: the certificate in ${certPath} expired on ${certificate.validTo}`);
  return { key, cert, fingerprint256: certificate.fingerprint256, source: 'files', certFile: resolve(certPath), keyFile: resolve(keyPath) };
}

/** ACME_WEBROOT must exist now: a typo would otherwise surface as failed renewals weeks later. */
function acmeDirectory(env: Env, problems: Problems): string | undefined {
  const dir = value(env, 'ACME_WEBROOT');
  if (dir === undefined) return undefined;
  try {
    if (statSync(dir).isDirectory()) return resolve(dir);
    return problems.add(`ACME_WEBROOT: ${dir} is not a directory`);
  } catch (err) {
    return problems.add(`ACME_WEBROOT: cannot read ${dir} (${errorCode(err)})`);
  }
}

async function loadServerKey(env: Env, production: boolean, redisSet: string | undefined, problems: Problems, warnings: string[]): Promise<AppConfig['serverKey'] | undefined> {
  const path = value(env, 'SERVER_KEY_FILE');
  if (path === undefined) {
    if (production) return problems.add('SERVER_KEY_FILE: required when NODE_ENV=production');
    // Several instances must sign with the same key, or a caller that fetched one instance's JWKS rejects the others.
    if (redisSet !== undefined) return problems.add(`SERVER_KEY_FILE: required when ${redisSet} is set (every instance must sign responses with the same key)`);
    const generated = await generateCallerKey({ alg: 'EdDSA' });
    warnings.push('SERVER_KEY_FILE unset: response-signing key generated for this process only');
    return { privateKey: generated.privateKey, kid: generated.kid, alg: generated.alg, source: 'generated', publicJwks: exportPublicJwks([generated]) };
  }
  const text = readText(path, 'SERVER_KEY_FILE', problems);
  if (text === undefined) return undefined;
  try {
    return { ...parseServerKeyFile(text, path), source: 'file' };
  } catch (err) {
    return problems.add(err instanceof Error ? err.message : String(err));
  }
}

function loadCallers(env: Env, production: boolean, devFile: string, problems: Problems): { file: string; callers: Record<string, CallerKeys> } | undefined {
  const explicit = value(env, 'CALLERS_FILE');
  if (explicit === undefined && production) return problems.add('CALLERS_FILE: required when NODE_ENV=production');
  const file = explicit ?? devFile;
  const text = readText(file, 'CALLERS_FILE', problems);
  if (text === undefined) return undefined;
  try {
    return { file, callers: parseCallersFile(text, file) };
  } catch (err) {
    return problems.add(err instanceof Error ? err.message : String(err));
  }
}

/** `host:port,host:port,…` (IPv6 in brackets); at most 32 entries. */
function parseNodes(list: string, name: string, problems: Problems): RedisNode[] | undefined {
  const entries = list.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const nodes: RedisNode[] = [];
  for (const entry of entries) {
    const authority = parseAuthority(entry);
    if (authority?.port === undefined) return problems.add(`${name}: "${entry}" must be host:port (IPv6 in brackets), comma-separated`);
    nodes.push({ host: authority.host.replace(/^\[(.*)\]$/, '$1'), port: authority.port });
  }
  if (nodes.length === 0 || nodes.length > 32) return problems.add(`${name}: list 1 to 32 host:port entries, comma-separated`);
  return nodes;
}

function parseRedis(env: Env, problems: Problems): AppConfig['redis'] {
  const url = value(env, 'REDIS_URL');
  const clusterList = value(env, 'REDIS_CLUSTER_NODES');
  const sentinelList = value(env, 'REDIS_SENTINELS');
  const sentinelName = value(env, 'REDIS_SENTINEL_NAME');
  const prefix = value(env, 'REDIS_PREFIX') ?? 'secure-api:';
  if (prefix.length > 128 || /[\s{}]/.test(prefix)) problems.add('REDIS_PREFIX: at most 128 characters, no spaces, no { or } (the stores add their own Redis Cluster hash tags)');
  const chosen = [['REDIS_URL', url], ['REDIS_CLUSTER_NODES', clusterList], ['REDIS_SENTINELS', sentinelList]].filter(([, v]) => v !== undefined).map(([k]) => k);
  if (chosen.length > 1) return problems.add(`${chosen.join(' and ')}: set only one of REDIS_URL, REDIS_CLUSTER_NODES, REDIS_SENTINELS`);
  if (sentinelName !== undefined && sentinelList === undefined) return problems.add('REDIS_SENTINEL_NAME: only with REDIS_SENTINELS');
  if (clusterList !== undefined) {
    const clusterNodes = parseNodes(clusterList, 'REDIS_CLUSTER_NODES', problems);
    return clusterNodes && { clusterNodes, prefix };
  }
  if (sentinelList !== undefined) {
    const sentinels = parseNodes(sentinelList, 'REDIS_SENTINELS', problems);
    if (sentinelName === undefined) return problems.add('REDIS_SENTINEL_NAME: required with REDIS_SENTINELS (the master name the sentinels monitor)');
    if (!/^[\x21-\x7e]{1,64}$/.test(sentinelName)) return problems.add('REDIS_SENTINEL_NAME: 1 to 64 printable ASCII characters, no spaces');
    return sentinels && { sentinels, sentinelName, prefix };
  }
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new Error('scheme');
  } catch {
    return problems.add('REDIS_URL: must be a redis:// or rediss:// URL');
  }
  return { url, prefix };
}

/**
 * Read and validate the configuration. Creates the development files
 * (`.dev/`) a first run needs. Throws {@link ConfigError} listing every problem.
 *
 * @example
 * const config = await loadConfig(process.env);
 */
export async function loadConfig(env: Env, options: LoadConfigOptions = {}): Promise<AppConfig> {
  const problems = new Problems();
  const warnings: string[] = [];
  const nodeEnv = value(env, 'NODE_ENV');
  const production = nodeEnv === 'production';
  const devDir = resolve(options.devDir ?? value(env, 'DEV_DIR') ?? options.defaultDevDir ?? '.dev');

  const httpsPort = port(env, 'HTTPS_PORT', 8443, problems);
  const httpPort = port(env, 'HTTP_PORT', 8080, problems);
  const publicHttpsPort = port(env, 'PUBLIC_HTTPS_PORT', httpsPort, problems);
  if (httpsPort === httpPort) problems.add(`HTTPS_PORT and HTTP_PORT: both are ${httpPort}; the listeners need different ports`);

  const bind = value(env, 'BIND') ?? '127.0.0.1';
  if (isIP(bind) === 0) problems.add(`BIND: "${bind}" is not an IP address (e.g. 127.0.0.1, 0.0.0.0, ::)`);

  const publicHost = value(env, 'PUBLIC_HOST') ?? 'localhost';
  const authority = parseAuthority(publicHost);
  if (authority === undefined || authority.port !== undefined) {
    problems.add(`PUBLIC_HOST: "${publicHost}" must be a host name or IP address (IPv6 in brackets) without scheme or port`);
  }

  const trustedProxies = (value(env, 'TRUSTED_PROXIES') ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  try {
    new IpMatcher(trustedProxies, 'TRUSTED_PROXIES');
  } catch (err) {
    problems.add(err instanceof Error ? err.message : String(err));
  }

  const trustedProxyHeader = value(env, 'TRUSTED_PROXY_HEADER') ?? 'x-forwarded';
  if (trustedProxyHeader !== 'x-forwarded' && trustedProxyHeader !== 'forwarded') {
    problems.add(`TRUSTED_PROXY_HEADER: "${trustedProxyHeader}" must be "x-forwarded" (X-Forwarded-For/-Proto: nginx, ALB, Cloudflare, HAProxy) or "forwarded" (RFC 7239)`);
  }

  const serviceId = value(env, 'SERVICE_ID') ?? 'secure-api';
  if (!SERVICE_IDENTITY.test(serviceId)) problems.add('SERVICE_ID: printable ASCII without spaces, quotes or backslashes');

  const demoPassword = env.DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD;
  if (demoPassword.length < 8 || demoPassword.length > 1024) problems.add('DEMO_PASSWORD: must be 8 to 1024 characters');

  const redis = parseRedis(env, problems);
  const redisSet = redis === undefined ? undefined : redisVariable(redis);
  const shared = redisSet === undefined ? undefined : `${redisSet} is set (every instance must use the same key)`;
  const secrets = {
    logPseudonymKey: hexKey(env, 'LOG_PSEUDONYM_KEY', production, undefined, problems, warnings),
    authLimitKey: hexKey(env, 'AUTH_LIMIT_KEY', production, shared, problems, warnings),
    loginTokenKey: hexKey(env, 'LOGIN_TOKEN_KEY', production, shared, problems, warnings),
  };
  const apiRateLimit = { max: positiveInt(env, 'API_RATE_LIMIT', 300, 1_000_000, problems), windowMs: 60_000 };
  const loginTokenLifetime = positiveInt(env, 'LOGIN_TOKEN_TTL', 900, 86_400, problems);
  const acmeWebroot = acmeDirectory(env, problems);

  // Development material only when no explicit file replaces it.
  let devCallerReady = true;
  if (!production && value(env, 'CALLERS_FILE') === undefined) {
    try {
      const { created } = await ensureDevCaller(devDir);
      if (created) warnings.push(`created the development caller key and CALLERS_FILE in ${devDir}`);
    } catch (err) {
      devDirProblem(devDir, err, problems);
      devCallerReady = false;
    }
  }
  const callers = devCallerReady ? loadCallers(env, production, devPaths(devDir).callersFile, problems) : undefined;
  const serverKey = await loadServerKey(env, production, redisSet, problems, warnings);
  const tls = loadTls(env, production, authority?.host, devDir, problems, warnings);

  if (problems.list.length > 0 || tls === undefined || callers === undefined || serverKey === undefined) {
    throw new ConfigError(problems.list);
  }
  return {
    production,
    httpsPort,
    httpPort,
    bind,
    publicHost: authority!.host,
    publicHttpsPort,
    tls,
    trustedProxies,
    trustedProxyHeader: trustedProxyHeader as ProxyHeaderFamily,
    serviceId,
    callersFile: callers.file,
    callers: callers.callers,
    serverKey,
    demoUser: { username: DEFAULT_DEMO_USER, password: demoPassword },
    secrets,
    redis,
    apiRateLimit,
    loginTokenLifetime,
    passwordHashing: options.passwordHashing ?? OWASP_SCRYPT,
    acmeWebroot,
    devDir,
    warnings,
  };
}
