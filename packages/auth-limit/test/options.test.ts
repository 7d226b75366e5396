import { describe, expect, it } from 'vitest';
import { authLimit, MemoryStore, RedisStore, type AuthLimitOptions } from '../src/index.js';
import { SECRET } from './helpers.js';

const account = () => 'alice';
const base: AuthLimitOptions = { secret: SECRET, purpose: 'login', account };

describe('authLimit options', () => {
  it('accepts the minimal configuration', () => {
    expect(typeof authLimit(base)).toBe('function');
  });

  const bad: [string, unknown, RegExp][] = [
    ['no options', undefined, /options must be an object/],
    ['missing secret', { account }, /"secret" is required/],
    ['short secret', { ...base, secret: Buffer.from('too-short') }, /"secret" must be at least 32 bytes \(got 9\)/],
    ['short binary secret', { ...base, secret: new Uint8Array(16) }, /"secret" must be at least 32 bytes/],
    ['string secret (encoding would be a guess)', { ...base, secret: 'a'.repeat(64) }, /"secret" must be a Buffer\/Uint8Array, not a string/],
    ['numeric secret', { ...base, secret: 42 }, /"secret" is required/],
    ['renamed option keySecret', { ...base, keySecret: SECRET }, /"keySecret" was renamed to "secret"/], // retired name
    ['missing account', { secret: SECRET, purpose: 'login' }, /"account" must be a function/],
    ['missing purpose', { secret: SECRET, account }, /"purpose" is required/],
    ['purpose with a colon', { ...base, purpose: 'login:x' }, /"purpose" is required/],
    ['purpose too long', { ...base, purpose: 'a'.repeat(17) }, /"purpose" is required/],
    ['device cookie on a reset route', { ...base, purpose: 'password-reset', deviceCookie: {} }, /"deviceCookie" is only for purpose "login"/],
    ['string account', { ...base, account: 'username' }, /"account" must be a function/],
    ['unknown option (typo)', { ...base, storeTimeOut: 100 }, /unknown option "storeTimeOut"/],
    ['clientIp not a function', { ...base, clientIp: '1.2.3.4' }, /"clientIp" must be a function/],
    ['ipv6Prefix too long', { ...base, ipv6Prefix: 129 }, /"ipv6Prefix" must be an integer from 16 to 128/],
    ['ipv6Prefix fractional', { ...base, ipv6Prefix: 56.5 }, /"ipv6Prefix"/],
    ['ipv4Prefix too short', { ...base, ipv4Prefix: 4 }, /"ipv4Prefix" must be an integer from 8 to 32/],
    ['limits not an object', { ...base, limits: 5 }, /"limits" must be an object/],
    ['unknown limit', { ...base, limits: { perAccount: { limit: 1, window: 1 } } }, /unknown option "limits.perAccount"/],
    ['zero limit', { ...base, limits: { accountClient: { limit: 0, window: 60 } } }, /"limits.accountClient.limit" must be an integer from 1/],
    ['window in ms by mistake', { ...base, limits: { account: { limit: 100, window: 3_600_000 } } }, /"limits.account.window" must be an integer from 1 to 2678400/],
    ['missing window', { ...base, limits: { clientFailures: { limit: 5 } } }, /"limits.clientFailures.window"/],
    ['unknown rule key', { ...base, limits: { clientRequests: { limit: 5, window: 5, max: 1 } } }, /unknown option "limits.clientRequests.max"/],
    ['account limit below account+client', { ...base, limits: { account: { limit: 3, window: 3600 } } }, /"limits.account.limit" must be >= "limits.accountClient.limit"/],
    ['empty failureStatuses', { ...base, failureStatuses: [] }, /"failureStatuses" must be a non-empty array/],
    ['2xx as failure status', { ...base, failureStatuses: [200] }, /"failureStatuses\[\]" must be an integer from 400 to 499/],
    ['string failure status', { ...base, failureStatuses: ['401'] }, /"failureStatuses\[\]"/],
    ['store without settle', { ...base, store: { consume: () => ({ allowed: true, counters: [] }) } }, /"store" must implement AuthLimitStore/],
    ['zero storeTimeout', { ...base, storeTimeout: 0 }, /"storeTimeout" must be an integer from 1 to 60000/],
    ['onStoreError typo', { ...base, onStoreError: 'fail-safe' }, /"onStoreError" must be "memory", "fail-closed" or "fail-open-dangerously"/],
    ['onStoreError without "dangerously"', { ...base, onStoreError: 'fail-open' }, /"onStoreError" must be .* or "fail-open-dangerously"/], // retired name
    ['negative storeRetryInterval', { ...base, storeRetryInterval: -1 }, /"storeRetryInterval"/],
    ['respond typo', { ...base, respond: 'json' }, /"respond" must be "problem" or "throw"/],
    ['events not an object', { ...base, events: () => undefined }, /"events" must be an object/],
    ['event hook not a function', { ...base, events: { onLimited: 'log' } }, /"events.onLimited" must be a function/],
    ['unknown event', { ...base, events: { onLockout: () => undefined } }, /unknown option "events.onLockout"/],
    ['deviceCookie true', { ...base, deviceCookie: true }, /"deviceCookie" must be false or an object/],
    ['__Host- cookie without Secure', { ...base, deviceCookie: { secure: false } }, /"deviceCookie.secure" must be true for a "__Host-" cookie name/],
    ['cookie name with ;', { ...base, deviceCookie: { name: 'a;b', secure: false } }, /"deviceCookie.name"/],
    ['device maxAge too short', { ...base, deviceCookie: { maxAge: 1 } }, /"deviceCookie.maxAge" must be an integer from 60/],
    ['device sameSite None', { ...base, deviceCookie: { sameSite: 'None' } }, /"deviceCookie.sameSite" must be "Strict" or "Lax"/],
    ['unknown device option', { ...base, deviceCookie: { httpOnly: false } }, /unknown option "deviceCookie.httpOnly"/],
    ['device limit zero', { ...base, deviceCookie: { limit: 0 } }, /"deviceCookie.limit"/],
  ];

  it.each(bad)('%s throws a TypeError naming the option', (_label, options, message) => {
    expect(() => authLimit(options as AuthLimitOptions)).toThrow(TypeError);
    expect(() => authLimit(options as AuthLimitOptions)).toThrow(message);
  });
});

