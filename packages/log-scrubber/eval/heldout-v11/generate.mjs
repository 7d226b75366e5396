#!/usr/bin/env node
// Generates heldout-v11.jsonl: one simulated week of a SaaS company's central log index, all sources
// interleaved. Deterministic (seeded PRNG, no clock, no network).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeValues, SEED } from './values.mjs';
import { builder } from './families-common.mjs';
import * as app from './families-app.mjs';
import * as deps from './families-deps.mjs';
import * as platform from './families-platform.mjs';
import * as security from './families-security.mjs';
import * as business from './families-business.mjs';

export const SPLIT = 'heldout-v11';

/** family name -> [generator, number of records] */
export const FAMILIES = {
  koa_access: [app.koaAccess, 36], express_error: [app.expressError, 40], worker_job: [app.workerJob, 36], next_server: [app.nextServer, 40],
  graphql_gateway: [app.graphqlGateway, 34], util_inspect: [app.utilInspect, 35], env_dump: [app.envDump, 34], stripe_webhook: [app.stripeWebhook, 24],
  checkout: [app.checkout, 40],
  postgres: [deps.postgres, 45], redis: [deps.redis, 35], kafka: [deps.kafka, 32], rabbitmq: [deps.rabbitmq, 30], search: [deps.search, 35], object_storage: [deps.s3Access, 40],
  k8s_event: [platform.k8sEvent, 40], k8s_audit: [platform.k8sAudit, 50], ingress: [platform.ingress, 38], mesh: [platform.mesh, 30], terraform: [platform.terraform, 45],
  helm_argocd: [platform.helmArgo, 30], ci_runner: [platform.ciRunner, 40], registry: [platform.registry, 30],
  waf: [security.waf, 40], falco: [security.falco, 35], edr: [security.edr, 30], idp_audit: [security.idpAudit, 34], mfa: [security.mfa, 40],
  password_reset: [security.passwordReset, 40], secret_scanning: [security.secretScanning, 50], vuln_scanner: [security.vulnScanner, 35],
  billing: [business.billing, 46], crm_csv: [business.crmCsv, 24], email_marketing: [business.emailMarketing, 24], support: [business.support, 36],
  hr_onboarding: [business.hrOnboarding, 40], analytics: [business.analytics, 36], chat: [business.chat, 35], pager: [business.pager, 22], postmortem: [business.postmortem, 30],
};

export function generate(seed = SEED) {
  const V = makeValues(seed);
  const rec = builder();
  // Interleave sources as they arrive in the index: draw a family in proportion to what it still owes.
  const owed = Object.fromEntries(Object.entries(FAMILIES).map(([k, [, n]]) => [k, n]));
  const counters = {};
  const out = [];
  for (;;) {
    const left = Object.entries(owed).filter(([, n]) => n > 0);
    if (!left.length) break;
    let x = V.rnd() * left.reduce((a, [, n]) => a + n, 0);
    let fam = left[0][0];
    for (const [k, n] of left) { if (x < n) { fam = k; break; } x -= n; }
    owed[fam]--;
    const body = FAMILIES[fam][0](V, rec());
    // At most three hard negatives per record: enough to punish over-redaction without drowning the labels.
    while (body.keep.length > 3) body.keep.splice(Math.floor(V.rnd() * body.keep.length), 1);
    counters[fam] = (counters[fam] ?? 0) + 1;
    out.push({ id: `${fam}-${String(counters[fam]).padStart(3, '0')}`, split: SPLIT, family: fam, format: body.format, record: body.record,
      ...(body.maps ? { maps: body.maps } : {}), sensitive: body.sensitive, keep: body.keep });
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const records = generate();
  const file = join(dirname(fileURLToPath(import.meta.url)), `${SPLIT}.jsonl`);
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const kinds = {};
  for (const r of records) for (const s of r.sensitive) kinds[s.kind] = (kinds[s.kind] ?? 0) + 1;
  const keep = records.reduce((a, r) => a + r.keep.length, 0);
  const sens = Object.values(kinds).reduce((a, b) => a + b, 0);
  console.log(`${file}: ${records.length} records, ${Object.keys(FAMILIES).length} sources, ${sens} sensitive, ${keep} keep`);
  for (const [k, n] of Object.entries(kinds).sort()) console.log(`  ${k.padEnd(18)} ${n}`);
}
