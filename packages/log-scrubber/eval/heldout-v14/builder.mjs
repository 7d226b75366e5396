// Record builder: every planted sensitive value and keep goes through here so the labels always
// match the text that was written.
import * as V from './values.mjs';

const script = (s) => /[\u4e00-\u9fff\u3040-\u30ff]/.test(s) ? 'cjk' : /[\uac00-\ud7af]/.test(s) ? 'hangul' : /[\u0400-\u04ff]/.test(s) ? 'cyrillic'
  : /[\u0370-\u03ff]/.test(s) ? 'greek' : /[\u0600-\u06ff]/.test(s) ? 'arabic' : /[\u0590-\u05ff]/.test(s) ? 'hebrew' : /[\u0900-\u097f]/.test(s) ? 'devanagari' : 'latin';

export class B {
  constructor() { this.sensitive = []; this.keep = []; this.maps = []; }
  s(value, kind, sub) { if (!this.sensitive.some((x) => x.value === value && x.kind === kind)) this.sensitive.push({ value, kind, sub }); return value; }
  k(value) { if (!this.keep.includes(value)) this.keep.push(value); return value; }
  map(...path) { this.maps.push(path); }
  // personal data
  name(n = V.name()) { return this.s(n, 'person_name', script(n)); }
  latin() { return this.name(V.latinName()); }
  email(n) { return this.s(V.email(n), 'email', 'plain'); }
  phone() { const [v, sub] = V.phone(); return this.s(v, 'phone', sub); }
  ip() { return this.s(V.ipv4(), 'ip', 'v4'); }
  ip6() { return this.s(V.ipv6(), 'ip', 'v6'); }
  anyIp() { return V.chance(0.3) ? this.ip6() : this.ip(); }
  nid(sub) { const s = sub ?? V.pick(Object.keys(V.ID)); return this.s(V.ID[s](), 'national_id', s); }
  iban() { const [v, sub] = V.iban(); return this.s(v, 'iban', sub); }
  card() { const [v, sub] = V.card(); return this.s(v, 'card', sub); }
  addr() { const [v, sub] = V.address(); return this.s(v, 'address', sub); }
  dob() { const [v, sub] = V.dob(); return this.s(v, 'dob', sub); }
  geo() { const [a, b] = V.geo(); this.s(a, 'geo', 'lat'); this.s(b, 'geo', 'lng'); return [a, b]; }
  user(sub = 'linux') { return this.s(V.userName(), 'home_path', sub); }
  // secrets
  pw(sub = 'plain', v = V.password()) { return this.s(v, 'password', sub); }
  tok() { const [v, sub] = V.token(); return this.s(v, 'token', sub); }
  jwt(claims) { return this.s(V.jwt(claims), 'token', 'jwt'); }
  key() { const [v, sub] = V.apiKey(); return this.s(v, 'api_key', sub); }
  pk() { const [v, sub] = V.privateKey(); return this.s(v, 'private_key', sub); }
  conn(sub, v = V.urlPassword()) { return this.s(v, 'connection_string', sub); }
  cookie(sub, v) { return this.s(v, 'cookie', sub); }
  sec() { const [v, sub] = V.otherSecret(); return this.s(v, 'other_secret', sub); }
  other(sub, v) { return this.s(v, 'other_secret', sub); }
  otp() { return this.s(V.otp(), 'other_secret', 'otp'); }
  // keeps
  rid() { return this.k(V.reqId()); }
  uuid() { return this.k(V.uuid()); }
  trace() { return this.k(V.traceId()); }
  order() { return this.k(V.orderNo()); }
  ticket() { return this.k(V.ticket()); }
  ts() { return this.k(V.iso()); }
  ver() { return this.k(V.semver()); }
  host() { return this.k(V.svcHost()); }
  ec() { return this.k(V.errCode()); }
  url() { return this.k(V.publicUrl()); }
  set() { return this.k(V.setting()); }
  sha() { return this.k(V.sha()); }
  city() { return this.k(V.city()); }
  dur() { return this.k(V.ms()); }
}
