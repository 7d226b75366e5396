// Request/response logging middlewares, reverse proxies/CDNs and serverless platforms.
import * as v from './values.mjs';
import { UAS, ROUTES } from './families-common.mjs';

const enc = encodeURIComponent;

function sensitiveQuery(c) {
  const p = v.person();
  return v.pick([
    () => `token=${c.s('token', 'reset_token_query', v.b64url(v.int(32, 43)))}`,
    () => `email=${c.s('email', 'query_encoded', enc(v.email(p)))}&source=${c.k('newsletter_footer')}`,
    () => `api_key=${c.s('api_key', 'query_api_key', v.genericApiKey())}&format=json`,
    () => `access_token=${c.s('token', 'query_access_token', v.jwt())}`,
    () => `phone=${c.s('phone', 'query_encoded', enc(v.phone('e164')))}&channel=sms`,
    () => `invite=${c.s('token', 'invite_token', v.b64url(40))}&ws=${c.k(`ws_${v.alnum(10)}`)}`,
  ])();
}

export function morgan(c) {
  c.format = 'text';
  const route = v.pick(ROUTES);
  const status = v.pick([200, 201, 204, 302, 400, 401, 404, 500]);
  const q = v.chance(0.8) ? `?${sensitiveQuery(c)}` : '';
  const ua = v.pick(UAS);
  const style = v.pick(['combined', 'common', 'dev', 'short', 'tiny']);
  const oid = c.orderId();
  if (style === 'dev') { const d = `${v.int(1, 900)}.${v.int(100, 999)} ms`; c.k(d); return `GET ${route}/${oid}${q} ${status} ${d} - ${v.int(100, 9000)}`; }
  const ip = c.ip('morgan_remote_addr');
  if (style === 'short') return `${ip} - GET ${route}/${oid}${q} HTTP/1.1 ${status} ${v.int(100, 9000)} - ${c.k(`${v.int(1, 900)}.${v.int(100, 999)}`)} ms`;
  if (style === 'tiny') return `POST ${route}/${oid}${q} ${status} ${v.int(10, 900)} - ${v.int(1, 99)}.${v.int(100, 999)} ms ip=${ip}`;
  const base = `${ip} - - [${c.k(v.clfTime())}] "${v.pick(['GET', 'POST', 'PATCH'])} ${route}/${oid}${q} HTTP/1.1" ${status} ${v.int(100, 90000)}`;
  if (style === 'common') return base;
  const ref = v.chance(0.3) ? `https://${v.pick(['app.quillstack.io', 'lumenboard.app'])}/settings/profile?email=${c.s('email', 'referer_query', enc(v.email()))}` : `https://${c.k('www.google.com')}/`;
  return `${base} "${ref}" "${c.k(ua)}"`;
}

export function pinoHttp(c) {
  const sid = c.s('cookie', 'connect_sid', `s%3A${v.b64url(32)}.${v.b64(43).replace(/[+/]/g, 'Z')}`);
  const ga = c.s('cookie', 'ga', `GA1.2.${v.digits(10)}.${v.digits(10)}`);
  const headers = {
    host: c.host(), 'user-agent': v.pick(UAS), accept: 'application/json',
    cookie: `connect.sid=${sid}; _ga=${ga}; theme=dark`,
    'x-forwarded-for': `${c.ip('xff')}, ${v.privateIp()}`,
    traceparent: `00-${c.trace()}-${c.span()}-01`,
  };
  if (v.chance(0.6)) headers.authorization = `Bearer ${c.s('token', v.chance(0.5) ? 'bearer_jwt' : 'bearer_opaque', v.chance(0.5) ? v.jwt({ email: v.email() }) : v.opaqueToken())}`;
  const rec = {
    level: 30, time: v.epochMs(), pid: v.int(100, 9999), hostname: c.k(`api-${v.lower(5)}-${v.lower(5)}`),
    req: { id: c.reqId(), method: 'GET', url: `${v.pick(ROUTES)}/${c.orderId()}`, query: {}, headers, remoteAddress: v.privateIp(), remotePort: c.kf('remotePort', v.int(30000, 65000)) },
    res: { statusCode: c.kf('statusCode', v.pick([200, 304, 401, 403])), headers: { 'x-ratelimit-remaining': c.kf('x-ratelimit-remaining', String(v.int(0, 600))), etag: c.k(`W/"${v.hex(16)}"`) } },
    responseTime: c.kf('responseTime', v.int(1, 3000)), msg: 'request completed',
  };
  if (v.chance(0.4)) rec.res.headers['set-cookie'] = [`__Host-session=${c.s('cookie', 'set_cookie_session', v.b64url(43))}; Path=/; ${c.k('Max-Age=1209600')}; HttpOnly; Secure; SameSite=Lax`];
  return rec;
}

