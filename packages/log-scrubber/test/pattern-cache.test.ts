import { describe, expect, it } from 'vitest';
import { SplitAlternation } from '../src/alternation.js';
import { compiledPatternCount } from '../src/text-scanner.js';
import { prng } from './corpus/values.js';
import { scrubber } from './helpers.js';

// Fragments that each light up a different cheap feature of the text scanner. Log content is
// attacker-controlled (user agents, user names, search terms), so an attacker chooses which
// combination of fragments a line holds.
const FRAGMENTS = [
  'eyJhbGciOiJIUzI1NiJ9', 'x@y:z', 'ann@example.org', 'ref 12345678', 'fe80::1', '10.1.2.3456', '4111111111111',
  'id 123456789', 'tel +49 30 1234567', 'ph 0123456789', 'k=v', '%41', 'ip-10-0-0-1', '/home/q', 'password',
  'sqlplus a/b@c', 'Mr Anna Berg', '12 Main Street', '0176 1234 5678', 'age 42', 'https://a:b@c', 'Müller',
  'born 1980-01-01',
];

describe('the text scanner compiles a bounded set of patterns', () => {
  it('lines combining features at random compile no more than a fixed number of patterns, process-wide', () => {
    const rnd = prng(0x5eed);
    // Two scrubbers: the compiled patterns do not depend on the instance, so they are shared.
    const a = scrubber();
    const b = scrubber();
    for (let i = 0; i < 400; i++) {
      const line = FRAGMENTS.filter(() => rnd() < 0.4).join(' ') + ` n${i}`;
      (i % 2 === 0 ? a : b).scrubText(line);
    }
    // Before: one combined pattern per distinct feature combination and per scrubber (hundreds
    // here; thousands of 10 KB regexes exhausted the heap in a few thousand lines).
    expect(compiledPatternCount()).toBeLessThanOrEqual(128);
  });
});

describe('SplitAlternation finds what one combined alternation finds', () => {
  // Overlapping alternatives on purpose: the same text can match several of them, at the same
  // start or at nested starts, so order and leftmost-first semantics matter.
  const ENTRIES = [
    [1, String.raw`(?<ab>ab+)`],
    [2, String.raw`(?<bc>b+c)`],
    [4, String.raw`(?<![a-z])(?<word>[a-c]{3,})`],
    [8, String.raw`(?<num>\d+(?:\.\d+)?)`],
    [16, String.raw`(?<dot>\d\.)`],
    [32, String.raw`(?<pair>(?<pl>[ab])=(?<pr>[a-z]+))`],
  ] as const;
  const ALL = 63;

  function combined(text: string, mask: number, replace: (m: RegExpExecArray) => readonly [string, number]): string {
    const re = new RegExp(ENTRIES.filter(([f]) => (mask & f) !== 0).map(([, s]) => s).join('|'), 'g');
    let out = '';
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const [r, end] = replace(m);
      out += text.slice(last, m.index) + r;
      last = end;
      re.lastIndex = end;
    }
    return last === 0 ? text : out + text.slice(last);
  }

  // Which alternative matched, and a replacement that sometimes resumes inside the match.
  function replacer(m: RegExpExecArray): readonly [string, number] {
    const name = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)![0];
    const end = name === 'pair' ? m.index + 2 : m.index + m[0].length;
    return [`<${name}:${m[0].slice(0, end - m.index)}>`, end];
  }

  it('gives the same output on random text, for every grouping and feature mask', () => {
    const rnd = prng(42);
    const alphabet = 'abc=.1 d9xb';
    const groupings = [[ALL], [1 | 2, 4 | 8, 16 | 32], [1, 2, 4, 8, 16, 32], [1 | 32, 2 | 16, 4 | 8]];
    for (const groups of groupings) {
      const split = new SplitAlternation(ENTRIES, groups);
      for (let i = 0; i < 2000; i++) {
        let text = '';
        const n = 1 + Math.floor(rnd() * 30);
        for (let k = 0; k < n; k++) text += alphabet[Math.floor(rnd() * alphabet.length)];
        const mask = 1 + Math.floor(rnd() * ALL);
        expect(split.scan(text, mask, (_t, m) => replacer(m)), `${JSON.stringify(text)} mask ${mask}`).toBe(combined(text, mask, replacer));
      }
    }
  });

  it('throws when an entry does not fit in one group, or groups overlap', () => {
    expect(() => new SplitAlternation(ENTRIES, [1 | 2, 4 | 8, 16])).toThrow(/feature 32/);
    expect(() => new SplitAlternation(ENTRIES, [1 | 2, 2 | 4, 8 | 16 | 32])).toThrow(/overlap/);
    expect(() => new SplitAlternation([[3, '(?<x>x)']], [1, 2])).toThrow(/feature 3/);
  });
});
