// Reference scrubber that knows the labels: it looks each input up in the corpus and cuts out every
// leak form of every labelled value, so recall and keep should both be 100 %. Self-contained on
// purpose (does not import score.mjs), so it checks the scorer rather than mirroring it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SECRET = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret']);
const esc = (v) => JSON.stringify(v).slice(1, -1);
function forms(value, kind) {
  const f = new Set([value, esc(value)]);
  if (SECRET.has(kind) && value.includes(' ') && !value.includes('\n')) for (const w of value.split(/\s+/)) if (w.length >= 5) f.add(w);
  const compact = value.replace(/[\s\-./()]/g, '');
  if (compact !== value && compact.length >= 6) f.add(compact);
  if (value.includes('\n')) for (const l of value.split('\n')) if (l.trim().length >= 16) f.add(l.trim());
  return [...f];
}
const replacer = (_k, v) => (v instanceof Map ? { '[Map]': [...v.entries()] } : v instanceof Set ? { '[Set]': [...v] } : v);
function revive(rec) {
  const copy = structuredClone(rec.record);
  for (const path of rec.maps ?? []) {
    let parent = copy;
    for (const k of path.slice(0, -1)) parent = parent[k];
    const last = path[path.length - 1];
    parent[last] = new Map(Object.entries(parent[last]));
  }
  return copy;
}

export function createScrubber() {
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'heldout-v11.jsonl');
  const byInput = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const rec = JSON.parse(line);
    const key = rec.format === 'text' ? `t:${rec.record}` : `o:${JSON.stringify(revive(rec), replacer)}`;
    const list = byInput.get(key) ?? [];
    for (const s of rec.sensitive) list.push(...forms(s.value, s.kind));
    byInput.set(key, list);
  }
  const cut = (text, key) => {
    let out = text;
    for (const f of [...new Set(byInput.get(key) ?? [])].sort((a, b) => b.length - a.length)) out = out.split(f).join('[REDACTED]');
    return out;
  };
  return {
    scrub(value) {
      if (typeof value === 'string') return cut(value, `t:${value}`);
      const s = JSON.stringify(value, replacer);
      return cut(s, `o:${s}`);
    },
    scrubText: (text) => cut(text, `t:${text}`),
  };
}
