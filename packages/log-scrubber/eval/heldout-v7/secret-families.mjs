// Secret-dense emitters for heldout-v7: credential stores, infrastructure tooling and HTTP traces.
const tok = (v, L) => { const [sub, val] = v.token(); return L(val, 'token', sub); };
const osec = (v, L) => { const [sub, val] = v.otherSecret(); return L(val, 'other_secret', sub); };
const pw = (v, L, sub, bad = /[\s"'\\]/g) => L(v.password().replace(bad, 'm'), 'password', sub);

export const SECRET_FAMILIES = {
  'vault-audit': (v, L, K) => ({ format: 'object', record: {
    time: K(v.ts()), type: 'request', auth: { accessor: K(`hmac-sha256:${v.sha256()}`), policies: ['default', 'ci'], client_token: L(`hvs.${v.b64url(90)}`, 'token', 'vault_token') },
    request: { path: 'auth/approle/login', remote_address: `10.${v.int(0, 255)}.${v.int(0, 255)}.${v.int(1, 254)}`, data: { role_id: K(v.uuid()), secret_id: L(v.uuid(), 'other_secret', 'approle_secret_id'), password: pw(v, L, 'nested') } },
  } }),
  'terraform-plan': (v, L, K) => ({ format: 'text', record: `  # aws_db_instance.primary will be updated in-place\n  ~ resource "aws_db_instance" "primary" {\n        id = "${K(`db-${v.upper(26)}`)}"\n      ~ engine_version = "${K(v.version())}"\n      ~ password = "${pw(v, L, 'hcl_attr')}"\n    }\n  + provider "aws" { access_key = "${L(`AKIA${v.upper(16)}`, 'api_key', 'hcl_attr')}" secret_key = "${L(v.b64(40).replace(/\+/g, 'w'), 'other_secret', 'hcl_attr')}" }` }),
  'compose-config': (v, L, K) => ({ format: 'text', record: `docker compose config:\nservices:\n  api:\n    image: ${K(`ghcr.io/stackfold/api:${v.version()}`)}\n    environment:\n      POSTGRES_PASSWORD: ${pw(v, L, 'yaml_env', /[\s"'\\:#]/g)}\n      JWT_SECRET: ${osec(v, L)}\n      MAILER_DSN: smtp://mailer:${L(v.alnum(22), 'connection_string', 'smtp_dsn')}@${K(v.host())}:587\n      ${K(`MAX_CONNECTIONS: "${v.int(20, 400)}"`)}` }),
  'curl-verbose': (v, L, K) => {
    const user = v.pick(['svc-export', 'reporting', 'sync-bot']); const pass = v.alnum(16);
    const basic = Buffer.from(`${user}:${pass}`).toString('base64');
    return { format: 'text', record: `* Connected to ${K(v.host())} (10.${v.int(0, 255)}.${v.int(0, 255)}.${v.int(1, 254)}) port 443\n> POST /v1/sync HTTP/2\n> Authorization: Basic ${L(basic, 'password', 'basic_auth')}\n> Cookie: __Host-sid=${L(v.b64url(43), 'cookie', 'request_cookie')}; _ga=${L(`GA1.1.${v.digits(10)}.${v.digits(10)}`, 'cookie', 'ga')}\n< HTTP/2 200\n< set-cookie: refresh=${L(v.cookieVal(), 'cookie', 'set_cookie')}; Path=/; HttpOnly; Secure\n< x-request-id: ${K(v.uuid())}` };
  },
  'package-registry-conf': (v, L, K) => ({ format: 'text', record: `npm notice config from /srv/build/.npmrc:\n//registry.npmjs.org/:_authToken=${L(`npm_${v.alnum(36)}`, 'token', 'npmrc')}\n@stackfold:registry=${K('https://npm.pkg.github.com/')}\npip.conf: index-url = https://ci:${L(v.alnum(20), 'connection_string', 'pip_index_url')}@${K(`pypi.${v.pick(['tallyhq', 'ledgerline'])}.io`)}/simple\nlockfile=${K(v.sha256())}` }),
  'spring-properties': (v, L, K) => ({ format: 'text', record: `Config dump (application-prod.properties):\nspring.datasource.url=jdbc:postgresql://${K(v.host())}:5432/claims?user=claims&password=${L(v.alnum(18), 'connection_string', 'jdbc_url')}\n${K(`spring.datasource.hikari.maximum-pool-size=${v.int(10, 50)}`)}\napp.jwt.signing-key=${osec(v, L)}\nmanagement.endpoints.web.exposure.include=${K('health,info')}` }),
  'llm-proxy-request': (v, L, K, KF) => ({ format: 'object', record: {
    route: '/v1/chat/completions', upstream: K('api.openai.com'), model: K(`gpt-4o-${v.pick(['mini', '2024-08-06'])}`),
    headers: { Authorization: `Bearer ${L(`sk-proj-${v.b64url(56)}`, 'api_key', 'bearer_api_key')}`, 'X-Goog-Api-Key': L(`AIza${v.b64url(35)}`, 'api_key', 'header'), 'OpenAI-Organization': K(`org-${v.alnum(24)}`) },
    usage: { promptTokens: KF('promptTokens', v.int(10, 4000)), completionTokens: KF('completionTokens', v.int(10, 2000)), maxTokens: KF('maxTokens', v.pick([1024, 4096])) },
  } }),
  'chatops-webhook': (v, L, K) => ({ format: 'object', record: {
    channel: K(`C${v.upper(10)}`), botToken: L(`xoxb-${v.digits(11)}-${v.digits(13)}-${v.alnum(24)}`, 'token', 'slack_bot'),
    incomingWebhook: `https://hooks.slack.com/services/T${v.upper(8)}/B${v.upper(10)}/${L(v.alnum(24), 'other_secret', 'slack_webhook_path')}`,
    signingSecret: L(v.hex(32), 'other_secret', 'slack_signing_secret'), appId: K(`A${v.upper(10)}`),
  } }),
  'rabbitmq-connection': (v, L, K) => ({ format: 'text', record: `${K(v.ts())} [warning] <0.${v.int(100, 9999)}.0> closing AMQP connection (10.${v.int(0, 255)}.${v.int(0, 255)}.${v.int(1, 254)}:${v.int(30000, 60000)}): client url amqps://orders:${L(v.alnum(24), 'connection_string', 'amqp_url')}@${K(v.host())}/prod ${K('heartbeat=60s')}, reply token=${tok(v, L)}` }),
  'set-cookie-response': (v, L, K, KF) => ({ format: 'object', record: {
    statusCode: 302, location: K(`/dashboard?tab=${v.pick(['billing', 'team'])}`),
    responseHeaders: { 'set-cookie': [`__Secure-session=${L(v.cookieVal(), 'cookie', 'set_cookie_array')}; Path=/; Secure; HttpOnly; SameSite=Lax`, `XSRF-TOKEN=${L(v.alnum(40), 'cookie', 'xsrf')}; Path=/`, `remember_web=${L(v.cookieVal(), 'cookie', 'remember_me')}; Max-Age=2592000`], 'content-length': '0' },
    sessionMaxAge: KF('sessionMaxAge', 2592000), cookieVersion: KF('cookieVersion', 2), apiKeyId: K(`key_${v.alnum(12)}`), token_type: K('Bearer'),
  } }),
  'cloud-metadata-creds': (v, L, K) => ({ format: 'object', record: {
    msg: 'refreshed instance credentials', role: K(`arn:aws:iam::${v.digits(12)}:role/ecs-task-${v.lower(6)}`),
    credentials: { AccessKeyId: L(`ASIA${v.upper(16)}`, 'api_key', 'aws_sts_key'), SecretAccessKey: L(v.b64(40).replace(/\+/g, 'e'), 'other_secret', 'aws_secret_access_key'), Token: L(`IQoJb3JpZ2luX2Vj${v.b64(180)}`, 'token', 'aws_session_token'), Expiration: K(v.ts()) },
    gcpServiceAccount: { client_email: `svc-${v.lower(6)}@${v.lower(8)}.iam.gserviceaccount.com`, private_key: L(v.pem(), 'private_key', 'gcp_sa_json'), private_key_id: L(v.hex(40), 'other_secret', 'gcp_private_key_id') },
  } }),
};
