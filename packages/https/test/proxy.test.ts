import Koa from 'koa';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createTransportResolver, getTransport, trustProxy, type RequestTransport } from '../src/index.js';
import { fakeRequest } from './helpers/fake-request.js';

const PROXY = '10.0.0.2';
const resolverFor = (trustedProxies: string[]) => createTransportResolver({ trustedProxies });
const trusted = resolverFor(['10.0.0.0/8']);
const trustedHost = createTransportResolver({ trustedProxies: ['10.0.0.0/8'], trustForwardedHost: true });
const forwarded = createTransportResolver({ trustedProxies: ['10.0.0.0/8'], header: 'forwarded' });
const forwardedHost = createTransportResolver({ trustedProxies: ['10.0.0.0/8'], header: 'forwarded', trustForwardedHost: true });

describe('createTransportResolver: untrusted peers', () => {
  const none = createTransportResolver();
  it('never reads forwarded headers by default', () => {
    const t = none(
      fakeRequest('203.0.113.9', {
        host: 'example.com',
        forwarded: 'for=1.1.1.1;proto=https;host=evil.com',
        'x-forwarded-for': '1.1.1.1',
        'x-forwarded-proto': 'https',
        'x-forwarded-host': 'evil.com',
      }),
    );
    expect(t).toEqual<RequestTransport>({
      scheme: 'http',
      secure: false,
      host: 'example.com',
      port: undefined,
      clientIp: '203.0.113.9',
      peerIp: '203.0.113.9',
      viaProxy: false,
    });
  });

  it('ignores headers from a peer outside the trusted list', () => {
    const t = trusted(fakeRequest('203.0.113.9', { host: 'example.com', 'x-forwarded-proto': 'https', 'x-forwarded-for': '1.1.1.1' }));
    expect(t.scheme).toBe('http');
    expect(t.clientIp).toBe('203.0.113.9');
    expect(t.viaProxy).toBe(false);
  });

  it('uses the socket scheme for TLS sockets and normalizes mapped peers', () => {
    const t = none(fakeRequest('::ffff:192.0.2.1', { host: 'Example.com:8443' }, true));
    expect(t).toMatchObject({ scheme: 'https', secure: true, host: 'example.com', port: 8443, clientIp: '192.0.2.1', peerIp: '192.0.2.1' });
  });

  it('reports an invalid or duplicated Host as undefined', () => {
    expect(none(fakeRequest('192.0.2.1', { host: 'localhost@evil.com' })).host).toBeUndefined();
    expect(none(fakeRequest('192.0.2.1', { host: ['a.example', 'evil.com'] })).host).toBeUndefined();
    expect(none(fakeRequest('192.0.2.1', {})).host).toBeUndefined();
  });

  it('survives a closed socket (no remote address)', () => {
    expect(trusted(fakeRequest(undefined, { 'x-forwarded-for': '1.1.1.1' }))).toMatchObject({ clientIp: '', peerIp: '', viaProxy: false });
  });
});

