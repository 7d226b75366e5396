import { describe, expect, it } from 'vitest';
import { GuardedStore } from '../src/guarded-store.js';
import { Reporter } from '../src/report.js';
import { MemoryStore, type AuthLimitStore, type CounterSpec, type StoreErrorEvent } from '../src/index.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A store (the documented interface, over a real MemoryStore) whose answers arrive after `delay` ms. */
class SlowStore implements AuthLimitStore {
  delay = 0;
  readonly inner = new MemoryStore();
  async consume(counters: readonly CounterSpec[]) {
    await sleep(this.delay);
    return this.inner.consume(counters);
  }
  async settle(refund: readonly string[], reset: readonly string[]) {
    await sleep(this.delay);
    this.inner.settle(refund, reset);
  }
}

const specs = (key: string): CounterSpec[] => [{ key, limit: 1000, windowMs: 60_000 }];

describe('GuardedStore deadlines (one shared timer)', () => {
  it('every one of 200 concurrent stalled calls times out near storeTimeout; later fast calls are answered by the store', async () => {
    const store = new SlowStore();
    const errors: StoreErrorEvent[] = [];
    const guard = new GuardedStore(store, { timeoutMs: 40, mode: 'memory', retryIntervalMs: 0, reporter: new Reporter({ onStoreError: (e) => errors.push(e) }, undefined, 'login') });
    store.delay = 400;
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        if (i % 2 === 1) await sleep(15); // two waves: the timer must re-arm for the second
        const answer = await guard.consume(specs(`k${i}`), (a) => a);
        return { answer, at: performance.now() - started };
      }),
    );
    expect(answers.every(({ answer }) => answer.kind === 'result' && answer.route === 'fallback')).toBe(true);
    // Nobody waited for the 400 ms store; the second wave had its own deadline.
    expect(Math.max(...answers.map((a) => a.at))).toBeLessThan(390);
    expect(errors).toHaveLength(200);
    expect(errors.every((e) => e.timedOut)).toBe(true);

    store.delay = 1;
    const fast = await guard.consume(specs('fresh'), (a) => a);
    expect(fast).toMatchObject({ kind: 'result', route: 'primary', result: { allowed: true } });
    // The stalled answers land later and are ignored (no double resolve, no error).
    await sleep(450);
    expect(errors).toHaveLength(200);
  });
});