export function koaLogger(c) {
  c.format = 'text';
  const p = v.person();
  const route = v.pick(['/auth/login', '/auth/signup', '/account/password', '/v1/contacts']);
  const t = v.pick([
    () => `  --> POST ${route} ${c.k('422')} ${c.k(`${v.int(5, 900)}ms`)} 312b\n  koa:error ValidationError body: { email: '${c.email(p, 'inspect')}', password: '${c.s('password', 'inspect_body', v.password())}', rememberMe: true }`,
    () => `  <-- POST ${route}\n  ctx.request.body = { name: '${c.name(p)}', phone: '${c.phone('inspect_body')}', birthDate: '${c.dob('iso')}' }`,
    () => `  --> PUT ${route} ${c.k('200')} ${v.int(5, 900)}ms 1.2kb  [${c.ip('koa_ctx_ip')}] user=${c.email(p, 'free_text')}`,
    () => `koa request failed { status: 502, url: '${route}', headers: { authorization: 'Basic ${c.s('password', 'basic_auth_b64', Buffer.from(`${p.local}:${v.password()}`).toString('base64'))}', 'x-request-id': '${c.reqId()}' } }`,
  ])();
  return t;
}

export function expressWinston(c) {
  const p = v.person();
  // Single-character CJK given/family names are only identifying together: write those as one field.
  const split = p.first.length > 1 && p.last.length > 1;
  const body = split ? { firstName: c.s('person_name', 'first_name', p.first), lastName: c.s('person_name', 'last_name', p.last) } : { name: c.name(p) };
  Object.assign(body, { email: c.email(p, 'json_body'), password: c.s('password', 'signup_body', v.password()) });
  if (v.chance(0.5)) body.phone = c.phone('json_body');
  if (v.chance(0.5)) body.dateOfBirth = c.dob(v.pick(['iso', 'de', 'us']));
  if (v.chance(0.4)) body.address = { line1: c.addr(), country: c.k(v.pick(['DE', 'FR', 'ES', 'NL', 'SE', 'IT'])) };
  if (v.chance(0.6)) body.taxId = c.nid();
  body.plan = c.k(v.pick(['starter', 'growth', 'enterprise']));
  body.passwordConfirm = body.password;
  return {
    level: v.pick(['info', 'warn']), message: `HTTP POST /v1/signup ${v.pick([201, 400, 409])}`,
    meta: { req: { url: '/v1/signup', method: 'POST', httpVersion: '1.1', originalUrl: '/v1/signup', headers: { 'content-type': 'application/json', 'x-request-id': c.reqId() }, body }, res: { statusCode: v.pick([201, 400]) }, responseTime: c.kf('responseTime', v.int(20, 900)) },
    timestamp: c.time(),
  };
}

