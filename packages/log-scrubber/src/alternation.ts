/**
 * A leftmost-first alternation of many detector patterns, run as a few smaller regexes.
 *
 * One combined regex per feature mask (the detectors a string could match) is fast, but there are
 * millions of masks: log content chooses which one a line has, so an attacker who can put text in a
 * log (a user agent, a user name) can make the process compile a new 10 KB regex for every line —
 * tens of milliseconds of stalled event loop each, and unbounded memory until the heap runs out.
 * Split into groups of at most a few features, each group compiles at most 2^k patterns, shared by
 * every scrubber of the process, so the total is bounded by construction.
 *
 * The result is the one combined regex would give: at each step the match that starts first wins,
 * and at equal starts the entry listed first (the order of the alternation).
 */
export type SplitReplace = (text: string, m: RegExpExecArray) => readonly [replacement: string, resumeAt: number];

const GROUP_NAME = /\(\?<([A-Za-z_$][\w$]*)>/g;

export class SplitAlternation {
  readonly #entries: ReadonlyArray<readonly [feature: number, source: string]>;
  readonly #groups: readonly number[];
  readonly #compiled: Array<Map<number, RegExp>>;
  // Named capture group → index of the entry it belongs to (ranks matches that start together).
  readonly #rankOf = new Map<string, number>();

  constructor(entries: ReadonlyArray<readonly [feature: number, source: string]>, groups: readonly number[]) {
    let seen = 0;
    for (const g of groups) {
      if ((seen & g) !== 0) throw new Error(`SplitAlternation: groups overlap (${seen & g})`);
      seen |= g;
    }
    entries.forEach(([feature, source], i) => {
      if (feature === 0 || !groups.some((g) => (feature & ~g) === 0)) {
        throw new Error(`SplitAlternation: feature ${feature} of entry ${i} is not inside one group`);
      }
      for (const [, name] of source.matchAll(GROUP_NAME)) this.#rankOf.set(name!, i);
    });
    this.#entries = entries;
    this.#groups = groups;
    this.#compiled = groups.map(() => new Map<number, RegExp>());
  }

  /** Patterns compiled so far (at most the sum of 2^(features in the group) over the groups). */
  get size(): number {
    let n = 0;
    for (const m of this.#compiled) n += m.size;
    return n;
  }

  /**
   * Replaces every match of the entries whose feature is in `mask`, left to right, with what
   * `replace` returns; scanning resumes where `replace` says (it may stop inside the match).
   */
  scan(text: string, mask: number, replace: SplitReplace): string {
    const active: RegExp[] = [];
    for (let g = 0; g < this.#groups.length; g++) {
      const sub = mask & this.#groups[g]!;
      if (sub !== 0) active.push(this.#regex(g, sub));
    }
    if (active.length === 0) return text;
    return active.length === 1 ? scanOne(text, active[0]!, replace) : this.#scanMany(text, active, replace);
  }

  #scanMany(text: string, active: RegExp[], replace: SplitReplace): string {
    // The next match of each regex at or after the scan position. A match that starts at or after
    // where the scan resumes is still that regex's leftmost one there: nothing of it matched between.
    const next: Array<RegExpExecArray | null> = active.map((re) => {
      re.lastIndex = 0;
      return re.exec(text);
    });
    let out = '';
    let last = 0;
    for (;;) {
      let best = -1;
      for (let i = 0; i < next.length; i++) {
        const m = next[i];
        if (m === null || m === undefined) continue;
        const b = best < 0 ? null : next[best]!;
        if (b === null || m.index < b.index || (m.index === b.index && this.#rank(m) < this.#rank(b))) best = i;
      }
      if (best < 0) break;
      const m = next[best]!;
      const [replacement, end] = replace(text, m);
      out += text.slice(last, m.index) + replacement;
      last = end;
      for (let i = 0; i < next.length; i++) {
        const n = next[i];
        if (n === null || n === undefined || (i !== best && n.index >= end)) continue;
        const re = active[i]!;
        re.lastIndex = end;
        next[i] = re.exec(text);
      }
    }
    return last === 0 ? text : out + text.slice(last);
  }

  #rank(m: RegExpExecArray): number {
    const groups = m.groups;
    if (groups !== undefined) {
      for (const name in groups) if (groups[name] !== undefined) return this.#rankOf.get(name) ?? Number.MAX_SAFE_INTEGER;
    }
    return Number.MAX_SAFE_INTEGER;
  }

  #regex(group: number, sub: number): RegExp {
    const cache = this.#compiled[group]!;
    let re = cache.get(sub);
    if (re === undefined) {
      const sources: string[] = [];
      for (const [feature, source] of this.#entries) if ((sub & feature) !== 0) sources.push(source);
      re = new RegExp(sources.join('|'), 'g');
      cache.set(sub, re);
    }
    return re;
  }
}

function scanOne(text: string, re: RegExp, replace: SplitReplace): string {
  re.lastIndex = 0;
  let out = '';
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const [replacement, end] = replace(text, m);
    out += text.slice(last, m.index) + replacement;
    last = end;
    re.lastIndex = end;
  }
  return last === 0 ? text : out + text.slice(last);
}
