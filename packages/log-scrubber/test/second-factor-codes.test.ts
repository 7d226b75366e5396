import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const out = (value: unknown): string => JSON.stringify(s.scrub(value));

describe('numeric codes beside a message that mentions verification', () => {
  it('an error code stays when only the message says "verification" or "challenge"', () => {
    for (const record of [
      { msg: 'cookie value failed verification', code: '40001' },
      { message: 'signature verification failed for webhook', code: 40013 },
      { msg: 'TLS challenge answered late', code: '5031' },
    ]) {
      expect(out(record)).toContain(String(record.code));
    }
  });
  it('a one-time code still goes when the message names the second factor', () => {
    for (const record of [
      { msg: 'OTP verification failed', code: '481920' },
      { message: 'two-factor code rejected', code: 339102 },
      { msg: 'verification code sent', channel: 'sms', code: '775301' },
      { event: 'phone.verification.completed', code: '190355' },
    ]) {
      expect(out(record)).not.toContain(String(record.code));
    }
  });
});
