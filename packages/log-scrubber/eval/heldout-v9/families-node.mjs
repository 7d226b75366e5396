// Node.js application logs: what developers write themselves (Koa, Express, NestJS, Fastify, Next.js).
import { inspect } from 'node:util';
import * as V from './values.mjs';
import { sName, sEmail, sPhone, sIp, sNid, sIban, sAddr, sDob, sPw, sTok, sKey, sOther, connUrl, cookieHeader, sHome, sWorkEmail } from './families-util.mjs';

const { pick, int, chance } = V;
const ins = (o, opts = {}) => inspect(o, { depth: 6, breakLength: 120, ...opts });
const pinoBase = (r) => ({ level: pick([30, 40, 50]), time: 1760000000000 + int(0, 9e9), pid: int(100, 40000), hostname: r.k(V.podName()) });

// logger.info(`user ${email} reset password`) in several languages, pino JSON.
export function nodeInterpolated(r) {
  const lang = pick(V.LANGS);
  const p = V.person(lang);
  const e = sEmail(r, p, 'interpolated');
  const reqId = r.k(V.uuid());
  const t = {
    en: `user ${e} requested a password reset`, de: `Passwort-Reset angefordert für ${e}`, fr: `réinitialisation du mot de passe demandée par ${e}`, es: `el usuario ${e} solicitó restablecer la contraseña`,
    pt: `usuário ${e} solicitou redefinição de senha`, it: `l'utente ${e} ha richiesto il reset della password`, nl: `gebruiker ${e} heeft een wachtwoordherstel aangevraagd`, pl: `użytkownik ${e} poprosił o reset hasła`,
    ja: `ユーザー ${e} がパスワード再設定を要求しました`, zh: `用户 ${e} 请求重置密码`,
  }[lang];
  const rec = { ...pinoBase(r), reqId, msg: t };
  if (chance(0.6)) rec.msg += ` (${lang === 'en' ? 'ip' : 'IP'} ${sIp(r)})`;
  if (chance(0.5)) rec.msg += `, link ${`https://app.kestrel-analytics.io/reset?token=${sTok(r, 'reset')}`}`;
  if (chance(0.4)) rec.user = { id: r.k(`usr_${V.alnum(12)}`), name: sName(r, p), locale: lang };
  r.record = rec;
}

// console.log(ctx.request) / console.log(req.headers) in util.inspect form (Koa, Express).
export function nodeInspectRequest(r) {
  const headers = {
    host: r.k(pick(['api.kestrel-analytics.io', 'shop.northwind-logistics.com'])), 'user-agent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15',
    authorization: `Bearer ${sTok(r, pick(['jwt', 'opaque_bearer', 'google_oauth']))}`, cookie: cookieHeader(r), 'x-forwarded-for': `${sIp(r)}, 10.12.0.7`, 'x-request-id': r.k(V.uuid()),
  };
  if (chance(0.4)) headers['x-api-key'] = sKey(r, 'generic_header');
  const req = { method: pick(['POST', 'PUT', 'GET']), url: `/api/v${int(1, 3)}/${pick(['checkout', 'account/profile', 'orders'])}?page=${int(1, 9)}`, header: headers };
  const label = pick(['koa ctx.request', 'incoming', 'DEBUG req', 'express req.headers']);
  r.record = `${label} ${ins(req)}`;
}

// Express error handler: a caught validation error (Joi / zod) echoing the submitted body.
export function nodeValidationError(r) {
  const lang = pick(V.LANGS); const p = V.person(lang);
  const body = { email: sEmail(r, p), password: sPw(r, 'joi_original'), phone: sPhone(r, lang), birthDate: sDob(r, 0), plan: r.k(pick(V.PRODUCTS)) };
  if (chance(0.5)) {
    r.record = `ValidationError: "password" length must be at least 12 characters long\n    at Object.validate (/srv/app/node_modules/joi/lib/validator.js:${int(40, 400)}:${int(5, 40)})\n    at signup (/srv/app/src/routes/auth.js:${int(10, 200)}:${int(5, 30)}) {\n  _original: ${ins(body, { breakLength: Infinity })},\n  details: [ { message: '"password" length must be at least 12 characters long', path: [ 'password' ], type: 'string.min' } ]\n}`;
    r.k('string.min');
  } else {
    const issues = [{ code: 'invalid_string', validation: 'regex', path: ['phone'], message: 'Invalid', received: body.phone }, { code: 'too_small', minimum: 12, type: 'string', path: ['password'], received: body.password }];
    r.record = { level: 'error', msg: 'zod validation failed', route: r.k('POST /api/signup'), issues, body };
    r.kf('minimum', 12);
  }
}

