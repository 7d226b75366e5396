// Public API, auth, webhooks, SCIM/SSO and admin audit sources of a multi-tenant SaaS.
import * as V from './values.mjs';
const { pick, int, chance, hex, alnum, b64url, digits } = V;
const enc = encodeURIComponent;

export const familiesA = {
  koa_access(r) {
    const key = chance(0.5) ? r.key() : null;
    const tok = key ? null : r.tok();
    const ip = r.ipPub();
    const rec = {
      level: 30, time: r.k(V.isoTs()), msg: 'request completed', reqId: r.k(V.reqId()),
      req: { method: pick(['GET', 'POST', 'PATCH']), url: `/v2/tenants/${r.k(V.tenantSlug())}/contacts?limit=${int(10, 200)}${key ? `&api_key=${key}` : ''}`,
        headers: { host: r.k(V.serviceHost()), 'user-agent': pick(['tessellate-node/3.4.1', 'python-requests/2.32.3', 'Zapier']), 'x-forwarded-for': `${ip}, ${r.ip()}`, ...(tok ? { authorization: `Bearer ${tok}` } : {}) } },
      res: { statusCode: r.kf('statusCode', pick([200, 201, 401, 429])) }, responseTime: int(3, 900),
    };
    return { format: 'object', record: rec };
  },
  express_combined(r) {
    const ip = chance(0.3) ? r.ip6() : r.ipPub();
    const label = r.s('email', 'urlencoded', enc(V.email(chance(0.5) ? V.latinName() : undefined)));
    const q = pick(['email', 'q', 'filter[email]']);
    const line = `${ip} - - [14/Mar/2025:${int(10, 23)}:${int(10, 59)}:${int(10, 59)} +0000] "GET /api/v1/members/search?${q}=${label}&tenant=${r.k(V.tenantSlug())} HTTP/1.1" ${pick([200, 404, 500])} ${int(200, 9000)} "https://app.tessellate.io/members" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)" rt=${int(1, 900) / 1000}`;
    return { format: 'text', record: line };
  },
  nest_webhook_worker(r) {
    const secret = r.sec('webhook_signing_secret', V.webhookSecret());
    const evt = r.k(`evt_${alnum(24)}`);
    const pid = int(20, 9999);
    const line = `[Nest] ${pid}  - 03/${int(10, 28)}/2025, ${int(1, 12)}:${int(10, 59)}:${int(10, 59)} PM     LOG [WebhookDispatcher] delivering ${evt} to https://hooks.${pick(['acme-logistics.com', 'verdeagro.com.br', 'kumolabs.jp'])}/tessellate attempt=1 secret=${secret} duration=${r.k(V.durationMs())}`;
    return { format: 'text', record: line };
  },
  next_server_error(r) {
    const c1 = r.cookie('next_auth_session'), c2 = r.cookie('csrf');
    const user = r.user();
    const lines = [
      ` ⨯ TypeError: Cannot read properties of undefined (reading 'plan')`,
      `    at AccountPage (/Users/${user}/src/tessellate/apps/web/.next/server/app/account/page.js:1:${int(1000, 9999)})`,
      `    at renderToStream (/Users/${user}/src/tessellate/node_modules/next/dist/server/app-render/app-render.js:1:${int(100, 999)}) {`,
      `  digest: '${r.k(String(int(100000000, 4000000000)))}',`,
      `  cookies: 'next-auth.session-token=${c1}; next-auth.csrf-token=${c2}'`, '}',
    ];
    return { format: 'text', record: lines.join('\n') };
  },
  oauth_client_credentials(r) {
    const cs = r.s('api_key', 'oauth_client_secret', V.clientSecret());
    const at = r.s('token', 'access_token', `tsl_at_${b64url(40)}`);
    const rt = r.s('token', 'refresh_token', `tsl_rt_${b64url(48)}`);
    const form = `grant_type=client_credentials&client_id=${V.lower(20)}&client_secret=${cs}&scope=contacts.read%20webhooks.write`;
    const rec = { event: 'oauth.token.issued', tenant: r.k(V.tenantSlug()), request: { body: form, ip: r.ipPub() },
      response: JSON.stringify({ access_token: at, token_type: 'Bearer', expires_in: 3600, refresh_token: rt }), config: { tokenTtlSeconds: r.kf('tokenTtlSeconds', 3600), refreshTokenRotation: r.kf('refreshTokenRotation', true) } };
    return { format: 'object', record: rec };
  },
  api_key_rejected(r) {
    const k = r.key();
    const line = pick([
      () => `WARN api-gateway: rejected request ${r.k(V.reqId())}: invalid api key "${k}" for tenant ${r.k(V.tenantSlug())} from ${r.ipPub()} (code=${r.k('E_KEY_REVOKED')})`,
      () => `auth: X-Api-Key=${k} not found in table ${r.k('public.api_keys')} status=401 ip=${r.ipPub()}`,
    ])();
    return { format: 'text', record: line };
  },
  webhook_delivery(r) {
    const sig = r.sec('hmac_signature', hex(64));
    const ts = int(1735000000, 1745000000);
    const payload = { id: r.k(`evt_${alnum(24)}`), type: 'contact.updated', data: { object: { id: r.k(V.uuid()), name: r.name(), email: r.email(), phone: r.phone(), company: r.k(V.company()) } } };
    const rec = { msg: 'webhook delivered', endpoint: `https://${pick(['api.customer-crm.io', 'hooks.nordlicht-logistik.de', 'integrations.blueharbor.com'])}/webhooks/tessellate`,
      headers: { 'Tessellate-Signature': `t=${ts},v1=${sig}`, 'Content-Type': 'application/json' }, body: JSON.stringify(payload), status: r.kf('status', pick([200, 202, 204])), latency: r.k(V.durationMs()) };
    return { format: 'object', record: rec };
  },
  webhook_retry_text(r) {
    const n = r.name(), e = r.email(), a = r.addr();
    const body = JSON.stringify({ type: 'invoice.paid', data: { customer: { name: n, email: e, address: a } } });
    const line = `webhook-retry attempt=${int(2, 8)}/8 endpoint=${r.k(V.uuid())} error=${r.k(pick(['ETIMEDOUT', 'ECONNRESET', 'ERR_WEBHOOK_TIMEOUT']))} next_in=${int(30, 3600)}s payload=${body}`;
    return { format: 'text', record: line };
  },
  stripe_inbound(r) {
    const v1 = r.sec('stripe_signature', hex(64));
    const whsec = chance(0.4) ? r.sec('webhook_signing_secret', `whsec_${alnum(32)}`) : undefined;
    const cust = { id: `cus_${alnum(14)}`, object: 'customer', name: r.name('latin'), email: r.email(), phone: r.phone(),
      address: { line1: r.s('address', 'line1', `${int(1, 300)} ${pick(['Hauptstraße', 'Rue Oberkampf', 'High Street', 'Via Roma'])}`), city: pick(['Köln', 'Lyon', 'Leeds', 'Torino']), postal_code: digits(5), country: pick(['DE', 'FR', 'GB', 'IT']) },
      tax_ids: { data: [{ type: 'eu_vat', value: r.k(V.vatBiz()) }] } };
    const rec = { source: 'stripe-webhook', headers: { 'stripe-signature': `t=${int(1735000000, 1745000000)},v1=${v1}` }, endpointSecret: whsec,
      event: { id: r.k(`evt_${alnum(24)}`), type: 'customer.updated', api_version: r.k('2024-06-20'), data: { object: cust } } };
    return { format: 'object', record: rec };
  },
  scim_create_user(r) {
    const gn = r.first(), fn = r.last();
    const bearer = r.s('token', 'scim_bearer', `scim_${b64url(40)}`);
    const body = { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
      userName: r.email(`${gn} ${fn}`), name: { givenName: gn, familyName: fn }, active: true,
      emails: [{ value: r.email(), type: 'work', primary: true }], phoneNumbers: [{ value: r.phone(), type: 'mobile' }],
      ...(chance(0.4) ? { password: r.pw('scim_password') } : {}),
      addresses: chance(0.5) ? [{ type: 'home', formatted: r.addr() }] : [],
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { department: pick(['Finance', 'Vertrieb', 'Operations']), costCenter: r.k(`CC-${digits(4)}`) } };
    const rec = { method: 'POST', path: '/scim/v2/Users', tenant: r.k(V.tenantSlug()), idp: pick(['okta', 'azure-ad', 'onelogin', 'jumpcloud']), authorization: `Bearer ${bearer}`, body, status: r.kf('status', pick([201, 409])) };
    return { format: 'object', record: rec };
  },
  scim_patch_text(r) {
    const ops = JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', path: 'displayName', value: r.name() }, { op: 'replace', path: 'phoneNumbers[type eq "work"].value', value: r.phone() }] });
    const line = `scim ${r.k(V.reqId())} PATCH /scim/v2/Users/${r.k(V.uuid())} tenant=${V.tenantSlug()} body=${ops} -> ${r.k('204')} in ${r.k(V.durationMs())}`;
    return { format: 'text', record: line };
  },
  saml_acs(r) {
    const nm = r.name();
    const rec = { component: 'sso.saml', msg: pick(['assertion accepted', 'assertion rejected']), errorCode: r.k(pick(['ERR_SAML_AUDIENCE', 'ERR_SAML_NOT_BEFORE', 'OK'])),
      issuer: r.k(pick(['http://www.okta.com/exk1a2b3c4d5', 'https://sts.windows.net/' + V.uuid() + '/', 'https://accounts.google.com/o/saml2?idpid=C0' + digits(7)])),
      nameId: r.email(), attributes: { displayName: [nm], 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress': [r.email()], mobile: chance(0.5) ? [r.phone()] : [] },
      clientIp: r.ipPub(), relayState: `/t/${V.tenantSlug()}/dashboard`, assertionId: r.k(`_${hex(32)}`), ...(chance(0.35) ? { spConfig: { entityId: 'https://auth.tessellate.io/saml/metadata', privateKey: r.pem(pick(['PRIVATE KEY', 'RSA PRIVATE KEY'])) } } : {}) };
    return { format: 'object', record: rec };
  },
  oidc_callback(r) {
    const code = r.s('token', 'oauth_code', b64url(43));
    const idt = r.s('token', 'id_token', V.jwt({ email: 'redacted', name: 'redacted' }));
    const line = `GET /auth/oidc/callback?code=${code}&state=${V.hex(16)}&session_state=${V.uuid()} 302 ${r.k(V.durationMs())} id_token=${idt} ip=${r.ip()}`;
    return { format: 'text', record: line };
  },
  admin_impersonation(r) {
    const rec = { audit: { id: r.k(`aud_${alnum(20)}`), action: r.k(pick(['impersonation.start', 'impersonation.end'])), at: r.k(V.isoTs()),
      actor: { email: r.email(), role: 'support_agent', ip: r.ipPub() }, target: { userId: r.k(V.uuid()), email: r.email(), displayName: r.name() },
      reason: pick([() => `Ticket ${r.k(V.ticketNo())}: customer cannot see invoices`, () => `Kunde ${r.name('latin')} bittet um Hilfe beim Export`, () => `Le client ${r.name('latin')} ne voit pas ses factures`])() } };
    return { format: 'object', record: rec };
  },
  admin_role_change(r) {
    const rec = { event: 'member.role_changed', tenant: r.k(V.tenantSlug()), actor: r.email(),
      changes: { role: { from: 'member', to: r.k(pick(['admin', 'billing_admin', 'owner'])) }, displayName: { from: r.name(), to: r.name() }, phone: { from: null, to: r.phone() } },
      policy: { requireMfa: r.kf('requireMfa', true), sessionMaxAgeHours: r.kf('sessionMaxAgeHours', pick([8, 12, 24])) } };
    return { format: 'object', record: rec, maps: [['changes']] };
  },
  admin_export(r) {
    const akid = r.s('api_key', 'aws_access_key_in_url', `AKIA${V.upper(16).replace(/[0189]/g, 'X')}`);
    const sig = r.sec('url_signature', hex(64));
    const url = `https://tessellate-exports-${V.region()}.s3.amazonaws.com/${V.tenantSlug()}/members-${digits(8)}.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${akid}%2F20250314%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20250314T101500Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=${sig}`;
    const line = `audit export.completed by=${r.email()} rows=${r.k(String(int(100, 90000)))} format=csv job=${r.k(V.uuid())} url=${url}`;
    return { format: 'text', record: line };
  },
  login_attempts(r) {
    const line = pick([
      () => `auth.login failed user=${r.email()} reason=bad_password ip=${r.ipPub()} attempts=${int(1, 5)} lockoutThreshold=${int(5, 10)} ua="Mozilla/5.0"`,
      () => `auth.login failed user="${r.pw('typed_in_username')}" reason=unknown_user ip=${r.ip()} req=${r.k(V.reqId())}`,
      () => `POST /login body=username=${enc(r.email())}&password=${r.upw('form_body')}&remember=1 -> 302 ${r.k(V.durationMs())}`,
    ])();
    if (line.includes('username=')) { const e = r.sensitive.find((s) => s.kind === 'email'); e.value = enc(e.value); e.sub = 'urlencoded'; }
    return { format: 'text', record: line };
  },
  mfa_events(r) {
    const codes = Array.from({ length: int(3, 6) }, () => r.sec('recovery_code', V.recoveryCode()));
    const line = pick([
      () => `mfa.recovery_codes.regenerated user=${r.k(V.uuid())} codes=[${codes.join(', ')}]`,
      () => `mfa.verify user=${r.email()} factor=totp code=${r.sec('otp', V.otp())} result=${pick(['ok', 'invalid'])} codes_left=${codes.length}`,
    ])();
    r.sensitive = r.sensitive.filter((s) => line.includes(s.value));
    return { format: 'text', record: line };
  },
  password_reset(r) {
    const t = r.s('token', 'reset_token', b64url(int(32, 48)));
    const rec = { event: 'password_reset.requested', email: r.email(), link: `https://app.tessellate.io/reset-password?token=${t}&utm_source=email`, ip: r.ipPub(),
      policy: { passwordMinLength: r.kf('passwordMinLength', pick([10, 12, 14])), resetTokenTtlMinutes: r.kf('resetTokenTtlMinutes', 30) } };
    return { format: 'object', record: rec };
  },
  next_auth_session(r) {
    const rec = { route: '/api/auth/session', cookies: { 'next-auth.session-token': r.cookie('next_auth_session'), '__Host-next-auth.csrf-token': r.cookie('csrf'), '__Secure-next-auth.callback-url': 'https%3A%2F%2Fapp.tessellate.io%2Fdashboard' },
      session: { user: { name: r.name(), email: r.email(), image: null }, expires: r.k(V.isoTs()) }, build: r.k(V.semver()) };
    return { format: 'object', record: rec, maps: [['cookies']] };
  },
  set_cookie_response(r) {
    const lines = [`HTTP/1.1 ${r.k('302 Found')}`, `Location: ${r.k('https://app.tessellate.io/onboarding')}`,
      `Set-Cookie: tsl_sid=${r.cookie('session')}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=86400`,
      `Set-Cookie: tsl_refresh=${r.cookie('refresh')}; Path=/auth; HttpOnly; Secure`, `X-Request-Id: ${r.k(V.reqId())}`];
    return { format: 'text', record: lines.join('\n') };
  },
  feature_flag_eval(r) {
    const rec = { flag: r.k(pick(['new-billing-portal', 'scim-groups-v2', 'bulk-import-xlsx'])), variation: pick([true, false]),
      context: { kind: 'user', key: V.uuid(), email: r.email(), name: r.name(), ip: chance(0.5) ? r.ipPub() : r.ip6(), custom: { tenant: r.k(V.tenantSlug()), plan: 'enterprise' } }, evaluationMs: int(0, 20) };
    return { format: 'object', record: rec };
  },
  webhook_endpoint_config(r) {
    const user = pick(['tessellate', 'hooks', 'integration']);
    const pw = r.upw('url_userinfo');
    const rec = { action: 'webhook_endpoint.created', endpoint: { id: r.k(`we_${alnum(16)}`), url: `https://${user}:${pw}@erp.${pick(['oakridge-legal.com', 'tidewater.co.uk', 'helios.it'])}/inbound/tessellate`, secret: r.sec('webhook_signing_secret', V.webhookSecret()), events: ['invoice.paid', 'member.created'] },
      settings: { maxRetries: r.kf('maxRetries', pick([5, 8, 10])), signatureTolerance: r.kf('signatureTolerance', 300) } };
    return { format: 'object', record: rec };
  },
  slack_integration(r) {
    const bot = r.s('token', 'slack_bot', `xoxb-${digits(12)}-${digits(13)}-${alnum(24)}`);
    const hook = r.sec('slack_webhook_path', alnum(24));
    const rec = { integration: 'slack', tenant: r.k(V.tenantSlug()), oauthResponse: { ok: true, access_token: bot, token_type: 'bot', scope: 'chat:write,incoming-webhook', team: { id: `T${V.upper(10)}`, name: r.k(V.company()) },
      incoming_webhook: { channel: '#billing-alerts', url: `https://hooks.slack.com/services/T${V.upper(8)}/B${V.upper(10)}/${hook}` }, authed_user: { id: `U${V.upper(10)}` } } };
    return { format: 'object', record: rec };
  },
  tax_id_validation(r) {
    const sole = chance(0.45);
    const id = sole ? r.s('national_id', 'es_nif_sole_trader', `ES${V.dni()}`) : r.k(V.vatBiz());
    const rec = { service: 'vies-check', customer: { company: sole ? r.name('latin') : r.k(V.company()), country: sole ? 'ES' : pick(['DE', 'FR', 'NL']), taxId: id, type: sole ? 'autonomo' : 'company' },
      result: { valid: true, consultationNumber: r.k(`WAPI${V.upper(12)}`) }, cacheTtlHours: 24 };
    if (sole) rec.customer.contact = { email: r.email(), phone: r.phone() };
    return { format: 'object', record: rec };
  },
};
