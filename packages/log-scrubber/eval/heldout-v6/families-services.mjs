// Families from mainstream SaaS service logs: web frameworks, workers, ORMs and drivers, cloud SDKs,
// gateways, queues, auth servers, payment/email/support providers. Each builder returns one record;
// c.s() labels a sensitive value, c.k() a keep value, c.kv() a keep fragment "key":value.

export function serviceFamilies(v) {
  const { int, pick, chance, hex, alnum, lower, upper, digits, b64u, pad } = v;
  const UA = () => pick([`Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${int(118, 131)}.0.0.0 Safari/537.36`,
    `Mozilla/5.0 (iPhone; CPU iPhone OS 17_${int(0, 6)} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.${int(0, 6)} Mobile/15E148 Safari/604.1`,
    `okhttp/4.${int(9, 12)}.${int(0, 3)}`, `python-requests/2.${int(28, 32)}.${int(0, 3)}`, `Go-http-client/2.0`]);
  const F = [];
  const fam = (name, n, build) => F.push({ name, n, build });

  fam('node-pino-http', 43, (c) => {
    const ip = v.ipv4();
    const tok = v.token(pick(['jwt', 'jwt', 'opaque', 'oauth_refresh']));
    const sid = `s%3A${b64u(32)}.${v.b64(43)}`;
    return {
      level: 30, time: v.ms(), pid: int(7, 90), hostname: c.k(v.podName('checkout-api')),
      req: { id: c.k(`req-${int(1, 99999)}`), method: pick(['GET', 'POST', 'PATCH']), url: c.k(`/api/v2/orders/${v.orderId().replace('#', '')}`),
        headers: { host: 'api.parcelhub.example', 'user-agent': UA(), authorization: `Bearer ${c.s(tok.v, 'token', tok.sub)}`,
          cookie: `connect.sid=${c.s(sid, 'cookie', 'connect_sid')}; theme=dark`, 'x-forwarded-for': `${c.s(ip, 'ip', 'xff')}, ${v.internalIp()}` },
        remoteAddress: '::ffff:' + v.internalIp(), remotePort: int(30000, 65000) },
      res: { statusCode: pick([200, 201, 401, 403, 500]), headers: { 'x-request-id': c.k(v.uuid()) } },
      responseTime: c.kv('responseTime', int(2, 900)), msg: 'request completed',
    };
  });

  fam('koa-access-log', 19, (c) => {
    const ip = v.ipv4();
    const p = v.person();
    const e = v.email(p);
    const t = v.token(pick(['opaque', 'jwt']));
    const path = pick([() => `/password/reset?token=${c.s(t.v, 'token', 'reset_' + t.sub)}&email=${c.s(encodeURIComponent(e), 'email', 'query_encoded')}`,
      () => `/unsubscribe?email=${c.s(e, 'email', 'query')}&list=${c.k('weekly-digest')}`,
      () => `/oauth/callback?code=${c.s(b64u(int(30, 44)), 'other_secret', 'oauth_code')}&state=${c.k(hex(16))}`])();
    return `::ffff:${c.s(ip, 'ip', 'ipv4_mapped')} - - [${v.clf()}] "GET ${path} HTTP/1.1" ${pick([200, 302, 400])} ${c.k(String(int(1000, 98000)))} "-" "${UA()}" rt=${c.k(`${int(1, 800)}ms`)}`;
  });

  fam('express-error-stack', 19, (c) => {
    const p = v.person();
    const e = v.email(p);
    const u = c.s(p.handle, 'home_path', pick(['macos', 'linux']));
    const root = chance(0.5) ? `/Users/${u}/src/storefront` : `/home/${u}/code/storefront`;
    const ver = c.k(v.semver());
    return `Error: Duplicate entry '${c.s(e, 'email', 'error_message')}' for key 'users.email_unique'\n    at Query.Sequence._packetToError (${root}/node_modules/mysql/lib/protocol/sequences/Sequence.js:47:14)\n    at UserRepository.create (${root}/src/users/repository.js:${int(20, 200)}:${int(3, 30)})\n    at async signup (${root}/src/routes/auth.js:${int(10, 99)}:${int(3, 30)})\n    at async /opt/app/node_modules/express/lib/router/layer.js:95:5 {\n  code: 'ER_DUP_ENTRY',\n  errno: 1062,\n  sqlState: '23000',\n  appVersion: '${ver}'\n}`;
  });

  fam('fastify-body-log', 19, (c) => {
    const p = v.person();
    const ph = v.phone();
    const rec = {
      level: pick([40, 50]), time: v.ms(), reqId: c.k(`req-${lower(6)}`),
      req: { method: 'POST', url: c.k(pick(['/v1/signup', '/v1/profile', '/v1/checkout/guest'])) },
      body: { email: c.s(v.email(p), 'email', 'json_key'), password: c.s(v.password(), 'password', 'json_key'),
        profile: { displayName: c.s(p.full, 'person_name', 'json_key'), mobile: c.s(ph.v, 'phone', ph.sub), marketingOptIn: false },
        passwordConfirmation: undefined },
      err: { type: 'FST_ERR_VALIDATION', message: 'body/profile/postcode must match pattern "^[0-9]{5}$"', statusCode: 400 },
      validation: { passwordMinLength: c.kv('passwordMinLength', pick([10, 12, 14])) },
    };
    rec.body.passwordConfirmation = rec.body.password;
    rec.schemaVersion = c.k(`signup@${v.semver()}`);
    return rec;
  });

  fam('nestjs-logger', 19, (c) => {
    const p = v.person();
    const ts = new Date(v.ms());
    const stamp = `${pad(ts.getUTCMonth() + 1, 2)}/${pad(ts.getUTCDate(), 2)}/${ts.getUTCFullYear()}, ${(ts.getUTCHours() % 12) || 12}:${pad(ts.getUTCMinutes(), 2)}:${pad(ts.getUTCSeconds(), 2)} ${ts.getUTCHours() < 12 ? 'AM' : 'PM'}`;
    const pid = int(20, 9000);
    const msg = pick([
      () => `[AuthService] Login failed for ${c.s(v.email(p), 'email', 'text')} from ${c.s(v.ipv4(), 'ip', 'text')} (attempt ${c.k(`${int(2, 5)}/5`)})`,
      () => `[PaymentsService] Charging card ${(() => { const k = v.card(); return c.s(k.v, 'card', k.sub); })()} for order ${c.k(v.orderId())}`,
      () => `[UsersService] Updated profile of ${c.s(p.full, 'person_name', 'text')}: phone=${(() => { const ph = v.phone(); return c.s(ph.v, 'phone', ph.sub); })()}`,
      () => `[MailerService] SMTP auth using pass "${c.s(v.password(), 'password', 'text_quoted')}" to smtp.${pick(['sendgrid.net', 'mailgun.org', 'postmarkapp.com'])}:587`,
    ])();
    return `[Nest] ${pid}  - ${stamp}   ${pick(['ERROR', 'WARN', 'LOG'])} ${msg} +${c.k(`${int(1, 900)}ms`)}`;
  });

  fam('django-request-error', 39, (c) => {
    const p = v.person();
    const pw = v.password();
    const ph = v.phone(pick(['uk', 'fr', 'es']));
    return `ERROR ${v.sql().slice(0, 19)},${int(100, 999)} log django.request Internal Server Error: /accounts/${pick(['login', 'register', 'profile/edit'])}/\nTraceback (most recent call last):\n  File "/usr/local/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner\n    response = get_response(request)\n  File "/srv/web/accounts/views.py", line ${int(30, 300)}, in ${pick(['login_view', 'register'])}\n    raise ValidationError(msg)\ndjango.core.exceptions.ValidationError: ['Enter a valid phone number.']\n<WSGIRequest: POST '/accounts/register/'>\nPOST: <QueryDict: {'csrfmiddlewaretoken': ['${c.s(v.alnum(64), 'other_secret', 'csrf_form_token')}'], 'username': ['${c.s(v.email(p), 'email', 'python_dict')}'], 'password1': ['${c.s(pw, 'password', 'python_dict')}'], 'password2': ['${pw}'], 'full_name': ['${c.s(p.full, 'person_name', 'python_dict')}'], 'phone': ['${c.s(ph.v, 'phone', ph.sub)}']}>\nCOOKIES: {'csrftoken': '${c.s(v.alnum(32), 'cookie', 'django_csrftoken')}', 'sessionid': '${c.s(v.lower(32), 'cookie', 'django_sessionid')}'}\nrelease=${c.k(v.sha1().slice(0, 12))}`;
  });

  fam('django-settings-dump', 21, (c) => {
    const sk = v.otherSecret('django_secret_key');
    return `DEBUG page settings:\nALLOWED_HOSTS = ['${c.k(v.host())}']\nDATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': '${c.k(pick(['shop', 'crm_prod', 'ledger']))}', 'USER': 'django', 'PASSWORD': '${c.s(v.password(), 'password', 'python_settings')}', 'HOST': 'db.internal', 'PORT': '5432', 'CONN_MAX_AGE': 60}}\nSECRET_KEY = '${c.s(sk.v, 'other_secret', sk.sub)}'\nEMAIL_HOST_PASSWORD = '${c.s(v.password(), 'password', 'python_settings')}'\n${c.k(`AUTH_PASSWORD_VALIDATORS_MIN_LENGTH = ${int(8, 16)}`)}\n${c.k(`SESSION_COOKIE_AGE = ${pick([1209600, 86400, 3600])}`)}`;
  });

  fam('flask-werkzeug', 19, (c) => {
    const ip = v.ipv4();
    const t = v.token(pick(['opaque', 'jwt']));
    const lat = v.latlng();
    const q = pick([
      () => `/api/reset?token=${c.s(t.v, 'token', 'reset_' + t.sub)}`,
      () => `/api/stores/nearby?lat=${c.s(lat[0], 'geo', 'query')}&lng=${c.s(lat[1], 'geo', 'query')}&radius=${c.k('2500')}`,
      () => `/api/invite/accept?code=${c.k(`INV${digits(6)}`)}&phone=${c.s(encodeURIComponent(v.phone('e164').v), 'phone', 'query_encoded')}`,
    ])();
    return `${c.s(ip, 'ip', 'ipv4')} - - [${v.clf().slice(0, 20)}] "${pick(['GET', 'POST'])} ${q} HTTP/1.1" ${pick([200, 302, 404, 500])} -`;
  });

  fam('fastapi-validation', 19, (c) => {
    const p = v.person();
    const d = v.dob(pick(['iso', 'fr', 'de']));
    const ph = v.phone();
    const items = [
      `{'type': 'value_error', 'loc': ('body', 'contact', 'phone'), 'msg': 'Value error, invalid phone number', 'input': '${c.s(ph.v, 'phone', ph.sub)}'}`,
      `{'type': 'date_from_datetime_parsing', 'loc': ('body', 'date_of_birth'), 'msg': 'Input should be a valid date', 'input': '${c.s(d.v, 'dob', 'pydantic_' + d.sub)}'}`,
      `{'type': 'string_too_short', 'loc': ('body', 'password'), 'msg': 'String should have at least 12 characters', 'input': '${c.s(v.alnum(int(8, 11)), 'password', 'pydantic_input')}', 'ctx': {'min_length': 12}}`,
      `{'type': 'missing', 'loc': ('body', 'consent'), 'msg': 'Field required', 'input': {'email': '${c.s(v.email(p), 'email', 'python_dict')}', 'name': '${c.s(p.full, 'person_name', 'python_dict')}'}}`,
    ];
    return `${pick(['WARNING', 'INFO'])}:     ${v.ipv4().replace(/\d+$/, '0')}:0 - 422 Unprocessable Entity\nRequestValidationError: ${int(2, 4)} validation errors: [${items.join(', ')}] request_id=${c.k(v.uuid())}`;
  });

  fam('celery-task-failure', 19, (c) => {
    const p = v.person();
    const ib = v.iban();
    const tid = c.k(v.uuid());
    return `[${v.sql().slice(0, 19)},${int(100, 999)}: ERROR/ForkPoolWorker-${int(1, 8)}] Task billing.tasks.${pick(['collect_sepa_mandate', 'send_dunning_letter', 'refund_to_account'])}[${tid}] raised unexpected: ${pick(['SMTPRecipientsRefused', 'GatewayTimeout', 'IntegrityError'])}(...)\nargs: ('${c.s(v.email(p), 'email', 'python_tuple')}', '${c.s(ib.v, 'iban', ib.sub)}', ${c.k(String(int(100, 99999)))})\nkwargs: {'holder': '${c.s(p.full, 'person_name', 'python_dict')}', 'amount_cents': ${int(100, 90000)}, 'retries': ${int(0, 3)}, 'broker_url': 'amqp://celery:${c.s(v.urlPassword(), 'connection_string', 'amqp')}@rabbitmq.internal:5672//'}`;
  });

  fam('spring-boot-console', 21, (c) => {
    const p = v.person();
    const thread = `http-nio-8080-exec-${int(1, 20)}`;
    const body = pick([
      () => `c.n.shop.web.CustomerController       : Creating customer name=${c.s(p.full, 'person_name', 'kv_text')}, email=${c.s(v.email(p), 'email', 'kv_text')}, iban=${(() => { const ib = v.iban(); return c.s(ib.v, 'iban', ib.sub); })()}`,
      () => `o.s.b.a.l.ConditionEvaluationReportLogger : spring.datasource.url=jdbc:postgresql://${c.k(v.host())}:5432/orders?user=svc_orders&password=${c.s(v.urlPassword(), 'connection_string', 'jdbc_postgres')}`,
      () => `c.n.shop.security.LoginFailureHandler  : Bad credentials for user '${c.s(v.email(p), 'email', 'quoted')}' remoteAddress=${c.s(v.ipv4(), 'ip', 'kv_text')} sessionId=${c.s(hex(32).toUpperCase(), 'cookie', 'jsessionid')}`,
      () => `c.n.shop.sms.TwilioGateway              : Sending OTP to ${(() => { const ph = v.phone(); return c.s(ph.v, 'phone', ph.sub); })()} via account ${c.k('AC' + hex(32))}`,
    ])();
    return `${v.sql()} ${pick([' INFO', ' WARN', 'ERROR'])} ${int(1, 40)} --- [${thread}] ${body} traceId=${c.k(v.traceId())}`;
  });

  fam('hibernate-bind-trace', 19, (c) => {
    const p = v.person();
    const d = v.dob('iso');
    const a = v.address(pick(['de', 'fr', 'nl', 'it']));
    const rows = [
      `binding parameter [1] as [VARCHAR] - [${c.s(p.full, 'person_name', 'bind_param')}]`,
      `binding parameter [2] as [VARCHAR] - [${c.s(v.email(p), 'email', 'bind_param')}]`,
      `binding parameter [3] as [DATE] - [${c.s(d.v, 'dob', 'bind_param')}]`,
      `binding parameter [4] as [VARCHAR] - [${c.s(a.v, 'address', a.sub)}]`,
      `binding parameter [5] as [BIGINT] - [${c.k(String(int(100000, 9999999)))}]`,
      `binding parameter [6] as [TIMESTAMP] - [${c.k(v.sql())}]`,
    ];
    return `Hibernate: insert into customer (full_name, email, birth_date, street, tenant_id, created_at, id) values (?, ?, ?, ?, ?, ?, ?)\n${rows.map((r) => `${v.sql()} TRACE ${int(1, 9)} --- [main] org.hibernate.orm.jdbc.bind : ${r}`).join('\n')}`;
  });

  fam('log4j-json-layout', 19, (c) => {
    const p = v.person();
    const cause = `java.sql.SQLException: Access denied for user 'app'@'${v.internalIp()}' (using password: YES)`;
    return {
      '@timestamp': c.k(v.iso()), level: 'ERROR', logger_name: 'com.lumenpay.ledger.PayoutJob', thread_name: `pool-${int(1, 4)}-thread-${int(1, 9)}`,
      message: `Payout rejected for beneficiary ${c.s(p.full, 'person_name', 'message')} account ${(() => { const ib = v.iban(); return c.s(ib.v, 'iban', ib.sub); })()}`,
      mdc: { userId: c.k(`u-${int(10000, 999999)}`), clientIp: c.s(v.ipv4(), 'ip', 'mdc'), tenant: c.k(pick(['eu1', 'us2', 'ap1'])) },
      stack_trace: `${cause}\n\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)\n\tat com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:476)\nCaused by: java.lang.IllegalStateException: jdbc:mysql://db.internal:3306/ledger?user=app&password=${c.s(v.urlPassword(), 'connection_string', 'jdbc_mysql')}`,
      config: { 'hikari.maximumPoolSize': c.kv('hikari.maximumPoolSize', int(5, 40)), 'secretRotationDays': c.kv('secretRotationDays', pick([30, 60, 90])) },
    };
  });

  fam('go-zap-json', 43, (c) => {
    const tk = v.token(pick(['jwt', 'github_pat', 'gitlab_pat', 'opaque']));
    const k = v.apiKey(pick(['stripe_secret', 'sendgrid', 'google_api', 'openai']));
    return {
      level: pick(['error', 'warn']), ts: Number(`${Math.floor(v.ms() / 1000)}.${digits(6)}`), caller: c.k(`auth/${pick(['middleware', 'verifier', 'client'])}.go:${int(20, 400)}`),
      msg: pick(['token validation failed', 'upstream rejected credentials', 'refreshing credentials']),
      token: c.s(tk.v, 'token', tk.sub), upstreamKey: c.s(k.v, 'api_key', k.sub),
      remote_addr: `${c.s(v.ipv4(), 'ip', 'host_port')}:${int(1024, 65535)}`, latency: c.k(`${int(1, 900)}.${digits(3)}ms`),
      'trace.id': c.k(v.traceId()), version: c.k(`v${v.semver()}`), token_ttl: c.kv('token_ttl', pick(['15m0s', '1h0m0s', '24h0m0s'])),
    };
  });

  fam('logrus-text', 19, (c) => {
    const p = v.person();
    const k = v.card();
    return `time="${v.iso().slice(0, 19)}Z" level=${pick(['warning', 'error'])} msg="charge declined" customer_email=${c.s(v.email(p), 'email', 'logfmt')} card_number="${c.s(k.v, 'card', k.sub)}" exp=${pad(int(1, 12), 2)}/${int(27, 31)} api_key=${c.s(v.apiKey('stripe_secret').v, 'api_key', 'stripe_secret')} decline_code=${c.k(pick(['insufficient_funds', 'do_not_honor', 'expired_card']))} charge=${c.k(`ch_${alnum(24)}`)} attempt=${int(1, 3)}`;
  });

  fam('rails-params', 21, (c) => {
    const p = v.person();
    const a = v.address(pick(['us', 'uk']));
    const ph = v.phone(pick(['us', 'uk']));
    return `Started PATCH "/account" for ${c.s(v.ipv4(), 'ip', 'text')} at ${v.sql().slice(0, 19)} +0000\nProcessing by AccountsController#update as HTML\n  Parameters: {"authenticity_token"=>"${c.s(b64u(86), 'other_secret', 'rails_authenticity_token')}", "user"=>{"name"=>"${c.s(p.full, 'person_name', 'ruby_hash')}", "email"=>"${c.s(v.email(p), 'email', 'ruby_hash')}", "phone"=>"${c.s(ph.v, 'phone', ph.sub)}", "street_address"=>"${c.s(a.v, 'address', a.sub)}", "current_password"=>"${c.s(v.password(), 'password', 'ruby_hash')}"}, "commit"=>"Update", "id"=>"${c.k(String(int(1000, 99999)))}"}\nCompleted 422 Unprocessable Content in ${c.k(`${int(10, 900)}ms`)} (Views: ${int(1, 90)}.${int(0, 9)}ms | ActiveRecord: ${int(1, 90)}.${int(0, 9)}ms)`;
  });

  fam('sidekiq-job', 19, (c) => {
    const p = v.person();
    return {
      class: pick(['WelcomeMailerJob', 'SmsReminderJob', 'GdprExportJob']), queue: 'default', retry: c.kv('retry', pick([5, 10, 25])),
      args: [c.s(v.email(p), 'email', 'array'), c.s(p.full, 'person_name', 'array'), { 'phone' : (() => { const ph = v.phone(); return c.s(ph.v, 'phone', ph.sub); })(), locale: pick(['de', 'fr', 'en-GB']) }],
      jid: c.k(hex(24)), created_at: Number(`${Math.floor(v.ms() / 1000)}.${digits(4)}`), enqueued_at: Number(`${Math.floor(v.ms() / 1000)}.${digits(4)}`),
      error_class: 'Net::SMTPAuthenticationError', error_message: `535 Authentication failed for ${c.s(v.email(), 'email', 'error_message')}`,
    };
  });

  fam('serilog-compact', 21, (c) => {
    const p = v.person();
    const pw = v.password();
    const rec = {
      '@t': c.k(v.iso()), '@mt': 'User {Email} signed in from {ClientIp} using {AuthMethod}', '@l': pick(['Information', 'Warning']),
      Email: c.s(v.email(p), 'email', 'pascal_key'), ClientIp: c.s(chance(0.3) ? v.ipv6() : v.ipv4(), 'ip', 'pascal_key'), AuthMethod: 'password',
      SourceContext: 'Northwind.Identity.SignInManager', RequestId: c.k(`0HN${v.upper(5)}:0000000${int(1, 9)}`),
    };
    if (chance(0.6)) rec['@x'] = `Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'app'.\n   at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception)\nConnectionString: Server=tcp:${c.k(`sql-${lower(6)}.database.windows.net`)},1433;Initial Catalog=identity;User ID=app;Password=${c.s(pw, 'connection_string', 'adonet')};Encrypt=True;`;
    else rec.UserName = c.s(p.full, 'person_name', 'pascal_key');
    return rec;
  });

  fam('laravel-monolog', 43, (c) => {
    const p = v.person();
    const ek = v.otherSecret('encryption_key');
    const ctx = JSON.stringify({ userId: int(1, 99999), email: c.s(v.email(p), 'email', 'json_in_text'), exception: `[object] (Illuminate\\Database\\QueryException(code: 1045): SQLSTATE[HY000] [1045] Access denied for user 'forge'@'${v.internalIp()}' (using password: YES) at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:${int(700, 830)})` });
    const extra = pick([
      () => `APP_KEY=${c.s(ek.v, 'other_secret', ek.sub)}`,
      () => `Cookie: laravel_session=${c.s('eyJpdiI6' + b64u(int(150, 200)), 'cookie', 'laravel_session')}; XSRF-TOKEN=${c.s('eyJpdiI6' + b64u(int(150, 200)), 'cookie', 'xsrf_token')}`,
      () => `MAIL_PASSWORD=${c.s(v.password(), 'password', 'env_var')}`,
    ])();
    return `[${v.sql().slice(0, 19)}] production.ERROR: SQLSTATE[HY000] [1045] Access denied ${ctx} ${extra} release=${c.k(v.sha1().slice(0, 7))}`;
  });

  fam('db-driver-errors', 43, (c) => {
    const pw = v.urlPassword();
    const host = c.k(pick([`cluster${int(0, 9)}.${lower(5)}.mongodb.net`, `${lower(8)}.${pick(['c7', 'cx'])}.eu-west-1.rds.amazonaws.com`, `redis-${digits(5)}.c${int(1, 300)}.eu-central-1-1.ec2.redns.redis-cloud.com`]));
    return pick([
      () => `MongoServerSelectionError: connection <monitor> to ${v.internalIp()}:27017 closed\n    uri: mongodb+srv://shop_rw:${c.s(pw, 'connection_string', 'mongodb_srv')}@${host}/shop?retryWrites=true&w=majority\n    reason: TopologyDescription { type: 'ReplicaSetNoPrimary', setName: '${c.k(`atlas-${lower(6)}-shard-0`)}' }`,
      () => `error: password authentication failed for user "orders_app" (postgres://orders_app:${c.s(pw, 'connection_string', 'postgres')}@${host}:5432/orders?sslmode=require)\n    at Parser.parseErrorMessage (/opt/app/node_modules/pg-protocol/dist/parser.js:${int(280, 290)}:98) { severity: 'FATAL', code: '${c.k('28P01')}' }`,
      () => `[ioredis] Unhandled error event: ReplyError: WRONGPASS invalid username-password pair or user is disabled. url=rediss://default:${c.s(pw, 'connection_string', 'redis')}@${host}:${int(10000, 19999)}/0`,
      () => `sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (2003, "Can't connect to MySQL server") engine=mysql+pymysql://reporting:${c.s(pw, 'connection_string', 'sqlalchemy_mysql')}@${host}:3306/analytics?charset=utf8mb4 (Background on this error at: https://sqlalche.me/e/20/${c.k('e3q8')})`,
    ])();
  });

  fam('orm-query-params', 19, (c) => {
    const p = v.person();
    const h = v.otherSecret('bcrypt_hash');
    return pick([
      () => `prisma:query INSERT INTO "public"."User" ("email","name","passwordHash","createdAt") VALUES ($1,$2,$3,$4) RETURNING "public"."User"."id" -- params: ["${c.s(v.email(p), 'email', 'sql_param')}","${c.s(p.full, 'person_name', 'sql_param')}","${c.s(h.v, 'other_secret', h.sub)}","${c.k(v.iso())}"] duration=${c.k(`${int(1, 90)}ms`)}`,
      () => `Executing (default): UPDATE \`customers\` SET \`phone\`=?,\`updatedAt\`=? WHERE \`id\` = ? ; replacements: ['${(() => { const ph = v.phone(); return c.s(ph.v, 'phone', ph.sub); })()}', '${c.k(v.sql())}', ${c.k(String(int(100, 99999)))}]`,
      () => `query: SELECT "u"."id" FROM "users" "u" WHERE "u"."email" = $1 AND "u"."national_id" = $2 -- PARAMETERS: ["${c.s(v.email(p), 'email', 'sql_param')}","${(() => { const s = pick(['es_dni', 'br_cpf', 'pl_pesel']); return c.s(v.nationalId(s), 'national_id', s); })()}"] typeorm=${c.k(v.semver())}`,
    ])();
  });

  fam('aws-sdk-errors', 43, (c) => {
    const ak = v.apiKey('aws_access_key_id');
    const sk = v.otherSecret('aws_secret_access_key');
    const rec = {
      name: pick(['InvalidSignatureException', 'UnrecognizedClientException', 'ExpiredTokenException', 'AccessDeniedException']),
      $fault: 'client', $metadata: { httpStatusCode: 400, requestId: c.k(v.uuid()), attempts: c.kv('attempts', int(1, 3)), totalRetryDelay: 0 },
      message: 'The request signature we calculated does not match the signature you provided.',
      credentials: { accessKeyId: c.s(ak.v, 'api_key', ak.sub), secretAccessKey: c.s(sk.v, 'other_secret', sk.sub), expiration: c.k(v.iso()) },
      region: c.k(pick(['eu-west-1', 'us-east-1', 'ap-southeast-2'])),
      SecretId: c.kv('SecretId', `arn:aws:secretsmanager:eu-west-1:${digits(12)}:secret:prod/${pick(['db', 'stripe', 'smtp'])}-${alnum(6)}`),
    };
    if (ak.v.startsWith('ASIA') || chance(0.4)) rec.credentials.sessionToken = c.s(`IQoJb3JpZ2luX2VjE${v.b64(int(180, 260))}`, 'token', 'aws_session_token');
    return rec;
  });

  fam('gcp-azure-sdk', 32, (c) => {
    const pk = v.privateKey('pem_pkcs8');
    return pick([
      () => ({ severity: 'ERROR', message: 'Failed to load service account', credentials: { type: 'service_account', project_id: c.k(`${pick(['mintleaf', 'orbitcare'])}-prod-${digits(6)}`), private_key_id: hex(40),
        private_key: `${c.s(pk.v, 'private_key', pk.sub)}\n`, client_email: `deployer@${lower(8)}.iam.gserviceaccount.com`, client_id: c.k(digits(21)) } }),
      () => `Azure.RequestFailedException: Server failed to authenticate the request. Status: 403 (${c.k('AuthenticationFailed')}) conn="DefaultEndpointsProtocol=https;AccountName=${c.k(`st${lower(10)}`)};AccountKey=${c.s(v.b64(86) + '==', 'connection_string', 'azure_storage')};EndpointSuffix=core.windows.net"`,
      () => `ServiceBusError: Unauthorized access. 'Send' claim(s) are required. Endpoint=sb://${c.k(`sb-${lower(8)}.servicebus.windows.net`)}/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${c.s(v.b64(43) + '=', 'connection_string', 'azure_servicebus')} TrackingId:${c.k(v.uuid())}`,
    ])();
  });

  fam('k8s-secret-manifests', 32, (c) => {
    const pw = v.password();
    const k = v.apiKey(pick(['datadog', 'sendgrid', 'stripe_secret']));
    const enc = Buffer.from(pw).toString('base64');
    return {
      apiVersion: 'v1', kind: 'Pod', metadata: { name: c.k(v.podName(pick(v.SERVICES))), namespace: c.k(pick(['prod', 'payments', 'platform'])), uid: c.k(v.uuid()) },
      spec: { containers: [{ name: 'app', image: c.k(`registry.gitlab.com/mintleaf/app@sha256:${v.sha256()}`),
        env: [{ name: 'NODE_ENV', value: 'production' }, { name: 'DB_PASSWORD', value: c.s(pw, 'password', 'k8s_env_pair') }, { name: pick(['DD_API_KEY', 'SENDGRID_API_KEY', 'STRIPE_KEY']), value: c.s(k.v, 'api_key', k.sub) }, (() => { const e = { name: 'PASSWORD_MIN_LENGTH', value: String(int(8, 16)) }; c.k(JSON.stringify(e).slice(1, -1)); return e; })()],
        resources: { limits: { memory: c.k(`${pick([256, 512, 1024])}Mi`) } } }] },
      lastAppliedSecret: { kind: 'Secret', type: 'Opaque', data: { 'db-password': c.s(enc, 'other_secret', 'k8s_secret_data') } },
    };
  });

  fam('api-gateway-access', 43, (c) => {
    const ip = v.ipv4();
    const k = v.apiKey(pick(['generic_hex40', 'google_api', 'azure_apim']));
    return {
      requestId: c.k(v.uuid()), ip: c.s(ip, 'ip', 'json_key'), caller: '-', user: '-', requestTime: c.k(v.clf()), httpMethod: 'GET',
      resourcePath: c.k('/v1/quotes/{proxy+}'), status: pick(['200', '403', '429']), protocol: 'HTTP/1.1', responseLength: c.k(String(int(100, 9000))),
      path: `/v1/quotes/${c.k(`Q-${digits(8)}`)}?api_key=${c.s(k.v, 'api_key', 'query_' + k.sub)}&postcode=${pick(['SW1A', '75011', '10437'])}`,
      integrationLatency: c.kv('integrationLatency', int(3, 900)), usagePlanId: c.kv('usagePlanId', lower(6)),
    };
  });

  fam('kafka-consumer-record', 19, (c) => {
    const p = v.person();
    const payload = JSON.stringify({ eventType: 'CustomerRegistered', customerId: c.k(`cus_${alnum(14)}`), email: c.s(v.email(p), 'email', 'nested_json_string'), name: c.s(p.full, 'person_name', 'nested_json_string'),
      dateOfBirth: c.s(v.dob('iso').v, 'dob', 'nested_json_string'), schemaVersion: 3 });
    return { topic: c.k(pick(['crm.customers.v3', 'identity.events', 'orders.created'])), partition: int(0, 11), offset: c.kv('offset', int(100000, 99999999)),
      key: c.k(v.uuid()), value: payload, headers: { 'content-type': 'application/json', traceparent: c.k(`00-${v.traceId()}-${v.spanId()}-01`) }, error: 'Deserialization exception: unknown field "consent"' };
  });

  fam('rabbitmq-amqp', 26, (c) => {
    return pick([
      () => `2026-11-${pad(int(2, 28), 2)} ${v.iso().slice(11, 23)}+00:00 [error] <0.${int(100, 9999)}.0> PLAIN login refused: user 'svc_notify' - invalid credentials; client amqp://svc_notify:${c.s(v.urlPassword(), 'connection_string', 'amqp')}@${c.k(`rmq-${lower(4)}.internal`)}:5672/${c.k('notify')}`,
      () => `Error: Handshake terminated by server: 403 (ACCESS-REFUSED) with message "ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN." url=amqps://billing:${c.s(v.urlPassword(), 'connection_string', 'amqp')}@${c.k(`b-${v.uuid()}.mq.eu-west-1.amazonaws.com`)}:5671`,
    ])();
  });

  fam('oauth-token-responses', 39, (c) => {
    const at = v.token('jwt');
    const rt = v.token('oauth_refresh');
    return { event: 'token_exchange', client_id: c.k(`${lower(8)}.apps.${pick(['lumenpay', 'mintleaf'])}.com`),
      response: { access_token: c.s(at.v, 'token', 'oauth_access_jwt'), refresh_token: c.s(rt.v, 'token', 'oauth_refresh'), id_token: c.s(v.jwt(), 'token', 'oidc_id_token'),
        token_type: c.kv('token_type', 'Bearer'), expires_in: c.kv('expires_in', pick([300, 900, 3600])), scope: c.k('openid email profile offline_access') },
      request: { grant_type: 'authorization_code', code_verifier: c.s(b64u(int(43, 64)), 'other_secret', 'pkce_verifier'), client_secret: c.s(v.otherSecret('oauth_client_secret').v, 'other_secret', 'oauth_client_secret'), redirect_uri: c.k('https://app.lumenpay.example/callback') } };
  });

  fam('keycloak-events', 19, (c) => {
    const p = v.person();
    return `${v.sql()} WARN  [org.keycloak.events] (executor-thread-${int(1, 40)}) type="LOGIN_ERROR", realmId="${c.k(v.uuid())}", realmName="${c.k(pick(['customers', 'staff', 'partners']))}", clientId="${c.k(pick(['web-app', 'mobile-ios', 'admin-console']))}", userId="null", ipAddress="${c.s(v.ipv4(), 'ip', 'quoted_kv')}", error="invalid_user_credentials", auth_method="openid-connect", auth_type="code", redirect_uri="https://app.orbitcare.example/sso", code_id="${c.k(v.uuid())}", username="${c.s(v.email(p), 'email', 'username_kv')}", first_name="${c.s(p.first, 'person_name', 'quoted_kv')}", last_name="${c.s(p.last, 'person_name', 'quoted_kv')}"`;
  });

  fam('auth0-logs', 19, (c) => {
    const p = v.person();
    const ll = v.latlng(4);
    return { date: c.k(v.iso()), type: pick(['f', 'fp', 'fu', 's']), description: 'Wrong email or password.', connection: 'Username-Password-Authentication', client_id: c.k(alnum(32)), client_name: c.k('Storefront'),
      ip: c.s(v.ipv4(), 'ip', 'json_key'), user_agent: UA(), details: { error: { message: 'Wrong email or password.' } }, user_id: c.k(`auth0|${hex(24)}`), user_name: c.s(v.email(p), 'email', 'snake_key'),
      location_info: { country_code: 'DE', city_name: pick(['Leipzig', 'Dresden', 'Bremen']), latitude: c.s(Number(ll[0]), 'geo', 'lat_key'), longitude: c.s(Number(ll[1]), 'geo', 'lng_key'), time_zone: 'Europe/Berlin' },
      log_id: c.k(digits(56)), tenant_name: c.k(`${pick(['lumenpay', 'mintleaf'])}-prod`) };
  });

  fam('stripe-webhook-events', 21, (c) => {
    const p = v.person();
    const a = v.address(pick(['us', 'uk', 'de', 'fr', 'nl']));
    const ph = v.phone();
    const k = v.card();
    return { id: c.k(`evt_${alnum(24)}`), object: 'event', type: pick(['charge.failed', 'payment_intent.payment_failed', 'charge.succeeded']), api_version: c.k('2024-06-20'),
      data: { object: { id: c.k(`ch_${alnum(24)}`), amount: c.kv('amount', int(100, 90000)), currency: pick(['eur', 'usd', 'gbp']),
        billing_details: { name: c.s(p.full, 'person_name', 'billing_details'), email: c.s(v.email(p), 'email', 'billing_details'), phone: c.s(ph.v, 'phone', ph.sub),
          address: { line1: c.s(a.v, 'address', a.sub), city: a.city, postal_code: null, country: a.sub.toUpperCase() } },
        payment_method_details: { card: { brand: k.sub, last4: c.kv('last4', k.last4), exp_month: int(1, 12), exp_year: int(2027, 2031), fingerprint: c.k(alnum(16)) } },
        customer: c.k(`cus_${alnum(14)}`), receipt_email: null } },
      request: { id: c.k(`req_${alnum(14)}`), idempotency_key: c.k(v.uuid()) }, livemode: true, publishableKey: c.kv('publishableKey', `pk_live_${alnum(48)}`) };
  });

  fam('psp-raw-requests', 16, (c) => {
    const k = v.card();
    const p = v.person();
    return `${v.iso()} DEBUG adyen-client >>> POST https://checkout-test.adyen.com/v71/payments X-API-Key: ${c.s('AQE' + b64u(int(80, 120)), 'api_key', 'adyen_header')}\n{"merchantAccount":"${c.k('LumenpayECOM')}","amount":{"currency":"EUR","value":${int(100, 90000)}},"reference":"${c.k(v.orderId())}","paymentMethod":{"type":"scheme","number":"${c.s(k.v.replace(/[ -]/g, ''), 'card', k.sub)}","expiryMonth":"${pad(int(1, 12), 2)}","expiryYear":"20${int(27, 31)}","holderName":"${c.s(p.full, 'person_name', 'json_in_text')}"},"shopperIP":"${c.s(v.ipv4(), 'ip', 'json_in_text')}","shopperEmail":"${c.s(v.email(p), 'email', 'json_in_text')}"}`;
  });

  fam('email-provider-webhooks', 19, (c) => {
    const events = [];
    for (let j = 0; j < int(1, 3); j++) {
      const p = v.person();
      events.push({ email: c.s(v.email(p), 'email', 'array_of_objects'), event: pick(['delivered', 'bounce', 'open', 'spamreport']), ip: c.s(v.ipv4(), 'ip', 'array_of_objects'),
        sg_event_id: c.k(b64u(22)), sg_message_id: c.k(`${b64u(22)}.recvd-${lower(10)}-${lower(5)}-1-${hex(8).toUpperCase()}-${int(1, 40)}.0`), timestamp: Math.floor(v.ms() / 1000), useragent: UA() });
    }
    return { provider: pick(['sendgrid', 'mailgun']), batch: events, signingKey: c.s(v.otherSecret('webhook_secret').v, 'other_secret', 'webhook_secret'), received: c.k(v.iso()) };
  });

  fam('support-ticket-exports', 21, (c) => {
    const p = v.person();
    const lang = pick(['en', 'de', 'fr', 'es', 'pt', 'pl']);
    const k = v.card();
    const ib = v.iban(pick(['DE', 'FR', 'ES', 'PL', 'PT']));
    const ph = v.phone(pick(['de', 'fr', 'es', 'br', 'pl']));
    const cardL = () => c.s(k.v, 'card', k.sub);
    const ibanL = () => c.s(ib.v, 'iban', ib.sub);
    const phL = () => c.s(ph.v, 'phone', ph.sub);
    const text = {
      en: () => `Hi, I was charged twice on my card ${cardL()}. Please refund to my bank account ${ibanL()} or call me on ${phL()}.`,
      de: () => `Hallo, meine Kreditkarte ${cardL()} wurde doppelt belastet. Bitte erstatten Sie auf IBAN ${ibanL()}. Telefon: ${phL()}`,
      fr: () => `Bonjour, ma carte ${cardL()} a été débitée deux fois. Merci de rembourser sur le compte ${ibanL()}, tél. ${phL()}`,
      es: () => `Hola, me cobraron dos veces en la tarjeta ${cardL()}. Devuelvan el importe a la cuenta ${ibanL()}, teléfono ${phL()}`,
      pt: () => `Olá, fui cobrado duas vezes no cartão ${cardL()}. Reembolsem na conta ${ibanL()}, celular ${phL()}`,
      pl: () => `Dzień dobry, karta ${cardL()} została obciążona dwa razy. Proszę o zwrot na konto ${ibanL()}, tel. ${phL()}`,
    }[lang]();
    return { ticket: { id: c.k(int(100000, 999999)), subject: c.k(`Double charge on ${v.orderId()}`), status: 'open', priority: 'high', via: { channel: 'email' },
      requester: { name: c.s(p.full, 'person_name', 'nested_key'), email: c.s(v.email(p), 'email', 'nested_key') }, description: text, locale: lang,
      tags: [c.k('billing-escalation'), c.k('refund-requested')], created_at: c.k(v.iso()) } };
  });

  fam('sentry-events', 39, (c) => {
    const p = v.person();
    const u = p.handle;
    return { event_id: c.k(hex(32)), level: 'error', platform: 'node', release: c.k(`storefront@${v.semver()}`), environment: 'production',
      user: { id: c.k(String(int(1000, 999999))), email: c.s(v.email(p), 'email', 'sentry_user'), ip_address: c.s(v.ipv4(), 'ip', 'sentry_user'), username: c.s(p.full, 'person_name', 'sentry_user') },
      request: { url: `https://shop.mintleaf.example/checkout?session=${c.s(alnum(40), 'token', 'query_session')}`, method: 'POST',
        headers: [['Authorization', `Bearer ${c.s(v.jwt(), 'token', 'header_pair_array')}`], ['Accept', 'application/json'], ['Cookie', `sid=${c.s(b64u(40), 'cookie', 'sid')}; _ga=${c.s(`GA1.1.${digits(9)}.${Math.floor(v.ms() / 1000)}`, 'cookie', 'ga')}`]] },
      exception: { values: [{ type: 'TypeError', value: "Cannot read properties of undefined (reading 'zip')", stacktrace: { frames: [
        { filename: `${chance(0.5) ? '/Users' : '/home'}/${c.s(u, 'home_path', 'stack_frame')}/work/storefront/src/checkout.ts`, lineno: int(10, 300), function: 'validateAddress' },
        { filename: '/app/node_modules/express/lib/router/route.js', lineno: 149, function: 'Route.dispatch' }] } }] },
      sdk: { name: 'sentry.javascript.node', version: c.k(v.semver()) } };
  });

  fam('otel-span-attributes', 39, (c) => {
    const p = v.person();
    return { traceId: c.k(v.traceId()), spanId: c.k(v.spanId()), name: 'HTTP GET', kind: 'SERVER', startTimeUnixNano: c.k(`${Math.floor(v.ms())}000000`),
      attributes: { 'http.url': `https://api.lumenpay.example/v1/accounts?access_token=${c.s(v.token('opaque').v, 'token', 'query_access_token')}&view=${c.k('summary')}`, 'http.client_ip': c.s(v.ipv4(), 'ip', 'dotted_key'),
        'enduser.id': c.s(v.email(p), 'email', 'dotted_key'), 'http.request.header.x_api_key': c.s(v.apiKey(pick(['generic_hex40', 'mailgun'])).v, 'api_key', 'dotted_key'), 'http.status_code': 200, 'service.version': c.k(v.semver()) },
      resource: { 'service.name': c.k(pick(v.SERVICES)), 'k8s.pod.name': c.k(v.podName('ledger-core')) } };
  });

  fam('graphql-operations', 19, (c) => {
    const p = v.person();
    const a = v.address(pick(['uk', 'us', 'it', 'es']));
    const maps = chance(0.4);
    const rec = { operationName: pick(['UpdateShippingAddress', 'RegisterCustomer']), query: c.k('mutation UpdateShippingAddress($input: AddressInput!) { updateAddress(input: $input) { id } }'),
      variables: { input: { recipient: c.s(p.full, 'person_name', 'graphql_variable'), line1: c.s(a.v, 'address', a.sub), city: a.city, phoneNumber: (() => { const ph = v.phone(); return c.s(ph.v, 'phone', ph.sub); })(), saveAsDefault: true } },
      extensions: { persistedQuery: { version: 1, sha256Hash: c.k(v.sha256()) } }, durationMs: c.kv('durationMs', int(3, 900)) };
    if (maps) {
      const e1 = v.email(); const e2 = v.email();
      rec.rateLimitByUser = { [c.s(e1, 'email', 'map_key')]: int(1, 99), [c.s(e2, 'email', 'map_key')]: int(1, 99) };
      c.map(['rateLimitByUser']);
    }
    return rec;
  });

  fam('env-config-dumps', 43, (c) => {
    const key = (name) => pick([name, name.toLowerCase(), name.toLowerCase().replace(/_(\w)/g, (_, x) => x.toUpperCase()), name.toLowerCase().replace(/_/g, '-'), name.split('_').map((w) => w[0] + w.slice(1).toLowerCase()).join('.')]);
    const k1 = v.apiKey(); const t1 = v.token(pick(['github_pat', 'npm', 'slack_bot', 'dockerhub', 'huggingface']));
    const cfg = {
      [key('NODE_ENV')]: 'production', [key('LOG_LEVEL')]: 'info',
      [key('DATABASE_URL')]: `postgresql://app:${c.s(v.urlPassword(), 'connection_string', 'env_url')}@${c.k(v.host())}:5432/${c.k(pick(['app_production', 'orders_main']))}`,
      [key('PAYMENT_API_KEY')]: c.s(k1.v, 'api_key', k1.sub), [key('CI_BOT_TOKEN')]: c.s(t1.v, 'token', t1.sub),
      [key('SMTP_PASSWORD')]: c.s(v.password(), 'password', 'env_case_styles'),
      [key('PASSWORD_MIN_LENGTH')]: 12, [key('TOKEN_TTL_SECONDS')]: 3600, [key('SESSION_SECRET_ROTATION')]: 'weekly',
    };
    for (const [kk, vv] of Object.entries(cfg)) if (typeof vv === 'number' || vv === 'weekly') c.kv(kk, vv);
    return { msg: 'effective configuration', config: cfg, build: c.k(v.sha1()) };
  });

  fam('redis-session-store', 26, (c) => {
    const p = v.person();
    const m = chance(0.5);
    const sessions = {};
    const ids = [];
    for (let j = 0; j < int(1, 3); j++) { const sid = b64u(32); ids.push(sid); sessions[`sess:${c.s(sid, 'cookie', 'session_store_key')}`] = { userId: int(1, 99999), email: j === 0 ? c.s(v.email(p), 'email', 'map_value') : null }; }
    const rec = { msg: 'session store snapshot', prefix: 'sess:', ttl: c.kv('ttl', 86400), sessions };
    if (m) c.map(['sessions']);
    return rec;
  });

  fam('http-client-debug', 39, (c) => {
    const user = pick(['svc-export', 'integration', 'api']);
    const pw = v.password();
    const basic = Buffer.from(`${user}:${pw}`).toString('base64');
    const k = v.apiKey(pick(['twilio_sid_key', 'mailgun', 'postmark_server', 'datadog', 'algolia_admin']));
    const hdr = { twilio_sid_key: 'X-Twilio-Key', mailgun: 'X-Mailgun-Key', postmark_server: 'X-Postmark-Server-Token', datadog: 'DD-API-KEY', algolia_admin: 'X-Algolia-API-Key' }[k.sub];
    return pick([
      () => `send: b'POST /v2/exports HTTP/1.1\r\nHost: ${c.k(`api.${pick(['payrollhub', 'shipwise', 'taxly'])}.example`)}\r\nUser-Agent: python-requests/2.32.3\r\nAuthorization: Basic ${c.s(basic, 'password', 'basic_auth_b64')}\r\nContent-Length: ${c.k(String(int(20, 900)))}\r\n\r\n'\nreply: 'HTTP/1.1 401 Unauthorized\r\n'\nheader: X-Request-Id: ${c.k(v.uuid())}`,
      () => `axios error: Request failed with status code 403 config={"url":"https://${c.k(`api.${pick(['mailgun.net', 'postmarkapp.com', 'datadoghq.eu', 'algolia.net', 'twilio.com'])}`)}/v1/send","method":"post","headers":{"Accept":"application/json","${hdr}":"${c.s(k.v, 'api_key', 'header_' + k.sub)}","Content-Type":"application/json"},"timeout":${c.kv('timeout', pick([5000, 10000, 30000]))}}`,
      () => `curl -v -X POST https://${c.k(`hooks.${pick(['zapier', 'make', 'n8n'])}.example`)}/catch/${c.k(digits(7))} -H 'Authorization: Bearer ${c.s(v.token(pick(['opaque', 'jwt', 'atlassian'])).v, 'token', 'curl_header')}' -d '{"event":"invoice.paid","invoice":"${c.k(v.orderId())}"}'`,
    ])();
  });

  fam('set-cookie-headers', 39, (c) => {
    const cookies = pick([
      () => [`JSESSIONID=${c.s(hex(32).toUpperCase(), 'cookie', 'jsessionid')}; Path=/; Secure; HttpOnly`, `AWSALB=${c.s(v.b64(int(100, 140)), 'cookie', 'awsalb')}; Expires=Thu, 10 Dec 2026 10:00:00 GMT; Path=/`],
      () => [`PHPSESSID=${c.s(lower(26), 'cookie', 'phpsessid')}; path=/; HttpOnly`, `remember_web_${hex(40)}=${c.s('eyJpdiI6' + b64u(int(150, 190)), 'cookie', 'laravel_remember')}; expires=Fri, 04 Dec 2027 10:00:00 GMT; path=/`],
      () => [`__Host-next-auth.session-token=${c.s(`eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..${b64u(22)}.${b64u(int(180, 260))}.${b64u(22)}`, 'cookie', 'nextauth_jwe')}; Path=/; HttpOnly; Secure; SameSite=Lax`, `__stripe_mid=${c.s(`${v.uuid()}${hex(6)}`, 'cookie', 'stripe_mid')}; Max-Age=31536000`],
      () => [`_myapp_session=${c.s(`${b64u(int(120, 200))}--${b64u(16)}--${b64u(22)}==`, 'cookie', 'rails_session')}; path=/; secure; HttpOnly; SameSite=Lax`, `_ga=${c.s(`GA1.2.${digits(10)}.${Math.floor(v.ms() / 1000)}`, 'cookie', 'ga')}; Max-Age=63072000`],
      () => [`.AspNetCore.Identity.Application=${c.s(`CfDJ8${b64u(int(200, 300))}`, 'cookie', 'aspnetcore_identity')}; path=/; secure; samesite=lax; httponly`, `ARRAffinity=${c.s(hex(64), 'cookie', 'arr_affinity')}; Path=/;HttpOnly;Secure;Domain=${c.k(`app-${lower(6)}.azurewebsites.net`)}`],
    ])();
    return `${v.iso()} ${pick(['haproxy', 'envoy', 'nginx'])} upstream=${c.k(v.host())} status=${pick([200, 302])} ${cookies.map((x) => `set-cookie: ${x}`).join(' | ')}`;
  });

  fam('compose-and-dotfiles', 39, (c) => {
    const t = v.token(pick(['npm', 'gitlab_pat', 'github_pat', 'pypi']));
    return pick([
      () => `docker compose config\nservices:\n  db:\n    image: ${c.k(`postgres:${int(13, 17)}.${int(0, 6)}`)}\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ${c.s(v.password(), 'password', 'yaml_env')}\n  api:\n    environment:\n      REDIS_URL: redis://:${c.s(v.urlPassword(), 'connection_string', 'redis')}@cache:6379/0\n      JWT_SECRET: ${c.s(v.otherSecret('hmac_signing_key').v, 'other_secret', 'hmac_signing_key')}\n      JWT_EXPIRES_IN: ${c.k('15m')}`,
      () => `cat ~/.npmrc (diagnostic bundle)\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${c.s(t.v, 'token', 'npmrc_' + t.sub)}\n//${c.k('gitlab.mintleaf.example')}/api/v4/projects/${int(10, 999)}/packages/npm/:_authToken=${c.s(v.token('gitlab_pat').v, 'token', 'gitlab_pat')}\nfund=false\n${c.k('save-exact=true')}`,
      () => `git credential fill debug: protocol=https\nhost=${c.k('github.com')}\nusername=x-access-token\npassword=${c.s(v.token('github_pat').v, 'token', 'git_credential')}\n[core] sshCommand = ssh -i /home/${c.s(v.person().handle, 'home_path', 'linux')}/.ssh/id_ed25519`,
      () => `pip.conf loaded: [global]\nindex-url = https://__token__:${c.s(v.token('pypi').v, 'token', 'pip_index_url')}@upload.pypi.org/simple\ntimeout = ${c.k('60')}\n[install]\ntrusted-host = ${c.k('pypi.internal.mintleaf.example')}`,
    ])();
  });

  fam('chatops-webhook-urls', 32, (c) => {
    return pick([
      () => ({ level: 'warn', msg: 'slack notify failed', webhook: `https://hooks.slack.com/services/${c.k(`T${upper(8)}`)}/${c.k(`B${upper(10)}`)}/${c.s(alnum(24), 'other_secret', 'slack_webhook_secret')}`, status: 404, channel: c.k('#ops-alerts') }),
      () => ({ level: 'error', msg: 'teams connector rejected', url: `https://${c.k('mintleaf.webhook.office.com')}/webhookb2/${c.k(v.uuid())}@${c.k(v.uuid())}/IncomingWebhook/${c.s(hex(32), 'other_secret', 'teams_webhook_secret')}/${c.k(v.uuid())}`, retryAfter: c.kv('retryAfter', int(1, 60)) }),
      () => ({ level: 'info', msg: 'bot connected', bot: { token: c.s(v.token('slack_bot').v, 'token', 'slack_bot'), signingSecret: c.s(hex(32), 'other_secret', 'slack_signing_secret'), appId: c.k(`A${upper(10)}`) }, telegram: `https://api.telegram.org/bot${c.s(`${digits(10)}:AA${b64u(33)}`, 'token', 'telegram_bot')}/sendMessage` }),
    ])();
  });

  fam('vault-audit-log', 32, (c) => {
    return { time: c.k(v.iso()), type: 'response', auth: { client_token: `hmac-sha256:${v.sha256()}`, accessor: c.k(`hmac-sha256:${v.sha256()}`), display_name: c.k(`approle-${pick(['ci', 'billing'])}`), policies: ['default', c.k('billing-read')], token_ttl: c.kv('token_ttl', pick([3600, 2764800])) },
      request: { id: c.k(v.uuid()), operation: 'read', path: c.k(`secret/data/${pick(['billing', 'crm'])}/${pick(['stripe', 'smtp', 'db'])}`), remote_address: c.s(v.ipv4(), 'ip', 'json_key') },
      response: { data: { data: { password: c.s(v.password(), 'password', 'vault_unhashed'), api_key: c.s(v.apiKey(pick(['stripe_secret', 'sendgrid', 'mailgun'])).v, 'api_key', 'vault_unhashed') }, metadata: { version: c.kv('version', int(1, 20)), created_time: c.k(v.iso()) } } },
      note: 'log_raw=true on this audit device' };
  });

  fam('intercom-chat-transcripts', 32, (c) => {
    const p = v.person();
    const lang = pick(['de', 'fr', 'es', 'pt', 'pl', 'sv', 'nl', 'en', 'fi']);
    const pw = () => c.s(v.password(), 'password', `chat_${lang}`);
    const id = (scheme) => c.s(v.nationalId(scheme), 'national_id', scheme);
    const dobL = (style) => c.s(v.dob(style).v, 'dob', `chat_${lang}`);
    const addr = (cc) => { const a = v.address(cc); return `${c.s(a.v, 'address', a.sub)}, ${a.city}`; };
    const body = {
      de: () => `Hallo, ich komme nicht mehr rein. Mein Passwort ist ${pw()} und mein Geburtsdatum ${dobL('de')}. Neue Adresse: ${addr('de')}`,
      fr: () => `Bonjour, je n'arrive plus à me connecter, mon mot de passe est ${pw()}. Date de naissance : ${dobL('fr')}, numéro de sécu ${id('fr_insee')}`,
      es: () => `Hola, no puedo entrar. Mi contraseña es ${pw()}, mi DNI ${id(pick(['es_dni', 'es_nie']))} y vivo en ${addr('es')}`,
      pt: () => `Oi, esqueci o acesso. Minha senha é ${pw()} e meu CPF é ${id('br_cpf')}. Endereço: ${addr('br')}`,
      pl: () => `Dzień dobry, nie mogę się zalogować. Moje hasło to ${pw()}, PESEL ${id('pl_pesel')}, adres ${addr('pl')}`,
      sv: () => `Hej! Jag kommer inte in, mitt lösenord är ${pw()} och personnummer ${id('se_personnummer')}`,
      nl: () => `Hoi, inloggen lukt niet. Mijn wachtwoord is ${pw()}, BSN ${id('nl_bsn')}, adres ${addr('nl')}`,
      en: () => `Hi, locked out again. My password is ${pw()}, NI number ${id('uk_nino')}, SIN for the Canadian account ${id('ca_sin')}`,
      fi: () => `Hei, en pääse kirjautumaan. Salasanani on ${pw()} ja henkilötunnus ${id('fi_hetu')}`,
    }[lang]();
    return { type: 'conversation_part', conversation_id: c.k(digits(12)), part_type: 'comment', created_at: Math.floor(v.ms() / 1000),
      author: { type: 'user', id: c.k(hex(24)), name: c.s(p.full, 'person_name', 'chat_author'), email: c.s(v.email(p), 'email', 'chat_author') }, body: `<p>${body}</p>`,
      assignee: { type: 'team', id: c.k(String(int(1000000, 9999999))) }, app_id: c.k(lower(8)) };
  });

  return F;
}