// NestJS logger lines with interpolated values.
export function nestLogger(r) {
  const lang = pick(['en', 'de', 'fr', 'es', 'pt', 'nl']); const p = V.person(lang);
  const ctx = pick(['AuthService', 'UsersController', 'PaymentsService', 'KycService']);
  const when = `${int(1, 12)}/${int(1, 28)}/2025, ${int(1, 12)}:${String(int(0, 59)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')} ${pick(['AM', 'PM'])}`;
  const m = pick([
    () => `Login failed for ${sEmail(r, p)} from ${sIp(r)} (attempt ${int(2, 6)}/5)`,
    () => `KYC submitted by ${sName(r, p)}, document ${sNid(r, lang)}, dob ${sDob(r, int(0, 3))}`,
    () => `Payout created for ${sName(r, p)} to ${sIban(r)} amount ${int(10, 900)}.00 EUR ref ${r.k(V.orderId())}`,
    () => `Sending SMS to ${sPhone(r, lang)} with code template ${r.k('otp_login_v2')}`,
    () => `Updated shipping address of ${r.k(`cus_${V.alnum(14)}`)} to "${sAddr(r, lang)}"`,
  ])();
  r.record = `[Nest] ${int(100, 9999)}  - ${when}   ${pick(['LOG', 'WARN', 'ERROR', 'DEBUG'])} [${ctx}] ${m} +${r.k(`${int(1, 900)}ms`)}`;
}

// Fastify request/response serialiser output, with the token in the query string.
export function fastifyReq(r) {
  const tok = sTok(r, pick(['magic_link', 'reset', 'session', 'jwt']));
  r.record = {
    level: 30, time: 1760000000000 + int(0, 9e9), reqId: r.k(`req-${int(1, 9999)}`),
    req: { method: 'GET', url: `/auth/${pick(['magic', 'verify', 'callback'])}?${pick(['token', 'access_token', 't'])}=${tok}&redirect=%2Fdashboard`, hostname: r.k('auth.kestrel-analytics.io'), remoteAddress: sIp(r), remotePort: int(30000, 65000) },
    res: { statusCode: r.k(pick([200, 302, 401])) }, responseTime: 12.5 + int(0, 300), msg: 'request completed',
  };
}

// Next.js server: fetch failed with undici cause chain, API key in the URL.
export function nextFetchError(r) {
  const k = sKey(r, pick(['google', 'generic_header', 'mapbox_secret']));
  const host = pick(['maps.googleapis.com', 'api.openweathermap.example', 'api.mapbox.com']);
  const ip = pick(['142.250.74.10', '104.18.12.33']);
  r.k(host);
  r.record = ` ⨯ TypeError: fetch failed\n    at node:internal/deps/undici/undici:13185:13\n    at async getGeocode (webpack-internal:///(rsc)/./app/api/geo/route.ts:${int(10, 90)}:${int(5, 30)}) {\n  [cause]: ConnectTimeoutError: Connect Timeout Error (attempted address: ${host}:443, timeout: 10000ms)\n      at onConnectTimeout (node:internal/deps/undici/undici:2331:28) {\n    code: '${r.k('UND_ERR_CONNECT_TIMEOUT')}'\n  }\n}\n  url: 'https://${host}/geocode/json?address=${encodeURIComponent(sAddr(r, 'en')).replace(/%20/g, '+')}&key=${k}'\n  resolved: ${ip}`;
  // The encoded address is what ships: label it as it appears.
  const a = r.sensitive.find((s) => s.kind === 'address');
  a.value = encodeURIComponent(a.value).replace(/%20/g, '+');
  a.sub = 'url_encoded';
}

// AxiosError.toJSON() logged by an HTTP client wrapper: headers and the request body as a JSON string.
export function axiosError(r) {
  const lang = pick(V.LANGS); const p = V.person(lang);
  const data = JSON.stringify({ username: sEmail(r, p), password: sPw(r, 'json_in_string'), client_id: r.k(V.oauthClientId()), grant_type: 'password' });
  r.record = {
    level: 'error', message: `Request failed with status code ${r.k(pick([400, 401, 429, 503]))}`, name: 'AxiosError', code: r.k('ERR_BAD_REQUEST'),
    config: { method: 'post', url: r.k(pick(['https://idp.northwind-logistics.com/oauth/token', 'https://login.kestrel-analytics.io/token'])), timeout: 5000,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: `Basic ${r.s('password', 'basic_auth', Buffer.from(`svc-sync:${V.password(1)}`).toString('base64'))}` }, data },
  };
}

