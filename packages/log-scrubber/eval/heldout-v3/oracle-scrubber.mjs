// Reference scrubber for validate.mjs: removes exactly the labelled values of the record it is
// given (found by its exact serialisation) and nothing else. Scoring it must give 100 % recall and
// 100 % keep; anything less means a label or a keep value is unfair.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const esc = (v) => JSON.stringify(v).slice(1, -1);

export function createScrubber() {
  const file = process.env.HELDOUT_V3_FILE ?? join(dirname(fileURLToPath(import.meta.url)), 'heldout-v3.jsonl');
  const labels = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const rec = JSON.parse(line);
    const key = rec.format === 'text' ? `t:${rec.record}` : `o:${JSON.stringify(rec.record)}`;
    labels.set(key, [...rec.sensitive.map((s) => s.value)].sort((a, b) => b.length - a.length));
  }
  const remove = (key, hay) => {
    const values = labels.get(key);
    if (!values) throw new Error('oracle: record not in the corpus');
    let out = hay;
    for (const v of values) out = out.split(v).join('[X]').split(esc(v)).join('[X]');
    return out;
  };
  return {
    scrubText: (text) => remove(`t:${text}`, text),
    scrub(value) {
      const json = JSON.stringify(value);
      const out = remove(`o:${json}`, json);
      // A label that was a JSON number (a coordinate) leaves "[X]" where a number stood: hand the
      // serialised string back instead of an object then; score.mjs judges either.
      try { return JSON.parse(out); } catch { return out; }
    },
  };
}
