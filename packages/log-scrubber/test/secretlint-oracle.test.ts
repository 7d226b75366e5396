import { lintSource } from '@secretlint/core';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';
import { ALNUM, B64, DIGITS, generator, HEX, LOWER, rng, vendorSamples, type Gen, type Sample } from './support/random-secrets.js';

// secretlint's recommended preset is the maintained reference: whatever it reports in a log line
// or record must be gone after scrubbing. It is a development dependency only; the scrubber
// itself runs its own rule table.
const config = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended }] };

/** Secrets secretlint looks for beyond the vendor table: keys, connection strings, npmrc auth. */
function extraSecrets(g: Gen): string[] {
  const pem = `-----BEGIN RSA PRIVATE KEY-----\n${g(B64, 64)}\n${g(B64, 64)}\n${g(B64, 40)}==\n-----END RSA PRIVATE KEY-----`;
  const pw = `${g(ALNUM, 12)}${g(DIGITS, 2)}`;
  return [
    pem,
    `postgres://app_${g(LOWER, 4)}:${pw}@db-${g(LOWER, 5)}.internal:5432/shop`,
    `mongodb+srv://svc:${pw}@cluster0.${g(LOWER, 6)}.mongodb.net/prod?retryWrites=true`,
    `mysql://root:${pw}@10.0.${g(DIGITS, 1)}.7:3306/app`,
    `https://deploy:${pw}@git.example.com/acme/app.git`,
    `//registry.npmjs.org/:_authToken=npm_${g(ALNUM, 36)}`,
    `AKIA${g('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
    `aws_secret_access_key = ${g(B64, 40)}`,
    `dapi${g(HEX, 32)}`,
  ];
}

const TEMPLATES: ReadonlyArray<(secret: string) => string | Record<string, unknown>> = [
  (x) => `2026-12-02T10:11:12.345Z ERROR upstream rejected credential ${x} for tenant acme`,
  (x) => `level=warn msg="retrying with fallback" cred=${x} attempt=2`,
  (x) => `GET https://api.example.com/v1/items?api_key=${encodeURIComponent(x)} 401 12ms`,
  (x) => `loaded config:\nPORT=8080\nUPSTREAM_CREDENTIAL=${x}\nTZ=UTC`,
  (x) => ({ level: 50, msg: `401 from upstream, used ${x}`, attempt: 3 }),
  (x) => ({ level: 30, msg: 'outbound call', req: { url: '/v2/charge', note: x } }),
  (x) => ({ err: { type: 'Error', message: `auth failed: ${x} revoked`, stack: `Error: auth failed\n    at call (/srv/app/client.js:10:5)` } }),
  (x) => ({ level: 40, msg: 'config dump', config: JSON.stringify({ upstream: { endpoint: 'https://api.example.com', value: x } }) }),
];

/** Formats of the vendor table that the recommended preset also detects. */
const ORACLE_FORMATS = [
  'aws-access-key-id', 'aws-secret-access-key', 'github-pat', 'github-oauth-token', 'github-server-to-server-token',
  'github-fine-grained-pat', 'gitlab-pat', 'slack-bot-token', 'slack-user-token', 'slack-app-token', 'slack-webhook-url',
  'sendgrid-api-key', 'stripe-secret-key', 'stripe-restricted-key', 'openai-project-key', 'openai-legacy-key',
  'anthropic-api-key', 'npm-token', 'huggingface-token', 'groq-api-key', 'linear-api-key', 'shopify-access-token',
  'shopify-custom-app-token', 'databricks-token', 'figma-pat', 'notion-token', 'vault-service-token', 'tailscale-key',
  'grafana-service-account-token', 'grafana-cloud-token', 'dockerhub-token', 'onepassword-service-account-token',
  'cloudflare-api-token', 'vercel-token', 'gcp-api-key',
];

interface Case {
  readonly content: string;
  readonly scrubbed: string;
  readonly secret: string;
}

function cases(count: number): Case[] {
  const next = rng(20261202);
  const g = generator(next);
  const s = scrubber();
  const out: Case[] = [];
  for (let i = 0; i < count; i++) {
    const samples = vendorSamples(g);
    // Half the cases use formats the preset knows, so that the oracle has work to do; the rest
    // spread over every format of the table.
    const pool = i % 2 === 0 ? [...ORACLE_FORMATS.map((id): Sample | undefined => samples[id]), ...extraSecrets(g)] : Object.values(samples);
    const picked = pool[Math.floor(next() * pool.length)] ?? '';
    const [secret, planted] = typeof picked === 'string' ? [picked, picked] : picked === undefined ? ['', ''] : [picked.secret, picked.planted];
    const shaped = TEMPLATES[i % TEMPLATES.length]?.(planted) ?? planted;
    if (typeof shaped === 'string') out.push({ content: shaped, scrubbed: s.scrubText(shaped), secret });
    else out.push({ content: JSON.stringify(shaped), scrubbed: JSON.stringify(s.scrub(shaped)), secret });
  }
  return out;
}

describe("secretlint's recommended preset as an oracle", () => {
  it('every span secretlint reports in log lines and records is gone after scrubbing', async () => {
    let reported = 0;
    let caught = 0;
    let flaggedCases = 0;
    let ourCases = 0;
    const escaped: string[] = [];
    const all = cases(400);
    for (const c of all) {
      const result = await lintSource({
        source: { filePath: '/var/log/app.log', content: c.content, contentType: 'text' },
        options: { config },
      });
      if (result.messages.length > 0) flaggedCases++;
      if (!c.scrubbed.includes(c.secret) && !c.scrubbed.includes(JSON.stringify(c.secret).slice(1, -1))) ourCases++;
      for (const m of result.messages) {
        reported++;
        const span = c.content.slice(m.range[0], m.range[1]);
        if (c.scrubbed.includes(span)) escaped.push(`${m.ruleId}: ${span} in ${c.scrubbed}`);
        else caught++;
      }
    }
    console.info(`secretlint oracle: ${all.length} cases; secretlint flagged ${flaggedCases} (${reported} spans), scrubber removed ${caught} of those spans; scrubber removed the planted secret in ${ourCases} of ${all.length}`);
    expect(escaped).toEqual([]);
    // The oracle must have had real work to do, or the comparison proves nothing.
    expect(reported).toBeGreaterThan(150);
    expect(ourCases).toBe(all.length);
  });
});
