// Data-side logs of the same SaaS: slow queries, search, admin audit trails, feature flags,
// support messages in many languages, config dumps at boot, and stack traces with cause chains.
import * as v from './values.mjs';

export function dbSlowQuery(c) {
  c.format = 'text';
  const p = v.person();
  return v.pick([
    () => `${c.time()} UTC [${v.int(1000, 99999)}] app@core LOG:  duration: ${c.k(`${v.int(500, 9000)}.${v.int(100, 999)} ms`)}  statement: SELECT id, plan FROM accounts WHERE lower(email) = lower('${c.email(p, 'sql_literal')}') AND deleted_at IS NULL`,
    () => `# Time: ${c.time()}\n# User@Host: crm[crm] @  [${v.privateIp()}]  Id: ${c.k(String(v.int(10000, 99999)))}\n# Query_time: ${c.k(`${v.int(1, 9)}.${v.digits(6)}`)}  Lock_time: 0.000012 Rows_sent: 1  Rows_examined: ${v.int(10000, 900000)}\nSELECT * FROM customers WHERE phone = '${c.phone('sql_literal')}' OR tax_id = '${c.nid()}';`,
    () => `{"t":{"$date":"${c.time()}"},"s":"I","c":"COMMAND","id":51803,"ctx":"conn${v.int(100, 9999)}","msg":"Slow query","attr":{"ns":"${c.k('crm.contacts')}","command":{"find":"contacts","filter":{"fullName":"${c.name(p)}","address":"${c.addr()}"}},"durationMillis":${c.k(String(v.int(100, 9000)))}}}`,
    () => `${c.time()} prisma:query UPDATE "public"."User" SET "iban" = $1, "dob" = $2 WHERE "id" = $3 params=["${c.iban(false)}","${c.dob('iso')}","${c.k(`usr_${v.alnum(12)}`)}"] duration=${c.k(`${v.int(100, 9000)}ms`)}`,
    () => `${c.time()} knex:pool error acquiring connection to ${v.pick(['postgresql', 'mysql'])}://report_ro:${c.s('connection_string', 'sql_url', v.password())}@${c.k(`replica-${v.int(1, 4)}.db.quillstack.io`)}:${c.k('5432')}/analytics (Knex: Timeout acquiring a connection)`,
  ])();
}

export function searchQuery(c) {
  const p = v.person();
  return v.pick([
    () => ({ level: 'debug', msg: 'es query', index: c.k(v.pick(['customers-v3', 'tickets-2025.05', 'contacts'])), body: { query: { bool: { should: [{ match: { email: c.email(p, 'es_match') } }, { match_phrase: { full_name: c.name(p) } }], filter: [{ term: { tenant_id: c.k(`ten_${v.alnum(8)}`) } }] } }, size: 20 }, took: c.kf('took', v.int(1, 900)) }),
    () => ({ level: 'info', msg: 'algolia search', appId: c.k(upper10()), headers: { 'X-Algolia-API-Key': c.s('api_key', 'algolia_admin', v.hex(32)) }, params: `query=${c.s('person_name', 'search_params', encodeURIComponent(p.full))}&hitsPerPage=20`, nbHits: c.kf('nbHits', v.int(0, 40)), processingTimeMS: c.kf('processingTimeMS', v.int(1, 90)), searchOnlyKeyUsed: c.kf('searchOnlyKeyUsed', false) }),
    () => ({ level: 'info', msg: 'meilisearch', q: c.phone('search_q'), index: c.k('orders'), filter: `status = ${c.k('paid')}`, estimatedTotalHits: c.kf('estimatedTotalHits', v.int(0, 50)) }),
  ])();
  function upper10() { return v.upperAlnum(10); }
}

