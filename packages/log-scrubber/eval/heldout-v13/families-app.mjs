// Application-service log sources of a Node.js SaaS: Koa/Express/NestJS/Fastify services and their libraries.
export function lab() {
  const sensitive = [];
  const keep = [];
  return {
    sensitive, keep,
    s(value, kind, sub) { sensitive.push({ value, kind, sub }); return value; },
    k(value) { keep.push(value); return value; },
  };
}

export function httpAccess(V) {
  const L = lab();
  const ip = V.rand() < 0.25 ? L.s(V.ipv6(), 'ip', 'ipv6') : L.s(V.ipv4(), 'ip', 'ipv4');
  const reqId = L.k(V.uuid());
  const tok = V.token();
  const path = V.pick([`/v1/invoices/${V.alnum(8)}`, '/v1/me', '/api/orders', '/graphql', '/v2/reports/export']);
  if (V.rand() < 0.5) {
    const rec = { level: 30, time: Date.parse(V.ts()), msg: 'request completed', reqId, req: { method: V.pick(['GET', 'POST', 'PATCH']), url: path, remoteAddress: ip, headers: { host: 'api.tallyhq.io', authorization: `Bearer ${L.s(tok.value, 'token', tok.sub)}`, 'user-agent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2)', 'x-forwarded-for': ip } }, res: { statusCode: V.pick([200, 201, 204, 401, 403]) }, responseTime: V.int(3, 900) };
    return { format: 'object', record: rec, ...L };
  }
  const line = `${ip} - - [04/Dec/2026:${String(V.int(0, 23)).padStart(2, '0')}:${String(V.int(10, 59))}:${String(V.int(10, 59))} +0000] "GET ${path}?access_token=${L.s(tok.value, 'token', tok.sub)}&page=${V.int(1, 9)} HTTP/1.1" ${V.pick([200, 304, 401])} ${V.int(100, 90000)} "-" "node-fetch/1.0" rid=${reqId}`;
  return { format: 'text', record: line, ...L };
}

