// Platform and business log sources: rate limits, anomaly detection, delivery providers, webhooks,
// billing, support and trust & safety.
import { person, phone, publicIp, ipv6, password, vendorKey, dob, nationalId, iban, card, ADDRESSES, latlng, TENANTS, REGIONS, CITIES, ver } from './values.mjs';

const o = (record, maps) => ({ format: 'object', record, ...(maps ? { maps } : {}) });
const t = (record) => ({ format: 'text', record });

const SUPPORT = [
  ['en', (n) => `Hi, this is ${n}. I can't log in since my phone was stolen, please reset my MFA.`],
  ['de', (n) => `Hallo, hier ist ${n}. Ich bekomme keinen SMS-Code mehr, bitte helfen Sie mir.`],
  ['fr', (n) => `Bonjour, je suis ${n}, mon compte est bloqué après trop de tentatives.`],
  ['es', (n) => `Hola, soy ${n}. El enlace mágico ha caducado y no puedo entrar.`],
  ['pt', (n) => `Olá, meu nome é ${n} e não recebo o e-mail de verificação.`],
  ['ja', (n) => `${n}です。パスキーを登録した端末を紛失しました。`],
  ['ru', (n) => `Здравствуйте, меня зовут ${n}. Не приходит код подтверждения.`],
  ['ar', (n) => `مرحبا، أنا ${n}. لا أستطيع تسجيل الدخول إلى حسابي.`],
  ['hi', (n) => `नमस्ते, मैं ${n} हूँ। मेरा खाता लॉक हो गया है।`],
  ['ko', (n) => `안녕하세요, ${n}입니다. 인증 메일이 오지 않습니다.`],
  ['zh', (n) => `你好，我是${n}，我的账户被锁定了。`],
  ['pl', (n) => `Dzień dobry, nazywam się ${n}, nie mogę się zalogować.`],
  ['tr', (n) => `Merhaba, ben ${n}. Hesabıma giriş yapamıyorum.`],
];

