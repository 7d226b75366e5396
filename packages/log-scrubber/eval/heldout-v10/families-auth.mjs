// Identity flows (OAuth/OIDC, SAML), session stores, rate limiters and WAF events, MFA enrolment.
import * as v from './values.mjs';
import { UAS } from './families-common.mjs';

const enc = encodeURIComponent;
const IDP = ['https://login.quillstack.io', 'https://accounts.google.com', 'https://quillstack.eu.auth0.com', 'https://login.microsoftonline.com/common/v2.0'];

export function oauthAuthorize(c) {
  c.format = 'text';
  const clientId = c.k(v.oauthClientId());
  const challenge = c.k(v.b64url(43));
  const redirect = `https%3A%2F%2F${v.pick(['app.quillstack.io', 'lumenboard.app'])}%2Fauth%2Fcallback`;
  const hint = v.chance(0.6) ? `&login_hint=${c.s('email', 'login_hint', enc(v.email()))}` : '';
  return `${c.time()} info oidc-provider GET /authorize?response_type=code&client_id=${enc(clientId)}&redirect_uri=${redirect}&scope=${c.k('openid%20profile%20email%20offline_access')}&state=${v.b64url(22)}&code_challenge=${challenge}&code_challenge_method=S256${hint} ip=${c.ip('oidc_authorize')}`;
}

export function oauthCallback(c) {
  c.format = 'text';
  const code = c.s('token', 'auth_code', v.pick([() => v.b64url(43), () => `4/0A${v.b64url(60)}`, () => v.hex(20)])());
  const err = v.chance(0.3);
  return `${c.time()} ${err ? 'warn' : 'info'} passport GET /auth/callback?code=${code}&state=${v.b64url(22)}&scope=email+profile ${err ? 'error=invalid_grant (code already used)' : '302 -> /dashboard'} session=${c.s('cookie', 'session_in_text', v.b64url(32))} took=${c.k(`${v.int(30, 900)}ms`)}`;
}

export function tokenExchange(c) {
  const asObj = v.chance(0.5);
  const grant = v.pick(['authorization_code', 'refresh_token']);
  const req = { grant_type: asObj ? c.kf('grant_type', grant) : c.k(`grant_type=${grant}`) && grant, client_id: c.k(v.oauthClientId()), redirect_uri: 'https://app.quillstack.io/auth/callback' };
  if (req.grant_type === 'authorization_code') { req.code = c.s('token', 'auth_code', v.b64url(43)); req.code_verifier = c.s('other_secret', 'pkce_verifier', v.b64url(64)); } else req.refresh_token = c.s('token', 'refresh_token', v.b64url(v.int(40, 60)));
  if (v.chance(0.7)) req.client_secret = c.s('other_secret', 'client_secret', v.clientSecret());
  const res = { access_token: c.s('token', 'access_token', v.chance(0.5) ? v.jwt({ scope: 'read write' }) : v.opaqueToken()), token_type: c.kf('token_type', 'Bearer'), expires_in: c.kf('expires_in', v.pick([3600, 900, 86399])), scope: c.kf('scope', 'openid profile email') };
  if (v.chance(0.6)) res.id_token = c.s('token', 'id_token', v.jwt({ email: v.email(), name: 'x', nonce: v.b64url(16) }));
  if (v.chance(0.5)) res.refresh_token = c.s('token', 'refresh_token', v.b64url(48));
  return { level: 'debug', msg: 'token endpoint exchange', issuer: c.k(v.pick(IDP)), durationMs: c.kf('durationMs', v.int(20, 700)), request: asObj ? req : Object.entries(req).map(([key, x]) => `${key}=${x}`).join('&'), response: res };
}

export function userinfo(c) {
  const p = v.person();
  const info = { sub: v.uuid(), name: c.name(p), email: c.email(p, 'userinfo'), email_verified: c.kf('email_verified', true), locale: c.kf('locale', v.pick(['de-DE', 'fr-FR', 'ja-JP', 'pt-BR', 'tr-TR'])), zoneinfo: c.k(v.pick(['Europe/Berlin', 'Asia/Tokyo', 'America/Sao_Paulo'])) };
  if (v.chance(0.3) && p.first.length > 1 && p.last.length > 1) { info.given_name = c.s('person_name', 'given_name', p.first); info.family_name = c.s('person_name', 'family_name', p.last); }
  if (v.chance(0.5)) info.birthdate = c.dob('iso');
  if (v.chance(0.5)) info.phone_number = c.phone('userinfo', 'e164');
  if (v.chance(0.4)) info.address = { street_address: c.addr(), country: c.k(v.pick(['Germany', 'Japan', 'Brazil', 'Türkiye'])) };
  return { level: 'info', msg: 'userinfo fetched', provider: c.k(v.pick(['google', 'azuread', 'auth0', 'keycloak'])), profile: info, tookMs: c.kf('tookMs', v.int(10, 600)) };
}

