// Per-record labelling context: every planted sensitive value goes through L(), every hard
// negative through K()/KF(), so labels are recorded at the moment a value is placed.
import * as v from './values.mjs';

export function tokenSub(t) {
  const table = [['github_pat_', 'github_fine_grained'], ['ghp_', 'github_classic'], ['eyJ', 'jwt'], ['xoxb-', 'slack_bot'], ['glpat-', 'gitlab_pat'], ['hf_', 'huggingface'], ['npm_', 'npm'], ['ya29.', 'google_oauth'], ['dop_v1_', 'digitalocean']];
  return (table.find(([p]) => t.startsWith(p)) ?? ['', 'opaque'])[1];
}
export function apiKeySub(k) {
  const table = [['AKIA', 'aws_access_key'], ['sk-proj-', 'openai'], ['sk-ant-', 'anthropic'], ['sk_live_', 'stripe'], ['AIza', 'google_api'], ['SG.', 'sendgrid'], ['dapi', 'databricks'], ['pcsk_', 'pinecone'], ['xai-', 'xai'], ['gsk_', 'groq']];
  return (table.find(([p]) => k.startsWith(p)) ?? ['', 'vendor'])[1];
}

export function makeCtx() {
  const sensitive = [];
  const keep = [];
  const L = (kind, sub, value) => { sensitive.push({ value: String(value), kind, sub }); return value; };
  const K = (value) => { if (!keep.includes(value)) keep.push(value); return value; };
  const KF = (key, val) => K(`${JSON.stringify(key)}:${JSON.stringify(val)}`) && val;
  return {
    sensitive, keep, L, K, KF,
    pw: (sub = 'field') => L('password', sub, v.password()),
    phrase: (sub = 'passphrase') => L('password', sub, v.passphrase()),
    tok: (sub) => { const t = v.token(); return L('token', sub ?? tokenSub(t), t); },
    jwt: (sub = 'jwt') => L('token', sub, v.jwt()),
    key: (sub) => { const k = v.apiKey(); return L('api_key', sub ?? apiKeySub(k), k); },
    wandb: () => L('api_key', 'wandb', v.wandbKey()),
    akid: () => L('api_key', 'aws_access_key', `AKIA${v.str(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`),
    awsSecret: () => L('other_secret', 'aws_secret_key', v.awsSecret()),
    pk: (sub = 'pem', kind) => L('private_key', sub, v.pem(kind)),
    cs: (sub) => L('connection_string', sub, v.str(v.int(14, 24), 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789') + v.pick(['', '9', 'Q'])),
    ck: (sub = 'session') => L('cookie', sub, v.sessionCookie()),
    os: () => { const o = v.otherSecret(); return L('other_secret', o.sub, o.v); },
    otp: (sub = 'otp') => L('other_secret', sub, v.otp()),
    sig: (sub = 'url_signature') => L('other_secret', sub, v.awsSig()),
    name: (sub = 'full') => L('person_name', sub, v.fullName()),
    latin: (sub = 'full') => L('person_name', sub, v.latinName()),
    email: (sub = 'plain', name) => L('email', sub, v.email(name)),
    phone: (sub = 'intl') => L('phone', sub, v.phone()),
    ip4: (sub = 'v4') => L('ip', sub, v.ipv4()),
    ipPub: (sub = 'v4_public') => L('ip', sub, v.ipPublic()),
    ipPriv: (sub = 'v4_private') => L('ip', sub, v.ipPrivate()),
    ip6: (sub = 'v6') => L('ip', sub, v.ipv6()),
    nid: () => { const n = v.nationalId(); return L('national_id', n.sub, n.v); },
    nidOf: (sub, fn) => L('national_id', sub, fn()),
    iban: (sub = 'iban') => L('iban', sub, v.iban()),
    card: (sub = 'pan') => L('card', sub, v.card()),
    addr: (sub = 'street') => L('address', sub, v.address()),
    dob: (sub = 'dob') => L('dob', sub, v.dob()),
    geo: (sub = 'latlng') => v.geo().map((x) => L('geo', sub, x)),
    home: (sub = 'home_dir') => L('home_path', sub, v.username()),
  };
}
