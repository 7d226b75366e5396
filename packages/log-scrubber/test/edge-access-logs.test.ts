import { describe, expect, it } from 'vitest';
import { scrubber, token } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const HEX = '0123456789abcdef';
const secret = (seed: number, length = 40): string => token(B64URL, length, seed, 'edge-access');
const hex = (seed: number, length = 48): string => token(HEX, length, seed, 'edge-access-hex');

describe('the token of a mailed link under the name of its flow', () => {
  it.each(['invite', 'invitation', 'reset', 'magic', 'verify', 'confirmation', 'activation', 'unlock', 'claim'])(
    'a credential-shaped `%s=` query parameter goes, its neighbours stay',
    (name) => {
      const value = secret(name.length);
      const out = text(`GET /v2/teams?${name}=${value}&team=tm_Xq81 200`);
      expect(out).not.toContain(value);
      expect(out).toBe(`GET /v2/teams?${name}=[REDACTED]&team=tm_Xq81 200`);
    },
  );
  it('in a JSON edge log record, an ALB request line and a CDN query field', () => {
    const value = secret(101);
    const record = s.scrub({ ClientRequestURI: `/api/v3/boards?invite=${value}&ws=ws_k2` }) as Record<string, string>;
    expect(record.ClientRequestURI).toBe('/api/v3/boards?invite=[REDACTED]&ws=ws_k2');
    expect(text(`"GET https://app.example.org:443/boards?invite=${value}&ws=ws_k2 HTTP/1.1" "curl/8.5.0"`)).not.toContain(value);
    expect(text(`2026-03-02\t08:01:22\tAMS54-C1\t911\t-\tGET\t/a.js\t200\t-\tinvite=${value}&ws=ws_k2\t-\tMiss`)).not.toContain(value);
  });
  it('settings, ids and flags under these names stay', () => {
    for (const line of ['GET /teams?invite=inv_4411&ws=w1', 'GET /signup?invite=true', 'GET /u?reset=1&verify=email', 'GET /teams?invitation=pending', 'GET /c?claim=2026-03-01']) {
      expect(text(line)).toBe(line);
    }
  });
});

describe('CloudFront access log cookie field', () => {
  // Standard log: date, time, edge location, bytes, client ip, method, host, uri-stem, status,
  // referer, user agent, uri-query, cookie, result type, … (tab-separated, URL-encoded fields).
  const line = (query: string, cookie: string): string =>
    ['2026-02-11', '06:40:13', 'LHR61-C2', '5120', '-', 'GET', 'd1example.cloudfront.net', '/assets/app.js', '200', '-', 'Mozilla/5.0', query, cookie, 'Hit', 'Zr9x_example==', 'cdn.example.org', 'https', '411', '0.003', '-', 'TLSv1.3', 'TLS_AES_128_GCM_SHA256', 'Hit', 'HTTP/2.0'].join('\t');

  it('every cookie value goes, URL-encoded separators and display preferences stay', () => {
    const session = hex(1);
    const out = text(line('-', `sess=${session};%20lang=fr`));
    expect(out).not.toContain(session);
    expect(out).toContain('\tsess=[REDACTED];%20lang=fr\tHit\t');
  });
  it('a lone cookie with any name goes, the rest of the record stays', () => {
    const session = hex(2, 32);
    const out = text(line('page=2', `a=${session}`));
    expect(out).not.toContain(session);
    expect(out).toContain('\tpage=2\ta=[REDACTED]\tHit\tZr9x_example==\tcdn.example.org\t');
  });
  it('a record without cookies is unchanged', () => {
    const plain = line('page=2', '-');
    expect(text(plain)).toBe(plain);
  });
  it('a URL-encoded cookie list in another tab-separated edge record (real-time logs) goes too', () => {
    const session = secret(3, 36);
    const out = text(`1767225600.123\t-\t0.002\t200\t5120\tGET\thttps\tcdn.example.org\t/a.js\tuid=${session};%20theme=dark\tcount=3`);
    expect(out).not.toContain(session);
    expect(out).toContain('\tuid=[REDACTED];%20theme=dark\tcount=3');
  });
});

