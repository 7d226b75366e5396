// Baseline for validate.mjs: knows the labels of heldout-v4 and removes exactly those values (raw
// and JSON-escaped), nothing else. It must score 100 % recall and 100 % keep; anything less means
// a label is unfair (its leak form also occurs unlabelled) or a keep value overlaps a label.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const file = process.env.HELDOUT_V4_FILE ?? join(dirname(fileURLToPath(import.meta.url)), 'heldout-v4.jsonl');
const labels = new Map();
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line) continue;
  const rec = JSON.parse(line);
  const key = rec.format === 'text' ? rec.record : JSON.stringify(rec.record);
  labels.set(key, [...(labels.get(key) ?? []), ...rec.sensitive.map((s) => s.value)]);
}

function removeLabels(serialised) {
  let out = serialised;
  for (const value of [...(labels.get(serialised) ?? [])].sort((a, b) => b.length - a.length)) {
    out = out.split(value).join('[REMOVED]').split(JSON.stringify(value).slice(1, -1)).join('[REMOVED]');
  }
  return out;
}

export function createScrubber() {
  return {
    scrub: (value) => (typeof value === 'string' ? removeLabels(value) : removeLabels(JSON.stringify(value))),
    scrubText: (text) => removeLabels(text),
  };
}
