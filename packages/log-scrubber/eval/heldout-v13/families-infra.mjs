// Infrastructure around the services: proxies, Kubernetes, CI/CD, databases, caches, queues, cloud audit logs.
import { lab } from './families-app.mjs';

export function nginxProxy(V) {
  const L = lab();
  const ip = V.ipv4();
  return { format: 'text', record: `${L.s(ip, 'ip', 'ipv4')} - ${L.s(V.email(), 'email', 'remote_user')} [04/Dec/2026:${V.int(10, 23)}:${V.int(10, 59)}:${V.int(10, 59)} +0000] "GET /oauth/callback?code=${L.s(V.alnum(32), 'token', 'oauth_code')}&state=${L.k(V.hex(16))} HTTP/2.0" 302 0 "-" "Mozilla/5.0" upstream=${L.k(V.host())} rt=0.0${V.int(10, 99)}`, ...L };
}

export function kubernetes(V) {
  const L = lab();
  const v = V.int(0, 2);
  if (v === 0) {
    const secret = Buffer.from(V.password()).toString('base64');
    return { format: 'object', record: { kind: 'Event', reason: 'FailedMount', involvedObject: { kind: 'Pod', name: `api-${V.hex(9)}-${V.alnum(5).toLowerCase()}`, namespace: 'prod' }, message: 'secret "api-db" not found', lastAppliedConfiguration: JSON.stringify({ apiVersion: 'v1', kind: 'Secret', data: { DB_PASSWORD: L.s(secret, 'password', 'k8s_secret_b64') } }), image: L.k(`ghcr.io/tallyhq/api:${V.version()}`) }, ...L };
  }
  if (v === 1) {
    const dashed = `${V.int(81, 95)}-${V.int(1, 254)}-${V.int(0, 255)}-${V.int(1, 254)}`;
    return { format: 'text', record: `kubelet[${V.int(900, 9999)}]: E1204 ${V.int(10, 23)}:${V.int(10, 59)}:${V.int(10, 59)}.${V.digits(6)} pod_workers.go:1298] "Error syncing pod" pod="prod/worker-${V.hex(5)}" node="ip-${L.s(dashed, 'ip', 'hostname')}.eu-central-1.compute.internal" err="ImagePullBackOff" digest=${L.k(`sha256:${V.hex(64)}`)}`, ...L };
  }
  const pk = V.pem();
  return { format: 'object', record: { msg: 'helm upgrade values dump', values: { ingress: { host: L.k('api.tallyhq.io') }, tls: { key: L.s(pk.value, 'private_key', pk.sub) }, sshAuthorized: L.k(V.pubKey()) } }, ...L };
}

export function cicd(V) {
  const L = lab();
  const t = V.token();
  const v = V.int(0, 2);
  if (v === 0) {
    return { format: 'text', record: `##[group]Run npm publish\n+ echo "//registry.npmjs.org/:_authToken=${L.s(`npm_${V.alnum(36)}`, 'token', 'npm')}" > ~/.npmrc\n+ git remote set-url origin https://x-access-token:${L.s(t.value, 'token', t.sub)}@github.com/tallyhq/api.git\nworkspace: /home/${L.s(V.homeUser(), 'home_path', 'ci_runner')}/actions-runner/_work/api sha=${L.k(V.hex(40))}`, ...L };
  }
  if (v === 1) {
    const pk = V.pem();
    return { format: 'text', record: `deploy-prod: writing deploy key from $DEPLOY_SSH_KEY\n${L.s(pk.value, 'private_key', pk.sub)}\nssh -o StrictHostKeyChecking=no deploy@${L.k('bastion.tallyhq.io')}`, ...L };
  }
  const a = V.apiKey();
  return { format: 'object', record: { pipeline: L.k(`pipeline #${V.int(10000, 99999)}`), job: 'integration-tests', variables: { CI_COMMIT_SHA: V.hex(40), VENDOR_SECRET_KEY: L.s(a.value, 'api_key', a.sub), SONAR_TOKEN: L.s(V.hex(40), 'token', 'sonar') }, status: L.k('failed') }, ...L };
}

