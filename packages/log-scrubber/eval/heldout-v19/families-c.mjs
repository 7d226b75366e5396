// heldout-v19 sources, part C: education, clinics, support tickets and e-mails in many languages, chat quotes,
// spreadsheet pastes, stack traces with cause chains.

const T = (record) => ({ format: 'text', record });
const O = (record, maps) => (maps ? { format: 'object', record, maps } : { format: 'object', record });

const GREET = {
  en: (n, body) => `Hi ${n}, ${body}`, de: (n, body) => `Hallo ${n}, ${body}`, es: (n, body) => `Hola ${n}, ${body}`, fr: (n, body) => `Bonjour ${n}, ${body}`,
  pt: (n, body) => `Olá ${n}, ${body}`, pl: (n, body) => `Dzień dobry ${n}, ${body}`, tr: (n, body) => `Merhaba ${n}, ${body}`, ru: (n, body) => `Здравствуйте, ${n}! ${body}`,
  ja: (n, body) => `${n}様、${body}`, zh: (n, body) => `${n}您好，${body}`, ko: (n, body) => `${n}님, ${body}`, ar: (n, body) => `مرحباً ${n}، ${body}`,
};
const COMPLAINT = {
  en: (x) => `I was charged twice, my card is ${x.card} and you can call me on ${x.phone}.`,
  de: (x) => `ich wurde doppelt belastet. Meine Karte: ${x.card}, erreichbar unter ${x.phone}.`,
  es: (x) => `me cobraron dos veces con la tarjeta ${x.card}. Mi teléfono es ${x.phone}.`,
  fr: (x) => `j'ai été débité deux fois sur la carte ${x.card}. Vous pouvez me joindre au ${x.phone}.`,
  pt: (x) => `fui cobrado duas vezes no cartão ${x.card}. Meu celular é ${x.phone}.`,
  pl: (x) => `pobrano opłatę dwa razy z karty ${x.card}. Mój numer: ${x.phone}.`,
  tr: (x) => `kartımdan (${x.card}) iki kez ödeme alındı. Telefonum ${x.phone}.`,
  ru: (x) => `с моей карты ${x.card} списали деньги дважды. Мой телефон ${x.phone}.`,
  ja: (x) => `カード ${x.card} で二重に請求されました。電話番号は ${x.phone} です。`,
  zh: (x) => `我的银行卡 ${x.card} 被重复扣款了，请拨打 ${x.phone} 联系我。`,
  ko: (x) => `카드 ${x.card}로 두 번 결제되었습니다. 연락처는 ${x.phone}입니다.`,
  ar: (x) => `تم خصم المبلغ مرتين من بطاقتي ${x.card}. رقم هاتفي ${x.phone}.`,
};
const LANG_OF = { en: 'en', de: 'de', es: 'es', fr: 'fr', pt: 'pt', pl: 'pl', tr: 'tr', ru: 'ru', ja: 'ja', zh: 'zh', ko: 'ko', ar: 'ar' };

export function supportEmailQuoted(g, r, P) {
  const lang = g.pick(Object.keys(COMPLAINT));
  const p = P.name(LANG_OF[lang]);
  const mail = P.email(p, 'from_header');
  const body = COMPLAINT[lang]({ card: P.card(), phone: P.phone('email_body') });
  return T(`[zendesk] ticket ${r.k(g.ticket())} new comment via email\nFrom: ${p.full} <${mail}>\nSubject: ${r.k(`Re: Invoice ${g.invoice()}`)}\n> ${body}\n> --\n> ${p.full}`);
}

export function supportAgentReply(g, r, P) {
  const lang = g.pick(Object.keys(GREET));
  const p = g.person(LANG_OF[lang]);
  r.s(p.first, 'person_name', 'greeting');
  const addr = P.addr('shipping');
  return T(GREET[lang](p.first, `re: ${r.k(g.order())} — shipping address on file: ${addr}. Status: ${r.k('SHIPPED')} via ${r.k('DHL Express')}.`));
}

export function ticketObject(g, r, P) {
  const lang = g.pick(Object.keys(COMPLAINT));
  const p = P.name(LANG_OF[lang]);
  const mail = P.email(p);
  return O({ type: 'ticket.created', ticket: { id: r.k(g.ticket()), priority: r.k('high'), channel: 'web', locale: lang, requester: { name: p.full, email: mail },
    description: COMPLAINT[lang]({ card: P.card(), phone: P.phone('ticket_body') }), tags: [r.k('billing'), r.k('double-charge')] }, sla: { firstReplyMinutes: r.kf('firstReplyMinutes', 240) } });
}

