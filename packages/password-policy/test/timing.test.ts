/**
 * Unknown users must cost what known users cost. Compared statistically:
 * interleaved samples, a two-sided Mann–Whitney U test, and a control that
 * proves the same test does detect a real difference in cost.
 */
import { describe, expect, it } from 'vitest';
import { PasswordHasher } from '../src/index.js';
import { mannWhitneyP } from './helpers.js';

const OPTIONS = { scrypt: { N: 2 ** 13, r: 8, p: 1 }, allowWeakParametersDangerously: true, maxConcurrent: 1 };
const SAMPLES = 40;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start);
}

describe('timing of unknown vs known users', () => {
  it('verifyAgainstDummy is indistinguishable from a wrong password for a real user; a cheaper hash is not', { timeout: 120_000 }, async () => {
    const hasher = new PasswordHasher(OPTIONS);
    const stored = await hasher.hash('the real password');
    await hasher.warmUp();
    const cheaper = new PasswordHasher({ ...OPTIONS, scrypt: { N: 2 ** 11, r: 8, p: 1 } });
    const cheapStored = await cheaper.hash('the real password');

    const known: number[] = [];
    const unknown: number[] = [];
    const control: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      // Interleaved so drift in machine load hits both groups alike.
      known.push(await time(() => hasher.verify('a wrong guess', stored)));
      unknown.push(await time(() => hasher.verifyAgainstDummy('a wrong guess')));
      control.push(await time(() => cheaper.verify('a wrong guess', cheapStored)));
    }
    // Same cost: no evidence of a difference at the 0.1% level.
    expect(mannWhitneyP(known, unknown)).toBeGreaterThan(0.001);
    // Power check: a 4x cheaper computation is detected.
    expect(mannWhitneyP(known, control)).toBeLessThan(0.001);
  });
});
