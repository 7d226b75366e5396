// What browsers/apps send back (RUM, crash reports), outgoing HTTP clients, API servers
// (GraphQL, gRPC, WebSocket) and third-party provider callbacks.
import * as v from './values.mjs';
import { UAS } from './families-common.mjs';

const enc = encodeURIComponent;

export function rum(c) {
  const p = v.person();
  const url = v.pick([
    () => `https://app.quillstack.io/reset-password?token=${c.s('token', 'rum_page_url', v.b64url(40))}`,
    () => `https://app.quillstack.io/invite/accept?email=${c.s('email', 'rum_page_url', enc(v.email(p)))}`,
    () => `https://app.quillstack.io/projects/${c.k(`prj_${v.alnum(10)}`)}/board`,
  ])();
  const rec = {
    type: 'error', message: v.pick(["TypeError: Cannot read properties of undefined (reading 'id')", 'ChunkLoadError: Loading chunk 812 failed.']),
    stack: `TypeError: x is undefined\n    at Board (https://cdn.quillstack.io/assets/${c.k(`board-${v.hex(8)}.js`)}:1:${v.int(1000, 90000)})`,
    view: { url, referrer: 'https://app.quillstack.io/' }, release: c.ver(), session: { id: c.k(v.uuid()), sampled: true },
    usr: { id: c.k(`usr_${v.alnum(12)}`), email: c.email(p, 'rum_user') },
    device: { type: 'mobile', ua: v.pick(UAS), viewport: c.k(`${v.pick([390, 412, 1440])}x${v.pick([844, 915, 900])}`) },
    breadcrumbs: [{ category: 'navigation', to: '/checkout' }, { category: 'xhr', url: `/api/v1/lookup?phone=${c.s('phone', 'breadcrumb_query', enc(v.phone('e164')))}`, status: c.kf('status', 200) }],
  };
  if (v.chance(0.5)) { const [lat, lng] = c.geo(); rec.geo = { latitude: Number(lat), longitude: Number(lng), accuracy: c.kf('accuracy', v.int(5, 40)) }; c.sensitive.at(-2).value = String(Number(lat)); c.sensitive.at(-1).value = String(Number(lng)); }
  if (v.chance(0.3)) rec.formState = { cardholder: c.name(v.person()), cardNumber: c.card() };
  return rec;
}

export function crashReport(c) {
  c.format = v.chance(0.5) ? 'text' : 'object';
  const p = v.person();
  const user = c.home(p);
  const [lat, lng] = c.geo();
  const frames = () => [`0   Quillstack   0x0000000104a${v.hex(5)} ${c.k('CheckoutViewModel.submit()')} + 212 (/Users/${user}/Developer/quillstack-ios/Checkout/CheckoutViewModel.swift:88)`, '1   libswiftCore.dylib 0x00000001a2b3c4d5 swift_unexpectedError + 340'];
  if (c.format === 'text') {
    return `Incident Identifier: ${c.k(v.uuid().toUpperCase())}\nHardware Model: ${c.k('iPhone15,3')}\nVersion: ${c.k(`4.${v.int(0, 20)}.${v.int(0, 9)} (${v.int(1000, 9999)})`)}\nOS Version: ${c.k('iOS 17.4.1 (21E236)')}\nUser: ${c.email(p, 'crash_header')}\nLast location: ${lat},${lng}\nThread 0 Crashed:\n${frames().join('\n')}`;
  }
  return { platform: 'android', app: { id: c.k('io.quillstack.app'), version: c.ver() }, exception: { type: 'java.lang.IllegalStateException', message: `Payout IBAN ${c.iban(false)} rejected`, frames: [{ file: `/home/${user}/AndroidStudioProjects/quillstack/app/src/main/java/io/quillstack/PayoutActivity.kt`, line: c.kf('line', v.int(10, 400)) }] }, user: { phone: c.phone('crash_user') }, lastKnownLocation: `${lat}, ${lng}`, memoryMb: c.kf('memoryMb', v.int(100, 900)) };
}