export function saml(c) {
  c.format = 'text';
  const p = v.person();
  return v.pick([
    () => `${c.time()} debug saml2 ACS POST /saml/acs RelayState=${c.k(`/app/${v.lower(8)}`)} SAMLResponse=${c.s('token', 'saml_response', `PHNhbWxwOlJlc3BvbnNl${v.b64(v.int(300, 500))}`)}`,
    () => `${c.time()} info saml2 assertion ${c.k(`_${v.hex(40)}`)} InResponseTo="${c.k(`_${v.hex(32)}`)}" Issuer=${c.k('https://idp.kestrel-health.fr/saml2')} <saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${c.email(p, 'saml_nameid')}</saml:NameID><saml:Attribute Name="displayName"><saml:AttributeValue>${c.name(p)}</saml:AttributeValue></saml:Attribute>`,
    () => `${c.time()} error saml2 failed to sign AuthnRequest with SP key ${JSON.stringify(c.s('private_key', 'pem_json_escaped', v.pemKey('PRIVATE KEY'))).slice(1, -1)} (cert fingerprint ${c.k(v.fingerprint())})`,
  ])();
}

export function sessionStore(c) {
  const p = v.person();
  const sid = c.s('cookie', 'session_id', v.b64url(32));
  return {
    level: 20, msg: v.pick(['session saved', 'session regenerated', 'session touch']), store: c.k(v.pick(['connect-redis', 'connect-pg-simple', 'koa-redis'])), key: `sess:${sid}`,
    session: { cookie: { originalMaxAge: c.kf('originalMaxAge', 86400000), httpOnly: c.kf('httpOnly', true), secure: true, sameSite: 'lax' },
      passport: { user: { id: c.k(`usr_${v.alnum(12)}`), email: c.email(p, 'session_passport'), displayName: c.name(p) } },
      csrfSecret: c.s('other_secret', 'csrf_secret', v.b64url(24)), lastIp: c.ip('session_last_ip'), flash: {} },
    ttl: c.kf('ttl', 86400),
  };
}

export function rateLimiter(c) {
  const ip1 = c.ip('map_key'); const ip2 = v.privateIp();
  const em = c.email(undefined, 'map_key');
  c.maps.push(['hitsByKey']);
  return {
    level: 'warn', msg: 'rate limit exceeded', limiter: c.k(v.pick(['login-bruteforce', 'api-global', 'password-reset'])), windowMs: c.kf('windowMs', 900000), max: c.kf('max', v.pick([5, 10, 100])),
    hitsByKey: { [ip1]: v.int(6, 40), [ip2]: v.int(1, 5), [`email:${em}`]: v.int(3, 12) },
    retryAfter: c.kf('retryAfter', v.int(30, 900)), store: 'redis', resetTime: c.time(),
  };
}

export function waf(c) {
  const body = v.pick([
    () => `username=${c.s('email', 'waf_body', enc(v.email()))}&password=${c.s('password', 'waf_body', enc(`' OR '1'='1${v.alnum(4)}`))}`,
    () => `{"cardNumber":"${c.card()}","cvc":"***","name":"<script>alert(1)</script>"}`,
    () => `q=${enc('../../etc/passwd')}&token=${c.s('token', 'waf_body', v.b64url(36))}`,
  ])();
  return {
    event: 'waf.match', ruleId: c.kf('ruleId', v.pick(['942100', '941110', '930120', '200003'])), action: c.kf('action', v.pick(['block', 'log'])), severity: c.kf('severity', v.pick(['CRITICAL', 'WARNING'])),
    clientIp: c.ip('waf_client'), host: c.host(), uri: `/auth/login`, matchedData: body.slice(0, 200), requestBody: body,
    headers: [['user-agent', v.pick(UAS)], ['cookie', `sid=${c.s('cookie', 'waf_header_array', v.b64url(32))}`], ['x-request-id', c.reqId()]],
  };
}

export function mfaEnrol(c) {
  const p = v.person();
  const seed = c.s('other_secret', 'totp_seed', v.totpSeed());
  const codes = v.recoveryCodes(v.int(2, 3)).map((x) => c.s('other_secret', 'recovery_code', x));
  return v.pick([
    () => ({ level: 'debug', msg: 'mfa enrolment started', user: c.email(p, 'mfa'), otpauth: `otpauth://totp/${c.k('Quillstack')}:${c.s('email', 'otpauth_label', enc(v.email(p)))}?secret=${seed}&issuer=Quillstack&algorithm=SHA1&digits=${c.k('6')}&period=30`, recoveryCodes: codes, digits: c.kf('digits', 6) }),
    () => ({ level: 'info', msg: 'mfa verified', userId: c.k(`usr_${v.alnum(12)}`), factor: { type: c.kf('type', 'totp'), secret: seed, createdAt: c.time() }, backupCodesRemaining: c.kf('backupCodesRemaining', codes.length), recovery: codes.join(' ') }),
  ])();
}
