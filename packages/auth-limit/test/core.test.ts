import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeviceCookieSigner } from '../src/device-cookie.js';
import { clientNetwork, devSecret, KeyHasher } from '../src/keys.js';
import { formatPolicy, formatRateLimit, retryAfterSeconds } from '../src/rate-limit-headers.js';
import { Limiter, MemoryStore, normalizeAccount, resolveOptions } from '../src/index.js';
import { SECRET } from './helpers.js';

describe('normalizeAccount', () => {
  it.each([
    ['  Alice@Example.COM ', 'alice@example.com'],
    ['ａｌｉｃｅ', 'alice'],
    ['ﬁnn', 'finn'],
    ['Ä', 'ä'],
    ['A\u0308', 'ä'], // decomposed umlaut composes under NFKC
  ])('%j -> %j', (input, expected) => {
    expect(normalizeAccount(input)).toBe(expected);
  });
});

describe('KeyHasher', () => {
  const hasher = new KeyHasher(SECRET);

  it('is deterministic, 128-bit base64url, and domain-separated', () => {
    expect(hasher.hash('account', 'alice')).toBe(hasher.hash('account', 'alice'));
    expect(hasher.hash('account', 'alice')).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(hasher.hash('account', 'alice')).not.toBe(hasher.hash('client', 'alice'));
    expect(hasher.hash('account', 'a\0b')).not.toBe(hasher.hash('account\0a', 'b'));
  });

  it('depends on the secret', () => {
    expect(new KeyHasher(Buffer.concat([SECRET, Buffer.from('x')])).hash('account', 'alice')).not.toBe(hasher.hash('account', 'alice'));
  });
});

describe('clientNetwork', () => {
  it.each([
    ['203.0.113.9', 32, 56, '203.0.113.9/32'],
    ['203.0.113.9', 24, 56, '203.0.113.0/24'],
    ['::ffff:203.0.113.9', 32, 56, '203.0.113.9/32'],
    ['2001:db8:12:3456::1', 32, 56, '2001:db8:12:3400::/56'],
    ['2001:DB8:12:34ff:ffff:ffff:ffff:ffff', 32, 56, '2001:db8:12:3400::/56'],
    ['2001:db8::1', 32, 64, '2001:db8::/64'],
    ['not an ip', 32, 56, 'unknown'],
    ['[::1]:80', 32, 56, 'unknown'],
    [undefined, 32, 56, 'unknown'],
  ])('%s (/%i, /%i) -> %s', (ip, v4, v6, expected) => {
    expect(clientNetwork(ip, v4, v6)).toBe(expected);
  });
});

describe('rate-limit headers', () => {
  const layers = resolveOptions({ secret: SECRET, purpose: 'login', account: () => undefined }).layers;
  const all = [layers.accountClient, layers.account, layers.clientFailures, layers.clientRequests];

  it('retryAfterSeconds rounds up and is at least 1', () => {
    expect([0, 1, 999, 1000, 1001, 59_999, 60_000].map(retryAfterSeconds)).toEqual([1, 1, 1, 1, 2, 60, 60]);
  });

  it('formats RateLimit-Policy as a structured-field list', () => {
    expect(formatPolicy(all)).toBe('"account-client";q=5;w=3600, "account";q=100;w=3600, "client-failures";q=50;w=3600, "client-requests";q=300;w=3600');
  });

  it('RateLimit names the policy with the fewest attempts left', () => {
    const counters = [
      { count: 2, resetMs: 1000 },
      { count: 99, resetMs: 2500 },
      { count: 10, resetMs: 1000 },
      { count: 20, resetMs: 1000 },
    ];
    expect(formatRateLimit(all, counters)).toBe('"account";r=1;t=3');
    expect(formatRateLimit(all, [])).toBeUndefined();
  });
});

describe('DeviceCookieSigner', () => {
  const signer = new DeviceCookieSigner(Buffer.alloc(32, 7), 'login', 60);
  const now = Date.UTC(2026, 0, 1);
  const id = DeviceCookieSigner.newDeviceId();

  it('verifies its own cookie for the same account and purpose before expiry only', () => {
    const value = signer.sign('acct', id, now);
    expect(signer.verify(value, 'acct', now)).toEqual({ deviceId: id, issuedAt: now, expiresAt: now + 60_000 });
    expect(signer.verify(value, 'other', now)).toBeUndefined();
    expect(signer.verify(value, 'acct', now + 60_000)).toBeUndefined();
    expect(new DeviceCookieSigner(Buffer.alloc(32, 8), 'login', 60).verify(value, 'acct', now)).toBeUndefined();
    // Same key, another purpose: a password-reset cookie never verifies on login, nor the reverse.
    const reset = new DeviceCookieSigner(Buffer.alloc(32, 7), 'password-reset', 60);
    expect(reset.verify(value, 'acct', now)).toBeUndefined();
    expect(signer.verify(reset.sign('acct', id, now), 'acct', now)).toBeUndefined();
    expect(signer.verify(undefined, 'acct', now)).toBeUndefined();
    expect(signer.verify(value + 'A', 'acct', now)).toBeUndefined();
  });
});

