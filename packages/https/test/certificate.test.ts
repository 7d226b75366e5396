import { createPrivateKey, X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { devCertificate, devCertificateAuthority } from '../src/index.js';
import * as der from '../src/tls/der.js';

const hex = (b: Buffer) => b.toString('hex');

describe('DER encoder', () => {
  it('encodes lengths in short and long form', () => {
    expect(hex(der.octetString(Buffer.alloc(3)))).toBe('0403000000');
    expect(hex(der.octetString(Buffer.alloc(127))).slice(0, 4)).toBe('047f');
    expect(hex(der.octetString(Buffer.alloc(128))).slice(0, 6)).toBe('048180');
    expect(hex(der.octetString(Buffer.alloc(300))).slice(0, 8)).toBe('0482012c');
  });

  it('encodes minimal positive INTEGERs', () => {
    expect(hex(der.integer(0))).toBe('020100');
    expect(hex(der.integer(2))).toBe('020102');
    expect(hex(der.integer(128))).toBe('02020080');
    expect(hex(der.integer(65537))).toBe('0203010001');
    expect(hex(der.integer(Buffer.from([0, 0, 0x7f])))).toBe('02017f');
    expect(hex(der.integer(Buffer.from([0xff])))).toBe('020200ff');
    expect(() => der.integer(-1)).toThrow(RangeError);
  });

  it('encodes OIDs (X.690 §8.19)', () => {
    expect(hex(der.oid('1.2.840.10045.2.1'))).toBe('06072a8648ce3d0201');
    expect(hex(der.oid('2.5.29.17'))).toBe('0603551d11');
    expect(hex(der.oid('1.3.6.1.5.5.7.3.1'))).toBe('06082b06010505070301');
    expect(() => der.oid('1.40')).toThrow(RangeError);
    expect(() => der.oid('3.1')).toThrow(RangeError);
    expect(() => der.oid('1.2.x')).toThrow(RangeError);
  });

  it('encodes KeyUsage named bits with the unused-bit count', () => {
    expect(hex(der.namedBits([0]))).toBe('03020780'); // digitalSignature
    expect(hex(der.namedBits([0, 5, 6]))).toBe('03020186'); // digitalSignature, keyCertSign, cRLSign
    expect(hex(der.namedBits([8]))).toBe('0303070080');
  });

  it('encodes times as UTCTime before 2050 and GeneralizedTime from 2050', () => {
    expect(der.time(new Date('2026-11-22T00:13:43Z')).toString('latin1')).toBe('\x17\x0d261122001343Z');
    expect(der.time(new Date('2050-01-01T00:00:00Z')).toString('latin1')).toBe('\x18\x0f20500101000000Z');
    expect(() => der.time(new Date('nope'))).toThrow(RangeError);
  });

  it('sorts SET OF members and encodes booleans, null and strings', () => {
    expect(hex(der.set(der.integer(2), der.integer(1)))).toBe('3106020101020102');
    expect(hex(der.boolean(true))).toBe('0101ff');
    expect(hex(der.nullValue())).toBe('0500');
    expect(hex(der.utf8String('é'))).toBe('0c02c3a9');
    expect(() => der.ia5String('é')).toThrow(RangeError);
  });
});

describe('devCertificate (development only)', () => {
  it('makes a valid self-signed P-256 certificate for localhost, 127.0.0.1 and ::1', () => {
    const dev = devCertificate();
    const x509 = new X509Certificate(dev.cert);
    expect(x509.verify(x509.publicKey)).toBe(true);
    expect(x509.checkPrivateKey(createPrivateKey(dev.key))).toBe(true);
    expect(x509.subjectAltName).toBe('DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1');
    expect(x509.checkHost('localhost')).toBe('localhost');
    expect(x509.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(x509.checkIP('::1')).toBe('::1');
    expect(x509.checkHost('evil.com')).toBeUndefined();
    expect(x509.ca).toBe(false);
    expect(x509.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']);
    expect(x509.publicKey.asymmetricKeyDetails).toEqual({ namedCurve: 'prime256v1' });
    expect(x509.fingerprint256).toBe(dev.fingerprint256);
    expect(dev.fingerprint256).toMatch(/^(?:[0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    const lifetime = Date.parse(x509.validTo) - Date.parse(x509.validFrom);
    expect(lifetime).toBe(30 * 86_400_000 + 3_600_000);
    expect(Date.parse(x509.validFrom)).toBeLessThan(Date.now());
  });

  it('uses fresh keys and random positive serial numbers', () => {
    const a = new X509Certificate(devCertificate().cert);
    const b = new X509Certificate(devCertificate().cert);
    expect(a.serialNumber).not.toBe(b.serialNumber);
    expect(a.serialNumber).toMatch(/^[0-7][0-9A-F]{31}$/);
    expect(a.publicKey.equals(b.publicKey)).toBe(false);
  });

  it('supports custom hostnames, validity and RSA keys', () => {
    const dev = devCertificate({ hostnames: ['app.test', '*.app.test', '192.0.2.1'], days: 2, keyType: 'rsa' });
    const x509 = new X509Certificate(dev.cert);
    expect(x509.verify(x509.publicKey)).toBe(true);
    expect(x509.checkHost('a.app.test')).toBe('*.app.test');
    expect(x509.checkHost('app.test')).toBe('app.test');
    expect(x509.checkIP('192.0.2.1')).toBe('192.0.2.1');
    expect(x509.publicKey.asymmetricKeyType).toBe('rsa');
  });

  it.each([
    [{ hostnames: 'localhost' }, /"hostnames"/],
    [{ hostnames: ['local host'] }, /invalid "hostnames" entry/],
    [{ hostnames: ['evil.com/x'] }, /invalid "hostnames" entry/],
    [{ hostnames: ['010.0.0.1'] }, /invalid "hostnames" entry/],
    [{ days: 0 }, /"days"/],
    [{ days: 10_000 }, /"days"/],
    [{ keyType: 'dsa' }, /"keyType"/],
    [{ hostname: ['localhost'] }, /unknown option "hostname"/],
  ])('throws a TypeError for %j', (options, message) => {
    expect(() => devCertificate(options as never)).toThrow(TypeError);
    expect(() => devCertificate(options as never)).toThrow(message);
  });
});

describe('devCertificateAuthority (development only)', () => {
  const ca = devCertificateAuthority({ commonName: 'Test CA' });
  const caX509 = new X509Certificate(ca.cert);

  it('is a self-signed CA certificate', () => {
    expect(caX509.ca).toBe(true);
    expect(caX509.verify(caX509.publicKey)).toBe(true);
    expect(caX509.subject).toBe('O=Parapet development\nCN=Test CA');
  });

  it('issues server and client certificates that chain to it', () => {
    const server = new X509Certificate(ca.issue({ commonName: 'localhost' }).cert);
    const client = new X509Certificate(ca.issue({ commonName: 'svc', usage: 'client', uris: ['spiffe://example.org/svc'] }).cert);
    const both = new X509Certificate(ca.issue({ commonName: 'x', usage: 'both', hostnames: ['x.test'] }).cert);
    for (const leaf of [server, client, both]) {
      expect(leaf.verify(caX509.publicKey)).toBe(true);
      expect(leaf.checkIssued(caX509)).toBe(true);
      expect(leaf.ca).toBe(false);
    }
    expect(server.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']);
    expect(client.keyUsage).toEqual(['1.3.6.1.5.5.7.3.2']);
    expect(both.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']);
    expect(client.subjectAltName).toBe('URI:spiffe://example.org/svc');
    expect(server.checkHost('localhost')).toBe('localhost');
    expect(server.verify(new X509Certificate(devCertificateAuthority().cert).publicKey)).toBe(false);
  });

  it.each([
    [{}, /"commonName"/],
    [{ commonName: '' }, /"commonName"/],
    [{ commonName: 'x', usage: 'ca' }, /"usage"/],
    [{ commonName: 'x', uris: ['not a uri'] }, /"uris"/],
    [{ commonName: 'x', ca: true }, /unknown option "ca"/],
  ])('issue() throws a TypeError for %j', (options, message) => {
    expect(() => ca.issue(options as never)).toThrow(TypeError);
    expect(() => ca.issue(options as never)).toThrow(message);
  });

  it('rejects bad CA options', () => {
    expect(() => devCertificateAuthority({ name: 'x' } as never)).toThrow(/unknown option "name"/);
    expect(() => devCertificateAuthority({ commonName: 'x'.repeat(65) })).toThrow(/"commonName"/);
  });
});
