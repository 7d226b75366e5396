// Record templates of heldout-v4: one function per family. Each receives a context `c` whose
// s(value, kind, sub) labels a sensitive value and k(value) / kf(key, value) record a hard negative,
// all returning the value so templates read like the log line they build.
import { R, ri, pick, chance, hex, HEX, b62, b64, b64u, b32, alnumLo, upAlnum, dig, pad, uuid, iso, isoSec, epoch, syslogTs, clfTs, semver, sha40, digest, traceId, spanId, dur, xrayRoot, ulid, bizId, hostName, sshPub, fpSha256, fpColon, ipv4, ipv6, card, iban, nationalId, NID_SUBS, NID_FIELD } from './lib-base.mjs';
import { person, email, username, phone, phoneFor, address, addressFor, dob, humanPassword, jwt, TOKEN_SHAPES, APIKEY_SHAPES, OTHER_SECRET_SHAPES, pemBody, CULTURE_KEYS } from './lib-pools.mjs';

const UA = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1', 'curl/8.10.1', 'okhttp/4.12.0', 'Go-http-client/2.0', 'python-requests/2.32.3', 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0'];
const PRODUCTS = ['Contoso Cloud Backup', 'Fabrikam Payroll Pro', 'Nimbus CRM', 'Acme Rocket Skates', 'Globex Fleet Tracker', 'Northwind Coffee Beans 1kg', 'Umbrella EHR', 'Hooli Mail', 'Stark Solar Panel X2', 'Wayne Card Platinum'];
const CITIES = ['Rotterdam', 'Lisbon', 'Osaka', 'Montréal', 'Kraków', 'São Paulo', 'Nairobi', 'Reykjavík', 'Busan', 'Dubai', 'Hamburg', 'Seville', 'Bangalore', 'Istanbul', 'Wellington'];
const COUNTRIES = ['Netherlands', 'Portugal', 'Japan', 'Canada', 'Poland', 'Brazil', 'Kenya', 'Iceland', 'South Korea', 'United Arab Emirates', 'Germany', 'Spain', 'India', 'Türkiye', 'New Zealand'];
const PART_CULTURES = CULTURE_KEYS.filter((k) => !['zh', 'ko'].includes(k));
const tok = (c, sub = pick(Object.keys(TOKEN_SHAPES))) => c.s(TOKEN_SHAPES[sub](), 'token', sub);
const api = (c, sub = pick(Object.keys(APIKEY_SHAPES))) => c.s(APIKEY_SHAPES[sub](), 'api_key', sub);
const oth = (c, sub = pick(Object.keys(OTHER_SECRET_SHAPES))) => c.s(OTHER_SECRET_SHAPES[sub](), 'other_secret', sub);
const pw = (c, sub) => c.s(humanPassword(), 'password', sub);
const nm = (c, p, sub = 'full') => c.s(p.full, 'person_name', `${sub}_${p.culture}`);
const em = (c, p, sub = 'plain') => c.s(email(p), 'email', sub);
const ph = (c, p, sub) => { const x = p ? phoneFor(p.culture) : phone(); return c.s(x.value, 'phone', sub ?? x.cc); };
const ip = (c, sub = 'v4') => c.s(sub === 'v6' ? ipv6() : ipv4(), 'ip', sub);
const usr = (c, p, sub) => c.s(username(p ?? person()), 'username', sub);
const nid = (c, sub = pick(NID_SUBS)) => c.s(nationalId(sub), 'national_id', sub);
const ib = (c, spaced = chance(0.5), cc) => { const x = iban(cc); return c.s(spaced ? x.spaced : x.compact, 'iban', x.cc.toLowerCase()); };
const cd = (c) => { const x = card(); c.s(x.value, 'card', x.brand); return x; };
const ad = (c, p, sub) => { const x = p ? addressFor(p.culture) : address(); return c.s(x.value, 'address', sub ?? x.cc); };
const db = (c, style, sub) => { const x = dob(style); return c.s(x.value, 'dob', sub ?? x.style); };
const coord = () => { const lat = Number((R() * 140 - 65).toFixed(ri(4, 6))); const lng = Number((R() * 340 - 170).toFixed(ri(4, 6))); return { lat: fixD(lat), lng: fixD(lng) }; };
// keep at least 4 significant characters and a decimal point so every coordinate label is specific
function fixD(x) { let s = String(x); if (!s.includes('.')) s += '.0'; while (s.replace('-', '').length < 7) s += String(ri(1, 9)); return s; }
const home = (c, sub) => { const u = username(); return c.s(u, 'home_path', sub); };
const kid = (c) => c.k(pick([uuid, traceId, () => `req_${b62(20)}`, ulid, () => hex(24)])());
const ts = (c) => c.k(iso());