export function fastify(c) {
  const conn = v.pick(['postgres', 'mongodb+srv', 'redis', 'mysql', 'amqps']);
  const user = v.pick(['app', 'svc_api', 'billing_rw', 'default']);
  const dbHost = c.k(`${v.pick(['db', 'cache', 'mq'])}-${v.lower(6)}.internal.quillstack.io`);
  const pass = c.s('connection_string', `${conn.replace('+srv', '')}_url`, v.alnum(v.int(16, 28)));
  const url = `${conn}://${user}:${pass}@${dbHost}${conn === 'postgres' ? ':5432/core' : conn === 'mysql' ? ':3306/crm' : ''}`;
  const rec = {
    level: 50, time: v.epochMs(), reqId: c.k(`req-${v.int(1, 99999)}`),
    req: { method: 'POST', url: `/v1/${v.pick(['checkout', 'payouts', 'exports'])}`, hostname: c.host(), remoteAddress: c.ip('fastify_remote'), remotePort: v.int(30000, 65000) },
    err: { type: 'Error', message: `Failed to acquire connection for ${url}`, stack: `Error: Failed to acquire connection\n    at Pool.connect (${v.chance(0.5) ? `/home/${c.home()}/work/api` : '/app'}/node_modules/pg-pool/index.js:45:11)\n    at async Object.handler (/app/dist/routes/checkout.js:88:19)`,
      cause: { code: v.pick(['ECONNREFUSED', 'ETIMEDOUT', '28P01']), message: v.pick(['connect ECONNREFUSED', `password authentication failed for user "${user}"`]) } },
    msg: 'request errored',
  };
  return rec;
}

export function nestInterceptor(c) {
  c.format = 'text';
  const p = v.person();
  const pid = v.int(1000, 9999);
  const ts = `${String(v.int(1, 12)).padStart(2, '0')}/${String(v.int(1, 28)).padStart(2, '0')}/2025, ${v.int(1, 12)}:${String(v.int(0, 59)).padStart(2, '0')}:${String(v.int(0, 59)).padStart(2, '0')} ${v.pick(['AM', 'PM'])}`;
  const body = v.pick([
    () => JSON.stringify({ email: c.email(p, 'nest_body'), password: c.s('password', 'nest_body', v.password()), otp: undefined }),
    () => JSON.stringify({ iban: c.iban(), accountHolder: c.name(p), reference: c.orderId() }),
    () => JSON.stringify({ fullName: c.name(p), nationalId: c.nid(), dob: c.dob('iso') }),
    () => JSON.stringify({ shippingAddress: c.addr(), phone: c.phone('nest_body'), giftMessage: c.k('Happy birthday!') }),
  ])();
  return `[Nest] ${pid}  - ${ts}     LOG [${c.k('LoggingInterceptor')}] ${v.pick(['POST', 'PATCH'])} /${v.pick(['users/me', 'payouts', 'kyc/submit', 'orders'])} ${body} +${c.k(`${v.int(2, 800)}ms`)}`;
}

export function nginxJson(c) {
  const q = v.chance(0.7) ? `?${sensitiveQuery(c)}` : '';
  const rec = {
    time_local: c.k(v.clfTime()), remote_addr: c.ip('nginx_remote_addr'), remote_user: '-',
    request: `${v.pick(['GET', 'POST'])} ${v.pick(ROUTES)}${q} HTTP/2.0`, status: c.k(String(v.pick([200, 301, 401, 499, 502]))), body_bytes_sent: String(v.int(0, 90000)),
    http_referer: '-', http_user_agent: c.k(v.pick(UAS)), http_x_forwarded_for: '-', request_time: c.k(`${v.int(0, 9)}.${v.int(100, 999)}`),
    upstream_addr: `${v.privateIp()}:${c.k(String(v.pick([3000, 8080, 4000])))}`, upstream_response_time: `${v.int(0, 9)}.${v.int(100, 999)}`, request_id: c.k(v.hex(32)),
  };
  if (v.chance(0.4)) rec.http_cookie = `sid=${c.s('cookie', 'nginx_http_cookie', v.b64url(32))}; lang=en`;
  if (v.chance(0.3)) rec.http_authorization = `Bearer ${c.s('token', 'nginx_auth_header', v.jwt())}`;
  return rec;
}

export function envoyAccess(c) {
  c.format = 'text';
  const q = v.chance(0.7) ? `?${sensitiveQuery(c)}` : '';
  const rid = c.k(v.uuid());
  const authority = c.host();
  return `[${c.time()}] "${v.pick(['GET', 'POST'])} ${v.pick(ROUTES)}${q} HTTP/2" ${v.pick([200, 403, 503])} - via_upstream - "-" ${v.int(0, 900)} ${v.int(100, 90000)} ${v.int(1, 300)} ${v.int(1, 300)} "${c.ip('envoy_xff')}" "${v.pick(UAS)}" "${rid}" "${authority}" "${v.privateIp()}:${c.k('8080')}" outbound|8080||${c.k(`${v.pick(['orders', 'users', 'billing'])}.default.svc.cluster.local`)}`;
}

