// Mobile clients, analytics, push and attribution sources.
import * as V from './values.mjs';
import { COOKIE_VALUES } from './builder.mjs';

const { pick, int, chance } = V;
const APPS = ['com.example.rides', 'com.example.eats', 'com.example.match', 'com.example.fit', 'com.example.trips'];
const O = (record, maps) => ({ format: 'object', record, ...(maps ? { maps } : {}) });
const T = (record) => ({ format: 'text', record });

export function iosCrash(b) {
  const user = b.home('macos');
  const app = pick(APPS);
  const lines = [
    `Incident Identifier: ${b.k(V.uuid().toUpperCase())}`,
    `Hardware Model:      iPhone${int(13, 16)},${int(1, 4)}`,
    `Process:             ${pick(['Rider', 'Courier', 'Match', 'FitTrack', 'Trips'])} [${int(300, 9000)}]`,
    `Path:                /Users/${user}/Library/Developer/CoreSimulator/Devices/${V.uuid().toUpperCase()}/data/Containers/Bundle/Application/App.app/App`,
    `Identifier:          ${app}`,
    `Version:             ${b.ver()} (${int(1000, 9999)})`,
    `Date/Time:           2026-0${int(1, 6)}-1${int(0, 9)} 1${int(0, 9)}:0${int(0, 9)}:22.418 +0200`,
    `Exception Type:  EXC_CRASH (SIGABRT)`,
    `Last Exception Backtrace:`,
    `0   CoreFoundation   0x0000000180a1c8c0 __exceptionPreprocess + 164`,
    `1   App              0x0000000102f4a1d4 ${pick(['CheckoutViewModel.submit(card:)', 'ProfileStore.save(_:)', 'ChatComposer.send(_:)'])} + 412`,
    `Breadcrumb: ${pick(['profile.save', 'checkout.submit', 'login.tap'])} ${JSON.stringify({ email: b.email(), phone: b.phone() })}`,
  ];
  return T(lines.join('\n'));
}

export function androidLogcat(b) {
  const pid = int(1000, 30000);
  const ts = `0${int(1, 6)}-1${int(0, 9)} 1${int(0, 9)}:2${int(0, 9)}:0${int(0, 9)}.${int(100, 999)}`;
  const v = int(0, 3);
  if (v === 0) return T(`${ts}  ${pid}  ${pid + 17} D OkHttp  : Authorization: Bearer ${b.tok(pick(['jwt', 'opaque_bearer', 'google_oauth']))}`);
  if (v === 1) return T(`${ts}  ${pid}  ${pid + 3} I ProfileRepo: saved profile{name=${b.name()}, phone=${b.phone()}, email=${b.email()}} in ${b.k(`${int(20, 900)}ms`)}`);
  if (v === 2) return T(`${ts}  ${pid}  ${pid + 9} W LocationSvc: fused fix lat=${b.geo().lat} lng=${b.sensitive.at(-1).value} acc=${int(3, 30)}m provider=gps trace=${b.trace()}`);
  return T(`${ts}  ${pid}  ${pid + 1} E FirebaseMessaging: token refresh failed for ${b.tok('fcm_registration')} (${b.k('SERVICE_NOT_AVAILABLE')})`);
}

export function reactNativeRedbox(b) {
  const user = b.home(pick(['macos', 'linux']));
  const root = chance(0.5) ? `/Users/${user}` : `/home/${user}`;
  const e = b.email();
  return T([
    `ERROR  TypeError: Cannot read property 'paymentMethods' of undefined`,
    `    at CheckoutScreen (${root}/src/rider-app/src/screens/CheckoutScreen.tsx:${int(20, 400)}:${int(2, 40)})`,
    `    at renderWithHooks (${root}/src/rider-app/node_modules/react-native/Libraries/Renderer/implementations/ReactNativeRenderer-dev.js:${int(1000, 9000)}:18)`,
    `LOG  redux state.user = ${JSON.stringify({ id: `usr_${V.lowerNum(10)}`, email: e, fullName: b.name() })}`,
    `INFO  app ${b.ver()} build ${b.k(V.commitSha().slice(0, 7))} bundle=${b.k('index.android.bundle')}`,
  ].join('\n'));
}

export function flutterError(b) {
  const formState = { firstName: b.first(), dateOfBirth: b.dob(), phoneNumber: b.phone() };
  return T([
    `flutter: ══╡ EXCEPTION CAUGHT BY WIDGETS LIBRARY ╞════════════════`,
    `flutter: The following _TypeError was thrown building SignupStep(dirty):`,
    `flutter: type 'Null' is not a subtype of type 'String'`,
    `flutter: formState: ${JSON.stringify(formState)}`,
    `flutter: #0      _SignupStepState.build (package:fit_app/signup/step.dart:${int(20, 300)}:${int(3, 40)})`,
    `flutter: sessionId=${b.uuid()} appVersion=${b.ver()}`,
  ].join('\n'));
}

