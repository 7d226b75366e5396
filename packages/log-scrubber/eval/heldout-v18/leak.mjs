// Re-implementation of the documented leak rule (eval/README.md, "Scoring rule"), kept separate from
// score.mjs so the validator checks the corpus against the rule as written, not against the scorer's code.
const SECRET = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret']);

export function leakForms(value, kind) {
  const out = new Set([value, JSON.stringify(value).slice(1, -1)]);
  if (SECRET.has(kind) && value.includes(' ') && !value.includes('\n')) for (const w of value.split(/\s+/)) if (w.length >= 5) out.add(w);
  const compact = value.replace(/[\s\-./()]/g, '');
  if (compact !== value && compact.length >= 6) out.add(compact);
  if (value.includes('\n')) for (const l of value.split('\n')) if (l.trim().length >= 16) out.add(l.trim());
  return [...out];
}

/** The string the scorer inspects for a record left untouched (Maps revived, then serialised with their entries). */
export function serialise(rec) {
  if (rec.format === 'text') return rec.record;
  const r = structuredClone(rec.record);
  for (const path of rec.maps ?? []) {
    let p = r;
    for (const k of path.slice(0, -1)) p = p[k];
    const last = path[path.length - 1];
    p[last] = new Map(Object.entries(p[last]));
  }
  return JSON.stringify(r, (_k, v) => (v instanceof Map ? { '[Map]': [...v.entries()] } : v instanceof Set ? { '[Set]': [...v] } : v)) ?? '';
}

export const present = (s, v) => s.includes(v) || s.includes(JSON.stringify(v).slice(1, -1));

/** Remove every leak form of every label (longest first), as a perfect scrubber would. */
export function stripLabels(s, sensitive) {
  const forms = sensitive.flatMap((x) => leakForms(x.value, x.kind)).sort((a, b) => b.length - a.length);
  for (const f of forms) s = s.split(f).join('\u2588');
  return s;
}