// Prisma known-request error: the invocation echoes the data object.
export function prismaError(r) {
  const lang = pick(V.LANGS); const p = V.person(lang);
  const code = r.k(pick(['P2002', 'P2003', 'P2011']));
  r.record = `PrismaClientKnownRequestError: \nInvalid \`prisma.customer.create()\` invocation in\n/srv/app/src/customers/service.ts:${int(20, 300)}:${int(5, 40)}\n\n  → ${int(20, 300)} const created = await prisma.customer.create({\n         data: {\n           fullName: "${sName(r, p)}",\n           email: "${sEmail(r, p)}",\n           phone: "${sPhone(r, lang)}",\n           dateOfBirth: new Date("${sDob(r, 0)}"),\n           taxId: "${sNid(r, lang)}",\n           tier: "${r.k(pick(['gold', 'standard']))}"\n         }\n       })\nUnique constraint failed on the fields: (\`email\`)\n  code: '${code}', clientVersion: '${r.k(V.semver())}', meta: { modelName: 'Customer', target: [ 'email' ] }`;
}

// Developer logs the card on a payment failure (a real, recurring mistake) next to safe Stripe ids.
export function paymentFailure(r) {
  const c = V.card();
  const style = int(0, 2);
  const pm = r.k(V.stripeObj());
  const masked = r.k(V.maskedCard(c.last4));
  r.s('card', c.brand, c.value);
  const decline = r.k(pick(['insufficient_funds', 'card_declined', 'expired_card', 'do_not_honor']));
  if (style === 0) r.record = `payment failed card=${c.value} exp=${int(1, 12)}/${int(26, 31)} pm=${pm} display="${masked}" decline_code=${decline}`;
  else if (style === 1) r.record = { level: 'warn', msg: `Zahlung fehlgeschlagen: Karte ${masked}`, debug: { number: c.value, holder: sName(r, V.person()), decline_code: decline, paymentMethod: pm } };
  else r.record = `StripeCardError: Your card was declined.\n    at StripeError.generate (/app/node_modules/stripe/cjs/Error.js:10:${int(10, 40)})\n  decline_code: '${decline}', payment_method: '${pm}', requestId: '${r.k(`req_${V.alnum(14)}`)}',\n  [context]: { customerEmail: '${sEmail(r)}', cardNumber: '${c.value}', masked: '${masked}' }`;
}

// Nodemailer / SDK transport config dumped on an SMTP error.
export function mailTransport(r) {
  const p = V.person();
  const cfg = { host: r.k(pick(['smtp.sendgrid.net', 'smtp.mailgun.org', 'email-smtp.eu-west-1.amazonaws.com'])), port: r.k(587), secure: false,
    auth: { user: pick(['apikey', 'postmaster@mg.kestrel-analytics.io']), pass: pick([() => sKey(r, 'sendgrid'), () => sKey(r, 'mailgun'), () => sPw(r, 'smtp_pass')])() } };
  const env = { from: 'no-reply@kestrel-analytics.io', to: [sEmail(r, p, 'envelope')] };
  r.record = `Error: Invalid login: 535 Authentication failed\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19) {\n  code: 'EAUTH',\n  responseCode: ${r.k(535)},\n  command: 'AUTH PLAIN'\n}\ntransport options: ${ins(cfg, { breakLength: Infinity })}\nenvelope: ${ins(env, { breakLength: Infinity })}`;
  r.k('EAUTH');
}

