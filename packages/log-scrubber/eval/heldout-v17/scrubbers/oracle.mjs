// Knows the labels: finds the record it is given and removes every leak form of its labels.
// Must score 100 % recall and 100 % keep, which proves the labels and keeps are consistent.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { redact, serialise } from '../leak.mjs';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'heldout-v17.jsonl');
const bySerialised = new Map();
for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const rec = JSON.parse(line);
  const key = serialise(rec);
  bySerialised.set(key, [...(bySerialised.get(key) ?? []), ...rec.sensitive]);
}
// Maps revived by the scorer serialise back to the plain object they were built from.
const plain = (_k, v) => (v instanceof Map ? Object.fromEntries(v) : v);

export function createScrubber() {
  const run = (s) => redact(s, bySerialised.get(s) ?? []);
  return { scrub: (value) => run(typeof value === 'string' ? value : JSON.stringify(value, plain)), scrubText: (text) => run(text) };
}
