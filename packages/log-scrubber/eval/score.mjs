#!/usr/bin/env node
// Scores a scrubber against the labelled corpus. A report, not a gate: always exits 0.
//   node packages/log-scrubber/eval/score.mjs --split dev|heldout|heldout-vN [--scrubber path/to/dist/index.js]
//        [--file corpus.jsonl] [--json summary.json] [--misses N] [--family NAME] [--by family|sub]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

// JSON.stringify writes a Map or Set as {}: a value left raw inside one would count as removed.
// Serialise their entries so a leak there is seen.
function keepCollections(_key, value) {
  if (value instanceof Map) return { '[Map]': [...value.entries()] };
  if (value instanceof Set) return { '[Set]': [...value] };
  return value;
}

const SECRET_KINDS = new Set(['password', 'token', 'api_key', 'private_key', 'connection_string', 'cookie', 'other_secret']);
// The fixed evaluation key: pseudonyms are irrelevant to the score, only their absence/presence of raw values.
const TEST_KEY = { id: 'eval', secret: Buffer.alloc(32, 0x42) };
const SEPARATORS = /[\s\-./()]/g;

/** Forms of a planted value whose presence in the output counts as a leak (documented in README). */
export function leakForms(value, kind) {
  const forms = new Set([value, JSON.stringify(value).slice(1, -1)]);
  if (SECRET_KINDS.has(kind) && / /.test(value) && !value.includes("\n")) {
    for (const word of value.split(/\s+/)) if (word.length >= 5) forms.add(word);
  }
  const compact = value.replace(SEPARATORS, '');
  if (compact !== value && compact.length >= 6) forms.add(compact);
  if (value.includes('\n')) {
    for (const line of value.split('\n')) if (line.trim().length >= 16) forms.add(line.trim());
  }
  return [...forms];
}

export function leaked(out, value, kind) {
  return leakForms(value, kind).some((f) => out.includes(f));
}

export function kept(out, value) {
  return out.includes(value) || out.includes(JSON.stringify(value).slice(1, -1));
}

function reviveMaps(record, maps) {
  for (const path of maps ?? []) {
    let parent = record;
    for (const k of path.slice(0, -1)) parent = parent[k];
    const last = path[path.length - 1];
    parent[last] = new Map(Object.entries(parent[last]));
  }
  return record;
}

async function loadScrubber(path) {
  const mod = path ? await import(pathToFileURL(resolve(path)).href) : await import('@parapet/log-scrubber');
  return mod.createScrubber({ keys: [TEST_KEY] });
}

export async function score({ split, scrubber: scrubberPath, family, corpusDir, file: fileOverride }) {
  // heldout-vN (N ≥ 2) are independently generated corpora, each kept with its generator in its own folder.
  const own = /^heldout-v\d+$/.test(split) ? join(corpusDir, split, `${split}.jsonl`) : undefined;
  const file = fileOverride ?? own ?? join(corpusDir, `${split}.jsonl`);
  const records = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
    .filter((rec) => !family || rec.family === family);
  const scrubber = await loadScrubber(scrubberPath);
  const textFn = typeof scrubber.scrubText === 'function' ? (t) => scrubber.scrubText(t) : (t) => scrubber.scrub(t);
  const perKind = {};
  const perFamily = {};
  const perSub = {};
  const misses = [];
  const overRedacted = [];
  let keepTotal = 0;
  let keepOk = 0;
  let throws = 0;
  let ms = 0;
  for (const rec of records) {
    const input = rec.format === 'text' ? rec.record : reviveMaps(structuredClone(rec.record), rec.maps);
    let output;
    const t0 = performance.now();
    try {
      output = rec.format === 'text' ? textFn(input) : scrubber.scrub(input);
    } catch {
      throws++;
      output = rec.record; // a throwing scrubber ships nothing scrubbed: score the raw record
    }
    ms += performance.now() - t0;
    const out = typeof output === 'string' ? output : JSON.stringify(output, keepCollections) ?? '';
    const fam = (perFamily[rec.family] ??= { total: 0, caught: 0, keepTotal: 0, keepOk: 0 });
    for (const s of rec.sensitive) {
      const k = (perKind[s.kind] ??= { total: 0, caught: 0 });
      const sub = (perSub[`${s.kind}/${s.sub}`] ??= { total: 0, caught: 0 });
      const ok = !leaked(out, s.value, s.kind);
      k.total++; sub.total++; fam.total++;
      if (ok) { k.caught++; sub.caught++; fam.caught++; } else misses.push({ id: rec.id, kind: s.kind, sub: s.sub, value: s.value, output: out.length > 600 ? `${out.slice(0, 600)}…` : out });
    }
    for (const kv of rec.keep) {
      keepTotal++; fam.keepTotal++;
      if (kept(out, kv)) { keepOk++; fam.keepOk++; } else overRedacted.push({ id: rec.id, keep: kv, output: out.length > 600 ? `${out.slice(0, 600)}…` : out });
    }
  }
  const sum = (pred) => Object.entries(perKind).filter(([k]) => pred(k)).reduce((a, [, x]) => ({ total: a.total + x.total, caught: a.caught + x.caught }), { total: 0, caught: 0 });
  const pct = (x) => (x.total ? (100 * x.caught) / x.total : 100);
  const all = sum(() => true);
  const secrets = sum((k) => SECRET_KINDS.has(k));
  const personal = sum((k) => !SECRET_KINDS.has(k));
  return {
    split, file, scrubber: scrubberPath ?? '@parapet/log-scrubber', records: records.length,
    recall: pct(all), secretsRecall: pct(secrets), personalRecall: pct(personal), keepRate: keepTotal ? (100 * keepOk) / keepTotal : 100,
    sensitive: all, secrets, personal, keep: { total: keepTotal, kept: keepOk }, throws, msPerRecord: ms / Math.max(1, records.length),
    perKind: Object.fromEntries(Object.entries(perKind).sort().map(([k, x]) => [k, { ...x, recall: pct(x) }])),
    perSub: Object.fromEntries(Object.entries(perSub).sort().map(([k, x]) => [k, { ...x, recall: pct(x) }])),
    perFamily: Object.fromEntries(Object.entries(perFamily).sort().map(([k, x]) => [k, { ...x, recall: pct(x), keepRate: x.keepTotal ? (100 * x.keepOk) / x.keepTotal : 100 }])),
    misses, overRedacted,
  };
}

