import { describe, expect, it } from 'vitest';
import { formatIp, ipPrefix, IpMatcher, normalizeIp, parseIp } from '../src/index.js';

describe('parseIp / normalizeIp', () => {
  it.each([
    ['1.2.3.4', '1.2.3.4'],
    ['0.0.0.0', '0.0.0.0'],
    ['255.255.255.255', '255.255.255.255'],
    ['::', '::'],
    ['::1', '::1'],
    ['1::', '1::'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:0db8:0000:0001:0000:0000:0000:0001', '2001:db8:0:1::1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['::ffff:1.2.3.4', '1.2.3.4'],
    ['::FFFF:1.2.3.4', '1.2.3.4'],
    ['::ffff:0a01:0101', '10.1.1.1'],
    ['0:0:0:0:0:ffff:7f00:1', '127.0.0.1'],
    ['::1.2.3.4', '::102:304'],
    ['64:ff9b::192.0.2.33', '64:ff9b::c000:221'],
    ['fe80::1', 'fe80::1'],
  ])('normalizes %s to %s', (input, expected) => {
    expect(normalizeIp(input)).toBe(expected);
  });

  it.each([
    '',
    '010.1.1.1',
    '1.2.3',
    '1.2.3.4.5',
    '256.1.1.1',
    '1.2.3.-1',
    '0x7f.0.0.1',
    '1.2.3.4 ',
    ' 1.2.3.4',
    '+1.2.3.4',
    '::ffff:999.1.1.1',
    '::ffff:1.2.3',
    'fe80::1%eth0',
    'fe80::1%1',
    '[::1]',
    '[::1]:80',
    '1.2.3.4:80',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7::8',
    '1::2::3',
    ':::',
    '12345::',
    'g::1',
    '1:2:3:4:5:6:1.2.3.4:5',
    'localhost',
    '1'.repeat(10_000),
    '1.2.3.4'.padEnd(46, '0'),
  ])('rejects %j', (input) => {
    expect(parseIp(input)).toBeUndefined();
  });

  it('returns v4-mapped addresses as version 4 with 4 bytes', () => {
    const ip = parseIp('::ffff:192.0.2.1')!;
    expect(ip.version).toBe(4);
    expect([...ip.bytes]).toEqual([192, 0, 2, 1]);
    expect(parseIp('2001:db8::1')!.bytes).toHaveLength(16);
  });

  it('formats a version-6 ParsedIp holding mapped bytes in RFC 5952 §5 form', () => {
    const bytes = new Uint8Array(16);
    bytes.set([0xff, 0xff, 1, 2, 3, 4], 10);
    expect(formatIp({ version: 6, bytes })).toBe('::ffff:1.2.3.4');
  });

  it('compresses the first of two equal zero runs and never a single zero group', () => {
    expect(normalizeIp('1:0:0:2:0:0:3:4')).toBe('1::2:0:0:3:4');
    expect(normalizeIp('1:0:2:3:4:5:6:7')).toBe('1:0:2:3:4:5:6:7');
  });
});

describe('ipPrefix', () => {
  it('returns the network in CIDR text', () => {
    expect(ipPrefix('2001:db8:12:3456::1', 32, 56)).toBe('2001:db8:12:3400::/56');
    expect(ipPrefix('203.0.113.9', 24, 56)).toBe('203.0.113.0/24');
    expect(ipPrefix('::ffff:203.0.113.9', 16, 56)).toBe('203.0.0.0/16');
    expect(ipPrefix('2001:db8::1', 24, 128)).toBe('2001:db8::1/128');
    expect(ipPrefix('2001:db8::1', 24, 0)).toBe('::/0');
    expect(ipPrefix('not an ip', 24, 56)).toBeUndefined();
  });

  it('throws on bad prefix lengths', () => {
    expect(() => ipPrefix('1.2.3.4', 33, 56)).toThrow(TypeError);
    expect(() => ipPrefix('1.2.3.4', 24, 129)).toThrow(/v6Bits/);
    expect(() => ipPrefix('1.2.3.4', 1.5, 56)).toThrow(/v4Bits/);
  });
});

describe('IpMatcher', () => {
  it('matches IPs, CIDRs and keywords, v4-mapped peers against v4 rules', () => {
    const m = new IpMatcher(['10.0.0.0/8', '2001:db8::/32', '192.0.2.7', 'loopback']);
    expect(m.matches('10.255.1.1')).toBe(true);
    expect(m.matches('::ffff:10.1.2.3')).toBe(true);
    expect(m.matches('11.0.0.1')).toBe(false);
    expect(m.matches('2001:db8:ffff::1')).toBe(true);
    expect(m.matches('2001:db9::1')).toBe(false);
    expect(m.matches('192.0.2.7')).toBe(true);
    expect(m.matches('192.0.2.8')).toBe(false);
    expect(m.matches('127.0.0.1')).toBe(true);
    expect(m.matches('::1')).toBe(true);
    expect(m.matches('::ffff:127.0.0.1')).toBe(true);
    expect(m.matches('garbage')).toBe(false);
    expect(m.matches('010.1.1.1')).toBe(false);
  });

  it('handles non-octet prefix lengths', () => {
    const m = new IpMatcher(['172.16.0.0/12', 'fe80::/10']);
    expect(m.matches('172.31.255.255')).toBe(true);
    expect(m.matches('172.32.0.0')).toBe(false);
    expect(m.matches('172.15.255.255')).toBe(false);
    expect(m.matches('febf::1')).toBe(true);
    expect(m.matches('fec0::1')).toBe(false);
  });

  it('accepts IPv4 networks written in mapped form', () => {
    const m = new IpMatcher(['::ffff:10.0.0.0/104']);
    expect(m.matches('10.9.9.9')).toBe(true);
    expect(m.matches('11.9.9.9')).toBe(false);
  });

  it('expands keywords', () => {
    const priv = new IpMatcher(['private']);
    for (const ip of ['10.1.1.1', '172.16.0.1', '192.168.1.1', 'fd00::1', '127.0.0.1', '::1', '169.254.1.1', 'fe80::1']) {
      expect(priv.matches(ip)).toBe(true);
    }
    expect(priv.matches('8.8.8.8')).toBe(false);
    expect(new IpMatcher(['linklocal']).matches('169.254.3.3')).toBe(true);
    expect(new IpMatcher(['uniquelocal']).matches('fc12::1')).toBe(true);
    expect(new IpMatcher(['uniquelocal']).matches('127.0.0.1')).toBe(false);
    expect(new IpMatcher([]).matches('127.0.0.1')).toBe(false);
  });

  it.each([
    ['10.0.0.1/8'],
    ['10.0.0.0/33'],
    ['10.0.0.0/'],
    ['10.0.0.0/08'],
    ['2001:db8::/129'],
    ['::ffff:10.0.0.0/8'],
    ['localhost'],
    ['Loopback'],
    ['010.0.0.0/8'],
    [''],
    ['__proto__'],
  ])('throws a TypeError naming the option and entry for %j', (entry) => {
    expect(() => new IpMatcher([entry], 'trustedProxies')).toThrow(TypeError);
    expect(() => new IpMatcher([entry], 'trustedProxies')).toThrow(/trustedProxies/);
  });

  it('throws on non-string entries and non-arrays', () => {
    expect(() => new IpMatcher([42 as unknown as string], 'x')).toThrow(/x: invalid entry 42/);
    expect(() => new IpMatcher('10.0.0.0/8' as unknown as string[], 'x')).toThrow(/expected an array/);
  });
});
