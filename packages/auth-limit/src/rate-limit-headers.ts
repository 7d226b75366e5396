import type { ResolvedLayer } from './options.js';
import type { CounterState } from './store.js';

// draft-ietf-httpapi-ratelimit-headers-10/-11: both fields are Structured
// Field Lists of Items whose value is the policy name (sf-string) with
// parameters q (quota), w (window, seconds), r (remaining) and t (seconds
// until the quota resets).

/** Whole seconds a client must wait: rounded up, at least 1, never earlier than the real reset. */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** `RateLimit-Policy` value, e.g. `"account-client";q=5;w=3600, "account";q=100;w=3600`. */
export function formatPolicy(layers: readonly ResolvedLayer[]): string {
  return layers.map((layer) => `"${layer.name}";q=${layer.limit};w=${layer.windowSeconds}`).join(', ');
}

/**
 * `RateLimit` value for the binding policy: the one with the fewest attempts
 * left (the later reset on a tie), e.g. `"account-client";r=3;t=3599`.
 * Undefined when there are no counters (fail-open).
 */
export function formatRateLimit(layers: readonly ResolvedLayer[], counters: readonly CounterState[]): string | undefined {
  let best = -1;
  let bestRemaining = 0;
  for (let i = 0; i < layers.length; i++) {
    const state = counters[i];
    if (state === undefined) continue;
    const remaining = Math.max(0, layers[i]!.limit - state.count);
    if (best < 0 || remaining < bestRemaining || (remaining === bestRemaining && state.resetMs > counters[best]!.resetMs)) {
      best = i;
      bestRemaining = remaining;
    }
  }
  if (best < 0) return undefined;
  const layer = layers[best]!;
  const state = counters[best]!;
  const t = state.count > 0 ? retryAfterSeconds(state.resetMs) : layer.windowSeconds;
  return `"${layer.name}";r=${bestRemaining};t=${t}`;
}
