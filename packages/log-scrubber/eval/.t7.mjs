import { readFileSync } from 'node:fs';
import { createScrubber } from '@parapet/log-scrubber';
const load = (f) => readFileSync(new URL('./' + f, import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const recs = [...load('heldout-v4/heldout-v4.jsonl'), ...load('heldout-v5/heldout-v5.jsonl'), ...load('heldout-v3/heldout-v3.jsonl')];
for (let pass = 0; pass < 3; pass++) {
  const s = createScrubber({ keys: [{ id: 'eval', secret: Buffer.alloc(32, 0x42 + pass) }] });
  const times = [];
  for (const r of recs) { const t = process.hrtime.bigint(); r.format === 'text' ? s.scrubText(r.record) : s.scrub(structuredClone(r.record)); const len = (typeof r.record === 'string' ? r.record : JSON.stringify(r.record)).length; times.push([Number(process.hrtime.bigint() - t) / 1e6, r.id, len]); }
  const sorted = [...times].sort((a, b) => a[0] - b[0]);
  const tot = times.reduce((a, b) => a + b[0], 0), chars = times.reduce((a, b) => a + b[2], 0);
  console.log(`pass ${pass}: mean ${(tot / times.length).toFixed(3)} ms, ${(1000 * tot / chars).toFixed(2)} µs/char, p50 ${sorted[times.length >> 1][0].toFixed(3)}, p99 ${sorted[Math.floor(times.length * 0.99)][0].toFixed(2)}, top: ${sorted.slice(-4).map((t) => `${t[1]} ${t[0].toFixed(1)}ms/${t[2]}ch`).join(', ')}`);
}
