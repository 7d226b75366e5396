// Labelling helpers shared by the family modules: each one draws a value, records its label and returns it.
import * as V from './values.mjs';

export function draft(family, format) {
  const r = { family, format, sensitive: [], keep: [] };
  r.s = (kind, sub, value) => { r.sensitive.push({ value: String(value), kind, sub }); return value; };
  r.k = (value) => { r.keep.push(String(value)); return value; };
  // Numbers and settings under secret-sounding keys are kept as a JSON fragment with their key.
  r.kf = (key, value) => { r.keep.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`); return value; };
  return r;
}
export const sName = (r, p, sub = 'full') => r.s('person_name', sub, p.full);
export const sEmail = (r, p = V.person(), sub = 'plain') => r.s('email', sub, V.email(p));
export const sWorkEmail = (r, p = V.person(), sub = 'work') => r.s('email', sub, V.workEmail(p));
export const sPhone = (r, lang = V.pick(V.LANGS)) => r.s('phone', V.LANG_CC[lang], V.phone(V.LANG_CC[lang]));
export const sIp = (r, sub = 'v4') => r.s('ip', sub, sub === 'v6' ? V.ipv6() : V.ipv4());
export const sNid = (r, lang = V.pick(V.LANGS)) => { const { sub, value } = V.nationalId(lang); return r.s('national_id', sub, value); };
export const sIban = (r, cc) => { const { cc: c, value } = V.iban(cc); return r.s('iban', c.toLowerCase(), value); };
export const sCard = (r, brand) => { const c = V.card(brand); r.s('card', c.brand, c.value); return c; };
export const sAddr = (r, lang = V.pick(V.LANGS)) => r.s('address', lang, V.address(lang));
export const sDob = (r, style) => r.s('dob', 'date', V.dob(style));
export const sGeo = (r, sub = 'latlng') => { const g = V.latlng(); r.s('geo', sub, g.lat); r.s('geo', sub, g.lng); return g; };
export const sPw = (r, sub = 'field', style) => r.s('password', sub, V.password(style));
export const sTok = (r, kind) => { const t = V.token(kind); return r.s('token', t.sub, t.value); };
export const sKey = (r, kind) => { const t = V.apiKey(kind); return r.s('api_key', t.sub, t.value); };
export const sOther = (r, kind) => { const t = V.otherSecret(kind); return r.s('other_secret', t.sub, t.value); };
export const sPk = (r, kind) => { const t = V.privateKey(kind); return r.s('private_key', t.sub, t.value); };
export const sConn = (r, sub) => r.s('connection_string', sub, V.connPassword());
export const sCookie = (r, sub, value) => r.s('cookie', sub, value);
/** Home directory path; only the user segment is labelled. */
export function sHome(r, style = V.int(0, 2), p = V.person()) {
  const u = r.s('home_path', ['linux', 'macos', 'windows'][style], V.homeUser(p));
  return style === 0 ? `/home/${u}` : style === 1 ? `/Users/${u}` : `C:\\Users\\${u}`;
}
/** A connection URL of the given scheme: password labelled, host and database kept. */
export function connUrl(r, scheme = V.pick(['postgres', 'postgresql', 'mysql', 'mongodb+srv', 'redis', 'amqps', 'rediss'])) {
  const pw = sConn(r, scheme.replace(/\W/g, '_'));
  const host = r.k(V.hostname());
  const user = V.pick(['app_rw', 'svc_orders', 'billing', 'admin', 'etl']);
  if (scheme.startsWith('redis')) return `${scheme}://default:${pw}@${host}:6379/${V.int(0, 5)}`;
  if (scheme.startsWith('amqp')) return `${scheme}://${user}:${pw}@${host}/${r.k(V.pick(['orders-vhost', 'jobs']))}`;
  const db = r.k(V.pick(['orders_prod', 'crm', 'ledger', 'catalog_v2']));
  return `${scheme}://${user}:${pw}@${host}${scheme.includes('srv') ? '' : `:${scheme.startsWith('mysql') ? 3306 : 5432}`}/${db}${V.chance(0.4) ? '?sslmode=require' : ''}`;
}
/** Cookie header string: every value labelled. */
export function cookieHeader(r, names = V.pick([['connect.sid', '_ga'], ['session', 'csrftoken'], ['PHPSESSID'], ['JSESSIONID', 'AWSALB'], ['__Host-next-auth.session-token', '__Secure-next-auth.callback-url'], ['_myapp_session', 'remember_user_token'], ['laravel_session', 'XSRF-TOKEN']])) {
  return names.map((n) => {
    const v = n === 'connect.sid' ? `s%3A${V.b64url(32)}.${V.b64url(43)}` : n === '_ga' ? `GA1.2.${V.digits(10)}.${V.digits(10)}` : n.includes('callback-url') ? null
      : n === 'JSESSIONID' ? V.HEX(32) : n === 'PHPSESSID' ? V.lowerNum(26) : n === 'AWSALB' ? `${V.b64(60)}` : V.b64url(V.int(32, 64));
    if (v === null) return `${n}=https%3A%2F%2Fapp.kestrel-analytics.io%2Fdashboard`;
    return `${n}=${sCookie(r, n.replace(/\W/g, '_').toLowerCase(), v)}`;
  }).join('; ');
}
