#!/usr/bin/env node
// Generates the labelled evaluation corpus: eval/dev.jsonl and eval/heldout.jsonl.
//   node packages/log-scrubber/eval/generate.mjs [--seed N] [--out DIR]
// Deterministic for a fixed seed: the committed files are exactly what this script writes.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeRng, makeValues } from './lib/values.mjs';
import { makeNegatives } from './lib/negatives.mjs';
import { secretTemplates } from './lib/templates-secrets.mjs';
import { vendorTemplates } from './lib/templates-vendor.mjs';
import { piiTemplates } from './lib/templates-pii.mjs';
import { frameworkTemplates } from './lib/templates-frameworks.mjs';
import { negativeTemplates } from './lib/templates-negatives.mjs';
import { heldoutTemplates } from './lib/templates-heldout.mjs';
import { textTemplates } from './lib/templates-text.mjs';

export const KINDS = ['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'person_name',
  'email', 'phone', 'ip', 'national_id', 'iban', 'card', 'address', 'dob', 'geo', 'home_path', 'other_secret'];

export const TEMPLATES = [...secretTemplates, ...vendorTemplates, ...piiTemplates, ...frameworkTemplates,
  ...textTemplates, ...negativeTemplates, ...heldoutTemplates];

/**
 * The split depends only on the record id (family + index), never on generation order or content:
 * the first byte of SHA-256("parapet-eval:" + id), even → dev, odd → heldout. Families whose name
 * starts with `ho-` go to the held-out half only.
 */
export function splitOf(id, heldoutOnly) {
  if (heldoutOnly) return 'heldout';
  return createHash('sha256').update(`parapet-eval:${id}`).digest()[0] % 2 === 0 ? 'dev' : 'heldout';
}

const present = (hay, value) => hay.includes(value) || hay.includes(JSON.stringify(value).slice(1, -1));

export function generate(seed) {
  const r = makeRng(seed);
  const v = makeValues(r);
  const neg = makeNegatives(r, v);
  const out = [];
  for (const t of TEMPLATES) {
    for (let i = 0; i < t.n; i++) {
      const sensitive = [];
      const keep = [];
      const c = {
        r, v, neg,
        S(value, kind, sub) {
          if (!KINDS.includes(kind)) throw new Error(`${t.family}: unknown kind ${kind}`);
          sensitive.push({ value: String(value), kind, sub });
          return value;
        },
        K(value) {
          keep.push(String(value));
          return value;
        },
      };
      const made = t.make(c);
      const id = `${t.family}-${String(i).padStart(3, '0')}`;
      const hay = made.format === 'text' ? made.record : JSON.stringify(made.record);
      // Labels must describe the record: every sensitive value and every keep value is in it.
      const seen = new Set();
      const sens = [];
      for (const s of sensitive) {
        if (s.value.length < (/[^ -~]/.test(s.value) ? 2 : 4)) throw new Error(`${id}: sensitive value too short: ${s.value}`);
        if (!present(hay, s.value)) throw new Error(`${id}: sensitive value not in record: ${s.value}`);
        if (seen.has(s.value)) continue;
        seen.add(s.value);
        sens.push(s);
      }
      const keepOut = [];
      for (const k of new Set(keep)) {
        if (k.length < 3) continue;
        if (!present(hay, k)) continue; // registered by a branch the template did not take
        // A keep value that contains (or sits inside) a planted value cannot survive a correct scrub.
        if (sens.some((s) => k.includes(s.value) || s.value.includes(k))) continue;
        keepOut.push(k);
      }
      const rec = { id, split: splitOf(id, t.heldoutOnly), family: t.family, format: made.format, record: made.record };
      if (made.maps) rec.maps = made.maps;
      rec.sensitive = sens.map(({ value, kind, sub }) => ({ value, kind, sub }));
      rec.keep = keepOut;
      out.push(rec);
    }
  }
  return out;
}

function main() {
  const here = dirname(fileURLToPath(import.meta.url));
  const { values } = parseArgs({ options: { seed: { type: 'string', default: '20261202' }, out: { type: 'string', default: here } } });
  const records = generate(Number(values.seed));
  const halves = { dev: [], heldout: [] };
  for (const rec of records) halves[rec.split].push(rec);
  for (const [name, recs] of Object.entries(halves)) {
    writeFileSync(join(values.out, `${name}.jsonl`), recs.map((x) => JSON.stringify(x)).join('\n') + '\n');
  }
  const count = (recs) => {
    const byKind = {};
    for (const rec of recs) for (const s of rec.sensitive) byKind[s.kind] = (byKind[s.kind] ?? 0) + 1;
    return { records: recs.length, sensitive: recs.reduce((a, x) => a + x.sensitive.length, 0), keep: recs.reduce((a, x) => a + x.keep.length, 0), byKind };
  };
  console.log(JSON.stringify({ seed: Number(values.seed), dev: count(halves.dev), heldout: count(halves.heldout) }, null, 2));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
