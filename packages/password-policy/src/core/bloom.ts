/**
 * A Bloom filter in one flat byte array: the blocklist ships as ~0.85 MB
 * instead of several MB of text, loads with one read and answers a lookup
 * with two string hashes and k bit probes (no allocation).
 *
 * File layout (little-endian):
 *   0  "PPBL"        magic
 *   4  u32 version   1
 *   8  u32 entries   distinct entries inserted
 *   12 u32 k         probes per entry
 *   16 u32 bits      filter size m in bits
 *   20 32 bytes      SHA-256 of the source list (provenance)
 *   52 ceil(m/8)     the bits
 *
 * The hashes are not cryptographic and need not be: a false positive only
 * refuses a password the user chose, and an attacker gains nothing by
 * provoking one for their own password.
 */
import { createHash } from 'node:crypto';

const MAGIC = 0x4c425050; // "PPBL" read as little-endian u32
const VERSION = 1;
const HEADER = 52;

/**
 * Two independent 32-bit hashes of `text` in one pass over its UTF-16 code
 * units: FNV-1a, and a multiply-xorshift hash with murmur3's finaliser.
 * The second is forced odd so the k probes g_i = h1 + i*h2 never collapse
 * onto one bit. Written into `out` to avoid allocating per lookup.
 */
function hashes(text: string, out: Uint32Array): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b);
  h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
  out[0] = h1;
  out[1] = (h2 ^ (h2 >>> 16)) | 1;
}
const scratch = new Uint32Array(2);

/** A read-only Bloom filter. */
export class BloomFilter {
  readonly entries: number;
  readonly k: number;
  readonly bits: number;
  /** Hex SHA-256 of the list the filter was built from. */
  readonly sourceSha256: string;
  readonly #data: Uint8Array;

  private constructor(data: Uint8Array, entries: number, k: number, bits: number, sourceSha256: string) {
    this.#data = data;
    this.entries = entries;
    this.k = k;
    this.bits = bits;
    this.sourceSha256 = sourceSha256;
  }

  /** Parse the serialised form; throws on anything that is not a filter this code wrote. */
  static from(bytes: Uint8Array): BloomFilter {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.byteLength < HEADER || view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) {
      throw new Error('blocklist: not a version 1 Bloom filter file');
    }
    const entries = view.getUint32(8, true);
    const k = view.getUint32(12, true);
    const bits = view.getUint32(16, true);
    if (k < 1 || k > 32 || bits < 8 || bytes.byteLength !== HEADER + Math.ceil(bits / 8)) {
      throw new Error('blocklist: corrupt Bloom filter header');
    }
    const sha = Buffer.from(bytes.subarray(20, 52)).toString('hex');
    return new BloomFilter(bytes.subarray(HEADER), entries, k, bits, sha);
  }

  /** Build a filter for `entries` (already folded and de-duplicated) at the target false-positive rate. */
  static build(entries: readonly string[], falsePositiveRate: number, source: Uint8Array): Uint8Array {
    const n = Math.max(1, entries.length);
    // Optimal size and probe count (Bloom 1970; Broder & Mitzenmacher 2004).
    const bits = Math.ceil((-n * Math.log(falsePositiveRate)) / Math.LN2 ** 2);
    const k = Math.max(1, Math.round((bits / n) * Math.LN2));
    const out = new Uint8Array(HEADER + Math.ceil(bits / 8));
    const view = new DataView(out.buffer);
    view.setUint32(0, MAGIC, true);
    view.setUint32(4, VERSION, true);
    view.setUint32(8, entries.length, true);
    view.setUint32(12, k, true);
    view.setUint32(16, bits, true);
    out.set(createHash('sha256').update(source).digest(), 20);
    const data = out.subarray(HEADER);
    for (const entry of entries) {
      hashes(entry, scratch);
      const h1 = scratch[0]!;
      const h2 = scratch[1]!;
      for (let i = 0; i < k; i++) {
        const bit = probe(h1, h2, i, bits);
        data[bit >>> 3]! |= 1 << (bit & 7);
      }
    }
    return out;
  }

  /** Whether `text` may be in the set (false positives at the stated rate, never false negatives). */
  has(text: string): boolean {
    hashes(text, scratch);
    const h1 = scratch[0]!;
    const h2 = scratch[1]!;
    const data = this.#data;
    const bits = this.bits;
    for (let i = 0; i < this.k; i++) {
      const bit = probe(h1, h2, i, bits);
      if ((data[bit >>> 3]! & (1 << (bit & 7))) === 0) return false;
    }
    return true;
  }
}

/** Kirsch–Mitzenmacher double hashing, mapped onto [0, bits) by multiply-shift (no modulo bias worth counting). */
function probe(h1: number, h2: number, i: number, bits: number): number {
  const g = (h1 + Math.imul(i, h2)) >>> 0;
  return Math.floor((g / 4294967296) * bits);
}