describe('an IPv6 client written with its port and no brackets', () => {
  // ALB/ELB `client:port` and gRPC peers print `addr:port` without RFC 3986 brackets: eight
  // groups then a decimal is an address and its port, never a ninth group.
  it.each(['2001:db8:7a:31c0:5e2:9ab:e1:4', '2a05:d018:1c2:7f00:a1:b2:c3:ff'])('the address goes and the port stays (%s)', (ip) => {
    const alb = text(`https 2026-01-05T10:00:00.000Z app/web/0123abcd ${ip}:51822 10.0.3.7:80 0.000 0.012 0.000 200 200`);
    expect(alb).not.toContain(ip);
    expect(alb).toMatch(/^https \S+ app\/web\/0123abcd <ip:k1:[0-9a-f]{20}>:51822 <ip:k1:[0-9a-f]{20}>:80 0\.000 /);
    const grpc = s.scrub({ 'peer.address': `${ip}:40022`, msg: 'finished unary call' }) as Record<string, string>;
    expect(grpc['peer.address']).toMatch(/^<ip:k1:[0-9a-f]{20}>:40022$/);
    expect(text(`grpc.method=/a.v1.B/C peer.address=ipv6:${ip}:40022 grpc.code=OK`)).not.toContain(ip);
    expect(text(`grpc.method=/a.v1.B/C peer.address=ipv4:${ip}:40022 grpc.code=OK`)).not.toContain(ip);
  });
  it('colon-separated hex that is no address stays', () => {
    for (const v of ['aa:bb:cc:dd:ee:ff:00:11:22', 'de:ad:be:ef:00:11:22:33:44:55', '12:30:45:123', 'f1:e2:d3:c4:b5:a6:97:88:99']) {
      expect(text(`fp ${v} ok`)).toBe(`fp ${v} ok`);
    }
  });
});

describe('an IPv6 client with one hex group too many', () => {
  // A client-supplied `X-Forwarded-For`, a proxy that appends a group, or a stray interface-id
  // segment can leave nine hex groups where an address belongs. No reading makes the ninth a port
  // (it is not decimal), and the first eight are a whole routable address: the run still names the
  // client, so it goes as one address rather than staying in full.
  const long = ['2a0c:5a81:91d3:4e07:b2c6:71ef:9dff:fe04:e3a5', '2804:7f1:c0:1e2d:77af:3b1:40ff:fe9a:b6c'];
  it.each(long)('in an address field, a forwarded-for list, an sshd line and a message (%s)', (ip) => {
    const rec = s.scrub({ req: { remoteAddress: ip, remotePort: 51022 }, msg: 'request completed' }) as { req: { remoteAddress: string; remotePort: number } };
    expect(rec.req.remoteAddress).toMatch(/^<ip:k1:[0-9a-f]{20}>$/);
    expect(rec.req.remotePort).toBe(51022);
    const xff = s.scrub({ x_forwarded_for: `${ip}, 198.51.100.23`, response_code: 200 }) as Record<string, unknown>;
    expect(String(xff.x_forwarded_for)).not.toContain(ip);
    expect(xff.response_code).toBe(200);
    const sshd = text(`Jan 02 03:04:05 gw-2 sshd[4411]: Invalid user qa_tmp from ${ip} port 50412`);
    expect(sshd).not.toContain(ip);
    expect(sshd).toMatch(/ from <ip:k1:[0-9a-f]{20}> port 50412$/);
    expect(text(`login accepted from ${ip} after 212ms`)).toMatch(/^login accepted from <ip:k1:[0-9a-f]{20}> after 212ms$/);
  });
  it('eight groups and a decimal port keep their port; hex pairs and short-group runs stay', () => {
    expect(text('peer 2001:db8:7a:31c0:5e2:9ab:e1:4:8443 up')).toMatch(/^peer <ip:k1:[0-9a-f]{20}>:8443 up$/);
    for (const v of ['aa:bb:cc:dd:ee:ff:00:11:22', 'f1:e2:d3:c4:b5:a6:97:88:99', '1:2:3:4:5:6:7:8:9', 'ab1:2:3:4:5:6:7:8:9f']) {
      expect(text(`fp ${v} ok`)).toBe(`fp ${v} ok`);
    }
  });
});
