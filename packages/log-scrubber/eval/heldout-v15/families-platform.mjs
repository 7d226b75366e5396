// Support, privacy and platform log sources (identity, gateways, Kubernetes, Node runtimes).
const J = JSON.stringify;

export const platform = {
  'email-ingest-headers'(v, c) {
    const nm = v.name(); const e = v.email(nm);
    return { format: 'text', record: `mail-ingest: Received: from mail-${v.alnum(6).toLowerCase()}.outbound.example (${c.L(v.ipv4(), 'ip', 'received')}) by mx1.support.internal; From: "${c.L(nm, 'person_name', 'rfc5322')}" <${c.L(e, 'email', 'rfc5322')}>; Subject: Re: [${c.K(v.k.ticket())}] Erstattung; Message-ID: <${c.K(v.uuid())}@mail.example>` };
  },
  'ticket-summary-llm'(v, c) {
    const lang = v.pick(['de', 'fr', 'es', 'pt', 'it', 'nl', 'sv', 'pl']); const nm = v.name(lang === 'sv' ? 'sv' : lang); const ib = v.iban({ de: 'DE', fr: 'FR', es: 'ES', pt: 'PT', it: 'IT', nl: 'NL', sv: 'SE', pl: 'PL' }[lang]);
    const n = c.L(nm, 'person_name', 'summary'); const i = c.L(ib.spaced, 'iban', 'summary');
    const s = { de: `Kundin ${n} bittet um Rückerstattung auf ${i}.`, fr: `Le client ${n} demande un remboursement sur ${i}.`, es: `El cliente ${n} solicita el reembolso en ${i}.`, pt: `O cliente ${n} pede reembolso para ${i}.`, it: `Il cliente ${n} chiede il rimborso su ${i}.`, nl: `Klant ${n} vraagt terugbetaling op ${i}.`, sv: `Kunden ${n} vill ha återbetalning till ${i}.`, pl: `Klient ${n} prosi o zwrot na ${i}.` }[lang];
    return { format: 'object', record: { ticket: c.K(v.k.ticket()), lang, model: c.K(`summarizer-${v.k.semver()}`), summary: s, sentiment: c.KF('sentiment', v.pick(['neg', 'neu'])), tokensUsed: c.KF('tokensUsed', v.int(100, 4000)) } };
  },
  'ivr-call'(v, c) {
    const cc = v.pick(['uk', 'us', 'de', 'se']); const b = v.birth();
    const id = { uk: () => c.L(v.ukNino().spaced, 'national_id', 'uk_nino'), us: () => c.L(v.usSsn(), 'national_id', 'us_ssn'), de: () => c.L(v.deTaxId(), 'national_id', 'de_steuer_id'), se: () => c.L(v.sePnr(b), 'national_id', 'se_personnummer') }[cc]();
    return { format: 'text', record: `ivr[${v.int(1000, 9999)}] call ${c.K(v.uuid())} ani=${c.L(v.e164(v.phone(cc)), 'phone', 'ani')} dtmf_dob=${c.L(v.dobFmt(b, cc === 'us' ? 'us' : 'de'), 'dob', 'ivr')} asr_id="${id}" menu=claims queue=${c.K(`Q_${cc.toUpperCase()}_CLAIMS`)}` };
  },
  'chat-transcript-ja'(v, c) {
    const nm = v.name('jp'); const mn = v.myNumber();
    return { format: 'text', record: `${v.iso()} chat ${c.K(v.k.ticket())} ja-JP お客様: ${c.L(nm, 'person_name', 'jp')}と申します。住所変更をお願いします。新住所は${c.L(v.address('jp'), 'address', 'jp')}、電話は${c.L(v.phone('jp'), 'phone', 'jp')}です。マイナンバーは${c.L(mn.spaced, 'national_id', 'jp_my_number')}です。` };
  },
  'dsar-request'(v, c) {
    const nm = v.name(); const cc = v.pick(['fr', 'es', 'dk', 'fi']); const b = v.birth();
    const id = { fr: () => c.L(v.frNir(b).spaced, 'national_id', 'fr_nir'), es: () => c.L(v.esNie(), 'national_id', 'es_nie'), dk: () => c.L(v.dkCpr(b), 'national_id', 'dk_cpr'), fi: () => c.L(v.fiHetu(b), 'national_id', 'fi_hetu') }[cc]();
    return { format: 'object', record: { privacy: 'dsar.received', case: c.K(v.k.caseNo()), article: c.K('GDPR Art. 15'), dueBy: c.K(v.iso()),
      requester: { name: c.L(nm, 'person_name', 'requester'), email: c.L(v.email(nm), 'email', 'requester'), postal: c.L(v.address(cc), 'address', 'requester'), verification: { method: 'id_document', number: id } } } };
  },
  'deletion-job'(v, c) {
    const es = Array.from({ length: v.int(2, 4) }, () => c.L(v.email(v.name()), 'email', 'list'));
    return { format: 'text', record: `erasure-worker: job ${c.K(v.k.caseNo())} purged ${v.int(3, 90)} rows for subjects [${es.join(', ')}] tables=orders,profiles,consents took=${c.K(`${v.int(1, 90)}.${v.int(0, 9)}s`)}` };
  },
  'consent-log'(v, c) {
    const ip = v.ip();
    return { format: 'object', record: { consent: { purposes: [c.K('analytics'), 'marketing'], version: c.K(`cmp-${v.k.semver()}`), tcString: c.K(`CP${v.b64u(20)}AA`) }, subject: { email: c.L(v.email(v.name()), 'email', 'consent'), ip: c.L(ip, 'ip', 'consent') },
      cookies: { euconsent: c.L(v.b64u(40), 'cookie', 'consent'), _fbp: c.L(`fb.1.${v.epochMs()}.${v.int(100000000, 999999999)}`, 'cookie', 'fbp') }, recordedAt: c.K(v.iso()) } };
  },
  'k8s-pod-env-dump'(v, c) {
    const pw = v.password(); const u = v.username();
    return { format: 'text', record: `kubectl exec payroll-api-${v.hex(9)}-${v.alnum(5).toLowerCase()} -- env | DATABASE_URL=postgres://payroll:${c.L(pw, 'connection_string', 'postgres')}@pg-primary.payroll.svc:5432/payroll HOME=${c.L(`/home/${u}`, 'home_path', 'linux')} STRIPE_SECRET=${c.L(`sk_live_${v.alnum(24)}`, 'api_key', 'stripe')} NODE_ENV=production APP_VERSION=${c.K(v.k.semver())}` };
  },
  'k8s-secret-event'(v, c) {
    const pw = v.password(); const ws = v.otherSecret();
    return { format: 'object', record: { kind: 'Event', reason: 'SecretUpdated', involvedObject: { kind: 'Secret', namespace: c.K('claims-prod'), name: 'partner-creds' }, uid: c.K(v.uuid()),
      data: { DB_PASSWORD: c.L(Buffer.from(pw).toString('base64'), 'password', 'k8s_b64'), WEBHOOK_SECRET: c.L(Buffer.from(ws).toString('base64'), 'other_secret', 'k8s_b64') }, 'tls.key': c.L(v.pem(v.pick(['EC PRIVATE KEY', 'PRIVATE KEY'])), 'private_key', 'pem') } };
  },
  'envoy-access-log'(v, c) {
    return { format: 'text', record: `[${v.iso()}] "GET /api/v1/accounts?access_token=${c.L(v.token(), 'token', 'query')} HTTP/2" ${v.pick([200, 401, 403])} - 0 ${v.int(100, 9000)} ${v.int(1, 300)} "${c.L(v.ip(), 'ip', 'xff')}" "okhttp/4.12.0" "${c.K(v.uuid())}" "accounts.neobank.internal" cookie="sid=${c.L(v.cookieVal(), 'cookie', 'session')}; csrftoken=${c.L(v.hex(32), 'cookie', 'csrf')}"` };
  },
  'oidc-token-exchange'(v, c) {
    const e = v.email(v.name());
    return { format: 'object', record: { idp: 'keycloak', realm: c.K('patients'), event: 'CODE_TO_TOKEN', clientId: c.K(`partner-${v.pick(['pharma', 'lab', 'broker'])}-app`), client_secret: c.L(v.alnum(32), 'other_secret', 'oidc_client_secret'),
      refresh_token: c.L(v.jwt(), 'token', 'refresh'), details: { username: c.L(e, 'email', 'idp'), ipAddress: c.L(v.ip(), 'ip', 'idp') }, accessTokenLifespan: c.KF('accessTokenLifespan', 300) } };
  },
  'saml-idp-debug'(v, c) {
    const nm = v.name(); const e = v.email(nm); const key = v.pem('PRIVATE KEY');
    const withKey = true;
    return { format: 'text', record: `saml-sp DEBUG assertion ${c.K(`_${v.hex(32)}`)}: <saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${c.L(e, 'email', 'saml_nameid')}</saml:NameID></saml:Subject><saml:Attribute Name="displayName"><saml:AttributeValue>${c.L(nm, 'person_name', 'saml_attr')}</saml:AttributeValue></saml:Attribute>${withKey ? `\nsp signing key loaded:\n${c.L(key, 'private_key', 'pem')}` : ''}` };
  },
  'mfa-service'(v, c) {
    const rc = Array.from({ length: 3 }, () => c.L(`${v.alnum(5)}-${v.alnum(5)}`.toLowerCase(), 'other_secret', 'recovery_code'));
    return { format: 'object', record: { svc: 'mfa', action: 'enrol', factor: v.pick(['totp', 'sms']), seed: c.L(v.totpSeed(), 'other_secret', 'totp_seed'), smsTo: c.L(v.phone(), 'phone', 'mfa'), recoveryCodes: rc, otpDigits: c.KF('otpDigits', 6), maxAttempts: c.KF('maxAttempts', v.pick([3, 5])) } };
  },
  'password-reset'(v, c) {
    const e = v.email(v.name()); const pw = v.password();
    return { format: 'text', record: `${v.iso()} WARN password-reset: rejected new password for ${c.L(e, 'email', 'text')} (policy: minLength=12) body={"token":"${c.L(v.b64u(43), 'token', 'reset')}","newPassword":"${c.L(pw, 'password', 'json_in_text')}"} from ${c.L(v.ip(), 'ip', 'text')}` };
  },
  'partner-api-keys'(v, c) {
    return { format: 'object', maps: [['keysByPartner']], record: { msg: 'partner key cache refreshed', count: 3, keysByPartner: { [c.K('allianz-broker')]: c.L(v.apiKey(), 'api_key', 'map'), 'synlab-lab': c.L(v.apiKey(), 'api_key', 'map'), 'dhl-parcel': c.L(v.apiKey(), 'api_key', 'map') }, apiKeyRotationDays: c.KF('apiKeyRotationDays', v.pick([30, 90])) } };
  },
  'webhook-dispatcher'(v, c) {
    return { format: 'object', record: { level: 'debug', msg: 'signing webhook', endpoint: c.K(`https://hooks.partner.example/${v.pick(['claims', 'payouts', 'orders'])}`), deliveryId: c.K(v.uuid()), signingSecret: c.L(`whsec_${v.b64(32)}`, 'other_secret', 'webhook_secret'), attempt: c.KF('attempt', v.int(1, 5)), payload: J({ event: 'payout.paid', email: c.L(v.email(v.name()), 'email', 'json_in_string') }) } };
  },
  'node-crash-inspect'(v, c) {
    const u = v.username(); const pw = v.password();
    return { format: 'text', record: `Error: connect ECONNREFUSED\n    at TCPConnectWrap.afterConnect (node:net:1555:16)\n    at Object.<anonymous> (${c.L(`/home/${u}`, 'home_path', 'stack')}/src/claims/worker.js:${v.int(10, 400)}:${v.int(1, 40)}) {\n  config: { host: 'db.claims.internal', user: 'claims_rw', password: '${c.L(pw, 'password', 'util_inspect')}', port: 5432 },\n  code: 'ECONNREFUSED', errno: -111\n}` };
  },
  'ci-deploy-log'(v, c) {
    const u = v.username(); const key = v.pem(v.pick(['OPENSSH PRIVATE KEY', 'RSA PRIVATE KEY']));
    return { format: 'text', record: `[deploy ${c.K(v.k.semver())}] npm config set //registry.npmjs.org/:_authToken=${c.L(`npm_${v.alnum(36)}`, 'token', 'npm')}\n[deploy] cache dir ${c.L(`C:\\Users\\${u}`, 'home_path', 'windows')}\\AppData\\Local\\npm-cache${key ? `\n[deploy] writing deploy key:\n${c.L(key, 'private_key', 'openssh')}` : ''}\n[deploy] done in ${c.K(`${v.int(10, 300)}s`)}` };
  },
  'db-migration'(v, c) {
    const pw = v.password(); const pw2 = v.password();
    return { format: 'text', record: `flyway: url=jdbc:sqlserver://sql-hr.${v.pick(['westeurope', 'brazilsouth', 'japaneast'])}.internal:1433;databaseName=hr;user=migrator;password=${c.L(pw, 'connection_string', 'jdbc')};encrypt=true | fallback "Server=tcp:reporting.internal,1433;Database=payroll;User ID=rpt;Password=${c.L(pw2, 'connection_string', 'ado')};" migration V${v.int(100, 400)}__add_consent_table applied in ${c.K(`${v.int(10, 999)}ms`)}` };
  },
  'queue-worker-config'(v, c) {
    const r = v.alnum(20); const a = v.password();
    return { format: 'object', record: { worker: 'notifications', redisUrl: `redis://:${c.L(r, 'connection_string', 'redis')}@redis-notif.internal:6379/2`, amqp: `amqps://notify:${c.L(a, 'connection_string', 'amqp')}@rabbit.internal:5671/vhost`, job: { id: c.K(v.uuid()), to: c.L(v.email(v.name()), 'email', 'job') }, concurrency: c.KF('concurrency', v.int(1, 32)) } };
  },
  'bunyan-worker'(v, c) {
    const ip = v.ipv4(); const nm = v.name();
    return { format: 'object', record: { name: 'kyc-worker', hostname: `ip-${c.L(ip.replace(/\./g, '-'), 'ip', 'hostname')}.eu-central-1.compute.internal`, pid: v.int(1, 9999), level: 30, msg: `document check passed for ${c.L(nm, 'person_name', 'msg')}`, v: 0, time: c.K(v.iso()) } };
  },
  'http-client-trace'(v, c) {
    const user = v.username(); const pw = v.password(); const basic = Buffer.from(`${user}:${pw}`).toString('base64');
    return { format: 'object', record: { 'http.request': { method: 'POST', url: c.K(`https://api.partner-lab.example/v3/results/${v.uuid()}`), headers: { Authorization: `Basic ${c.L(basic, 'password', 'basic_auth')}`, 'X-Api-Key': c.L(v.apiKey(), 'api_key', 'header'), Cookie: `JSESSIONID=${c.L(v.hex(32).toUpperCase(), 'cookie', 'jsessionid')}` } }, 'http.status_code': c.KF('http.status_code', v.pick([200, 201, 500])), traceparent: c.K(`00-${v.traceId()}-${v.spanId()}-01`) } };
  },
  'config-dump'(v, c) {
    const withKey = v.chance(0.5);
    return { format: 'object', record: { msg: 'effective config', auth: { passwordMinLength: c.KF('passwordMinLength', v.pick([10, 12, 14])), passwordHistory: c.KF('passwordHistory', 5), tokenTtlSeconds: c.KF('tokenTtlSeconds', v.pick([900, 3600])), jwtSigningKey: withKey ? c.L(v.pem('RSA PRIVATE KEY'), 'private_key', 'pem_in_json') : c.L(v.b64(44), 'other_secret', 'signing_key') },
      mongo: `mongodb+srv://app:${c.L(v.password(), 'connection_string', 'mongodb')}@cluster0.${v.alnum(5).toLowerCase()}.mongodb.net/claims?retryWrites=true`, secretRotationDays: c.KF('secretRotationDays', 90), sessionCookieMaxAge: c.KF('sessionCookieMaxAge', 86400) } };
  },
  'metrics-snapshot'(v, c) {
    return { format: 'object', record: { type: 'metrics', window: c.K('PT1M'), counters: { tokenRefreshCount: c.KF('tokenRefreshCount', v.int(0, 9999)), passwordResetRequests: c.KF('passwordResetRequests', v.int(0, 99)), apiKeyValidationFailures: c.KF('apiKeyValidationFailures', v.int(0, 99)) }, p99LatencyMs: c.KF('p99LatencyMs', v.int(10, 999)), lastAdminLogin: c.L(v.email(v.name('en')), 'email', 'metrics'), host: c.K(`metrics-${v.hex(6)}`) } };
  },
  'sentry-breadcrumbs'(v, c) {
    const g = v.geo(); const e = v.email(v.name());
    return { format: 'object', record: { event_id: c.K(v.hex(32)), release: c.K(`patient-app@${v.k.semver()}`), user: { ip_address: c.L(v.ip(), 'ip', 'sentry') },
      breadcrumbs: [{ category: 'navigation', data: { to: `/profile?email=${c.L(encodeURIComponent(e), 'email', 'urlencoded')}` } }, { category: 'geo', message: `position ${c.L(g.lat, 'geo', 'lat')} ${c.L(g.lng, 'geo', 'lng')}` }] } };
  },
  'vault-audit'(v, c) {
    return { format: 'object', record: { type: 'response', auth: { client_token: c.L(`hvs.${v.b64u(90)}`, 'token', 'vault'), policies: ['claims-ro'], display_name: c.K('kubernetes-claims-prod') }, request: { path: c.K('secret/data/payroll/sftp'), remote_address: c.L(v.ip(), 'ip', 'vault') }, response: { data: { sftp_password: c.L(v.passphrase(), 'password', 'passphrase') } } } };
  },
  's3-access'(v, c) {
    return { format: 'text', record: `s3 ${c.K(`dsar-exports-${v.pick(['eu', 'br', 'in'])}`)} [${v.iso()}] ${c.L(v.ipv4(), 'ip', 's3')} GET /export.zip?X-Amz-Credential=${c.L(`AKIA${v.upper(16)}`, 'api_key', 'aws_access_key')}%2F20261105%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Security-Token=${c.L(`IQoJb3JpZ2luX2Vj${v.b64u(80)}`, 'token', 'aws_session')}&X-Amz-Signature=${v.hex(64)} 200 ${c.K(v.uuid())}` };
  },
  'payroll-sftp-headers'(v, c) {
    const nm = v.name(v.pick(['en', 'de', 'fr'])); const u = v.username();
    return { format: 'text', record: `sftp-upload user=${u} key=${c.L(`/home/${u}`, 'home_path', 'linux')}/.ssh/id_ed25519 file=${c.K(`PAYROLL_${v.k.payrun()}.txt`)} header="H|${c.K(v.k.company())}|${c.K(v.k.payrun())}|EUR" first="D|${c.L(nm, 'person_name', 'pipe')}|${c.L(v.iban().compact, 'iban', 'pipe')}|${c.K(v.k.amount())}"` };
  },
  'winston-http-error'(v, c) {
    const nm = v.name(); const e = v.email(nm);
    return { format: 'text', record: J({ level: 'error', message: 'Upstream 502 from partner', meta: { req: { url: `/v1/users/${c.L(e, 'email', 'path')}/card`, body: { cardNumber: c.L(v.card().grouped, 'card', 'winston'), holder: c.L(nm, 'person_name', 'winston') } }, res: { statusCode: 502 } }, timestamp: c.K(v.iso()), statusCode: c.KF('statusCode', 502) }) };
  },
  'greek-cyrillic-arabic-support'(v, c) {
    const nm = v.name('nonlatin'); const e = v.email();
    return { format: 'text', record: `${v.iso()} support-router routed ${c.K(v.k.ticket())} lang=auto customer="${c.L(nm, 'person_name', 'nonlatin')}" email=${c.L(e, 'email', 'text')} phone=${c.L(v.phone(v.pick(['de', 'uk', 'fr'])), 'phone', 'text')} queue=intl-tier1` };
  },
  'csv-hr-import'(v, c) {
    const nm = v.name(v.pick(['da', 'no', 'fi', 'sv'])); const b = v.birth();
    return { format: 'text', record: `hr-import line ${v.int(2, 900)}: ${c.L(nm, 'person_name', 'csv')};${c.L(v.email(nm), 'email', 'csv')};${c.L(v.dkCpr(b), 'national_id', 'dk_cpr')};${c.L(v.address(v.pick(['dk', 'no', 'fi', 'se'])), 'address', 'csv')};${c.K(v.k.payrun())}` };
  },
  'geo-fraud-velocity'(v, c) {
    const a = v.geo(); const b = v.geo();
    return { format: 'object', record: { rule: 'impossible_travel', account: c.K(`acc_${v.alnum(16)}`), from: { ip: c.L(v.ip(), 'ip', 'from'), coords: [Number(c.L(a.lat, 'geo', 'lat')), Number(c.L(a.lng, 'geo', 'lng'))] }, to: { ip: c.L(v.ip(), 'ip', 'to'), coords: [Number(c.L(b.lat, 'geo', 'lat')), Number(c.L(b.lng, 'geo', 'lng'))] }, speedKmh: c.KF('speedKmh', v.int(900, 9000)) } };
  },
  'slack-alert-bot'(v, c) {
    return { format: 'text', record: `alertmanager -> slack: POST https://hooks.slack.com/services/T${v.upper(8)}/B${v.upper(10)}/${c.L(v.alnum(24), 'other_secret', 'slack_webhook')} status=200 alert=${c.K('PayrollRunFailed')} run=${c.K(v.k.payrun())} bot_token=${c.L(`xoxb-${v.digits(12)}-${v.digits(13)}-${v.alnum(24)}`, 'token', 'slack')}` };
  },
  'cookie-banner-setcookie'(v, c) {
    const vals = [v.cookieVal(), v.cookieVal(), v.cookieVal()];
    return { format: 'text', record: `edge-proxy resp ${c.K(v.uuid())} Set-Cookie: __Secure-session=${c.L(vals[0], 'cookie', 'session')}; Path=/; Secure, _gid=${c.L(vals[1], 'cookie', 'ga')}; Max-Age=86400, remember_me=${c.L(vals[2], 'cookie', 'remember')}; HttpOnly` };
  },
};
