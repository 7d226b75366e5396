import { describe, expect, it } from 'vitest';
import { forwardedElementBefore, listCursor, listEntryBefore, parseForwarded, parseNode } from '../src/forwarded.js';
import { formatIp, parseAuthority } from '../src/index.js';

const obj = (elements: ReadonlyMap<string, string>[] | undefined) => elements?.map((e) => Object.fromEntries(e));

describe('parseForwarded (RFC 7239)', () => {
  it('parses multiple hops, quoted strings and case-insensitive names', () => {
    expect(obj(parseForwarded('for=192.0.2.60;proto=http;by=203.0.113.43, For="[2001:db8:cafe::17]:4711";PROTO=https'))).toEqual([
      { for: '192.0.2.60', proto: 'http', by: '203.0.113.43' },
      { for: '[2001:db8:cafe::17]:4711', proto: 'https' },
    ]);
  });

  it('unescapes quoted-pairs and keeps separators inside quotes', () => {
    expect(obj(parseForwarded('for="a\\"b,c;d";host="x\\\\y"'))).toEqual([{ for: 'a"b,c;d', host: 'x\\y' }]);
  });

  it('tolerates optional whitespace and empty list elements', () => {
    expect(obj(parseForwarded(' for=1.2.3.4 ; proto=https ,, for=5.6.7.8 '))).toEqual([
      { for: '1.2.3.4', proto: 'https' },
      { for: '5.6.7.8' },
    ]);
  });

  it.each([
    'for=1.2.3.4;for=5.6.7.8',
    'for="1.2.3.4',
    'for=',
    '=1.2.3.4',
    'for 1.2.3.4',
    'for=[::1]',
    'for=1.2.3.4:80',
    'for=1.2.3.4 garbage',
    'for="\u0000"',
    'for="a\\',
    `for=1.2.3.4${', for=1.2.3.4'.repeat(700)}`,
    'x'.repeat(10_000),
    'For=1.2.3.4;fOR=5.6.7.8',
    'proto=https;PROTO=https',
    // 1000 hops in under 8 KB: refused by the hop cap, not the length cap.
    'a=b,'.repeat(1000),
    'for="\r\n"',
  ])('rejects malformed %j', (header) => {
    expect(parseForwarded(header)).toBeUndefined();
  });
});

describe('parseNode', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1'],
    ['192.0.2.1:8080', '192.0.2.1'],
    ['192.0.2.1:_abc', '192.0.2.1'],
    ['[2001:db8::1]', '2001:db8::1'],
    ['[2001:db8::1]:4711', '2001:db8::1'],
    ['2001:db8::1', '2001:db8::1'],
  ])('reads %s', (value, ip) => {
    const parsed = parseNode(value);
    expect(parsed && formatIp(parsed)).toBe(ip);
  });

  it.each(['unknown', '_hidden', '_SEVKISEK', '[1.2.3.4]', '[::1', '[::1]x', '1.2.3.4:99999999', '1.2.3.4:', '010.1.1.1', 'evil.com', undefined])(
    'treats %j as unusable',
    (value) => {
      expect(parseNode(value)).toBeUndefined();
    },
  );
});

describe('listEntryBefore (right to left)', () => {
  it('reads trimmed entries from the right, then reports exhaustion', () => {
    const header = ' a , b,,c ';
    const seen: string[] = [];
    for (let end = header.length; end >= 0; end = listCursor) seen.push(listEntryBefore(header, end));
    expect(seen).toEqual(['c', '', 'b', 'a']);
    expect(listEntryBefore('x', 1)).toBe('x');
    expect(listCursor).toBe(-1);
    expect(listEntryBefore(',', 1)).toBe('');
    expect(listEntryBefore(',', 0)).toBe('');
    expect(listCursor).toBe(-1);
  });
});

describe('forwardedElementBefore (right to left)', () => {
  const walk = (header: string) => {
    const out: (Record<string, string> | undefined)[] = [];
    for (let end = header.length; end >= 0; ) {
      const [element, next] = forwardedElementBefore(header, end);
      out.push(element && Object.fromEntries(element));
      if (!element) break;
      end = next;
    }
    return out;
  };

  it('keeps commas inside quoted strings within their element', () => {
    expect(walk('for="a, b";proto=https, for=10.0.0.1')).toEqual([{ for: '10.0.0.1' }, { for: 'a, b', proto: 'https' }]);
  });

  it('stops at the first element that is not valid, without reading further left', () => {
    expect(walk('for="unterminated, for=198.51.100.7')).toEqual([{ for: '198.51.100.7' }, undefined]);
    expect(walk(`${'x'.repeat(600)}, for=198.51.100.7`)).toEqual([{ for: '198.51.100.7' }, undefined]);
  });

  it('skips empty list elements', () => {
    expect(walk('for=1.1.1.1, , for=2.2.2.2')).toEqual([{ for: '2.2.2.2' }, {}, { for: '1.1.1.1' }]);
  });
});

describe('parseAuthority (Host header)', () => {
  it.each([
    ['example.com', 'example.com', undefined],
    ['Example.COM.', 'example.com', undefined],
    ['example.com:8443', 'example.com', 8443],
    ['[::1]:8080', '::1', 8080],
    ['[2001:DB8::1]', '2001:db8::1', undefined],
    ['127.0.0.1:3000', '127.0.0.1', 3000],
    ['my_service', 'my_service', undefined],
    ['LOCALHOST:080', 'localhost', 80],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example', undefined],
    // An IPv4-mapped literal is that IPv4 address (one spelling per address).
    ['[::ffff:127.0.0.1]', '127.0.0.1', undefined],
  ])('parses %j', (input, host, port) => {
    expect(parseAuthority(input)).toEqual({ host, port });
  });

  it.each([
    '',
    'localhost@evil.com',
    'evil.com/path',
    'evil.com:',
    'evil.com:0',
    'evil.com:65536',
    'evil.com:+80',
    'evil.com:80:80',
    '::1',
    '[::1',
    '[::1]x',
    '[1.2.3.4]',
    '1.2.3',
    '010.1.1.1',
    '0x7f.0.0.1',
    '-evil.com',
    'evil..com',
    'evil.com ',
    'a'.repeat(64) + '.com',
    'a.'.repeat(5000) + 'com',
    'évil.com',
    'evil.com\r\nx: y',
    'localhost:0',
    'localhost:99999',
    'ex%61mple.com',
    'example.com%2f',
    'exa\tmple.com',
    '\texample.com',
    'bücher.example',
    '[fe80::1%25eth0]',
    '[::ffff:127.0.0.1',
    'evil.com.:80.',
    '.',
  ])('rejects %j', (input) => {
    expect(parseAuthority(input)).toBeUndefined();
  });
});
