import { VENDOR_RULES, type VendorRule } from './vendor-rules.js';

interface CompiledRule {
  readonly id: string;
  readonly re: RegExp;
  readonly entropy: number;
  readonly group: number;
}

// A base64 value (a Shamir share, a key) starts with `/` one time in 64 and may hold more slashes:
// it is a path when most of its segments read like words.
const BASE64_RUN = /^\/[A-Za-z0-9+/]{19,}={0,2}$/;
// A directory or file word: lower-case or capitalised words joined by `-`/`_`, digits only at the end.
const PATH_SEGMENT = /^(?:[a-z]{2,}|[A-Z][a-z]+(?:[A-Z][a-z]+)*)(?:[-_][A-Za-z]+)*\d{0,3}$/;

/** Whether a value that starts with `/` is one random base64 run (a key or a share), not a path. */
export function isRandomRun(v: string): boolean {
  if (!BASE64_RUN.test(v)) return false;
  const segments = v.split('/').filter((segment) => segment !== '');
  const words = segments.filter((segment) => PATH_SEGMENT.test(segment)).length;
  if (words * 2 > segments.length) return false;
  const kinds = Number(/[A-Z]/.test(v)) + Number(/[a-z]/.test(v)) + Number(/\d/.test(v)) + Number(/\+/.test(v));
  return kinds >= 3 && shannonEntropy(v) >= 3.5;
}

/** Shannon entropy in bits per character: how random a candidate secret looks. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Shortest string a vendor rule can match in practice (the shortest vendor token is ~20 characters). */
export const VENDOR_MIN_LENGTH = 16;

/**
 * The vendor rule table, compiled once. A rule runs on a string only when one of its keywords
 * occurs in it: one case-insensitive keyword pass per string, then the few rules of the keywords
 * found, so a hundred rules cost one regex pass on strings that name no vendor.
 */
export class VendorScanner {
  readonly #keywords: RegExp | undefined;
  readonly #byKeyword = new Map<string, CompiledRule[]>();

  constructor(rules: readonly VendorRule[] = VENDOR_RULES) {
    for (const rule of rules) {
      const flags = rule.pattern.flags.includes('i') ? 'gdi' : 'gd';
      const compiled: CompiledRule = { id: rule.id, re: new RegExp(rule.pattern.source, flags), entropy: rule.entropy ?? 0, group: rule.group ?? 0 };
      for (const keyword of rule.keywords.map((k) => k.toLowerCase())) {
        let list = this.#byKeyword.get(keyword);
        if (list === undefined) this.#byKeyword.set(keyword, (list = []));
        list.push(compiled);
      }
    }
    // Longest first, so a keyword that contains another ("sk-ant-api03" vs "sk") is reported.
    const words = [...this.#byKeyword.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    // An empty alternation matches the empty string everywhere and `exec` would never advance.
    this.#keywords = words.length === 0 ? undefined : new RegExp(words.join('|'), 'gi');
  }

  /** Spans `[start, end)` of vendor secrets in `text`, in order and not overlapping; undefined when none. */
  find(text: string): Array<readonly [number, number]> | undefined {
    if (text.length < VENDOR_MIN_LENGTH || this.#keywords === undefined) return undefined;
    this.#keywords.lastIndex = 0;
    let rules: Set<CompiledRule> | undefined;
    let m: RegExpExecArray | null;
    while ((m = this.#keywords.exec(text)) !== null) {
      for (const rule of this.#byKeyword.get(m[0].toLowerCase()) ?? []) (rules ??= new Set()).add(rule);
    }
    if (rules === undefined) return undefined;
    let spans: Array<readonly [number, number]> | undefined;
    for (const rule of rules) {
      rule.re.lastIndex = 0;
      let hit: RegExpExecArray | null;
      while ((hit = rule.re.exec(text)) !== null) {
        if (hit[0].length === 0) {
          rule.re.lastIndex++;
          continue;
        }
        const span = secretSpan(hit, rule.group);
        if (span !== undefined && shannonEntropy(text.slice(span[0], span[1])) >= rule.entropy) {
          (spans ??= []).push(span);
        }
      }
    }
    if (spans === undefined) return undefined;
    spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const merged: Array<readonly [number, number]> = [];
    for (const span of spans) {
      const last = merged[merged.length - 1];
      if (last !== undefined && span[0] < last[1]) {
        if (span[1] > last[1]) merged[merged.length - 1] = [last[0], span[1]];
      } else merged.push(span);
    }
    return merged;
  }
}

/** The secret inside a match: the rule's secret group, else the first non-empty group, else the match. */
function secretSpan(hit: RegExpExecArray, group: number): readonly [number, number] | undefined {
  const indices = hit.indices;
  if (indices === undefined) return undefined;
  if (group > 0) return indices[group] ?? indices[0];
  for (let i = 1; i < indices.length; i++) {
    const span = indices[i];
    if (span !== undefined && span[1] > span[0]) return span;
  }
  return indices[0];
}
