/**
 * The built entry point as `npm start` runs it: both ports answer, SIGTERM
 * stops it cleanly with exit code 0, and bad configuration exits 1 with a
 * message naming the variable.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { connect as tlsConnect } from 'node:tls';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createTlsFetch } from '@parapet/example-shared';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS, freePort, onCleanup, tempDir, type Framework } from './helpers.js';

interface Spawned {
  readonly child: ChildProcess;
  stdout: string;
  stderr: string;
  readonly exited: Promise<number | null>;
}

function start(framework: Framework, env: Record<string, string>): Spawned {
  // A clean environment: nothing from the test runner leaks into the server's configuration.
  const child = spawn(process.execPath, [join(framework.dist, 'server.js')], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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

/** Start the server on two free ports and wait until it says so. */
async function startListening(framework: Framework, env: Record<string, string>): Promise<{ server: Spawned; httpsPort: number; httpPort: number }> {
  for (let attempt = 1; ; attempt++) {
    const httpsPort = await freePort();
    let httpPort = await freePort();
    while (httpPort === httpsPort) httpPort = await freePort();
    const server = start(framework, { ...env, HTTPS_PORT: String(httpsPort), HTTP_PORT: String(httpPort) });
    await waitFor(() => server.stdout.includes('"server.started"') || server.child.exitCode !== null, 30_000, 'the server to start');
    // freePort() found the ports free a moment ago; another process on the machine may have taken one since.
    if (server.child.exitCode !== null && server.stderr.includes('is already in use') && attempt < 3) continue;
    expect(server.stderr).not.toContain('cannot start');
    return { server, httpsPort, httpPort };
  }
}

describe.each(FRAMEWORKS)('node dist/server.js of the example ($name)', (framework) => {
  it('serves both ports and exits 0 on SIGTERM', async () => {
    const devDir = tempDir();
    const { server, httpsPort, httpPort } = await startListening(framework, { DEV_DIR: devDir });
    expect(server.stderr).toContain(`https://localhost:${httpsPort}/`);
    expect(server.stderr).toMatch(/SHA-256 {11}([0-9A-F]{2}:){31}[0-9A-F]{2}/);

    const redirect = await plainGet(httpPort, '/api/orders?limit=1');
    expect(redirect).toEqual({ status: 301, location: `https://localhost:${httpsPort}/api/orders?limit=1` });
    expect((await plainGet(httpPort, '/healthz')).status).toBe(200);
    const tlsFetch = createTlsFetch({ ca: readFileSync(join(devDir, 'tls-cert.pem'), 'utf8') });
    const health = await tlsFetch(`https://localhost:${httpsPort}/healthz`);
    expect(health.status).toBe(200);
    expect(health.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');

    // A request in flight when SIGTERM arrives still gets its answer. `Expect: 100-continue`
    // makes this deterministic on a loaded machine: the server's "100 Continue" proves it is
    // handling the request before the signal is sent, and the body (then the OWASP-cost
    // scrypt check) only follows once the server has begun shutting down.
    const CONTINUE = 'HTTP/1.1 100 Continue\r\n\r\n';
    const body = JSON.stringify({ username: 'alice@example.com', password: 'wrong password' });
    const socket = tlsConnect({ host: '127.0.0.1', port: httpsPort, servername: 'localhost', ca: readFileSync(join(devDir, 'tls-cert.pem')) }, () => {
      socket.write(`POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`);
    });
    let response = '';
    socket.on('data', (chunk: Buffer) => (response += chunk.toString()));
    const answered = new Promise<string>((resolve, reject) => {
      socket.on('end', () => resolve(response));
      socket.on('error', reject);
    });
    await waitFor(() => response.startsWith(CONTINUE), 30_000, 'the server to accept the request headers');
    server.child.kill('SIGTERM');
    await waitFor(() => server.stdout.includes('"server.stopping"'), 30_000, 'the server to begin shutting down');
    socket.write(body);
    expect(await answered).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 401 Unauthorized\r\n/);
    expect(await server.exited).toBe(0);
    await expect(tlsFetch(`https://localhost:${httpsPort}/healthz`)).rejects.toThrow(/ECONNREFUSED/);
    const lines = server.stdout.trim().split('\n').map((line) => JSON.parse(line) as { msg: string; event?: string });
    expect(lines.map((l) => l.event).filter(Boolean)).toEqual(['server.started', 'server.stopping', 'server.stopped']);
    expect(lines.filter((l) => l.msg === 'request completed')).toHaveLength(4);
  });

  it('exits 0 on SIGINT (Ctrl-C)', async () => {
    const { server } = await startListening(framework, { DEV_DIR: tempDir() });
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
    expect(server.stdout).toContain('"signal":"SIGINT"');
    expect(server.stdout).toContain('"server.stopped"');
  });

  it('exits 1 with a clear message naming the variable on bad configuration', async () => {
    const devDir = tempDir();
    const aFile = join(import.meta.dirname, 'tsconfig.json');
    const cases: [Record<string, string>, RegExp][] = [
      [{ HTTPS_PORT: '99999' }, /HTTPS_PORT: "99999" is not a TCP port/],
      [{ TLS_CERT: join(devDir, 'nope.pem'), TLS_KEY: join(devDir, 'nope.key') }, /TLS_CERT: cannot read .*nope\.pem \(ENOENT\)/],
      [{ CALLERS_FILE: aFile }, /CALLERS_FILE: .* must be \{ "callers"/],
      [{ ACME_WEBROOT: join(devDir, 'no-such-webroot') }, /ACME_WEBROOT: cannot read .*no-such-webroot \(ENOENT\)/],
      [{ DEV_DIR: aFile }, /DEV_DIR: cannot use .*tsconfig\.json for the development files \(E[A-Z]+\)/],
    ];
    await Promise.all(
      cases.map(async ([env, message]) => {
        const server = start(framework, { DEV_DIR: devDir, ...env });
        expect(await server.exited, message.source).toBe(1);
        expect(server.stderr).toMatch(new RegExp(`^${framework.program}: invalid configuration:`));
        expect(server.stderr).toMatch(message);
        expect(server.stdout).toBe('');
      }),
    );
  });

  it('exits 1 naming HTTPS_PORT when the port is already taken', async () => {
    const taken = createNetServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    onCleanup(() => new Promise<void>((resolve) => taken.close(() => resolve())));
    const port = (taken.address() as AddressInfo).port;
    const server = start(framework, { HTTPS_PORT: String(port), HTTP_PORT: String(await freePort()), DEV_DIR: tempDir() });
    expect(await server.exited).toBe(1);
    expect(server.stderr).toContain(`${framework.program}: cannot start: HTTPS_PORT: port ${port} is already in use on 127.0.0.1`);
    expect(server.stdout).toBe('');
  });
});
