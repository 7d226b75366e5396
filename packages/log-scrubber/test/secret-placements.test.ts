import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);

describe('a value that runs to the end of its line', () => {
  it.each(['Ça va13!', 'Ribbon velvet gravel canyon', 'Saddle gravel thistle falcon'])(
    'an environment dump or properties line keeps blanks in the value (%s)',
    (pw) => {
      expect(text(`FATAL uncaught exception; environment follows\nLOG_LEVEL=warn\nDB_PASSWORD=${pw}\nTZ=UTC`)).toBe(
        'FATAL uncaught exception; environment follows\nLOG_LEVEL=warn\nDB_PASSWORD=[REDACTED]\nTZ=UTC',
      );
      expect(text(`spring.mail.password=${pw}\nserver.port=8443`)).toBe('spring.mail.password=[REDACTED]\nserver.port=8443');
    },
  );
  it('a YAML block line and an indented dump line keep blanks in the value', () => {
    expect(text('db:\n  password: ribbon velvet gravel canyon\n  host: x')).toBe('db:\n  password: [REDACTED]\n  host: x');
    expect(text('env:\n  DB_PASSWORD=Ça va13!\n  TZ=UTC')).toBe('env:\n  DB_PASSWORD=[REDACTED]\n  TZ=UTC');
  });
  it('a written-out passphrase after `password:` goes whole', () => {
    expect(text('wifi password: Canyon lantern violet thistle')).toBe('wifi password: [REDACTED]');
  });
  it('a lower-case field name at the start of a message is not a dump line', () => {
    expect(text('token=abc for ops@example.com')).toMatch(/^token=\[REDACTED\] for <email:/);
  });
  it('pairs after the value on the same line are still their own', () => {
    expect(text('password=hunter2x user=bob level=info')).toBe('password=[REDACTED] user=bob level=info');
  });
});

describe('RADIUS authentication logs', () => {
  it.each(['tigger1986', 'Summer2023!', 's0l3il97'])('FreeRADIUS logs the typed password after the user (%s)', (pw) => {
    const out = text(`Tue Nov 4 10:12:01 2026 : Auth: (4417) rlm_pap: Login incorrect: [fnwosu/${pw}] (from client vpn-gw-4 port 6 cli 10.8.0.14)`);
    expect(out).not.toContain(pw);
    expect(out).toContain('(from client vpn-gw-4 port 6');
    expect(text(`Auth: (12) Login OK: [jdoe/${pw}] (from client vpn-gw-1 port 2)`)).not.toContain(pw);
  });
  it('the placeholders FreeRADIUS writes when no password was logged stay', () => {
    expect(text('Auth: (12) Login incorrect: [jdoe/<via Auth-Type = eap>] (from client vpn-gw-1 port 2)')).toContain('<via Auth-Type = eap>');
  });
});

describe('passwords given in prose in other languages', () => {
  it.each([
    ['Le mot de passe du compte de service est harbor-copper-orchid-lantern, je le change demain', 'harbor-copper-orchid-lantern'],
    ['Le mot de passe du compte de service est liverpool1992, je le change demain', 'liverpool1992'],
    ['Das neue Passwort für den Drucker-Admin lautet WinterHarbor9* – bitte nicht weitergeben', 'WinterHarbor9*'],
    ['Das neue Passwort für den Drucker-Admin lautet k@ff394 – bitte nicht weitergeben', 'k@ff394'],
    ['La contraseña del wifi de la oficina es NzOJCOLVZIdZBWn32xP', 'NzOJCOLVZIdZBWn32xP'],
    ['snmp community for the core switches is mon-0HnK7QpNEK', 'mon-0HnK7QpNEK'],
    ['the SNMP community string is ro-1IX80QUq1n', 'ro-1IX80QUq1n'],
  ])('%s', (line, secret) => {
    const out = text(line);
    expect(out).not.toContain(secret);
  });
  it('the words around the password stay', () => {
    expect(text('Das neue Passwort für den Drucker-Admin lautet k@ff394 – bitte')).toContain('Passwort für den Drucker-Admin lautet');
    expect(text('the password policy is v2-strict')).toBe('the password policy is v2-strict');
    expect(text('le mot de passe du compte est expiré')).toBe('le mot de passe du compte est expiré');
  });
});

