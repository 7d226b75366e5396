// Records that are mostly or entirely safe: the keep-rate side of the evaluation. Each plants hard
// negatives (ids, versions, hashes, settings under secret-ish names, 16-digit Luhn-valid ids without
// card context) and sometimes one real identifier so the record is not trivially "leave it alone".
import { A } from './values.mjs';

const { hex: HEX, b64url: B64URL } = A;

export const negativeTemplates = [
  {
    family: 'request-completed',
    n: 75,
    make(c) {
      const { r, neg } = c;
      const path = neg.route().replace(/:(\w+)Id|:id/, () => c.K(neg.orderId().replace(/[#/]/g, '')));
      return { format: 'object', record: {
        level: 30, time: neg.epochMs(), pid: r.int(1, 40000), hostname: c.K(neg.hostname()),
        reqId: c.K(neg.uuid()), traceparent: c.K(neg.traceparent()),
        req: { method: r.pick(['GET', 'POST', 'PUT', 'DELETE']), url: c.K(path), route: c.K(neg.route()) },
        res: { statusCode: neg.status() }, responseTime: r.int(1, 2000), durationMs: r.int(1, 2000),
        msg: c.K('request completed'),
      } };
    },
  },
  {
    family: 'build-info',
    n: 60,
    make(c) {
      const { r, neg } = c;
      const rec = { level: 30, msg: 'starting', service: 'orders-api', version: c.K(neg.semver()), build: { commit: c.K(neg.sha()), sha: c.K(neg.sha()), shortSha: c.K(neg.shortSha()), builtAt: c.K(neg.iso()) },
        node: c.K(`v20.${r.int(10, 19)}.${r.int(0, 9)}`), agentVersion: c.K(neg.version4()), image: c.K(`registry.example.com/orders-api@${neg.sha256()}`) };
      return { format: 'object', record: rec };
    },
  },
  {
    family: 'secretish-settings',
    n: 60,
    make(c) {
      const { r, neg } = c;
      const settings = {};
      for (let i = 0; i < r.int(2, 4); i++) {
        const [k, val] = neg.ttlSettings();
        settings[k] = val;
      }
      for (const [k, val] of Object.entries(settings)) {
        if (typeof val === 'object') for (const [k2, v2] of Object.entries(val)) c.K(`"${k2}":${JSON.stringify(v2)}`);
        else c.K(`"${k}":${JSON.stringify(val)}`);
      }
      const metrics = { passwordResetsSent: r.int(0, 500), tokensRevoked: r.int(0, 90), secretsRotated: r.int(0, 9), keyCacheHits: r.int(0, 99999) };
      for (const [k, val] of Object.entries(metrics)) c.K(`"${k}":${val}`);
      return { format: 'object', record: { level: 30, msg: 'auth settings', settings, metrics } };
    },
  },
  {
    family: 'business-ids',
    n: 75,
    make(c) {
      const { r, neg, v } = c;
      const ids = { orderId: c.K(neg.orderId()), invoiceNumber: c.K(neg.orderId()), purchaseOrder: c.K(neg.orderId()), ticket: c.K(neg.orderId()) };
      const lid = neg.luhnId();
      const idKey = r.pick(['shipmentId', 'batchId', 'transactionRef', 'correlationId', 'accountRef', 'externalId', 'loyaltyId']);
      c.K(lid);
      const rec = { level: 30, msg: r.pick(['order processed', 'invoice issued', 'shipment created']), ...ids, [idKey]: lid, amount: c.K(neg.price()), currency: 'EUR' };
      if (r.chance(0.3)) rec.msg = `processed ${idKey}=${lid} for ${ids.orderId}`;
      if (r.chance(0.3)) { rec.isbn = c.K(`978-3-${r.int(10, 99)}-${r.int(100000, 999999)}-${r.int(0, 9)}`); }
      if (r.chance(0.3)) { rec.customerEmail = c.S(v.email(), 'email', 'with_ids'); }
      return { format: 'object', record: rec };
    },
  },
  {
    family: 'safe-text-lines',
    n: 70,
    make(c) {
      const { r, neg } = c;
      const forms = [
        () => `${c.K(neg.iso())} ${c.K(neg.level().toUpperCase())} worker ${c.K(neg.hostname())} finished job ${c.K(neg.uuid())} in ${c.K(neg.duration())}`,
        () => `connect ${c.K(neg.errCode())} ${c.K('127.0.0.1:5432')} - retrying in 5s`,
        () => `password reset email sent (template=${c.K('reset-v3')}, locale=en-GB)`,
        () => `migrated to ${c.K(neg.version4())} from ${c.K(neg.semver())}`,
        () => `query ok: ${c.K(neg.sqlNoSecret())} (${c.K(neg.duration())})`,
        () => `GET ${c.K(neg.route())} ${neg.status()} ${c.K(neg.duration())} etag=${c.K(neg.etag())}`,
        () => `device ${c.K(neg.mac())} registered, firmware ${c.K(neg.version4())}`,
        () => `token cache size=${r.int(10, 999)} evictions=${r.int(0, 99)} hitRatio=0.${r.int(10, 99)}`,
        () => `Basic information page rendered in ${c.K(neg.duration())}`,
        () => `invalid api key format: expected prefix sk_live_ (request ${c.K(neg.uuid())})`,
        () => `integrity ${c.K(neg.integrity())} verified for lodash@4.17.21`,
        () => `deploy ${c.K(neg.sha())} to production by pipeline #${r.int(1000, 99999)}`,
      ];
      return { format: 'text', record: r.pick(forms)() };
    },
  },
  {
    family: 'jwks-public',
    n: 35,
    make(c) {
      const { r } = c;
      const keys = Array.from({ length: r.int(1, 3) }, () => ({ kty: 'RSA', use: 'sig', alg: 'RS256', kid: c.K(`${r.str(HEX, 16)}`), n: c.K(r.str(B64URL, 342)), e: 'AQAB' }));
      if (r.chance(0.4)) keys.push({ kty: 'EC', crv: 'P-256', kid: c.K(`ec-${r.int(1, 99)}`), x: c.K(r.str(B64URL, 43)), y: c.K(r.str(B64URL, 43)) });
      return { format: 'object', record: { level: 20, msg: 'jwks refreshed', issuer: c.K('https://auth.example.com/'), jwks: { keys } } };
    },
  },
  {
    family: 'hashes-labelled',
    n: 45,
    make(c) {
      const { r, neg } = c;
      return { format: 'object', record: { level: 30, msg: 'artifact stored', artifact: { sha256: c.K(r.str(HEX, 64)), md5: c.K(r.str(HEX, 32)), digest: c.K(neg.sha256()), etag: c.K(neg.etag()), size: r.int(100, 9999999) }, commit: c.K(neg.sha()), traceId: c.K(neg.traceId()), spanId: c.K(neg.spanId()) } };
    },
  },
  {
    family: 'sql-no-secrets',
    n: 45,
    make(c) {
      const { r, neg } = c;
      return { format: 'object', record: { level: 20, msg: 'query', sql: c.K(neg.sqlNoSecret()), durationMs: r.int(0, 500), rows: r.int(0, 100), reqId: c.K(neg.uuid()) } };
    },
  },
  {
    family: 'lookalikes',
    n: 50,
    make(c) {
      const { r, neg } = c;
      // Values that share a shape with personal data but are not about a person.
      const p2 = (x) => String(x).padStart(2, '0');
      const rec = {
        level: 30, msg: r.pick(['catalog sync', 'job finished', 'report generated']),
        service: { name: c.K(r.pick(['orders-api', 'billing-worker', 'search-indexer'])) },
        product: { name: c.K(r.pick(['Blue Widget', 'Trail Runner 2', 'Espresso Cup', 'Oak Desk Large'])), sku: c.K(`SKU-${r.int(10000, 99999)}`) },
        job: { name: c.K(r.pick(['send-reset-email', 'rotate-api-keys', 'purge-sessions'])), attempts: r.int(1, 5) },
        invoiceId: r.int(2019000000, 2026999999),
        vatId: c.K(`DE${r.int(100000000, 999999999)}`),
        releaseDate: c.K(`${r.int(2015, 2026)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`),
        metrics: { hitRatio: Number(`0.${r.int(100000, 999999)}`), p99Ms: Number(`${r.int(10, 99)}.${r.int(100000, 999999)}`) },
        build: c.K(neg.version4()),
      };
      c.K(`"invoiceId":${rec.invoiceId}`);
      c.K(`"hitRatio":${rec.metrics.hitRatio}`);
      c.K(`"p99Ms":${rec.metrics.p99Ms}`);
      return { format: 'object', record: rec };
    },
  },
];
