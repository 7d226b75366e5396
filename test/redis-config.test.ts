/**
 * The three ways to name the shared Redis (REDIS_URL, REDIS_CLUSTER_NODES,
 * REDIS_SENTINELS + REDIS_SENTINEL_NAME): exactly one, each validated, each
 * requiring the keys instances must share; a bad combination exits 1 naming
 * the variable.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '@parapet/example-secure-api';
import { describe, expect, it } from 'vitest';
import { freePort, REDIS_URL, sharedKeysEnv, TEST_SCRYPT, tempDir } from './helpers.js';

async function problemsOf(env: Record<string, string>): Promise<readonly string[]> {
  try {
    await loadConfig(env, { devDir: tempDir(), passwordHashing: TEST_SCRYPT });
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('REDIS_CLUSTER_NODES and REDIS_SENTINELS', () => {
  it('accepts seed nodes and sentinels (IPv6 in brackets) with the shared keys', async () => {
    const dir = tempDir();
    const keys = await sharedKeysEnv(dir);
    const cluster = await loadConfig({ ...keys, REDIS_CLUSTER_NODES: '10.0.0.1:7000, redis-b.internal:7001,[::1]:7002' }, { devDir: dir, passwordHashing: TEST_SCRYPT });
    expect(cluster.redis).toEqual({
      clusterNodes: [{ host: '10.0.0.1', port: 7000 }, { host: 'redis-b.internal', port: 7001 }, { host: '::1', port: 7002 }],
      prefix: 'secure-api:',
    });
    const sentinel = await loadConfig({ ...keys, REDIS_SENTINELS: '127.0.0.1:26379,127.0.0.1:26380', REDIS_SENTINEL_NAME: 'mymaster', REDIS_PREFIX: 'app:' }, { devDir: dir, passwordHashing: TEST_SCRYPT });
    expect(sentinel.redis).toEqual({ sentinels: [{ host: '127.0.0.1', port: 26379 }, { host: '127.0.0.1', port: 26380 }], sentinelName: 'mymaster', prefix: 'app:' });
  });

  it('requires the shared keys, naming the variable that asked for them', async () => {
    expect(await problemsOf({ REDIS_CLUSTER_NODES: '127.0.0.1:7000' })).toEqual([
      'AUTH_LIMIT_KEY: required when REDIS_CLUSTER_NODES is set (every instance must use the same key)',
      'LOGIN_TOKEN_KEY: required when REDIS_CLUSTER_NODES is set (every instance must use the same key)',
      'SERVER_KEY_FILE: required when REDIS_CLUSTER_NODES is set (every instance must sign responses with the same key)',
    ]);
    expect(await problemsOf({ REDIS_SENTINELS: '127.0.0.1:26379', REDIS_SENTINEL_NAME: 'm' })).toContain(
      'AUTH_LIMIT_KEY: required when REDIS_SENTINELS is set (every instance must use the same key)',
    );
  });

  it.each([
    [{ REDIS_URL, REDIS_CLUSTER_NODES: '127.0.0.1:7000' }, 'REDIS_URL and REDIS_CLUSTER_NODES: set only one of REDIS_URL, REDIS_CLUSTER_NODES, REDIS_SENTINELS'],
    [{ REDIS_CLUSTER_NODES: '127.0.0.1:7000', REDIS_SENTINELS: '127.0.0.1:26379', REDIS_SENTINEL_NAME: 'm' }, 'REDIS_CLUSTER_NODES and REDIS_SENTINELS: set only one of REDIS_URL, REDIS_CLUSTER_NODES, REDIS_SENTINELS'],
    [{ REDIS_SENTINELS: '127.0.0.1:26379' }, 'REDIS_SENTINEL_NAME: required with REDIS_SENTINELS (the master name the sentinels monitor)'],
    [{ REDIS_SENTINEL_NAME: 'mymaster' }, 'REDIS_SENTINEL_NAME: only with REDIS_SENTINELS'],
    [{ REDIS_SENTINELS: '127.0.0.1:26379', REDIS_SENTINEL_NAME: 'my master' }, 'REDIS_SENTINEL_NAME: 1 to 64 printable ASCII characters, no spaces'],
    [{ REDIS_CLUSTER_NODES: '127.0.0.1' }, 'REDIS_CLUSTER_NODES: "127.0.0.1" must be host:port (IPv6 in brackets), comma-separated'],
    [{ REDIS_CLUSTER_NODES: '::1:7000' }, 'REDIS_CLUSTER_NODES: "::1:7000" must be host:port (IPv6 in brackets), comma-separated'],
    [{ REDIS_CLUSTER_NODES: 'redis://127.0.0.1:7000' }, 'REDIS_CLUSTER_NODES: "redis://127.0.0.1:7000" must be host:port (IPv6 in brackets), comma-separated'],
    [{ REDIS_CLUSTER_NODES: ' , ' }, 'REDIS_CLUSTER_NODES: list 1 to 32 host:port entries, comma-separated'],
    [{ REDIS_SENTINELS: '127.0.0.1:99999', REDIS_SENTINEL_NAME: 'm' }, 'REDIS_SENTINELS: "127.0.0.1:99999" must be host:port (IPv6 in brackets), comma-separated'],
    [{ REDIS_URL, REDIS_PREFIX: 'app:{tag}:' }, 'REDIS_PREFIX: at most 128 characters, no spaces, no { or } (the stores add their own Redis Cluster hash tags)'],
  ])('refuses %o', async (env, problem) => {
    expect(await problemsOf(env)).toContain(problem);
  });

  it('the server exits 1 naming the variable', async () => {
    const server = join(import.meta.dirname, '..', 'examples', 'secure-api', 'dist', 'server.js');
    const child = spawn(process.execPath, [server], {
      env: { PATH: process.env.PATH ?? '', DEV_DIR: tempDir(), HTTPS_PORT: String(await freePort()), HTTP_PORT: String(await freePort()), REDIS_URL, REDIS_SENTINELS: '127.0.0.1:26379' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('REDIS_URL and REDIS_SENTINELS: set only one of REDIS_URL, REDIS_CLUSTER_NODES, REDIS_SENTINELS');
  });

  it('refuses to start when no seed node answers', async () => {
    const dir = tempDir();
    const env = { ...(await sharedKeysEnv(dir)), REDIS_CLUSTER_NODES: `127.0.0.1:${await freePort()}` };
    const { createApp } = await import('@parapet/example-secure-api');
    const config = await loadConfig(env, { devDir: dir, passwordHashing: TEST_SCRYPT });
    await expect(createApp(config, { logDestination: { write: () => undefined } })).rejects.toThrow(/^REDIS_CLUSTER_NODES: cannot connect/);
  }, 20_000);
});
