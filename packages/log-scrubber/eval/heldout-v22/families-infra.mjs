// The platform's own infrastructure: Node services, Redis, Postgres, Kafka, Kubernetes, CDN/WAF,
// CI/CD, error tracking, developer tooling.
import { person, phone, publicIp, password, jwt, vendorKey, pem, pgp, TENANTS, REGIONS, ver, sha, homeUser, latlng } from './values.mjs';

const o = (record, maps) => ({ format: 'object', record, ...(maps ? { maps } : {}) });
const t = (record) => ({ format: 'text', record });
const PODS = ['ul-server', 'oauth-server', 'management-api', 'actions-runtime', 'jobs-worker', 'webhooks'];

export const families = {
  koa_access(r, c) {
    const ip = publicIp(r);
    return o({ level: 30, time: r.ts(), pid: r.int(1, 99), hostname: c.k(`${r.pick(PODS)}-${r.hex(9)}-${r.alnum(5).toLowerCase()}`), req: { id: c.k(r.uuid()), method: 'GET', url: c.k('/userinfo'), remoteAddress: c.s(ip, 'ip', 'remote_address'), headers: { authorization: `Bearer ${c.s(jwt(r), 'token', 'bearer_jwt')}`, host: c.k('acme.us.idp-login.com') } }, res: { statusCode: c.kf('statusCode', 200) }, responseTime: c.kf('responseTime', r.int(2, 90)) });
  },
  express_text(r, c) {
    return t(`${c.s(publicIp(r), 'ip', 'clf')} - - [${r.ts()}] "POST /oauth/token ${c.k('HTTP/1.1" ' + r.pick([200, 401, 403]))} ${r.int(200, 2000)} "-" "${c.k('auth0-java/2.12.0')}" rt=${c.k('0.0' + r.int(10, 99))} trace=${c.k(r.hex(32))}`);
  },
  basic_auth_header(r, c) {
    const u = person(r).handle; const pw = password(r).value; const b = Buffer.from(`${u}:${pw}`).toString('base64');
    return o({ level: 40, time: r.ts(), svc: 'legacy-proxy', msg: 'upstream 401', req: { headers: { authorization: `Basic ${c.s(b, 'password', 'basic_auth_b64')}`, 'x-request-id': c.k(r.uuid()) } }, upstream: c.k('https://legacy-sso.' + r.pick(TENANTS) + '.com/validate'), status: c.kf('status', 401) });
  },
  redis(r, c) {
    const pw = r.alnum(32);
    return t(`${r.ts()} [ioredis] Error: connect ETIMEDOUT rediss://default:${c.s(pw, 'connection_string', 'redis_url')}@sessions-${r.int(1, 9)}.${c.k('cache.idp-internal.net')}:6380/0 (attempt ${r.int(1, 20)}) ${c.k('maxRetriesPerRequest=20')}`);
  },
  redis_obj(r, c) {
    return o({ level: 30, time: r.ts(), svc: 'session-store', msg: 'redis session loaded', key: c.k(`sess:${r.uuid()}`), ttl: c.kf('ttl', r.int(100, 259200)), value: { user_id: c.k('auth0|' + r.hex(24)), email: c.s(person(r).email, 'email', 'session_blob'), csrf: c.s(r.b64url(32), 'other_secret', 'csrf_token') }, bytes: r.int(200, 4000) });
  },
  postgres(r, c) {
    const pw = password(r).value.replace(/[@:/ ]/g, 'x');
    return o({ level: 50, time: r.ts(), svc: 'jobs-worker', msg: 'pg pool error', err: { message: c.k('password authentication failed for user "idp_jobs"'), code: c.k('28P01') }, config: { connectionString: `postgresql://idp_jobs:${c.s(pw, 'connection_string', 'postgres_url')}@pg-primary.${c.k('db.idp-internal.net')}:5432/identity?sslmode=require`, max: c.kf('max', 20), idleTimeoutMillis: c.kf('idleTimeoutMillis', 30000) } });
  },
  postgres_slowlog(r, c) {
    const p = person(r);
    return t(`${r.ts()} UTC [${r.int(1000, 99999)}] LOG:  duration: ${c.k(r.int(500, 9000) + '.' + r.digits(3) + ' ms')}  statement: SELECT id, tenant_id FROM users WHERE lower(email) = lower('${c.s(p.email, 'email', 'sql')}') AND phone = '${c.s(phone(r).value, 'phone', 'sql')}'`);
  },
  mongo(r, c) {
    const pw = r.alnum(24);
    return t(`${r.ts()} WARN legacy-import: MongoServerSelectionError connecting to mongodb+srv://importer:${c.s(pw, 'connection_string', 'mongodb_url')}@legacy.${r.alnum(5).toLowerCase()}.mongodb.net/users?retryWrites=true server_selection_timeout=${c.k('30000ms')}`);
  },
  kafka(r, c) {
    const pw = r.b64(40);
    return o({ level: 50, time: r.ts(), svc: 'audit-shipper', msg: 'kafka SASL authentication failed', brokers: [c.k('b-1.audit.kafka.eu-west-1.amazonaws.com:9096')], sasl: { mechanism: c.k('scram-sha-512'), username: 'audit-shipper', password: c.s(pw, 'password', 'sasl') }, clientId: c.k('audit-shipper-' + r.int(1, 9)) });
  },
  kafka_text(r, c) {
    const p = person(r);
    return t(`${r.ts()} kafka-consumer topic=${c.k('tenant.user-events.v3')} partition=${r.int(0, 31)} offset=${c.k(String(r.int(1e6, 9e6)))} poison message: {"type":"user.updated","email":"${c.s(p.email, 'email', 'kafka_payload')}","name":"${c.s(p.name, 'person_name', p.script.toLowerCase())}"} lag=${r.int(0, 9000)}`);
  },
  amqp(r, c) {
    const pw = r.alnum(18);
    return t(`${r.ts()} [amqplib] connection closed: amqps://mailer:${c.s(pw, 'connection_string', 'amqp_url')}@mq.${c.k('idp-internal.net')}:5671/%2Fmail ${c.k('heartbeat=60')}`);
  },
  k8s_event(r, c) {
    const pod = `${r.pick(PODS)}-${r.hex(9)}-${r.alnum(5).toLowerCase()}`;
    return t(`${r.ts()} Warning BackOff pod/${c.k(pod)} namespace=${c.k('idp-prod')} Back-off restarting failed container image=${c.k('registry.idp-internal.net/' + r.pick(PODS) + ':' + ver(r))} node=${c.k(`ip-10-${r.int(0, 255)}-${r.int(0, 255)}-${r.int(1, 254)}.eu-west-1.compute.internal`)}`);
  },
  k8s_secret_dump(r, c) {
    const aws = `AKIA${r.upper(16)}`;
    return o({ level: 40, time: r.ts(), svc: 'deploy-controller', msg: 'env diff', pod: c.k(r.pick(PODS)), env: { AWS_ACCESS_KEY_ID: aws, AWS_SECRET_ACCESS_KEY: c.s(vendorKey(r, 'aws_secret').value, 'api_key', 'aws_secret'), NODE_ENV: 'production', LOG_LEVEL: c.k('info'), SESSION_COOKIE_SECRET: c.s(r.hex(64), 'other_secret', 'cookie_secret'), JWT_MAX_AGE: c.kf('JWT_MAX_AGE', '36000') } });
  },
  cdn_waf(r, c) {
    const ip = publicIp(r);
    return o({ level: 30, time: r.ts(), svc: 'cdn-logs', ClientIP: c.s(ip, 'ip', 'cdn'), ClientRequestHost: c.k(r.pick(TENANTS) + '.idp-login.com'), ClientRequestURI: `/u/login?state=${c.s(r.b64url(40), 'token', 'oauth_state')}`, EdgeResponseStatus: c.kf('EdgeResponseStatus', r.pick([200, 403])), WAFAction: c.kf('WAFAction', r.pick(['block', 'managed_challenge', 'log'])), WAFRuleID: c.k(r.hex(32)), RayID: c.k(r.hex(16)), EdgeColoCode: c.kf('EdgeColoCode', r.pick(['FRA', 'GRU', 'NRT', 'SYD', 'IAD'])) });
  },
  waf_text(r, c) {
    return t(`${r.ts()} waf: BLOCK rule=${c.k('942100')} (SQLi) client=${c.s(publicIp(r), 'ip', 'ipv4')} uri="/u/login" arg=username payload="${c.s(person(r).email, 'email', 'waf_payload')}' OR 1=1--" resolver=${c.k('1.1.1.1')}`);
  },
  ci_github(r, c) {
    const tok = vendorKey(r, r.pick(['github_pat', 'github_app', 'npm', 'dockerhub'])); 
    return t(`${r.ts()} ##[group]Run npm publish --access public\n+ echo "//registry.npmjs.org/:_authToken=${c.s(tok.value, tok.sub === 'npm' ? 'api_key' : 'token', tok.sub)}" > .npmrc\n##[endgroup] workflow=${c.k('release.yml')} sha=${c.k(sha(r))} run=${c.k(String(r.int(1e9, 9e9)))}`);
  },
  ci_pypi(r, c) {
    const tok = vendorKey(r, 'pypi').value;
    return o({ level: 50, time: r.ts(), svc: 'ci-runner', msg: 'twine upload failed', job: c.k('publish-python-sdk'), commit: c.k(sha(r)), env: { TWINE_USERNAME: '__token__', TWINE_PASSWORD: c.s(tok, 'api_key', 'pypi') }, exitCode: c.kf('exitCode', 1), sdkVersion: c.k(ver(r)) });
  },
  ci_gitlab(r, c) {
    const tok = vendorKey(r, 'gitlab_pat').value;
    return t(`${r.ts()} gitlab-runner[${r.int(100, 9999)}]: Fetching changes with git depth set to 20... remote: https://oauth2:${c.s(tok, 'token', 'gitlab_pat')}@gitlab.com/idp-platform/terraform.git pipeline=${c.k(String(r.int(1e6, 9e6)))} job=${c.k('plan:eu')}`);
  },
  terraform(r, c) {
    return o({ level: 30, time: r.ts(), svc: 'terraform', msg: 'plan output', resource: c.k('azurerm_storage_account.exports'), attributes: { name: c.k('idpexports' + r.int(10, 99)), primary_connection_string: `DefaultEndpointsProtocol=https;AccountName=idpexports;AccountKey=${c.s(vendorKey(r, 'azure_storage').value, 'connection_string', 'azure_storage')};EndpointSuffix=core.windows.net`, location: c.k('westeurope') } });
  },
  gcp_sa(r, c) {
    return o({ level: 50, time: r.ts(), svc: 'bigquery-exporter', msg: 'could not load credentials', credentials: { type: 'service_account', project_id: c.k('idp-analytics-prod'), private_key_id: r.hex(40), private_key: c.s(pem(r, 'PRIVATE KEY'), 'private_key', 'gcp_service_account'), client_email: c.k('exporter@idp-analytics-prod.iam.gserviceaccount.com') } });
  },
  ssh_deploy(r, c) {
    const u = homeUser(r);
    return t(`${r.ts()} deploy.sh: using identity /Users/${c.s(u, 'home_path', 'macos')}/.ssh/id_ed25519 for bastion.${c.k('idp-internal.net')} (fingerprint ${c.k('SHA256:' + r.b64(43))})`);
  },
  ssh_key_leak(r, c) {
    return t(`${r.ts()} ERROR ansible: failed to load key material:\n${c.s(pem(r, 'OPENSSH PRIVATE KEY'), 'private_key', 'openssh')}\nplaybook=${c.k('rotate-jwks.yml')}`);
  },
  pgp_backup(r, c) {
    return o({ level: 40, time: r.ts(), svc: 'backup-signer', msg: 'gpg import failed', keyFingerprint: c.k(r.hex(40).toUpperCase()), armored: c.s(pgp(r), 'private_key', 'pgp'), gpgExit: c.kf('gpgExit', 2) });
  },
  jwks_rotation(r, c) {
    return o({ level: 30, time: r.ts(), svc: 'key-manager', msg: 'signing key rotated', kid: c.k(r.alnum(22)), alg: c.k('RS256'), next: { pem: c.s(pem(r, 'RSA PRIVATE KEY'), 'private_key', 'jwks_signing') }, rotationDays: c.kf('rotationDays', 90) });
  },
  sentry(r, c) {
    const p = person(r); const u = homeUser(r);
    return o({ level: 50, time: r.ts(), svc: 'sentry-forwarder', event_id: c.k(r.hex(32)), release: c.k('ul-server@' + ver(r)), exception: { type: 'Error', value: 'ECONNRESET', stacktrace: { frames: [{ filename: `/home/${c.s(u, 'home_path', 'linux')}/src/ul-server/src/routes/login.ts`, lineno: r.int(10, 500) }] } }, user: { email: c.s(p.email, 'email', 'sentry_user'), ip_address: c.s(publicIp(r), 'ip', 'sentry_user') }, environment: c.k('production') });
  },
  sentry_text(r, c) {
    const tok = `sntrys_${r.b64url(120)}`;
    return t(`${r.ts()} ci: + sentry-cli --auth-token ${c.s(tok, 'api_key', 'sentry_auth_token')} sourcemaps upload --org ${c.k('idp-platform')} --project ${c.k('ul-server')} --release ${c.k(ver(r))} ./dist (sample_rate=${c.k('0.25')})`);
  },
  windows_sdk(r, c) {
    const u = homeUser(r);
    return o({ level: 40, time: r.ts(), svc: 'sdk-telemetry', msg: 'dotnet sdk crash', sdk: c.k('IdP.AuthenticationApi ' + ver(r)), path: `C:\\Users\\${c.s(u, 'home_path', 'windows')}\\source\\repos\\Shop\\appsettings.json`, os: c.k('Windows 11 23H2') });
  },
  sdk_config_dump(r, c) {
    const key = vendorKey(r, r.pick(['anthropic', 'openai', 'gcp_api'])); 
    return t(`${r.ts()} [sdk-samples] loaded .env: IDP_DOMAIN=${c.k('dev-' + r.alnum(8).toLowerCase() + '.us.idp-login.com')} IDP_CLIENT_SECRET=${c.s(r.b64url(64), 'other_secret', 'client_secret')} LLM_KEY=${c.s(key.value, 'api_key', key.sub)} PORT=${c.k('3000')}`);
  },
  docker_registry(r, c) {
    const pw = password(r).value;
    return t(`${r.ts()} buildkit: docker login -u idpbuild -p ${pw.includes(' ') ? `"${c.s(pw, 'password', 'cli_flag')}"` : c.s(pw, 'password', 'cli_flag')} registry.${c.k('idp-internal.net')} WARNING! Using --password via the CLI is insecure. digest=${c.k('sha256:' + sha(r, 64))}`);
  },
  mysql_dsn(r, c) {
    const pw = r.alnum(16);
    return o({ level: 50, time: r.ts(), svc: 'legacy-bridge', msg: 'mysql connect failed', dsn: `mysql://bridge:${c.s(pw, 'connection_string', 'mysql_url')}@10.20.${r.int(0, 255)}.${r.int(1, 254)}:3306/users`, errno: c.kf('errno', 2003), host: c.k('legacy-bridge-' + r.int(1, 4)) });
  },
  shopify_integration(r, c) {
    const k = vendorKey(r, 'shopify').value;
    return o({ level: 40, time: r.ts(), svc: 'marketplace-integrations', msg: 'shopify sync 401', shop: c.k(r.pick(TENANTS) + '.myshopify.com'), headers: { 'X-Shopify-Access-Token': c.s(k, 'api_key', 'shopify') }, apiVersion: c.k('2024-10'), retries: r.int(0, 5) });
  },
  feature_flags(r, c) {
    const p = person(r);
    return o({ level: 20, time: r.ts(), svc: 'flags', msg: 'flag evaluated', flag: c.k(r.pick(['passkeys-autofill', 'new-ul-2026', 'bot-detection-v3', 'breached-pw-v2'])), variation: c.kf('variation', r.pick(['on', 'off', 'treatment-b'])), context: { key: c.s(p.email, 'email', 'flag_context'), tenant: c.k(r.pick(TENANTS)) }, sdkKey: c.s('sdk-' + r.uuid(), 'api_key', 'launchdarkly_sdk') });
  },
  health_probe(r, c) {
    return t(`${r.ts()} synthetic-monitor check=${c.k('login-flow-' + r.pick(REGIONS))} status=${c.k('PASS')} p95=${c.k(r.int(200, 900) + 'ms')} dns=${c.k('8.8.8.8')} account=${c.k('synthetic-probe@idp-monitoring.dev')} id_token=${c.s(jwt(r), 'token', 'jwt')}`);
  },
  device_signal(r, c) {
    const [a, b] = latlng(r);
    return t(`${r.ts()} risk-engine mobile signal sdk=${c.k('idp-swift ' + ver(r))} user=${c.k('auth0|' + r.hex(24))} gps=${c.s(a, 'geo', 'lat')},${c.s(b, 'geo', 'lng')} accuracy=${c.k('12m')} jailbroken=false ip=${c.s(publicIp(r), 'ip', 'ipv4')}`);
  },
};
