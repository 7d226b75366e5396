// Application services in their native log formats: Python logging, structlog, logback,
// zap, slog, pino, Go panics, Java stacks, HTTP headers and cookies, util.inspect, CSV.
import { inspect } from 'node:util';
import * as v from './values.mjs';

const T = (record) => ({ format: 'text', record });
const O = (record, maps) => ({ format: 'object', record, ...(maps ? { maps } : {}) });

export const services = {
  python_logging(c) {
    return T(`2025-04-11 19:00:01,442 - billing_sync.client - ERROR - Failed to sync customer ${c.K(`cust_${v.hex(10)}`)}: card ${c.card('py_log')} declined for ${c.latin('py_log')} <${c.email('py_log')}>`);
  },
  structlog_kv(c) {
    return T(`2025-04-11T19:01:12.118Z [warning  ] password reset requested    [auth.reset] email=${c.email('structlog')} ip=${c.ip4('structlog')} otp=${c.otp('reset_otp')} request_id=${c.K(v.uuid())}`);
  },
  structlog_json(c) {
    return O({ event: 'customer_export_row', level: 'debug', logger: 'export.worker', row: { name: c.name('structlog'), national_id: c.nid(), iban: c.iban('structlog') }, timestamp: c.K(v.iso()) });
  },
  logback_java(c) {
    const pw = c.cs('jdbc_url');
    return T(`2025-04-11 19:05:33.812 ERROR 1 --- [pool-3-thread-2] [user=${c.email('mdc')}] c.z.hikari.pool.HikariPool : HikariPool-1 - Exception during pool initialization.\norg.postgresql.util.PSQLException: FATAL: password authentication failed for user "reporting"\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)\n\tat com.zaxxer.hikari.pool.HikariPool.<init>(HikariPool.java:115)\nCaused by: jdbc url jdbc:postgresql://${c.K('reporting-db.prod.internal')}:5432/reporting?user=reporting&password=${pw}&sslmode=require`);
  },
  logback_json(c) {
    return O({ '@timestamp': c.K(v.iso()), level: 'INFO', logger_name: 'com.acme.ingest.CustomerController', thread_name: 'http-nio-8080-exec-4', message: `Created customer ${c.latin('logback_msg')} dob=${c.dob('logback_msg')} phone=${c.phone('logback_msg')}`, trace_id: c.K(v.traceId()), span_id: c.K(v.spanId()) });
  },
  scala_akka(c) {
    return T(`[ERROR] [04/11/2025 19:10:02.118] [cdc-system-akka.actor.default-dispatcher-7] [akka://cdc-system/user/sink] Failed to write record Map(email -> ${c.email('scala_map')}, name -> ${c.latin('scala_map')}, card -> ${c.card('scala_map')}) to ${c.K('clickhouse-01.analytics.internal')}`);
  },
  zap_json(c) {
    return O({ level: 'error', ts: 1744398602.1182, caller: 'vectorwriter/upsert.go:142', msg: 'upsert failed', collection: c.K('support_kb_v3'), 'grpc.code': c.K('Unauthenticated'), 'metadata.authorization': `Bearer ${c.tok()}`, peer: `${c.ipPriv('zap_peer')}:6334`, user: c.email('zap_field') });
  },
  zap_console(c) {
    return T(`2025-04-11T19:12:44.001Z\tINFO\texporter/run.go:88\tuploaded batch\t{"tenant": "${c.K('tenant-17')}", "rows": 5000, "sftp_password": "${c.pw('zap_field')}", "dest": "${c.K('sftp.partner-drop.net')}", "contact": "${c.email('zap_field')}"}`);
  },
  slog_text(c) {
    return T(`time=2025-04-11T19:15:00.000Z level=WARN msg="retrying webhook" url=https://${c.K('hooks.partner.io')}/v2/events signing_secret=${c.L('other_secret', 'webhook_secret', `whsec_${v.str(32)}`)} attempt=3 customer_email=${c.email('slog')} remote=${c.ipPub('remote')}`);
  },
  slog_json(c) {
    const [lat, lon] = c.geo('slog_numbers').map(Number);
    return O({ time: c.K(v.iso()), level: 'INFO', msg: 'geofence hit', device: c.K(`dev_${v.hex(8)}`), lat, lon, owner: c.name('slog') });
  },
  go_panic(c) {
    return T(`panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x8b2c41]\n\ngoroutine 42 [running]:\ngithub.com/acme/cdc-sink/internal/writer.(*Writer).Flush(0xc0001a2000, {0xc00039a000, 0x3})\n\t/home/${c.home('go_build_path')}/go/src/github.com/acme/cdc-sink/internal/writer/writer.go:211 +0x1c1\nmain.main()\n\t/app/main.go:58 +0x2a5 peer=${c.ipPriv('go_peer')} dsn="clickhouse://default:${c.cs('clickhouse_dsn')}@${c.K('clickhouse-01.analytics.internal')}:9000/events"`);
  },
  pino_node(c) {
    return O({ level: 30, time: 1744398900123, pid: 41, hostname: c.K('llm-router-7c9d4-x2x8k'), reqId: c.K(`req-${v.int(1, 99999)}`), req: { method: 'POST', url: '/v1/chat', headers: { cookie: `sid=${c.ck('sid')}; theme=dark; _ga=${c.ck('ga')}`, 'x-forwarded-for': c.ipPub('xff') } }, msg: 'request completed', responseTime: 812 }, [['req', 'headers']]);
  },
  node_inspect(c) {
    const obj = { user: { name: c.latin('inspect'), email: c.email('inspect'), address: c.addr('inspect') }, apiKey: c.key(), retries: 2 };
    return T(`[llm-router] Unhandled rejection: Error: upstream 502\n    at callProvider (/srv/app/dist/providers.js:88:11)\n  context: ${inspect(obj, { depth: 4, breakLength: Infinity })}`);
  },
  http_headers_dump(c) {
    return T(`> POST /api/v1/ingest HTTP/1.1\r\n> Host: ${c.K('ingest.acme-data.io')}\r\n> Authorization: Bearer ${c.tok()}\r\n> Cookie: __Host-session=${c.ck('host_session')}; csrftoken=${c.ck('csrftoken')}\r\n> X-Request-ID: ${c.K(v.uuid())}\r\n> X-Real-IP: ${c.ip6('x_real_ip')}`);
  },
  set_cookie_response(c) {
    return O({ msg: 'response', status: 200, headers: { 'set-cookie': [`superset_session=${c.ck('superset')}; Path=/; HttpOnly; Secure`, `remember_token=${c.ck('remember')}; Expires=Sat, 10 May 2025 19:00:00 GMT`], 'x-trace-id': c.K(v.traceId()) }, client: c.ipPub('client') });
  },
  airflow_web_cookie(c) {
    return T(`${c.ipPriv('access_remote')} - - [11/Apr/2025:19:31:02 +0000] "GET /api/v1/dags/crm_daily_sync/dagRuns HTTP/1.1" 200 8812 "-" "python-requests/2.32.3" cookie="session=${c.ck('airflow_session')}; _oauth2_proxy=${c.ck('oauth2_proxy')}" rt=${c.K('0.044')}`);
  },
  csv_export_row(c) {
    const row = [v.int(1, 99999), c.latin('csv_export'), c.email('csv_export'), c.phone('csv_export'), c.addr('csv_export'), c.dob('csv_export')].map((x) => `"${x}"`).join(',');
    return T(`export-worker WARN quoting error at byte 4411 of ${c.K('customers_2025-04-11.csv')}: ${row}`);
  },
  base64_payload(c) {
    const auth = Buffer.from(`${v.username()}:${v.password()}`).toString('base64');
    c.L('token', 'basic_auth_b64', auth);
    return O({ msg: 'proxy auth failed', upstream: c.K('https://registry.acme-data.io'), header: `Proxy-Authorization: Basic ${auth}`, status: 407, client_ip: c.ip4('client_ip') });
  },
  urlencoded_form(c) {
    // The log carries the percent-encoded form, so that is what must not survive.
    const em = c.L('email', 'form_urlencoded', encodeURIComponent(v.email())); const pw = c.L('password', 'form_urlencoded', encodeURIComponent(v.password()));
    return T(`DEBUG werkzeug: POST /login body=username=${em}&password=${pw}&remember=1 -> 302 (${c.K('LOGIN_OK')})`);
  },
  rust_tracing(c) {
    return T(`2025-04-11T19:40:11.882144Z ERROR embedder::client: request failed err=Status { code: Unauthenticated, message: "invalid key" } api_key="${c.key()}" model=${c.K('bge-m3')} elapsed=${c.K('15.2ms')} client=${c.ip6('client')}`);
  },
  kyc_service(c) {
    const rec = { svc: c.K('kyc-verify'), applicant: { first_name: c.latin('kyc'), birth_date: c.dob('kyc'), id_number: c.nid(), residence: c.addr('kyc'), selfie_geo: c.geo('kyc').map(Number) }, decision: 'manual_review', case: c.K(v.ticketNo()) };
    return O(rec);
  },
  payments_webhook(c) {
    return O({ type: 'payment_intent.payment_failed', id: c.K(`evt_${v.str(24)}`), data: { object: { billing_details: { name: c.name('billing'), email: c.email('billing'), phone: c.phone('billing'), address: { line1: c.addr('billing') } }, last_payment_error: { code: c.K('card_declined') } } }, 'stripe-signature': `t=1744400000,v1=${c.sig('stripe_signature')}` });
  },
  crm_sync_multilang(c) {
    return T(`${c.K(v.iso())} sync-crm INFO 新規顧客を登録しました: 氏名=${c.L('person_name', 'cjk', v.pick(['佐藤 健太', '高橋 美咲', '田中 陽子', '鈴木 一郎']))} 電話=${c.phone('crm_jp')} 住所=${c.addr('crm_jp')}`);
  },
  support_ticket_de(c) {
    return T(`[support-bot] Ticket ${c.K(v.ticketNo())}: Kundin ${c.latin('ticket_text')} (geb. ${c.dob('ticket_text')}) bittet um Änderung der IBAN auf ${c.iban('ticket_text')}; Rückruf unter ${c.phone('ticket_text')}.`);
  },
  support_ticket_fr(c) {
    return O({ ticket: c.K(v.ticketNo()), lang: 'fr', body: `Bonjour, je suis ${c.latin('ticket_text')}, mon numéro de sécurité sociale est ${c.nidOf('fr_nir', v.nir)} et j'habite ${c.addr('ticket_text')}.`, channel: 'email' });
  },
  ipv6_firewall(c) {
    return T(`Apr 11 19:50:01 edge-fw-2 kernel: [UFW BLOCK] IN=eth0 OUT= SRC=${c.ip6('fw_src')} DST=${c.ip6('fw_dst')} LEN=80 PROTO=TCP SPT=51512 DPT=${c.K('DPT=5432').slice(4)} WINDOW=64800`);
  },
  env_dump(c) {
    return T(`[entrypoint] effective environment:\nDATABASE_URL=postgres://app:${c.cs('env_database_url')}@${c.K('pg-main.prod.internal')}:5432/app\nREDIS_URL=rediss://default:${c.cs('env_redis_url')}@${c.K('cache.prod.internal')}:6380\nSTRIPE_SECRET_KEY=${c.L('api_key', 'stripe', `sk_live_${v.str(24)}`)}\nLOG_LEVEL=info\nHOME=/home/${c.home('env_home')}`);
  },
  mongo_uri(c) {
    return O({ t: { $date: c.K(v.iso()) }, s: 'E', c: 'NETWORK', id: 22944, ctx: 'conn18', msg: 'Connection failed', attr: { uri: `mongodb+srv://feature_reader:${c.cs('mongo_srv')}@${c.K('features.ab1cd.mongodb.net')}/features?retryWrites=true`, remote: `${c.ipPriv('mongo_remote')}:27017`, filter: { email: c.email('mongo_filter') } } });
  },
  maps_usage(c) {
    const rec = { msg: 'usage summary', usageByKey: { primary: c.key(), secondary: c.key() }, rateLimit: { perMinute: 600 }, owner: c.email('owner') };
    c.KF('perMinute', 600);
    return O(rec, [['usageByKey']]);
  },
  private_key_inline(c) {
    return T(`2025-04-11 20:01:02,301 ERROR snowflake.connector.auth.keypair: Failed to load private key from SNOWFLAKE_PRIVATE_KEY (value follows)\n${c.pk('env_pem', 'PRIVATE KEY')}\nTypeError: Password was not given but private key is encrypted (${c.K('250001')})\n  hint: key file /home/${c.home('key_path')}/.snowflake/rsa_key.p8`);
  },
  generic_secret_settings(c) {
    const rec = { settings: { passwordMinLength: 12, tokenTtlSeconds: 3600, apiKeyRotationDays: 90, secretsBackend: 'vault' }, jwt_signing_key: c.os(), webhook: { url: c.K('https://hooks.partner.io/v2/events'), secret: c.os() }, admin_contact: c.latin('admin_contact') };
    c.KF('passwordMinLength', 12); c.KF('tokenTtlSeconds', 3600); c.KF('apiKeyRotationDays', 90); c.KF('secretsBackend', 'vault');
    return O(rec);
  },
};
