// The platform: Kubernetes events and audit, ingress, service mesh, Terraform/Helm/ArgoCD, CI runners, registries.
const staff = (V, r, sub) => {
  const p = V.person();
  const first = p.first.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const last = p.last.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[^A-Za-z]/g, '').toLowerCase();
  return { p, email: r.s(`${first}.${last}@ledgerly.io`, 'email', sub) };
};

export function k8sEvent(V, r) {
  const svc = V.service();
  const pod = r.k(V.podName(svc));
  if (V.chance(0.4)) {
    const pw = r.s(V.urlPassword(), 'connection_string', 'k8s_event_env');
    return r.obj({
      kind: 'Event', apiVersion: 'v1', type: 'Warning', reason: r.k('FailedCreate'), metadata: { namespace: r.k('ledgerly-prod'), uid: r.k(V.uuid()) },
      involvedObject: { kind: 'ReplicaSet', name: pod.replace(/-[^-]+$/, '') },
      message: `Error creating: Pod "${pod}" is invalid: spec.containers[0].env[4].value: Invalid value: "postgresql://ledger_app:${pw}@pg-primary.ledgerly.internal:5432/ledger?sslmode=require": must be no more than 256 characters`,
      count: r.kf('count', V.int(1, 40)), firstTimestamp: r.k(V.ts()),
    });
  }
  return r.obj({
    kind: 'Event', apiVersion: 'v1', type: V.pick(['Warning', 'Normal']), reason: r.k(V.pick(['BackOff', 'Unhealthy', 'Pulled', 'OOMKilling'])),
    metadata: { namespace: r.k('ledgerly-prod'), uid: r.k(V.uuid()), resourceVersion: r.k(String(V.int(10000000, 99999999))) },
    involvedObject: { kind: 'Pod', name: pod, fieldPath: 'spec.containers{app}' },
    message: `Readiness probe failed: Get "http://${r.k(`10.42.${V.int(0, 9)}.${V.int(2, 250)}:${V.pick([3000, 8080])}`)}/healthz": context deadline exceeded (image ${r.k(`registry.ledgerly.io/${svc}@${V.imageDigest()}`)})`,
    count: r.kf('count', V.int(1, 400)), source: { component: 'kubelet', host: r.k(`ip-10-20-${V.int(0, 255)}-${V.int(1, 254)}.eu-west-1.compute.internal`) },
  });
}

export function k8sAudit(V, r) {
  const { email } = staff(V, r, 'k8s_audit_user');
  const ip = r.s(V.ipv4(), 'ip', 'k8s_source_ip');
  const data = {};
  let resource = 'secrets';
  const pick = V.int(0, 2);
  if (pick === 0) data.password = r.s(Buffer.from(V.urlPassword()).toString('base64'), 'password', 'k8s_secret_b64');
  if (pick === 1) data['tls.key'] = r.s(Buffer.from(V.pem('EC PRIVATE KEY')).toString('base64'), 'private_key', 'k8s_secret_b64');
  if (pick === 2) { data['api-key'] = r.s(Buffer.from(V.googleKey()).toString('base64'), 'api_key', 'k8s_secret_b64'); }
  data['username'] = r.k(Buffer.from(V.pick(['ledger_app', 'billing', 'svc-export'])).toString('base64'));
  if (V.chance(0.3)) resource = 'secrets';
  return r.obj({
    kind: 'Event', apiVersion: 'audit.k8s.io/v1', level: 'RequestResponse', auditID: r.k(V.uuid()), stage: 'ResponseComplete',
    requestURI: `/api/v1/namespaces/ledgerly-prod/${resource}`, verb: 'create',
    user: { username: email, groups: ['oidc:platform-admins', 'system:authenticated'] }, sourceIPs: [ip],
    userAgent: r.k(`kubectl/v1.30.${V.int(0, 4)} (darwin/arm64) kubernetes/${V.sha().slice(0, 7)}`),
    objectRef: { resource, namespace: 'ledgerly-prod', name: r.k(`${V.service()}-credentials`), apiVersion: 'v1' },
    responseStatus: { metadata: {}, code: r.kf('code', 201) },
    requestObject: { kind: 'Secret', apiVersion: 'v1', type: 'Opaque', data },
    requestReceivedTimestamp: r.k(V.ts()),
  });
}

