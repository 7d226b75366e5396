// Reference scrubber that knows the labels: it finds the corpus record it was given and replaces
// exactly that record's labelled values (and their leak forms). Expected: 100 % recall, 100 % keep.
// It does not import score.mjs, so a scorer bug cannot cancel out here.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SECRET = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret']);
const MASK = '\u2588';

function forms(value, kind) {
  const f = new Set([value, JSON.stringify(value).slice(1, -1)]);
  if (SECRET.has(kind) && value.includes(' ') && !value.includes('\n')) for (const w of value.split(/\s+/)) if (w.length >= 5) f.add(w);
  const compact = value.replace(/[\s\-./()]/g, '');
  if (compact !== value && compact.length >= 6) f.add(compact);
  if (value.includes('\n')) for (const l of value.split('\n')) if (l.trim().length >= 16) f.add(l.trim());
  return [...f].filter(Boolean);
}

// Maps arrive as Map objects (the scorer revives them); serialise them the way the corpus stores them.
const canon = (x) => (typeof x === 'string' ? `T${x}` : `O${JSON.stringify(x, (_k, val) => (val instanceof Map ? Object.fromEntries(val) : val))}`);

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'heldout-v10.jsonl');
const byRecord = new Map();
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line) continue;
  const row = JSON.parse(line);
  const key = canon(row.record);
  const list = byRecord.get(key) ?? [];
  list.push(...row.sensitive.flatMap((s) => forms(s.value, s.kind)));
  byRecord.set(key, list);
}

function replaceAll(str, list) {
  let out = str;
  for (let pass = 0; pass < 3; pass++) for (const f of list) if (out.includes(f)) out = out.split(f).join(MASK);
  return out;
}

function walk(node, list) {
  if (typeof node === 'string') return replaceAll(node, list);
  if (typeof node === 'number') { const s = String(node); return replaceAll(s, list) === s ? node : MASK; }
  if (node instanceof Map) return new Map([...node].map(([k, val]) => [typeof k === 'string' ? replaceAll(k, list) : k, walk(val, list)]));
  if (Array.isArray(node)) return node.map((x) => walk(x, list));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, val]) => [replaceAll(k, list), walk(val, list)]));
  return node;
}

export function createScrubber() {
  const labelsFor = (x) => (byRecord.get(canon(x)) ?? []).slice().sort((a, b) => b.length - a.length);
  return { scrub: (value) => walk(value, labelsFor(value)), scrubText: (text) => replaceAll(text, labelsFor(text)) };
}
