import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { KEY1, scrubber } from './helpers.js';

const target = fileURLToPath(new URL('../dist/transport.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'parapet-scrub-transport-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function logThrough(options: Record<string, unknown>, write: (logger: pino.Logger) => void): Promise<string> {
  const transport = pino.transport({ target, options });
  const logger = pino({ base: null, timestamp: false }, transport);
  write(logger);
  await new Promise<void>((resolve, reject) => {
    transport.on('close', resolve);
    transport.on('error', reject);
    logger.flush();
    transport.end();
  });
  return readFileSync(options.destination as string, 'utf8');
}

describe('@parapet/log-scrubber/transport (pino worker thread)', () => {
  const s = scrubber();

  it('scrubs records in the worker and writes them to the destination file', async () => {
    const destination = join(dir, 'out.log');
    const text = await logThrough({ keys: [{ id: 'k1', secret: KEY1 }], destination }, (logger) => {
      logger.info({ req: { headers: { cookie: 'sid=1' } }, user: { email: 'ann@example.com' } }, 'from %s', '203.0.113.9');
      logger.error(new Error('token=abc for ann@example.com'));
    });
    const lines = text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({
      level: 30,
      req: { headers: { cookie: '[REDACTED]' } },
      user: { email: s.pseudonymise('email', 'ann@example.com') },
      msg: `from ${s.pseudonymise('ip', '203.0.113.9')}`,
    });
    expect((lines[1]!.err as { message: string }).message).toBe(`token=[REDACTED] for ${s.pseudonymise('email', 'ann@example.com')}`);
    expect(text).not.toMatch(/ann@example\.com|203\.0\.113\.9|sid=1/);
  });

  it('creates the destination directory when asked', async () => {
    const destination = join(dir, 'nested', 'deeper', 'out.log');
    const text = await logThrough({ keys: [{ id: 'k1', secret: KEY1 }], destination, mkdir: true, ipMode: 'truncate' }, (logger) => {
      logger.info('peer 203.0.113.9');
    });
    expect(JSON.parse(text.trim())).toEqual({ level: 30, msg: 'peer 203.0.113.0/24' });
  });
});

describe('transport options', () => {
  it.each<[Record<string, unknown>, string]>([
    [{ destinaton: 1 }, 'log-scrubber/transport: unknown option "destinaton"'],
    // One type for key material everywhere: bytes, never a string whose encoding would be a guess.
    [{ keys: [{ id: 'k1', secret: KEY1.toString('hex') }] }, '"keys[0].secret" must be a Buffer/Uint8Array'],
    [{ keys: [{ id: 'k1', secret: KEY1 }], destination: {} }, '"destination" must be a file descriptor or a path'],
  ])('rejects %j', async (options, message) => {
    const { default: scrubTransport } = await import('../src/transport.js');
    await expect(scrubTransport(options as never)).rejects.toThrow(message);
  });
});
