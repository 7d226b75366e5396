/**
 * Minimal DER (X.690) encoder — enough to write an X.509 TBSCertificate.
 *
 * This is data encoding, not cryptography: key generation and signatures
 * are done by node:crypto. Node can parse X.509 (`crypto.X509Certificate`)
 * but cannot create certificates, and dev certificates must not need
 * openssl on the PATH.
 */

/** An encoded DER element. */
export type Der = Buffer;

function encodeLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

/** Tag-length-value with a raw tag byte. */
export function tlv(tag: number, content: Uint8Array): Der {
  return Buffer.concat([Buffer.from([tag]), encodeLength(content.length), content]);
}

export const sequence = (...items: Der[]): Der => tlv(0x30, Buffer.concat(items));

/** SET OF, sorted by encoding as DER requires (X.690 §11.6). */
export const set = (...items: Der[]): Der => tlv(0x31, Buffer.concat([...items].sort((a, b) => Buffer.compare(a, b))));

export const nullValue = (): Der => Buffer.from([0x05, 0x00]);

export const boolean = (value: boolean): Der => tlv(0x01, Buffer.from([value ? 0xff : 0x00]));

/** INTEGER from unsigned big-endian bytes (minimal, positive). */
export function integer(value: Uint8Array | number): Der {
  let bytes: Buffer;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError('der.integer: expected a non-negative safe integer');
    const out: number[] = [];
    for (let n = value; n > 0; n = Math.floor(n / 256)) out.unshift(n & 0xff);
    bytes = Buffer.from(out.length ? out : [0]);
  } else {
    let start = 0;
    while (start < value.length - 1 && value[start] === 0) start++;
    bytes = Buffer.from(value.subarray(start));
    if (bytes.length === 0) bytes = Buffer.from([0]);
  }
  if (bytes[0]! & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes]);
  return tlv(0x02, bytes);
}

/** OBJECT IDENTIFIER from dotted text ("1.2.840.10045.2.1"). */
export function oid(dotted: string): Der {
  const arcs = dotted.split('.').map((arc) => {
    if (!/^(?:0|[1-9][0-9]*)$/.test(arc)) throw new RangeError(`der.oid: invalid arc in ${dotted}`);
    return Number(arc);
  });
  if (arcs.length < 2 || arcs[0]! > 2 || (arcs[0]! < 2 && arcs[1]! > 39)) throw new RangeError(`der.oid: invalid ${dotted}`);
  const out: number[] = [];
  const push = (arc: number): void => {
    const chunk = [arc & 0x7f];
    for (let n = Math.floor(arc / 128); n > 0; n = Math.floor(n / 128)) chunk.unshift(0x80 | (n & 0x7f));
    out.push(...chunk);
  };
  push(arcs[0]! * 40 + arcs[1]!);
  for (const arc of arcs.slice(2)) push(arc);
  return tlv(0x06, Buffer.from(out));
}

export const octetString = (bytes: Uint8Array): Der => tlv(0x04, bytes);

/** BIT STRING with no unused bits. */
export const bitString = (bytes: Uint8Array): Der => tlv(0x03, Buffer.concat([Buffer.from([0]), bytes]));

/** BIT STRING holding named bits (KeyUsage): bit 0 is the most significant bit of the first byte. */
export function namedBits(bits: readonly number[]): Der {
  const max = Math.max(...bits);
  const bytes = Buffer.alloc(Math.floor(max / 8) + 1);
  for (const bit of bits) bytes[Math.floor(bit / 8)]! |= 0x80 >> bit % 8;
  // DER: trailing zero bits are removed and counted as unused (X.690 §11.2.2).
  const unused = 7 - (max % 8);
  return tlv(0x03, Buffer.concat([Buffer.from([unused]), bytes]));
}

export const utf8String = (text: string): Der => tlv(0x0c, Buffer.from(text, 'utf8'));

export function ia5String(text: string): Der {
  if (!/^[\x20-\x7e]*$/.test(text)) throw new RangeError('der.ia5String: only printable ASCII is supported');
  return tlv(0x16, Buffer.from(text, 'ascii'));
}

/** RFC 5280 §4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050, always UTC with seconds. */
export function time(date: Date): Der {
  if (Number.isNaN(date.getTime())) throw new RangeError('der.time: invalid date');
  const iso = date.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
  const digits = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
  const year = date.getUTCFullYear();
  if (year >= 1950 && year < 2050) return tlv(0x17, Buffer.from(digits.slice(2), 'ascii'));
  return tlv(0x18, Buffer.from(digits, 'ascii'));
}

/** Context-specific constructed tag `[n]` (EXPLICIT tagging). */
export const explicit = (n: number, inner: Der): Der => tlv(0xa0 | n, inner);

/** Context-specific primitive tag `[n]` (IMPLICIT tagging of a primitive value). */
export const implicit = (n: number, content: Uint8Array): Der => tlv(0x80 | n, content);
