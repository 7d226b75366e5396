// Internal Node.js tools, cron workers, dashboards, CI for internal apps, sysadmin scripts and their output.
import { pino, text } from './values.mjs';

export function koaAdminRequest(rec) {
  const r = rec.r; const p = rec.person();
  return pino(rec, 'hr-admin', 'request completed', {
    req: { method: 'GET', url: rec.k(`/admin/employees/${r.int(1000, 9999)}/payslips`), headers: { host: rec.k('hr-admin.corp.acme.internal'),
      cookie: `koa.sess=${rec.cookie('koa.sess', 'koa_session', 43)}; koa.sess.sig=${rec.cookie('koa.sess.sig', 'koa_sig', 27)}; _ga=${rec.s(`GA1.2.${r.digits(10)}.${r.digits(10)}`, 'cookie', 'ga')}`, 'x-request-id': rec.uuid() }, remoteAddress: rec.ip() },
    res: { statusCode: rec.kn('statusCode', r.pick([200, 304, 403])) }, user: rec.email(p, 'acme-corp.com'), responseTime: rec.kn('responseTime', r.int(3, 700)),
  });
}
export function expressSetCookie(rec) {
  return `${rec.ts()} expense-portal express:res Set-Cookie: connect.sid=s%3A${rec.cookie('connect.sid', 'express_sid', 32)}.${rec.cookie('connect.sid.sig', 'express_sig', 43)}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-${rec.k('Age=3600')} ${rec.k('route=/api/reports/submit')} ${rec.k('status=302')}`;
}
export function retoolQuery(rec) {
  const r = rec.r; const p = rec.person();
  return pino(rec, 'retool-audit', 'query executed', {
    app: rec.k(r.pick(['Refund Console', 'Payroll Corrections', 'Employee Lookup'])), query: rec.k(`getEmployee_${r.int(1, 9)}`), user: rec.email(p, 'acme-corp.com'),
    resource: { name: rec.k('hr_prod_readonly'), connection: rec.conn(r.pick(['postgres', 'mysql']), 'hr-db.corp.acme.internal', 'hr') }, params: { search: rec.name(rec.person()) }, durationMs: rec.kn('durationMs', r.int(5, 3000)),
  });
}
export function cronPayrollWorker(rec) {
  const r = rec.r;
  return `${rec.ts()} [cron:payroll-close] starting job=${rec.uuid()} node=${rec.k(`v20.${r.int(10, 18)}.${r.int(0, 2)}`)} DATABASE_URL=${rec.conn('postgres', 'payroll-db.corp.acme.internal', 'payroll', 'payroll_rw')} REDIS_URL=${rec.conn('redis', 'cache-01.corp.acme.internal', '0')} ${rec.k('concurrency=4')}`;
}
export function queueWorkerError(rec) {
  const r = rec.r; const p = rec.person(); const h = rec.home(p.user);
  return pino(rec, 'sync-worker', 'job failed', {
    job: { id: rec.k(`bull:${r.int(10000, 99999)}`), queue: rec.k('crm-contact-sync'), attempts: rec.kn('attempts', r.int(1, 5)) },
    err: { type: 'Error', message: rec.k('ECONNRESET'), stack: `Error: read ECONNRESET\n    at TLSWrap.onStreamRead (node:internal/stream_base_commons:217:20)\n    at syncContact (${h.prefix}${h.sep === '/' ? '/src/internal-tools/' : '\\src\\internal-tools\\'}workers${h.sep}crm.js:${r.int(10, 300)}:${r.int(1, 40)})` },
    amqp: rec.conn('amqp', 'rabbitmq.corp.acme.internal', 'vhost-sync'),
  });
}
export function envDump(rec) {
  const r = rec.r;
  return `deploy-hook: printing env for debugging (remove me!) NODE_ENV=production SENDGRID_API_KEY=${rec.vendor('sendgrid')} STRIPE_SECRET_KEY=${rec.vendor('stripe_live')} SESSION_SECRET=${rec.s(r.b62(48), 'other_secret', 'session_secret')} ${rec.k('PORT=8080')} LOG_LEVEL=info RELEASE=${rec.sha()}`;
}
export function ciInternalApp(rec) {
  const r = rec.r; const p = rec.person();
  return `${rec.ts()} ##[group]Run npm publish --registry https://npm.pkg.github.com  # actor=${rec.s(`${p.ascii.replace('.', '-')}`, 'person_name', 'github_login')} run=${rec.k(String(r.int(100000000, 999999999)))} sha=${rec.sha()} NODE_AUTH_TOKEN=${rec.vendor('npm')} GH_TOKEN=${rec.vendor(r.pick(['github_pat', 'github_fine']))}`;
}
export function gitlabRunner(rec) {
  const r = rec.r;
  return pino(rec, 'gitlab-runner', 'job finished', {
    job: rec.kn('job', r.int(100000, 999999)), project: rec.k('it/onboarding-automation'), runner: rec.k(`r-${r.hex(8)}`), stage: 'deploy', duration: rec.kn('duration', r.int(10, 900)),
    variables: { CI_JOB_TOKEN: rec.s(`glcbt-${r.from('abcdef0123456789', 2)}_${r.b62(20)}`, 'token', 'gitlab_job_token'), GITLAB_TOKEN: rec.vendor('gitlab_pat'), DOCKER_AUTH: rec.vendor('dockerhub') },
    image: rec.k(`registry.gitlab.com/acme/it/onboarding:${rec.r.ver()}`),
  });
}
export function ansiblePlaybook(rec) {
  const r = rec.r; const p = rec.person();
  return `TASK [ldap : create service account] ***\nok: [${rec.k('ldap01.corp.acme.internal')}] => {"changed": false, "cmd": "ldappasswd -x -D cn=admin,dc=acme,dc=internal -w '${rec.pw()}' uid=${rec.s(p.user, 'person_name', 'uid')}", "rc": 0}\nPLAY RECAP *** ldap01 : ok=${r.int(3, 30)} changed=${r.int(0, 5)} unreachable=0 failed=0`;
}
export function ansibleVaultLeak(rec) {
  const r = rec.r;
  return pino(rec, 'awx', 'job event', {
    job: rec.kn('job', r.int(1000, 9999)), play: rec.k('vpn-gateway.yml'), host: rec.k('vpn-gw-fra1.acme.net'),
    event_data: { res: { tls_key: rec.pem(r.pick(['RSA PRIVATE KEY', 'EC PRIVATE KEY', 'PRIVATE KEY'])), wg_private_key: rec.s(r.b64(43) + '=', 'private_key', 'wireguard'), changed: true } },
  });
}
export function powershellUserExport(rec) {
  const r = rec.r; const p = rec.person(); const h = rec.home(p.user, 'windows');
  return `PS ${h.prefix}\\scripts> Get-ADUser -Filter * -Properties mobile,employeeID | Export-Csv ${h.prefix}\\Desktop\\users.csv\n${rec.k(`Exported ${r.int(200, 3000)} users`)} first row: "${rec.name(rec.person())}","${rec.phone()}","${rec.nid()}"`;
}
export function bashBackupScript(rec) {
  const r = rec.r; const p = rec.person(); const h = rec.home(p.user);
  return `+ pg_dump ${rec.conn('postgres', 'erp-db.corp.acme.internal', 'netsuite_mirror', 'backup')} -Fc -f ${h.prefix}/backups/erp-${rec.k('2026-11-30')}.dump\n+ aws s3 cp ${h.prefix}/backups/ s3://${rec.k('acme-it-backups')}/erp/ --recursive\nupload: ${r.int(1, 900)} MiB done, AWS_SECRET_ACCESS_KEY=${rec.vendor('aws_secret')} AWS_ACCESS_KEY_ID=${rec.vendor('aws_access_key')}`;
}
export function pythonOffboarding(rec) {
  const r = rec.r; const p = rec.person();
  return `${rec.ts()} offboard.py INFO disabling ${rec.email(p, 'acme-corp.com')} (${rec.name(p)}) slack_user=${rec.k(`U0${r.upper(8)}`)} using token ${rec.vendor(r.pick(['slack_bot', 'slack_user']))}; transferring Drive to manager; forwarding to ${rec.email(rec.person(), 'acme-corp.com')} ticket=${rec.id('OFF-', 5)}`;
}
export function sshKeyRotation(rec) {
  const r = rec.r; const p = rec.person(); const h = rec.home(p.user);
  return pino(rec, 'key-rotator', 'deploy key rotated', {
    repo: rec.k('acme/it-automation'), keyPath: `${h.prefix}${h.sep}.ssh${h.sep}id_ed25519`, fingerprint: rec.k(`SHA256:${r.b64(43)}`), newKey: rec.pem('OPENSSH PRIVATE KEY'), rotatedBy: rec.email(p, 'acme-corp.com'),
  });
}
export function aiAssistantTool(rec) {
  const r = rec.r; const p = rec.person(); const t = text(r);
  return pino(rec, 'it-assistant', 'LLM call', {
    provider: rec.k(r.pick(['openai', 'anthropic'])), model: rec.k(r.pick(['gpt-4.1-mini', 'claude-sonnet-4-5'])), apiKey: rec.vendor(r.pick(['openai', 'anthropic'])),
    prompt: `User ${rec.name(p)} (${rec.email(p, 'acme-corp.com')}) asks: ${t.text}`, usage: { inputTokens: rec.kn('inputTokens', r.int(100, 9000)), maxTokens: rec.kn('maxTokens', 1024) },
  });
}
export function twilioSmsOtp(rec) {
  const r = rec.r;
  return `${rec.ts()} notify-svc twilio POST /2010-04-01/Accounts/${rec.k(`AC${r.hex(32)}`)}/Messages.json to=${rec.phone()} ${rec.k('status=queued')} sid=${rec.k(`SM${r.hex(32)}`)} apiKey=${rec.vendor('twilio')} authToken=${rec.vendor('twilio_auth')}`;
}
export function featureFlagsConfig(rec) {
  const r = rec.r;
  return pino(rec, 'config-loader', 'config loaded', {
    flags: { [rec.k(r.pick(['ff.expense-ocr-v2', 'ff.new-onboarding-flow', 'ff.scim-groups']))]: true }, session: { maxAge: rec.kn('maxAge', 3600), cookieName: rec.k('hr.sid'), secret: rec.s(r.b64(44), 'other_secret', 'cookie_secret') },
    auth: { tokenTtl: rec.kn('tokenTtl', 900), passwordMinLength: rec.kn('passwordMinLength', 12), mfaRequired: rec.kn('mfaRequired', true) },
    db: r.chance(0.5) ? rec.conn('mongodb', 'cluster0.ab1cd.mongodb.net', 'internal_tools') : rec.conn('mssql', 'acme-sql.database.windows.net', 'internal_tools'), release: rec.ver(),
  });
}
export function oauthCallback(rec) {
  const r = rec.r; const p = rec.person();
  const now = 1796000000 + r.int(0, 5000000);
  return `${rec.ts()} internal-sso GET /oauth/callback?code=${rec.s(`4/0${r.b64u(70)}`, 'token', 'oauth_code')}&state=${rec.k(r.hex(16))} 302 id_token=${rec.jwt({ iss: 'https://accounts.google.com', sub: r.digits(21), email: `${p.ascii}@acme-corp.com`, name: p.full, iat: now, exp: now + 3600 })} client_secret=${rec.vendor('oauth_client_secret')}`;
}
export function stripeWebhookHandler(rec) {
  const r = rec.r; const p = rec.person();
  return pino(rec, 'billing-webhooks', 'event handled', {
    event: { id: rec.k(`evt_${r.b62(24)}`), type: rec.k('invoice.payment_failed') }, customer: { email: rec.email(p), name: rec.name(p), address: rec.addr() },
    signingSecret: rec.vendor('stripe_webhook'), tolerance: rec.kn('tolerance', 300),
  });
}
export function geoCheckin(rec) {
  const r = rec.r; const p = rec.person(); const g = rec.geo();
  return `${rec.ts()} field-app checkin user=${rec.email(p, 'acme.de')} lat=${g.slat} lng=${g.slng} accuracy=${r.int(3, 60)}m site=${rec.city()} app=${rec.k(`field-app ${rec.r.ver()}`)}`;
}
export function datadogAgent(rec) {
  const r = rec.r;
  return `${rec.ts()} | CORE | INFO | (pkg/forwarder/transaction.go:${r.int(100, 400)}) | Successfully posted payload to "https://${rec.k('intake.logs.datadoghq.eu')}/api/v2/series" with api_key=${rec.vendor('datadog')} hostname=${rec.ipHost()} ${rec.k('status=202')}`;
}
export function gcpServiceAccount(rec) {
  const r = rec.r;
  return pino(rec, 'gws-directory-sync', 'credentials loaded', {
    credentials: { type: 'service_account', project_id: rec.k('acme-it-automation'), private_key_id: rec.k(r.hex(40)), private_key: rec.pem('PRIVATE KEY'), client_email: rec.k('dir-sync@acme-it-automation.iam.gserviceaccount.com') },
    mapsKey: rec.vendor('gcp_api_key'), scopes: [rec.k('https://www.googleapis.com/auth/admin.directory.user.readonly')],
  });
}
export function shopifyMerchStore(rec) {
  const r = rec.r; const p = rec.person();
  return `${rec.ts()} swag-store order ${rec.id('#', 5)} for ${rec.name(p)} ship_to="${rec.addr()}" phone=${rec.phone()} via ${rec.k('acme-swag.myshopify.com')} token=${rec.vendor('shopify')} total=${r.int(10, 200)}.00`;
}
export function pypiInternalPublish(rec) {
  const r = rec.r; const p = rec.person(); const h = rec.home(p.user);
  return `${rec.ts()} twine upload dist/${rec.k(`acme_ldap_tools-${rec.r.ver()}.tar.gz`)} -u __token__ -p ${rec.vendor('pypi')}\nUsing configuration from ${h.prefix}${h.sep}.pypirc\nView at: ${rec.k('https://pypi.org/project/acme-ldap-tools/')} (${r.int(1, 99)} kB)`;
}
export function gpgPayrollExport(rec) {
  const r = rec.r; const p = rec.person();
  return pino(rec, 'payroll-export', 'export signed', {
    recipient: rec.k('payroll@provider.example'), signer: rec.name(p), file: rec.k(`ADP_EXPORT_2026_11_${r.digits(3)}.csv.gpg`), keyId: rec.k(r.hex(16).toUpperCase()),
    signingKey: rec.pem('PGP PRIVATE KEY BLOCK'), passphrase: rec.pw(),
  });
}
