// Re-implementation of the documented leak rule (eval/README.md, "Scoring rule"), written from the
// prose so that validate.mjs does not depend on the scorer's code.
export const SECRET_KINDS = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret']);
export const KINDS = ['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'person_name', 'email', 'phone', 'ip', 'national_id', 'iban', 'card', 'address', 'dob', 'geo', 'home_path', 'other_secret'];
const jsonEsc = (s) => JSON.stringify(s).slice(1, -1);

export function leakForms(value, kind) {
  const forms = new Set([value, jsonEsc(value)]);
  const multiLine = value.includes('\n');
  // rule 4: quoted passphrases leak through any long word
  if (SECRET_KINDS.has(kind) && value.includes(' ') && !multiLine) for (const w of value.split(/\s+/)) if (w.length >= 5) forms.add(w);
  // rule 2: compact form without separators
  const compact = value.replace(/[\s\-./()]/g, '');
  if (compact !== value && compact.length >= 6) forms.add(compact);
  // rule 3: every long line of a PEM/PGP block
  if (multiLine) for (const l of value.split('\n')) if (l.trim().length >= 16) forms.add(l.trim());
  return [...forms];
}
export const leaks = (out, value, kind) => leakForms(value, kind).some((f) => out.includes(f));
export const keeps = (out, value) => out.includes(value) || out.includes(jsonEsc(value));

// How the scorer serialises an object record: Maps revived from `maps`, then written with their entries.
export function reviveMaps(record, maps) {
  for (const path of maps ?? []) {
    let parent = record;
    for (const k of path.slice(0, -1)) parent = parent[k];
    const last = path[path.length - 1];
    parent[last] = new Map(Object.entries(parent[last]));
  }
  return record;
}
export const withCollections = (_k, v) => (v instanceof Map ? { '[Map]': [...v.entries()] } : v instanceof Set ? { '[Set]': [...v] } : v);
export function serialise(rec) {
  return rec.format === 'text' ? rec.record : JSON.stringify(reviveMaps(structuredClone(rec.record), rec.maps), withCollections);
}
// Replaces every leak form of the given labels, longest first.
export function redact(str, labels) {
  const forms = [...new Set(labels.flatMap((s) => leakForms(s.value, s.kind)))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  for (const f of forms) str = str.split(f).join('[REDACTED]');
  return str;
}
