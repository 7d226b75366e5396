// Reference scrubber that knows the labels: recall 100 %, keep 100 %. Proves every label is removable
// without touching a keep value. It finds its record by content (inputs are clones) and removes every
// leak form of that record's labels from every string, key, Map entry and number.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { leakForms } from '../leakforms.mjs';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'heldout-v12.jsonl');
const byContent = new Map();
for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const rec = JSON.parse(line);
  const forms = [...new Set(rec.sensitive.flatMap((s) => leakForms(s.value, s.kind)))].sort((a, b) => b.length - a.length);
  byContent.set(rec.format === 'text' ? `t:${rec.record}` : `o:${JSON.stringify(rec.record)}`, forms);
}

// Maps in the input were plain objects in the corpus: turn them back to look the record up.
const plain = (v) => JSON.parse(JSON.stringify(v, (_k, x) => (x instanceof Map ? Object.fromEntries(x) : x)));

function clean(s, forms) {
  let out = s;
  for (const f of forms) out = out.split(f).join('[REDACTED]');
  return out;
}

function walk(node, forms) {
  if (typeof node === 'string') return clean(node, forms);
  if (typeof node === 'number') { const c = clean(String(node), forms); return c === String(node) ? node : c; }
  if (node instanceof Map) return new Map([...node].map(([k, v]) => [walk(k, forms), walk(v, forms)]));
  if (Array.isArray(node)) return node.map((v) => walk(v, forms));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [clean(k, forms), walk(v, forms)]));
  return node;
}

export function createScrubber() {
  return {
    scrub(value) {
      const forms = byContent.get(`o:${JSON.stringify(plain(value))}`) ?? byContent.get(`t:${value}`) ?? [];
      return walk(value, forms);
    },
    scrubText(text) {
      return clean(text, byContent.get(`t:${text}`) ?? []);
    },
  };
}
