import { describe, expect, it } from 'vitest';
import { AUTH_LINK_PATH, FLOW_PARAMETERS, FLOW_PATH_HINT, FLOW_SEGMENT, FLOW_WORDS, KEY_FLOW_WORDS } from '../src/flow-words.js';
import { isFlowParameter, KeyClassifier } from '../src/key-names.js';

describe('the placements of flow words agree on the shared list', () => {
  const keys = new KeyClassifier([], new Map(), []);
  it.each([...FLOW_WORDS])('`%s` is a path word, a segment, a key-name word and a parameter name', (word) => {
    expect(AUTH_LINK_PATH.test(`/account/${word}`)).toBe(true);
    expect(FLOW_SEGMENT.test(word)).toBe(true);
    expect(FLOW_PATH_HINT.test(`https://app.example/${word}/x`)).toBe(true);
    expect(KEY_FLOW_WORDS.has(word)).toBe(true);
    // `passwordlessUrl` holds the word `password`: the whole value goes as a secret, which covers the link.
    expect(keys.classify(`${word}Url`)).toBe(word === 'passwordless' ? 'secret' : 'link');
    expect(FLOW_PARAMETERS.has(word)).toBe(true);
    expect(isFlowParameter(word)).toBe(true);
  });
  it('sign-in words name links under a key and in a path, never a parameter or a token segment', () => {
    for (const word of ['login', 'signin']) {
      expect(keys.classify(`${word}Link`)).toBe('link');
      expect(AUTH_LINK_PATH.test(`/${word}`)).toBe(true);
      expect(isFlowParameter(word)).toBe(false);
      expect(FLOW_SEGMENT.test(word)).toBe(false);
    }
  });
  it('endpoint words count only in a path; `accept` only as a segment', () => {
    for (const word of ['auth', 'oauth2', 'sso', 'callback', 'otp']) {
      expect(AUTH_LINK_PATH.test(`/${word}/done`)).toBe(true);
      expect(keys.classify(`${word}Url`)).not.toBe('link');
      expect(FLOW_SEGMENT.test(word)).toBe(false);
    }
    expect(FLOW_SEGMENT.test('accept')).toBe(true);
    expect(AUTH_LINK_PATH.test('/terms/accept')).toBe(false);
  });
});
