// Node.js emitters: loggers, frameworks, HTTP clients, ORMs/drivers, queues. One function per source.
import { int, pick, hex, alnum, lower, digits, b64url, uuid, traceId, spanId, ts, epochMs, orderId, invoiceId, sku, hostname, requestId, publishable } from './values.mjs';

const obj = (record) => ({ format: 'object', record });
const txt = (record) => ({ format: 'text', record });

export const nodeFamilies = {
  'pino-child'(c) {
    const p = c.name('user_object');
    return obj({ level: 30, time: epochMs(), pid: int(10, 9999), hostname: c.k(hostname()), module: 'signup', msg: 'account created',
      user: { id: c.k(uuid()), displayName: p.full, contact: { email: c.mail(p), mobile: c.tel() }, locale: pick(['de-DE', 'en-GB', 'pt-BR']) },
      signup: { ip: c.ip('nested_ip'), plan: c.k(pick(['Basic Plan', 'Team Plan (annual)'])), referral: c.k(`ref_${lower(8)}`) }, passwordScore: c.kf('passwordScore', int(1, 4)) });
  },
  'winston-meta'(c) {
    const p = c.name();
    return obj({ level: 'warn', message: `Payment declined for ${p.full} (order ${c.k(orderId())})`, timestamp: c.k(ts()), service: 'checkout-api',
      meta: { card: { number: c.card('nested_pan'), expiry: `${int(1, 12)}/${int(26, 31)}` }, gateway: 'adyen', declineCode: c.k(pick(['05', '51', '54'])), billingAddress: { line1: c.addr().value } } });
  },
  'winston-printf'(c) {
    const rid = c.k(requestId());
    return txt(`${ts()} [${pick(['info', 'error', 'debug'])}] ${rid} POST /api/v2/login user=${c.mail(undefined, 'kv')} password=${c.pw('kv')} ip=${c.ip('kv')} ${c.k(`took=${int(20, 900)}ms`)}`);
  },
  'bunyan-err'(c) {
    const conn = c.cpw('url_in_error');
    const host = c.k(`${pick(['orders', 'ledger'])}-db.prod.internal`);
    return obj({ name: 'ledger-svc', hostname: hostname(), pid: int(100, 9999), level: 50, v: 0, time: ts(),
      err: { message: `connect ECONNREFUSED postgres://ledger_app:${conn}@${host}:5432/ledger`, name: 'Error', stack: `Error: connect ECONNREFUSED\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)\n    at /home/${c.home(pick(['mkowalski', 'aferreira', 'jtanaka', 'bokafor']), 'stack')}/src/ledger/db.js:41:11`, code: 'ECONNREFUSED' },
      msg: 'pool error', retryDelayMs: c.kf('retryDelayMs', 500) });
  },
  'nestjs-logger'(c) {
    const p = c.name('message');
    const ctx = pick(['AuthService', 'UsersController', 'MailerService']);
    return txt(`[Nest] ${int(1000, 9999)}  - ${int(1, 12)}/${int(1, 28)}/2025, ${int(1, 12)}:${int(10, 59)}:${int(10, 59)} PM     LOG [${ctx}] ${pick(['Password reset requested', 'Invitation sent', 'MFA enrolled'])} for ${p.full} <${c.mail(p, 'angle')}> via ${c.tel(undefined, 'message')} ${c.k(`+${int(2, 90)}ms`)}`);
  },
  'fastify-req'(c) {
    const reqId = c.k(`req-${int(1, 9999)}`);
    const t = c.tok('authorization_bearer');
    return obj({ level: 30, time: epochMs(), reqId, req: { method: 'GET', url: `/v1/invoices/${c.k(invoiceId())}?expand=lines`, hostname: 'billing.kestrelpay.com', remoteAddress: c.ip('remoteAddress'), remotePort: c.kf('remotePort', int(30000, 65000)),
      headers: { authorization: `Bearer ${t}`, 'x-api-version': c.k('2024-11-20'), 'user-agent': 'okhttp/4.12.0' } }, msg: 'incoming request' });
  },
  'nextjs-server'(c) {
    const k = c.key('env_echo');
    const p = c.name('console_log');
    return txt(` ⨯ Error: Failed to fetch user profile for ${p.full}\n    at getServerSideProps (/Users/${c.home(pick(['lena.hofmann', 'rpatel', 'sgarcia', 'dkim']), 'macos')}/code/storefront/.next/server/pages/account.js:212:19)\n    at async renderToHTMLImpl (node_modules/next/dist/server/render.js:${int(500, 900)}:20) {\n  digest: '${c.k(digits(10))}',\n  config: { headers: { 'X-Api-Key': '${k}' } }\n}\n ▲ Next.js ${c.k(`${int(13, 15)}.${int(0, 5)}.${int(0, 20)}`)}`);
  },
  'koa-ctx'(c) {
    const sid = c.ck(b64url(32), 'koa_sess');
    const sig = c.ck(b64url(27), 'koa_sess_sig');
    return obj({ msg: 'unhandled error', status: c.kf('status', 500), request: { method: 'POST', url: '/cart/checkout', header: { host: 'shop.brightmoor.co', cookie: `koa.sess=${sid}; koa.sess.sig=${sig}`, 'x-forwarded-for': `${c.ip('xff')}, 10.0.${int(0, 9)}.${int(1, 99)}` } },
      state: { cartId: c.k(`cart_${lower(12)}`), items: [{ sku: c.k(sku()), qty: 1 }] } });
  },
  'morgan-dev'(c) {
    const tk = b64url(40);
    return txt(`${c.ip('remote_addr')} - - [${int(10, 28)}/Mar/2025:${int(10, 23)}:${int(10, 59)}:${int(10, 59)} +0000] "GET /auth/callback?code=${c.s(b64url(30), 'token', 'oauth_code_query')}&state=${c.k(hex(16))}&access_token=${c.s(tk, 'token', 'query_access_token')} ${c.k('HTTP/1.1" 302')} - "-" "Mozilla/5.0 (X11; Linux x86_64)" ${int(2, 90)}.${int(100, 999)} ms`);
  },
  'axios-error'(c) {
    const key = c.key('header_in_config');
    return obj({ level: 'error', msg: 'upstream call failed', err: { name: 'AxiosError', message: `Request failed with status code ${c.k('429')}`, code: 'ERR_BAD_REQUEST',
      config: { url: 'https://api.shipfast.example/v3/labels', method: 'post', headers: { Accept: 'application/json', 'X-Api-Key': key, 'Content-Type': 'application/json' },
        data: JSON.stringify({ to: { name: c.name('json_in_string').full, street: c.addr().value, phone: c.tel() }, parcel: { weightGrams: 1200 }, reference: c.k(orderId()) }) },
      response: { status: 429, headers: { 'retry-after': '30', 'x-ratelimit-remaining': '0' } } } });
  },
  'undici-cause'(c) {
    const pw = c.cpw('proxy_url');
    return txt(`TypeError: fetch failed\n    at node:internal/deps/undici/undici:13502:13\n    at async syncCatalog (/srv/app/dist/jobs/catalog.js:88:17) {\n  [cause]: Error: getaddrinfo ENOTFOUND proxy.corp.example\n      at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26) {\n    errno: -3008,\n    code: 'ENOTFOUND',\n    syscall: 'getaddrinfo',\n    hostname: 'proxy.corp.example',\n    proxy: 'http://svc-catalog:${pw}@proxy.corp.example:3128'\n  }\n}\nrequestId=${c.k(requestId())} attempt=${c.k(`${int(1, 3)}/5`)}`);
  },
  'got-retry'(c) {
    const p = c.V.person();
    return obj({ event: 'http.retry', attempt: int(1, 4), url: `https://hooks.partner.example/crm/contacts?api_key=${c.key('query_api_key')}&page=${int(1, 9)}`,
      body: { contact: { first_name: c.first(p), last_name: c.last(p), email: c.mail(p), date_of_birth: c.dob('iso') } }, timings: { ...{ phases: { total: int(100, 4000) } } }, ...{ ['x-trace']: c.k(traceId()) } });
  },
  typeorm(c) {
    const p = c.name('sql_param');
    return txt(`query: INSERT INTO "customer"("id", "full_name", "email", "phone", "iban", "created_at") VALUES ($1, $2, $3, $4, $5, DEFAULT) RETURNING "created_at" -- PARAMETERS: ["${c.k(uuid())}","${p.full}","${c.mail(p, 'sql_param')}","${c.tel(undefined, 'sql_param')}","${c.iban(undefined, false, 'sql_param')}"]`);
  },
  sequelize(c) {
    const p = c.V.person();
    return txt(`Executing (default): UPDATE \`users\` SET \`password_hash\`='$2b$12$${c.s(b64url(53).replace(/[-_]/g, 'x'), 'password', 'bcrypt_hash')}',\`last_login_ip\`='${c.ip('sql_literal')}',\`updatedAt\`='${c.k('2025-06-14 09:12:44')}' WHERE \`id\` = ${c.k(String(int(10000, 99999)))} AND \`email\` = '${c.mail(p, 'sql_literal')}'`);
  },
  knex(c) {
    const p = c.name('bindings');
    return obj({ level: 20, msg: 'knex:query', sql: 'select * from "patients" where "national_id" = ? and "dob" = ? limit ?', bindings: [c.nid(), c.dob('iso', 'bindings'), 1], __knexQueryUid: c.k(b64url(21)), method: 'first', ...{ patientName: p.full } });
  },
  'mongoose-debug'(c) {
    const p = c.name('mongoose_doc');
    return txt(`Mongoose: accounts.updateOne({ _id: ObjectId("${c.k(hex(24))}") }, { '$set': { 'profile.name': '${p.full}', 'profile.email': '${c.mail(p, 'mongoose_doc')}', 'security.totpSecret': '${c.s(c.V.b32(32), 'other_secret', 'totp_seed')}', 'profile.home': { type: 'Point', coordinates: [ ${(() => { const g = c.geo('geojson'); return `${g.lng}, ${g.lat}`; })()} ] } } }, {})`);
  },
  'pg-error'(c) {
    return obj({ severity: 'ERROR', code: c.k('23505'), detail: `Key (email)=(${c.mail(undefined, 'pg_detail')}) already exists.`, schema: 'public', table: 'members', constraint: c.k('members_email_key'),
      connectionString: `postgresql://members_rw:${c.cpw('pg_url')}@${c.k('pg-members.cluster-cx2.eu-central-1.rds.amazonaws.com')}:5432/members?sslmode=require`, ...{ poolSize: c.kf('poolSize', 20) } });
  },
  mysql2(c) {
    const pw = c.pw('cli_flag');
    return txt(`Error: Access denied for user 'reporting'@'${c.ip('mysql_host')}' (using password: YES)\n    at Packet.asError (/app/node_modules/mysql2/lib/packets/packet.js:740:17)\n  code: 'ER_ACCESS_DENIED_ERROR', errno: 1045, sqlState: '${c.k('28000')}'\n  cmd: mysql -h ${c.k('mysql-report.internal')} -u reporting -p'${pw}' analytics`);
  },
  bullmq(c) {
    const p = c.V.person();
    return obj({ level: 'error', msg: 'job failed', queue: 'emails', jobId: c.k(String(int(10000, 999999))), attemptsMade: c.kf('attemptsMade', int(1, 5)),
      data: { template: 'welcome', to: c.mail(p, 'job_data'), vars: { firstName: c.first(p), verifyUrl: `https://app.tallyhq.dev/verify?token=${c.s(b64url(43), 'token', 'verify_link')}` } }, failedReason: `SMTP 421 from ${c.k('smtp.mailrelay.example')}` });
  },
  amqplib(c) {
    const body = JSON.stringify({ type: 'payout.requested', payee: { name: c.name('amqp_body').full, iban: c.iban(undefined, false, 'amqp_body') }, amount: { value: c.k(`${int(10, 9000)}.${int(10, 99)}`), currency: 'EUR' } });
    return obj({ msg: 'consumed', fields: { deliveryTag: int(1, 9999), exchange: 'payouts', routingKey: c.k('payout.requested.v2') }, properties: { messageId: c.k(uuid()), headers: { 'x-retry': 0 } }, content: body,
      broker: `amqps://payouts:${c.cpw('amqp_url')}@rabbit.internal:5671/prod` });
  },
  'nats-msg'(c) {
    return txt(`[${int(1000, 9999)}] ${ts()} [TRC] ${c.ip('nats_client')}:${int(40000, 60000)} - cid:${int(1, 900)} - <<- [PUB rides.location ${int(80, 200)}]\n[${int(1000, 9999)}] [TRC] <<- MSG_PAYLOAD: ["{\\"rideId\\":\\"${c.k(`ride_${lower(10)}`)}\\",\\"driver\\":\\"${c.name('escaped_json').full}\\",\\"pos\\":[${(() => { const g = c.geo('escaped_json'); return `${g.lat},${g.lng}`; })()}]}"]`);
  },
  'next-auth'(c) {
    const st = c.ck(c.V.jwt(), 'next_auth_session');
    const csrf = c.ck(`${hex(64)}%7C${hex(64)}`, 'next_auth_csrf');
    return txt(`[next-auth][debug][SESSION] cookie header: __Secure-next-auth.session-token=${st}; __Host-next-auth.csrf-token=${csrf}; __Secure-next-auth.callback-url=${c.k('https%3A%2F%2Fapp.tallyhq.dev%2Fdashboard')}`);
  },
  'express-validator'(c) {
    const p = c.name('validation_value');
    return obj({ level: 'info', msg: 'validation failed', path: '/register', errors: [{ type: 'field', value: c.mail(p, 'validation_value'), msg: 'Email already registered', path: 'email', location: 'body' },
      { type: 'field', value: c.pw('validation_value'), msg: 'Password must contain a symbol', path: 'password', location: 'body' }, { type: 'field', value: p.full, msg: 'ok', path: 'name', location: 'body' }], ...{ minPasswordLength: c.kf('minPasswordLength', 10) } });
  },
  'socketio-handshake'(c) {
    const t = c.jwt('handshake_auth');
    return obj({ msg: 'socket connected', sid: c.k(b64url(20)), handshake: { address: `::ffff:${c.ip('ipv4_mapped')}`, query: { EIO: '4', transport: 'websocket' }, auth: { token: t }, headers: { origin: 'https://chat.brightmoor.co' } }, ...{ namespace: c.k('/support') } });
  },
  'stripe-node'(c) {
    const k = c.key('stripe_error_raw');
    return obj({ level: 'error', msg: 'Stripe error', type: 'StripeCardError', raw: { code: 'card_declined', decline_code: c.k('insufficient_funds'), charge: c.k(`ch_${alnum(24)}`), payment_method: { card: { last4: c.V.card().last4, brand: 'visa', fingerprint: c.k(alnum(16)) }, billing_details: { name: c.name('billing_details').full, email: c.mail() } } },
      headers: { authorization: `Bearer ${k}`, 'idempotency-key': c.k(uuid()), 'stripe-version': '2024-06-20' }, publishableKey: c.k(publishable()) });
  },
  'prisma-tracing'(c) {
    const p = c.name('otel_attr');
    return obj({ name: 'prisma:engine:db_query', traceId: c.k(traceId()), spanId: c.k(spanId()), attributes: { 'db.statement': `SELECT "public"."User"."id" FROM "public"."User" WHERE "public"."User"."email" = $1 LIMIT $2 /* traceparent='00-${traceId()}-${spanId()}-01' */`, 'db.params': JSON.stringify([c.mail(p, 'otel_attr'), 1]) }, durationMs: int(1, 80), ...{ enduser: p.full } });
  },
  'node-config-dump'(c) {
    const u = pick(['tnguyen', 'rsilva', 'ahmedk', 'mwojcik']);
    return obj({ msg: 'effective config', config: { server: { port: c.kf('port', 8080), trustProxy: true }, session: { secret: c.sec('session_secret'), maxAgeMs: c.kf('maxAgeMs', 86400000) }, jwt: { privateKey: c.priv('PRIVATE KEY', 'config_pem'), issuer: c.k('https://auth.tallyhq.dev') },
      redis: { url: `rediss://default:${c.cpw('redis_url')}@cache.internal:6380/0` }, uploadsDir: `/home/${c.home(u, 'config')}/uploads`, tokenTtlSeconds: c.kf('tokenTtlSeconds', 900) } });
  },
};

