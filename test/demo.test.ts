/**
 * The demo client as a reader runs it: the server's banner says how to start it against the
 * port the server really listens on, and the demo claims a verified server only once a TLS
 * exchange whose signed response it verified has happened.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { devCertificate } from '@parapet/https';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS, freePort, onCleanup, tempDir, type Framework } from './helpers.js';

interface Run {
  output: () => string;
  exited: Promise<number | null>;
  kill: () => void;
}

/** Runs a built script of the example of `framework` with only PATH and `env` in its environment. */
function run(framework: Framework, script: string, env: Record<string, string>): Run {
  let output = '';
  const child = spawn(process.execPath, [join(framework.dist, script)], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const kill = (): void => void (child.exitCode === null && child.kill('SIGKILL'));
  onCleanup(kill);
  return { output: () => output, exited, kill };
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (const deadline = Date.now() + 30_000; !check(); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
  }
}

/** `NAME=value` words (shell single quotes allowed) in front of `npm run demo` on the banner's Try line. */
function demoEnv(banner: string): Record<string, string> {
  const line = /Try:\s+(.*)npm run demo/.exec(banner);
  if (line === null) throw new Error(`no "Try: … npm run demo" line in:\n${banner}`);
  const env: Record<string, string> = {};
  for (const [, name, quoted, bare] of line[1]!.matchAll(/([A-Z_]+)=(?:'([^']*)'|(\S+))\s*/g)) env[name!] = quoted ?? bare!;
  return env;
}

describe.each(FRAMEWORKS)('npm run demo ($name)', (framework) => {
  it('runs against the port in the banner (not 8443) and reports the certificate verified after a verified exchange', async () => {
    const devDir = tempDir();
    const httpsPort = await freePort();
    let httpPort = await freePort();
    while (httpPort === httpsPort) httpPort = await freePort();
    const server = run(framework, 'server.js', { DEV_DIR: devDir, HTTPS_PORT: String(httpsPort), HTTP_PORT: String(httpPort) });
    await until(() => server.output().includes('"server.started"') || server.output().includes('cannot start'), 'the server to start');
    expect(server.output()).not.toContain('cannot start');

    const env = demoEnv(server.output());
    expect(env.HTTPS_PORT).toBe(String(httpsPort));
    const demo = run(framework, 'demo-client.js', env);
    expect(await demo.exited, demo.output()).toBe(0);
    const out = demo.output();
    expect(out).toContain(`→ https://localhost:${httpsPort}`);
    expect(out).toContain('All checks passed.');
    const signed = out.indexOf('Server-Authorization verified');
    const certificate = out.indexOf('server certificate verified');
    expect(signed).toBeGreaterThan(-1);
    expect(certificate).toBeGreaterThan(signed);
    server.kill();
  });

  it('never reports a verified server when it cannot connect or the certificate is not trusted', async () => {
    const devDir = tempDir();
    const closed = await freePort();
    const refused = run(framework, 'demo-client.js', { DEV_DIR: devDir, HTTPS_PORT: String(closed) });
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toMatch(/ECONNREFUSED|Is the server running/);
    expect(refused.output()).not.toContain('server certificate verified');

    // A server whose certificate the demo's CA does not vouch for.
    const httpsPort = await freePort();
    let httpPort = await freePort();
    while (httpPort === httpsPort) httpPort = await freePort();
    const server = run(framework, 'server.js', { DEV_DIR: devDir, HTTPS_PORT: String(httpsPort), HTTP_PORT: String(httpPort) });
    await until(() => server.output().includes('"server.started"') || server.output().includes('cannot start'), 'the server to start');
    const otherCa = join(tempDir(), 'other-ca.pem');
    writeFileSync(otherCa, devCertificate({ hostnames: ['localhost'] }).cert);
    const untrusted = run(framework, 'demo-client.js', { DEV_DIR: devDir, HTTPS_PORT: String(httpsPort), TLS_CA: otherCa });
    expect(await untrusted.exited).toBe(1);
    expect(untrusted.output()).toMatch(/self[- ]signed|unable to verify|certificate/i);
    expect(untrusted.output()).not.toContain('server certificate verified');
    server.kill();
  });
});
