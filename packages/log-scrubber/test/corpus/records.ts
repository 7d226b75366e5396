// Labelled corpus: realistic Koa request and error log records with planted secrets and
// identifiers in every placement the scrubber must cover, plus hard negatives that must survive.
import { Values } from './values.js';

export interface LabelledRecord {
  readonly placement: string;
  readonly record: unknown;
  /** Must be absent from the output (removed). */
  readonly secrets: readonly string[];
  /** Must be absent from the output (pseudonymised). */
  readonly identifiers: readonly string[];
  /** Must be present verbatim in the output. */
  readonly negatives: readonly string[];
}

type Template = (v: Values, i: number) => LabelledRecord;

function stackOf(message: string, extraFrame = ''): string {
  return `Error: ${message}\n    at handler (/srv/app/src/routes/orders.js:42:11)${extraFrame}\n    at dispatch (/srv/app/node_modules/koa-compose/index.js:42:32)`;
}

const templates: Template[] = [
  // 1. pino-http style request record with every header a naive logger ships.
  (v, i) => {
    const jwt = v.jwt();
    const session = v.alnum(32);
    const apiKey = v.alnum(40);
    const ip = v.ipv4();
    const reqId = v.uuid();
    const ua = v.userAgent();
    return {
      placement: 'request headers',
      record: {
        reqId,
        req: {
          method: 'GET',
          url: `/api/v2/orders/${1000 + i}`,
          headers: { host: 'api.example.com', 'user-agent': ua, authorization: `Bearer ${jwt}`, cookie: `koa.sess=${session}; theme=dark`, 'x-api-key': apiKey, 'x-forwarded-for': ip },
          remoteAddress: ip,
        },
        res: { statusCode: 200 },
        responseTime: v.int(1, 900),
        msg: 'request completed',
      },
      secrets: [jwt, session, apiKey],
      identifiers: [ip],
      negatives: [reqId, ua, `/api/v2/orders/${1000 + i}`, 'api.example.com'],
    };
  },
  // 2. Query strings with credentials and identifiers (OAuth callback, reset link, search).
  (v, i) => {
    const code = v.b64url(22);
    const token = v.alnum(28);
    const email = v.email(i);
    const state = v.uuid();
    return {
      placement: 'url query string',
      record: {
        req: { method: 'GET', url: `/oauth/callback?code=${code}&session_state=${state}&scope=openid`, query: { page: '2' } },
        link: `https://app.example.com/reset?token=${token}&email=${encodeURIComponent(email)}&lang=en`,
        msg: 'callback received',
      },
      secrets: [code, token],
      identifiers: [email, encodeURIComponent(email)],
      negatives: ['scope=openid', 'lang=en', 'https://app.example.com/reset'],
    };
  },
  // 3. Error with PII in message and stack, and an error code that must stay.
  (v, i) => {
    const email = v.email(i);
    const ip = v.ipv4();
    const pw = v.password();
    const message = `login failed for ${email} from ${ip} (password=${pw})`;
    const version = v.semver();
    return {
      placement: 'error message and stack',
      record: {
        level: 50,
        err: { type: 'AuthError', message, stack: stackOf(message), code: 'ERR_AUTH_FAILED' },
        service: { name: 'auth', version },
        msg: message,
      },
      secrets: [pw],
      identifiers: [email, ip],
      negatives: ['ERR_AUTH_FAILED', version, '/srv/app/src/routes/orders.js:42:11'],
    };
  },
  // 4. Request body logged as a JSON string (typical "log the payload" bug).
  (v, i) => {
    const pw = v.password();
    const email = v.email(i);
    const phone = v.phoneIntl();
    const name = v.fullName();
    const price = v.price();
    return {
      placement: 'JSON string in a field',
      record: {
        msg: 'signup payload',
        body: JSON.stringify({ email, password: pw, phone, fullName: name, plan: 'pro', total: price }),
      },
      secrets: [pw],
      identifiers: [email, phone, name],
      negatives: [price, '\\"plan\\":\\"pro\\"'],
    };
  },
  // 5. JSON encoded twice (a message that was already a JSON log line, re-logged).
  (v, i) => {
    const token = v.alnum(30);
    const email = v.email(i);
    const ts = v.isoTime();
    return {
      placement: 'double-encoded JSON',
      record: { upstream: JSON.stringify(JSON.stringify({ time: ts, refresh_token: token, user: { email } })), msg: 'upstream log relayed' },
      secrets: [token],
      identifiers: [email],
      negatives: [ts],
    };
  },
  // 6. Maps keyed by identifiers (rate-limit counters, per-user stats).
  (v, i) => {
    const email = v.email(i);
    const ip = v.ipv4();
    const ip6 = v.ipv6();
    return {
      placement: 'object keys',
      record: { msg: 'rate limit snapshot', attemptsBy: { [email]: v.int(1, 9) }, blocked: { [ip]: true, [ip6]: false }, window: '15m' },
      secrets: [],
      identifiers: [email, ip, ip6],
      negatives: ['rate limit snapshot', '15m'],
    };
  },
  // 7. Numbers that are personal: phone by field name, card by checksum.
  (v) => {
    const card = v.card().replace(/\D/g, '');
    const phone = `${v.int(201, 989)}${v.int(200, 999)}${v.int(1000, 9999)}`;
    const order = v.nonLuhn16();
    return {
      placement: 'numbers',
      record: { msg: 'payment captured', payment: { pan: Number(card), amountCents: v.int(100, 99999) }, contact: { mobile: Number(phone) }, orderNumber: Number(order), storedCard: Number(card) },
      secrets: [],
      identifiers: [card, phone],
      negatives: [order],
    };
  },
  // 8. Connection strings and cloud credentials in config dumps.
  (v) => {
    const dbPass = v.alnum(16);
    const key = v.cloudKey();
    const sha = v.hex(40);
    return {
      placement: 'config dump',
      record: {
        msg: `config loaded (commit ${sha})`,
        config: { databaseUrl: `postgres://app:${dbPass}@db.internal:5432/orders`, notes: `deploy key ${key} rotated`, region: 'eu-west-1' },
      },
      secrets: [dbPass, key],
      identifiers: [],
      negatives: [sha, 'db.internal:5432/orders', 'eu-west-1'],
    };
  },
  // 9. PEM private key pasted into an error.
  (v) => {
    const body = v.b64url(64);
    const pem = `-----BEGIN RSA PRIVATE KEY-----\nMIIEow${body}\n${v.b64url(64)}\n-----END RSA PRIVATE KEY-----`;
    return {
      placement: 'PEM private key',
      record: { level: 50, err: { type: 'Error', message: `cannot parse key: ${pem}`, stack: stackOf('cannot parse key') }, msg: 'tls setup failed' },
      secrets: [body],
      identifiers: [],
      negatives: ['tls setup failed', 'cannot parse key'],
    };
  },
  // 10. Payment and identity data in a message string.
  (v) => {
    const card = v.card();
    const iban = v.iban();
    const ssn = v.ssn();
    const order = v.nonLuhn16();
    const price = v.price();
    return {
      placement: 'msg with financial identifiers',
      record: { msg: `refund of ${price} to card ${card} or IBAN ${iban}; KYC ssn ${ssn}; order ${order}` },
      secrets: [],
      identifiers: [card, iban, ssn],
      negatives: [price, order],
    };
  },
  // 11. Customer profile fields (name, address, dob, phone) logged structurally.
  (v, i) => {
    const first = v.firstName();
    const last = v.lastName();
    const street = v.street();
    const dob = v.dob();
    const phone = v.phoneNanp();
    const id = v.uuid();
    return {
      placement: 'profile fields',
      record: {
        msg: 'profile updated',
        customer: { id, firstName: first, last_name: last, dateOfBirth: dob, shippingAddress: { street, postcode: `SW1A ${v.int(1, 9)}AA` }, phone, tier: 'gold' },
        changedFields: ['phone', 'shippingAddress'],
        seq: i,
      },
      secrets: [],
      identifiers: [`"${first}"`, `"${last}"`, dob, street, phone],
      negatives: [id, 'gold', 'profile updated'],
    };
  },
  // 12. IPv6, v4-mapped and proxy chains; Basic auth; prose that must stay.
  (v) => {
    const ip6 = v.ipv6();
    const v4 = v.ipv4();
    const user = v.alnum(8);
    const pass = v.alnum(12);
    const basic = Buffer.from(`${user}:${pass}`).toString('base64');
    return {
      placement: 'ipv6, proxies and basic auth',
      record: {
        msg: 'password reset email sent',
        req: { headers: { 'x-forwarded-for': `${ip6}, ::ffff:${v4}`, authorization: `Basic ${basic}` } },
        note: `upstream said: Authorization: Basic ${basic}`,
      },
      secrets: [basic],
      identifiers: [ip6, v4],
      negatives: ['password reset email sent'],
    };
  },
  // 13. Harder shapes: brackets, ports, mailto, dotted phones, presigned URLs, Set-Cookie arrays.
  (v, i) => {
    const email = v.email(i).toUpperCase();
    const ip = v.ipv4();
    const ip6 = v.ipv6();
    const phone = `${v.int(201, 989)}.${v.int(200, 999)}.${v.int(1000, 9999)}`;
    const sig = v.hex(64);
    const cookie = v.alnum(24);
    const reqId = `req-${v.hex(12)}`;
    return {
      placement: 'harder shapes',
      record: {
        reqId,
        msg: `mail to <${email}> bounced; callback http://${ip}:8080/hook and [${ip6}]:443 failed after 12.5ms (HTTP/1.1)`,
        download: `https://bucket.s3.amazonaws.com/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=${sig}&X-Amz-Expires=300`,
        res: { headers: { 'set-cookie': [`sid=${cookie}; HttpOnly; Secure`, 'theme=dark'] } },
        contact: `mailto:${email.toLowerCase()}?subject=hi or phone ${phone}`,
      },
      secrets: [sig, cookie],
      identifiers: [email, email.toLowerCase(), ip, ip6, phone],
      negatives: [reqId, '12.5ms', 'HTTP/1.1', 'X-Amz-Expires=300', 'report.pdf'],
    };
  },
  // 14. An app's own error objects with nested causes and request context.
  (v, i) => {
    const email = v.email(i);
    const token = v.jwt();
    const ip = v.ipv4();
    const iso = v.isoTime();
    const semver = v.semver();
    return {
      placement: 'nested error causes',
      record: {
        level: 50,
        time: 1763770424000 + i,
        err: {
          type: 'UpstreamError',
          message: 'payment provider rejected the request',
          cause: { type: 'HTTPError', message: `401 for ${email}`, response: { headers: { 'www-authenticate': 'Bearer error="invalid_token"' }, body: `{"token":"${token}","at":"${iso}"}` } },
        },
        ctx: { clientIp: ip, sdk: `stripe-node/${semver}` },
        msg: 'checkout failed',
      },
      secrets: [token],
      identifiers: [email, ip],
      negatives: [iso, `stripe-node/${semver}`, 'payment provider rejected the request', 'invalid_token', String(1763770424000 + i)],
    };
  },
  // 15. Shapes found in the adversarial review: key/value tuples, rawHeaders, percent-encoded and
  // base64 bodies, one-time codes, IDN and quoted emails, person objects, dotted cards.
  (v, i) => {
    const password = v.password();
    const otp = String(v.int(100000, 999999));
    const csrf = v.alnum(24);
    const cookie = v.alnum(28);
    const formSecret = v.alnum(18);
    const b64Secret = v.alnum(20);
    const digest = v.hex(32);
    const first = v.firstName();
    const last = v.lastName();
    const idn = `${first.toLowerCase()}${i}@bücher.de`;
    const quoted = `"${first.toLowerCase()} ${last.toLowerCase()}"@example.org`;
    const card = v.card().replace(/\D/g, '');
    const dotted = card.length === 16 ? card.replace(/(\d{4})(?=\d)/g, '$1.') : card;
    const reqId = v.uuid();
    const sku = `SKU-${1000 + i}`;
    return {
      placement: 'pairs, encodings and one-time codes',
      record: {
        reqId,
        params: [['password', password], ['page', '2']],
        rawHeaders: ['Host', 'api.example.com', 'Cookie', `sid=${cookie}`, 'Accept', 'application/json'],
        body: `user%3Dann%26password%3D${formSecret}`,
        state: Buffer.from(JSON.stringify({ returnTo: '/cart', access_token: b64Secret })).toString('base64'),
        mfa: { otpCode: otp, _csrf: csrf },
        upstream: `Authorization: Digest username="api", response="${digest}"`,
        customer: { name: `${first} ${last}`, email: idn },
        product: { name: sku },
        msg: `contact ${quoted} paid with ${dotted}`,
      },
      secrets: [password, otp, csrf, cookie, formSecret, b64Secret, digest],
      identifiers: [`${first} ${last}`, idn, quoted, dotted],
      negatives: [reqId, sku, 'api.example.com', 'application/json', '["page","2"]'],
    };
  },
];

/** 180 records: every template 12 times with fresh values. */
export function buildCorpus(): LabelledRecord[] {
  const v = new Values(20261122);
  const out: LabelledRecord[] = [];
  for (let round = 0; round < 12; round++) {
    templates.forEach((template, t) => out.push(template(v, round * templates.length + t)));
  }
  return out;
}
