// The documented leak rule (eval/README.md, "Scoring rule"), re-implemented, and serialisation as the scorer sees a record.
export const KINDS = ['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'person_name', 'email', 'phone', 'ip',
  'national_id', 'iban', 'card', 'address', 'dob', 'geo', 'home_path', 'other_secret'];
export const SECRET = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret']);

const esc = (v) => JSON.stringify(v).slice(1, -1);

/** Every form of a labelled value whose presence in the output is a leak. */
export function forms(value, kind) {
  const out = new Set([value, esc(value)]);
  const compact = value.replace(/[\s\-./()]/g, '');
  if (compact !== value && compact.length >= 6) out.add(compact);
  if (value.includes('\n')) {
    for (const line of value.split('\n')) if (line.trim().length >= 16) out.add(line.trim());
  } else if (SECRET.has(kind) && value.includes(' ')) {
    for (const w of value.split(/\s+/)) if (w.length >= 5) out.add(w);
  }
  return [...out];
}

export function leaks(text, value, kind) { return forms(value, kind).some((f) => text.includes(f)); }
export function keeps(text, value) { return text.includes(value) || text.includes(esc(value)); }

function collections(_k, v) {
  if (v instanceof Map) return { '[Map]': [...v.entries()] };
  if (v instanceof Set) return { '[Set]': [...v] };
  return v;
}

/** The input the scorer hands to the scrubber (maps revived). */
export function input(rec) {
  if (rec.format === 'text') return rec.record;
  const o = structuredClone(rec.record);
  for (const path of rec.maps ?? []) {
    let parent = o;
    for (const k of path.slice(0, -1)) parent = parent[k];
    const last = path[path.length - 1];
    parent[last] = new Map(Object.entries(parent[last]));
  }
  return o;
}

/** The string the scorer inspects when a scrubber returns its input unchanged. */
export function serialise(rec) {
  return rec.format === 'text' ? rec.record : JSON.stringify(input(rec), collections);
}

/** Identity key of a scorer input, independent of Map revival. */
export function inputKey(value) {
  return typeof value === 'string' ? `t:${value}` : `o:${JSON.stringify(value, (_k, v) => (v instanceof Map ? Object.fromEntries(v) : v))}`;
}

/** Remove every leak form of every label (longest first). */
export function redact(text, sensitive) {
  const all = [...new Set(sensitive.flatMap((s) => forms(s.value, s.kind)))].sort((a, b) => b.length - a.length);
  let out = text;
  for (const f of all) out = out.split(f).join('[X]');
  return out;
}
