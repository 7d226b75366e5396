// Billing, messaging, help center, uploads, data import and customer-machine telemetry sources.
import * as V from './values.mjs';
const { pick, int, chance, hex, alnum, digits } = V;

// Customer-written text in several languages and scripts; placeholders are filled with labelled values.
const TICKET = [
  (n, p, x) => `Hallo, ich bin ${n} und erreiche den Export nicht. Bitte rufen Sie mich unter ${p} zurück. ${x}`,
  (n, p, x) => `Bonjour, ${n} ici. Notre import a échoué, vous pouvez me joindre au ${p}. ${x}`,
  (n, p, x) => `Hola, soy ${n}. No puedo descargar la factura; mi teléfono es ${p}. ${x}`,
  (n, p, x) => `お世話になっております。${n}です。請求書がダウンロードできません。連絡先: ${p} ${x}`,
  (n, p, x) => `Здравствуйте, меня зовут ${n}. Не работает SSO, мой телефон ${p}. ${x}`,
  (n, p, x) => `Olá, aqui é ${n}. A importação falhou, meu celular é ${p}. ${x}`,
  (n, p, x) => `您好，我是${n}，无法登录管理后台，请致电 ${p}。${x}`,
  (n, p, x) => `مرحباً، أنا ${n}. لا أستطيع تسجيل الدخول، رقمي ${p}. ${x}`,
  (n, p, x) => `안녕하세요, ${n}입니다. 청구서를 받지 못했습니다. 전화: ${p} ${x}`,
  (n, p, x) => `Dzień dobry, nazywam się ${n}. Faktura ma zły adres, proszę o kontakt: ${p}. ${x}`,
];