describe('Limiter (core)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function limiter(store = new MemoryStore()) {
    return new Limiter(resolveOptions({ secret: SECRET, purpose: 'login', account: () => undefined, store, limits: { accountClient: { limit: 2, window: 10 } } }));
  }

  it('builds hashed keys only', () => {
    const attempt = limiter().prepare({ account: 'Alice@Example.com', clientIp: '198.51.100.4' });
    expect(attempt.specs.map((s) => s.key.split(':').slice(0, 2).join(':'))).toEqual(['login:ac', 'login:a', 'login:cf', 'login:cr']);
    expect(JSON.stringify(attempt.specs)).not.toMatch(/alice|example|198\.51/i);
    const same = limiter().prepare({ account: ' alice@example.COM', clientIp: '::ffff:198.51.100.4' });
    expect(same.specs).toEqual(attempt.specs);
  });

  it('check → settle: failure keeps, success refunds and resets', async () => {
    vi.useFakeTimers({ now: 0, toFake: ['Date'] });
    const store = new MemoryStore();
    const core = limiter(store);
    const attempt = core.prepare({ account: 'alice', clientIp: '198.51.100.4' });
    const first = await core.check(attempt);
    if (!first.allowed) throw new Error('expected allowed');
    expect(await core.settle(first, 'failure')).toEqual({
      'RateLimit-Policy': '"account-client";q=2;w=10, "account";q=100;w=3600, "client-failures";q=50;w=3600, "client-requests";q=300;w=3600',
      RateLimit: '"account-client";r=1;t=10',
    });
    const second = await core.check(attempt);
    if (!second.allowed) throw new Error('expected allowed');
    const headers = await core.settle(second, 'success');
    expect(headers.RateLimit).toBe('"account-client";r=2;t=10');
    const third = await core.check(attempt);
    expect(third.allowed).toBe(true);
    if (third.allowed) expect(third.counters.map((c) => c.count)).toEqual([1, 2, 2, 3]);
  });

  it('a refused attempt reports the latest reset among the exhausted layers', async () => {
    vi.useFakeTimers({ now: 0, toFake: ['Date'] });
    const core = new Limiter(
      resolveOptions({
        purpose: 'login',
        secret: SECRET,
        account: () => undefined,
        limits: { accountClient: { limit: 1, window: 10 }, clientFailures: { limit: 1, window: 100 } },
      }),
    );
    const attempt = core.prepare({ account: 'alice', clientIp: '198.51.100.4' });
    await core.check(attempt);
    vi.advanceTimersByTime(3000);
    const refused = await core.check(attempt);
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) {
      expect(refused.layers).toEqual(['account-client', 'client-failures']);
      expect(refused.retryAfter).toBe(97);
      expect(refused.headers.RateLimit).toBe('"client-failures";r=0;t=97');
    }
  });
});

describe('devSecret', () => {
  it('returns a fresh 256-bit secret and warns', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const a = devSecret();
    expect(a).toBeInstanceOf(Buffer);
    expect(a).toHaveLength(32);
    expect(devSecret().equals(a)).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('development secret'), { code: 'PARAPET_AUTH_LIMIT_DEV_SECRET' });
    warn.mockRestore();
  });
});

describe('Limiter under a rotating-IP flood', () => {
  it('20,000 distinct clients cannot evict a live block from a 1,000-key store', async () => {
    const store = new MemoryStore({ maxEntries: 1000 });
    const core = new Limiter(resolveOptions({ secret: SECRET, purpose: 'login', account: () => undefined, store }));
    const victim = core.prepare({ account: 'victim', clientIp: '192.0.2.1' });
    for (let i = 0; i < 5; i++) {
      const decision = await core.check(victim);
      if (decision.allowed) await core.settle(decision, 'failure');
    }
    expect((await core.check(victim)).allowed).toBe(false);
    for (let i = 0; i < 20_000; i++) {
      const ip = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
      const decision = await core.check(core.prepare({ account: `user${i}`, clientIp: ip }));
      if (decision.allowed) await core.settle(decision, 'failure');
    }
    expect(store.size).toBeLessThanOrEqual(1000);
    const after = await core.check(victim);
    expect(after.allowed).toBe(false);
    if (!after.allowed) expect(after.layers).toEqual(['account-client']);
  });
});
