import { describe, expect, it } from 'vitest';
import { scrubber, token as sharedToken } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);
const record = (value: Record<string, unknown>): string => JSON.stringify(s.scrub(value));

const token = (alphabet: string, length: number, seed: number): string => sharedToken(alphabet, length, seed, 'delivery-sign-in:');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

describe('a stored file named by an id under a person or mailbox key', () => {
  const uuid = '3e9b0c4a-71d2-4f58-a6e3-0b9d2c7f1e84';

  it('keeps an object-store path whose segments are ids, while the signer still goes', () => {
    const photo = `s3://proof-images/4f/${uuid}.jpg`;
    const o = record({ recipient: { signedBy: 'Ottilie Brandvold', photo } });
    expect(o).toContain(photo);
    expect(o).not.toContain('Ottilie');
    const hashed = 'gs://dock-scans/2026/11/9c1f0e7b2a4d6c8e0f1a3b5c7d9e1f20.png';
    expect(record({ recipient: { proofScan: hashed, name: 'Ottilie Brandvold' } })).toContain(hashed);
    const https = `https://cdn.shipfast.example/pod/${uuid}.webp`;
    expect(record({ recipient: { photo: https } })).toContain(https);
  });

  it('still removes a path that names the person, carries a mailbox or a signed query', () => {
    const named = 's3://proof-images/photos/ottilie-brandvold.jpg';
    expect(record({ recipient: { photo: named } })).not.toContain('ottilie');
    const mailbox = `s3://proof-images/ottilie@brandvold.example/${uuid}.jpg`;
    expect(record({ recipient: { photo: mailbox } })).not.toContain('ottilie');
    const signature = token(ALNUM, 40, 1);
    const signed = `https://cdn.shipfast.example/pod/${uuid}.jpg?X-Amz-Signature=${signature}`;
    expect(record({ recipient: { photo: signed } })).not.toContain(signature);
    expect(record({ recipient: 'ottilie@brandvold.example' })).not.toContain('ottilie');
  });
});

describe('a typed id whose random part has letters only', () => {
  it('keeps usr_, cus_, acct_ and u_ ids in text and records, while the mailbox beside them goes', () => {
    for (const id of ['usr_qzvkbtrwhnpx', 'cus_wxtrkpzmhvqd', 'acct_bnvtqzxkwrpl', 'u_hgtkwzrqpvmx']) {
      const line = text(`2026-03-02T08:14:55.120Z mfa enrol user=${id} mail=ottilie@brandvold.example`);
      expect(line).toContain(id);
      expect(line).not.toContain('ottilie');
      expect(record({ user: id, email: 'ottilie@brandvold.example' })).toContain(id);
      expect(record({ userId: id })).toContain(id);
    }
  });

  it('still pseudonymises a login made of a person\'s name, also behind an id-like prefix', () => {
    expect(text('login ok user=ottilie_brandvold')).not.toContain('brandvold');
    expect(record({ user: 'ottilie_brandvold' })).not.toContain('brandvold');
    expect(text('login ok user=user_ottiliebrandvold')).not.toContain('brandvold');
    expect(record({ user: 'usr_ottiliebrand' })).not.toContain('ottilie');
    // Surnames rich in consonants: few vowels, or a long consonant run, but not both at twelve letters.
    expect(text('login ok user=u_schwarzkopf')).not.toContain('schwarzkopf');
    expect(record({ user: 'u_hirschfeldova' })).not.toContain('hirschfeld');
    expect(record({ user: 'usr_schwarzkopff' })).not.toContain('schwarzkopf');
  });
});

describe('an OAuth authorization code', () => {
  const code = token(ALNUM, 32, 2);

  it('goes under an oauth, sso, callback or authorization parent', () => {
    for (const parent of ['oauth', 'sso', 'callback', 'oauthCallback', 'authorization']) {
      expect(record({ [parent]: { code, state: 'k2Pq' } })).not.toContain(code);
    }
    const google = `4/0A${token(ALNUM, 40, 3)}`;
    expect(record({ oauth: { provider: 'google', code: google } })).not.toContain(google);
  });

  it('goes from a callback URL query, in text and in a record', () => {
    expect(text(`GET /auth/callback?code=${code}&state=p0q9 302`)).not.toContain(code);
    expect(record({ url: `https://shop.example/sso/callback?code=${code}&state=p0q9` })).not.toContain(code);
  });

  it('keeps status, error and approval codes beside it or elsewhere', () => {
    expect(record({ oauth: { code: 'invalid_grant' } })).toContain('invalid_grant');
    expect(record({ oauth: { code: 400, error: 'access_denied' } })).toContain('400');
    expect(record({ sso: { error: { code: 'ECONNRESET' } } })).toContain('ECONNRESET');
    expect(record({ callback: { code: 'P2002' } })).toContain('P2002');
    expect(record({ txn: { authCode: 'H4T9QZ', amount: 1299, mcc: '5812' } })).toContain('H4T9QZ');
    expect(record({ response: { code: 404 } })).toContain('404');
    expect(record({ err: { code: 'ECONNRESET' } })).toContain('ECONNRESET');
  });
});

describe('a Kubernetes Secret named beside its namespace and data', () => {
  it('keeps the Secret\'s name while its data goes', () => {
    const key = token(ALNUM, 48, 4);
    const o = record({ namespace: 'dispatch-prod', secret: 'carrier-mtls', data: { 'tls.key': key, 'ca.crt': `-----BEGIN CERTIFICATE-----\n${key}` }, resourceVersion: '5512093' });
    expect(o).toContain('carrier-mtls');
    expect(o).not.toContain(key);
    const user = record({ namespace: 'dispatch-prod', secret: 'db-login', data: { username: 'ottilie', password: key } });
    expect(user).toContain('db-login');
    expect(user).not.toContain(key);
    expect(user).not.toContain('ottilie');
  });

  it('still removes a secret value in that place', () => {
    const raw = token(ALNUM, 32, 5);
    expect(record({ namespace: 'dispatch-prod', secret: raw, data: {} })).not.toContain(raw);
    expect(record({ namespace: 'dispatch-prod', secret: 'carrier-mtls' })).not.toContain('carrier-mtls');
    expect(record({ secret: 'carrier-mtls', data: { n: 1 } })).not.toContain('carrier-mtls');
  });
});
