// Re-implementation of the documented leak rule (eval/README.md, "Scoring rule").
export const SECRET_KINDS = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret']);
export const KINDS = ['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'person_name', 'email', 'phone', 'ip', 'national_id', 'iban', 'card', 'address', 'dob', 'geo', 'home_path', 'other_secret'];

export function leakForms(value, kind) {
  const esc = JSON.stringify(value).slice(1, -1);
  const forms = new Set([value, esc]);
  // rule 4: a quoted passphrase leaks through any of its longer words
  if (SECRET_KINDS.has(kind) && value.includes(' ') && !value.includes('\n')) for (const w of value.split(/\s+/)) if (w.length >= 5) forms.add(w);
  // rule 2: separators stripped
  const compact = value.replace(/[\s\-./()]/g, '');
  if (compact !== value && compact.length >= 6) forms.add(compact);
  // rule 3: every long line of a multi-line block
  if (value.includes('\n')) for (const l of value.split('\n')) if (l.trim().length >= 16) forms.add(l.trim());
  return [...forms];
}

export function serialise(rec) {
  if (rec.format === 'text') return rec.record;
  const r = structuredClone(rec.record);
  for (const path of rec.maps ?? []) {
    let p = r;
    for (const k of path.slice(0, -1)) p = p[k];
    const last = path[path.length - 1];
    p[last] = new Map(Object.entries(p[last]));
  }
  return JSON.stringify(r, (_k, v) => (v instanceof Map ? { '[Map]': [...v.entries()] } : v instanceof Set ? { '[Set]': [...v] } : v));
}

export const present = (out, value) => out.includes(value) || out.includes(JSON.stringify(value).slice(1, -1));
export const leaks = (out, value, kind) => leakForms(value, kind).some((f) => out.includes(f));

/** Replaces every leak form of every label (longest first); the oracle and the validator share it.
 *  The replacement is a bare digit so that a label written as a JSON number (coordinates) still
 *  leaves valid JSON behind. */
export function removeLabels(out, sensitive) {
  const forms = [...new Set(sensitive.flatMap((s) => leakForms(s.value, s.kind)))].sort((a, b) => b.length - a.length);
  for (let pass = 0; pass < 3; pass++) for (const f of forms) out = out.split(f).join('0');
  return out;
}
