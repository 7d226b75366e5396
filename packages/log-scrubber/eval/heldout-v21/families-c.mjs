// Payments, payouts, KYC, fraud/T&S, support, Node services, mobile SDKs, partner APIs, pipelines, infra.
const base = (r, name) => ({ level: r.g.pick([30, 30, 40, 50]), time: r.g.epochMs(), name, reqId: r.uuid() });

export function stripeCharge(r) {
  return { format: 'object', record: { ...base(r, 'payments-api'), msg: 'charge failed', stripe: { key: r.key('api_key', 'stripe_secret'), host: r.host() }, decline: r.err(), amount: r.kf('amount', r.g.int(500, 20000)), order: r.order() } };
}
export function cardTokenizeLeak(r) {
  const c = r.card();
  return { format: 'text', record: `${r.ts()} ERROR checkout-web tokenize failed body={"number":"${c.value}","exp":"0${r.g.int(1, 9)}/2${r.g.int(7, 9)}","cvc":"${r.s('other_secret', 'cvc', r.g.digits(3))}"} ${r.k("status=402")}` };
}
export function sellerKyc(r) {
  const n = r.latin(); const d = r.dob();
  return { format: 'object', record: { ...base(r, 'kyc-worker'), msg: 'identity verification result', seller: { name: n.full, dob: d.value, nationalId: r.nid(), address: r.addr().value }, provider: r.k('onfido'), result: r.k('consider'), docCheckMs: r.kf('docCheckMs', r.g.int(200, 9000)) } };
}
export function taxFormW9(r) {
  return { format: 'text', record: `tax-forms ${r.ts()} W-9 received payee="${r.name()}" tin=${r.nid('us_ssn')} form_id=${r.uuid()} ${r.k("year=2026")}` };
}
export function sepaPayout(r) {
  return { format: 'object', record: { ...base(r, 'payout-rail'), msg: 'SEPA credit transfer queued', batch: r.k('PB-' + r.g.digits(8)), creditor: { name: r.name(), iban: r.iban(r.g.pick(['DE', 'FR', 'ES', 'NL', 'IT', 'BE', 'AT', 'PT', 'IE', 'FI'])) }, amount: r.kf('amountMinor', r.g.int(1000, 500000)), endToEndId: r.order() } };
}
export function fraudReview(r) {
  return { format: 'object', record: { ...base(r, 'fraud-review'), msg: 'case opened', caseId: r.k('FR-' + r.g.digits(7)), signals: { ip: r.ip(), deviceId: r.uuid(), velocity: r.kf('velocity1h', r.g.int(3, 40)), cardBin: r.kf('bin', r.g.digits(6)) }, account: { email: r.email(), phone: r.phone() }, rule: r.k('MULTI_ACCOUNT_DEVICE') } };
}
export function trustSafetyNote(r) {
  return { format: 'text', record: `ts-console ${r.ts()} agent=${r.k('agent-' + r.g.int(100, 999))} note: "Verified ${r.name()} via video; DOB ${r.dob().value}; lives at ${r.addr().value}. Ban lifted." case=${r.k('FR-' + r.g.digits(7))}` };
}
export function supportTicket(r) {
  const bodies = [
    () => `My driver ${r.name()} was rude. Call me at ${r.phone()}`,
    () => `Mi tarjeta ${r.card().value} fue cobrada dos veces`,
    () => `Je n'ai jamais reçu ma commande, mon adresse est ${r.addr().value}`,
    () => `Mein Passwort ist ${r.pw('support_text')} und es geht nicht`,
    () => `Il pacco non è arrivato, scrivetemi a ${r.email()}`,
    () => `Meu IBAN para reembolso: ${r.iban('PT')}`,
    () => `荷物が届いていません。電話番号は${r.phone()}です`,
    () => `환불해 주세요. 제 이메일은 ${r.email()}입니다`,
    () => `Не пришёл заказ, мой телефон ${r.phone()}`,
    () => `لم يصل طلبي، عنواني ${r.addr().value}`,
    () => `Zamówienie nie dotarło, PESEL ${r.nid('pl_pesel')} do faktury`,
    () => `Graag terugbetalen, BSN ${r.nid('nl_bsn')}`,
  ];
  return { format: 'object', record: { ...base(r, 'support-desk'), msg: 'ticket created', ticket: r.order(), channel: r.k('in_app'), body: r.g.pick(bodies)(), product: r.product() } };
}
export function zendeskSync(r) {
  return { format: 'text', record: `${r.ts()} zendesk-sync POST https://marketplace.zendesk.com/api/v2/tickets.json 201 requester=${r.email()} name="${r.name()}" auth=Basic ${r.s('password', 'basic_auth', Buffer.from(`support@marketplace.example/token:${r.g.str(40)}`).toString('base64'))}` };
}
export function koaAccessLog(r) {
  return { format: 'text', record: `${r.ip()} - - [${r.ts()}] "GET /v2/orders/${r.order()}?access_token=${r.bearer()} HTTP/1.1" ${r.k("200")} ${r.g.int(200, 9000)} "-" "${r.k(`CourierApp/${r.g.version()} (iOS 18.2)`)}"` };
}
export function expressCookies(r) {
  return { format: 'object', record: { ...base(r, 'web-bff'), msg: 'request completed', req: { method: 'GET', url: `/account/trips/${r.id('trip')}`, headers: { cookie: `sid=${r.cookie('session')}; _ga=${r.cookie('ga')}; _fbp=${r.cookie('fbp')}; theme=dark`, host: r.k('www.marketplace.example') } }, res: { statusCode: r.kf('statusCode', 200) }, responseTime: r.kf('responseTime', r.g.int(4, 900)) } };
}
export function setCookieResp(r) {
  return { format: 'text', record: `${r.ts()} nest-auth Set-Cookie: refresh_token=${r.cookie('refresh')}; Path=/; HttpOnly; Secure; ${r.k('Max-Age=2592000')}; SameSite=Lax user=${r.id('usr')}` };
}
export function nestConfigDump(r) {
  return { format: 'object', record: { ...base(r, 'booking-api'), msg: 'config loaded', config: { database: { url: `postgres://booking:${r.s('connection_string', 'postgres', r.g.str(20))}@${r.k('db-booking.internal')}:5432/${r.k('bookings')}` , poolMax: r.kf('poolMax', 20) }, jwt: { secret: r.s('other_secret', 'jwt_hmac', r.g.b64(44)), expiresIn: r.kf('expiresIn', '15m') }, session: { maxAge: r.kf('maxAge', 3600) } }, version: r.ver() } };
}
export function mongoConn(r) {
  return { format: 'text', record: `${r.ts()} worker[${r.g.int(1, 16)}] connecting mongodb+srv://dispatch_rw:${r.s('connection_string', 'mongodb', r.g.str(16) + '%40' + r.g.digits(2))}@${r.k('cluster0.ab1cd.mongodb.net')}/dispatch?retryWrites=true ${r.k('poolSize=50')}` };
}
export function redisAmqp(r) {
  const useRedis = r.g.chance(0.5);
  const pw = r.s('connection_string', useRedis ? 'redis' : 'amqp', r.g.str(24));
  return { format: 'object', record: { ...base(r, 'queue-worker'), msg: 'broker connected', url: useRedis ? `rediss://default:${pw}@${r.k('cache-eta.xyz.use1.cache.amazonaws.com')}:6379` : `amqps://courier:${pw}@${r.k('b-1234.mq.eu-west-1.amazonaws.com')}:5671/vhost`, reconnectMs: r.kf('reconnectMs', 5000) } };
}
export function azureBlob(r) {
  return { format: 'text', record: `${r.ts()} pod-archiver using DefaultEndpointsProtocol=https;AccountName=${r.k('podarchive' + r.g.digits(2))};AccountKey=${r.s('connection_string', 'azure_storage', r.g.b64(86) + '==')};EndpointSuffix=core.windows.net container=${r.k('pod-photos')}` };
}
export function envDumpCi(r) {
  const vendors = [['api_key', 'aws_akid', 'AWS_ACCESS_KEY_ID'], ['api_key', 'aws_secret', 'AWS_SECRET_ACCESS_KEY'], ['token', 'github_pat', 'GH_TOKEN'], ['token', 'gitlab_pat', 'GITLAB_TOKEN'], ['token', 'npm', 'NPM_TOKEN'], ['token', 'pypi', 'PYPI_API_TOKEN'], ['token', 'dockerhub', 'DOCKERHUB_TOKEN'], ['api_key', 'datadog_api', 'DD_API_KEY'], ['api_key', 'sendgrid', 'SENDGRID_API_KEY'], ['api_key', 'openai', 'OPENAI_API_KEY'], ['api_key', 'anthropic', 'ANTHROPIC_API_KEY'], ['token', 'github_fine', 'RELEASE_PAT']];
  const lines = [];
  for (let i = 0; i < 2; i++) { const [k, v, n] = r.g.pick(vendors); lines.push(`${n}=${r.key(k, v)}`); }
  return { format: 'text', record: `[ci] ${r.ts()} job=${r.k('deploy-dispatch-' + r.g.int(1000, 9999))} env: NODE_ENV=production ${lines.join(' ')} COMMIT_SHA=${r.sha()}` };
}
export function mobileCrashReport(r) {
  return { format: 'object', record: { ...base(r, 'crash-ingest'), msg: 'crash symbolicated', app: r.k('com.marketplace.courier'), version: r.ver(), buildPath: r.home(), user: { email: r.email() }, exception: r.k('java.lang.IllegalStateException'), sha: r.sha() } };
}
export function devToolingLog(r) {
  return { format: 'text', record: `npm ERR! ${r.ts()} could not read ${r.home()} code ${r.k('EACCES')} node ${r.k('v20.11.1')}` };
}
export function webpackBuild(r) {
  return { format: 'object', record: { ...base(r, 'build-agent'), msg: 'bundle emitted', cwd: r.home(), hash: r.sha(), sizeKb: r.kf('sizeKb', r.g.int(200, 4000)), durationMs: r.kf('durationMs', r.g.int(1000, 90000)) } };
}
export function tlsSecretMount(r) {
  return { format: 'object', record: { ...base(r, 'k8s-secret-sync'), msg: 'secret rendered (debug)', namespace: r.k('logistics-prod'), secret: r.k('partner-mtls'), data: { 'tls.key': r.pem(r.g.pick(['RSA PRIVATE KEY', 'EC PRIVATE KEY', 'PRIVATE KEY'])) }, resourceVersion: r.k(String(r.g.int(1e6, 9e6))) } };
}
export function gcpServiceAccount(r) {
  const proj = r.k('mkt-logistics-' + r.g.int(100, 999));
  return { format: 'object', record: { ...base(r, 'pipeline-runner'), msg: 'credentials loaded', credentials: { type: 'service_account', project_id: proj, private_key_id: r.g.hex(40), private_key: r.pem('PRIVATE KEY'), client_email: r.k(`etl-runner@${proj}.iam.gserviceaccount.com`) }, mapsKey: r.key('api_key', 'gcp_api') } };
}
export function pgpPayoutFile(r) {
  return { format: 'text', record: `${r.ts()} bank-sftp signing payout file ${r.k('PAYOUT_' + r.g.digits(8) + '.xml')} with key ${JSON.stringify(r.pgp())} passphrase=${r.pw('pgp_passphrase')}` };
}
export function slackAlert(r) {
  return { format: 'object', record: { ...base(r, 'alert-router'), msg: 'posting alert', webhook: r.key('other_secret', 'slack_webhook'), bot: r.key('token', 'slack_bot'), alert: r.k('DispatchLatencyHigh'), p99Ms: r.kf('p99Ms', r.g.int(800, 5000)) } };
}
export function partnerOauth(r) {
  return { format: 'text', record: `${r.ts()} partner-api token exchange client_id=${r.k('cli_' + r.g.hex(16))} client_secret=${r.pw('client_secret')} grant_type=client_credentials -> access_token=${r.jwt('jwt_access', { sub: 'partner', scope: 'orders:read' })} ${r.k("expires_in=3600")}` };
}
export function dataPipelineRow(r) {
  const n = r.latin();
  return { format: 'object', record: { ...base(r, 'etl-bookings'), msg: 'row rejected', table: r.k('dw.fact_bookings'), row: { guest_name: n.full, guest_email: r.email(n), ni_number: r.nid('uk_nino'), card: r.card().value, created_at: r.ts() }, reason: r.err() } };
}
export function paymentsBraintree(r) {
  const v = r.g.pick(['braintree', 'adyen', 'square', 'plaid', 'mailgun', 'mapbox_secret', 'shopify_secret', 'twilio_apikey', 'datadog_app', 'github_oauth']);
  return { format: 'object', record: { ...base(r, 'integrations'), msg: 'client initialised', provider: r.k(v), credential: r.key(['github_oauth'].includes(v) ? 'token' : 'api_key', v), timeoutMs: r.kf('timeoutMs', 10000), region: r.k('eu-west-1') } };
}
export function sshDeploy(r) {
  return { format: 'text', record: `${r.ts()} deploy-bot ssh ${r.k('deploy@bastion.logistics.example')} key loaded from ${r.home()} fingerprint=${r.k('SHA256:' + r.g.b64(43))} from ${r.ip()}` };
}
export function edgeWaf(r) {
  return { format: 'object', record: { ...base(r, 'edge-waf'), msg: 'request blocked', client: { ip: r.ip(), rdns: r.rhost() }, rule: r.k('942100'), path: '/api/login', status: r.kf('status', 403) } };
}
export function loginAudit(r) {
  return { format: 'text', record: `${r.ts()} auth-svc login failed user=${r.email()} password=${r.pw('login_form')} ip=${r.ip()} attempts=${r.k('attempts=3')} lockout=${r.k('lockoutSeconds=900')}` };
}
export function otpSms(r) {
  return { format: 'object', record: { ...base(r, 'otp-sender'), msg: 'otp sent', to: r.phone(), code: r.pin('otp', 6), provider: r.host(), ttlSeconds: r.kf('ttlSeconds', 300), template: r.k('otp_login_v2') } };
}
export function totpEnrol(r) {
  return { format: 'text', record: `${r.ts()} mfa enrol user=${r.id('usr')} otpauth://totp/Marketplace:${r.email()}?secret=${r.s('other_secret', 'totp_seed', r.g.str(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'))}&issuer=Marketplace recovery=${r.s('other_secret', 'recovery_code', r.g.lower(5) + '-' + r.g.lower(5))}` };
}
export function infraMetrics(r) {
  return { format: 'object', record: { ...base(r, 'node-exporter'), msg: 'metrics', host: r.k(`ip-10-${r.g.int(0, 255)}-${r.g.int(0, 255)}-${r.g.int(0, 255)}.eu-west-1.compute.internal`), cpu: r.kf('cpuPct', r.g.int(1, 99)), mem: r.kf('memMb', r.g.int(100, 8000)), uptime: r.kf('uptimeSeconds', r.g.int(100, 999999)), ownerEmail: r.email() } };
}
