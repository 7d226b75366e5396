// Keep-heavy families: settings under secret-ish names, release and deploy events, business ids and
// metrics. A scrubber that redacts by key name or by "looks random" loses these.
import * as V from './values.mjs';

const S = (c, v, kind, sub) => c.s(v, kind, sub);
// Internal ledger numbers are 16 digits like a card number but fail Luhn, so a scrubber that checks
// the card checksum can tell them apart.
function notLuhn(r, n) {
  for (;;) {
    const d = r.digits(n);
    const sum = [...d].reverse().reduce((a, ch, i) => a + (i % 2 ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][Number(ch)] : Number(ch)), 0);
    if (sum % 10 !== 0) return d;
  }
}

export const negativeFamilies = [
  { name: 'security-settings-dump', n: 44, make(r, c) {
    const settings = {
      passwordMinLength: c.kj('passwordMinLength', r.pick([8, 10, 12, 14, 16])), passwordHistory: c.kj('passwordHistory', r.pick([3, 5, 10])),
      tokenTtlSeconds: c.kj('tokenTtlSeconds', r.pick([300, 900, 3600, 86400])), refreshTokenTtlDays: c.kj('refreshTokenTtlDays', r.pick([7, 14, 30])),
      apiKeyHeader: c.kj('apiKeyHeader', r.pick(['x-api-key', 'X-Api-Key', 'api-key'])), secretRotationDays: c.kj('secretRotationDays', r.pick([30, 60, 90])),
      sessionCookieName: c.kj('sessionCookieName', r.pick(['__Host-sid', 'sessionid', 'connect.sid'])), privateKeyPath: c.kj('privateKeyPath', r.pick(['/etc/app/keys/signing.pem', '/run/secrets/jwt_private_key', '/var/lib/app/tls/tls.key'])),
      passwordHashAlgorithm: c.kj('passwordHashAlgorithm', r.pick(['argon2id', 'bcrypt', 'scrypt'])), bcryptCost: c.kj('bcryptCost', r.pick([10, 12, 13])),
      maxFailedLogins: c.kj('maxFailedLogins', r.pick([3, 5, 10])), secretsBackend: c.kj('secretsBackend', r.pick(['vault', 'aws-secretsmanager', 'sops'])),
      jwksUri: c.kj('jwksUri', `https://${r.pick(['auth', 'login', 'id'])}.example.com/.well-known/jwks.json`), tokenAudience: c.kj('tokenAudience', r.pick(['api://orders', 'https://api.example.com'])),
    };
    const pick = r.shuffle(Object.keys(settings)).slice(0, r.int(6, 10));
    const rec = { level: 'info', msg: 'effective security configuration', service: c.k(r.pick(V.SERVICES)), configRevision: c.k(V.sha1(r).slice(0, 12)), settings: {} };
    for (const k of pick) rec.settings[k] = settings[k];
    c.keep.splice(0, c.keep.length, ...c.keep.filter((x) => !x.startsWith('"') || pick.some((k) => x.startsWith(`"${k}":`))));
    if (r.chance(0.3)) rec.owner = S(c, V.email(r, V.person(r), 'example.com'), 'email', 'config_owner');
    if (r.chance(0.3)) rec.settings.bootstrapAdminPassword = S(c, V.humanPassword(r), 'password', 'config_json');
    return { format: 'object', record: rec };
  } },
  { name: 'deploy-release-events', n: 44, make(r, c) {
    const p = V.person(r);
    const svc = r.pick(V.SERVICES);
    const actor = r.chance(0.6) ? S(c, V.username(r, p), 'username', 'deploy_actor') : c.k(r.pick(['dependabot[bot]', 'renovate[bot]', 'argocd-image-updater']));
    return { format: r.chance(0.5) ? 'object' : 'text', ...(r.chance(0.5)
      ? { format: 'object', record: { event: 'deployment.succeeded', service: svc, version: c.k(V.semver(r)), commit: c.k(V.sha1(r)), image: c.k(`${svc}@${V.imageDigest(r)}`), actor, durationMs: c.kj('durationMs', r.int(20000, 900000)), replicas: c.kj('replicas', r.int(2, 12)), canary: { percent: c.kj('percent', r.pick([5, 10, 25])), flag: c.k(r.pick(V.FLAGS)) }, traceId: c.k(V.traceId(r)) } }
      : { format: 'text', record: `argocd: app=${svc} sync=Synced health=Healthy revision=${c.k(V.sha1(r))} image=${c.k(`${svc}:${V.semver(r)}`)} by ${actor} ${c.k(`in ${r.int(10, 300)}s`)} (operation ${c.k(V.uuid(r))})` }) };
  } },
  { name: 'business-ids-ledger', n: 40, make(r, c) {
    const parts = [`order=${c.k(`${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`)}`, `invoice=${c.k(V.invId(r))}`, `ticket=${c.k(V.ticketId(r))}`, `sku=${c.k(`SKU-${r.alnum(8).toUpperCase()}`)}`, `tracking=${c.k(`1Z${r.str('0123456789ABCDEFGHJKLMNPRSTUVWXYZ', 16)}`)}`, `ledger_entry=${c.k(notLuhn(r, 16))}`, `amount=${c.k(`${r.int(1, 9999)}.${r.digits(2)}`)}`, `gtin=${c.k(`0${r.digits(13)}`)}`];
    if (r.chance(0.3)) parts.push(`approved_by=${S(c, V.email(r, V.person(r), 'example.com'), 'email', 'ledger')}`);
    return { format: 'text', record: `${V.isoTs(r)} ledger-recon INFO matched ${r.shuffle(parts).join(' ')} latency=${c.k(`${r.int(1, 900)}ms`)}` };
  } },
  { name: 'metrics-counters', n: 40, make(r, c) {
    const m = {
      'auth.login.failed_password.count': c.kj('auth.login.failed_password.count', r.int(0, 5000)), 'auth.token.issued.count': c.kj('auth.token.issued.count', r.int(100, 90000)),
      'secrets.cache.hit_ratio': c.kj('secrets.cache.hit_ratio', Number(r.next().toFixed(4))), 'http.server.duration.p99_ms': c.kj('http.server.duration.p99_ms', r.int(20, 4000)),
      'api_key.rotations.total': c.kj('api_key.rotations.total', r.int(0, 40)), 'cookie.session.active': c.kj('cookie.session.active', r.int(0, 50000)),
    };
    return { format: 'object', record: { ts: c.k(V.isoTs(r)), host: c.k(V.hostName(r)), service: r.pick(V.SERVICES), metrics: m, build: c.k(V.sha1(r).slice(0, 7)), spanId: c.k(V.spanId(r)) } };
  } },
  { name: 'cicd-artifact-manifest', n: 34, make(r, c) {
    const lines = [`Successfully built ${c.k(r.hex(12))}`, `Successfully tagged ${c.k(`registry.example.net/${r.pick(V.SERVICES)}:${V.semver(r)}`)}`, `digest: ${c.k(V.imageDigest(r))} size: ${r.int(1000, 9999)}`, `npm notice package: ${c.k(`@example/${r.pick(['ui-kit', 'auth-client', 'money'])}@${V.semver(r)}`)}`, `npm notice shasum: ${c.k(V.sha1(r))}`, `npm notice integrity: ${c.k(`sha512-${r.b64(86)}==`)}`, `cosign: verified signature for ${c.k(`sha256:${r.hex(64)}`)} with key ${c.k(`cosign.pub`)}`];
    if (r.chance(0.35)) lines.push(`+ npm publish --//registry.npmjs.org/:_authToken=${S(c, V.TOKENS.npm(r), 'token', 'npm')}`);
    return { format: 'text', record: r.shuffle(lines).join('\n') };
  } },
];