describe('createTransportResolver: X-Forwarded-*', () => {
  it('honours a trusted peer (also when it connects v4-mapped)', () => {
    for (const peer of [PROXY, `::ffff:${PROXY}`]) {
      const t = trustedHost(
        fakeRequest(peer, { host: 'internal:8080', 'x-forwarded-for': '198.51.100.7', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'shop.example' }),
      );
      expect(t).toEqual<RequestTransport>({
        scheme: 'https',
        secure: true,
        host: 'shop.example',
        port: undefined,
        clientIp: '198.51.100.7',
        peerIp: PROXY,
        viaProxy: true,
      });
    }
  });

  it('walks the chain from the right: the first untrusted hop is the client, forged left entries are ignored', () => {
    const t = trusted(fakeRequest(PROXY, { 'x-forwarded-for': '6.6.6.6, 198.51.100.7, 10.1.1.1, 10.2.2.2' }));
    expect(t.clientIp).toBe('198.51.100.7');
  });

  it('takes the X-Forwarded-Proto entry aligned from the right, not the client-forged leftmost', () => {
    const t = trusted(fakeRequest(PROXY, { 'x-forwarded-for': '198.51.100.7', 'x-forwarded-proto': 'https, https, http' }));
    expect(t.scheme).toBe('http');
    const joined = trusted(fakeRequest(PROXY, { 'x-forwarded-proto': ['https', 'http'] }));
    expect(joined.scheme).toBe('http');
  });

  it('aligns proto lists with the address list when lengths match (TLS ended at the outer proxy)', () => {
    const t = trusted(fakeRequest(PROXY, { 'x-forwarded-for': '198.51.100.7, 10.1.1.1', 'x-forwarded-proto': 'https, http' }));
    expect(t).toMatchObject({ scheme: 'https', clientIp: '198.51.100.7' });
  });

  it('reads X-Forwarded-Port and ports inside X-Forwarded-For entries', () => {
    const t = trustedHost(fakeRequest(PROXY, { host: 'a.example', 'x-forwarded-for': '198.51.100.7:5555', 'x-forwarded-port': '8443' }));
    expect(t).toMatchObject({ clientIp: '198.51.100.7', port: 8443, host: 'a.example' });
    const v6 = trusted(fakeRequest(PROXY, { 'x-forwarded-for': '[2001:db8::7]:5555' }));
    expect(v6.clientIp).toBe('2001:db8::7');
  });

  it('stops at unusable entries and falls back to the last trusted address', () => {
    expect(trusted(fakeRequest(PROXY, { 'x-forwarded-for': '198.51.100.7, garbage' })).clientIp).toBe(PROXY);
    expect(trusted(fakeRequest(PROXY, { 'x-forwarded-for': '198.51.100.7, unknown, 10.3.3.3' })).clientIp).toBe('10.3.3.3');
    expect(trusted(fakeRequest(PROXY, { 'x-forwarded-for': '' })).clientIp).toBe(PROXY);
  });

  it('returns the leftmost hop when every hop is trusted', () => {
    expect(trusted(fakeRequest(PROXY, { 'x-forwarded-for': '10.9.9.9, 10.1.1.1' })).clientIp).toBe('10.9.9.9');
  });

  it('reads only the trusted end of a huge list, never throwing', () => {
    const t = trusted(fakeRequest(PROXY, { 'x-forwarded-for': `${'1.1.1.1,'.repeat(2000)}198.51.100.7`, 'x-forwarded-proto': 'https' }));
    expect(t).toMatchObject({ clientIp: '198.51.100.7', scheme: 'https', viaProxy: true });
    // A trailing empty entry is an unusable hop: the walk stops at the trusted peer.
    expect(trusted(fakeRequest(PROXY, { 'x-forwarded-for': '1.1.1.1,'.repeat(2000) }))).toMatchObject({ clientIp: PROXY, scheme: 'http' });
  });

  it('makes host undefined when a trusted proxy forwards an invalid host', () => {
    expect(trustedHost(fakeRequest(PROXY, { host: 'ok.example', 'x-forwarded-host': 'localhost@evil.com' })).host).toBeUndefined();
  });

  it('ignores unknown proto values', () => {
    expect(trusted(fakeRequest(PROXY, { 'x-forwarded-proto': 'gopher' }, true)).scheme).toBe('https');
    expect(trusted(fakeRequest(PROXY, { 'x-forwarded-proto': 'WSS' })).scheme).toBe('https');
  });
});

