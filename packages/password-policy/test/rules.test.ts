import { describe, expect, it } from 'vitest';
import { checkPassword, PasswordChecker, type PasswordPolicyOptions } from '../src/index.js';

const checker = new PasswordChecker();
const codes = async (password: string, c: PasswordChecker = checker, context = { username: 'alice.smith@example.com' }) => (await c.check(password, { context })).problems.map((p) => p.code);

describe('length (NIST SP 800-63B rev. 4 §3.1.1.2)', () => {
  it('refuses fewer than 8 code points and accepts 8', async () => {
    expect(await codes('zq7#mv2')).toEqual(['too_short']);
    expect(await codes('zq7#mv2k')).toEqual([]);
  });

  it('counts code points, not UTF-16 units: 8 emoji are 8 characters', async () => {
    const emoji = '🐢🦒🐙🦔🐝🦉🐳🦊';
    expect(emoji.length).toBe(16);
    expect(await codes(emoji.slice(0, 14))).toEqual(['too_short']);
    expect(await codes(emoji)).toEqual([]);
  });

  it('accepts the configured minimum (15 for single-factor) and says how many are needed', async () => {
    const strict = new PasswordChecker({ minLength: 15 });
    const result = await strict.check('zq7#mv2kp9', {});
    expect(result.problems).toEqual([{ code: 'too_short', message: expect.stringContaining('at least 15 characters (you have 10)') }]);
    expect(await codes('zq7#mv2kp9 tulip', strict)).toEqual([]);
  });

  it('accepts 64 characters and more up to maxLength, refuses beyond it, never truncates', async () => {
    const long = 'tulip marble canoe thunder '.repeat(10).slice(0, 256);
    expect(await codes(long)).toEqual([]);
    expect(await codes(long + 'x')).toEqual(['too_long']);
    const hashed = await codes('tulip marble canoe thunder '.repeat(3).slice(0, 64), new PasswordChecker({ maxLength: 64 }));
    expect(hashed).toEqual([]);
  });

  it('refuses a huge input as too_long without normalising it', async () => {
    expect(await codes('x'.repeat(5_000_000))).toEqual(['too_long']);
  });
});

describe('Unicode', () => {
  it('accepts any Unicode and spaces', async () => {
    expect(await codes('пароль для входа в систему')).toEqual([]);
    expect(await codes('我的密码很长而且很难猜到吧')).toEqual([]);
  });

  it('applies NFKC before every check: full-width "Ｐａｓｓｗｏｒｄ１" is the common "password1"', async () => {
    expect('Ｐａｓｓｗｏｒｄ１'.normalize('NFKC')).toBe('Password1');
    expect(await codes('Ｐａｓｓｗｏｒｄ１')).toEqual(['common']);
  });

  it('counts length after NFKC: the ligature "ﬀ" is two characters', async () => {
    // 7 code points raw, 8 after NFKC.
    expect(await codes('zq7#mvﬀ')).toEqual([]);
  });
});

describe('blocklist (common)', () => {
  it.each(['password', '12345678', 'qwertyuiop', 'iloveyou', 'PASSWORD', 'sunshine', 'football'])('refuses %s', async (password) => {
    expect(await codes(password)).toContain('common');
  });

  it('refuses a listed password with a short affix ("football2024", "!password1")', async () => {
    expect(await codes('football2024')).toContain('common');
    expect(await codes('!!password1')).toContain('common');
  });

  it('tells the user what to do', async () => {
    const [problem] = (await checker.check('password', {})).problems;
    expect(problem).toEqual({ code: 'common', message: expect.stringMatching(/choose something that is not a well-known password/) });
  });

  it('adds a user-supplied list, compared after NFKC and lower case', async () => {
    const custom = new PasswordChecker({ extraBlocklist: ['Parapet Rocks Forever', 'zq7#mv2k'] });
    expect(await codes('parapet rocks forever', custom)).toEqual(['common']);
    expect(await codes('ZQ7#MV2K', custom)).toEqual(['common']);
    expect(await codes('zq7#mv2k')).toEqual([]);
  });
});

describe('context', () => {
  it('refuses the user name, its e-mail local part and their derivatives', async () => {
    expect(await codes('alice.smith@example.com')).toEqual(['context']);
    expect(await codes('alice.smith')).toEqual(['context']);
    expect(await codes('smith2024!!')).toEqual(['context']);
    expect(await codes('htims.ecila')).toEqual(['context']);
  });

  it('refuses the service name', async () => {
    const c = new PasswordChecker({ serviceWords: ['Parapet'] });
    expect(await codes('parapet#2026', c, { username: 'bob' })).toEqual(['context']);
  });

  it('refuses words given per check', async () => {
    const result = await checker.check('rumpelstilzchen1', { context: { words: ['Rumpelstilzchen'] } });
    expect(result.problems.map((p) => p.code)).toEqual(['context']);
  });

  it('accepts a long passphrase that merely contains the name', async () => {
    expect(await codes('alice paints violet harbour cranes')).toEqual([]);
  });
});

describe('repetitive and sequential', () => {
  it.each(['aaaaaaaaaa', 'abcabcabcabc', 'zq7#zq7#zq7#', '1234abcd', '98765432', 'asdfghjkl;', 'zyxwvutsrq', 'ababababab'])('refuses %s', async (password) => {
    expect(await codes(password)).toContain('repetitive');
  });

  it.each(['correct horse battery staple', 'Tr0ub4dor&3xyz', 'zq7#mv2kp9', 'my 1234 garden roses bloom'])('accepts %s', async (password) => {
    expect(await codes(password)).not.toContain('repetitive');
  });
});

