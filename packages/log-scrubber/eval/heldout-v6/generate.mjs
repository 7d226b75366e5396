#!/usr/bin/env node
// Generates heldout-v6.jsonl: an independent held-out corpus for @parapet/log-scrubber.
// Deterministic: one mulberry32 stream from SEED, no clock, no network; rerunning reproduces the file
// byte for byte.
//   node packages/log-scrubber/eval/heldout-v6/generate.mjs [--seed N]
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeValues } from './values.mjs';
import { serviceFamilies } from './families-services.mjs';
import { systemFamilies } from './families-systems.mjs';

const DEFAULT_SEED = 0x6d0c_2026;

function lookalikeFamilies(v) {
  const { int, pick, digits, upper, lower, hex } = v;
  const F = [];
  // Records built around values that resemble a sensitive kind but are not one; each also carries
  // one real label so the family is scored on both sides.
  F.push({ name: 'lookalike-business-ids', n: 21, build: (c) => {
    const k = v.card();
    return { msg: 'shipment booked', trackingNumber: c.kv('trackingNumber', v.luhnId()), orderNumber: c.kv('orderNumber', `${int(2, 9)}${digits(9)}`), sku: c.kv('sku', `${upper(2).replace(/\d/g, 'K')}-${digits(4)}-${pick(['XS', 'M', 'XL'])}`),
      warehouseCode: c.kv('warehouseCode', `DE${digits(2)}${upper(4).replace(/\d/g, 'Q')}`), releaseDate: c.kv('releaseDate', `2026-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`),
      buildVersion: c.kv('buildVersion', `${int(1, 9)}.${int(0, 99)}.${int(0, 999)}.${int(1000, 9999)}`), carrierRef: c.kv('carrierRef', `JD${digits(18)}`),
      payment: { method: 'card', pan: c.s(k.v, 'card', k.sub), last4: c.kv('last4', k.last4) } };
  } });
  F.push({ name: 'lookalike-secretish-settings', n: 43, build: (c) => {
    const pw = v.password();
    return { msg: 'auth policy loaded', policy: { passwordMinLength: c.kv('passwordMinLength', int(8, 16)), passwordMaxAgeDays: c.kv('passwordMaxAgeDays', pick([0, 90, 180])), passwordHistory: c.kv('passwordHistory', int(3, 24)),
      tokenLifetimeSeconds: c.kv('tokenLifetimeSeconds', pick([300, 900, 3600])), refreshTokenRotation: c.kv('refreshTokenRotation', true), apiKeyPrefix: c.kv('apiKeyPrefix', pick(['lp_live_', 'mk_'])),
      secretsBackend: c.kv('secretsBackend', pick(['vault', 'aws-secretsmanager', 'sops'])), privateKeyPath: c.kv('privateKeyPath', `/etc/ssl/private/${pick(['tls', 'saml-signing', 'jwt'])}.key`),
      cookieSameSite: c.kv('cookieSameSite', pick(['Lax', 'Strict'])), sessionCookieName: c.kv('sessionCookieName', pick(['__Host-sid', 'SESSION'])), mfaRequired: c.kv('mfaRequired', true),
      jwksUri: c.kv('jwksUri', `https://login.${pick(['lumenpay', 'mintleaf'])}.example/.well-known/jwks.json`), keyId: c.kv('keyId', `kid-${lower(10)}`) },
      bootstrapAdmin: { user: 'admin', initialPassword: c.s(pw, 'password', 'json_key_camel') }, digest: c.k(`sha256:${v.sha256()}`) };
  } });
  F.push({ name: 'lookalike-public-material', n: 32, build: (c) => {
    const pk = v.privateKey(pick(['pem_ec', 'pem_pkcs8']));
    return { msg: 'key rotation', publicKey: c.k(`-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${v.b64(28)}\n${v.b64(60)}==\n-----END PUBLIC KEY-----`),
      sshHostKey: c.k(`ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${v.b64(88)}=`), fingerprint: c.k(`SHA256:${v.b64(43)}`),
      jwk: { kty: 'EC', crv: 'P-256', kid: c.k(hex(16)), x: c.k(v.b64u(43)), y: c.k(v.b64u(43)), use: 'sig' }, certSerial: c.k(hex(32).toUpperCase().replace(/(..)(?!$)/g, '$1:')),
      oldPrivateKey: c.s(pk.v, 'private_key', pk.sub), rotatedAt: c.k(v.iso()) };
  } });
  F.push({ name: 'lookalike-metrics-lines', n: 16, build: (c) => {
    const p = v.person();
    return `metrics flush host=${c.k(v.host())} ${c.k(`http_requests_total{route="/v1/login",code="401"} ${int(10, 99999)}`)} ${c.k(`token_cache_hit_ratio ${(Math.floor(v.rnd() * 1000) / 1000).toFixed(3)}`)} ${c.k(`password_reset_requests_total ${int(1, 999)}`)} ${c.k(`db_pool_wait_seconds_bucket{le="0.25"} ${int(1, 9999)}`)} build=${c.k(v.sha1().slice(0, 12))} uptime=${c.k(`${int(1, 900)}h${int(0, 59)}m`)} slowest_user=${c.s(v.email(p), 'email', 'metrics_label')}`;
  } });
  return F;
}

function build(seed) {
  const v = makeValues(seed);
  const families = [...serviceFamilies(v), ...systemFamilies(v), ...lookalikeFamilies(v)];
  const lines = [];
  for (const f of families) {
    for (let i = 1; i <= f.n; i++) {
      const labels = [];
      const keep = [];
      const maps = [];
      const c = {
        s(value, kind, sub) { labels.push({ value: String(value), kind, sub }); return value; },
        k(value) { keep.push(String(value)); return value; },
        kv(key, value) { keep.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`); return value; },
        map(path) { maps.push(path); },
      };
      const record = f.build(c, i);
      const seen = new Set();
      const sensitive = labels.filter((l) => (seen.has(l.value) ? false : (seen.add(l.value), true)));
      const keepU = [...new Set(keep)];
      const rec = { id: `${f.name}-${String(i).padStart(3, '0')}`, split: 'heldout-v6', family: f.name, format: typeof record === 'string' ? 'text' : 'object', record };
      if (maps.length) rec.maps = maps;
      rec.sensitive = sensitive;
      rec.keep = keepU;
      lines.push(JSON.stringify(rec));
    }
  }
  return `${lines.join('\n')}\n`;
}

export function generate(seed = DEFAULT_SEED) { return build(seed); }

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { seed: { type: 'string' }, out: { type: 'string' } } });
  const seed = values.seed ? Number(values.seed) : DEFAULT_SEED;
  const text = build(seed);
  const out = values.out ?? join(dirname(fileURLToPath(import.meta.url)), 'heldout-v6.jsonl');
  writeFileSync(out, text);
  const recs = text.trim().split('\n').map((l) => JSON.parse(l));
  const kinds = {};
  let labels = 0; let keep = 0;
  for (const r of recs) { labels += r.sensitive.length; keep += r.keep.length; for (const s of r.sensitive) kinds[s.kind] = (kinds[s.kind] ?? 0) + 1; }
  console.log(JSON.stringify({ seed, records: recs.length, families: new Set(recs.map((r) => r.family)).size, labels, keep, kinds }));
}