export function sentryEvent(b) {
  const rec = {
    event_id: b.k(V.hex(32)), timestamp: b.ts(), platform: pick(['cocoa', 'java', 'javascript', 'dart']),
    release: `${pick(APPS)}@${b.ver()}`,
    user: { id: `u_${V.lowerNum(12)}`, email: b.email(), ip_address: b.ip(), username: b.latinName() },
    contexts: { device: { model: pick(['SM-S918B', 'Pixel 8', 'iPhone15,2']), battery_level: 63 }, os: { name: pick(['iOS', 'Android']), version: V.semver() } },
    breadcrumbs: { values: [
      { category: 'http', data: { url: `https://api.example-rides.com/v2/me?access_token=${b.tok('opaque_bearer')}`, status_code: b.kf('status_code', pick([200, 401, 500])) } },
      { category: 'ui.input', message: `input[name=password] value="${b.pw('ui_breadcrumb')}"` },
    ] },
    tags: { region: b.city() },
  };
  return O(rec);
}

export function segmentIdentify(b) {
  const writeKey = V.alnum(32);
  const basic = b.s('api_key', 'segment_basic_b64', V.b64enc(`${writeKey}:`));
  const traits = { name: b.name(), email: b.email(), phone: b.phone(), birthday: b.dob(), address: { street: b.addr(), city: b.city(), country: pick(['BR', 'DE', 'IN', 'MX', 'TR']) }, plan: b.k(pick(['plus_monthly', 'free', 'gold_annual'])) };
  const rec = { type: 'identify', messageId: b.k(`ajs-next-${V.hex(32)}`), userId: `usr_${V.lowerNum(12)}`, traits, context: { ip: b.ip(), library: { name: 'analytics-react-native', version: b.ver() } }, _headers: { authorization: `Basic ${basic}` } };
  return chance(0.5) ? O(rec, [['traits']]) : O(rec);
}

export function amplitudeBatch(b) {
  const events = [];
  for (let i = 0; i < int(1, 3); i++) {
    const g = b.geo('amplitude');
    events.push({ event_type: b.k(pick(['ride_requested', 'order_placed', 'swipe_right', 'workout_finished', 'hotel_booked'])), user_id: `u${V.digits(9)}`, ip: b.ip(), location_lat: Number(g.lat), location_lng: Number(g.lng), user_properties: { $set: { email: b.email() } }, time: int(1760000000000, 1790000000000) });
  }
  return O({ api_key: b.key(pick(['segment_write', 'datadog'])), events, options: { min_id_length: b.kf('min_id_length', 5) } });
}

export function mixpanelEngage(b) {
  const sa = b.s('api_key', 'mixpanel_basic_b64', V.b64enc(`svc-export.${V.lowerNum(6)}.mp-service-account:${V.alnum(32)}`));
  const body = JSON.stringify([{ $token: V.hex(32), $distinct_id: b.uuid(), $set: { $email: b.email(), $name: b.name(), $phone: b.phone() } }]);
  return T(`POST https://api.mixpanel.com/engage#profile-set authorization="Basic ${sa}" body=${body} status=${b.k('200 OK')}`);
}

export function apnsSend(b) {
  const courier = b.first();
  const rec = {
    ':path': `/3/device/${V.hex(64)}`, 'apns-topic': pick(APPS), 'apns-push-type': 'alert', 'apns-id': b.uuid(),
    authorization: `bearer ${b.s('token', 'apns_provider_jwt', V.jwt({ iss: V.upperNum(10) }))}`,
    payload: { aps: { alert: { title: b.k(pick(['Your courier is nearby', 'Driver arriving', 'New match!'])), body: `${courier} is ${int(1, 9)} min away — call ${b.phone()}` }, sound: 'default' }, orderId: b.order('EAT') },
    response: { status: b.kf('status', pick([200, 400, 410])), reason: pick(['', 'BadDeviceToken', 'Unregistered']) },
  };
  return O(rec);
}

export function fcmSend(b) {
  if (chance(0.5)) {
    return T(`POST https://fcm.googleapis.com/fcm/send Authorization: key=${b.key('firebase_server')} {"to":"${b.tok('fcm_registration')}","data":{"bookingId":"${b.order('TRP')}","ttl":"${b.k('3600s')}"}}`);
  }
  return O({ message: { token: b.tok('fcm_registration'), notification: { title: 'Trip update', body: `Hi ${b.first()}, your pickup at ${b.addr()} is confirmed` }, android: { priority: 'high', ttl: b.k('86400s') } }, headers: { Authorization: `Bearer ${b.tok('google_oauth')}` }, durationMs: b.kf('durationMs', int(40, 900)) });
}

