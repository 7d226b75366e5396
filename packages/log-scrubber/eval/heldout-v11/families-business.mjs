// Business tooling feeding the index (billing, CRM, e-mail marketing, support, HR, analytics) and incident chatter.
const NID = [['ssn', 'us_ssn', 'SSN'], ['nino', 'uk_nino', 'NI number'], ['bsn', 'nl_bsn', 'BSN'], ['dni', 'es_dni', 'DNI'], ['pesel', 'pl_pesel', 'PESEL'],
  ['personnummer', 'se_personnummer', 'personnummer'], ['hetu', 'fi_hetu', 'henkilötunnus'], ['nir', 'fr_nir', 'n° de sécurité sociale'],
  ['steuerId', 'de_steuer_id', 'Steuer-ID'], ['beNN', 'be_rijksregister', 'rijksregisternummer']];

export function billing(V, r) {
  const p = V.person();
  const st = V.street();
  const inv = r.k(V.invoiceId());
  const customer = { name: r.s(p.full, 'person_name', 'billing_customer'), email: r.s(V.email(p), 'email', 'billing_customer'),
    billingAddress: { line1: r.s(st.line, 'address', 'billing_address'), postalCity: st.city, country: r.k(V.pick(['DE', 'FR', 'GB', 'NL', 'ES', 'PL'])) } };
  const method = V.chance(0.5)
    ? { type: 'sepa_debit', iban: r.s(V.iban(), 'iban', 'sepa_mandate'), mandateReference: r.k(`LDG-MNDT-${V.digits(8)}`), bic: r.k(V.pick(['DEUTDEFFXXX', 'INGBNL2A', 'BNPAFRPP', 'CITIGB2L'])) }
    : { type: 'card', number: r.s(V.card(), 'card', 'payment_method'), last4: r.kf('last4', V.digits(4)), brand: V.pick(['visa', 'mastercard', 'amex']), expMonth: V.int(1, 12), expYear: V.int(2026, 2031) };
  return r.obj({
    level: 'error', msg: 'invoice finalisation failed', service: 'billing-api', invoice: { id: inv, number: r.k(`${V.pick(['LDG', 'LGY'])}-${V.digits(6)}`), total: r.kf('total', V.int(900, 990000) / 100), currency: 'EUR', product: r.k(V.product()) },
    customer, paymentMethod: method, idempotencyKey: r.k(V.uuid()), retryCount: r.kf('retryCount', V.int(0, 4)),
  });
}

export function crmCsv(V, r) {
  const rows = [];
  const n = V.int(1, 3);
  for (let i = 0; i < n; i++) {
    const p = V.person();
    const id = r.k(`hs_${V.digits(9)}`);
    rows.push(`${id},"${r.s(p.full, 'person_name', 'csv')}",${r.s(V.email(p), 'email', 'csv')},"${r.s(V.phone(), 'phone', 'csv')}",${r.k(V.pick(['Kestrel Freight', 'Oakmere Dental', 'Bluefjord AS', 'Hartwell Partners', 'Pixel Orchard']))},${r.k(V.place())},${r.k(V.product())}`);
  }
  return r.text(`[crm-sync] ${r.k(V.ts())} WARN batch ${r.k(V.uuid())} rejected by HubSpot (${r.k('VALIDATION_ERROR')}); offending rows:\ncontact_id,full_name,email,phone,company,city,plan\n${rows.join('\n')}`);
}