export function slackIncidentQuote(g, r, P) {
  const p = P.name('en');
  const key = P.api();
  const ip = P.ip('v4');
  return T(`[incident-bot] ${r.k(`#inc-${g.int(1000, 9999)}`)} quoted message from @${p.user} (${p.full}): "prod is down again, rotated the key to ${key} but still ${r.k('getting 503')} from ${r.k('api.stripe.com')}; traffic spike from ${ip}" severity=${r.k('SEV2')}`);
}

export function teamsMessageLog(g, r, P) {
  const p = P.name(g.pick(['de', 'fr', 'pl', 'el', 'he', 'hi']));
  const pw = P.pw('chat_message');
  return O({ msg: 'teams webhook delivered', channel: r.k('ops-eu'), message: { from: { displayName: p.full }, text: `temp admin password for the staging DB is ${pw} — please rotate after ${r.k('INC-4821')}` }, deliveryMs: r.kf('deliveryMs', g.int(50, 900)) });
}

export function spreadsheetPaste(g, r, P) {
  const rows = [];
  for (let i = 0; i < 2; i++) {
    const p = P.name();
    rows.push([p.full, P.email(p, 'csv_row'), P.dob('csv_row'), P.nid(), r.k(`STU-${g.digits(6)}`)].join('\t'));
  }
  return T(`customer pasted rows from enrolment.xlsx into ticket ${r.k(g.ticket())}:\nName\tEmail\tDOB\tNational ID\tStudent no\n${rows.join('\n')}`);
}

export function csvImportError(g, r, P) {
  const p = P.name();
  const iban = P.iban();
  const ph = P.phone('csv');
  return T(`ImportError: ${r.k(`row ${g.int(2, 5000)}`)} rejected (${r.k('IBAN_COUNTRY_MISMATCH')}): "${p.full}";"${iban}";"${ph}";"${r.k('EUR')}";"${r.k('2026-11-30')}"`);
}

export function lmsGradeSync(g, r, P) {
  const p = P.name();
  const mail = P.email(p, 'student');
  const dob = P.dob('student');
  return O({ level: 'info', msg: 'grade passback', lti: { version: r.k('1.3.0'), deploymentId: r.k(g.uuid()) }, course: { id: r.k(`CS-${g.int(100, 499)}`), title: r.k('Introduction to Databases') },
    student: { name: p.full, email: mail, birthDate: dob, studentNumber: r.k(`S${g.digits(7)}`) }, score: { given: r.kf('given', g.int(0, 100)), maximum: r.kf('maximum', 100) } });
}

export function lmsTextLog(g, r, P) {
  const p = P.name();
  const nid = P.nid();
  const addr = P.addr('guardian');
  return T(`[sis-sync] WARN enrolment ${r.k(`ENR-${g.digits(6)}`)} duplicate student: name="${p.full}" national_id=${nid} guardian_address="${addr}" term=${r.k('2026-FALL')} school=${r.k('Northwind Academy')}`);
}

export function clinicBooking(g, r, P) {
  const p = P.name();
  const dob = P.dob('patient');
  const ph = P.phone('patient');
  const nid = P.nid();
  return O({ level: 'info', msg: 'appointment booked', appointment: { id: r.k(`apt_${g.lower(12)}`), start: r.k(g.ts()), durationMin: r.kf('durationMin', 30), practitioner: r.k('Dr. House Clinic — Room 4') },
    patient: { fullName: p.full, dateOfBirth: dob, phone: ph, insuranceId: nid }, source: r.k('MediSlot Booking widget v3') });
}

export function clinicReminderText(g, r, P) {
  const p = P.name();
  const addr = P.addr('clinic_patient');
  const dob = P.dob('reminder');
  return T(`reminder-worker: SMS queued for patient ${p.full} (dob ${dob}) home ${addr}; template=${r.k('reminder_24h')} clinic=${r.k('Lisbon Central Clinic')}`);
}

export function stackTraceCause(g, r, P) {
  const dbp = P.db('jdbc_url');
  const user = P.home(null, 'linux');
  return T(`Error: ${r.k('failed to refresh materialized view mv_daily_revenue')}\n    at Refresher.run (/srv/app/dist/jobs/refresh.js:${g.int(10, 200)}:15)\n  [cause]: Error: connect ${r.k('ECONNREFUSED')} 10.0.7.21:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)\n  [cause]: ConfigError: jdbc:postgresql://reporting.internal:5432/analytics?user=etl&password=${dbp}&ssl=true\n    at load (/home/${user}/projects/etl/config.js:12:9)`);
}

export function javaStackTrace(g, r, P) {
  const dbp = P.db('sqlserver_ado');
  const mail = P.email(g.person(), 'exception_message');
  return T(`com.acme.billing.InvoiceException: cannot render invoice ${r.k(g.invoice())} for ${mail}\n\tat com.acme.billing.Renderer.render(Renderer.java:${g.int(50, 900)})\nCaused by: com.microsoft.sqlserver.jdbc.SQLServerException: Login failed. ConnectionString=Server=tcp:acme-sql.database.windows.net,1433;Database=billing;User ID=svc_billing;Password=${dbp};Encrypt=True;\n\t... ${r.k('23 more')}`);
}

export function pythonTraceback(g, r, P) {
  const os = g.pick(['linux', 'macos']);
  const user = P.home(null, os);
  const key = r.s(`sk-proj-${g.b64url(64)}T3BlbkFJ${g.b64url(64)}`, 'api_key', 'openai');
  const prefix = os === 'linux' ? '/home' : '/Users';
  return T(`Traceback (most recent call last):\n  File "${prefix}/${user}/venv/lib/python3.12/site-packages/openai/_base_client.py", line ${g.int(900, 1100)}, in _request\n    raise self._make_status_error_from_response(err.response) from None\nopenai.AuthenticationError: ${r.k('Error code: 401')} - {'error': {'message': 'Incorrect API key provided: ${key}', 'type': 'invalid_request_error', 'code': '${r.k('invalid_api_key')}'}}`);
}

export function pinoNestedError(g, r, P) {
  const p = P.name();
  const ip = P.ip('v4');
  const tok = P.tok();
  return O({ level: 50, time: 1790000000000 + g.int(0, 99999999), pid: g.int(100, 9999), hostname: r.k('api-7f9c'), reqId: r.k(g.reqId()), req: { method: 'POST', url: r.k('/v1/sessions'), remoteAddress: ip, headers: { authorization: `token ${tok}`, 'x-user-name': p.full } },
    err: { type: 'Error', message: r.k('upstream identity provider returned 502'), code: r.k('IDP_UPSTREAM'), cause: { message: 'socket hang up', code: 'ECONNRESET' } }, responseTime: r.kf('responseTime', g.int(10, 9000)) }, [['req', 'headers']]);
}

export function auditTrailObject(g, r, P) {
  const p = P.name();
  const mail = P.email(p);
  const ip = P.ip(g.pick(['v4', 'v6']));
  const geo = P.geo('audit_login');
  return O({ event: r.k('user.login.succeeded'), actor: { name: p.full, email: mail }, ip, location: { city: r.k(g.city()), lat: geo[0], lng: geo[1] }, mfa: r.k('totp'), sessionTtl: r.kf('sessionTtl', 43200) });
}

export function kycReviewLog(g, r, P) {
  const p = P.name();
  const nid = P.nid();
  const dob = P.dob('kyc');
  const addr = P.addr('kyc');
  return O({ msg: 'kyc manual review', case: r.k(`KYC-${g.digits(7)}`), decision: r.k('needs_more_info'), applicant: { name: p.full, nationalId: nid, dob, address: addr }, riskScore: r.kf('riskScore', g.int(1, 99)) });
}

export function payoutTextLog(g, r, P) {
  const p = P.name();
  const iban = P.iban();
  return T(`payout ${r.k(`po_${g.lower(14)}`)} to ${p.full} IBAN ${iban} failed: ${r.k('AC04 ClosedAccountNumber')} retry_in=${r.k('24h')}`);
}

export function ciJobLog(g, r, P) {
  const tok = P.tok();
  const pem = P.pem();
  return T(`##[group]Run ./scripts/deploy.sh\n+ echo "$DEPLOY_KEY" > key.pem   # masked? no: secret was not registered\n${pem}\n+ docker login -u ci -p ${tok} ${r.k('registry.hub.docker.com')}\n##[error]Process completed with ${r.k('exit code 1')}. ${r.k(`job=${g.int(1000000, 9999999)}`)}`);
}

export function vaultAuditText(g, r, P) {
  const tok = r.s(`hvs.${g.alnum(24)}`, 'token', 'vault_service');
  const pw = P.pw('vault_kv');
  const ip = P.ip('v4');
  return T(`vault audit: type=response path=${r.k('kv/data/teams/payments/db')} remote_address=${ip} client_token=${tok} data.password="${pw}" ttl=${r.k('768h')} mount_type=kv`);
}

export function customerChatTranscript(g, r, P) {
  const lang = g.pick(Object.keys(GREET));
  const p = P.name(LANG_OF[lang]);
  const pw = P.pw('customer_chat');
  const mail = P.email(p, 'chat');
  return T(`[livechat ${r.k(g.uuid())}] visitor ${p.full} <${mail}>: ${lang === 'en' ? 'my login is not working, password is' : lang === 'de' ? 'Login geht nicht, mein Passwort ist' : lang === 'es' ? 'no puedo entrar, mi contraseña es' : lang === 'fr' ? 'impossible de me connecter, mon mot de passe est' : lang === 'ja' ? 'ログインできません。パスワードは' : 'password:'} "${pw}"\n[livechat] agent Maya (bot): ${r.k('Please never share your password. Resetting now.')}`);
}

export function mobileAppAnalytics(g, r, P) {
  const p = P.name();
  const geo = P.geo('analytics');
  const user = P.home(p, 'macos');
  return O({ event: r.k('screen_view'), screen: r.k('TripDetails'), appVersion: r.k(g.semver()), userProps: { displayName: p.full, exportPath: `/Users/${user}/Library/Mobile Documents/iCloud~io~trailblazer/trips.gpx` }, loc: [geo[0], geo[1]], sampleRate: r.kf('sampleRate', 0.25) });
}
