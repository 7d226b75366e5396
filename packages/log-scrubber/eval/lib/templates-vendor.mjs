// Vendor-format credentials, connection strings, key material and cookies, placed where a key name
// does not give them away (messages, arrays under neutral keys, object keys, URLs, JSON text).
import { A } from './values.mjs';

const { hex: HEX, b64url: B64URL, b64: B64 } = A;

export const vendorTemplates = [
  {
    family: 'vendor-in-message',
    n: 70,
    make(c) {
      const { r, v, neg } = c;
      const sub = r.pick(Object.keys(v.vendor));
      const key = c.S(v.vendor[sub](), 'api_key', sub);
      const forms = [
        () => `unexpected response from upstream for ${key}`,
        () => `[${sub.split('_')[0]}] 429 rate limited (${key})`,
        () => `cache miss ${key}`,
        () => `loaded credentials from /etc/app/config.yaml: ${key}`,
        () => `rotated ${key} -> new key pending`,
        () => `spawn deploy --auth ${key} --region eu-west-1`,
        () => `value "${key}" copied from clipboard`,
      ];
      const msg = r.pick(forms)();
      const shape = r.int(0, 4);
      if (shape === 0) return { format: 'text', record: `${neg.iso()} ${msg}` };
      if (shape === 1) return { format: 'object', record: { level: 30, msg: 'job args', args: ['--verbose', '--auth', key, '--retries', '3'], jobId: c.K(neg.uuid()) } };
      if (shape === 2) return { format: 'object', record: { level: 30, msg: 'usage report', usageByKey: { [key]: r.int(1, 9999), total: r.int(10000, 99999) }, period: c.K('2026-11') } };
      if (shape === 3) return { format: 'object', record: { level: 50, msg, err: { type: 'Error', message: msg, stack: `Error: ${msg}\n    at Client.request (/srv/app/node_modules/@acme/sdk/dist/client.js:${r.int(10, 400)}:${r.int(1, 40)})` } } };
      return { format: 'object', record: { level: 30, msg: 'request', url: `https://api.example.com/v1/items?limit=20&${r.pick(['key', 'api_key', 'apikey', 'access_token', 'token'])}=${key}`, status: neg.status() } };
    },
  },
  {
    family: 'aws-credentials',
    n: 45,
    make(c) {
      const { r, v, neg } = c;
      const id = c.S(v.vendor.aws_access_key_id(), 'api_key', 'aws_key_id');
      const secret = c.S(v.vendor.aws_secret_access_key(), 'api_key', 'aws_secret');
      const shape = r.int(0, 3);
      const reqId = c.K(neg.uuid());
      if (shape === 0) return { format: 'object', record: { level: 20, msg: 'S3Client config', region: c.K('eu-central-1'), credentials: { accessKeyId: id, secretAccessKey: secret, sessionToken: c.S(`IQoJb3JpZ2luX2Vj${r.str(B64, 200)}`, 'token', 'aws_session') }, requestId: reqId } };
      if (shape === 1) return { format: 'text', record: `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\nregion = eu-west-1` };
      if (shape === 2) return { format: 'object', record: { level: 50, msg: `SignatureDoesNotMatch for access key ${id}`, err: { name: 'SignatureDoesNotMatch', $fault: 'client', $metadata: { httpStatusCode: 403, requestId: reqId, attempts: 1, totalRetryDelay: 0 }, message: `The request signature we calculated does not match the signature you provided. Check your key ${id} and signing method. secret=${secret}` } } };
      return { format: 'text', record: `export AWS_ACCESS_KEY_ID=${id} AWS_SECRET_ACCESS_KEY=${secret}; aws s3 ls s3://backups-${r.int(1, 99)}` };
    },
  },
  {
    family: 'slack-webhook',
    n: 30,
    make(c) {
      const { r, v, neg } = c;
      const url = v.slackWebhook();
      c.S(url.split('/').slice(-1)[0], 'api_key', 'slack_webhook');
      if (r.chance(0.5)) return { format: 'text', record: `POST ${url} -> ${r.pick(['404 no_service', '410 Gone', '403 invalid_token'])} in ${neg.duration()}` };
      return { format: 'object', record: { level: 50, msg: 'notify failed', notifier: { kind: 'slack', url }, status: r.pick([403, 404, 410]) } };
    },
  },
  {
    family: 'connection-strings',
    n: 90,
    make(c) {
      const { r, v, neg } = c;
      const user = r.pick(['app', 'admin', 'svc_orders', 'scott', 'reporting', v.username()]);
      const pw = c.S(v.password().replace(/[@/:?#%'";\s\\]/g, ''), 'connection_string', 'conn');
      const host = r.pick(['db.prod.internal', 'pg-main.c9akciq32.eu-west-1.rds.amazonaws.com', 'mysql-1.orders.svc', 'cluster0.ab1cd.mongodb.net', 'cache.internal']);
      const forms = [
        () => `postgres://${user}:${pw}@${host}:5432/app?sslmode=require`,
        () => `postgresql://${user}:${pw}@[2001:db8::5]:5432/app`,
        () => `mysql://${user}:${pw}@${host}:3306/orders`,
        () => `mongodb+srv://${user}:${pw}@${host}/app?retryWrites=true&w=majority`,
        () => `redis://:${pw}@${host}:6379/0`,
        () => `rediss://default:${pw}@eu1-fancy-owl-12345.upstash.io:6379`,
        () => `amqps://${user}:${pw}@rabbit.example.com/vhost`,
        () => `${user}:${pw}@tcp(${host}:3306)/orders?parseTime=true&loc=UTC`,
        () => `${user}/${pw}@//${host}:1521/ORCLPDB1`,
        () => `sqlplus ${user}/${pw}@ORCL`,
        () => `Server=tcp:sql-${r.int(1, 9)}.database.windows.net,1433;Initial Catalog=app;User ID=${user};Password=${pw};Encrypt=True;`,
        () => `Server=${host};Database=app;Uid=${user};Pwd=${pw};`,
        () => `jdbc:postgresql://${host}:5432/app?user=${user}&password=${pw}&ssl=true`,
        () => `jdbc:mysql://${user}:${pw}@${host}:3306/app_db`,
        () => `mysql --user=${user} --password=${pw} --host=${host}`,
        () => `PGPASSWORD=${pw} psql -h ${host} -U ${user} -d app`,
        () => `smtp://${user}:${pw}@smtp.example.com:587`,
        () => `https://${user}:${pw}@registry.example.com/v2/`,
      ];
      const cs = r.pick(forms)();
      const shape = r.int(0, 3);
      if (shape === 0) return { format: 'text', record: `${neg.iso()} error: could not connect using ${cs}: ${c.K(neg.errCode())}` };
      if (shape === 1) return { format: 'object', record: { level: 50, msg: 'SequelizeConnectionError', err: { name: 'SequelizeConnectionRefusedError', message: `connect ECONNREFUSED (${cs})`, parent: { code: 'ECONNREFUSED' } } } };
      if (shape === 2) return { format: 'object', record: { level: 30, msg: 'datasource', datasource: { provider: 'postgresql', url: cs }, prismaVersion: c.K(neg.semver()) } };
      return { format: 'object', record: { level: 40, msg: `retrying connection (${cs})`, attempt: r.int(1, 5) } };
    },
  },
  {
    family: 'azure-storage',
    n: 25,
    make(c) {
      const { r, v } = c;
      const key = c.S(v.azureAccountKey(), 'api_key', 'azure_account_key');
      const cs = `DefaultEndpointsProtocol=https;AccountName=${c.K(`stacct${r.int(100, 999)}`)};AccountKey=${key};EndpointSuffix=core.windows.net`;
      if (r.chance(0.5)) return { format: 'text', record: `BlobServiceClient.fromConnectionString failed: RestError: Server failed to authenticate the request. (${cs})` };
      return { format: 'object', record: { level: 50, msg: 'blob upload failed', storage: { connection: cs, container: 'invoices' } } };
    },
  },
  {
    family: 'private-key-blocks',
    n: 50,
    make(c) {
      const { r, v } = c;
      const type = r.pick(['rsa', 'pkcs8', 'ec', 'openssh', 'enc', 'pgp']);
      const block = c.S(type === 'pgp' ? v.pgp() : v.pem(type), 'private_key', `pem_${type}`);
      const shape = r.int(0, 3);
      if (shape === 0) return { format: 'text', record: `failed to load signing key:\n${block}\nerror:1E08010C:DECODER routines::unsupported` };
      if (shape === 1) return { format: 'object', record: { level: 50, msg: 'tls setup failed', tls: { cert: c.K('-----BEGIN CERTIFICATE-----'), keyFile: c.K('/etc/ssl/private/server.key'), material: block } } };
      if (shape === 2) return { format: 'object', record: { level: 50, msg: `could not parse key: ${block}` } };
      return { format: 'object', record: { level: 20, msg: 'secret fetched', secret: { name: 'deploy-key', value: block, versionId: r.str(HEX, 32) } } };
    },
  },
  {
    family: 'jwk-private',
    n: 35,
    make(c) {
      const { r } = c;
      const kty = r.pick(['RSA', 'EC', 'OKP']);
      const kid = c.K(`key-${r.int(2024, 2026)}-${r.int(1, 12)}`);
      let jwk;
      if (kty === 'RSA') {
        jwk = { kty, kid, use: 'sig', alg: 'RS256', n: r.str(B64URL, 342), e: 'AQAB',
          d: c.S(r.str(B64URL, 342), 'private_key', 'jwk_d'), p: c.S(r.str(B64URL, 171), 'private_key', 'jwk_p'),
          q: r.str(B64URL, 171), dp: r.str(B64URL, 171), dq: r.str(B64URL, 171), qi: r.str(B64URL, 171) };
      } else if (kty === 'EC') {
        jwk = { kty, kid, crv: 'P-256', x: r.str(B64URL, 43), y: r.str(B64URL, 43), d: c.S(r.str(B64URL, 43), 'private_key', 'jwk_d') };
      } else {
        jwk = { kty, kid, crv: 'Ed25519', x: r.str(B64URL, 43), d: c.S(r.str(B64URL, 43), 'private_key', 'jwk_d') };
      }
      const shape = r.int(0, 2);
      if (shape === 0) return { format: 'object', record: { level: 30, msg: 'signing key loaded', jwk } };
      if (shape === 1) return { format: 'object', record: { level: 20, msg: 'jwks', keys: [jwk] } };
      return { format: 'object', record: { level: 20, msg: 'response body', body: JSON.stringify({ keys: [jwk] }) } };
    },
  },
  {
    family: 'cookies',
    n: 60,
    make(c) {
      const { r, v, neg } = c;
      const pool = [
        () => ['koa.sess', c.S(Buffer.from(JSON.stringify({ uid: r.int(1, 99999), t: r.str(HEX, 16) })).toString('base64'), 'cookie', 'koa_sess')],
        () => ['koa.sess.sig', c.S(r.str(B64URL, 27), 'cookie', 'koa_sig')],
        () => ['connect.sid', c.S(`s%3A${r.str(B64URL, 32)}.${r.str(B64, 43).replace(/\+/g, 'x').replace(/\//g, 'y')}`, 'cookie', 'connect_sid')],
        () => ['sid', c.S(r.str(HEX, 32), 'cookie', 'sid')],
        () => ['JSESSIONID', c.S(r.str('ABCDEF0123456789', 32), 'cookie', 'jsessionid')],
        () => ['_ga', c.S(`GA1.2.${r.int(1e8, 2e9)}.${r.int(1.6e9, 1.8e9)}`, 'cookie', 'ga')],
        () => ['csrftoken', c.S(r.str('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 32), 'cookie', 'csrf')],
        () => ['remember_me', c.S(r.str(B64URL, 40), 'cookie', 'remember')],
        () => ['__Host-auth', c.S(v.jwt(), 'cookie', 'jwt_cookie')],
        () => ['cart', c.S(`c_${r.str(HEX, 24)}`, 'cookie', 'cart')],
        () => ['ajs_user_id', c.S(`u_${r.str(HEX, 20)}`, 'cookie', 'ajs')],
        () => ['_gitlab_session', c.S(r.str('abcdefghijklmnopqrstuvwxyz0123456789', 32), 'cookie', 'gitlab_session')],
      ];
      const pairs = r.sample(pool, r.int(2, 5)).map((f) => f());
      const line = pairs.map(([k, val]) => `${k}=${val}`).join('; ');
      const shape = r.int(0, 3);
      if (shape === 0) return { format: 'text', record: `GET ${c.K('/account/orders')} HTTP/1.1\r\nHost: shop.example.com\r\nCookie: ${line}\r\nAccept: */*` };
      if (shape === 1) return { format: 'object', record: { level: 30, msg: `incoming request cookie: ${line}`, reqId: c.K(neg.uuid()) } };
      if (shape === 2) return { format: 'object', record: { level: 30, msg: 'request', req: { method: 'GET', url: '/account', headers: { host: 'shop.example.com', cookie: line } } } };
      return { format: 'object', record: { level: 30, msg: 'response', res: { statusCode: 200, headers: { 'set-cookie': pairs.map(([k, val]) => `${k}=${val}; Path=/; HttpOnly; Secure; SameSite=Lax`) } } } };
    },
  },
];
