import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../src/bounded-cache.js';

describe('BoundedCache', () => {
  it('keeps an entry that is used while a flood of distinct values passes through', () => {
    const cache = new BoundedCache<number>(8);
    cache.set('hot', 1);
    for (let i = 0; i < 1000; i++) {
      cache.set(`cold${i}`, i);
      expect(cache.get('hot')).toBe(1);
    }
  });

  it('never holds more than its capacity', () => {
    const cache = new BoundedCache<number>(8);
    for (let i = 0; i < 1000; i++) cache.set(`v${i}`, i);
    expect(cache.size).toBeLessThanOrEqual(8);
    let found = 0;
    for (let i = 0; i < 1000; i++) if (cache.get(`v${i}`) !== undefined) found++;
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThanOrEqual(8);
  });

  it('stores nothing with capacity 0', () => {
    const cache = new BoundedCache<number>(0);
    cache.set('a', 1);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});
