// Per-record label collector: every factory call both returns the value and records its label, so a
// value can only be labelled if it was really placed (validate.mjs checks it occurs).
import * as V from './values.mjs';

export function makeContext() {
  const sensitive = []; const keep = []; const maps = [];
  const s = (value, kind, sub) => { sensitive.push({ value: String(value), kind, sub }); return value; };
  const c = {
    sensitive, keep, maps, V,
    s, map: (...path) => maps.push(path),
    k: (value) => { keep.push(String(value)); return value; },
    kf: (key, val) => { keep.push(`${JSON.stringify(key)}:${JSON.stringify(val)}`); return val; },
    name: (sub = 'full') => { const p = V.person(); s(p.full, 'person_name', sub); return p; },
    first: (p, sub = 'first_name') => s(p.first, 'person_name', sub),
    last: (p, sub = 'last_name') => s(p.last, 'person_name', sub),
    nl: (sub = 'non_latin') => s(V.nonLatinName(), 'person_name', sub),
    mail: (p = V.person(), sub = 'personal') => s(V.email(p), 'email', sub),
    wmail: (p = V.person(), sub = 'work') => s(V.workEmail(p), 'email', sub),
    tel: (style, sub) => { const v = V.phone(style); return s(v, 'phone', sub ?? style ?? 'mixed'); },
    ip: (sub = 'ipv4') => s(V.ipv4(), 'ip', sub),
    ip6: (sub = 'ipv6') => s(V.ipv6(), 'ip', sub),
    card: (sub = 'pan', style, brand) => { const x = V.card(brand); c.last4 = x.last4; return s(V.fmtCard(x.num, style), 'card', sub); },
    iban: (cc, spaced = V.chance(0.4), sub) => { const v = V.iban(cc); return s(spaced ? V.fmtIban(v) : v, 'iban', sub ?? v.slice(0, 2).toLowerCase()); },
    nid: (type) => { const x = V.nationalId(type); return s(x.value, 'national_id', x.sub); },
    addr: (sub) => { const a = V.address(); s(a.value, 'address', sub ?? a.sub); return a; },
    dob: (fmt = 'iso', sub) => { const d = V.dob(); return s(d[fmt], 'dob', sub ?? fmt); },
    geo: (sub = 'latlng') => { const g = V.geo(); s(String(g.lat), 'geo', sub); s(String(g.lng), 'geo', sub); return g; },
    home: (user, sub = 'linux') => s(user, 'home_path', sub),
    pw: (sub = 'field') => s(V.password(), 'password', sub),
    tok: (sub) => { const t = V.token(); return s(t.value, 'token', sub ?? t.sub); },
    jwt: (sub = 'jwt', claims) => s(V.jwt(claims), 'token', sub),
    key: (sub) => { const t = V.apiKey(); return s(t.value, 'api_key', sub ?? t.sub); },
    sec: (sub) => { const t = V.otherSecret(); return s(t.value, 'other_secret', sub ?? t.sub); },
    priv: (kind, sub) => { const t = kind === 'pgp' ? V.pgpPrivate() : V.pem(kind); return s(t.value, 'private_key', sub ?? t.sub); },
    cpw: (sub = 'url') => s(V.alnum(V.int(12, 22)), 'connection_string', sub),
    ck: (value, sub = 'session') => s(value, 'cookie', sub),
  };
  return c;
}
