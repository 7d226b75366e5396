// Shared record builder: every labelled value and keep value is registered where it is placed,
// so labels cannot drift from the record text.
export function builder() {
  return function rec() {
    const sensitive = [];
    const keep = [];
    const addKeep = (v) => { if (!keep.includes(v)) keep.push(v); };
    return {
      /** a value that must not ship */
      s(value, kind, sub) { sensitive.push({ value, kind, sub }); return value; },
      /** a hard negative that must survive verbatim */
      k(value) { addKeep(String(value)); return value; },
      /** a number/setting under a secret-sounding key: kept as its JSON fragment with the key */
      kf(key, value) { addKeep(`${JSON.stringify(key)}:${JSON.stringify(value)}`); return value; },
      obj(record, maps) { return { format: 'object', record, ...(maps ? { maps } : {}), sensitive, keep }; },
      text(line) { return { format: 'text', record: line, sensitive, keep }; },
    };
  };
}
