// Heap bytes per MemoryStore counter, measured: node --expose-gc bench/memory-per-key.mjs
// Keys have the real shape (purpose, layer, one or two 22-character pseudonyms).
import { randomBytes } from 'node:crypto';
import { MemoryStore } from '../dist/index.js';

if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');
const N = Number(process.env.KEYS ?? 100_000);
const heap = () => {
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};
const id = () => randomBytes(16).toString('base64url');
const start = heap();
const keys = Array.from({ length: N }, (_, i) => (i % 2 ? `login:ac:${id()}:${id()}` : `login:cf:${id()}`));
const withKeys = heap();
const store = new MemoryStore({ maxEntries: N });
for (const key of keys) store.consume([{ key, limit: 5, windowMs: 3_600_000 }]);
const full = heap();
const perEntry = (full - withKeys) / N;
const perKeyString = (withKeys - start) / N;
console.log(`${store.size} counters: ${perEntry.toFixed(0)} B each for the entry and map slot, + ${perKeyString.toFixed(0)} B for its key string = ${(perEntry + perKeyString).toFixed(0)} B per counter`);