export const families = {
  rate_limit(r, c) {
    const ip = publicIp(r);
    return t(`${r.ts()} edge-ratelimit ${c.k('status=429')} bucket=${c.k('/oauth/token:' + r.pick(TENANTS))} key=ip:${c.s(ip, 'ip', 'ratelimit_key')} ${c.k('limit=100')} window=60s retry_after=${r.int(1, 60)} region=${c.k(r.pick(REGIONS))}`);
  },
  rate_limit_obj(r, c) {
    const k1 = vendorKey(r, 'stripe_restricted').value; const ip = publicIp(r);
    const usage = { [k1]: r.int(1, 900), [`ip:${ip}`]: r.int(1, 200) };
    c.s(k1, 'api_key', 'map_key'); c.s(ip, 'ip', 'map_key');
    return o({ level: 40, time: r.ts(), svc: 'mgmt-ratelimit', msg: 'quota snapshot', tenant: c.k(r.pick(TENANTS)), usageByKey: usage, settings: { burst: c.kf('burst', 50), refillPerSecond: c.kf('refillPerSecond', 10) } }, [['usageByKey']]);
  },
  anomaly(r, c) {
    const p = person(r); const [a, b] = latlng(r); const [x, y] = latlng(r);
    return o({ level: 40, time: r.ts(), svc: 'anomaly-detection', msg: 'impossible travel', user: c.s(p.email, 'email', 'user'), risk: c.k('high'), score: 0.93,
      from: { ip: c.s(publicIp(r), 'ip', 'ipv4'), lat: Number(c.s(a, 'geo', 'lat')), lon: Number(c.s(b, 'geo', 'lng')) }, to: { ip: c.s(ipv6(r), 'ip', 'ipv6'), lat: Number(c.s(x, 'geo', 'lat')), lon: Number(c.s(y, 'geo', 'lng')) }, model: c.k('travel-v' + r.int(2, 9)), ruleId: c.k('AD-' + r.int(100, 999)) });
  },
  bot_detection(r, c) {
    return t(`${r.ts()} bot-detect verdict=${c.k('captcha_required')} rdns=${rdns(r, c)} score=${c.k('0.' + r.digits(2))} ja3=${c.k(r.hex(32))} ip=${c.s(publicIp(r), 'ip', 'ipv4')} ua="${r.pick(['python-requests/2.32.3', 'curl/8.7.1', 'Go-http-client/2.0'])}" asn=${c.k('AS' + r.int(1000, 64000))} path=/u/signup`);
  },
  email_delivery(r, c) {
    const p = person(r);
    return o({ level: 30, time: r.ts(), svc: 'email-delivery', msg: 'provider webhook', provider: c.k('sendgrid'), events: [{ event: c.k(r.pick(['delivered', 'bounce', 'dropped', 'deferred'])), email: c.s(p.email, 'email', 'provider_event'), sg_message_id: c.k(r.alnum(22) + '.filter' + r.digits(4)), reason: r.pick(['550 5.1.1 User unknown', '421 4.7.0 Try again later', '250 OK']), ip: c.k('167.89.' + r.int(0, 255) + '.' + r.int(1, 254)) }] });
  },
  email_provider_auth(r, c) {
    const k = vendorKey(r, r.pick(['sendgrid', 'mailgun'])).value;
    return t(`${r.ts()} ERROR email-delivery: provider rejected credentials (401) provider=${c.k(k.startsWith('SG.') ? 'sendgrid' : 'mailgun')} Authorization: Bearer ${c.s(k, 'api_key', k.startsWith('SG.') ? 'sendgrid' : 'mailgun')} tenant=${c.k(r.pick(TENANTS))} ${c.k('retry_in=30s')}`);
  },
  sms_delivery(r, c) {
    const ph = phone(r); const tok = vendorKey(r, 'twilio_token').value;
    return o({ level: 50, time: r.ts(), svc: 'sms-gateway', msg: 'twilio send failed', to: c.s(ph.value, 'phone', ph.sub), accountSid: c.k('AC' + r.hex(32)), auth: { username: 'AC…', password: c.s(tok, 'api_key', 'twilio_auth_token') }, twilio: { code: c.kf('code', r.pick([21211, 21408, 21610, 30007])), moreInfo: c.k('https://www.twilio.com/docs/errors/21408') } });
  },
  sms_vonage_text(r, c) {
    const ph = phone(r);
    return t(`${r.ts()} sms-gateway fallback provider=vonage api_key=${c.k(r.hex(8))} api_secret=${c.s(vendorKey(r, 'vonage_secret').value, 'api_key', 'vonage_secret')} to=${c.s(ph.value, 'phone', ph.sub)} ${c.k('status=0')} network=${c.k(String(r.int(20000, 72000)))}`);
  },
  customer_webhook(r, c) {
    const sec = `whsec_${r.b64(32)}`; const p = person(r);
    return o({ level: 40, time: r.ts(), svc: 'webhooks', msg: 'delivery failed, will retry', endpoint: c.k(`https://hooks.${r.pick(TENANTS)}.com/idp/events`), attempt: r.int(1, 8), signingSecret: c.s(sec, 'other_secret', 'webhook_secret'),
      payload: { type: c.k('user.created'), data: { email: c.s(p.email, 'email', 'webhook_payload'), phone: c.s(phone(r).value, 'phone', 'webhook_payload') } }, response: { status: c.kf('status', r.pick([500, 502, 503, 504])), bodySnippet: '<html>Bad gateway</html>' }, backoffMs: c.kf('backoffMs', 60000) });
  },
  log_stream(r, c) {
    const dd = vendorKey(r, 'datadog_api').value;
    return o({ level: 30, time: r.ts(), svc: 'log-streams', msg: 'stream paused after errors', streamId: c.k('lst_' + r.alnum(16)), type: c.k('datadog'), sink: { datadogRegion: c.kf('datadogRegion', 'eu'), datadogApiKey: c.s(dd, 'api_key', 'datadog_api') }, errors: r.int(10, 100), lastError: c.k('403 Forbidden') });
  },
  slack_alert(r, c) {
    const hook = `https://hooks.slack.com/services/T${r.upper(8)}/B${r.upper(10)}/${r.alnum(24)}`;
    return t(`${r.ts()} alerting: posting to ${c.s(hook, 'api_key', 'slack_webhook')} channel=${c.k('#idp-oncall')} alert=${c.k('LoginErrorRateHigh')} value=${c.k('7.2%')}`);
  },
  billing(r, c) {
    const cd = card(r); const p = person(r);
    return o({ level: 50, time: r.ts(), svc: 'billing', msg: 'card payment declined', invoice: c.k('INV-' + r.int(2026000, 2026999)), customer: c.k('cus_' + r.alnum(14)), plan: c.k(r.pick(['B2B Professional', 'B2C Essentials', 'Enterprise'])),
      source: { number: c.s(cd.value, 'card', cd.sub), exp: `${r.int(1, 12)}/${r.int(27, 31)}`, holder: c.s(p.name, 'person_name', p.script.toLowerCase()) }, decline: c.k('insufficient_funds'), amount: { value: c.kf('value', r.int(2300, 240000)), currency: 'EUR' } });
  },
  billing_sepa(r, c) {
    const ib = iban(r); const p = person(r);
    return t(`${r.ts()} billing-worker sepa mandate created mandate=${c.k('MD' + r.digits(10))} debtor="${c.s(p.name, 'person_name', p.script.toLowerCase())}" iban=${c.s(ib, 'iban', 'sepa')} amount=${c.k('EUR 1,450.00')} order=${c.k('ORD-' + r.digits(8))}`);
  },
  billing_stripe_key(r, c) {
    const k = vendorKey(r, 'stripe_live').value;
    return o({ level: 50, time: r.ts(), svc: 'billing', msg: 'Stripe authentication error', err: { type: c.k('StripeAuthenticationError'), message: `Invalid API Key provided: ${c.s(k, 'api_key', 'stripe_live')}`, statusCode: c.kf('statusCode', 401), requestId: c.k('req_' + r.alnum(14)) }, stripeApiVersion: c.k('2024-06-20') });
  },
  invoice_address(r, c) {
    const p = person(r);
    return o({ level: 30, time: r.ts(), svc: 'billing', msg: 'invoice rendered', invoice: c.k('INV-' + r.int(2026000, 2026999)), billTo: { name: c.s(p.name, 'person_name', p.script.toLowerCase()), address: c.s(r.pick(ADDRESSES), 'address', 'billing'), vat: c.k('EU' + r.digits(9)) }, pdf: c.k(`s3://billing-invoices/${r.uuid()}.pdf`), pages: 2 });
  },
  support_ticket(r, c) {
    const p = person(r); const [lang, f] = r.pick(SUPPORT);
    c.s(p.name, 'person_name', p.script.toLowerCase());
    return o({ level: 30, time: r.ts(), svc: 'support-desk', msg: 'ticket created', ticket: c.k('SUP-' + r.int(100000, 999999)), lang: c.kf('lang', lang), requester: { email: c.s(p.email, 'email', 'ticket'), phone: c.s(phone(r).value, 'phone', 'ticket') }, body: f(p.name), priority: c.kf('priority', 'P2') });
  },
  support_text(r, c) {
    const p = person(r); const [lang, f] = r.pick(SUPPORT);
    c.s(p.name, 'person_name', p.script.toLowerCase());
    return t(`${r.ts()} zendesk-sync ticket=${c.k('#' + r.int(400000, 999999))} lang=${lang} from=${c.s(p.email, 'email', 'ticket')} subject="${f(p.name)}" tags=${c.k('mfa_reset')},vip`);
  },
  support_identity_check(r, c) {
    const p = person(r); const nid = nationalId(r);
    return t(`${r.ts()} support-agent-notes ticket=${c.k('SUP-' + r.int(100000, 999999))} verified caller ${c.s(p.name, 'person_name', p.script.toLowerCase())} DOB ${c.s(dob(r), 'dob', 'agent_note')} ID ${c.s(nid.value, 'national_id', nid.sub)} last4=${c.k('****')} agent=${c.k('agent-' + r.int(10, 99))}`);
  },
  trust_safety(r, c) {
    const p = person(r);
    return o({ level: 40, time: r.ts(), svc: 'trust-safety', msg: 'tenant flagged for phishing', caseId: c.k('TS-' + r.int(10000, 99999)), tenant: c.k(r.pick(TENANTS)), reporter: { name: c.s(p.name, 'person_name', p.script.toLowerCase()), email: c.s(p.email, 'email', 'reporter') }, evidence: { url: c.k('https://login-' + r.alnum(6).toLowerCase() + '.example-phish.top/u/login'), screenshot: c.k(`s3://ts-evidence/${r.uuid()}.png`) }, action: c.k('suspend_custom_domain') });
  },
  trust_safety_kyc(r, c) {
    const p = person(r); const ib = iban(r); const nid = nationalId(r);
    return o({ level: 30, time: r.ts(), svc: 'trust-safety', msg: 'enterprise KYC review', caseId: c.k('KYC-' + r.int(10000, 99999)), signatory: { name: c.s(p.name, 'person_name', p.script.toLowerCase()), dob: c.s(dob(r), 'dob', 'kyc'), idNumber: c.s(nid.value, 'national_id', nid.sub), address: c.s(r.pick(ADDRESSES), 'address', 'kyc') }, payout: { iban: c.s(ib, 'iban', 'kyc') }, decision: c.k('approved') });
  },
  dsar(r, c) {
    const p = person(r);
    return t(`${r.ts()} privacy-ops DSAR ${c.k('DSAR-' + r.int(1000, 9999))} access request from ${c.s(p.email, 'email', 'dsar')} (${c.s(p.name, 'person_name', p.script.toLowerCase())}) tenant=${c.k(r.pick(TENANTS))} ${c.k('deadline=30d')} status=${c.k('in_progress')}`);
  },
  analytics_event(r, c) {
    const p = person(r); const [a, b] = latlng(r);
    return o({ level: 20, time: r.ts(), svc: 'analytics-ingest', event: c.k('login_success'), props: { email: c.s(p.email, 'email', 'analytics'), city: c.k(r.pick(CITIES)), location: `${c.s(a, 'geo', 'lat')},${c.s(b, 'geo', 'lng')}`, device: c.k('iPhone15,3'), appVersion: c.k(ver(r)) } });
  },
  delivery_addr_text(r, c) {
    const p = person(r);
    return t(`${r.ts()} hardware-keys fulfilment order=${c.k('HK-' + r.digits(7))} ship_to="${c.s(p.name, 'person_name', p.script.toLowerCase())}, ${c.s(r.pick(ADDRESSES), 'address', 'shipping')}" tel=${c.s(phone(r).value, 'phone', 'shipping')} sku=${c.k('YK5-NFC')} carrier=${c.k('DHL Express')}`);
  },
  partner_payout(r, c) {
    const ib = iban(r);
    return o({ level: 30, time: r.ts(), svc: 'marketplace', msg: 'partner payout scheduled', partnerId: c.k('ptn_' + r.alnum(10)), bank: { iban: c.s(ib, 'iban', 'payout'), bic: c.k(r.upper(6) + '2X') }, amountCents: c.kf('amountCents', r.int(10000, 900000)), currency: c.kf('currency', 'USD') });
  },
  fraud_card_test(r, c) {
    const cards = [card(r), card(r)];
    return t(`${r.ts()} WARN billing-fraud card testing burst from ip=${c.s(publicIp(r), 'ip', 'ipv4')} pans=[${cards.map((x) => c.s(x.value, 'card', x.sub)).join(', ')}] blocked=${c.k('true')} radar_rule=${c.k('block_if_velocity_gt_5')}`);
  },
  legacy_password_reset(r, c) {
    const p = person(r); const pw = password(r);
    return o({ level: 20, time: r.ts(), svc: 'legacy-reset', msg: 'password changed via ticket', ticketUrl: `https://${r.pick(TENANTS)}.idp-login.com/lo/reset?ticket=${c.s(r.b64url(32), 'token', 'reset_ticket')}#`, user: c.s(p.email, 'email', 'user'), newPassword: c.s(pw.value, 'password', 'json_' + pw.sub), policy: c.k('good') });
  },
  dob_age_gate(r, c) {
    return t(`${r.ts()} age-gate tenant=${c.k(r.pick(TENANTS))} birthdate=${c.s(dob(r), 'dob', 'age_gate')} verdict=${c.k('underage_blocked')} ${c.k('country=' + r.pick(['DE', 'KR', 'US', 'BR']))}`);
  },
  token_vault(r, c) {
    const k = vendorKey(r, r.pick(['github_fine', 'gitlab_pat', 'slack_bot', 'gcp_api', 'openai'])).value;
    return o({ level: 30, time: r.ts(), svc: 'token-vault', msg: 'federated token refreshed', connection: c.k(r.pick(['github', 'gitlab', 'slack', 'google'])), user_id: c.k('auth0|' + r.hex(24)), upstream: { access_token: c.s(k, 'token', 'federated'), scope: 'repo read:org', expires_at: c.k(r.ts()) } });
  },
};

function rdns(r, c) {
  const ip = publicIp(r).replace(/\./g, '-');
  const isp = r.pick(['dynamic.kabel-deutschland.de', 'customer.vivozap.com.br', 'bb.sky.com', 'ap.dynamic.ocn.ne.jp', 'res.spectrum.com', 'broadband.airtel.in']);
  return `${r.pick(['ip-', 'host-', '', 'cpe-'])}${c.s(ip, 'ip', 'hostname')}.${isp}`;
}