export function adminAudit(c) {
  const actor = v.person(); const target = v.person();
  const common = { actor: { id: c.k(`adm_${v.alnum(10)}`), email: c.email(actor, 'audit_actor'), ip: v.chance(0.3) ? c.ip('audit_actor') : undefined }, at: c.time(), requestId: c.reqId() };
  return v.pick([
    () => ({ ...common, action: c.kf('action', 'user.update'), target: { id: c.k(`usr_${v.alnum(12)}`) }, changes: { email: { from: c.email(target, 'audit_diff'), to: c.email(v.person(), 'audit_diff') }, phone: { from: null, to: c.phone('audit_diff') } } }),
    () => ({ ...common, action: c.kf('action', 'kyc.approve'), target: { name: c.name(target), nationalId: c.nid(), dateOfBirth: c.dob(v.pick(['iso', 'de', 'fr'])), address: c.addr() }, reviewer_note: c.k('documents match') }),
    () => ({ ...common, action: c.kf('action', 'payout_account.update'), target: { holder: c.name(target), iban: { from: `${c.k(`****${v.digits(4)}`)}`, to: c.iban() } } }),
    () => ({ ...common, action: c.kf('action', 'api_key.rotate'), key: { id: c.k(`key_${v.alnum(12)}`), prefix: c.k(`sk_live_${v.alnum(4)}…`), masked: c.k(`sk_live_••••••••${v.alnum(4)}`), created: c.s('api_key', 'audit_new_key', v.stripeSecret()) }, scopes: c.kf('scopes', ['read', 'write']) }),
    () => ({ ...common, action: c.kf('action', 'impersonation.start'), target: { email: c.email(target, 'audit_target') }, sessionToken: c.s('token', 'impersonation', v.b64url(48)), reason: c.k('support ticket escalation') }),
  ])();
}

export function featureFlags(c) {
  const p = v.person();
  const ctx = { kind: 'user', key: c.k(`usr_${v.alnum(12)}`), email: c.email(p, 'flag_context'), ip: v.chance(0.4) ? c.ip('flag_context') : undefined, country: c.k(v.pick(['DE', 'FR', 'JP', 'BR', 'IN', 'KR', 'TR'])), custom: { plan: c.kf('plan', v.pick(['free', 'team', 'business'])), seats: c.kf('seats', v.int(1, 500)) } };
  if (v.chance(0.4)) { const [lat, lng] = c.geo(); ctx.custom.location = { lat, lng }; }
  return v.pick([
    () => ({ kind: 'feature', creationDate: v.epochMs(), key: c.k(v.pick(['new-checkout-flow', 'ai-summaries', 'passwordless-login', 'sso-enforcement'])), version: c.kf('version', v.int(1, 90)), variation: c.kf('variation', v.int(0, 3)), value: true, context: ctx }),
    () => ({ event: 'experiment_viewed', experimentId: c.k(`exp_${v.alnum(8)}`), variationId: c.kf('variationId', v.int(0, 2)), hashAttribute: 'id', attributes: ctx, sdkKey: c.k(`sdk-${v.alnum(16)}`) }),
  ])();
}

const SUPPORT = {
  en: (n, ph, em, x) => `Hi, this is ${n}. I can't log in since yesterday. Please call me at ${ph} or write to ${em}. ${x}`,
  de: (n, ph, em, x) => `Hallo, hier ist ${n}. Ich komme seit gestern nicht mehr in mein Konto. Bitte rufen Sie mich unter ${ph} an oder schreiben Sie an ${em}. ${x}`,
  fr: (n, ph, em, x) => `Bonjour, je suis ${n}. Je n'arrive plus à me connecter. Rappelez-moi au ${ph} ou écrivez à ${em}. ${x}`,
  es: (n, ph, em, x) => `Hola, soy ${n}. No puedo acceder a mi cuenta. Llámenme al ${ph} o escriban a ${em}. ${x}`,
  pt: (n, ph, em, x) => `Olá, meu nome é ${n}. Não consigo entrar na conta. Liguem para ${ph} ou mandem e-mail para ${em}. ${x}`,
  it: (n, ph, em, x) => `Buongiorno, sono ${n}. Non riesco ad accedere. Potete chiamarmi al ${ph} o scrivere a ${em}? ${x}`,
  nl: (n, ph, em, x) => `Hoi, met ${n}. Ik kan sinds gisteren niet inloggen. Bel me op ${ph} of mail naar ${em}. ${x}`,
  sv: (n, ph, em, x) => `Hej, jag heter ${n}. Jag kan inte logga in. Ring mig på ${ph} eller mejla ${em}. ${x}`,
  tr: (n, ph, em, x) => `Merhaba, ben ${n}. Dünden beri hesabıma giremiyorum. Beni ${ph} numarasından arayın ya da ${em} adresine yazın. ${x}`,
  ru: (n, ph, em, x) => `Здравствуйте, меня зовут ${n}. Не могу войти в аккаунт. Позвоните мне по номеру ${ph} или напишите на ${em}. ${x}`,
  ar: (n, ph, em, x) => `مرحبا، أنا ${n}. لا أستطيع تسجيل الدخول منذ الأمس. اتصلوا بي على ${ph} أو راسلوني على ${em}. ${x}`,
  hi: (n, ph, em, x) => `नमस्ते, मैं ${n} हूँ। कल से लॉगिन नहीं हो पा रहा है। कृपया मुझे ${ph} पर कॉल करें या ${em} पर लिखें। ${x}`,
  ja: (n, ph, em, x) => `お世話になっております。${n}です。昨日からログインできません。${ph}にお電話いただくか、${em}までご連絡ください。${x}`,
  ko: (n, ph, em, x) => `안녕하세요, ${n}입니다. 어제부터 로그인이 안 됩니다. ${ph}로 전화 주시거나 ${em}로 메일 주세요. ${x}`,
  zh: (n, ph, em, x) => `您好，我是${n}。从昨天起无法登录账户。请拨打${ph}或发邮件到${em}联系我。${x}`,
};
const SUPPORT_PHONE = { en: 'gb', de: 'de', fr: 'fr', es: 'es', pt: 'br', it: 'it', nl: 'nl', sv: 'se', tr: 'tr', ru: 'ru', ar: 'e164', hi: 'in', ja: 'jp', ko: 'kr', zh: 'cn' };
const SUPPORT_LANG_OF_NAME = { en: 'en', de: 'de', fr: 'fr', es: 'es', pt: 'pt', it: 'it', nl: 'nl', sv: 'sv', tr: 'tr', ru: 'ru', ar: 'ar', hi: 'hi', ja: 'ja', ko: 'ko', zh: 'zh' };

