// Upper bound: knows the labels of the record it is given and replaces every leak form of them.
// Must score 100 % recall and 100 % keep; anything less means the corpus itself is inconsistent.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeLabels, serialise } from '../leak.mjs';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'heldout-v15.jsonl');
const records = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const plain = (_k, v) => (v instanceof Map ? Object.fromEntries(v) : v);
const byInput = new Map(records.map((r) => [r.format === 'text' ? `t:${r.record}` : `o:${JSON.stringify(r.record)}`, r]));

export function createScrubber() {
  return {
    scrub(value) {
      if (typeof value === 'string') return this.scrubText(value);
      const rec = byInput.get(`o:${JSON.stringify(value, plain)}`);
      if (!rec) return value;
      return JSON.parse(removeLabels(serialise({ format: 'object', record: value }), rec.sensitive));
    },
    scrubText(text) {
      const rec = byInput.get(`t:${text}`);
      return rec ? removeLabels(text, rec.sensitive) : text;
    },
  };
}
