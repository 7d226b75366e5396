import { expect } from 'vitest';
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { createScrubber, type Scrubber, type ScrubberOptions } from '../src/index.js';

export const KEY1 = Buffer.alloc(32, 0x11);
export const KEY2 = Buffer.alloc(32, 0x22);
export const KEYS = [{ id: 'k1', secret: KEY1 }];

export function scrubber(options: ScrubberOptions = {}): Scrubber {
  return createScrubber({ keys: KEYS, ...options });
}

/** What `scrub` returns, as a string: a string as it comes, anything else as its JSON. */
export function scrubbedString(s: Scrubber, value: unknown): string {
  const r = s.scrub(value);
  return typeof r === 'string' ? r : JSON.stringify(r);
}

/**
 * A deterministic random token over an alphabet (high entropy, no real credential). `salt`
 * keeps the streams of different test files apart.
 */
export function token(alphabet: string, length: number, seed: number, salt = ''): string {
  let result = '';
  for (let block = 0; result.length < length; block++) {
    for (const byte of createHash('sha256').update(`${salt}${seed}:${block}`).digest()) {
      if (result.length < length) result += alphabet[byte % alphabet.length];
    }
  }
  return result;
}

/** Matches any pseudonym token of a type. */
export function tokenOf(type: string): RegExp {
  return new RegExp(`^<${type}:k1:[0-9a-f]{20}>$`);
}

/** An in-memory pino destination collecting parsed lines. */
export function sink(): { stream: Writable; lines: () => Record<string, unknown>[]; raw: () => string } {
  let buffer = '';
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      buffer += chunk.toString();
      cb();
    },
  });
  return {
    stream,
    raw: () => buffer,
    lines: () =>
      buffer
        .split('\n')
        .filter((l) => l.length > 0)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Asserts that none of `values` (given as lists or one by one) is left in a scrubbed string. */
export function gone(result: string, ...values: ReadonlyArray<string | readonly string[]>): void {
  for (const v of values.flat()) expect(result, v).not.toContain(v);
}

/** Asserts that every one of `values` is still in a scrubbed string. */
export function kept(result: string, values: readonly string[]): void {
  for (const v of values) expect(result, v).toContain(v);
}

/** An assertion for text lines: `name` is gone from the scrubbed `line` and every word of `keep` stays. */
export function hidesIn(s: Scrubber): (line: string, name: string, keep?: readonly string[]) => void {
  return (line, name, keep = []) => {
    const out = s.scrubText(line);
    gone(out, name);
    kept(out, keep);
  };
}
