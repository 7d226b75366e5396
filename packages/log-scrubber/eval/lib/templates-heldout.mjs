// Template families that appear ONLY in the held-out half. Real logs carry kinds that no list named;
// these measure whether the detectors generalise beyond what the development half shows.
import { A } from './values.mjs';

const { b64: B64, base32: BASE32 } = A;

export const heldoutTemplates = [
  {
    family: 'ho-rule-set-vendors',
    heldoutOnly: true,
    n: 60,
    make(c) {
      const { r, v, neg } = c;
      const sub = r.pick(Object.keys(v.vendorHeldout));
      const key = c.S(v.vendorHeldout[sub](), 'api_key', sub);
      const forms = [
        () => ({ format: 'text', record: `${neg.iso()} deploy step used ${key} (exit 0)` }),
        () => ({ format: 'object', record: { level: 30, msg: 'ci variables', vars: [{ name: 'DEPLOY_CRED', value: key }, { name: 'REGION', value: 'eu-west-1' }] } }),
        () => ({ format: 'object', record: { level: 40, msg: `upstream 401 for ${key}`, upstream: c.K(neg.hostname()) } }),
        () => ({ format: 'object', record: { level: 30, msg: 'args', argv: ['node', 'sync.js', key] } }),
      ];
      return r.pick(forms)();
    },
  },
  {
    family: 'ho-windows-home',
    heldoutOnly: true,
    n: 25,
    make(c) {
      const { r, v } = c;
      const u = c.S(v.homeUser(), 'home_path', 'windows');
      const p = r.pick([`C:\\Users\\${u}\\AppData\\Roaming\\npm-cache\\_logs\\debug.log`, `C:\\Users\\${u}\\source\\repos\\api\\src\\index.ts:12:7`, `/var/home/${u}/src/api/index.js:3:1`, `file:///C:/Users/${u}/OneDrive/api/node_modules/openai/dist/index.js:1:588`]);
      if (r.chance(0.5)) return { format: 'text', record: `Error: EPERM: operation not permitted, open '${p}'` };
      return { format: 'object', record: { level: 50, msg: 'crash', err: { type: 'Error', message: 'EPERM', path: p } } };
    },
  },
  {
    family: 'ho-curl-commands',
    heldoutOnly: true,
    n: 30,
    make(c) {
      const { r, v } = c;
      const forms = [
        () => `curl -u admin:${c.S(v.password().replace(/[\s'"]/g, ''), 'password', 'curl_user')} https://jenkins.example.com/api/json`,
        () => `curl -H "X-Api-Key: ${c.S(r.str('abcdefghijklmnopqrstuvwxyz0123456789', 36), 'api_key', 'curl_header')}" https://api.example.com/v1/things`,
        () => `curl --header 'Authorization: Token ${c.S(r.str('0123456789abcdef', 40), 'token', 'curl_token')}' https://api.example.com/`,
        () => `wget --password=${c.S(v.password().replace(/[\s'"]/g, ''), 'password', 'wget')} --user=ci https://repo.example.com/artifact.tgz`,
      ];
      return { format: 'text', record: `+ ${r.pick(forms)()}` };
    },
  },
  {
    family: 'ho-registry-auth',
    heldoutOnly: true,
    n: 25,
    make(c) {
      const { r, v } = c;
      if (r.chance(0.5)) {
        const auth = c.S(Buffer.from(`${v.username()}:${v.password()}`).toString('base64'), 'password', 'docker_auth');
        return { format: 'object', record: { level: 20, msg: 'docker config', config: { auths: { 'registry.example.com': { auth } } } } };
      }
      const lit = c.S(v.password().replace(/[\s'"]/g, ''), 'password', 'kubectl_literal');
      return { format: 'text', record: `kubectl create secret generic db-creds --from-literal=username=app --from-literal=password=${lit}` };
    },
  },
  {
    family: 'ho-mail-headers',
    heldoutOnly: true,
    n: 30,
    make(c) {
      const { r, v } = c;
      const nm = c.S(v.fullName(), 'person_name', 'mail_header');
      const em = c.S(v.email(), 'email', 'mail_header');
      return { format: 'text', record: `${r.pick(['From', 'To', 'Reply-To'])}: "${nm}" <${em}>\nSubject: Your order has shipped\nX-Mailer: nodemailer (6.9.${r.int(1, 15)})` };
    },
  },
  {
    family: 'ho-other-national-ids',
    heldoutOnly: true,
    n: 30,
    make(c) {
      const { r, v } = c;
      const [sub, val, word] = r.pick([['nl_bsn', v.bsn(), 'BSN'], ['pl_pesel', v.pesel(), 'PESEL']]);
      c.S(val, 'national_id', sub);
      if (r.chance(0.5)) return { format: 'text', record: `identity check: ${word} ${val} matched` };
      return { format: 'object', record: { level: 30, msg: 'citizen lookup', citizen: { [word.toLowerCase()]: val } } };
    },
  },
  {
    family: 'ho-otpauth',
    heldoutOnly: true,
    n: 20,
    make(c) {
      const { r, v } = c;
      const em = c.S(v.email(), 'email', 'otpauth');
      const secret = c.S(r.str(BASE32, 32), 'other_secret', 'totp_seed');
      return { format: 'object', record: { level: 20, msg: 'mfa enrolment', uri: `otpauth://totp/Acme:${em}?secret=${secret}&issuer=Acme&algorithm=SHA1&digits=6&period=30` } };
    },
  },
  {
    family: 'ho-graphql-inline',
    heldoutOnly: true,
    n: 25,
    make(c) {
      const { r, v } = c;
      const em = c.S(v.email(), 'email', 'graphql');
      const pw = c.S(v.password().replace(/["\\\s]/g, ''), 'password', 'graphql');
      return { format: 'object', record: { level: 30, msg: 'graphql', operationName: 'Login', query: `mutation Login { login(email: "${em}", password: "${pw}") { token expiresAt } }`, durationMs: r.int(1, 400) } };
    },
  },
  {
    family: 'ho-dob-prose',
    heldoutOnly: true,
    n: 20,
    make(c) {
      const { r, v } = c;
      const d = c.S(v.dob(), 'dob', 'prose_other');
      return { format: 'text', record: r.pick([`Kunde geb. ${d}, Vertrag verlängert`, `née le ${d} à Lyon`, `birthday: ${d}`, `b. ${d}; member since 2019`]) };
    },
  },
  {
    family: 'ho-names-prose',
    heldoutOnly: true,
    n: 25,
    make(c) {
      const { r, v, neg } = c;
      const nm = c.S(v.fullName(), 'person_name', 'prose');
      return { format: 'text', record: r.pick([
        `ticket ${c.K(neg.orderId())} assigned to ${nm}`,
        `approved by: ${nm}`,
        `Dear ${nm}, your password was changed`,
        `shipment handed to ${nm} at front desk`,
      ]) };
    },
  },
  {
    family: 'ho-session-dump',
    heldoutOnly: true,
    n: 25,
    make(c) {
      const { r, v } = c;
      const sess = c.S(r.str(B64.replace(/[+/]/g, ''), 48), 'token', 'opaque_session');
      const em = c.S(v.email(), 'email', 'session_store');
      return { format: 'object', record: { level: 20, msg: 'session store', key: `sess:${sess}`, value: JSON.stringify({ cookie: { originalMaxAge: 86400000, httpOnly: true }, passport: { user: em } }) } };
    },
  },
  {
    family: 'ho-redis-monitor',
    heldoutOnly: true,
    n: 20,
    make(c) {
      const { r, v } = c;
      const ip = c.S(v.ipv4(), 'ip', 'redis_monitor');
      const pw = c.S(v.password().replace(/["\s]/g, ''), 'password', 'redis_monitor');
      return { format: 'text', record: `${r.int(1733000000, 1799999999)}.${r.int(100000, 999999)} [0 ${ip}:${r.int(1024, 65535)}] "AUTH" "default" "${pw}"` };
    },
  },
  {
    family: 'ho-webhook-signatures',
    heldoutOnly: true,
    n: 20,
    make(c) {
      const { r } = c;
      const sig = c.S(r.str('0123456789abcdef', 64), 'other_secret', 'stripe_signature');
      if (r.chance(0.5)) return { format: 'text', record: `webhook rejected: Stripe-Signature: t=${r.int(1733000000, 1799999999)},v1=${sig} (tolerance 300s)` };
      return { format: 'text', record: `X-Hub-Signature-256: sha256=${sig} did not verify for delivery ${r.str('0123456789abcdef', 8)}-${r.str('0123456789abcdef', 4)}` };
    },
  },
];
