// Keep-heavy families: harmless values that look risky (hashes, ids, digests, versions, metrics and
// settings under secret-ish key names). A scrubber must leave every c.k() value intact.
import { ALNUM, DIG, HEX, LO, pad } from './values.mjs';

export function keepFamilies(h) {
  const { int, pick, str, V, S, iso, epochMs, pod, sha40, semver } = h;
  const ulid = () => `01${str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)}`;
  const frag = (c, k, v) => c.k(`${JSON.stringify(k)}:${JSON.stringify(v)}`);

  return {
    // Release pipelines: commit SHAs under commit keys, digests, integrity strings, 4-part versions.
    'release-artifacts': (c) => {
      const rec = { level: 'info', time: iso(), msg: 'artifact published',
        commit: c.k(sha40()), shortSha: c.k(str(HEX, 8)), version: c.k(semver()),
        fileVersion: c.k(`${int(1, 12)}.${int(0, 9)}.${int(0, 30)}.${int(0, 9999)}`),
        imageDigest: c.k(`sha256:${str(HEX, 64)}`),
        integrity: c.k(`sha512-${S.b64(64)}`),
        buildNumber: int(100, 99999) };
      frag(c, 'buildNumber', rec.buildNumber);
      return { format: 'object', record: rec };
    },

    // Distributed tracing: 128-bit trace ids and 64-bit span ids look like hex tokens.
    'trace-spans': (c) => {
      const traceId = str(HEX, 32);
      const spanId = str(HEX, 16);
      const rec = { level: 30, time: epochMs(), msg: 'span ended', traceId: c.k(traceId), spanId: c.k(spanId), parentSpanId: c.k(str(HEX, 16)), traceparent: c.k(`00-${traceId}-${str(HEX, 16)}-01`), name: pick(['GET /orders/:id', 'pg.query', 'redis.get', 'kafka.produce']), durationNs: int(1e4, 9e9), attributes: { 'http.status_code': pick([200, 201, 304, 404]), 'net.peer.name': pick(['orders-db', 'cache', 'broker']) } };
      frag(c, 'durationNs', rec.durationNs);
      return { format: 'object', record: rec };
    },

    // Order lifecycle events: order/invoice/PO/ticket/shipment numbers, EANs, Luhn-valid tracking ids.
    'order-lifecycle': (c) => {
      const rec = { level: 'info', time: iso(), msg: pick(['order shipped', 'invoice issued', 'return received']),
        orderId: c.k(`ORD-${int(2024, 2026)}-${pad(int(1, 999999), 6)}`), invoiceNumber: c.k(`${pick(['RE', 'FA', 'INV'])}${int(2024, 2026)}${pad(int(1, 99999), 5)}`),
        purchaseOrder: c.k(`45${str(DIG, 8)}`), trackingNumber: c.k(V.luhn16()), sku: c.k(`${pick(['TS', 'SH', 'BK'])}-${int(10, 99)}-${int(1000, 9999)}-${pick(['XS', 'M', 'XL'])}`),
        gtin: c.k(V.ean13()), ticket: c.k(`${pick(['OPS', 'FIN', 'LOG'])}-${int(100, 9999)}`), total: { amount: `${int(5, 4999)}.${pad(int(0, 99), 2)}`, currency: pick(['EUR', 'USD', 'CHF', 'SEK']) } };
      c.k(rec.total.amount);
      return { format: 'object', record: rec };
    },

    // Counters and settings whose key names contain secret words but whose values are harmless.
    'secretish-metrics': (c) => {
      const rec = { level: 'info', time: iso(), msg: 'auth metrics', window: '1m',
        tokensIssued: int(0, 90000), tokenCacheHitRatio: Number((int(500, 999) / 1000).toFixed(3)), keyRotationAgeDays: int(0, 400), passwordResetsLastHour: int(0, 300),
        apiKeysActive: int(1, 900), secretsLoaded: int(3, 60), credentialTtlSeconds: pick([300, 900, 3600, 43200]), maxLoginAttempts: int(3, 10), sessionsActive: int(0, 50000),
        passwordHashAlgorithm: pick(['argon2id', 'scrypt', 'bcrypt']), tokenFormat: pick(['jwt', 'opaque', 'paseto']), keyAlgorithm: pick(['ES256', 'EdDSA', 'RS256']), secretsBackend: pick(['aws-secretsmanager', 'vault', 'gcp-secret-manager', 'sops']) };
      for (const k of h.shuffle(['tokensIssued', 'tokenCacheHitRatio', 'keyRotationAgeDays', 'passwordResetsLastHour', 'apiKeysActive', 'secretsLoaded', 'credentialTtlSeconds', 'maxLoginAttempts', 'sessionsActive', 'passwordHashAlgorithm', 'tokenFormat', 'keyAlgorithm', 'secretsBackend']).slice(0, int(4, 6))) frag(c, k, rec[k]);
      return { format: 'object', record: rec };
    },

    // Same idea as text (logfmt / key=value) lines.
    'secretish-logfmt': (c) => {
      const parts = [
        `token_ttl=${pick(['15m', '1h', '24h'])}`, `password_min_length=${int(8, 16)}`, `key_version=${int(1, 40)}`, `secret_rotation=enabled`, `session_timeout_s=${pick([900, 1800, 3600])}`,
        `api_key_header=x-api-key`, `auth_scheme=Bearer`, `jwt_alg=${pick(['ES256', 'RS256'])}`, `max_tokens=${pick([256, 1024, 4096])}`, `credentials_source=${pick(['env', 'irsa', 'instance-profile'])}`,
      ];
      const chosen = h.shuffle(parts).slice(0, int(4, 6));
      for (const p of chosen) c.k(p);
      const rid = c.k(S.uuid());
      return { format: 'text', record: `time=${iso()} level=info msg="auth settings applied" request_id=${rid} ${chosen.join(' ')}` };
    },

    // Cloud provider resource ids and request metadata.
    'cloud-resources': (c) => {
      const rec = { level: 'info', time: iso(), msg: pick(['instance launched', 'volume attached', 'bucket policy updated']), region: pick(['eu-central-1', 'us-west-2', 'ap-southeast-2']),
        instanceId: c.k(`i-0${str(HEX, 16)}`), volumeId: c.k(`vol-0${str(HEX, 16)}`), vpcId: c.k(`vpc-0${str(HEX, 16)}`), subnetId: `subnet-0${str(HEX, 16)}`,
        bucketArn: c.k(`arn:aws:s3:::${pick(['invoices', 'exports', 'media'])}-${str(LO + DIG, 6)}`), requestId: c.k(S.uuid()), eTag: c.k(`"${str(HEX, 32)}"`), amzId2: c.k(S.b64(56)) };
      return { format: 'object', record: rec };
    },

    // Request logs from Koa/Express: URLs with business ids, UA strings, ids.
    'request-log-keep': (c) => {
      const orderish = `ORD-${int(2024, 2026)}-${pad(int(1, 999999), 6)}`;
      const url = `/api/v${int(1, 3)}/${pick(['orders', 'invoices', 'shipments'])}/${orderish}?page=${int(1, 20)}&sort=-createdAt&include=${pick(['lines', 'payments', 'events'])}`;
      const rec = { level: 30, time: epochMs(), reqId: c.k(S.uuid()), req: { method: 'GET', url: c.k(url), headers: { 'user-agent': c.k(`${pick(['okhttp', 'Dart', 'python-requests'])}/${semver()}`), accept: 'application/json', 'if-none-match': c.k(`W/"${str(HEX, 2)}-${str(LO + DIG, 27)}"`) } }, res: { statusCode: pick([200, 304]) }, responseTime: int(1, 900) };
      frag(c, 'responseTime', rec.responseTime);
      return { format: 'object', record: rec };
    },

    // Payment provider object ids (not secrets) and amounts.
    'provider-object-ids': (c) => {
      const rec = { level: 'info', time: iso(), msg: 'charge succeeded', charge: c.k(`ch_${str(ALNUM, 24)}`), paymentIntent: c.k(`pi_${str(ALNUM, 24)}`), invoice: c.k(`in_${str(ALNUM, 24)}`), event: c.k(`evt_${str(ALNUM, 24)}`), price: c.k(`price_${str(ALNUM, 24)}`), balanceTransaction: c.k(`txn_${str(ALNUM, 24)}`), amount: int(100, 500000), livemode: true, idempotencyKey: c.k(S.uuid()) };
      frag(c, 'amount', rec.amount);
      return { format: 'object', record: rec };
    },

    // Security audit events that talk about credentials without containing any.
    'auth-audit-keep': (c) => {
      const rec = { level: 'info', time: iso(), msg: pick(['password changed', 'api key rotated', 'signing key activated', 'session revoked']), actorId: c.k(S.uuid()),
        keyId: c.k(`${int(2025, 2026)}-${pad(int(1, 12), 2)}-${pick(['es256', 'ed25519', 'rs256'])}`), jti: c.k(ulid()), fingerprint: c.k(`SHA256:${S.b64(32).replace(/=+$/, '')}`),
        kmsKey: c.k(`projects/${pick(['billing-prod', 'core-infra'])}/locations/${pick(['europe-west3', 'global'])}/keyRings/app/cryptoKeys/${pick(['db', 'tokens'])}/cryptoKeyVersions/${int(1, 30)}`),
        passwordChangedAt: c.k(iso()), apiKeyName: c.k(`${pick(['ci-deploy', 'reporting-ro', 'partner-sync'])}-${int(1, 9)}`), mfa: pick(['totp', 'webauthn']) };
      return { format: 'object', record: rec };
    },

    // Numbers that look like IPs, phones or dates of birth but are versions, OIDs, builds and release dates.
    'lookalike-numbers': (c) => {
      const rec = { level: 'info', time: iso(), msg: 'host inventory',
        osBuild: c.k(`10.0.${int(17763, 26100)}.${int(1, 5000)}`), agentVersion: c.k(`${int(1, 9)}.${int(0, 30)}.${int(0, 9)}.${int(0, 999)}`), oid: c.k(`1.3.6.1.4.1.${int(1000, 60000)}.${int(1, 20)}.${int(1, 9)}`),
        releasedOn: c.k(`${int(2015, 2026)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`), calver: c.k(`${int(2024, 2026)}.${pad(int(1, 12), 2)}.${int(1, 9)}`),
        nodePortRange: '30000-32767', assetTag: c.k(`AT-${str(DIG, 4)}-${str(DIG, 4)}-${str(DIG, 4)}`), isbn: c.k(`978-${int(0, 9)}-${int(10, 99)}-${pad(int(0, 999999), 6)}-${int(0, 9)}`), cpuSeconds: Number(`${int(1, 99999)}.${pad(int(1, 999), 3)}`) };
      frag(c, 'cpuSeconds', rec.cpuSeconds);
      return { format: 'object', record: rec };
    },

    // CI pipeline metadata: cache keys with hashes, refs, runner names.
    'ci-pipeline-meta': (c) => {
      const lockHash = str(HEX, 64);
      const lines = [
        `Running with gitlab-runner ${c.k(`${int(16, 18)}.${int(0, 11)}.${int(0, 3)}`)} (${str(HEX, 8)})`,
        `  on ${pick(['docker-autoscaler', 'k8s-runner'])}-${int(1, 9)} ${c.k(str(ALNUM, 8))}, system ID: ${c.k(`s_${str(HEX, 12)}`)}`,
        `Checking cache for ${c.k(`node-modules-${lockHash}`)}...`,
        `Fetching changes with git depth set to 20... HEAD is now at ${c.k(str(HEX, 8))} Merge branch 'release/${semver()}'`,
        `Using docker image sha256:${c.k(str(HEX, 64))} for node:${int(20, 22)}-alpine`,
        `Job succeeded in ${int(1, 59)}m ${int(0, 59)}s (pipeline ${c.k(`#${int(100000, 9999999)}`)})`,
      ];
      return { format: 'text', record: lines.join('\n') };
    },

    // Public key material (public JWK, ssh public keys, certificate fingerprints) that must stay.
    'public-key-material': (c) => {
      const f = int(0, 2);
      if (f === 0) {
        const jwk = { kty: 'EC', crv: 'P-256', kid: c.k(`sig-${str(LO + DIG, 8)}`), use: 'sig', x: c.k(S.b64url(32)), y: c.k(S.b64url(32)) };
        return { format: 'object', record: { level: 'info', msg: 'JWKS refreshed', keys: [jwk], cacheMaxAge: 600 } };
      }
      if (f === 1) {
        const pub = c.k(`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${S.b64(32).replace(/=+$/, '')}`);
        return { format: 'text', record: `${iso()} authorized_keys updated: ${pub} deploy@${pick(['ci', 'bastion'])}` };
      }
      const fp = Array.from({ length: 32 }, () => str('0123456789ABCDEF', 2)).join(':');
      return { format: 'object', record: { level: 'info', msg: 'certificate loaded', subject: `CN=${pick(['api', 'pay'])}.${pick(['kestrel.io', 'birchpay.eu'])}`, serialNumber: c.k(str(HEX, 32)), sha256Fingerprint: c.k(fp), notAfter: c.k(iso()) } };
    },

    // Content hashes under checksum/digest keys.
    'content-hashes': (c) => {
      const rec = { level: 'debug', time: iso(), msg: 'upload verified', object: `uploads/${S.uuid()}.pdf`, sha256: c.k(str(HEX, 64)), md5: c.k(S.b64(16)), crc32c: c.k(S.b64(4)), etag: c.k(`${str(HEX, 32)}-${int(2, 40)}`), size: int(1000, 9e7), versionId: c.k(str(ALNUM + '._', 32)) };
      return { format: 'object', record: rec };
    },

    // Scheduler / queue telemetry with ids that resemble tokens.
    'queue-telemetry': (c) => {
      const rec = { level: 30, time: epochMs(), hostname: c.k(pod()), msg: 'job completed', queue: pick(['emails', 'exports', 'webhooks']), jobId: c.k(`${int(1, 9999999)}`), jobRef: c.k(`bull:${pick(['emails', 'exports'])}:${int(1, 999999)}`), messageId: c.k(`${S.uuid()}`), dedupId: c.k(str(HEX, 40)), attemptsMade: int(1, 5), processedOn: c.k(String(epochMs())) };
      frag(c, 'attemptsMade', rec.attemptsMade);
      return { format: 'object', record: rec };
    },
  };
}
