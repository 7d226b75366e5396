// Emitters for heldout-v7: each returns one log record as a given system would ship it.
// L(value, kind, sub) labels a planted value, K(value) marks a hard negative, KF(key, value) marks a field kept as a JSON fragment.
const nat = (v, L) => { const [sub, val] = v.nationalId(); return L(val, 'national_id', sub); };
const tok = (v, L) => { const [sub, val] = v.token(); return L(val, 'token', sub); };
const akey = (v, L) => { const [sub, val] = v.apiKey(); return L(val, 'api_key', sub); };
const osec = (v, L) => { const [sub, val] = v.otherSecret(); return L(val, 'other_secret', sub); };

export const FAMILIES = {
  'node-pino-http': (v, L, K, KF) => ({ format: 'object', record: {
    level: 30, time: Number(v.digits(13).replace(/^./, '1')), reqId: K(v.uuid()), msg: 'request completed',
    req: { method: 'POST', url: K(`/v2/orders/${v.orderId()}/capture`), remoteAddress: L(v.ipv4(), 'ip', 'remote_address'),
      headers: { authorization: `Bearer ${tok(v, L)}`, cookie: `connect.sid=${L(v.cookieVal(), 'cookie', 'connect_sid')}; theme=dark`, 'user-agent': K(`okhttp/${v.version()}`) } },
    res: { statusCode: 201 }, responseTime: KF('responseTime', v.int(3, 900)),
  } }),
  'node-express-stack': (v, L, K) => {
    const pw = L(v.password().replace(/[@/:# ]/g, 'x'), 'connection_string', 'postgres_url');
    return { format: 'text', record: `Error: password authentication failed for user "svc_orders"\n    at Connection.parseE (/app/node_modules/pg/lib/connection.js:${v.int(100, 700)}:11)\n    at Client._connect (/app/src/db.js:${v.int(10, 90)}:7) DATABASE_URL=postgres://svc_orders:${pw}@${K(v.host())}:5432/orders release=${K(v.sha())}` };
  },
  'python-django-request': (v, L, K) => ({ format: 'text', record: `[${K(v.ts())}] ERROR django.request: Internal Server Error: /accounts/profile/ user=${L(v.email(), 'email', 'kv')} remote_addr=${L(v.ipv4(), 'ip', 'kv')} request_id=${K(v.uuid())} version=${K(v.version())}` }),
  'python-celery-dict-repr': (v, L, K) => ({ format: 'text', record: `[${K(v.ts())}: INFO/ForkPoolWorker-${v.int(1, 8)}] Task billing.tasks.sync_customer[${K(v.uuid())}] received: {'customer_id': '${K(v.orderId())}', 'email': '${L(v.email(), 'email', 'py_repr')}', 'stripe_key': '${L(v.apiKey()[1], 'api_key', 'py_repr')}', ${K("'max_retries': 5")}}` }),
  'java-spring-tostring': (v, L, K) => ({ format: 'text', record: `${K(v.ts())} DEBUG 1 --- [nio-8080-exec-${v.int(1, 9)}] c.t.account.AccountService : saving Customer{id=${v.int(1000, 99999)}, fullName='${L(v.name(), 'person_name', 'java_tostring')}', email='${L(v.email(), 'email', 'java_tostring')}', phone='${L(v.phone(), 'phone', 'java_tostring')}', password='${L(v.password(), 'password', 'java_tostring')}', tier=GOLD, externalRef=${K(v.uuid())}}` }),
  'go-struct-dump': (v, L, K) => ({ format: 'text', record: `time=${K(v.ts())} level=DEBUG msg="upsert subscriber" sub="{ID:${K(v.uuid())} Name:${L(v.name(), 'person_name', 'go_struct')} Email:${L(v.email(), 'email', 'go_struct')} APIKey:${L(v.apiKey()[1], 'api_key', 'go_struct')} Plan:pro Seats:${v.int(2, 80)}}"` }),
  'go-http-headers-map': (v, L, K) => ({ format: 'text', record: `http: panic serving ${L(v.ipv4(), 'ip', 'go_remote')}:${v.int(1025, 65000)}: runtime error: invalid memory address; headers=map[Accept:[application/json] Authorization:[Bearer ${tok(v, L)}] Cookie:[_session_id=${L(v.cookieVal(), 'cookie', 'go_header')}] X-Request-Id:[${K(v.uuid())}]]` }),
  'ruby-rails-params': (v, L, K) => ({ format: 'text', record: `Started POST "/users/sign_up" for ${L(v.ipv4(), 'ip', 'rails')} at ${K('2026-11-' + String(v.int(10, 28)))} ${v.int(10, 23)}:00:00 +0000\n  Parameters: {"authenticity_token"=>"${v.b64(43)}", "user"=>{"name"=>"${L(v.name(), 'person_name', 'ruby_hash')}", "email"=>"${L(v.email(), 'email', 'ruby_hash')}", "password"=>"${L(v.password(), 'password', 'ruby_hash')}", "plan_id"=>"${K(v.orderId())}"}}` }),
  'ruby-sidekiq-inspect': (v, L, K) => ({ format: 'text', record: `${K(v.ts())} pid=${v.int(100, 9000)} tid=${v.alnum(6)} class=InvoiceMailerJob jid=${K(v.hex(24))} INFO: args={:recipient => "${L(v.email(), 'email', 'ruby_inspect')}", :iban => "${L(v.iban(), 'iban', 'ruby_inspect')}", :amount_cents => 12900}` }),
  'dotnet-serilog': (v, L, K, KF) => ({ format: 'object', record: {
    '@t': K(v.ts()), '@mt': 'Opening connection to {DataSource} for {UserName}', '@l': 'Warning', DataSource: K(v.host()),
    UserName: L(v.email(), 'email', 'serilog_prop'),
    ConnectionString: `Server=${v.host()};Database=Payroll;User Id=payroll_app;Password=${L(v.password().replace(/[; ]/g, 'z'), 'connection_string', 'ado_net')};Encrypt=True`,
    Properties: { SourceContext: 'Payroll.Data.Db', RetryCount: KF('RetryCount', v.int(0, 5)), ConnectTimeout: KF('ConnectTimeout', 30) },
  } }),
  'dotnet-exception-text': (v, L, K) => ({ format: 'text', record: `fail: Microsoft.EntityFrameworkCore.Database.Connection[20004]\n      An error occurred using the connection to database 'Crm' on server '${K(v.host())}'. System.Data.SqlClient.SqlException: Login failed for user 'crm_rw'. Conn: Data Source=${v.host()};Initial Catalog=Crm;User ID=crm_rw;Pwd=${L(v.password().replace(/[; ]/g, 'q'), 'connection_string', 'ado_net_pwd')}; TraceId=${K(v.hex(32))}` }),
  'php-laravel': (v, L, K) => { const em = L(v.email(), 'email', 'sql_error'); return { format: 'text', record: `[${K(v.ts())}] production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '${em}' for key 'users_email_unique' (Connection: mysql, SQL: insert into \`users\` (\`name\`, \`email\`, \`phone\`) values (${L(v.name(), 'person_name', 'sql_values')}, ${em}, ${L(v.phone(), 'phone', 'sql_values')})) {"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 23000)","request_id":"${K(v.uuid())}"}` }; },
  'php-monolog-json': (v, L, K, KF) => ({ format: 'object', record: {
    message: 'Payment profile updated', context: { customer: { first_name: L(v.first() + ' ' + v.last(), 'person_name', 'nested'), billing_iban: L(v.iban(), 'iban', 'snake_key'), dob: L(v.dob(), 'dob', 'snake_key') }, mandate_ref: K(v.orderId()) },
    level: 200, level_name: 'INFO', channel: 'billing', datetime: K(v.ts()), extra: { memory_peak_usage: KF('memory_peak_usage', `${v.int(4, 60)} MB`) },
  } }),
  'rust-tracing': (v, L, K) => ({ format: 'text', record: `${K(v.ts())}  INFO request{method=POST uri=/oauth/token version=HTTP/1.1}: gatekeeper::auth: issued token client_id=${K('cli_' + v.alnum(16))} user.email="${L(v.email(), 'email', 'tracing_field')}" peer=${L(v.ipv6(), 'ip', 'ipv6')} access_token=${tok(v, L)} elapsed=${K(`${v.int(2, 90)}.${v.int(100, 999)}ms`)}` }),
  'elixir-phoenix': (v, L, K) => ({ format: 'text', record: `${K(v.ts())} request_id=${K(v.alnum(20))} [info] POST /api/v1/devices\n  Parameters: %{"device" => %{"owner_phone" => "${L(v.phone(), 'phone', 'elixir_map')}", "otp_secret" => "${osec(v, L)}", "model" => "Pixel 9", "push_token_ttl" => 86400}}` }),
  'sqlalchemy-params': (v, L, K) => ({ format: 'text', record: `sqlalchemy.engine.Engine [generated in 0.00${v.int(10, 99)}s] INSERT INTO patients (full_name, birth_date, national_id, postal_address) VALUES (%(full_name)s, %(birth_date)s, %(national_id)s, %(postal_address)s) [parameters: {'full_name': '${L(v.name(), 'person_name', 'sql_params')}', 'birth_date': '${L(v.dob(), 'dob', 'sql_params')}', 'national_id': '${nat(v, L)}', 'postal_address': '${L(v.address(), 'address', 'sql_params')}'}] cache_key=${K(v.hex(16))}` }),
  'hibernate-binding': (v, L, K) => ({ format: 'text', record: `${K(v.ts())} TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [${v.int(1, 3)}] as [VARCHAR] - [${L(v.email(), 'email', 'positional')}]; binding parameter [4] as [VARCHAR] - [${L(v.card(), 'card', 'positional')}]; binding parameter [5] as [BIGINT] - [${K(String(v.int(100000, 9999999)))}]` }),
  'prisma-query-event': (v, L, K, KF) => ({ format: 'object', record: {
    event: 'query', query: 'UPDATE "public"."Member" SET "phone" = $1, "homeAddress" = $2 WHERE "id" = $3',
    params: JSON.stringify([L(v.phone(), 'phone', 'json_in_string'), L(v.address(), 'address', 'json_in_string'), K(v.uuid())]), duration: KF('duration', v.int(1, 400)), target: 'quaint::connector::metrics',
  } }),
  'mongo-driver': (v, L, K) => ({ format: 'object', record: {
    t: { $date: K(v.ts()) }, s: 'W', c: 'NETWORK', msg: 'Server selection failed',
    attr: { uri: `mongodb+srv://reporting:${L(v.alnum(20), 'connection_string', 'mongodb_srv')}@cluster${v.int(0, 9)}.${v.lower(5)}.mongodb.net/analytics?retryWrites=true`, driverVersion: K(v.version()) },
  } }),
  'redis-client-log': (v, L, K) => ({ format: 'text', record: `${K(v.ts())} ioredis:redis status[${K(v.host())}:6380]: wait -> connecting; options=${JSON.stringify({ host: 'cache', port: 6380, password: L(v.password(), 'password', 'redis_option'), db: 4, keyPrefix: 'sess:' })}` }),
  'kafka-consumer': (v, L, K) => ({ format: 'text', record: `[${K(v.ts())}] WARN [Consumer clientId=ledger-sink, groupId=ledger] dead-letter topic=payments.v3 partition=${v.int(0, 11)} offset=${K(String(v.int(1000000, 99999999)))} value={"payer":{"name":"${L(v.name(), 'person_name', 'kafka_json')}","iban":"${L(v.iban(), 'iban', 'kafka_json')}"},"schemaVersion":"${K(v.version())}"}` }),
  'sqs-message-body': (v, L, K, KF) => ({ format: 'object', record: {
    MessageId: K(v.uuid()), ReceiptCount: KF('ReceiptCount', v.int(1, 4)), MD5OfBody: K(v.hex(32)),
    Body: JSON.stringify({ type: 'user.registered', user: { email: L(v.email(), 'email', 'json_in_string'), signupIp: L(v.ipv4(), 'ip', 'json_in_string'), birthday: L(v.dob(), 'dob', 'json_in_string') } }),
  } }),
  'api-gateway-access': (v, L, K, KF) => ({ format: 'object', record: {
    requestId: K(v.uuid()), ip: L(v.ipv4(), 'ip', 'gateway'), requestTime: K(v.ts()), httpMethod: 'GET', status: 200,
    path: `/v1/export?format=csv&api_key=${akey(v, L)}&notify=${L(v.email(), 'email', 'query_string')}`, responseLength: KF('responseLength', v.int(100, 99999)), integrationLatency: KF('integrationLatency', v.int(5, 3000)),
  } }),
  'nginx-combined': (v, L, K) => ({ format: 'text', record: `${L(v.ipv4(), 'ip', 'nginx')} - - [${v.int(10, 28)}/Nov/2026:${v.int(10, 23)}:${v.int(10, 59)}:${v.int(10, 59)} +0000] "GET /reset-password?token=${L(v.alnum(40), 'token', 'reset_query')}&uid=${K(String(v.int(10000, 999999)))} HTTP/2.0" 302 0 "-" "${K(`Mozilla/5.0 (Macintosh) Firefox/${v.int(120, 140)}.0`)}" rt=${K(`0.${v.int(100, 999)}`)}` }),
  'envoy-header-array': (v, L, K) => ({ format: 'object', record: {
    start_time: K(v.ts()), upstream_cluster: K(`outbound|443||${v.host()}`), response_code: 403,
    request_headers: [{ key: 'x-api-key', value: akey(v, L) }, { key: 'x-forwarded-for', value: L(v.ipv4(), 'ip', 'xff') }, { key: 'x-b3-traceid', value: K(v.hex(32)) }, { key: 'x-client-version', value: K(v.version()) }],
  } }),
  'aws-cloudtrail': (v, L, K) => ({ format: 'object', record: {
    eventVersion: '1.09', eventTime: K(v.ts()), eventName: 'CreateAccessKey', sourceIPAddress: L(v.ipv4(), 'ip', 'cloudtrail'),
    userIdentity: { type: 'IAMUser', arn: K(`arn:aws:iam::${v.digits(12)}:user/deploy-bot`), accessKeyId: L(v.apiKey()[1], 'api_key', 'cloudtrail_key') },
    responseElements: { accessKey: { userName: 'deploy-bot', secretAccessKey: L(v.b64(40).replace(/\+/g, 'k'), 'other_secret', 'aws_secret_access_key'), status: 'Active' } }, requestID: K(v.uuid()),
  } }),
  'gcp-cloud-logging': (v, L, K) => ({ format: 'object', record: {
    insertId: K(v.alnum(14).toLowerCase()), severity: 'ERROR', resource: { type: 'cloud_run_revision', labels: { service_name: 'checkout', revision_name: K(`checkout-000${v.int(10, 99)}-${v.lower(3)}`) } },
    httpRequest: { remoteIp: L(v.ipv4(), 'ip', 'gcp_remote'), requestUrl: K(`https://checkout.${v.pick(['tallyhq', 'ledgerline'])}.app/api/cart`), latency: K(`0.${v.int(100, 999)}s`) },
    jsonPayload: { message: `card declined for ${L(v.email(), 'email', 'sentence_en')}`, customerPhone: L(v.phone(), 'phone', 'camel_key') },
  } }),
  'azure-monitor': (v, L, K) => ({ format: 'object', record: {
    time: K(v.ts()), category: 'StorageRead', operationName: 'GetBlob', callerIpAddress: `${L(v.ipv4(), 'ip', 'azure_caller')}:${v.int(1025, 65000)}`,
    uri: `https://${v.lower(8)}.blob.core.windows.net/exports/report.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31&sig=${L(encodeURIComponent(v.b64(43) + '='), 'other_secret', 'azure_sas_sig')}`, correlationId: K(v.uuid()),
  } }),
  'okta-system-log': (v, L, K) => ({ format: 'object', record: {
    uuid: K(v.uuid()), published: K(v.ts()), eventType: 'user.session.start', displayMessage: 'User login to Okta',
    actor: { id: K(`00u${v.alnum(17)}`), type: 'User', alternateId: L(v.email(), 'email', 'okta_actor'), displayName: L(v.name(), 'person_name', 'okta_actor') },
    client: { ipAddress: L(v.ipv4(), 'ip', 'okta_client'), geographicalContext: { city: 'Porto', geolocation: (() => { const [la, lo] = v.geo(); return { lat: Number(L(la, 'geo', 'lat')), lon: Number(L(lo, 'geo', 'lng')) }; })() } },
  } }),
  'auth0-tenant-log': (v, L, K, KF) => ({ format: 'object', record: {
    date: K(v.ts()), type: 'seccft', description: 'Client Credentials for Access Token', client_id: K(v.alnum(32)), client_name: 'Reporting M2M',
    details: { request: { body: { grant_type: 'client_credentials', client_secret: osec(v, L), audience: K(`https://api.${v.pick(['tallyhq', 'stackfold'])}.io/`) } } }, token_lifetime: KF('token_lifetime', 86400),
  } }),
  'stripe-event': (v, L, K) => ({ format: 'object', record: {
    id: K(`evt_${v.alnum(24)}`), type: 'customer.updated', api_version: K('2026-09-30.acacia'),
    data: { object: { id: K(`cus_${v.alnum(14)}`), name: L(v.name(), 'person_name', 'stripe'), email: L(v.email(), 'email', 'stripe'), phone: L(v.phone(), 'phone', 'stripe'),
      address: { line1: L(v.address(), 'address', 'stripe_line1') }, invoice_settings: { default_payment_method: K(`pm_${v.alnum(24)}`) } } },
    publishableKey: K(v.pubKey()),
  } }),
  'payment-gateway-debug': (v, L, K) => ({ format: 'text', record: `${K(v.ts())} DEBUG PspClient >> authorise merchantAccount=TallyEU reference=${K(v.orderId())} pan=${L(v.card(), 'card', 'kv')} expiry=0${v.int(1, 9)}/${v.int(27, 31)} holder="${L(v.name(), 'person_name', 'quoted_kv')}" amount=EUR ${v.int(5, 900)}.${v.int(10, 99)} secret=${L(v.apiKey()[1], 'api_key', 'kv_secret')}` }),
  'zendesk-ticket': (v, L, K) => ({ format: 'object', record: {
    ticket: { id: v.int(10000, 999999), subject: 'Cannot update billing details', status: 'open', external_id: K(v.orderId()),
      requester: { name: L(v.name(), 'person_name', 'requester'), email: L(v.email(), 'email', 'requester') },
      description: `Hola, mi teléfono es ${L(v.phone(), 'phone', 'sentence_es')} y vivo en ${L(v.address(), 'address', 'sentence_es')}. Gracias.`, tags: [K('billing'), K(`tier_${v.int(1, 3)}`)] },
  } }),
  'hubspot-crm-contact': (v, L, K) => ({ format: 'object', record: {
    objectId: v.int(100000, 999999), portalId: K(String(v.int(1000000, 9999999))), changeSource: 'CRM_UI',
    properties: { FirstName_LastName: L(v.name(), 'person_name', 'pascal_key'), MobilePhone: L(v.phone(), 'phone', 'pascal_key'), EMail: L(v.email(), 'email', 'pascal_key'), LifecycleStage: 'customer', HsObjectId: K(String(v.int(10000000, 99999999))) },
  } }),
  'hr-employee-sync': (v, L, K) => ({ format: 'object', record: {
    'employee-id': K(`E${v.digits(6)}`), 'legal-name': L(v.name(), 'person_name', 'kebab_key'), 'date-of-birth': L(v.dob(), 'dob', 'kebab_key'),
    'tax-id': nat(v, L), 'salary-account': L(v.iban(), 'iban', 'kebab_key'), 'home-address': L(v.address(), 'address', 'kebab_key'), 'cost-center': K(`CC-${v.int(100, 999)}`),
  } }),
  'hr-payroll-fixed-width': (v, L, K) => {
    const id = K(`EMP${v.digits(5)}`); const nm = L(v.name(), 'person_name', 'fixed_width'); const ib = L(v.iban().replace(/ /g, ''), 'iban', 'fixed_width');
    return { format: 'text', record: `PAYRUN ${K(`2026-${String(v.int(1, 11)).padStart(2, '0')}`)}\n${id}  ${nm.padEnd(32)}${ib.padEnd(36)}${String(v.int(200000, 900000)).padStart(10)} EUR` };
  },
  'postfix-smtp': (v, L, K) => ({ format: 'text', record: `${K(`Nov ${v.int(10, 28)} ${v.int(10, 23)}:${v.int(10, 59)}:${v.int(10, 59)}`)} mx2 postfix/smtp[${v.int(1000, 30000)}]: ${K(v.upper(10).replace(/[^A-F]/g, 'C'))}: to=<${L(v.email(), 'email', 'postfix')}>, relay=${K(`aspmx.l.${v.pick(['google', 'outlook'])}.com`)}[142.250.${v.int(1, 200)}.${v.int(1, 200)}]:25, delay=${v.int(1, 9)}.${v.int(1, 9)}, dsn=2.0.0, status=sent` }),
  'sshd-auth': (v, L, K) => {
    const u = v.username();
    return { format: 'text', record: `sshd[${v.int(1000, 60000)}]: Accepted publickey for deploy from ${L(v.ipv4(), 'ip', 'sshd')} port ${v.int(30000, 65000)} ssh2: ED25519 ${K(`SHA256:${v.b64(43)}`)}; session opened, cwd=/home/${L(u, 'home_path', 'linux_home')}/releases/${K(v.sha().slice(0, 12))}` };
  },
  'postgres-server-log': (v, L, K) => ({ format: 'text', record: `${K(v.ts())} UTC [${v.int(100, 90000)}] app@orders ERROR:  duplicate key value violates unique constraint "customers_email_key"\n\tDETAIL:  Key (email)=(${L(v.email(), 'email', 'pg_detail')}) already exists.\n\tSTATEMENT:  ALTER ROLE reporting WITH PASSWORD '${L(v.password().replace(/'/g, 'x'), 'password', 'sql_literal')}'` }),
  'container-env-dump': (v, L, K) => ({ format: 'object', record: {
    container: K(`billing-api-${v.hex(10)}`), image: K(`registry.${v.pick(['tallyhq', 'ledgerline'])}.io/billing-api:${v.version()}`),
    env: [K('NODE_ENV=production'), K(`PORT=${v.int(3000, 9000)}`), `STRIPE_SECRET_KEY=${L(`sk_live_${v.alnum(48)}`, 'api_key', 'env_array')}`, `REDIS_URL=rediss://default:${L(v.alnum(32), 'connection_string', 'redis_url')}@cache.${v.lower(6)}.internal:6380`, `SESSION_SECRET=${osec(v, L)}`, K(`LOG_LEVEL=info`)],
  } }),
  'k8s-secret-event': (v, L, K) => ({ format: 'object', record: {
    kind: 'Event', reason: 'FailedMount', involvedObject: { kind: 'Pod', name: K(`ingest-${v.hex(9)}-${v.lower(5)}`), namespace: 'data' },
    message: 'applied config drift detected', lastApplied: { apiVersion: 'v1', kind: 'Secret', stringData: { 'tls.key': L(v.pem(), 'private_key', 'pem_in_config'), 'tls.crt.sha256': K(v.sha256()) } },
  } }),
  'ci-github-actions': (v, L, K) => ({ format: 'text', record: `${K(v.ts())} ##[group]Run curl -sf -H "Authorization: token ${L(`ghp_${v.alnum(36)}`, 'token', 'github_pat_header')}" https://api.github.com/repos/tallyhq/app/dispatches\n${v.ts()} run_id=${K(String(v.int(1000000000, 9999999999)))} sha=${K(v.sha())} runner=${K(`ubuntu-24.04 ${v.version()}`)}` }),
  'ci-deploy-key-leak': (v, L, K) => ({ format: 'text', record: `[deploy ${K(v.sha().slice(0, 10))}] writing key to ~/.ssh/id_ed25519 (host key ${K(v.pubKey())}):\n${L(v.pem(), 'private_key', 'pem_in_text')}` }),
  'shell-process-list': (v, L, K) => ({ format: 'text', record: `root ${v.int(100, 40000)} 0.${v.int(1, 9)} 1.2 /usr/bin/mysqldump -u backup -p${L(v.alnum(14), 'password', 'cli_flag')} --host ${K(v.host())} --single-transaction shop\nroot ${v.int(100, 40000)} 0.0 0.1 /usr/local/bin/psql "postgresql://etl:${L(v.alnum(18), 'connection_string', 'cli_url')}@${K(v.host())}/warehouse" -c "select 1"` }),
  'config-dump-ini': (v, L, K) => ({ format: 'text', record: `loaded config /etc/ledger/app.ini:\n[smtp]\nhost = ${K(`smtp.${v.pick(['mailgun.org', 'sendgrid.net'])}`)}\nuser = apikey\npass = ${L(v.password(), 'password', 'ini')}\n[feature]\n${K('password_min_length = 12')}\n[webhooks]\nsigning_secret = ${osec(v, L)}\nbuild = ${K(v.sha())}` }),
  'config-dump-yaml-key': (v, L, K) => ({ format: 'text', record: `effective config (redacted=false):\nserver:\n  port: 8443\n  tls:\n    private_key: |\n      ${L(v.pem().split('\n').join('\n      '), 'private_key', 'yaml_block')}\n  version: ${K(v.version())}` }),
  'csv-export': (v, L, K) => ({ format: 'text', record: `export customers.csv chunk ${v.int(1, 300)}\nid,name,email,phone,birth_date,card\n${K(String(v.int(10000, 99999)))},"${L(v.name(), 'person_name', 'csv')}",${L(v.email(), 'email', 'csv')},"${L(v.phone(), 'phone', 'csv')}",${L(v.dob(), 'dob', 'csv')},${L(v.card(), 'card', 'csv')}` }),
  'hl7-adt': (v, L, K) => {
    const ln = v.last(); const fn = v.first(); const d = v.dob().replace(/\D/g, '');
    return { format: 'text', record: `MSH|^~\\&|EPIC|STJUDE|LAB|STJUDE|${K(`2026${String(v.int(1, 11)).padStart(2, '0')}${v.int(10, 28)}${v.int(10, 23)}${v.int(10, 59)}${v.int(10, 59)}`)}||ADT^A04|${K(`MSG${v.digits(8)}`)}|P|2.5.1\rPID|1||${K(`MRN${v.digits(7)}`)}^^^STJUDE^MR||${L(`${ln}^${fn}`, 'person_name', 'hl7')}||${L(d.length === 8 ? d : `19${d}`, 'dob', 'hl7')}|F|||${L(`${v.int(1, 999)} Sycamore Ln^^Dayton^OH^${v.int(45001, 45999)}`, 'address', 'hl7')}||${L(v.phone(), 'phone', 'hl7')}` };
  },
  'travel-pnr': (v, L, K, KF) => ({ format: 'object', record: {
    recordLocator: K(v.upper(6)), segments: [{ flight: K(`LH ${v.int(100, 1999)}`), dep: 'FRA', arr: 'LIS', date: K(`2026-12-${v.int(10, 28)}`) }],
    passengers: [{ surname_given: L(`${v.last().toUpperCase()}/${v.first().toUpperCase()}`, 'person_name', 'pnr'), birthDate: L(v.dob(), 'dob', 'camel_key'), passportNo: L(`${v.upper(2)}${v.digits(7)}`, 'national_id', 'passport'), contact: { mobile: L(v.phone(), 'phone', 'nested') } }],
    fareBasis: K(`Y${v.upper(2)}${v.int(10, 99)}`), ticketCount: KF('ticketCount', 1),
  } }),
  'telecom-cdr': (v, L, K) => {
    const [la, lo] = v.geo();
    return { format: 'text', record: `CDR;${K(v.digits(18))};MOC;${L(v.phone().replace(/[^\d+]/g, ''), 'phone', 'cdr_msisdn')};${L(v.phone().replace(/[^\d+]/g, ''), 'phone', 'cdr_msisdn')};${v.int(1, 3600)};cell=${K(`262-01-${v.int(1000, 9999)}-${v.int(10000, 99999)}`)};lat=${L(la, 'geo', 'lat')};lon=${L(lo, 'geo', 'lng')};${K(v.ts())}` };
  },
  'logistics-shipment': (v, L, K, KF) => {
    const [la, lo] = v.geo();
    return { format: 'object', record: {
      shipmentId: K(v.orderId()), trackingNumber: K(v.trackNo()), status: 'OUT_FOR_DELIVERY',
      consignee: { contact_name: L(v.name(), 'person_name', 'snake_key'), phone_number: L(v.phone(), 'phone', 'snake_key'), delivery_address: L(v.address(), 'address', 'snake_key') },
      lastScan: { lat: Number(L(la, 'geo', 'lat')), lng: Number(L(lo, 'geo', 'lng')), depot: K(`DEPOT-${v.upper(3)}`) }, parcelWeightGrams: KF('parcelWeightGrams', v.int(100, 30000)),
    } };
  },
  'banking-sepa': (v, L, K, KF) => ({ format: 'object', record: {
    msgId: K(`SEPA${v.digits(12)}`), endToEndId: K(`E2E-${v.alnum(16)}`), bic: K(`${v.upper(4)}DE${v.upper(2)}XXX`), instructedAmount: KF('instructedAmount', `${v.int(1, 9000)}.${v.int(10, 99)}`),
    debtor: { nm: L(v.name(), 'person_name', 'iso20022'), iban: L(v.iban(), 'iban', 'iso20022') }, creditor: { nm: 'Tally Energie GmbH', iban: L(v.iban(), 'iban', 'iso20022') },
  } }),
  'banking-kyc-fr': (v, L, K) => ({ format: 'text', record: `${K(v.ts())} KYC vérification échouée pour ${L(v.name(), 'person_name', 'sentence_fr')}, né(e) le ${L(v.dob(), 'dob', 'sentence_fr')}, pièce d'identité ${nat(v, L)}, dossier ${K(v.orderId())}` }),
  'sentry-event': (v, L, K) => ({ format: 'object', record: {
    event_id: K(v.hex(32)), platform: 'python', release: K(`web@${v.version()}`), user: { id: K(String(v.int(1, 999999))), email: L(v.email(), 'email', 'sentry_user'), ip_address: L(v.ipv4(), 'ip', 'sentry_user') },
    exception: { values: [{ type: 'AuthError', stacktrace: { frames: [{ filename: 'auth/backends.py', lineno: v.int(10, 400), vars: { password: `'${L(v.password(), 'password', 'frame_vars')}'`, self: '<LdapBackend object>' } }] } }] },
    request: { headers: { Cookie: `sessionid=${L(v.cookieVal(), 'cookie', 'sentry_cookie')}; csrftoken=${L(v.alnum(32), 'cookie', 'csrftoken')}` } },
  } }),
  'jvm-log4j-mdc': (v, L, K) => ({ format: 'object', record: {
    timestamp: K(v.ts()), level: 'INFO', loggerName: 'com.ledgerline.sso.SamlHandler', message: 'assertion accepted',
    contextMap: { 'user.principal': L(v.email(), 'email', 'dotted_key'), 'client.ip': L(v.ipv4(), 'ip', 'dotted_key'), 'saml.sessionIndex': K(`_${v.hex(32)}`), 'trace.id': K(v.hex(32)) },
  } }),
  'graphql-variables': (v, L, K) => ({ format: 'object', record: {
    operationName: 'InviteMembers', durationMs: v.int(5, 900),
    variables: { orgId: K(v.uuid()), invites: [{ email: L(v.email(), 'email', 'array'), role: 'ADMIN' }, { email: L(v.email(), 'email', 'array'), role: 'VIEWER' }], note: `Welcome! Call ${L(v.name(), 'person_name', 'sentence_en')} at ${L(v.phone(), 'phone', 'sentence_en')}` },
  } }),
  'mobile-usage-maps': (v, L, K, KF) => ({ format: 'object', maps: [['usageByAccount']], record: {
    appVersion: K(v.version()), build: K(v.hex(12)), sampled: KF('sampled', v.int(10, 500)),
    usageByAccount: { [L(v.email(), 'email', 'map_key')]: v.int(1, 99), [L(v.email(), 'email', 'map_key')]: v.int(1, 99) },
  } }),
  'feature-settings-dump': (v, L, K, KF) => ({ format: 'object', record: {
    service: 'identity', configHash: K(v.sha256()),
    security: { passwordMinLength: KF('passwordMinLength', v.pick([10, 12, 14])), passwordHistory: KF('passwordHistory', v.int(3, 24)), tokenTtlSeconds: KF('tokenTtlSeconds', v.pick([900, 3600, 86400])),
      apiKeyHeader: KF('apiKeyHeader', 'X-Api-Key'), secretRotationDays: KF('secretRotationDays', v.pick([30, 60, 90])), maxTokensPerUser: KF('maxTokensPerUser', v.int(2, 20)), privateKeyAlgorithm: KF('privateKeyAlgorithm', 'ES256') },
    webhook: { signingSecret: osec(v, L), publicKey: K(v.pubKey()) }, mfa: { totpIssuer: 'Ledgerline', authTokenVersion: KF('authTokenVersion', 3) },
  } }),
  'windows-event-home': (v, L, K) => {
    const u = v.username();
    return { format: 'object', record: { EventID: 4663, Computer: K(`WS-${v.upper(2)}${v.digits(4)}.corp.${v.pick(['tallyhq', 'stackfold'])}.local`), ObjectName: `C:\\Users\\${L(u, 'home_path', 'windows_home')}\\AppData\\Roaming\\Outlook\\archive.pst`, ProcessName: K('C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE'), HandleId: K(`0x${v.hex(4)}`) } };
  },
  'macos-crash-report': (v, L, K) => ({ format: 'text', record: `Process: Ledger Desktop [${v.int(100, 9000)}]\nPath: /Users/${L(v.username(), 'home_path', 'macos_home')}/Applications/Ledger Desktop.app/Contents/MacOS/Ledger\nVersion: ${K(v.version())} (${K(String(v.int(1000, 9999)))})\nCrashed Thread: 0 Dispatch queue: com.apple.main-thread\nIncident Identifier: ${K(v.uuid().toUpperCase())}` }),
  'german-support-note': (v, L, K) => ({ format: 'text', record: `Kundin ${L(v.name(), 'person_name', 'sentence_de')} bittet um Rückruf unter ${L(v.phone(), 'phone', 'sentence_de')}, IBAN ${L(v.iban(), 'iban', 'sentence_de')}, Geburtsdatum ${L(v.dob(), 'dob', 'sentence_de')}. Vorgang ${K(v.orderId())}` }),
  'cache-session-store': (v, L, K, KF) => ({ format: 'object', record: {
    op: 'set', key: K(`user-prefs:${v.uuid()}`), ttl: KF('ttl', 1800),
    value: { csrfSecret: osec(v, L), oauthRefresh: tok(v, L), userId: K(v.uuid()), locale: 'pt-BR', lastLoginIp: L(v.ipv4(), 'ip', 'camel_key') },
  } }),
};