function print(res, nMisses, by) {
  const f = (x) => x.toFixed(2).padStart(6);
  console.log(`split=${res.split} records=${res.records} scrubber=${res.scrubber}`);
  console.log('kind                 caught/total   recall');
  for (const [k, x] of Object.entries(res.perKind)) console.log(`${k.padEnd(20)} ${`${x.caught}/${x.total}`.padStart(12)}  ${f(x.recall)} %`);
  console.log(`overall recall       ${`${res.sensitive.caught}/${res.sensitive.total}`.padStart(12)}  ${f(res.recall)} %`);
  console.log(`secrets recall       ${`${res.secrets.caught}/${res.secrets.total}`.padStart(12)}  ${f(res.secretsRecall)} %`);
  console.log(`personal recall      ${`${res.personal.caught}/${res.personal.total}`.padStart(12)}  ${f(res.personalRecall)} %`);
  console.log(`keep rate            ${`${res.keep.kept}/${res.keep.total}`.padStart(12)}  ${f(res.keepRate)} %`);
  console.log(`throws               ${res.throws}`);
  console.log(`ms/record            ${res.msPerRecord.toFixed(3)}`);
  if (by === 'family' || nMisses > 0) {
    console.log('\nfamily recall / keep:');
    for (const [k, x] of Object.entries(res.perFamily)) console.log(`  ${k.padEnd(28)} ${f(x.recall)} % (${x.caught}/${x.total})  keep ${f(x.keepRate)} %`);
  }
  if (by === 'sub') {
    console.log('\nkind/sub recall:');
    for (const [k, x] of Object.entries(res.perSub)) console.log(`  ${k.padEnd(40)} ${f(x.recall)} % (${x.caught}/${x.total})`);
  }
  if (nMisses > 0) {
    console.log(`\nmisses (first ${nMisses}):`);
    for (const m of res.misses.slice(0, nMisses)) console.log(`  ${m.id} ${m.kind}/${m.sub}: ${JSON.stringify(m.value)}\n    -> ${m.output}`);
    console.log(`\nover-redacted (first ${nMisses}):`);
    for (const m of res.overRedacted.slice(0, nMisses)) console.log(`  ${m.id} keep ${JSON.stringify(m.keep)}\n    -> ${m.output}`);
  }
}

async function main() {
  const { values } = parseArgs({ options: {
    split: { type: 'string', default: 'dev' }, scrubber: { type: 'string' }, json: { type: 'string' },
    misses: { type: 'string', default: '0' }, family: { type: 'string' }, by: { type: 'string' }, file: { type: 'string' },
  } });
  // Any heldout-vN folder is a split: new independent corpora need no change here.
  if (!values.file && !['dev', 'heldout'].includes(values.split) && !/^heldout-v\d+$/.test(values.split)) {
    console.error('--split must be dev, heldout or heldout-vN (or pass --file)');
    return;
  }
  const corpusDir = dirname(fileURLToPath(import.meta.url));
  try {
    const res = await score({ split: values.file ? 'file' : values.split, scrubber: values.scrubber, family: values.family, corpusDir, file: values.file && resolve(values.file) });
    print(res, Number(values.misses), values.by);
    if (values.json) writeFileSync(values.json, JSON.stringify(res, null, 2) + '\n');
  } catch (e) {
    console.error(`score: ${e instanceof Error ? e.stack : String(e)}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
