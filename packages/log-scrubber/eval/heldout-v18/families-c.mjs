// Infrastructure, databases and error-tracking sources.
import * as V from './values.mjs';
const { pick, int, chance, hex, alnum, digits } = V;

const dbHost = () => pick(['pg-primary.eu1.internal', 'tessellate-prod.cluster-c9xk2.eu-central-1.rds.amazonaws.com', 'pgbouncer.prod.svc.cluster.local', 'db-replica-2.us2.internal']);

export const familiesC = {
  k8s_pod_event(r) {
    const ip = V.ipv4Private();
    const node = `ip-${r.s('ip', 'dashed_hostname', V.dashedIp(ip))}.${V.region()}.compute.internal`;
    const rec = { kind: 'Event', reason: r.k(pick(['BackOff', 'Unhealthy', 'FailedMount'])), involvedObject: { kind: 'Pod', namespace: r.k('billing'), name: r.k(`billing-worker-${hex(10)}-${V.lower(5)}`) }, source: { host: node },
      message: `Back-off restarting failed container; last log: connecting to postgres://billing:${r.conn('postgres_url')}@${r.k(dbHost())}:5432/billing`, podIP: r.ip(), count: int(1, 90) };
    return { format: 'object', record: rec };
  },
  k8s_secret_describe(r) {
    const pw = V.urlSafePassword();
    const b = r.s('password', 'k8s_secret_b64', V.enc64(pw));
    const key = r.s('other_secret', 'k8s_secret_b64', V.enc64(V.encKey()));
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${r.k('webhooks-dispatcher-env')}\n  namespace: webhooks\ntype: Opaque\ndata:\n  DATABASE_PASSWORD: ${b}\n  PAYLOAD_ENCRYPTION_KEY: ${key}${chance(0.5) ? `\n  tls.key: ${r.s('private_key', 'k8s_secret_b64', V.enc64(V.pem('RSA PRIVATE KEY')))}` : ''}\n  LOG_LEVEL: ${V.enc64('info')}`;
    return { format: 'text', record: text };
  },
  terraform_plan(r) {
    const pw = r.pw('tf_attribute');
    const text = [`  # aws_db_instance.tenants will be updated in-place`, `  ~ resource "aws_db_instance" "tenants" {`, `        id       = "${r.k('tessellate-prod-tenants')}"`, `      ~ engine_version = "15.5" -> "${r.k('16.3')}"`,
      `      ~ password = "${pw}"`, `        # (42 unchanged attributes hidden)`, `    }`, `  + resource "cloudflare_api_token" "ci" {`, `      + value = "${r.s('api_key', 'cloudflare', V.b64url(40))}"`, `    }`, `Plan: 1 to add, 1 to change, 0 to destroy.`].join('\n');
    return { format: 'text', record: text };
  },
  github_actions(r) {
    const sha = r.k(V.sha());
    const t = r.s('token', pick(['github_app', 'npm']), pick([`ghs_${alnum(36)}`, `npm_${alnum(36)}`]));
    const text = [`2025-03-14T10:${int(10, 59)}:${int(10, 59)}.${digits(7)}Z ##[group]Run npm publish --workspace @tessellate/sdk`, `  npm publish --workspace @tessellate/sdk`, `  env:`, `    GITHUB_SHA: ${sha}`, `    NODE_AUTH_TOKEN: ${t}`,
      `##[endgroup]`, `npm notice 📦  @tessellate/sdk@${r.k(V.semver())}`, `npm ERR! code ${r.k('E403')}`].join('\n');
    return { format: 'text', record: text };
  },
  cloudflare_firewall(r) {
    const rec = { RayID: r.k(`${hex(16)}`), ClientIP: chance(0.5) ? r.ip6() : r.ipPub(), ClientCountry: 'de', ClientRequestHost: r.k('api.tessellate.io'), ClientRequestPath: '/v2/contacts', Action: r.k(pick(['block', 'managed_challenge', 'skip'])), RuleID: r.k(hex(32)),
      ClientRequestHeaders: { cookie: `tsl_sid=${r.cookie('session')}; cf_clearance=${r.cookie('cf_clearance')}`, 'x-api-key': r.key() }, EdgeResponseStatus: 403 };
    return { format: 'object', record: rec };
  },
  aws_cloudtrail(r) {
    const rec = { eventVersion: '1.09', eventTime: r.k(V.isoTs()), eventSource: r.k('secretsmanager.amazonaws.com'), eventName: r.k(pick(['PutSecretValue', 'CreateSecret'])), sourceIPAddress: r.ipPub(),
      userIdentity: { type: 'IAMUser', arn: r.k(`arn:aws:iam::${digits(12)}:user/terraform-ci`), userName: 'terraform-ci' },
      requestParameters: { secretId: r.k('prod/webhooks/signing'), secretString: JSON.stringify({ signingSecret: r.sec('webhook_signing_secret', V.webhookSecret()), dbPassword: r.pw('secret_json') }) }, eventID: r.k(V.uuid()) };
    return { format: 'object', record: rec };
  },
  gcp_audit(r) {
    const rec = { protoPayload: { '@type': 'type.googleapis.com/google.cloud.audit.AuditLog', authenticationInfo: { principalEmail: r.email() }, requestMetadata: { callerIp: chance(0.5) ? r.ip6() : r.ipPub(), callerSuppliedUserAgent: 'google-cloud-sdk gcloud/470.0.0' },
      methodName: r.k('google.iam.admin.v1.CreateServiceAccountKey'), resourceName: r.k(`projects/tessellate-prod/serviceAccounts/${digits(21)}`) }, severity: 'NOTICE', timestamp: r.k(V.isoTs()) };
    return { format: 'object', record: rec };
  },
  gcp_service_account_json(r) {
    const key = V.pem('PRIVATE KEY');
    r.s('private_key', 'gcp_sa', key);
    const cred = JSON.stringify({ type: 'service_account', project_id: 'tessellate-prod', private_key_id: hex(40), private_key: key, client_email: 'exporter@tessellate-prod.iam.gserviceaccount.com', token_uri: 'https://oauth2.googleapis.com/token' });
    if (chance(0.5)) return { format: 'text', record: `bigquery-exporter: failed to parse GOOGLE_APPLICATION_CREDENTIALS (${r.k('ERR_INVALID_CREDENTIALS')}): ${cred}` };
    const rec = { msg: 'failed to parse GOOGLE_APPLICATION_CREDENTIALS', worker: r.k('bigquery-exporter'), credentials: JSON.parse(cred), err: r.k('ERR_INVALID_CREDENTIALS') };
    return { format: 'object', record: rec };
  },
  ssh_deploy_key(r) {
    const key = V.pem(pick(['OPENSSH PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY']));
    r.s('private_key', 'pem_text', key);
    const text = `deploy[${r.k(V.sha())}] ssh-agent: could not add identity, dumping DEPLOY_KEY for debugging:\n${key}\nexit status ${r.k('128')}`;
    return { format: 'text', record: text };
  },
  nginx_ingress(r) {
    const ip = chance(0.4) ? r.ip6() : r.ipPub();
    const t = r.tok();
    const line = `${ip} - - [14/Mar/2025:${int(10, 23)}:${int(10, 59)}:${int(10, 59)} +0000] "GET /v2/export/download?access_token=${t}&format=csv HTTP/2.0" ${pick([200, 302])} ${int(100, 90000)} "-" "curl/8.5.0" ${int(200, 900)} ${int(0, 9)}.${digits(3)} [${r.k('prod-api-gateway-8080')}] [] ${r.ip()}:8080 ${int(100, 9000)} 0.0${digits(2)} 200 ${r.k(hex(32))}`;
    return { format: 'text', record: line };
  },
  env_dump_inspect(r) {
    const u = r.user();
    const text = `[config] process.env = {\n  HOME: '/home/${u}',\n  DATABASE_URL: 'postgresql://tessellate:${r.conn('postgres_url')}@${r.k(dbHost())}:5432/tessellate?sslmode=require',\n  REDIS_URL: 'rediss://default:${r.conn('redis_url')}@${r.k('redis-sessions.eu1.internal')}:6380',\n  STRIPE_SECRET_KEY: '${r.s('api_key', 'stripe_secret', `sk_live_${alnum(int(24, 99))}`)}',\n  NEXTAUTH_SECRET: '${r.sec('nextauth_secret', V.encKey())}',\n${chance(0.6) ? `  JWT_PRIVATE_KEY: '${r.pem('EC PRIVATE KEY').replace(/\n/g, '\\n')}',\n` : ''}  NODE_ENV: 'production',\n  PORT: '${r.k('3000')}'\n}`;
    return { format: 'text', record: text };
  },
  dotenv_error(r) {
    const text = `Error: invalid .env line 7\n${['MONGO_URI=mongodb+srv://svc-import:' + r.conn('mongodb_srv') + '@cluster0.' + V.lower(5) + '.mongodb.net/imports?retryWrites=true', 'SMTP_PASS=' + r.pw('env'), 'OPENAI_API_KEY=' + r.s('api_key', 'openai', `sk-proj-${V.b64url(int(48, 120))}`), 'DATADOG_API_KEY=' + r.s('api_key', 'datadog', hex(32)), 'RELEASE=' + r.k(V.semver())].join('\n')}`;
    return { format: 'text', record: text };
  },
  vault_config_inspect(r) {
    const text = `Loaded config { db: { host: '${r.k(dbHost())}', user: 'app_rw', password: '${r.pw('inspect')}', pool: { max: 20 } }, webhooks: { signingSecret: '${r.sec('webhook_signing_secret', V.webhookSecret())}', maxAttempts: 8 }, crypto: { dataKey: '${r.sec('encryption_key', V.encKey())}' }, anthropic: { apiKey: '${r.s('api_key', 'anthropic', `sk-ant-api03-${V.b64url(93)}AA`)}' } }`;
    return { format: 'text', record: text };
  },
  postgres_unique_violation(r) {
    const e = r.email();
    const text = `${r.k(V.isoTs())} [${int(1000, 99999)}] app_rw@tessellate ERROR:  duplicate key value violates unique constraint "${r.k('members_tenant_id_email_key')}"\n\tDETAIL:  Key (tenant_id, email)=(${V.uuid()}, ${e}) already exists.\n\tSTATEMENT:  INSERT INTO members (tenant_id, email, display_name, phone) VALUES ($1, $2, $3, $4)`;
    return { format: 'text', record: text };
  },
  postgres_slow_query(r) {
    const text = `LOG:  duration: ${int(1000, 9000)}.${digits(3)} ms  statement: UPDATE customers SET billing_name = '${r.name()}', billing_address = '${r.addr().replace(/'/g, "''")}', iban = '${r.iban()}' WHERE id = '${r.k(V.uuid())}'`;
    return { format: 'text', record: text };
  },
  redis_monitor(r) {
    const sid = r.cookie('redis_session_key');
    const payload = JSON.stringify({ userId: V.uuid(), email: r.email(), ip: r.ip(), csrf: hex(16) }).replace(/"/g, '\\"');
    const line = `${int(1700000000, 1750000000)}.${digits(6)} [0 ${r.ip()}:${int(30000, 65000)}] "SET" "sess:${sid}" "${payload}" "EX" "${r.k('86400')}"`;
    return { format: 'text', record: line };
  },
  opensearch_query(r) {
    const rec = { index: r.k('members-v7'), took: int(1, 400), query: { bool: { should: [{ term: { 'email.keyword': r.email() } }, { match_phrase: { phone: r.phone() } }, { match: { full_name: r.name() } }] } }, node: r.k('os-logs-01.eu1.internal') };
    return { format: 'object', record: rec };
  },
  clickhouse_query_log(r) {
    const line = `<Debug> executeQuery: (from ${r.ip()}:${int(30000, 65000)}, user: analytics) SELECT count() FROM events WHERE tenant_id = '${r.k(V.uuid())}' AND user_email = '${r.email()}' AND ip = toIPv4('${r.ipPub()}') (stage: Complete) elapsed=${r.k(`${int(1, 900)}ms`)}`;
    return { format: 'text', record: line };
  },
  sentry_event(r) {
    const rec = { event_id: r.k(hex(32)), release: r.k(`web@${V.semver()}`), environment: 'production', user: { id: V.uuid(), email: r.email(), ip_address: r.ip(), username: r.name() },
      request: { url: 'https://app.tessellate.io/settings/billing', cookies: { tsl_sid: r.cookie('session'), ajs_anonymous_id: r.cookie('analytics_id') }, headers: { Authorization: `Bearer ${r.tok()}` } },
      exception: { values: [{ type: 'Error', value: `Payment method rejected for card ${r.card()}`, stacktrace: { frames: [{ filename: 'app/billing/actions.ts', lineno: int(10, 400), vars: { password: r.pw('frame_var'), retries: 3 } }] } }] } };
    return { format: 'object', record: rec, maps: [['request', 'cookies']] };
  },
  db_connection_error(r) {
    const v = pick([
      () => `amqp://orders:${r.conn('amqp_url')}@${r.k('rabbitmq.prod.svc.cluster.local')}:5672/%2F`,
      () => `mysql://legacy:${r.conn('mysql_url')}@${r.k('mysql-legacy.eu1.internal')}:3306/billing`,
      () => `clickhouse://ingest:${r.conn('clickhouse_url')}@${r.k('ch-events.us2.internal')}:9000/events`,
      () => `Server=${r.k('sqlsrv-erp.eu1.internal')};Database=erp;User Id=sync;Password=${r.conn('ado_net')};Encrypt=True;`,
      () => `jdbc:postgresql://${r.k(dbHost())}:5432/reports?user=reporter&password=${r.conn('jdbc')}&ssl=true`,
      () => `https://admin:${r.conn('opensearch_url')}@${r.k('os-logs-01.eu1.internal')}:9200`,
    ])();
    const rec = { level: 'error', err: { name: 'ConnectionError', code: r.k(pick(['ECONNREFUSED', 'ETIMEDOUT', 'ENOTFOUND'])), message: `failed to connect to ${v}`, stack: `ConnectionError: failed to connect\n    at Pool.connect (/app/node_modules/pg-pool/index.js:45:11)` }, retryInMs: r.kf('retryInMs', pick([500, 1000, 5000])) };
    return { format: 'object', record: rec };
  },
  error_stack_text(r) {
    const text = [`Error: SMTP auth failed for user ${r.email()} (password: ${r.pw('error_message')})`, `    at SMTPConnection._formatError (/srv/app/node_modules/nodemailer/lib/smtp-connection/index.js:${int(700, 900)}:19)`, `    at SMTPConnection._actionAUTHComplete (/srv/app/node_modules/nodemailer/lib/smtp-connection/index.js:${int(1500, 1700)}:34) {`, `  code: '${r.k('EAUTH')}',`, `  responseCode: ${r.k('535')}`, '}'].join('\n');
    return { format: 'text', record: text };
  },
  pg_client_sql_values(r) {
    const rec = { query: 'INSERT INTO payouts (member_id, iban, holder_name, tax_id, birth_date) VALUES ($1,$2,$3,$4,$5)', values: [r.k(V.uuid()), r.iban(), r.name(), r.nat(), r.dob()], table: r.k('public.payouts'), rowCount: 1, durationMs: int(1, 90) };
    return { format: 'object', record: rec };
  },
  github_webhook_inbound(r) {
    const sig = r.sec('hub_signature', hex(64));
    const rec = { source: 'github', headers: { 'x-github-event': 'push', 'x-github-delivery': r.k(V.uuid()), 'x-hub-signature-256': `sha256=${sig}` },
      payload: { ref: 'refs/heads/main', after: r.k(V.sha()), pusher: { name: V.lower(8), email: r.email() }, head_commit: { id: r.k(V.sha()), message: 'fix: retry webhook on 429', author: { name: r.name('latin'), email: r.email() } } } };
    return { format: 'object', record: rec };
  },
  cloudfront_signed_url(r) {
    const sig = r.sec('cloudfront_signature', V.b64(172).replace(/\+/g, '-').replace(/\//g, '~').replace(/=/g, '_'));
    const line = `files: issued download for ${r.k(V.uuid())} to ${r.email()} url=https://files.tessellate-cdn.net/${V.tenantSlug()}/invoice.pdf?Expires=${int(1740000000, 1760000000)}&Key-Pair-Id=${r.k(`K${V.upper(13)}`)}&Signature=${sig}`;
    return { format: 'text', record: line };
  },
};
