// Families from applications that handle people: webhooks, identity providers, health records,
// CRM/HR/ERP exports, support and call-centre notes, auth logs, cloud audit trails.
import * as V from './values.mjs';

const S = (c, v, kind, sub) => c.s(v, kind, sub);
const NAT_KEYS = Object.keys(V.NATIONAL);
const cycle = { kyc: 0, reg: 0 };
const natId = (r, c, sub) => { const s = sub ?? r.pick(NAT_KEYS); return S(c, V.NATIONAL[s](r), 'national_id', s); };
const COUNTRY_OF = { us_ssn: 'us', uk_nino: 'uk', ca_sin: 'us', fr_nir: 'fr', de_steuer_id: 'de', es_dni: 'es', es_nie: 'es', it_codice_fiscale: 'it', nl_bsn: 'nl', be_nrn: 'fr', se_personnummer: 'se', no_fnr: 'se', fi_hetu: 'se', dk_cpr: 'se', pl_pesel: 'pl', br_cpf: 'pt', br_cnpj: 'pt', mx_curp: 'es', in_aadhaar: 'in', in_pan: 'in', au_tfn: 'au', sg_nric: 'uk', za_id: 'uk', cn_resident_id: 'zh', jp_my_number: 'jp' };
const ISSUER = { us_ssn: 'US', uk_nino: 'GB', ca_sin: 'CA', fr_nir: 'FR', de_steuer_id: 'DE', es_dni: 'ES', es_nie: 'ES', it_codice_fiscale: 'IT', nl_bsn: 'NL', be_nrn: 'BE', se_personnummer: 'SE', no_fnr: 'NO', fi_hetu: 'FI', dk_cpr: 'DK', pl_pesel: 'PL', br_cpf: 'BR', br_cnpj: 'BR', mx_curp: 'MX', in_aadhaar: 'IN', in_pan: 'IN', au_tfn: 'AU', sg_nric: 'SG', za_id: 'ZA', cn_resident_id: 'CN', jp_my_number: 'JP' };
const CULT_OF = { us: 'en', uk: 'en', fr: 'fr', de: 'de', es: 'es', it: 'it', nl: 'nl', se: 'sv', pl: 'pl', pt: 'pt', in: 'in', au: 'en', zh: 'zh', jp: 'ja' };
const ua = (r) => r.pick(['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'okhttp/4.12.0', 'Shop/5.31.2 (iPhone; iOS 18.1; Scale/3.00)']);
const money = (r) => (r.int(100, 99999) / 100).toFixed(2);
function maybeNative(r) { return r.chance(0.25) ? V.nativeName(r) : V.person(r); }
function cookieHeader(r, c) {
  const parts = [];
  const pool = r.shuffle([
    () => `sessionid=${S(c, r.lower(32), 'cookie', 'django_session')}`, () => `csrftoken=${S(c, r.alnum(32), 'cookie', 'csrf')}`,
    () => `_ga=${S(c, `GA1.2.${r.int(100000000, 2147483647)}.${r.int(1700000000, 1764000000)}`, 'cookie', 'ga')}`, () => `JSESSIONID=${S(c, r.HEX(32), 'cookie', 'jsessionid')}`,
    () => `connect.sid=${S(c, `s%3A${r.b64url(32)}.${r.b64(43)}`, 'cookie', 'express_session')}`, () => `_shop_session=${S(c, `${r.b64(120)}--${r.hex(40)}`, 'cookie', 'rails_session')}`,
    () => `remember_token=${S(c, r.hex(40), 'cookie', 'remember')}`, () => `__Host-auth=${S(c, V.TOKENS.opaque_bearer(r), 'cookie', 'auth')}`,
    () => `ajs_anonymous_id=${S(c, `%22${V.uuid(r)}%22`, 'cookie', 'segment')}`, () => `PHPSESSID=${S(c, r.lower(26), 'cookie', 'php')}`,
  ]);
  const n = r.int(1, 4);
  for (let i = 0; i < n; i++) parts.push(pool[i]());
  if (r.chance(0.5)) parts.push(c.k(r.pick(['theme=dark', 'lang=de-DE', 'cookie_consent=necessary', 'currency=EUR'])));
  return r.shuffle(parts).join('; ');
}
export { cookieHeader };

export const peopleFamilies = [
  { name: 'sentry-event', n: 22, make(r, c) {
    const p = V.person(r); const ip = V.publicIp(r);
    const ev = {
      event_id: c.k(r.hex(32)), timestamp: V.isoTs(r), platform: 'python', level: 'error', release: c.k(`shop@${V.semver(r)}`), environment: 'production',
      user: { id: c.k(String(r.int(10000, 9999999))), email: S(c, V.email(r, p), 'email', 'sentry_user'), ip_address: S(c, ip, 'ip', 'sentry_user'), username: S(c, V.username(r, p), 'username', 'sentry_user') },
      request: { url: `https://shop.example.com/checkout/${c.k(V.ordId(r))}`, method: 'POST', headers: { Cookie: cookieHeader(r, c), 'User-Agent': ua(r) }, data: { card_holder: S(c, p.full, 'person_name', 'form'), card_number: S(c, V.card(r).value, 'card', 'form') } },
      exception: { values: [{ type: 'PaymentDeclined', value: `do_not_honor for order ${V.ordId(r)}`, stacktrace: { frames: [{ filename: 'shop/payments.py', lineno: c.kj('lineno', r.int(10, 900)), function: 'charge' }] } }] },
      contexts: { trace: { trace_id: c.k(V.traceId(r)), span_id: c.k(V.spanId(r)) } },
    };
    if (r.chance(0.4)) ev.request.headers.Authorization = `Bearer ${S(c, V.jwt(r, { sub: String(r.int(1, 1e6)), exp: 1765000000 + r.int(0, 99999) }), 'token', 'jwt')}`;
    return { format: 'object', record: ev };
  } },
  { name: 'otel-span', n: 22, make(r, c) {
    const p = V.person(r);
    const attrs = {
      'http.request.method': 'GET', 'url.full': `https://api.example.com/v1/customers?email=${S(c, V.email(r, p, r.pick(['gmail.com', 'outlook.com', 'web.de'])), 'email', 'query_param')}&api_key=${S(c, V.APIKEYS.algolia_admin(r), 'api_key', 'query_param')}`,
      'http.response.status_code': c.kj('http.response.status_code', r.pick([200, 401, 404, 500])), 'client.address': S(c, r.chance(0.2) ? V.ipv6(r) : V.publicIp(r), 'ip', 'otel_attr'),
      'enduser.id': S(c, V.email(r, p, 'example.com'), 'email', 'otel_enduser'), 'server.address': c.k(V.hostName(r)), 'service.version': c.k(V.semver(r)),
    };
    if (r.chance(0.5)) attrs['db.query.text'] = `SELECT * FROM patients WHERE last_name = '${S(c, p.last, 'person_name', 'sql_literal')}' AND dob = '${S(c, `${V.dob(r).y}-0${r.int(1, 9)}-1${r.int(0, 9)}`, 'dob', 'sql_literal')}'`;
    return { format: 'object', record: { resourceSpans: [{ resource: { attributes: { 'service.name': c.k(r.pick(V.SERVICES)), 'k8s.pod.name': c.k(V.podName(r, 'api')) } }, scopeSpans: [{ spans: [{ traceId: c.k(V.traceId(r)), spanId: c.k(V.spanId(r)), parentSpanId: V.spanId(r), name: 'GET /v1/customers', kind: 2, startTimeUnixNano: c.k(`${Date.parse(V.isoTs(r))}${r.digits(6)}`), attributes: attrs, status: { code: 1 } }] }] }] } };
  } },
  { name: 'stripe-webhook', n: 22, make(r, c) {
    const p = V.person(r); const a = V.address(r, r.pick(['us', 'uk', 'de', 'fr']));
    return { format: 'object', record: { id: c.k(`evt_${r.alnum(24)}`), object: 'event', api_version: c.k('2024-06-20'), created: c.kj('created', r.int(1761955200, 1764547200)), type: 'charge.succeeded', livemode: true,
      data: { object: { id: c.k(`ch_${r.alnum(24)}`), amount: c.kj('amount', r.int(500, 99999)), currency: 'eur', customer: c.k(`cus_${r.alnum(14)}`),
        billing_details: { name: S(c, p.full, 'person_name', 'stripe_billing'), email: S(c, V.email(r, p), 'email', 'stripe_billing'), phone: S(c, V.phone(r, a.country === 'GB' ? 'uk' : a.country.toLowerCase()), 'phone', 'stripe_billing'), address: { line1: S(c, a.street, 'address', 'stripe_billing'), line2: a.line2 || null, city: a.city, postal_code: a.postal, country: a.country } },
        payment_method_details: { card: { brand: 'visa', last4: c.kj('last4', r.digits(4)), exp_month: 12, exp_year: 2028, fingerprint: c.k(r.alnum(16)) } }, receipt_url: c.k(`https://pay.stripe.com/receipts/payment/${r.b64url(60)}`) } },
      request: { id: c.k(`req_${r.alnum(14)}`), idempotency_key: c.k(V.uuid(r)) } } };
  } },
  { name: 'twilio-sms', n: 20, make(r, c) {
    const p = V.person(r, r.pick(['en', 'es', 'pt', 'de']));
    const from = V.phone(r, r.pick(['us', 'uk', 'br', 'de'])); const to = V.phone(r, 'us');
    const body = r.pick([
      () => `Hi, this is ${S(c, p.first, 'person_name', 'sms_body')}. Can you reschedule my delivery to ${S(c, V.address(r, 'us').street, 'address', 'sms_body')}?`,
      () => `Your verification code is ${c.k(r.digits(6))}`, () => `Olá, meu CPF é ${natId(r, c, 'br_cpf')}, preciso da segunda via do boleto`,
      () => `STOP`, () => `Ich bin ab ${r.int(1, 28)}.12. erreichbar unter ${S(c, V.phone(r, 'de'), 'phone', 'sms_body')}`,
    ])();
    const rec = { AccountSid: c.k(`AC${r.hex(32)}`), MessageSid: c.k(`SM${r.hex(32)}`), From: S(c, from, 'phone', 'twilio_from'), To: S(c, to, 'phone', 'twilio_to'), Body: body, NumSegments: '1', SmsStatus: 'received', ApiVersion: '2010-04-01' };
    if (r.chance(0.6)) {
      if (r.chance(0.4)) rec.debug = { authToken: S(c, V.APIKEYS.twilio_auth_token(r), 'api_key', 'twilio_auth_token') };
      return { format: 'object', record: rec };
    }
    return { format: 'text', record: `twilio inbound ${Object.entries(rec).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ')}` };
  } },
  { name: 'shopify-webhook', n: 20, make(r, c) {
    const p = V.person(r); const a = V.address(r);
    const rec = {
      headers: { 'X-Shopify-Topic': 'orders/create', 'X-Shopify-Shop-Domain': c.k(`${r.pick(['nordic-wool', 'cafe-lumiere', 'lojinha-verde'])}.myshopify.com`), 'X-Shopify-Webhook-Id': c.k(V.uuid(r)), 'X-Shopify-Access-Token': S(c, V.TOKENS.shopify_access(r), 'token', 'shopify_access') },
      body: { id: c.kj('id', r.int(5000000000000, 5999999999999)), name: c.k(`#${r.int(1001, 99999)}`), email: S(c, V.email(r, p), 'email', 'shopify'), total_price: money(r), line_items: [{ title: c.k(r.pick(V.PRODUCTS)), sku: c.k(`SKU-${r.alnum(6).toUpperCase()}`), quantity: r.int(1, 4) }],
        shipping_address: { first_name: S(c, p.first, 'person_name', 'first_name'), last_name: S(c, p.last, 'person_name', 'last_name'), address1: S(c, a.street, 'address', 'shopify'), city: a.city, zip: a.postal, country_code: a.country, phone: S(c, V.phone(r), 'phone', 'shopify'), ...(() => { const g = V.geo(r); return { latitude: Number(S(c, String(g.lat), 'geo', 'lat')), longitude: Number(S(c, String(g.lng), 'geo', 'lng')) }; })() } },
    };
    return { format: 'object', record: rec };
  } },
  { name: 'mail-headers', n: 20, make(r, c) {
    const a = V.person(r); const b = V.person(r);
    const ip = V.publicIp(r);
    return { format: 'text', record: `Received: from ${c.k(`mail-${r.pick(['ej1', 'wr1', 'oa1'])}-f${r.int(10, 99)}.google.com`)} (${c.k(`mail-ej1-f${r.int(10, 99)}.google.com`)} [${S(c, ip, 'ip', 'received')}])\n\tby mx.example.com (Postfix) with ESMTPS id ${c.k(r.HEX(10))}\nFrom: "${S(c, a.full, 'person_name', 'mail_from')}" <${S(c, V.email(r, a), 'email', 'mail_from')}>\nTo: ${S(c, b.full, 'person_name', 'mail_to')} <${S(c, V.email(r, b, 'example.com'), 'email', 'mail_to')}>\nSubject: ${r.pick(['Re: Rechnung', 'Fwd: contrat de location', 'Order confirmation', 'Återbetalning'])} ${c.k(V.invId(r))}\nMessage-ID: ${c.k(`<${r.alnum(20)}@mail.gmail.com>`)}\nAuthentication-Results: mx.example.com; spf=pass smtp.mailfrom=gmail.com; dkim=pass header.d=gmail.com\n${c.k(`X-Spam-Score: -${(r.next() * 3).toFixed(1)}`)}` };
  } },
  { name: 'hl7v2-adt', n: 20, make(r, c) {
    const p = V.person(r); const d = V.dob(r); const a = V.address(r, 'us');
    const fam = S(c, p.last.toUpperCase(), 'person_name', 'hl7_family'); const giv = S(c, p.first.toUpperCase(), 'person_name', 'hl7_given');
    const dob = S(c, `${d.y}${String(d.m).padStart(2, '0')}${String(d.d).padStart(2, '0')}`, 'dob', 'hl7');
    const ssn = natId(r, c, 'us_ssn');
    const ph = S(c, V.phone(r, 'us'), 'phone', 'hl7');
    const street = S(c, a.street.toUpperCase(), 'address', 'hl7');
    const ctrl = c.k(`MSG${r.digits(9)}`);
    return { format: 'text', record: `MSH|^~\\&|EPIC|${c.k('GHHOSP')}|RCV|LAB|${V.isoTs(r, false).replace(/[-:TZ]/g, '').slice(0, 14)}||ADT^A01|${ctrl}|P|2.5.1\rEVN|A01|${V.isoTs(r, false).replace(/[-:TZ]/g, '').slice(0, 12)}\rPID|1||${c.k(`MRN${r.digits(8)}`)}^^^GHH^MR||${fam}^${giv}^${r.str('ABCDEFGHJKLMNPRSTW', 1)}||${dob}|${r.pick(['M', 'F'])}|||${street}^^${a.city.toUpperCase()}^${a.region}^${a.postal}||${ph}|||||${c.k(`ACC${r.digits(7)}`)}|${ssn}\rPV1|1|I|${c.k(`W${r.int(1, 9)}^${r.int(100, 499)}^${r.int(1, 4)}`)}` };
  } },
  { name: 'fhir-patient', n: 20, make(r, c) {
    const p = V.person(r); const d = V.dob(r); const a = V.address(r);
    const g = V.geo(r);
    return { format: 'object', record: { resourceType: 'Patient', id: c.k(V.uuid(r)), meta: { versionId: c.kj('versionId', String(r.int(1, 40))), lastUpdated: c.k(V.isoTs(r)) },
      identifier: [{ system: 'http://hl7.org/fhir/sid/us-ssn', value: natId(r, c, r.pick(['us_ssn', 'us_ssn', 'ca_sin', 'uk_nino'])) }, { system: 'urn:oid:2.16.840.1.113883.4.3.25', value: c.k(`MRN-${r.digits(7)}`) }],
      name: [{ use: 'official', family: S(c, p.last, 'person_name', 'fhir_family'), given: [S(c, p.first, 'person_name', 'fhir_given')] }], telecom: [{ system: 'phone', value: S(c, V.phone(r), 'phone', 'fhir'), use: 'mobile' }, { system: 'email', value: S(c, V.email(r, p), 'email', 'fhir') }],
      gender: r.pick(['female', 'male']), birthDate: S(c, `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`, 'dob', 'fhir'),
      address: [{ line: [S(c, a.street, 'address', 'fhir')], city: a.city, postalCode: a.postal, country: a.country, extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/geolocation', extension: [{ url: 'latitude', valueDecimal: Number(S(c, String(g.lat), 'geo', 'lat')) }, { url: 'longitude', valueDecimal: Number(S(c, String(g.lng), 'geo', 'lng')) }] }] }] } };
  } },
  { name: 'crm-export', n: 20, make(r, c) {
    const rows = [];
    for (let i = 0; i < r.int(1, 3); i++) {
      const p = maybeNative(r);
      const ascii = V.person(r);
      rows.push({ Id: c.k(`003${r.alnum(15)}`), Name: S(c, p.full, 'person_name', 'crm'), Email: S(c, V.email(r, ascii), 'email', 'crm'), MobilePhone: S(c, V.phone(r), 'phone', 'crm'), MailingStreet: S(c, V.address(r).street, 'address', 'crm'), LeadSource: r.pick(['Web', 'Partner', 'Trade Show']), OwnerId: c.k(`005${r.alnum(15)}`), LastModifiedDate: V.isoTs(r) });
    }
    return { format: 'object', record: { job: c.k(`bulk-export-${V.uuid(r)}`), object: 'Contact', records: rows, recordsProcessed: c.kj('recordsProcessed', rows.length) } };
  } },
  { name: 'hr-payroll-export', n: 22, make(r, c) {
    const natSub = r.pick(['de_steuer_id', 'fr_nir', 'nl_bsn', 'se_personnummer', 'no_fnr', 'fi_hetu', 'dk_cpr', 'pl_pesel', 'es_dni', 'it_codice_fiscale', 'be_nrn', 'uk_nino']);
    const cc = { de_steuer_id: 'DE', fr_nir: 'FR', nl_bsn: 'NL', se_personnummer: 'SE', no_fnr: 'NO', fi_hetu: 'FI', dk_cpr: 'DK', pl_pesel: 'PL', es_dni: 'ES', it_codice_fiscale: 'IT', be_nrn: 'BE', uk_nino: 'GB' }[natSub];
    const p = V.person(r, CULT_OF[COUNTRY_OF[natSub]] ?? undefined);
    const d = V.dob(r);
    const asObject = r.chance(0.7);
    const emp = { employeeNumber: c.k(`E${r.digits(6)}`), displayName: S(c, p.full, 'person_name', 'hr'), taxId: natId(r, c, natSub), dateOfBirth: S(c, d.value, 'dob', 'hr'), bankAccount: { iban: S(c, V.iban(r, cc).value, 'iban', 'hr'), bic: c.k(r.pick(['DEUTDEFFXXX', 'BNPAFRPPXXX', 'INGBNL2A', 'ESSESESS', 'NDEAFIHH', 'PKOPPLPW'])) }, homeAddress: S(c, V.addressLine(V.address(r, COUNTRY_OF[natSub] === 'se' ? 'se' : undefined)), 'address', 'hr'), costCenter: c.k(`CC-${r.int(1000, 9999)}`), fte: asObject ? c.kj('fte', r.pick([1, 0.8, 0.5])) : r.pick([1, 0.8, 0.5]) };
    return asObject ? { format: 'object', record: { event: 'payroll.export.row', run: c.k(`PR-${r.int(2025, 2026)}-${r.int(1, 12)}`), employee: emp } } : { format: 'text', record: `payroll export row: ${Object.entries(emp).map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : v}`).join(' | ')}` };
  } },
  { name: 'erp-vendor-payment', n: 20, make(r, c) {
    const vendor = r.pick(['Tischlerei Brandt GmbH', 'Atelier Morel SARL', 'Nordic Freight AB', 'Construcciones Olmedo S.L.']);
    const contact = V.person(r);
    const ib = V.iban(r);
    return { format: 'text', record: `[SAP-FI] ${V.isoTs(r)} F110 payment run ${c.k(`PR${r.digits(8)}`)}: vendor ${c.k(`V${r.digits(7)}`)} "${vendor}" contact ${S(c, contact.full, 'person_name', 'erp')} iban=${S(c, ib.value, 'iban', 'erp')} amount=${c.k(`${money(r)} EUR`)} ref=${c.k(V.invId(r))} status=${r.pick(['OK', 'BLOCKED', 'REVIEW'])}` };
  } },
  { name: 'sepa-transfer', n: 20, make(r, c) {
    const dbt = V.person(r); const cdt = V.person(r);
    const rec = { msgId: c.k(`MSG-${r.digits(12)}`), endToEndId: c.k(`E2E${r.alnum(16)}`), instructedAmount: { value: money(r), ccy: 'EUR' }, debtor: { name: S(c, dbt.full, 'person_name', 'sepa'), iban: S(c, V.iban(r).compact, 'iban', 'sepa') }, creditor: { name: S(c, cdt.full, 'person_name', 'sepa'), iban: S(c, V.iban(r).value, 'iban', 'sepa'), bic: c.k(r.pick(['COBADEFFXXX', 'SOGEFRPP', 'BBVAESMM', 'RABONL2U'])) }, remittanceInformation: `${r.pick(['Miete Dezember', 'Facture', 'Rechnung'])} ${V.invId(r)}`, status: r.pick(['ACSC', 'RJCT', 'PDNG']) };
    return { format: 'object', record: rec };
  } },
  { name: 'payment-gateway-debug', n: 22, make(r, c) {
    const cd = V.card(r); const p = V.person(r);
    const v = r.int(0, 2);
    if (v === 0) return { format: 'text', record: `${V.isoTs(r)} DEBUG gateway.request POST /v1/authorize pan=${S(c, cd.value, 'card', 'pan_field')} exp=1${r.int(0, 2)}/2${r.int(7, 9)} holder="${S(c, p.full, 'person_name', 'cardholder')}" amount=${money(r)} terminal=${c.k(`T${r.digits(7)}`)} auth_code=${c.k(r.digits(6))}` };
    if (v === 1) return { format: 'object', record: { level: 'warn', msg: 'card declined', request: { cardNumber: S(c, cd.value, 'card', 'json_field'), holder: S(c, p.full, 'person_name', 'cardholder') }, response: { code: c.k(r.pick(['05', '51', '54', '14']).padStart(2, '0') + '_do_not_honor'), rrn: c.k(r.digits(12)), bin: cd.bin.slice(0, 6) } } };
    return { format: 'text', record: `Customer called re: double charge on card ${S(c, cd.value, 'card', 'prose')}, refunded ${money(r)} via ${c.k(`re_${r.alnum(24)}`)}` };
  } },
  { name: 'okta-system-log', n: 20, make(r, c) {
    const p = V.person(r);
    const ok = r.chance(0.6);
    return { format: 'object', record: { uuid: c.k(V.uuid(r)), published: c.k(V.isoTs(r)), eventType: ok ? 'user.session.start' : 'user.authentication.auth_via_mfa', severity: ok ? 'INFO' : 'WARN', displayMessage: ok ? 'User login to Okta' : 'Authentication of user via MFA',
      actor: { id: c.k(`00u${r.alnum(17)}`), type: 'User', alternateId: S(c, V.email(r, p, r.pick(['example.com', 'acme-retail.de'])), 'email', 'okta_actor'), displayName: S(c, p.full, 'person_name', 'okta_actor') },
      client: { userAgent: { rawUserAgent: ua(r), os: 'Mac OS X', browser: 'SAFARI' }, zone: 'null', device: 'Computer', ipAddress: S(c, V.publicIp(r), 'ip', 'okta_client'), geographicalContext: { city: r.pick(['Berlin', 'Lyon', 'Austin']), country: r.pick(['Germany', 'France', 'United States']), geolocation: (() => { const g = V.geo(r); return { lat: Number(S(c, String(g.lat), 'geo', 'lat')), lon: Number(S(c, String(g.lng), 'geo', 'lng')) }; })() } },
      outcome: { result: ok ? 'SUCCESS' : 'FAILURE', reason: ok ? null : 'INVALID_CREDENTIALS' }, transaction: { type: 'WEB', id: c.k(r.alnum(27)) }, debugContext: { debugData: { requestId: c.k(r.alnum(27)), requestUri: '/idp/idx/challenge/answer', threatSuspected: 'false' } } } };
  } },
  { name: 'keycloak-events', n: 18, make(r, c) {
    const p = V.person(r);
    const err = r.chance(0.5);
    return { format: 'text', record: `${V.isoTs(r).replace('T', ' ').replace('Z', '')} WARN  [org.keycloak.events] (executor-thread-${r.int(1, 40)}) type="${err ? 'LOGIN_ERROR' : 'LOGIN'}", realmId="${c.k(V.uuid(r))}", realmName="${r.pick(['customers', 'staff'])}", clientId="${c.k(r.pick(['web-shop', 'admin-console', 'mobile-app']))}", userId="${err ? 'null' : c.k(V.uuid(r))}", ipAddress="${S(c, V.publicIp(r), 'ip', 'keycloak')}", ${err ? 'error="invalid_user_credentials", ' : ''}auth_method="openid-connect", username="${(() => { const u = r.chance(0.5) ? V.email(r, p) : V.username(r, p); return S(c, u, u.includes('@') ? 'email' : 'username', 'keycloak'); })()}", code_id="${c.k(V.uuid(r))}"` };
  } },
  { name: 'auth0-logs', n: 18, make(r, c) {
    const p = V.person(r);
    const t = r.pick(['f', 's', 'fp', 'pwd_leak']);
    return { format: 'object', record: { log_id: c.k(`900${r.digits(53)}`), date: V.isoTs(r), type: t, description: t === 'f' || t === 'fp' ? 'Wrong email or password.' : t === 'pwd_leak' ? 'Blocked login: breached password' : 'Successful login', connection: 'Username-Password-Authentication', client_id: c.k(r.alnum(32)), client_name: 'Shop Web', ip: S(c, V.publicIp(r), 'ip', 'auth0'), user_agent: ua(r), user_id: c.k(`auth0|${r.hex(24)}`), user_name: S(c, V.email(r, p), 'email', 'auth0'), details: { prompts: [], stats: { loginsCount: c.kj('loginsCount', r.int(1, 900)) } }, tenant_settings: { password_policy: 'good', password_history: { enable: true, size: c.kj('size', r.pick([3, 5])) } } } };
  } },
  { name: 'ssh-auth-log', n: 22, make(r, c) {
    const ts = `${r.pick(['Nov', 'Dec'])} ${String(r.int(1, 28)).padStart(2, ' ')} ${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`;
    const host = c.k(r.pick(['bastion-01', 'web-eu-3', 'build-agent-7']));
    const pid = r.int(1000, 99999);
    const p = V.person(r);
    const v = r.int(0, 3);
    if (v === 0) return { format: 'text', record: `${ts} ${host} sshd[${pid}]: Failed password for invalid user ${r.pick(['admin', 'oracle', 'test', 'ubuntu'])} from ${S(c, V.publicIp(r), 'ip', 'sshd')} port ${r.int(30000, 65000)} ssh2` };
    if (v === 1) return { format: 'text', record: `${ts} ${host} sshd[${pid}]: Accepted publickey for ${S(c, V.username(r, p), 'username', 'sshd')} from ${S(c, V.publicIp(r), 'ip', 'sshd')} port ${r.int(30000, 65000)} ssh2: ED25519 ${c.k(V.sshFingerprint(r))}` };
    if (v === 2) return { format: 'text', record: `${ts} ${host} sudo: ${S(c, V.username(r, p), 'username', 'sudo')} : TTY=pts/${r.int(0, 9)} ; PWD=/home/${S(c, V.username(r, V.person(r)), 'home_path', 'linux_home')}/deploy ; USER=root ; COMMAND=/usr/bin/systemctl restart ${c.k(r.pick(V.SERVICES))}.service` };
    return { format: 'text', record: `${ts} ${host} sshd[${pid}]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=${S(c, V.publicIp(r), 'ip', 'pam_rhost')}  user=${S(c, V.username(r, p), 'username', 'pam')}` };
  } },
  { name: 'openvpn-radius', n: 17, make(r, c) {
    const p = V.person(r); const ip = V.publicIp(r);
    const u = S(c, V.username(r, p), 'username', 'vpn');
    return { format: 'text', record: r.chance(0.6)
      ? `${new Date(V.isoTs(r)).toUTCString()} ${S(c, ip, 'ip', 'openvpn')}:${r.int(30000, 65000)} TLS: Username/Password authentication ${r.pick(['succeeded', 'deferred'])} for username '${u}' [CN SET]\n${ip}:1194 MULTI: primary virtual IP for ${u}/${ip}:1194: 10.8.0.${r.int(2, 250)}\npeer info: IV_VER=${c.k(`2.6.${r.int(0, 12)}`)} IV_PLAT=${r.pick(['win', 'mac', 'linux'])}`
      : `rlm_pap: Login incorrect: [${u}/${S(c, V.urlSafePassword(r), 'password', 'radius_log')}] (from client ${c.k(`vpn-gw-${r.int(1, 4)}`)} port ${r.int(1, 999)} cli ${S(c, ip, 'ip', 'radius')})` };
  } },
  { name: 'cloudtrail', n: 20, make(r, c) {
    const p = V.person(r); const u = V.username(r, p);
    const acct = c.k(r.digits(12));
    const ev = r.pick(['ConsoleLogin', 'CreateAccessKey', 'PutObject', 'GetSecretValue']);
    const rec = { eventVersion: '1.09', userIdentity: { type: 'IAMUser', principalId: c.k(`AIDA${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}`), arn: `arn:aws:iam::${acct}:user/${S(c, u, 'username', 'iam_user')}`, accountId: acct, userName: u }, eventTime: c.k(V.isoTs(r, false)), eventSource: 'signin.amazonaws.com', eventName: ev, awsRegion: c.k(V.awsRegion(r)), sourceIPAddress: S(c, V.publicIp(r), 'ip', 'cloudtrail'), userAgent: ua(r), requestID: c.k(V.uuid(r)), eventID: c.k(V.uuid(r)), readOnly: false, recipientAccountId: acct };
    if (ev === 'CreateAccessKey') rec.responseElements = { accessKey: { userName: u, accessKeyId: S(c, V.APIKEYS.aws_access_key_id(r), 'api_key', 'aws_access_key_id'), status: 'Active', secretAccessKey: S(c, V.APIKEYS.aws_secret_access_key(r), 'api_key', 'aws_secret_access_key'), createDate: 'Dec 1, 2026 10:21:04 AM' } };
    if (ev === 'ConsoleLogin') rec.additionalEventData = { LoginTo: 'https://console.aws.amazon.com/console/home', MobileVersion: 'No', MFAUsed: r.pick(['Yes', 'No']) };
    if (ev === 'GetSecretValue') rec.requestParameters = { secretId: c.k(`arn:aws:secretsmanager:eu-west-1:${acct}:secret:prod/${r.pick(V.SERVICES)}-${r.alnum(6)}`) };
    return { format: 'object', record: { Records: [rec] } };
  } },
  { name: 'gcp-audit', n: 17, make(r, c) {
    const p = V.person(r);
    return { format: 'object', record: { protoPayload: { '@type': 'type.googleapis.com/google.cloud.audit.AuditLog', authenticationInfo: { principalEmail: S(c, V.email(r, p, r.pick(['example.com', 'gmail.com'])), 'email', 'gcp_principal') }, requestMetadata: { callerIp: S(c, r.chance(0.3) ? V.ipv6(r) : V.publicIp(r), 'ip', 'gcp_caller'), callerSuppliedUserAgent: 'google-cloud-sdk gcloud/502.0.0' }, serviceName: 'iam.googleapis.com', methodName: 'google.iam.admin.v1.CreateServiceAccountKey', resourceName: c.k(`projects/-/serviceAccounts/${r.digits(21)}`) }, insertId: c.k(r.lower(12)), resource: { type: 'service_account', labels: { project_id: c.k(`shop-prod-${r.int(100000, 999999)}`) } }, timestamp: V.isoTs(r), severity: 'NOTICE', logName: 'projects/shop-prod/logs/cloudaudit.googleapis.com%2Factivity' } };
  } },
  { name: 'support-chat-multilingual', n: 30, make(r, c) {
    const lang = r.pick(['en', 'de', 'fr', 'es', 'pt', 'sv', 'ja', 'zh', 'ru']);
    const agent = r.pick(['Mia (Support)', 'Bot', 'Agent 42']);
    const order = c.k(V.ordId(r));
    let msg;
    if (lang === 'ja' || lang === 'zh' || lang === 'ru') {
      const n = V.nativeName(r, lang);
      const nm = S(c, n.full, 'person_name', 'native_script');
      msg = lang === 'ja' ? `お世話になっております。${nm}です。注文${order}の配送先を${S(c, V.address(r, 'jp').street, 'address', 'chat')}に変更してください。電話番号は${S(c, V.phone(r, 'jp'), 'phone', 'chat')}です。`
        : lang === 'zh' ? `你好，我是${nm}，订单${order}还没到，我的手机号是${S(c, V.phone(r, 'cn'), 'phone', 'chat')}，身份证号${natId(r, c, 'cn_resident_id')}。`
          : `Здравствуйте, меня зовут ${nm}. Заказ ${order} не пришёл, мой телефон ${S(c, V.phone(r, 'ru'), 'phone', 'chat')}, почта ${S(c, V.email(r, V.person(r)), 'email', 'chat')}.`;
    } else {
      const p = V.person(r, { en: 'en', de: 'de', fr: 'fr', es: 'es', pt: 'pt', sv: 'sv' }[lang]);
      const nm = S(c, p.full, 'person_name', 'chat');
      const em = () => S(c, V.email(r, p), 'email', 'chat');
      const ph = () => S(c, V.phone(r, { en: 'uk', de: 'de', fr: 'fr', es: 'es', pt: 'br', sv: 'se' }[lang]), 'phone', 'chat');
      const ad = () => S(c, V.addressLine(V.address(r, { en: 'uk', de: 'de', fr: 'fr', es: 'es', pt: 'pt', sv: 'se' }[lang])), 'address', 'chat');
      msg = {
        en: () => `hi its ${nm}, order ${order} never arrived. I moved to ${ad()} last month. you can text me on ${ph()} or ${em()}`,
        de: () => `Guten Tag, mein Name ist ${nm}. Bestellung ${order}: bitte an ${ad()} liefern. Rückruf unter ${ph()}.`,
        fr: () => `Bonjour, je suis ${nm}, ma commande ${order} est bloquée. Mon adresse : ${ad()}. Joignable au ${ph()}.`,
        es: () => `Hola, soy ${nm}. Mi DNI es ${natId(r, c, 'es_dni')} y el pedido ${order} no llega. Correo: ${em()}`,
        pt: () => `Oi, aqui é ${nm}, CPF ${natId(r, c, 'br_cpf')}, meu pedido ${order} veio errado. WhatsApp ${ph()}`,
        sv: () => `Hej! Jag heter ${nm}, personnummer ${natId(r, c, 'se_personnummer')}. Order ${order} har inte kommit. Ring ${ph()}`,
      }[lang]();
    }
    return { format: 'object', record: { conversationId: c.k(V.uuid(r)), channel: r.pick(['web', 'whatsapp', 'email']), locale: lang, author: { role: 'customer' }, text: msg, assignedTo: agent, csat: null, createdAt: V.isoTs(r), slaMinutes: c.kj('slaMinutes', r.pick([15, 60, 240])) } };
  } },
  { name: 'call-center-notes', n: 22, make(r, c) {
    const p = V.person(r, r.pick(['en', 'en', 'in', 'ng', 'es']));
    const d = V.dob(r);
    const ticket = c.k(V.ticketId(r));
    const sub = r.pick(['us_ssn', 'uk_nino', 'ca_sin', 'in_pan', 'za_id', 'au_tfn', 'sg_nric']);
    return { format: 'text', record: `${ticket} [${V.isoTs(r)}] agent=${c.k(`agt${r.int(100, 999)}`)} Caller verified as ${S(c, p.full, 'person_name', 'notes')}, DOB ${S(c, d.value, 'dob', 'notes')}, ID ${natId(r, c, sub)}. ${r.pick(['Wants to update mailing address to', 'Dispute about letter sent to', 'Confirmed address'])} ${S(c, V.addressLine(V.address(r, r.pick(['us', 'uk', 'au']))), 'address', 'notes')}. Callback ${S(c, V.phone(r, r.pick(['us', 'uk', 'in', 'au', 'za'])), 'phone', 'notes')}. Hold time ${c.k(`${r.int(1, 40)}m${r.int(0, 59)}s`)}.` };
  } },
  { name: 'logistics-shipment', n: 22, make(r, c) {
    const p = V.person(r); const a = V.address(r); const g = V.geo(r);
    const track = c.k(r.pick([`1Z${r.str('0123456789ABCDEFGHJKLMNPRSTUVWXYZ', 16)}`, `JD0${r.digits(15)}`, `${r.digits(12)}`, `LX${r.digits(9)}DE`]));
    return { format: 'object', record: { shipmentId: c.k(`SHP-${r.alnum(10).toUpperCase()}`), trackingNumber: track, carrier: r.pick(['UPS', 'DHL', 'FedEx', 'PostNL', 'Correos']), consignee: { name: S(c, p.full, 'person_name', 'consignee'), phone: S(c, V.phone(r), 'phone', 'consignee'), address: { street: S(c, a.street, 'address', 'consignee'), city: a.city, postalCode: a.postal, country: a.country } }, lastScan: { at: V.isoTs(r), location: { lat: Number(S(c, String(g.lat), 'geo', 'lat')), lon: Number(S(c, String(g.lng), 'geo', 'lng')) }, status: 'OUT_FOR_DELIVERY' }, weightKg: c.kj('weightKg', Number((r.next() * 30).toFixed(2))), parcels: 1 } };
  } },
  { name: 'insurance-claim', n: 20, make(r, c) {
    const p = V.person(r, r.pick(['de', 'fr', 'nl', 'it', 'en']));
    const sub = r.pick(['de_steuer_id', 'fr_nir', 'nl_bsn', 'it_codice_fiscale', 'uk_nino', 'be_nrn']);
    const g = V.geo(r, r.pick(['paris', 'berlin', 'madrid']));
    return { format: 'text', record: `claim=${c.k(`CLM-${r.digits(9)}`)} policy=${c.k(`POL-${r.alnum(8).toUpperCase()}`)} status=OPEN claimant="${S(c, p.full, 'person_name', 'claims')}" born=${S(c, V.dob(r).value, 'dob', 'claims')} nat_id=${natId(r, c, sub)} payout_iban=${S(c, V.iban(r).value, 'iban', 'claims')} incident_loc=${S(c, String(g.lat), 'geo', 'lat')},${S(c, String(g.lng), 'geo', 'lng')} ${c.k(`reserve=${r.int(500, 90000)}.00`)} adjuster=${c.k(`ADJ-${r.int(100, 999)}`)}` };
  } },
  { name: 'education-lms', n: 18, make(r, c) {
    const st = V.person(r); const parent = V.person(r, st.culture);
    return { format: 'object', record: { event: 'enrollment.updated', course: { id: c.k(`CS-${r.int(100, 499)}-${r.pick(['F', 'S'])}26`), title: r.pick(['Intro to Databases', 'Linear Algebra', 'Histoire moderne']) }, student: { studentNumber: c.k(`S${r.digits(8)}`), name: S(c, st.full, 'person_name', 'lms'), email: S(c, V.email(r, st, 'students.example.edu'), 'email', 'lms'), birthDate: S(c, V.dob(r).value, 'dob', 'lms') }, guardian: { name: S(c, parent.full, 'person_name', 'lms'), phone: S(c, V.phone(r), 'phone', 'lms') }, grade: { scorePct: c.kj('scorePct', r.int(40, 100)), passed: true }, at: V.isoTs(r) } };
  } },
  { name: 'telecom-cdr', n: 20, make(r, c) {
    const a = V.phone(r, r.pick(['de', 'fr', 'uk', 'es'])).replace(/[\s()-]/g, ''); const b = V.phone(r).replace(/[\s()-]/g, '');
    const g = V.geo(r);
    return { format: 'text', record: [c.k(`CDR${r.digits(12)}`), 'MOC', S(c, a, 'phone', 'cdr'), S(c, b, 'phone', 'cdr'), V.isoTs(r, false), c.k(`dur=${r.int(1, 3600)}`), `cell=${c.k(`${r.int(1000, 65000)}-${r.int(1, 255)}`)}`, `loc=${S(c, String(g.lat), 'geo', 'lat')};${S(c, String(g.lng), 'geo', 'lng')}`, c.k(`rat=${r.pick(['LTE', 'NR', 'UMTS'])}`)].join('|') };
  } },
  { name: 'ride-geo-tracking', n: 18, make(r, c) {
    const rider = V.person(r); const g1 = V.geo(r); const g2 = V.geo(r);
    const rec = { tripId: c.k(V.uuid(r)), riderName: S(c, rider.first, 'person_name', 'first_name'), pickup: { lat: Number(S(c, String(g1.lat), 'geo', 'lat')), lng: Number(S(c, String(g1.lng), 'geo', 'lng')) }, dropoff: `POINT(${S(c, String(g2.lng), 'geo', 'lng')} ${S(c, String(g2.lat), 'geo', 'lat')})`, fareCents: r.int(500, 9000), surge: 1.2, etaSeconds: r.int(60, 1800) };
    if (r.chance(0.5)) { c.kj('fareCents', rec.fareCents); return { format: 'object', record: rec }; }
    return { format: 'text', record: `trip ${rec.tripId} rider=${rec.riderName} pickup=${rec.pickup.lat},${rec.pickup.lng} dropoff=${rec.dropoff} fare_cents=${rec.fareCents} eta=${c.k(`${rec.etaSeconds}s`)}` };
  } },
  { name: 'nginx-access', n: 25, make(r, c) {
    const ip = S(c, r.chance(0.15) ? V.ipv6(r) : V.publicIp(r), 'ip', 'access_log');
    const p = V.person(r);
    const user = r.chance(0.3) ? S(c, V.username(r, p), 'username', 'access_log') : '-';
    const path = r.pick([
      () => `/api/v1/password/reset?email=${S(c, encodeURIComponent(V.email(r, p, 'gmail.com')), 'email', 'query_param_encoded')}`,
      () => `/oauth/callback?code=${S(c, r.b64url(40), 'token', 'oauth_code')}&state=${c.k(r.hex(16))}`,
      () => `/download/report.csv?access_token=${S(c, V.TOKENS.google_oauth_access(r), 'token', 'google_oauth_access')}`,
      () => `/static/js/app.${c.k(r.hex(8))}.js`, () => `/health`, () => `/api/v2/orders/${c.k(V.ordId(r))}`,
      () => { const g = V.geo(r); return `/track?lat=${S(c, String(g.lat), 'geo', 'lat')}&lng=${S(c, String(g.lng), 'geo', 'lng')}`; },
      () => `/unsubscribe?u=${S(c, encodeURIComponent(V.email(r, p)), 'email', 'query_param_encoded')}`,
    ])();
    const date = new Date(V.isoTs(r));
    const M = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const ts = `${String(date.getUTCDate()).padStart(2, '0')}/${M[date.getUTCMonth()]}/${date.getUTCFullYear()}:${date.toISOString().slice(11, 19)} +0000`;
    return { format: 'text', record: `${ip} - ${user} [${ts}] "GET ${path} HTTP/1.1" ${r.pick([200, 302, 404, 499])} ${r.int(0, 90000)} "-" "${ua(r)}" ${c.k(`rt=${(r.next() * 2).toFixed(3)}`)} ${c.k(`req_id=${r.hex(32)}`)}` };
  } },
  { name: 'pino-http', n: 25, make(r, c) {
    const hdr = { host: c.k(r.pick(['api.example.com', 'shop.example.com'])), 'user-agent': ua(r), accept: 'application/json', 'x-request-id': c.k(V.uuid(r)) };
    const v = r.int(0, 3);
    if (v === 0) hdr.authorization = `Bearer ${S(c, V.jwt(r, { sub: V.uuid(r), email: 'redacted', iat: 1764000000 + r.int(0, 99999) }), 'token', 'jwt')}`;
    if (v === 1) hdr.cookie = cookieHeader(r, c);
    if (v === 2) hdr['x-api-key'] = S(c, r.chance(0.5) ? `sk_live_51${r.alnum(97)}` : r.b64url(40), 'api_key', 'x_api_key');
    if (v === 3) hdr.authorization = `Basic ${S(c, Buffer.from(`${V.username(r, V.person(r))}:${V.urlSafePassword(r)}`).toString('base64'), 'password', 'basic_auth_header')}`;
    const res = { statusCode: c.kj('statusCode', r.pick([200, 201, 401, 403, 500])), headers: { 'content-type': 'application/json', 'x-ratelimit-remaining': String(r.int(0, 100)) } };
    if (r.chance(0.3)) res.headers['set-cookie'] = [`session=${S(c, r.b64url(43), 'cookie', 'set_cookie')}; Path=/; HttpOnly; Secure; SameSite=Lax; ${c.k(`Max-Age=${r.pick([3600, 86400])}`)}`];
    return { format: 'object', record: { level: 30, time: Date.parse(V.isoTs(r)), pid: r.int(1, 99), hostname: c.k(V.podName(r, 'api')), req: { id: r.int(1, 100000), method: 'POST', url: `/v1/${r.pick(['login', 'orders', 'refunds'])}`, headers: hdr, remoteAddress: S(c, `::ffff:${V.publicIp(r)}`, 'ip', 'remote_address'), remotePort: r.int(30000, 65000) }, res, responseTime: c.kj('responseTime', r.int(1, 3000)), msg: 'request completed' } };
  } },
  { name: 'rails-log', n: 20, make(r, c) {
    const p = V.person(r);
    const ip = S(c, V.publicIp(r), 'ip', 'rails');
    const filtered = r.chance(0.3);
    return { format: 'text', record: `Started POST "/users/sign_in" for ${ip} at ${V.isoTs(r, false).replace('T', ' ').replace('Z', ' +0000')}\nProcessing by Users::SessionsController#create as HTML\n  Parameters: {"authenticity_token"=>"${c.k('[FILTERED]')}", "user"=>{"email"=>"${S(c, V.email(r, p), 'email', 'rails_params')}", "password"=>"${filtered ? '[FILTERED]' : S(c, V.humanPassword(r).replace(/"/g, ''), 'password', 'rails_params')}", "remember_me"=>"1"}, "commit"=>"Log in"}\nCompleted ${r.pick(['302 Found', '401 Unauthorized'])} in ${c.k(`${r.int(5, 900)}ms`)} (ActiveRecord: ${(r.next() * 20).toFixed(1)}ms | Allocations: ${r.int(1000, 90000)})` };
  } },
  { name: 'python-logging', n: 20, make(r, c) {
    const p = V.person(r);
    const v = r.int(0, 2);
    const ts = `${V.isoTs(r).replace('T', ' ').replace('Z', '').replace('.', ',')}`;
    if (v === 0) return { format: 'text', record: `${ts} ERROR [billing.sync] requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.mailgun.net/v3/${c.k('mg.example.com')}/messages (api_key=${S(c, V.APIKEYS.mailgun(r), 'api_key', 'mailgun')})` };
    if (v === 1) return { format: 'text', record: `${ts} INFO [accounts.signup] new user name=${JSON.stringify(S(c, p.full, 'person_name', 'kv'))} email=${S(c, V.email(r, p), 'email', 'kv')} phone=${JSON.stringify(S(c, V.phone(r), 'phone', 'kv'))} referral=${c.k(`REF-${r.alnum(6).toUpperCase()}`)}` };
    return { format: 'text', record: `${ts} WARNING [celery.worker] Task ${c.k(`reports.generate[${V.uuid(r)}]`)} retry: Retry in ${c.k(`${r.pick([10, 30, 60])}s`)}: FileNotFoundError: [Errno 2] No such file or directory: '/Users/${S(c, V.username(r, p), 'home_path', 'mac_home')}/Library/Application Support/reports/${c.k(V.invId(r))}.pdf'` };
  } },
  { name: 'windows-iis-events', n: 18, make(r, c) {
    const p = V.person(r, r.pick(['en', 'de', 'fr', 'nl']));
    const u = V.username(r, p);
    const v = r.int(0, 1);
    if (v === 0) return { format: 'text', record: `${V.isoTs(r, false).replace('T', ' ').replace('Z', '')} ${c.k(`W3SVC${r.int(1, 4)}`)} ${c.k(`${r.pick(['WEB', 'APP'])}-SRV-${r.int(1, 9)}`)} POST /owa/auth.owa - 443 CORP\\${S(c, u, 'username', 'iis_user')} ${S(c, V.publicIp(r), 'ip', 'iis')} Mozilla/5.0 ${c.k(`${r.pick([200, 302, 401])} 0 0 ${r.int(15, 900)}`)}` };
    return { format: 'object', record: { EventID: 4625, Channel: 'Security', Computer: c.k(`DC0${r.int(1, 3)}.corp.example.net`), TimeCreated: V.isoTs(r), EventData: { TargetUserName: S(c, u, 'username', 'winlogon'), TargetDomainName: 'CORP', LogonType: 3, IpAddress: S(c, V.publicIp(r), 'ip', 'winlogon'), FailureReason: '%%2313', ProcessName: `C:\\Users\\${S(c, `${V.username(r, V.person(r))}`, 'home_path', 'win_home')}\\AppData\\Local\\Temp\\${c.k('setup.exe')}` } } };
  } },
  { name: 'desktop-crash-report', n: 17, make(r, c) {
    const p = V.person(r);
    const u = V.username(r, p);
    const os = r.pick(['mac', 'linux', 'win']);
    const homePrefix = os === 'mac' ? '/Users/' : os === 'linux' ? '/home/' : 'C:\\Users\\';
    const sep = os === 'win' ? '\\' : '/';
    const hp = `${homePrefix}${S(c, u, 'home_path', `${os}_home`)}`;
    return { format: 'object', record: { product: c.k(r.pick(['Notepad Pro', 'Figment Desktop', 'SyncBox'])), version: c.k(V.semver(r)), platform: os, crashId: c.k(V.uuid(r)), stack: [`at loadProfile (${hp}${sep}${os === 'mac' ? 'Library' : '.config'}${sep}syncbox${sep}profile.js:${r.int(1, 400)}:${r.int(1, 80)})`, `at Module._compile (${c.k(`node:internal/modules/cjs/loader:${r.int(1000, 1600)}:14`)})`], cwd: `${hp}${sep}Documents`, gpu: c.k(r.pick(['Apple M2', 'NVIDIA GeForce RTX 4070', 'Intel UHD Graphics 620'])), uptimeSec: c.kj('uptimeSec', r.int(10, 99999)) } };
  } },
  { name: 'iot-telemetry', n: 17, make(r, c) {
    const g = V.geo(r);
    return { format: 'object', record: { deviceId: c.k(`dev-${r.hex(12)}`), fw: c.k(V.semver(r)), ts: c.k(V.isoTs(r)), owner: { email: S(c, V.email(r, V.person(r)), 'email', 'iot_owner') }, gps: { lat: Number(S(c, String(g.lat), 'geo', 'lat')), lon: Number(S(c, String(g.lng), 'geo', 'lng')), hdop: 0.9 }, battery: c.kj('battery', r.int(5, 100)), rssi: c.kj('rssi', -r.int(40, 110)), mqtt: { clientId: c.k(`tracker-${r.lower(8)}`), password: S(c, r.alnum(24), 'password', 'mqtt') } } };
  } },
  { name: 'kyc-verification', n: 36, make(r, c) {
    const sub = NAT_KEYS[(cycle.kyc++) % NAT_KEYS.length]; // every issuing country in turn
    const p = COUNTRY_OF[sub] === 'zh' || COUNTRY_OF[sub] === 'jp' ? (r.chance(0.5) ? V.nativeName(r) : V.person(r, CULT_OF[COUNTRY_OF[sub]])) : V.person(r, CULT_OF[COUNTRY_OF[sub]]);
    const asObject = r.chance(0.7);
    const rec = { check: c.k(`kyc_${r.alnum(20)}`), provider: r.pick(['Onfido', 'Veriff', 'Persona']), result: r.pick(['clear', 'consider', 'rejected']), document: { type: r.pick(['national_identity_card', 'passport', 'tax_id']), issuingCountry: ISSUER[sub], number: natId(r, c, sub) }, applicant: { fullName: S(c, p.full, 'person_name', 'kyc'), dob: S(c, V.dob(r).value, 'dob', 'kyc') }, score: asObject ? c.kj('score', Number(r.next().toFixed(3))) : 0, reviewedAt: V.isoTs(r) };
    return asObject ? { format: 'object', record: rec } : { format: 'text', record: `KYC ${rec.check} ${rec.result}: ${rec.applicant.fullName} (${rec.applicant.dob}) doc ${rec.document.type} ${rec.document.number} [${rec.provider}]` };
  } },
  { name: 'intl-registration', n: 30, make(r, c) {
    const list = ['mx_curp', 'in_aadhaar', 'in_pan', 'br_cnpj', 'sg_nric', 'za_id', 'jp_my_number', 'cn_resident_id', 'au_tfn', 'ca_sin', 'pl_pesel', 'fi_hetu', 'no_fnr', 'dk_cpr', 'es_nie'];
    const sub = list[(cycle.reg++) % list.length];
    const p = maybeNative(r);
    const ascii = V.person(r);
    const rec = { event: 'account.created', accountId: c.k(V.uuid(r)), profile: { displayName: S(c, p.full, 'person_name', [...p.full].some((ch) => ch.charCodeAt(0) > 0x7f) ? 'native_script' : 'profile'), email: S(c, V.email(r, ascii), 'email', 'profile'), mobile: S(c, V.phone(r), 'phone', 'profile'), taxNumber: natId(r, c, sub) }, settings: { passwordMinLength: c.kj('passwordMinLength', r.pick([10, 12, 14])), mfaRequired: c.kj('mfaRequired', true), locale: r.pick(['es-MX', 'hi-IN', 'pt-BR', 'en-SG', 'ja-JP', 'zh-CN']) }, consentVersion: c.k(`v${r.int(1, 9)}.${r.int(0, 9)}`) };
    return { format: 'object', record: rec };
  } },
  { name: 'gdpr-dsar-ticket', n: 18, make(r, c) {
    const p = V.person(r, r.pick(['de', 'fr', 'nl', 'sv', 'it', 'pl']));
    return { format: 'text', record: `[${c.k(V.ticketId(r))}] DSAR ${r.pick(['access', 'erasure', 'rectification'])} request from ${S(c, p.full, 'person_name', 'dsar')} <${S(c, V.email(r, p), 'email', 'dsar')}>. Verified via last order ${c.k(V.ordId(r))} and postcode. Old address: ${S(c, V.addressLine(V.address(r)), 'address', 'dsar')}; new phone ${S(c, V.phone(r), 'phone', 'dsar')}. Deadline ${c.k(V.isoTs(r).slice(0, 10))} (${c.k(`${r.pick([30, 45])} days`)}).` };
  } },
  { name: 'ecommerce-checkout', n: 22, make(r, c) {
    const p = V.person(r); const a = V.address(r); const cd = V.card(r);
    const rec = { level: 'error', msg: 'checkout failed', cart: { id: c.k(`cart_${r.alnum(20)}`), items: [{ product: c.k(r.pick(V.PRODUCTS)), qty: 1 }], coupon: c.k(r.pick(['WINTER25', 'FREESHIP', 'WELCOME10'])) }, customer: { name: S(c, p.full, 'person_name', 'checkout'), email: S(c, V.email(r, p), 'email', 'checkout'), billing: S(c, V.addressLine(a), 'address', 'checkout') }, payment: { method: 'card', number: S(c, cd.value, 'card', 'checkout'), expiry: `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}`, threeDS: { version: c.kj('version', '2.2.0'), transStatus: 'N' } }, error: { code: c.k('card_declined'), declineCode: 'insufficient_funds' }, checkoutVersion: c.k(r.pick(V.FLAGS)) };
    return { format: 'object', record: rec };
  } },
  { name: 'healthcare-appointment', n: 18, make(r, c) {
    const p = V.person(r, r.pick(['de', 'fr', 'nl', 'sv', 'no', 'fi']));
    const sub = { de: 'de_steuer_id', fr: 'fr_nir', nl: 'nl_bsn', sv: 'se_personnummer', no: 'no_fnr', fi: 'fi_hetu' }[p.culture];
    return { format: 'text', record: `${V.isoTs(r)} appt-svc INFO booking confirmed: appt=${c.k(`APT-${r.digits(7)}`)} patient="${S(c, p.full, 'person_name', 'appointment')}" ${sub.split('_')[0]}_id=${natId(r, c, sub)} dob=${S(c, V.dob(r).value, 'dob', 'appointment')} clinic=${c.k(r.pick(['Praxis am Markt', 'Cabinet Voltaire', 'Vårdcentralen Söder']))} slot=${c.k(V.isoTs(r, false))} reminderSms=${S(c, V.phone(r, { de: 'de', fr: 'fr', nl: 'nl', sv: 'se', no: 'se', fi: 'se' }[p.culture]), 'phone', 'appointment')}` };
  } },
  { name: 'travel-booking', n: 18, make(r, c) {
    const pax = []; const n = r.int(1, 3);
    for (let i = 0; i < n; i++) { const p = maybeNative(r); pax.push({ name: S(c, p.full, 'person_name', 'passenger'), dob: S(c, V.dob(r).value, 'dob', 'passenger'), ff: c.k(`${r.pick(['LH', 'AF', 'SK', 'IB'])}${r.digits(9)}`) }); }
    return { format: 'object', record: { pnr: c.k(r.str('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6)), segments: [{ flight: c.k(`${r.pick(['LH', 'AF', 'SK', 'IB'])}${r.int(100, 2999)}`), from: 'FRA', to: r.pick(['CDG', 'ARN', 'MAD', 'NRT']), dep: V.isoTs(r, false) }], passengers: pax, contact: { email: S(c, V.email(r, V.person(r)), 'email', 'booking'), phone: S(c, V.phone(r), 'phone', 'booking') }, fareBasis: c.k(`Y${r.str('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}${r.int(1, 9)}`) } };
  } },
];
