import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { hashPassword, InvalidPasswordHashError, needsRehash, OWASP_SCRYPT, PasswordHasher, PasswordHasherBusyError, UnsupportedPasswordHashError, verifyPassword, type PasswordHasherOptions } from '../src/index.js';
import { FAST } from './helpers.js';

const SCRYPT_PHC = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)(?:,keyid=[A-Za-z0-9]+)?\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/;
const ARGON2_PHC = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)(?:,keyid=[A-Za-z0-9]+)?\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/;
const pepper = (id: string) => ({ id, secret: randomBytes(32) });

describe('scrypt (default)', () => {
  const hasher = new PasswordHasher(FAST);

  it('round-trips and refuses a wrong password', async () => {
    const stored = await hasher.hash('correct horse battery staple');
    expect(stored).toMatch(SCRYPT_PHC);
    expect(await hasher.verify('correct horse battery staple', stored)).toBe(true);
    expect(await hasher.verify('correct horse battery stapler', stored)).toBe(false);
    expect(await hasher.verify('', stored)).toBe(false);
  });

  it('salts: the same password hashes differently each time', async () => {
    expect(await hasher.hash('same')).not.toBe(await hasher.hash('same'));
  });

  it('hashes the NFKC form: composed and decomposed "é", full-width letters verify alike', async () => {
    const stored = await hasher.hash('caf\u00e9 au lait');
    expect(await hasher.verify('cafe\u0301 au lait', stored)).toBe(true);
    const wide = await hasher.hash('ＡＢＣ secret');
    expect(await hasher.verify('ABC secret', wide)).toBe(true);
  });

  it('never truncates: a change at character 1000 is a different password', async () => {
    const long = 'x'.repeat(999);
    const stored = await hasher.hash(long + 'a');
    expect(await hasher.verify(long + 'b', stored)).toBe(false);
  });

  it('defaults to OWASP\'s parameters: N=2^17, r=8, p=1', async () => {
    expect(OWASP_SCRYPT).toEqual({ N: 131072, r: 8, p: 1 });
    const stored = await hashPassword('default cost');
    expect(stored).toMatch(/^\$scrypt\$ln=17,r=8,p=1\$/);
    expect(await verifyPassword('default cost', stored)).toBe(true);
    expect(needsRehash(stored)).toBe(false);
  });

  it('verifies with the parameters stored in the hash, not the current ones', async () => {
    const old = await new PasswordHasher({ ...FAST, scrypt: { N: 2 ** 11, r: 8, p: 1 } }).hash('kept');
    expect(await hasher.verify('kept', old)).toBe(true);
    expect(hasher.needsRehash(old)).toBe(true);
  });
});

describe('argon2id (optional peer argon2)', () => {
  const hasher = new PasswordHasher({ ...FAST, algorithm: 'argon2id' });

  it('round-trips with a PHC argon2id string', async () => {
    const stored = await hasher.hash('correct horse battery staple');
    expect(stored).toMatch(ARGON2_PHC);
    expect(await hasher.verify('correct horse battery staple', stored)).toBe(true);
    expect(await hasher.verify('wrong', stored)).toBe(false);
  });

  it('is a standard argon2id hash: the argon2 package verifies it', async () => {
    const argon2 = createRequire(import.meta.url)('argon2') as { verify(hash: string, password: string): Promise<boolean> };
    const stored = await hasher.hash('interop check');
    expect(await argon2.verify(stored, 'interop check')).toBe(true);
  });

  it('reads hashes made by the argon2 package', async () => {
    const argon2 = createRequire(import.meta.url)('argon2') as { hash(p: string, o: object): Promise<string> };
    const stored = await argon2.hash('made elsewhere', { memoryCost: 1024, timeCost: 1, parallelism: 1 });
    expect(await hasher.verify('made elsewhere', stored)).toBe(true);
  });
});

describe('rehash decisions', () => {
  it.each<[string, PasswordHasherOptions, PasswordHasherOptions, boolean]>([
    ['same settings', FAST, FAST, false],
    ['stronger scrypt N', FAST, { ...FAST, scrypt: { N: 2 ** 13, r: 8, p: 1 } }, true],
    ['scrypt → argon2id', FAST, { ...FAST, algorithm: 'argon2id' }, true],
    ['argon2id → scrypt', { ...FAST, algorithm: 'argon2id' }, FAST, true],
    ['argon2 memory raised', { ...FAST, algorithm: 'argon2id' }, { ...FAST, algorithm: 'argon2id', argon2: { memoryCost: 2048, timeCost: 1, parallelism: 1 } }, true],
    ['pepper added', FAST, { ...FAST, pepper: pepper('p1') }, true],
  ])('%s → %s', async (_name, from, to, expected) => {
    const stored = await new PasswordHasher(from).hash('rehash me');
    const current = new PasswordHasher(to);
    expect(current.needsRehash(stored)).toBe(expected);
    expect(await current.verify('rehash me', stored)).toBe(true);
  });
});