export const familiesB = {
  chargebee_event(r) {
    const card = chance(0.5) ? r.card() : undefined;
    const rec = { webhook: 'chargebee', event_type: 'subscription_renewed', id: r.k(`ev_${alnum(18)}`), content: {
      customer: { id: alnum(16), first_name: r.first(), last_name: r.last(), email: r.email(), company: r.k(V.company()), vat_number: r.k(V.vatBiz()),
        billing_address: { line1: r.s('address', 'line1', `${pick(['Keizersgracht', 'Lange Voorhout', 'Bahnhofstrasse'])} ${int(1, 400)}`), city: r.k(V.bizCity()), zip: digits(4) } },
      invoice: { id: r.k(V.invoiceNo()), total: int(1000, 900000), currency_code: 'EUR' }, ...(card ? { gateway_debug: `pan=${card} exp=${int(1, 12)}/${int(26, 31)}` } : {}) }, api_key_used: chance(0.3) ? r.s('api_key', 'chargebee', `live_${alnum(32)}`) : undefined };
    return { format: 'object', record: rec };
  },
  paddle_webhook(r) {
    const sig = r.sec('paddle_signature', V.b64(344).replace(/\//g, '_') + '=');
    const rec = { alert_name: 'subscription_payment_succeeded', p_signature: sig, email: r.email(), customer_name: r.name(), country: pick(['DE', 'JP', 'BR', 'PL']),
      order_id: r.k(V.orderNo()), receipt_url: r.k(`https://my.paddle.com/receipt/${digits(8)}/${digits(8)}-chre${hex(14)}`), next_bill_date: '2025-07-01', unit_price: `${int(10, 900)}.00` };
    return { format: 'object', record: rec };
  },
  invoice_renderer(r) {
    const line = `invoice-renderer: rendering ${r.k(V.invoiceNo())} for ${r.k(V.company())} (VAT ${r.k(V.vatBiz())}) bill-to "${r.name()}, ${r.addr()}" pay-to IBAN ${r.iban()} template=${r.k('invoice-eu-v3')} pages=${int(1, 4)} took ${r.k(V.durationMs())}`;
    return { format: 'text', record: line };
  },
  stripe_api_call(r) {
    const sk = r.s('api_key', 'stripe_secret', `sk_live_${alnum(int(24, 99))}`);
    const c = r.card();
    const rec = { outbound: 'POST https://api.stripe.com/v1/payment_methods', headers: { Authorization: `Bearer ${sk}`, 'Idempotency-Key': r.k(V.uuid()), 'Stripe-Version': r.k('2024-06-20') },
      form: `type=card&card[number]=${c.replace(/ /g, '+')}&card[exp_month]=${int(1, 12)}&card[exp_year]=${int(2026, 2031)}&card[cvc]=${digits(3)}&billing_details[name]=${encodeURIComponent(r.name('latin')).replace(/%20/g, '+')}`,
      status: r.kf('status', pick([200, 402])), error: { code: r.k('card_declined'), doc_url: r.k('https://stripe.com/docs/error-codes/card-declined') } };
    if (c.includes(' ')) { const l = r.sensitive.find((s) => s.kind === 'card'); l.value = c.replace(/ /g, '+'); }
    const nl = r.sensitive.find((s) => s.kind === 'person_name'); nl.value = encodeURIComponent(nl.value).replace(/%20/g, '+'); nl.sub = 'form_encoded';
    return { format: 'object', record: rec };
  },
  psp_debug_text(r) {
    const line = `[psp-adapter] DEBUG authorize ${r.k(V.orderNo())} card=${r.card()} holder="${r.name('latin')}" exp=${String(int(1, 12)).padStart(2, '0')}/${int(26, 31)} amount=${int(100, 99999)} EUR 3ds=${pick(['frictionless', 'challenge'])} acs_ip=${r.ipPub()}`;
    return { format: 'text', record: line };
  },
  sendgrid_send(r) {
    const key = r.s('api_key', 'sendgrid', `SG.${V.b64url(22)}.${V.b64url(43)}`);
    const to = { email: r.email(), name: r.name() };
    const reset = r.s('token', 'magic_link', V.b64url(40));
    const rec = { provider: 'sendgrid', request: { headers: { authorization: `Bearer ${key}` }, body: { personalizations: [{ to: [to], dynamic_template_data: { first_name: to.name, login_url: `https://app.tessellate.io/magic?t=${reset}` } }], from: { email: r.k('no-reply@tessellate.io') }, template_id: r.k(`d-${hex(32)}`) } }, response: { status: r.kf('status', 202) } };
    return { format: 'object', record: rec };
  },
  smtp_bounce(r) {
    const e = r.email();
    const line = `postfix/smtp[${int(1000, 99999)}]: ${V.HEX(10)}: to=<${e}>, relay=${pick(['mx1.web.de', 'gmail-smtp-in.l.google.com', 'mx.orange.fr'])}[${r.ipPub()}]:25, delay=${int(0, 9)}.${int(1, 9)}, dsn=${r.k('5.1.1')}, status=bounced (host said: 550 5.1.1 <${e}>: Recipient address rejected: User unknown)`;
    return { format: 'text', record: line };
  },
  inapp_message(r) {
    const tpl = pick(TICKET);
    const body = tpl(r.name(), r.phone(), chance(0.5) ? r.email() : '');
    const rec = { type: 'message.created', conversationId: r.k(V.uuid()), tenant: r.k(V.tenantSlug()), author: { id: V.uuid(), role: 'customer' }, body, attachments: [], locale: pick(['de', 'fr', 'es', 'ja', 'ru', 'pt-BR', 'zh-CN', 'ar', 'ko', 'pl']) };
    return { format: 'object', record: rec };
  },
  helpdesk_ticket(r) {
    const tpl = pick(TICKET);
    const ticket = r.k(V.ticketNo());
    const extra = pick([() => `IBAN: ${r.iban()}`, () => `Adresse: ${r.addr()}`, () => `Passwort: ${r.pw('pasted_in_ticket')}`, () => `API key ${r.key()}`, () => '']);
    const rec = { ticket: { number: ticket, subject: pick(['Rechnung falsch', 'Problème SSO', 'インポートエラー', 'Не приходит письмо', 'Erro na importação']), priority: 'high',
      requester: { name: r.name(), email: r.email() }, description: tpl(r.name(), r.phone(), extra()),
      attachments: [{ filename: `${pick(['Screenshot', 'Rechnung', 'Captura'])} ${digits(4)}-${digits(2)}.png`, size: int(1000, 900000), content_type: 'image/png' }] }, sla: { firstResponseMinutes: r.kf('firstResponseMinutes', 240) } };
    return { format: 'object', record: rec };
  },
  helpdesk_email_ingest(r) {
    const from = r.name(), e = r.email();
    const tpl = pick(TICKET);
    const line = `mail-ingest: new ticket ${r.k(V.ticketNo())} From: "${from}" <${e}> Subject: Re: ${r.k(V.invoiceNo())} Body: ${tpl(from, r.phone(), '').slice(0, 400)} spam_score=${int(0, 5)}.${int(0, 9)}`;
    return { format: 'text', record: line };
  },
  help_center_search(r) {
    const q = pick([() => `iban ${r.iban()} falsch`, () => `change phone ${r.phone()}`, () => `cancel account ${r.email()}`, () => `sso login ${r.name()}`, () => `carte ${r.card()} refusée`]);
    const rec = { index: r.k('helpcenter-articles-v4'), query: q(), locale: pick(['de', 'en', 'fr']), hits: int(0, 40), tookMs: int(1, 120), visitor: { ip: r.ipPub() } };
    return { format: 'object', record: rec };
  },
  file_upload_exif(r) {
    const person = r.name('latin');
    const fname = `${pick(['Passport', 'Ausweis', 'Lebenslauf', 'CV', 'Fuehrerschein'])}_${person.replace(/ /g, '_')}.jpg`;
    r.sensitive.pop(); r.s('person_name', 'in_filename', person.replace(/ /g, '_'));
    const [lat, lng] = r.geo();
    const rec = { upload: { id: r.k(V.uuid()), bucket: r.k('tsl-uploads-eu'), key: `${V.tenantSlug()}/${V.uuid()}/${fname}`, size: int(20000, 9000000), mime: 'image/jpeg' },
      exif: { Make: r.k(pick(['Apple', 'samsung', 'Google'])), Model: r.k(pick(['iPhone 14 Pro', 'SM-S918B', 'Pixel 8'])), DateTimeOriginal: '2025:03:11 09:14:22', GPSLatitude: lat, GPSLongitude: lng, Artist: chance(0.5) ? r.name() : undefined },
      uploader: { ip: r.ip() } };
    return { format: 'object', record: rec };
  },
  multipart_upload_text(r) {
    const n = r.name('latin');
    const line = `busboy: field=attachment filename="Arbeitsvertrag - ${n}.pdf" encoding=7bit mime=application/pdf size=${int(10000, 900000)} user=${r.email()} upload=${r.k(V.uuid())}`;
    return { format: 'text', record: line };
  },
  import_csv_rows(r) {
    const header = 'employee_id,first_name,last_name,email,mobile,date_of_birth,national_id,iban,home_address';
    const rows = Array.from({ length: int(1, 3) }, () => [`E${digits(5)}`, r.first(), r.last(), r.email(), r.phone(), r.dob(), r.nat(), r.iban(), `"${r.addr()}"`].join(','));
    const text = `import ${r.k(V.uuid())} rejected ${rows.length} row(s) (${r.k('ERR_IMPORT_ROW_INVALID')}):\n${header}\n${rows.join('\n')}`;
    return { format: 'text', record: text };
  },
  import_xlsx_row(r) {
    const row = { Vorname: r.first(), Nachname: r.last(), 'E-Mail': r.email(), Geburtsdatum: r.dob(), Steuernummer: r.s('national_id', 'de_steuer_id', V.steuerId()), IBAN: r.iban('DE'), Straße: r.addr() };
    const rec = { job: r.k(V.uuid()), source: 'workday.xlsx', sheet: 'Mitarbeiter', rowNumber: int(2, 4000), errors: [{ column: r.k('Geburtsdatum'), code: r.k('INVALID_DATE') }], row: JSON.stringify(row) };
    return { format: 'object', record: rec };
  },
  import_tsv_crm(r) {
    const row = [r.name(), r.email(), r.phone(), r.k(V.company()), r.k(V.bizCity()), `${int(1000, 99000)} EUR`].join('\t');
    const text = `crm-import hubspot→tessellate line ${int(2, 9000)} duplicate contact (constraint ${r.k('contacts_tenant_email_key')}):\t${row}`;
    return { format: 'text', record: text };
  },
  hr_sync_workday(r) {
    const rec = { integration: 'workday', op: 'upsert_worker', worker: { workerId: r.k(`WD-${digits(7)}`), legalName: r.name(), birthDate: r.dob(), nationalIdentifiers: [r.nat()], homeAddress: r.addr(), personalEmail: r.email(), bankAccount: { iban: r.iban() }, manager: r.name() },
      durationMs: int(5, 900) };
    return { format: 'object', record: rec };
  },
  crm_sync_hubspot(r) {
    const tok = r.s('api_key', 'hubspot_private_app', `pat-${pick(['eu1', 'na1'])}-${V.uuid()}`);
    const rec = { outbound: `PATCH https://api.hubapi.com/crm/v3/objects/contacts/${digits(11)}`, authorization: `Bearer ${tok}`,
      properties: { firstname: r.first(), lastname: r.last(), email: r.email(), phone: r.phone(), company: r.k(V.company()), city: r.k(V.bizCity()), lifecyclestage: 'customer' }, rateLimit: { remaining: int(0, 100) } };
    return { format: 'object', record: rec, maps: [['properties']] };
  },
  cli_telemetry(r) {
    const u = r.user();
    const os = pick(['darwin', 'linux', 'win32']);
    const home = os === 'darwin' ? `/Users/${u}` : os === 'linux' ? `/home/${u}` : `C:\\Users\\${u}`;
    const rec = { cli: 'tsl', version: r.k(V.semver()), os, arch: pick(['arm64', 'x64']), node: r.k(`v${pick(['18.20.4', '20.15.1', '22.3.0'])}`), cwd: `${home}${os === 'win32' ? '\\code\\billing-sync' : '/code/billing-sync'}`, configPath: `${home}${os === 'win32' ? '\\.tessellate\\config.json' : '/.tessellate/config.json'}`,
      command: 'tsl deploy --env production', env: { TESSELLATE_API_KEY: r.s('api_key', 'tessellate_live', `tsl_live_${alnum(32)}`), AWS_SECRET_ACCESS_KEY: chance(0.5) ? r.s('api_key', 'aws_secret', V.awsSecret()) : undefined, CI: 'false', LOG_LEVEL: 'debug' }, durationMs: int(100, 90000) };
    return { format: 'object', record: rec, maps: chance(0.4) ? [['env']] : undefined };
  },
  sdk_stack_trace(r) {
    const u = r.user();
    const base = pick([`/home/${u}`, `/Users/${u}`]);
    const text = [`TessellateApiError: ${pick(['401 Unauthorized', '429 Too Many Requests', '422 Unprocessable Entity'])} (${r.k(V.reqId())})`,
      `    at TessellateClient.request (${base}/projects/crm-bridge/node_modules/@tessellate/sdk/dist/client.js:${int(10, 400)}:${int(1, 40)})`,
      `    at async syncContacts (${base}/projects/crm-bridge/src/sync.ts:${int(10, 300)}:${int(1, 40)})`,
      `    at async main (${base}/projects/crm-bridge/src/index.ts:${int(1, 60)}:3)`, `sdk=@tessellate/sdk@${r.k(V.semver())}`].join('\n');
    return { format: 'text', record: text };
  },
  cli_debug_inspect(r) {
    const t = r.tok();
    const text = `tsl:http GET https://api.eu1.tessellate.io/v2/webhooks +${int(1, 900)}ms {\n  headers: {\n    authorization: 'Bearer ${t}',\n    'user-agent': 'tsl-cli/${r.k(V.semver())}'\n  },\n  proxy: 'http://${pick(['proxyuser', 'corp'])}:${r.upw('proxy_url')}@proxy.${pick(['corp.example', 'internal'])}:3128',\n  timeoutMs: 30000\n}`;
    return { format: 'text', record: text };
  },
  mobile_location(r) {
    const [lat, lng] = r.geo();
    const line = pick([() => `field-app location update tech=${r.name()} device=${r.k(V.uuid())} pos=${lat},${lng} acc=${int(3, 40)}m battery=${int(5, 99)}%`, () => `geo: job ${r.k(V.orderNo())} check-in by ${r.email()} at lat=${lat} lon=${lng}`])();
    return { format: 'text', record: line };
  },
  analytics_track(r) {
    const rec = { type: 'identify', messageId: r.k(V.uuid()), userId: V.uuid(), traits: { name: r.name(), email: r.email(), phone: r.phone(), birthday: chance(0.5) ? r.dob() : undefined, address: chance(0.5) ? r.addr() : undefined, company: r.k(V.company()) },
      context: { ip: r.ip(), library: { name: 'analytics-node', version: r.k(V.semver()) } } };
    return { format: 'object', record: rec, maps: [['traits']] };
  },
  twilio_sms_otp(r) {
    const sid = `AC${hex(32)}`;
    const auth = r.sec('twilio_auth_token', hex(32));
    const basic = r.s('password', 'basic_auth_b64', V.enc64(`${sid}:${auth}`));
    const code = r.sec('otp', V.otp());
    const rec = { outbound: `POST https://api.twilio.com/2010-04-01/Accounts/${sid}/Messages.json`, headers: { Authorization: `Basic ${basic}` }, form: { To: r.phone(), From: r.k('+15005550006'), Body: pick([`Your Tessellate verification code is ${code}`, `Ihr Bestätigungscode lautet ${code}`, `認証コード: ${code}`]) },
      debugAuthToken: auth, otp: { length: r.kf('length', 6), ttlSeconds: r.kf('ttlSeconds', 300) } };
    return { format: 'object', record: rec };
  },
};
