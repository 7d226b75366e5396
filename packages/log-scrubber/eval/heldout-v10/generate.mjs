#!/usr/bin/env node
// Writes heldout-v10.jsonl next to this file. Deterministic: one seeded PRNG, no clock, no network.
//   node packages/log-scrubber/eval/heldout-v10/generate.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reseed, SEED, shuffle } from './values.mjs';
import { Rec } from './families-common.mjs';
import * as http from './families-http.mjs';
import * as auth from './families-auth.mjs';
import * as client from './families-client.mjs';
import * as data from './families-data.mjs';

export const SPLIT = 'heldout-v10';
// Records per log source. Sources that carry the rarer kinds (PEM keys, national ids) get more.
const COUNTS = {
  morgan: 45, pinoHttp: 45, koaLogger: 40, expressWinston: 50, fastify: 40, nestInterceptor: 45, nginxJson: 40, envoyAccess: 35,
  cloudflare: 35, cloudfront: 35, fastly: 30, alb: 35, lambdaApiGw: 45, lambdaRuntime: 40, vercelNetlify: 40,
  oauthAuthorize: 35, oauthCallback: 35, tokenExchange: 45, userinfo: 45, saml: 45, sessionStore: 40, rateLimiter: 35, waf: 40, mfaEnrol: 35,
  rum: 45, crashReport: 40, axiosError: 50, gotUndici: 40, graphql: 45, grpc: 40, websocket: 40, emailProvider: 40, smsProvider: 35, pushProvider: 30, inboundWebhook: 40,
  dbSlowQuery: 50, searchQuery: 40, adminAudit: 55, featureFlags: 40, supportMessage: 75, configDump: 60, stackCause: 45, devServer: 35,
};
const MAX_KEEP = 3;
const FAMILIES = { ...http, ...auth, ...client, ...data };
const snake = (s) => s.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);

export function generate() {
  reseed(SEED);
  const out = [];
  for (const [name, n] of Object.entries(COUNTS)) {
    const fn = FAMILIES[name];
    if (typeof fn !== 'function') throw new Error(`no family ${name}`);
    for (let i = 1; i <= n; i++) {
      const c = new Rec('object');
      const record = fn(c);
      const row = { id: `${snake(name)}-${String(i).padStart(3, '0')}`, split: SPLIT, family: snake(name), format: c.format, record };
      if (c.maps.length) row.maps = c.maps;
      row.sensitive = c.sensitive;
      // Most records carry more true negatives than needed; list a few per record (chosen by the
      // seeded PRNG) so keep checks stay about as numerous as the sensitive labels.
      row.keep = c.keep.length > MAX_KEEP ? shuffle(c.keep).slice(0, MAX_KEEP) : c.keep;
      out.push(row);
    }
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = generate();
  const file = join(dirname(fileURLToPath(import.meta.url)), `${SPLIT}.jsonl`);
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const perKind = {};
  for (const r of rows) for (const s of r.sensitive) perKind[s.kind] = (perKind[s.kind] ?? 0) + 1;
  const keep = rows.reduce((a, r) => a + r.keep.length, 0);
  console.log(`records=${rows.length} families=${new Set(rows.map((r) => r.family)).size} sensitive=${rows.reduce((a, r) => a + r.sensitive.length, 0)} keep=${keep}`);
  for (const [k, n] of Object.entries(perKind).sort()) console.log(`  ${k.padEnd(18)} ${n}`);
}