// console.log(process.env) (a subset) / dotenv debug output.
export function envDump(r) {
  const home = sHome(r, 0);
  const env = {
    NODE_ENV: r.k('production'), PORT: r.k('8080'), LOG_LEVEL: 'debug', HOME: home, PWD: `${home}/apps/checkout`,
    DATABASE_URL: connUrl(r, pick(['postgres', 'postgresql', 'mysql'])), JWT_SECRET: r.s('other_secret', 'jwt_secret', V.OTHER.jwt_secret()), STRIPE_SECRET_KEY: sKey(r, 'stripe_secret'),
    STRIPE_PUBLISHABLE_KEY: r.k(V.publishable()), SESSION_MAX_AGE: '86400', GIT_SHA: r.k(V.gitSha()),
  };
  if (chance(0.5)) env.AWS_ACCESS_KEY_ID = sKey(r, 'aws_access_key');
  if (chance(0.5)) env.AWS_SECRET_ACCESS_KEY = sKey(r, 'aws_secret');
  if (chance(0.4)) env.OPENAI_API_KEY = sKey(r, 'openai');
  if (chance(0.3)) env.NPM_TOKEN = sTok(r, 'npm');
  if (chance(0.5)) { r.record = `[dotenv@16.4.5] debug env ${ins(env, { breakLength: 100 })}`; r.k('SESSION_MAX_AGE: \'86400\''); } else { r.record = { msg: 'effective environment', env }; r.kf('SESSION_MAX_AGE', '86400'); }
}

// node-config / convict dump at boot (JSON).
export function configDump(r) {
  const cfg = {
    app: { name: 'checkout', version: r.k(V.semver()), port: 3000 },
    db: { host: r.k(V.hostname()), port: 5432, user: 'app_rw', password: r.s('password', 'config_db', V.password()), pool: { max: 20 } },
    redis: { url: connUrl(r, pick(['redis', 'rediss'])) },
    auth: { passwordMinLength: r.kf('passwordMinLength', int(8, 14)), tokenTtlSeconds: r.kf('tokenTtlSeconds', pick([900, 3600])), cookieSecret: r.s('other_secret', 'cookie_secret', V.b64url(32)), issuer: 'https://auth.kestrel-analytics.io/' },
    mail: { apiKey: sKey(r, pick(['sendgrid', 'postmark', 'mailgun'])), from: 'no-reply@kestrel-analytics.io' },
    webhooks: { stripe: { secret: sOther(r, 'webhook_secret'), tolerance: r.kf('tolerance', 300) } },
  };
  if (chance(0.4)) cfg.oauth = { clientId: r.k(V.oauthClientId()), clientSecret: r.s('other_secret', 'oauth_client_secret', `GOCSPX-${V.b64url(28)}`) };
  r.record = { level: 'debug', msg: 'loaded configuration', config: cfg };
}

// Application audit trail entries.
export function auditTrail(r) {
  const lang = pick(V.LANGS); const actor = V.person(lang); const target = V.person(lang);
  const action = pick(['user.update', 'user.impersonate', 'payout.bank_changed', 'address.changed', 'mfa.reset']);
  const rec = { ts: r.k(V.isoTs()), action: r.k(action), actor: { id: r.k(`adm_${V.alnum(8)}`), email: sWorkEmail(r, actor), ip: sIp(r, chance(0.3) ? 'v6' : 'v4') }, target: { id: r.k(`usr_${V.alnum(12)}`), name: sName(r, target) } };
  if (action === 'payout.bank_changed') rec.changes = { iban: { from: sIban(r), to: sIban(r) } };
  else if (action === 'address.changed') rec.changes = { address: { from: sAddr(r, lang), to: sAddr(r, lang) } };
  else if (action === 'mfa.reset') rec.changes = { recoveryCodes: [sOther(r, 'recovery_code'), sOther(r, 'recovery_code'), sOther(r, 'recovery_code')], method: 'totp' };
  else rec.changes = { phone: { from: sPhone(r, lang), to: sPhone(r, lang) } };
  r.record = rec;
}

// BullMQ job failed, job data logged whole.
export function bullJob(r) {
  const lang = pick(V.LANGS); const p = V.person(lang);
  const data = { template: r.k(pick(['welcome', 'password-reset', 'invoice-ready'])), to: sEmail(r, p), vars: { fullName: sName(r, p), resetUrl: `https://app.kestrel-analytics.io/r/${sTok(r, 'reset')}` } };
  r.record = { level: 50, msg: `job ${r.k(`${int(1000, 99999)}`)} failed: ${pick(['Mailgun 429 Too Many Requests', 'ETIMEDOUT', 'Template not found'])}`, queue: 'mail', attemptsMade: r.kf('attemptsMade', int(1, 5)), data };
}

