// Error and log shapes of real Node frameworks and clients (field names, codes and message wording
// as those libraries emit them), each carrying a planted secret or identifier plus hard negatives.
import { A } from './values.mjs';

const { hex: HEX, b64: B64 } = A;

export const frameworkTemplates = [
  {
    family: 'pg-errors',
    n: 45,
    make(c) {
      const { r, v } = c;
      const shape = r.int(0, 2);
      if (shape === 0) {
        const em = c.S(v.email(), 'email', 'pg_detail');
        return { format: 'object', record: { level: 50, msg: 'query failed', err: { type: 'DatabaseError', message: 'duplicate key value violates unique constraint "users_email_key"', length: 231, name: 'error', severity: 'ERROR', code: c.K('23505'), detail: `Key (email)=(${em}) already exists.`, schema: 'public', table: 'users', constraint: 'users_email_key', file: 'nbtinsert.c', line: '666', routine: c.K('_bt_check_unique') } } };
      }
      if (shape === 1) {
        const pw = c.S(v.password().replace(/[@/:'"\s]/g, ''), 'connection_string', 'pg_conn');
        return { format: 'object', record: { level: 60, msg: 'pool error', err: { type: 'error', message: 'password authentication failed for user "app"', code: c.K('28P01'), routine: 'auth_failed' }, pool: { connectionString: `postgresql://app:${pw}@pg-main.internal:5432/app`, max: 10, idleTimeoutMillis: 30000 } } };
      }
      const phone = c.S(v.phone(), 'phone', 'pg_params');
      return { format: 'object', record: { level: 50, msg: 'query failed', query: c.K('UPDATE customers SET phone = $1 WHERE id = $2'), values: [phone, r.int(1, 99999)], err: { code: c.K('40001'), message: 'could not serialize access due to concurrent update' } } };
    },
  },
  {
    family: 'mysql2-errors',
    n: 40,
    make(c) {
      const { r, v } = c;
      if (r.chance(0.5)) {
        const ip = c.S(v.ipv4(), 'ip', 'mysql_host');
        const msg = `Access denied for user 'app'@'${ip}' (using password: YES)`;
        return { format: 'object', record: { level: 60, msg: 'db connect failed', err: { message: msg, code: c.K('ER_ACCESS_DENIED_ERROR'), errno: 1045, sqlState: '28000', sqlMessage: msg, fatal: true } } };
      }
      const em = c.S(v.email(), 'email', 'mysql_dup');
      const msg = `Duplicate entry '${em}' for key 'users.email_unique'`;
      return { format: 'object', record: { level: 50, msg: 'insert failed', err: { message: msg, code: c.K('ER_DUP_ENTRY'), errno: 1062, sqlState: '23000', sqlMessage: msg, sql: c.K('INSERT INTO `users` (`email`,`created_at`) VALUES (?,?)') } } };
    },
  },
  {
    family: 'sequelize-errors',
    n: 40,
    make(c) {
      const { r, v, neg } = c;
      const em = c.S(v.email(), 'email', 'sequelize_value');
      const nm = c.S(v.fullName(false), 'person_name', 'sequelize_value');
      const rec = {
        level: 50, msg: 'Validation error',
        err: { name: 'SequelizeUniqueConstraintError', message: 'Validation error',
          errors: [{ message: 'email must be unique', type: 'unique violation', path: 'email', value: em, origin: 'DB', instance: { fullName: nm, email: em } }],
          fields: { email: em }, sql: c.K('INSERT INTO "Users" ("id","fullName","email","createdAt","updatedAt") VALUES (DEFAULT,$1,$2,$3,$4) RETURNING "id";'),
          original: { code: '23505', detail: `Key (email)=(${em}) already exists.` } },
        reqId: c.K(neg.uuid()),
      };
      if (r.chance(0.3)) rec.err.parameters = [nm, em, neg.iso(), neg.iso()];
      return { format: 'object', record: rec };
    },
  },
  {
    family: 'prisma-errors',
    n: 40,
    make(c) {
      const { r, v } = c;
      const u = c.S(v.homeUser(), 'home_path', 'prisma');
      const msg = `\nInvalid \`prisma.user.create()\` invocation in\n/home/${u}/src/api/${c.K('src/users/service.ts')}:${r.int(10, 200)}:${r.int(3, 30)}\n\nUnique constraint failed on the fields: (\`email\`)`;
      const rec = { level: 50, msg: 'prisma error', err: { name: 'PrismaClientKnownRequestError', code: c.K('P2002'), clientVersion: c.K(`5.${r.int(10, 22)}.${r.int(0, 3)}`), meta: { modelName: 'User', target: ['email'] }, message: msg } };
      if (r.chance(0.5)) {
        const pw = c.S(v.password().replace(/[@/:'"\s]/g, ''), 'connection_string', 'prisma_url');
        rec.datasourceUrl = `postgresql://prisma:${pw}@db.internal:5432/shop?schema=public`;
      }
      return { format: 'object', record: rec };
    },
  },
  {
    family: 'ioredis-errors',
    n: 35,
    make(c) {
      const { r, v } = c;
      const pw = v.password().replace(/[@/:'"\s]/g, '');
      if (r.chance(0.5)) {
        c.S(pw, pwKind(), 'redis_options');
        return { format: 'object', record: { level: 50, msg: '[ioredis] Unhandled error event: ReplyError: WRONGPASS invalid username-password pair or user is disabled.', redis: { options: { host: c.K('cache.internal'), port: 6379, username: 'default', password: pw, db: 0, connectTimeout: 10000 } } } };
      }
      c.S(pw, 'connection_string', 'redis_url');
      return { format: 'text', record: `[ioredis] Unhandled error event: Error: connect ECONNREFUSED ${c.K('127.0.0.1:6379')} (url=redis://default:${pw}@cache.internal:6379)\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)` };
    },
  },
  {
    family: 'aws-sdk-errors',
    n: 40,
    make(c) {
      const { r, v, neg } = c;
      const user = c.S(v.homeUser(), 'person_name', 'arn_user');
      const reqId = c.K(neg.uuid());
      const acct = String(r.int(100000000000, 999999999999));
      const rec = { level: 50, msg: 'AccessDeniedException', err: { name: 'AccessDeniedException', $fault: 'client', $metadata: { httpStatusCode: 403, requestId: reqId, extendedRequestId: r.str(B64, 76), attempts: 1, totalRetryDelay: 0 }, message: `User: arn:aws:iam::${acct}:user/${user} is not authorized to perform: ${c.K('s3:GetObject')} on resource: arn:aws:s3:::invoices-prod/2026/11/${c.K(neg.orderId().replace(/[#/]/g, ''))}.pdf` } };
      if (r.chance(0.5)) rec.err.$response = { headers: { 'x-amz-request-id': r.str('ABCDEF0123456789', 16), authorization: `AWS4-HMAC-SHA256 Credential=${c.S(v.vendor.aws_access_key_id(), 'api_key', 'aws_key_id')}/20261202/eu-central-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=${c.S(r.str(HEX, 64), 'other_secret', 'sigv4')}` } };
      return { format: 'object', record: rec };
    },
  },
  {
    family: 'axios-errors',
    n: 45,
    make(c) {
      const { r, v } = c;
      const tok = c.S(v.token(), 'token', 'axios_auth');
      const pw = c.S(v.password().replace(/["\\]/g, ''), pwKind(), 'axios_body');
      const em = c.S(v.email(), 'email', 'axios_body');
      const rec = { level: 50, msg: 'Request failed with status code 401', err: {
        name: 'AxiosError', code: c.K('ERR_BAD_REQUEST'), message: 'Request failed with status code 401',
        config: { method: 'post', url: `https://api.partner.example/v2/${c.K('oauth/token')}`, timeout: 5000,
          headers: { Accept: 'application/json, text/plain, */*', 'Content-Type': 'application/json', Authorization: `Bearer ${tok}`, 'User-Agent': c.K(`axios/1.7.${r.int(0, 9)}`) },
          data: JSON.stringify({ username: em, password: pw, grant_type: 'password' }) },
        response: { status: 401, statusText: 'Unauthorized', data: { error: c.K('invalid_grant') } } } };
      return { format: 'object', record: rec };
    },
  },
  {
    family: 'undici-fetch-errors',
    n: 35,
    make(c) {
      const { r, v } = c;
      const ip = c.S(v.ipv4(), 'ip', 'undici');
      if (r.chance(0.5)) return { format: 'object', record: { level: 50, msg: 'fetch failed', err: { type: 'TypeError', message: 'fetch failed', stack: 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:13502:13', cause: { errno: -111, code: c.K('ECONNREFUSED'), syscall: 'connect', address: ip, port: 443 } } } };
      return { format: 'object', record: { level: 50, msg: 'fetch failed', err: { type: 'TypeError', message: 'fetch failed', cause: { name: 'ConnectTimeoutError', code: c.K('UND_ERR_CONNECT_TIMEOUT'), message: `Connect Timeout Error (attempted address: ${ip}:443, timeout: 10000ms)` } } } };
    },
  },
  {
    family: 'koa-request-errors',
    n: 50,
    make(c) {
      const { r, v, neg } = c;
      const ip = c.S(v.ipv4(), 'ip', 'koa_xff');
      const auth = r.chance(0.5) ? `Bearer ${c.S(v.jwt(), 'token', 'koa_auth')}` : `Basic ${c.S(Buffer.from(`${v.username()}:${v.password()}`).toString('base64'), 'password', 'basic_b64')}`;
      const sess = c.S(r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 27), 'cookie', 'koa_cookie');
      const path = neg.route().replace(/:(\w+)/, String(r.int(1, 9999)));
      c.K(path);
      return { format: 'object', record: { level: 50, time: c.K(neg.iso()), msg: 'Unauthorized', err: { type: 'UnauthorizedError', message: 'jwt expired', stack: `UnauthorizedError: jwt expired\n    at Object.throw (/app/node_modules/koa/lib/context.js:97:11)\n    at verify (/app/dist/middleware/auth.js:${r.int(10, 90)}:${r.int(5, 30)})`, status: 401, expose: true }, req: { method: 'GET', url: path, headers: { host: 'api.example.com', 'user-agent': c.K(neg.userAgent()), authorization: auth, cookie: `koa.sess=${sess}`, 'x-forwarded-for': ip } } } };
    },
  },
  {
    family: 'access-log-lines',
    n: 70,
    make(c) {
      const { r, v, neg } = c;
      const ip = c.S(r.chance(0.8) ? v.ipv4() : v.ipv6(), 'ip', 'access_log');
      const ua = c.K(neg.userAgent());
      const status = neg.status();
      const q = r.pick([
        () => `/reset?token=${c.S(r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 43), 'token', 'query_token')}&email=${c.S(encodeURIComponent(v.email()), 'email', 'query_email')}`,
        () => `/api/v1/search?q=shoes&page=${r.int(1, 9)}`,
        () => `/callback?code=${c.S(r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40), 'token', 'oauth_code')}&state=${r.str(HEX, 16)}`,
        () => `/unsubscribe?email=${c.S(v.email(), 'email', 'query_email_raw')}`,
        () => `/api/v1/orders/${c.K(neg.orderId().replace(/[#/]/g, ''))}`,
      ])();
      const user = r.chance(0.3) ? c.S(v.email(), 'email', 'access_user') : '-';
      const date = `02/Dec/2026:${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(10, 59))}:${String(r.int(10, 59))} +0000`;
      if (r.chance(0.5)) return { format: 'text', record: `${ip} - ${user} [${date}] "GET ${q} HTTP/1.1" ${status} ${r.int(0, 99999)} "https://shop.example.com/" "${ua}"` };
      return { format: 'text', record: `${ip} - ${user} [${date}] "POST ${q} HTTP/2.0" ${status} ${r.int(0, 9999)} ${(r.int(1, 9999) / 1000).toFixed(3)} "-" "${ua}" rt=${(r.int(1, 999) / 1000).toFixed(3)} uct="0.000"` };
    },
  },
  {
    family: 'cause-chains',
    n: 50,
    make(c) {
      const { r, v, neg } = c;
      const inner = r.pick([
        () => `payment provider rejected credential ${c.S(v.vendor.stripe_secret(), 'api_key', 'stripe')}`,
        () => `connect ECONNREFUSED ${c.S(v.ipv4(), 'ip', 'cause')}:443`,
        () => `login for ${c.S(v.email(), 'email', 'cause')} failed with password ${c.S(v.password().replace(/\s/g, ''), 'password', 'cause')}`,
        () => `could not open postgres://svc:${c.S(v.password().replace(/[@/:'"\s]/g, ''), 'connection_string', 'cause')}@db.internal/app`,
        () => `token ${c.S(v.jwt(), 'token', 'cause')} expired`,
      ])();
      if (r.chance(0.5)) {
        return { format: 'object', record: { level: 50, msg: 'checkout failed', err: { type: 'Error', message: 'checkout failed', code: c.K(neg.errCode()), cause: { type: 'Error', message: 'charge failed', cause: { type: 'Error', message: inner, stack: `Error: ${inner}\n    at charge (/srv/app/dist/payments.js:${r.int(10, 200)}:${r.int(3, 30)})` } } }, orderId: c.K(neg.orderId()) } };
      }
      return { format: 'text', record: `Error: checkout failed\n    at Checkout.run (/srv/app/dist/checkout.js:${r.int(10, 200)}:11)\n    at async dispatch (/srv/app/node_modules/koa-compose/index.js:42:32) {\n  [cause]: Error: ${inner}\n      at charge (/srv/app/dist/payments.js:88:13)\n}` };
    },
  },
  {
    family: 'json-in-strings',
    n: 45,
    make(c) {
      const { r, v, neg } = c;
      const shape = r.int(0, 2);
      const em = v.email();
      const pw = v.password().replace(/["\\]/g, '');
      if (shape === 2) {
        return { format: 'object', record: { level: 30, msg: 'form', raw: `email=${c.S(encodeURIComponent(em), 'email', 'form_body')}&password=${c.S(encodeURIComponent(pw), 'password', 'form_body')}&remember=1` } };
      }
      const body = { email: c.S(em, 'email', 'json_text'), password: c.S(pw, 'password', 'json_text'), remember: true };
      if (shape === 0) return { format: 'object', record: { level: 30, msg: 'request body', body: JSON.stringify(body), reqId: c.K(neg.uuid()) } };
      return { format: 'object', record: { level: 30, msg: 'queued', payload: JSON.stringify({ job: 'send-welcome', data: JSON.stringify(body) }) } };
    },
  },
  {
    family: 'sql-literals-pii',
    n: 40,
    make(c) {
      const { r, v, neg } = c;
      const em = c.S(v.email(), 'email', 'sql_literal');
      const forms = [
        () => `${neg.iso().replace('T', ' ').slice(0, 23)} UTC [${r.int(100, 99999)}] ERROR:  duplicate key value violates unique constraint "users_email_key"\nDETAIL:  Key (email)=(${em}) already exists.\nSTATEMENT:  INSERT INTO users (email) VALUES ($1)`,
        () => `Executing (default): UPDATE "Users" SET "email"='${em}',"phone"='${c.S(v.phone(), 'phone', 'sql_literal')}',"updatedAt"='${neg.iso()}' WHERE "id" = ${r.int(1, 99999)}`,
        () => `Executing (default): INSERT INTO "Customers" ("id","fullName","email") VALUES (DEFAULT,'${c.S(v.fullName(false).replace(/'/g, ''), 'person_name', 'sql_literal')}','${em}') RETURNING "id";`,
        () => `BEGIN;\nUPDATE users SET email = ''${em}'' WHERE id = ${r.int(1, 999)};\nCOMMIT;`,
      ];
      const text = r.pick(forms)();
      if (r.chance(0.5)) return { format: 'text', record: text };
      return { format: 'object', record: { level: 50, name: 'SequelizeDatabaseError', sql: text, reqId: c.K(neg.uuid()) } };
    },
  },
  {
    family: 'buffer-json',
    n: 24,
    make(c) {
      const { r, v } = c;
      // A Buffer logged after JSON round-tripping: { type: 'Buffer', data: [bytes] }. The label is
      // the secret's own byte run as it appears in the array.
      const pw = v.password().replace(/["\\]/g, '');
      const [body, inBody] = r.pick([
        [`{"username":"app","password":"${pw}"}`, pw],
        [`password=${encodeURIComponent(pw)}&remember=1`, encodeURIComponent(pw)],
        [`AUTH default ${pw}\r\n`, pw],
      ]);
      const bytes = [...Buffer.from(body)];
      c.S([...Buffer.from(inBody)].join(','), 'password', 'buffer_bytes');
      return { format: 'object', record: { level: 20, msg: r.pick(['raw request body', 'socket data', 'payload']), body: { type: 'Buffer', data: bytes } } };
    },
  },
  {
    family: 'map-keys',
    n: 30,
    make(c) {
      const { r, v } = c;
      const k1 = r.chance(0.5) ? c.S(v.vendor.aws_access_key_id(), 'api_key', 'map_key') : c.S(v.email(), 'email', 'map_key');
      const k2 = c.S(v.ipv4(), 'ip', 'map_key');
      return { format: 'object', record: { level: 30, msg: 'rate limiter state', usageByKey: { [k1]: r.int(1, 999) }, hitsByIp: { [k2]: r.int(1, 99) } }, maps: [['usageByKey'], ['hitsByIp']] };
    },
  },
];

function pwKind() {
  return 'password';
}
