// The README's leak-form rule, reimplemented here so validate.mjs and the oracle do not depend on score.mjs.
const SECRET_KINDS = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret']);

export function leakForms(value, kind) {
  const forms = new Set([value, JSON.stringify(value).slice(1, -1)]);
  if (SECRET_KINDS.has(kind) && value.includes(' ') && !value.includes('\n')) {
    for (const w of value.split(/\s+/)) if (w.length >= 5) forms.add(w);
  }
  const compact = value.replace(/[\s\-./()]/g, '');
  if (compact !== value && compact.length >= 6) forms.add(compact);
  if (value.includes('\n')) for (const line of value.split('\n')) if (line.trim().length >= 16) forms.add(line.trim());
  // longest first, so a shorter form never splits a longer one before it is removed
  return [...forms].sort((a, b) => b.length - a.length);
}

/** Serialises a record the way the scorer does (Map/Set entries included). */
export function serialise(record) {
  if (typeof record === 'string') return record;
  return JSON.stringify(record, (_k, v) => (v instanceof Map ? { '[Map]': [...v.entries()] } : v instanceof Set ? { '[Set]': [...v] } : v));
}

/** Every string (keys included) inside a record. */
export function strings(node, out = []) {
  if (typeof node === 'string') out.push(node);
  else if (typeof node === 'number' || typeof node === 'boolean') out.push(String(node));
  else if (node instanceof Map) for (const [k, v] of node) { strings(k, out); strings(v, out); }
  else if (Array.isArray(node)) for (const v of node) strings(v, out);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) { out.push(k); strings(v, out); }
  return out;
}

export function removeAll(text, sensitive, replacement = '[X]') {
  let out = text;
  for (const s of sensitive) for (const f of leakForms(s.value, s.kind)) out = out.split(f).join(replacement);
  return out;
}
