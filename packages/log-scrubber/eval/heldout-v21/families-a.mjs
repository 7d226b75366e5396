// Ride-hailing, food/grocery delivery, driver & courier apps, dispatch, chat and masked calling.
const lvl = (g) => g.pick([30, 30, 30, 40, 50]);
const base = (r, name) => ({ level: lvl(r.g), time: r.g.epochMs(), pid: r.g.int(100, 9999), hostname: `${name}-${r.g.hex(8)}-${r.g.str(5, 'bcdfghjklmnpqrstvwxz2456789')}`, name });

export function driverLocationPing(r) {
  const city = r.g.pick(['London', 'Madrid', 'São Paulo', 'Austin', 'Tokyo', 'Berlin']);
  const p = r.geo(city, true);
  return { format: 'object', record: { ...base(r, 'location-ingest'), msg: 'ping accepted', driverId: r.id('drv'), tripId: r.id('trip'), loc: { ...p, accuracyM: r.g.int(3, 40), heading: r.g.int(0, 359), speedKph: r.g.int(0, 90) }, city: r.city(city), batch: r.kf('batchSize', r.g.int(5, 50)), appVersion: r.ver() } };
}
export function dispatchOffer(r) {
  const p = r.geo(undefined);
  return { format: 'text', record: `${r.ts()} INFO  dispatch-svc offer sent offer_id=${r.id('off')} courier=${r.id('cur')} pickup=(${p.lat},${p.lng}) eta_s=${r.g.int(60, 900)} flag=${r.flag()} surge=${(1 + r.g.f()).toFixed(1)}` };
}
export function riderSignup(r) {
  const n = r.latin();
  return { format: 'object', record: { ...base(r, 'rider-accounts'), msg: 'rider created', rider: { id: r.id('rdr'), name: n.full, email: r.email(n), phone: r.phone(), dob: r.dob().value, locale: r.g.pick(['en-GB', 'es-ES', 'pt-BR', 'ja-JP']) }, signupIp: r.ip(), policy: { passwordMinLength: r.kf('passwordMinLength', 10) }, req: { id: r.uuid() } } };
}
export function maskedCallBridge(r) {
  return { format: 'text', record: `[twilio-bridge] ${r.ts()} call bridged CallSid=CA${r.g.hex(32)} from=${r.phone()} to=${r.phone()} proxy=+1 415 900 ${r.g.digits(4)} trip=${r.id('trip')} dur=${r.k(`${r.g.int(5, 600)}s`)} auth_token=${r.key('api_key', 'twilio_token')}` };
}
export function inAppChat(r) {
  const msgs = [
    ['en', () => `hi I'm at the side entrance, my number is ${r.phone()}`],
    ['es', () => `Hola, soy ${r.name()}, el portero no abre. Llámame al ${r.phone()}`],
    ['fr', () => `Bonjour, je suis au ${r.addr().value}, code porte ${r.pin('door_code', 4)}`],
    ['de', () => `Bitte klingeln bei ${r.name()}, Torstraße Hinterhaus, Code ${r.pin('door_code', 5)}`],
    ['pt', () => `Oi, pode deixar na portaria. Meu CPF é ${r.nid('br_cpf')} para a nota`],
    ['ja', () => `${r.name()}です。到着したら${r.phone()}に電話してください`],
    ['ko', () => `${r.name()}입니다. 공동현관 비밀번호는 ${r.pin('door_code', 6)}입니다`],
    ['ar', () => `مرحبا، أنا ${r.name()}، رقمي ${r.phone()}`],
    ['ru', () => `Здравствуйте, это ${r.name()}, домофон ${r.pin('door_code', 4)}, 5 этаж`],
    ['hi', () => `नमस्ते, मैं ${r.name()} हूँ, कृपया ${r.phone()} पर कॉल करें`],
    ['tr', () => `Merhaba, kapı şifresi ${r.pin('door_code', 5)}, zili çalmayın bebek uyuyor`],
    ['it', () => `Ciao, sono ${r.name()}, lascia pure al portiere in ${r.addr().value}`],
  ];
  const [lang, fn] = r.g.pick(msgs);
  return { format: 'object', record: { ...base(r, 'chat-relay'), msg: 'chat message relayed', conversationId: r.uuid(), lang: r.kf('lang', lang), sender: r.g.pick(['rider', 'courier', 'eater']), body: fn(), moderation: { score: r.kf('toxicity', Number(r.g.f().toFixed(3))) } } };
}
export function etaService(r) {
  const a = r.geo('Paris'); const b = r.geo('Paris');
  return { format: 'text', record: `eta-service ${r.ts()} route computed from ${a.lat},${a.lng} to ${b.lat},${b.lng} via ${r.host()} took ${r.k(`${r.g.int(12, 480)}ms`)} ${r.k("status=200")}` };
}
export function tipsAndRatings(r) {
  return { format: 'object', record: { ...base(r, 'ratings-svc'), msg: 'rating submitted', orderId: r.order(), rating: r.kf('stars', r.g.int(1, 5)), tip: { amountMinor: r.g.int(100, 2000), currency: r.k('EUR') }, comment: `${r.g.pick(['Super freundlich', 'Very polite', 'Llegó frío', 'Très rapide'])}, merci ${r.name()}!`, courierName: r.name() } };
}
export function courierOnboarding(r) {
  const n = r.latin(); const d = r.dob();
  return { format: 'object', record: { ...base(r, 'courier-onboarding'), msg: 'background check requested', applicant: { fullName: n.full, dateOfBirth: d.value, ssn: r.nid('us_ssn'), email: r.email(n), homeAddress: r.addr().value }, vendor: r.host(), checkId: r.uuid(), ttl: r.kf('tokenTtlSeconds', 900) } };
}
export function groceryPicker(r) {
  return { format: 'text', record: `${r.ts()} WARN picker-app substitution for order ${r.order()} customer "${r.name()}" phone ${r.phone()} item=SKU-${r.g.digits(6)} reason=${r.err()}` };
}
export function driverAppSdk(r) {
  return { format: 'text', record: `D/DriverSDK(${r.g.int(1000, 30000)}): ${r.ts()} auth refresh ok, Authorization: Bearer ${r.jwt('jwt_bearer', { sub: `drv_${r.g.hex(10)}`, role: 'driver' })} device=${r.k(`Pixel ${r.g.int(6, 9)}`)} sdk=${r.ver()}` };
}
export function surgePricing(r) {
  return { format: 'object', record: { ...base(r, 'pricing-engine'), msg: 'surge zone updated', zone: `h3:${r.k('8a1f' + r.g.hex(11))}`, multiplier: r.kf('multiplier', 1.4), city: r.city(), cfg: { cacheMaxAge: r.kf('cacheMaxAge', 30), secretRotationDays: r.kf('secretRotationDays', 90) }, flag: r.flag() } };
}
export function restaurantPartnerApi(r) {
  return { format: 'object', record: { ...base(r, 'partner-gateway'), msg: 'menu sync webhook', partner: r.id('mrc'), headers: { 'x-api-key': r.key('api_key', 'shopify_token'), 'user-agent': r.k(`MenuSync/${r.g.version()}`) }, status: r.kf('status', 202), items: r.g.int(10, 400) } };
}
export function deliveryProof(r) {
  const p = r.geo(undefined, true);
  return { format: 'object', record: { ...base(r, 'pod-service'), msg: 'proof of delivery stored', tracking: r.track(), recipient: { signedBy: r.name(), photo: `s3://pod-photos/${r.g.hex(2)}/${r.uuid()}.jpg` }, at: p, dropoff: r.addr().value } };
}
export function tripReceiptEmail(r) {
  const n = r.latin(); const c = r.card();
  return { format: 'text', record: `mailer ${r.ts()} sent template=trip_receipt to=${r.email(n)} name="${n.full}" card=${r.g.pick(['Visa', 'Mastercard'])} ${c.value} total=€${r.g.int(5, 80)}.${r.g.int(10, 99)} provider=${r.host()}` };
}
export function driverPayoutsMap(r) {
  const m = {}; for (let i = 0; i < r.g.int(2, 3); i++) m[r.email()] = { trips: r.g.int(1, 60), payoutMinor: r.g.int(1000, 90000) };
  return { format: 'object', record: { ...base(r, 'payout-batcher'), msg: 'weekly totals', week: r.k('2026-W' + r.g.int(10, 48)), byDriverEmail: m, currency: r.k('GBP') }, maps: [['byDriverEmail']] };
}