// SQS dead-letter message with its body as a JSON string.
export function deadLetter(r) {
  const lang = pick(V.LANGS); const p = V.person(lang);
  const c = V.card();
  const body = { orderId: r.k(V.orderId()), customer: { name: sName(r, p), email: sEmail(r, p), phone: sPhone(r, lang) }, shipping: sAddr(r, lang), payment: { last4: c.last4, iban: chance(0.5) ? sIban(r) : undefined } };
  r.record = { msg: 'moved to DLQ after max receives', queueUrl: r.k(`https://sqs.eu-central-1.amazonaws.com/${V.digits(12)}/orders-dlq`), messageId: r.k(V.uuid()), receiveCount: r.kf('receiveCount', int(3, 10)), body: JSON.stringify(body) };
}

// Webhook received: signature verification failed, the developer logs the secret used and the payload.
export function webhookReceived(r) {
  const p = V.person();
  const secret = sOther(r, pick(['webhook_secret', 'slack_signing', 'hmac_key']));
  const evt = r.k(`evt_1${V.alnum(23)}`);
  r.record = `webhook signature mismatch for ${evt} (secret=${secret}) payload={"id":"${evt}","type":"customer.updated","data":{"object":{"email":"${sEmail(r, p)}","name":"${sName(r, p)}","address":{"line1":"${sAddr(r, 'en').split(',')[0]}"}}}}`;
  const a = r.sensitive.find((s) => s.kind === 'address'); a.value = a.value.split(',')[0]; a.sub = 'line1';
}

// Outgoing webhook delivery log with the signing secret and a retry schedule.
export function webhookSent(r) {
  const p = V.person();
  r.record = { msg: 'delivering webhook', endpoint: r.k(`https://hooks.${pick(['acme-erp.example', 'partner-crm.example'])}/inbound/${V.alnum(8)}`), attempt: int(1, 6), signingSecret: sOther(r, 'hmac_key'),
    headers: { 'X-Signature-Timestamp': String(1760000000 + int(0, 9e6)), 'X-Webhook-Id': r.k(V.uuid()) }, payload: { event: 'order.shipped', recipient: sName(r, p), phone: sPhone(r), address: sAddr(r) } };
}

// Support/admin tool actions (free text, several languages).
export function supportAction(r) {
  const lang = pick(V.LANGS); const p = V.person(lang); const agent = V.person(lang);
  const ag = sName(r, agent, 'agent');
  const cust = sName(r, p);
  const t = {
    en: () => `support: ${ag} verified ${cust} by DOB ${sDob(r, 2)} and last digits, changed email to ${sEmail(r, p)}`,
    de: () => `Support: ${ag} hat ${cust} (geb. ${sDob(r, 1)}) verifiziert, neue Telefonnummer ${sPhone(r, 'de')}`,
    fr: () => `support : ${ag} a modifié l'adresse de ${cust} : ${sAddr(r, 'fr')}`,
    es: () => `soporte: ${ag} actualizó el DNI de ${cust} a ${sNid(r, 'es')}`,
    pt: () => `suporte: ${ag} conferiu CPF ${sNid(r, 'pt')} de ${cust}`,
    it: () => `assistenza: ${ag} ha aggiornato il codice fiscale di ${cust}: ${sNid(r, 'it')}`,
    nl: () => `support: ${ag} heeft BSN ${sNid(r, 'nl')} van ${cust} gecontroleerd`,
    pl: () => `wsparcie: ${ag} zweryfikował PESEL ${sNid(r, 'pl')} klienta ${cust}`,
    ja: () => `サポート: ${ag} が ${cust} 様の住所を変更しました: ${sAddr(r, 'ja')}`,
    zh: () => `客服: ${ag} 核验了 ${cust} 的身份证号 ${sNid(r, 'zh')}`,
  }[lang]();
  r.record = `${r.k(V.isoTs())} INFO admin-console ticket=${r.k(`SUP-${V.digits(6)}`)} ${t}`;
}

// GraphQL error with operation variables.
export function graphqlError(r) {
  const p = V.person();
  r.record = { level: 'error', msg: 'GraphQL execution error', operationName: r.k(pick(['SignUp', 'UpdateProfile', 'ChangePassword'])), path: ['signUp'],
    extensions: { code: r.k('BAD_USER_INPUT') }, variables: { input: { email: sEmail(r, p), password: sPw(r, 'gql_variable'), newPassword: sPw(r, 'gql_variable'), displayName: sName(r, p) } } };
}

