import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const out = (value: unknown): string => JSON.stringify(s.scrub(value));
const text = (value: string): string => s.scrubText(value);

describe('second-factor events', () => {
  it('the one-time code beside a factor method or an MFA event name goes; error codes stay', () => {
    for (const record of [
      { event: 'auth.2fa.verified', method: 'sms', code: '518204', ts: '2026-02-01T10:00:00Z' },
      { action: 'otp_check', factor: 'email', code: 730961 },
      { type: 'mfa.challenge.failed', method: 'totp', code: '004417' },
    ]) {
      const o = out(record);
      expect(o).not.toContain(String(record.code));
    }
    for (const record of [
      { event: 'db.error', code: 'ECONNRESET' },
      { event: 'mfa.challenge.failed', method: 'totp', code: 'invalid_code' },
      { event: 'mfa.enroll', method: 'webauthn', code: 404 },
      { method: 'GET', code: 502, url: '/health' },
      { event: 'prisma.error', code: 'P2002' },
    ]) expect(out(record)).toBe(JSON.stringify(record));
  });

  it('a recovery or backup code named as the one used goes; the count of codes left stays', () => {
    const o = out({ event: 'mfa.recovery', recovery_code_used: 'p4k2m-x9qz3', backup_codes_remaining: 6, backupCodeEntered: 'zt7w2-k3m8q' });
    expect(o).not.toContain('p4k2m-x9qz3');
    expect(o).not.toContain('zt7w2-k3m8q');
    expect(o).toContain('"backup_codes_remaining":6');
    expect(out({ recovery_code_used: true })).toBe('{"recovery_code_used":true}');
  });
});

describe('a secret document inside a printed response body', () => {
  const doc = JSON.stringify({ username: 'svc_reporting', password: 'Kx!29vv#Lq0', host: 'warehouse-main.db.example.net', port: 5439 });
  const body = JSON.stringify({ ARN: 'arn:aws:secretsmanager:us-east-2:444455556666:secret:reporting', Name: 'reporting', SecretString: doc, VersionId: 'v-31' });

  it('is judged member by member: the password goes, the host and port stay', () => {
    const o = text(`DEBUG botocore.parsers: Response body: b'${body}'`);
    expect(o).not.toContain('Kx!29vv#Lq0');
    expect(o).toContain('warehouse-main.db.example.net');
    expect(o).toContain('5439');
    expect(o).toContain('"Name":"reporting"');
  });

  it('a SecretString that is not a JSON object goes whole', () => {
    const o = text(`Response body: b'${JSON.stringify({ Name: 'x', SecretString: 'Kx!29vv#Lq0-plain' })}'`);
    expect(o).not.toContain('Kx!29vv#Lq0-plain');
  });
});

