import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStore, type CounterSpec } from '../src/index.js';

const spec = (key: string, limit = 5, windowMs = 60_000): CounterSpec => ({ key, limit, windowMs });

describe('MemoryStore', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('allows exactly the limit, then refuses without recording', () => {
    const store = new MemoryStore();
    const results = Array.from({ length: 8 }, () => store.consume([spec('k')]));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, true, false, false, false]);
    expect(results.map((r) => r.counters[0]!.count)).toEqual([1, 2, 3, 4, 5, 5, 5, 5]);
  });

  it('checks every layer before recording any (all or nothing)', () => {
    const store = new MemoryStore();
    store.consume([spec('full', 1)]);
    const result = store.consume([spec('other', 5), spec('full', 1)]);
    expect(result.allowed).toBe(false);
    expect(result.counters).toEqual([{ count: 0, resetMs: 0 }, { count: 1, resetMs: 60_000 }]);
    expect(store.consume([spec('other', 5)]).counters[0]!.count).toBe(1);
  });

  it('fixed window starts at the first hit and ends exactly windowMs later', () => {
    const store = new MemoryStore();
    for (let i = 0; i < 5; i++) {
      store.consume([spec('k')]);
      vi.advanceTimersByTime(1000);
    }
    const blocked = store.consume([spec('k')]);
    expect(blocked).toEqual({ allowed: false, counters: [{ count: 5, resetMs: 55_000 }] });
    vi.advanceTimersByTime(54_999);
    expect(store.consume([spec('k')]).allowed).toBe(false);
    vi.advanceTimersByTime(1);
    expect(store.consume([spec('k')])).toEqual({ allowed: true, counters: [{ count: 1, resetMs: 60_000 }] });
  });

  it('settle refunds without going below zero or resurrecting, and resets', () => {
    const store = new MemoryStore();
    store.consume([spec('a'), spec('b')]);
    store.settle(['a', 'a', 'missing'], ['b']);
    expect(store.consume([spec('a'), spec('b')]).counters.map((c) => c.count)).toEqual([1, 1]);
    expect(store.size).toBe(2);
    vi.advanceTimersByTime(60_000);
    store.settle(['a'], []);
    expect(store.size).toBe(1);
  });

  it('evicts the oldest of the least-loaded counters, never a live block', () => {
    const store = new MemoryStore({ maxEntries: 16 });
    for (let i = 0; i < 5; i++) store.consume([spec('victim-block')]);
    for (let i = 0; i < 1000; i++) store.consume([spec(`flood-${i}`)]);
    expect(store.size).toBe(16);
    expect(store.consume([spec('victim-block')]).allowed).toBe(false);
    // The newest flood keys survive; the oldest were evicted.
    expect(store.consume([spec('flood-999')]).counters[0]!.count).toBe(2);
    expect(store.consume([spec('flood-0')]).counters[0]!.count).toBe(1);
  });

  it('a 1,000,000-key flood never evicts counters close to their limit (4/5, 99/100): least-loaded, oldest first', () => {
    vi.useRealTimers();
    const store = new MemoryStore({ maxEntries: 1000 });
    for (let i = 0; i < 4; i++) store.consume([spec('ac:alice', 5, 3_600_000)]);
    for (let i = 0; i < 99; i++) store.consume([spec('a:alice', 100, 3_600_000)]);
    for (let i = 0; i < 1_000_000; i++) store.consume([spec(`ac:flood-${i}`, 5, 3_600_000), spec(`a:flood-${i}`, 100, 3_600_000)]);
    expect(store.size).toBe(1000);
    // Exactly one more guess each, then blocked: the flood bought the attacker nothing.
    expect(store.consume([spec('ac:alice', 5, 3_600_000)]).counters[0]!.count).toBe(5);
    expect(store.consume([spec('ac:alice', 5, 3_600_000)]).allowed).toBe(false);
    expect(store.consume([spec('a:alice', 100, 3_600_000)]).counters[0]!.count).toBe(100);
    expect(store.consume([spec('a:alice', 100, 3_600_000)]).allowed).toBe(false);
  });

  it('a counter two attempts into its limit outlives any number of fresh one-attempt keys', () => {
    const store = new MemoryStore({ maxEntries: 16 });
    for (let i = 0; i < 2; i++) store.consume([spec('ac:alice')]);
    for (let i = 0; i < 10_000; i++) store.consume([spec(`ac:flood-${i}`)]);
    expect(store.consume([spec('ac:alice')]).counters[0]!.count).toBe(3);
  });

  it('evicts an expired counter before any live one, whatever its load', () => {
    const store = new MemoryStore({ maxEntries: 16 });
    for (let i = 0; i < 15; i++) store.consume([spec(`light-${i}`, 5, 60_000)]);
    for (let i = 0; i < 4; i++) store.consume([spec('heavy-short', 5, 1000)]);
    vi.advanceTimersByTime(1000);
    store.consume([spec('newcomer', 5, 60_000)]);
    expect(store.size).toBe(16);
    for (let i = 0; i < 15; i++) expect(store.consume([spec(`light-${i}`, 5, 60_000)]).counters[0]!.count).toBe(2);
  });

  it('when full of live blocks, refuses new keys (fail-closed) until a block expires', () => {
    const store = new MemoryStore({ maxEntries: 16 });
    for (let k = 0; k < 16; k++) {
      for (let i = 0; i < 2; i++) store.consume([spec(`block-${k}`, 2, 10_000 + k * 1000)]);
    }
    const refused = store.consume([spec('newcomer')]);
    expect(refused.allowed).toBe(false);
    expect(refused.counters[0]!.count).toBe(5);
    expect(refused.counters[0]!.resetMs).toBeGreaterThanOrEqual(10_000);
    expect(store.size).toBe(16);
    vi.advanceTimersByTime(10_000);
    expect(store.consume([spec('newcomer')]).allowed).toBe(true);
    expect(store.size).toBe(16);
  });

  it('a flood of 1,000,000 distinct client keys stays within maxEntries and heap bound, and a block survives', () => {
    vi.useRealTimers();
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const store = new MemoryStore({ maxEntries: 10_000 });
    for (let i = 0; i < 5; i++) store.consume([spec('ac:victim', 5, 3_600_000)]);
    gc();
    const before = process.memoryUsage().heapUsed;
    let maxSize = 0;
    for (let i = 0; i < 1_000_000; i++) {
      store.consume([spec(`cf:${i}`, 50, 3_600_000), spec(`cr:${i}`, 300, 3_600_000)]);
      if ((i & 0xffff) === 0) maxSize = Math.max(maxSize, store.size);
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(Math.max(maxSize, store.size)).toBeLessThanOrEqual(10_000);
    expect(store.size).toBe(10_000);
    // 10,000 entries are a few MB; 2,000,000 unbounded entries would be hundreds.
    expect(grown).toBeLessThan(16 * 1024 * 1024);
    expect(store.consume([spec('ac:victim', 5, 3_600_000)]).allowed).toBe(false);
  });
});