describe('createTransportResolver: Forwarded (RFC 7239)', () => {
  it('honours a trusted peer with quoted IPv6 and ports', () => {
    const t = forwardedHost(fakeRequest(PROXY, { host: 'internal', forwarded: 'for="[2001:db8::1]:4711";proto=https;host="shop.example:8443"' }));
    expect(t).toEqual<RequestTransport>({
      scheme: 'https',
      secure: true,
      host: 'shop.example',
      port: 8443,
      clientIp: '2001:db8::1',
      peerIp: PROXY,
      viaProxy: true,
    });
  });

  it('walks multi-hop chains and takes proto from the element of the outermost trusted proxy', () => {
    // client 198.51.100.7 → CDN 10.1.1.1 (TLS, writes proto=https) → LB 10.0.0.2 (writes proto=http) → app
    const t = forwarded(fakeRequest(PROXY, { forwarded: 'for=6.6.6.6;proto=http, for=198.51.100.7;proto=https, for=10.1.1.1;proto=http' }));
    expect(t).toMatchObject({ clientIp: '198.51.100.7', scheme: 'https' });
  });

  it('reads several Forwarded header lines as one list', () => {
    const t = forwarded(fakeRequest(PROXY, { forwarded: ['for=6.6.6.6;proto=http', 'for=198.51.100.7;proto=https'] }));
    expect(t).toMatchObject({ clientIp: '198.51.100.7', scheme: 'https' });
  });

  it('falls back to nearer elements for a missing proto/host', () => {
    const t = forwardedHost(fakeRequest(PROXY, { forwarded: 'for=198.51.100.7, for=10.1.1.1;proto=https;host=a.example' }));
    expect(t).toMatchObject({ clientIp: '198.51.100.7', scheme: 'https', host: 'a.example' });
  });

  it('handles proto-only elements (for omitted)', () => {
    expect(forwarded(fakeRequest(PROXY, { forwarded: 'proto=https' }))).toMatchObject({ scheme: 'https', clientIp: PROXY, viaProxy: true });
  });

  it('treats obfuscated and unknown identifiers as untrusted and unusable', () => {
    expect(forwarded(fakeRequest(PROXY, { forwarded: 'for=198.51.100.7, for=_hidden;proto=https' }))).toMatchObject({
      clientIp: PROXY,
      scheme: 'https',
    });
    expect(forwarded(fakeRequest(PROXY, { forwarded: 'for=unknown' })).clientIp).toBe(PROXY);
  });

  it('treats for="" as an unusable hop and an empty Forwarded header as no chain', () => {
    expect(forwarded(fakeRequest(PROXY, { forwarded: 'for="";proto=https' }))).toMatchObject({ clientIp: PROXY, scheme: 'https', viaProxy: true });
    // The element left of an unusable hop was written by someone we cannot vouch for: its proto is ignored.
    expect(forwarded(fakeRequest(PROXY, { forwarded: 'for=198.51.100.7;proto=https, for=""' }))).toMatchObject({ clientIp: PROXY, scheme: 'http' });
    // In 'forwarded' mode X-Forwarded-* is never read, with or without a Forwarded header.
    expect(forwarded(fakeRequest(PROXY, { forwarded: '', 'x-forwarded-proto': 'https' }))).toMatchObject({ scheme: 'http', viaProxy: false });
    expect(forwarded(fakeRequest(PROXY, { forwarded: ' , ,', 'x-forwarded-proto': 'https' }))).toMatchObject({ scheme: 'http', viaProxy: false });
  });

  it('honours an X-Forwarded-Proto from a trusted peer regardless of case, and only "http(s)"/"ws(s)"', () => {
    expect(trusted(fakeRequest(PROXY, { 'x-forwarded-proto': 'HTTPS' })).scheme).toBe('https');
    expect(trusted(fakeRequest(PROXY, { 'x-forwarded-proto': 'wss' })).scheme).toBe('https');
    expect(trusted(fakeRequest(PROXY, { 'x-forwarded-proto': 'https\t' })).scheme).toBe('https');
    for (const proto of ['https2', 'h', '', 'https;', 'HTTPS '.repeat(3)]) {
      expect(trusted(fakeRequest(PROXY, { 'x-forwarded-proto': proto })).scheme, proto).toBe('http');
    }
  });

  it('reads only the configured family when both are present', () => {
    const headers = { forwarded: 'for=198.51.100.7;proto=http', 'x-forwarded-proto': 'https', 'x-forwarded-for': '6.6.6.6' };
    expect(forwarded(fakeRequest(PROXY, headers))).toMatchObject({ clientIp: '198.51.100.7', scheme: 'http' });
    expect(trusted(fakeRequest(PROXY, headers))).toMatchObject({ clientIp: '6.6.6.6', scheme: 'https' });
  });

  it('falls back to the peer on a malformed header, never throwing', () => {
    for (const header of ['for=1.1.1.1;for=2.2.2.2;proto=https', 'for="unterminated;proto=https', 'proto=https;;;=x', 'x'.repeat(20_000)]) {
      const t = forwarded(fakeRequest(PROXY, { forwarded: header, 'x-forwarded-proto': 'https' }));
      expect(t).toMatchObject({ clientIp: PROXY, scheme: 'http', viaProxy: false });
    }
  });

  it('ignores a client-sent Forwarded: proto=https from an untrusted peer (koa-sslify flaw)', () => {
    expect(forwarded(fakeRequest('198.51.100.7', { forwarded: 'proto=https' })).scheme).toBe('http');
  });
});

