// Edge, gateways, backends, data stores, infrastructure and auth flows.
import { inspect } from 'node:util';
import * as V from './values.mjs';
import { COOKIE_VALUES } from './builder.mjs';

const { pick, int, chance } = V;
const O = (record, maps) => ({ format: 'object', record, ...(maps ? { maps } : {}) });
const T = (record) => ({ format: 'text', record });
const UA = ['okhttp/4.12.0', 'Rider/7.3.1 (iPhone; iOS 17.4; Scale/3.00)', 'Dart/3.3 (dart:io)', 'Mozilla/5.0 (Linux; Android 14; SM-A546B)'];

export function edgeAccess(b) {
  const ip = b.ip();
  const path = pick([
    () => `/v1/rides/estimate?pickup=${b.geo('query').lat},${b.sensitive.at(-1).value}&product=${b.k('uberx_like')}`,
    () => `/api/auth/callback?code=${b.tok('oauth_code')}&state=${V.hex(16)}`,
    () => `/v2/profile?access_token=${b.tok('opaque_bearer')}&fields=${b.k('id,locale')}`,
    () => `/unsubscribe?email=${b.s('email', 'url_encoded', encodeURIComponent(V.email()))}&list=${b.k('weekly-deals')}`,
  ])();
  return T(`${ip} - - [1${int(0, 9)}/Apr/2026:0${int(0, 9)}:1${int(0, 9)}:4${int(0, 9)} +0000] "GET ${path} ${b.k(`HTTP/2.0" ${pick([200, 302, 401, 404])}`)} ${int(200, 90000)} "-" "${pick(UA)}" rt=${b.k(`${(int(1, 2000) / 1000).toFixed(3)}`)}`);
}

export function wafEvent(b) {
  return O({ RayID: b.k(`${V.hex(16)}-${pick(['GRU', 'CGK', 'FRA', 'BOM', 'IST'])}`), ClientIP: b.ip(), ClientRequestHost: b.k(pick(['api.example-eats.com', 'www.example-trips.com'])),
    ClientRequestURI: `/login?next=%2Faccount&user=${b.s('email', 'url_encoded', encodeURIComponent(V.email()))}`, WAFRuleID: b.k(String(int(100000, 999999))), WAFAction: 'block',
    RequestHeaders: { 'x-forwarded-for': `${b.ip()}, ${b.ip4()}`, cookie: `__cf_bm=${b.cookie('cf_bm', V.b64url(43))}` }, EdgeResponseStatus: b.kf('EdgeResponseStatus', 403) });
}

export function graphqlGateway(b) {
  const op = pick(['UpdateRiderProfile', 'AddPaymentMethod', 'SignUp', 'SendMessage']);
  let variables;
  if (op === 'UpdateRiderProfile') variables = { input: { fullName: b.name(), phone: b.phone(), homeAddress: { line1: b.addr(), city: b.city() } } };
  else if (op === 'AddPaymentMethod') variables = { card: { number: b.card(), expMonth: 9, holder: b.latinName() } };
  else if (op === 'SignUp') variables = { email: b.email(), password: b.pw('graphql'), birthDate: b.dob() };
  else variables = { threadId: b.uuid(), text: `mi número es ${b.phone()}` };
  const body = JSON.stringify({ operationName: op, variables, query: `mutation ${op}($input: Input!) { ok }` });
  return O({ level: 'debug', msg: 'graphql request', operationName: b.k(op), body, headers: { authorization: `Bearer ${b.tok('jwt')}` }, complexity: b.kf('complexity', int(3, 120)), trace_id: b.trace() });
}

export function grpcMetadata(b) {
  return T(`${b.ts()} INFO grpc-gateway: /rides.v1.DispatchService/AssignDriver metadata=[authorization: Bearer ${b.tok(pick(['jwt', 'opaque_bearer']))}, x-forwarded-for: ${b.ip()}, x-driver-phone: ${b.phone()}] code=${b.k(pick(['OK', 'DEADLINE_EXCEEDED', 'UNAVAILABLE']))} took=${b.k(`${int(2, 900)}ms`)}`);
}

export function nodePino(b) {
  const cookies = [`connect.sid=${b.cookie('connect_sid', COOKIE_VALUES.connect_sid())}`, `ajs_user_id=${b.cookie('ajs_user', COOKIE_VALUES.ajs_user())}`];
  return O({ level: 30, time: int(1760000000000, 1790000000000), pid: int(10, 9999), hostname: b.k(`${pick(V.SERVICES)}-${V.lowerNum(10)}-${V.lowerNum(5)}`), reqId: b.req(),
    req: { method: 'POST', url: b.k(pick(['/v1/orders', '/v1/payouts/batch', '/v1/matches/like'])), headers: { cookie: cookies.join('; '), 'x-api-key': b.key(pick(['stripe_restricted', 'sendgrid', 'google_api'])) }, remoteAddress: b.ip(), remotePort: int(1024, 65000) },
    res: { statusCode: b.kf('statusCode', pick([201, 400, 422, 500])) }, responseTime: b.kf('responseTime', int(3, 3000)) });
}

export function goZap(b) {
  const host = pick(['pg-orders-primary.internal', 'pg-rides.cluster-ro-cx1.eu-west-1.rds.amazonaws.com', 'payments-db.prod.svc']);
  const user = pick(['orders_rw', 'app', 'payout_svc']);
  const dsn = `postgres://${user}:${b.connPw('postgres_url')}@${host}:5432/${pick(['orders', 'rides', 'payouts'])}?sslmode=require`;
  b.k(host);
  return T(JSON.stringify({ level: 'error', ts: int(1760000000, 1790000000) + 0.123, caller: b.k(`store/${pick(['pg.go', 'pool.go'])}:${int(20, 300)}`), msg: 'failed to connect', dsn, error: 'dial tcp: i/o timeout', retries: b.kf('retries', int(1, 5)) }));
}

export function kotlinStack(b) {
  const e = b.email();
  const card = b.card();
  return T([
    `${b.ts()} ERROR [payments-gw,${V.hex(16)}] c.e.p.CardTokenizer : tokenize failed for customer ${e}`,
    `com.example.payments.TokenizationException: PAN ${card} rejected by vault (reason=${b.k('LUHN_OK_BIN_BLOCKED')})`,
    `\tat com.example.payments.CardTokenizer.tokenize(CardTokenizer.kt:${int(30, 300)})`,
    `\tat com.example.payments.CheckoutController.pay(CheckoutController.kt:${int(30, 300)})`,
    `\tat kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)`,
    `Caused by: java.net.SocketTimeoutException: Read timed out after ${b.k('30000ms')}`,
  ].join('\n'));
}

export function swiftVapor(b) {
  return T(`[ ${pick(['INFO', 'ERROR', 'WARNING'])} ] POST /api/v3/hosts/verify [request-id: ${b.req()}] host.name="${b.name()}" host.taxId="${b.nid(pick(['us_ssn', 'fr_nir', 'es_dni', 'tr_tckn']))}" payout.iban="${b.iban()}" (App/Controllers/HostController.swift:${int(20, 400)})`);
}

export function pgSlowQuery(b) {
  const q = pick([
    () => `SELECT id, status FROM riders WHERE email = '${b.email()}' AND phone = '${b.phone()}'`,
    () => `UPDATE couriers SET iban = '${b.iban()}', tax_id = '${b.nid(pick(['br_cpf', 'in_aadhaar', 'pl_pesel']))}' WHERE id = ${int(1000, 99999)}`,
    () => `INSERT INTO users (name, date_of_birth, password_hash) VALUES ('${b.name()}', '${b.dob()}', '$2b$12$${V.b64(53).replace(/[+/]/g, '.')}')`,
  ])();
  return T(`${b.k(`2026-0${int(1, 6)}-1${int(0, 9)} 0${int(0, 9)}:1${int(0, 9)}:2${int(0, 9)}.${int(100, 999)} UTC`)} [${int(1000, 99999)}] LOG:  duration: ${b.k(`${int(1000, 9000)}.${int(100, 999)} ms`)}  statement: ${q}`);
}

export function pgConnError(b) {
  const host = b.k(pick(['pg-bookings.prod.internal', 'timescale-gps.internal', 'pg-chat-replica-2']));
  const pw = b.connPw(pick(['libpq_kv', 'jdbc']));
  const s = chance(0.5) ? `host=${host} port=5432 dbname=${b.k('bookings')} user=booking_app password=${pw} sslmode=verify-full` : `jdbc:postgresql://${host}:5432/${b.k('gps_pings')}?user=gps_writer&password=${pw}&ssl=true`;
  return T(`${b.ts()} FATAL HikariPool-1 - Exception during pool initialization: could not connect using "${s}": ${b.k('FATAL: password authentication failed for user')}`);
}

export function redisMonitor(b) {
  const ip = b.ip();
  const v = int(0, 2);
  if (v === 0) return T(`${int(1760000000, 1790000000)}.${V.digits(6)} [0 ${ip}:${int(30000, 60000)}] "AUTH" "${b.s('password', 'redis_auth', V.connPassword())}"`);
  if (v === 1) return T(`${int(1760000000, 1790000000)}.${V.digits(6)} [2 ${ip}:${int(30000, 60000)}] "SET" "sess:${V.hex(24)}" "${JSON.stringify({ userId: int(1000, 9999999), email: b.email(), otp: b.other('otp') }).replace(/"/g, '\\"')}" ${b.k('"EX" "900"')}`);
  return T(`${b.ts()} redis client error: connect ${b.k('ECONNREFUSED')} url=rediss://default:${b.connPw('redis_url')}@${b.k('cache-sessions.abc123.use1.cache.amazonaws.com')}:6380/0`);
}

export function mongoProfiler(b) {
  return O({ op: 'query', ns: b.k(pick(['matchdb.profiles', 'chat.messages', 'fit.workouts'])), command: { find: 'profiles', filter: { $or: [{ phone: b.phone() }, { email: b.email() }] }, projection: { _id: 1 } },
    keysExamined: b.kf('keysExamined', int(0, 900)), docsExamined: b.kf('docsExamined', int(0, 90000)), millis: b.kf('millis', int(100, 9000)), client: `${b.ip()}:${int(30000, 60000)}`, user: b.k('app@admin') });
}

export function esQuery(b) {
  const body = JSON.stringify({ query: { bool: { must: [{ match: { 'guest.full_name': b.name() } }, { term: { 'guest.passport': b.s('national_id', 'passport', `${pick(['C', 'K', 'P', 'X'])}${V.upperNum(8)}`) } }] } } });
  return O({ index: b.k(pick(['bookings-2026.04', 'hotel-guests-v3'])), took: b.kf('took', int(1, 900)), source: body, hit: { _id: b.uuid(), _source: { guest: { email: b.email(), address: b.addr(), birth_date: b.dob() } } } });
}

export function k8sEnvDump(b) {
  const lines = [
    `LOG_LEVEL=${b.k('info')}`,
    `DATABASE_URL=postgresql://api:${b.connPw('env_url')}@${b.k('pg-main.prod.svc.cluster.local')}:5432/main`,
    `STRIPE_SECRET_KEY=${b.key('stripe_secret')}`,
    `${pick(['SENDGRID_API_KEY', 'MAILGUN_API_KEY', 'BREVO_API_KEY'])}=${b.key(pick(['sendgrid', 'mailgun', 'brevo']))}`,
    `JWT_SECRET=${b.other('jwt_signing')}`,
    `ADMIN_PASSWORD=${b.pw('env')}`,
    `HTTP_TIMEOUT_MS=${b.k('15000')}`,
    `GIT_COMMIT=${b.k(V.commitSha())}`,
  ];
  return T(`pod/${pick(V.SERVICES)}-7d9f${V.lowerNum(5)} env:\n${lines.join('\n')}`);
}

export function utilInspectConfig(b) {
  const cfg = {
    db: { host: 'mongo-rs0.internal', uri: `mongodb+srv://matchapp:${b.connPw('mongo_srv')}@${b.k('cluster0.x7kq2.mongodb.net')}/match?retryWrites=true` },
    amqp: `amqp://dispatch:${b.connPw('amqp')}@rabbit.internal:5672/%2F`,
    payments: { adyenApiKey: b.key('adyen'), webhookHmac: b.other('hmac_key'), merchantAccount: b.k('ExampleRidesBR') },
    maps: { key: b.key(pick(['google_api', 'mapbox_secret'])) },
    limits: { maxRetries: int(2, 8), tokenTtlSeconds: pick([900, 3600]) },
  };
  b.k(`maxRetries: ${cfg.limits.maxRetries}`); b.k(`tokenTtlSeconds: ${cfg.limits.tokenTtlSeconds}`);
  return T(`config loaded: ${inspect(cfg, { depth: 4, breakLength: Infinity })}`);
}

export function terraformCi(b) {
  const user = b.home('linux');
  return T([
    `+ cd /home/${user}/infra/live/prod/eu-west-1`,
    `+ export AWS_ACCESS_KEY_ID=${b.key('aws_access_key')}`,
    `+ export AWS_SECRET_ACCESS_KEY=${b.other('aws_secret')}`,
    `aws_db_instance.rides: Modifying... [id=${b.k(`rides-prod-${V.lowerNum(6)}`)}]`,
    `Apply complete! Resources: ${b.k(`${int(0, 9)} added, ${int(1, 9)} changed`)}, 0 destroyed.`,
  ].join('\n'));
}

export function kafkaConsumer(b) {
  const payload = JSON.stringify({ driverId: `drv_${V.lowerNum(8)}`, licence: { holder: b.name(), dob: b.dob() }, location: (() => { const g = b.geo('kafka_json'); return { lat: Number(g.lat), lng: Number(g.lng) }; })() });
  return O({ topic: b.k(pick(['driver.onboarding.v2', 'courier.location.v1'])), partition: int(0, 63), offset: int(100000, 99999999), headers: { traceparent: `00-${b.trace()}-${V.spanId()}-01`, authorization: `Bearer ${b.tok('jwt')}`, sourceIp: b.ip() }, value: payload }, [['headers']]);
}

export function s3Presigned(b) {
  const akid = b.key('aws_access_key');
  const sig = b.other('url_signature');
  const url = `https://${b.k('kyc-docs-prod.s3.eu-central-1.amazonaws.com')}/selfies/${V.uuid()}.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${akid}%2F20260412%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20260412T101500Z&${b.k('X-Amz-Expires=900')}&X-Amz-SignedHeaders=host&X-Amz-Signature=${sig}`;
  return chance(0.5) ? T(`kyc-orchestrator generated upload url ${url}`) : O({ msg: 'presign', url, expiresIn: b.kf('expiresIn', 900) });
}

export function oauthExchange(b) {
  const form = `grant_type=${pick(['authorization_code', 'refresh_token'])}&code=${b.tok('oauth_code')}&client_id=${b.k(`${V.digits(12)}-${V.lowerNum(32)}.apps.googleusercontent.com`)}&client_secret=${b.other('client_secret')}&redirect_uri=${encodeURIComponent('https://www.example-trips.com/auth/google/callback')}`;
  return O({ msg: 'token exchange', provider: b.k('google'), requestBody: form, response: { access_token: b.tok('google_oauth'), refresh_token: b.tok('refresh'), expires_in: b.kf('expires_in', 3599), id_token: b.tok('jwt') } });
}

export function socialLogin(b) {
  const provider = pick(['apple', 'facebook', 'google']);
  const tok = provider === 'apple' ? b.tok('apple_id_token') : provider === 'facebook' ? b.tok('facebook') : b.tok('jwt');
  return O({ event: 'social_login', provider: b.k(provider), credential: tok, profile: { name: b.name(), email: b.email(), picture: b.k(`https://cdn.example-match.com/avatars/default-${int(1, 9)}.png`) }, linkedAt: b.ts() });
}

export function magicLinkEmail(b) {
  const to = b.email();
  return T(`mailer: queued template=${b.k('magic-link-v4')} to=${to} link=https://auth.example-fit.com/m/${b.tok('magic_link')} expiresIn=${b.k('15m')} provider=${b.k('postmark')}`);
}

export function otpSms(b) {
  const lang = int(0, 3);
  const code = b.other('otp');
  const body = [`Your verification code is ${code}`, `Seu código de verificação é ${code}`, `Kode verifikasi Anda: ${code}. Jangan bagikan kode ini.`, `認証コード: ${code}`][lang];
  return T(`${b.ts()} sms-gw twilio send to=${b.phone()} from=${b.k('ExampleRide')} body="${body}" sid=${b.k(`SM${V.hex(32)}`)}`);
}

export function passwordReset(b) {
  return O({ action: 'password_reset', email: b.email(), resetUrl: `https://accounts.example-eats.com/reset?token=${b.tok('reset')}`, newPassword: chance(0.5) ? b.pw('reset_form') : undefined, ip: b.ip(), policy: { minLength: b.kf('minLength', 10), requireSymbol: b.kf('requireSymbol', true) } });
}

export function loginAudit(b) {
  const v = int(0, 2);
  if (v === 0) return O({ event: 'login_failed', username: b.email(), password: b.pw('login'), reason: b.k('INVALID_CREDENTIALS'), ip: b.ip(), attempts: b.kf('attempts', int(1, 5)) });
  if (v === 1) return O({ event: 'mfa_enroll', userId: b.uuid(), totpSecret: b.other('totp_seed'), recoveryCodes: [b.other('recovery_code'), b.other('recovery_code'), b.other('recovery_code')], ip: b.ip() });
  return T(`auth: user ${b.email()} logged in with basic auth header "Basic ${b.s('password', 'basic_b64', V.b64enc(`${V.email()}:${V.password()}`))}" from ${b.ip()} ${b.k('status=200')}`);
}

export function setCookieResponse(b) {
  return O({ statusCode: b.kf('statusCode', 302), location: b.k('/dashboard'), headers: { 'set-cookie': [
    `__Secure-next-auth.session-token=${b.cookie('nextauth', COOKIE_VALUES.nextauth())}; Path=/; HttpOnly; Secure; SameSite=Lax`,
    `_rides_session=${b.cookie('rails_session', COOKIE_VALUES.rails_session())}; path=/; HttpOnly`,
    `refresh=${b.cookie('refresh_cookie', COOKIE_VALUES.refresh_cookie())}; ${b.k('Max-Age=2592000')}; HttpOnly`,
  ] } });
}

export function cookieHeaderText(b) {
  return T(`${b.ts()} DEBUG request headers: Cookie: PHPSESSID=${b.cookie('phpsessid', COOKIE_VALUES.phpsessid())}; _ga=${b.cookie('ga', COOKIE_VALUES.ga())}; _fbp=${b.cookie('fbp', COOKIE_VALUES.fbp())}; csrftoken=${b.cookie('csrf', COOKIE_VALUES.csrf())} | X-Request-Id: ${b.req()}`);
}

export function vaultAudit(b) {
  return O({ time: b.ts(), type: 'response', auth: { client_token: b.s('token', 'vault', `hvs.${V.b64url(91)}`), display_name: b.k('kubernetes-payout-worker') }, request: { path: b.k('secret/data/payout/adyen'), remote_address: b.ip() }, response: { data: { data: { api_key: b.key('adyen'), hmac: b.other('hmac_key') } } } });
}

export function grpcTlsConfig(b) {
  return O({ service: b.k('fare-quote'), tls: { cert: b.k('/etc/tls/fare-quote.crt'), key: b.pem(pick(['ec', 'rsa', 'pkcs8'])) }, minVersion: b.kf('minVersion', 'TLS1.3') });
}

export const BACKEND = { edgeAccess, wafEvent, graphqlGateway, grpcMetadata, nodePino, goZap, kotlinStack, swiftVapor, pgSlowQuery, pgConnError, redisMonitor, mongoProfiler, esQuery, k8sEnvDump, utilInspectConfig, terraformCi, kafkaConsumer, s3Presigned, oauthExchange, socialLogin, magicLinkEmail, otpSms, passwordReset, loginAudit, setCookieResponse, cookieHeaderText, vaultAudit, grpcTlsConfig };

export function deployKeyLeak(b) {
  const user = b.home('linux');
  return T(`deploy-bot: ssh-add failed for /home/${user}/.ssh/id_ed25519_deploy (${b.k('error in libcrypto')}); key file contents follow\n${b.pem('openssh')}\nhost=${b.k('bastion.eu-west-1.example-rides.net')}`);
}
BACKEND.deployKeyLeak = deployKeyLeak;
