// Application logs from other ecosystems: Python, Java/Kotlin, Go, Ruby, .NET, PHP, Rust, Elixir.
import * as V from './values.mjs';
import { sName, sEmail, sPhone, sIp, sNid, sIban, sCard, sAddr, sDob, sGeo, sPw, sKey, sOther, sPk, connUrl, cookieHeader, sHome, sConn } from './families-util.mjs';

const { pick, int, chance } = V;
const ts = () => `2025-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')} ${String(int(0, 23)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}`;

// Python logging with %-formatting and a requests traceback.
export function pythonLogging(r) {
  const lang = pick(V.LANGS); const p = V.person(lang);
  r.record = pick([
    () => `${ts()},${V.digits(3)} ERROR [billing.sync] Failed to sync customer %s: ${sName(r, p)} <${sEmail(r, p)}> iban=${sIban(r)}`.replace('%s: ', ''),
    () => `${ts()},${V.digits(3)} WARNING [auth.views] login failed user=${sEmail(r, p)} ip=${sIp(r)} attempts=${r.k(`attempts=${int(2, 9)}`).slice(9)}`,
    () => `Traceback (most recent call last):\n  File "${sHome(r, 0, p)}/venvs/etl/lib/python3.12/site-packages/requests/models.py", line 1024, in raise_for_status\n    raise HTTPError(http_error_msg, response=self)\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.kestrel-analytics.io/v2/export?api_key=${sKey(r, 'generic_header')}&since=${r.k('2025-06-01')}`,
    () => `${ts()} DEBUG [kyc] payload={'full_name': '${sName(r, p)}', 'date_of_birth': '${sDob(r, 0)}', 'national_id': '${sNid(r, lang)}', 'phone': '${sPhone(r, lang)}', 'risk_score': ${r.k(`'risk_score': ${int(1, 99)}`).slice(14)}}`,
  ])();
}

// Django / Flask settings and request dumps.
export function djangoDebug(r) {
  r.record = `DEBUG settings: {'SECRET_KEY': '${sOther(r, 'django_secret')}', 'DATABASES': {'default': {'ENGINE': 'django.db.backends.postgresql', 'HOST': '${r.k(V.hostname())}', 'NAME': 'crm', 'USER': 'crm', 'PASSWORD': '${sPw(r, 'django_db', 4)}'}}, 'ALLOWED_HOSTS': ['${r.k('crm.kestrel-analytics.io')}'], 'SESSION_COOKIE_AGE': ${r.k(`'SESSION_COOKIE_AGE': ${pick([1209600, 86400])}`).slice(22)}}\nMETA: {'HTTP_COOKIE': '${cookieHeader(r, ['sessionid', 'csrftoken'])}', 'REMOTE_ADDR': '${sIp(r)}'}`;
}

// Java / Spring Boot logback with entity toString, JDBC URLs and cause chains.
export function javaSpring(r) {
  const lang = pick(V.LANGS); const p = V.person(lang);
  r.record = pick([
    () => `${ts()}.${V.digits(3)} ERROR ${int(1, 9)} --- [nio-8080-exec-${int(1, 9)}] c.k.orders.OrderService : Could not persist Customer{id=${r.k(int(10000, 99999))}, name='${sName(r, p)}', email='${sEmail(r, p)}', phone='${sPhone(r, lang)}', iban='${sIban(r)}'}\norg.springframework.dao.DataIntegrityViolationException: could not execute statement\n\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:97)\nCaused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "${r.k('customer_email_key')}"`,
    () => `${ts()}.${V.digits(3)}  WARN ${int(1, 9)} --- [main] com.zaxxer.hikari.pool.HikariPool : HikariPool-1 - Exception during pool initialization. jdbcUrl=jdbc:sqlserver://${r.k(V.hostname())}:1433;databaseName=ledger;user=svc_ledger;password=${sConn(r, 'jdbc_sqlserver')};encrypt=true`,
    () => `${ts()} INFO  [kafka-consumer-${int(1, 4)}] PaymentListener - received PaymentEvent(orderId=${r.k(V.orderId())}, cardNumber=${sCard(r).value}, holder=${sName(r, p)}, amount=${int(5, 900)}.${int(10, 99)})`,
    () => `Exception in thread "main" java.lang.IllegalStateException: Failed to load ApplicationContext\nCaused by: com.amazonaws.services.s3.model.AmazonS3Exception: The AWS Access Key Id you provided does not exist in our records. (Service: Amazon S3; Status Code: ${r.k(403)}; Request ID: ${r.k(V.upperNum(16))})\n\tcredentials: accessKey=${sKey(r, 'aws_access_key')}, secretKey=${sKey(r, 'aws_secret')}`,
  ])();
}

