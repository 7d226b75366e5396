// Collects labels and keeps while a family function composes one record, so a value is labelled at
// the exact place it is written and can never drift from the record text.
import * as V from './values.mjs';

export class Builder {
  constructor() { this.sensitive = []; this.keep = []; }
  s(kind, sub, value) { this.sensitive.push({ value, kind, sub }); return value; }
  k(value) { this.keep.push(String(value)); return value; }
  /** A setting/metric kept as its JSON fragment, so the check is about that field only. */
  kf(key, value) { this.keep.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`); return value; }
  name(sub) { const n = V.personName(); return this.s('person_name', sub ?? n.sub, n.value); }
  latinName() { return this.s('person_name', 'latin', `${V.firstName()} ${V.lastName()}`); }
  first() { return this.s('person_name', 'first_name', V.firstName()); }
  email(sub = 'plain') { return this.s('email', sub, V.email()); }
  phone() { const p = V.phone(); return this.s('phone', p.sub, p.value); }
  ip() { const p = V.ip(); return this.s('ip', p.sub, p.value); }
  ip4() { return this.s('ip', 'v4_public', V.publicV4()); }
  nid(sub) { const n = V.nationalId(sub); return this.s('national_id', n.sub, n.value); }
  iban(cc) { const n = V.iban(cc); return this.s('iban', n.sub, n.value); }
  card() { const c = V.card(); return this.s('card', c.sub, c.value); }
  addr() { const a = V.address(); return this.s('address', a.sub, a.value); }
  dob() { const d = V.dob(); return this.s('dob', d.sub, d.value); }
  geo(sub = 'latlng') { const g = V.geo(); this.s('geo', sub, g.lat); this.s('geo', sub, g.lng); return g; }
  home(sub = 'linux') { return this.s('home_path', sub, V.userHandle()); }
  pw(sub = 'field') { return this.s('password', sub, V.password()); }
  tok(sub) { const t = V.token(sub); return this.s('token', t.sub, t.value); }
  key(sub) { const t = V.apiKey(sub); return this.s('api_key', t.sub, t.value); }
  other(sub) { const t = V.otherSecret(sub); return this.s('other_secret', t.sub, t.value); }
  pem(kind) { const p = V.pem(kind); return this.s('private_key', p.sub, p.value); }
  connPw(sub) { return this.s('connection_string', sub, V.connPassword()); }
  cookie(sub, value) { return this.s('cookie', sub, value); }
  // common keeps
  ts() { return this.k(V.isoTs()); }
  trace() { return this.k(V.traceId()); }
  req() { return this.k(V.reqId()); }
  uuid() { return this.k(V.uuid()); }
  order(p) { return this.k(V.orderNo(p)); }
  ver() { return this.k(V.semver()); }
  host() { return this.k(V.svcHost()); }
  city() { return this.k(V.pick(V.CITIES)); }
}

export const COOKIE_VALUES = {
  connect_sid: () => `s%3A${V.b64url(32)}.${V.b64url(43)}`,
  jsessionid: () => V.hex(32).toUpperCase(),
  phpsessid: () => V.lowerNum(26),
  rails_session: () => `${V.b64(int40())}--${V.hex(40)}`,
  nextauth: () => `eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..${V.b64url(22)}.${V.b64url(120)}.${V.b64url(22)}`,
  ga: () => `GA1.1.${V.int(100000000, 999999999)}.${V.int(1700000000, 1790000000)}`,
  fbp: () => `fb.1.${V.int(1700000000000, 1790000000000)}.${V.int(100000000, 1999999999)}`,
  csrf: () => V.b64url(43),
  remember: () => `${V.int(10000, 99999999)}%7C${V.alnum(60)}`,
  cf_clearance: () => `${V.b64url(43)}-${V.int(1700000000, 1790000000)}-1.2.1.1-${V.b64url(60)}`,
  refresh_cookie: () => V.hex(64),
  ajs_user: () => `%22usr_${V.lowerNum(16)}%22`,
};
function int40() { return V.int(40, 90); }