describe('pepper', () => {
  it('stores the key id, verifies only with the key, and rotates', async () => {
    const p1 = pepper('2025a');
    const p2 = pepper('2026a');
    const v1 = new PasswordHasher({ ...FAST, pepper: p1 });
    const stored = await v1.hash('peppered secret');
    expect(stored).toContain(',keyid=2025a$');
    expect(await v1.verify('peppered secret', stored)).toBe(true);

    // Without the key the hash cannot even be attempted.
    await expect(new PasswordHasher(FAST).verify('peppered secret', stored)).rejects.toBeInstanceOf(UnsupportedPasswordHashError);
    // A different key under the same id fails closed.
    expect(await new PasswordHasher({ ...FAST, pepper: { id: '2025a', secret: randomBytes(32) } }).verify('peppered secret', stored)).toBe(false);

    const v2 = new PasswordHasher({ ...FAST, pepper: p2, previousPeppers: [p1] });
    expect(await v2.verify('peppered secret', stored)).toBe(true);
    expect(v2.needsRehash(stored)).toBe(true);
    const rotated = await v2.hash('peppered secret');
    expect(rotated).toContain(',keyid=2026a$');
    expect(v2.needsRehash(rotated)).toBe(false);
  });
});

describe('legacy bcrypt (optional peer bcryptjs)', () => {
  const bcrypt = createRequire(import.meta.url)('bcryptjs') as { hash(p: string, rounds: number): Promise<string> };

  it('verifies bcrypt hashes for migration and always asks for a rehash', async () => {
    const legacy = await bcrypt.hash('old system password', 4);
    const hasher = new PasswordHasher({ ...FAST, legacyBcrypt: true });
    expect(await hasher.verify('old system password', legacy)).toBe(true);
    expect(await hasher.verify('old system passwore', legacy)).toBe(false);
    expect(hasher.needsRehash(legacy)).toBe(true);
  });

  it('refuses bcrypt hashes unless legacyBcrypt is on', async () => {
    const legacy = await bcrypt.hash('old', 4);
    await expect(new PasswordHasher(FAST).verify('old', legacy)).rejects.toBeInstanceOf(UnsupportedPasswordHashError);
  });
});

describe('stored hashes that cannot be used', () => {
  const hasher = new PasswordHasher(FAST);
  it.each([
    'plain text',
    '$scrypt$ln=17,r=8,p=1$c2FsdA',
    '$scrypt$ln=30,r=8,p=1$YWJjZGVmZ2hpamtsbW5vcA$YWJjZGVmZ2hpamtsbW5vcGFiY2RlZmdoaWprbG1ub3A',
    '$scrypt$ln=17,r=8,p=1,x=1$YWJjZGVmZ2hpamtsbW5vcA$YWJjZGVmZ2hpamtsbW5vcGFiY2RlZmdoaWprbG1ub3A',
    '$scrypt$ln=17,ln=17,r=8,p=1$YWJjZGVmZ2hpamtsbW5vcA$YWJjZGVmZ2hpamtsbW5vcGFiY2RlZmdoaWprbG1ub3A',
    '$argon2id$v=16$m=19456,t=2,p=1$YWJjZGVmZ2hpamtsbW5vcA$YWJjZGVmZ2hpamtsbW5vcGFiY2RlZmdoaWprbG1ub3A',
    '$md5$YWJjZGVmZ2hpamtsbW5vcA$YWJjZGVmZ2hpamtsbW5vcGFiY2RlZmdoaWprbG1ub3A',
  ])('%s → InvalidPasswordHashError (500, not exposed)', async (stored) => {
    const error = await hasher.verify('x', stored).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidPasswordHashError);
    expect(error).toMatchObject({ code: 'ERR_PASSWORD_HASH_INVALID', status: 500, expose: false });
    expect(() => hasher.needsRehash(stored)).toThrow(InvalidPasswordHashError);
  });
});

describe('dummy verification', () => {
  it('always answers false, after the same kind of work', async () => {
    const hasher = new PasswordHasher(FAST);
    expect(await hasher.verifyAgainstDummy('anything')).toBe(false);
    const dummy = await hasher.warmUp();
    expect(dummy).toMatch(SCRYPT_PHC);
    expect(hasher.needsRehash(dummy)).toBe(false);
  });
});

