// heldout-v19 sources, part B: HAR entries, curl traces, browser consoles, crash reports, mobile, IoT, game backends.

const T = (record) => ({ format: 'text', record });
const O = (record, maps) => (maps ? { format: 'object', record, maps } : { format: 'object', record });

export function harEntry(g, r, P) {
  const sess = P.cookie(g.b64url(32), 'session');
  const ga = P.cookie(`GA1.2.${g.int(100000000, 999999999)}.${g.int(1700000000, 1790000000)}`, 'ga');
  const csrf = P.cookie(g.hex(32), 'csrf');
  const tok = P.jwt({ scope: 'orders:read' }, 'har_bearer');
  return O({ startedDateTime: r.k(g.ts()), time: r.kf('time', g.int(40, 4000)), request: { method: 'GET', url: `https://${r.k('app.acme-ledger.com')}/api/v3/orders/${r.k(g.order())}`, httpVersion: 'HTTP/2',
    headers: [{ name: 'authorization', value: `Bearer ${tok}` }, { name: 'cookie', value: `_ga=${ga}; sid=${sess}; csrftoken=${csrf}` }] },
  response: { status: r.kf('status', g.pick([401, 403, 500, 502])), headers: [{ name: 'cache-control', value: r.k('max-age=0, no-store') }] } });
}

export function harSetCookie(g, r, P) {
  const s = P.cookie(g.alnum(40), 'session');
  const rem = P.cookie(g.hex(48), 'remember_me');
  const mail = P.email(g.person());
  return O({ response: { status: 200, headers: [{ name: 'set-cookie', value: `__Host-session=${s}; Path=/; Secure; HttpOnly; SameSite=Lax` }, { name: 'set-cookie', value: `remember_token=${rem}; Max-Age=${r.k('2592000')}; Path=/` }],
    content: { mimeType: 'application/json', text: JSON.stringify({ user: { email: mail, plan: r.k('team-annual') } }) } }, serverIPAddress: r.k('151.101.1.69'), _priority: 'High' });
}

export function curlVerbose(g, r, P) {
  const u = g.person('en').user;
  const pw = P.pw('basic_auth_cli');
  const basic = r.s(Buffer.from(`${u}:${pw}`).toString('base64'), 'password', 'basic_auth_b64');
  return T(`$ curl -v -u ${u}:'${pw}' https://${r.k('api.acme-ledger.com')}/v1/exports\n*   Trying ${r.k('104.18.32.47')}:443...\n* Connected to api.acme-ledger.com port 443\n* SSL connection using TLSv1.3 / ${r.k('TLS_AES_256_GCM_SHA384')}\n> GET /v1/exports HTTP/2\n> Authorization: Basic ${basic}\n> User-Agent: curl/${r.k('8.5.0')}\n< ${r.k('HTTP/2 429')}\n< retry-after: 30`);
}

export function curlApiKey(g, r, P) {
  const key = P.api();
  const mail = P.email(g.person());
  return T(`curl -sS -X POST https://${r.k(g.pubHost())}/v3/mail/send -H "Authorization: Bearer ${key}" -H 'Content-Type: application/json' -d '{"personalizations":[{"to":[{"email":"${mail}"}]}],"template_id":"${r.k('d-' + g.hex(32))}"}'  # returns 401, see ${r.k(g.ticket())}`);
}

export function browserConsole(g, r, P) {
  const mail = P.email(g.person());
  const tok = P.tok();
  return T(`main.${g.hex(8)}.js:2 Uncaught (in promise) TypeError: Cannot read properties of undefined (reading '${r.k('lineItems')}')\n    at CartSummary (https://${r.k('shop.example-store.com')}/static/js/main.${g.hex(8)}.js:2:${g.int(1000, 99999)})\nlocalStorage dump: {"auth_token":"${tok}","lastEmail":"${mail}","theme":"dark","cartVersion":${r.kf('cartVersion', 7).toString()}}\n[Violation] 'setTimeout' handler took ${r.k(`${g.int(60, 400)}ms`)}`);
}

export function sentryEvent(g, r, P) {
  const p = P.name();
  const mail = P.email(p);
  const ip = P.ip('v4');
  const card = P.card();
  return O({ event_id: r.k(g.hex(32)), level: 'error', platform: 'javascript', release: r.k(`web@${g.semver()}`), environment: 'production',
    user: { id: r.k(`usr_${g.lower(12)}`), email: mail, ip_address: ip, username: p.full },
    breadcrumbs: { values: [{ category: 'ui.click', message: 'button#pay-now' }, { category: 'ui.input', message: `input[name=cardnumber] value="${card}"` }, { category: 'fetch', data: { url: '/api/checkout', status_code: r.kf('status_code', 402) } }] },
    exception: { values: [{ type: 'PaymentError', value: r.k('card_declined') }] }, tags: { browser: r.k('Chrome 131.0.0'), feature: g.flag() } });
}