export function axiosError(c) {
  const key = v.pick([
    () => ['Authorization', `Bearer ${c.s('api_key', 'openai', v.openaiKey())}`],
    () => ['Authorization', `Bearer ${c.s('api_key', 'stripe_secret', v.stripeSecret())}`],
    () => ['x-api-key', c.s('api_key', 'anthropic', v.anthropicKey())],
    () => ['Authorization', `Bearer ${c.s('api_key', 'sendgrid', v.sendgridKey())}`],
    () => ['X-Goog-Api-Key', c.s('api_key', 'google', v.googleKey())],
    () => ['Authorization', `token ${c.s('token', 'github_pat', v.ghToken())}`],
    () => ['Authorization', `Bearer ${c.s('token', 'slack', v.slackToken())}`],
  ])();
  const config = { url: v.pick(['https://api.stripe.com/v1/payouts', 'https://api.openai.com/v1/chat/completions', 'https://api.sendgrid.com/v3/mail/send', 'https://api.github.com/repos/quillstack/infra/dispatches']), method: 'post', timeout: c.kf('timeout', v.pick([5000, 10000, 30000])), headers: { Accept: 'application/json', 'Content-Type': 'application/json', [key[0]]: key[1], 'User-Agent': c.k('axios/1.6.8') } };
  if (v.chance(0.4)) config.auth = { username: c.k(`svc-${v.lower(6)}`), password: c.s('password', 'axios_auth', v.password()) };
  if (v.chance(0.5)) config.data = JSON.stringify({ to: [{ email: c.email(undefined, 'json_in_string'), name: c.name() }], iban: v.chance(0.5) ? c.iban() : undefined });
  if (v.chance(0.2)) config.httpsAgent = { options: { key: c.s('private_key', 'pem_mtls', v.pemKey(v.pick(['PRIVATE KEY', 'EC PRIVATE KEY']))), cert: '-----BEGIN CERTIFICATE-----\n(omitted)\n-----END CERTIFICATE-----' } };
  return { level: 'error', msg: `Request failed with status code ${v.pick([401, 403, 429, 500])}`, err: { name: 'AxiosError', code: c.kf('code', v.pick(['ERR_BAD_REQUEST', 'ERR_BAD_RESPONSE', 'ECONNABORTED'])), config, response: { status: v.pick([401, 429]), headers: { 'request-id': c.k(`req_${v.alnum(14)}`), 'x-ratelimit-reset': c.kf('x-ratelimit-reset', String(v.int(1, 60))) } } } };
}

export function gotUndici(c) {
  c.format = 'text';
  const user = c.home();
  const variant = v.pick([
    () => `  options: {\n    url: URL { href: 'https://deploy:${c.s('password', 'url_userinfo', v.password())}@registry.quillstack.io/v2/' },\n    headers: { 'user-agent': 'got (https://github.com/sindresorhus/got)', authorization: 'Basic ${c.s('password', 'basic_auth_b64', Buffer.from(`ci:${v.password()}`).toString('base64'))}' }\n  }`,
    () => { const ip = c.s('ip', 'upstream_peer', v.ipv4()); return `  [cause]: Error: connect ECONNREFUSED ${ip}:443\n      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16) {\n    errno: -111,\n    code: 'ECONNREFUSED',\n    syscall: 'connect',\n    address: '${ip}',\n    port: ${c.k('443')}\n  }\n  request: { headers: { cookie: 'sid=${c.s('cookie', 'inspect_cookie', v.b64url(32))}; csrftoken=${c.s('cookie', 'inspect_cookie', v.alnum(32))}' } }`; },
    () => `  [cause]: Error: self-signed certificate in certificate chain\n  requestBody: '{"email":"${c.email(undefined, 'inspect_body')}","phone":"${c.phone('inspect_body')}"}'`,
  ])();
  return `RequestError: ${v.pick(['connect ECONNREFUSED', 'Timeout awaiting \'request\' for 10000ms', 'fetch failed'])}\n    at ClientRequest.<anonymous> (/home/${user}/src/api/node_modules/${v.pick(['got/dist/source/core/index.js', 'undici/lib/fetch/index.js'])}:${v.int(100, 999)}:${v.int(1, 60)})\n    at Object.onceWrapper (node:events:634:26) {\n  code: '${c.k(v.pick(['ETIMEDOUT', 'ECONNREFUSED', 'UND_ERR_CONNECT_TIMEOUT']))}',\n  timings: { start: ${v.epochMs()}, phases: { total: ${v.int(100, 9999)} } },\n${variant}\n}`;
}

