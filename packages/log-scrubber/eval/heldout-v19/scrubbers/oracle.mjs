// Upper bound: knows the labels of heldout-v19 and replaces every leak form of the record's labels
// (100 % recall, 100 % keep). Records are recognised by their serialised input.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { redactString, redactValue, revive, serialise } from '../leak.mjs';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'heldout-v19.jsonl');

export function createScrubber() {
  const byInput = new Map();
  const all = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const rec = JSON.parse(line);
    byInput.set(serialise(revive(rec)), rec.sensitive);
    all.push(...rec.sensitive);
  }
  const labelsFor = (input) => byInput.get(serialise(input)) ?? all;
  return {
    scrub: (value) => redactValue(value, labelsFor(value)),
    scrubText: (text) => redactString(text, labelsFor(text)),
  };
}
