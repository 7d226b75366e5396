// HTTP clients, web frameworks, error trackers, GraphQL and feature flags.
import { V, J, setIn, frames, homeDir } from './common.mjs';

export const http = {
  axios_error_json(b) {
    const status = V.pick([401, 403, 422, 429, 500, 502]);
    const body = { email: b.email(), password: b.pw('json_body'), phone: b.phone() };
    return { level: 'error', time: b.ts(), msg: 'upstream call failed', err: {
      name: 'AxiosError', message: `Request failed with status code ${status}`, code: b.k(V.pick(['ERR_BAD_REQUEST', 'ERR_BAD_RESPONSE'])),
      config: { method: 'post', url: b.k('https://api.partner-crm.example/v2/contacts'), timeout: 8000,
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: `Bearer ${b.tok()}`, 'X-Api-Key': b.key(), 'X-Request-Id': b.rid() },
        data: J(body) },
      response: { status, statusText: 'Error', data: { error: 'rejected', requestId: b.rid() } } } };
  },
  axios_inspect(b) {
    const t = b.tok(); const k = b.key();
    return `AxiosError: Request failed with status code 401\n${frames(b, V.chance(0.4) ? homeDir(b) : null)} {\n  code: 'ERR_BAD_REQUEST',\n  config: {\n    headers: Object [AxiosHeaders] {\n      Accept: 'application/json, text/plain, */*',\n      Authorization: 'Bearer ${t}',\n      'x-api-key': '${k}',\n      'User-Agent': 'axios/${b.ver()}'\n    },\n    baseURL: '${b.k('https://api.shipping-partner.example')}',\n    method: 'get',\n    url: '/v1/labels/${b.order()}'\n  },\n  response: { status: 401, data: { message: 'invalid credentials' } }\n}`;
  },
  got_http_error(b) {
    const k = b.key(); const e = V.email();
    return `${b.ts()} ERROR [geo-sync] HTTPError: Response code ${V.pick(['400 (Bad Request)', '403 (Forbidden)', '500 (Internal Server Error)'])}\n    url: https://maps.partner.example/v3/geocode?address=${encodeURIComponent('x').slice(0, 0)}${b.s(encodeURIComponent(V.address()[0]), 'address', 'url_encoded')}&key=${k}&contact=${b.s(encodeURIComponent(e), 'email', 'url_encoded')}\n    retryCount: ${V.int(1, 4)}, timings: { phases: { total: ${V.int(50, 9000)} } }\n    code: '${b.k('ERR_NON_2XX_3XX_RESPONSE')}'`;
  },
  undici_fetch_cause(b) {
    const tok = b.tok(); const ip = b.anyIp();
    return { level: 50, time: b.ts(), service: 'checkout', msg: 'fetch failed',
      err: { type: 'TypeError', message: 'fetch failed', stack: `TypeError: fetch failed\n    at node:internal/deps/undici/undici:13502:13\n${frames(b)}`,
        cause: { name: 'ConnectTimeoutError', code: b.k('UND_ERR_CONNECT_TIMEOUT'), message: `Connect Timeout Error (attempted address: ${ip}:443, timeout: 10000ms)` } },
      request: { url: `https://hooks.partner.example/notify?access_token=${tok}&order=${b.order()}`, method: 'POST', headers: [['content-type', 'application/json'], ['x-trace-id', b.trace()]] } };
  },
  node_fetch_error(b) {
    const ip = b.ip(); const pass = b.pw('url_userinfo', V.urlPassword());
    return `FetchError: request to https://svc-reporting:${pass}@reports.internal.example/api/export?since=2026-11-01 failed, reason: connect ECONNREFUSED ${ip}:8443\n    at ClientRequest.<anonymous> (/app/node_modules/node-fetch/lib/index.js:1505:11)\n  type: 'system', errno: '${b.k('ECONNREFUSED')}', erroredSysCall: 'connect'`;
  },
  superagent_error(b) {
    const n = b.name(); const ad = b.addr();
    return { msg: 'carrier API rejected shipment', err: { status: 422, response: { text: J({ errors: [{ field: 'recipient.address', message: `could not validate ${ad}` }], recipient: n }),
      header: { 'x-request-id': b.rid(), 'content-type': 'application/json' } },
      req: { method: 'POST', url: b.k('https://api.carrier.example/shipments'), headers: { authorization: `Basic ${b.pw('basic_b64', V.toB64(`acme-prod:${V.password()}`))}` } } }, shipment: b.order() };
  },
  retry_backoff(b) {
    const hook = b.other('slack_webhook_path', `T${V.upper(8)}/B${V.upper(10)}/${V.alnum(24)}`);
    const n = V.int(2, 5);
    return `[retry] attempt ${n}/5 POST https://hooks.slack.com/services/${hook} failed with ${b.ec()}; backing off ${V.int(200, 6400)}ms (${setIn(b, {}) && b.keep[b.keep.length - 1]})\n[retry] context: incident=${b.ticket()} paged=${b.name()} <${b.email()}>`;
  },
  stripe_webhook(b) {
    const secret = b.other('stripe_whsec', `whsec_${V.alnum(32)}`);
    const sig = b.other('stripe_signature', V.hex(64));
    return { level: 'warn', msg: 'Webhook signature verification failed', endpointSecret: secret,
      headers: { 'stripe-signature': `t=${V.int(1795000000, 1795900000)},v1=${sig}`, 'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)' },
      event: { id: b.k(`evt_${V.alnum(24)}`), type: 'charge.failed', data: { object: { billing_details: { name: b.name(), email: b.email(), address: { line1: b.addr() } } } } } };
  },
  koa_ctx(b) {
    const sid = b.cookie('koa_sess', V.b64url(30)); const sig = b.cookie('koa_sess_sig', V.b64url(27));
    const rec = { level: 'error', msg: 'Unhandled error in middleware', status: 500,
      ctx: { request: { method: 'POST', url: `/api/account/profile?ref=${V.lower(6)}`, header: { host: b.k('shop.example.com'), cookie: `koa.sess=${sid}; koa.sess.sig=${sig}`, 'x-forwarded-for': `${b.ip()}, 10.20.0.7`, authorization: `Bearer ${b.jwt()}` },
        body: { fullName: b.name(), birthDate: b.dob(), taxId: b.nid() } }, state: { user: { id: b.uuid(), email: b.email() } } },
      err: { message: 'Cannot read properties of undefined (reading \'zip\')', stack: `TypeError: Cannot read properties of undefined (reading 'zip')\n${frames(b)}` } };
    return rec;
  },
  express_handler(b) {
    const c1 = b.cookie('connect_sid', `s%3A${V.b64url(32)}.${V.b64(43).replace(/[+/]/g, 'k')}`);
    return `${b.ts()} ERROR express: POST /checkout/confirm 500 ${b.dur()} - ${b.anyIp()} "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2)" cookie="connect.sid=${c1}; _ga=${b.cookie('ga', `GA1.2.${V.int(100000000, 999999999)}.${V.int(1700000000, 1799999999)}`)}; cart=${b.k(V.orderNo())}" body=${J({ email: b.email(), cardNumber: b.card(), cvc: b.other('cvc', V.digits(3)) })}`;
  },
  express_req_maps(b) {
    const rec = { msg: 'request dump (DEBUG_HTTP=1)', reqId: b.rid(),
      headers: { host: b.k('api.shop.example.com'), authorization: `Bearer ${b.tok()}`, 'x-real-ip': b.anyIp(), 'user-agent': 'okhttp/4.12.0' },
      cookies: { session: b.cookie('session', V.b64url(40)), theme: 'dark' },
      query: { email: b.email(), utm_source: 'newsletter' }, body: { phone: b.phone(), street: b.addr() } };
    b.map('headers'); b.map('cookies');
    return rec;
  },
  curl_verbose_dump(b) {
    const tk = b.tok(); const pw = b.pw('form_body', V.urlPassword());
    return `> POST /oauth/token HTTP/1.1\n> Host: ${b.k('auth.shop.example.com')}\n> Content-Type: application/x-www-form-urlencoded\n> X-Request-Id: ${b.rid()}\n>\n> grant_type=password&username=${b.s(encodeURIComponent(V.email()), 'email', 'url_encoded')}&password=${pw}&client_secret=${b.other('oauth_client_secret', V.alnum(40))}\n< HTTP/1.1 200 OK\n< Set-Cookie: __Host-sid=${b.cookie('host_sid', V.b64url(43))}; Path=/; Secure; HttpOnly; SameSite=Lax\n<\n< {"access_token":"${tk}","token_type":"Bearer",${b.set()}}`;
  },
  pino_http(b) {
    return { level: 30, time: 1795000000000 + V.int(0, 9e8), pid: V.int(10, 9000), hostname: b.k(`api-${V.lower(5)}-${V.lower(5)}`), reqId: b.rid(),
      req: { method: 'GET', url: `/v1/me?session_token=${b.tok()}`, remoteAddress: `::ffff:${b.ip()}`, remotePort: V.int(30000, 60000),
        headers: { cookie: `_shop_session=${b.cookie('rails_like_session', V.b64(60).replace(/[+/]/g, 'x') + '--' + V.hex(40))}; locale=de-DE`, 'x-api-key': b.key() } },
      res: { statusCode: 503,  headers: { 'retry-after': '30' } }, responseTime: V.int(3, 9000), keepNote: b.k('"statusCode":503') && undefined };
  },
  sentry_event(b) {
    const rec = { event_id: V.hex(32), level: 'error', platform: 'node', release: `shop-api@${b.ver()}`, environment: 'production',
      user: { id: b.uuid(), email: b.email(), ip_address: b.anyIp(), username: b.name() },
      request: { url: `https://shop.example.com/api/orders/${b.order()}`, method: 'PATCH', query_string: `token=${b.tok()}&lang=pl`,
        cookies: { sid: b.cookie('sid', V.hex(48)) }, headers: { Authorization: `Basic ${b.pw('basic_b64', V.toB64(`${V.lower(6)}:${V.password()}`))}` }, data: { shippingAddress: b.addr(), phone: b.phone() } },
      breadcrumbs: { values: [{ category: 'http', data: { url: `https://api.stripe.com/v1/customers?email=${b.s(encodeURIComponent(V.email()), 'email', 'url_encoded')}`, status_code: 200 } }, { category: 'console', message: `charging card ${b.card()} for ${b.order()}` }] },
      extra: { trace: b.trace() }, tags: { region: b.k('eu-central-1') } };
    if (V.chance(0.5)) { b.map('request', 'cookies'); }
    return rec;
  },
  sentry_envelope_text(b) {
    const dsnKey = b.key && b.s(V.hex(32), 'api_key', 'sentry_dsn_key');
    return `sentry: dropping event ${V.hex(32)} (rate limited) dsn=https://${dsnKey}@o${V.int(100000, 999999)}.ingest.sentry.io/${V.int(1000000, 9999999)} user=${J({ email: b.email(), ip_address: b.ip6() })} release=${b.k(`web@${V.semver()}`)}`;
  },
  graphql_error(b) {
    return { errors: [{ message: 'Variable "$input" got invalid value', path: ['updateProfile'], extensions: { code: b.k('BAD_USER_INPUT'), traceId: b.trace() } }],
      operationName: 'UpdateProfile', variables: { input: { firstName: b.name(), email: b.email(), birthday: b.dob(), iban: b.iban(), newPassword: b.pw('graphql_var') } } };
  },
  graphql_text(b) {
    return `[apollo] operation=ResetPassword status=FAILED code=${b.k('UNAUTHENTICATED')} durationMs=${V.int(5, 900)} variables=${J({ token: b.tok(), otp: b.otp(), phone: b.phone() })} traceparent=00-${b.trace()}-${V.spanId()}-01`;
  },
  flag_eval(b) {
    const rec = { msg: 'flag evaluation', flagKey: b.k('checkout-v3-rollout'), variation: V.int(0, 2), reason: { kind: 'RULE_MATCH', ruleIndex: V.int(0, 4) },
      context: { kind: 'user', key: b.uuid(), name: b.name(), email: b.email(), ip: b.anyIp(), country: b.k(V.pick(['DE', 'NL', 'PL', 'FR'])), custom: { plan: 'pro', dateOfBirth: b.dob() } },
      sdkKey: b.s(`sdk-${V.uuid()}`, 'api_key', 'launchdarkly_sdk') };
    if (V.chance(0.6)) b.map('context', 'custom');
    return rec;
  },
  ab_assign(b) {
    const [la, lo] = b.geo();
    return `ab: assign experiment=shipping_eta_v2 variant=${V.pick(['A', 'B', 'control'])} user=${b.email()} ip=${b.anyIp()} geo=${la},${lo} bucket=${V.int(0, 99)} exp_id=${b.uuid()}`;
  },
  socketio_handshake(b) {
    return { msg: 'socket.io connection error', code: b.k('ERR_INVALID_AUTH'), handshake: { address: b.ip6(), time: 'Mon Nov 16 2026', query: { EIO: '4', transport: 'websocket', token: b.jwt({ email: V.email() }) },
      headers: { cookie: `io=${V.alnum(20)}; refresh_token=${b.cookie('refresh_token', V.b64url(64))}`, origin: 'https://shop.example.com' }, auth: { apiKey: b.key() } } };
  },
  oauth_callback(b) {
    const code = b.s(V.b64url(int(40)), 'token', 'oauth_code');
    return `${b.ts()} WARN oauth: state mismatch on GET /auth/callback?code=${code}&state=${V.hex(16)}&scope=openid%20email redirect=https://shop.example.com/account#access_token=${b.tok()}&token_type=bearer user_hint=${b.email()} session=${b.uuid()}`;
  },
  nginx_upstream(b) {
    const u = b.email();
    return `${b.ip()} - ${u} [16/Nov/2026:03:${V.pad(V.int(0, 59), 2)}:${V.pad(V.int(0, 59), 2)} +0000] "GET /api/v1/invoices/${b.order()}?sig=${b.other('url_signature', V.hex(64))}&expires=${V.int(1795000000, 1795900000)} HTTP/2.0" 502 ${V.int(100, 900)} "-" "Mozilla/5.0" upstream=${b.k('billing-api.internal:8080')} rt=${V.int(1, 30)}.${V.int(100, 999)}`;
  },
};
function int(n) { return n; }