describe('bounded concurrency', () => {
  it('queues beyond maxConcurrent and answers 503 + Retry-After beyond maxQueued', async () => {
    const hasher = new PasswordHasher({ ...FAST, maxConcurrent: 1, maxQueued: 2, retryAfter: 3 });
    const stored = await hasher.hash('x');
    const settled = await Promise.allSettled(Array.from({ length: 6 }, () => hasher.verify('x', stored)));
    const ok = settled.filter((s) => s.status === 'fulfilled');
    const busy = settled.filter((s) => s.status === 'rejected').map((s) => (s).reason as unknown);
    expect(ok).toHaveLength(3);
    expect(busy).toHaveLength(3);
    for (const error of busy) {
      expect(error).toBeInstanceOf(PasswordHasherBusyError);
      expect(error).toMatchObject({ status: 503, code: 'ERR_PASSWORD_HASHER_BUSY', headers: { 'Retry-After': '3' } });
    }
    expect(hasher.load).toEqual({ active: 0, queued: 0, memory: 0 });
    // The queue drains: later calls work again.
    expect(await hasher.verify('x', stored)).toBe(true);
  });

  it('admits computations within maxMemory: the rest wait in the queue, one always runs', async () => {
    const perHash = 128 * 2 ** 12 * 8; // FAST: N=2^12, r=8, p=1
    const stored = await new PasswordHasher(FAST).hash('x');
    for (const [maxMemory, active] of [
      [2 * perHash, 2],
      [perHash, 1],
      [1, 1],
    ] as const) {
      const hasher = new PasswordHasher({ ...FAST, maxConcurrent: 4, maxMemory });
      const calls = Array.from({ length: 4 }, () => hasher.verify('x', stored));
      expect(hasher.load, `maxMemory ${maxMemory}`).toEqual({ active, queued: 4 - active, memory: active * perHash });
      expect(await Promise.all(calls)).toEqual([true, true, true, true]);
      expect(hasher.load).toEqual({ active: 0, queued: 0, memory: 0 });
    }
  });

  it('a computation waiting longer than maxWait fails busy (503) and leaves the queue', async () => {
    const hasher = new PasswordHasher({ ...FAST, maxConcurrent: 1, maxWait: 1 });
    const stored = await hasher.hash('x');
    const settled = await Promise.allSettled(Array.from({ length: 4 }, () => hasher.verify('x', stored)));
    expect(settled[0]).toEqual({ status: 'fulfilled', value: true });
    const busy = settled.filter((s) => s.status === 'rejected');
    expect(busy.length).toBeGreaterThan(0);
    for (const s of busy) expect(s.reason).toBeInstanceOf(PasswordHasherBusyError);
    expect(hasher.load).toEqual({ active: 0, queued: 0, memory: 0 });
  });

  it('by default holds one OWASP scrypt computation (128 MiB) at a time', async () => {
    const hasher = new PasswordHasher();
    const first = hasher.hash('a');
    const second = hasher.hash('b');
    expect(hasher.load).toEqual({ active: 1, queued: 1, memory: 128 * 2 ** 17 * 8 });
    await Promise.all([first, second]);
  });

  it('runs off the event loop: timers fire while a full-cost hash is computed', async () => {
    const hasher = new PasswordHasher();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    await hasher.hash('runs on the libuv thread pool');
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(1);
  });
});

describe('options', () => {
  it.each<[PasswordHasherOptions, RegExp]>([
    [{ algorithm: 'bcrypt' } as unknown as PasswordHasherOptions, /"algorithm"/],
    [{ scrypt: { N: 1000, r: 8, p: 1 } }, /power of two/],
    [{ scrypt: { N: 2 ** 14, r: 8, p: 1 } }, /below OWASP's minimum.*allowWeakParametersDangerously/],
    [{ argon2: { memoryCost: 4096, timeCost: 1, parallelism: 1 } }, /below OWASP's minimum/],
    [{ scrypt: { N: 2 ** 20, r: 16, p: 1 } }, /more than 1 GiB/],
    [{ scrypt: { n: 2 ** 17, r: 8, p: 1 } } as unknown as PasswordHasherOptions, /unknown option "scrypt.n"/],
    [{ pepper: { id: 'bad id!', secret: randomBytes(32) } }, /"pepper.id"/],
    [{ pepper: { id: 'p1', secret: randomBytes(16) } }, /"pepper.secret" must be a Buffer\/Uint8Array of at least 32 bytes/],
    [{ pepper: { id: 'p1', secret: 'a'.repeat(64) } } as unknown as PasswordHasherOptions, /"pepper.secret" must be a Buffer\/Uint8Array/],
    [{ pepper: { id: 'p1', key: randomBytes(32) } } as unknown as PasswordHasherOptions, /"pepper.key" was renamed to "pepper.secret"/], // retired name
    [{ previousPeppers: [{ id: 'p0', key: randomBytes(32) }] } as unknown as PasswordHasherOptions, /"previousPeppers\[0\].key" was renamed to "previousPeppers\[0\].secret"/], // retired name
    [{ pepper: pepper('p1'), previousPeppers: [pepper('p1')] }, /used twice/],
    [{ maxConcurrent: 0 }, /"maxConcurrent"/],
    [{ retryAfterSeconds: 3 } as unknown as PasswordHasherOptions, /"retryAfterSeconds" was renamed to "retryAfter"/], // retired name
    [{ maxMemory: 0 }, /"maxMemory"/],
    [{ maxWait: 0 }, /"maxWait"/],
    [{ maxMemory: 1.5 }, /"maxMemory"/],
    [{ maxQueue: 5 } as unknown as PasswordHasherOptions, /unknown option "maxQueue"/],
  ])('%j throws', (options, message) => {
    expect(() => new PasswordHasher(options)).toThrow(TypeError);
    expect(() => new PasswordHasher(options)).toThrow(message);
  });
});
