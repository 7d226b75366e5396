import { passport } from './values.mjs';
// Parcels and last mile, customs, airlines and GDS/NDC, hotels, car rental, short-term rentals, ticketing.
const base = (r, name) => ({ level: r.g.pick([30, 30, 40, 50]), time: r.g.epochMs(), hostname: `${name}-${r.g.int(0, 9)}`, name });

export function parcelScan(r) {
  return { format: 'text', record: `${r.ts()} scan facility=${r.iata()}-HUB-${r.g.int(1, 9)} tracking=${r.track()} event=${r.g.pick(['ARRIVED', 'DEPARTED', 'OUT_FOR_DELIVERY'])} consignee="${r.name()}" addr="${r.addr().value}"` };
}
export function customsDeclaration(r) {
  const n = r.latin();
  return { format: 'object', record: { ...base(r, 'customs-broker'), msg: 'declaration filed', shipment: r.track(), importer: { name: n.full, taxId: r.nid(r.g.pick(['br_cpf', 'cn_rid', 'in_aadhaar', 'pl_pesel'])), phone: r.phone() }, hsCode: r.k('8517.13.00'), valueMinor: r.g.int(1000, 500000), status: r.err() } };
}
export function lastMileRoute(r) {
  const stops = []; for (let i = 0; i < 2; i++) stops.push({ seq: i + 1, name: r.name(), address: r.addr().value, geo: r.geo(undefined, true) });
  return { format: 'object', record: { ...base(r, 'route-optimizer'), msg: 'route planned', routeId: r.uuid(), stops, solverMs: r.kf('solverMs', r.g.int(50, 3000)) } };
}
export function lockerPickup(r) {
  return { format: 'text', record: `locker-ctl ${r.ts()} locker=${r.k('LKR-' + r.g.digits(5))} compartment=${r.g.int(1, 48)} pickup_code=${r.pin('locker_code', 6)} sms_to=${r.phone()} fw=${r.ver()}` };
}
export function carrierWebhook(r) {
  return { format: 'object', record: { ...base(r, 'carrier-webhooks'), msg: 'webhook verified', carrier: r.k(r.g.pick(['DHL Express', 'UPS', 'PostNL', 'Correos'])), signingSecret: r.key('other_secret', 'stripe_whsec'), tracking: r.track(), status: r.kf('status', 200) } };
}
export function gdsPnr(r) {
  const sur = r.g.pick(['SCHREIBER', 'MOREAU', 'TANAKA', 'HADDAD', 'NOVAK', 'ALVAREZ']); const given = r.g.pick(['LUKAS', 'AMELIE', 'YUKI', 'OMAR', 'INES', 'MATEO']);
  r.s('person_name', 'gds', `${sur}/${given}`);
  const d = r.dob(); const pp = passport(r.g, 'GBR', d.iso).num; r.s('national_id', 'passport', pp);
  return { format: 'text', record: `RP/${r.iata()}1A0980/ ${r.pnr()} 1.${sur}/${given} MR 2 ${r.k('LH' + r.g.int(100, 999))} Y ${r.g.int(10, 28)}MAR ${r.iata()}${r.iata()} HK1 SSR DOCS YY HK1-P-GBR-${pp}-GBR-${d.value}-M SSR CTCM YY HK1/${r.phone()}` };
}
export function apisPassengerList(r) {
  const d = r.dob(); const nat = r.g.pick(['GBR', 'DEU', 'FRA', 'ESP', 'BRA', 'IND']);
  const p = passport(r.g, nat, d.iso); r.s('national_id', 'passport', p.num);
  return { format: 'object', record: { ...base(r, 'apis-sender'), msg: 'APIS manifest line', flight: r.k('BA' + r.g.int(100, 999)), pax: { name: r.name(), dob: d.value, nationality: nat, mrz: p.mrz2 }, dest: r.iata() } };
}
export function ndcOfferRequest(r) {
  return { format: 'object', record: { ...base(r, 'ndc-gateway'), msg: 'AirShopping request', endpoint: `https://${r.host()}/v1/shopping`, auth: { clientSecret: r.pw('client_secret'), token: r.bearer() }, paxCount: r.kf('paxCount', r.g.int(1, 6)), cabin: r.k('ECONOMY'), timeoutMs: r.kf('timeoutMs', 8000) } };
}
export function seatMap(r) {
  return { format: 'text', record: `seatmap ${r.ts()} pnr=${r.pnr()} seat ${r.g.int(1, 40)}${r.g.pick('ABCDEF')} assigned to ${r.name()} loyalty tier=GOLD ff_no=${r.g.digits(9)} reqIp=${r.ip()}` };
}
export function hotelBooking(r) {
  const n = r.latin(); const c = r.card();
  return { format: 'object', record: { ...base(r, 'hotel-connect'), msg: 'reservation confirmed', confirmation: r.k('HX' + r.g.digits(8)), guest: { name: n.full, email: r.email(n), phone: r.phone() }, guarantee: { cardNumber: c.value, last4: r.kf('last4', c.last4) }, hotel: r.product(), checkIn: r.k('2026-0' + r.g.int(1, 9) + '-1' + r.g.int(0, 9)) } };
}
export function rentalCounter(r) {
  const n = r.latin();
  return { format: 'text', record: `${r.ts()} rental-desk agreement=${r.k('RA-' + r.g.digits(8))} driver="${n.full}" dob=${r.dob().value} licence=${r.nid(r.g.pick(['es_dni', 'fi_hetu', 'se_pnr']))} plate=${r.g.upper(2)}${r.g.int(10, 99)} ${r.g.upper(3)} branch=${r.city()}` };
}
export function damageReport(r) {
  return { format: 'object', record: { ...base(r, 'fleet-damage'), msg: 'damage report uploaded', agreement: r.k('RA-' + r.g.digits(8)), reporter: r.name(), photos: [r.uuid(), r.uuid()], loc: r.geo(undefined, true), severity: r.kf('severity', r.g.int(1, 5)) } };
}
export function shortStayCheckin(r) {
  const a = r.addr();
  return { format: 'object', record: { ...base(r, 'stay-checkin'), msg: 'check-in instructions sent', listingId: r.id('lst'), city: r.city(a.city), guest: r.name(), address: a.value, smartLock: { vendor: r.k('Nuki'), pin: r.pin('lock_pin', 6) }, wifi: { ssid: r.k('StayHost-' + r.g.digits(4)), password: r.pw('wifi') } } };
}
export function hostPayoutSetup(r) {
  const n = r.latin();
  return { format: 'object', record: { ...base(r, 'host-payouts'), msg: 'payout method added', host: { id: r.id('hst'), legalName: n.full, email: r.email(n) }, bank: { iban: r.iban(), bic: r.k(r.g.pick(['DEUTDEFF', 'BNPAFRPP', 'INGBNL2A', 'CAIXESBB'])) }, kycStatus: r.k('verified') } };
}
export function listingModeration(r) {
  const texts = [
    () => `Schöne Wohnung, schreib mir direkt auf WhatsApp ${r.phone()} dann sparst du die Gebühr`,
    () => `Contactez-moi à ${r.email()} pour payer en espèces`,
    () => `公寓很安静，钥匙在信箱里，密码 ${r.pin('key_box', 4)}`,
    () => `Apartamento lindo, chave no cofre código ${r.pin('key_box', 4)}`,
    () => `Квартира у метро, пишите на ${r.email()}`,
  ];
  return { format: 'text', record: `trust-safety ${r.ts()} listing ${r.id('lst')} flagged rule=${r.k('OFF_PLATFORM_CONTACT')} text=${JSON.stringify(r.g.pick(texts)())}` };
}
export function ticketScan(r) {
  return { format: 'object', record: { ...base(r, 'ticket-gate'), msg: 'ticket scanned', event: r.k('EVT-' + r.g.digits(6)), gate: r.k('Gate ' + r.g.pick('ABCDE')), holder: r.name(), qr: r.jwt('ticket_qr', { tid: r.g.uuid(), sec: r.g.int(100, 140) }), result: r.k('ADMITTED') } };
}
export function ticketResale(r) {
  return { format: 'text', record: `resale ${r.ts()} listing created seller=${r.email()} buyer_ip=${r.ip()} price=${r.g.int(20, 400)}.00 EUR ticket=${r.order()} payout_iban=${r.iban()}` };
}
export function realEstateLead(r) {
  return { format: 'object', record: { ...base(r, 'listings-leads'), msg: 'viewing request', listing: r.id('prop'), lead: { name: r.name(), phone: r.phone(), message: `${r.g.pick(['Is the flat still available?', '¿Sigue disponible el piso?', 'Ist die Wohnung noch frei?'])}` }, city: r.city(), utm: r.k('utm_source=newsletter') } };
}