// ioredis / pg / mongoose connection errors carrying the URL.
export function driverError(r) {
  const kind = pick(['redis', 'pg', 'mongo', 'amqp']);
  if (kind === 'redis') r.record = `[ioredis] Unhandled error event: ReplyError: WRONGPASS invalid username-password pair or user is disabled.\n    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)\nconnecting to ${connUrl(r, 'rediss')}`;
  else if (kind === 'pg') {
    const pw = r.s('password', 'pg_config', V.connPassword());
    r.record = `error: password authentication failed for user "app_rw"\n    at Parser.parseErrorMessage (/app/node_modules/pg-protocol/dist/parser.js:283:98)\n  code: '${r.k('28P01')}'\npool config: ${ins({ host: r.k(V.hostname()), port: 5432, database: 'ledger', user: 'app_rw', password: pw, max: 10, idleTimeoutMillis: 30000 }, { breakLength: Infinity })}`;
  } else if (kind === 'mongo') r.record = `MongoServerError: bad auth : Authentication failed.\n    at Connection.onMessage (/app/node_modules/mongodb/lib/cmap/connection.js:207:30)\n  code: ${r.k(8000)}, codeName: 'AtlasError'\nMONGO_URL=${connUrl(r, 'mongodb+srv')}`;
  else r.record = `amqplib: connect failed (ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN) url=${connUrl(r, 'amqps')}`;
}

// OAuth callback: the token response is logged verbatim.
export function oauthTokens(r) {
  const resp = { access_token: sTok(r, pick(['google_oauth', 'jwt', 'opaque_bearer'])), refresh_token: sTok(r, 'refresh'), id_token: sTok(r, 'jwt'), token_type: r.k('Bearer'), expires_in: r.kf('expires_in', 3599), scope: 'openid email profile' };
  if (chance(0.5)) r.record = { level: 'debug', msg: 'passport: token response', provider: r.k(pick(['google', 'azure-ad', 'keycloak'])), clientId: r.k(V.oauthClientId()), resp };
  else { r.record = `[next-auth][debug][OAUTH_CALLBACK_RESPONSE] ${JSON.stringify({ tokens: resp, account: { providerAccountId: r.k(V.digits(21)) } })}`; }
}

// Maps: per-key rate limiter state and sessions indexed by e-mail, logged as Maps.
export function mapState(r) {
  const a = sKey(r, pick(['generic_header', 'stripe_restricted', 'datadog']));
  const b = sKey(r, pick(['generic_header', 'openai']));
  const e1 = sEmail(r); const e2 = sEmail(r);
  r.record = { msg: 'limiter snapshot', windowMs: r.kf('windowMs', 60000), usageByKey: { [a]: int(1, 500), [b]: int(1, 500) }, sessionsByEmail: { [e1]: r.k(V.uuid()), [e2]: r.k(V.uuid()) } };
  r.maps = [['usageByKey'], ['sessionsByEmail']];
}

// Template render failure dumping its context.
export function templateError(r) {
  const lang = pick(V.LANGS); const p = V.person(lang);
  const ctx = { user: { name: sName(r, p), email: sEmail(r, p) }, invoice: { number: r.k(V.orderId()), iban: sIban(r), total: '149.00' }, locale: lang };
  r.record = pick([
    () => `Error: Missing helper: "formatCurrency"\n    at Object.<anonymous> (/app/node_modules/handlebars/dist/cjs/helpers/helper-missing.js:19:13)\n  template: 'invoice.hbs'\n  context: ${JSON.stringify(ctx)}`,
    () => `ejs render failed (invoice.ejs:${int(3, 90)}) >> formatCurrency is not defined; locals=${ins(ctx, { breakLength: Infinity })}`,
  ])();
}

// Home paths in stack traces from a developer machine / build agent.
export function devStack(r) {
  const home = sHome(r, int(0, 2));
  const sep = home.startsWith('C:') ? '\\' : '/';
  const f = (rel) => `${home}${sep}${rel.split('/').join(sep)}`;
  r.record = `TypeError: Cannot read properties of undefined (reading '${pick(['id', 'email', 'map'])}')\n    at resolveUser (${f('code/kestrel/api/src/users.ts')}:${int(10, 300)}:${int(5, 40)})\n    at ${f('code/kestrel/api/node_modules/.pnpm/koa-compose@4.1.0/node_modules/koa-compose/index.js')}:42:32\n  build ${r.k(V.gitSha())}`;
}
