// The documented leak rule (eval/README.md, "Scoring rule"), re-implemented, and the serialisation
// the scorer applies to a record before checking it.
const SECRET_KINDS = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret']);
const SEP = /[\s\-./()]/g;

export function leakForms(value, kind) {
  const forms = new Set([value, JSON.stringify(value).slice(1, -1)]);
  if (SECRET_KINDS.has(kind) && value.includes(' ') && !value.includes('\n')) {
    for (const w of value.split(/\s+/)) if (w.length >= 5) forms.add(w);
  }
  const compact = value.replace(SEP, '');
  if (compact !== value && compact.length >= 6) forms.add(compact);
  if (value.includes('\n')) for (const line of value.split('\n')) if (line.trim().length >= 16) forms.add(line.trim());
  return [...forms];
}
export const isLeaked = (out, value, kind) => leakForms(value, kind).some((f) => out.includes(f));
export const isKept = (out, value) => out.includes(value) || out.includes(JSON.stringify(value).slice(1, -1));

function collections(_k, v) {
  if (v instanceof Map) return { '[Map]': [...v.entries()] };
  if (v instanceof Set) return { '[Set]': [...v] };
  return v;
}
export function reviveMaps(record, maps) {
  for (const path of maps ?? []) {
    let parent = record;
    for (const k of path.slice(0, -1)) parent = parent[k];
    const last = path[path.length - 1];
    parent[last] = new Map(Object.entries(parent[last]));
  }
  return record;
}
/** What the scorer would look at if the scrubber returned its input unchanged. */
export function serialiseInput(value) { return typeof value === 'string' ? value : JSON.stringify(value, collections); }
export function serialise(rec) {
  return rec.format === 'text' ? rec.record : serialiseInput(reviveMaps(structuredClone(rec.record), rec.maps));
}
/** Replace every leak form of every label (longest first). */
export function redactAll(out, labels) {
  const forms = [...new Set(labels.flatMap((s) => leakForms(s.value, s.kind)))].sort((a, b) => b.length - a.length);
  for (const f of forms) out = out.split(f).join('[REDACTED]');
  return out;
}
