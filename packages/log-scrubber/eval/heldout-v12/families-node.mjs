// Node service logs (Koa, Express, NestJS, Fastify, Next.js and the libraries they log errors from).
// Each function returns one record: { format, record, s: [[value, kind, sub]…], k: [keep…], maps? }.

export function makeNodeFamilies(V) {
  const { int, pick, chance, hex, str, ts } = V;
  const pinoBase = () => ({ level: pick([30, 40, 50]), time: 1767225600000 + int(0, 3e10), pid: int(20, 40000), hostname: `${pick(['api', 'web', 'worker'])}-${hex(9)}-${str('abcdefghijklmnopqrstuvwxyz0123456789', 5)}` });
  const homeUser = () => V.username();
  const stackFrames = (u, style) => {
    const root = style === 'mac' ? `/Users/${u}/code` : style === 'win' ? `C:\\Users\\${u}\\source\\repos` : `/home/${u}/projects`;
    const sep = style === 'win' ? '\\' : '/';
    const app = pick(['checkout-api', 'ledger', 'storefront', 'notify-svc']);
    return [`    at ${pick(['Parser.parseErrorMessage', 'Connection.handleError', 'Query.handleError', 'processTicksAndRejections'])} (${root}${sep}${app}${sep}node_modules${sep}${pick(['pg-protocol', 'mysql2', 'mongodb', 'ioredis'])}${sep}dist${sep}${pick(['parser.js', 'index.js', 'connection.js'])}:${int(10, 400)}:${int(5, 40)})`,
      `    at async ${pick(['UserService.create', 'OrdersController.place', 'handler', 'AuthService.login'])} (${root}${sep}${app}${sep}${pick(['src', 'dist'])}${sep}${pick(['users', 'orders', 'auth'])}${sep}${pick(['service', 'controller', 'route'])}.${pick(['js', 'ts'])}:${int(10, 300)}:${int(3, 30)})`].join('\n');
  };

  return {
    pg_unique_violation() {
      const em = V.email(); const u = homeUser(); const style = pick(['linux', 'mac', 'win']);
      const err = { type: 'DatabaseError', message: 'duplicate key value violates unique constraint "users_email_key"', stack: `error: duplicate key value violates unique constraint "users_email_key"\n${stackFrames(u, style)}`, length: int(200, 300), name: 'error', severity: 'ERROR', code: '23505', detail: `Key (email)=(${em}) already exists.`, schema: 'public', table: 'users', constraint: 'users_email_key' };
      const reqId = V.reqId();
      return { format: 'object', record: { ...pinoBase(), reqId, err, msg: 'request errored' }, s: [[em, 'email', 'pg_detail'], [u, 'home_path', `stack_${style}`]], k: [reqId, '"code":"23505"'] };
    },
    prisma_invocation() {
      const p = V.person(); const pw = V.password(); const ph = V.phone();
      const msg = `\nInvalid \`prisma.user.create()\` invocation in\n/app/dist/users/users.service.js:${int(20, 90)}:${int(10, 40)}\n\n  ${int(20, 90)}   async create(dto) {\n→ ${int(20, 90)}     return this.prisma.user.create({\n          data: {\n            email: "${p.email}",\n            name: "${p.name}",\n            password: "${pw}",\n            phone: "${ph}"\n          }\n        })\n\nUnique constraint failed on the fields: (\`email\`)`;
      const v = V.version();
      return { format: 'object', record: { level: 'error', context: 'ExceptionsHandler', message: msg, clientVersion: v, code: 'P2002', timestamp: ts() }, s: [[p.email, 'email', 'prisma_args'], [p.name, 'person_name', 'prisma_args'], [pw, 'password', 'prisma_args'], [ph, 'phone', 'prisma_args']], k: [`"clientVersion":"${v}"`, '"code":"P2002"'] };
    },
    axios_error() {
      const tok = V.token(pick(['jwt', 'opaque_bearer', 'google_access'])); const key = V.apiKey(pick(['generic', 'google', 'mailgun']));
      const em = V.email(); const pw = V.password(); const trace = V.traceId();
      const host = pick(['api.partner-payments.io', 'graph.vendorhub.net', 'crm.example-saas.com']);
      const record = { ...pinoBase(), msg: 'Request failed with status code 401', err: { name: 'AxiosError', message: 'Request failed with status code 401', code: 'ERR_BAD_REQUEST', config: { method: 'post', url: `https://${host}/v2/sessions?api_key=${key}`, headers: { Accept: 'application/json, text/plain, */*', 'Content-Type': 'application/json', Authorization: `Bearer ${tok}`, 'User-Agent': 'axios/1.7.9', traceparent: `00-${trace}-${V.spanId()}-01` }, data: JSON.stringify({ username: em, password: pw }), timeout: 10000 }, status: 401 } };
      return { format: 'object', record, s: [[tok, 'token', 'axios_auth_header'], [key, 'api_key', 'url_query'], [em, 'email', 'axios_data_json'], [pw, 'password', 'axios_data_json']], k: [trace, '"timeout":10000', '"User-Agent":"axios/1.7.9"'] };
    },
    mongo_dup_key() {
      const em = V.email(); const ph = V.phone();
      const which = chance(0.5);
      const msg = which ? `E11000 duplicate key error collection: shop.customers index: email_1 dup key: { email: "${em}" }` : `E11000 duplicate key error collection: crm.contacts index: phone_1_email_1 dup key: { phone: "${ph}", email: "${em}" }`;
      const s = [[em, 'email', 'mongo_dupkey']]; if (!which) s.push([ph, 'phone', 'mongo_dupkey']);
      const oid = hex(24);
      return { format: 'text', record: `[${ts()}] ERROR MongoServerError: ${msg}\n    at InsertOneOperation.execute (/srv/app/node_modules/mongodb/lib/operations/insert.js:${int(40, 90)}:${int(10, 30)}) {\n  errorResponse: { index: 0, code: 11000, keyPattern: { email: 1 } },\n  requestedId: ObjectId('${oid}')\n}`, s, k: [oid, 'code: 11000'] };
    },
    mongo_uri_parse() {
      const pw = V.urlPassword(); const user = pick(['svc_orders', 'reporting', 'app']); const cluster = `cluster${int(0, 9)}.${str('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net`;
      return { format: 'text', record: `MongoServerSelectionError: Server selection timed out after 30000 ms\n    connecting to mongodb+srv://${user}:${pw}@${cluster}/orders?retryWrites=true&w=majority&appName=${pick(['checkout', 'Cluster0'])}\n    at Topology.selectServer (node_modules/mongodb/lib/sdam/topology.js:${int(200, 400)}:${int(10, 40)})`, s: [[pw, 'connection_string', 'mongodb_srv']], k: [cluster, 'Server selection timed out after 30000 ms', 'retryWrites=true&w=majority'] };
    },
    ioredis_wrongpass() {
      const pw = V.urlPassword(); const host = V.hostname(); const port = pick([6379, 6380, 16379]);
      const asText = chance(0.5);
      if (asText) return { format: 'text', record: `[ioredis] Unhandled error event: ReplyError: WRONGPASS invalid username-password pair or user is disabled.\n    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)\nredis options: { host: '${host}', port: ${port}, username: 'default', password: '${pw}', db: ${int(0, 5)}, tls: {} }`, s: [[pw, 'password', 'ioredis_options']], k: [host] };
      return { format: 'object', record: { ...pinoBase(), msg: 'redis connection failed', redis: { url: `rediss://default:${pw}@${host}:${port}/0`, lazyConnect: true, maxRetriesPerRequest: 20 }, err: { message: 'WRONGPASS invalid username-password pair or user is disabled.' } }, s: [[pw, 'connection_string', 'rediss_url']], k: [host, '"maxRetriesPerRequest":20'] };
    },
    jwt_errors() {
      const t = V.jwt({ sub: V.uuid(), email: V.email(), iat: 1767225600 + int(0, 1e7), exp: 1767225600 + int(1e7, 2e7) });
      const exp = ts();
      const kind = pick(['TokenExpiredError: jwt expired', 'JsonWebTokenError: invalid signature', 'JsonWebTokenError: jwt malformed', 'NotBeforeError: jwt not active']);
      const rid = V.reqId();
      return { format: 'object', record: { ...pinoBase(), reqId: rid, msg: `auth failed: ${kind}`, err: { name: kind.split(':')[0], message: kind.split(': ')[1], ...(kind.startsWith('Token') ? { expiredAt: exp } : {}) }, req: { method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${t}`, host: 'app.local:3000' } } }, s: [[t, 'token', 'jwt_bearer']], k: [rid, ...(kind.startsWith('Token') ? [exp] : [])] };
    },
    jwt_payload_written() {
      const p = V.person(); const ip = V.ipv4(); const sid = V.other('session_id'); const kid = hex(16); const iss = `https://auth.${pick(['northwind', 'contoso', 'lumen'])}-cloud.com/`;
      const payload = { iss, sub: `auth0|${hex(24)}`, aud: ['https://api.internal/', `${iss}userinfo`], email: p.email, name: p.name, sid, ip, iat: 1767225600 + int(0, 1e7), exp: 1767229200 + int(0, 1e7), scope: 'openid profile email offline_access' };
      return { format: 'object', record: { level: 'debug', msg: 'decoded id_token', header: { alg: 'RS256', typ: 'JWT', kid }, payload }, s: [[p.email, 'email', 'jwt_claims'], [p.name, 'person_name', 'jwt_claims'], [sid, 'other_secret', 'jwt_sid'], [ip, 'ip', 'jwt_claims']], k: [kid, iss] };
    },
    koa_access_headers() {
      const sid = str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 32);
      const sig = str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 27); const ip = V.ipv4(); const ga = `GA1.1.${int(1e8, 2e9)}.${int(1.7e9, 1.77e9)}`;
      const ua = `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${int(15, 18)}.${int(0, 6)} Safari/605.1.15`;
      const rt = int(3, 900);
      return { format: 'object', record: { level: 'info', msg: `<-- GET /account ${rt}ms`, request: { method: 'GET', url: '/account?tab=billing', header: { host: 'shop.local', cookie: `koa.sess=${sid}; koa.sess.sig=${sig}; _ga=${ga}`, 'x-forwarded-for': `${ip}, 10.0.${int(0, 9)}.${int(2, 250)}`, 'user-agent': ua } }, response: { status: 200 } }, s: [[sid, 'cookie', 'koa_sess'], [sig, 'cookie', 'koa_sess_sig'], [ga, 'cookie', 'ga'], [ip, 'ip', 'xff']], k: [ua, `<-- GET /account ${rt}ms`] };
    },
    express_raw_headers() {
      const tok = V.token(pick(['jwt', 'github_pat', 'opaque_bearer'])); const sid = `s%3A${str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 32)}.${str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789%', 43)}`;
      const ip = V.ipv4(); const etag = `W/"${hex(4)}-${str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 27)}"`;
      const rid = V.uuid();
      return { format: 'object', record: { ...pinoBase(), msg: 'incoming request', req: { id: rid, rawHeaders: ['Host', 'api.local', 'Authorization', `Bearer ${tok}`, 'Cookie', `connect.sid=${sid}`, 'X-Real-IP', ip, 'If-None-Match', etag, 'X-Request-Id', rid] } }, s: [[tok, 'token', 'raw_header_tuple'], [sid, 'cookie', 'connect_sid'], [ip, 'ip', 'raw_header_tuple']], k: [etag, rid] };
    },
    header_map() {
      const key = V.apiKey(); const tok = V.token(pick(['slack_bot', 'npm', 'gitlab_pat', 'vault'])); const ua = `node-fetch/${pick(['2.7.0', '3.3.2'])}`; const rid = V.reqId();
      return { format: 'object', record: { level: 30, msg: 'outbound call', headers: { 'x-api-key': key, 'x-vault-token': tok, 'user-agent': ua, 'x-request-id': rid } }, maps: [['headers']], s: [[key, 'api_key', 'map_header'], [tok, 'token', 'map_header']], k: [ua, rid] };
    },
    keys_of_objects() {
      const e1 = V.email(); const e2 = V.email(); const ip = V.ipv4(); const win = pick([60, 300, 900]);
      const useMap = chance(0.5);
      const rec = { level: 40, msg: 'login throttle snapshot', windowSeconds: win, failuresByUser: { [e1]: int(3, 9), [e2]: int(3, 9) }, failuresByIp: { [ip]: int(10, 40) } };
      return { format: 'object', record: rec, ...(useMap ? { maps: [['failuresByUser'], ['failuresByIp']] } : {}), s: [[e1, 'email', useMap ? 'map_key' : 'object_key'], [e2, 'email', useMap ? 'map_key' : 'object_key'], [ip, 'ip', useMap ? 'map_key' : 'object_key']], k: [`"windowSeconds":${win}`] };
    },
    template_messages() {
      const p = V.person(); const ip = chance(0.3) ? V.ipv6() : V.ipv4(); const oid = V.orderId(); const dur = `${int(2, 2500)}ms`;
      const m = pick([
        () => ({ msg: `User ${p.email} logged in from ${ip} in ${dur}`, s: [[p.email, 'email', 'template'], [ip, 'ip', 'template']], k: [dur] }),
        () => ({ msg: `Sending receipt for ${oid} to ${p.name} <${p.email}>`, s: [[p.name, 'person_name', 'template'], [p.email, 'email', 'template']], k: [oid] }),
        () => ({ msg: `password reset requested for ${p.email} (ip=${ip}) ticket ${oid}`, s: [[p.email, 'email', 'template'], [ip, 'ip', 'template']], k: [oid] }),
        () => { const [la, lo] = V.geo(); return { msg: `geofence miss for ${p.email}: device at ${la},${lo} outside zone ${oid}`, s: [[p.email, 'email', 'template'], [la, 'geo', 'template_latlng'], [lo, 'geo', 'template_latlng']], k: [oid] }; },
        () => { const ph = V.phone(); return { msg: `SMS OTP dispatched to ${ph} for ${p.first} ${p.last}, order ${oid}`, s: [[ph, 'phone', 'template'], [p.name, 'person_name', 'template']], k: [oid] }; },
      ])();
      return { format: 'object', record: { ...pinoBase(), msg: m.msg }, s: m.s, k: m.k };
    },
    graphql_variables() {
      const p = V.person(); const pw = V.password(); const ph = V.phone(); const op = pick(['SignUp', 'RegisterCustomer', 'CreateAccount']);
      const useErr = chance(0.5);
      const record = { level: 'error', msg: useErr ? `Variable "$input" got invalid value "${ph}" at "input.phone"; Expected type "PhoneNumber". Invalid phone number.` : 'graphql request', operationName: op, query: `mutation ${op}($input: ${op}Input!) { ${op.charAt(0).toLowerCase()}${op.slice(1)}(input: $input) { id } }`, variables: { input: { email: p.email, password: pw, fullName: p.name, phone: ph, marketingOptIn: false } }, extensions: { persistedQuery: { version: 1, sha256Hash: V.sha256() } } };
      return { format: 'object', record, s: [[p.email, 'email', 'gql_vars'], [pw, 'password', 'gql_vars'], [p.name, 'person_name', 'gql_vars'], [ph, 'phone', useErr ? 'gql_error_msg' : 'gql_vars']], k: [record.extensions.persistedQuery.sha256Hash, `"operationName":"${op}"`] };
    },
    grpc_metadata() {
      const tok = V.token(pick(['jwt', 'google_access', 'opaque_bearer'])); const key = V.apiKey(pick(['google', 'generic'])); const tid = V.traceId();
      const code = pick(['16 UNAUTHENTICATED: Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.', '7 PERMISSION_DENIED: The caller does not have permission', '14 UNAVAILABLE: No connection established']);
      return { format: 'object', record: { level: 50, msg: 'grpc call failed', err: { code: Number(code.split(' ')[0]), details: code.split(': ')[1], metadata: { internalRepr: { authorization: [`Bearer ${tok}`], 'x-goog-api-key': [key], 'x-cloud-trace-context': [`${tid}/${int(1e15, 9e15)};o=1`] }, options: {} } }, service: 'inventory.v1.StockService/Reserve' }, maps: [['err', 'metadata', 'internalRepr']], s: [[tok, 'token', 'grpc_md'], [key, 'api_key', 'grpc_md']], k: [tid, '"service":"inventory.v1.StockService/Reserve"'] };
    },
    otlp_attributes() {
      const tok = V.token(pick(['jwt', 'opaque_bearer'])); const em = V.email(); const ip = V.ipv4(); const nm = V.fullName(); const span = V.spanId(); const trace = V.traceId();
      const attrs = [
        { key: 'http.request.header.authorization', value: { arrayValue: { values: [{ stringValue: `Bearer ${tok}` }] } } },
        { key: 'enduser.id', value: { stringValue: em } },
        { key: 'client.address', value: { stringValue: ip } },
        { key: 'db.statement', value: { stringValue: `SELECT id, plan FROM accounts WHERE owner_name = '${nm.replace("'", "''")}' LIMIT 1` } },
        { key: 'http.response.status_code', value: { intValue: '200' } },
      ];
      return { format: 'object', record: { resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: trace, spanId: span, name: 'GET /api/account', attributes: attrs }] }] }] }, s: [[tok, 'token', 'otlp_attr'], [em, 'email', 'otlp_enduser'], [ip, 'ip', 'otlp_attr'], [nm.replace("'", "''"), 'person_name', 'otlp_db_statement']], k: [trace, span] };
    },
    set_cookie() {
      const a = str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40); const enc = `${V.b64url(36)}..${V.b64url(22)}.${V.b64url(120)}.${V.b64url(22)}`; const csrf = `${hex(64)}%7C${hex(64)}`;
      const maxAge = pick([2592000, 86400, 3600]);
      return { format: 'object', record: { level: 'debug', msg: 'response headers', statusCode: 302, headers: { location: '/dashboard', 'set-cookie': [`__Secure-next-auth.session-token=${enc}; Path=/; Expires=Sat, 14 Mar 2026 10:00:00 GMT; HttpOnly; Secure; SameSite=Lax`, `__Host-next-auth.csrf-token=${csrf}; Path=/; HttpOnly; Secure; SameSite=Lax`, `remember_me=${a}; Max-Age=${maxAge}; Path=/; HttpOnly`] } }, s: [[enc, 'cookie', 'nextauth_session'], [csrf, 'cookie', 'nextauth_csrf'], [a, 'cookie', 'set_cookie_remember']], k: [`Max-Age=${maxAge}`, '"location":"/dashboard"'] };
    },
    nested_strings() {
      const em = V.email(); const pw = V.urlPassword(); const cs = V.other('client_secret').replace(/[~.]/g, 'x'); const clientId = V.oauthClientId();
      const user = V.username(); const bpw = V.urlPassword(); const basic = Buffer.from(`${user}:${bpw}`).toString('base64');
      const v = pick([
        () => ({ rec: { level: 50, msg: 'token exchange failed', body: `grant_type=password&username=${encodeURIComponent(em)}&password=${pw}&client_id=${encodeURIComponent(clientId)}&client_secret=${cs}` }, s: [[encodeURIComponent(em), 'email', 'urlencoded_body'], [pw, 'password', 'urlencoded_body'], [cs, 'other_secret', 'urlencoded_client_secret']], k: [encodeURIComponent(clientId)] }),
        () => ({ rec: { level: 50, msg: 'upstream 400', response: { data: JSON.stringify({ error: 'invalid_client', request: { client_id: clientId, client_secret: cs, login_hint: em } }) } }, s: [[cs, 'other_secret', 'json_in_string'], [em, 'email', 'json_in_string']], k: [clientId] }),
        () => ({ rec: { level: 40, msg: 'proxying request', upstream: 'https://legacy-erp.internal:8443/soap', headers: { authorization: `Basic ${basic}` }, clientId }, s: [[basic, 'password', 'basic_auth_b64']], k: [clientId, '"upstream":"https://legacy-erp.internal:8443/soap"'] }),
      ])();
      return { format: 'object', record: v.rec, s: v.s, k: v.k };
    },
    nest_validation_text() {
      const p = V.person(); const pid = int(10, 9999); const dob = V.dob(); const ms = `+${int(1, 300)}ms`;
      const line = `[Nest] ${pid}  - 03/${V.pad(int(1, 28))}/2026, ${int(1, 12)}:${V.pad(int(0, 59))}:${V.pad(int(0, 59))} PM   WARN [ValidationPipe] Bad Request body={"email":"${p.email}","name":"${p.name}","dateOfBirth":"${dob}","acceptTerms":"yes"} errors=["acceptTerms must be a boolean value"] ${ms}`;
      return { format: 'text', record: line, s: [[p.email, 'email', 'nest_body'], [p.name, 'person_name', 'nest_body'], [dob, 'dob', 'nest_body']], k: [ms, 'acceptTerms must be a boolean value'] };
    },
    nextjs_errors() {
      const key = V.apiKey(pick(['openai', 'anthropic', 'stripe_secret'])); const digest = String(int(1e8, 4e9)); const u = homeUser();
      const v = pick([
        () => ({ t: ` ⨯ Error: OpenAI request failed: 401 Incorrect API key provided: ${key}. You can find your API key at https://platform.openai.com/account/api-keys.\n    at generate (webpack-internal:///(rsc)/./app/api/chat/route.ts:${int(10, 80)}:${int(5, 30)})\n  digest: "${digest}"`, s: [[key, 'api_key', 'nextjs_error_msg']], k: [`digest: "${digest}"`] }),
        () => ({ t: ` ⨯ unhandledRejection: Error: ENOENT: no such file or directory, open '/Users/${u}/dev/storefront/.next/server/app/page.js'\n  errno: -2, code: 'ENOENT', syscall: 'open'\n  digest: "${digest}"`, s: [[u, 'home_path', 'nextjs_enoent']], k: [`digest: "${digest}"`, "syscall: 'open'"] }),
      ])();
      return { format: 'text', record: v.t, s: v.s, k: v.k };
    },
    stripe_sdk() {
      const masked = `sk_live_${'*'.repeat(int(20, 90))}${str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 4)}`; const wh = V.other('webhook_secret'); const evt = `evt_${str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 24)}`;
      const v = pick([
        () => ({ rec: { level: 50, msg: `StripeAuthenticationError: Invalid API Key provided: ${masked}`, type: 'StripeAuthenticationError', statusCode: 401 }, s: [], k: [masked, '"statusCode":401'] }),
        () => ({ rec: { level: 50, msg: 'Webhook Error: No signatures found matching the expected signature for payload. Are you passing the raw request body you received from Stripe?', event: evt, config: { endpointSecret: wh, tolerance: 300 } }, s: [[wh, 'other_secret', 'stripe_whsec']], k: [evt, '"tolerance":300'] }),
      ])();
      if (!v.s.length) { const em = V.email(); v.rec.customer_email = em; v.s.push([em, 'email', 'stripe_customer']); }
      return { format: 'object', record: v.rec, s: v.s, k: v.k };
    },
    nodemailer_auth() {
      const user = V.email(); const pass = V.other('smtp_password'); const to = V.person();
      return { format: 'object', record: { level: 50, msg: 'Error: Invalid login: 535-5.7.8 Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials', code: 'EAUTH', command: 'AUTH PLAIN', transport: { host: 'smtp.gmail.com', port: 465, secure: true, auth: { user, pass } }, mail: { to: `"${to.name}" <${to.email}>`, subject: 'Your invoice' } }, s: [[user, 'email', 'smtp_auth_user'], [pass, 'password', 'smtp_auth_pass'], [to.name, 'person_name', 'mail_to'], [to.email, 'email', 'mail_to']], k: ['"command":"AUTH PLAIN"', '"port":465'] };
    },
    sequelize_sql() {
      const p = V.person(); const ph = V.phone(); const addr = V.street(); const d = V.dob(); const ms = int(1, 400);
      const t = `Executing (default): INSERT INTO \`customers\` (\`id\`,\`full_name\`,\`email\`,\`phone\`,\`street\`,\`birth_date\`,\`createdAt\`) VALUES (DEFAULT,'${p.name}','${p.email}','${ph}','${addr}','${d}','2026-02-0${int(1, 9)} 10:0${int(0, 9)}:00'); Elapsed time: ${ms}ms`;
      return { format: 'text', record: t, s: [[p.name, 'person_name', 'sql_literal'], [p.email, 'email', 'sql_literal'], [ph, 'phone', 'sql_literal'], [addr, 'address', 'sql_literal'], [d, 'dob', 'sql_literal']], k: [`Elapsed time: ${ms}ms`, 'Executing (default): INSERT INTO `customers`'] };
    },
    knex_debug_bindings() {
      const em = V.email(); const tok = V.other('recovery_code'); const uid = V.uuid();
      return { format: 'object', record: { level: 20, msg: 'knex:query', method: 'update', sql: 'update "users" set "recovery_codes_used" = array_append("recovery_codes_used", ?) where "email" = ? and "id" = ?', bindings: [tok, em, uid], __knexQueryUid: V.uuid() }, s: [[tok, 'other_secret', 'knex_binding_recovery'], [em, 'email', 'knex_binding']], k: [uid] };
    },
    env_dump() {
      const pg = V.urlPassword(); const sk = V.apiKey('stripe_secret'); const jwtSecret = V.other('hmac_secret'); const pk = V.publishable(); const port = pick([3000, 8080, 4000]);
      const region = pick(['eu-central-1', 'us-east-1']); const aws = V.apiKey('aws_secret');
      const env = { NODE_ENV: 'production', PORT: String(port), DATABASE_URL: `postgresql://app:${pg}@db.internal:5432/shop?schema=public`, STRIPE_SECRET_KEY: sk, NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: pk, JWT_SECRET: jwtSecret, AWS_REGION: region, AWS_SECRET_ACCESS_KEY: aws, PASSWORD_MIN_LENGTH: '12' };
      return { format: 'object', record: { level: 'fatal', msg: 'config validation failed: "REDIS_URL" is required', env }, s: [[pg, 'connection_string', 'env_database_url'], [sk, 'api_key', 'env_stripe'], [jwtSecret, 'other_secret', 'env_jwt_secret'], [aws, 'api_key', 'env_aws_secret']], k: [pk, `"PORT":"${port}"`, '"PASSWORD_MIN_LENGTH":"12"'] };
    },
    dotenv_pasted() {
      const smtp = V.other('smtp_password'); const sess = V.other('encryption_key'); const gh = V.token('github_pat'); const ttl = pick([900, 3600]);
      const t = `debug: loaded .env from /srv/app/.env\nSMTP_HOST=smtp.postmarkapp.com\nSMTP_PASS=${smtp}\nAPP_KEY=${sess}\nGITHUB_TOKEN=${gh}\nSESSION_TTL_SECONDS=${ttl}\nLOG_LEVEL=info`;
      return { format: 'text', record: t, s: [[smtp, 'password', 'dotenv'], [sess, 'other_secret', 'dotenv_app_key'], [gh, 'token', 'dotenv']], k: [`SESSION_TTL_SECONDS=${ttl}`, 'SMTP_HOST=smtp.postmarkapp.com'] };
    },
    fastify_req() {
      const em = V.email(); const tok = V.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 43); const ip = chance(0.3) ? V.ipv6() : V.ipv4(); const rt = (V.rng.next() * 200).toFixed(int(3, 6)); const rid = `req-${int(1, 9999)}`;
      return { format: 'object', record: { level: 30, time: 1767225600000 + int(0, 3e10), reqId: rid, req: { method: 'GET', url: `/auth/magic-link/verify?token=${tok}&email=${encodeURIComponent(em)}`, hostname: 'localhost:3000', remoteAddress: ip, remotePort: int(40000, 65000) }, res: { statusCode: 302 }, responseTime: Number(rt), msg: 'request completed' }, s: [[tok, 'token', 'magic_link_query'], [encodeURIComponent(em), 'email', 'url_query_encoded'], [ip, 'ip', 'remote_address']], k: [`"reqId":"${rid}"`, `"statusCode":302`] };
    },
    passport_saml_profile() {
      const p = V.person(); const nid = V.nationalIdOf('us_ssn'); const issuer = `https://sts.${pick(['contoso', 'fabrikam'])}.example/${V.uuid()}/`;
      return { format: 'object', record: { level: 'debug', msg: 'SAML profile', profile: { issuer, nameID: p.email, nameIDFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname': p.first, 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname': p.last, 'urn:oid:2.5.4.3': p.name, employeeSsn: nid } }, s: [[p.email, 'email', 'saml_nameid'], [p.name, 'person_name', 'saml_cn'], [nid, 'national_id', 'us_ssn']], k: [issuer] };
    },
    multiline_console() {
      const p = V.person(); const addr = V.fullAddress(); const card = V.card(' '); const last4 = card.replace(/\D/g, '').slice(-4); const oid = V.orderId();
      const t = `console.log: checkout payload {\n  orderId: '${oid}',\n  shipping: {\n    name: '${p.name}',\n    line1: '${addr}'\n  },\n  payment: { number: '${card}', exp: '0${int(1, 9)}/2${int(7, 9)}', brandHint: 'ending ${last4}' }\n}`;
      return { format: 'text', record: t, s: [[p.name, 'person_name', 'console_inspect'], [addr, 'address', 'console_inspect'], [card, 'card', 'console_inspect']], k: [oid, `brandHint: 'ending ${last4}'`] };
    },
    npm_errors() {
      const tok = V.token('npm'); const u = homeUser(); const v = V.version();
      const t = `npm ERR! code E401\nnpm ERR! Incorrect or missing password.\nnpm ERR! config: //registry.npmjs.org/:_authToken=${tok}\nnpm ERR! A complete log of this run can be found in: /home/${u}/.npm/_logs/2026-0${int(1, 9)}-1${int(0, 9)}T08_1${int(0, 9)}_22_${int(100, 999)}Z-debug-0.log\nnpm ERR! npm v${v.replace(/^v/, '')}`;
      return { format: 'text', record: t, s: [[tok, 'token', 'npmrc_authtoken'], [u, 'home_path', 'npm_log_path']], k: [`npm v${v.replace(/^v/, '')}`, 'npm ERR! code E401'] };
    },
    ws_socketio() {
      const tok = V.token('jwt'); const ip = V.ipv4(); const room = `room:${V.orderId()}`; const sidio = str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 20);
      return { format: 'object', record: { level: 30, msg: 'socket connected', handshake: { address: ip, query: { EIO: '4', transport: 'websocket', t: str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 7) }, auth: { token: tok } }, socketId: sidio, joined: [room] }, s: [[tok, 'token', 'socketio_auth'], [ip, 'ip', 'socketio_handshake']], k: [room, sidio] };
    },
    private_key_errors() {
      const v = pick(['ssh2', 'jose', 'age']); const host = V.hostname();
      if (v === 'ssh2') { const pk = V.privateKey('OPENSSH PRIVATE KEY'); return { format: 'object', record: { level: 50, msg: 'deploy failed: Error: Cannot parse privateKey: Unsupported key format', target: { host, port: 22, username: 'deploy', privateKey: pk } }, s: [[pk, 'private_key', 'ssh2_options']], k: [host, '"port":22'] }; }
      if (v === 'jose') { const pk = V.privateKey('PRIVATE KEY'); const kid = V.hex(16); return { format: 'text', record: `TypeError: "pkcs8" must be PKCS#8 formatted string\n    at importPKCS8 (/app/node_modules/jose/dist/node/esm/key/import.js:${int(10, 30)}:${int(10, 20)})\nsigning key (kid ${kid}):\n${pk}`, s: [[pk, 'private_key', 'jose_import']], k: [`kid ${kid}`] }; }
      const ak = V.ageKey(); const pub = `age1${V.str('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}`;
      return { format: 'text', record: `sops: failed to decrypt: no matching recipient\n# created: 2026-01-0${int(1, 9)}T10:00:00Z\n# public key: ${pub}\n${ak}`, s: [[ak, 'private_key', 'age_identity']], k: [pub] };
    },
    db_connect_errors() {
      const pw = V.urlPassword(); const host = V.hostname(); const db = pick(['orders', 'ledger', 'catalog', 'events']);
      const v = pick([
        () => ({ format: 'object', record: { level: 50, msg: 'SequelizeConnectionRefusedError: connect ECONNREFUSED 10.20.3.4:3306', config: { uri: `mysql://shop:${pw}@${host}:3306/${db}`, pool: { max: 10, idle: 10000 } } }, k: [host, '"idle":10000'] }),
        () => ({ format: 'text', record: `[amqplib] Error: Handshake terminated by server: 403 (ACCESS-REFUSED) with message "ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN."\n  url=amqps://orders-consumer:${pw}@${host}:5671/${db}`, k: [host, '403 (ACCESS-REFUSED)'] }),
        () => ({ format: 'object', record: { level: 'error', message: 'Login failed for user \'reporting\'.', code: 'ELOGIN', connectionString: `Server=tcp:${host},1433;Initial Catalog=${db};User ID=reporting;Password=${pw};Encrypt=True;Connection Timeout=30;` }, k: [host, '"code":"ELOGIN"'] }),
        () => ({ format: 'text', record: `Error: getaddrinfo ENOTFOUND ${host}\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:${int(100, 120)}:${int(10, 30)}) {\n  errno: -3008,\n  code: 'ENOTFOUND',\n  syscall: 'getaddrinfo',\n  hostname: '${host}'\n}\nDATABASE_URL=postgres://${pick(['app', 'api', 'root'])}:${pw}@${host}:5432/${db}?sslmode=require`, k: [host, "syscall: 'getaddrinfo'"] }),
      ])();
      const sub = { object: 'db_uri_in_config', text: 'db_uri_in_error' }[v.format];
      return { ...v, s: [[pw, 'connection_string', sub]] };
    },
    versions_noise() {
      // hard-negative-heavy record: dependency report with hashes and ids that look random
      const sha = V.sha(); const integ = `sha512-${V.b64(86)}==`; const em = V.email();
      return { format: 'object', record: { level: 30, msg: 'build info', commit: sha, lockfileIntegrity: integ, node: 'v20.11.1', author: em }, s: [[em, 'email', 'build_author']], k: [sha, integ, '"node":"v20.11.1"'] };
    },
  };
}