export function cloudflare(c) {
  const q = v.chance(0.6) ? `?${sensitiveQuery(c)}` : '';
  return {
    ClientIP: c.ip('cf_client_ip'), ClientRequestHost: c.host(), ClientRequestMethod: 'GET', ClientRequestURI: `${v.pick(ROUTES)}${q}`,
    ClientRequestUserAgent: v.pick(UAS), ClientCountry: c.k(v.pick(['de', 'fr', 'br', 'jp', 'in'])), EdgeResponseStatus: c.kf('EdgeResponseStatus', v.pick([200, 403, 429])),
    RayID: c.k(`${v.hex(16)}`), EdgeStartTimestamp: c.time(), WAFAction: c.k(v.pick(['unknown', 'block', 'managed_challenge'])), SecurityRuleID: c.k(v.hex(32)),
    RequestHeaders: v.chance(0.5) ? { cookie: `__cf_bm=${v.b64url(20)}-cfbm; session=${c.s('cookie', 'cf_request_header', v.b64url(40))}` } : {},
  };
}

export function cloudfront(c) {
  c.format = 'text';
  const q = v.chance(0.7) ? sensitiveQuery(c) : '-';
  const cookie = v.chance(0.5) ? `auth=${c.s('cookie', 'cloudfront_cookie', v.hex(48))};%20locale=de` : '-';
  return [`2025-0${v.int(1, 9)}-${String(v.int(10, 28))}`, `${String(v.int(10, 23))}:${String(v.int(10, 59))}:${String(v.int(10, 59))}`, c.k(`${v.pick(['FRA56', 'CDG50', 'NRT57', 'GRU3'])}-C${v.int(1, 3)}`), String(v.int(300, 90000)), c.ip('cloudfront_c_ip'), 'GET',
    c.k(`d${v.lower(13)}.cloudfront.net`), `/static/${v.hex(8)}.js`, '200', '-', 'Mozilla/5.0', q, cookie, 'Hit', c.k(`${v.b64url(52)}==`), c.host(), 'https', String(v.int(100, 900)), '0.002', '-', 'TLSv1.3', 'TLS_AES_128_GCM_SHA256', 'Hit', 'HTTP/2.0'].join('\t');
}

export function fastly(c) {
  c.format = 'text';
  return `<134>${c.time()} cache-${c.k(`fra-etou${v.int(8000, 8999)}`)} fastly[${v.int(100, 999)}]: {"client_ip":"${c.ip('fastly_client_ip')}","host":"${c.host()}","url":"/login?next=%2Fbilling&${sensitiveQuery(c)}","status":${v.pick([200, 302])},"geo_city":"${c.k(v.pick(v.CITIES))}","tls":"${c.k('TLSv1.3')}"}`;
}

export function alb(c) {
  c.format = 'text';
  const q = v.chance(0.7) ? `?${sensitiveQuery(c)}` : '';
  return `https ${c.time()} app/${c.k(`prod-alb/${v.hex(16)}`)} ${c.ip('alb_client')}:${v.int(30000, 65000)} ${v.privateIp()}:80 0.000 0.0${v.int(10, 99)} 0.000 200 200 ${v.int(100, 999)} ${v.int(100, 9999)} "GET https://${c.host()}:443${v.pick(ROUTES)}${q} HTTP/1.1" "${v.pick(UAS)}" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:${c.k(v.digits(12))}:targetgroup/api/${v.hex(16)} "${c.k(`Root=1-${v.hex(8)}-${v.hex(24)}`)}" "-" "-" 0 ${c.time()} "forward" "-" "-"`;
}

