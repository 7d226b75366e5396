// Scrubber that knows the labels: finds the record by its serialised form and removes every leak form
// of its labels. Must score 100 % recall and 100 % keep, which proves every label is reachable and
// every keep survives a perfect scrub.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serialise, stripLabels } from '../leak.mjs';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'heldout-v18.jsonl');
const byInput = new Map();
for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const rec = JSON.parse(line);
  byInput.set(serialise(rec), rec.sensitive);
}
const ser = (v) => JSON.stringify(v, (_k, x) => (x instanceof Map ? { '[Map]': [...x.entries()] } : x instanceof Set ? { '[Set]': [...x] } : x)) ?? '';

export function createScrubber() {
  return {
    scrubText: (t) => stripLabels(t, byInput.get(t) ?? []),
    scrub: (v) => { const s = ser(v); return stripLabels(s, byInput.get(s) ?? []); },
  };
}
