/**
 * Event-loop lag is not a Redis failure: a reply that reached the socket
 * while the process was busy must be read before the deadline is declared.
 */
import { describe, expect, it } from 'vitest';
import { GuardedStore, type GuardedConsume } from '../src/guarded-store.js';
import { Reporter } from '../src/report.js';
import { RedisStore, type StoreErrorEvent } from '../src/index.js';
import { sharedRedis, uniquePrefix } from './helpers.js';

/** A synchronous stall, as a long JSON.parse or a regex would cause. */
function stall(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy: nothing else runs on this thread
  }
}

describe('store deadline under event-loop lag (real Redis)', () => {
  const shared = sharedRedis();

  it('a 150 ms synchronous stall during EVALSHA is not a timeout (100 ms budget kept)', async () => {
    const errors: StoreErrorEvent[] = [];
    const store = new RedisStore({ client: shared(), prefix: uniquePrefix('lag') });
    const guard = new GuardedStore(store, { timeoutMs: 100, mode: 'memory', retryIntervalMs: 60_000, reporter: new Reporter({ onStoreError: (e) => errors.push(e) }, undefined, 'login') });
    const spec = [{ key: 'k', limit: 1000, windowMs: 60_000 }];
    await guard.consume(spec, (a) => a); // script loaded, connection warm
    const answers: GuardedConsume[] = [];
    for (let i = 0; i < 5; i++) {
      // Started from the check phase: the next loop turn runs timers before it polls the socket.
      const answer = await new Promise<GuardedConsume>((resolve, reject) => {
        setImmediate(() => {
          const pending = guard.consume(spec, (a) => a);
          stall(150);
          Promise.resolve(pending).then(resolve, reject);
        });
      });
      answers.push(answer);
    }
    expect(errors).toEqual([]);
    expect(answers.every((a) => a.kind === 'result' && a.route === 'primary')).toBe(true);
  });

  it('a store that really has not answered still times out at the budget', async () => {
    const errors: StoreErrorEvent[] = [];
    const never = { consume: () => new Promise<never>(() => undefined), settle: () => undefined };
    const guard = new GuardedStore(never, { timeoutMs: 100, mode: 'memory', retryIntervalMs: 60_000, reporter: new Reporter({ onStoreError: (e) => errors.push(e) }, undefined, 'login') });
    const started = performance.now();
    const answer = await guard.consume([{ key: 'k', limit: 5, windowMs: 60_000 }], (a) => a);
    expect(answer).toMatchObject({ kind: 'result', route: 'fallback' });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.timedOut).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(99);
  });
});
