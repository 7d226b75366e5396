// Record builder shared by the family modules: every planted value goes through s()/k() so the
// label list is written at the same moment as the value it describes.
import * as v from './values.mjs';

export class Rec {
  constructor(format) {
    this.format = format;
    this.sensitive = [];
    this.keep = [];
    this.maps = [];
  }
  /** Plant a sensitive value and return it. */
  s(kind, sub, value) {
    const val = String(value);
    if (!this.sensitive.some((x) => x.value === val)) this.sensitive.push({ value: val, kind, sub });
    return value;
  }
  /** Plant a hard negative (must survive verbatim) and return it. */
  k(value) {
    const val = String(value);
    if (!this.keep.includes(val)) this.keep.push(val);
    return value;
  }
  /** Keep a field as its JSON fragment ("key":value) so the check is about that field only. */
  kf(key, value) {
    this.k(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
    return value;
  }
  // Frequent plantings.
  name(p = v.person()) { return this.s('person_name', `name_${p.lang}`, p.full); }
  email(p = v.person(), sub = 'plain') { return this.s('email', sub, v.email(p)); }
  phone(sub, style) { const val = v.phone(style); return this.s('phone', sub ?? 'intl', val); }
  ip(sub = 'client') { return this.s('ip', sub, v.chance(0.85) ? v.ipv4() : v.ipv6()); }
  nid() { const n = v.nationalId(); return this.s('national_id', n.sub, n.value); }
  iban(spaced = v.chance(0.5)) { const i = v.iban(); return this.s('iban', spaced ? 'spaced' : 'compact', spaced ? v.spacedIban(i) : i); }
  card() { const st = v.pick(['compact', 'space', 'dash']); return this.s('card', st, v.formatCard(v.card(), st)); }
  addr() { return this.s('address', 'street', v.address()); }
  dob(style) { return this.s('dob', style ?? 'date', v.dob(style)); }
  geo() { const [a, b] = v.coords(); this.s('geo', 'lat', a); this.s('geo', 'lng', b); return [a, b]; }
  home(p) { return this.s('home_path', 'user_segment', v.homeUser(p)); }
  // Frequent hard negatives.
  reqId() { return this.k(v.pick([() => v.uuid(), () => `req-${v.alnum(12)}`, () => v.ulid(), () => `${v.hex(8)}-${v.hex(4)}`])()); }
  trace() { return this.k(v.traceId()); }
  span() { return this.k(v.spanId()); }
  host() { return this.k(`${v.pick(['api', 'app', 'auth', 'edge', 'billing', 'hooks', 'ws'])}.${v.pick(['eu-west-1', 'us-east-2', 'ap-south-1', 'prod', 'staging'])}.${v.pick(['quillstack.io', 'parcelmint.com', 'lumenboard.app'])}`); }
  orderId() { return this.k(`${v.pick(['ord', 'inv', 'cus', 'sub', 'txn', 'tkt'])}_${v.alnum(14)}`); }
  time() { return this.k(v.isoTime()); }
  ver() { return this.k(`v${v.version()}`); }
}

export const UAS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'okhttp/4.12.0', 'axios/1.6.8', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)', 'curl/8.5.0',
];
export const ROUTES = ['/api/v1/orders', '/api/v2/invoices', '/api/v1/projects', '/api/v1/workspaces', '/graphql', '/api/v1/reports', '/api/v1/billing/portal'];
