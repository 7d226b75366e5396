// Business and support sources: tickets and chats in several languages, CRM and billing webhooks, exports.
import { lab } from './families-app.mjs';

export function supportTicket(V) {
  const L = lab();
  const p = V.person();
  const em = V.email(p);
  const ph = V.phone();
  const lang = V.int(0, 4);
  const name = L.s(p.full, 'person_name', 'ticket_body');
  const tpl = [
    () => `Hallo, ich bin ${name} und komme nicht mehr in mein Konto. Meine Adresse ist ${L.s(V.address(), 'address', 'ticket_body')}, Telefon ${L.s(ph, 'phone', 'ticket_body')}. Bitte um Rückruf.`,
    () => `Bonjour, ${name} ici. Mon e-mail est ${L.s(em, 'email', 'ticket_body')} et je suis née le ${L.s(V.dob(), 'dob', 'ticket_body')}. Merci de corriger la facture.`,
    () => `Hola, soy ${name}. Les paso mi IBAN ${(() => { const i = V.iban(); return L.s(i.value, 'iban', i.country); })()} para el reembolso. Gracias.`,
    () => `Hi, ${name} here — my card ${(() => { const c = V.card(); return L.s(c.value, 'card', c.type); })()} was charged twice for ${L.k(V.product())}. You can reach me at ${L.s(em, 'email', 'ticket_body')}.`,
    () => `Dzień dobry, nazywam się ${name}, mój numer dokumentu: ${(() => { const n = V.nationalId(); return L.s(n.value, 'national_id', n.sub); })()}. Proszę o zmianę danych.`,
  ][lang];
  return { format: 'object', record: { source: 'zendesk', event: 'ticket.created', ticket: { id: L.k(`${V.int(100000, 999999)}`.replace(/^/, 'ZD-')), subject: 'Account help', description: tpl(), status: 'new', locale: ['de', 'fr', 'es', 'en', 'pl'][lang] } }, ...L };
}

export function liveChat(V) {
  const L = lab();
  const p = V.person();
  const agent = V.person();
  const lines = [
    `[${V.ts()}] visitor (${L.s(V.ipv4(), 'ip', 'ipv4')}): hi, I'm ${L.s(p.full, 'person_name', 'chat')}, my temp password ${L.s(V.password(), 'password', 'chat_free_text')} doesn't work`,
    `[${V.ts()}] agent ${L.s(agent.first + ' ' + agent.last, 'person_name', 'agent')}: sorry! can you confirm your phone number?`,
    `[${V.ts()}] visitor: ${L.s(V.phone(), 'phone', 'chat')}`,
  ];
  if (V.rand() < 0.4) {
    const g = V.geo();
    lines.push(`[${V.ts()}] visitor: I'm at ${L.s(g.lat, 'geo', 'chat_lat')}, ${L.s(g.lng, 'geo', 'chat_lng')} if the courier asks`);
  }
  lines.push(`-- conversation ${L.k(`conv_${V.alnum(16)}`)} closed, csat=${L.k('satisfied')}`);
  return { format: 'text', record: lines.join('\n'), ...L };
}

export function crmWebhook(V) {
  const L = lab();
  const p = V.person();
  const contact = { firstname: L.s(p.first, 'person_name', 'crm_first'), lastname: L.s(p.last, 'person_name', 'crm_last'), email: L.s(V.email(p), 'email', 'crm'), phone: L.s(V.phone(), 'phone', 'crm'), address: L.s(V.address(), 'address', 'crm'), city: L.k(V.place()) };
  return { format: 'object', record: { msg: 'hubspot webhook received', signatureHeader: `sha256=${V.hex(64)}`, portalId: V.int(1000000, 9999999), contacts: [contact], apiVersion: L.k('v3') }, ...L };
}

export function billingWebhook(V) {
  const L = lab();
  const p = V.person();
  if (V.rand() < 0.5) {
    const body = JSON.stringify({ id: `evt_${V.alnum(24)}`, type: 'invoice.payment_failed', data: { object: { customer_email: L.s(V.email(p), 'email', 'stripe_event'), customer_name: L.s(p.full, 'person_name', 'stripe_event'), customer_address: { line1: L.s(V.address(), 'address', 'stripe_event') }, customer_tax_ids: [{ value: (() => { const n = V.nationalId(); return L.s(n.value, 'national_id', n.sub); })() }] } } });
    return { format: 'object', record: { msg: 'stripe webhook signature verification failed', endpointSecret: L.s(`whsec_${V.alnum(32)}`, 'other_secret', 'webhook_secret'), header: `t=${V.int(1790000000, 1799999999)},v1=${V.hex(64)}`, rawBody: body, plan: L.k(V.product()) }, ...L };
  }
  const ib = V.iban();
  return { format: 'text', record: `gocardless webhook mandates.failed: customer=${L.s(p.full, 'person_name', 'gocardless')} bank_account=${L.s(ib.value, 'iban', ib.country)} dob=${L.s(V.dob(), 'dob', 'gocardless')} links.mandate=${L.k(`MD${V.alnum(12).toUpperCase()}`)}`, ...L };
}

export function dataExport(V) {
  const L = lab();
  const rows = ['customer_id,name,email,phone,birth_date,country'];
  const n = V.int(1, 2);
  for (let i = 0; i < n; i++) {
    const p = V.person();
    rows.push(`cus_${V.alnum(10)},${L.s(p.full, 'person_name', 'csv')},${L.s(V.email(p), 'email', 'csv')},${L.s(V.phone(), 'phone', 'csv')},${L.s(V.dob(), 'dob', 'csv')},${V.pick(['DE', 'FR', 'ES', 'NL'])}`);
  }
  return { format: 'object', record: { msg: 'export preview (first rows)', exportId: L.k(`exp_${V.alnum(12)}`), requestedBy: L.s(V.email(), 'email', 'export_requester'), preview: rows.join('\n'), checksum: L.k(V.hex(64)) }, ...L };
}

export function kycReview(V) {
  const L = lab();
  const p = V.person();
  const g = V.geo();
  const nid = V.nationalId();
  return { format: 'text', record: `KYC review ${L.k(`kyc_${V.alnum(10)}`)}: applicant ${L.s(p.full, 'person_name', 'kyc')} (${L.s(V.dob(), 'dob', 'kyc')}), id ${L.s(nid.value, 'national_id', nid.sub)}, selfie geotag lat=${L.s(g.lat, 'geo', 'exif_lat')} lon=${L.s(g.lng, 'geo', 'exif_lng')}, residence ${L.s(V.address(), 'address', 'kyc')} -> manual review`, ...L };
}
