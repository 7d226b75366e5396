import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);
const NAME = /<name:k1:[0-9a-f]{20}>/;

// A name in another script inside a sentence of a language that introduces the writer by it.
describe('a name in another script inside a sentence of another language', () => {
  it('Arabic "I am" before a Latin full name', () => {
    const out = text('مرحباً، أنا Phạm Yıldız. لا أستطيع الدخول');
    expect(out).not.toContain('Yıldız');
    expect(out).toMatch(NAME);
    expect(out).toContain('لا أستطيع الدخول');
  });
  it.each(['です', 'と申します', 'でございます'])('a Cyrillic or Latin full name before %s', (copula) => {
    for (const name of ['Светлана Орлова', 'Agnieszka Wróbel']) {
      const out = text(`お世話になっております。${name}${copula}。請求書が届きません。`);
      expect(out).not.toContain(name);
      expect(out).toMatch(NAME);
      expect(out).toContain(copula);
    }
  });
  it('two capitalised Cyrillic words in a search query', () => {
    const out = s.scrub({ index: 'kb-articles', query: 'reset password Светлана Орлова', hits: 3 }) as { query: string };
    expect(out.query).not.toContain('Орлова');
    expect(out.query).toMatch(/^reset password <name:k1:[0-9a-f]{20}>$/);
  });
  it('a query of ordinary words in that script stays', () => {
    const out = s.scrub({ index: 'kb-articles', q: 'настройка sso Москва', hits: 3 }) as { q: string };
    expect(out.q).toBe('настройка sso Москва');
  });
});