export function authFlow(V) {
  const L = lab();
  const p = V.person();
  const mailRaw = V.email(p);
  const variant = V.int(0, 4);
  const mail = variant === 1 || variant === 2 ? mailRaw : L.s(mailRaw, 'email', 'login');
  if (variant === 0) {
    return { format: 'object', record: { level: 'warn', context: 'AuthService', message: 'login failed: invalid credentials', body: { email: mail, password: L.s(V.password(), 'password', 'login_body'), rememberMe: true }, ip: L.s(V.ipv4(), 'ip', 'ipv4'), attempt: V.int(1, 5), policy: JSON.parse(`{${L.k(V.setting())}}`) }, ...L };
  }
  if (variant === 1) {
    const url = `https://app.tallyhq.io/reset-password?token=${L.s(V.alnum(48), 'token', 'reset_link')}&email=${L.s(encodeURIComponent(mailRaw), 'email', 'urlencoded')}`;
    return { format: 'text', record: `[nest] ${V.int(1000, 9999)}  - 12/04/2026, ${V.int(1, 12)}:${V.int(10, 59)}:${V.int(10, 59)} PM     LOG [PasswordResetService] reset link issued ${url} (tenant ${L.k(`ten_${V.alnum(12)}`)})`, ...L };
  }
  if (variant === 2) {
    const sid = V.sessionId();
    return { format: 'object', record: { msg: 'session created', userId: L.k(`usr_${V.alnum(14)}`), name: L.s(p.full, 'person_name', 'display_name'), session: { id: L.s(sid, 'cookie', 'session_id'), mfa: { totpSecret: L.s(V.otherSecret().value, 'other_secret', 'totp_or_secret') } }, ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)' }, ...L };
  }
  if (variant === 3) {
    const pw = V.passphrase();
    return { format: 'text', record: `util.inspect: { event: 'signup', user: { fullName: '${L.s(p.full, 'person_name', 'inspect')}', email: '${mail}', password: '${L.s(pw, 'password', 'passphrase')}' }, plan: '${L.k(V.product())}' }`, ...L };
  }
  const j = V.jwt();
  return { format: 'object', record: { level: 50, msg: 'JsonWebTokenError: invalid signature', token: L.s(j, 'token', 'jwt'), user: { email: mail, phone: L.s(V.phone(), 'phone', 'mfa_sms') }, version: L.k(`jsonwebtoken@${V.version()}`) }, ...L };
}

export function payments(V) {
  const L = lab();
  const c = V.card();
  const p = V.person();
  if (V.rand() < 0.5) {
    return { format: 'object', record: { msg: 'stripe charge failed', err: { type: 'StripeCardError', code: 'card_declined', requestId: L.k(`req_${V.alnum(14)}`) }, payment: { cardNumber: L.s(c.value, 'card', c.type), holder: L.s(p.full, 'person_name', 'cardholder'), billingAddress: L.s(V.address(), 'address', 'billing'), last4Display: L.k(V.masked()) }, stripe: { secretKey: L.s(`sk_live_${V.alnum(24)}`, 'api_key', 'stripe_secret'), publishableKey: L.k(V.pk()) } }, ...L };
  }
  const ib = V.iban();
  return { format: 'text', record: `SepaMandateError: mandate rejected for ${L.s(p.full, 'person_name', 'account_holder')} IBAN ${L.s(ib.value, 'iban', ib.country)} amount=49.00 EUR product="${L.k(V.product())}"\n    at MandateService.create (/app/dist/billing/mandate.service.js:${V.int(10, 300)}:${V.int(5, 40)})\n    at processTicksAndRejections (node:internal/process/task_queues:95:5)`, ...L };
}

export function mailer(V) {
  const L = lab();
  const p = V.person();
  const toRaw = V.email(p);
  const v = V.int(0, 2);
  const to = v === 1 ? toRaw : L.s(toRaw, 'email', 'recipient');
  if (v === 0) {
    return { format: 'object', record: { level: 'info', msg: 'email sent', provider: 'sendgrid', to: [to, L.s(V.email(), 'email', 'cc')], template: 'invoice-ready', messageId: L.k(`<${V.hex(16)}@mail.tallyhq.io>`), apiKey: L.s(`SG.${V.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_', 22)}.${V.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_', 43)}`, 'api_key', 'sendgrid') }, ...L };
  }
  if (v === 1) {
    const ph = L.s(V.phone(), 'phone', 'sms_to');
    const sid = `AC${V.hex(32)}`;
    return { format: 'text', record: `twilio: POST https://api.twilio.com/2010-04-01/Accounts/${L.k(sid)}/Messages.json failed 400 To=${ph} Body="Hi ${L.s(p.full, 'person_name', 'sms_body')}, your code expires soon" auth=${L.s(V.hex(32), 'api_key', 'twilio_auth')}`, ...L };
  }
  return { format: 'text', record: `nodemailer: SMTP 550 5.1.1 <${to}>: Recipient address rejected (pool smtp://mailer:${L.s(V.password(), 'connection_string', 'smtp_url')}@${L.k('smtp.eu.mailgun.org')}:587)`, ...L };
}

export function jobs(V) {
  const L = lab();
  const p = V.person();
  const jobId = L.k(`job:${V.uuid()}`);
  const data = { customerName: L.s(p.full, 'person_name', 'job_payload'), email: L.s(V.email(p), 'email', 'job_payload'), dateOfBirth: L.s(V.dob(), 'dob', 'job_payload') };
  if (V.rand() < 0.5) {
    return { format: 'object', record: { msg: 'bullmq job failed', queue: 'kyc-verify', jobId, attemptsMade: 3, data, failedReason: `connect ECONNREFUSED ${L.k(V.host())}:443` }, ...L };
  }
  const b64 = Buffer.from(JSON.stringify(data)).toString('base64');
  L.sensitive.length = 0;
  L.s(b64, 'person_name', 'base64_payload');
  return { format: 'text', record: `[agenda] job "sync-crm" ${jobId} payload=${b64} status=${L.k('retrying')}`, ...L };
}

export function ormErrors(V) {
  const L = lab();
  const p = V.person();
  const v = V.int(0, 2);
  if (v === 0) {
    const em = L.s(V.email(p), 'email', 'sql_param');
    return { format: 'text', record: `QueryFailedError: duplicate key value violates unique constraint "users_email_key"\n  query: INSERT INTO "users"("name","email","phone") VALUES ($1, $2, $3)\n  parameters: ["${L.s(p.full, 'person_name', 'sql_param')}","${em}","${L.s(V.phone(), 'phone', 'sql_param')}"]\n  driver: ${L.k(`pg@${V.version()}`)}`, ...L };
  }
  if (v === 1) {
    return { format: 'object', record: { name: 'PrismaClientInitializationError', message: `Can't reach database server at \`${L.k('pg-primary.internal.tallyhq.io')}\`:5432`, datasource: `postgresql://app_rw:${L.s(V.password(), 'connection_string', 'postgres')}@pg-primary.internal.tallyhq.io:5432/tally?schema=public`, clientVersion: L.k(V.version()) }, ...L };
  }
  const nid = V.nationalId();
  return { format: 'object', record: { level: 'error', msg: 'SequelizeValidationError', model: 'Customer', values: { taxId: L.s(nid.value, 'national_id', nid.sub), iban: (() => { const i = V.iban(); return L.s(i.value, 'iban', i.country); })(), street: L.s(V.address(), 'address', 'orm_field') }, sql: L.k(`sha256:${V.hex(64)}`) }, ...L };
}

export function httpClientErrors(V) {
  const L = lab();
  const k = V.apiKey();
  if (V.rand() < 0.5) {
    return { format: 'object', record: { msg: 'AxiosError: Request failed with status code 401', config: { url: `https://api.partner-geo.com/v3/lookup?key=${L.s(k.value, 'api_key', k.sub)}&latlng=${(() => { const g = V.geo(); return `${L.s(g.lat, 'geo', 'query_lat')},${L.s(g.lng, 'geo', 'query_lng')}`; })()}`, method: 'get', headers: { Accept: 'application/json', 'X-Client-Id': L.k(V.oauthClient()) }, timeout: 5000 }, code: 'ERR_BAD_REQUEST' }, ...L };
  }
  const up = `${V.person().first.toLowerCase().replace(/[^a-z]/g, '')}svc`;
  const pw = V.password();
  const basic = Buffer.from(`${up}:${pw}`).toString('base64');
  return { format: 'text', record: `undici: fetch https://erp.tallyhq-partner.net/odata/Orders failed: 403 Forbidden; request headers: {"authorization":"Basic ${L.s(basic, 'password', 'basic_auth_b64')}","x-request-id":"${L.k(V.uuid())}"}`, ...L };
}

export function startupConfig(V) {
  const L = lab();
  const v = V.int(0, 2);
  if (v === 0) {
    const pk = V.pem();
    const a = V.apiKey();
    return { format: 'object', record: { msg: 'config loaded', env: { NODE_ENV: 'production', PORT: '8080', DATABASE_URL: `postgres://tally:${L.s(V.password(), 'connection_string', 'postgres')}@db.internal:5432/tally`, REDIS_URL: `redis://default:${L.s(V.alnum(32), 'connection_string', 'redis')}@cache.internal:6379/0`, JWT_PRIVATE_KEY: L.s(pk.value, 'private_key', pk.sub), VENDOR_API_KEY: L.s(a.value, 'api_key', a.sub), APP_VERSION: L.k(V.version()), HOME: `/home/${L.s(V.homeUser(), 'home_path', 'env_home')}` } }, ...L };
  }
  if (v === 1) {
    const os = V.otherSecret();
    return { format: 'object', record: { msg: 'feature settings', raw: { security: { cookieSecret: L.s(os.value, 'other_secret', os.sub), ...JSON.parse(`{${L.k(V.setting())}}`) }, secrets: { WEBHOOK_SIGNING_SECRET: L.s(`whsec_${V.alnum(32)}`, 'other_secret', 'webhook_secret'), AWS_ACCESS_KEY_ID: L.s(`AKIA${V.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`, 'api_key', 'aws_access_key') } } }, maps: [['raw', 'secrets']], ...L };
  }
  return { format: 'text', record: `> tally-api@${L.k(V.version())} start\n> node dist/main.js --db-password=${L.s(V.password(), 'password', 'cli_flag')} --mongo "mongodb+srv://svc_api:${L.s(V.password(), 'connection_string', 'mongodb')}@cluster0.ab12c.mongodb.net/prod" --config /Users/${L.s(V.homeUser(), 'home_path', 'macos')}/tally/.env.production`, ...L };
}

export function stackTrace(V) {
  const L = lab();
  const user = L.s(V.homeUser(), 'home_path', V.rand() < 0.5 ? 'linux' : 'windows');
  const win = L.sensitive[0].sub === 'windows';
  const root = win ? `C:\\Users\\${user}\\src\\tally` : `/home/${user}/src/tally`;
  const sep = win ? '\\' : '/';
  const rec = { level: 'error', msg: `TypeError: Cannot read properties of undefined (reading 'email')`, stack: `TypeError: Cannot read properties of undefined (reading 'email')\n    at InvoiceController.send (${root}${sep}src${sep}invoice.controller.ts:${V.int(10, 200)}:${V.int(2, 40)})\n    at Layer.handle (${root}${sep}node_modules${sep}express${sep}lib${sep}router${sep}layer.js:95:5)`, commit: L.k(V.hex(40)) };
  if (V.rand() < 0.5) rec.ctx = { customer: L.s(V.email(), 'email', 'error_ctx') };
  return { format: 'object', record: rec, ...L };
}

export function websocketGateway(V) {
  const L = lab();
  const g = V.geo();
  const p = V.person();
  const sid = L.s(V.alnum(20), 'cookie', 'socketio_sid');
  return { format: 'object', record: { msg: 'ws message', gateway: 'DeliveryGateway', handshake: { headers: { cookie: `io=${sid}; tally_sess=${L.s(V.sessionId(), 'cookie', 'session')}` }, address: L.s(V.ipv4(), 'ip', 'ipv4') }, payload: { courier: L.s(p.full, 'person_name', 'courier'), position: { lat: Number(L.s(g.lat, 'geo', 'lat')), lng: Number(L.s(g.lng, 'geo', 'lng')) }, orderId: L.k(`ord_${V.alnum(12)}`) } }, ...L };
}

export function fastifyCookies(V) {
  const L = lab();
  const sig = `s%3A${V.alnum(32)}.${V.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789%', 43)}`;
  const line = `{"level":30,"hostname":"${L.k(V.host())}","reqId":"req-${V.int(1, 9999)}","req":{"method":"POST","url":"/auth/refresh","headers":{"cookie":"connect.sid=${L.s(sig, 'cookie', 'connect_sid')}; refresh_token=${L.s(V.alnum(64), 'cookie', 'refresh')}; lang=de"}},"msg":"incoming request"}`;
  return { format: 'text', record: line, ...L };
}

export function userProfile(V) {
  const L = lab();
  const p = V.person();
  const nid = V.nationalId();
  return { format: 'object', record: { msg: 'profile updated', diff: { name: [L.k('(unchanged)'), L.s(p.full, 'person_name', 'profile')], birthDate: L.s(V.dob(), 'dob', 'profile'), nationalId: L.s(nid.value, 'national_id', nid.sub), homeAddress: L.s(V.address(), 'address', 'profile'), mobile: L.s(V.phone(), 'phone', 'profile') }, updatedAt: L.k(V.ts()) }, maps: [['diff']], ...L };
}
