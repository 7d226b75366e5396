// The documented leak rule (eval/README.md "Scoring rule"), re-implemented so this folder does not import the scorer.
const SECRET_KINDS = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret']);

export function forms(value, kind) {
  const out = new Set([value, JSON.stringify(value).slice(1, -1)]);
  if (SECRET_KINDS.has(kind) && / /.test(value) && !value.includes('\n')) for (const w of value.split(/\s+/)) if (w.length >= 5) out.add(w);
  const compact = value.replace(/[\s\-./()]/g, '');
  if (compact !== value && compact.length >= 6) out.add(compact);
  if (value.includes('\n')) for (const line of value.split('\n')) if (line.trim().length >= 16) out.add(line.trim());
  return [...out];
}

/** Removes every leak form of every label, longest first, until none is left. */
export function redact(text, labels) {
  const all = [...new Set(labels.flatMap((l) => forms(l.value, l.kind)))].sort((a, b) => b.length - a.length);
  let s = text;
  for (let changed = true; changed;) {
    changed = false;
    for (const f of all) if (s.includes(f)) { s = s.split(f).join('[X]'); changed = true; }
  }
  return s;
}

export const serialise = (rec) => (rec.format === 'text' ? rec.record : JSON.stringify(rec.record));
