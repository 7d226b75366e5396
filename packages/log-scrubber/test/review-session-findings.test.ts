import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);
const record = (value: unknown): string => JSON.stringify(s.scrub(value));

// A one-time code of a card payment's 3-D Secure step is typed by the holder: it is no issuer's
// approval code, even on a line or in an object about a card payment.
describe('a one-time code under an approval-code name in a card flow goes', () => {
  it('on a 3-D Secure line', () => {
    const out = text('3ds step-up for card ****7731: otp sent by sms, holder typed auth_code=605217');
    expect(out).not.toContain('605217');
  });
  it('in a payment object that says the code was sent by SMS', () => {
    const out = record({ amount: 4599, currency: 'GBP', channel: 'sms', otpSent: true, authCode: '318406' });
    expect(out).not.toContain('318406');
  });
  it('an issuer approval code beside an amount still stays', () => {
    expect(text('card payment approved auth_code=Q4T7ZP amount=18.40')).toContain('Q4T7ZP');
    expect(record({ amount: 1840, mcc: '5411', authCode: 'Q4T7ZP' })).toContain('Q4T7ZP');
  });
});

// A sign-in state is a bearer secret; a sentence's ellipsis after it does not make it a cut value.
describe('a sign-in state followed by an ellipsis goes', () => {
  const state = 'pW3nXr8Kq2LmZt5VbY7cHd1Fs';
  it('when the dots follow the whole value', () => {
    const out = text(`Redirecting to https://id.example.net/u/login?state=${state}...`);
    expect(out).not.toContain(state);
  });
  it('a short display prefix stays', () => {
    expect(text('Redirecting to https://id.example.net/u/login?state=pW3nXr...')).toContain('pW3nXr');
  });
});

// Letters on a keypad: a digicode or a lock box's combination is a code, never a gate's label.
describe('a code with letters under a digicode, PIN or lock-box name goes', () => {
  it.each([
    ['digicode', 'B417'],
    ['lockbox_pin', 'KX52'],
    ['lockboxCode', 'RQZ'],
    ['keySafeCode', 'M83'],
  ])('%s', (key, value) => {
    expect(record({ [key]: value })).not.toContain(value);
    expect(text(`${key}: ${value}`)).not.toContain(value);
  });
  it('a gate or pick-up point label stays', () => {
    expect(record({ gateCode: 'C14' })).toContain('C14');
    expect(record({ pickupCode: 'AMS' })).toContain('AMS');
  });
});

// A placeholder picture is the same for everyone, unless its path is filed under a person.
describe('a placeholder picture under a directory named after its owner goes', () => {
  it('keeps the directory name out', () => {
    const out = record({ cardholder: { name: 'Oona Falkner', photoUrl: 'https://cdn.example.org/avatars/oona.falkner/default-avatar.png' } });
    expect(out).not.toContain('oona.falkner');
  });
  it('the shared placeholder stays', () => {
    const out = record({ cardholder: { name: 'Oona Falkner', photoUrl: 'https://cdn.example.org/static/img/default-avatar.png' } });
    expect(out).toContain('default-avatar.png');
  });
});

// pino merges the object logged with its own fields: a person's `name` beside their e-mail is no logger's name.
describe('a person login under pino-shaped root fields goes beside a contact', () => {
  it('name beside email', () => {
    const out = record({ level: 30, time: 1, pid: 7, hostname: 'web-2', msg: 'signup', name: 'oona.falkner', email: 'oona.falkner@example.org' });
    expect(out).not.toContain('oona.falkner');
  });
  it('a logger name stays', () => {
    const out = record({ level: 30, time: 1, pid: 7, hostname: 'web-2', msg: 'signup', name: 'billing-worker', email: 'oona.falkner@example.org' });
    expect(out).toContain('billing-worker');
  });
});

// `type: "token:software:totp"` is an enum; the same shape opened by a scheme is a credential.
describe('a scheme-led colon path under a label key is not an enum', () => {
  it('basic:<user>:<password> goes', () => {
    expect(record({ factor: { type: 'basic:admin:letmein' } })).not.toContain('letmein');
    expect(record({ method: 'password:ops:winterhaven' })).not.toContain('winterhaven');
  });
  it('a factor type stays', () => {
    expect(record({ factor: { type: 'token:software:totp' } })).toContain('token:software:totp');
  });
});

// Only a setting names a resolver: a resolver's own log line names the client that asked.
describe('an address after a bare dns word', () => {
  it('a client in a resolver log goes', () => {
    expect(text('dns 198.51.100.23 queried api.example.com A')).not.toContain('198.51.100.23');
  });
  it('resolver settings stay', () => {
    expect(text('probe ok dns=8.8.8.8 p95=300ms')).toContain('8.8.8.8');
    expect(text('nameserver 10.0.0.2')).toContain('10.0.0.2');
    expect(text('resolver: 1.1.1.1')).toContain('1.1.1.1');
  });
});

// A telemetry header names a library; a person's login in its `name` slot makes it theirs.
describe('base64 telemetry whose name is a login', () => {
  const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64');
  it('goes', () => {
    for (const name of ['jane.doe', 'oona-falkner', 'jdoe']) {
      const v = b64({ name, version: '1' });
      expect(text(`client=${v} ok`)).not.toContain(v.replace(/=+$/, ''));
    }
  });
  it('library names stay', () => {
    for (const name of ['node-auth0', 'auth0.js', '@acme/idp-client', 'Auth0.Net']) {
      const v = b64({ name, version: '4.1.0' });
      expect(text(`client=${v} ok`)).toContain(v);
    }
  });
});
