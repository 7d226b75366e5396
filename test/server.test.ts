/**
 * The built entry point as `npm start` runs it: both ports answer, SIGTERM
 * stops it cleanly with exit code 0, and bad configuration exits 1 with a
 * message naming the variable.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { connect as tlsConnect } from 'node:tls';
import { join } from 'node:path';
import { createTlsFetch } from '@parapet/example-secure-api';
import { describe, expect, it } from 'vitest';
import { freePort, onCleanup, tempDir } from './helpers.js';

const SERVER = join(import.meta.dirname, '..', 'examples', 'secure-api', 'dist', 'server.js');

interface Spawned {
  readonly child: ChildProcess;
  stdout: string;
  stderr: string;
  readonly exited: Promise<number | null>;
}

function start(env: Record<string, string>): Spawned {
  // A clean environment: nothing from the test runner leaks into the server's configuration.
  const child = spawn(process.execPath, [SERVER], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const spawned: Spawned = {
    child,
    stdout: '',
    stderr: '',
    exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
  };
  child.stdout.on('data', (chunk: Buffer) => (spawned.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (spawned.stderr += chunk.toString()));
  onCleanup(() => void (child.exitCode === null && child.kill('SIGKILL')));
  return spawned;
}

async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function plainGet(port: number, path: string): Promise<{ status: number; location: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host: 'localhost' } }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, location: res.headers.location });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('node examples/secure-api/dist/server.js', () => {
  it('serves both ports and exits 0 on SIGTERM', async () => {
    const devDir = tempDir();
    const [httpsPort, httpPort] = [await freePort(), await freePort()];
    const server = start({ HTTPS_PORT: String(httpsPort), HTTP_PORT: String(httpPort), DEV_DIR: devDir });
    await waitFor(() => server.stdout.includes('"server.started"') || server.child.exitCode !== null, 20_000, 'the server to start');
    expect(server.stderr).toContain(`https://localhost:${httpsPort}/`);
    expect(server.stderr).toMatch(/SHA-256 {11}([0-9A-F]{2}:){31}[0-9A-F]{2}/);

    const redirect = await plainGet(httpPort, '/api/orders?limit=1');
    expect(redirect).toEqual({ status: 301, location: `https://localhost:${httpsPort}/api/orders?limit=1` });
    expect((await plainGet(httpPort, '/healthz')).status).toBe(200);
    const tlsFetch = createTlsFetch({ ca: readFileSync(join(devDir, 'tls-cert.pem'), 'utf8') });
    const health = await tlsFetch(`https://localhost:${httpsPort}/healthz`);
    expect(health.status).toBe(200);
    expect(health.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');

    // A login in flight (OWASP-cost scrypt takes a while) finishes; new connections are refused.
    const body = JSON.stringify({ username: 'alice@example.com', password: 'wrong password' });
    const inFlight = new Promise<string>((resolve, reject) => {
      const socket = tlsConnect({ host: '127.0.0.1', port: httpsPort, servername: 'localhost', ca: readFileSync(join(devDir, 'tls-cert.pem')) }, () => {
        socket.write(`POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`);
      });
      let response = '';
      socket.on('data', (chunk: Buffer) => (response += chunk.toString()));
      socket.on('end', () => resolve(response));
      socket.on('error', reject);
    });
    await new Promise((r) => setTimeout(r, 300)); // request sent and being processed
    server.child.kill('SIGTERM');
    expect(await inFlight).toMatch(/^HTTP\/1\.1 401 Unauthorized\r\n/);
    expect(await server.exited).toBe(0);
    await expect(tlsFetch(`https://localhost:${httpsPort}/healthz`)).rejects.toThrow(/ECONNREFUSED/);
    const lines = server.stdout.trim().split('\n').map((line) => JSON.parse(line) as { msg: string; event?: string });
    expect(lines.map((l) => l.event).filter(Boolean)).toEqual(['server.started', 'server.stopping', 'server.stopped']);
    expect(lines.filter((l) => l.msg === 'request completed')).toHaveLength(4);
  });

  it('exits 1 with a clear message on bad configuration', async () => {
    const devDir = tempDir();
    const cases: [Record<string, string>, RegExp][] = [
      [{ HTTPS_PORT: '99999' }, /HTTPS_PORT: "99999" is not a TCP port/],
      [{ TLS_CERT: join(devDir, 'nope.pem'), TLS_KEY: join(devDir, 'nope.key') }, /TLS_CERT: cannot read .*nope\.pem \(ENOENT\)/],
      [{ CALLERS_FILE: join(import.meta.dirname, 'tsconfig.json') }, /CALLERS_FILE: .* must be \{ "callers"/],
    ];
    for (const [env, message] of cases) {
      const server = start({ ...env, DEV_DIR: devDir });
      expect(await server.exited).toBe(1);
      expect(server.stderr).toMatch(/^secure-api: invalid configuration:/);
      expect(server.stderr).toMatch(message);
      expect(server.stdout).toBe('');
    }
  });
});
