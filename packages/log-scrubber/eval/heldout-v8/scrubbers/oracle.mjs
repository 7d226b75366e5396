// Reference scrubber that knows the labels: it replaces every leak form of every labelled value in
// the corpus (strings, numbers, object and Map keys) and nothing else. Must score 100 % / 100 %.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The README's leak forms, restated here: score.mjs imports this module while its own top-level
// await is pending, so importing score.mjs back would deadlock the module graph.
const SECRET_KINDS = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret']);
function leakForms(value, kind) {
  const forms = new Set([value, JSON.stringify(value).slice(1, -1)]);
  if (SECRET_KINDS.has(kind) && / /.test(value) && !value.includes('\n')) for (const w of value.split(/\s+/)) if (w.length >= 5) forms.add(w);
  const compact = value.replace(/[\s\-./()]/g, '');
  if (compact !== value && compact.length >= 6) forms.add(compact);
  if (value.includes('\n')) for (const line of value.split('\n')) if (line.trim().length >= 16) forms.add(line.trim());
  return [...forms];
}

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'heldout-v8.jsonl');
const forms = new Set();
for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const rec = JSON.parse(line);
  for (const s of rec.sensitive) for (const f of leakForms(s.value, s.kind)) forms.add(f);
}
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const re = new RegExp([...forms].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');

function text(s) { return s.replace(re, '[x]'); }
function walk(v) {
  if (typeof v === 'string') return text(v);
  if (typeof v === 'number') { const s = String(v); const t = text(s); return t === s ? v : t; }
  if (Array.isArray(v)) return v.map(walk);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [typeof k === 'string' ? text(k) : k, walk(x)]));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [text(k), walk(x)]));
  return v;
}
export function createScrubber() {
  return { scrub: walk, scrubText: text };
}
