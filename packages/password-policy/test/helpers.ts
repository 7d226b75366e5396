import type { PasswordHasherOptions } from '../src/index.js';

/** Cheap costs for tests: the code path is the one the OWASP defaults take. */
export const FAST: PasswordHasherOptions = { scrypt: { N: 2 ** 12, r: 8, p: 1 }, argon2: { memoryCost: 1024, timeCost: 1, parallelism: 1 }, allowWeakParametersDangerously: true };

/**
 * Two-sided Mann–Whitney U test (normal approximation with tie correction):
 * the p-value that samples `a` and `b` come from the same distribution.
 */
export function mannWhitneyP(a: readonly number[], b: readonly number[]): number {
  const all = [...a.map((v) => ({ v, g: 0 })), ...b.map((v) => ({ v, g: 1 }))].sort((x, y) => x.v - y.v);
  const ranks = new Array<number>(all.length);
  let tieTerm = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j + 1 < all.length && all[j + 1]!.v === all[i]!.v) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[k] = rank;
    const t = j - i + 1;
    tieTerm += t ** 3 - t;
    i = j + 1;
  }
  let rankSumA = 0;
  all.forEach((x, i) => {
    if (x.g === 0) rankSumA += ranks[i]!;
  });
  const n1 = a.length;
  const n2 = b.length;
  const u = rankSumA - (n1 * (n1 + 1)) / 2;
  const mean = (n1 * n2) / 2;
  const n = n1 + n2;
  const sd = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  const z = (Math.abs(u - mean) - 0.5) / sd;
  return 2 * (1 - normalCdf(z));
}

function normalCdf(z: number): number {
  // Abramowitz & Stegun 7.1.26 erf approximation (error < 1.5e-7).
  const x = z / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const erf = 1 - (((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496735) * t + 0.254829592) * t) * Math.exp(-x * x);
  return 0.5 * (1 + Math.sign(x) * erf);
}
