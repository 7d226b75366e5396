import { describe, expect, it } from 'vitest';
import { scrubber, token } from './helpers.js';

const s = scrubber();
const out = (value: unknown): string => JSON.stringify(s.scrub(value));
const text = (value: string): string => s.scrubText(value);

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const B64URL = ALNUM + '-_';

describe('secret key names: env, camel, kebab and compound styles', () => {
  it.each([
    'DB_PASS', 'MYSQL_PWD', 'SMTP_PASS', 'ADMIN_PASS', 'JWT_KEY', 'SESSION_KEY', 'LOG_PSEUDONYM_KEY', 'KOA_KEYS',
    'COOKIE_SIGNING_KEYS', 'redisPass', 'smtp-pass', 'ldapBindPwd', 'stripeKey', 'webhookSigningKeyV2',
  ])('%s is removed, as a field and in an env dump', (key) => {
    const secret = token(ALNUM, 20, key.length);
    expect(out({ env: { [key]: secret } })).not.toContain(secret);
    expect(text(`PORT=3000\n${key}=${secret}\nTZ=UTC`)).toBe(`PORT=3000\n${key}=[REDACTED]\nTZ=UTC`);
  });

  it('removes every item of a key list in an env dump and arrays under secret keys', () => {
    expect(text('KOA_KEYS=first-key-1,second-key-2 NODE_ENV=production')).toBe('KOA_KEYS=[REDACTED] NODE_ENV=production');
    expect(s.scrub({ signingKeys: ['k1-aaaa', 'k2-bbbb'], koa: { keys: ['a8Ffk29dkLq', 'plainold'] } })).toEqual({
      signingKeys: '[REDACTED]',
      koa: { keys: '[REDACTED]' },
    });
  });

  it('removes a key list of passphrases (Koa signing keys written as words)', () => {
    expect(s.scrub({ koa: { keys: ['pepper-nebula-dragon-pepper', 'sunshineshadow'] } })).toEqual({ koa: { keys: '[REDACTED]' } });
    expect(s.scrub({ cors: { keys: ['access-control-allow-origin', 'x-forwarded-for'] } })).toEqual({
      cors: { keys: ['access-control-allow-origin', 'x-forwarded-for'] },
    });
  });

  it('keeps settings, metrics and lookup keys that only mention a credential', () => {
    const record = {
      passwordPolicy: { minLength: 12, requireSymbols: true },
      apiKeyAgeDays: 40,
      tokenExpiresIn: 3600,
      tokenType: 'Bearer',
      keyId: 'key-2024-1',
      cacheKey: 'user:42:profile',
      partitionKey: 'tenant-7',
      promptTokens: 812,
      nextPageToken: 'page-3',
      usageByKey: { total: 5 },
    };
    expect(s.scrub(record)).toEqual(record);
  });
});

describe('secrets in free text after context words', () => {
  it.each([
    ['login failed for bob with password hunter2x', 'hunter2x'],
    ['user admin changed passphrase to Xk9#mPq2', 'Xk9#mPq2'],
    ["CREATE USER app WITH PASSWORD 'S3cr3t!pw'", 'S3cr3t!pw'],
    ["ALTER USER 'svc'@'%' IDENTIFIED BY 'Tr0ub4dor'", 'Tr0ub4dor'],
    ["ALTER USER 'svc'@'localhost' IDENTIFIED WITH mysql_native_password BY 'Zx8!pqLm'", 'Zx8!pqLm'],
    ['ALTER USER scott IDENTIFIED BY tigerpass', 'tigerpass'],
    ["SET PASSWORD FOR 'svc'@'%' = 'Wq2!mmLp'", 'Wq2!mmLp'],
    [`invalid api key ${token(HEX, 64, 1)}`, token(HEX, 64, 1)],
    [`secret ${token(ALNUM, 30, 2)} does not match`, token(ALNUM, 30, 2)],
    [`refreshing access token (old=${token(ALNUM, 43, 3)}=)`, token(ALNUM, 43, 3)],
    [`cookie value ${token(B64URL, 43, 4)} failed verification`, token(B64URL, 43, 4)],
    ['basic auth carol:gecko58! rejected upstream', 'gecko58!'],
    ['Authorization: Bearer abcdefghijklmnopqrstuvwxyzABCD', 'abcdefghijklmnopqrstuvwxyzABCD'],
    [`spawn deploy --auth ${token(ALNUM, 40, 5)} --region eu-west-1`, token(ALNUM, 40, 5)],
    ['mysql --user=app --password=plainpass --host=db', 'plainpass'],
    ['header Bearer abcdefghijklmnopqrstuvwx', 'abcdefghijklmnopqrstuvwx'],
    ['the new password: Tr0ub4dor&3 was set', 'Tr0ub4dor&3'],
  ])('%s', (line, secret) => {
    expect(text(line)).not.toContain(secret);
  });

  it('keeps ordinary messages about passwords and tokens', () => {
    for (const line of [
      'password reset email sent',
      'password must be at least 12 characters',
      'token expired, refreshing',
      'session started for request 5f0c2a1e-3b1d-4c1e-9a8f-0b6e2d1c3a4f',
      'duplicate key value violates unique constraint "users_email_key"',
      'api key rotated for tenant ORD-2026-000123',
    ]) {
      expect(text(line)).toBe(line);
    }
  });

  it('finds them in err.message, stacks and cause chains', () => {
    const cause = new Error('login for svc failed with password lemon-silver-piano');
    const err = new Error('checkout failed', { cause });
    expect(out({ err })).not.toContain('lemon-silver-piano');
  });
});

