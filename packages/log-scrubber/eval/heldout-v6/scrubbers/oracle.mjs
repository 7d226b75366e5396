// Oracle for validate.mjs: knows the labels of heldout-v6.jsonl and removes exactly those values (and
// nothing else), so a fair corpus scores 100 % recall and 100 % keep with it. A record it cannot find
// throws, which score() counts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const file = process.env.HELDOUT_V6_FILE ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'heldout-v6.jsonl');

// score() turns the `maps` paths into Maps; turning them back gives the committed JSON text again.
const plain = (_key, value) => (value instanceof Map ? Object.fromEntries(value) : value);

function loadIndex() {
  const index = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const rec = JSON.parse(line);
    const key = rec.format === 'text' ? `T${rec.record}` : `O${JSON.stringify(rec.record)}`;
    index.set(key, [...(index.get(key) ?? []), ...rec.sensitive.map((s) => s.value)]);
  }
  return index;
}

function remove(text, values) {
  let out = text;
  for (const value of [...values].sort((a, b) => b.length - a.length)) {
    out = out.split(value).join('[X]');
    out = out.split(JSON.stringify(value).slice(1, -1)).join('[X]');
  }
  return out;
}

export function createScrubber() {
  const index = loadIndex();
  const lookup = (key) => {
    const values = index.get(key);
    if (!values) throw new Error('oracle: record not in heldout-v6.jsonl');
    return values;
  };
  return {
    scrubText: (text) => remove(text, lookup(`T${text}`)),
    scrub: (value) => {
      if (typeof value === 'string') return remove(value, lookup(`T${value}`));
      const json = JSON.stringify(value, plain);
      const out = remove(json, lookup(`O${json}`));
      try { return JSON.parse(out); } catch { return out; }
    },
  };
}