export const FAMILIES = {
  // ---------------- web servers, proxies, load balancers ----------------
  'nginx-access': [28, (c) => {
    const path = pick([() => `/api/v2/orders/${c.k(bizId())}`, () => `/static/js/app.${c.k(hex(8))}.js`, () => `/reset-password?email=${encodeURIComponent(em(c, person(), 'url_query'))}`, () => `/oauth/callback?code=${tok(c, 'bearer_opaque')}&state=${hex(16)}`, () => `/v1/export?access_token=${tok(c, 'jwt')}`, () => `/health`, () => `/users/${usr(c, null, 'url_path')}/avatar.png`])();
    const user = chance(0.2) ? usr(c, null, 'clf_remote_user') : '-';
    return { format: 'text', record: `${ip(c, chance(0.15) ? 'v6' : 'v4')} - ${user} [${clfTs()}] "${pick(['GET', 'POST', 'PUT'])} ${path} HTTP/${pick(['1.1', '2.0'])}" ${c.k(`" ${pick([200, 201, 204, 301, 304, 401, 404, 500])} ${ri(0, 90000)}`)} "${pick(['-', 'https://shop.example.com/cart'])}" "${c.k(pick(UA))}" rt=${c.k(`${ri(0, 3)}.${pad(ri(0, 999), 3)}`)} uct="0.00${ri(1, 9)}" req_id=${c.k(hex(32))}` };
  }],
  'apache-error': [22, (c) => ({ format: 'text', record: `[${new Date(epoch()).toUTCString()}] [${pick(['php:error', 'ssl:warn', 'core:error', 'auth_basic:error'])}] [pid ${c.k(String(ri(10000, 99999)))}] [client ${ip(c)}:${ri(1024, 65535)}] ${pick([
    () => `AH01617: user ${usr(c, null, 'basic_auth_user')}: authentication failure for "/admin/": Password Mismatch`,
    () => `PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [1045] Access denied in ${c.k('/var/www/shop/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php')}:${ri(60, 90)}`,
    () => `AH02032: Hostname ${c.k(hostName())} provided via SNI and hostname ${c.k('www.example.org')} provided via HTTP have no compatible SSL setup`,
    () => `script '/home/${home(c, 'apache_userdir')}/public_html/${c.k('index.php')}' not found or unable to stat`,
  ])()}` }) ],
  'haproxy': [18, (c) => ({ format: 'text', record: `${syslogTs()} lb-${ri(1, 4)} haproxy[${ri(1000, 30000)}]: ${ip(c)}:${ri(1024, 65535)} [${clfTs().slice(0, 20)}.${pad(ri(0, 999), 3)}] ${c.k('fe_https~')} ${c.k(`be_${pick(['api', 'web', 'auth'])}/srv${ri(1, 9)}`)} ${c.k(`${ri(0, 5)}/0/${ri(0, 3)}/${ri(5, 900)}/${ri(5, 900)}`)} ${pick([200, 302, 403, 503])} ${ri(100, 50000)} - - ---- ${ri(1, 900)}/${ri(1, 900)}/${ri(0, 50)}/${ri(0, 9)}/0 0/0 "${pick([() => `POST /login?username=${usr(c, null, 'url_query')} HTTP/1.1`, () => `GET /api/orders/${c.k(bizId())} HTTP/1.1`, () => `GET /sso?ticket=${tok(c, 'bearer_opaque')} HTTP/1.1`])()}"` }) ],
  'envoy-access': [20, (c) => {
    const rec = { start_time: ts(c), method: pick(['GET', 'POST']), path: `/${pick(['checkout', 'graphql', 'v3/accounts'])}`, protocol: 'HTTP/2', response_code: c.kf('response_code', pick([200, 401, 429, 503])), response_flags: c.kf('response_flags', pick(['-', 'UH', 'URX'])), bytes_received: ri(0, 9000), duration: c.kf('duration', ri(1, 4000)), x_forwarded_for: `${ip(c)}, ${ip(c)}`, user_agent: pick(UA), request_id: kid(c), authority: c.k(`${pick(['api', 'pay', 'id'])}.${pick(['shopline.io', 'globex.co.uk'])}`), upstream_host: `10.${ri(0, 255)}.${ri(0, 255)}.${ri(1, 254)}:8080`, upstream_cluster: c.k(`outbound|8080||${pick(['orders', 'cart', 'identity'])}.${pick(['prod', 'shop'])}.svc.cluster.local`) };
    if (chance(0.6)) rec.authorization = `Bearer ${tok(c, pick(['jwt', 'google_oauth', 'bearer_opaque']))}`;
    if (chance(0.3)) rec['x-api-key'] = api(c, pick(['google_api', 'algolia_admin', 'datadog']));
    return { format: 'object', record: rec };
  }],
  'aws-alb': [18, (c) => ({ format: 'text', record: `${pick(['https', 'h2'])} ${isoSec().replace('Z', `.${pad(ri(0, 999999), 6)}Z`)} ${c.k(`app/${pick(['shop', 'api'])}-alb/${hex(16)}`)} ${ip(c)}:${ri(1024, 65535)} 10.${ri(0, 9)}.${ri(0, 255)}.${ri(1, 254)}:${pick([80, 8080])} 0.00${ri(0, 9)} 0.${pad(ri(1, 999), 3)} 0.000 ${pick([200, 302, 404])} ${pick([200, 302, 404])} ${ri(100, 999)} ${ri(100, 90000)} "${pick(['GET', 'POST'])} https://${c.k('shop.example.com')}:443/${pick([() => `account?email=${encodeURIComponent(em(c, person(), 'url_query'))}`, () => `api/cart/${c.k(uuid())}`, () => `track?lat=${c.s(coord().lat, 'geo', 'url_lat')}&v=${c.k(semver())}`])()} HTTP/1.1" "${pick(UA)}" ${c.k('ECDHE-RSA-AES128-GCM-SHA256')} TLSv1.2 ${c.k(`arn:aws:elasticloadbalancing:eu-west-1:${dig(12)}:targetgroup/web/${hex(16)}`)} "${c.k(xrayRoot())}" "-" "-" 0 ${isoSec()} "forward" "-" "-" "-" "-" "-" "-"` }) ],
  'aws-vpc-flow': [14, (c) => ({ format: 'text', record: `2 ${c.k(dig(12))} ${c.k(`eni-${hex(17)}`)} ${chance(0.5) ? `${ip(c)} 10.${ri(0, 9)}.${ri(0, 255)}.${ri(1, 254)}` : `10.${ri(0, 9)}.${ri(0, 255)}.${ri(1, 254)} ${ip(c)}`} ${ri(1024, 65535)} ${pick([22, 443, 3389, 5432])} 6 ${ri(1, 90)} ${ri(40, 90000)} ${1794800000 + ri(0, 999999)} ${1794800060 + ri(0, 999999)} ${pick(['ACCEPT', 'REJECT'])} OK` }) ],
  'aws-lambda': [20, (c) => {
    const rid = c.k(uuid()); const p = person();
    const ev = pick([() => `{"email":"${em(c, p)}","phone":"${ph(c, p)}","plan":"${pick(['pro', 'team'])}"}`, () => `{"headers":{"Authorization":"Bearer ${tok(c, 'jwt')}"},"requestContext":{"identity":{"sourceIp":"${ip(c)}"}}}`, () => `{"Records":[{"s3":{"object":{"key":"${c.k(`exports/${ri(2025, 2026)}/${hex(8)}.csv.gz`)}"}}}]}`]);
    return { format: 'text', record: `START RequestId: ${rid} Version: $LATEST\n${iso()}\t${rid}\tINFO\tevent ${ev()}\nEND RequestId: ${rid}\nREPORT RequestId: ${rid}\t${c.k(`Duration: ${ri(1, 900)}.${pad(ri(0, 99), 2)} ms`)}\tBilled Duration: ${ri(1, 900)} ms\tMemory Size: 512 MB\t${c.k(`Max Memory Used: ${ri(60, 400)} MB`)}` };
  }],
  // ---------------- application loggers by stack ----------------
  'go-zap': [35, (c) => {
    const rec = { level: pick(['info', 'warn', 'error']), ts: c.kf('ts', Number(`${1794800000 + ri(0, 999999)}.${ri(100, 999)}`)), caller: c.k(`${pick(['auth', 'billing', 'gateway'])}/${pick(['handler', 'client', 'store'])}.go:${ri(20, 400)}`), msg: pick(['login succeeded', 'token refreshed', 'upstream call failed', 'config loaded']), trace_id: c.k(traceId()) };
    const p = person();
    pick([() => { rec.user = usr(c, p, 'zap_field'); rec.remote_addr = `${ip(c)}:${ri(1024, 65535)}`; }, () => { rec.email = em(c, p); rec.session = tok(c, 'session_id'); }, () => { rec.dsn = `postgres://${c.k('billing_rw')}:${c.s(pick([humanPassword, () => b62(24)])(), 'connection_string', 'postgres_url')}@${c.k(hostName())}:5432/${c.k('billing')}?sslmode=verify-full`; }, () => { rec.config = { max_idle_conns: c.kf('max_idle_conns', 10), token_ttl: c.kf('token_ttl', '15m'), secret_rotation_days: c.kf('secret_rotation_days', 90) }; }])();
    return { format: 'object', record: rec };
  }],
  'go-logrus': [32, (c) => ({ format: 'text', record: `time="${isoSec()}" level=${pick(['error', 'warning', 'info'])} msg="${pick(['could not connect to broker', 'retrying webhook', 'user updated profile'])}" ${pick([
    () => `amqp_url="amqp://${c.k('orders')}:${c.s(humanPassword().replace(/[ "]/g, '_'), 'connection_string', 'amqp_url')}@${c.k(hostName())}:5672/${c.k('vhost-orders')}" attempt=${c.k(`attempt=${ri(1, 9)}`).slice(8)}`,
    () => { const p = person(); return `user_id=${c.k(String(ri(100000, 999999)))} display_name="${nm(c, p)}" phone="${ph(c, p)}"`; },
    () => `webhook_secret=${oth(c, 'stripe_webhook')} endpoint=${c.k(`we_${b62(24)}`)}`,
    () => `component=${c.k('gc')} pause=${c.k(dur())} heap_goal=${c.k(`${ri(64, 900)}MB`)}`,
  ])()}` }) ],
  'java-logback': [35, (c) => {
    const p = person();
    const head = `${iso().replace('T', ' ').replace('Z', '')} ${pick(['ERROR', 'WARN', 'INFO'])} ${ri(1000, 9999)} --- [${c.k(`http-nio-8443-exec-${ri(1, 200)}`)}] ${c.k(`c.${pick(['acme', 'globex'])}.${pick(['payments', 'crm', 'booking'])}.${pick(['ChargeService', 'CustomerController', 'LedgerRepository'])}`)}  : `;
    const body = pick([
      () => `Charge declined for customer ${nm(c, p)} <${em(c, p)}> card=${cd(c).value} amount=${c.k(`amount=${ri(5, 9000)}.${pad(ri(0, 99), 2)}`).slice(7)} EUR`,
      () => `Failed to obtain JDBC Connection; url=jdbc:${pick(['mysql', 'mariadb'])}://${c.k(hostName())}:3306/${c.k('crm')}?user=${c.k('crm_app')}&password=${c.s(humanPassword().replace(/[ &]/g, '9'), 'connection_string', 'jdbc_param')}&useSSL=true\norg.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection\n\tat ${c.k('org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)')}\n\tat com.globex.crm.LedgerRepository.find(LedgerRepository.java:${ri(30, 300)})`,
      () => `Loaded keystore ${c.k('/opt/app/config/keystore.p12')} alias=${c.k('tls')} sha256=${c.k(fpColon())}`,
      () => `Validation failed for object='customer': field 'iban' rejected value [${ib(c)}]; field 'birthDate' rejected value [${db(c, pick(['iso', 'dmy_dot']))}]`,
    ])();
    return { format: 'text', record: head + body };
  }],
  'spring-props': [32, (c) => ({ format: 'text', record: `${iso()} DEBUG 1 --- [main] o.s.b.c.c.ConfigDataEnvironment : Property sources:\n${c.k(`spring.datasource.url=jdbc:postgresql://${hostName()}:5432/orders`)}\nspring.datasource.username=${c.k('orders_svc')}\nspring.datasource.password=${pw(c, 'spring_property')}\n${c.k(`spring.datasource.hikari.maximum-pool-size=${ri(5, 40)}`)}\nspring.mail.password=${pw(c, 'spring_property')}\n${c.k(`server.ssl.key-store-password-env=${pick(['KEYSTORE_PASS', 'TLS_STORE_SECRET'])}`)}\n${c.k(`app.jwt.expiration-ms=${pick([900000, 3600000])}`)}\napp.jwt.secret=${oth(c, 'jwt_signing_secret')}` }) ],
  'dotnet-serilog': [28, (c) => {
    const p = person();
    const rec = { '@t': ts(c), '@mt': 'User {UserName} signed in from {ClientIp} ({Elapsed} ms)', '@i': c.k(hex(8)), UserName: usr(c, p, 'serilog_property'), ClientIp: ip(c), Elapsed: c.kf('Elapsed', ri(3, 999)), SourceContext: c.k('Contoso.Identity.Web.Controllers.AccountController'), MachineName: c.k(`WEB${ri(1, 9)}-AZ${ri(1, 3)}`) };
    if (chance(0.6)) rec.ConnectionString = `Server=tcp:${c.k(`${pick(['crm', 'ledger'])}-sql.database.windows.net`)},1433;Initial Catalog=${c.k('ContosoCrm')};User ID=${c.k('crm_app')};Password=${c.s(humanPassword().replace(/[; ]/g, '_'), 'connection_string', 'ado_net')};${c.k('Encrypt=True;TrustServerCertificate=False;')}`;
    else rec.Profile = { DisplayName: nm(c, p), Email: em(c, p), DateOfBirth: db(c) };
    return { format: 'object', record: rec };
  }],
  'windows-event': [22, (c) => {
    const p = person(); const u = usr(c, p, 'windows_target_user');
    const rec = { EventID: c.kf('EventID', pick([4624, 4625, 4648, 4720])), Channel: 'Security', Computer: c.k(`${pick(['DC01', 'FS02', 'WKS-4471'])}.${pick(['corp', 'ad'])}.contoso.com`), TimeCreated: ts(c), SubjectUserSid: c.k('S-1-5-18'), TargetUserName: u, TargetDomainName: c.k('CONTOSO'), LogonType: c.kf('LogonType', pick([2, 3, 10])), IpAddress: ip(c), WorkstationName: c.k(`WKS-${ri(1000, 9999)}`), LogonProcessName: c.k('NtLmSsp '), AuthenticationPackageName: c.k('NTLM') };
    if (chance(0.5)) rec.ProcessName = `C:\\Users\\${c.s(username(), 'home_path', 'windows_profile')}\\AppData\\Local\\Programs\\${c.k('Microsoft VS Code')}\\Code.exe`;
    return { format: 'object', record: rec };
  }],
  'php-laravel': [32, (c) => ({ format: 'text', record: `[${iso().replace('T', ' ').slice(0, 19)}] production.${pick(['ERROR', 'WARNING'])}: ${pick([
    () => { const p = person(); return `Order placement failed {"userId":${c.k(String(ri(1000, 99999)))},"email":"${em(c, p)}","shipping":"${ad(c, p)}","exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 23000))"}`; },
    () => `Env dump on boot:\nAPP_ENV=${c.k('production')}\nAPP_KEY=${oth(c, 'laravel_app_key')}\nDB_HOST=${c.k(hostName())}\nDB_PASSWORD=${pw(c, 'env_file')}\nMAIL_MAILER=${c.k('smtp')}\nMAIL_PASSWORD=${pw(c, 'env_file')}\n${c.k(`SESSION_LIFETIME=${ri(60, 240)}`)}`,
    () => `Stripe\\Exception\\AuthenticationException: Invalid API Key provided: ${api(c, 'stripe_secret')} in ${c.k('/var/www/html/vendor/stripe/stripe-php/lib/Exception/ApiErrorException.php')}:38`,
  ])()}` }) ],
  'monolog-json': [30, (c) => {
    const cookies = [`laravel_session=${c.s(b64(ri(200, 280)).replace(/[+/]/g, 'x') + '%3D', 'cookie', 'laravel_session')}`, `XSRF-TOKEN=${c.s(b64(ri(200, 280)).replace(/[+/]/g, 'Q') + '%3D', 'cookie', 'xsrf_token')}`];
    if (chance(0.5)) cookies.push(`_ga=${c.s(`GA1.1.${ri(100000000, 999999999)}.${1760000000 + ri(0, 3000000)}`, 'cookie', 'ga')}`);
    return { format: 'object', record: { message: 'Incoming request', context: { method: 'POST', uri: c.k(`/checkout/${uuid()}`), headers: { cookie: [cookies.join('; ')], 'user-agent': [pick(UA)], 'x-request-id': [kid(c)] } }, level: c.kf('level', 200), level_name: 'INFO', channel: c.k('http'), datetime: ts(c), extra: { memory_peak_usage: c.k(`${ri(4, 60)} MB`) } } };
  }],
  'ruby-sidekiq': [22, (c) => {
    const p = person();
    return { format: 'text', record: `${iso()} pid=${ri(1000, 99999)} tid=${c.k(alnumLo(4))} class=${c.k(pick(['WelcomeMailerJob', 'InvoiceReminderJob', 'SmsVerificationJob']))} jid=${c.k(hex(24))} INFO: ${pick([
      () => `start args=["${em(c, p)}", "${nm(c, p)}"]`, () => `fail: ${c.k(`${ri(1, 9)}.${pad(ri(0, 999), 3)} sec`)} error_message="Twilio::REST::RestError: Unable to create record: The 'To' number ${ph(c, p, 'sms_to')} is not a valid phone number"`,
      () => `done: ${c.k(`${ri(0, 9)}.${pad(ri(0, 999), 3)} sec`)} queue=${c.k('mailers')} retry_count=${c.k(`retry_count=${ri(0, 5)}`).slice(12)}`,
    ])()}` };
  }],
  'rails-params': [28, (c) => {
    const p = person();
    return { format: 'text', record: `Started POST "${pick(['/users/sign_in', '/users', '/account/password'])}" for ${ip(c)} at ${iso().replace('T', ' ').slice(0, 19)} +0000\nProcessing by ${c.k(pick(['Devise::SessionsController#create', 'RegistrationsController#create']))} as HTML\n  Parameters: {"authenticity_token"=>"${c.s(b64u(86), 'other_secret', 'csrf_token')}", "user"=>{"email"=>"${em(c, p)}", "password"=>"${pw(c, 'rails_params')}", ${c.k('"remember_me"=>"1"')}}, "commit"=>"${c.k('Log in')}"}\nCompleted ${pick(['302 Found', '401 Unauthorized'])} in ${c.k(`${ri(10, 900)}ms`)} (ActiveRecord: ${ri(1, 90)}.${ri(0, 9)}ms | Allocations: ${ri(1000, 99999)})` };
  }],
  'elixir-phoenix': [24, (c) => {
    const p = person();
    return { format: 'text', record: `${iso().slice(11, 23)} request_id=${c.k(`F${b62(19)}`)} [info] POST /api/${pick(['sessions', 'registrations'])}\n${iso().slice(11, 23)} [debug] Processing with ${c.k('MyAppWeb.SessionController.create/2')}\n  Parameters: %{"email" => "${em(c, p)}", "password" => "${pw(c, 'phoenix_params')}", "phone" => "${ph(c, p)}"}\n  Pipelines: ${c.k('[:api]')}\n${iso().slice(11, 23)} [info] Sent ${pick([200, 401, 422])} in ${c.k(`${ri(1, 900)}ms`)}` };
  }],
  'rust-tracing': [26, (c) => {
    const p = person();
    return { format: 'text', record: `${iso()}  ${pick(['INFO', 'WARN', 'ERROR'])} request{method=${pick(['GET', 'POST'])} uri=${c.k(`/v1/accounts/${uuid()}`)} version=HTTP/1.1 request_id=${c.k(uuid())}}: ${c.k(pick(['api::auth', 'ledger::sync', 'notify::sms']))}: ${pick([
      () => `token validated sub="${em(c, p, 'jwt_sub')}" client_ip=${ip(c)} latency_ms=${c.k(`latency_ms=${ri(1, 400)}`).slice(11)}`,
      () => `sending OTP to=${ph(c, p)} name="${nm(c, p)}"`, () => `upstream rejected key api_key="${api(c, pick(['openai', 'anthropic', 'sendgrid']))}" status=401`,
      () => `migrations applied count=${c.k(`count=${ri(1, 40)}`).slice(6)} schema_version=${c.k(`${ri(2024, 2026)}${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}${pad(ri(0, 235959), 6)}`)}`,
    ])()}` };
  }],
  'node-winston': [30, (c) => {
    const p = person(pick(PART_CULTURES));
    const rec = { level: pick(['error', 'warn', 'info']), message: pick(['payment provider error', 'user signup', 'sync finished']), service: c.k(pick(['billing-api', 'signup-svc', 'crm-sync'])), timestamp: ts(c), version: c.k(semver()) };
    pick([() => { rec.stripeKey = api(c, 'stripe_restricted'); rec.publishableKey = c.k(`pk_live_${b62(99)}`); rec.customer = { name: nm(c, p), email: em(c, p), phone: ph(c, p) }; },
      () => { rec.signup = { firstName: c.s(p.first, 'person_name', `first_${p.culture}`), lastName: c.s(p.last, 'person_name', `last_${p.culture}`), dob: db(c), marketingOptIn: c.kf('marketingOptIn', false) }; },
      () => { rec.stats = { synced: c.kf('synced', ri(0, 90000)), failed: c.kf('failed', ri(0, 30)), apiKeyId: c.kf('apiKeyId', `ak_${alnumLo(10)}`), tokensUsed: c.kf('tokensUsed', ri(100, 90000)) }; }])();
    return { format: 'object', record: rec };
  }],
  'node-bunyan': [30, (c) => {
    const headers = { host: c.k(pick(['api.shopline.io', 'internal-gw.hooli.io'])), 'user-agent': pick(UA), accept: 'application/json' };
    pick([() => { const u = username(); const pwv = humanPassword().replace(/:/g, '-'); headers.authorization = `Basic ${c.s(Buffer.from(`${u}:${pwv}`).toString('base64'), 'token', 'basic_auth_b64')}`; },
      () => { headers.cookie = `connect.sid=${c.s(`s%3A${b64u(32)}.${b64(43).replace(/[+/]/g, 'k')}`, 'cookie', 'connect_sid')}; ajs_anonymous_id=${c.s(uuid(), 'cookie', 'ajs_anonymous_id')}`; },
      () => { headers['x-amz-security-token'] = c.s(`IQoJb3JpZ2luX2Vj${b64(300)}`, 'token', 'aws_session_token'); }])();
    return { format: 'object', record: { name: c.k('gateway'), hostname: c.k(`gw-${hex(5)}`), pid: ri(1, 999), level: c.kf('level', 30), req: { method: 'GET', url: c.k(`/v2/reports/${bizId()}`), headers, remoteAddress: `::ffff:${ip(c, 'v4_mapped')}` }, msg: 'request start', time: ts(c), v: 0 } };
  }],
  // ---------------- unix, auth, network infrastructure ----------------
  'sshd': [24, (c) => {
    const u = usr(c, null, 'sshd'); const a = ip(c);
    return { format: 'text', record: `${syslogTs()} ${c.k(pick(['bastion-2', 'gw-eu-1', 'build-07']))} sshd[${ri(1000, 99999)}]: ${pick([
      () => `Accepted publickey for ${u} from ${a} port ${ri(1024, 65535)} ssh2: ED25519 ${c.k(fpSha256())}`,
      () => `Failed password for ${chance(0.5) ? 'invalid user ' : ''}${u} from ${a} port ${ri(1024, 65535)} ssh2`,
      () => `pam_unix(sshd:session): session opened for user ${u}(uid=${c.k(`uid=${ri(1000, 9000)}`).slice(4)}) by (uid=0)`,
      () => `Connection closed by authenticating user ${u} ${a} port ${ri(1024, 65535)} [preauth]`,
    ])()}` };
  }],
  'sudo': [18, (c) => { const u = usr(c, null, 'sudo'); return { format: 'text', record: `${syslogTs()} ${c.k(hostName())} sudo: ${u} : TTY=pts/${ri(0, 9)} ; PWD=/home/${u}/${pick(['deploy', 'src/app', 'tmp'])} ; ${c.k('USER=root')} ; ${c.k(`COMMAND=${pick(['/usr/bin/systemctl restart nginx', '/usr/bin/apt-get upgrade -y', '/usr/bin/journalctl -u kubelet --since today'])}`)}` }; }],
  'auditd': [14, (c) => { const a = ip(c); return { format: 'text', record: `type=${pick(['USER_AUTH', 'USER_LOGIN', 'USER_ACCT'])} msg=audit(${c.k(`${1794800000 + ri(0, 999999)}.${ri(100, 999)}:${ri(100, 99999)}`)}): pid=${ri(100, 99999)} uid=0 auid=${ri(1000, 4294967295)} ses=${ri(1, 900)} subj=${c.k('system_u:system_r:sshd_t:s0-s0:c0.c1023')} msg='op=PAM:authentication grantors=? acct="${usr(c, null, 'auditd_acct')}" exe="${c.k('/usr/sbin/sshd')}" hostname=${a} addr=${a} terminal=ssh res=${pick(['failed', 'success'])}'` }; }],
  'radius': [24, (c) => {
    const p = person();
    return { format: 'text', record: pick([
      () => `${new Date(epoch()).toUTCString()} : Auth: (${ri(1, 99999)}) Login ${pick(['OK', 'incorrect'])}: [${em(c, p, 'radius_user')}] (from client ${c.k(`wlc-${pick(['hq', 'br'])}${ri(1, 9)}`)} port ${ri(0, 20)} cli ${HEX(2)}-${HEX(2)}-${HEX(2)}-${HEX(2)}-${HEX(2)}-${HEX(2)})`,
      () => `(${ri(1, 9999)}) Received Access-Request Id ${ri(1, 255)} from ${`10.${ri(0, 9)}.${ri(0, 255)}.${ri(1, 254)}:${ri(1024, 65535)}`} to 10.0.0.2:1812 length ${ri(80, 300)}\n(${ri(1, 9999)})   User-Name = "${usr(c, p, 'radius_attr')}"\n(${ri(1, 9999)})   User-Password = "${pw(c, 'radius_attr')}"\n(${ri(1, 9999)})   ${c.k(`NAS-Identifier = "ap-${pick(['lobby', 'floor3'])}-${ri(1, 20)}"`)}`,
      () => `rlm_eap: shared secret for client ${c.k(`ap-floor${ri(1, 9)}`)} is "${oth(c, 'radius_secret')}" (mismatch)`,
    ])() };
  }],
  'vpn': [20, (c) => {
    const p = person();
    return { format: 'text', record: pick([
      () => `${syslogTs()} vpn-gw openvpn[${ri(100, 9999)}]: ${ip(c)}:${ri(1024, 65535)} [${usr(c, p, 'openvpn_cn')}] Peer Connection Initiated with [AF_INET]${c.sensitive[0].value}:${ri(1024, 65535)}`,
      () => `%ASA-6-113004: AAA user authentication Successful : server =  ${`10.${ri(1, 9)}.${ri(0, 255)}.${ri(1, 254)}`} : user = ${usr(c, p, 'cisco_asa')}`,
      () => `%ASA-4-722051: Group <${c.k('GP-Remote')}> User <${usr(c, p, 'cisco_asa')}> IP <${ip(c)}> IPv4 Address <${`10.${ri(200, 250)}.${ri(0, 255)}.${ri(1, 254)}`}> assigned to session`,
      () => `wireguard: peer ${c.k(b64(43) + '=')} (${nm(c, p, 'peer_comment')}'s laptop) endpoint ${ip(c)}:${ri(1024, 65535)} latest handshake ${c.k(`${ri(1, 59)} seconds ago`)}`,
      () => `charon: 09[IKE] IKE_SA ${c.k('roadwarrior')}[${ri(1, 999)}] established between ${'10.0.0.1'}[vpn.contoso.com]...${ip(c)}[${em(c, p, 'ike_identity')}]`,
    ])() };
  }],
  'ldap': [20, (c) => {
    const p = person(); const u = usr(c, p, 'ldap_dn');
    return { format: 'text', record: `${syslogTs()} ldap-${ri(1, 3)} slapd[${ri(100, 9999)}]: ${c.k(`conn=${ri(1000, 99999)}`)} op=${ri(0, 9)} ${pick([
      () => `BIND dn="uid=${u},${c.k('ou=people,dc=corp,dc=example')}" method=128`, () => `SRCH base="${c.k('ou=groups,dc=corp,dc=example')}" scope=2 deref=0 filter="(&(objectClass=posixGroup)(memberUid=${u}))"`,
      () => `MOD dn="cn=${nm(c, p, 'ldap_cn')},ou=staff,dc=corp,dc=example" mod=${c.k('telephoneNumber')}: ${ph(c, p)}`,
      () => `BIND dn="cn=${c.k('svc-jenkins')},ou=service,dc=corp,dc=example" mech=SIMPLE credentials="${pw(c, 'ldap_bind')}" ssf=0 (uid=${u})`,
    ])()}` };
  }],
  'postfix': [18, (c) => {
    const p = person(); const q = c.k(HEX(10));
    return { format: 'text', record: `${syslogTs()} ${c.k('mx1')} postfix/${pick([
      () => `smtpd[${ri(100, 99999)}]: ${q}: client=${c.k(pick(['mail-ed1-f54.google.com', 'out-12.smtp.hooli.io']))}[${ip(c)}], sasl_method=PLAIN, sasl_username=${em(c, p, 'smtp_sasl')}`,
      () => `smtp[${ri(100, 99999)}]: ${q}: to=<${em(c, p, 'smtp_rcpt')}>, relay=${c.k('aspmx.l.google.com')}[${ip(c)}]:25, delay=${c.k(`${ri(0, 9)}.${ri(1, 9)}`)}, dsn=${c.k('2.0.0')}, status=sent (250 2.0.0 OK)`,
      () => `cleanup[${ri(100, 99999)}]: ${q}: message-id=<${c.k(`${uuid()}@mail.northwind-traders.com`)}>`,
    ])()}` };
  }],
  'smtp-auth-fail': [10, (c) => { const a = ip(c); return { format: 'text', record: `${syslogTs()} mail dovecot: imap-login: Disconnected (auth failed, ${ri(1, 3)} attempts in ${ri(2, 9)} secs): user=<${em(c, person(), 'imap_user')}>, method=PLAIN, rip=${a}, lip=${'10.0.2.15'}, TLS, session=<${c.k(b62(16))}>` }; }],
  // ---------------- infrastructure automation and CI ----------------
  'terraform': [34, (c) => ({ format: 'text', record: pick([
    () => `${c.k('aws_db_instance.main')}: Modifying... [id=${c.k(`db-${upAlnum(26)}`)}]\n${iso()} [DEBUG] provider.terraform-provider-aws_v5.${ri(10, 80)}.0_x5: HTTP Request Sent: Action=ModifyDBInstance&MasterUserPassword=${c.s(humanPassword().replace(/[ &=]/g, '7'), 'password', 'tf_debug_form')}&ApplyImmediately=true`,
    () => `╷\n│ Error: building account: could not acquire access token to parse claims: clientCredentialsToken: received HTTP status 401 with response: {"error":"invalid_client"} client_secret="${c.s(`${b62(3)}8Q~${b64u(34)}`, 'api_key', 'azure_client_secret')}"\n│ \n│   with provider["registry.terraform.io/hashicorp/azurerm"],\n│   on ${c.k('providers.tf line 12')}, in provider "azurerm":\n╵`,
    () => `  # ${c.k('random_password.db')} will be created\n  + resource "random_password" "db" {\n      + id          = (known after apply)\n      + ${c.k('length      = 32')}\n      + ${c.k('min_special = 4')}\n      + result      = (sensitive value)\n    }`,
    () => `Terraform used the following TF_VAR values: TF_VAR_region=${c.k('eu-central-1')} TF_VAR_db_password=${pw(c, 'tf_var_env')} TF_VAR_cloudflare_api_token=${c.s(b64u(40), 'api_key', 'cloudflare_token')}`,
  ])() }) ],
  'ansible': [28, (c) => ({ format: 'text', record: pick([
    () => `TASK [postgres : create application role] ****\nok: [${c.k(`db-${ri(1, 9)}.${pick(['prod', 'stg'])}.internal`)}] => {"changed": false, "role": "${c.k('app_rw')}", "password": "${pw(c, 'ansible_result')}", ${c.k('"conn_limit": 50')}}`,
    () => `fatal: [${c.k(`web-${ri(1, 30)}`)}]: UNREACHABLE! => {"changed": false, "msg": "Invalid/incorrect password: Permission denied, please try again.", "unreachable": true} ansible_become_pass=${pw(c, 'ansible_var')}`,
    () => `PLAY RECAP *****\n${c.k(`app-${ri(1, 30)}.prod`)}              : ok=${ri(5, 60)}   changed=${ri(0, 9)}    unreachable=0    failed=0    skipped=${ri(0, 9)}    rescued=0    ignored=0`,
    () => `TASK [users : add developer] ****\nchanged: [${c.k(`jump-${ri(1, 3)}`)}] => (item={'name': '${usr(c, null, 'ansible_item')}', 'shell': '${c.k('/bin/zsh')}', 'groups': 'docker,wheel'})`,
  ])() }) ],
  'chef-puppet': [24, (c) => ({ format: 'text', record: pick([
    () => `  * template[/etc/datadog-agent/datadog.yaml] action create\n    - update content in file /etc/datadog-agent/datadog.yaml from ${c.k(hex(6))} to ${c.k(hex(6))}\n    --- /etc/datadog-agent/datadog.yaml\n    -api_key: ${api(c, 'datadog')}\n    +api_key: ${api(c, 'datadog')}\n    ${c.k(`site: datadoghq.eu`)}`,
    () => `Notice: /Stage[main]/Profile::Mysql/Mysql_user[${c.k(`repl@10.%`)}]/password_hash: changed '*${c.s(HEX(40), 'other_secret', 'mysql_native_hash')}' to '*${c.s(HEX(40), 'other_secret', 'mysql_native_hash')}'\nNotice: Applied catalog in ${c.k(`${ri(1, 90)}.${pad(ri(0, 99), 2)} seconds`)}`,
    () => `Info: Computing checksum on file /home/${home(c, 'puppet_file')}/.ssh/authorized_keys\nNotice: /Stage[main]/Accounts/File[authorized_keys]/content: content changed '{md5}${c.k(hex(32))}' to '{md5}${c.k(hex(32))}'`,
  ])() }) ],
  'ci-pipeline': [45, (c) => ({ format: 'text', record: pick([
    () => `${iso()} ##[group]Run git clone\n${iso()} git clone https://oauth2:${tok(c, 'gitlab_pat')}@gitlab.com/${c.k('platform/infra-modules')}.git\n${iso()} HEAD is now at ${c.k(hex(8))} ${c.k(`chore(deps): bump ${pick(['axios', 'pino', 'koa'])} to ${semver()}`)}`,
    () => `$ npm config set //registry.npmjs.org/:_authToken=${tok(c, 'npm')}\n$ npm publish --access public\nnpm notice 📦  ${c.k(`@globex/ui-kit@${semver()}`)}\nnpm notice shasum: ${c.k(sha40())}`,
    () => `Run docker/login-action@v3\n  with:\n    registry: ${c.k('ghcr.io')}\n    username: ${usr(c, null, 'ci_registry_user')}\n    password: ${tok(c, pick(['github_pat', 'github_fine']))}\nLogin Succeeded!\n#12 pushing ${c.k(`ghcr.io/globex/api@${digest()}`)}`,
    () => `Step 4/11 : RUN pip install -r requirements.txt --index-url https://__token__:${tok(c, 'pypi')}@upload.pypi.org/simple\n ---> Running in ${c.k(hex(12))}\nSuccessfully built ${c.k(hex(12))}`,
    () => `+ export HF_TOKEN=${tok(c, 'hf')}\n+ python train.py --epochs ${c.k('--epochs 3').slice(9)} --model-dir /home/${home(c, 'ci_local_runner')}/models/${c.k('distilbert-base-uncased')}`,
    () => `[${iso()}] Finished: SUCCESS build #${ri(100, 9999)} commit ${c.k(sha40())} duration ${c.k(dur())} artifact ${c.k(digest())}`,
  ])() }) ],
  'docker-k8s': [32, (c) => pick([
    () => ({ format: 'text', record: `$ docker login -u ${usr(c, null, 'cli_flag')} -p ${pw(c, 'docker_cli_flag')} ${c.k('registry.gitlab.com')}\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded` }),
    () => ({ format: 'object', record: { kind: 'Event', apiVersion: c.k('audit.k8s.io/v1'), level: 'RequestResponse', auditID: c.k(uuid()), verb: 'create', user: { username: c.k(`system:serviceaccount:${pick(['ci', 'argocd'])}:${pick(['deployer', 'argocd-application-controller'])}`) }, sourceIPs: [`10.${ri(0, 9)}.${ri(0, 255)}.${ri(1, 254)}`], objectRef: { resource: 'secrets', namespace: c.k(pick(['payments', 'identity'])), name: c.k(`${pick(['db', 'smtp'])}-credentials`) }, requestObject: { data: { password: oth(c, 'k8s_secret_b64'), username: c.k(Buffer.from(pick(['app_user', 'postgres_app'])).toString('base64')) } }, responseStatus: { code: c.kf('code', 201) } } }),
    () => ({ format: 'text', record: `${iso()} ${pick(['Pulled', 'Created'])} pod/${c.k(`api-${hex(10)}-${alnumLo(5)}`)} Successfully pulled image "${c.k(`registry.example.com/shop/api@${digest()}`)}" in ${c.k(dur())} (image size ${ri(20, 900)}MB)` }),
    () => ({ format: 'text', record: `Error from server (Forbidden): pods is forbidden: User "${em(c, person(), 'k8s_oidc_user')}" cannot list resource "pods" in API group "" in the namespace "${c.k('kube-system')}"` }),
  ])() ],
  // ---------------- databases, queues, APIs ----------------
  'mysql-slowlog': [18, (c) => { const p = person(pick(PART_CULTURES)); return { format: 'text', record: `# Time: ${iso()}\n# User@Host: ${c.k('app[app]')} @ ${c.k(`web-${ri(1, 9)}`)} [10.0.${ri(0, 9)}.${ri(1, 254)}]  Id: ${ri(1000, 999999)}\n# ${c.k(`Query_time: ${ri(1, 30)}.${pad(ri(0, 999999), 6)}`)}  Lock_time: 0.000${ri(100, 999)} Rows_sent: ${ri(0, 9)}  Rows_examined: ${ri(10000, 9999999)}\nSET timestamp=${1794800000 + ri(0, 999999)};\nSELECT id, plan FROM customers WHERE ${pick([() => `email = '${em(c, p)}'`, () => `phone = '${ph(c, p)}' AND birth_date = '${db(c, 'iso')}'`, () => `last_name = '${c.s(p.last, 'person_name', `last_${p.culture}`)}' AND postcode LIKE '${c.k(`${ri(10, 99)}%`)}'`])()};` }; }],
  'postgres-log': [30, (c) => ({ format: 'text', record: `${iso().replace('T', ' ').replace('Z', ' UTC')} [${ri(100, 99999)}] ${c.k(`${pick(['admin', 'migrator'])}@${pick(['orders', 'identity'])}`)} ${pick([
    () => `LOG:  statement: ALTER ROLE ${c.k('reporting_ro')} WITH LOGIN PASSWORD '${c.s(humanPassword().replace(/'/g, ''), 'password', 'sql_alter_role')}' VALID UNTIL '${c.k('2027-01-01')}'`,
    () => `LOG:  statement: CREATE USER ${c.k('grafana')} IDENTIFIED BY '${c.s(humanPassword().replace(/'/g, ''), 'password', 'sql_create_user')}'`,
    () => `LOG:  duration: ${c.k(`${ri(100, 9000)}.${pad(ri(0, 999), 3)} ms`)}  execute <unnamed>: SELECT * FROM patients WHERE national_id = '${nid(c)}'`,
    () => `FATAL:  password authentication failed for user "${usr(c, null, 'pg_role')}"\nDETAIL:  Connection matched ${c.k('pg_hba.conf line 97')}: "host all all 0.0.0.0/0 scram-sha-256"`,
    () => `LOG:  checkpoint complete: wrote ${ri(100, 9999)} buffers (${ri(0, 9)}.${ri(0, 9)}%); ${c.k(`distance=${ri(1000, 99999)} kB`)}, estimate=${ri(1000, 99999)} kB`,
  ])()}` }) ],
  'redis-mongo': [30, (c) => ({ format: 'text', record: pick([
    () => `${1794800000 + ri(0, 999999)}.${ri(100000, 999999)} [0 10.0.${ri(0, 9)}.${ri(1, 254)}:${ri(1024, 65535)}] "AUTH" "${c.k('default')}" "${c.s(b62(ri(16, 32)), 'password', 'redis_monitor')}"`,
    () => `{"t":{"$date":"${iso()}"},"s":"I","c":"NETWORK","id":${c.k('51800')},"ctx":"conn${ri(100, 9999)}","msg":"client metadata","attr":{"remote":"${ip(c)}:${ri(1024, 65535)}","client":"conn${ri(1, 999)}","doc":{"driver":{"name":"${c.k('nodejs|Mongoose')}","version":"${c.k(semver())}"}}}}`,
    () => `MongoServerSelectionError: connect ECONNREFUSED while connecting to mongodb+srv://${c.k('analytics')}:${c.s(humanPassword().replace(/[@:/ ]/g, 'x'), 'connection_string', 'mongodb_srv')}@${c.k(`cluster0.${alnumLo(5)}.mongodb.net`)}/${c.k('events')}?retryWrites=true&w=majority`,
    () => `redis.exceptions.AuthenticationError: invalid password while connecting to rediss://:${c.s(hex(32), 'connection_string', 'redis_url')}@${c.k(`cache-${ri(1, 9)}.${alnumLo(6)}.euw1.cache.amazonaws.com`)}:6380/0`,
  ])() }) ],
  'kafka-message': [16, (c) => { const p = person(pick(PART_CULTURES)); return { format: 'object', record: { topic: c.k(pick(['customer.updated.v2', 'kyc.submitted', 'payroll.run'])), partition: c.kf('partition', ri(0, 23)), offset: c.kf('offset', ri(100000, 99999999)), key: c.k(`cust-${ri(100000, 999999)}`), headers: { 'correlation-id': c.k(uuid()), 'schema-id': c.k(String(ri(1, 400))) }, value: { firstName: c.s(p.first, 'person_name', `first_${p.culture}`), lastName: c.s(p.last, 'person_name', `last_${p.culture}`), iban: ib(c), birthDate: db(c, pick(['iso', 'dmy_dot', 'dmy_slash'])), taxId: nid(c), country: c.k(pick(COUNTRIES)) } } }; }],
  'rabbitmq': [20, (c) => ({ format: 'text', record: `${iso().replace('T', ' ')} [${pick(['info', 'error'])}] <0.${ri(100, 9999)}.0> ${pick([
    () => `accepting AMQP connection <0.${ri(100, 9999)}.0> (${ip(c)}:${ri(1024, 65535)} -> ${'10.0.3.4:5672'})`, () => `Error on AMQP connection: PLAIN login refused: user '${usr(c, null, 'amqp_user')}' - invalid credentials`,
    () => `shovel ${c.k('orders-to-dr')} uri "amqps://${c.k('shovel')}:${c.s(b62(20), 'connection_string', 'amqp_shovel_uri')}@${c.k('dr-mq.example.net')}:5671/%2F" terminated`,
  ])()}` }) ],
  'graphql-error': [18, (c) => { const p = person(); return { format: 'object', record: { errors: [{ message: `Variable "$input" got invalid value; Field "${pick(['phone', 'postalCode'])}" is not valid.`, locations: [{ line: 1, column: ri(10, 40) }], path: [c.k('createAccount')], extensions: { code: c.k('BAD_USER_INPUT'), traceId: c.k(traceId()) } }], operationName: c.k('CreateAccount'), variables: { input: { fullName: nm(c, p), email: em(c, p), phone: ph(c, p), password: pw(c, 'graphql_variable'), address: { line1: ad(c, p) } } }, durationMs: c.kf('durationMs', ri(2, 900)) } }; }],
  'oauth-flow': [40, (c) => ({ format: 'text', record: pick([
    () => `${iso()} DEBUG oauth2 token response: {"access_token":"${tok(c, 'google_oauth')}","expires_in":${c.k('"expires_in":3599').slice(13)},"refresh_token":"${tok(c, 'oauth_refresh')}","scope":"${c.k('https://www.googleapis.com/auth/drive.readonly')}","token_type":"Bearer","id_token":"${c.s(jwt({ iss: 'https://accounts.google.com', sub: dig(21), email: email(), iat: 1794800000 + ri(0, 99999) }), 'token', 'oidc_id_token')}"}`,
    () => `${iso()} INFO  callback GET /auth/callback?code=${c.s(`4/0A${b64u(60)}`, 'token', 'oauth_code')}&scope=email%20profile&authuser=0&prompt=none -> 302 (${c.k(`${ri(20, 900)} ms`)})`,
    () => `${iso()} WARN  client_credentials grant rejected client_id=${c.k(uuid())} client_secret=${c.s(b64u(40), 'api_key', 'oauth_client_secret')} tenant=${c.k(uuid())}`,
  ])() }) ],
  'webhooks-saas': [40, (c) => ({ format: 'text', record: pick([
    () => `POST https://hooks.slack.com/services/${c.k(`T${upAlnum(8)}`)}/${c.k(`B${upAlnum(10)}`)}/${c.s(b62(24), 'token', 'slack_webhook_secret')} -> 200 ok (${c.k(`${ri(40, 900)}ms`)})`,
    () => `slack-bot connected as @${c.k('deploybot')} using ${tok(c, 'slack_bot')} team=${c.k(`T${upAlnum(8)}`)}`,
    () => `telegram send failed: 401 Unauthorized https://api.telegram.org/bot${tok(c, 'telegram_bot')}/sendMessage chat_id=${c.k(`-100${dig(10)}`)}`,
    () => `sentry: event ${c.k(hex(32))} dropped, rate limited; github token in breadcrumb: Authorization: token ${tok(c, 'github_oauth')}`,
    () => `vault: login ok accessor=${c.k(b64u(24))} token=${tok(c, 'vault')} policies=${c.k('["default","ci-read"]')} ttl=${c.k('768h')}`,
    () => `tfc: run ${c.k(`run-${b62(16)}`)} queued by api token ${tok(c, 'tfc')}`,
  ])() }) ],
  'cloud-keys': [72, (c) => ({ format: 'text', record: pick([
    () => `$ export AWS_ACCESS_KEY_ID=${api(c, 'aws_access_key_id')}\n$ export AWS_SECRET_ACCESS_KEY=${api(c, 'aws_secret')}\n$ aws s3 cp ${c.k(`s3://globex-backups/${ri(2025, 2026)}/db.dump`)} .`,
    () => `botocore.exceptions.ClientError: An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid. AccessKeyId=${api(c, 'aws_access_key_id')} RequestId=${c.k(uuid())}`,
    () => `maps.googleapis.com 403 REQUEST_DENIED key=${api(c, 'google_api')} referer=${c.k('https://www.northwind-traders.com/store-locator')}`,
    () => `sendgrid: 401 Unauthorized using ${api(c, 'sendgrid')} template=${c.k(`d-${hex(32)}`)}`,
    () => `openai.AuthenticationError: Error code: 401 - Incorrect API key provided: ${api(c, 'openai')}. request_id=${c.k(`req_${hex(32)}`)}`,
    () => `DigitalOcean API: GET /v2/droplets?per_page=${c.k('per_page=200').slice(9)} Authorization: Bearer ${api(c, 'digitalocean')}`,
    () => `shopify: webhook verify failed shop=${c.k('northwind.myshopify.com')} X-Shopify-Access-Token: ${api(c, 'shopify')}`,
    () => `mailgun: POST /v3/${c.k('mg.hooli.io')}/messages auth=api:${api(c, 'mailgun')} status=${c.k('status=200').slice(7)}`,
    () => `linear sync: Authorization: ${api(c, 'linear')} team=${c.k('ENG')} issues=${c.k(`issues=${ri(1, 400)}`).slice(7)}`,
    () => `newman run ${c.k('collection.json')} --env-var "postman_api_key=${api(c, 'postman')}" --env-var "nr_key=${api(c, 'newrelic')}"`,
    () => `twilio: POST /2010-04-01/Accounts/${c.k(`AC${hex(32)}`)}/Messages.json api key ${api(c, 'twilio')} -> 201`,
    () => `mapbox tiles: ${c.k(`pk.eyJ1Ijoi${b64u(60)}.${b64u(22)}`)} (public) and ${api(c, 'mapbox_secret')} (secret, uploads scope)`,
    () => `anthropic client init model=${c.k('claude-sonnet-4')} api_key=${api(c, 'anthropic')} max_tokens=${c.k('max_tokens=4096').slice(11)}`,
  ])() }) ],
  'connection-strings': [56, (c) => { const h = c.k(hostName()); return { format: 'text', record: `${iso()} ${pick(['ERROR', 'WARN'])} ${pick([
    () => `pq: could not connect: postgresql://${c.k('ledger_app')}:${c.s(humanPassword().replace(/[@:/ %?#]/g, 'q'), 'connection_string', 'postgresql_url')}@${h}:5432/${c.k('ledger')}`,
    () => `sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (2003, "Can't connect") [engine: mysql+pymysql://${c.k('etl')}:${c.s(b62(18), 'connection_string', 'sqlalchemy_url')}@${h}/${c.k('warehouse')}?charset=utf8mb4]`,
    () => `ServiceBusError: Unauthorized Endpoint=sb://${c.k('globex-events.servicebus.windows.net')}/;SharedAccessKeyName=${c.k('RootManageSharedAccessKey')};SharedAccessKey=${c.s(b64(43) + '=', 'connection_string', 'azure_servicebus')}`,
    () => `BlobServiceClient failed DefaultEndpointsProtocol=https;AccountName=${c.k('globexbackup')};AccountKey=${c.s(b64(86) + '==', 'connection_string', 'azure_storage')};EndpointSuffix=${c.k('core.windows.net')}`,
    () => `ODBC: Driver={ODBC Driver 18 for SQL Server};Server=${h};Database=${c.k('Payroll')};Uid=${c.k('payroll_ro')};Pwd=${c.s(humanPassword().replace(/[;{} ]/g, 'z'), 'connection_string', 'odbc')};`,
    () => `ftp upload failed: ftp://${c.k('backup')}:${c.s(b62(14), 'connection_string', 'ftp_url')}@${c.k('ftp.partner-logistics.eu')}/outgoing/${c.k(`manifest-${ri(1000, 9999)}.xml`)}`,
    () => `celery broker redis://:${c.s(b62(24), 'connection_string', 'redis_url')}@${h}:6379/${c.k('/2').slice(1)} unreachable, retrying in ${c.k(`${ri(1, 32)}.00 seconds`)}`,
  ])()}` }; }],
  'env-dump': [55, (c) => {
    const lines = [c.k(`NODE_ENV=production`), c.k(`PORT=${pick([3000, 8080, 8443])}`), c.k(`LOG_LEVEL=${pick(['info', 'debug'])}`), c.k(`TOKEN_TTL_SECONDS=${pick([900, 3600])}`), c.k(`PASSWORD_MIN_LENGTH=${ri(8, 16)}`), c.k(`SECRET_ROTATION_DAYS=${pick([30, 90])}`), c.k(`API_KEY_HEADER=X-Api-Key`), c.k(`SESSION_COOKIE_NAME=__Host-sid`)];
    const sec = [() => `DATABASE_URL=postgres://app:${c.s(b62(22), 'connection_string', 'env_database_url')}@${c.k(hostName())}:5432/app`, () => `SENTRY_AUTH_TOKEN=${c.s(`sntrys_${b64u(120)}`, 'token', 'sentry_auth')}`, () => `NEXTAUTH_SECRET=${oth(c, 'nextauth')}`, () => `ENCRYPTION_KEY=${oth(c, 'encryption_key')}`, () => `SECRET_KEY_BASE=${oth(c, 'rails_secret_key_base')}`, () => `DJANGO_SECRET_KEY=${oth(c, 'django_secret')}`, () => `SMTP_PASSWORD=${pw(c, 'env_file')}`, () => `ALGOLIA_ADMIN_KEY=${api(c, 'algolia_admin')}`, () => `GITHUB_TOKEN=${tok(c, 'github_pat')}`, () => `HMAC_SECRET=${oth(c, 'hmac_key')}`];
    for (let i = sec.length - 1; i > 0; i--) { const j = ri(0, i); [sec[i], sec[j]] = [sec[j], sec[i]]; }
    const n = ri(2, 4);
    for (let i = 0; i < n; i++) lines.push(sec[i]());
    for (let i = lines.length - 1; i > 0; i--) { const j = ri(0, i); [lines[i], lines[j]] = [lines[j], lines[i]]; }
    if (chance(0.45)) {
      // the same dump as a pino object: settings stay keep values, now as JSON fragments
      const env = {};
      for (const l of lines) env[l.slice(0, l.indexOf('='))] = l.slice(l.indexOf('=') + 1);
      for (let i = 0; i < c.keep.length; i++) if (lines.includes(c.keep[i])) { const k = c.keep[i]; c.keep[i] = `${JSON.stringify(k.slice(0, k.indexOf('=')))}:${JSON.stringify(k.slice(k.indexOf('=') + 1))}`; }
      return { format: 'object', record: { level: 30, time: epoch(), pid: ri(1, 400), hostname: c.k(`${pick(['api', 'worker'])}-${hex(10)}-${alnumLo(5)}`), msg: 'effective environment', env } };
    }
    return { format: 'text', record: `${iso()} [entrypoint] effective environment:\n${lines.join('\n')}` };
  }],
  'yaml-config': [26, (c) => ({ format: 'text', record: `${iso()} DEBUG loaded config ${c.k('/etc/collector/config.yaml')}:\nexporters:\n  otlphttp:\n    endpoint: ${c.k('https://otlp.eu01.nr-data.net')}\n    headers:\n      api-key: ${api(c, pick(['newrelic', 'datadog']))}\n    ${c.k('timeout: 30s')}\n  prometheusremotewrite:\n    endpoint: ${c.k('https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push')}\n    auth:\n      basic:\n        username: "${c.k(String(ri(100000, 999999)))}"\n        password: "${c.s(`glc_${b64(80)}`, 'token', 'grafana_cloud')}"\nprocessors:\n  batch:\n    ${c.k(`send_batch_size: ${pick([512, 1024, 8192])}`)}\n  memory_limiter:\n    ${c.k(`limit_mib: ${pick([400, 1500])}`)}` }) ],
  'cli-history': [52, (c) => ({ format: 'text', record: `${pick(['bash_history', 'zsh', 'audit exec'])}: ${pick([
    () => `mysql -u ${c.k('root')} -p${c.s(humanPassword().replace(/[ '"$`\\!]/g, '7'), 'password', 'mysql_cli_flag')} -h ${c.k(hostName())} ${c.k('shop_production')}`,
    () => `curl -s -H "Authorization: Bearer ${tok(c, pick(['jwt', 'github_fine', 'bearer_opaque']))}" ${c.k('https://api.github.com/repos/globex/infra/actions/runs?per_page=5')}`,
    () => `redis-cli -h ${c.k(hostName())} -a '${c.s(b62(20), 'password', 'redis_cli_flag')}' --no-auth-warning INFO replication`,
    () => `htpasswd -b -c ${c.k('/etc/nginx/.htpasswd')} ${usr(c, null, 'htpasswd_arg')} '${c.s(humanPassword().replace(/'/g, ''), 'password', 'htpasswd_arg')}'`,
    () => `sshpass -p "${c.s(humanPassword().replace(/["$`\\]/g, ''), 'password', 'sshpass_flag')}" ssh ${c.k('deploy')}@${c.k(hostName())} 'sudo systemctl reload nginx'`,
    () => `openssl pkcs12 -export -in ${c.k('tls.crt')} -inkey ${c.k('tls.key')} -out ${c.k('bundle.p12')} -passout pass:${c.s(b62(16), 'password', 'openssl_passout')}`,
    () => `git remote set-url origin https://${usr(c, null, 'git_https_user')}:${tok(c, 'github_pat')}@github.com/${c.k('globex/mobile-app')}.git`,
    () => `cd /home/${home(c, 'shell_cwd')}/src/${c.k('payments-service')} && ${c.k('make test')}`,
    () => `psql "host=${c.k(hostName())} port=5432 dbname=${c.k('analytics')} user=${c.k('looker')} password=${c.s(b62(18), 'connection_string', 'libpq_keyword')} sslmode=require"`,
  ])()}` }) ],
  'private-keys': [60, (c) => {
    const kinds = [['RSA PRIVATE KEY', 'pem_rsa'], ['PRIVATE KEY', 'pem_pkcs8'], ['EC PRIVATE KEY', 'pem_ec'], ['OPENSSH PRIVATE KEY', 'openssh'], ['ENCRYPTED PRIVATE KEY', 'pem_encrypted']];
    const [label, sub] = pick(kinds);
    const body = sub === 'openssh' ? `b3BlbnNzaC1rZXktdjEAAAAA${b64(40)}\n${pemBody(ri(3, 6))}` : `MII${b64(61)}\n${pemBody(ri(5, 14))}`;
    return pick([
      () => { c.s(body, 'private_key', sub); return { format: 'text', record: `${iso()} ERROR cert-loader: unable to parse key from secret ${c.k(`${pick(['tls', 'signing'])}-${hex(5)}`)}: asn1: structure error\n-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\npublic fingerprint ${c.k(fpSha256())}` }; },
      () => { const esc = body.replace(/\n/g, '\\n'); c.s(esc, 'private_key', `${sub}_escaped_env`); return { format: 'text', record: `${iso()} [env] GOOGLE_PRIVATE_KEY="-----BEGIN ${label}-----\\n${esc}\\n-----END ${label}-----\\n" GOOGLE_CLIENT_EMAIL=sheets-sync@${pick(['globex-prod', 'hooli-data'])}-${ri(100000, 999999)}.iam.gserviceaccount.com` }; },
      () => { c.s(body, 'private_key', `${sub}_json`); return { format: 'object', record: { type: c.k('service_account'), project_id: c.k(`globex-${pick(['prod', 'analytics'])}-${ri(1000, 9999)}`), private_key_id: c.k(hex(40)), private_key: `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`, client_id: c.k(dig(21)), token_uri: c.k('https://oauth2.googleapis.com/token') } }; },
      () => { const d = b64u(43); c.s(d, 'private_key', 'jwk_d'); return { format: 'object', record: { msg: 'loaded signing key', jwk: { kty: 'EC', crv: c.k('P-256'), kid: c.k(hex(16)), x: c.k(b64u(43)), y: c.k(b64u(43)), d } } }; },
      () => { const k = b64(43) + '='; c.s(k, 'private_key', 'wireguard'); return { format: 'text', record: `[Interface]\nPrivateKey = ${k}\nAddress = ${'10.66.0.2/32'}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${c.k(b64(43) + '=')}\nEndpoint = ${c.k('vpn.globex.co.uk:51820')}\n${c.k('PersistentKeepalive = 25')}` }; },
      () => { const k = `0x${hex(64)}`; c.s(k, 'private_key', 'eth_hex'); return { format: 'text', record: `${iso()} wallet-signer: imported account ${c.k(`0x${hex(40)}`)} from key ${k}; last tx ${c.k(`0x${hex(64)}`)} block ${c.k(String(ri(19000000, 22000000)))}` }; },
      () => { const k = `AGE-SECRET-KEY-1${b32(58).replace(/[0-9]/g, 'Q')}`; c.s(k, 'private_key', 'age'); return { format: 'text', record: `# created: ${iso()}\n# public key: ${c.k(`age1${alnumLo(58)}`)}\n${k}` }; },
      () => { const pgp = `lQdGBF${b64(58)}\n${pemBody(ri(6, 10))}\n=${b64(4)}`; c.s(pgp, 'private_key', 'pgp'); return { format: 'text', record: `gpg: exporting secret key ${c.k(HEX(40))} for backup\n-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${pgp}\n-----END PGP PRIVATE KEY BLOCK-----` }; },
    ])();
  }],
  'tls-certs': [24, (c) => ({ format: 'text', record: pick([
    () => `${iso()} cert-manager: certificate ${c.k(`${pick(['api', 'www'])}-tls`)} issued serial=${c.k(HEX(32))} notAfter=${c.k(isoSec())} sha256=${c.k(fpColon())} issuer="${c.k("CN=R11,O=Let's Encrypt,C=US")}"`,
    () => `-----BEGIN CERTIFICATE-----\n${c.k(`MIID${b64(60)}`)}\n${b64(64)}\n${b64(40)}==\n-----END CERTIFICATE-----\nloaded chain depth=${c.k('depth=2').slice(6)} for ${c.k(hostName())}`,
    () => `${iso()} sshd-keygen: host key ${c.k(sshPub())} root@${c.k(hostName())} fingerprint ${c.k(fpSha256())}`,
    () => `${iso()} TLS handshake ok ${c.k('TLS_AES_256_GCM_SHA384')} peer CN=${c.k(hostName())} pin-sha256="${c.k(b64(43) + '=')}" ocsp=good`,
    () => `authorized_keys updated: ${c.k(sshPub())} ${em(c, person(), 'ssh_key_comment')}`,
  ])() }) ],
  // ---------------- mobile, browser, IoT, telecom ----------------
  'mobile-crash': [18, (c) => {
    const p = person(); const g = coord(); const dev = username();
    return { format: 'object', record: { platform: pick(['ios', 'android']), app: { id: c.k(pick(['com.globex.wallet', 'jp.tyrell.ride', 'de.initech.banking'])), version: c.k(semver()), build: c.k(String(ri(1000, 99999))) }, device: { model: c.k(pick(['iPhone16,2', 'SM-S921B', 'Pixel 9 Pro', 'iPad14,3'])), os: c.k(pick(['iOS 18.1.1', 'Android 15'])), locale: pick(['de_DE', 'ja_JP', 'pt_BR']) }, user: { id: c.k(uuid()), email: em(c, p), name: nm(c, p) }, exception: { type: pick(['EXC_BAD_ACCESS', 'java.lang.NullPointerException']), frames: [c.k(`0  Wallet  0x${hex(12)} CardListViewController.reload() + ${ri(10, 900)}`), `/Users/${c.s(dev, 'home_path', 'xcode_build_path')}/${c.k('Developer/wallet-ios/Sources/CardList.swift')}:${ri(10, 400)}`] }, breadcrumbs: [{ category: 'location', data: { lat: Number(c.s(g.lat, 'geo', 'lat')), lng: Number(c.s(g.lng, 'geo', 'lng')), accuracy: c.kf('accuracy', ri(5, 65)) } }], session: { id: c.k(uuid()), durationMs: c.kf('durationMs', ri(1000, 900000)) } } };
  }],
  'rum-beacon': [22, (c) => {
    const p = person();
    const url = pick([() => `https://shop.example.com/checkout/success?order=${c.k(bizId())}&email=${encodeURIComponent(em(c, p, 'url_query'))}`, () => `https://id.hooli.io/verify?phone=${encodeURIComponent(ph(c, p, 'url_query'))}&lang=${pick(['de', 'es', 'tr'])}`, () => `https://www.northwind-traders.com/stores/${c.k(pick(CITIES).toLowerCase())}`, () => `https://app.globex.co.uk/reset#token=${tok(c, 'bearer_opaque')}`])();
    return { format: 'object', record: { type: 'web-vitals', url, sessionId: c.k(uuid()), metrics: { lcp: c.kf('lcp', ri(400, 6000)), cls: c.kf('cls', Number((R() / 3).toFixed(3))), inp: c.kf('inp', ri(20, 900)), ttfb: c.kf('ttfb', ri(20, 1800)) }, connection: { effectiveType: pick(['4g', '3g']), rtt: c.kf('rtt', ri(10, 600)) }, ua: pick(UA), release: c.k(`web@${semver()}+${hex(7)}`) } };
  }],
  'iot-telemetry': [26, (c) => {
    const g = coord();
    const enc = pick(['fields', 'pair', 'geojson', 'nmea', 'wkt']);
    const rec = { deviceId: c.k(`${pick(['tracker', 'meter', 'scooter'])}-${upAlnum(10)}`), fw: c.k(`fw ${semver()}`), ts: c.kf('ts', 1794800000000 + ri(0, 999999999)), battery: c.kf('battery', ri(5, 100)), rssi: c.kf('rssi', -ri(40, 110)), temp_c: c.kf('temp_c', Number((R() * 40).toFixed(1))) };
    if (enc === 'fields') { rec.lat = Number(c.s(g.lat, 'geo', 'lat')); rec.lon = Number(c.s(g.lng, 'geo', 'lng')); }
    else if (enc === 'pair') rec.position = `${c.s(g.lat, 'geo', 'pair_lat')},${c.s(g.lng, 'geo', 'pair_lng')}`;
    else if (enc === 'geojson') rec.location = { type: 'Point', coordinates: [Number(c.s(g.lng, 'geo', 'geojson_lng')), Number(c.s(g.lat, 'geo', 'geojson_lat'))] };
    else if (enc === 'wkt') rec.geom = `POINT(${c.s(g.lng, 'geo', 'wkt_lng')} ${c.s(g.lat, 'geo', 'wkt_lat')})`;
    else { const la = Math.abs(Number(g.lat)), lo = Math.abs(Number(g.lng)); const nlat = `${pad(Math.floor(la), 2)}${((la % 1) * 60).toFixed(4).padStart(7, '0')}`; const nlng = `${pad(Math.floor(lo), 3)}${((lo % 1) * 60).toFixed(4).padStart(7, '0')}`; rec.nmea = `$GPGGA,${pad(ri(0, 23), 2)}${pad(ri(0, 59), 2)}${pad(ri(0, 59), 2)}.00,${c.s(nlat, 'geo', 'nmea_lat')},${Number(g.lat) < 0 ? 'S' : 'N'},${c.s(nlng, 'geo', 'nmea_lng')},${Number(g.lng) < 0 ? 'W' : 'E'},1,${ri(4, 12)},0.9,${ri(1, 900)}.0,M,47.0,M,,*${HEX(2)}`; }
    if (chance(0.3)) rec.owner = email();
    if (rec.owner) c.s(rec.owner, 'email', 'device_owner');
    if (chance(0.3)) rec.wifi = { ssid: c.k(pick(['Globex-Guest', 'FRITZ!Box 7590 XY'])), psk: oth(c, 'wifi_psk') };
    return { format: 'object', record: rec };
  }],
  'geo-encodings': [26, (c) => {
    const g = coord(); const p = person();
    return { format: 'text', record: pick([
      () => `${iso()} dispatch: driver ${nm(c, p)} at https://www.google.com/maps/@${c.s(g.lat, 'geo', 'maps_url_lat')},${c.s(g.lng, 'geo', 'maps_url_lng')},${ri(10, 20)}z eta=${c.k(`${ri(2, 40)} min`)} vehicle=${c.k(`${upAlnum(2)}-${ri(100, 999)}-${upAlnum(2)}`)}`,
      () => { const la = Math.abs(Number(g.lat)), lo = Math.abs(Number(g.lng)); const dms = (x) => `${Math.floor(x)}°${pad(Math.floor((x % 1) * 60), 2)}'${(((x * 60) % 1) * 60).toFixed(1)}"`; const a = dms(la), b = dms(lo); return `${iso()} photo upload EXIF GPS ${c.s(a, 'geo', 'dms_lat')}${Number(g.lat) < 0 ? 'S' : 'N'} ${c.s(b, 'geo', 'dms_lng')}${Number(g.lng) < 0 ? 'W' : 'E'} camera=${c.k(pick(['Apple iPhone 15 Pro', 'FUJIFILM X-T5']))} app=${c.k(`gallery ${semver()}`)}`; },
      () => `${iso()} geofence enter user=${usr(c, p, 'geofence_user')} lat=${c.s(g.lat, 'geo', 'kv_lat')} lon=${c.s(g.lng, 'geo', 'kv_lng')} fence=${c.k(`fence-${ri(100, 999)}`)} sdk=${c.k(`${ri(10, 20)}.${ri(1, 9)}.${ri(1, 9)}`)}`,
      () => `${iso()} ISO6709 ${Number(g.lat) >= 0 ? '+' : ''}${c.s(g.lat, 'geo', 'iso6709_lat')}${Number(g.lng) >= 0 ? '+' : ''}${c.s(g.lng, 'geo', 'iso6709_lng')}/ reported by ${c.k(`unit-${ri(100, 999)}`)}`,
      () => `${iso()} ride ${c.k(bizId())} pickup=(${c.s(g.lat, 'geo', 'tuple_lat')}, ${c.s(g.lng, 'geo', 'tuple_lng')}) fare=${c.k(`${ri(5, 90)}.${pad(ri(0, 99), 2)} ${pick(['EUR', 'JPY', 'TRY'])}`)} city=${c.k(pick(CITIES))}`,
    ])() };
  }],
  'telecom-cdr': [16, (c) => { const a = phone(pick(['de', 'fr', 'tr', 'in', 'br', 'ng'])), b = phone(); return { format: 'text', record: `CDR|${c.k(ulid())}|${isoSec()}|${pick(['MOC', 'MTC', 'SMS-MO'])}|${c.s(a.value.replace(/[^\d+]/g, ''), 'phone', `cdr_${a.cc}`)}|${c.s(b.value.replace(/[^\d+]/g, ''), 'phone', `cdr_${b.cc}`)}|dur=${c.k(`dur=${ri(0, 3600)}`).slice(4)}|cell=${c.k(`${pick(['262', '208', '286', '404'])}-${pad(ri(1, 99), 2)}-${ri(1000, 65535)}-${ri(1000, 268435455)}`)}|rat=${c.k('rat=LTE').slice(4)}|cause=${c.k('cause=16').slice(6)}` }; }],
  // ---------------- business domains ----------------
  'sepa-transfer': [16, (c) => { const a = person(), b = person(); return { format: 'object', record: { type: 'pacs.008', msgId: c.k(`MSG${dig(14)}`), endToEndId: c.k(`E2E-${upAlnum(16)}`), amount: { value: c.kf('value', Number(`${ri(1, 99999)}.${pad(ri(0, 99), 2)}`)), currency: pick(['EUR', 'CHF', 'PLN']) }, debtor: { name: nm(c, a), iban: ib(c, chance(0.4)), bic: c.k(`${pick(['DEUTDEFF', 'BNPAFRPP', 'INGBNL2A', 'BPKOPLPW', 'CRESCHZZ80A'])}`) }, creditor: { name: chance(0.5) ? c.k(pick(['Stadtwerke München GmbH', 'EDF SA', 'Vodafone España S.A.U.', 'Allegro sp. z o.o.'])) : nm(c, b), iban: ib(c, chance(0.4)) }, remittance: c.k(`Rechnung ${bizId()}`), status: c.k(pick(['ACSC', 'RJCT', 'PDNG'])) } }; }],
  'card-payment': [44, (c) => { const p = person(); const x = cd(c); return { format: 'text', record: `${iso()} ${pick(['gateway', 'pos-relay', 'acquirer-adapter'])} ${pick([
    () => `authorize pan=${x.value} exp=${c.k(`exp=${pad(ri(1, 12), 2)}/${ri(27, 32)}`).slice(4)} holder="${nm(c, p, 'cardholder')}" amount=${c.k(`${ri(1, 999)}.${pad(ri(0, 99), 2)}`)} mcc=${c.k('mcc=5411').slice(4)} result=${c.k(pick(['APPROVED', 'DECLINED_51', 'DECLINED_05']))}`,
    () => `tokenize ok card_token=${c.k(`tok_${b62(24)}`)} masked=${c.k(`${x.bin.slice(0, 6)}******${x.last4}`)} fingerprint=${c.k(b62(16))} (raw request body: {"number":"${x.value}","cvc":"***"})`,
    () => `3DS challenge for ${x.value.slice(0, 0)}card ${x.value} ds_trans_id=${c.k(uuid())} eci=${c.k('eci=05').slice(4)} brand=${c.k(x.brand.toUpperCase())}`,
  ])()}` }; }],
  'kyc-fintech': [18, (c) => { const p = person(pick(PART_CULTURES)); const sub = pick(NID_SUBS); return { format: 'object', record: { event: 'kyc.submitted', applicationId: c.k(uuid()), provider: c.k(pick(['Onfido', 'Sumsub', 'IDnow', 'Veriff'])), applicant: { givenName: c.s(p.first, 'person_name', `first_${p.culture}`), familyName: c.s(p.last, 'person_name', `last_${p.culture}`), dateOfBirth: db(c), nationalId: { type: c.k(sub.toUpperCase()), value: nid(c, sub) }, address: ad(c, p), phone: ph(c, p) }, riskScore: c.kf('riskScore', ri(0, 100)), checks: { document: c.k('clear'), watchlist: c.k(pick(['clear', 'consider'])) }, reviewedAt: ts(c) } }; }],
  'hl7-healthcare': [14, (c) => { const p = person(pick(['de', 'en', 'nl', 'fr', 'tr', 'es'])); const a = addressFor(p.culture).value.replace(/,/g, '^'); const d = dob('compact'); return { format: 'text', record: `MSH|^~\\&|${c.k('EPIC')}|${c.k('UMCHOSP')}|${c.k('LAB')}|${c.k('UMCLAB')}|${isoSec().replace(/\D/g, '').slice(0, 14)}||${c.k('ADT^A01')}|${c.k(`MSG${dig(10)}`)}|P|2.5.1\rPID|1||${dig(8)}^^^UMC^MR||${c.s(p.last, 'person_name', `hl7_family_${p.culture}`)}^${c.s(p.first, 'person_name', `hl7_given_${p.culture}`)}||${c.s(d.value, 'dob', 'hl7_compact')}|${pick(['M', 'F'])}|||${c.s(a, 'address', 'hl7_xad')}||${ph(c, p, 'hl7_phone')}\rPV1|1|I|${c.k(`W${ri(1, 9)}^${ri(100, 499)}^${ri(1, 4)}`)}|||${c.k(`${ri(10000, 99999)}^ATTENDING^DOC`)}` }; }],
  'fhir-patient': [14, (c) => { const p = person(pick(PART_CULTURES)); return { format: 'object', record: { resourceType: 'Patient', id: c.k(uuid()), meta: { versionId: c.k(String(ri(1, 40))), lastUpdated: ts(c), profile: [c.k('http://hl7.org/fhir/StructureDefinition/Patient')] }, name: [{ use: 'official', family: c.s(p.last, 'person_name', `fhir_family_${p.culture}`), given: [c.s(p.first, 'person_name', `fhir_given_${p.culture}`)] }], telecom: [{ system: 'phone', value: ph(c, p) }, { system: 'email', value: em(c, p) }], gender: pick(['female', 'male', 'other']), birthDate: db(c, 'iso', 'fhir'), address: [{ text: ad(c, p, 'fhir_text') }], managingOrganization: { reference: c.k(`Organization/${ri(100, 999)}`) } } }; }],
  'travel-booking': [22, (c) => { const p = person(pick(['en', 'de', 'fr', 'es', 'it', 'pl', 'tr', 'pt', 'nl'])); const paxName = `${p.al.toUpperCase()}/${p.af.toUpperCase()} ${pick(['MR', 'MS', 'MRS'])}`; return { format: 'text', record: `${iso()} pnr=${c.k(upAlnum(6))} gds=${c.k(pick(['1A', '1S', '1G']))} segment=${c.k(`${pick(['LH', 'AF', 'TK', 'IB', 'LO'])} ${ri(100, 2999)}`)} ${c.k(`${pick(['FRA', 'CDG', 'IST', 'MAD', 'WAW'])}-${pick(['JFK', 'NRT', 'GRU', 'DXB', 'LIS'])}`)} pax="${c.s(paxName, 'person_name', 'pnr_pax')}" ${pick([() => `SSR DOCS ${c.k('HK1')}/P/${c.k(pick(['DEU', 'FRA', 'ESP', 'TUR']))}/${db(c, 'short_en', 'ssr_docs')}/${pick(['M', 'F'])}`, () => `dob=${db(c, pick(['short_en', 'iso', 'dmy_slash']))}`, () => `ctc=${ph(c, p, 'ssr_ctcm')}`, () => `ctce=${em(c, p, 'ssr_ctce')}`])()} fare=${c.k(`${ri(90, 4000)}.00 ${pick(['EUR', 'USD'])}`)} class=${c.k(pick(['Y', 'J', 'W']))} status=${c.k(pick(['HK', 'TK', 'UN']))}` }; }],
  'marketplace-order': [16, (c) => { const p = person(); return { format: 'object', record: { orderId: c.k(bizId()), marketplace: c.k(pick(['amazon.de', 'allegro.pl', 'mercadolivre.com.br', 'rakuten.co.jp', 'trendyol.com', 'etsy.com'])), sellerId: c.k(`A${upAlnum(13)}`), items: [{ sku: c.k(`SKU-${upAlnum(3)}-${ri(100, 999)}`), title: c.k(pick(PRODUCTS)), qty: c.kf('qty', ri(1, 5)), unitPrice: c.kf('unitPrice', Number(`${ri(1, 900)}.${pad(ri(0, 99), 2)}`)) }], buyer: { name: nm(c, p), phone: ph(c, p), email: chance(0.5) ? em(c, p) : `${hex(16)}@marketplace.amazon.de` }, shipTo: { line: ad(c, p), country: c.k(pick(COUNTRIES)) }, carrier: c.k(pick(['DHL', 'InPost', 'Correios', 'Yamato'])), tracking: c.k(`${upAlnum(2)}${dig(9)}${pick(['DE', 'PL', 'BR', 'JP'])}`), warehouse: c.k(pick(CITIES)) } }; }],
  'hr-payroll': [16, (c) => { const p = person(); const sub = pick(NID_SUBS); return { format: 'object', record: { run: c.k(`PR-${ri(2025, 2026)}-${pad(ri(1, 12), 2)}`), employee: { id: c.k(`E${pad(ri(1, 99999), 5)}`), name: nm(c, p), [NID_FIELD[sub]]: nid(c, sub), bankAccount: ib(c), dob: db(c), homeAddress: ad(c, p) }, costCenter: c.k(`CC-${ri(1000, 9999)}`), grossMonthly: c.kf('grossMonthly', ri(1800, 14000)), taxClass: c.kf('taxClass', ri(1, 6)), payDate: c.k(`${ri(2025, 2026)}-${pad(ri(1, 12), 2)}-${pick(['25', '28', '30'])}`) } }; }],
  'gov-forms': [14, (c) => { const p = person(); const sub = pick(NID_SUBS); return { format: 'text', record: `${iso()} ${pick(['portal', 'e-gov', 'benefits-api'])} form=${c.k(pick(['ANTRAG-KG1', 'CERFA-12345', 'W-9', 'IMSS-01', 'T1-GEN']))} submission=${c.k(uuid())} applicant="${nm(c, p)}" ${NID_FIELD[sub]}=${nid(c, sub)} born=${db(c)} ${chance(0.5) ? `addr="${ad(c, p)}"` : `tel=${ph(c, p)}`} status=${c.k(pick(['RECEIVED', 'PENDING_REVIEW']))}` }; }],
  'national-ids': [30, (c) => { const sub = pick(NID_SUBS); const p = person(); const v = nid(c, sub); const record = pick([
    () => `${iso()} validation ok field=${c.k(NID_FIELD[sub])} value=${v} customer=${c.k(`cus_${b62(14)}`)}`,
    () => ({ check: c.k('id-verification'), country: c.k(sub.slice(0, 2).toUpperCase()), documentNumber: v, holder: nm(c, p), result: c.k(pick(['match', 'no_match'])), latencyMs: c.kf('latencyMs', ri(20, 900)) }),
    () => `${iso()} WARN duplicate ${sub.replace(/_/g, ' ')} "${v}" for accounts ${c.k(uuid())} and ${c.k(uuid())}`,
  ])(); return { format: typeof record === 'string' ? 'text' : 'object', record }; }],
  'ibans-cards-mixed': [24, (c) => ({ format: 'text', record: `${iso()} ${pick([
    () => `refund to ${ib(c)} (${c.k(pick(['ING', 'Rabobank', 'Sparkasse', 'PKO BP', 'Garanti BBVA']))}) amount=${c.k(`${ri(1, 900)}.${pad(ri(0, 99), 2)}`)} ref=${c.k(bizId())}`,
    () => `mandate ${c.k(`MNDT-${upAlnum(10)}`)} created creditorId=${c.k(`DE98ZZZ${dig(11)}`)} debtor IBAN ${ib(c, true)}`,
    () => `chargeback case ${c.k(`CB-${ri(100000, 999999)}`)} card ${cd(c).value} reason=${c.k(pick(['4837', '10.4', '13.1']))} arn=${c.k(dig(23))}`,
    () => `order ${c.k(bizId())} luhn-valid merchant ref ${c.k(`${ri(2024, 2026)}${dig(8)}`)} paid via card ending ${c.k(`ending ${dig(4)}`).slice(7)} token ${c.k(`tok_${b62(24)}`)}`,
  ])()}` }) ],
  // ---------------- people in free text, many languages ----------------
  'support-multilang': [40, (c) => {
    const lang = pick(['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'tr', 'ja', 'zh', 'ko', 'ar', 'hi', 'ru']);
    const culture = { en: pick(['en', 'ng', 'in']), hi: 'hi', pt: 'pt' }[lang] ?? lang;
    const p = person(culture);
    const N = () => nm(c, p, 'support_text'), E = () => em(c, p), T = () => ph(c, p), A = () => ad(c, p), D = () => db(c, { de: 'dmy_dot', fr: 'dmy_slash', es: 'long_es', ja: 'ja', zh: 'ja', en: pick(['mdy_slash', 'long_en']), it: 'dmy_slash', pl: 'dmy_dot', tr: 'dmy_dot', ru: 'dmy_dot', nl: 'dmy_dash', pt: 'dmy_slash', ko: 'iso', ar: 'iso', hi: 'dmy_slash' }[lang]), O = () => c.k(bizId()), PR = () => c.k(pick(PRODUCTS));
    const msg = {
      en: () => `Hi, this is ${N()}. My order ${O()} (${PR()}) never arrived. Please call me on ${T()} or email ${E()}.`,
      de: () => `Guten Tag, mein Name ist ${N()}, geboren am ${D()}. Bitte ändern Sie meine Lieferadresse zu ${A()}. Bestellung ${O()}.`,
      fr: () => `Bonjour, je suis ${N()}. Mon numéro est le ${T()} et mon adresse ${A()}. Commande ${O()} pour ${PR()}.`,
      es: () => `Hola, soy ${N()}, nací el ${D()}. Mi correo es ${E()} y el pedido ${O()} llegó roto.`,
      pt: () => `Olá, meu nome é ${N()} e moro na ${A()}. Telefone ${T()}. Pedido ${O()}.`,
      it: () => `Buongiorno, sono ${N()}, nata il ${D()}. Potete richiamarmi al ${T()}? Ordine ${O()}.`,
      nl: () => `Hallo, ik ben ${N()} en woon op ${A()}. Mijn e-mail is ${E()}. Bestelling ${O()}.`,
      pl: () => `Dzień dobry, nazywam się ${N()}, tel. ${T()}. Proszę o zwrot za zamówienie ${O()} (${PR()}).`,
      tr: () => `Merhaba, ben ${N()}. Adresim ${A()}, telefonum ${T()}. Sipariş ${O()}.`,
      ja: () => `お世話になっております。${N()}です。生年月日は${D()}、住所は${A()}です。注文番号${O()}について。`,
      zh: () => `您好，我是${N()}，电话${T()}，地址${A()}。订单号${O()}还没到。`,
      ko: () => `안녕하세요, ${N()}입니다. 연락처는 ${T()}이고 주소는 ${A()}입니다. 주문 ${O()}.`,
      ar: () => `مرحباً، اسمي ${N()}، رقم هاتفي ${T()} وعنواني ${A()}. رقم الطلب ${O()}.`,
      hi: () => `नमस्ते, मेरा नाम ${N()} है। मेरा फ़ोन नंबर ${T()} है और ईमेल ${E()} है। ऑर्डर ${O()}।`,
      ru: () => `Здравствуйте, меня зовут ${N()}. Мой телефон ${T()}, адрес: ${A()}. Заказ ${O()}.`,
    }[lang]();
    const record = chance(0.5) ? `${iso()} ticket=${c.k(`TCK-${ri(100000, 999999)}`)} channel=${c.k(pick(['email', 'chat', 'whatsapp']))} lang=${lang} body="${msg}"` : { ticketId: c.k(`${ri(100000, 999999)}`), channel: pick(['email', 'chat']), locale: lang, subject: c.k(pick(['Lieferung', 'Refund', 'Pedido', 'お問い合わせ', 'Заказ'])), body: msg, assignee: c.k(pick(['tier1-emea', 'tier2-apac'])) };
    return { format: typeof record === 'string' ? 'text' : 'object', record };
  }],
  'chat-mentions': [22, (c) => { const p = person(); const u = usr(c, p, 'chat_mention'); return { format: 'text', record: pick([
    () => `${iso()} #${c.k(pick(['ops-alerts', 'payments-oncall', 'sre']))} <@${u}> can you look at ${c.k(`INC-${ri(1000, 9999)}`)}? p99 is ${c.k(`${ri(200, 4000)}ms`)}`,
    () => `[${iso().slice(11, 19)}] ${c.k('deploybot')}: @${u} approved release ${c.k(`v${semver()}`)} (${c.k(hex(7))})`,
    () => `${iso()} matrix: @${u}:${c.k('chat.globex.co.uk')} joined ${c.k('!' + b62(18) + ':chat.globex.co.uk')}`,
    () => `${iso()} github webhook: push by ${u} to ${c.k('refs/heads/main')} profile https://github.com/${u} commits=${c.k(`commits=${ri(1, 9)}`).slice(8)}`,
    () => `${iso()} teams: message from ${nm(c, p, 'chat_display')} (${em(c, p)}) in ${c.k('Finance Close Q4')}`,
  ])() }; }],
  'home-paths': [36, (c) => {
    const u = username(); c.s(u, 'home_path', 'user_segment');
    const path = pick([() => `/home/${u}/.config/${c.k('gcloud/configurations/config_default')}`, () => `/Users/${u}/Library/Caches/${c.k('com.apple.dt.Xcode')}`, () => `C:\\Users\\${u}\\AppData\\Roaming\\${c.k('npm-cache')}\\_logs`, () => `/home/${u}/projects/${c.k('api-gateway/node_modules/.pnpm')}`, () => `/Users/${u}/go/pkg/mod/${c.k(`github.com/rs/zerolog@v${semver()}`)}`, () => `/var/home/${u}/.local/share/${c.k('containers/storage')}`, () => `/export/home/${u}/${c.k('oracle/diag/rdbms')}`])();
    return pick([
      () => ({ format: 'text', record: `${iso()} ${pick(['ENOENT: no such file or directory, open', 'loading config from', 'cache miss for'])} '${path}' pid=${c.k(`pid=${ri(100, 99999)}`).slice(4)} cwd=${c.k(pick(['/srv/app', '/opt/runner/work', '/var/lib/jenkins/workspace']))}` }),
      () => ({ format: 'object', record: { msg: 'file access', path, op: pick(['read', 'stat', 'open']), durationMs: c.kf('durationMs', ri(1, 90)), inode: c.kf('inode', ri(100000, 9999999)) } }),
    ])();
  }],
  'clean-ops': [125, (c) => pick([
    () => ({ format: 'object', record: { level: 'info', msg: 'health check ok', service: c.k(pick(['orders-api', 'cart', 'search'])), version: c.k(semver()), uptime_s: c.kf('uptime_s', ri(100, 9999999)), commit: c.k(sha40()), region: c.k(pick(['eu-west-1', 'ap-northeast-1', 'sa-east-1'])), trace_id: c.k(traceId()), span_id: c.k(spanId()) } }),
    () => ({ format: 'text', record: `${iso()} INFO deploy ${c.k(`${pick(['api', 'web'])}@${semver()}`)} image=${c.k(`ghcr.io/globex/${pick(['api', 'web'])}@${digest()}`)} replicas=${c.k(`replicas=${ri(2, 40)}`).slice(9)} strategy=${c.k('RollingUpdate')} took ${c.k(dur())}` }),
    () => ({ format: 'object', record: { msg: 'security settings', passwordPolicy: { minLength: c.kf('minLength', ri(8, 16)), requireSymbols: c.kf('requireSymbols', true), maxAgeDays: c.kf('maxAgeDays', pick([90, 180, 365])) }, tokenBucket: { capacity: c.kf('capacity', ri(10, 1000)), refillPerSec: c.kf('refillPerSec', ri(1, 50)) }, secretsProvider: c.kf('secretsProvider', pick(['vault', 'aws-secrets-manager'])), apiKeyHeader: c.kf('apiKeyHeader', 'X-API-Key'), sessionTimeout: c.kf('sessionTimeout', '30m'), privateKeyPath: c.kf('privateKeyPath', '/etc/ssl/private/server.key'), tokenEndpoint: c.kf('tokenEndpoint', 'https://id.globex.co.uk/oauth2/token'), cookieName: c.kf('cookieName', '__Host-session') } }),
    () => ({ format: 'text', record: `${iso()} metrics http_requests_total{route="${c.k('/api/v1/orders/:id')}",status="${pick([200, 500])}"} ${c.k(`${ri(1000, 9999999)}`)} p50=${c.k(dur())} p99=${c.k(dur())} pool=${c.k(`${ri(1, 40)}/${ri(40, 100)}`)}` }),
    () => ({ format: 'object', record: { event: 'invoice.created', invoice: c.k(bizId()), customer: c.k(`cus_${b62(14)}`), amount_due: c.kf('amount_due', ri(100, 999999)), currency: 'eur', product: c.k(pick(PRODUCTS)), vendor: c.k(pick(['Globex Corporation', 'Initech GmbH', 'Umbrella Health Ltd', 'Tyrell Japan K.K.'])), period: { start: c.kf('start', 1794800000 + ri(0, 99999)), end: c.kf('end', 1797400000 + ri(0, 99999)) } } }),
    () => ({ format: 'text', record: `${syslogTs()} ${c.k(hostName())} kernel: [${ri(1000, 999999)}.${pad(ri(0, 999999), 6)}] ${c.k(pick(['EXT4-fs (nvme0n1p1): mounted filesystem with ordered data mode', 'nf_conntrack: table full, dropping packet', 'TCP: request_sock_TCP: Possible SYN flooding on port 443']))}` }),
    () => ({ format: 'text', record: `${iso()} cron[${ri(100, 9999)}]: (${c.k('root')}) CMD (${c.k(pick(['/usr/local/bin/backup.sh --target s3://globex-backups', '/usr/sbin/logrotate /etc/logrotate.conf', 'certbot renew --quiet']))}) file=${c.k(pick(['/var/log/nginx/access.log', '/opt/app/releases/current/bin/worker', '/etc/ssl/certs/ca-certificates.crt']))}` }),
    () => ({ format: 'object', record: { kind: 'build', id: c.k(ulid()), repo: c.k('globex/monorepo'), sha: c.k(sha40()), branch: c.k(pick(['main', 'release/2026.11'])), durationSec: c.kf('durationSec', ri(30, 3000)), cacheHitRatio: c.kf('cacheHitRatio', Number((R()).toFixed(2))), artifacts: [c.k(`dist/app-${semver()}.tgz`)], runner: c.k(`runner-${alnumLo(8)}`) } }),
    () => ({ format: 'text', record: `${iso()} INFO catalog sync: ${c.k(pick(PRODUCTS))} price ${c.k(`${ri(1, 900)}.${pad(ri(0, 99), 2)}`)} stock=${c.k(`stock=${ri(0, 9000)}`).slice(6)} warehouse=${c.k(pick(CITIES))} country=${c.k(pick(COUNTRIES))} gtin=${c.k(dig(13))}` }),
    () => ({ format: 'object', record: { msg: 'feature flags', flags: { newCheckout: c.kf('newCheckout', chance(0.5)), maxTokens: c.kf('maxTokens', pick([1024, 4096])), passwordlessLogin: c.kf('passwordlessLogin', chance(0.5)), keyRotationIntervalHours: c.kf('keyRotationIntervalHours', pick([24, 168])), secretScanning: c.kf('secretScanning', 'enabled') }, buildDate: c.k(isoSec()), coordinatorVersion: c.k(`${ri(40, 60)}.${ri(1000, 9999)}`), apiVersion: c.k(`${ri(2023, 2026)}-${pad(ri(1, 12), 2)}-${pad(ri(1, 28), 2)}`) } }),
  ])() ],
  'cookies': [75, (c) => {
    const vals = () => pick([
      () => `JSESSIONID=${c.s(HEX(32), 'cookie', 'jsessionid')}`, () => `PHPSESSID=${c.s(alnumLo(26), 'cookie', 'phpsessid')}`, () => `_ga=${c.s(`GA1.2.${ri(100000000, 999999999)}.${1760000000 + ri(0, 3000000)}`, 'cookie', 'ga')}`,
      () => `_fbp=${c.s(`fb.1.${1760000000000 + ri(0, 999999999)}.${ri(100000000, 999999999)}`, 'cookie', 'fbp')}`, () => `AWSALB=${c.s(b64(ri(120, 160)), 'cookie', 'awsalb')}`,
      () => `__Host-session=${c.s(b64u(43), 'cookie', 'host_session')}`, () => `csrftoken=${c.s(b62(32), 'cookie', 'csrftoken')}`, () => `sessionid=${c.s(alnumLo(32), 'cookie', 'django_sessionid')}`,
      () => `_shopify_y=${c.s(uuid(), 'cookie', 'shopify_y')}`, () => `cf_clearance=${c.s(`${b64u(43)}-${1794800000 + ri(0, 999999)}-1.2.1.1-${b64u(60)}`, 'cookie', 'cf_clearance')}`, () => `__stripe_mid=${c.s(`${uuid()}${hex(6)}`, 'cookie', 'stripe_mid')}`,
      () => `remember_user_token=${c.s(`eyJfcmFpbHMi${b64u(120)}--${hex(40)}`, 'cookie', 'rails_remember')}`, () => `auth=${c.s(jwt(), 'cookie', 'jwt_cookie')}`,
    ])();
    const list = Array.from({ length: ri(1, 4) }, vals);
    return pick([
      () => ({ format: 'text', record: `${iso()} DEBUG request headers: Host: ${c.k('www.northwind-traders.com')} | Cookie: ${list.join('; ')} | Accept-Language: ${c.k('de-DE,de;q=0.9,en;q=0.8')}` }),
      () => ({ format: 'text', record: `< HTTP/2 200\n< content-type: application/json\n< set-cookie: ${list[0]}; ${c.k('Path=/; Expires=Wed, 09 Dec 2026 10:18:14 GMT; HttpOnly; Secure; SameSite=Lax')}\n< x-request-id: ${kid(c)}` }),
      () => ({ format: 'object', record: { req: { method: 'GET', url: c.k(`/account/${pick(['orders', 'settings'])}`), headers: { cookie: list.join('; '), 'cf-ray': c.k(`${hex(16)}-${pick(['FRA', 'AMS', 'NRT'])}`) } }, res: { statusCode: c.kf('statusCode', pick([200, 302])) }, responseTime: c.kf('responseTime', ri(1, 900)) } }),
    ])();
  }],
  'ip-hostnames': [14, (c) => {
    const a = ipv4(); const dashed = a.replace(/\./g, '-');
    return { format: 'text', record: `${iso()} ${pick([
      () => `connection from ${c.s(dashed, 'ip', 'hostname_dashed')}.${pick(['dyn.telekom.de', 'static.vodafone-ip.de', 'pool.ntt.ne.jp', 'bb.sky.com'])} accepted`,
      () => `reverse lookup host-${c.s(dashed, 'ip', 'hostname_dashed')}.${pick(['cust.example-isp.net', 'dsl.turk.net', 'res.spectrum.com'])} for client session ${c.k(uuid())}`,
      () => `client ${c.s(a, 'ip', 'v4')} (${pick(['ptr', 'rdns'])}=${`ip-10-${ri(0, 255)}-${ri(0, 255)}-${ri(1, 254)}.eu-west-1.compute.internal`} is the ingress node) blocked by ${c.k(pick(['WAF rule 942100', 'rate limit 100/min']))}`,
      () => `X-Forwarded-For: ${c.s(a, 'ip', 'xff')}, ${c.s(ipv4(), 'ip', 'xff')} via ${c.k(hostName())}`,
      () => `[${c.s(ipv6(), 'ip', 'v6_bracketed')}]:${ri(1024, 65535)} TLS handshake error: ${c.k('remote error: tls: bad certificate')}`,
    ])()}` };
  }],
  'usernames-misc': [22, (c) => { const p = person(); const u = username(p); return { format: 'text', record: `${iso()} ${pick([
    () => `login_failed login=${c.s(u, 'username', 'kv_login')} reason=${c.k('bad_password')} attempts=${c.k(`attempts=${ri(1, 9)}`).slice(9)}`,
    () => `GET https://gitlab.globex.co.uk/${c.s(u, 'username', 'url_path')}/dotfiles/-/raw/main/.zshrc 404`,
    () => `smb: session setup for CONTOSO\\${c.s(u, 'username', 'domain_backslash')} from ${c.k('WKS-' + ri(1000, 9999))} failed NT_STATUS_LOGON_FAILURE`,
    () => `kerberos: AS-REQ ${c.s(u, 'username', 'kerberos_principal')}@${c.k('CORP.CONTOSO.COM')} from ${ip(c)} for ${c.k('krbtgt/CORP.CONTOSO.COM')}`,
    () => `ftp: USER ${c.s(u, 'username', 'ftp_user')} / 331 Please specify the password. / PASS ${pw(c, 'ftp_pass')} / 230 Login successful.`,
    () => `crontab: (${c.s(u, 'username', 'crontab_user')}) REPLACE (${c.s(u, 'username', 'crontab_user')})`,
  ])()}` }; }],
  'dob-records': [14, (c) => { const p = person(); return { format: 'object', record: pick([
    () => ({ event: 'profile.updated', userId: c.k(uuid()), changes: { birthday: db(c), displayName: nm(c, p) }, updatedBy: c.k('self-service') }),
    () => ({ policy: c.k(`POL-${ri(1000000, 9999999)}`), insured: { name: nm(c, p), born: db(c), smoker: c.kf('smoker', false) }, premium: c.kf('premium', Number(`${ri(10, 400)}.${pad(ri(0, 99), 2)}`)), product: c.k(pick(['Term Life 20', 'Zahnzusatz Plus', 'Santé Essentiel'])) }),
    () => ({ msg: 'age gate', dob: db(c, pick(['mdy_slash', 'dmy_slash', 'iso'])), minimumAge: c.kf('minimumAge', pick([16, 18, 21])), result: c.k('pass'), region: c.k(pick(['US-CA', 'DE-BY', 'JP-13'])) }),
  ])() }; }],
  'passwords-prose': [52, (c) => ({ format: 'text', record: `${iso()} ${pick([
    () => `support-note: customer says the wifi password is "${c.s(humanPassword().replace(/"/g, ''), 'password', 'prose_quoted')}" and the router is ${c.k(pick(['FRITZ!Box 7590', 'TP-Link Archer AX55']))}`,
    () => `helpdesk: reset done, temporary password ${c.s(`${pick(['Temp', 'Start', 'Welkom', 'Bienvenue'])}${ri(1000, 9999)}${pick(['!', '#', '?'])}`, 'password', 'prose_temp')} (expires in ${c.k('24h')})`,
    () => `sms-gateway: outbound "${c.k('Your verification code is')} ******" to ${ph(c, null, 'sms_recipient')}`,
    () => `email-template rendered: "Hallo ${nm(c, person('de'), 'greeting')}, Ihr neues Passwort lautet: ${c.s(humanPassword().replace(/"/g, ''), 'password', 'prose_de')}"`,
    () => `onboarding: 2FA recovery codes issued for ${usr(c, null, 'recovery_owner')}: ${oth(c, 'recovery_code')} ${oth(c, 'recovery_code')} ${oth(c, 'recovery_code')}`,
    () => `mfa: otpauth://totp/${c.k('Globex')}:${em(c, person(), 'otpauth_label')}?secret=${oth(c, 'totp_seed')}&issuer=${c.k('issuer=Globex').slice(7)}&${c.k('period=30')}`,
    () => `snmpd: community "${oth(c, 'snmp_community')}" from ${`10.${ri(0, 9)}.${ri(0, 255)}.${ri(1, 254)}`} ${c.k('denied (no access)')}`,
    () => `vault operator unseal: key share ${c.k(`${ri(1, 5)}/5`)} = ${oth(c, 'vault_unseal')}`,
  ])()}` }) ],
  'azure-gcp-activity': [20, (c) => { const p = person(); return { format: 'object', record: pick([
    () => ({ time: ts(c), resourceId: c.k(`/SUBSCRIPTIONS/${uuid().toUpperCase()}/RESOURCEGROUPS/RG-PROD/PROVIDERS/MICROSOFT.KEYVAULT/VAULTS/KV-GLOBEX`), operationName: c.k('MICROSOFT.KEYVAULT/VAULTS/SECRETS/READ'), category: 'Administrative', resultType: c.k('Success'), callerIpAddress: ip(c), identity: { claims: { 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn': em(c, p, 'azure_upn'), name: nm(c, p), ipaddr: c.sensitive.find((x) => x.kind === 'ip').value, appid: c.k(uuid()) } }, correlationId: c.k(uuid()) }),
    () => ({ protoPayload: { '@type': c.k('type.googleapis.com/google.cloud.audit.AuditLog'), authenticationInfo: { principalEmail: em(c, p, 'gcp_principal') }, requestMetadata: { callerIp: ip(c, chance(0.3) ? 'v6' : 'v4'), callerSuppliedUserAgent: pick(UA) }, serviceName: c.k('storage.googleapis.com'), methodName: c.k('storage.objects.get'), resourceName: c.k(`projects/_/buckets/${pick(['globex-exports', 'hooli-media'])}/objects/${hex(8)}.parquet`) }, insertId: c.k(alnumLo(12)), severity: 'NOTICE', timestamp: ts(c), logName: c.k('projects/globex-prod/logs/cloudaudit.googleapis.com%2Fdata_access') }),
  ])() }; }],
};