export function supportMessage(c) {
  const lang = v.pick(Object.keys(SUPPORT));
  const p = v.person(SUPPORT_LANG_OF_NAME[lang]);
  const name = c.name(p);
  const ph = c.s('phone', `support_${lang}`, v.phone(SUPPORT_PHONE[lang]));
  const em = c.email(p, 'support_text');
  const extra = v.pick([
    () => `IBAN: ${c.iban(true)}`,
    () => `Card ${c.card()}`,
    () => `${c.addr()}`,
    () => `ID ${c.nid()}`,
    () => `DOB ${c.dob()}`,
    () => `Ticket ${c.orderId()}`,
    () => `pw: ${c.s('password', 'support_text', v.password())}`,
  ])();
  const text = SUPPORT[lang](name, ph, em, extra);
  if (v.chance(0.5)) { c.format = 'text'; return `${c.time()} [support-inbox] lang=${c.k(lang)} ticket=${c.k(`TCK-${v.int(100000, 999999)}`)} channel=${c.k(v.pick(['email', 'chat', 'whatsapp']))} body="${text}"`; }
  return { level: 'info', msg: 'ticket created', ticket: { id: c.k(`TCK-${v.int(100000, 999999)}`), locale: c.kf('locale', lang), subject: c.k(v.pick(['Login problem', 'Zugang gesperrt', 'Problème de connexion', 'ログインできない'])), body: text, requester: { email: em }, tags: [c.k('login'), c.k('priority:normal')] } };
}