export function emailMarketing(V, r) {
  const events = [];
  const n = V.int(1, 2);
  for (let i = 0; i < n; i++) {
    const p = V.person();
    events.push({ email: r.s(V.email(p), 'email', 'sg_event'), timestamp: V.int(1781000000, 1781600000), event: V.pick(['open', 'click', 'bounce', 'delivered']),
      ip: r.s(V.ipv4(), 'ip', 'sg_event'), sg_event_id: r.k(V.b64url(22)), sg_message_id: r.k(`${V.b64url(22)}.recvd-${V.hex(10)}-${V.str(5)}-1-${V.hex(8)}-${V.int(1, 40)}.0`),
      category: [r.k(V.pick(['dunning', 'newsletter-june', 'product-updates']))], useragent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)' });
  }
  // usage per recipient as a Map keyed by address: the address itself is the key.
  const byAddr = {};
  byAddr[events[0].email] = V.int(1, 40);
  return r.obj({ level: 'info', msg: 'sendgrid event batch', batchSize: r.kf('batchSize', n), events, opensByRecipient: byAddr, apiKeyId: r.k(`${V.b64url(22)}`) }, [['opensByRecipient']]);
}

const SUPPORT = {
  en: (x) => `Hi, this is ${x.name}. I moved to ${x.street}, ${x.city} and my phone is now ${x.phone}. Please update the direct debit to ${x.iban}. My date of birth is ${x.dob} if you need to verify.`,
  de: (x) => `Hallo, hier ist ${x.name}. Ich bin umgezogen: ${x.street}, ${x.city}. Neue Telefonnummer ${x.phone}. Bitte buchen Sie künftig von ${x.iban} ab. Geburtsdatum zur Verifizierung: ${x.dob}.`,
  fr: (x) => `Bonjour, ${x.name} à l'appareil. Nouvelle adresse : ${x.street}, ${x.city}. Mon portable : ${x.phone}. Merci de prélever désormais sur ${x.iban}. Date de naissance : ${x.dob}.`,
  es: (x) => `Hola, soy ${x.name}. Me he mudado a ${x.street}, ${x.city}; mi teléfono es ${x.phone}. Por favor cobren a partir de ahora en ${x.iban}. Fecha de nacimiento: ${x.dob}.`,
  pl: (x) => `Dzień dobry, tu ${x.name}. Nowy adres: ${x.street}, ${x.city}, telefon ${x.phone}. Proszę zmienić rachunek do polecenia zapłaty na ${x.iban}. Data urodzenia: ${x.dob}.`,
  nl: (x) => `Goedemiddag, met ${x.name}. Ik ben verhuisd naar ${x.street}, ${x.city} en mijn nummer is ${x.phone}. Graag voortaan incasseren van ${x.iban}. Geboortedatum: ${x.dob}.`,
  pt: (x) => `Olá, fala ${x.name}. Mudei-me para ${x.street}, ${x.city} e o meu telemóvel é ${x.phone}. Por favor debitem a partir de agora na conta ${x.iban}. Data de nascimento: ${x.dob}.`,
};

export function support(V, r) {
  const p = V.person();
  const lang = V.pick(Object.keys(SUPPORT));
  const st = V.street();
  const x = { name: r.s(p.full, 'person_name', `support_${lang}`), street: r.s(st.line, 'address', `support_${lang}`), city: st.city,
    phone: r.s(V.phone(), 'phone', `support_${lang}`), iban: r.s(V.iban(), 'iban', `support_${lang}`), dob: r.s(V.dob(lang === 'en' ? 'us' : V.pick(['eu', 'dots'])), 'dob', `support_${lang}`) };
  const ticket = { id: r.kf('id', V.int(100000, 999999)), subject: r.k(V.pick(['Change of bank details', 'Adresse geändert', 'Cambio de domicilio', 'Mise à jour du prélèvement'])),
    description: SUPPORT[lang](x), requester: { email: r.s(V.email(p), 'email', 'support_requester') }, tags: [r.k(V.pick(['billing', 'kyc', 'priority']))], via: 'email', brand: r.k('Ledgerly Support') };
  if (V.chance(0.3)) {
    const [fn, sub, label] = V.pick(NID);
    ticket.comment = `${label}: ${r.s(V[fn](), 'national_id', sub)}`;
  }
  return r.obj({ source: 'zendesk', event: 'ticket.created', ticket, slaPolicy: r.k('Business plan 8h'), at: r.k(V.ts()) });
}

export function hrOnboarding(V, r) {
  const p = V.person();
  const [fn, sub, label] = V.pick(NID);
  const st = V.street();
  const emp = {
    employeeId: r.k(`EMP-${V.digits(5)}`), legalName: r.s(p.full, 'person_name', 'hr'), personalEmail: r.s(V.email(p), 'email', 'hr'), mobile: r.s(V.phone(), 'phone', 'hr'),
    dateOfBirth: r.s(V.dob(), 'dob', 'hr'), nationalId: { type: label, value: r.s(V[fn](), 'national_id', sub) },
    homeAddress: { street: r.s(st.line, 'address', 'hr'), city: st.city }, payroll: { iban: r.s(V.iban(), 'iban', 'hr') },
    startDate: r.k(`2026-0${V.int(7, 9)}-0${V.int(1, 9)}`), department: r.k(V.pick(['Finance Ops', 'Platform', 'Customer Success', 'Sales EMEA'])), laptopSerial: r.k(`C02${V.str(9, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`),
  };
  if (V.chance(0.5)) {
    return r.obj({ level: 'warn', msg: 'Personio webhook payload rejected: schema mismatch', webhookId: r.k(V.uuid()), payload: JSON.stringify(emp), schemaVersion: r.kf('schemaVersion', 4) });
  }
  return r.obj({ level: 'info', msg: 'onboarding: employee created in payroll', employee: emp, provider: 'personio', tempPasswordLength: r.kf('tempPasswordLength', 16) });
}

export function analytics(V, r) {
  const p = V.person();
  const geo = V.geo();
  const traits = { email: r.s(V.email(p), 'email', 'segment_traits'), name: r.s(p.full, 'person_name', 'segment_traits'), plan: r.k(V.product()), seats: V.int(1, 200) };
  return r.obj({
    type: 'track', event: r.k(V.pick(['Invoice Sent', 'Expense Scanned', 'Report Exported', 'Bank Connected'])), messageId: r.k(`ajs-next-${V.hex(32)}`),
    anonymousId: r.k(V.uuid()), userId: r.k(`usr_${V.str(12)}`),
    context: { ip: r.s(V.chance(0.7) ? V.ipv4() : V.ipv6(), 'ip', 'segment_context'), app: { name: 'Ledgerly', version: r.k(V.semver()), build: String(V.int(1000, 9000)) },
      location: { latitude: Number(r.s(geo.lat, 'geo', 'segment_location')), longitude: Number(r.s(geo.lng, 'geo', 'segment_location')), city: r.k(V.place()), speed: 0 },
      traits, library: { name: 'analytics-ios', version: r.k('4.1.8') } },
    properties: { receiptTotal: r.kf('receiptTotal', V.int(100, 90000) / 100), ocrConfidence: r.kf('ocrConfidence', Number(V.rnd().toFixed(2))) },
    sentAt: r.k(V.ts()),
  }, V.chance(0.4) ? [['context', 'traits']] : undefined);
}

const CHAT = {
  en: (x) => `@here :rotating_light: ${x.svc} is throwing 5xx again. ${x.name} pasted the prod key in #eng-billing by mistake: ${x.secret} — please rotate. Ticket ${x.ticket}.`,
  de: (x) => `@channel ${x.svc} wirft 5xx. ${x.name} hat versehentlich den Prod-Schlüssel gepostet: ${x.secret} – bitte rotieren. Ticket ${x.ticket}.`,
  es: (x) => `@here ${x.svc} devuelve 5xx otra vez. ${x.name} pegó la clave de producción por error: ${x.secret} — hay que rotarla. Ticket ${x.ticket}.`,
  fr: (x) => `@here ${x.svc} renvoie des 5xx. ${x.name} a collé la clé de prod par erreur : ${x.secret} — à révoquer. Ticket ${x.ticket}.`,
};

export function chat(V, r) {
  const p = V.person();
  const lang = V.pick(Object.keys(CHAT));
  const kind = V.int(0, 2);
  const secret = kind === 0 ? r.s(V.stripeSecret(), 'api_key', 'chat_paste') : kind === 1 ? r.s(V.slackBot(), 'token', 'chat_paste') : r.s(V.sendgrid(), 'api_key', 'chat_paste');
  const text = CHAT[lang]({ svc: r.k(V.service()), name: r.s(p.full, 'person_name', 'chat'), secret, ticket: r.k(V.ticketId()) });
  return r.obj({ type: 'message', channel: r.k(`C0${V.str(9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`), user: r.k(`U0${V.str(9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`), text, ts: r.k(`${V.int(1781000000, 1781600000)}.${V.digits(6)}`), team: r.k('T024BE7LD') });
}

export function pager(V, r) {
  const p = V.person();
  return r.obj({
    event: { event_type: r.k(V.pick(['incident.triggered', 'incident.acknowledged', 'incident.escalated'])), id: r.k(`01${V.str(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`), occurred_at: r.k(V.ts()),
      data: { id: r.k(`Q${V.str(13, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`), title: r.k(`[${V.service()}] p99 latency > ${V.int(1, 5)}s`), urgency: 'high',
        assignees: [{ summary: r.s(p.full, 'person_name', 'pager_assignee'), email: r.s(V.email(p), 'email', 'pager_assignee'), contact_methods: [{ type: 'sms', address: r.s(V.phone(), 'phone', 'pager_contact') }] }],
        escalation_policy: { summary: r.k('Platform primary') } } },
  });
}

export function postmortem(V, r) {
  const a = V.person(); const b = V.person();
  const pw = r.s(V.urlPassword(), 'connection_string', 'postmortem');
  const victim = V.person();
  const lines = [
    `# Postmortem: ${r.k(V.ticketId())} — ledger replica credentials exposed in logs`,
    `Authors: ${r.s(a.full, 'person_name', 'postmortem_author')}, ${r.s(b.full, 'person_name', 'postmortem_author')}`,
    `- ${r.k('14:02 UTC')} deploy ${r.k(V.sha().slice(0, 10))} of ${r.k(V.service())} logged \`postgres://replica_ro:${pw}@pg-replica.ledgerly.internal:5432/ledger\` at info level`,
    `- ${r.k('14:19 UTC')} customer ${r.s(V.email(victim), 'email', 'postmortem_customer')} (${r.s(victim.full, 'person_name', 'postmortem_customer')}) reported seeing an internal error page`,
    `- Impact: ${r.k(`${V.int(2, 60)} minutes`)}, ${V.int(10, 900)} requests; no data exfiltration found (${r.k(`${V.int(3, 40)} tenants`)} affected).`,
    `- Action items: rotate, add log redaction test, alert on secret patterns in ${r.k('ledgerly-logs-*')}.`,
  ];
  return r.text(lines.join('\n'));
}
