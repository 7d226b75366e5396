import { describe, expect, it } from 'vitest';
import { scrubLine } from '../src/index.js';
import { scrubber } from './helpers.js';

const s = scrubber();

describe('scrubLine', () => {
  it('re-serialises a JSON object line on one line', () => {
    expect(scrubLine(s, '{"a":{"password":"x"},"n":1}  ')).toBe('{"a":{"password":"[REDACTED]"},"n":1}');
  });

  it('scrubs anything else as text, keeping it', () => {
    expect(scrubLine(s, '[1,2] token=abc')).toBe('[1,2] token=[REDACTED]');
    // An unquoted secret value runs to the next space or separator: the brace goes with it, no half secret stays.
    expect(scrubLine(s, '{not json password=hun}ter2 ok}')).toBe('{not json password=[REDACTED] ok}');
    expect(scrubLine(s, '')).toBe('');
  });
});
