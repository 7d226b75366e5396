// Cloud SDKs, boot/config dumps, crash reports, rejections and cause chains, on-call notes, CI and infra.
import { V, J, setIn, frames, homeDir } from './common.mjs';

const LANG = [
  (b) => `Kundin schreibt: „Ich habe seit drei Tagen keine Bestätigung bekommen, bitte rufen Sie mich an: ${b.phone()}“`,
  (b) => `El cliente dice: "Me cobraron dos veces, mi IBAN es ${b.iban()}, devuélvanme el dinero por favor"`,
  (b) => `Klientka: „Nie mogę się zalogować, mój adres to ${b.addr()}, proszę o pilny kontakt”`,
  (b) => `顧客より：「注文がまだ届きません。電話番号は ${b.phone()} です。」`,
  (b) => `Client : « Mon colis n'est jamais arrivé, je suis joignable au ${b.phone()} »`,
  (b) => `Cliente: "Não recebi o reembolso, meu e-mail é ${b.email()}"`,
  (b) => `Клиент: «Не могу оплатить заказ, карта ${b.card()} отклонена»`,
  (b) => `Cliente: "Il pacco è stato consegnato all'indirizzo sbagliato, abito in ${b.addr()}"`,
];

export const ops = {
  aws_sdk_v3(b) {
    return { level: 'error', msg: 'S3 PutObject failed', err: { name: b.k(V.pick(['AccessDenied', 'SlowDown', 'ThrottlingException', 'ExpiredToken'])), $fault: 'client',
      $metadata: { httpStatusCode: 403, requestId: b.k(V.HEXU(16)), extendedRequestId: V.b64(76), attempts: 3, totalRetryDelay: V.int(100, 900) } },
      clientConfig: { region: b.k('eu-west-1'), credentials: { accessKeyId: b.s(`AKIA${V.upper(16)}`, 'api_key', 'aws_akid'), secretAccessKey: b.s(V.awsSecret(), 'api_key', 'aws_secret'), sessionToken: b.s(`IQoJb3JpZ2luX2Vj${V.b64(200)}`, 'token', 'aws_session') } },
      input: { Bucket: 'acme-exports', Key: `exports/${b.uuid()}.csv` } };
  },
  aws_presigned(b) {
    return `${b.ts()} WARN s3: presigned URL expired before download: https://acme-exports.s3.eu-west-1.amazonaws.com/invoices/${b.k(`INV-${V.digits(7)}`)}.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${b.s(`AKIA${V.upper(16)}`, 'api_key', 'aws_akid')}%2F20261116%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261116T031422Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=${b.other('aws_sigv4', V.hex(64))}`;
  },
  gcp_gaxios(b) {
    return { severity: 'ERROR', message: 'GaxiosError: invalid_grant', error: { code: 400, config: { url: b.k('https://oauth2.googleapis.com/token'), method: 'POST', headers: { Authorization: `Bearer ${b.s(`ya29.c.${V.b64url(140)}`, 'token', 'google_oauth')}` } },
      response: { data: { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' } } },
      credentials: J({ type: 'service_account', project_id: 'acme-prod-281704', private_key_id: b.other('gcp_key_id', V.hex(40)), private_key: b.pk(), client_email: b.k('exporter@acme-prod-281704.iam.gserviceaccount.com') }) };
  },
  azure_rest(b) {
    const key = b.conn('azure_account_key', `${V.b64(86)}==`);
    return { msg: 'RestError: The specified container does not exist.', code: b.k('ContainerNotFound'), statusCode: 404,
      request: { url: `https://acmeprod.blob.core.windows.net/uploads/${b.uuid()}?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-11-30T00:00:00Z&sig=${b.other('azure_sas_sig', encodeURIComponent(V.b64(43) + '='))}`, headers: { 'x-ms-client-request-id': b.uuid() } },
      connectionString: `DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=${key};EndpointSuffix=core.windows.net` };
  },
  azure_servicebus(b) {
    return `[azure:service-bus] error ServiceCommunicationError: getaddrinfo ENOTFOUND acme-bus.servicebus.windows.net, connection "Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${b.conn('azure_sas_key', `${V.b64(43)}=`)}" code=${b.k('ENOTFOUND')}`;
  },
  env_dump(b) {
    const lines = [`NODE_ENV=production`, `GIT_COMMIT=${b.sha()}`, `DATABASE_URL=postgres://shop:${b.conn('postgres_url')}@${b.host()}:5432/shop`, `STRIPE_SECRET_KEY=${b.s(`sk_live_${V.alnum(40)}`, 'api_key', 'stripe_secret')}`,
      `JWT_SECRET=${b.other('jwt_secret', V.alnum(48))}`, `SMTP_PASSWORD=${b.pw('env_pass')}`, `HOME=${homeDir(b).replace(/[/\\](src|work|repos)[/\\]shop-api$/, '')}`, `PORT=8080`, `${V.pick(['CI_ACCESS_TOKEN', 'DEPLOY_TOKEN', 'INTEGRATION_TOKEN'])}=${b.tok()}`];
    if (V.chance(0.5)) lines.push(`SAML_SP_KEY="${b.pk().replace(/\n/g, '\\n')}"`);
    return `[boot] process.env snapshot (LOG_ENV=1):\n${V.shuffle(lines).join('\n')}`;
  },
  config_boot(b) {
    const cfg = { app: { name: 'shop-api', version: b.ver(), commit: b.sha() }, db: { host: b.host(), user: 'shop', password: b.pw('config_json') },
      redis: { url: `redis://:${b.conn('redis_url')}@${b.k('redis-main.cache.internal')}:6379/1` }, auth: { cookieSecret: b.other('cookie_secret', V.alnum(32)) }, payments: { stripeKey: b.key() } };
    setIn(b, cfg.auth); setIn(b, cfg.app);
    if (V.chance(0.5)) b.map('config', 'db');
    return { msg: 'effective configuration', config: cfg };
  },
  inspect_config(b) {
    return `config loaded: {\n  database: { url: 'mysql://reporting:${b.conn('mysql_url')}@${b.host()}:3306/reporting', pool: { min: 2, max: 20 } },\n  mailer: { transport: 'smtp', auth: { user: '${b.email()}', pass: '${b.pw('inspect_pass')}' } },\n  encryption: { key: '${b.other('aes_key_b64', V.b64(43) + '=')}' },\n  owner: '${b.name()}'\n}`;
  },
  crash_report(b) {
    const home = homeDir(b);
    return { header: { reportVersion: 3, event: 'Allocation failed - JavaScript heap out of memory', trigger: 'FatalError', filename: `report.20261116.031522.${V.int(1000, 9999)}.0.001.json`,
      nodejsVersion: b.k(`v${V.pick(['20.11.1', '18.19.0', '22.3.0'])}`), cwd: home, commandLine: ['node', '--max-old-space-size=2048', 'dist/server.js'],
      networkInterfaces: [{ name: 'eth0', address: b.ip(), netmask: '255.255.255.0', family: 'IPv4' }, { name: 'eth0', address: b.ip6(), family: 'IPv6' }] },
      environmentVariables: { PGPASSWORD: b.pw('env_pass'), SENTRY_DSN: 'https://' + b.s(V.hex(32), 'api_key', 'sentry_dsn_key') + '@o4507.ingest.sentry.io/42', USER: 'node' },
      javascriptStack: { message: 'FATAL ERROR', stack: ['at processChunk (/app/dist/workers/importer.js:88:13)'] } };
  },
  unhandled_rejection(b) {
    const home = homeDir(b);
    return `Unhandled Rejection at: Promise { <rejected> Error: charge failed for ${b.email()}\n${frames(b, home)} } reason: Error: ${b.ec()}\n    at TLSSocket.onConnectEnd (node:_tls_wrap:1727:19)\nnode:internal/process/promises:${V.int(200, 400)}`;
  },
  aggregate_error(b) {
    return { msg: 'all notification channels failed', err: { name: 'AggregateError', message: 'All promises were rejected', errors: [
      { name: 'Error', message: `smtp: 550 5.1.1 <${b.email()}>: Recipient address rejected`, code: 'EENVELOPE' },
      { name: 'Error', message: `sms: invalid destination ${b.phone()}`, code: b.k('21614') },
      { name: 'FetchError', message: `push: request to https://fcm.googleapis.com/fcm/send failed, reason: connect ETIMEDOUT ${b.ip()}:443` }] }, userId: b.uuid() };
  },
  verror_chain(b) {
    return `${b.ts()} ERROR billing: failed to settle invoice ${b.k(`INV-${V.digits(7)}`)}: stripe: charge card ${b.card()} (holder ${b.name()}): request POST https://api.stripe.com/v1/charges with key ${b.s(`sk_live_${V.alnum(32)}`, 'api_key', 'stripe_secret')}: ${b.ec()}`;
  },
  cause_inspect(b) {
    return `Error: could not provision tenant\n${frames(b)} {\n  [cause]: Error: database bootstrap failed for postgres://tenant_admin:${b.conn('postgres_url')}@${b.host()}:5432/t_${V.lower(6)}\n      at bootstrap (/app/dist/tenants/create.js:41:11) {\n    [cause]: Error: ${b.k('28P01')} password authentication failed for user "tenant_admin" (client ${b.anyIp()})\n  }\n}`;
  },
  cause_object(b) {
    return { level: 50, msg: 'sync failed', err: { type: 'Error', message: 'CRM sync failed', stack: `Error: CRM sync failed\n${frames(b)}`,
      cause: { type: 'HTTPError', message: `401 from https://crm.partner.example/api/people?email=${b.email()}`, cause: { type: 'Error', message: `token ${b.tok()} rejected: expired`, code: b.k('E_TOKEN_EXPIRED') } } } };
  },
  pager_note(b) {
    return `[pagerduty] ${b.ticket()} acknowledged by ${b.name()} (${b.phone()}) — note: "${V.pick(['rolled back', 'failover done', 'restarted workers'])}; temp admin pw for the replica is ${b.pw('chat_note')} — rotate after incident"`;
  },
  chat_paste(b) {
    const tk = b.tok();
    return `#inc-war-room ${V.pad(V.int(0, 23), 2)}:${V.pad(V.int(0, 59), 2)} ${b.name()}: can someone try with my token? ${tk}\n#inc-war-room ${b.name()}: works. customer on the phone is ${b.name()}, callback ${b.phone()}, ${LANG[V.int(0, LANG.length - 1)](b)}`;
  },
  support_ticket(b) {
    const i = V.int(0, LANG.length - 1);
    return { msg: 'zendesk ticket escalated', ticketId: b.k(`ZD-${V.int(100000, 999999)}`), requester: { name: b.name(), email: b.email() }, priority: 'urgent',
      comments: [{ author: 'customer', body: LANG[i](b) }, { author: 'agent', body: LANG[(i + 3) % LANG.length](b) }], tags: ['incident', b.k('checkout-outage')] };
  },
  support_text(b) {
    return `support: ticket ${b.ticket()} from ${b.name()} <${b.email()}> lang=${V.pick(['ja', 'de', 'es', 'pl', 'fr', 'pt'])} text=${J(LANG[V.int(0, LANG.length - 1)](b))}`;
  },
  auth_login(b) {
    return `${b.ts()} WARN auth: login failed user=${b.email()} ip=${b.anyIp()} reason=invalid_password attempt=${V.int(1, 5)} submitted_password=${J(b.pw('logged_attempt'))} ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)"`;
  },
  mfa_enroll(b) {
    return { msg: 'mfa enrollment debug', userId: b.uuid(), email: b.email(), totp: { secret: b.other('totp_seed', V.b32(32)), uri: 'otpauth://totp/Shop?issuer=Shop', digits: 6 },
      recoveryCodes: V.recoveryCodes(4).map((c) => b.other('recovery_code', c)), lastOtp: b.otp() };
  },
  ssh_deploy(b) {
    const home = homeDir(b);
    return `deploy.sh: + ssh -i ${home}/.ssh/id_deploy deploy@${b.ip()} 'pm2 reload shop-api'\nLoad key "${home}/.ssh/id_deploy": invalid format\n+ cat ${home}/.ssh/id_deploy\n${b.pk()}\ndeploy.sh: exit ${V.int(1, 255)} (commit ${b.sha()})`;
  },
  git_ci(b) {
    return `Run git push https://x-access-token:${b.s(`ghs_${V.alnum(36)}`, 'token', 'github_app')}@github.com/acme-shop/storefront.git HEAD:release\nremote: Permission to acme-shop/storefront.git denied to github-actions[bot].\nfatal: unable to access 'https://github.com/acme-shop/storefront.git/': The requested URL returned error: 403\nError: Process completed with exit code 128. sha=${b.sha()}`;
  },
  k8s_secret(b) {
    const pw = V.password(); const k = V.apiKey()[0];
    return { msg: 'kubectl get secret shop-api -o json (attached to incident)', secret: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'shop-api', namespace: 'prod', uid: b.uuid() },
      data: { DB_PASSWORD: b.s(V.toB64(pw), 'password', 'k8s_b64'), PAYMENT_API_KEY: b.s(V.toB64(k), 'api_key', 'k8s_b64'), 'tls.key': b.s(V.toB64(V.privateKey()[0]), 'private_key', 'k8s_b64') } } };
  },
  jwt_verify(b) {
    return `${b.ts()} WARN auth-gw: TokenExpiredError: jwt expired at ${b.ts()} token=${b.jwt({ email: V.email(), name: V.latinName() })} route=/api/v2/cart client=${b.anyIp()} trace=${b.trace()}`;
  },
  pg_dump_cron(b) {
    const home = homeDir(b);
    return `cron[${V.int(100, 9999)}]: (root) CMD (PGPASSWORD='${b.pw('cli_env')}' pg_dump -h ${b.host()} -U backup shop | gzip > ${home}/backups/shop-$(date +%F).sql.gz) exited 1: pg_dump: error: connection to server failed: ${b.k('FATAL:  too many connections for role "backup"')}`;
  },
  docker_inspect(b) {
    return { msg: 'container crash-looping', container: { Id: V.hex(64), Image: `registry.example.com/shop-api:${b.ver()}`, State: { ExitCode: 137, OOMKilled: true },
      Config: { Env: [`POSTGRES_PASSWORD=${b.pw('docker_env')}`, `SENDGRID_API_KEY=${b.s(`SG.${V.b64url(22)}.${V.b64url(43)}`, 'api_key', 'sendgrid')}`, `NODE_OPTIONS=--max-old-space-size=1536`, `ADMIN_EMAIL=${b.email()}`] } } };
  },
  smtp_debug(b) {
    const user = V.email(); const pw = V.password();
    return `[nodemailer] ${b.ts()} [${V.alnum(8)}] C: AUTH PLAIN ${b.pw('smtp_auth_plain_b64', V.toB64(`\u0000${user}\u0000${pw}`))}\n[nodemailer] S: 535 5.7.8 Authentication credentials invalid\n[nodemailer] C: RCPT TO:<${b.email()}>\n[nodemailer] ${b.k('EAUTH')} after ${b.dur()}`;
  },
  ws_upgrade_debug(b) {
    return `DEBUG ws upgrade GET /realtime?apikey=${b.key()}&user=${b.s(encodeURIComponent(V.email()), 'email', 'url_encoded')} from ${b.ip6()} headers={"sec-websocket-key":"${V.b64(22)}==","cookie":"sid=${b.cookie('sid', V.hex(40))}; lang=en"} -> 401 (${b.rid()})`;
  },
  report_export(b) {
    return { msg: 'CSV export truncated', exportId: b.uuid(), rows: V.int(1000, 90000), sample: `id,name,email,phone,birthdate\n${V.int(1, 9999)},${b.name()},${b.email()},${b.phone()},${b.dob()}`, requestedBy: b.email(), timing: b.dur() };
  },
  webhook_outbound(b) {
    const secret = b.other('webhook_secret', V.hex(40));
    return `webhooks: delivery ${b.uuid()} to https://erp.customer.example/hooks/orders failed (${b.k('ETIMEDOUT')}); signing with secret ${secret}, payload=${J({ event: 'order.paid', order: V.orderNo(), customer: { name: b.name(), email: b.email() }, shipTo: b.addr() })}`;
  },
  home_paths(b) {
    const h1 = homeDir(b);
    return `${b.ts()} ERROR worker: ENOENT: no such file or directory, open '${h1}/.config/shop/credentials.json'\n${frames(b, h1)}\n  errno: -2, code: '${b.k('ENOENT')}', syscall: 'open'`;
  },
};
