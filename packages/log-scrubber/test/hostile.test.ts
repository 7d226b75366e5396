import { describe, expect, it } from 'vitest';
import { UNSCRUBBABLE_MESSAGE } from '../src/index.js';
import { deepFreeze, scrubber } from './helpers.js';

const s = scrubber();
const email = (v: string) => s.pseudonymise('email', v);

describe('hostile values give bounded, JSON-safe output and never throw', () => {
  it('a validation error whose value has no string form is scrubbed, not dropped', () => {
    // `{ path, value }` pairs are judged by the value's text: one without a usable toString must not
    // turn the whole record into the fallback message.
    for (const value of [Object.create(null) as object, { toString: (): never => { throw new Error('no'); } }]) {
      const out = JSON.stringify(s.scrub({ path: 'name', value, requestId: 'r-17' }));
      expect(out).not.toContain(UNSCRUBBABLE_MESSAGE);
      expect(out).toContain('r-17');
    }
  });
  it('marks circular references (and keeps shared, non-circular ones)', () => {
    const shared = { email: 'ann@example.com' };
    const a: Record<string, unknown> = { name: 'a', left: shared, right: shared };
    a.self = a;
    const out = s.scrub(a);
    expect(out).toEqual({ name: 'a', left: { email: email('ann@example.com') }, right: { email: email('ann@example.com') }, self: '[Circular]' });
    expect(() => JSON.stringify(out)).not.toThrow();
  });

  it('turns BigInts into digits (cards among them pseudonymised)', () => {
    expect(s.scrub({ n: 12n, big: 123456789012345678901234567890n, card: 4111111111111111n })).toEqual({
      n: 12,
      big: '123456789012345678901234567890',
      card: s.pseudonymise('card', '4111111111111111'),
    });
  });

  it('never writes binary contents', () => {
    const buf = Buffer.from('password=hunter2 ann@example.com');
    expect(s.scrub({ buf, u8: new Uint8Array(3), ab: new ArrayBuffer(5), dv: new DataView(new ArrayBuffer(2)) })).toEqual({
      buf: `[Binary ${buf.length} bytes]`,
      u8: '[Binary 3 bytes]',
      ab: '[Binary 5 bytes]',
      dv: '[Binary 2 bytes]',
    });
  });

  it('scrubs Maps (keys included) and Sets', () => {
    const m = new Map<unknown, unknown>([['ann@example.com', { password: 'x' }], [7, 'ok'], [{}, 'obj']]);
    expect(s.scrub({ m, set: new Set(['203.0.113.9', 'plain']) })).toEqual({
      m: { [email('ann@example.com')]: { password: '[REDACTED]' }, 7: 'ok', '[object]': 'obj' },
      set: [s.pseudonymise('ip', '203.0.113.9'), 'plain'],
    });
  });

  it('reads class instances by own enumerable properties and honours toJSON', () => {
    class User {
      email = 'ann@example.com';
      #hidden = 'secret';
      get computed(): string {
        return this.#hidden;
      }
    }
    class Wrapped {
      toJSON() {
        return { token: 'abc', note: 'ok' };
      }
    }
    expect(s.scrub({ u: new User(), w: new Wrapped(), d: new Date(0), bad: new Date(NaN), re: /a@b\.co/ })).toEqual({
      u: { email: email('ann@example.com') },
      w: { token: '[REDACTED]', note: 'ok' },
      d: '1970-01-01T00:00:00.000Z',
      bad: 'Invalid Date',
      re: '/a@b\\.co/',
    });
  });

  it('marks getters that throw, and proxies that refuse to list keys', () => {
    const o = { ok: 1 } as Record<string, unknown>;
    Object.defineProperty(o, 'boom', { enumerable: true, get: () => { throw new Error('ann@example.com'); } });
    const p = new Proxy({}, { ownKeys: () => { throw new Error('no'); } });
    const j = { toJSON: () => { throw new Error('ann@example.com'); } };
    expect(s.scrub({ o, p, j })).toEqual({ o: { ok: 1, boom: '[Unreadable]' }, p: { value: '[Unreadable]' }, j: '[Unreadable]' });
  });

  it('serialises errors with scrubbed message, stack, own fields and cause', () => {
    const err = Object.assign(new TypeError('no user ann@example.com'), { code: 'E_USER', token: 'abc' });
    const wrapped = new Error('outer', { cause: err });
    const out = s.scrub({ err: wrapped }) as { err: Record<string, unknown> };
    expect(out.err.type).toBe('Error');
    expect(out.err.message).toBe('outer');
    const cause = out.err.cause as Record<string, unknown>;
    expect(cause.type).toBe('TypeError');
    expect(cause.message).toBe(`no user ${email('ann@example.com')}`);
    expect(cause.stack).toMatch(new RegExp(`^TypeError: no user <email:k1:[0-9a-f]{20}>\\n    at `));
    expect(cause.code).toBe('E_USER');
    expect(cause.token).toBe('[REDACTED]');
    expect(JSON.stringify(out)).not.toContain('ann@example.com');
  });

  it('caps 10k-deep nesting of objects, arrays and JSON text', () => {
    let deep: unknown = { email: 'ann@example.com' };
    for (let i = 0; i < 10_000; i++) deep = { next: deep };
    let arr: unknown = ['x'];
    for (let i = 0; i < 10_000; i++) arr = [arr];
    const json = '['.repeat(10_000) + ']'.repeat(10_000);
    const out = JSON.stringify(s.scrub({ deep, arr, json }));
    expect(out).toContain('[Depth limit]');
    expect(out).not.toContain('ann@example.com');
    expect(out.length).toBeLessThan(20_000);
  });

  it('caps the number of visited values per record', () => {
    const wide = Array.from({ length: 100_000 }, (_, i) => `user${i}@example.com`);
    const out = s.scrub({ wide }) as { wide: string[] };
    expect(out.wide.length).toBeLessThanOrEqual(5001);
    expect(out.wide.at(-1)).toMatch(/^\[Truncated \d+ items\]$/);
    expect(JSON.stringify(out)).not.toContain('@example.com');
  });

  it('caps a flood of distinct keys (a map keyed by 20k emails)', () => {
    const flood = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`user${i}@example.com`, i]));
    const out = s.scrub({ flood }) as { flood: Record<string, unknown> };
    expect(Object.keys(out.flood).length).toBeLessThanOrEqual(5001);
    expect(out.flood['[Truncated]']).toBe('20000 keys');
    expect(JSON.stringify(out)).not.toContain('@example.com');
  });

  it.each([
    ['plain text', 'lorem ipsum dolor sit amet '.repeat(40_000)],
    ['an email flood', 'a@a@a@a.'.repeat(130_000)],
    ['a JWT-prefix flood', 'eyJ'.repeat(350_000)],
    ['digits', '4'.repeat(1_000_000)],
    ['colons', 'a:'.repeat(500_000)],
    ['one huge token', 'x'.repeat(1_000_000)],
  ])('cuts a 1 MB string of %s at a token boundary with a marker', (_name, big) => {
    const out = s.scrubText(big);
    expect(out.length).toBeLessThan(33_000);
    expect(out).toMatch(/…\[truncated \d+ chars\]$/);
  });

  it('drops a secret cut by the size limit instead of shipping half of it', () => {
    const jwtish = 'eyJ' + 'a'.repeat(40_000);
    const out = s.scrubText(`prefix ${jwtish}`);
    expect(out).toBe(`prefix …[truncated ${jwtish.length} chars]`);
  });

  it('never mutates its input (live, unfrozen objects: a mutation would stick and show here)', () => {
    const err = Object.assign(new Error('token=abc123456'), { password: 'errsecret' });
    const input = {
      req: { headers: { cookie: 'sid=1', 'x-forwarded-for': '203.0.113.9' } },
      list: ['ann@example.com'],
      err,
      byKey: new Map([['password', 'mapsecret']]),
    };
    const before = JSON.stringify(input);
    const out = s.scrub(input) as Record<string, Record<string, unknown>>;
    // A real scrub happened (not the placeholder a swallowed error would give).
    expect(out.req).toEqual({ headers: { cookie: '[REDACTED]', 'x-forwarded-for': s.pseudonymise('ip', '203.0.113.9') } });
    expect(out.byKey).toEqual({ password: '[REDACTED]' });
    expect(JSON.stringify(input)).toBe(before);
    expect(err.message).toBe('token=abc123456');
    expect(err.password).toBe('errsecret');
    expect(input.byKey.get('password')).toBe('mapsecret');
    expect(input.list).toEqual(['ann@example.com']);
  });

  it('caps the characters scanned per record: past the budget strings become [Truncated], never raw', () => {
    const capped = scrubber({ maxStringLength: 1024, maxRecordChars: 4096 });
    const long = (i: number) => `${'lorem ipsum '.repeat(80)} password=leak${i}secret`;
    const record = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`field${i}`, long(i)]));
    const out = capped.scrub(record) as Record<string, string>;
    expect(JSON.stringify(out)).not.toMatch(/leak\dsecret/);
    expect(out.field0).toContain('password=[REDACTED]');
    expect(Object.values(out).filter((v) => v === '[Truncated]').length).toBeGreaterThanOrEqual(4);
    expect(() => scrubber({ maxStringLength: 8192, maxRecordChars: 4096 })).toThrow(
      new TypeError('log-scrubber: "maxRecordChars" must be at least "maxStringLength"'),
    );
  });

  it('scrubs frozen input too', () => {
    const input = deepFreeze({ req: { headers: { cookie: 'sid=1' } } });
    expect(s.scrub(input)).toEqual({ req: { headers: { cookie: '[REDACTED]' } } });
  });

  it('emits a safe placeholder record when scrubbing fails anyway', () => {
    const evil = new Proxy(
      { password: 'hunter2' },
      { getPrototypeOf: () => { throw new RangeError('trap'); } },
    );
    expect(s.scrub({ evil })).toEqual({ msg: UNSCRUBBABLE_MESSAGE, scrubError: 'RangeError' });
  });

  it('keeps a "__proto__" key as data', () => {
    const out = s.scrub(JSON.parse('{"__proto__":{"polluted":"yes"}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(out)).toEqual(['__proto__']);
  });

  it('drops functions and symbols like JSON does', () => {
    expect(s.scrub({ f: () => 1, sym: Symbol('x'), arr: [() => 1], ok: true })).toEqual({ arr: [null], ok: true });
  });
});