describe('vendor formats and connection strings', () => {
  it.each([
    `sk-proj-${token(B64URL, 60, 6)}`,
    `sk-ant-api03-${token(B64URL, 93, 7)}AA`,
    `SG.${token(B64URL, 22, 8)}.${token(B64URL, 43, 9)}`,
    `xoxb-1234567890-1234567890123-${token(ALNUM, 24, 10)}`,
    `https://hooks.slack.com/services/T${token(ALNUM, 8, 11)}/B${token(ALNUM, 8, 12)}/${token(ALNUM, 24, 13)}`,
    `glpat-${token(B64URL, 20, 14)}`,
    `ya29.${token(B64URL, 80, 15)}`,
    `v4.local.${token(B64URL, 80, 16)}`,
    `key-${token(HEX, 32, 17)}`,
  ])('removes %s wherever it appears', (secret) => {
    expect(text(`upstream rejected ${secret}, retrying`)).not.toContain(secret);
    expect(out({ note: secret })).not.toContain(secret);
  });

  it('removes passwords of Azure, Go, Oracle and URL connection strings', () => {
    const key = token(ALNUM, 44, 18) + '==';
    expect(text(`DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${key};EndpointSuffix=core.windows.net`)).not.toContain(key);
    expect(text('dsn app:gopher-pw1@tcp(db:3306)/shop')).toBe('dsn app:[REDACTED]@tcp(db:3306)/shop');
    expect(text('sqlplus scott/tigerpw@//db.example.com:1521/ORCL')).not.toContain('tigerpw');
    expect(text('postgres://app:pa?ss#1@db.internal:5432/app')).toBe('postgres://app:[REDACTED]@db.internal:5432/app');
  });

  it('removes PGP private key blocks and private JWK members', () => {
    const pgp = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${token(ALNUM, 64, 19)}\n=abcd\n-----END PGP PRIVATE KEY BLOCK-----`;
    expect(text(`could not parse key: ${pgp}`)).toBe('could not parse key: [REDACTED PRIVATE KEY]');
    const jwk = { kty: 'RSA', kid: 'k1', n: 'AQAB-modulus', e: 'AQAB', d: token(B64URL, 86, 20), p: token(B64URL, 43, 21) };
    expect(s.scrub({ jwk })).toEqual({ jwk: { kty: 'RSA', kid: 'k1', n: 'AQAB-modulus', e: 'AQAB', d: '[REDACTED]', p: '[REDACTED]' } });
    expect(out({ body: JSON.stringify({ keys: [jwk] }) })).not.toContain(jwk.d);
  });

  it('finds the user in percent-encoded URL userinfo inside a query string', () => {
    expect(text('GET /login?next=https%3A%2F%2Fjane_doe%40idp.example.com%2Fsso')).not.toContain('jane_doe');
  });
});

describe('structure', () => {
  it('removes every cookie of a Cookie line and keeps the names', () => {
    expect(text('Cookie: sid=abc123; cart=c_998; _ga=GA1.2.111.222; remember_me=xyz')).toBe(
      'Cookie: sid=[REDACTED]; cart=[REDACTED]; _ga=[REDACTED]; remember_me=[REDACTED]',
    );
  });

  it('scrubs object and Map keys that are secrets or identifiers', () => {
    const awsSecret = token(ALNUM, 40, 22);
    const result = out({ usageByKey: new Map([[awsSecret, 12]]), byEmail: { 'ann@example.com': 1 } });
    expect(result).not.toContain(awsSecret);
    expect(result).not.toContain('ann@example.com');
  });

  it('pseudonymises names of people in lists, person strings and key="value" text', () => {
    const result = out({
      meeting: { participants: [{ name: 'Ada Lovelace', role: 'host' }], guests: [{ name: 'Søren Kierkegaard' }] },
      comment: { author: 'Grace Hopper' },
      recipientName: 'Alan Turing',
      shipTo: { name: 'Emmy Noether', line1: '12 Example Street', city: 'Berlin' },
      product: { name: 'Blue Widget', sku: 'SKU-1' },
    });
    for (const leak of ['Ada Lovelace', 'Søren Kierkegaard', 'Grace Hopper', 'Alan Turing', 'Emmy Noether', '12 Example Street']) {
      expect(result).not.toContain(leak);
    }
    expect(result).toContain('"name":"Blue Widget"');
    expect(out({ customer: { company: 'Acme Corp' } })).toContain('Acme Corp');
    expect(result).toContain('"city":"Berlin"');
    expect(text('customer="Jane Doe" order=SO-1 status=paid')).not.toContain('Jane Doe');
    expect(text(`INSERT INTO "Customers" ("id","fullName","email") VALUES (DEFAULT,'Ada Byron','ada@example.com')`)).not.toMatch(/Ada Byron|ada@/);
    expect(text("INSERT INTO users (name, plan) VALUES ('Ana Lima', 'pro')")).toBe(
      `INSERT INTO users (name, plan) VALUES ('${s.pseudonymise('name', 'Ana Lima')}', 'pro')`,
    );
  });

  it('removes Buffers in JSON form, home directories and IPs spelt in host names', () => {
    expect(s.scrub({ body: { type: 'Buffer', data: [112, 119, 61, 120] } })).toEqual({ body: '[Binary 4 bytes]' });
    expect(text("ENOENT: open '/home/jane.doe/app/.env'")).not.toContain('jane.doe');
    expect(text('loaded /Users/jsmith/.config/app.json')).not.toContain('jsmith');
    expect(text('cwd /home/node/app')).toBe('cwd /home/node/app');
    expect(text('node ip-198-51-100-23.eu-west-1.compute.internal joined')).not.toContain('198-51-100-23');
  });

  it('removes the args of a Redis AUTH command, as an object and as inspect output', () => {
    expect(s.scrub({ command: { name: 'auth', args: ['default', 'redis-pw'] } })).toEqual({
      command: { name: 'auth', args: '[REDACTED]' },
    });
    expect(text("command: { name: 'auth', args: [ 'default', 'redis-pw' ] }")).not.toContain('redis-pw');
  });
});

describe('personal data', () => {
  it.each([
    'callback on 0176 12345678 please',
    'please call me back on 06 12 34 56 78',
    'call me at 1-800-555-0199',
    'reach me at 415 555 0132',
    'tel: 0044 20 7946 0958',
  ])('national-format phones with context: %s', (line) => {
    expect(text(line)).toMatch(/<phone:k1:[0-9a-f]{20}>/);
  });

  it('names after words that introduce a person, in any script', () => {
    expect(text('ticket created by Jane Doe today')).toBe(`ticket created by ${s.pseudonymise('name', 'Jane Doe')} today`);
    expect(text('Dear Ms. Ana García, your order shipped')).not.toContain('Ana García');
    expect(text('name is Nguyễn Văn An')).not.toContain('Văn');
    expect(out({ createdBy: 'Նարեկ Սարգսյան' })).not.toContain('Նարեկ');
    expect(text('deploy token rotated at commit 3f2a9c1d4e5b6a7f8091a2b3c4d5e6f708192a3b')).toContain('3f2a9c1d4e5b6a7f8091a2b3c4d5e6f708192a3b');
  });

  it('reads spaced values of personal keys in key: value text to their end, and no further', () => {
    expect(text('IBAN: GB82 WEST 1234 5698 7654 32 ok')).toBe(`IBAN: ${s.pseudonymise('iban', 'GB82 WEST 1234 5698 7654 32')} ok`);
    expect(text('NINO: AB 12 34 56 C verified')).toBe(`NINO: ${s.pseudonymise('ssn', 'AB 12 34 56 C')} verified`);
    expect(text('customerName: Jane Doe logged in')).toBe(`customerName: ${s.pseudonymise('name', 'Jane Doe')} logged in`);
  });

  it('phones under non-phone keys', () => {
    expect(s.scrub({ contactNumber: '0176 1234567' })).toEqual({ contactNumber: s.pseudonymise('phone', '0176 1234567') });
  });

  it.each([
    ['UK NINO', 'AB 12 34 56 C'],
    ['BR CPF', '529.982.247-25'],
    ['ES DNI', '12345678Z'],
    ['ES NIE', 'X1234567L'],
    ['SE personnummer', '811228-9874'],
    ['IN Aadhaar', '2341 2341 2346'],
    ['FR INSEE', '1 84 12 76 451 089 46'],
    ['DE Steuer-ID', '65 929 970 489'],
  ])('%s with a valid checksum is pseudonymised, with a wrong one kept', (_kind, id) => {
    expect(text(`identity check: got ${id}`)).toBe(`identity check: got ${s.pseudonymise('ssn', id)}`);
  });

  it('rejects national ids whose checksum fails', () => {
    for (const wrong of ['529.982.247-26', '12345678A', '811228-9875', '65 929 970 488']) {
      expect(text(`identity check: got ${wrong}`)).toBe(`identity check: got ${wrong}`);
    }
  });

  it('IBANs in lower case and with dashes; coordinates; dates of birth; non-Latin names', () => {
    expect(text('refund to de89 3704 0044 0532 0130 00 done')).not.toContain('3704');
    expect(text('refund to DE89-3704-0044-0532-0130-00 done')).not.toContain('3704');
    expect(out({ location: { lat: 52.520008, lng: 13.404954 } })).not.toMatch(/52\.52|13\.40/);
    expect(out({ geometry: { type: 'Point', coordinates: [13.404954, 52.520008] } })).not.toMatch(/52\.52|13\.40/);
    expect(text('driver position 52.520008,13.404954 at noon')).not.toContain('52.520008');
    expect(out({ patient: { born: '1984-03-12' }, birthDate: '12/03/1984' })).not.toContain('1984');
    expect(text('date of birth 12/03/1984 confirmed')).not.toContain('12/03/1984');
    expect(out({ customer: { name: '山田太郎' }, createdBy: 'Ирина Петрова' })).not.toMatch(/山田太郎|Ирина/);
  });
});

describe('over-redaction that must stop', () => {
  it('keeps business ids, versions and random 16-digit ids', () => {
    const record = {
      orderId: 'ORD-2026-000417',
      invoiceNumber: 'INV/2025/00912',
      purchaseOrder: 'PO-77812',
      ticket: 'SUP-4411',
      amazonOrder: '112-4417702-5582630',
      batchId: '4111111111111111',
      version: '4.2.1.0',
      agentVersion: '7.4.13.242',
      build: { commit: 'ae10ac4859e6f1ca6db2876a9b774f8de002cb6d', sha: '5477c33d0a597058b1ac28c866610c7a6e533cb6' },
    };
    expect(s.scrub(record)).toEqual(record);
    expect(text('firmware 7.7.18.44 installed')).toBe('firmware 7.7.18.44 installed');
    expect(text('migrated to 3.0.13.17 from 3.31.44')).toBe('migrated to 3.0.13.17 from 3.31.44');
    expect(text('UPDATE customers SET phone = $1 WHERE id = $2')).toBe('UPDATE customers SET phone = $1 WHERE id = $2');
  });

  it('still treats a 16-digit Luhn number as a card with card context or card grouping', () => {
    expect(text('card 4111111111111111 declined')).toBe(`card ${s.pseudonymise('card', '4111111111111111')} declined`);
    expect(text('ref 4111 1111 1111 1111')).toBe(`ref ${s.pseudonymise('card', '4111 1111 1111 1111')}`);
    expect(s.scrub({ card: { number: '4111111111111111', expMonth: 12 } })).toEqual({
      card: { number: s.pseudonymise('card', '4111111111111111'), expMonth: 12 },
    });
  });
});
