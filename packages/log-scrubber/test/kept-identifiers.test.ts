import { describe, expect, it } from 'vitest';
import { scrubber, token as sharedToken } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);

const token = (alphabet: string, length: number, seed: number): string => sharedToken(alphabet, length, seed, 'kept-ids:');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

describe('an ARN after a credential word names a resource', () => {
  const kmsArn = 'arn:aws:kms:ap-southeast-2:480215379946:key/7c0e2b91-4d3a-4f6e-b1a8-93d5e2c4f710';
  const secretArn = 'arn:aws:secretsmanager:ca-central-1:480215379946:secret:billing/ledger-db-Qx7mPa';

  it('keeps a KMS key ARN after "data key" and a secret\'s ARN after "token"', () => {
    expect(text(`envelope: data key generated kms_key_arn=${kmsArn} bytes=32`)).toContain(kmsArn);
    expect(text(`rotating the key ${kmsArn} now`)).toContain(kmsArn);
    expect(text(`token fetched from ${secretArn}`)).toContain(secretArn);
  });

  it('still removes a credential-shaped token after the same words, and the person in an IAM user ARN', () => {
    const raw = token(ALNUM, 36, 1);
    const o = text(`data key generated key_arn=${kmsArn} then api key ${raw}`);
    expect(o).toContain(kmsArn);
    expect(o).not.toContain(raw);
    expect(text('token denied for arn:aws:iam::480215379946:user/halvard.quist')).not.toContain('halvard.quist');
  });
});

describe('a public-key fingerprint is not a profile path', () => {
  it('keeps a SHA256 fingerprint whose base64 happens to hold "/u/"', () => {
    const fp = 'SHA256:Xq4vLm9Tz2/u/HbWc7RkPnYeJ3sAdFgU8oViQ5tC1xZ';
    expect(fp.length).toBe(7 + 43);
    expect(text(`sshd[4410]: Accepted publickey for ops from 198.51.100.23 port 50122 ssh2: RSA ${fp}`)).toContain(fp);
  });

  it('still pseudonymises the handle of a /u/ profile path', () => {
    expect(text('GET https://forum.example.net/u/marisol_venke 200')).not.toContain('marisol_venke');
  });
});

describe('a table indexed by a mailbox: the name says what its keys are, not its values', () => {
  const out = (value: unknown): string => JSON.stringify(s.scrub(value));
  const mailbox = 'ysolde.marchetti@example.org';

  it('keeps the references stored under each address, as an object or a Map', () => {
    const runId = '5d0c7e3a-91b2-4f68-a4c1-2e7b9d30f846';
    const o = out({ lastOrderByEmail: { [mailbox]: 'ORD-2026-55120' }, importRunsByEmail: new Map([[mailbox, runId]]) });
    expect(o).not.toContain(mailbox);
    expect(o).toContain('ORD-2026-55120');
    expect(o).toContain(runId);
  });

  it('still hides what the head names as personal or secret, and a lone address under the same word', () => {
    const pw = token(ALNUM, 18, 2);
    const o = out({
      ownerNameByEmail: { [mailbox]: 'Ysolde Marchetti' },
      passwordsByUser: { ysolde: pw },
      sessionsByEmail: { [mailbox]: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f' },
      createdByEmail: mailbox,
      reviewedByEmail: { primary: 'ysolde.rev' },
      sentByEmail: { primary: 'ysolde.sent' },
    });
    for (const leaked of [mailbox, 'Marchetti', pw, '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f', 'ysolde.rev', 'ysolde.sent']) expect(o).not.toContain(leaked);
  });
});
