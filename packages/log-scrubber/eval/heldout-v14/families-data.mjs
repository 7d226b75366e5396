// ORM / driver errors, slow-query logs, queue dumps, imports, payments and identity checks.
import { V, J, frames } from './common.mjs';

export const data = {
  prisma_p2002(b) {
    return `PrismaClientKnownRequestError: \nInvalid \`prisma.customer.create()\` invocation in\n/app/dist/services/signup.js:${V.int(20, 200)}:${V.int(5, 40)}\n\n→ ${V.int(20, 200)}   await prisma.customer.create({\n         data: {\n           email: "${b.email()}",\n           fullName: "${b.name()}",\n           phone: "${b.phone()}",\n           passwordHash: undefined,\n           tempPassword: "${b.pw('prisma_arg')}"\n         }\n       })\nUnique constraint failed on the fields: (\`email\`)\n  code: '${b.k('P2002')}', clientVersion: '${b.ver()}', meta: { modelName: 'Customer', target: [ 'email' ] }`;
  },
  prisma_object(b) {
    return { level: 'error', msg: 'prisma query failed', err: { name: 'PrismaClientKnownRequestError', code: b.k(V.pick(['P2025', 'P2003', 'P2034'])), clientVersion: b.ver(),
      meta: { cause: 'Record to update not found.' } }, args: { where: { nationalId: b.nid() }, data: { iban: b.iban(), holder: b.name() } }, datasource: `postgresql://app_rw:${b.conn('postgres_url')}@${b.host()}:5432/shop?schema=public&connection_limit=10` };
  },
  sequelize_unique(b) {
    const e = b.email();
    return { name: 'SequelizeUniqueConstraintError', errors: [{ message: 'email must be unique', type: 'unique violation', path: 'email', value: e, origin: 'DB' }],
      parent: { code: b.k('23505'), detail: `Key (email)=(${e}) already exists.`, table: b.k('users'), constraint: 'users_email_key' },
      sql: `INSERT INTO "users" ("id","email","first_name","dob","created_at") VALUES ($1,$2,$3,$4,$5) RETURNING *;`,
      parameters: [b.uuid(), e, b.name(), b.dob(), b.ts()] };
  },
  typeorm_failed(b) {
    return `QueryFailedError: duplicate key value violates unique constraint "UQ_payout_iban"\n${frames(b)}\nquery: INSERT INTO "payout_account"("holder", "iban", "tax_id", "created_at") VALUES ($1, $2, $3, DEFAULT) RETURNING "id"\nparameters: ["${b.name()}","${b.iban()}","${b.nid()}"]\ndriverError.code: ${b.k('23505')}`;
  },
  drizzle_error(b) {
    return { msg: 'drizzle: failed query', query: 'update "profiles" set "address" = $1, "lat" = $2, "lng" = $3 where "profiles"."id" = $4', params: [b.addr(), ...b.geo(), b.uuid()],
      cause: { code: b.k('57014'), message: 'canceling statement due to statement timeout' }, db: `postgres://drizzle:${b.conn('postgres_url')}@${b.host()}/app` };
  },
  pg_error(b) {
    return `error: insert or update on table "orders" violates foreign key constraint "orders_customer_fk"\n    at Parser.parseErrorMessage (/app/node_modules/pg-protocol/dist/parser.js:283:98) {\n  length: 312,\n  severity: 'ERROR',\n  code: '${b.k('23503')}',\n  detail: 'Key (customer_email)=(${b.email()}) is not present in table "customers".',\n  schema: 'public',\n  table: '${b.k('orders')}',\n  routine: 'ri_ReportViolation'\n}\nconnectionString: postgresql://orders_app:${b.conn('postgres_url')}@${b.host()}:6432/orders?sslmode=require`;
  },
  mysql2_dup(b) {
    return `Error: Duplicate entry '${b.phone()}' for key 'customers.uq_phone'\n    at Packet.asError (/app/node_modules/mysql2/lib/packets/packet.js:728:17) {\n  code: '${b.k('ER_DUP_ENTRY')}', errno: 1062, sqlState: '23000',\n  sql: "INSERT INTO customers (name, phone, card_last4, card_number) VALUES ('${b.name()}', ..., '${V.digits(4)}', '${b.card()}')"\n} pool=mysql://shop:${b.conn('mysql_url')}@${b.host()}:3306/shop`;
  },
  mongoose_validation(b) {
    return { name: 'ValidationError', message: 'Customer validation failed: phone: Path `phone` is invalid', _message: 'Customer validation failed',
      errors: { phone: { name: 'ValidatorError', kind: 'regexp', path: 'phone', value: b.phone() } },
      doc: { _id: V.hex(24), name: b.name(), email: b.email(), address: { line1: b.addr(), location: { type: 'Point', coordinates: b.geo().slice().reverse().map(Number) } } },
      mongoUri: `mongodb+srv://svc_customers:${b.conn('mongodb_srv')}@cluster0.${V.lower(5)}.mongodb.net/crm?retryWrites=true&w=majority` };
  },
  knex_error(b) {
    return `${b.ts()} knex:query insert into \`customers\` (\`birth_date\`, \`email\`, \`national_id\`, \`name\`) values ('${b.dob()}', '${b.email()}', '${b.nid()}', '${b.name()}') - ER_DATA_TOO_LONG: Data too long for column 'name' at row 1 (${b.k('ER_DATA_TOO_LONG')})`;
  },
  ioredis_error(b) {
    const pw = b.conn('redis_password', V.alnum(32));
    return `[ioredis] Unhandled error event: ReplyError: WRONGPASS invalid username-password pair or user is disabled.\n    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)\noptions: { host: '${b.host()}', port: 6379, username: 'default', password: '${pw}', db: 2, tls: {}, ${V.pick(['maxRetriesPerRequest: 20', 'connectTimeout: 10000'])} }\nreconnecting in ${b.dur()}`;
  },
  redis_url(b) {
    return { msg: 'BullMQ connection lost', queue: 'emails', redisUrl: `rediss://default:${b.conn('redis_url')}@${b.host()}:6380/0`, attemptsMade: V.int(1, 8), code: b.ec() };
  },
  kafkajs_retries(b) {
    return { level: 'ERROR', logger: 'kafkajs', message: `[Producer] Failed to send messages: ${b.k('KafkaJSNumberOfRetriesExceeded')}`, retryCount: 5, retryTime: V.int(1000, 30000),
      broker: `${b.k('kafka-2.broker.internal')}:9094`, sasl: { mechanism: 'scram-sha-512', username: 'orders-producer', password: b.pw('kafka_sasl') },
      messages: [{ key: b.order(), value: J({ type: 'OrderPlaced', customer: { name: b.name(), email: b.email(), phone: b.phone() } }) }] };
  },
  amqplib_close(b) {
    return `Error: Connection closed: 320 (CONNECTION-FORCED) with message "CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'"\n    at Object.accept (/app/node_modules/amqplib/lib/connection.js:90:15)\n  url: amqps://notify:${b.conn('amqp_url')}@${b.k('mq-01.rabbit.internal')}:5671/prod\n  last message: ${J({ to: b.email(), template: 'password_reset', resetUrl: `https://shop.example.com/reset?token=${b.tok()}` })}`;
  },
  bullmq_failed(b) {
    return { msg: 'job failed', queue: 'sms', jobId: String(V.int(10000, 99999)), attemptsMade: V.int(1, 5), failedReason: `Twilio error 21211: The 'To' number ${b.phone()} is not a valid phone number.`,
      data: { to: b.phone(), body: `Ihr Bestätigungscode lautet ${b.otp()}. Niemals weitergeben.`, userId: b.uuid() }, stacktrace: [`Error: ${b.k('21211')}\n${frames(b)}`] };
  },
  pg_slow_query(b) {
    return `${b.ts()} [${V.int(1000, 90000)}] LOG:  duration: ${V.int(1000, 30000)}.${V.int(100, 999)} ms  statement: SELECT o.id, o.total FROM ${b.k('orders')} o JOIN customers c ON c.id = o.customer_id WHERE c.email = '${b.email()}' OR c.phone = '${b.phone()}' ORDER BY o.created_at DESC LIMIT 50`;
  },
  mysql_slow_log(b) {
    return `# Time: ${b.ts()}\n# User@Host: shop_rw[shop_rw] @ ${b.k('ledger-pg-replica.internal')} [${b.ip()}]\n# Query_time: ${V.int(2, 40)}.${V.digits(6)}  Lock_time: 0.000${V.digits(3)} Rows_sent: 1  Rows_examined: ${V.int(100000, 9000000)}\nSET timestamp=${V.int(1795000000, 1795900000)};\nUPDATE accounts SET iban='${b.iban()}', holder_name='${b.name()}' WHERE tax_number='${b.nid()}';`;
  },
  mongo_slow(b) {
    return { t: { $date: b.ts() }, s: 'I', c: 'COMMAND', id: 51803, ctx: 'conn' + V.int(100, 9999), msg: 'Slow query',
      attr: { type: 'command', ns: b.k('crm.customers'), command: { find: 'customers', filter: { 'contact.email': b.email(), dob: b.dob() }, $db: 'crm' }, planSummary: 'COLLSCAN', durationMillis: V.int(500, 9000), remote: `${b.ip()}:${V.int(30000, 60000)}` } };
  },
  email_queue(b) {
    const n = b.name();
    return { msg: 'dead-lettered email', queue: 'mail.outbound', messageId: b.uuid(), message: { to: `"${n}" <${b.email(n)}>`, from: 'noreply@shop.example.com', subject: 'Your order has shipped',
      html: `<p>Hallo ${n},</p><p>Ihre Lieferadresse: ${b.addr()}</p><a href="https://shop.example.com/track/${b.order()}?t=${b.tok()}">Sendung verfolgen</a>` }, smtp: { host: 'smtp.sendgrid.net', user: 'apikey', pass: b.key() } };
  },
  sms_queue(b) {
    return `sms-worker: provider=twilio status=undelivered sid=SM${V.hex(32)} To=${b.phone()} From=ShopAlerts Body="Your ${V.pick(['Shop', 'ACME'])} login code is ${b.otp()}. Valid 10 min." auth=${b.s(`AC${V.hex(32)}:${V.hex(32)}`, 'api_key', 'twilio_basic')}`;
  },
  push_queue(b) {
    return { msg: 'FCM send failed', error: { code: b.k('messaging/registration-token-not-registered') }, deviceToken: b.s(`${V.b64url(22)}:APA91b${V.b64url(134)}`, 'token', 'fcm_device'),
      notification: { title: `${b.name()} hat Ihnen geschrieben`, body: 'Neue Nachricht' }, user: { id: b.uuid(), locale: 'de-AT' } };
  },
  csv_import_fail(b) {
    const n = V.latinName(); const [fn, ...ln] = n.split(' '); b.name(fn); b.name(ln.join(' '));
    return `importer: row ${V.int(2, 9000)} rejected (invalid postal code) file=customers_${V.pad(V.int(1, 30), 2)}11.csv line="${n.split(' ')[0]};${n.split(' ').slice(1).join(' ')};${b.email(n)};${b.phone()};${b.addr()};${b.iban()};${b.dob()}" batch=${b.uuid()}`;
  },
  ndjson_import(b) {
    return { msg: 'ndjson import failed', file: 's3://acme-imports/2026-11-16/customers.ndjson', line: V.int(1, 50000),
      raw: J({ name: b.name(), email: b.email(), ssn: b.nid('us_ssn'), card: { number: b.card(), exp: '09/29' }, geo: b.geo().join(',') }), error: { code: b.k('E_SCHEMA'), message: 'additionalProperties' } };
  },
  payment_decline(b) {
    return { level: 'warn', msg: 'card declined', orderId: b.order(), amount: { value: V.int(500, 90000), currency: 'EUR' },
      paymentMethod: { type: 'card', card_number: b.card(), exp_month: V.int(1, 12), cvc: b.other('cvc', V.digits(V.pick([3, 4]))), holder: b.name() },
      billing: { address: b.addr(), email: b.email() }, decline: { code: b.k('insufficient_funds'), network_status: 'declined_by_network' } };
  },
  sepa_mandate(b) {
    return `sepa: mandate MNDT-${V.upper(10)} rejected by bank (AC04 closed account) holder="${b.name()}" iban=${b.iban()} bic=${V.pick(['COBADEFFXXX', 'INGBNL2A', 'BNPAFRPP'])} debtor_addr="${b.addr()}" amount=${V.int(5, 400)}.00 EUR invoice=${b.k(`INV-${V.digits(7)}`)}`;
  },
  kyc_check(b) {
    const sub = V.pick(Object.keys(V.ID));
    return { msg: 'KYC provider mismatch', provider: 'idnow', caseId: b.uuid(), applicant: { firstName: b.name(V.pick(['Ewa', 'Jonas', 'Maëlle', 'Björn', 'Aylin'])), lastName: b.name(V.pick(['Wójcik', 'Hoffmann', 'Lefèvre', 'Sørensen', 'Yılmaz'])),
      dateOfBirth: b.dob(), nationalId: { type: sub, value: b.nid(sub) }, address: b.addr() }, result: { code: b.k('DOB_MISMATCH'), score: Number(V.rnd().toFixed(2)) } };
  },
  geo_tracking(b) {
    const [la, lo] = b.geo();
    return { msg: 'courier location update rejected (stale)', courierId: `cr_${V.alnum(10)}`, position: { lat: Number(la), lng: Number(lo), accuracy: V.int(3, 40) }, deliveryTo: b.addr(), customerPhone: b.phone(), eta: b.ts() };
  },
  geo_text(b) {
    const [la, lo] = b.geo();
    return `dispatch: driver ${b.name()} stuck at (${la}, ${lo}) for ${V.int(5, 50)} min; customer ${b.phone()} notified. zone=${b.city()} order=${b.order()}`;
  },
};