export function ingress(V, r) {
  const ip = r.s(V.ipv4(), 'ip', 'nginx_remote_addr');
  const v = V.int(0, 2);
  let path;
  if (v === 0) path = `/reset-password?token=${r.s(V.opaque(V.int(40, 64)), 'token', 'reset_query')}&utm_source=email`;
  else if (v === 1) path = `/api/v1/export?api_key=${r.s(`lk_live_${V.str(32)}`, 'api_key', 'query_param')}&format=csv`;
  else path = `/oauth/callback?code=${V.str(20)}&state=${r.k(V.hex(16))}&session_state=${r.k(V.uuid())}`;
  const xff = V.chance(0.5) ? `${r.s(V.ipv4(), 'ip', 'xff_chain')}, ${ip}` : ip;
  return r.text(`${ip} - - [${V.pad(V.int(8, 14), 2)}/Jun/2026:${V.pad(V.int(0, 23), 2)}:${V.pad(V.int(0, 59), 2)}:${V.pad(V.int(0, 59), 2)} +0000] "GET ${path} HTTP/2.0" ${V.pick([200, 302, 401])} ${V.int(100, 40000)} "https://app.ledgerly.io/" "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0" ${V.int(300, 1500)} ${r.k(`${(V.rnd()).toFixed(3)}`)} [${r.k('ledgerly-prod-web-frontend-3000')}] [] ${r.k(`10.42.${V.int(0, 9)}.${V.int(2, 250)}:3000`)} ${V.int(100, 40000)} ${(V.rnd()).toFixed(3)} ${V.pick([200, 302, 401])} ${r.k(V.traceId())} xff="${xff}"`);
}

export function mesh(V, r) {
  const ip1 = r.s(V.ipv4(), 'ip', 'envoy_xff');
  const cookie = r.s(V.sessionId(), 'cookie', 'envoy_header');
  const ak = r.s(`lk_live_${V.str(32)}`, 'api_key', 'envoy_header');
  return r.obj({
    start_time: r.k(V.ts()), method: 'POST', path: r.k(`/v2/ledgers/${V.uuid()}/entries`), protocol: 'HTTP/2', response_code: r.kf('response_code', V.pick([200, 503, 429])),
    response_flags: r.k(V.pick(['UF', 'URX', 'UT', '-'])), bytes_received: V.int(100, 9000), duration: r.kf('duration', V.int(1, 3000)),
    upstream_cluster: r.k(`outbound|8080||${V.service()}.ledgerly-prod.svc.cluster.local`), x_forwarded_for: `${ip1},10.42.0.1`,
    request_id: r.k(V.uuid()), authority: 'api.ledgerly.io',
    request_headers: { 'x-api-key': ak, cookie: `__Host-ldg=${cookie}`, 'x-b3-traceid': r.k(V.traceId()) },
    downstream_peer_cert_digest: r.k(V.sha256()),
  });
}

export function terraform(V, r) {
  const v = V.int(0, 2);
  if (v === 0) {
    const pw = r.s(V.password(), 'password', 'tf_plan');
    return r.text(`Terraform will perform the following actions:\n\n  # aws_db_instance.ledger will be updated in-place\n  ~ resource "aws_db_instance" "ledger" {\n      ~ allocated_storage = ${V.int(100, 400)} -> ${V.int(401, 900)}\n      ~ master_password   = (sensitive value)\n        id                = "${r.k(`ledger-prod-${V.hex(6)}`)}"\n      + tags              = { "owner" = "platform" }\n    }\n\n  # null_resource.bootstrap must be replaced\n-/+ resource "null_resource" "bootstrap" {\n      ~ triggers = {\n          ~ "admin_password" = "${pw}" -> (known after apply)\n        }\n    }\n\n${r.k(`Plan: 1 to add, ${V.int(1, 6)} to change, 1 to destroy.`)}`);
  }
  if (v === 1) {
    const sec = r.s(V.awsSecret(), 'other_secret', 'aws_secret_key');
    const kid = V.awsKeyId();
    return r.text(`[atlantis] ${r.k(V.ts())} running "terraform init" in ${r.k('infra/envs/prod/network')}\nprovider "aws" {\n  region     = "${r.k('eu-west-1')}"\n  access_key = "${kid}"\n  secret_key = "${sec}"\n}\nError: error configuring Terraform AWS Provider: ${r.k(`request id: ${V.uuid()}`)}, api error InvalidClientTokenId`);
  }
  const pem = r.s(V.pem('RSA PRIVATE KEY'), 'private_key', 'tf_output');
  return r.obj({ '@level': 'info', '@message': 'Outputs: deploy_key', '@module': 'terraform.ui', type: 'outputs', outputs: { deploy_key: { sensitive: false, type: 'string', value: pem }, deploy_key_fingerprint: { sensitive: false, value: r.k(V.sshFingerprint()) }, public_key: { value: r.k(V.sshPub()) } }, terraform: r.k('1.8.5') });
}

