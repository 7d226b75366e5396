// Templates that plant credentials. Each template returns { format: 'object' | 'text', record } and
// registers labels through c.S(value, kind, sub) (must be gone after scrubbing) and c.K(value) (must
// survive verbatim). Shapes follow public material cited in eval/README.md; values are all generated.

const pwKind = 'password';

export const secretTemplates = [
  // ---------- secrets by key name: upper-case env dumps ----------
  {
    family: 'env-dump-upper',
    n: 50,
    make(c) {
      const { r, v, neg } = c;
      const pool = [
        ['DB_PASS', () => c.S(v.password(), pwKind, 'env_pass')],
        ['MYSQL_PWD', () => c.S(v.password(), pwKind, 'env_pwd')],
        ['SMTP_PASS', () => c.S(v.password(), pwKind, 'env_pass')],
        ['ADMIN_PASS', () => c.S(v.password(), pwKind, 'env_pass')],
        ['PGPASSWORD', () => c.S(v.password(), pwKind, 'env_password')],
        ['RABBITMQ_DEFAULT_PASS', () => c.S(v.password(), pwKind, 'env_pass')],
        ['LDAP_BIND_PASSWD', () => c.S(v.password(), pwKind, 'env_passwd')],
        ['KEYSTORE_PASS', () => c.S(v.password(), pwKind, 'env_pass')],
        ['MONGO_INITDB_ROOT_PASSWORD', () => c.S(v.password(), pwKind, 'env_password')],
        ['JWT_KEY', () => c.S(r.str('abcdef0123456789', 64), 'other_secret', 'env_key')],
        ['SESSION_KEY', () => c.S(r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32), 'other_secret', 'env_key')],
        ['LOG_KEY_K2', () => c.S(r.str('0123456789abcdef', 64), 'other_secret', 'env_key')],
        ['ENCRYPTION_KEY', () => c.S(Buffer.from(r.str('abcdefghijklmnopqrstuvwxyz0123456789', 32)).toString('base64'), 'other_secret', 'env_key')],
        ['HMAC_KEY', () => c.S(r.str('0123456789abcdef', 64), 'other_secret', 'env_key')],
        ['KOA_KEYS', () => [c.S(v.password(), 'other_secret', 'env_keys_list'), c.S(v.password(), 'other_secret', 'env_keys_list')].join(',')],
        ['COOKIE_SIGNING_KEYS', () => [c.S(r.str('abcdef0123456789', 32), 'other_secret', 'env_keys_list'), c.S(r.str('abcdef0123456789', 32), 'other_secret', 'env_keys_list')].join(',')],
        ['GITHUB_TOKEN', () => c.S(v.vendor.github_pat(), 'api_key', 'github_pat')],
        ['NPM_TOKEN', () => c.S(v.vendor.npm(), 'api_key', 'npm')],
        ['SLACK_BOT_TOKEN', () => c.S(v.vendor.slack_bot(), 'api_key', 'slack_bot')],
        ['OPENAI_API_KEY', () => c.S(v.vendor.openai(), 'api_key', 'openai')],
        ['ANTHROPIC_API_KEY', () => c.S(v.vendor.anthropic(), 'api_key', 'anthropic')],
        ['SENDGRID_API_KEY', () => c.S(v.vendor.sendgrid(), 'api_key', 'sendgrid')],
        ['STRIPE_SECRET_KEY', () => c.S(v.vendor.stripe_secret(), 'api_key', 'stripe')],
        ['AWS_SECRET_ACCESS_KEY', () => c.S(v.vendor.aws_secret_access_key(), 'api_key', 'aws_secret')],
        ['AWS_ACCESS_KEY_ID', () => c.S(v.vendor.aws_access_key_id(), 'api_key', 'aws_key_id')],
        ['TWILIO_AUTH_TOKEN', () => c.S(r.str('0123456789abcdef', 32), 'token', 'env_token')],
        ['DATABASE_URL', () => `postgres://${v.username()}:${c.S(v.password(), 'connection_string', 'postgres_url')}@db.${r.pick(['prod', 'staging'])}.internal:5432/app`],
        ['REDIS_URL', () => `redis://:${c.S(v.password(), 'connection_string', 'redis_url')}@cache.internal:6379/0`],
      ];
      const env = {
        NODE_ENV: c.K('production'),
        PORT: '3000',
        LOG_LEVEL: 'info',
        HOSTNAME: c.K(neg.hostname()),
        npm_package_version: c.K(neg.semver()),
        TZ: 'UTC',
      };
      for (const [name, gen] of r.sample(pool, r.int(3, 6))) env[name] = gen();
      const kneg = r.pick([['PASSWORD_MIN_LENGTH', String(r.int(8, 16))], ['KEY_ROTATION_DAYS', String(r.int(30, 365))],
        ['TOKEN_TTL_SECONDS', String(r.int(60, 86400))], ['API_KEY_HEADER', 'x-api-key'], ['SESSION_COOKIE_NAME', 'koa.sess'],
        ['JWT_ISSUER', 'https://auth.example.com/'], ['SECRETS_BACKEND', 'vault']]);
      env[kneg[0]] = kneg[1];
      const asText = r.chance(0.3);
      c.K(asText ? `${kneg[0]}=${kneg[1]}` : `"${kneg[0]}":"${kneg[1]}"`);
      const rec = r.chance(0.5)
        ? { level: 30, time: neg.epochMs(), pid: r.int(1, 40000), hostname: env.HOSTNAME, msg: 'effective configuration', env }
        : { level: 'debug', msg: 'boot', config: { process: { env, argv: ['/usr/local/bin/node', '/srv/app/dist/server.js'] } } };
      if (asText) return { format: 'text', record: Object.entries(env).map(([k2, v2]) => `${k2}=${v2}`).join('\n') };
      return { format: 'object', record: rec };
    },
  },
  // ---------- secrets by key name: camelCase / nested config ----------
  {
    family: 'config-camel',
    n: 50,
    make(c) {
      const { r, v, neg } = c;
      const cfg = { db: { host: c.K(neg.hostname()), port: 5432, user: 'app' } };
      const dbKey = r.pick(['dbPass', 'password', 'dbPassword', 'pgPwd', 'mysqlPwd', 'pass', 'userPass', 'adminPass', 'rootPwd', 'passwd']);
      cfg.db[dbKey] = c.S(v.password(), pwKind, `camel_${dbKey}`);
      const extra = [
        () => { cfg.jwt = { issuer: c.K('https://auth.example.com/'), jwtKey: c.S(r.str('abcdef0123456789', 64), 'other_secret', 'camel_key') }; },
        () => { cfg.session = { sessionKey: c.S(r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40), 'other_secret', 'camel_key'), maxAge: 86400000 }; },
        () => { cfg.koa = { keys: [c.S(v.password(), 'other_secret', 'koa_keys'), c.S(v.password(), 'other_secret', 'koa_keys')], proxy: true }; },
        () => { cfg.cookieSigningKeys = [c.S(r.str('0123456789abcdef', 32), 'other_secret', 'koa_keys'), c.S(r.str('0123456789abcdef', 32), 'other_secret', 'koa_keys')]; },
        () => { cfg.smtp = { host: 'smtp.mailgun.org', port: 587, auth: { user: 'postmaster@mg.example.com', pass: c.S(v.password(), pwKind, 'smtp_pass') } }; },
        () => { cfg.redis = { host: 'cache.internal', port: 6379, redisPass: c.S(v.password(), pwKind, 'camel_pass') }; },
        () => { cfg.encryptionKey = c.S(Buffer.from(r.str('abcdefghijklmnop0123456789', 32)).toString('base64'), 'other_secret', 'camel_key'); },
        () => { cfg.signingKey = c.S(r.str('0123456789abcdef', 64), 'other_secret', 'camel_key'); },
        () => { cfg.stripe = { apiVersion: '2024-06-20', secretKey: c.S(v.vendor.stripe_secret(), 'api_key', 'stripe'), webhookSecret: c.S(v.vendor.stripe_webhook(), 'api_key', 'stripe_whsec') }; },
        () => { cfg.oauth = { clientId: c.K(`client-${r.int(1000, 9999)}`), clientSecret: c.S(r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 40), 'other_secret', 'client_secret') }; },
        () => { cfg.hmacKeys = { current: c.S(r.str('0123456789abcdef', 64), 'other_secret', 'camel_key'), previous: c.S(r.str('0123456789abcdef', 64), 'other_secret', 'camel_key') }; },
        () => { cfg.masterKey = c.S(r.str('0123456789abcdef', 64), 'other_secret', 'camel_key'); },
      ];
      for (const f of r.sample(extra, r.int(1, 3))) f();
      const [sk, sv] = neg.ttlSettings();
      cfg[sk] = sv;
      if (typeof sv === 'object') for (const [k2, v2] of Object.entries(sv)) c.K(`"${k2}":${JSON.stringify(v2)}`);
      else c.K(`"${sk}":${JSON.stringify(sv)}`);
      return { format: 'object', record: { level: 20, msg: 'config loaded', version: c.K(neg.semver()), config: cfg } };
    },
  },
  // ---------- secrets by key name: kebab-case, headers, compound ----------
  {
    family: 'config-kebab',
    n: 45,
    make(c) {
      const { r, v, neg } = c;
      const rec = { msg: r.pick(['outgoing request', 'proxying upstream', 'sidecar config']), reqId: c.K(neg.uuid()) };
      const pool = [
        ['db-pass', () => c.S(v.password(), pwKind, 'kebab_pass')],
        ['admin-password', () => c.S(v.password(), pwKind, 'kebab_password')],
        ['jwt-key', () => c.S(r.str('0123456789abcdef', 64), 'other_secret', 'kebab_key')],
        ['x-session-key', () => c.S(r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32), 'other_secret', 'kebab_key')],
        ['signing-keys', () => [c.S(r.str('0123456789abcdef', 40), 'other_secret', 'kebab_keys'), c.S(r.str('0123456789abcdef', 40), 'other_secret', 'kebab_keys')]],
        ['x-auth-token', () => c.S(v.token(), 'token', 'header_token')],
        ['private-token', () => c.S(v.vendor.gitlab_pat(), 'api_key', 'gitlab_pat')],
        ['x-api-key', () => c.S(r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40), 'api_key', 'header_api_key')],
        ['x-goog-api-key', () => c.S(v.vendor.google_api(), 'api_key', 'google_api')],
        ['smtp-pwd', () => c.S(v.password(), pwKind, 'kebab_pwd')],
        ['ocp-apim-subscription-key', () => c.S(r.str('0123456789abcdef', 32), 'api_key', 'azure_apim')],
        ['x-vault-token', () => c.S(`hvs.${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 24)}`, 'token', 'vault_short')],
      ];
      const hdrs = { 'content-type': c.K('application/json'), 'user-agent': c.K(neg.userAgent()), 'x-request-id': rec.reqId };
      for (const [k, g] of r.sample(pool, r.int(2, 4))) hdrs[k] = g();
      rec[r.pick(['headers', 'settings', 'upstream'])] = hdrs;
      return { format: 'object', record: rec };
    },
  },
  // ---------- passwords in free text ----------
  {
    family: 'text-password-context',
    n: 60,
    make(c) {
      const { r, v, neg } = c;
      const user = r.pick(['bob', 'alice', 'svc-backup', 'admin', 'deploy', 'root', 'ops']);
      const passphrase = r.chance(0.15);
      const pw = passphrase
        ? c.S(`${r.pick(v.words)} ${r.pick(v.words)} ${r.pick(v.words)} ${r.pick(v.words)}`, pwKind, 'prose_passphrase')
        : c.S(v.password().replace(/[-\s]/g, ''), pwKind, 'prose');
      const forms = [
        () => `login failed for ${user} with password ${pw}`,
        () => `auth: user ${user} supplied wrong password "${pw}" (attempt ${r.int(2, 5)}/5)`,
        () => `Authentication failed (user=${user}, password=${pw})`,
        () => `password for ${user} reset to ${pw} by admin`,
        () => `invalid credentials for ${user}: password '${pw}' rejected`,
        () => `SMTP login as ${user}@mail.example.com using password ${pw} failed: 535 5.7.8`,
        () => `new temporary password: ${pw}`,
        () => `user ${user} changed passphrase to ${pw}`,
        () => `basic auth ${user}:${pw} rejected by upstream`,
        () => `connecting with --password=${pw} --user=${user}`,
        () => `bootstrap: created admin account ${user} / password ${pw}`,
        () => `pwd=${pw} user=${user} result=denied`,
      ];
      if (passphrase) {
        // passphrases with spaces, quoted: removing only the first word still leaks the rest
        forms.splice(0, forms.length, () => `new passphrase "${pw}" set for ${user}`, () => `password: '${pw}' rejected for ${user}`, () => `vault unseal failed, passphrase="${pw}"`);
      }
      const msg = r.pick(forms)();
      if (r.chance(0.5)) return { format: 'text', record: `${neg.iso()} ${r.pick(['WARN', 'ERROR', 'INFO'])} [auth] ${msg}` };
      return { format: 'object', record: { level: 40, time: neg.epochMs(), reqId: c.K(neg.uuid()), msg } };
    },
  },
  // ---------- API keys / tokens in free text with context words ----------
  {
    family: 'text-key-context',
    n: 60,
    make(c) {
      const { r, v, neg } = c;
      const gens = [
        ['generic_hex', () => r.str('0123456789abcdef', r.pick([32, 40, 64])), 'api_key'],
        ['generic_b64url', () => r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 43), 'token'],
        ['stripe', v.vendor.stripe_secret, 'api_key'],
        ['openai', v.vendor.openai, 'api_key'],
        ['anthropic', v.vendor.anthropic, 'api_key'],
        ['sendgrid', v.vendor.sendgrid, 'api_key'],
        ['paseto', () => `v4.local.${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 96)}`, 'token'],
        ['google_oauth', () => `ya29.a0${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 140)}`, 'token'],
        ['letters_only', () => r.str('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', r.int(24, 40)), 'token'],
        ['b64_padded', () => `${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 42)}==`, 'other_secret'],
      ];
      const [sub, g, kind] = r.pick(gens);
      const key = c.S(g(), kind, `prose_${sub}`);
      const forms = [
        () => `invalid api key ${key}`,
        () => `Invalid API Key provided: ${key}`,
        () => `Incorrect API key provided: ${key}. You can find your API key at https://platform.openai.com/account/api-keys.`,
        () => `401 Unauthorized: API key ${key} is expired`,
        () => `token ${key} revoked for tenant ${r.int(1, 999)}`,
        () => `refreshing access token (old=${key})`,
        () => `secret ${key} does not match webhook signature`,
        () => `session ${key} expired after ${neg.duration()}`,
        () => `credential ${key} rejected by upstream (${neg.status()})`,
        () => `using client secret ${key} for ${r.pick(['github', 'google', 'azure'])} oauth`,
        () => `cookie value ${key} failed verification`,
        () => `Webhook signing secret is ${key}`,
      ];
      const msg = r.pick(forms)();
      if (r.chance(0.4)) return { format: 'text', record: `[${neg.iso()}] ${r.pick(['warn', 'error'])}: ${msg}` };
      return { format: 'object', record: { level: 50, msg, err: { type: 'Error', message: msg, code: c.K(neg.errCode()) } } };
    },
  },
  // ---------- SQL statements carrying passwords ----------
  {
    family: 'sql-password',
    n: 50,
    make(c) {
      const { r, v, neg } = c;
      const pw = c.S(v.password().replace(/['\\]/g, ''), pwKind, 'sql');
      const role = r.pick(['app_rw', 'reporting', 'svc_backup', 'analytics', 'migrator']);
      const forms = [
        () => `CREATE USER ${role} WITH PASSWORD '${pw}'`,
        () => `ALTER ROLE ${role} WITH LOGIN PASSWORD '${pw}' VALID UNTIL '2027-01-01'`,
        () => `CREATE USER '${role}'@'%' IDENTIFIED BY '${pw}'`,
        () => `ALTER USER '${role}'@'localhost' IDENTIFIED WITH mysql_native_password BY '${pw}'`,
        () => `SET PASSWORD FOR '${role}'@'%' = '${pw}'`,
        () => `ALTER USER ${role.toUpperCase()} IDENTIFIED BY "${pw}"`,
        () => `CREATE LOGIN ${role} WITH PASSWORD = '${pw}', CHECK_POLICY = ON`,
        () => `GRANT CONNECT ON DATABASE app TO ${role}; ALTER USER ${role} PASSWORD '${pw}';`,
      ];
      const sql = r.pick(forms)();
      if (r.chance(0.35)) return { format: 'text', record: `${neg.iso()} UTC [${r.int(100, 99999)}] LOG:  statement: ${sql}` };
      return { format: 'object', record: { level: 20, msg: 'query', query: sql, durationMs: r.int(1, 300), rowCount: 0, statementId: c.K(neg.uuid()) } };
    },
  },
  // ---------- Bearer / Authorization in free text ----------
  {
    family: 'text-bearer',
    n: 45,
    make(c) {
      const { r, v, neg } = c;
      const tok = c.S(r.pick([v.jwt, () => r.str('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', r.int(20, 40)), v.token, v.vendor.github_app])(), 'token', 'bearer');
      const path = c.K(neg.route());
      const forms = [
        () => `GET ${path} 401 - Authorization: Bearer ${tok}`,
        () => `token rejected: Bearer ${tok}`,
        () => `> Authorization: Bearer ${tok}\n> Accept: application/json`,
        () => `upstream said 403 for "authorization":"Bearer ${tok}"`,
        () => `curl -H 'Authorization: Bearer ${tok}' https://api.example.com${path}`,
        () => `WWW-Authenticate: Bearer error="invalid_token" (presented ${tok})`,
      ];
      const msg = r.pick(forms)();
      if (r.chance(0.5)) return { format: 'text', record: msg };
      return { format: 'object', record: { level: 40, msg, res: { statusCode: neg.status() } } };
    },
  },
];

