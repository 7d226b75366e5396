#!/usr/bin/env node
// Generates the independent held-out v2 corpus (heldout-v2.jsonl) for @parapet/log-scrubber.
// Deterministic (seed 77123), no network. Written without reading the scrubber's detectors or the
// first corpus generator: labels come from what each family plants, not from any detector output.
//   node packages/log-scrubber/eval/heldout-v2/generate.mjs [--out path] [--seed n]
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { kept, leaked } from '../score.mjs';
import { HEX, makeRng, makeValues, pad, tools } from './values.mjs';
import { makeSecrets } from './secrets.mjs';
import { sensitiveFamilies } from './families-sensitive.mjs';
import { keepFamilies } from './families-keep.mjs';

const SENSITIVE_RECORDS = 980;
const KEEP_RECORDS = 800;

export function generate(seed = 77123) {
  const rnd = makeRng(seed);
  const t = tools(rnd);
  const V = makeValues(rnd);
  const S = makeSecrets(rnd);
  const base = Date.UTC(2026, 2, 1);
  const h = {
    ...t, V, S,
    iso: () => new Date(base + t.int(0, 200 * 86400) * 1000 + t.int(0, 999)).toISOString(),
    epochMs: () => base + t.int(0, 200 * 86400) * 1000 + t.int(0, 999),
    pod: () => `${t.pick(['api', 'worker', 'billing', 'gateway', 'ingest', 'notifier'])}-${t.str('bcdfghjklmnpqrstvwxz2456789', 10)}-${t.str('bcdfghjklmnpqrstvwxz2456789', 5)}`,
    sha40: () => t.str(HEX, 40),
    semver: () => `${t.int(0, 14)}.${t.int(0, 40)}.${t.int(0, 60)}${t.chance(0.15) ? `-${t.pick(['rc', 'beta', 'alpha'])}.${t.int(1, 9)}` : ''}`,
  };
  const sens = sensitiveFamilies(h);
  const keep = keepFamilies(h);

  const build = (fams, name) => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const c = { sensitive: [], keep: [] };
      c.s = (value, kind, sub) => {
        if (!c.sensitive.some((x) => x.value === value)) c.sensitive.push({ value, kind, sub });
        return value;
      };
      c.k = (value) => {
        if (!c.keep.includes(value)) c.keep.push(value);
        return value;
      };
      const out = fams[name](c);
      if (check(out, c)) return { family: name, format: out.format, record: out.record, sensitive: c.sensitive, keep: c.keep, ...(out.maps ? { maps: out.maps } : {}) };
    }
    throw new Error(`family ${name}: no fair record in 50 attempts`);
  };

  const records = [];
  // Rotation order: families carrying identifiers with checksums or payment data appear more often.
  const WEIGHT = { 'id-check-batch': 2, 'tax-filing': 4, 'registry-lookup': 2, 'proxied-request-ip': 1, 'payment-callback': 3, 'payment-ops-text': 2, 'kyc-verification': 2,
    'private-key-material': 3, 'broker-uris': 3, 'jdbc-odbc': 3, 'healthcare-encounter': 2, 'ci-job-env-echo': 2, 'vendor-key-prose': 3, 'config-dump': 2,
    'cookie-jar': 3, 'http-client-retry': 2, 'error-cause-chain': 2, 'geo-tracking': 2, 'command-line': 2, 'aws-sdk-error': 2 };
  const sensNames = Object.keys(sens).flatMap((n) => Array(WEIGHT[n] ?? 1).fill(n));
  const keepNames = Object.keys(keep);
  for (let i = 0; i < SENSITIVE_RECORDS; i++) records.push(build(sens, sensNames[i % sensNames.length]));
  for (let i = 0; i < KEEP_RECORDS; i++) records.push(build(keep, keepNames[i % keepNames.length]));
  const shuffled = t.shuffle(records);
  const perFamily = {};
  return shuffled.map((r) => {
    perFamily[r.family] = (perFamily[r.family] ?? 0) + 1;
    return { id: `v2-${r.family}-${pad(perFamily[r.family], 3)}`, split: 'heldout-v2', family: r.family, format: r.format, record: r.record, sensitive: r.sensitive, keep: r.keep, ...(r.maps ? { maps: r.maps } : {}) };
  });
}

/**
 * A record is fair when every label occurs in it, is long enough not to occur by chance, and an
 * oracle that removes exactly the labelled values leaks nothing and keeps every keep value.
 */
export function check(out, c) {
  const why = explain(out, c);
  if (why && process.env.H2_DEBUG) console.error(why);
  return !why;
}

function explain(out, c) {
  const hay = out.format === 'text' ? out.record : JSON.stringify(out.record);
  if (typeof hay !== 'string' || out.record === null || typeof out.record !== (out.format === 'text' ? 'string' : 'object')) return 'no record';
  for (const s of c.sensitive) {
    if (s.value.length < (s.kind === 'name' ? 2 : 4)) return `short label ${s.value}`;
    if (!hay.includes(s.value) && !hay.includes(JSON.stringify(s.value).slice(1, -1))) return `label absent ${s.value}`;
  }
  for (const k of c.keep) if (k.length < 4 || !kept(hay, k)) return `keep short/absent ${k}`;
  let oracle = hay;
  for (const s of [...c.sensitive].sort((a, b) => b.value.length - a.value.length)) {
    oracle = oracle.split(s.value).join('[X]').split(JSON.stringify(s.value).slice(1, -1)).join('[X]');
  }
  for (const s of c.sensitive) if (leaked(oracle, s.value, s.kind)) return `oracle leaks ${s.value}`;
  for (const k of c.keep) if (!kept(oracle, k)) return `oracle loses keep ${k}`;
  return '';
}

function main() {
  const { values } = parseArgs({ options: { out: { type: 'string' }, seed: { type: 'string', default: '77123' } } });
  const dir = dirname(fileURLToPath(import.meta.url));
  const out = values.out ?? join(dir, 'heldout-v2.jsonl');
  const recs = generate(Number(values.seed));
  writeFileSync(out, recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const kinds = {};
  let keepN = 0;
  let sensRecs = 0;
  for (const r of recs) {
    for (const s of r.sensitive) kinds[s.kind] = (kinds[s.kind] ?? 0) + 1;
    keepN += r.keep.length;
    if (r.sensitive.length) sensRecs++;
  }
  const total = Object.values(kinds).reduce((a, b) => a + b, 0);
  console.log(JSON.stringify({ out, records: recs.length, recordsWithSensitive: sensRecs, sensitive: total, keep: keepN, kinds }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