export function lambdaApiGw(c) {
  const p = v.person();
  const srcIp = c.ip('apigw_source_ip');
  const rec = {
    resource: '/{proxy+}', path: `/v1/${v.pick(['profile', 'checkout', 'contacts'])}`, httpMethod: 'POST',
    headers: { Host: c.host(), 'X-Forwarded-For': `${srcIp}, ${v.privateIp()}`, 'CloudFront-Viewer-Country': c.k(v.pick(['DE', 'IN', 'BR', 'KR'])), 'X-Amzn-Trace-Id': c.k(`Root=1-${v.hex(8)}-${v.hex(24)}`) },
    queryStringParameters: null,
    requestContext: { requestId: c.reqId(), stage: 'prod', apiId: c.k(v.lower(10)), identity: { sourceIp: srcIp, userAgent: v.pick(UAS) },
      authorizer: { claims: { sub: v.uuid(), email: c.email(p, 'cognito_claims'), 'cognito:username': c.s('person_name', 'cognito_name', p.full), phone_number: c.phone('cognito_claims', 'e164') } } },
    isBase64Encoded: false,
  };
  if (v.chance(0.5)) rec.headers.Authorization = c.s('token', 'apigw_authorization', v.jwt({ 'cognito:groups': ['admin'] }));
  if (v.chance(0.4)) {
    rec.isBase64Encoded = true;
    rec.body = c.s('password', 'b64_form_body', Buffer.from(`username=${enc(v.email())}&password=${enc(v.password())}`).toString('base64'));
  } else {
    rec.body = JSON.stringify({ address: c.addr(), birthdate: c.dob('iso'), taxId: v.chance(0.4) ? c.nid() : undefined, card: { number: c.card(), brand: c.k(v.pick(['visa', 'mastercard'])) } });
  }
  return rec;
}

export function lambdaRuntime(c) {
  c.format = 'text';
  const rid = c.k(v.uuid());
  const t = v.pick([
    () => `${c.time()}\t${rid}\tERROR\tInvoke Error \t{"errorType":"Error","errorMessage":"getaddrinfo ENOTFOUND while connecting to mongodb+srv://api:${c.s('connection_string', 'mongodb_url', v.alnum(20))}@${c.k(`cluster0.${v.lower(5)}.mongodb.net`)}/prod","stack":["Error: getaddrinfo ENOTFOUND","    at /var/task/index.js:12:9"]}`,
    () => `${c.time()}\t${rid}\tINFO\tevent received {"detail":{"customer":{"name":"${c.name()}","email":"${c.email(undefined, 'lambda_event')}","iban":"${c.iban(false)}"}}}`,
    () => `REPORT RequestId: ${rid}\tDuration: ${c.k(`${v.int(1, 900)}.${v.int(10, 99)} ms`)}\tBilled Duration: ${v.int(1, 900)} ms\tMemory Size: ${c.k('1024 MB')}\tMax Memory Used: ${v.int(80, 300)} MB`,
    () => `${c.time()}\t${rid}\tWARN\tusing fallback key STRIPE_SECRET_KEY=${c.s('api_key', 'stripe_secret', v.stripeSecret())} (publishable ${c.k(v.stripePublishable())})`,
  ])();
  return t;
}

export function vercelNetlify(c) {
  c.format = 'text';
  const p = v.person();
  return v.pick([
    () => `[POST] /api/checkout status=500\nError: Card declined for ${c.name(p)} <${c.email(p, 'angle_brackets')}> card=${c.card()} exp=${c.k(`${String(v.int(1, 12)).padStart(2, '0')}/2${v.int(6, 9)}`)}`,
    () => `${c.time()} ${c.k(`fn_${v.alnum(10)}`)} INFO   Netlify function contact-form payload: name=${c.s('person_name', 'form_urlencoded', enc(p.full))}&email=${c.s('email', 'form_urlencoded', enc(v.email(p)))}&message=Bitte+ruft+mich+an+${c.s('phone', 'form_urlencoded', enc(v.phone('deNat')))}`,
    () => `[GET] /api/me?session=${c.s('token', 'session_query', v.b64url(40))} 200 in ${c.k(`${v.int(4, 900)}ms`)} region=${c.k(v.pick(['fra1', 'iad1', 'hnd1', 'gru1']))}`,
    () => `Error: Cannot find module '/Users/${c.home(p)}/Projects/storefront/.next/server/chunks/${c.k(`${v.int(100, 999)}.js`)}'\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1145:15)`,
  ])();
}