export function helmArgo(V, r) {
  const rootPw = r.s(V.urlPassword(), 'password', 'helm_values');
  const app = r.k(V.pick(['ledger-postgres', 'sessions-redis', 'rabbitmq-bus', 'opensearch-logs']));
  const extra = V.chance(0.5) ? `\n    erlangCookie: ${r.s(V.str(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), 'other_secret', 'erlang_cookie')}` : `\n    replicationPassword: ${r.s(V.urlPassword(), 'password', 'helm_values')}`;
  return r.text(`time="${r.k(V.ts())}" level=info msg="Comparing app state (cluster: https://kubernetes.default.svc, namespace: ledgerly-data)" application=argocd/${app}\n${r.k(`time="${V.ts()}" level=info msg="Sync operation to ${V.sha()} succeeded"`)}\n--- rendered values for ${app} (chart ${r.k(`bitnami/${V.pick(['postgresql', 'redis', 'rabbitmq'])} ${V.semver()}`)}) ---\nauth:\n    username: ledger_app\n    rootPassword: "${rootPw}"${extra}\nprimary:\n  resources:\n    limits: { memory: ${r.k(`${V.pick([2, 4, 8])}Gi`)} }\n  ${r.k(`maxConnections: ${V.int(100, 500)}`)}`);
}

export function ciRunner(V, r) {
  const v = V.int(0, 2);
  const job = `job ${V.int(1000000, 9999999)}`;
  if (v < 2) r.k(job);
  if (v === 0) {
    const t = r.s(V.npmToken(), 'token', 'npmrc');
    return r.text(`${job} | Run echo "//registry.npmjs.org/:_authToken=${t}" > ~/.npmrc\n${job} | npm notice Publishing to https://registry.npmjs.org/ with tag latest and public access\n${job} | + @ledgerly/sdk@${r.k(V.semver())}`);
  }
  if (v === 1) {
    const t = r.s(`ghs_${V.str(36)}`, 'token', 'git_remote');
    return r.text(`${job} | ${r.k(V.ts())} [command]/usr/bin/git remote add origin https://x-access-token:${t}@github.com/ledgerly/ledger-core.git\n${job} | HEAD is now at ${r.k(V.sha().slice(0, 7))} fix(billing): round VAT per line\n${job} | Cache restored from key: ${r.k(`node-cache-Linux-x64-npm-${V.sha256()}`)}`);
  }
  const p = V.person();
  const user = r.s(V.homeUser(p), 'home_path', 'macos');
  const gl = r.s(V.gitlabPat(), 'token', 'ci_env');
  return r.text(`Running with gitlab-runner ${r.k('17.1.0')} (${r.k(V.hex(8))}) on ${r.k(`mbp-runner-${V.int(1, 9)}`)} shell executor\nFetching changes with git depth set to 20...\nCreated fresh repository in /Users/${user}/builds/ledgerly/ledger-core/.git\n$ export CI_DEPLOY_TOKEN=${gl}\n$ npm ci\nadded ${V.int(900, 1800)} packages in ${r.k(`${V.int(10, 90)}s`)}`);
}

export function registry(V, r) {
  const { email } = staff(V, r, 'registry_actor');
  const ip = r.s(V.ipv4(), 'ip', 'registry_addr');
  if (V.chance(0.35)) {
    const tok = r.s(V.jwt({ sub: 'AWS', iss: 'ecr', exp: 1781600000 + V.int(0, 9000) }), 'password', 'docker_login');
    return r.text(`${r.k(V.ts())} ci: + docker login --username AWS --password ${tok} ${r.k(`${V.digits(12)}.dkr.ecr.eu-west-1.amazonaws.com`)}\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded (requested by ${email} from ${ip})`);
  }
  const svc = V.service();
  return r.obj({
    id: r.k(V.uuid()), timestamp: r.k(V.ts()), action: 'push',
    target: { mediaType: 'application/vnd.oci.image.manifest.v1+json', size: r.kf('size', V.int(1000, 9000)), digest: r.k(V.imageDigest()), repository: r.k(`ledgerly/${svc}`), tag: r.k(`v${V.semver()}`) },
    request: { id: r.k(V.uuid()), addr: `${ip}:${V.int(30000, 60000)}`, host: 'registry.ledgerly.io', method: 'PUT', useragent: 'docker/26.1.4 go/go1.21.11' },
    actor: { name: email }, source: { addr: r.k(`registry-${V.int(0, 2)}:5000`) },
  });
}
