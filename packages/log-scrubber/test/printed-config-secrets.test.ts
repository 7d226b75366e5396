import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);
const out = (record: Record<string, unknown>): string => JSON.stringify(s.scrub(record));

describe('a key under a cryptographic parent in util.inspect or JS-literal text', () => {
  const b64 = 'Vq3nL8+Rz0kPw2Jd5TyHa7Uc1Xe9Gb4Mf6Os0Ni3Kl8=';
  const hex = '9f4c2a7be1d03856c4a9f0e2b7d15c83a6e94f0217bd5c3e8a1f6d2094c7b3e5';
  it.each(['encryption', 'crypto', 'cipher', 'aes', 'jwt', 'signing', 'hmac'])('`%s: { key: … }` loses the key, as the object record does', (parent) => {
    const line = `config loaded: {\n  ${parent}: { algorithm: 'aes-256-gcm', key: '${b64}' },\n  port: 8080\n}`;
    expect(text(line)).toBe(`config loaded: {\n  ${parent}: { algorithm: 'aes-256-gcm', key: '[REDACTED]' },\n  port: 8080\n}`);
    expect(text(`{ ${parent}: { key: "${hex}" } }`)).not.toContain(hex);
    expect(out({ [parent]: { key: b64 } })).not.toContain(b64);
  });
  it('a lookup key under other parents, and a word under a cryptographic one, stay', () => {
    expect(text(`{ cache: { key: 'profile:4412', ttl: 60 } }`)).toContain(`key: 'profile:4412'`);
    expect(text(`{ encryption: { key: 'orders', enabled: true } }`)).toContain(`key: 'orders'`);
    expect(text(`{ i18n: { key: 'checkout.title' } }`)).toContain(`key: 'checkout.title'`);
  });
});

describe('a password introduced by "pw … is" with words between', () => {
  it.each(['Kx7!mPq2#Lv', 'Temp-9vQr4zW', 'n4Rw8pTq2xLm'])('"temp admin pw for the standby is %s" loses the value', (pw) => {
    const o = text(`note: "cut over; temp admin pw for the standby is ${pw} — change it tomorrow"`);
    expect(o).not.toContain(pw);
    expect(o).toContain('change it tomorrow');
    expect(text(`pw is ${pw}`)).not.toContain(pw);
    expect(text(`the password for the standby node is ${pw}, rotate after`)).not.toContain(pw);
  });
  it('ordinary words after "pw … is" stay', () => {
    for (const line of ['the pw for the replica is rotated nightly', 'pw is expired for svc-backup', 'admin pw for staging is managed in vault', 'the password for the replica is rotated']) {
      expect(text(line)).toBe(line);
    }
  });
});

describe('a token word, then a question mark or a dash, then the token', () => {
  it.each(['Zq8vN2pLx4RtY7cW1mKd9sHb3fJg6TuE0aQ', 'mR4-tYx9QzLp2Wv7Nb8Kc5Hd1Fg3Js6Ae0Uo9IyXk'])('"try with my token? %s"', (tok) => {
    expect(text(`anyone able to retry with my token? ${tok}\nthanks`)).not.toContain(tok);
    expect(text(`here is my api key - ${tok}`)).not.toContain(tok);
  });
  it('a question about a token stays', () => {
    const line = 'did anyone rotate the token? nobody answered since yesterday';
    expect(text(line)).toBe(line);
  });
});

describe('a token-shaped value under `?t=` of any link', () => {
  const tok = 'x9QvL2mR7pZt4Kw8Nc1Hb5Yd3Fg6Js0Ae-Uo9IyXk2';
  it('a tracking or download link with a long random `t` loses it, in text and in a record', () => {
    const link = `https://shop.example.org/track/ORD-552014?t=${tok}`;
    expect(text(`open ${link} now`)).toBe('open https://shop.example.org/track/ORD-552014?t=[REDACTED] now');
    expect(out({ html: `<a href="${link}">track</a>` })).not.toContain(tok);
    expect(text(`GET /download/report.pdf?t=t7${tok}&lang=en`)).not.toContain(tok);
  });
  it('timestamps, short values and cache busters under `t` stay', () => {
    for (const url of [
      'https://shop.example.org/track/ORD-552014?t=1767225600',
      'https://video.example.org/watch?v=Qm7xL2pR9tZ&t=95s',
      'https://cdn.example.org/assets/app.js?t=3f9c2a7b1e5d4c8f9a0b1c2d3e4f5a6b',
      'https://shop.example.org/track/ORD-552014?t=abc123',
    ]) {
      expect(text(url)).toBe(url);
    }
  });
});

