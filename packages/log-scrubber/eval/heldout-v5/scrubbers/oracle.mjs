// Removes exactly the labelled values of the record it is given, and nothing else: the ceiling that
// proves no label leaks through another form and no keep value overlaps a label.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const corpus = process.env.HELDOUT_V5_FILE ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'heldout-v5.jsonl');

export function createScrubber() {
  const labels = new Map();
  for (const line of readFileSync(corpus, 'utf8').split('\n').filter(Boolean)) {
    const rec = JSON.parse(line);
    const key = rec.format === 'text' ? rec.record : JSON.stringify(rec.record);
    labels.set(key, rec.sensitive.map((s) => s.value).sort((a, b) => b.length - a.length));
  }
  const scrubString = (s) => {
    let out = s;
    for (const value of labels.get(s) ?? []) {
      out = out.split(value).join('[X]').split(JSON.stringify(value).slice(1, -1)).join('[X]');
    }
    return out;
  };
  return { scrub: (input) => (typeof input === 'string' ? scrubString(input) : scrubString(JSON.stringify(input))), scrubText: scrubString };
}