export function graphql(c) {
  const p = v.person();
  const op = v.pick([
    () => ({ operationName: c.kf('operationName', 'Login'), query: 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', variables: { email: c.email(p, 'gql_variables'), password: c.s('password', 'gql_variables', v.password()) } }),
    () => ({ operationName: c.kf('operationName', 'UpdateProfile'), query: `mutation UpdateProfile { updateProfile(input: { phone: "${c.phone('gql_inline_literal')}", displayName: "${c.name(p)}" }) { id } }`, variables: {} }),
    () => ({ operationName: c.kf('operationName', 'AddPayoutAccount'), query: 'mutation AddPayoutAccount($input: PayoutInput!) { addPayoutAccount(input: $input) { id last4 } }', variables: { input: { iban: c.iban(), holder: c.name(p), birthDate: c.dob('iso') } } }),
    () => ({ operationName: c.kf('operationName', 'Viewer'), query: 'query Viewer { viewer { id email } }', variables: {}, extensions: { persistedQuery: { version: 1, sha256Hash: c.k(v.sha256()) } } }),
  ])();
  return { level: 'info', msg: 'graphql operation', service: c.k('gateway'), ...op, complexity: c.kf('complexity', v.int(1, 400)), durationMs: c.kf('durationMs', v.int(1, 900)), client: { name: c.k('web'), version: c.ver() }, ip: c.ip('gql_context') };
}

export function grpc(c) {
  c.format = v.chance(0.5) ? 'text' : 'object';
  const peer = c.ip('grpc_peer');
  const tok = c.s('token', 'grpc_metadata', v.jwt({ svc: 'billing' }));
  const msg = { customer_name: c.name(), card_number: c.card(), expiry: c.k(`${String(v.int(1, 12)).padStart(2, '0')}/${v.int(26, 31)}`), amount_minor: c.kf('amount_minor', v.int(100, 99999)), currency: c.kf('currency', v.pick(['EUR', 'USD', 'BRL'])) };
  const method = c.k(v.pick(['/billing.v1.Payments/Charge', '/billing.v1.Payments/Refund', '/users.v2.Accounts/Update']));
  if (c.format === 'text') return `${c.time()} INFO grpc.server finished unary call grpc.method=${method} peer.address=ipv4:${peer}:${v.int(30000, 60000)} grpc.code=${c.k(v.pick(['OK', 'InvalidArgument', 'Unavailable']))} grpc.time_ms=${v.int(1, 900)} metadata={"authorization":["Bearer ${tok}"],"x-request-id":["${c.reqId()}"]} request=${JSON.stringify(msg)}`;
  return { level: 'info', msg: 'finished unary call', 'grpc.method': method, 'peer.address': `${peer}:${v.int(30000, 60000)}`, 'grpc.code': c.kf('grpc.code', 'OK'), metadata: { authorization: [`Bearer ${tok}`], 'grpc-timeout': c.kf('grpc-timeout', '5S') }, request: msg };
}

export function websocket(c) {
  const tok = c.s('token', 'socketio_auth', v.chance(0.5) ? v.jwt() : v.b64url(40));
  return {
    level: 'info', msg: v.pick(['socket connected', 'socket disconnected: transport close', 'handshake rejected']), nsp: c.k(v.pick(['/', '/chat', '/presence'])), socketId: c.k(v.b64url(20)),
    handshake: { headers: { host: c.host(), origin: 'https://app.quillstack.io', cookie: `io=${v.b64url(20)}; session=${c.s('cookie', 'ws_handshake', v.b64url(40))}`, 'sec-websocket-key': c.k(`${v.b64(22)}==`) },
      address: c.ip('ws_handshake_address'), time: new Date(v.epochMs()).toString(), query: { EIO: c.kf('EIO', '4'), transport: 'websocket', t: c.k(v.b64url(7)) }, auth: { token: tok } },
    rooms: [c.k(`room:${v.alnum(10)}`)],
  };
}

export function emailProvider(c) {
  const p = v.person();
  return v.pick([
    () => ({ provider: 'sendgrid', events: [{ email: c.email(p, 'webhook_event'), event: c.kf('event', v.pick(['delivered', 'bounce', 'open'])), ip: c.ip('sendgrid_event'), sg_event_id: c.k(v.b64url(22)), sg_message_id: c.k(`${v.b64url(22)}.filter0001p1las1-${v.int(1000, 9999)}-${v.hex(8)}-${v.int(1, 9)}`), timestamp: v.int(1735689600, 1767225600), useragent: v.pick(UAS) }] }),
    () => ({ provider: 'postmark', RecordType: c.kf('RecordType', 'Bounce'), Type: 'HardBounce', Email: c.email(p, 'postmark'), From: 'notifications@quillstack.io', Name: c.name(p), Details: `smtp;550 5.1.1 <${c.email(p, 'smtp_diag')}>: Recipient address rejected`, MessageID: c.k(v.uuid()), BouncedAt: c.time() }),
    () => ({ provider: 'mailgun', 'event-data': { event: 'failed', recipient: c.email(p, 'mailgun'), 'delivery-status': { code: c.kf('code', 550), message: 'mailbox unavailable' }, 'user-variables': { customerName: c.name(p), customerPhone: c.phone('mailgun_vars') } }, signature: { timestamp: String(v.int(1735689600, 1767225600)), token: c.k(v.hex(50)) } }),
  ])();
}

export function smsProvider(c) {
  c.format = 'text';
  const acct = () => c.k(`AC${v.hex(32)}`);
  return v.pick([
    () => `${c.time()} info twilio-status POST /hooks/twilio/status body=AccountSid=${acct()}&MessageSid=${c.k(`SM${v.hex(32)}`)}&MessageStatus=${c.k('undelivered')}&ErrorCode=${c.k('30003')}&To=${c.s('phone', 'twilio_form_encoded', enc(v.phone('e164')))}&From=${enc('+15005550006')}&ApiVersion=2010-04-01`,
    () => `${c.time()} error sms send failed to ${c.phone('free_text')} via vonage (api_secret=${c.s('api_key', 'vonage_secret', v.alnum(16))}, api_key=${c.k(v.hex(8))}) status=${c.k('29')}`,
    () => `${c.time()} info twilio auth token rotated old=${c.s('api_key', 'twilio_auth_token', v.twilioToken())} account=${acct()}`,
  ])();
}

export function pushProvider(c) {
  const p = v.person();
  return {
    level: 'warn', msg: 'push delivery failed', provider: c.k(v.pick(['fcm', 'apns'])),
    request: { headers: { Authorization: `key=${c.s('api_key', 'fcm_server_key', `AAAA${v.b64url(7)}:APA91b${v.b64url(134)}`)}`, 'apns-topic': c.k('io.quillstack.app') },
      body: { notification: { title: c.k('New message'), body: `${c.name(p)}: ${v.pick(['are you free tomorrow?', 'sent you a file'])}` }, data: { threadId: c.k(`thr_${v.alnum(10)}`) } } },
    response: { error: c.kf('error', v.pick(['NotRegistered', 'BadDeviceToken', 'Unregistered'])) }, attempt: c.kf('attempt', v.int(1, 5)),
  };
}

export function inboundWebhook(c) {
  const p = v.person();
  return v.pick([
    () => ({ level: 'info', msg: 'stripe webhook', type: c.kf('type', 'checkout.session.completed'), id: c.k(`evt_${v.alnum(24)}`), data: { object: { customer_details: { name: c.name(p), email: c.email(p, 'stripe_customer'), phone: c.phone('stripe_customer'), address: { line1: c.addr(), city: c.k(v.pick(v.CITIES)), country: c.k(v.pick(['DE', 'FR', 'NL'])) } }, payment_method_details: { card: { last4: c.kf('last4', v.digits(4)), brand: c.kf('brand', 'visa') } } } } }),
    () => ({ level: 'error', msg: 'webhook signature verification failed', endpointSecret: c.s('other_secret', 'webhook_secret', v.webhookSecret()), header: c.k(`t=${v.int(1735689600, 1767225600)},v1=${v.hex(64)}`), tolerance: c.kf('tolerance', 300) }),
    () => ({ level: 'debug', msg: 'github webhook', event: c.kf('event', 'push'), delivery: c.k(v.uuid()), secret: c.s('other_secret', 'webhook_secret', v.hex(40)), pusher: { name: c.k(`gh-${v.lower(8)}`), email: c.email(p, 'git_pusher') }, head_commit: { id: c.k(v.sha()), message: c.k('fix: debounce search input') } }),
  ])();
}
