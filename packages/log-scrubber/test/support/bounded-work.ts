import { performance } from 'node:perf_hooks';

/**
 * Milliseconds `run` takes, best of up to three attempts (stopping at the first within `budgetMs`).
 *
 * The guard against catastrophic backtracking: a pattern that backtracks quadratically or
 * exponentially on these inputs takes seconds to hours on every attempt, while a busy machine
 * (parallel test workers, a shared CI runner) slows only some of them. Taking the best attempt keeps
 * the check strict for the first and stops it failing for the second.
 */
export function bestElapsedMs(run: () => unknown, budgetMs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && best >= budgetMs; attempt++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
