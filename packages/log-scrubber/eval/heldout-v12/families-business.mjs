// Business and domain systems: support tickets and chat in many languages, CRM/ERP exports, payments,
// healthcare, HR, logistics, e-mail and XML bodies.

export function makeBusinessFamilies(V) {
  const { int, pick, chance, str, ts } = V;
  return {
    support_ticket_multilang() {
      const p = V.person(); const ph = V.phone(); const iban = V.iban(); const addr = V.fullAddress(); const tck = `TCK-${V.digits(6)}`; const brand = pick(V.BRANDS); const place = pick(V.PLACES);
      const v = pick([
        () => ({ t: `Hallo, mein Name ist ${p.name}. Meine neue IBAN lautet ${iban}, bitte für die Erstattung zu ${tck} verwenden. Rückruf unter ${ph}. Bestellt hatte ich eine Jacke von ${brand}.`, s: [[p.name, 'person_name', 'ticket_de'], [iban, 'iban', 'ticket_de'], [ph, 'phone', 'ticket_de']], k: [tck, brand] }),
        () => ({ t: `Bonjour, je m'appelle ${p.name} et j'ai déménagé : ${addr}. Merci de mettre à jour la livraison de la commande ${tck}. Je ne suis plus à ${place}.`, s: [[p.name, 'person_name', 'ticket_fr'], [addr, 'address', 'ticket_fr']], k: [tck, place] }),
        () => ({ t: `Hola, soy ${p.name}. No me llegó el pedido ${tck}; mi teléfono es ${ph} y mi correo ${p.email}. Gracias.`, s: [[p.name, 'person_name', 'ticket_es'], [ph, 'phone', 'ticket_es'], [p.email, 'email', 'ticket_es']], k: [tck] }),
        () => { const n = pick(V.CJK_NAMES); const a = V.JP_ADDR(); return { t: `お世話になっております。${n}です。注文番号${tck}の配送先を「${a}」に変更してください。電話：${ph}`, s: [[n, 'person_name', 'ticket_ja'], [a, 'address', 'ticket_ja'], [ph, 'phone', 'ticket_ja']], k: [tck] }; },
        () => { const n = pick(V.CYR_NAMES); return { t: `Здравствуйте! Меня зовут ${n}. Прошу вернуть деньги по заказу ${tck} на счёт ${iban}. Мой e-mail: ${p.email}`, s: [[n, 'person_name', 'ticket_ru'], [iban, 'iban', 'ticket_ru'], [p.email, 'email', 'ticket_ru']], k: [tck] }; },
        () => { const n = pick(V.AR_NAMES); return { t: `مرحبا، اسمي ${n}. رقم هاتفي ${ph} وبريدي ${p.email}. بخصوص الطلب ${tck}.`, s: [[n, 'person_name', 'ticket_ar'], [ph, 'phone', 'ticket_ar'], [p.email, 'email', 'ticket_ar']], k: [tck] }; },
        () => { const pesel = V.nationalIdOf('pl_pesel'); return { t: `Dzień dobry, nazywam się ${p.name}, PESEL ${pesel}. Proszę o fakturę do zamówienia ${tck} na adres ${addr}.`, s: [[p.name, 'person_name', 'ticket_pl'], [pesel, 'national_id', 'pl_pesel'], [addr, 'address', 'ticket_pl']], k: [tck] }; },
        () => { const cpf = V.nationalIdOf('br_cpf'); return { t: `Olá, meu nome é ${p.name} (CPF ${cpf}). O pedido ${tck} veio com defeito, podem ligar para ${ph}?`, s: [[p.name, 'person_name', 'ticket_pt'], [cpf, 'national_id', 'br_cpf'], [ph, 'phone', 'ticket_pt']], k: [tck] }; },
      ])();
      return { format: 'object', record: { source: 'zendesk', event: 'ticket.created', ticket_id: tck, created_at: ts(), description: v.t }, s: v.s, k: [...v.k, '"event":"ticket.created"'] };
    },
    chat_transcript() {
      const p = V.person(); const card = V.card(pick([' ', '-'])); const dob = V.dob(); const agent = pick(['Support Bot', 'Agent #42', 'Kiwi (assistant)']); const conv = `conv_${str('abcdefghijklmnopqrstuvwxyz0123456789', 12)}`; const csat = int(1, 5);
      const t = `[${agent}] Hi! How can I help?\n[customer] hi its ${p.name}, my card ${card} got charged twice\n[${agent}] Sorry about that! For verification, what's your date of birth?\n[customer] ${dob}\n[customer] also pls send confirmation to ${p.email}`;
      return { format: 'object', record: { conversation: conv, channel: 'web', transcript: t, csat }, s: [[p.name, 'person_name', 'chat'], [card, 'card', 'chat'], [dob, 'dob', 'chat'], [p.email, 'email', 'chat']], k: [conv, agent, `"csat":${csat}`] };
    },
    csv_export() {
      const rows = []; const s = []; const sep = pick([',', '\t', ';']);
      for (let i = 0; i < int(2, 3); i++) {
        const p = V.person(); const ph = V.phone(); const d = V.dob(); const iban = V.iban(false);
        rows.push([V.digits(6), p.first, p.last, p.email, ph, d, iban, pick(['active', 'churned', 'trial'])].join(sep));
        s.push([p.first, 'person_name', 'csv_first'], [p.last, 'person_name', 'csv_last'], [p.email, 'email', 'csv'], [ph, 'phone', 'csv'], [d, 'dob', 'csv'], [iban, 'iban', 'csv']);
      }
      const job = `export-${V.uuid()}`;
      return { format: 'text', record: `WARN ${job} row parse failed, dumping batch:\n${['id', 'first_name', 'last_name', 'email', 'phone', 'birth_date', 'iban', 'status'].join(sep)}\n${rows.join('\n')}`, s, k: [job, 'row parse failed'] };
    },
    html_email_body() {
      const p = V.person(); const addr = V.street(); const city = V.cityLine(); const last4 = V.digits(4); const oid = V.orderId(); const brand = pick(V.BRANDS);
      const html = `<html><body><p>Hi ${p.first} ${p.last},</p><p>Thanks for your order <b>${oid}</b> from ${brand.replace('&', '&amp;')}.</p><table><tr><td>Ship to</td><td>${p.first} ${p.last}<br>${addr}<br>${city}</td></tr><tr><td>Paid with</td><td>Visa •••• ${last4}</td></tr></table><p>Questions? Reply to this email.</p></body></html>`;
      return { format: 'object', record: { level: 'info', msg: 'postmark send failed: 422 Invalid email request', to: p.email, htmlBody: html }, s: [[p.name, 'person_name', 'html_body'], [addr, 'address', 'html_body'], [p.email, 'email', 'mail_to']], k: [oid, `Visa •••• ${last4}`] };
    },
    sepa_xml() {
      const p = V.person(); const iban = V.iban(false); const msgId = `MSG-${V.digits(10)}`; const amt = `${int(10, 9000)}.${V.digits(2)}`; const bic = pick(['DEUTDEFF', 'COBADEFFXXX', 'INGBNL2A', 'BNPAFRPP']);
      const x = `<CdtTrfTxInf><PmtId><EndToEndId>${msgId}</EndToEndId></PmtId><Amt><InstdAmt Ccy="EUR">${amt}</InstdAmt></Amt><CdtrAgt><FinInstnId><BICFI>${bic}</BICFI></FinInstnId></CdtrAgt><Cdtr><Nm>${p.name}</Nm><PstlAdr><Ctry>${iban.slice(0, 2)}</Ctry></PstlAdr></Cdtr><CdtrAcct><Id><IBAN>${iban}</IBAN></Id></CdtrAcct></CdtTrfTxInf>`;
      return { format: 'text', record: `ERROR pain.001 schema validation: cvc-complex-type.2.4.a: Invalid content was found starting with element 'RmtInf'. Fragment: ${x}`, s: [[p.name, 'person_name', 'sepa_nm'], [iban, 'iban', 'sepa_xml']], k: [msgId, `<BICFI>${bic}</BICFI>`, `<InstdAmt Ccy="EUR">${amt}</InstdAmt>`] };
    },
    fhir_patient() {
      const p = V.person(); const d = `${int(1940, 2004)}-${V.pad(int(1, 12))}-${V.pad(int(1, 28))}`; const ph = V.phone(); const addr = V.street(); const sub = pick(['us_ssn', 'nl_bsn', 'fi_hetu', 'fr_nir', 'se_pnr']); const nid = V.nationalIdOf(sub); const rid = V.uuid();
      return { format: 'object', record: { level: 'warn', msg: 'FHIR validation: Patient.identifier[0].system is not a valid URI', resource: { resourceType: 'Patient', id: rid, meta: { versionId: String(int(1, 9)) }, identifier: [{ system: 'national-id', value: nid }], name: [{ family: p.last, given: [p.first] }], birthDate: d, telecom: [{ system: 'phone', value: ph }], address: [{ line: [addr], city: pick(['Tampere', 'Rotterdam', 'Nantes', 'Uppsala', 'Boise']) }] } }, s: [[nid, 'national_id', sub], [p.last, 'person_name', 'fhir_family'], [p.first, 'person_name', 'fhir_given'], [d, 'dob', 'fhir_birthdate'], [ph, 'phone', 'fhir_telecom'], [addr, 'address', 'fhir_line']], k: [rid, '"resourceType":"Patient"'] };
    },
    payments_raw_body() {
      const card = V.card(''); const cvc = V.digits(3); const p = V.person(); const pi = `pi_${str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 24)}`; const pk = V.publishable(); const idem = V.uuid();
      return { format: 'object', record: { level: 50, msg: 'card tokenization fallback hit server', path: '/v1/payment_methods', idempotencyKey: idem, publishableKey: pk, rawBody: `type=card&card[number]=${card}&card[cvc]=${cvc}&card[exp_month]=${int(1, 12)}&billing_details[name]=${encodeURIComponent(p.name)}&payment_intent=${pi}` }, s: [[card, 'card', 'form_body'], [encodeURIComponent(p.name), 'person_name', 'form_body_encoded']], k: [pk, pi, idem] };
    },
    kyc_check() {
      const p = V.person(); const sub = V.nationalIdSub(); const nid = V.nationalIdOf(sub); const d = V.dob(); const addr = V.fullAddress(); const ref = `KYC-${V.digits(8)}`; const score = (V.rng.next()).toFixed(3);
      return { format: 'object', record: { level: 'info', msg: `KYC ${pick(['manual review', 'rejected', 'approved'])} for ${p.name}`, provider: 'veriff', reference: ref, riskScore: Number(score), applicant: { documentNumber: nid, dateOfBirth: d, residence: addr } }, s: [[p.name, 'person_name', 'kyc_msg'], [nid, 'national_id', sub], [d, 'dob', 'kyc'], [addr, 'address', 'kyc']], k: [ref, `"riskScore":${Number(score)}`] };
    },
    courier_ping() {
      const [lat, lng] = V.geo().map((x) => String(Number(x))); const drv = V.person(); const shp = `SHP-${str('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 8)}`; const acc = int(3, 30); const city = pick(V.PLACES);
      const asNum = chance(0.5);
      const rec = asNum ? { type: 'location', shipment: shp, driver: drv.name, lat: Number(lat), lng: Number(lng), accuracyM: acc, region: city } : { type: 'location', shipment: shp, driver: drv.name, position: `geo:${lat},${lng};u=${acc}`, region: city };
      return { format: 'object', record: rec, s: [[lat, 'geo', asNum ? 'lat_number' : 'geo_uri'], [lng, 'geo', asNum ? 'lng_number' : 'geo_uri'], [drv.name, 'person_name', 'driver']], k: [shp, city] };
    },
    hr_payroll() {
      const p = V.person(); const iban = V.iban(); const sub = pick(['uk_nino', 'es_dni', 'be_nrn', 'nl_bsn']); const nid = V.nationalIdOf(sub); const team = pick(V.TEAMS); const cc = `CC-${int(1000, 9999)}`;
      return { format: 'text', record: `payroll-run ${ts()} WARN bank rejected transfer employee="${p.name}" nid=${nid} iban="${iban}" team=${team} costCenter=${cc} reason=AC04 (closed account)`, s: [[p.name, 'person_name', 'payroll'], [nid, 'national_id', sub], [iban, 'iban', 'payroll']], k: [team, `costCenter=${cc}`, 'reason=AC04 (closed account)'] };
    },
    crm_webhook() {
      const p = V.person(); const ph = V.phone(); const ip = V.ipv4(); const formId = V.uuid(); const brand = pick(V.BRANDS); const place = pick(V.PLACES);
      return { format: 'object', record: { type: 'form_submission', formId, submittedAt: ts(), fields: [{ name: 'firstname', value: p.first }, { name: 'lastname', value: p.last }, { name: 'email', value: p.email }, { name: 'mobilephone', value: ph }, { name: 'company', value: brand }, { name: 'city', value: place }], context: { ipAddress: ip, pageUri: 'https://www.example-shop.com/contact' } }, s: [[p.first, 'person_name', 'crm_first'], [p.last, 'person_name', 'crm_last'], [p.email, 'email', 'crm'], [ph, 'phone', 'crm'], [ip, 'ip', 'crm']], k: [formId, brand, place] };
    },
    auth_admin_audit() {
      const em = V.email(); const seed = V.other('totp_seed'); const codes = [V.other('recovery_code'), V.other('recovery_code')]; const uid = `usr_${str('abcdefghijklmnopqrstuvwxyz0123456789', 16)}`;
      const otpauth = `otpauth://totp/Acme:${encodeURIComponent(em)}?secret=${seed}&issuer=Acme&digits=6&period=30`;
      return { format: 'object', record: { level: 'debug', msg: 'mfa enrolment', userId: uid, otpauthUri: otpauth, recoveryCodes: codes, settings: { digits: 6, period: 30 } }, s: [[seed, 'other_secret', 'totp_seed'], [codes[0], 'other_secret', 'recovery_code'], [codes[1], 'other_secret', 'recovery_code'], [encodeURIComponent(em), 'email', 'otpauth_label']], k: [uid, '"period":30'] };
    },
    cookie_header_business() {
      const sid = str('abcdefghijklmnopqrstuvwxyz0123456789', 26); const xs = str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789%', 40); const rem = str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 48); const cart = `cart_${V.digits(8)}`;
      return { format: 'text', record: `${ts()} INFO [shop-legacy] GET /checkout cookie="PHPSESSID=${sid}; XSRF-TOKEN=${xs}; remember_web=${rem}" cart=${cart}`, s: [[sid, 'cookie', 'phpsessid'], [xs, 'cookie', 'xsrf'], [rem, 'cookie', 'remember_web']], k: [cart, 'GET /checkout', '[shop-legacy]'] };
    },
    passphrase_reset() {
      const pp = V.passphrase(); const em = V.email(); const t = ts();
      return { format: 'object', record: { level: 'warn', msg: 'vault unlock attempt logged with body', at: t, body: { account: em, passphrase: pp }, policy: { minWords: 4 } }, s: [[pp, 'password', 'passphrase_spaces'], [em, 'email', 'vault_account']], k: [t, '"minWords":4'] };
    },
  };
}