describe('createTransportResolver: hops', () => {
  it('trusts exactly N hops whatever their address', () => {
    const one = createTransportResolver({ hops: 1 });
    const two = createTransportResolver({ hops: 2 });
    const req = () => fakeRequest('203.0.113.1', { 'x-forwarded-for': '6.6.6.6, 198.51.100.7, 203.0.113.50', 'x-forwarded-proto': 'https' });
    expect(one(req()).clientIp).toBe('203.0.113.50');
    expect(two(req()).clientIp).toBe('198.51.100.7');
    expect(two(req()).scheme).toBe('https');
    expect(two(fakeRequest('203.0.113.1', { 'x-forwarded-for': '198.51.100.7' })).clientIp).toBe('198.51.100.7');
  });
});

describe('createTransportResolver: bad options', () => {
  it.each([
    [{ trustedProxies: ['10.0.0.1/8'] }, /trustedProxies.*10\.0\.0\.1\/8/],
    [{ trustedProxies: ['nginx'] }, /trustedProxies.*nginx/],
    [{ trustedProxies: '10.0.0.0/8' }, /trustedProxies/],
    [{ trustedProxies: ['10.0.0.0/8'], hops: 1 }, /either/],
    [{ hops: 0 }, /hops/],
    [{ hops: 1.5 }, /hops/],
    [{ hops: '1' }, /hops/],
    [{ trustProxies: ['10.0.0.0/8'] }, /unknown option "trustProxies"/],
    [{ trusted: true }, /unknown option/],
    [{ trustedProxies: ['loopback'], header: 'X-Forwarded-For' }, /"header" must be one of/],
    [{ trustedProxies: ['loopback'], trustForwardedHost: 'yes' }, /"trustForwardedHost" must be a boolean/],
    ['loopback', /options must be an object/],
  ])('throws for %j', (options, message) => {
    expect(() => createTransportResolver(options as never)).toThrow(TypeError);
    expect(() => trustProxy(options as never)).toThrow(message);
  });
});

describe('trustProxy / getTransport (Koa)', () => {
  const appWith = (useTrust: boolean) => {
    const app = new Koa();
    if (useTrust) app.use(trustProxy({ trustedProxies: ['loopback'] }));
    app.use((ctx) => {
      const first = getTransport(ctx);
      ctx.body = { ...first, same: getTransport(ctx) === first && ctx.state.transport === first };
    });
    return app.callback();
  };

  it('stores the resolved transport on ctx.state.transport', async () => {
    const res = await request(appWith(true)).get('/').set('X-Forwarded-For', '198.51.100.7').set('X-Forwarded-Proto', 'https');
    expect(res.body).toMatchObject({ clientIp: '198.51.100.7', scheme: 'https', secure: true, viaProxy: true, peerIp: '127.0.0.1', same: true });
  });

  it('getTransport without trustProxy trusts no header and memoizes', async () => {
    const res = await request(appWith(false)).get('/').set('X-Forwarded-For', '198.51.100.7').set('X-Forwarded-Proto', 'https');
    expect(res.body).toMatchObject({ clientIp: '127.0.0.1', scheme: 'http', viaProxy: false, same: true });
  });
});
