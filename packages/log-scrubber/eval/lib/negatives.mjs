// Hard negatives: values that look like secrets or identifiers to a naive detector but carry none.
// A scrubber that destroys them makes logs useless, so the corpus checks they survive verbatim.
import { A } from './values.mjs';

export function makeNegatives(r, v) {
  const { int, pick, str } = r;
  const uuid = () => {
    const h = str(A.hex, 32).split('');
    h[12] = '4';
    h[16] = '89ab'[int(0, 3)];
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  const iso = () => {
    const p2 = (x) => String(x).padStart(2, '0');
    return `2026-${p2(int(1, 12))}-${p2(int(1, 28))}T${p2(int(0, 23))}:${p2(int(0, 59))}:${p2(int(0, 59))}.${String(int(0, 999)).padStart(3, '0')}Z`;
  };
  const epochMs = () => int(1.76e12, 1.8e12);
  const semver = () => `${int(0, 12)}.${int(0, 40)}.${int(0, 60)}${pick(['', '', '', `-rc.${int(1, 5)}`, `-beta.${int(1, 9)}`])}`;
  const version4 = () => `${int(1, 12)}.${int(0, 9)}.${int(0, 30)}.${int(0, 255)}`;
  const sha = () => str(A.hex, 40);
  const shortSha = () => str(A.hex, 7);
  const duration = () => pick([`${int(1, 900)}ms`, `${(int(1, 99999) / 1000).toFixed(3)}s`, `PT${int(1, 59)}M`, `${int(1, 59)}m${int(0, 59)}s`]);
  const status = () => pick([200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503]);
  const orderId = () => pick([
    () => `ORD-${int(2019, 2026)}-${String(int(1, 999999)).padStart(6, '0')}`,
    () => `INV-${String(int(1, 9999999)).padStart(7, '0')}`,
    () => `INV/${int(2020, 2026)}/${String(int(1, 99999)).padStart(5, '0')}`,
    () => `PO-${int(10000, 99999)}`,
    () => `PO${int(4500000000, 4599999999)}`,
    () => `${int(100, 999)}-${String(int(0, 9999999)).padStart(7, '0')}-${String(int(0, 9999999)).padStart(7, '0')}`,
    () => `${pick(['OPS', 'JIRA', 'SUP', 'BUG', 'SEC'])}-${int(10, 99999)}`,
    () => `SO${String(int(1, 9999999999)).padStart(10, '0')}`,
    () => `R${int(100000000, 999999999)}`,
    () => `CASE-${int(2024, 2026)}${String(int(1, 999999)).padStart(6, '0')}`,
    () => `#${int(10000, 999999)}`,
  ])();
  const hostname = () => pick([
    () => `api-${str(A.lalnum, 5)}-${str(A.lalnum, 5)}`,
    () => `web-${int(1, 40)}.prod.eu-west-1.internal`,
    () => `db-primary.${pick(['payments', 'orders', 'users'])}.svc.cluster.local`,
    () => `worker-${str(A.hex, 10)}-${str(A.lalnum, 5)}`,
    () => `cache-${int(1, 9)}.redis.internal`,
  ])();
  const route = () => pick(['/api/v1/orders/:orderId', '/api/v2/users/:id/preferences', '/health/live', '/metrics',
    '/api/v1/invoices/:invoiceId/pdf', '/oauth/authorize', '/api/v1/carts/:cartId/items', '/webhooks/:provider',
    '/api/v1/sessions', '/api/v1/password-policy', '/api/v1/keys/:keyId/rotate', '/static/js/app.3f9a2c.js']);
  const errCode = () => pick(['ECONNREFUSED', 'ETIMEDOUT', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE',
    'ERR_BAD_REQUEST', 'ERR_BAD_RESPONSE', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET', 'ERR_STREAM_PREMATURE_CLOSE',
    'P2002', 'P2025', '23505', '40001', 'ER_DUP_ENTRY', 'ER_LOCK_DEADLOCK', 'NOSCRIPT', 'ThrottlingException']);
  const level = () => pick(['info', 'warn', 'error', 'debug', 'trace', 'fatal']);
  const sqlNoSecret = () => pick([
    `SELECT id, status, total_cents FROM orders WHERE id = $1 AND tenant_id = $2`,
    `UPDATE sessions SET last_seen_at = now() WHERE id = $1`,
    `INSERT INTO "audit_log" ("id","action","created_at") VALUES ($1,$2,$3) RETURNING "id"`,
    `SELECT "User"."id", "User"."createdAt" FROM "Users" AS "User" WHERE "User"."id" = 42 LIMIT 1;`,
    `DELETE FROM password_reset_tokens WHERE expires_at < now()`,
    `SELECT count(*) FROM api_keys WHERE revoked_at IS NULL`,
    `ALTER TABLE users ADD COLUMN password_changed_at timestamptz`,
    'SELECT `id`, `sku` FROM `products` WHERE `sku` IN (?, ?, ?)',
  ]);
  const sha256 = () => `sha256:${str(A.hex, 64)}`;
  const integrity = () => `sha512-${str(A.b64, 86)}==`;
  const etag = () => `W/"${int(10, 9999).toString(16)}-${str(A.b64url, 27)}"`;
  const traceId = () => str(A.hex, 32);
  const spanId = () => str(A.hex, 16);
  const traceparent = () => `00-${traceId()}-${spanId()}-01`;
  const mac = () => Array.from({ length: 6 }, () => str(A.hex, 2)).join(':');
  const price = () => (int(100, 999999) / 100).toFixed(2);
  const userAgent = () => pick([
    `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${int(110, 131)}.0.0.0 Safari/537.36`,
    `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.${int(0, 6)} Safari/605.1.15`,
    `axios/1.${int(5, 7)}.${int(0, 9)}`, `node-fetch/1.0 (+https://github.com/bitinn/node-fetch)`, `undici`,
    `okhttp/4.${int(9, 12)}.0`, `curl/8.${int(0, 11)}.${int(0, 2)}`, `Go-http-client/2.0`,
    `aws-sdk-js/3.${int(400, 700)}.0 ua/2.1 os/linux#6.8.0 lang/js md/nodejs#20.${int(10, 19)}.0 api/s3#3.${int(400, 700)}.0`,
  ]);
  const ttlSettings = () => pick([
    () => ['passwordPolicy', { minLength: int(8, 16), requireDigit: true, maxAgeDays: int(30, 365) }],
    () => ['tokenTTL', int(60, 86400)],
    () => ['keyCount', int(1, 40)],
    () => ['apiKeyAgeDays', int(1, 400)],
    () => ['maxTokenAgeSeconds', int(60, 7200)],
    () => ['secretRotationIntervalDays', int(7, 180)],
    () => ['passwordResetAttempts', int(0, 9)],
    () => ['sessionKeyPrefix', 'sess:'],
    () => ['tokenType', 'Bearer'],
    () => ['authMethod', pick(['password', 'webauthn', 'oidc'])],
    () => ['keyId', `kid-${int(2024, 2026)}-${int(1, 12)}`],
    () => ['passwordStrength', pick(['weak', 'fair', 'strong'])],
    () => ['tokensIssued', int(0, 100000)],
    () => ['secretsManagerRegion', 'eu-central-1'],
  ])();
  return {
    uuid, iso, epochMs, semver, version4, sha, shortSha, duration, status, orderId, luhnId: v.luhnId, hostname,
    route, errCode, level, sqlNoSecret, sha256, integrity, etag, traceId, spanId, traceparent, mac, price,
    userAgent, ttlSettings,
  };
}
