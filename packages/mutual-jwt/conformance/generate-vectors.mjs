// Writes ../test-vectors.json: protocol version 2 conformance vectors with fixed keys and a fixed clock.
// Usage (after `npm run build`): node conformance/generate-vectors.mjs
// Every token is signed here with node:crypto over exact header/payload text, so invalid shapes that a
// JOSE library would refuse to produce (duplicate members, padding, crit) are real, validly signed tokens.
import { createECDH, createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { COVERED_RESPONSE_HEADERS, headersHash } from '../dist/index.js';

const NOW = 1767225600; // 2026-01-01T00:00:00Z
const b64 = (data) => Buffer.from(data).toString('base64url');
const sha = (data) => createHash('sha256').update(data).digest('base64url');

function ed25519(seedByte, kid) {
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.alloc(32, seedByte)]);
  const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  const jwk = privateKey.export({ format: 'jwk' });
  return { privateKey, alg: 'EdDSA', kid, publicJwk: { kty: 'OKP', crv: 'Ed25519', x: jwk.x, kid, alg: 'EdDSA', use: 'sig' }, privateJwk: { ...jwk, kid, alg: 'EdDSA' } };
}
function p256(label, kid) {
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(createHash('sha256').update(label).digest());
  const pub = ecdh.getPublicKey();
  const jwk = { kty: 'EC', crv: 'P-256', x: b64(pub.subarray(1, 33)), y: b64(pub.subarray(33)), d: b64(ecdh.getPrivateKey()) };
  const privateKey = createPrivateKey({ key: jwk, format: 'jwk' });
  return { privateKey, alg: 'ES256', kid, publicJwk: { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, kid, alg: 'ES256', use: 'sig' }, privateJwk: { ...jwk, kid, alg: 'ES256' } };
}

