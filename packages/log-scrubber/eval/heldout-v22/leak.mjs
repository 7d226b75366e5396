// The documented leak rule (eval/README.md, "Scoring rule"), re-implemented, and the record
// serialisation the scorer applies before checking.
export const SECRET_KINDS = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret']);
const SEP = /[\s\-./()]/g;

export function jsonEscaped(v) { return JSON.stringify(v).slice(1, -1); }

export function leakForms(value, kind) {
  const forms = new Set([value, jsonEscaped(value)]);
  if (SECRET_KINDS.has(kind) && value.includes(' ') && !value.includes('\n')) {
    for (const w of value.split(/\s+/)) if (w.length >= 5) forms.add(w);
  }
  const compact = value.replace(SEP, '');
  if (compact !== value && compact.length >= 6) forms.add(compact);
  if (value.includes('\n')) for (const line of value.split('\n')) if (line.trim().length >= 16) forms.add(line.trim());
  return [...forms];
}

function collections(_k, v) {
  if (v instanceof Map) return { '[Map]': [...v.entries()] };
  if (v instanceof Set) return { '[Set]': [...v] };
  return v;
}
export function serialiseValue(v) { return typeof v === 'string' ? v : JSON.stringify(v, collections) ?? ''; }

export function revive(record, maps) {
  const copy = structuredClone(record);
  for (const path of maps ?? []) {
    let parent = copy;
    for (const k of path.slice(0, -1)) parent = parent[k];
    const last = path[path.length - 1];
    parent[last] = new Map(Object.entries(parent[last]));
  }
  return copy;
}

/** The input the scorer hands to the scrubber, serialised the way the scorer serialises output. */
export function serialise(line) {
  return line.format === 'text' ? line.record : serialiseValue(revive(line.record, line.maps));
}

export function leaks(out, label) { return leakForms(label.value, label.kind).some((f) => out.includes(f)); }
export function keptIn(out, keep) { return out.includes(keep) || out.includes(jsonEscaped(keep)); }

/** Replace every leak form of the given labels in a string (longest first). */
export function redactString(s, labels) {
  const forms = [...new Set(labels.flatMap((l) => leakForms(l.value, l.kind)))].sort((a, b) => b.length - a.length);
  let out = s;
  for (let pass = 0; pass < 3; pass++) for (const f of forms) if (out.includes(f)) out = out.split(f).join('[R]');
  return out;
}

/** Redact every string leaf, key and number (as text) of a value; Maps/Sets become plain JSON shapes. */
export function redactValue(v, labels) {
  if (typeof v === 'string') return redactString(v, labels);
  if (typeof v === 'number') { const s = String(v); const t = redactString(s, labels); return t === s ? v : t; }
  if (v instanceof Map) return { '[Map]': [...v.entries()].map(([k, x]) => [redactValue(String(k), labels), redactValue(x, labels)]) };
  if (v instanceof Set) return { '[Set]': [...v].map((x) => redactValue(x, labels)) };
  if (Array.isArray(v)) return v.map((x) => redactValue(x, labels));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [redactString(k, labels), redactValue(x, labels)]));
  return v;
}
