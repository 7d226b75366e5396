// Secret generators: token SHAPES as published by vendors and public secret-scanner rule
// descriptions (prefix, alphabet, length), with random bodies. No fixture string is copied.
import { ALNUM, B64, B64URL, DIG, HEX, LO, UP, tools } from './values.mjs';

export function makeSecrets(rnd) {
  const { int, pick, chance, str, bytes } = tools(rnd);
  const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const BECH = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';
  const b64url = (n) => bytes(n).toString('base64url');
  const b64 = (n) => bytes(n).toString('base64');

  /** [sub, kind, generator, env-style names, prose vendor name] */
  const VENDOR = [
    ['aws_access_key_id', 'api_key', () => `AKIA${str(B32, 16)}`, ['AWS_ACCESS_KEY_ID', 'S3_ACCESS_KEY'], 'AWS access key'],
    ['aws_secret_access_key', 'api_key', () => str(ALNUM + '/+', 40), ['AWS_SECRET_ACCESS_KEY', 'S3_SECRET'], 'AWS secret'],
    ['github_pat_classic', 'api_key', () => `ghp_${str(ALNUM, 36)}`, ['GH_TOKEN', 'GITHUB_PAT'], 'GitHub token'],
    ['github_fine_grained', 'api_key', () => `github_pat_11${str(UP + DIG, 20)}_${str(ALNUM, 59)}`, ['GH_PAT', 'RENOVATE_TOKEN'], 'GitHub fine-grained token'],
    ['github_app_install', 'token', () => `ghs_${str(ALNUM, 36)}`, ['GITHUB_INSTALLATION_TOKEN'], 'installation token'],
    ['github_oauth', 'token', () => `gho_${str(ALNUM, 36)}`, ['GH_OAUTH_TOKEN'], 'GitHub OAuth token'],
    ['gitlab_pat', 'api_key', () => `glpat-${str(ALNUM + '-_', 20)}`, ['GITLAB_TOKEN', 'CI_JOB_TOKEN_OVERRIDE'], 'GitLab token'],
    ['gitlab_runner', 'token', () => `glrt-${str(ALNUM + '-_', 20)}`, ['RUNNER_TOKEN'], 'runner token'],
    ['slack_bot', 'token', () => `xoxb-${str(DIG, 11)}-${str(DIG, 13)}-${str(ALNUM, 24)}`, ['SLACK_BOT_TOKEN'], 'Slack bot token'],
    ['slack_user', 'token', () => `xoxp-${str(DIG, 11)}-${str(DIG, 11)}-${str(DIG, 13)}-${str(HEX, 32)}`, ['SLACK_USER_TOKEN'], 'Slack user token'],
    ['slack_app', 'token', () => `xapp-1-A${str(UP + DIG, 10)}-${str(DIG, 13)}-${str(HEX, 64)}`, ['SLACK_APP_TOKEN'], 'Slack app-level token'],
    ['stripe_secret', 'api_key', () => `sk_live_${str(ALNUM, pick([24, 99]))}`, ['STRIPE_SECRET_KEY', 'STRIPE_API_KEY'], 'Stripe secret key'],
    ['stripe_restricted', 'api_key', () => `rk_live_${str(ALNUM, 99)}`, ['STRIPE_RESTRICTED_KEY'], 'Stripe restricted key'],
    ['stripe_webhook_secret', 'other_secret', () => `whsec_${str(ALNUM, 32)}`, ['STRIPE_WEBHOOK_SECRET'], 'webhook signing secret'],
    ['openai_project', 'api_key', () => `sk-proj-${str(ALNUM + '-_', 74)}T3BlbkFJ${str(ALNUM + '-_', 74)}`, ['OPENAI_API_KEY'], 'OpenAI key'],
    ['openai_legacy', 'api_key', () => `sk-${str(ALNUM, 20)}T3BlbkFJ${str(ALNUM, 20)}`, ['OPENAI_KEY'], 'OpenAI key'],
    ['anthropic', 'api_key', () => `sk-ant-api03-${str(ALNUM + '-_', 93)}AA`, ['ANTHROPIC_API_KEY', 'CLAUDE_KEY'], 'Anthropic key'],
    ['xai', 'api_key', () => `xai-${str(ALNUM, 80)}`, ['XAI_API_KEY'], 'xAI key'],
    ['sendgrid', 'api_key', () => `SG.${str(ALNUM + '-_', 22)}.${str(ALNUM + '-_', 43)}`, ['SENDGRID_API_KEY'], 'SendGrid key'],
    ['twilio_auth', 'token', () => str(HEX, 32), ['TWILIO_AUTH_TOKEN'], 'Twilio auth token'],
    ['mailgun', 'api_key', () => `key-${str(HEX, 32)}`, ['MAILGUN_API_KEY'], 'Mailgun key'],
    ['mailchimp', 'api_key', () => `${str(HEX, 32)}-us${int(1, 21)}`, ['MAILCHIMP_API_KEY'], 'Mailchimp key'],
    ['npm', 'token', () => `npm_${str(ALNUM, 36)}`, ['NPM_TOKEN', 'NODE_AUTH_TOKEN'], 'npm token'],
    ['pypi', 'token', () => `pypi-AgEIcHlwaS5vcmc${str(B64URL, 120)}`, ['TWINE_PASSWORD', 'PYPI_API_TOKEN'], 'PyPI token'],
    ['shopify', 'token', () => `shpat_${str(HEX, 32)}`, ['SHOPIFY_ACCESS_TOKEN'], 'Shopify admin token'],
    ['digitalocean', 'token', () => `dop_v1_${str(HEX, 64)}`, ['DIGITALOCEAN_ACCESS_TOKEN'], 'DigitalOcean token'],
    ['vault', 'token', () => `hvs.${str(ALNUM + '_-', 90)}`, ['VAULT_TOKEN'], 'Vault token'],
    ['terraform_cloud', 'token', () => `${str(ALNUM, 14)}.atlasv1.${str(ALNUM, 67)}`, ['TF_TOKEN_app_terraform_io', 'ATLAS_TOKEN'], 'Terraform Cloud token'],
    ['doppler', 'token', () => `dp.st.prd.${str(ALNUM, 40)}`, ['DOPPLER_TOKEN'], 'Doppler service token'],
    ['linear', 'api_key', () => `lin_api_${str(ALNUM, 40)}`, ['LINEAR_API_KEY'], 'Linear key'],
    ['atlassian', 'api_key', () => `ATATT3xFfGF0${str(ALNUM + '-_', 170)}=${str(UP + DIG, 8)}`, ['JIRA_API_TOKEN', 'CONFLUENCE_TOKEN'], 'Atlassian token'],
    ['postman', 'api_key', () => `PMAK-${str(HEX, 24)}-${str(HEX, 34)}`, ['POSTMAN_API_KEY'], 'Postman key'],
    ['huggingface', 'token', () => `hf_${str(UP + LO, 34)}`, ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN'], 'Hugging Face token'],
    ['grafana_sa', 'token', () => `glsa_${str(ALNUM, 32)}_${str(HEX, 8)}`, ['GRAFANA_SA_TOKEN'], 'Grafana service-account token'],
    ['newrelic_user', 'api_key', () => `NRAK-${str(UP + DIG, 27)}`, ['NEW_RELIC_API_KEY'], 'New Relic user key'],
    ['databricks', 'token', () => `dapi${str(HEX, 32)}`, ['DATABRICKS_TOKEN'], 'Databricks token'],
    ['age_secret', 'private_key', () => `AGE-SECRET-KEY-1${str(BECH, 58)}`, ['SOPS_AGE_KEY'], 'age identity'],
    ['pulumi', 'token', () => `pul-${str(HEX, 40)}`, ['PULUMI_ACCESS_TOKEN'], 'Pulumi token'],
    ['flyio', 'token', () => `fo1_${str(ALNUM + '-_', 43)}`, ['FLY_API_TOKEN'], 'Fly.io token'],
    ['supabase', 'token', () => `sbp_${str(HEX, 40)}`, ['SUPABASE_ACCESS_TOKEN'], 'Supabase token'],
    ['square', 'token', () => `EAAA${str(ALNUM + '-_', 60)}`, ['SQUARE_ACCESS_TOKEN'], 'Square token'],
    ['telegram_bot', 'token', () => `${int(100000000, 9999999999)}:AA${str(ALNUM + '-_', 33)}`, ['TELEGRAM_BOT_TOKEN'], 'Telegram bot token'],
    ['discord_bot', 'token', () => `${pick('MN')}${str(ALNUM, 23)}.${str(ALNUM + '-_', 6)}.${str(ALNUM + '-_', 38)}`, ['DISCORD_TOKEN'], 'Discord bot token'],
    ['google_api_key', 'api_key', () => `AIza${str(ALNUM + '-_', 35)}`, ['GOOGLE_MAPS_API_KEY', 'FIREBASE_API_KEY'], 'Google API key'],
    ['google_oauth_access', 'token', () => `ya29.${str(ALNUM + '-_', 160)}`, ['GOOGLE_ACCESS_TOKEN'], 'Google access token'],
    ['google_refresh', 'token', () => `1//0${str(ALNUM + '-_', 96)}`, ['GOOGLE_REFRESH_TOKEN'], 'refresh token'],
    ['azure_client_secret', 'api_key', () => `${str(ALNUM, 3)}8Q~${str(ALNUM + '_~.-', 31)}`, ['AZURE_CLIENT_SECRET', 'ARM_CLIENT_SECRET'], 'Entra client secret'],
    ['okta', 'api_key', () => `00${str(ALNUM + '-_', 40)}`, ['OKTA_API_TOKEN'], 'Okta token'],
    ['dynatrace', 'api_key', () => `dt0c01.${str(UP + DIG, 24)}.${str(UP + DIG, 64)}`, ['DT_API_TOKEN'], 'Dynatrace token'],
    ['facebook_token', 'token', () => `EAAB${str(ALNUM, 150)}`, ['FB_PAGE_TOKEN'], 'Facebook page token'],
    ['mapbox_secret', 'api_key', () => `sk.eyJ1Ijoi${str(B64URL, 40)}.${str(B64URL, 22)}`, ['MAPBOX_SECRET_TOKEN'], 'Mapbox secret token'],
    ['cloudflare', 'api_key', () => str(ALNUM + '-_', 40), ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN'], 'Cloudflare token'],
    ['alibaba', 'api_key', () => `LTAI${str(ALNUM, 20)}`, ['ALIBABA_CLOUD_ACCESS_KEY_ID'], 'Alibaba access key'],
    ['onepassword_sa', 'token', () => `ops_eyJ${str(B64, 300)}`, ['OP_SERVICE_ACCOUNT_TOKEN'], '1Password service-account token'],
    ['airtable_pat', 'api_key', () => `pat${str(ALNUM, 14)}.${str(HEX, 64)}`, ['AIRTABLE_TOKEN'], 'Airtable token'],
    ['heroku_uuid', 'api_key', () => uuid(), ['HEROKU_API_KEY'], 'Heroku API key'],
    ['sentry_auth', 'token', () => `sntryu_${str(HEX, 64)}`, ['SENTRY_AUTH_TOKEN'], 'Sentry auth token'],
    ['notion', 'api_key', () => `ntn_${str(DIG, 11)}${str(ALNUM, 35)}`, ['NOTION_TOKEN'], 'Notion integration token'],
  ];

  const uuid = () => {
    const h = str(HEX, 32).split('');
    h[12] = '4';
    h[16] = pick('89ab');
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };

  const vendor = (sub) => {
    const v = sub ? VENDOR.find((x) => x[0] === sub) : pick(VENDOR);
    return { sub: v[0], kind: v[1], value: v[2](), env: pick(v[3]), prose: v[4] };
  };

  const WORDS = ['harbor', 'lantern', 'cinder', 'maple', 'orbit', 'quartz', 'meadow', 'falcon', 'velvet', 'tundra', 'saffron', 'glacier', 'pebble', 'thistle', 'copper', 'willow', 'ember', 'juniper', 'marble', 'nectar', 'oyster', 'prairie', 'quiver', 'raven', 'sorrel', 'tamarind', 'umber', 'vortex', 'walnut', 'yonder', 'zephyr', 'basalt', 'cobalt', 'dune', 'fjord', 'gravel', 'hollow', 'indigo', 'kelp', 'lichen', 'mosaic', 'nimbus', 'obsidian', 'parsnip', 'rhubarb', 'sequoia', 'trellis', 'lagoon', 'bramble', 'cascade'];
  const cap = (w) => w[0].toUpperCase() + w.slice(1);
  /** Passwords in several human styles; `urlSafe` avoids characters that need percent-encoding. */
  const password = (urlSafe = false) => {
    const sym = urlSafe ? '-_.~' : '!@#$%&*?^+=';
    const f = int(0, 6);
    if (f === 0) return `${cap(pick(WORDS))}${pick(sym)}${int(100, 9999)}`;
    if (f === 1) return `${pick(WORDS)}-${pick(WORDS)}-${pick(WORDS)}-${int(10, 99)}`;
    if (f === 2) return str(ALNUM + (urlSafe ? '-_' : '!#%*+-_'), int(14, 24));
    if (f === 3) return `${cap(pick(WORDS)).replace(/o/g, '0').replace(/e/g, '3').replace(/a/g, '4')}${pick(sym)}${int(1, 99)}`;
    if (f === 4) return `${pick(['Winter', 'Sommer', 'Autunno', 'Primavera', 'Herbst', 'Invierno'])}${int(2019, 2026)}${pick(sym)}`;
    if (f === 5) return `${str(LO, int(4, 6))}${int(10, 99)}${str(UP, 2)}${pick(sym)}${str(LO, 3)}`;
    return `${cap(pick(WORDS))}${cap(pick(WORDS))}${int(1, 9)}${pick(sym)}`;
  };
  const passphrase = () => `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${int(10, 99)}`;

  const jwt = () => {
    const header = Buffer.from(JSON.stringify(pick([{ alg: 'HS256', typ: 'JWT' }, { alg: 'RS256', kid: str(ALNUM, 12), typ: 'JWT' }, { alg: 'ES256', typ: 'at+jwt' }]))).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: str(DIG, 8), iss: pick(['https://id.kestrel.io', 'https://login.birchpay.eu']), iat: 1780000000 + int(0, 9e6), scope: pick(['orders:read', 'admin', 'profile email']) })).toString('base64url');
    return `${header}.${payload}.${b64url(pick([32, 64]))}`;
  };
  const paseto = () => `${pick(['v4.local.', 'v4.public.', 'v2.local.'])}${b64url(int(80, 140))}`;
  const opaque = () => pick([() => str(HEX, pick([40, 48, 64])), () => b64url(pick([24, 32, 48])), () => b64(32)])();
  const lettersOnly = () => str(UP + LO, int(28, 44));
  const basic = (user, pw) => Buffer.from(`${user}:${pw}`).toString('base64');

  const pemBody = (nBytes) => {
    const b = bytes(nBytes).toString('base64');
    return b.match(/.{1,64}/g).join('\n');
  };
  const privateKey = () => {
    const f = int(0, 3);
    if (f === 0) return { sub: 'pem_rsa', head: '-----BEGIN RSA PRIVATE KEY-----', foot: '-----END RSA PRIVATE KEY-----', body: pemBody(int(600, 900)) };
    if (f === 1) return { sub: 'pem_pkcs8', head: '-----BEGIN PRIVATE KEY-----', foot: '-----END PRIVATE KEY-----', body: pemBody(int(120, 1200)) };
    if (f === 2) return { sub: 'openssh', head: '-----BEGIN OPENSSH PRIVATE KEY-----', foot: '-----END OPENSSH PRIVATE KEY-----', body: `b3BlbnNzaC1rZXktdjEAAAAA${pemBody(int(300, 400))}`.replace(/\n/g, '').match(/.{1,70}/g).join('\n') };
    return { sub: 'pgp', head: '-----BEGIN PGP PRIVATE KEY BLOCK-----', foot: '-----END PGP PRIVATE KEY BLOCK-----', body: `lQ${pemBody(int(400, 700))}`.replace(/\n/g, '').match(/.{1,64}/g).join('\n'), crc: `=${b64(3)}` };
  };
  const jwkPrivate = () => {
    if (chance(0.5)) return { jwk: { kty: 'EC', crv: 'P-256', kid: `sig-${str(LO + DIG, 8)}`, x: b64url(32), y: b64url(32), d: b64url(32) }, secretFields: ['d'] };
    return { jwk: { kty: 'OKP', crv: 'Ed25519', kid: `ed-${str(LO + DIG, 8)}`, x: b64url(32), d: b64url(32) }, secretFields: ['d'] };
  };

  const SECRET_ENV = [
    ['RABBITMQ_DEFAULT_PASS', 'password'], ['SMTP_PASSWD', 'password'], ['LDAP_BIND_PW', 'password'], ['KEYCLOAK_ADMIN_PASSWORD', 'password'],
    ['MINIO_ROOT_PASSWORD', 'password'], ['REDIS_AUTH', 'password'], ['ES_PASS', 'password'], ['CI_REGISTRY_PASSWORD', 'password'],
    ['DOCKER_HUB_PASSWORD', 'password'], ['KEYSTORE_PASS', 'password'], ['JASYPT_ENCRYPTOR_PASSWORD', 'password'], ['PGPASS', 'password'],
    ['ORACLE_PWD', 'password'], ['MSSQL_SA_PASSWORD', 'password'], ['GPG_PASSPHRASE', 'password'], ['FTP_PASS', 'password'], ['ADMIN_PWD', 'password'],
    ['SIGNING_SECRET', 'other_secret'], ['ENCRYPTION_KEY', 'other_secret'], ['NEXTAUTH_SECRET', 'other_secret'], ['SECRET_KEY_BASE', 'other_secret'],
    ['DJANGO_SECRET_KEY', 'other_secret'], ['WEBHOOK_SECRET', 'other_secret'], ['HMAC_KEY', 'other_secret'], ['MASTER_KEY', 'other_secret'],
    ['VAULT_UNSEAL_KEY', 'other_secret'], ['AUTH0_CLIENT_SECRET', 'other_secret'], ['OIDC_CLIENT_SECRET', 'other_secret'], ['CSRF_SECRET', 'other_secret'],
    ['PASETO_LOCAL_KEY', 'other_secret'], ['DATA_KEY', 'other_secret'], ['APP_SECRET', 'other_secret'], ['LICENSE_KEY', 'other_secret'],
    ['SONAR_TOKEN', 'token'], ['CODECOV_TOKEN', 'token'], ['CYPRESS_RECORD_KEY', 'api_key'], ['NUGET_API_KEY', 'api_key'], ['CHROMATIC_PROJECT_TOKEN', 'token'],
    ['BUILDKITE_AGENT_TOKEN', 'token'], ['ARTIFACTORY_API_KEY', 'api_key'], ['PAGERDUTY_ROUTING_KEY', 'api_key'], ['DATADOG_API_KEY', 'api_key'],
  ];
  const secretForKind = (kind) => {
    if (kind === 'password') return password();
    if (kind === 'token') return pick([opaque, jwt, () => str(ALNUM, 40)])();
    if (kind === 'api_key') return pick([() => str(HEX, 32), () => str(ALNUM, 40), () => b64url(30)])();
    return pick([() => b64(32), () => str(HEX, 64), () => b64url(48), () => str(ALNUM, 50)])();
  };
  const secretEnv = () => {
    const [name, kind] = pick(SECRET_ENV);
    return { name, kind, value: secretForKind(kind), sub: `env_${kind}` };
  };

  return { VENDOR, vendor, uuid, password, passphrase, jwt, paseto, opaque, lettersOnly, basic, privateKey, jwkPrivate, secretEnv, secretForKind, b64, b64url, WORDS };
}
