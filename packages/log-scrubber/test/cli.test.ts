import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KEY1, scrubber } from './helpers.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const s = scrubber();

function start(args: string[] = [], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [cli, ...args], {
    env: { PATH: process.env.PATH ?? '', LOG_PSEUDONYM_KEY: KEY1.toString('hex'), ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = once(child, 'close').then(([code]) => ({ code: code as number, stdout, stderr }));
  return { child, done, stdout: () => stdout };
}

describe('parapet-scrub CLI', () => {
  it('scrubs JSON lines structurally and other lines as text, keeping a partial last line', async () => {
    const { child, done } = start();
    child.stdin.end(
      [
        JSON.stringify({ level: 30, msg: 'login ann@example.com', password: 'x' }),
        'plain text from 203.0.113.9 with token=abc',
        '{"broken": json, "password": "hunter2"',
        '',
        'partial last line ann@example.com',
      ].join('\n'),
    );
    const { code, stdout } = await done;
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      JSON.stringify({ level: 30, msg: `login ${s.pseudonymise('email', 'ann@example.com')}`, password: '[REDACTED]' }),
      `plain text from ${s.pseudonymise('ip', '203.0.113.9')} with token=[REDACTED]`,
      '{"broken": json, "password": "[REDACTED]"',
      '',
      `partial last line ${s.pseudonymise('email', 'ann@example.com')}`,
      '',
    ]);
  });

  it('on SIGTERM flushes buffered lines, the partial one included, and exits 0', async () => {
    const { child, done, stdout } = start();
    child.stdin.write('first ann@example.com\n');
    while (!stdout().includes('\n')) await new Promise((r) => setTimeout(r, 10));
    child.stdin.write('second, no newline yet 203.0.113.9');
    await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGTERM');
    const result = await done;
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `first ${s.pseudonymise('email', 'ann@example.com')}\nsecond, no newline yet ${s.pseudonymise('ip', '203.0.113.9')}\n`,
    );
  });

  it('handles many lines split across chunks', async () => {
    const { child, done } = start();
    const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ i, email: `u${i}@example.com` }));
    const all = lines.join('\n') + '\n';
    for (let i = 0; i < all.length; i += 997) child.stdin.write(all.slice(i, i + 997));
    child.stdin.end();
    const { code, stdout } = await done;
    expect(code).toBe(0);
    const out = stdout.trim().split('\n');
    expect(out).toHaveLength(2000);
    expect(out[1999]).toBe(JSON.stringify({ i: 1999, email: s.pseudonymise('email', 'u1999@example.com') }));
  });

  it('truncates an over-long line at a token boundary and keeps going', async () => {
    const { child, done } = start();
    child.stdin.end(`${'word '.repeat(300_000)}ann@example.com\nnext 203.0.113.9\n`);
    const { code, stdout } = await done;
    expect(code).toBe(0);
    const [first, second] = stdout.split('\n');
    expect(first).toMatch(/^(word )+…\[truncated \d+ chars\]$/);
    expect(second).toBe(`next ${s.pseudonymise('ip', '203.0.113.9')}`);
    expect(stdout).not.toContain('ann@example.com');
  });

  it.each([
    [['--bogus'], {}, 'unknown argument "--bogus"'],
    [[], { LOG_PSEUDONYM_KEY: 'abcd' }, 'LOG_PSEUDONYM_KEY must be at least 64 hex characters'],
    [[], { LOG_PSEUDONYM_KEY: '', NODE_ENV: 'production' }, '"keys" is required when NODE_ENV=production'],
    [[], { PARAPET_SCRUB_KEY: KEY1.toString('hex') }, 'PARAPET_SCRUB_KEY was renamed to LOG_PSEUDONYM_KEY'], // retired name
    [[], { PARAPET_SCRUB_KEY_ID: 'k2' }, 'PARAPET_SCRUB_KEY_ID was renamed to LOG_PSEUDONYM_KEY_ID'], // retired name
  ])('refuses bad configuration %j with exit 2', async (args, env, message) => {
    const { child, done } = start(args, env);
    child.stdin.end();
    const { code, stderr } = await done;
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('prints usage on --help and exits 0', async () => {
    const { child, done } = start(['--help']);
    child.stdin.end();
    const { code, stdout } = await done;
    expect(code).toBe(0);
    expect(stdout).toContain('usage: parapet-scrub [--ip-mode=hmac|truncate]');
  });

  it('uses the key id from LOG_PSEUDONYM_KEY_ID and truncates IPs on request', async () => {
    const { child, done } = start(['--ip-mode=truncate'], { LOG_PSEUDONYM_KEY_ID: 'k7' });
    child.stdin.end('a@b.co 203.0.113.9\n');
    const { stdout } = await done;
    expect(stdout).toMatch(/^<email:k7:[0-9a-f]{20}> 203\.0\.113\.0\/24\n$/);
  });
});
