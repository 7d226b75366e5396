import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);
const json = (value: unknown): string => JSON.stringify(s.scrub(value));

describe('validation errors that echo the rejected value', () => {
  it.each(['Qv7#mLotr2x', 'Pelican1999?', 'saffron-ledger-walnut-08'])('express-validator v7 names the field in `path` (%s)', (pw) => {
    const out = json({
      msg: 'request rejected',
      errors: [
        { type: 'field', value: 'short', msg: 'Not an integer', path: 'quantity', location: 'body' },
        { type: 'field', value: pw, msg: 'Needs a digit', path: 'password', location: 'body' },
      ],
    });
    expect(out).not.toContain(pw);
    expect(out).toContain('"path":"password"');
    expect(out).toContain('"value":"short"');
  });
  it('a nested field path and a path given as a list (yup, Joi, Mongoose)', () => {
    expect(json({ name: 'ValidationError', path: 'account.newPassword', value: 'Hx4!corvid77', errors: ['too weak'] })).not.toContain('Hx4!corvid77');
    expect(json({ message: 'weak', path: ['user', 'confirmPassword'], value: 'Hx4!corvid77' })).not.toContain('Hx4!corvid77');
  });
  it('class-validator names the field in `property`', () => {
    const out = json({ property: 'passphrase', value: 'amber kettle drifts 9', constraints: { minLength: 'passphrase is too short' } });
    expect(out).not.toContain('amber kettle drifts 9');
    expect(out).toContain('"property":"passphrase"');
  });
  it('a value next to a URL or file path, or a field that names no secret, stays', () => {
    expect(json({ path: '/account/password/reset', value: 'sent' })).toBe('{"path":"/account/password/reset","value":"sent"}');
    expect(json({ path: 'quantity', value: 'lots', msg: 'Invalid value' })).toBe('{"path":"quantity","value":"lots","msg":"Invalid value"}');
  });
});

describe('RADIUS attribute lists', () => {
  it.each(['Gx7mq!Rtz', 'tulip-harbor-vault-31', 'Vernal2004$'])('a password attribute with or without its operator (%s)', (pw) => {
    for (const line of [
      `(41) pap: Login incorrect (pap: Cleartext-Password "${pw}" does not match): [kmarsh] (from client ap-2 port 4)`,
      `(41)   Cleartext-Password := "${pw}"`,
      `(41)   User-Password == "${pw}"`,
      `Sent Access-Request Id 17 User-Name = "kmarsh" User-Password = "${pw}" NAS-Port = 4`,
    ]) {
      const out = text(line);
      expect(out, line).not.toContain(pw);
    }
    expect(text(`(41)   Cleartext-Password := "${pw}"`)).toContain('Cleartext-Password := ');
  });
  it('the NT hash of a password is a credential as well (pass-the-hash)', () => {
    expect(text('(7)   NT-Password := 0x8846f7eaee8fb117ad06bdd830b7586c')).not.toContain('8846f7eaee8fb117ad06bdd830b7586c');
  });
  it('the `:=` and `==` operators separate a name from its value as `=` does', () => {
    expect(text('debug: dbPassword := "Pq8!lintel3"')).not.toContain('Pq8!lintel3');
    expect(text('assert api_secret == Pq8!lintel3')).not.toContain('Pq8!lintel3');
    expect(text('assert retries == 3 && mode := fast')).toBe('assert retries == 3 && mode := fast');
  });
  it('radtest gives the password and the shared secret as operands', () => {
    const out = text('$ radtest -t mschap kmarsh Gx7mq!Rtz radius-1.example.test:1812 10 Sh4redWord9');
    expect(out).not.toContain('Gx7mq!Rtz');
    expect(out).not.toContain('Sh4redWord9');
    expect(out).toContain('radius-1.example.test:1812 10');
  });
  it('attributes that are not passwords stay', () => {
    const line = '(41)   NAS-Port-Type = Wireless-802.11  Auth-Type := PAP  Service-Type = Framed-User';
    expect(text(line)).toBe(line);
  });
});

describe('a password handed over in a chat message', () => {
  it.each(['Wq3$harpoon8', 'Lantern1988!', 'quill-mosaic-ferry-54'])('`creds are user / pw` with a spaced slash (%s)', (pw) => {
    expect(text(`hey, can you check prod? creds are deploy / ${pw}`)).not.toContain(pw);
    expect(text(`login: svc_ci / ${pw} (rotate after)`)).not.toContain(pw);
  });
  it('a written-out lower-case passphrase after the slash goes whole', () => {
    const out = text('creds are root / pelican mortar thistle lagoon');
    for (const w of ['pelican', 'mortar', 'thistle', 'lagoon']) expect(out).not.toContain(w);
  });
  it('two states or two plain words around a slash are no pair', () => {
    expect(text('Sign on: enabled / disabled per tenant')).toBe('Sign on: enabled / disabled per tenant');
    expect(text('login is read / write for admins')).toBe('login is read / write for admins');
  });
});

describe('an access code written in prose', () => {
  it.each([
    ['Il mio codice di accesso temporaneo è {} grazie', 'Zr8!ponte41'],
    ['mi código de acceso es {} gracias', 'Zr8!ponte41'],
    ['my temporary access code is {}', 'Zr8!ponte41'],
    ["mon code d'accès est {}", 'Zr8!ponte41'],
    ['la password temporanea è {}', 'Zr8!ponte41'],
  ])('%s', (template, pw) => {
    expect(text(template.replace('{}', pw))).not.toContain(pw);
  });
  it('statements about an access code stay', () => {
    expect(text('access code expired for door 4')).toBe('access code expired for door 4');
  });
});

describe('one-time codes in form-encoded bodies', () => {
  it.each(['Body=Hey+my+login+code+is+604219&From=x', 'text=your%20verification%20code%20is%20604219', 'msg=OTP+604219+sent'])('%s', (line) => {
    expect(text(line)).not.toContain('604219');
  });
  it.each(['Body=730155+is+your+Nimbus+verification+code', '730155 is your login code. Do not share it.', 'G-730155 is your sign-in code', 'Use 730155 as your one-time passcode'])(
    'the code written before the words that name it (%s)',
    (line) => {
      expect(text(line)).not.toContain('730155');
    },
  );
  it('a number before other words stays', () => {
    expect(text('730155 is your order number')).toBe('730155 is your order number');
    expect(text('Use 2048 as your key size')).toBe('Use 2048 as your key size');
  });
  it('an error code in a form body stays', () => {
    expect(text('status=failed&error+code+604219')).toContain('604219');
  });
});

describe('a passphrase typed without quotes after a password flag', () => {
  it('the bare words after the flag value are the rest of the passphrase (a Windows event CommandLine)', () => {
    const out = text("<Data Name='CommandLine'>tool.exe --user svc_sync --password orchid marble pylon cascade</Data><Data Name='LogonType'>3</Data>");
    for (const w of ['orchid', 'marble', 'pylon', 'cascade']) expect(out).not.toContain(w);
    expect(out).toContain('--user svc_sync');
    expect(out).toContain("</Data><Data Name='LogonType'>3</Data>");
  });
  it('docker login -p stops at the registry host', () => {
    const out = text('$ docker login -u ci-bot -p orchid marble pylon cascade registry.example.test');
    for (const w of ['orchid', 'marble', 'pylon', 'cascade']) expect(out).not.toContain(w);
    expect(out).toContain('registry.example.test');
  });
  it('one positional argument after the password stays', () => {
    expect(text('mysqlsh --password Tq9!vault82 shopdb')).toContain('shopdb');
  });
});
