// The company's own Node services: Koa/Express APIs, workers, the Next.js server, the GraphQL gateway.
const UA = ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  'okhttp/4.12.0', 'Ledgerly-iOS/5.14.2 (iPhone; iOS 17.5)', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)'];

export function koaAccess(V, r) {
  const jwt = r.s(V.jwt(), 'token', 'jwt_bearer');
  const sid = r.s(V.sessionId(), 'cookie', 'session');
  const csrf = r.s(V.opaque(32), 'cookie', 'csrf');
  const ip = r.s(V.chance(0.8) ? V.ipv4() : V.ipv6(), 'ip', 'xff');
  const svc = V.pick(['billing-api', 'accounts-api', 'reports-api']);
  return r.obj({
    level: 30, time: r.k(V.ts()), pid: r.kf('pid', V.int(7, 90)), hostname: r.k(V.podName(svc)), name: svc,
    req: {
      id: r.k(V.reqId()), method: V.pick(['GET', 'POST', 'PATCH']), url: `/v2/invoices/${r.k(V.invoiceId())}?expand=lines`,
      headers: { host: r.k('api.ledgerly.io'), authorization: `Bearer ${jwt}`, cookie: `ldg_sid=${sid}; ldg_csrf=${csrf}; theme=dark`,
        'x-forwarded-for': ip, 'user-agent': V.pick(UA), 'x-request-id': r.k(V.uuid()) },
    },
    res: { statusCode: r.kf('statusCode', V.pick([200, 201, 204, 304, 404, 409])), headers: { 'content-length': String(V.int(80, 9000)) } },
    responseTime: r.kf('responseTime', V.int(2, 900)), msg: 'request completed',
  });
}

export function expressError(V, r) {
  const p = V.person();
  const email = r.s(V.email(p), 'email', 'pg_detail');
  const pass = r.s(V.urlPassword(), 'connection_string', 'postgres_url');
  const user = r.s(V.homeUser(p), 'home_path', 'macos');
  const trace = r.k(V.traceId());
  const stack = `QueryFailedError: duplicate key value violates unique constraint "users_email_key"\n    at PostgresQueryRunner.query (/Users/${user}/code/ledgerly/node_modules/typeorm/driver/postgres/PostgresQueryRunner.js:219:19)\n    at async UsersService.create (/Users/${user}/code/ledgerly/apps/accounts-api/src/users/users.service.ts:88:7)`;
  return r.obj({
    level: 'error', timestamp: r.k(V.ts()), service: 'accounts-api', env: 'local', traceId: trace,
    err: {
      type: 'QueryFailedError', message: 'duplicate key value violates unique constraint "users_email_key"',
      detail: `Key (email)=(${email}) already exists.`, stack,
      cause: { name: 'DatabaseError', code: r.kf('code', '23505'), cause: { message: `pool config: postgres://accounts:${pass}@localhost:5432/accounts_dev`, poolSize: r.kf('poolSize', 10) } },
    },
  });
}

export function workerJob(V, r) {
  const p = V.person();
  const name = r.s(p.full, 'person_name', 'job_data');
  const email = r.s(V.email(p), 'email', 'job_data');
  const phone = r.s(V.phone(), 'phone', 'job_data');
  const jobId = r.k(String(V.int(100000, 9999999)));
  if (V.chance(0.5)) {
    return r.text(`[notify-worker] ${r.k(V.ts())} job=${jobId} queue=${r.k('emails:transactional')} attempt=${V.int(1, 3)}/5 template=${r.k('invoice-overdue-v3')} to="${name} <${email}>" sms_fallback="${phone}" status=failed err="SMTP 451 4.7.1 try again later" ${r.k(`duration_ms=${V.int(20, 4000)}`)}`);
  }
  const geo = V.geo();
  return r.obj({
    level: 40, msg: 'delivery job retried', queue: r.k('deliveries:schedule'), jobId,
    data: { recipient: { name, email, phone }, dropoff: { lat: Number(r.s(geo.lat, 'geo', 'lat')), lng: Number(r.s(geo.lng, 'geo', 'lng')) }, invoiceId: r.k(V.invoiceId()) },
    opts: { attempts: r.kf('attempts', 5), backoff: { type: 'exponential', delay: r.kf('delay', 30000) } },
  });
}