describe('composition (opt-in)', () => {
  it('is off by default', async () => {
    expect(await codes('plumtreevalleyroad')).toEqual([]);
  });

  it('names the missing classes', async () => {
    const c = new PasswordChecker({ composition: { require: ['uppercase', 'digit'] } });
    const result = await c.check('plumtreevalleyroad', {});
    expect(result.problems).toEqual([{ code: 'composition', message: 'Add an upper-case letter, a digit.' }]);
    expect(await codes('Plumtreevalleyroad7', c)).toEqual([]);
  });

  it('counts classes, Unicode-aware', async () => {
    const c = new PasswordChecker({ composition: { minClasses: 3 } });
    expect(await codes('plumtreevalley', c)).toEqual(['composition']);
    expect(await codes('Élan vital plum', c)).toEqual([]);
  });
});

describe('result shape', () => {
  it('reports every problem at once', async () => {
    const result = await checkPassword('1234567', {});
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'too_short' }), expect.objectContaining({ code: 'repetitive' })], strength: undefined, breach: 'skipped' });
  });

  it('checkPassword takes a context and a policy', async () => {
    expect((await checkPassword('bobby tables drop', { context: { username: 'bobby tables drop' } })).problems.map((p) => p.code)).toEqual(['context']);
    expect((await checkPassword('zq7#mv2kp9', { policy: { minLength: 12 } })).problems.map((p) => p.code)).toEqual(['too_short']);
  });

  it('rejects a non-string password as a programming error', async () => {
    await expect(checker.check(42 as unknown as string)).rejects.toThrow(TypeError);
  });
});

describe('strength (zxcvbn-ts, opt-in)', () => {
  it('is feedback only when enabled without minScore', async () => {
    const c = new PasswordChecker({ strength: true });
    const result = await c.check('Summer holiday', {});
    expect(result.ok).toBe(true);
    expect(result.strength).toEqual({ score: 3, guessesLog10: expect.closeTo(8.01, 1), warning: null, suggestions: [] });
    expect((await new PasswordChecker().check('Summer holiday', {})).strength).toBeUndefined();
  });

  it('gates with "weak" and passes the estimator\'s advice on', async () => {
    const c = new PasswordChecker({ strength: { minScore: 4 } });
    const weak = await c.check('Summer holiday', {});
    expect(weak.problems.map((p) => p.code)).toEqual(['weak']);
    expect(weak.problems[0]!.message).toMatch(/^This password is too easy to guess\. /);
    expect((await c.check('violet harbour cranes paint quietly', {})).ok).toBe(true);
  });

  it('feeds the context to the estimator', async () => {
    const c = new PasswordChecker({ strength: true });
    const withName = await c.check('rumpelstilzchen velvet', { context: { words: ['rumpelstilzchen'] } });
    const without = await c.check('rumpelstilzchen velvet', {});
    expect(withName.strength!.guessesLog10).toBeLessThan(without.strength!.guessesLog10);
  });
});

describe('options', () => {
  it.each<[PasswordPolicyOptions, RegExp]>([
    [{ minLength: 6 }, /"minLength" must be an integer >= 8/],
    [{ minLength: 8.5 }, /"minLength"/],
    [{ maxLength: 32 }, /"maxLength" must be an integer from 64/],
    [{ minLength: 100, maxLength: 64 }, /must not exceed "maxLength"/],
    [{ minlength: 15 } as unknown as PasswordPolicyOptions, /unknown option "minlength"/],
    [{ context: {} } as unknown as PasswordPolicyOptions, /context is given per check/],
    [{ extraBlocklist: [1] } as unknown as PasswordPolicyOptions, /"extraBlocklist" must contain strings/],
    [{ serviceWords: 'parapet' } as unknown as PasswordPolicyOptions, /"serviceWords"/],
    [{ composition: { require: ['emoji'] } } as unknown as PasswordPolicyOptions, /"composition.require"/],
    [{ composition: { minClasses: 5 } }, /"composition.minClasses"/],
    [{ composition: { minclasses: 2 } } as unknown as PasswordPolicyOptions, /unknown option "composition.minclasses"/],
    [{ strength: { minScore: 5 } } as unknown as PasswordPolicyOptions, /"strength.minScore"/],
    [{ strength: { min: 2 } } as unknown as PasswordPolicyOptions, /unknown option "strength.min"/],
    [{ breachCheck: {} } as unknown as PasswordPolicyOptions, /"breachCheck.onUnavailable" must be 'allow' or 'deny'/],
    [{ breachCheck: { onUnavailable: 'allow', baseUrl: 'http://example.com/range/' } }, /must be https/],
    [{ breachCheck: { onUnavailable: 'allow', timeoutDuration: 0 } }, /"breachCheck.timeoutDuration"/],
    [{ breachCheck: { onUnavailable: 'allow', timeoutMs: 500 } } as unknown as PasswordPolicyOptions, /"breachCheck.timeoutMs" was renamed to "breachCheck.timeoutDuration"/], // retired name
    [{ breachCheck: { onUnavailable: 'allow', timeout: 5 } } as unknown as PasswordPolicyOptions, /unknown option "breachCheck.timeout"/],
  ])('%j throws', (options, message) => {
    expect(() => new PasswordChecker(options)).toThrow(TypeError);
    expect(() => new PasswordChecker(options)).toThrow(message);
  });
});
