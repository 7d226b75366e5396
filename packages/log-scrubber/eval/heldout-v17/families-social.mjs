// In-app chat, trust & safety, dating, fitness, location, support and messaging providers.
import * as V from './values.mjs';

const { pick, int, chance } = V;
const O = (record, maps) => ({ format: 'object', record, ...(maps ? { maps } : {}) });
const T = (record) => ({ format: 'text', record });

const CHAT_TEMPLATES = [
  (p, a) => `Hi, I'm at ${a}, the blue gate. Call me on ${p}`,
  (p, a) => `Hola, estoy en ${a}. Mi teléfono es ${p}`,
  (p, a) => `Olá! Estou na ${a}, me liga no ${p}`,
  (p, a) => `Привет, жду у подъезда: ${a}. Телефон ${p}`,
  (p, a) => `Merhaba, adresim ${a}, numaram ${p}`,
  (p, a) => `안녕하세요, ${a} 앞에 있어요. 번호는 ${p} 입니다`,
  (p, a) => `玄関は${a}です。電話: ${p}`,
  (p, a) => `नमस्ते, मैं ${a} पर हूँ, मेरा नंबर ${p} है`,
  (p, a) => `مرحبا، أنا في ${a}، رقمي ${p}`,
  (p, a) => `Hallo, Hinterhof ${a}, klingeln geht nicht – ruf ${p} an`,
];

export function inAppChat(b) {
  const msgs = [];
  for (let i = 0; i < int(1, 3); i++) {
    msgs.push({ from: pick(['rider', 'driver', 'courier']), sentAt: b.ts(), text: pick(CHAT_TEMPLATES)(b.phone(), b.addr()) });
  }
  return O({ threadId: b.uuid(), orderId: b.order(), messages: msgs, translation: { provider: b.k('deepl'), charCount: b.kf('charCount', int(10, 900)) } });
}

export function chatRelayLine(b) {
  const v = int(0, 2);
  if (v === 0) return T(`chat-relay msg thread=${b.uuid()} from=courier to=customer text="${pick(CHAT_TEMPLATES)(b.phone(), b.addr())}"`);
  if (v === 1) return T(`chat-relay match msg: "hey ${b.first()}! add me on insta or text me ${b.phone()}, or email ${b.email()}" flagged=${b.k('contact_sharing')}`);
  return T(`chat-relay msg: "${pick(['mi correo es', 'meu e-mail é', 'моя почта', 'e-postam'])} ${b.email()} ${pick(['y mi IBAN', 'e minha chave', 'и IBAN', 've IBAN'])} ${b.iban()}" lang=${b.k(pick(['es', 'pt', 'ru', 'tr']))}`);
}

export function tnsModeration(b) {
  return O({ queue: b.k(pick(['tns-harassment', 'tns-fake-profile', 'tns-underage'])), caseId: b.k(`TNS-${V.digits(7)}`), reported: { displayName: b.name(), dateOfBirth: b.dob(), lastLoginIp: b.ip(), email: b.email() },
    reporter: { userId: b.uuid() }, evidence: [{ kind: 'message', text: `they keep sending me their address ${b.addr()}` }], slaMinutes: b.kf('slaMinutes', int(15, 1440)) });
}

export function datingProfile(b) {
  const g = b.geo('profile');
  const traits = { displayName: b.first(), birthday: b.dob(), lastLat: g.lat, lastLng: g.lng, phoneVerified: b.phone(), school: b.k(pick(['Universidade de São Paulo', 'IIT Bombay', 'Boğaziçi Üniversitesi'])) };
  return O({ userId: b.uuid(), update: 'profile', traits, experiments: { feed_v3: b.kf('feed_v3', true) } }, [['traits']]);
}

export function workoutSync(b) {
  const pings = [];
  for (let i = 0; i < int(2, 4); i++) { const g = b.geo('track'); pings.push([Number(g.lat), Number(g.lng), int(10, 900)]); }
  return O({ workoutId: b.uuid(), type: b.k(pick(['run', 'ride', 'walk'])), distanceM: b.kf('distanceM', int(500, 42195)), athlete: { name: b.name(), email: b.email() }, track: pings, device: pick(['Garmin Forerunner 265', 'Apple Watch Series 9', 'Pixel Watch 2']) });
}

export function gpsPingText(b) {
  const g = b.geo('text');
  return T(`${b.ts()} gps-ingest ping driver=drv_${V.lowerNum(8)} lat=${g.lat} lng=${g.lng} speed=${int(0, 90)}km/h acc=${int(3, 25)}m src=${b.ip()} batch=${b.k(`b${V.digits(9)}`)}`);
}

export function geofenceEvent(b) {
  const g = b.geo('geojson');
  return O({ type: 'Feature', properties: { event: b.k(pick(['ENTER', 'EXIT', 'DWELL'])), fence: b.k(pick(['airport-GRU-pickup', 'mall-zone-7', 'home-dropoff-radius'])), courier: b.name() }, geometry: { type: 'Point', coordinates: [Number(g.lng), Number(g.lat)] } });
}

export function pickupDropoff(b) {
  const p = b.geo('pickup');
  return O({ rideId: b.order('RIDE'), pickup: { address: b.addr(), lat: p.lat, lng: p.lng }, dropoff: { address: b.addr(), placeName: b.k(pick(['Terminal 3', 'Estación Atocha', 'Shopping Ibirapuera'])) }, rider: { name: b.name(), phone: b.phone() }, fare: { currency: 'BRL', total: b.kf('total', int(8, 200)) }, etaSeconds: b.kf('etaSeconds', int(60, 1800)) });
}

