// The documented leak rule, re-implemented from the eval README "Scoring rule" section so the
// validator and the oracle do not depend on the scorer's code.
export const SECRET_KINDS = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret']);
const SEPARATORS = /[\s\-./()]/g;

export function leakForms(value, kind) {
  const forms = new Set([value, JSON.stringify(value).slice(1, -1)]);
  // A quoted passphrase leaks if any of its longer words survives.
  if (SECRET_KINDS.has(kind) && value.includes(' ') && !value.includes('\n')) {
    for (const w of value.split(/\s+/)) if (w.length >= 5) forms.add(w);
  }
  const compact = value.replace(SEPARATORS, '');
  if (compact !== value && compact.length >= 6) forms.add(compact);
  // A PEM block leaks through any long body line even if the armour lines are gone.
  if (value.includes('\n')) for (const line of value.split('\n')) if (line.trim().length >= 16) forms.add(line.trim());
  return [...forms];
}

export const leaks = (out, value, kind) => leakForms(value, kind).some((f) => out.includes(f));
export const keptIn = (out, value) => out.includes(value) || out.includes(JSON.stringify(value).slice(1, -1));

// Same serialisation the scorer applies: Map/Set entries are written out so nothing hides in them.
export function serialise(output) {
  if (typeof output === 'string') return output;
  return JSON.stringify(output, (_k, val) => {
    if (val instanceof Map) return { '[Map]': [...val.entries()] };
    if (val instanceof Set) return { '[Set]': [...val] };
    return val;
  }) ?? '';
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