// Kotlin data class toString / Ktor logs.
export function kotlinData(r) {
  const lang = pick(V.LANGS); const p = V.person(lang);
  const g = sGeo(r);
  r.record = `${ts()} [DefaultDispatcher-worker-${int(1, 8)}] DEBUG c.k.tracking.CourierRepo - upsert CourierLocation(courierId=${r.k(`cr_${V.alnum(10)}`)}, name=${sName(r, p)}, lat=${g.lat}, lng=${g.lng}, accuracyM=${int(3, 40)}, phone=${sPhone(r, lang)})`;
}

// Go: zap JSON and %+v struct dumps.
export function goLogs(r) {
  const p = V.person();
  if (chance(0.5)) {
    r.record = { level: 'error', ts: 1760000000.123 + int(0, 9e6), caller: 'signup/handler.go:' + int(20, 300), msg: 'create user failed', req: `{Email:${sEmail(r, p)} Password:${sPw(r, 'go_struct')} Name:${sName(r, p)} Phone:${sPhone(r)}}`, error: 'pq: duplicate key value violates unique constraint "users_email_key"' };
  } else {
    r.record = `${ts().replace(/-/g, '/')} config loaded: &{Port:${int(8000, 9000)} DSN:host=${r.k(V.hostname())} user=ledger password=${sConn(r, 'pg_kv')} dbname=ledger sslmode=require StripeKey:${sKey(r, 'stripe_secret')} PublishableKey:${r.k(V.publishable())} MaxRetries:${int(2, 6)}}`;
  }
}

// Ruby on Rails logs: Parameters hash (one field escapes filter_parameters) and Sidekiq job args.
export function railsLogs(r) {
  const lang = pick(V.LANGS); const p = V.person(lang);
  if (chance(0.5)) r.record = `Started PATCH "/account" for ${sIp(r)} at ${ts()} +0200\nProcessing by AccountsController#update as HTML\n  Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"full_name"=>"${sName(r, p)}", "phone"=>"${sPhone(r, lang)}", "pin"=>"${r.s('password', 'pin', V.digits(6))}", "birthday"=>"${sDob(r, 0)}"}, "commit"=>"Save"}\nCompleted 302 Found in ${r.k(`${int(10, 400)}ms`)}`;
  else r.record = `${ts()} pid=${int(100, 9999)} tid=${V.lowerNum(5)} class=${r.k('ExportCustomersJob')} jid=${r.k(V.hex(24))} INFO: start args=[${JSON.stringify(sEmail(r, p))}, {"s3_secret"=>${JSON.stringify(sKey(r, 'aws_secret'))}, "secret_key_base"=>${JSON.stringify(sOther(r, 'rails_secret_key_base'))}}]`;
}

// .NET: Serilog structured events and EF Core exceptions.
export function dotnetLogs(r) {
  const lang = pick(V.LANGS); const p = V.person(lang);
  if (chance(0.5)) r.record = { '@t': r.k(V.isoTs()), '@mt': 'User {Email} changed payout account to {Iban}', '@l': 'Information', Email: sEmail(r, p), Iban: sIban(r), SourceContext: 'Payouts.Api.PayoutController', RequestId: r.k(`0HN${V.upperNum(10)}:0000000${int(1, 9)}`) };
  else r.record = `fail: Microsoft.EntityFrameworkCore.Database.Connection[20004]\n      An error occurred using the connection to database 'Orders' on server '${r.k(V.hostname())}'.\n      ConnectionString: Server=tcp:${r.k('sql-orders.database.windows.net')},1433;Initial Catalog=Orders;User ID=orders_app;Password=${sConn(r, 'ado_net')};Encrypt=True;\n      Customer { Name = ${sName(r, p)}, Email = ${sEmail(r, p)}, TaxId = ${sNid(r, lang)} }`;
}