describe('second-factor material and framework secrets in prose', () => {
  it('a TOTP seed in base32', () => {
    const out = text('TOTP seed for the shared ops account: IRTTRMLOMQVICPQ5EY3T4DIZJ6HTM7CI (issuer AWS root)');
    expect(out).not.toContain('IRTTRMLOMQVICPQ5EY3T4DIZJ6HTM7CI');
    expect(out).toContain('(issuer AWS root)');
  });
  it('every code of a backup-code list', () => {
    const out = text('my 2FA backup codes: hn9c2-pw1z6 pcnd2-ova7f 6nrqk-lpdow');
    for (const code of ['hn9c2-pw1z6', 'pcnd2-ova7f', '6nrqk-lpdow']) expect(out).not.toContain(code);
  });
  it('a credential name followed by its value after a blank (`secret_key_base <hex>`)', () => {
    const hex = '257b8b8a5f90bace31a8bbbe194b86691b764f5087ff59051e82eb2c3808c463c10eea887c6c3637fcd465f2568957a2b14a6eccfa4219177b61757dd35bb751';
    expect(text(`rails credentials: secret_key_base ${hex}`)).not.toContain(hex);
    expect(text('requirepass Xk29slaPq01mzZ8a')).not.toContain('Xk29slaPq01mzZ8a');
    expect(text('sha512 checksum 257b8b8a5f90bace31a8bbbe194b86691b764f5087ff59051e82eb2c3808c463')).toContain('257b8b8a5f90bace');
  });
});

describe('word passphrases given without quotes', () => {
  it.each([
    ['fyi the staging db password is Meadow harbor marble saddle until we rotate it on 2026-11-19', 'harbor marble saddle', 'until we rotate'],
    ['Das neue Passwort für den Drucker-Admin lautet Pepper falcon juniper saddle – bitte nicht weitergeben', 'falcon juniper saddle', 'bitte nicht'],
    ['La contraseña del wifi de la oficina es Canyon lantern violet thistle', 'lantern violet thistle', 'La contraseña del wifi'],
  ])('%s', (line, secret, kept) => {
    const out = text(line);
    expect(out).not.toContain(secret);
    expect(out).toContain(kept);
  });
  it('a capitalised word after "password is" with no word run after it is one word', () => {
    expect(text('the password is Sunshine7 for user bob')).toBe('the password is [REDACTED] for user bob');
    expect(text('password is Required for admin accounts')).toBe('password is Required for admin accounts');
  });
});

describe('a quoted value offered for a credential', () => {
  it.each([
    ['try "Copper meadow juniper 53" for the vault unseal share, the old one is gone', 'Copper meadow juniper 53'],
    ["use 'Tr0ub4dor&3' as the admin password", 'Tr0ub4dor&3'],
    ['try "hunter22" for the wifi passphrase', 'hunter22'],
  ])('%s', (line, secret) => {
    expect(text(line)).not.toContain(secret);
  });
  it('a quoted command or name offered for something else stays', () => {
    expect(text('try "npm ci" for the build step')).toBe('try "npm ci" for the build step');
    expect(text('use "db-password" as the secret name')).toBe('use "db-password" as the secret name');
  });
});

describe('definite forms of the password word and code lists over lines', () => {
  it.each([
    ['Lösenordet är Sommar2024! för kontot', 'Sommar2024!'],
    ['Passordet er Fjell8*hytte i dag', 'Fjell8*hytte'],
    ['Adgangskoden er Kaffe#2023 til printeren', 'Kaffe#2023'],
  ])('%s', (line, secret) => {
    expect(text(line)).not.toContain(secret);
  });
  it('backup codes one per line', () => {
    const out = text('recovery codes:\n  4821-9930\n  1177-0042\nstore them safely');
    expect(out).not.toContain('4821-9930');
    expect(out).not.toContain('1177-0042');
    expect(out).toContain('store them safely');
  });
});
