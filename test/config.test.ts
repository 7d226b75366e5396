/**
 * Configuration: every bad setting is reported at once, naming its variable;
 * development fallbacks never apply in production; shared secrets are
 * required when several instances share Redis; first-run files are created.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, devPaths, loadConfig } from '@parapet/example-secure-api';
import { describe, expect, it } from 'vitest';
import { REDIS_URL, serverKeyFile, TEST_SCRYPT, tempDir } from './helpers.js';

async function problemsOf(env: Record<string, string>, devDir = tempDir()): Promise<readonly string[]> {
  try {
    await loadConfig(env, { devDir, passwordHashing: TEST_SCRYPT });
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

function file(dir: string, name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('loadConfig', () => {
  it('defaults: ports 8443/8080 on 127.0.0.1, localhost, service id secure-api, development files created', async () => {
    const devDir = tempDir();
    const config = await loadConfig({}, { devDir });
    expect(config).toMatchObject({ httpsPort: 8443, httpPort: 8080, bind: '127.0.0.1', publicHost: 'localhost', serviceId: 'secure-api', trustedProxies: [], redis: undefined });
    expect(config.tls.source).toBe('development');
    expect(config.passwordHashing).toEqual({ N: 131072, r: 8, p: 1 });
    const paths = devPaths(devDir);
    expect(readFileSync(paths.tlsCert, 'utf8')).toBe(config.tls.cert);
    expect(statSync(paths.callerKey).mode & 0o777).toBe(0o600);
    const callers = JSON.parse(readFileSync(paths.callersFile, 'utf8')) as { callers: { iss: string; jwks: { keys: Record<string, unknown>[] } }[] };
    expect(callers.callers.map((c) => c.iss)).toEqual(['demo-client']);
    expect(callers.callers[0]!.jwks.keys[0]).not.toHaveProperty('d');
    expect(config.warnings.join('\n')).toMatch(/LOG_PSEUDONYM_KEY unset/);
    // A second start keeps the same caller identity.
    const key = readFileSync(paths.callerKey, 'utf8');
    await loadConfig({}, { devDir });
    expect(readFileSync(paths.callerKey, 'utf8')).toBe(key);
  });

  it('reports each bad variable by name', async () => {
    const dir = tempDir();
    const cases: [Record<string, string>, RegExp][] = [
      [{ HTTPS_PORT: '70000' }, /^HTTPS_PORT: "70000" is not a TCP port/],
      [{ HTTP_PORT: '80a' }, /^HTTP_PORT: "80a" is not a TCP port/],
      [{ HTTPS_PORT: '0' }, /^HTTPS_PORT/],
      [{ HTTPS_PORT: '9000', HTTP_PORT: '9000' }, /^HTTPS_PORT and HTTP_PORT: both are 9000/],
      [{ BIND: 'localhost' }, /^BIND: "localhost" is not an IP address/],
      [{ PUBLIC_HOST: 'https://example.com' }, /^PUBLIC_HOST/],
      [{ PUBLIC_HOST: 'example.com:8443' }, /^PUBLIC_HOST/],
      [{ TRUSTED_PROXIES: '10.0.0.0/8, not-an-ip' }, /TRUSTED_PROXIES.*not-an-ip/],
      [{ SERVICE_ID: 'secure api' }, /^SERVICE_ID/],
      [{ LOG_PSEUDONYM_KEY: 'abc' }, /^LOG_PSEUDONYM_KEY: must be 64 hex characters/],
      [{ DEMO_PASSWORD: 'short' }, /^DEMO_PASSWORD/],
      [{ REDIS_URL: REDIS_URL.replace(/^redis:/, 'http:') }, /^REDIS_URL: must be a redis:\/\//],
      [{ API_RATE_LIMIT: '-1' }, /^API_RATE_LIMIT/],
      [{ TLS_CERT: join(dir, 'missing.pem'), TLS_KEY: join(dir, 'missing.key') }, /^TLS_CERT: cannot read .*missing\.pem \(ENOENT\)/],
      [{ TLS_CERT: join(dir, 'only-cert.pem') }, /^TLS_CERT and TLS_KEY: set both/],
      [{ TLS_CERT: file(dir, 'garbage.pem', 'not a cert'), TLS_KEY: file(dir, 'garbage.key', 'nope') }, /^TLS_CERT: .* is not a PEM certificate/],
      [{ CALLERS_FILE: join(dir, 'absent.json') }, /^CALLERS_FILE: cannot read .*absent\.json \(ENOENT\)/],
      [{ CALLERS_FILE: file(dir, 'bad.json', '{"callers": [') }, /^CALLERS_FILE: .* is not valid JSON/],
      [{ CALLERS_FILE: file(dir, 'empty.json', '{"callers": []}') }, /at least one caller/],
      [{ CALLERS_FILE: file(dir, 'typo.json', '{"callers": [{"iss":"a","jwk":{}}]}') }, /unknown key "jwk"/],
      [{ CALLERS_FILE: file(dir, 'twice.json', '{"callers": [{"iss":"a","jwksUri":"https://a/j"},{"iss":"a","jwksUri":"https://a/j"}]}') }, /"a" is listed twice/],
      [{ SERVER_KEY_FILE: file(dir, 'pub.json', '{"kty":"OKP","crv":"Ed25519","x":"abc","kid":"k"}') }, /^SERVER_KEY_FILE: .* must be a private JWK/],
      [{ ACME_WEBROOT: join(dir, 'absent') }, /^ACME_WEBROOT: cannot read .*absent \(ENOENT\)/],
      [{ ACME_WEBROOT: file(dir, 'webroot.txt', '') }, /^ACME_WEBROOT: .*webroot\.txt is not a directory/],
    ];
    for (const [env, pattern] of cases) {
      const problems = await problemsOf(env);
      expect(problems.some((p) => pattern.test(p)), `${JSON.stringify(env)} → ${JSON.stringify(problems)}`).toBe(true);
    }
    // An unusable DEV_DIR (here a file) is a configuration problem, not a crash with a stack trace.
    const devFile = file(dir, 'dev-dir-is-a-file', '');
    expect(await problemsOf({}, devFile)).toEqual([`DEV_DIR: cannot use ${devFile} for the development files (EEXIST)`]);
    // Several problems at once, each named.
    const many = await problemsOf({ HTTPS_PORT: 'x', BIND: 'nowhere', LOG_PSEUDONYM_KEY: 'zz' });
    expect(many).toHaveLength(3);
  });

  it('refuses development fallbacks in production', async () => {
    const problems = await problemsOf({ NODE_ENV: 'production' });
    for (const name of ['LOG_PSEUDONYM_KEY', 'AUTH_LIMIT_KEY', 'LOGIN_TOKEN_KEY', 'CALLERS_FILE', 'SERVER_KEY_FILE', 'TLS_CERT and TLS_KEY']) {
      expect(problems.some((p) => p.startsWith(`${name}: required when NODE_ENV=production`)), name).toBe(true);
    }
  });

  it('requires the keys instances must share when REDIS_URL is set', async () => {
    const problems = await problemsOf({ REDIS_URL });
    expect(problems).toEqual([
      'AUTH_LIMIT_KEY: required when REDIS_URL is set (every instance must use the same key)',
      'LOGIN_TOKEN_KEY: required when REDIS_URL is set (every instance must use the same key)',
      'SERVER_KEY_FILE: required when REDIS_URL is set (every instance must sign responses with the same key)',
    ]);
    const dir = tempDir();
    const hex = () => randomBytes(32).toString('hex');
    const ok = await loadConfig(
      { REDIS_URL, AUTH_LIMIT_KEY: hex(), LOGIN_TOKEN_KEY: hex(), SERVER_KEY_FILE: await serverKeyFile(dir) },
      { devDir: dir },
    );
    expect(ok.redis).toEqual({ url: REDIS_URL, prefix: 'secure-api:' });
    expect(ok.serverKey.source).toBe('file');
  });

  it('loads TLS_CERT/TLS_KEY files and rejects a key that does not match the certificate', async () => {
    const { devCertificate } = await import('@parapet/https');
    const dir = tempDir();
    const one = devCertificate();
    const two = devCertificate();
    const cert = file(dir, 'cert.pem', one.cert);
    const config = await loadConfig({ TLS_CERT: cert, TLS_KEY: file(dir, 'key.pem', one.key) }, { devDir: dir });
    expect(config.tls).toMatchObject({ source: 'files', fingerprint256: one.fingerprint256, certFile: cert });
    expect(existsSync(devPaths(dir).tlsCert)).toBe(false);
    const problems = await problemsOf({ TLS_CERT: cert, TLS_KEY: file(dir, 'other.pem', two.key) });
    expect(problems).toEqual([`TLS_KEY: ${join(dir, 'other.pem')} does not match the certificate in ${cert}`]);
  });
});