// PHP / Laravel: context arrays and print_r.
export function phpLaravel(r) {
  const lang = pick(V.LANGS); const p = V.person(lang);
  if (chance(0.5)) r.record = `[${ts()}] production.ERROR: Checkout failed {"customer":"${sName(r, p)}","email":"${sEmail(r, p)}","card":"${sCard(r).value}","exception":"[object] (Stripe\\\\Exception\\\\CardException(code: 0): Your card was declined. at /var/www/html/vendor/stripe/stripe-php/lib/Exception/ApiErrorException.php:38)"}`;
  else r.record = `[${ts()}] local.DEBUG: config Array\n(\n    [APP_KEY] => ${sOther(r, 'laravel_app_key')}\n    [DB_HOST] => ${r.k(V.hostname())}\n    [DB_PASSWORD] => ${sPw(r, 'php_env')}\n    [MAIL_USERNAME] => ${sEmail(r, p)}\n    [SESSION_LIFETIME] => ${r.k(`[SESSION_LIFETIME] => ${int(60, 240)}`).split('=> ')[1]}\n)`;
}

// Rust tracing with Debug structs.
export function rustTracing(r) {
  const p = V.person();
  r.record = `${V.isoTs()}  WARN ${r.k('ingest::auth')}: rejecting request: Credentials { user: ${JSON.stringify(sEmail(r, p))}, password: ${JSON.stringify(sPw(r, 'rust_debug'))}, totp: Some(${JSON.stringify(sOther(r, 'totp_seed'))}) } peer=${sIp(r)}:${int(30000, 65000)}`;
}

// Elixir Logger and Ecto changesets.
export function elixirLogs(r) {
  const lang = pick(V.LANGS); const p = V.person(lang);
  r.record = pick([
    () => `${ts()}.${V.digits(3)} [error] #Ecto.Changeset<action: :insert, changes: %{email: "${sEmail(r, p)}", name: "${sName(r, p)}", phone: "${sPhone(r, lang)}", password: "${sPw(r, 'ecto_changes')}"}, errors: [email: {"has already been taken", [constraint: :unique]}], data: #${r.k('Accounts.User')}<>, valid?: false>`,
    () => `${ts()}.${V.digits(3)} [info] config :my_app, MyApp.Repo, url: "${connUrl(r, 'ecto')}"`.replace('ecto://', 'ecto://'),
    () => `${ts()}.${V.digits(3)} [warning] Oban job failed worker=MyApp.Workers.SmsReminder args=%{"phone" => "${sPhone(r, lang)}", "name" => "${sName(r, p)}", "address" => "${sAddr(r, lang)}"} attempt=${int(1, 20)}`,
  ])();
}

// Cloud SDK errors (GCP service account JSON, Azure, Twilio) logged from code.
export function cloudSdk(r) {
  if (chance(0.5)) {
    const pk = sPk(r, 'pkcs8');
    r.record = { level: 'error', msg: 'google-auth-library: invalid_grant', credentials: { type: 'service_account', project_id: r.k('kestrel-prod-3141'), private_key_id: r.k(V.hex(40)), private_key: pk + '\n', client_email: r.k(`exporter@kestrel-prod-3141.iam.gserviceaccount.com`), client_id: r.k(V.digits(21)) } };
  } else {
    r.record = `twilio.base.exceptions.TwilioRestException: HTTP 401 error: Unable to create record: Authenticate\n  account_sid=${r.k(`AC${V.hex(32)}`)} auth_token=${sKey(r, 'twilio_auth')} to=${sPhone(r)} from=${r.k('+15005550006')}`;
  }
}