describe('a connection string printed as `connectionString: …` keeps its host and database', () => {
  it('unquoted and quoted, with connection options in the query', () => {
    const url = 'postgresql://billing_app:Walrus88-Kq2@pg-7.db.internal:6432/ledger?sslmode=require';
    expect(text(`error: timeout\nconnectionString: ${url}`)).toBe('error: timeout\nconnectionString: postgresql://billing_app:[REDACTED]@pg-7.db.internal:6432/ledger?sslmode=require');
    expect(text(`{ connectionString: '${url}' }`)).toBe("{ connectionString: 'postgresql://billing_app:[REDACTED]@pg-7.db.internal:6432/ledger?sslmode=require' }");
  });
  it('a token-shaped value in the query still takes the whole string', () => {
    const tok = 'Zq8vN2pLx4RtY7cW1mKd9sHb3fJg6TuE';
    const o = text(`connectionString: postgresql://app:Walrus88-Kq2@pg-7.db.internal/ledger?sslcert=x&apikey=${tok}`);
    expect(o).not.toContain(tok);
    expect(o).not.toContain('Walrus88');
  });
});

describe('a Kubernetes Secret object', () => {
  const uid = '7c1e4b2a-93d5-4f60-8a1b-2c3d4e5f6a7b';
  const secret = {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'billing-api', namespace: 'payments', uid, labels: { app: 'billing' } },
    type: 'Opaque',
    data: { 'app.conf': 'ZGJfcGFzcz1XYWxydXM4OC1LcTI=', API_TOKEN: 'WnE4dk4ycEx4NFJ0WTdjVzFtS2Q5c0hiM2ZKZzZUdUU=' },
    stringData: { 'settings.ini': 'Qx7!vLp2#Rt9' },
  };
  it.each([['under a credential name', { secret }], ['as the record', { obj: secret }]])('%s: metadata stays, data and stringData go', (_, record) => {
    const o = out(record);
    expect(o).toContain(uid);
    expect(o).toContain('"namespace":"payments"');
    expect(o).toContain('"name":"billing-api"');
    expect(o).not.toContain('ZGJfcGFzcz1XYWxydXM4OC1LcTI=');
    expect(o).not.toContain('WnE4dk4y');
    expect(o).not.toContain('Qx7!vLp2#Rt9');
  });
  it('a Secret kept in last-applied-configuration still loses its data', () => {
    const applied = JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'billing-api' }, data: { 'app.conf': 'ZGJfcGFzcz1XYWxydXM4OC1LcTI=' } });
    const o = out({ secret: { ...secret, metadata: { ...secret.metadata, annotations: { 'kubectl.kubernetes.io/last-applied-configuration': applied } } } });
    expect(o).not.toContain('ZGJfcGFzcz1XYWxydXM4OC1LcTI=');
    expect(o).toContain(uid);
  });
});

describe('a cookie holding an order or cart number in a quoted cookie header', () => {
  const sid = 's%3AqW7eR9tY2uI4oP6aS8dF0gH1jK3lZ5xC.vB7nM9qW2eR4tY6uI8oP0aS1dF3gH5jK7lZ9xC2vB4n';
  it.each(['#480213', 'ORD-55201-7K'])('`cart=%s` stays while the session goes', (order) => {
    const o = text(`POST /checkout 500 - cookie="connect.sid=${sid}; cart=${order}" body={}`);
    expect(o).not.toContain(sid);
    expect(o).toContain(`cart=${order}`);
    expect(text(`Cookie: connect.sid=${sid}; basket=${order}`)).toContain(`basket=${order}`);
  });
  it('a random value under a cart cookie goes', () => {
    const guest = 'Zq8vN2pLx4RtY7cW1mKd9sHb3fJg6TuE';
    expect(text(`cookie="cart=${guest}; theme=dark"`)).not.toContain(guest);
    expect(text(`Cookie: cart=${guest}`)).not.toContain(guest);
  });
});

describe('follow-ups of the classes above', () => {
  it('a random mixed-case password of letters only after "pw … is" goes; camel-case words stay', () => {
    expect(text('temp admin pw for the standby is QwErTyuPLmkNbVc — change it')).not.toContain('QwErTyuPLmkNbVc');
    expect(text('the pw for the standby is ReplicaFailoverDone')).toContain('ReplicaFailoverDone');
  });
  it("a digest member of a Secret's data stays, the key beside it goes", () => {
    const digest = 'a3f1c9e07b2d4856f0e1d2c3b4a5968778695a4b3c2d1e0f9a8b7c6d5e4f3a2b';
    const o = out({ lastApplied: { apiVersion: 'v1', kind: 'Secret', stringData: { 'tls.key': 'Zq8vN2pLx4RtY7cW1mKd9sHb3fJg6TuE', 'tls.crt.sha256': digest } } });
    expect(o).toContain(digest);
    expect(o).not.toContain('Zq8vN2pLx4RtY7cW1mKd9sHb3fJg6TuE');
  });
});
