// Upper bound: knows the labels of heldout-v14 and removes exactly their leak forms. Must score
// 100 % recall and 100 % keep; anything less means a label or keep is mis-specified.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serialise, redact, withCollections } from '../leak.mjs';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'heldout-v14.jsonl');
const byInput = new Map();
for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const rec = JSON.parse(line);
  byInput.set(serialise(rec), rec.sensitive);
}

export function createScrubber() {
  const run = (s) => { const labels = byInput.get(s); return labels ? redact(s, labels) : s; };
  return {
    // returns the redacted serialisation: the scorer checks strings as they are
    scrub: (v) => (typeof v === 'string' ? run(v) : run(JSON.stringify(v, withCollections))),
    scrubText: (t) => run(t),
  };
}