export function bugsnagReport(g, r, P) {
  const p = P.name();
  const ph = P.phone('crash_user');
  const user = P.home(null, 'windows');
  return O({ apiKey: r.s(g.hex(32), 'api_key', 'bugsnag'), notifier: { name: 'Bugsnag Electron', version: r.k(g.semver()) }, events: [{ exceptions: [{ errorClass: r.k('EPERM'), message: `EPERM: operation not permitted, open 'C:\\Users\\${user}\\AppData\\Roaming\\AcmeDesk\\cache.db'` }],
    user: { name: p.full, phone: ph }, app: { version: r.k(g.semver()), releaseStage: 'production' }, device: { osVersion: r.k('10.0.22631') } }] });
}

export function crashlyticsLog(g, r, P) {
  const p = P.first();
  const geo = P.geo('crash_location');
  return T(`Fatal Exception: java.lang.IllegalStateException: ${r.k('Fragment RideSummaryFragment not attached to a context.')}\n  at com.trailblazer.fleet.ui.RideSummaryFragment.onLocation(RideSummaryFragment.kt:${g.int(40, 400)})\nCustom keys: driver_first_name=${p.first} last_fix=${geo[0]},${geo[1]} ${r.k(`app_build=${g.int(1000, 9999)}`)} ${r.k('Crashlytics 18.6.0')}`);
}

export function iosOsLog(g, r, P) {
  const p = P.name();
  const mail = P.email(p);
  const tok = r.s(g.hex(64), 'token', 'apns_device');
  return T(`${r.k('2026-10-30 08:12:44.517')} MediSlot[${g.int(300, 9000)}:${g.hex(6)}] [Booking] confirmBooking user=<private> name=${p.full} email=${mail}\n${'2026-10-30 08:12:44.602'} MediSlot[${g.int(300, 9000)}] [Push] registered device token ${tok} env=${r.k('production')} iOS ${r.k('17.6.1')}`);
}

export function androidLogcat(g, r, P) {
  const ph = P.phone('logcat');
  const geo = P.geo('logcat_fix');
  const tok = P.tok();
  return T(`11-02 14:55:0${g.int(0, 9)}.${g.digits(3)}  ${g.int(1000, 30000)}  ${g.int(1000, 30000)} D OkHttp  : --> POST https://${r.k('api.trailblazer-fleet.io')}/v2/trips\n11-02 14:55:01.${g.digits(3)} D OkHttp  : Authorization: Bearer ${tok}\n11-02 14:55:01.${g.digits(3)} D OkHttp  : {"driverPhone":"${ph}","lat":${geo[0]},"lng":${geo[1]},"odometerKm":${r.kf('odometerKm', g.int(1000, 400000))}}\n11-02 14:55:02.${g.digits(3)} D OkHttp  : <-- ${r.k('201 Created')} (${g.int(90, 900)}ms)`);
}

export function iotCheckin(g, r, P) {
  const geo = P.geo('telematics');
  const key = r.s(g.b64(44), 'other_secret', 'device_symmetric_key');
  return O({ deviceId: r.k(`trk-${g.upper(8)}`), fw: r.k(`fw-${g.semver()}`), ts: r.k(g.ts()), position: { lat: geo[0], lon: geo[1], hdop: r.kf('hdop', 0.9) }, battery: { mv: r.kf('mv', g.int(3300, 4200)) },
    connectionString: `HostName=${r.k('fleet-hub.azure-devices.net')};DeviceId=trk-01;SharedAccessKey=${key}`, rssi: -71 });
}

export function iotMqttText(g, r, P) {
  const geo = P.geo('mqtt');
  const pw = P.pw('mqtt_connect');
  const ip = P.ip('v4');
  return T(`1790${g.digits(6)}: New client connected from ${ip}:${g.int(30000, 60000)} as tracker-${g.hex(6)} (p2, c1, k60, u'device', pw '${pw}').\n1790${g.digits(6)}: Received PUBLISH on fleet/${r.k('EU-WEST')}/gps (d0, q1, r0, m3) payload ${geo[0]};${geo[1]};${r.k('speed=42.5')}`);
}

export function gameSession(g, r, P) {
  const p = P.name(g.pick(['ko', 'ja', 'zh', 'en', 'pt', 'tr']));
  const ip = P.ip(g.pick(['v4', 'v6']));
  const mail = P.email(p);
  const tok = r.s(g.b64url(40), 'token', 'game_session');
  return O({ level: 'info', msg: 'session start', matchId: r.k(g.uuid()), player: { displayName: r.k(`${g.pick(['Shadow', 'Nova', 'Pixel', 'Rogue'])}${g.pick(['Fox', 'Byte', 'Blade'])}${g.int(10, 99)}`), realName: p.full, email: mail, ip },
    sessionToken: tok, region: r.k('ap-northeast-2'), build: r.k(`${g.int(1, 9)}.${g.int(0, 20)}.${g.int(1000, 9999)}`), tickRate: r.kf('tickRate', 64) });
}

