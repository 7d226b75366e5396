// Mainstream non-Node sources a central pipeline receives: other runtimes, proxies, containers,
// cloud audit, OpenTelemetry, error trackers, CI/CD and SaaS webhooks.
import { int, pick, hex, alnum, lower, upper, digits, b64, b64url, uuid, traceId, spanId, ts, epochMs, orderId, invoiceId, sku, semver, hostname, gitSha, shortSha, imageDigest, podName, sshFingerprint, oauthClientId, masked, tracking, ticketKey, product, CITIES } from './values.mjs';

const obj = (record) => ({ format: 'object', record });
const txt = (record) => ({ format: 'text', record });

export const serviceFamilies = {
  'python-logging'(c) {
    const p = c.name('repr_kwargs');
    return txt(`${ts().replace('T', ' ').slice(0, 23)} WARNING [billing.tasks:${int(20, 400)}] retrying charge kwargs={'customer': '${p.full}', 'iban': '${c.iban(undefined, false, 'python_dict')}', 'api_token': '${c.tok('python_dict')}', 'invoice': '${c.k(invoiceId())}', 'max_retries': 5}`);
  },
  structlog(c) {
    return obj({ event: 'login_failed', logger: 'accounts.views', level: 'warning', timestamp: ts(), username: c.mail(undefined, 'structlog'), remote_addr: c.ip('structlog'), attempted_password: c.pw('attempted_password'), lockout_threshold: c.kf('lockout_threshold', 5), request_id: c.k(uuid()) });
  },
  'uvicorn-fastapi'(c) {
    const p = c.name('pydantic_input');
    return txt(`INFO:     ${c.ip('uvicorn_client')}:${int(30000, 65000)} - "POST /v1/kyc HTTP/1.1" 422 Unprocessable Entity\nERROR:    1 validation error for KycRequest\ndate_of_birth\n  Input should be a valid date [type=date_type, input_value='${c.dob('eu', 'pydantic_input')}', input_type=str]\n    For further information visit https://errors.pydantic.dev/2.9/v/date_type\nDEBUG:    body={'full_name': '${p.full}', 'passport_scan_id': '${c.k(`doc_${lower(12)}`)}'}`);
  },
  'flask-werkzeug'(c) {
    return txt(`${c.ip('werkzeug')} - - [${int(10, 28)}/Apr/2025 ${int(10, 23)}:${int(10, 59)}:${int(10, 59)}] "GET /reset?email=${c.mail(undefined, 'query_plain')}&token=${c.s(b64url(32), 'token', 'reset_query')} HTTP/1.1" ${c.k('200')} -`);
  },
  'logback-json'(c) {
    const p = c.name('mdc');
    return obj({ '@timestamp': ts(), '@version': '1', message: `Customer ${p.full} updated shipping address`, logger_name: 'com.kestrel.orders.CustomerService', thread_name: `http-nio-8080-exec-${int(1, 20)}`, level: 'INFO',
      mdc: { customerEmail: c.mail(p, 'mdc'), traceId: c.k(traceId()), spanId: c.k(spanId()) }, newAddress: `Address[street=${c.addr('java_record').value}, city=${c.k(pick(CITIES))}]` });
  },
  'quarkus-console'(c) {
    return txt(`${ts().slice(0, 19).replace('T', ' ')},${int(100, 999)} INFO  [io.qua.dat.run.DataSources] (main) datasource 'default' url=jdbc:postgresql://pg.internal:5432/claims?user=claims_svc&password=${c.cpw('jdbc_query')}&ssl=true\n${ts().slice(0, 19).replace('T', ' ')} INFO  [io.quarkus] (main) claims ${c.k(semver())} on JVM (powered by Quarkus ${c.k('3.15.1')}) started in ${c.k(`${int(1, 4)}.${digits(3)}s`)}. Listening on: http://0.0.0.0:8080`);
  },
  'zap-json'(c) {
    return obj({ level: 'error', ts: epochMs() / 1000, caller: 'payments/stripe.go:214', msg: 'refund failed', refund: { id: c.k(`re_${alnum(24)}`), amount: c.kf('amount', int(100, 90000)) }, customer_email: c.mail(undefined, 'zap'), card_last4: c.k(masked(digits(4))), stacktrace: `main.(*Refunder).Do\n\t/home/${c.home(pick(['ppetrov', 'lchen', 'omar.haddad']), 'go_stack')}/go/src/payments/stripe.go:214` });
  },
  'slog-text'(c) {
    return txt(`time=${ts()} level=INFO msg="oauth token exchanged" client_id=${c.k(oauthClientId())} client_secret=${c.sec('client_secret_kv')} refresh_token=${c.s(b64url(48), 'token', 'refresh_kv')} user.email=${c.mail(undefined, 'logfmt')} latency=${c.k(`${int(10, 900)}.${digits(3)}ms`)}`);
  },
  lograge(c) {
    const p = c.name('params_hash');
    return txt(`method=PATCH path=/users/${int(100, 99999)} format=json controller=UsersController action=update ${c.k('status=200')} duration=${int(10, 300)}.${digits(2)} view=0.0 db=${int(1, 40)}.${digits(2)} params={"user"=>{"name"=>"${p.full}", "phone"=>"${c.tel(undefined, 'ruby_hash')}", "ssn"=>"${c.nid('us_ssn')}"}} request_id=${c.k(uuid())}`);
  },
  'dotnet-console'(c) {
    return txt(`info: Microsoft.EntityFrameworkCore.Database.Command[20101]\n      Executed DbCommand (${int(1, 90)}ms) [Parameters=[@p0='${c.name('ef_param').full}' (Size = 4000), @p1='${c.mail(undefined, 'ef_param')}' (Size = 256), @p2='${c.dob('iso', 'ef_param')}T00:00:00.0000000'], CommandType='Text', CommandTimeout='30']\n      INSERT INTO [Members] ([FullName], [Email], [BirthDate]) VALUES (@p0, @p1, @p2);\n      Server=sql-prod.internal;Database=Members;User Id=members_app;Password=${c.cpw('ado_net')};TrustServerCertificate=True;`);
  },
  'php-fpm'(c) {
    return txt(`[${int(10, 28)}-Jan-2025 ${int(10, 23)}:${int(10, 59)}:${int(10, 59)}] WARNING: [pool www] child ${int(1000, 30000)} said into stderr: "PHP Warning:  Undefined array key "iban" in /var/www/html/checkout/confirm.php on line ${int(20, 400)}; POST data: name=${(() => { const p = c.V.person(); return `${c.first(p, 'form_urlencoded')}+${c.last(p, 'form_urlencoded')}`; })()}&email=${c.mail(undefined, 'form_urlencoded')}&card=${c.card('form_urlencoded', 'plain')}"`);
  },
  haproxy(c) {
    return txt(`${ts()} lb-${int(1, 4)} haproxy[${int(1000, 9999)}]: ${c.ip('haproxy_client')}:${int(1024, 65000)} [${int(10, 28)}/Feb/2025:${int(10, 23)}:${int(10, 59)}:${int(10, 59)}.${int(100, 999)}] fe_https~ be_api/api${int(1, 9)} 0/0/${int(1, 9)}/${int(10, 300)}/${int(10, 400)} ${c.k('200')} ${int(100, 9000)} - - ---- ${int(1, 900)}/${int(1, 900)}/0/0/0 0/0 {${c.k('api.kestrelpay.com')}|Basic ${c.s(Buffer.from(`ops:${alnum(14)}`).toString('base64'), 'password', 'basic_auth_b64')}} "GET /v2/balances HTTP/1.1"`);
  },
  'traefik-json'(c) {
    return obj({ ClientAddr: `${c.ip('traefik')}:${int(1024, 65000)}`, ClientHost: c.ip('traefik_host'), DownstreamStatus: c.kf('DownstreamStatus', 401), Duration: c.kf('Duration', int(100000, 90000000)), RequestHost: c.k('grafana.ops.tallyhq.dev'), RequestMethod: 'GET', RequestPath: `/api/dashboards/uid/${lower(9)}?auth_token=${c.s(`glsa_${alnum(32)}_${hex(8)}`, 'token', 'grafana_sa_query')}`, RouterName: c.k('grafana@kubernetescrd'), StartUTC: ts(), 'request_User-Agent': 'Grafana/11.2.0' });
  },
  'caddy-access'(c) {
    const ck1 = c.ck(b64url(43), 'caddy_cookie'); const ck2 = c.ck(`GA1.1.${digits(10)}.${digits(10)}`, 'ga');
    return obj({ level: 'info', ts: epochMs() / 1000, logger: 'http.log.access.log0', msg: 'handled request', request: { remote_ip: c.ip('caddy_remote_ip'), proto: 'HTTP/2.0', method: 'GET', host: c.k('docs.brightmoor.co'), uri: '/account', headers: { Cookie: [`sid=${ck1}; _ga=${ck2}`], 'Accept-Language': ['de-DE,de;q=0.9'] } }, bytes_read: 0, duration: 0.012, size: 5123, status: c.kf('status', 200) });
  },
  'aws-alb'(c) {
    return txt(`h2 ${ts()} app/prod-alb/${c.k(hex(16))} ${c.ip('alb_client')}:${int(1024, 65000)} 10.0.${int(0, 200)}.${int(1, 250)}:8080 0.001 0.0${int(10, 99)} 0.000 200 200 ${int(100, 900)} ${int(100, 9000)} "GET https://api.kestrelpay.com:443/v1/me?session=${c.s(b64url(40), 'token', 'alb_query_session')} HTTP/2.0" "okhttp/4.12.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:${digits(12)}:targetgroup/api/${hex(16)} "${c.k(`Root=1-${hex(8)}-${hex(24)}`)}" "api.kestrelpay.com" "-" 0 ${ts()} "forward" "-" "-" "10.0.1.5:8080" "200" "-" "-"`);
  },
  'docker-jsonfile'(c) {
    const u = pick(['kwame', 'fatima.z', 'jbergstrom', 'npatel']);
    return obj({ log: `Cloning into '/home/${c.home(u, 'docker_log')}/work'...\nremote: https://x-access-token:${c.tok('git_url')}@github.com/kestrel/infra.git\n`, stream: 'stderr', time: ts(), attrs: { 'com.docker.compose.service': 'builder', image: c.k(`ghcr.io/kestrel/builder@${imageDigest()}`) } });
  },
  journald(c) {
    return obj({ __REALTIME_TIMESTAMP: String(epochMs() * 1000), _HOSTNAME: c.k(hostname()), SYSLOG_IDENTIFIER: 'sudo', _PID: String(int(100, 90000)), PRIORITY: '5', _BOOT_ID: c.k(hex(32)),
      MESSAGE: `${pick(['mwagner', 'akowalczyk', 'sdubois'])} : TTY=pts/${int(0, 9)} ; PWD=/home/${c.home(pick(['mwagner', 'akowalczyk', 'sdubois']), 'journald_pwd')} ; USER=root ; COMMAND=/usr/bin/psql "postgres://admin:${c.cpw('sudo_cmdline')}@localhost/prod"` });
  },
  'k8s-audit'(c) {
    return obj({ kind: 'Event', apiVersion: 'audit.k8s.io/v1', level: 'RequestResponse', auditID: c.k(uuid()), stage: 'ResponseComplete', requestURI: '/api/v1/namespaces/payments/secrets', verb: 'create',
      user: { username: c.wmail(undefined, 'k8s_user'), groups: ['system:authenticated'] }, sourceIPs: [c.ip('k8s_sourceIPs')],
      requestObject: { kind: 'Secret', metadata: { name: 'stripe-creds', namespace: 'payments' }, stringData: { STRIPE_SECRET_KEY: c.key('k8s_stringData'), WEBHOOK_SECRET: c.s(`whsec_${alnum(32)}`, 'other_secret', 'k8s_stringData') } }, responseStatus: { code: c.kf('code', 201) } });
  },
  'lambda-cloudwatch'(c) {
    const rid = c.k(uuid());
    return txt(`START RequestId: ${rid} Version: $LATEST\n${ts()}\t${rid}\tINFO\tevent={"headers":{"Authorization":"Bearer ${c.tok('lambda_event')}","X-Forwarded-For":"${c.ip('lambda_event')}"},"body":"{\\"phone\\":\\"${c.tel('e164', 'escaped_json')}\\"}"}\nEND RequestId: ${rid}\nREPORT RequestId: ${rid}\tDuration: ${c.k(`${int(1, 900)}.${digits(2)} ms`)}\tBilled Duration: ${int(1, 900)} ms\tMemory Size: 512 MB`);
  },
  'cloudflare-logpush'(c) {
    return obj({ ClientIP: c.ip('cf_ClientIP'), ClientRequestHost: c.k('shop.brightmoor.co'), ClientRequestURI: `/checkout/confirm?email=${c.mail(undefined, 'cf_uri')}&zip=${digits(5)}`, EdgeResponseStatus: c.kf('EdgeResponseStatus', 302), RayID: c.k(hex(16)), ClientCountry: 'de', ClientCity: c.k(pick(CITIES)), RequestHeaders: { 'cf-access-client-secret': c.sec('cf_access_secret'), 'cf-access-client-id': c.k(`${hex(32)}.access`) } });
  },
  'otel-logrecord'(c) {
    const p = c.name('otel_body');
    return obj({ resourceLogs: [{ resource: { attributes: [{ key: 'service.name', value: { stringValue: c.k('loyalty-api') } }, { key: 'host.name', value: { stringValue: hostname() } }] },
      scopeLogs: [{ logRecords: [{ timeUnixNano: `${epochMs()}000000`, severityText: 'INFO', body: { stringValue: `points redeemed by ${p.full}` }, traceId: c.k(traceId()), spanId: c.k(spanId()),
        attributes: [{ key: 'enduser.id', value: { stringValue: c.mail(p, 'otel_attr') } }, { key: 'client.address', value: { stringValue: c.ip('otel_attr') } }, { key: 'http.request.header.authorization', value: { arrayValue: { values: [{ stringValue: `Bearer ${c.tok('otel_array')}` }] } } }, { key: 'loyalty.points', value: { intValue: c.k(String(int(10, 9000))) } }] }] }] }] });
  },
  bugsnag(c) {
    const p = c.name('bugsnag_user');
    return obj({ payloadVersion: '5', events: [{ exceptions: [{ errorClass: 'ValidationError', message: `iban ${c.iban(undefined, true, 'error_message')} rejected by bank`, stacktrace: [{ file: `/Users/${c.home(pick(['elena.r', 'tbaptiste', 'yukis']), 'macos_frame')}/dev/app/src/payouts.ts`, lineNumber: int(10, 300), method: 'submitPayout' }] }],
      user: { id: c.k(`u_${lower(10)}`), name: p.full, email: c.mail(p, 'bugsnag_user') }, app: { version: c.k(semver()), releaseStage: 'production' }, device: { hostname: c.k(podName()) } }] });
  },
  'gitlab-ci'(c) {
    return txt(`Running with gitlab-runner ${c.k('17.4.0')} (${c.k(shortSha())})\n$ echo "Deploying ${c.k(gitSha())} to production"\n$ curl -sf -X POST -H "PRIVATE-TOKEN: ${c.s(`glpat-${b64url(20)}`, 'token', 'gitlab_header')}" "https://gitlab.kestrel.dev/api/v4/projects/${int(10, 900)}/deployments"\n$ docker login -u deployer -p ${c.pw('docker_login_flag')} registry.kestrel.dev\nWARNING! Using --password via the CLI is insecure.\nJob succeeded after ${c.k(`${int(1, 9)}m ${int(1, 59)}s`)}`);
  },
  jenkins(c) {
    return txt(`[Pipeline] sh\n+ mvn -B deploy -Dnexus.user=ci -Dnexus.password=${c.pw('jvm_sysprop')} -Drevision=${c.k(semver())}\n[INFO] Uploading to nexus: https://nexus.internal/repository/releases/com/kestrel/core/${semver()}/core.jar\n+ ssh -i /var/jenkins_home/.ssh/deploy_key deploy@${c.ip('ssh_target')} 'sudo systemctl restart core'\nFinished: ${c.k('SUCCESS')}`);
  },
  buildkite(c) {
    return obj({ event: 'build.finished', build: { id: c.k(uuid()), number: int(100, 9999), commit: c.k(gitSha()), branch: 'main', creator: { name: c.name('ci_creator').full, email: c.wmail(undefined, 'ci_creator') }, env: { NPM_TOKEN: c.s(`npm_${alnum(36)}`, 'token', 'ci_env'), SENTRY_AUTH_TOKEN: c.s(`sntrys_${b64url(80)}`, 'token', 'ci_env'), NODE_VERSION: c.k('22.11.0') } } });
  },
  'twilio-webhook'(c) {
    return txt(`POST /hooks/sms 200 body=ToCountry=GB&SmsMessageSid=${c.k(`SM${hex(32)}`)}&From=%2B${c.s(c.V.phone('e164').slice(1), 'phone', 'form_encoded')}&Body=Hi+its+${c.first(c.V.person(), 'sms_body')}+my+login+code+is+${c.s(digits(6), 'other_secret', 'otp_code')}&AccountSid=${c.k(`AC${hex(32)}`)}&ApiVersion=2010-04-01`);
  },
  'sendgrid-events'(c) {
    return obj([{ email: c.mail(undefined, 'event_array'), timestamp: Math.floor(epochMs() / 1000), event: 'bounce', reason: `550 5.1.1 <${c.mail(undefined, 'smtp_reason')}>: Recipient address rejected`, sg_event_id: c.k(b64url(22)), sg_message_id: c.k(`${b64url(22)}.recvd-${lower(10)}-1-${hex(8)}-${int(1, 9)}`), ip: c.ip('sendgrid_ip') }]);
  },
  'adyen-notification'(c) {
    const p = c.V.person(); c.first(p, 'java_tostring'); c.last(p, 'java_tostring');
    return obj({ live: 'true', notificationItems: [{ NotificationRequestItem: { additionalData: { hmacSignature: c.s(b64(43) + '=', 'other_secret', 'hmac_signature'), shopperEmail: c.mail(p), shopperName: `[first name=${p.first}, infix=null, last name=${p.last}]`, cardSummary: c.kf('cardSummary', digits(4)), expiryDate: '03/2030', shopperIP: c.ip('shopperIP') }, amount: { currency: 'EUR', value: int(100, 99999) }, eventCode: 'AUTHORISATION', merchantReference: c.k(orderId()), pspReference: c.k(upper(16)), success: 'true' } }] });
  },
  'paypal-ipn'(c) {
    const p = c.V.person();
    return txt(`IPN verified: mc_gross=${int(5, 500)}.00&payer_email=${c.mail(p, 'ipn_form')}&first_name=${c.first(p, 'ipn_form')}&last_name=${c.last(p, 'ipn_form')}&address_street=${c.s(c.V.address().value.replace(/ /g, '+'), 'address', 'ipn_form_plus')}&txn_id=${c.k(upper(17))}&payment_status=Completed&verify_sign=${c.k(`A${b64url(55)}`)}`);
  },
  'clerk-webhook'(c) {
    const p = c.V.person();
    return obj({ type: 'user.created', object: 'event', data: { id: c.k(`user_${alnum(27)}`), first_name: c.first(p), last_name: c.last(p), email_addresses: [{ email_address: c.mail(p, 'clerk_array'), id: c.k(`idn_${alnum(27)}`) }], phone_numbers: [{ phone_number: c.tel('e164', 'clerk_array') }], last_sign_in_at: epochMs(), two_factor_enabled: true, backup_codes: c.V.recoveryCodes(3).map((x) => c.s(x, 'other_secret', 'backup_code')) }, svix_id: c.k(`msg_${alnum(27)}`) });
  },
  'intercom-conversation'(c) {
    const p = c.name('chat_author');
    const msg = pick([() => `Hi, I'm ${p.full}. My card ${c.card('chat_free_text', 'space')} was charged twice, please refund to ${c.iban(undefined, true, 'chat_free_text')}`, () => `Hallo, hier ist ${p.full}. Meine neue Adresse: ${c.addr('chat_free_text').value}. Telefon ${c.tel('de', 'chat_free_text')}`])();
    return obj({ type: 'notification_event', topic: 'conversation.user.replied', data: { item: { id: c.k(String(int(1e9, 9e9))), source: { author: { name: p.full, email: c.mail(p, 'chat_author') } }, conversation_parts: { conversation_parts: [{ body: `<p>${msg}</p>`, part_type: 'comment' }] }, tags: { tags: [{ name: c.k('billing') }] } } } });
  },
  'shopify-order'(c) {
    const p = c.V.person(); const a = V_addrShip(c);
    return obj({ id: int(1e12, 9e12), name: c.k(`#${int(1000, 99999)}`), email: c.mail(p, 'shopify'), browser_ip: c.ip('browser_ip'), customer: { first_name: c.first(p), last_name: c.last(p), phone: c.tel() }, shipping_address: a, line_items: [{ sku: c.k(sku()), title: c.k(product()), quantity: 1 }], fulfillment: { tracking_number: c.k(tracking()) } });
  },
  'slack-events'(c) {
    return obj({ token: c.s(alnum(24), 'token', 'slack_verification'), team_id: c.k(`T${upper(10)}`), api_app_id: c.k(`A${upper(10)}`), event: { type: 'message', user: c.k(`U${upper(10)}`), text: `<@U${upper(10)}> can you reset the staging db? creds are admin / ${c.pw('chat_message')}`, ts: `${Math.floor(epochMs() / 1000)}.${digits(6)}`, channel: c.k(`C${upper(10)}`) }, event_id: c.k(`Ev${upper(10)}`) });
  },
  'segment-track'(c) {
    const p = c.name('segment_traits');
    return obj({ type: 'identify', messageId: c.k(`ajs-next-${hex(32)}`), anonymousId: c.k(uuid()), userId: c.k(`usr_${lower(12)}`), traits: { name: p.full, email: c.mail(p, 'segment_traits'), phone: c.tel(), address: { street: c.addr('segment_traits').value, city: c.k(pick(CITIES)) }, birthday: c.dob('iso', 'segment_traits') }, context: { ip: c.ip('segment_context'), library: { name: 'analytics.js', version: c.k(semver()) } } });
  },
  'keycloak-event'(c) {
    return obj({ type: 'LOGIN_ERROR', realmId: 'customers', clientId: c.k('web-portal'), userId: c.k(uuid()), ipAddress: c.ip('keycloak'), error: 'invalid_user_credentials', details: { auth_method: 'openid-connect', redirect_uri: 'https://portal.brightmoor.co/callback', username: c.mail(undefined, 'keycloak_username'), code_id: c.k(uuid()) }, ...{ bruteForceMaxFailures: c.kf('bruteForceMaxFailures', 30) } });
  },
  'firebase-auth-export'(c) {
    const p = c.name('firebase');
    return obj({ users: [{ localId: c.k(alnum(28)), email: c.mail(p, 'firebase'), emailVerified: true, displayName: p.full, passwordHash: c.s(b64(86) + '==', 'password', 'scrypt_hash'), salt: c.s(b64(22) + '==', 'other_secret', 'password_salt'), phoneNumber: c.tel('e164', 'firebase'), providerUserInfo: [{ providerId: 'google.com', rawId: c.k(digits(21)) }] }], hash_config: { algorithm: 'SCRYPT', rounds: 8, ...{} } });
  },
  'datadog-agent'(c) {
    return txt(`${ts().slice(0, 19).replace('T', ' ')} UTC | CORE | ERROR | (pkg/forwarder/transaction.go:${int(100, 400)} in internalProcess) | API Key invalid, dropping transaction for https://7-${int(40, 60)}-0-app.agent.datadoghq.eu/api/v2/series?api_key=${c.s(hex(32), 'api_key', 'dd_query')} (HTTP 403) | hostname=${c.k(hostname())} version=${c.k('7.58.2')}`);
  },
  'rollbar-item'(c) {
    return obj({ access_token: c.s(hex(32), 'api_key', 'rollbar_post_server'), data: { environment: 'production', body: { trace_chain: [{ exception: { class: 'PaymentError', message: `Could not charge ${c.card('exception_message', 'dash')}` } }, { exception: { class: 'SocketError', message: `cause: ECONNRESET from ${c.k('acquirer-gw.internal')}` } }] }, person: { id: c.k(String(int(1000, 99999))), email: c.mail(undefined, 'rollbar_person') }, request: { user_ip: c.ip('rollbar_ip'), query_string: `coupon=${c.k(upper(8))}` }, code_version: c.k(gitSha()) } });
  },
  'github-webhook'(c) {
    return obj({ action: 'created', hook_id: int(1e8, 9e8), hook: { config: { url: 'https://ci.kestrel.dev/hooks/github', content_type: 'json', secret: c.s(alnum(40), 'other_secret', 'webhook_secret'), insecure_ssl: '0' } }, sender: { login: c.k(`kestrel-bot`), id: int(1e6, 9e7) }, repository: { full_name: c.k('kestrel/payments'), pushed_at: ts() }, deploy_key: { title: 'ci', key: c.k(`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${b64(43)}`), fingerprint: c.k(sshFingerprint()) } });
  },
  'zendesk-sunshine'(c) {
    const p = c.nl('ticket_requester');
    return obj({ ticket: { id: int(10000, 999999), subject: c.k(`${ticketKey()} refund`), requester: { name: p, email: c.mail(undefined, 'ticket_requester') }, comment: { body: pick([() => `お世話になっております。電話番号は${c.tel('jp', 'ja_text')}です。`, () => `Здравствуйте, мой номер ${c.tel('e164', 'ru_text')}, перезвоните пожалуйста.`, () => `مرحبا، رقم هاتفي ${c.tel('e164', 'ar_text')} شكرا`])() }, custom_fields: [{ id: int(1e6, 9e6), value: c.k(orderId()) }] } });
  },
};

function V_addrShip(c) {
  const p = c.name('shipping_name'); const a = c.addr('shipping_address1');
  return { first_name: c.first(p), last_name: c.last(p), name: p.full, address1: a.value, city: c.k(a.city), country_code: 'DE', latitude: (() => { const g = c.geo('shopify_shipping'); c._lng = g.lng; return g.lat; })(), longitude: c._lng };
}

