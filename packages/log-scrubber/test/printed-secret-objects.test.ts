import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);

// util.inspect and code-like dumps print a secret-named member whose value is an object or a list:
// everything inside belongs to the secret (rotating keys, a value with its metadata).
describe('printed objects and lists under a secret name', () => {
  it('every member of an object literal under a secret name goes; the fields after it stay', () => {
    const out = text("config: { webhookSecret: { current: 'whsec_Qm8rT2vLx9', previous: 'zP4kW7nYc1Ve' }, port: 3000 }");
    expect(out).not.toContain('whsec_Qm8rT2vLx9');
    expect(out).not.toContain('zP4kW7nYc1Ve');
    expect(out).toContain('port: 3000');
    const nested = text('{ password: { value: "Tr0ub4dor&3", algo: { name: "bcrypt", cost: 12 } }, region: "eu-west-1" }');
    expect(nested).not.toContain('Tr0ub4dor&3');
    expect(nested).toContain('region: "eu-west-1"');
  });
  it('a list literal under a secret name goes whole', () => {
    const out = text("app: { apiKeys: [ 'k3yOne-9f8e7d', 'k3yTwo-1a2b3c' ], env: 'prod' }");
    expect(out).not.toContain('k3yOne-9f8e7d');
    expect(out).not.toContain('k3yTwo-1a2b3c');
    expect(out).toContain("env: 'prod'");
  });
  it('an unclosed literal under a secret name goes to the end of the line', () => {
    const out = text("partial dump apiKey: { primary: 'pk9Xq2Lm7Wz4', secondary: 'sk1Vb8Nn3Tt6'\nnext line stays");
    expect(out).not.toContain('pk9Xq2Lm7Wz4');
    expect(out).not.toContain('sk1Vb8Nn3Tt6');
    expect(out).toContain('next line stays');
  });
});

describe('a MAC setting that names its algorithm', () => {
  it('stays; the key beside it goes', () => {
    const out = JSON.stringify(s.scrub({ hmac: 'sha256', signing: 'HS256', hmacKey: 'q8Vd2LmX9pTz4RwK' }));
    expect(out).toContain('"hmac":"sha256"');
    expect(out).toContain('"signing":"HS256"');
    expect(out).not.toContain('q8Vd2LmX9pTz4RwK');
  });
});

describe('JSON under a secret name in text', () => {
  it('is judged member by member: the token goes, its type stays', () => {
    const out = text('[auth][debug] {"tokens":{"access_token":"ya29.Qx8vLm2Rt7Wz4Kp","token_type":"Bearer","expires_in":3599}}');
    expect(out).not.toContain('ya29.Qx8vLm2Rt7Wz4Kp');
    expect(out).toContain('"token_type":"Bearer"');
    const nested = text('{"password":{"value":"Tr0ub4dor&3"}}');
    expect(nested).not.toContain('Tr0ub4dor&3');
  });
});

describe('a PEM block in a printed single-quoted string', () => {
  it('goes whole, body lines and all, when util.inspect escapes its line breaks', () => {
    const body1 = 'MHcCAQEEIOq3Xv8mZk2LrT9yQw4PnB7sVd1HcF6aJe0uGx5tYbN2oAoGCCqGSM49';
    const body2 = 'AwEHoUQDQgAE4r7Kd2mWq9ZxT1vLbN8cYh3sFp0uJe6aGk5tRyM2oXwQ9VnBz7Lc';
    const out = text(`process.env = {\n  SIGNING_KEY: '-----BEGIN EC PRIVATE KEY-----\\n${body1}\\n${body2}\\n-----END EC PRIVATE KEY-----',\n  NODE_ENV: 'production'\n}`);
    expect(out).not.toContain(body1);
    expect(out).not.toContain(body2);
    expect(out).toContain("NODE_ENV: 'production'");
  });
});

describe('a secret stored as bytes', () => {
  it('goes under SecretBinary and other binary forms of a secret name', () => {
    const out = JSON.stringify(s.scrub({ SecretBinary: 'c2VjcmV0LWJ5dGVzLTk4NzY1NDMyMTA=', password_blob: 'AQIDBAUGBwgJCgsMDQ4PEA==', Name: 'prod/db' }));
    expect(out).not.toContain('c2VjcmV0LWJ5dGVzLTk4NzY1NDMyMTA=');
    expect(out).not.toContain('AQIDBAUGBwgJCgsMDQ4PEA==');
    expect(out).toContain('prod/db');
  });
});

describe('parsed cookies held in a Map', () => {
  it('are judged value by value, as the same cookies in a plain object', () => {
    const jar = new Map([['app_sid', 'Zq8Lm2Xv7Tr4Wk9PqB3n'], ['ajs_anonymous_id', '6f1e0c9b8a7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f']]);
    const out = s.scrub({ request: { cookies: jar } }) as { request: { cookies: unknown } };
    const flat = JSON.stringify(out, (_k, v: unknown) => (v instanceof Map ? Object.fromEntries(v) : v));
    expect(flat).not.toContain('Zq8Lm2Xv7Tr4Wk9PqB3n');
    expect(flat).not.toContain('6f1e0c9b8a7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f');
    expect(flat).toContain('ajs_anonymous_id');
  });
});
