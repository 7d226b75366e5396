// Regressions for the proxy trust model: a trusted proxy that appends to (or
// passes through) what the client sent must not let the client's part decide
// anything. Each case reproduces what a client can send through nginx's
// `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
// X-Forwarded-Proto $scheme` (nginx forwards every other header untouched).
import { describe, expect, it } from 'vitest';
import { createTransportResolver, type RequestTransport } from '../src/index.js';
import { fakeRequest } from './helpers/fake-request.js';

const NGINX = '127.0.0.1';
const CLIENT = '198.51.100.7';
const xForwarded = createTransportResolver({ trustedProxies: ['loopback'] });
// Built per call so that each case fails on its own when an option is missing.
const forwardedOnly = (req: Parameters<typeof xForwarded>[0]) => createTransportResolver({ trustedProxies: ['loopback'], header: 'forwarded' })(req);

/** What nginx sends upstream for a client at CLIENT that sent `clientHeaders` over plain HTTP. */
function viaNginx(clientHeaders: Record<string, string>, scheme: 'http' | 'https' = 'http') {
  const sentXff = clientHeaders['x-forwarded-for'];
  return fakeRequest(NGINX, {
    ...clientHeaders,
    host: 'api.example',
    'x-forwarded-for': sentXff === undefined ? CLIENT : `${sentXff}, ${CLIENT}`,
    'x-forwarded-proto': scheme,
  });
}

describe("header family: one, chosen explicitly (default 'x-forwarded')", () => {
  it('never reads a client-sent Forwarded header in x-forwarded mode', () => {
    const t = xForwarded(viaNginx({ forwarded: 'for=203.0.113.66;proto=https;host=evil.example' }));
    expect(t).toEqual<RequestTransport>({
      scheme: 'http',
      secure: false,
      host: 'api.example',
      port: undefined,
      clientIp: CLIENT,
      peerIp: NGINX,
      viaProxy: true,
    });
  });

  it('rotating for= in a client Forwarded header never changes the client address', () => {
    const seen = new Set<string>();
    for (let i = 1; i <= 50; i++) seen.add(xForwarded(viaNginx({ forwarded: `for=203.0.113.${i}` })).clientIp);
    expect([...seen]).toEqual([CLIENT]);
  });

  it("never reads X-Forwarded-* in 'forwarded' mode, even from a trusted peer", () => {
    const t = forwardedOnly(
      fakeRequest(NGINX, { host: 'api.example', forwarded: `for=${CLIENT};proto=http`, 'x-forwarded-for': '203.0.113.66', 'x-forwarded-proto': 'https' }),
    );
    expect(t).toMatchObject({ clientIp: CLIENT, scheme: 'http', viaProxy: true });
    const onlyX = forwardedOnly(fakeRequest(NGINX, { 'x-forwarded-for': '203.0.113.66', 'x-forwarded-proto': 'https' }));
    expect(onlyX).toMatchObject({ clientIp: NGINX, scheme: 'http', viaProxy: false });
  });

  it('rejects an unknown header family at construction', () => {
    expect(() => createTransportResolver({ trustedProxies: ['loopback'], header: 'x-forwarded-for' as never })).toThrow(
      /trustProxy: "header" must be one of "x-forwarded", "forwarded"/,
    );
  });
});

describe('chain walk: only the entries appended by trusted hops matter', () => {
  it('a 64-entry client-written X-Forwarded-For does not change the result', () => {
    const long = Array.from({ length: 64 }, (_, i) => `203.0.113.${i + 1}`).join(', ');
    expect(xForwarded(viaNginx({ 'x-forwarded-for': long }, 'https'))).toMatchObject({ clientIp: CLIENT, scheme: 'https', viaProxy: true });
  });

  it('a huge or malformed client prefix does not change the result', () => {
    for (const prefix of ['1.1.1.1,'.repeat(1500), 'garbage', '"quoted, "', ',,,,', 'x'.repeat(12_000), '10.0.0.1, ::zz']) {
      expect(xForwarded(viaNginx({ 'x-forwarded-for': prefix }, 'https')), prefix.slice(0, 20)).toMatchObject({ clientIp: CLIENT, scheme: 'https' });
    }
  });

  it('a malformed or overlong client Forwarded prefix does not change the result (forwarded mode)', () => {
    const appended = (client: string) => fakeRequest(NGINX, { forwarded: `${client}, for=${CLIENT};proto=https` });
    for (const prefix of ['for="unterminated', 'for=1.1.1.1;for=2.2.2.2', ';;;=x', 'for=6.6.6.6, '.repeat(200), 'x'.repeat(12_000), 'for="a, b=" c"']) {
      expect(forwardedOnly(appended(prefix)), prefix.slice(0, 20)).toMatchObject({ clientIp: CLIENT, scheme: 'https', viaProxy: true });
    }
  });

  it('keeps walking trusted hops through a long chain (work bounded by the trusted part)', () => {
    const inner = Array.from({ length: 10 }, (_, i) => `127.0.0.${i + 2}`).join(', ');
    const t = xForwarded(fakeRequest(NGINX, { 'x-forwarded-for': `${'6.6.6.6, '.repeat(300)}${CLIENT}, ${inner}`, 'x-forwarded-proto': 'https' }));
    expect(t).toMatchObject({ clientIp: CLIENT, scheme: 'https' });
  });
});

describe('X-Forwarded-Host / X-Forwarded-Port: opt-in only', () => {
  it('ignores them by default: nginx passes the client-sent ones through', () => {
    const t = xForwarded(viaNginx({ 'x-forwarded-host': 'evil.example', 'x-forwarded-port': '4444' }));
    expect(t).toMatchObject({ host: 'api.example', port: undefined });
  });

  it('ignores host= of Forwarded by default too', () => {
    expect(forwardedOnly(fakeRequest(NGINX, { host: 'api.example', forwarded: `for=${CLIENT};host=evil.example` })).host).toBe('api.example');
  });

  it('reads them with trustForwardedHost: true', () => {
    const resolve = createTransportResolver({ trustedProxies: ['loopback'], trustForwardedHost: true });
    expect(resolve(viaNginx({ 'x-forwarded-host': 'shop.example', 'x-forwarded-port': '8443' }))).toMatchObject({ host: 'shop.example', port: 8443 });
  });
});
