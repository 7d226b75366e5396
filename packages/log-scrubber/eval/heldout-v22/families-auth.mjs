// Log sources of the identity product itself: login, passwordless, MFA, connections, Actions, tenants.
import { person, phone, publicIp, ipv6, password, jwt, vendorKey, dob, nationalId, ADDRESSES, latlng, TENANTS, REGIONS, CITIES, ver, sha, pem, homeUser } from './values.mjs';

const o = (record, maps) => ({ format: 'object', record, ...(maps ? { maps } : {}) });
const t = (record) => ({ format: 'text', record });
const lvl = (r) => r.pick([30, 30, 30, 40, 50]);
const UA = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1', 'okhttp/4.12.0', 'node-fetch/1.0'];

export const families = {
  universal_login(r, c) {
    const p = person(r);
    return o({ level: lvl(r), time: c.k(r.ts()), svc: 'ul-server', msg: 'login attempt', tenant: c.k(r.pick(TENANTS)), reqId: c.k(r.uuid()),
      req: { method: 'POST', url: `/u/login?state=${c.s(r.b64url(48), 'token', 'oauth_state')}`, headers: { 'user-agent': r.pick(UA), 'x-forwarded-for': c.s(publicIp(r), 'ip', 'xff') } },
      form: { username: c.s(p.email, 'email', 'form'), password: c.s(password(r).value, 'password', 'form_body'), action: 'default' },
      result: { status: c.k(r.pick(['wrong_password', 'success', 'blocked_user'])), durationMs: r.int(40, 900) }, connection: c.k('Username-Password-Authentication') });
  },
  login_text(r, c) {
    const p = person(r); const ip = publicIp(r);
    return t(`${c.k(r.ts())} INFO  [ul-server] tenant=${c.k(r.pick(TENANTS))} ${c.k('event=s')} user="${c.s(p.name, 'person_name', p.script.toLowerCase())}" email=${c.s(p.email, 'email', 'kv')} ip=${c.s(ip, 'ip', 'ipv4')} client_id=${c.k(r.alnum(32))} connection=google-oauth2 latency_ms=${r.int(80, 400)}`);
  },
  magic_link(r, c) {
    const p = person(r); const tok = r.b64url(43);
    return o({ level: 30, time: r.ts(), svc: 'passwordless', msg: 'magic link issued', tenant: r.pick(TENANTS), email: c.s(p.email, 'email', 'recipient'),
      link: `https://${r.pick(TENANTS)}.idp-login.com/passwordless/verify_redirect?scope=openid&response_type=code&verification_code=${c.s(tok, 'token', 'magic_link')}`,
      ttlSeconds: c.kf('ttlSeconds', 300), template: c.k('magic_link_v3'), provider: c.kf('provider', r.pick(['sendgrid', 'ses', 'mailgun', 'postmark'])) });
  },
  otp_sms(r, c) {
    const ph = phone(r); const code = r.digits(6);
    return t(`${r.ts()} passwordless-worker[${r.int(100, 9999)}]: sms otp dispatched to=${c.s(ph.value, 'phone', ph.sub)} code=${c.s(code, 'other_secret', 'otp_code')} provider=${c.k('twilio')} message_sid=${c.k('SM' + r.hex(32))} status=${c.k('queued')} ttl=${c.k('300s')}`);
  },
  otp_email_text(r, c) {
    const p = person(r); const code = r.digits(6);
    const body = r.pick([`Ihr Bestätigungscode lautet ${code}. Er ist 5 Minuten gültig.`, `Votre code de vérification est ${code}.`, `Tu código de verificación es ${code}`, `認証コード: ${code}（5分間有効）`, `Ваш код подтверждения: ${code}`, `인증 코드는 ${code} 입니다`]);
    c.s(code, 'other_secret', 'otp_in_body');
    return t(`[mailer] ${r.ts()} render template=${c.k('verify_email_code')} locale=${r.pick(['de', 'fr', 'es', 'ja', 'ru', 'ko'])} to=<${c.s(p.email, 'email', 'angle')}> body=${JSON.stringify(body)}`);
  },
  webauthn(r, c) {
    const p = person(r);
    return o({ level: 30, time: r.ts(), svc: 'webauthn', msg: 'passkey registered', userId: c.k(`auth0|${r.hex(24)}`), user: { name: c.s(p.name, 'person_name', p.script.toLowerCase()), email: c.s(p.email, 'email', 'nested') },
      credential: { id: r.b64url(43), aaguid: c.k(r.pick(['fbfc3007-154e-4ecc-8c0b-6e020557d7bd', 'adce0002-35bc-c60a-648b-0b25f1f05503', 'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4'])), transports: ['internal', 'hybrid'], backupEligible: true },
      clientData: { origin: c.k(`https://login.${r.pick(TENANTS)}.com`), challenge: c.s(r.b64url(43), 'token', 'webauthn_challenge') }, remoteIp: c.s(ipv6(r), 'ip', 'ipv6') });
  },
  mfa_enrol(r, c) {
    const p = person(r); const seed = r.str(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
    return o({ level: 30, time: r.ts(), svc: 'mfa', msg: 'totp enrolment started', tenant: r.pick(TENANTS), user: c.s(p.email, 'email', 'user'),
      otpauth: `otpauth://totp/${r.pick(TENANTS)}:${p.handle}?secret=${c.s(seed, 'other_secret', 'totp_seed')}&issuer=${r.pick(TENANTS)}&algorithm=SHA1&digits=6&period=30`,
      factor: c.kf('factor', 'otp'), policy: { digits: 6, period: 30 }, enrolmentTicket: c.s(r.alnum(32), 'token', 'enrolment_ticket') });
  },
  mfa_recovery(r, c) {
    const p = person(r); const codes = [r.upper(4) + r.digits(4) + r.upper(4) + r.digits(4) + r.upper(4) + r.digits(4)];
    return t(`${r.ts()} WARN mfa.recovery: user ${c.s(p.email, 'email', 'plain')} used recovery code ${c.s(codes[0], 'other_secret', 'recovery_code')}; new code generated; guardian_enrollment_id=${c.k('dev_' + r.alnum(16))} ip=${c.s(publicIp(r), 'ip', 'ipv4')}`);
  },
  social_connection(r, c) {
    const p = person(r); const prov = r.pick(['google-oauth2', 'apple', 'windowslive', 'github', 'facebook', 'linkedin']);
    return o({ level: 30, time: r.ts(), svc: 'social', msg: 'idp token exchange ok', connection: c.k(prov), tenant: r.pick(TENANTS),
      idpResponse: { access_token: c.s(r.pick(['ya29.' + r.b64url(150), 'gho_' + r.alnum(36), 'EAAB' + r.alnum(180)]), 'token', 'idp_access_token'), id_token: c.s(jwt(r, { email: p.email }), 'token', 'jwt'), expires_in: c.kf('expires_in', 3599), token_type: 'Bearer' },
      profile: { name: c.s(p.name, 'person_name', p.script.toLowerCase()), email_verified: true, locale: r.pick(['en', 'de', 'ja', 'pt-BR']) }, httpStatus: c.kf('httpStatus', 200) });
  },
  apple_siwa(r, c) {
    return o({ level: 40, time: r.ts(), svc: 'social', msg: 'apple client secret generation failed: invalid key', teamId: c.k(r.upper(10)), keyId: c.k(r.upper(10)), serviceId: c.k('com.acme.login'),
      p8: c.s(pem(r, 'PRIVATE KEY'), 'private_key', 'apple_p8'), error: c.k('ERR_OSSL_UNSUPPORTED') });
  },
  saml_connection(r, c) {
    const p = person(r);
    return t(`${r.ts()} [saml] connection=${c.k(r.pick(TENANTS) + '-okta')} assertion received NameID=${c.s(p.email, 'email', 'saml_nameid')} attrs: givenName/surname="${c.s(p.name, 'person_name', p.script.toLowerCase())}" employeeNumber=E${r.digits(6)} InResponseTo=${c.k('_' + r.hex(32))} cert_thumbprint=${c.k(sha(r))} clock_skew=${r.int(0, 90)}s`);
  },
  saml_signing_key(r, c) {
    return o({ level: 50, time: r.ts(), svc: 'saml', msg: 'failed to parse signing key for enterprise connection', connection: c.k('adfs-' + r.pick(TENANTS)), signingKey: c.s(pem(r, 'RSA PRIVATE KEY'), 'private_key', 'saml_signing'), digestAlg: c.k('sha256'), errCode: c.k('ERR_INVALID_PEM') });
  },
  ldap_bridge(r, c) {
    const pw = password(r).value; const user = person(r);
    return t(`${r.ts()} ad-ldap-connector[${r.int(1000, 30000)}] bind ldaps://dc01.${r.pick(TENANTS)}.corp:636 dn="CN=${c.s(user.name, 'person_name', 'ldap_dn')},OU=Staff,DC=corp" credentials=${JSON.stringify(c.s(pw, 'password', 'ldap_bind'))} result=${c.k('49 invalidCredentials')} agent_version=${c.k(ver(r))}`);
  },
  brute_force(r, c) {
    const ip = publicIp(r); const p = person(r); const [la, lo] = latlng(r);
    return o({ level: 40, time: r.ts(), svc: 'attack-protection', msg: 'brute-force threshold reached, user blocked', type: c.k('limit_wc'), tenant: r.pick(TENANTS),
      details: { ip: c.s(ip, 'ip', 'ipv4'), username: c.s(p.email, 'email', 'username'), failures: r.int(10, 30), geo: { country: c.kf('country', r.pick(['DE', 'BR', 'IN', 'US', 'VN'])), lat: Number(c.s(la, 'geo', 'lat')), lng: Number(c.s(lo, 'geo', 'lng')) } },
      settings: { maxAttempts: c.kf('maxAttempts', 10), shields: ['block', 'user_notification'] } });
  },
  breached_password(r, c) {
    const p = person(r); const pw = password(r);
    return t(`${r.ts()} WARN breached-pw: signup blocked tenant=${c.k(r.pick(TENANTS))} email=${c.s(p.email, 'email', 'kv')} candidate=${pw.value.includes(' ') ? `'${c.s(pw.value, 'password', 'log_line_' + pw.sub)}'` : c.s(pw.value, 'password', 'log_line_' + pw.sub)} hibp_prefix=${c.k(r.hex(5).toUpperCase())} matches=${r.int(3, 90000)} policy=${c.k('breached_password_detection')}`);
  },
  account_linking(r, c) {
    const p = person(r);
    return o({ level: 30, time: r.ts(), svc: 'account-linking', msg: 'identities linked', primary: c.k(`auth0|${r.hex(24)}`), secondary: c.k(`google-oauth2|${r.digits(21)}`),
      profileData: { email: c.s(p.email, 'email', 'profile'), name: c.s(p.name, 'person_name', p.script.toLowerCase()), phone_number: c.s(phone(r).value, 'phone', 'profile'), birthdate: c.s(dob(r), 'dob', 'profile') }, actor: 'action:link-accounts' });
  },
  user_import(r, c) {
    const rows = []; const n = r.int(1, 3);
    for (let i = 0; i < n; i++) { const p = person(r); rows.push({ email: c.s(p.email, 'email', 'import_row'), name: c.s(p.name, 'person_name', p.script.toLowerCase()), custom_password_hash: { algorithm: 'bcrypt', hash: { value: c.s(`$2b$10$${r.b64(53).replace(/[+]/g, '.')}`, 'password', 'bcrypt_hash') } }, user_metadata: { plan: r.pick(['gold', 'free']) } }); }
    return o({ level: 50, time: r.ts(), svc: 'jobs-worker', msg: 'user import row rejected', jobId: c.k(`job_${r.alnum(16)}`), connectionId: c.k(`con_${r.alnum(16)}`), rows, error: c.k('DUPLICATED_USER') });
  },
  user_export(r, c) {
    const p = person(r); const nid = nationalId(r);
    return t(`${r.ts()} jobs-worker export job=${c.k('job_' + r.alnum(16))} fields=email,name,user_metadata.national_id sample="${c.s(p.email, 'email', 'csv')},${c.s(p.name, 'person_name', p.script.toLowerCase())},${c.s(nid.value, 'national_id', nid.sub)}" rows=${c.k(String(r.int(1000, 90000)) + ' rows')} format=${c.k('json')} url=https://exports.idp-cdn.net/${r.uuid()}.json.gz`);
  },
  mgmt_api(r, c) {
    const tok = jwt(r, { gty: 'client-credentials' });
    return o({ level: 30, time: r.ts(), svc: 'management-api', msg: 'request', req: { method: 'PATCH', url: `/api/v2/users/${c.k('auth0|' + r.hex(24))}`, headers: { authorization: `Bearer ${c.s(tok, 'token', 'bearer_jwt')}`, 'auth0-client': c.k(Buffer.from(JSON.stringify({ name: 'node-auth0', version: ver(r) })).toString('base64')) } },
      res: { statusCode: c.kf('statusCode', r.pick([200, 204, 400, 429])) }, rateLimit: { 'x-ratelimit-limit': c.kf('x-ratelimit-limit', 50), remaining: r.int(0, 50) }, responseTime: r.int(5, 300) });
  },
  mgmt_sdk_debug(r, c) {
    const secret = r.b64url(64);
    return t(`node-auth0:debug ${r.ts()} POST https://${r.pick(TENANTS)}.eu.idp-login.com/oauth/token body={"grant_type":"client_credentials","client_id":"${c.k(r.alnum(32))}","client_secret":"${c.s(secret, 'other_secret', 'client_secret')}","audience":"https://${r.pick(TENANTS)}.eu.idp-login.com/api/v2/"} sdk=${c.k('node-auth0/' + ver(r))}`);
  },
  action_console(r, c) {
    const p = person(r); const k = vendorKey(r, r.pick(['stripe_live', 'sendgrid', 'openai', 'anthropic', 'twilio_api', 'shopify']));
    const logs = [`event.user.email = ${c.s(p.email, 'email', 'console_log')}`, `calling upstream with key ${c.s(k.value, 'api_key', k.sub)}`, `user_metadata: {"phone":"${c.s(phone(r).value, 'phone', 'console_log')}","vip":true}`];
    return o({ level: 30, time: r.ts(), svc: 'actions-runtime', msg: 'action executed', actionId: c.k(r.uuid()), trigger: c.k('post-login'), runtime: c.k('node22'), durationMs: r.int(3, 4000), stdout: logs, exitCode: 0 });
  },
  action_secrets(r, c) {
    const pg = r.alnum(20);
    return o({ level: 50, time: r.ts(), svc: 'actions-runtime', msg: 'action threw', actionName: c.k('sync-crm'), error: { name: 'TypeError', message: `Cannot read properties of undefined (reading 'id')`, stack: `TypeError: Cannot read properties of undefined (reading 'id')\n    at exports.onExecutePostLogin (/data/action/index.js:${r.int(5, 90)}:17)` },
      event: { secrets: { HUBSPOT_TOKEN: c.s(`pat-na1-${r.uuid()}`, 'api_key', 'hubspot_pat'), DB_URL: `postgres://crm_sync:${c.s(pg, 'connection_string', 'postgres_url')}@crm-db.${r.pick(TENANTS)}.internal:5432/crm` }, user: { user_id: c.k('auth0|' + r.hex(24)) } } });
  },
  action_console_text(r, c) {
    const p = person(r); const addr = r.pick(ADDRESSES);
    return t(`${r.ts()} [action:${c.k('enrich-profile')}] console.log: shipping address for ${c.s(p.name, 'person_name', p.script.toLowerCase())} -> ${c.s(addr, 'address', 'console_log')} (geocoded ${latlngText(r, c)})`);
  },
  tenant_audit(r, c) {
    const admin = person(r);
    return o({ level: 30, time: r.ts(), svc: 'tenant-audit', type: c.k('sapi'), description: c.k('Update a client'), tenant: r.pick(TENANTS), actor: { email: c.s(admin.email, 'email', 'admin'), ip: c.s(publicIp(r), 'ip', 'ipv4') },
      details: { request: { path: `/api/v2/clients/${c.k(r.alnum(32))}`, body: { name: 'Mobile App', jwt_configuration: { lifetime_in_seconds: 36000, secret_encoded: false }, client_secret: c.s(r.b64url(64), 'other_secret', 'client_secret') } }, response: { statusCode: c.kf('statusCode', 200) } } });
  },
  tenant_settings(r, c) {
    return o({ level: 30, time: r.ts(), svc: 'tenant-audit', msg: 'tenant settings changed', tenant: c.k(r.pick(TENANTS)), changes: { session_lifetime: c.kf('session_lifetime', r.pick([72, 168])), idle_session_lifetime: c.kf('idle_session_lifetime', 72), password_policy: c.k('excellent'), passwordComplexity: { min_length: c.kf('min_length', r.pick([8, 12, 14])) } },
      smtp: { host: c.k('smtp.sendgrid.net'), port: 587, user: 'apikey', pass: c.s(vendorKey(r, 'sendgrid').value, 'api_key', 'sendgrid') }, actor: c.s(person(r).email, 'email', 'actor') });
  },
  refresh_rotation(r, c) {
    return t(`${r.ts()} oauth-server refresh_token reuse detected family=${c.k(r.uuid())} token=${c.s('v1.' + r.b64url(70), 'token', 'refresh_token')} client=${c.k(r.alnum(32))} ip=${c.s(publicIp(r), 'ip', 'ipv4')} action=${c.k('revoke_family')} ${c.k('http=403')}`);
  },
  token_endpoint(r, c) {
    const code = r.b64url(43); const verifier = r.b64url(64);
    return o({ level: 20, time: r.ts(), svc: 'oauth-server', msg: '/oauth/token', grant_type: c.k('authorization_code'), body: { code: c.s(code, 'token', 'auth_code'), code_verifier: c.s(verifier, 'other_secret', 'pkce_verifier'), redirect_uri: c.k('https://app.' + r.pick(TENANTS) + '.com/callback') }, response: { access_token: c.s(jwt(r), 'token', 'jwt'), expires_in: c.kf('expires_in', 86400) } });
  },
  signup_profile(r, c) {
    const p = person(r); const nid = nationalId(r);
    return o({ level: 30, time: r.ts(), svc: 'signup', msg: 'progressive profiling completed', user_id: c.k('auth0|' + r.hex(24)), fields: { given_name: c.s(p.name, 'person_name', p.script.toLowerCase()), birthdate: c.s(dob(r), 'dob', 'signup'), national_id: c.s(nid.value, 'national_id', nid.sub), address: c.s(r.pick(ADDRESSES), 'address', 'signup') }, form: c.k('kyc-step-2'), locale: r.pick(['es', 'pt', 'pl', 'sv', 'fi', 'nl', 'zh']) });
  },
  session_cookie(r, c) {
    const a = r.b64url(32); const did = `s%3Av0%3A${r.uuid()}.${r.b64url(43)}`; const ga = `GA1.2.${r.digits(10)}.${r.epoch()}`;
    return t(`${r.ts()} ul-server ${publicIpHost(r, c)} "GET /authorize?client_id=${c.k(r.alnum(32))}&response_type=code ${c.k('HTTP/1.1" 302')} cookie="auth0=${c.s(a, 'cookie', 'session')}; did=${c.s(did, 'cookie', 'did')}; _ga=${c.s(ga, 'cookie', 'ga')}"`);
  },
  set_cookie(r, c) {
    const sid = r.b64url(40);
    return o({ level: 20, time: r.ts(), svc: 'ul-server', msg: 'response headers', res: { statusCode: 302, headers: { location: c.k('/u/mfa-otp-challenge?state=' + r.alnum(6) + '...'), 'set-cookie': [`__Host-sid=${c.s(sid, 'cookie', 'set_cookie')}; Path=/; Secure; HttpOnly; SameSite=Lax`, `auth0_compat=${c.s(r.b64url(32), 'cookie', 'set_cookie')}; Max-Age=259200; Path=/`] } }, session: { maxAge: c.kf('maxAge', 259200) }, region: c.k(r.pick(REGIONS)) });
  },
  custom_db(r, c) {
    const pw = password(r).value;
    return o({ level: 50, time: r.ts(), svc: 'custom-db-script', msg: 'login script failed', script: 'login', connection: c.k('legacy-mysql'), configuration: { MYSQL_HOST: c.k('legacy-db.' + r.pick(TENANTS) + '.com'), MYSQL_PASSWORD: c.s(pw, 'password', 'script_config') }, err: { code: c.k('ER_ACCESS_DENIED_ERROR'), errno: c.kf('errno', 1045) }, region: r.pick(CITIES) });
  },
  home_dir_cli(r, c) {
    const u = homeUser(r);
    return t(`${r.ts()} idp-cli ${c.k(ver(r))} deploy: reading tenant config from /home/${c.s(u, 'home_path', 'linux')}/projects/${r.pick(TENANTS)}/tenant.yaml (keyword replace: ##API_URL##) took ${c.k(r.int(100, 900) + 'ms')}`);
  },
};

function latlngText(r, c) { const [a, b] = latlng(r); return `${c.s(a, 'geo', 'lat')},${c.s(b, 'geo', 'lng')}`; }
function publicIpHost(r, c) { return c.s(publicIp(r), 'ip', 'clf'); }
