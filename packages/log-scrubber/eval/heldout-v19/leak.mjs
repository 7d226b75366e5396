// The documented leak rule (eval/README.md, "Scoring rule"), re-implemented, and the serialisation the
// scorer applies to a record before looking for leak forms and keeps.

export const SECRET_KINDS = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret']);
export const KINDS = ['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'person_name', 'email', 'phone', 'ip',
  'national_id', 'iban', 'card', 'address', 'dob', 'geo', 'home_path', 'other_secret'];

const escaped = (v) => JSON.stringify(v).slice(1, -1);

/** Every string whose presence in the output counts as a leak of `value`. */
export function leakForms(value, kind) {
  const forms = new Set([value, escaped(value)]);
  const multiLine = value.includes('\n');
  if (SECRET_KINDS.has(kind) && value.includes(' ') && !multiLine) {
    for (const w of value.split(/\s+/)) if (w.length >= 5) forms.add(w);
  }
  const compact = value.replace(/[\s\-./()]/g, '');
  if (compact !== value && compact.length >= 6) forms.add(compact);
  if (multiLine) for (const line of value.split('\n')) if (line.trim().length >= 16) forms.add(line.trim());
  return [...forms];
}

export const leaks = (out, value, kind) => leakForms(value, kind).some((f) => out.includes(f));
export const keeps = (out, value) => out.includes(value) || out.includes(escaped(value));

function collections(_k, v) {
  if (v instanceof Map) return { '[Map]': [...v.entries()] };
  if (v instanceof Set) return { '[Set]': [...v] };
  return v;
}

/** The record as the scorer hands it to a scrubber: listed sub-objects turned into Maps. */
export function revive(rec) {
  if (rec.format === 'text') return rec.record;
  const copy = structuredClone(rec.record);
  for (const path of rec.maps ?? []) {
    let parent = copy;
    for (const k of path.slice(0, -1)) parent = parent[k];
    const last = path[path.length - 1];
    parent[last] = new Map(Object.entries(parent[last]));
  }
  return copy;
}

/** The string the scorer searches: the text line, or JSON of the (revived) object. */
export function serialise(output) {
  return typeof output === 'string' ? output : JSON.stringify(output, collections) ?? '';
}

/** Replace every leak form of the given labels, longest first, in a string. */
export function redactString(s, labels) {
  const forms = [...new Set(labels.flatMap((l) => leakForms(l.value, l.kind)))].sort((a, b) => b.length - a.length);
  let out = s;
  for (const f of forms) if (f) out = out.split(f).join('[X]');
  return out;
}

/** What the oracle does to a record: every leak form of its labels replaced in every string, key and labelled number. */
export function redactValue(v, labels) {
  if (typeof v === 'string') return redactString(v, labels);
  if (Array.isArray(v)) return v.map((x) => redactValue(x, labels));
  if (v instanceof Map) return new Map([...v.entries()].map(([k, x]) => [redactValue(k, labels), redactValue(x, labels)]));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [redactValue(k, labels), redactValue(x, labels)]));
  if (typeof v === 'number' && labels.some((l) => l.value === String(v))) return '[X]';
  return v;
}
