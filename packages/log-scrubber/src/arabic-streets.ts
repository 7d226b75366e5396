import type { LineSpan } from './people-lines.js';

/**
 * An Arabic street line: the street and district words, a building number before an Arabic comma,
 * up to the postcode (`شارع الملك فهد، مبنى 12، الرياض 12271`).
 */
export const ARABIC_ADDRESS = String.raw`[\u0620-\u064A\u066E-\u06D3]{2,20}(?:[ \t]?[\u060C,]?[ \t](?:[\u0620-\u064A\u066E-\u06D3]{2,20}|\d{1,4}(?=[\u060C,]))){0,9}[ \t]\d{4,5}(?!\d)`;

// A line opening with its street word needs no cue before it. Read at each street word only (found
// with indexOf), not as one more branch tried at every position of every Arabic text: prose full
// of other Arabic words then costs one search per street word.
const STREET_WORDS = ['شارع', 'طريق'] as const;
const STREET_LINE = new RegExp(`${ARABIC_ADDRESS}`, 'y');
const ARABIC_LETTER_BEFORE = /[\u0620-\u06FF]/;

/** Whether `text` holds a street word that could open an Arabic street line. */
export function mayHaveArabicStreet(text: string): boolean {
  return text.includes(STREET_WORDS[0]) || text.includes(STREET_WORDS[1]);
}

/** Address spans of Arabic street lines that open with their street word. */
export function arabicStreetSpans(text: string, spans: LineSpan[]): void {
  for (const word of STREET_WORDS) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      if (at > 0 && ARABIC_LETTER_BEFORE.test(text[at - 1]!)) continue;
      const blank = text.charCodeAt(at + word.length);
      if (blank !== 32 && blank !== 9) continue;
      STREET_LINE.lastIndex = at;
      const m = STREET_LINE.exec(text);
      if (m !== null) spans.push([at, at + m[0].length, 'address']);
    }
  }
}
