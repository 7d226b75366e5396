// Re-implementation of the documented leak rule (eval/README.md, "Scoring rule"): the forms of a
// planted value whose presence in scrubber output counts as a leak.
export const SECRET_KINDS = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret']);
const SEP = /[\s\-./()]/g;
const jsonEscaped = (v) => JSON.stringify(v).slice(1, -1);

export function leakForms(value, kind) {
  const forms = new Set([value, jsonEscaped(value)]);
  const multiLine = value.includes('\n');
  if (SECRET_KINDS.has(kind) && value.includes(' ') && !multiLine) {
    for (const w of value.split(/\s+/)) if (w.length >= 5) forms.add(w);
  }
  const compact = value.replace(SEP, '');
  if (compact !== value && compact.length >= 6) forms.add(compact);
  if (multiLine) for (const line of value.split('\n')) if (line.trim().length >= 16) forms.add(line.trim());
  return [...forms];
}

/** Serialised form the scorer inspects: the line for text records, JSON for objects. */
export const serialise = (rec) => (rec.format === 'text' ? rec.record : JSON.stringify(rec.record));
export const present = (out, v) => out.includes(v) || out.includes(jsonEscaped(v));

/** Removes every leak form (and its JSON-escaped form) of the given labels, longest first. */
export function redact(out, labels) {
  const forms = new Set();
  for (const s of labels) for (const f of leakForms(s.value, s.kind)) { forms.add(f); forms.add(jsonEscaped(f)); }
  let r = out;
  for (const f of [...forms].sort((a, b) => b.length - a.length)) r = r.split(f).join('[X]');
  return r;
}