export function appsflyerPostback(b) {
  const q = [
    `app_id=id${V.digits(10)}`, `appsflyer_id=${V.digits(13)}-${V.digits(19)}`, `idfa=${V.uuid().toUpperCase()}`,
    `ip=${b.ip4()}`, `customer_user_id=usr_${V.lowerNum(8)}`,
    `email=${b.s('email', 'url_encoded', encodeURIComponent(V.email()))}`,
    `media_source=${b.k(pick(['googleadwords_int', 'Facebook Ads', 'tiktokglobal_int']).replace(/ /g, '+'))}`,
    `campaign=${b.k(pick(['BR_rides_q2', 'DE_eats_reactivation', 'IN_fit_launch']))}`,
    `dev_key=${b.key('appsflyer_dev')}`,
  ];
  return T(`${b.ts()} attribution-ingest GET /postback/af?${q.join('&')} ${b.k('-> 204')}`);
}

export function adjustCallback(b) {
  const rec = {
    received_at: b.ts(),
    query: { tracker_name: b.k(pick(['Organic', 'Google Ads UAC::BR', 'Apple Search Ads'])), ip_address: b.ip(), gps_adid: V.uuid(), city: b.city(), country: 'br', installed_at: String(int(1760000000, 1790000000)) },
    auth: `Token token=${b.key('datadog')}`,
    user: { phone_number: b.phone(), email: b.email() },
  };
  return O(rec, [['query']]);
}

export function mobilePerfTrace(b) {
  const user = b.home('macos');
  return O({ trace: b.k(pick(['app_start_cold', 'checkout_render', 'map_first_frame'])), durationMs: b.kf('durationMs', int(120, 9000)), frames: { slow: b.kf('slow', int(0, 40)), frozen: b.kf('frozen', int(0, 5)) },
    symbolication: { dsym: `/Users/${user}/Library/Developer/Xcode/Archives/2026-04-01/Rider.xcarchive/dSYMs/Rider.app.dSYM`, build: b.ver() },
    network: { clientIp: b.ip(), carrier: pick(['Vivo', 'Telkomsel', 'Jio', 'Turkcell']) } });
}

export function deepLinkOpen(b) {
  const tok = b.tok('magic_link');
  const em = b.s('email', 'url_encoded', encodeURIComponent(V.email()));
  return T(`[DeepLinkRouter] open url=https://links.example-match.com/auth/verify?token=${tok}&email=${em}&utm_source=${b.k('email_magic')} route=${b.k('AuthVerify')} handled=true`);
}

export function ciSigning(b) {
  const user = b.home('linux');
  const storePw = b.pw('keystore');
  const lines = [
    `[13:0${int(0, 9)}:1${int(0, 9)}]: $ bundle exec fastlane android release`,
    `[13:02:11]: Working directory: /home/${user}/builds/courier-android`,
    `[13:02:12]: ▸ ./gradlew bundleRelease -Pandroid.injected.signing.store.password='${storePw}' -Pandroid.injected.signing.key.alias=${b.k('upload')}`,
    `[13:02:40]: App Store Connect key AuthKey_${V.upperNum(10)}.p8 loaded:`,
    b.pem('pkcs8'),
    `[13:03:01]: Successfully uploaded build ${b.ver()} (${b.k(`versionCode ${int(3000, 9999)}`)})`,
  ];
  return T(lines.join('\n'));
}

export function featureFlagEval(b) {
  const ctx = { kind: 'user', key: `usr_${V.lowerNum(10)}`, email: b.email(), name: b.name(), ip: b.ip(), custom: { country: pick(['MX', 'ID', 'NG', 'TR']), city: b.city() } };
  return O({ sdkKey: b.s('api_key', 'launchdarkly_sdk', `sdk-${V.uuid()}`), flag: b.k(pick(['surge-pricing-v2', 'chat-translation', 'new-onboarding', 'ios-apple-pay'])), variation: b.kf('variation', int(0, 3)), context: ctx, evaluationMs: b.kf('evaluationMs', int(1, 40)) }, [['context', 'custom']]);
}

export function webviewCookies(b) {
  const parts = [];
  const names = V.chance(0.5) ? ['connect.sid', '_ga', 'XSRF-TOKEN'] : ['JSESSIONID', '_fbp', 'remember_user_token', 'cf_clearance'];
  const map = { 'connect.sid': 'connect_sid', _ga: 'ga', 'XSRF-TOKEN': 'csrf', JSESSIONID: 'jsessionid', _fbp: 'fbp', remember_user_token: 'remember', cf_clearance: 'cf_clearance' };
  for (const n of names) parts.push(`${n}=${b.cookie(map[n], COOKIE_VALUES[map[n]]())}`);
  return T(`WKWebView ${pick(['didFinish', 'decidePolicyFor'])} url=${b.k('https://help.example-trips.com/hc/en-us')} cookies="${parts.join('; ')}" trace=${b.trace()}`);
}

export const MOBILE = { iosCrash, androidLogcat, reactNativeRedbox, flutterError, sentryEvent, segmentIdentify, amplitudeBatch, mixpanelEngage, apnsSend, fcmSend, appsflyerPostback, adjustCallback, mobilePerfTrace, deepLinkOpen, ciSigning, featureFlagEval, webviewCookies };