export function supportEmail(b) {
  const n = b.latinName(); const e = b.email();
  return T([
    `From: ${n} <${e}>`,
    `To: ${b.k('support@example-trips.com')}`,
    `Subject: Re: [Ticket ${b.k(`#${int(100000, 999999)}`)}] Booking problem`,
    `Message-ID: <${b.k(`${V.hex(16)}@mail.example-trips.com`)}>`,
    ``,
    pick([
      () => `Hi, my passport number is ${b.s('national_id', 'passport', `${pick(['5', '6'])}${V.digits(8)}`)} and my date of birth is ${b.dob()}. Please fix the booking.`,
      () => `Please refund to the IBAN ${b.iban()} — the card was cancelled.`,
      () => `My new address is ${b.addr()}. Call me at ${b.phone()}.`,
    ])(),
    `Thanks, ${b.s('person_name', 'signoff_first', n.split(' ')[0])}`,
  ].join('\n'));
}

export function voiceTranscript(b) {
  const lines = [
    `[00:00:0${int(1, 9)}] AGENT: Thanks for calling, can I have your full name?`,
    `[00:00:1${int(0, 9)}] CUSTOMER: ${b.name()}.`,
    `[00:00:2${int(0, 9)}] AGENT: And your date of birth for verification?`,
    `[00:00:3${int(0, 9)}] CUSTOMER: ${b.dob()}.`,
    chance(0.5) ? `[00:01:0${int(0, 9)}] CUSTOMER: the card is ${b.card()}` : `[00:01:0${int(0, 9)}] CUSTOMER: the code I got is ${b.other('otp')}`,
    `[00:01:2${int(0, 9)}] SYSTEM: call_id=${b.uuid()} queue=${b.k(pick(['payments-en', 'rides-es', 'trips-pt']))}`,
  ];
  return T(lines.join('\n'));
}

export function zendeskTicket(b) {
  return O({ ticket: { id: b.kf('id', int(1000000, 9999999)), subject: b.k(pick(['Courier never arrived', 'Charged after cancelling', 'Account locked'])), requester: { name: b.name(), email: b.email(), phone: b.phone() },
    comments: [{ author: 'end-user', body: `I live at ${b.addr()} and the driver went to the wrong place` }, { author: 'agent', body: b.k('We have escalated this to our operations team.') }], via: { channel: b.k('mobile_sdk') } } });
}

export function sendgridEvents(b) {
  const arr = [];
  for (let i = 0; i < int(1, 3); i++) arr.push({ email: b.email(), event: b.k(pick(['delivered', 'open', 'bounce', 'click'])), ip: b.ip(), sg_message_id: b.k(`${V.b64url(22)}.filter${int(1, 9)}-${int(1000, 9999)}-${V.hex(6)}-1`), timestamp: int(1760000000, 1790000000) });
  return O({ webhook: 'sendgrid', events: arr, verification: { signature: b.s('other_secret', 'ecdsa_signature', `MEUCIQ${V.b64(60)}==`) } });
}

export function smsStatusCallback(b) {
  const to = b.s('phone', 'url_encoded', encodeURIComponent(`+${pick(['4915', '5511', '9198', '2348'])}${V.digits(8)}`));
  return T(`POST /webhooks/twilio/status body=MessageSid=${b.k(`SM${V.hex(32)}`)}&MessageStatus=${b.k(pick(['delivered', 'undelivered', 'failed']))}&To=${to}&ErrorCode=${b.k(pick(['30003', '30005', '30006']))} x-twilio-signature=${b.s('other_secret', 'twilio_signature', `${V.b64(27)}=`)}`);
}

export function smtpBounce(b) {
  return T(`${pick(['Apr', 'May', 'Jun'])} ${int(10, 28)} 0${int(0, 9)}:1${int(0, 9)}:0${int(0, 9)} mx-out-${int(1, 9)} postfix/smtp[${int(1000, 99999)}]: ${b.k(V.upperNum(10))}: to=<${b.email()}>, relay=${b.k(pick(['gmail-smtp-in.l.google.com', 'mx.mail.ru', 'mx1.naver.com']))}[${b.ip4()}]:25, delay=${b.k(`${int(0, 9)}.${int(1, 9)}`)}, dsn=${b.k(pick(['5.1.1', '4.2.2', '5.7.1']))}, status=bounced`);
}

export function matchReportAppeal(b) {
  return T(`${b.ts()} tns-queue appeal: user ${b.name()} (${b.email()}) says "j'ai ${int(18, 40)} ans, née le ${b.dob()}, voici ma pièce ${b.nid(pick(['fr_nir', 'es_dni', 'uk_nino']))}" decision=${b.k(pick(['UPHELD', 'OVERTURNED']))}`);
}

export function driverShiftReport(b) {
  const user = b.home('windows');
  return T(`C:\\Users\\${user}\\AppData\\Local\\FleetOps\\exports\\shift_${V.digits(8)}.csv written: driver="${b.name()}" licence=${b.nid(pick(['za_id', 'in_aadhaar', 'us_ssn', 'kr_rrn', 'cn_resident']))} hours=${b.k(`${int(1, 12)}h${int(10, 59)}m`)}`);
}

export function moderationImageScan(b) {
  return O({ scanId: b.uuid(), model: b.k(`nsfw-clf-${V.semver()}`), uploader: { ip: b.ip(), email: b.email() }, exif: { GPSLatitude: b.geo('exif').lat, GPSLongitude: b.sensitive.at(-1).value, Make: 'Apple' }, scores: { nudity: b.kf('nudity', 0.02) } });
}

export const SOCIAL = { inAppChat, chatRelayLine, tnsModeration, datingProfile, workoutSync, gpsPingText, geofenceEvent, pickupDropoff, supportEmail, voiceTranscript, zendeskTicket, sendgridEvents, smsStatusCallback, smtpBounce, matchReportAppeal, driverShiftReport, moderationImageScan };