describe('store options', () => {
  const client = { evalsha: () => Promise.resolve([]), eval: () => Promise.resolve([]), options: { enableOfflineQueue: false } };
  const bad: [string, () => unknown, RegExp][] = [
    ['MemoryStore maxEntries 0', () => new MemoryStore({ maxEntries: 0 }), /"maxEntries" must be an integer from 16 to 67108864/],
    ['MemoryStore maxEntries Infinity', () => new MemoryStore({ maxEntries: Infinity }), /"maxEntries"/],
    ['MemoryStore renamed option maxKeys', () => new MemoryStore({ maxKeys: 1000 } as never), /"maxKeys" was renamed to "maxEntries"/], // retired name
    ['MemoryStore unknown option', () => new MemoryStore({ max: 5 } as never), /unknown option "max"/],
    ['RedisStore without client', () => new RedisStore({} as never), /"client" must be an ioredis client/],
    ['RedisStore with offline queue on', () => new RedisStore({ client: { ...client, options: {} } }), /enableOfflineQueue: false/],
    ['RedisStore empty prefix', () => new RedisStore({ client, prefix: '' }), /"prefix" must be a non-empty string/],
    ['RedisStore unknown option', () => new RedisStore({ client, keyPrefix: 'x' } as never), /unknown option "keyPrefix"/],
  ];
  it.each(bad)('%s throws a TypeError', (_label, make, message) => {
    expect(make).toThrow(TypeError);
    expect(make).toThrow(message);
  });

  it('RedisStore accepts an offline-queue client only when explicitly told it is dangerous', () => {
    expect(() => new RedisStore({ client: { ...client, options: {} }, dangerouslyAllowOfflineQueue: true })).not.toThrow();
  });
});