export function databases(V) {
  const L = lab();
  const v = V.int(0, 2);
  if (v === 0) {
    return { format: 'text', record: `${V.ts().replace('T', ' ').slice(0, 23)} UTC [${V.int(100, 99999)}] app_rw@tally ERROR:  duplicate key value violates unique constraint "customers_phone_key"\nDETAIL:  Key (phone)=(${L.s(V.phone(), 'phone', 'pg_detail')}) already exists.\nSTATEMENT:  UPDATE customers SET email = '${L.s(V.email(), 'email', 'pg_statement')}' WHERE id = ${L.k(`'cus_${V.alnum(14)}'`)}`, ...L };
  }
  if (v === 1) {
    return { format: 'object', record: { t: { $date: V.ts() }, s: 'W', c: 'ACCESS', msg: 'Authentication failed', attr: { mechanism: 'SCRAM-SHA-256', user: 'svc_reports', db: 'admin', client: `${L.s(V.ipv4(), 'ip', 'ipv4')}:${V.int(30000, 60000)}`, uri: `mongodb://svc_reports:${L.s(V.password(), 'connection_string', 'mongodb')}@${L.k('mongo-2.internal.tallyhq.io')}:27017/admin` } }, ...L };
  }
  return { format: 'text', record: `mysqld: [Warning] Access denied; slow log: # User@Host: billing[billing] @ [${L.s(V.ipv4(), 'ip', 'ipv4')}]\nSELECT * FROM cards WHERE pan = '${(() => { const c = V.card(); return L.s(c.value, 'card', c.type); })()}' AND holder = '${L.s(V.person().full, 'person_name', 'sql_literal')}'; # Rows_examined: ${V.int(1, 90000)}`, ...L };
}

export function cachesQueues(V) {
  const L = lab();
  const v = V.int(0, 2);
  if (v === 0) {
    return { format: 'object', record: { msg: 'ioredis reconnecting', err: `ReplyError: WRONGPASS invalid username-password pair`, options: { host: L.k('cache.internal.tallyhq.io'), port: 6379, password: L.s(V.password(), 'password', 'redis_option') }, retry: V.int(1, 20) }, ...L };
  }
  if (v === 1) {
    return { format: 'text', record: `amqplib: Connection closed (connection to amqps://orders:${L.s(V.password(), 'connection_string', 'amqp')}@${L.k('rabbit.internal.tallyhq.io')}:5671/prod) — consumer tag ${L.k(`amq.ctag-${V.alnum(22)}`)}`, ...L };
  }
  const p = V.person();
  const msg = JSON.stringify({ event: 'customer.updated', customer: { name: L.s(p.full, 'person_name', 'queue_body'), email: L.s(V.email(p), 'email', 'queue_body'), ip: L.s(V.ipv6(), 'ip', 'ipv6') } });
  return { format: 'object', record: { msg: 'SQS message moved to DLQ', queueUrl: `https://sqs.eu-west-1.amazonaws.com/${V.digits(12)}/customer-events-dlq`, messageId: L.k(V.uuid()), body: msg, receiveCount: 5 }, ...L };
}

export function cloudAudit(V) {
  const L = lab();
  if (V.rand() < 0.5) {
    return { format: 'object', record: { eventSource: 'iam.amazonaws.com', eventName: 'CreateAccessKey', userIdentity: { type: 'IAMUser', userName: L.s(V.email(), 'email', 'iam_user'), arn: 'arn:aws:iam::123456789012:user/ci-deployer' }, eventID: L.k(V.uuid()), sourceIPAddress: L.s(V.ipv4(), 'ip', 'ipv4'), responseElements: { accessKey: { accessKeyId: L.s(`AKIA${V.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`, 'api_key', 'aws_access_key'), secretAccessKey: L.s(V.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/+', 40), 'api_key', 'aws_secret'), status: 'Active' } } }, ...L };
  }
  const sig = V.hex(64);
  return { format: 'text', record: `gcs audit: storage.objects.get principal=${L.s(V.email(), 'email', 'principal')} callerIp=${L.s(V.ipv6(), 'ip', 'ipv6')} url=https://storage.googleapis.com/tally-exports/invoices.csv?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Expires=900&X-Goog-Signature=${L.s(sig, 'other_secret', 'signed_url_sig')} bucket=${L.k('tally-exports')}`, ...L };
}