describe('credentials in JSON escaped more than once', () => {
  // Python prints a bytes body as its repr: every backslash of the JSON doubles (`\\"`), and a JSON
  // string logged inside a JSON string escapes its quotes again (`\"`, `\\\"`, `\\\\\\\"`).
  const pyBytes = (body: string): string => `b'${body.replace(/\\/g, '\\\\')}'`;
  const nest = (inner: unknown, depth: number): string => {
    let s = JSON.stringify(inner);
    for (let i = 0; i < depth; i++) s = JSON.stringify({ payload: s });
    return s;
  };
  const secrets: Record<string, string> = {
    password: 'Qv7-dolphin!Marsh',
    token: 'tk_9fQ2mZx81LpWv0Rr',
    api_key: 'ak-73JdPq0sXw9Lm2Vb',
    client_secret: 'cs~Hq28vLz0PnW4yTe',
    secretAccessKey: 'wJa9+Xk2/Pq7Rt5Vn8Lm3Zs6Yb1Cd4Ef0Gh2Ij',
  };

  it('a SecretString document in a printed bytes body is judged member by member', () => {
    const doc = JSON.stringify({ username: 'etl_loader', password: 'Tr0ut-Lake#88', host: 'warehouse-2.db.example.net', port: 5432 });
    const body = JSON.stringify({ ARN: 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:etl', Name: 'etl', SecretString: doc });
    const o = text(`2025-04-11 18:01:02 DEBUG botocore.parsers: Response body: ${pyBytes(body)}`);
    expect(o).not.toContain('Tr0ut-Lake#88');
    expect(o).toContain('warehouse-2.db.example.net');
    expect(o).toContain('"Name":"etl"');
  });

  it('credential-named members go at every escaping depth, plain and as a bytes repr', () => {
    for (let depth = 0; depth <= 3; depth++) {
      for (const [key, value] of Object.entries(secrets)) {
        const line = nest({ status: 'ok', [key]: value, region: 'eu-west-1' }, depth);
        for (const shown of [line, pyBytes(line), `msg=${JSON.stringify(line)}`]) {
          const o = text(`DEBUG client: ${shown}`);
          expect(o, `${key} depth ${depth}: ${shown}`).not.toContain(value);
          expect(o).toContain('eu-west-1');
        }
      }
    }
  });

  it('a bearer header and a connection URL with a password go when escaped twice', () => {
    const headers = JSON.stringify({ payload: JSON.stringify({ Authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.Xq9vT2mLr0pWc8', Accept: 'application/json' }) });
    for (const shown of [headers, pyBytes(headers), pyBytes(JSON.stringify({ h: headers }))]) {
      const o = text(`request headers: ${shown}`);
      expect(o).not.toContain('Xq9vT2mLr0pWc8');
      expect(o).not.toContain('eyJzdWIiOiI0MiJ9');
      expect(o).toContain('application/json');
    }
    const cfg = JSON.stringify({ payload: JSON.stringify({ dsn: 'postgresql://report_rw:Gl4cier-Melt77@db-3.internal:5432/sales' }) });
    for (const shown of [cfg, pyBytes(cfg)]) {
      const o = text(`config: ${shown}`);
      expect(o).not.toContain('Gl4cier-Melt77');
    }
  });
});

describe('personal values in data-platform errors and reports', () => {
  it('a key naming an identifier among other words (`ssn_last_lookup`) is the identifier unless they make it a count, flag or time', () => {
    const toolOutput = JSON.stringify({ status: 'ok', user: { ssn_last_lookup: '287-61-0934', nino_on_file: 'QQ 12 34 56 C', last_personnummer_seen: '19811224-4873', tax_id_previous: '93-4417021' } });
    const o = out({ level: 'debug', msg: 'tool result', tool: 'crm_lookup', output: toolOutput });
    for (const v of ['287-61-0934', 'QQ 12 34 56 C', '19811224-4873', '93-4417021']) expect(o).not.toContain(v);
    for (const record of [
      { ssn_verified: true, ssn_lookup_count: 3, ssn_checked_at: '2026-03-02T08:15:00Z', national_id_attempts: 2 },
      { nino_status: 'matched', tax_id_source: 'hmrc', ssn_last_verified_at: '2026-01-09T11:00:00Z' },
    ]) expect(out(record)).toBe(JSON.stringify(record));
  });

  it('unexpected values of a data-quality expectation about a personal column are that column\'s values', () => {
    const report = [
      'Validation of suite "people.warning" FAILED (5c0e2f4a-2b1d-4d61-9a3e-0d7c4b1e9f20)',
      '  ✗ expect_column_values_to_be_unique(national_id): 2 duplicates',
      "      unexpected: ['48201937755', '48201937755']",
      '  ✗ expect_column_values_to_not_be_null(email): 14 unexpected',
      "  ✗ expect_column_values_to_match_regex(customer_name): 3 unexpected",
      "      unexpected: ['Ingrid Solberg', 'Tomasz Wrona']",
      '  ✓ expect_table_row_count_to_be_between(min=1000, max=50000)',
    ].join('\n');
    const o = text(report);
    expect(o).not.toContain('48201937755');
    expect(o).not.toContain('Ingrid Solberg');
    expect(o).not.toContain('Tomasz Wrona');
    expect(o).toContain('(national_id): 2 duplicates');
    expect(o).toContain('14 unexpected');
    expect(o).toContain('min=1000, max=50000');
    // About a column that is not personal, the values are kept.
    const kept = "  ✗ expect_column_values_to_be_in_set(order_status): 2 unexpected\n      unexpected: ['refunded_partial', 'on_hold']";
    expect(text(kept)).toBe(kept);
  });

  it('a database conversion error echoing a name-shaped value (`Numeric value \'…\' is not recognized`) pseudonymises it', () => {
    for (const [line, value] of [
      ["100038 (22018): Numeric value 'Maren Ødegård' is not recognized", 'Maren Ødegård'],
      ["100040 (22007): Date 'Oskar Lindahl' is not recognized", 'Oskar Lindahl'],
      ['ERROR:  invalid input syntax for type integer: "Beatriz Quintela"', 'Beatriz Quintela'],
      ["ERROR 1366 (HY000): Incorrect integer value: 'Dmitri Volkov' for column 'amount' at row 1", 'Dmitri Volkov'],
      ['Bad int64 value: Ji-woo Choi', 'Ji-woo Choi'],
      ["100038 (22018): Numeric value '山田 太郎' is not recognized", '山田 太郎'],
    ] as const) {
      const o = text(line);
      expect(o, line).not.toContain(value);
      expect(o).toMatch(/<name:k1:[0-9a-f]{20}>/);
    }
    for (const line of [
      "100038 (22018): Numeric value 'abc' is not recognized",
      "100038 (22018): Numeric value 'N/A' is not recognized",
      "100040 (22007): Date '2024-13-45' is not recognized",
      'ERROR:  invalid input syntax for type integer: "12.5"',
      "ERROR 1366 (HY000): Incorrect integer value: 'SKU-4471' for column 'qty' at row 9",
      'Bad int64 value: NULL',
      "100038 (22018): Numeric value 'Pending Review' is not recognized",
    ]) expect(text(line)).toBe(line);
  });
});
