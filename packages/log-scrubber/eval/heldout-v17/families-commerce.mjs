// Payments, payouts, KYC and travel sources.
import * as V from './values.mjs';

const { pick, int, chance } = V;
const O = (record, maps) => ({ format: 'object', record, ...(maps ? { maps } : {}) });
const T = (record) => ({ format: 'text', record });
const MON = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

export function stripeWebhook(b) {
  const sig = b.s('other_secret', 'stripe_signature', V.hex(64));
  return O({ headers: { 'stripe-signature': `t=${int(1760000000, 1790000000)},v1=${sig}` }, endpointSecret: b.other('webhook_secret'),
    event: { id: b.k(`evt_${V.alnum(24)}`), type: b.k(pick(['charge.refunded', 'payment_intent.succeeded', 'charge.dispute.created'])), data: { object: { amount: b.kf('amount', int(300, 90000)), currency: pick(['brl', 'eur', 'inr', 'mxn']), billing_details: { name: b.name(), email: b.email(), phone: b.phone(), address: { line1: b.addr(), city: b.city() } } } } } });
}

export function paymentDecline(b) {
  const v = int(0, 2);
  const card = b.card();
  if (v === 0) return T(`${b.ts()} WARN payments-gw charge declined card=${card} exp=${pad2(int(1, 12))}/${int(27, 32)} code=${b.k(pick(['do_not_honor', 'insufficient_funds', 'card_velocity_exceeded']))} order=${b.order('EAT')}`);
  if (v === 1) return O({ msg: 'authorization failed', paymentMethod: { type: 'card', cardNumber: card, holderName: b.latinName() }, acquirerResponse: b.k(pick(['05', '51', '14']).padStart(3, 'R')), latencyMs: b.kf('latencyMs', int(80, 4000)) });
  return T(`Zahlung fehlgeschlagen für Kreditkarte ${card} (Inhaber: ${b.latinName()}), Bestellung ${b.order('RIDE')}, Fehlercode ${b.k('AUTH_DECLINED_3DS')}`);
}
const pad2 = (n) => String(n).padStart(2, '0');

