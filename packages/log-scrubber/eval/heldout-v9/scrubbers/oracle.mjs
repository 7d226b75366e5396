// Reference scrubber that removes exactly the labelled values of the record it is given: the ceiling.
// It finds the corpus record by its content, so it needs nothing from the scorer but the input.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The leak forms of the README's scoring rule, restated here: importing score.mjs from a scrubber it
// is loading would deadlock on its top-level await.
const SECRET_KINDS = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret']);
function leakForms(value, kind) {
  const forms = new Set([value, JSON.stringify(value).slice(1, -1)]);
  if (SECRET_KINDS.has(kind) && / /.test(value) && !value.includes('\n')) for (const w of value.split(/\s+/)) if (w.length >= 5) forms.add(w);
  const compact = value.replace(/[\s\-./()]/g, '');
  if (compact !== value && compact.length >= 6) forms.add(compact);
  if (value.includes('\n')) for (const line of value.split('\n')) if (line.trim().length >= 16) forms.add(line.trim());
  return [...forms];
}

const here = dirname(fileURLToPath(import.meta.url));
const records = readFileSync(join(here, '..', 'heldout-v9.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const withCollections = (_k, v) => (v instanceof Map ? { '[Map]': [...v.entries()] } : v);
const revive = (rec) => {
  const copy = structuredClone(rec.record);
  for (const path of rec.maps ?? []) {
    let parent = copy;
    for (const k of path.slice(0, -1)) parent = parent[k];
    parent[path.at(-1)] = new Map(Object.entries(parent[path.at(-1)]));
  }
  return copy;
};
const byContent = new Map(records.map((rec) => [rec.format === 'text' ? `t:${rec.record}` : `o:${JSON.stringify(revive(rec), withCollections)}`, rec]));

function replacer(rec) {
  const forms = rec.sensitive.flatMap((s) => leakForms(s.value, s.kind)).sort((a, b) => b.length - a.length);
  // A distinct placeholder per form, so two redacted Map or object keys do not collapse into one.
  return (s) => forms.reduce((acc, f, i) => acc.split(f).join(`[X${i}]`), s);
}
function walk(v, fix) {
  if (typeof v === 'string') return fix(v);
  if (typeof v === 'number') { const t = fix(String(v)); return t === String(v) ? v : t; }
  if (v instanceof Map) return new Map([...v.entries()].map(([k, x]) => [typeof k === 'string' ? fix(k) : k, walk(x, fix)]));
  if (Array.isArray(v)) return v.map((x) => walk(x, fix));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [fix(k), walk(x, fix)]));
  return v;
}

export function createScrubber() {
  return {
    scrub(value) {
      const rec = byContent.get(`o:${JSON.stringify(value, withCollections)}`);
      return rec ? walk(value, replacer(rec)) : value;
    },
    scrubText(text) {
      const rec = byContent.get(`t:${text}`);
      return rec ? replacer(rec)(text) : text;
    },
  };
}