export function nextServer(V, r) {
  const p = V.person();
  const email = V.email(p);
  const enc = r.s(encodeURIComponent(email), 'email', 'url_encoded');
  const tok = r.s(V.opaque(V.int(32, 48)), 'token', 'magic_link');
  const ip = r.s(V.ipv4(), 'ip', 'next_log');
  const ms = V.int(8, 2400);
  if (V.chance(0.5)) {
    return r.text(`${r.k(V.ts())}  GET /auth/verify?email=${enc}&token=${tok}&callbackUrl=%2Fdashboard 302 in ${r.k(`${ms}ms`)} (client ${ip}, build ${r.k(V.sha().slice(0, 12))})`);
  }
  const user = r.s(V.homeUser(), 'home_path', 'linux');
  return r.text(`[next-auth][error][CALLBACK_EMAIL_ERROR] ${r.k('https://next-auth.js.org/errors#callback_email_error')} Error: invalid token for ${enc}\n    at verify (/home/${user}/ledgerly-web/.next/server/chunks/8571.js:1:20${V.int(100, 999)})\n  url: /api/auth/callback/email?token=${tok}&email=${enc}\n  ip: ${ip}  region: ${r.k(V.place())}`);
}

export function graphqlGateway(V, r) {
  const p = V.person();
  const pw = r.s(V.password(), 'password', 'gql_variable');
  const dob = r.s(V.dob('iso'), 'dob', 'gql_literal');
  const st = V.street();
  const street = r.s(st.line, 'address', 'gql_literal');
  const email = r.s(V.email(p), 'email', 'gql_variable');
  const name = r.s(p.full, 'person_name', 'gql_variable');
  return r.obj({
    level: 'info', service: 'graphql-gateway', operationName: r.k('UpdateProfile'),
    query: `mutation UpdateProfile($input: ProfileInput!) { updateProfile(input: $input, dateOfBirth: "${dob}", address: { line1: "${street}", city: "${st.city}" }) { id updatedAt } }`,
    variables: { input: { displayName: name, email, currentPassword: pw, locale: r.k(V.pick(['de-DE', 'en-GB', 'fr-FR', 'pl-PL'])) } },
    extensions: { persistedQuery: { version: 1, sha256Hash: r.k(V.sha256()) } },
    timing: { parseMs: r.kf('parseMs', V.int(0, 4)), executeMs: r.kf('executeMs', V.int(5, 700)) },
    traceparent: `00-${r.k(V.traceId())}-${r.k(V.spanId())}-01`,
  });
}

export function utilInspect(V, r) {
  const sk = r.s(V.stripeSecret(), 'api_key', 'stripe_secret');
  const pk = r.k(V.stripePublishable());
  const dbpw = r.s(V.password(), 'password', 'inspect_config');
  const wh = r.s(V.webhookSecret(), 'other_secret', 'webhook_secret');
  const cid = r.k(V.oauthClientId());
  const cs = r.s(V.clientSecret(), 'other_secret', 'oauth_client_secret');
  return r.text(`[billing-api] ${r.k(V.ts())} debug loaded config {\n  db: { host: '${r.k('pg-primary.ledgerly.internal')}', port: 5432, user: 'billing', password: '${dbpw}', ssl: true },\n  stripe: {\n    secretKey: '${sk}',\n    publishableKey: '${pk}',\n    webhookSecret: '${wh}',\n    apiVersion: '${r.k('2025-04-30.basil')}'\n  },\n  oauth: { clientId: '${cid}', clientSecret: '${cs}', ${r.k(`tokenTtlSeconds: ${V.pick([900, 3600])}`)} },\n  passwordPolicy: { ${r.k(`minLength: ${V.int(10, 16)}`)}, requireSymbol: true },\n  [Symbol(kConfigSource)]: 'vault'\n}`);
}