// RFC 8037 §A.1 private key: the worked example's caller key.
const rfc8037 = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' }, format: 'jwk' });
const billing = { privateKey: rfc8037, alg: 'EdDSA', kid: 'billing-2026-01', publicJwk: { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo', kid: 'billing-2026-01', alg: 'EdDSA', use: 'sig' }, privateJwk: { ...rfc8037.export({ format: 'jwk' }), kid: 'billing-2026-01', alg: 'EdDSA' } };
const billingEs = p256('parapet billing es256 test key', 'billing-es-2026-01');
const reports = ed25519(0x05, 'reports-2026-01');
const orders = ed25519(0x07, 'orders-2026-01');
const attacker = ed25519(0x0a, 'billing-2026-01');
const ordersEs = p256('parapet orders es256 test key', 'orders-es-2026-01');
if (createPublicKey(orders.privateKey).export({ format: 'jwk' }).x !== '6kpsY-KcUgq-9VB7Ey7F-ZVHdq6-vnuSQh7qaRRG0iw') throw new Error('orders key drifted');

function signText(key, headerText, payloadText, alg = key.alg) {
  const input = `${b64(headerText)}.${b64(payloadText)}`;
  const signature = sign(alg === 'EdDSA' ? null : 'sha256', Buffer.from(input), alg === 'EdDSA' ? key.privateKey : { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
  return `${input}.${b64(signature)}`;
}
const header = (key, extra = {}, typ = 'mutual-v2+jwt') => JSON.stringify({ alg: key.alg, typ, kid: key.kid, ...extra });
function claims(overrides = {}) {
  const base = { htm: 'GET', htu: '/api/orders', iss: 'billing', aud: 'orders', iat: NOW, exp: NOW + 60, jti: 'req-0001' };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete base[k];
    else base[k] = v;
  }
  return base;
}
const token = (overrides = {}, { key = billing, extra = {}, typ } = {}) => signText(key, header(key, extra, typ), JSON.stringify(claims(overrides)));

const requests = [];
let counter = 0;
function req(name, authorization, { method = 'GET', target = '/api/orders', body = '', contentEncoding, seen, certificate, expect = 'reject', status = 401, code } = {}) {
  const headers = [];
  for (const value of [].concat(authorization ?? [])) headers.push(['Authorization', value]);
  if (contentEncoding !== undefined) headers.push(['Content-Encoding', contentEncoding]);
  if (body.length > 0) headers.push(['Content-Type', 'application/json']);
  requests.push({
    name,
    request: { method, target, headers, body: b64(body), ...(certificate === undefined ? {} : { client_certificate_x5t_s256: certificate }) },
    ...(seen === undefined ? {} : { seen }),
    expect: expect === 'accept' ? { verdict: 'accept', status: 200 } : { verdict: 'reject', status, code },
  });
}
const bearer = (t) => `Bearer ${t}`;
const jti = () => `req-${String(++counter).padStart(4, '0')}`;
const ok = (overrides = {}, options = {}) => bearer(token({ jti: jti(), ...overrides }, options));

// Worked example (PROTOCOL.md §7), then one vector per rule.
const exampleBody = '{"item":"book","qty":1}';
const exampleToken = signText(billing, header(billing), JSON.stringify({ htm: 'POST', htu: '/api/orders?limit=5', bh: sha(exampleBody), iss: 'billing', aud: 'orders', iat: NOW, exp: NOW + 60, jti: '4f1c2b9e-8a7d-4c3b-9e21-0d5f6a7b8c9d' }));
req('worked example (PROTOCOL.md §7)', bearer(exampleToken), { method: 'POST', target: '/api/orders?limit=5', body: exampleBody, expect: 'accept' });
req('valid GET, EdDSA', ok(), { expect: 'accept' });
req('valid GET, ES256 key of the same caller', ok({}, { key: billingEs }), { expect: 'accept' });
req('valid GET of another trusted caller', ok({ iss: 'reports' }, { key: reports }), { expect: 'accept' });
req('valid POST with bh', ok({ htm: 'POST', bh: sha('{"a":1}') }), { method: 'POST', body: '{"a":1}', expect: 'accept' });
req('valid POST, gzip body, bh over the decoded representation', ok({ htm: 'POST', bh: sha('{"a":1}') }), { method: 'POST', body: gzipSync('{"a":1}'), contentEncoding: 'gzip', expect: 'accept' });
req('valid GET with bh of the empty representation', ok({ bh: sha('') }), { expect: 'accept' });
req('valid jti with a space (printable ASCII)', ok({ jti: 'a b c' }), { expect: 'accept' });
req('valid query in htu', ok({ htu: '/api/orders?limit=5&x=%20' }), { target: '/api/orders?limit=5&x=%20', expect: 'accept' });
req('valid nbf within tolerance', ok({ nbf: NOW + 5 }), { expect: 'accept' });
req('valid iat 4 s in the future', ok({ iat: NOW + 4, exp: NOW + 64 }), { expect: 'accept' });
req('valid iat 65 s old', ok({ iat: NOW - 65, exp: NOW + 60 }), { expect: 'accept' });
req('valid cnf matching the client certificate', ok({ cnf: { 'x5t#S256': sha('cert') } }), { certificate: sha('cert'), expect: 'accept' });
req('valid "bearer" scheme in lower case', `bearer ${token({ jti: jti() })}`, { expect: 'accept' });

// §5 Authorization extraction
req('no Authorization header', undefined, { code: 'ERR_MUTUAL_MISSING_CREDENTIALS' });
req('two Authorization headers', [ok(), ok()], { status: 400, code: 'ERR_MUTUAL_MULTIPLE_CREDENTIALS' });
req('access_token in the query string', ok({ htu: '/api/orders?access_token=x' }), { target: '/api/orders?access_token=x', status: 400, code: 'ERR_MUTUAL_TOKEN_IN_QUERY' });
req('Basic scheme', 'Basic YmlsbGluZzpzZWNyZXQ=', { status: 400, code: 'ERR_MUTUAL_MALFORMED_AUTHORIZATION' });
req('Bearer with two tokens', `${ok()} x`, { status: 400, code: 'ERR_MUTUAL_MALFORMED_AUTHORIZATION' });

// §2 serialisation
req('token longer than 8192 bytes', ok({ pad: 'x'.repeat(8200) }), { code: 'ERR_MUTUAL_TOKEN_TOO_LARGE' });
req('two segments', bearer(token({ jti: jti() }).split('.').slice(0, 2).join('.')), { code: 'ERR_MUTUAL_TOKEN_MALFORMED' });
req('four segments', bearer(`${token({ jti: jti() })}.AAAA`), { code: 'ERR_MUTUAL_TOKEN_MALFORMED' });
req('empty signature', bearer(`${token({ jti: jti() }).split('.').slice(0, 2).join('.')}.`), { code: 'ERR_MUTUAL_TOKEN_MALFORMED' });
{
  const [h, p, s] = token({ jti: jti() }).split('.');
  const last = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  req('non-canonical trailing bits in the signature', bearer(`${h}.${p}.${s.slice(0, -1)}${last[last.indexOf(s.at(-1)) + 1]}`), { code: 'ERR_MUTUAL_TOKEN_MALFORMED' });
  req('padded payload segment', bearer(`${h}.${p}==.${s}`), { code: 'ERR_MUTUAL_TOKEN_MALFORMED' });
  const standard = Buffer.from(JSON.stringify(claims({ jti: '>>>???>>>???' }))).toString('base64').replace(/=+$/, '');
  if (!/[+/]/.test(standard)) throw new Error('base64 vector has no + or /');
  req('payload segment in base64 (+ /) alphabet', bearer(`${h}.${standard}.${s}`), { code: 'ERR_MUTUAL_TOKEN_MALFORMED' });
}
req('payload is a JSON array', bearer(signText(billing, header(billing), '[1,2]')), { code: 'ERR_MUTUAL_TOKEN_MALFORMED' });
req('payload is not JSON', bearer(signText(billing, header(billing), 'iss=billing')), { code: 'ERR_MUTUAL_TOKEN_MALFORMED' });
req('payload with duplicate iss (escaped)', bearer(signText(billing, header(billing), JSON.stringify(claims({ jti: jti() })).replace('{', '{"\\u0069ss":"reports",'))), { code: 'ERR_MUTUAL_TOKEN_MALFORMED' });
req('header with duplicate alg', bearer(signText(billing, `{"alg":"EdDSA","alg":"EdDSA","typ":"mutual-v2+jwt","kid":"billing-2026-01"}`, JSON.stringify(claims({ jti: jti() })))), { code: 'ERR_MUTUAL_TOKEN_MALFORMED' });
for (const member of ['crit', 'jku', 'x5u', 'x5c', 'jwk', 'b64', 'zip', 'enc']) {
  const value = member === 'crit' ? ['exp'] : member === 'x5c' ? ['MIIB'] : member === 'jwk' ? billing.publicJwk : member === 'b64' ? true : member === 'zip' ? 'DEF' : member === 'enc' ? 'A128GCM' : 'https://attacker.example/';
  req(`header member ${member}`, bearer(token({ jti: jti() }, { extra: { [member]: value } })), { code: 'ERR_MUTUAL_HEADER_INVALID' });
}
req('alg none', bearer(`${b64(JSON.stringify({ alg: 'none', typ: 'mutual-v2+jwt', kid: 'billing-2026-01' }))}.${b64(JSON.stringify(claims({ jti: jti() })))}.${b64('x')}`), { code: 'ERR_MUTUAL_HEADER_INVALID' });
{
  const input = `${b64(JSON.stringify({ alg: 'HS256', typ: 'mutual-v2+jwt', kid: 'billing-2026-01' }))}.${b64(JSON.stringify(claims({ jti: jti() })))}`;
  req('alg HS256 keyed with the public key', bearer(`${input}.${createHash('sha256').update(input).digest('base64url')}`), { code: 'ERR_MUTUAL_HEADER_INVALID' });
}
req('typ with application/ prefix', bearer(token({ jti: jti() }, { typ: 'application/mutual-v2+jwt' })), { code: 'ERR_MUTUAL_HEADER_INVALID' });
req('typ in upper case', bearer(token({ jti: jti() }, { typ: 'MUTUAL-V2+JWT' })), { code: 'ERR_MUTUAL_HEADER_INVALID' });
req('typ of a response token', bearer(token({ jti: jti() }, { typ: 'mutual-response-v2+jwt' })), { code: 'ERR_MUTUAL_HEADER_INVALID' });
req('typ of an amortised token', bearer(token({ jti: jti() }, { typ: 'mutual-amortised-v2+jwt' })), { code: 'ERR_MUTUAL_HEADER_INVALID' });
req('protocol version 1 typ', bearer(token({ jti: jti() }, { typ: 'mutual+jwt' })), { code: 'ERR_MUTUAL_VERSION_UNSUPPORTED' });
req('missing kid', bearer(signText(billing, JSON.stringify({ alg: 'EdDSA', typ: 'mutual-v2+jwt' }), JSON.stringify(claims({ jti: jti() })))), { code: 'ERR_MUTUAL_HEADER_INVALID' });
req('kid with a slash', bearer(token({ jti: jti() }, { extra: { kid: '../billing-2026-01' } })), { code: 'ERR_MUTUAL_HEADER_INVALID' });

// §1 / §3.1 steps 3-5
req('iss missing', ok({ iss: undefined }), { code: 'ERR_MUTUAL_CLAIM_INVALID' });
req('unknown iss', ok({ iss: 'nobody' }), { code: 'ERR_MUTUAL_ISSUER_UNKNOWN' });
req('kid of another caller (reports key, iss billing)', bearer(token({ jti: jti() }, { key: reports })), { code: 'ERR_MUTUAL_KEY_UNKNOWN' });
req('unknown kid', bearer(token({ jti: jti() }, { extra: { kid: 'billing-2099-01' } })), { code: 'ERR_MUTUAL_KEY_UNKNOWN' });
req('EdDSA key named with alg ES256', bearer(signText(billingEs, JSON.stringify({ alg: 'ES256', typ: 'mutual-v2+jwt', kid: 'billing-2026-01' }), JSON.stringify(claims({ jti: jti() })))), { code: 'ERR_MUTUAL_ALG_NOT_ALLOWED' });
req('signed by an untrusted key under a trusted kid', bearer(token({ jti: jti() }, { key: attacker })), { code: 'ERR_MUTUAL_SIGNATURE_INVALID' });
{
  const [h, , s] = token({ jti: jti() }).split('.');
  req('payload changed after signing', bearer(`${h}.${b64(JSON.stringify(claims({ jti: jti(), htu: '/api/admin' })))}.${s}`), { target: '/api/admin', code: 'ERR_MUTUAL_SIGNATURE_INVALID' });
}

// §3 claims
req('aud of another service', ok({ aud: 'invoices' }), { code: 'ERR_MUTUAL_CLAIM_INVALID' });
req('aud as an array', ok({ aud: ['orders'] }), { code: 'ERR_MUTUAL_CLAIM_INVALID' });
req('iat missing', ok({ iat: undefined }), { code: 'ERR_MUTUAL_CLAIM_INVALID' });
req('iat 6 s in the future', ok({ iat: NOW + 6, exp: NOW + 66 }), { code: 'ERR_MUTUAL_CLAIM_INVALID' });
req('iat 66 s old', ok({ iat: NOW - 66, exp: NOW + 60 }), { code: 'ERR_MUTUAL_CLAIM_INVALID' });
req('iat as a string', ok({ iat: String(NOW) }), { code: 'ERR_MUTUAL_CLAIM_INVALID' });
req('exp missing', ok({ exp: undefined }), { code: 'ERR_MUTUAL_CLAIM_INVALID' });
req('exp equal to iat', ok({ iat: NOW, exp: NOW + 0 }), { code: 'ERR_MUTUAL_CLAIM_INVALID' });
req('lifetime of 301 s', ok({ exp: NOW + 301 }), { code: 'ERR_MUTUAL_CLAIM_INVALID' });
req('expired: now = exp + 5', ok({ iat: NOW - 50, exp: NOW - 5 }), { code: 'ERR_MUTUAL_TOKEN_EXPIRED' });
req('nbf 6 s in the future', ok({ nbf: NOW + 6 }), { code: 'ERR_MUTUAL_CLAIM_INVALID' });
req('jti missing', ok({ jti: undefined }), { code: 'ERR_MUTUAL_CLAIM_INVALID' });
req('jti empty', ok({ jti: '' }), { code: 'ERR_MUTUAL_CLAIM_INVALID' });
req('jti of 129 characters', ok({ jti: 'j'.repeat(129) }), { code: 'ERR_MUTUAL_CLAIM_INVALID' });
req('jti with a tab', ok({ jti: 'a\tb' }), { code: 'ERR_MUTUAL_CLAIM_INVALID' });
req('jti with a non-ASCII character', ok({ jti: 'caf\u00e9' }), { code: 'ERR_MUTUAL_CLAIM_INVALID' });
req('bh malformed', ok({ bh: 'abc' }), { code: 'ERR_MUTUAL_CLAIM_INVALID' });
req('cnf malformed', ok({ cnf: { 'x5t#S256': 'short' } }), { certificate: sha('cert'), code: 'ERR_MUTUAL_CLAIM_INVALID' });

// §3 request binding
req('htm of another method', ok({ htm: 'POST' }), { code: 'ERR_MUTUAL_REQUEST_MISMATCH' });
req('htm in lower case', ok({ htm: 'get' }), { code: 'ERR_MUTUAL_REQUEST_MISMATCH' });
req('htu of another path', ok({ htu: '/api/orders/1' }), { code: 'ERR_MUTUAL_REQUEST_MISMATCH' });
req('htu without the query', ok({}), { target: '/api/orders?limit=500', code: 'ERR_MUTUAL_REQUEST_MISMATCH' });
req('htu differing in percent-encoding case', ok({ htu: '/api/orders?x=%2f' }), { target: '/api/orders?x=%2F', code: 'ERR_MUTUAL_REQUEST_MISMATCH' });
req('htu in absolute-form', ok({ htu: 'http://orders.internal/api/orders' }), { target: 'http://orders.internal/api/orders', code: 'ERR_MUTUAL_REQUEST_MISMATCH' });
req('body without bh', ok({ htm: 'POST' }), { method: 'POST', body: '{"amount":1000000}', code: 'ERR_MUTUAL_REQUEST_MISMATCH' });
req('bh of another body', ok({ htm: 'POST', bh: sha('{"amount":1}') }), { method: 'POST', body: '{"amount":1000000}', code: 'ERR_MUTUAL_REQUEST_MISMATCH' });
req('bh present, body empty, bh not the empty hash', ok({ bh: sha('{"a":1}') }), { code: 'ERR_MUTUAL_REQUEST_MISMATCH' });
req('bh over the gzip bytes instead of the representation', ok({ htm: 'POST', bh: sha(gzipSync('{"a":1}')) }), { method: 'POST', body: gzipSync('{"a":1}'), contentEncoding: 'gzip', code: 'ERR_MUTUAL_REQUEST_MISMATCH' });
req('body in an unknown content coding', ok({ htm: 'POST', bh: sha('{"a":1}') }), { method: 'POST', body: '{"a":1}', contentEncoding: 'x-parapet-unknown', status: 400, code: 'ERR_MUTUAL_BODY_UNREADABLE' });
req('cnf without a client certificate', ok({ cnf: { 'x5t#S256': sha('cert') } }), { code: 'ERR_MUTUAL_CERTIFICATE_MISMATCH' });
req('cnf of another certificate', ok({ cnf: { 'x5t#S256': sha('cert') } }), { certificate: sha('other cert'), code: 'ERR_MUTUAL_CERTIFICATE_MISMATCH' });

// §3.3 replay
req('jti already used by this caller', ok({ jti: 'used-0001' }), { seen: [['orders', 'billing', 'used-0001']], code: 'ERR_MUTUAL_REPLAY' });
req('same jti used by another caller is not a replay', ok({ jti: 'used-0002' }), { seen: [['orders', 'reports', 'used-0002']], expect: 'accept' });
req('same jti used at another audience is not a replay', ok({ jti: 'used-0003' }), { seen: [['invoices', 'billing', 'used-0003']], expect: 'accept' });

// §4 response vectors
const responses = [];
const REQUEST_JTI = 'req-r-0001';
const mandatory = [...COVERED_RESPONSE_HEADERS];
function responseToken(overrides = {}, { key = orders, headers = [], extra = {}, typ = 'mutual-response-v2+jwt', hdr = mandatory, body = '', rawPayload } = {}) {
  const values = (name) => {
    const lines = headers.filter(([n]) => n.toLowerCase() === name).map(([, v]) => v);
    return lines.length === 0 ? undefined : lines;
  };
  const base = { irt: REQUEST_JTI, sts: 200, bh: sha(body), hdr, hh: headersHash(hdr, values), iss: 'orders', aud: 'billing', iat: NOW, exp: NOW + 60, jti: 'res-0001' };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete base[k];
    else base[k] = v;
  }
  return signText(key, JSON.stringify({ alg: key.alg, typ, kid: key.kid, ...extra }), rawPayload ?? JSON.stringify(base));
}
function res(name, { token, method = 'GET', status = 200, headers = [['Content-Type', 'application/json']], body = '{"ok":true}', expect = 'reject', code, requestJti = REQUEST_JTI } = {}) {
  const all = token === null ? headers : [...headers, ['Server-Authorization', `Bearer ${token}`]];
  responses.push({ name, request: { method, jti: requestJti }, response: { status, headers: all, body: b64(body) }, expect: expect === 'accept' ? { verdict: 'accept' } : { verdict: 'reject', code } });
}
const json = [['Content-Type', 'application/json']];
const signed = (overrides = {}, options = {}) => responseToken(overrides, { headers: json, body: '{"ok":true}', ...options });

{
  const body = '{"id":42,"status":"created"}';
  const headers = [['Content-Type', 'application/json; charset=utf-8'], ['Location', '/api/orders/42']];
  const t = responseToken({ irt: '4f1c2b9e-8a7d-4c3b-9e21-0d5f6a7b8c9d', sts: 201, iat: NOW + 1, exp: NOW + 61, jti: '9b2e7c1a-3d4f-4e5a-8b6c-7d8e9f0a1b2c' }, { headers, body });
  res('worked example (PROTOCOL.md §7)', { token: t, status: 201, headers, body, expect: 'accept', requestJti: '4f1c2b9e-8a7d-4c3b-9e21-0d5f6a7b8c9d' });
}
res('valid JSON response', { token: signed(), expect: 'accept' });
res('valid with an ES256 server key', { token: signed({}, { key: ordersEs }), expect: 'accept' });
{
  const headers = [['Location', 'https://orders.internal/api/orders/42'], ['Content-Type', 'text/plain; charset=utf-8']];
  const t = responseToken({ sts: 302 }, { headers, body: 'Redirecting' });
  res('valid signed redirect', { token: t, status: 302, headers, body: 'Redirecting', expect: 'accept' });
  res('redirect with Location rewritten', { token: t, status: 302, headers: [['Location', 'https://evil.example/phish'], headers[1]], body: 'Redirecting', code: 'ERR_MUTUAL_RESPONSE_MISMATCH' });
  res('redirect with Location removed', { token: t, status: 302, headers: [headers[1]], body: 'Redirecting', code: 'ERR_MUTUAL_RESPONSE_MISMATCH' });
}
{
  const headers = [...json, ['Set-Cookie', 'a=1; HttpOnly'], ['Set-Cookie', 'b=2'], ['Cache-Control', 'no-store'], ['Retry-After', '30'], ['WWW-Authenticate', 'Bearer realm="orders"'], ['Content-Location', '/api/orders/1'], ['X-Tenant', 'acme']];
  const hdr = [...mandatory, 'x-tenant'];
  const t = responseToken({}, { headers, body: '{"ok":true}', hdr });
  res('valid with every covered header and an extra one', { token: t, headers, expect: 'accept' });
  res('valid with surrounding whitespace in a value (trimmed)', { token: t, headers: headers.map(([n, v]) => [n, n === 'Cache-Control' ? `  ${v}\t` : v]), expect: 'accept' });
  res('header names are case-insensitive', { token: t, headers: headers.map(([n, v]) => [n.toUpperCase(), v]), expect: 'accept' });
  res('Set-Cookie lines reordered', { token: t, headers: [headers[0], headers[2], headers[1], ...headers.slice(3)], code: 'ERR_MUTUAL_RESPONSE_MISMATCH' });
  res('Set-Cookie line added', { token: t, headers: [...headers, ['Set-Cookie', 'admin=1']], code: 'ERR_MUTUAL_RESPONSE_MISMATCH' });
  for (const [i, [n]] of headers.entries()) {
    res(`${n} changed`, { token: t, headers: headers.map((h, j) => (j === i ? [h[0], `${h[1]}x`] : h)), code: 'ERR_MUTUAL_RESPONSE_MISMATCH' });
    res(`${n} removed`, { token: t, headers: headers.filter((_, j) => j !== i), code: 'ERR_MUTUAL_RESPONSE_MISMATCH' });
  }
  res('an uncovered header may change', { token: t, headers: [...headers, ['X-Request-Id', 'abc']], expect: 'accept' });
}
for (const name of ['Location', 'Content-Encoding', 'Content-Location', 'Set-Cookie', 'Cache-Control', 'WWW-Authenticate', 'Retry-After']) {
  res(`${name} added`, { token: signed(), headers: [...json, [name, name === 'Content-Encoding' ? 'identity' : 'injected']], code: 'ERR_MUTUAL_RESPONSE_MISMATCH' });
}
{
  const body = '{"items":[1,2,3]}';
  const headers = [...json, ['Content-Encoding', 'gzip']];
  const t = responseToken({}, { headers, body });
  res('valid gzip response, bh over the decoded representation', { token: t, headers, body: gzipSync(body), expect: 'accept' });
  res('gzip response signed over the gzip bytes', { token: responseToken({ bh: sha(gzipSync(body)) }, { headers, body }), headers, body: gzipSync(body), code: 'ERR_MUTUAL_RESPONSE_MISMATCH' });
}
res('HEAD: bh of the empty representation', { token: signed({ bh: sha('') }), method: 'HEAD', body: '', expect: 'accept' });
res('204 with the empty hash', { token: responseToken({ sts: 204 }, { headers: [] }), status: 204, headers: [], body: '', expect: 'accept' });
res('no Server-Authorization', { token: null, code: 'ERR_MUTUAL_RESPONSE_UNSIGNED' });
res('Server-Authorization of a v1 server', { token: signed({}, { typ: 'mutual-response+jwt' }), code: 'ERR_MUTUAL_RESPONSE_VERSION' });
res('typ of a request token', { token: signed({}, { typ: 'mutual-v2+jwt' }), code: 'ERR_MUTUAL_RESPONSE_INVALID' });
res('signed by another key under the server kid', { token: signed({}, { key: { ...attacker, kid: 'orders-2026-01' } }), code: 'ERR_MUTUAL_RESPONSE_INVALID' });
res('unknown server kid', { token: signed({}, { extra: { kid: 'orders-2099' } }), code: 'ERR_MUTUAL_RESPONSE_INVALID' });
res('jku in the header', { token: signed({}, { extra: { jku: 'https://attacker.example/' } }), code: 'ERR_MUTUAL_RESPONSE_INVALID' });
res('iss of another service', { token: signed({ iss: 'invoices' }), code: 'ERR_MUTUAL_RESPONSE_INVALID' });
res('aud of another caller', { token: signed({ aud: 'reports' }), code: 'ERR_MUTUAL_RESPONSE_INVALID' });
res('aud as an array', { token: signed({ aud: ['billing'] }), code: 'ERR_MUTUAL_RESPONSE_INVALID' });
res('iat 6 s in the future', { token: signed({ iat: NOW + 6, exp: NOW + 66 }), code: 'ERR_MUTUAL_RESPONSE_INVALID' });
res('expired', { token: signed({ iat: NOW - 70, exp: NOW - 10 }), code: 'ERR_MUTUAL_RESPONSE_INVALID' });
res('lifetime of 301 s', { token: signed({ exp: NOW + 301 }), code: 'ERR_MUTUAL_RESPONSE_INVALID' });
for (const claim of ['irt', 'sts', 'bh', 'hdr', 'hh', 'iat', 'exp']) res(`${claim} missing`, { token: signed({ [claim]: undefined }), code: 'ERR_MUTUAL_RESPONSE_INVALID' });
res('hdr without a mandatory name', { token: signed({}, { hdr: mandatory.filter((n) => n !== 'set-cookie') }), code: 'ERR_MUTUAL_RESPONSE_INVALID' });
res('hdr with a duplicate name', { token: signed({}, { hdr: [...mandatory, 'location'] }), code: 'ERR_MUTUAL_RESPONSE_INVALID' });
res('hdr with an upper-case name', { token: signed({}, { hdr: [...mandatory, 'X-Tenant'] }), code: 'ERR_MUTUAL_RESPONSE_INVALID' });
res('hdr naming content-length', { token: signed({}, { hdr: [...mandatory, 'content-length'] }), code: 'ERR_MUTUAL_RESPONSE_INVALID' });
res('irt of another request', { token: signed({ irt: 'req-r-9999' }), code: 'ERR_MUTUAL_RESPONSE_MISMATCH' });
res('sts differs from the status', { token: signed({ sts: 201 }), code: 'ERR_MUTUAL_RESPONSE_MISMATCH' });
res('body changed', { token: signed(), body: '{"ok":false}', code: 'ERR_MUTUAL_RESPONSE_MISMATCH' });
res('Content-Type changed', { token: signed(), headers: [['Content-Type', 'text/html']], code: 'ERR_MUTUAL_RESPONSE_MISMATCH' });
res('response payload with duplicate sts', { token: responseToken({}, { rawPayload: JSON.stringify(JSON.parse(Buffer.from(signed().split('.')[1], 'base64url').toString())).replace('{', '{"sts":500,') }), code: 'ERR_MUTUAL_RESPONSE_INVALID' });

// §1 key-set rules: the callee trusts `billing` with the given JWKS (a fetched set: bad keys are discarded, not fatal).
const keysets = [];
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
const rsaWeak = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
const rsaPublic = (key, kid, extra = {}) => ({ ...createPublicKey(key).export({ format: 'jwk' }), kid, ...extra });
function rsaToken(key, alg, kid) {
  const input = `${b64(JSON.stringify({ alg, typ: 'mutual-v2+jwt', kid }))}.${b64(JSON.stringify(claims({ jti: jti() })))}`;
  const signature = sign('sha256', Buffer.from(input), alg === 'PS256' ? { key, padding: 6, saltLength: 32 } : key);
  return `${input}.${b64(signature)}`;
}
function keyset(name, keys, token, { expect = 'reject', code } = {}) {
  keysets.push({ name, algorithms: ['EdDSA', 'ES256', 'PS256', 'RS256'], jwks: { keys }, request: { method: 'GET', target: '/api/orders', headers: [['Authorization', `Bearer ${token}`]], body: '' }, expect: expect === 'accept' ? { verdict: 'accept', status: 200 } : { verdict: 'reject', status: 401, code } });
}
const { alg: _a, use: _u, ...bareEd } = billing.publicJwk;
const { alg: _b, use: _v, ...bareEs } = billingEs.publicJwk;
keyset('Ed25519 key without alg: EdDSA derived', [bareEd], token({ jti: jti() }), { expect: 'accept' });
keyset('P-256 key without alg: ES256 derived', [bareEs], token({ jti: jti() }, { key: billingEs }), { expect: 'accept' });
keyset('RSA key with alg PS256, PS256 token', [rsaPublic(rsa, 'rsa-1', { alg: 'PS256' })], rsaToken(rsa, 'PS256', 'rsa-1'), { expect: 'accept' });
keyset('RSA key with alg PS256, RS256 token', [rsaPublic(rsa, 'rsa-1', { alg: 'PS256' })], rsaToken(rsa, 'RS256', 'rsa-1'), { code: 'ERR_MUTUAL_ALG_NOT_ALLOWED' });
keyset('RSA key without alg, RS256 token', [rsaPublic(rsa, 'rsa-1'), billing.publicJwk], rsaToken(rsa, 'RS256', 'rsa-1'), { code: 'ERR_MUTUAL_KEY_UNKNOWN' });
keyset('RSA key without alg, PS256 token', [rsaPublic(rsa, 'rsa-1'), billing.publicJwk], rsaToken(rsa, 'PS256', 'rsa-1'), { code: 'ERR_MUTUAL_KEY_UNKNOWN' });
keyset('RSA-1024 key with alg RS256', [rsaPublic(rsaWeak, 'rsa-1', { alg: 'RS256' }), billing.publicJwk], rsaToken(rsaWeak, 'RS256', 'rsa-1'), { code: 'ERR_MUTUAL_KEY_UNKNOWN' });
keyset('key with private members', [{ ...billing.privateJwk, use: 'sig' }], token({ jti: jti() }), { code: 'ERR_MUTUAL_KEY_UNKNOWN' });
keyset('key with use "enc"', [{ ...billing.publicJwk, use: 'enc' }], token({ jti: jti() }), { code: 'ERR_MUTUAL_KEY_UNKNOWN' });
keyset('Ed25519 key whose alg says ES256', [{ ...billing.publicJwk, alg: 'ES256' }], token({ jti: jti() }), { code: 'ERR_MUTUAL_KEY_UNKNOWN' });
keyset('two keys under one kid', [billing.publicJwk, { ...attacker.publicJwk }], token({ jti: jti() }), { code: 'ERR_MUTUAL_KEY_UNKNOWN' });
keyset('a bad key does not take the good ones down', [rsaPublic(rsa, 'rsa-1'), rsaPublic(rsaWeak, 'rsa-2', { alg: 'RS256' }), billing.publicJwk], token({ jti: jti() }), { expect: 'accept' });

const document = {
  protocol: 2,
  description: 'Conformance vectors for PROTOCOL.md version 2. Clock: now = 2026-01-01T00:00:00Z. Request vectors: the callee is "orders" with the callers below, a replay store holding `seen` ([aud, iss, jti]) and no in-memory restart rule; accept = 200. Key-set vectors: as request vectors, but the callee trusts billing with `jwks` only, enables `algorithms`, and discards bad keys of that set (PROTOCOL.md §1). Response vectors: the caller is "billing", it called "orders" with a request token whose jti is request.jti; body is the body as received (base64url), content codings still applied.',
  now: NOW,
  callee: 'orders',
  callers: { billing: { keys: [billing.publicJwk, billingEs.publicJwk] }, reports: { keys: [reports.publicJwk] } },
  callee_jwks: { keys: [orders.publicJwk, ordersEs.publicJwk] },
  caller: 'billing',
  private_keys: { 'billing-2026-01': billing.privateJwk, 'billing-es-2026-01': billingEs.privateJwk, 'orders-2026-01': orders.privateJwk, 'orders-es-2026-01': ordersEs.privateJwk },
  requests,
  responses,
  keysets,
};
writeFileSync(new URL('../test-vectors.json', import.meta.url), `${JSON.stringify(document, null, 1)}\n`);
console.log(`${requests.length} request vectors, ${responses.length} response vectors, ${keysets.length} key-set vectors`);