export function configDump(c) {
  const user = c.home();
  const asText = v.chance(0.5);
  // Settings under secret-sounding names are kept: as KEY=value in a dotenv dump, as a JSON field otherwise.
  const kv = (key, val) => { if (asText) c.k(`${key}=${val}`); else c.kf(key, val); return val; };
  const env = {
    NODE_ENV: 'production', PORT: kv('PORT', '3000'), LOG_LEVEL: 'info',
    DATABASE_URL: `postgres://api:${c.s('connection_string', 'env_database_url', v.password())}@${c.k(`pg-${v.lower(6)}.eu-central-1.rds.amazonaws.com`)}:5432/core?sslmode=require`,
    REDIS_URL: `rediss://default:${c.s('connection_string', 'env_redis_url', v.alnum(32))}@${c.k(`cache-${v.lower(6)}.upstash.io`)}:6379`,
    JWT_SECRET: c.s('other_secret', 'jwt_secret', v.signingKey()), SESSION_SECRET: c.s('other_secret', 'session_secret', v.b64(48).replace(/[+/]/g, 'x')),
    JWT_EXPIRES_IN: kv('JWT_EXPIRES_IN', '15m'), BCRYPT_ROUNDS: kv('BCRYPT_ROUNDS', '12'), PASSWORD_MIN_LENGTH: kv('PASSWORD_MIN_LENGTH', '12'), SECRET_ROTATION_DAYS: kv('SECRET_ROTATION_DAYS', '90'),
    STRIPE_PUBLISHABLE_KEY: c.k(v.stripePublishable()), OAUTH_CLIENT_ID: c.k(v.oauthClientId()), OAUTH_CLIENT_SECRET: c.s('other_secret', 'client_secret', v.clientSecret()),
    AWS_ACCESS_KEY_ID: v.awsKeyId(), AWS_SECRET_ACCESS_KEY: c.s('api_key', 'aws_secret', v.awsSecret()),
    PWD: `/home/${user}/deploy/api`, GIT_SHA: c.k(v.sha()),
  };
  if (v.chance(0.6)) env.SIGNING_KEY_PEM = c.s('private_key', 'env_pem', v.pemKey());
  if (v.chance(0.3)) env.SIGNING_KEY_B64 = c.s('private_key', 'pem_base64', Buffer.from(v.pemKey('EC PRIVATE KEY')).toString('base64'));
  if (v.chance(0.3)) env.DB_PASSWORD_MASKED = c.k('********');
  if (asText) { c.format = 'text'; return `${c.time()} info boot config loaded\n${Object.entries(env).map(([k, x]) => `${k}=${x}`).join('\n')}`; }
  return { level: 30, msg: 'config loaded', env, tokenTtlSeconds: c.kf('tokenTtlSeconds', 900), passwordPolicy: { minLength: c.kf('minLength', 12), requireSymbols: c.kf('requireSymbols', true) } };
}

export function stackCause(c) {
  const user = c.home();
  const root = `/home/${user}/code/quillstack-api`;
  const cause = v.pick([
    () => `password authentication failed for user "api" (postgres://api:${c.s('connection_string', 'cause_message', v.password())}@${c.k(`db-${v.int(1, 9)}.internal`)}:5432/core)`,
    () => `Invalid API key provided: ${c.s('api_key', 'cause_message', v.stripeSecret())}`,
    () => `jwt malformed: ${c.s('token', 'cause_message', v.jwt())}`,
    () => `Duplicate key: email=${c.email(undefined, 'cause_message')}`,
  ])();
  if (v.chance(0.5)) {
    c.format = 'text';
    return `Error: ${v.pick(['Unable to create order', 'Checkout failed', 'Sync job aborted'])}\n    at OrderService.create (${root}/src/orders/service.ts:${v.int(10, 300)}:${v.int(1, 40)})\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5) {\n  [cause]: Error: ${cause}\n      at Client._handleErrorMessage (${root}/node_modules/pg/lib/client.js:${v.int(100, 400)}:${v.int(1, 40)})\n}\nrequestId=${c.reqId()} node=${c.k('v20.12.2')}`;
  }
  return { level: 50, msg: 'unhandled', err: { type: 'Error', message: 'Checkout failed', stack: `Error: Checkout failed\n    at handler (${root}/src/checkout.ts:${v.int(10, 300)}:9)`, cause: { message: cause, cause: { message: `remote ${c.ip('cause_peer')} closed connection`, code: c.kf('code', 'ECONNRESET') } } }, traceId: c.trace() };
}

export function devServer(c) {
  c.format = 'text';
  const p = v.person();
  const user = c.home(p);
  return v.pick([
    () => `  ▲ Next.js ${c.k('14.2.3')}\n  - Local:        http://localhost:${c.k('3000')}\n  - Environments: .env.local\n ⨯ ./app/api/auth/[...nextauth]/route.ts\nNEXTAUTH_SECRET=${c.s('other_secret', 'nextauth_secret', v.b64(32))} loaded from /Users/${user}/src/web/.env.local`,
    () => `[vite] hmr update /src/components/Profile.tsx (x${v.int(2, 9)})\n[vite] Internal server error: C:\\Users\\${user}\\projects\\web\\src\\components\\Profile.tsx: Unexpected token (${v.int(1, 99)}:${v.int(1, 40)})`,
    () => `npm ERR! A complete log of this run can be found in: /home/${user}/.npm/_logs/${c.k(`2025-0${v.int(1, 9)}-1${v.int(0, 9)}T10_0${v.int(0, 9)}_00_${v.int(100, 999)}Z-debug-0.log`)}\nnpm ERR! code ${c.k('E401')}\nnpm ERR! //registry.npmjs.org/:_authToken=${c.s('token', 'npm_token', `npm_${v.alnum(36)}`)}`,
  ])();
}