export function envDump(V, r) {
  const pg = r.s(V.urlPassword(), 'connection_string', 'env_postgres');
  const rd = r.s(V.opaque(V.int(24, 40)), 'connection_string', 'env_redis');
  const jwk = r.s(V.hmacKey(), 'other_secret', 'jwt_signing_key');
  const sg = r.s(V.sendgrid(), 'api_key', 'sendgrid');
  const dd = r.s(V.ddKey(), 'api_key', 'datadog');
  const port = V.pick([3000, 8080, 4000]);
  const lines = [
    `NODE_ENV=production`, r.k(`PORT=${port}`), `DATABASE_URL=postgres://ledger_app:${pg}@pg-primary.ledgerly.internal:5432/ledger`,
    `REDIS_URL=rediss://:${rd}@redis-sessions.ledgerly.internal:6380/0`, `JWT_SIGNING_KEY=${jwk}`, `SENDGRID_API_KEY=${sg}`,
    `DD_API_KEY=${dd}`, r.k(`DD_SERVICE=${V.service()}`), r.k(`SESSION_TTL_SECONDS=${V.pick([3600, 86400, 43200])}`),
    r.k(`PASSWORD_MIN_LENGTH=${V.int(10, 14)}`), r.k(`GIT_SHA=${V.sha()}`), r.k(`TOKEN_REFRESH_WINDOW=${V.int(60, 600)}`),
  ];
  if (V.chance(0.6)) lines.push(`GITHUB_APP_PRIVATE_KEY="${r.s(V.pem(V.pick(['RSA PRIVATE KEY', 'PRIVATE KEY'])), 'private_key', 'env_multiline')}"`);
  const shuffled = [lines[0], lines[1], ...lines.slice(2).sort(() => V.rnd() - 0.5)];
  return r.text(`container ${r.k(V.podName(V.service()))} printed its environment on crash:\n${shuffled.join('\n')}`);
}

export function stripeWebhook(V, r) {
  const p = V.person();
  const email = r.s(V.email(p), 'email', 'json_in_string');
  const name = r.s(p.full, 'person_name', 'json_in_string');
  const st = V.street();
  const line1 = r.s(st.line, 'address', 'json_in_string');
  const phone = r.s(V.phone(), 'phone', 'json_in_string');
  const evt = r.k(`evt_${V.str(24)}`);
  const cus = r.k(V.custId());
  const body = JSON.stringify({ id: evt, type: 'customer.updated', data: { object: { id: cus, email, name, phone, address: { line1, city: st.city.replace(/^[\d -]+/, '') }, invoice_settings: { default_payment_method: `pm_${V.str(24)}` } } } });
  return r.obj({ level: 20, msg: 'stripe webhook received', route: '/webhooks/stripe', rawBody: body, signatureHeader: `t=${V.int(1781000000, 1781600000)},v1=${V.hex(64)}`, livemode: true, apiVersion: r.k('2025-04-30.basil') });
}

export function checkout(V, r) {
  const p = V.person();
  const card = r.s(V.card(), 'card', V.chance(0.5) ? 'body' : 'inspect');
  const holder = r.s(p.full, 'person_name', 'cardholder');
  const order = r.k(V.orderId());
  if (V.chance(0.5)) {
    return r.obj({ level: 'error', msg: 'payment provider rejected card', provider: 'adyen', pspReference: r.k(V.str(16, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ')), orderId: order,
      request: { body: { paymentMethod: { type: 'scheme', number: card, holderName: holder, expiryMonth: String(V.int(1, 12)).padStart(2, '0'), expiryYear: String(V.int(2026, 2031)) }, amount: { value: r.kf('value', V.int(900, 90000)), currency: 'EUR' }, shopperIP: r.s(V.ipv4(), 'ip', 'shopper_ip') } },
      response: { resultCode: r.k('Refused'), refusalReason: 'CVC Declined' } });
  }
  return r.text(`[billing-api] ${r.k(V.ts())} WARN retrying charge ${order} PaymentRequest {\n  cardNumber: '${card}',\n  holder: '${holder}',\n  ${r.k(`attempt: ${V.int(1, 3)}`)},\n  ${r.k(`idempotencyKey: '${V.uuid()}'`)}\n}`);
}