export function payoutCsv(b) {
  const rows = [`courier_id,full_name,iban,amount,currency,batch`];
  const batch = b.k(`PB-${int(2026, 2026)}${pad2(int(1, 6))}-${V.digits(4)}`);
  for (let i = 0; i < int(1, 3); i++) {
    const cc = pick(['DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'PT', 'BE', 'AT', 'IE']);
    rows.push(`cr_${V.lowerNum(8)},"${b.latinName()}",${b.iban(cc)},${int(20, 900)}.${pad2(int(0, 99))},EUR,${batch}`);
  }
  return T(rows.join('\n'));
}

export function brBankPayout(b) {
  return O({ provider: b.k('pix'), recipient: { name: b.name(), cpf: b.nid('br_cpf'), pixKey: chance(0.5) ? b.email() : b.phone(), bank: { ispb: b.k('00000000'), agency: '0001', account: V.digits(8) } }, iban: b.iban('BR'), status: b.k('SETTLED'), amountCents: b.kf('amountCents', int(1000, 900000)) });
}

export function chargeback(b) {
  return O({ disputeId: b.k(`dp_${V.alnum(24)}`), reason: b.k(pick(['fraudulent', 'product_not_received', 'duplicate'])), cardholder: { name: b.latinName(), billingAddress: b.addr(), ip: b.ip() },
    evidence: { customer_communication: `Customer ${b.email()} confirmed delivery to ${b.addr()} on ${b.ts()}`, shipping_tracking: b.k(`1Z${V.upperNum(16)}`) }, card: { number: b.card() } });
}

export function refundSupport(b) {
  const lang = int(0, 3);
  const n = b.name(); const o = b.order(); const c = b.card();
  const t = [
    `Refund requested by ${n} for ${o}: "charged twice on my card ${c}, please refund to it"`,
    `Reembolso solicitado por ${n} (${o}): "me cobraron dos veces en la tarjeta ${c}"`,
    `Remboursement demandé par ${n} pour ${o} : « débité deux fois sur ma carte ${c} »`,
    `${n} が ${o} の返金を依頼: 「カード ${c} に二重請求されました」`,
  ][lang];
  return T(`${b.ts()} refunds ${t} agent=${b.k(pick(['tier1-bot', 'tier2-human']))}`);
}

export function kycDriver(b) {
  const idSub = pick(['us_ssn', 'uk_nino', 'in_aadhaar', 'za_id', 'tr_tckn', 'ca_sin', 'nl_bsn', 'se_personnummer']);
  return O({ applicantId: b.uuid(), vendor: b.k(pick(['Onfido', 'Veriff', 'Jumio', 'Persona'])), headers: { Authorization: `Token token=${b.s('api_key', 'kyc_vendor', `api_live.${V.b64url(12)}.${V.b64url(32)}`)}` },
    applicant: { first_name: b.first(), last_name: b.s('person_name', 'last_name', V.lastName()), dob: b.dob(), address: { street: b.addr(), town: b.city() }, id_numbers: [{ type: b.k('national_identity_card'), value: b.nid(idSub) }] },
    result: b.k(pick(['clear', 'consider'])), checkDurationSec: b.kf('checkDurationSec', int(4, 300)) });
}

export function kycHostText(b) {
  return T(`[kyc] host verification ${b.k(pick(['APPROVED', 'REJECTED', 'MANUAL_REVIEW']))}: ${b.name()}, born ${b.dob()}, ID ${b.nid(pick(['es_dni', 'es_nie', 'pl_pesel', 'cn_resident', 'kr_rrn', 'fr_nir']))}, lives at ${b.addr()}; doc=${b.uuid()}`);
}

export function gdsPnr(b) {
  const last = V.lastName().normalize('NFD').toUpperCase().replace(/[^A-Z]/g, '');
  const first = V.firstName().toUpperCase().normalize('NFD').replace(/[^A-Z]/g, '');
  const nameLabel = b.s('person_name', 'gds', `${last}/${first}`);
  const y = int(1955, 2005); const m = int(0, 11); const d = int(1, 28);
  const dobv = b.s('dob', 'gds', `${pad2(d)}${MON[m]}${String(y).slice(2)}`);
  const pass = b.s('national_id', 'passport', `${pick(['5', '6', 'C', 'K'])}${V.digits(8)}`);
  return T([
    `RP/${b.k(pick(['GRUBR38AA', 'FRAL12100', 'DELAI0820']))}/`,
    `  1.${nameLabel} ${pick(['MR', 'MS', 'MRS'])}`,
    `  2  ${b.k(pick(['LH 501', 'TK 15', 'AI 101', 'LA 8084']))} Y ${int(10, 28)}${MON[int(0, 11)]} 4 ${pick(['GRUFRA', 'ISTGRU', 'DELJFK', 'MADBOG'])} HK1  2355 1435+1`,
    `  3 AP ${b.phone()}`,
    `  4 SSR DOCS YY HK1 P/${pick(['GBR', 'BRA', 'IND', 'DEU'])}/${pass}/${pick(['GBR', 'BRA', 'IND', 'DEU'])}/${dobv}/${pick(['M', 'F'])}/${pad2(int(1, 28))}${MON[int(0, 11)]}${int(28, 35)}/${last}/${first}`,
    // The GDS stores e-mail upper-cased with // for @: label the form that is actually written.
    `  5 APE ${b.s('email', 'gds', V.email().toUpperCase().replace('@', '//'))}`,
  ].join('\n'));
}

export function hotelGuestTsv(b) {
  const rows = [['confirmation', 'guest_name', 'email', 'phone', 'arrival', 'nights'].join('\t')];
  for (let i = 0; i < int(1, 2); i++) rows.push([b.k(`HX${V.digits(8)}`), b.name(), b.email(), b.phone(), `2026-0${int(4, 9)}-${pad2(int(1, 28))}`, int(1, 9)].join('\t'));
  return T(rows.join('\n'));
}

export function flightBookingApi(b) {
  const pax = [];
  for (let i = 0; i < int(1, 2); i++) pax.push({ type: 'ADT', firstName: b.first(), lastName: b.s('person_name', 'last_name', V.lastName()), dateOfBirth: b.dob(), document: { type: 'PASSPORT', number: b.s('national_id', 'passport', `${pick(['P', 'C', 'X'])}${V.upperNum(8)}`), issuingCountry: pick(['DE', 'BR', 'IN', 'NG']) } });
  return O({ offerId: b.k(`off_${V.alnum(26)}`), passengers: pax, contact: { email: b.email(), phone: b.phone() }, payment: { type: 'card', number: b.card() }, totalAmount: b.kf('totalAmount', `${int(100, 3000)}.00`) });
}

export function loyaltyMerge(b) {
  return T(`loyalty-ledger merge accounts src=${b.k(`LY${V.digits(10)}`)} dst=${b.k(`LY${V.digits(10)}`)} member="${b.name()}" email=${b.email()} dob=${b.dob()} tier=${b.k(pick(['SILVER', 'GOLD', 'PLATINUM']))} ${b.k(`points=${int(100, 900000)}`)}`);
}

export function walletTopup(b) {
  const v = int(0, 2);
  if (v === 0) return O({ provider: b.k('mpesa'), MSISDN: b.s('phone', 'ke_msisdn', `2547${V.digits(8)}`), TransID: b.k(V.upperNum(10)), TransAmount: b.kf('TransAmount', String(int(50, 9000))), FirstName: b.first(), BillRefNumber: b.order('EAT') });
  if (v === 1) return O({ provider: b.k('paypal'), payer: { email_address: b.email(), name: { given_name: b.first(), surname: b.s('person_name', 'last_name', V.lastName()) }, address: { address_line_1: b.addr(), country_code: 'MX' } }, capture_id: b.k(V.upperNum(17)) });
  return T(`wallet top-up via ${b.k(pick(['GoPay', 'OVO', 'Paytm', 'GCash']))} phone=${b.phone()} amount=${b.k(`${int(10, 500)}000`)} ip=${b.ip()} ref=${b.order('TRP')}`);
}

export function gatewayConfigInspect(b) {
  const v = int(0, 1);
  const o = v === 0 ? { razorpay: { keyId: b.key('razorpay'), keySecret: b.other('client_secret') }, paystack: { secretKey: b.key('paystack') }, retry: { maxAttempts: b.kf('maxAttempts', 3) } }
    : { mercadopago: { accessToken: b.key('mercadopago') }, square: { token: b.key('square') }, twilio: { accountSid: b.k(`AC${V.hex(32)}`), authToken: b.other('twilio_auth') } };
  return T(`payments config ${JSON.stringify(o)}`);
}

export function fraudScore(b) {
  return O({ checkoutId: b.uuid(), riskScore: b.kf('riskScore', int(1, 99)), signals: { ipAddress: b.ip(), billingAddress: b.addr(), shippingGeo: (() => { const g = b.geo('nested'); return `${g.lat},${g.lng}`; })(), emailDomainAgeDays: b.kf('emailDomainAgeDays', int(1, 9000)), cardBin: b.k(V.digits(6)) }, customer: { email: b.email(), name: b.name() } });
}

export function sepaMandate(b) {
  return T(`SEPA mandate ${b.k(`MNDT-${V.upperNum(10)}`)} created: debtor=${b.latinName()} IBAN ${b.iban(pick(['DE', 'FR', 'NL', 'AT', 'ES']))} signed ${b.ts()} by ip ${b.ip()}`);
}

export function refundCsvTsv(b) {
  const row = [b.k(`RF-${V.digits(8)}`), b.order(), b.email(), b.card(), `${int(5, 400)}.${pad2(int(0, 99))}`, b.k(pick(['approved', 'pending']))];
  return T(`refund_id;order;email;card;amount;state\n${row.join(';')}`);
}

export function hostPayoutTr(b) {
  return O({ host: { name: b.name(), tckn: b.nid('tr_tckn'), iban: b.iban('TR') }, listing: b.k(`LST-${V.digits(7)}`), payoutDate: b.ts() });
}

export const COMMERCE = { stripeWebhook, paymentDecline, payoutCsv, brBankPayout, chargeback, refundSupport, kycDriver, kycHostText, gdsPnr, hotelGuestTsv, flightBookingApi, loyaltyMerge, walletTopup, gatewayConfigInspect, fraudScore, sepaMandate, refundCsvTsv, hostPayoutTr };

export function sftpKycExport(b) {
  return O({ job: b.k('kyc-daily-export'), sftp: { host: b.k('sftp.partner-bank.example.net'), username: b.k('exrides_kyc'), privateKey: b.pem(pick(['rsa', 'pkcs8'])), passphrase: b.pw('key_passphrase') }, rows: b.kf('rows', int(100, 90000)) });
}
COMMERCE.sftpKycExport = sftpKycExport;
