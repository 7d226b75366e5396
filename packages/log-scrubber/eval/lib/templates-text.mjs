// Text shapes produced by console.log / util.inspect, git, OAuth redirects, presigned URLs and
// support-ticket prose (Presidio-style sentence templates turned into log lines).
import { A } from './values.mjs';

const { hex: HEX, b64url: B64URL } = A;

export const textTemplates = [
  {
    family: 'util-inspect-dumps',
    n: 60,
    make(c) {
      const { r, v, neg } = c;
      const shape = r.int(0, 2);
      if (shape === 0) {
        // console.log(process.env): util.inspect object literal with single-quoted strings
        const lines = [`  NODE_ENV: 'production'`, `  HOSTNAME: '${c.K(neg.hostname())}'`];
        const pool = [
          () => `  DB_PASS: '${c.S(v.password().replace(/'/g, ''), 'password', 'inspect_env')}'`,
          () => `  SMTP_PASSWORD: '${c.S(v.password().replace(/'/g, ''), 'password', 'inspect_env')}'`,
          () => `  JWT_SECRET: '${c.S(r.str(HEX, 64), 'other_secret', 'inspect_env')}'`,
          () => `  APP_KEYS: '${c.S(r.str(B64URL, 24), 'other_secret', 'inspect_env')},${c.S(r.str(B64URL, 24), 'other_secret', 'inspect_env')}'`,
          () => `  GH_TOKEN: '${c.S(v.vendor.github_pat(), 'api_key', 'github_pat')}'`,
          () => `  MYSQL_PWD: '${c.S(v.password().replace(/'/g, ''), 'password', 'inspect_env')}'`,
          () => `  SESSION_SECRET: '${c.S(r.str(B64URL, 32), 'other_secret', 'inspect_env')}'`,
        ];
        for (const f of r.sample(pool, r.int(2, 4))) lines.push(f());
        lines.push(`  npm_package_version: '${c.K(neg.semver())}'`);
        return { format: 'text', record: `{\n${lines.join(',\n')}\n}` };
      }
      if (shape === 1) {
        const pw = c.S(v.password().replace(/['\s]/g, ''), 'password', 'inspect_redis_args');
        return { format: 'text', record: `ReplyError: WRONGPASS invalid username-password pair or user is disabled.\n    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)\n    at parseType (/app/node_modules/redis-parser/lib/parser.js:302:14) {\n  command: { name: 'auth', args: [ 'default', '${pw}' ] }\n}` };
      }
      const em = c.S(v.email(), 'email', 'inspect_prisma');
      return { format: 'text', record: `PrismaClientKnownRequestError: \nInvalid \`prisma.user.create()\` invocation:\n\n  Unique constraint failed on the fields: (\`email\`)\n    at Zr.handleRequestError (/app/node_modules/@prisma/client/runtime/library.js:121:7749) {\n  code: '${c.K('P2002')}',\n  clientVersion: '5.${r.int(10, 22)}.0',\n  meta: { modelName: 'User', target: [ 'email' ] },\n  input: { email: '${em}' }\n}` };
    },
  },
  {
    family: 'git-remote-tokens',
    n: 35,
    make(c) {
      const { r, v } = c;
      const forms = [
        () => `https://x-access-token:${c.S(v.vendor.github_app(), 'api_key', 'github_app')}@github.com/acme/api.git`,
        () => `https://oauth2:${c.S(v.vendor.gitlab_pat(), 'api_key', 'gitlab_pat')}@gitlab.com/acme/api.git`,
        () => `https://${c.S(v.vendor.github_pat(), 'api_key', 'github_pat')}@github.com/acme/infra.git`,
        () => `https://ci-bot:${c.S(v.vendor.github_fine_grained(), 'api_key', 'github_fine_grained')}@github.com/acme/web.git`,
      ];
      const url = r.pick(forms)();
      if (r.chance(0.5)) return { format: 'text', record: `fatal: unable to access '${url}/': The requested URL returned error: 403` };
      return { format: 'object', record: { level: 50, msg: 'git clone failed', cmd: `git clone --depth 1 ${url} /tmp/build-${r.int(1000, 9999)}`, exitCode: 128 } };
    },
  },
  {
    family: 'urls-with-credentials',
    n: 60,
    make(c) {
      const { r, v, neg } = c;
      const forms = [
        () => `https://app.example.com/callback#access_token=${c.S(v.jwt(), 'token', 'fragment')}&token_type=Bearer&expires_in=3600&state=${r.str(HEX, 16)}`,
        () => `https://app.example.com/login?redirect_uri=${encodeURIComponent(`https://${c.S(v.username(), 'person_name', 'pct_userinfo_user')}:${c.S(v.password().replace(/[^A-Za-z0-9]/g, '') + 'Q9', 'password', 'pct_userinfo')}@partner.example.net/sso`)}`,
        () => `https://invoices-prod.s3.eu-central-1.amazonaws.com/2026/${c.K(neg.orderId().replace(/[#/]/g, ''))}.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${c.S(v.vendor.aws_access_key_id(), 'api_key', 'aws_key_id')}%2F20261202%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20261202T101112Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=${c.S(r.str(HEX, 64), 'other_secret', 'sigv4')}`,
        () => `https://maps.googleapis.com/maps/api/geocode/json?address=${c.S(encodeURIComponent(v.address()), 'address', 'query')}&key=${c.S(v.vendor.google_api(), 'api_key', 'google_api')}`,
        () => `https://api.example.com/v1/export?format=csv&access_token=${c.S(r.str(B64URL, 43), 'token', 'query_token')}`,
        () => `wss://realtime.example.com/socket?token=${c.S(v.jwt(), 'token', 'query_token')}&vsn=2.0.0`,
      ];
      const url = r.pick(forms)();
      if (r.chance(0.5)) return { format: 'text', record: `${neg.iso()} GET ${url} -> ${neg.status()}` };
      return { format: 'object', record: { level: 30, msg: 'outgoing request', url, durationMs: r.int(1, 900) } };
    },
  },
  {
    family: 'support-ticket-prose',
    n: 60,
    make(c) {
      const { r, v, neg } = c;
      const forms = [
        () => `My credit card ${c.S(v.card(true), 'card', 'prose')} has been charged twice, please refund`,
        () => `Could you email me the statement? My account is ${c.S(v.iban('grouped'), 'iban', 'prose')}`,
        () => `please call me back on ${c.S(v.nationalPhone(), 'phone', 'prose')}, I am available after 5pm`,
        () => `I moved, my new address is ${c.S(v.address(), 'address', 'prose')}`,
        () => `reach me at ${c.S(v.email(), 'email', 'prose')} or ${c.S(v.phone(), 'phone', 'prose')}`,
        () => `Need to change billing date of my card ${c.S(v.card(true), 'card', 'prose')}`,
        () => `wrong IBAN on invoice, correct one: ${c.S(v.iban('compact'), 'iban', 'prose')}`,
      ];
      const text = r.pick(forms)();
      const ticket = c.K(neg.orderId());
      if (r.chance(0.5)) return { format: 'object', record: { level: 30, msg: 'ticket created', ticket: { key: ticket, channel: 'email', subject: 'Help', body: text } } };
      return { format: 'text', record: `[helpdesk] ${ticket} new message: "${text}"` };
    },
  },
];