export function gamePurchaseText(g, r, P) {
  const p = P.name();
  const card = P.card();
  return T(`[store] purchase failed sku=${r.k('gems_pack_5000')} player=${p.full} pan=${card} psp=adyen resultCode=${r.k('Refused')} refusalReason=${r.k('CVC Declined')} order=${r.k(g.order())}`);
}

export function webAccessLog(g, r, P) {
  const ip = P.ip('v4');
  const mail = P.email(g.person(), 'query_string');
  return T(`${ip} - - [02/Nov/2026:13:${g.int(10, 59)}:${g.int(10, 59)} +0000] "GET /reset-password?email=${encodeURIComponent(mail).replace(/%40/g, '@')}&utm_source=${r.k('newsletter')} ${r.k('HTTP/1.1" 302')} 0 "-" "${r.k('Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)')}" ${r.k('rt=0.041')}`);
}

export function nginxUpstreamError(g, r, P) {
  const ip = P.ip('v4');
  const tok = P.tok();
  return T(`${r.k('2026/11/02 04:11:53')} [error] 31#31: *${g.int(1000, 99999)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${ip}, server: ${r.k('api.acme-ledger.com')}, request: "GET /v1/me?access_token=${tok} HTTP/1.1", upstream: "http://10.0.2.15:3000/v1/me"`);
}

export function oauthCallback(g, r, P) {
  const code = r.s(g.b64url(43), 'token', 'oauth_code');
  const sec = r.s(g.b64url(40), 'other_secret', 'oauth_client_secret');
  const mail = P.email(g.person());
  return O({ level: 'error', msg: 'token exchange failed', provider: r.k('login.microsoftonline.com'), error: r.k('invalid_grant'), request: { grant_type: 'authorization_code', code, client_id: r.k(g.uuid()), client_secret: sec, redirect_uri: 'https://portal.northwind-classroom.com/auth/callback' }, login_hint: mail });
}

export function stripeWebhookLog(g, r, P) {
  const wh = r.s('whsec_' + g.alnum(32), 'other_secret', 'stripe_whsec');
  const p = P.name();
  const mail = P.email(p);
  return O({ level: 'warn', msg: 'webhook signature mismatch', endpointSecret: wh, event: { id: r.k(`evt_${g.alnum(24)}`), type: r.k('invoice.payment_failed'), data: { object: { customer_email: mail, customer_name: p.full, amount_due: r.kf('amount_due', g.int(500, 90000)), attempt_count: r.kf('attempt_count', 3) } } } });
}

export function twilioSmsLog(g, r, P) {
  const ph = P.phone('sms_to');
  const ph2 = P.phone('sms_from_customer');
  const auth = r.s(g.hex(32), 'other_secret', 'twilio_auth');
  const acc = r.k('AC' + g.hex(32));
  return T(`POST https://${r.k('api.twilio.com')}/2010-04-01/Accounts/${acc}/Messages.json basic=${acc}:${auth} To=${ph} Body="Your appointment is confirmed" -> 400 ${r.k('code=21211')}\ninbound reply from ${ph2}: "can I move it to Thursday?"`);
}

export function featureFlagEval(g, r, P) {
  const mail = P.email(g.person(), 'flag_context');
  const ip = P.ip('v4');
  const key = r.s(`sdk-${g.uuid()}`, 'api_key', 'launchdarkly_sdk');
  return O({ msg: 'flag evaluated', flag: r.k(g.flag()), variation: r.kf('variation', 1), sdkKey: key, context: { kind: 'user', key: r.k(`usr_${g.lower(10)}`), email: mail, ip }, reason: { kind: r.k('RULE_MATCH'), ruleIndex: r.kf('ruleIndex', 2) } });
}

export function cdnWafEvent(g, r, P) {
  const ip = P.ip(g.pick(['v4', 'v6']));
  const ck = P.cookie(g.b64url(28), 'session');
  return O({ action: r.k('challenge'), ruleId: r.k(String(g.int(100000, 999999))), clientIP: ip, clientCountry: r.kf('clientCountry', 'BR'), rayId: r.k(g.hex(16)), requestHeaders: { cookie: `__cf_bm=x; app_session=${ck}`, 'user-agent': 'python-requests/2.31.0' }, edgeResponseStatus: r.kf('edgeResponseStatus', 403) }, [['requestHeaders']]);
}

export function pushNotificationLog(g, r, P) {
  const p = P.first(g.pick(['es', 'fr', 'de', 'ar', 'he', 'hi', 'th', 'el']));
  const tok = r.s(`${g.b64url(22)}:APA91b${g.b64url(134)}`, 'token', 'fcm_registration');
  return T(`[push] ${r.k(g.ts())} send to ${tok} title="${p.first}, your order has shipped" collapse_key=${r.k('order_updates')} -> ${r.k('UNREGISTERED')} (${r.k('fcm 404')})`);
}
