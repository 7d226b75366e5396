// heldout-v19 sources, part A: debug bundles, CLI output, environment and config dumps, infrastructure.
// Each function (g, r, P) returns { format, record, maps? } and registers labels/keeps on r.

const T = (record) => ({ format: 'text', record });
const O = (record, maps) => (maps ? { format: 'object', record, maps } : { format: 'object', record });

export function npmDebugLog(g, r, P) {
  const p = g.person('en');
  const user = P.home(p, 'npm_cache');
  const tok = r.s('npm_' + g.alnum(36), 'token', 'npm');
  const v = r.k(`npm@${g.semver()}`);
  return T(`0 verbose cli /usr/local/bin/node /usr/local/lib/node_modules/npm/bin/npm-cli.js\n1 info using ${v}\n2 verbose config Skipping project config: /home/${user}/.npmrc\n3 silly config //registry.npmjs.org/:_authToken=${tok}\n4 http fetch GET 401 https://${r.k('registry.npmjs.org')}/@acme%2fui-kit 312ms\n5 verbose stack HttpErrorGeneral: 401 Unauthorized - GET\n6 verbose cwd /home/${user}/src/storefront\n7 error code ${r.k('E401')}\n8 verbose exit 1`);
}

export function yarnBerryDebug(g, r, P) {
  const tok = P.tok();
  const user = P.home(null, 'macos');
  return T(`➤ YN0000: ┌ Resolution step\n➤ YN0001: │ HTTPError: Response code 403 (Forbidden) for https://npm.pkg.github.com/@acme%2fcore\n➤ YN0000: │ npmAuthToken from /Users/${user}/.yarnrc.yml: "${tok}"\n➤ YN0000: └ Completed in ${r.k('2s 417ms')}\n➤ YN0000: Failed with errors in 2s 419ms (yarn ${r.k(g.pick(['4.1.1', '3.6.4', '4.5.0']))})`);
}

export function pnpmStoreLog(g, r, P) {
  const user = P.home(null, 'linux');
  const conn = P.db('git_basic_auth');
  return O({ level: 'error', name: 'pnpm', message: 'ERR_PNPM_FETCH_401', prefix: `/home/${user}/work/monorepo`,
    lockfileVersion: r.kf('lockfileVersion', '9.0'), registry: `https://ci-bot:${conn}@artifactory.acme-corp.io/api/npm/npm-virtual/`,
    pnpmVersion: r.k(g.semver()), durationMs: r.kf('durationMs', g.int(200, 9000)) });
}

export function envDump(g, r, P) {
  const dbp = P.db('postgres_url');
  const aws = r.s('AKIA' + g.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16), 'api_key', 'aws_akid');
  const sec = r.s(g.b64(40).replace(/\+/g, 'Q'), 'other_secret', 'aws_secret');
  const st = P.api();
  const user = P.home(null, 'linux');
  return T(`$ printenv | sort\nAWS_ACCESS_KEY_ID=${aws}\nAWS_REGION=${r.k('eu-central-1')}\nAWS_SECRET_ACCESS_KEY=${sec}\nDATABASE_URL=postgres://app:${dbp}@${r.k('orders-db.internal.acme-corp.io')}:5432/orders\nHOME=/home/${user}\nNODE_ENV=production\nPAYMENT_API_KEY=${st}\n${r.k('SESSION_MAX_AGE=86400')}\nLOG_LEVEL=debug\nFEATURE_FLAGS=${r.k(g.flag())},${g.flag()}`);
}

export function dockerInspect(g, r, P) {
  const pw = P.pw('env_pass');
  const key = P.api();
  const ip = P.ip('v4');
  const id = r.k(g.hex(64));
  return O({ Id: id, Created: r.k(g.ts()), State: { Status: 'running', Pid: g.int(1000, 40000), ExitCode: r.kf('ExitCode', 0) },
    Config: { Image: r.k(`ghcr.io/acme/billing-api:${g.semver()}`), Env: [`POSTGRES_PASSWORD=${pw}`, `VENDOR_API_KEY=${key}`, 'TZ=UTC', `HEALTHCHECK_INTERVAL=${r.k('30s')}`],
      Labels: { 'com.docker.compose.project': 'billing', 'org.opencontainers.image.revision': r.k(g.sha()) } },
    NetworkSettings: { Ports: { '8080/tcp': [{ HostIp: '0.0.0.0', HostPort: '8080' }] }, Networks: { bridge: { Gateway: '172.17.0.1', IPAddress: '172.17.0.3' } } },
    HostConfig: { ExtraHosts: [`partner-gw:${ip}`], RestartPolicy: { Name: 'always', MaximumRetryCount: r.kf('MaximumRetryCount', 0) } } });
}

export function kubectlDescribe(g, r, P) {
  const pod = `checkout-${g.lower(10)}-${g.lower(5)}`;
  const dashed = P.ipDashed();
  const tok = P.jwt({ iss: 'kubernetes/serviceaccount' }, 'k8s_sa');
  return T(`Name:             ${r.k(pod)}\nNamespace:        payments\nNode:             ip-10-0-${g.int(0, 255)}-${g.int(1, 254)}.eu-west-1.compute.internal\nStatus:           Running\nContainers:\n  app:\n    Image:          ${r.k(`123456789012.dkr.ecr.eu-west-1.amazonaws.com/checkout:${g.semver()}`)}\n    Environment:\n      SERVICE_TOKEN:  ${tok}\n      MAX_CONN_AGE:   ${r.k('300s')}\nEvents:\n  Warning  RateLimited  ${r.k('ingress-nginx')}  client cpe-${dashed}.${g.pick(['socal.res.rr.com', 'dyn.telenet.be', 'customer.vodafone.de'])} exceeded ${r.k('100 rps')}\n  Warning  BackOff  ${r.k(`${g.int(2, 59)}m (x${g.int(3, 40)} over 1h)`)}  kubelet  Back-off restarting failed container`);
}

export function helmGetValues(g, r, P) {
  const pw = P.pw('helm_value');
  const dbp = P.db('helm_mongodb');
  const oth = P.other();
  return T(`USER-SUPPLIED VALUES:\n${r.k('replicaCount: 3')}\nimage:\n  tag: "${r.k(g.semver())}"\nauth:\n  adminPassword: "${pw}"\n  existingSecret: ""\nmongodb:\n  uri: mongodb+srv://svc_ledger:${dbp}@cluster0.${g.lower(5)}.mongodb.net/ledger?retryWrites=true\noauth:\n  clientId: ${r.k(`web-portal-${g.int(100, 999)}`)}\n  clientSecret: ${oth}\nresources:\n  limits:\n    memory: ${r.k('512Mi')}`);
}

export function cliDebugFlag(g, r, P) {
  const tok = P.tok();
  const ip = P.ip('v4');
  const rid = r.k(g.reqId());
  return T(`$ acmectl deploy --debug --region ${r.k('us-east-2')}\nDEBUG config: loaded ~/.acme/credentials (profile=default)\nDEBUG http: POST https://api.acme-cloud.dev/v2/deployments\nDEBUG http: > Authorization: Bearer ${tok}\nDEBUG http: > X-Forwarded-For: ${ip}\nDEBUG http: < 409 Conflict (${r.k(`${g.int(80, 900)}ms`)}) request-id=${rid}\nError: deployment already in progress (code=${r.k('DEPLOY_LOCKED')})`);
}

export function terraformTrace(g, r, _P) {
  const az = r.s(g.b64(86) + '==', 'other_secret', 'azure_storage_key');
  const sub = r.k(g.uuid());
  return T(`2026-11-02T10:14:${g.int(10, 59)}.${g.digits(3)}Z [TRACE] provider.terraform-provider-azurerm_v${r.k(g.semver())}: Request: PUT /subscriptions/${sub}/resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/acmelogs\n  "primaryAccessKey": "${az}"\n  "minimumTlsVersion": "TLS1_2"\n[DEBUG] State storage *remote.State declined to persist a state snapshot`);
}

export function gitCredentialTrace(g, r, P) {
  const p = g.person();
  const tok = r.s('glpat-' + g.b64url(20), 'token', 'gitlab_pat');
  const user = P.home(p, 'linux');
  const mail = P.email(p, 'git_author');
  return T(`19:22:41.${g.digits(6)} git.c:463  trace: built-in: git push origin ${r.k('release/2026.11')}\n19:22:41.${g.digits(6)} run-command.c:659 trace: run_command: 'git credential-store get'\nhttps://oauth2:${tok}@gitlab.com/acme/platform.git\n19:22:42 remote: HTTP Basic: Access denied\nAuthor: ${user} <${mail}>\ncommit ${r.k(g.sha())}`);
}

export function configYamlStartup(g, r, P) {
  const dbp = P.db('redis_url');
  const smtp = P.pw('smtp_yaml');
  return T(`[boot] effective config (config/production.yaml):\nserver:\n  port: 8443\n  readTimeout: ${r.k('15s')}\nredis:\n  url: redis://:${dbp}@${r.k('cache-01.eu.acme-corp.io')}:6379/2\nsmtp:\n  host: smtp.sendgrid.net\n  user: apikey\n  password: '${smtp}'\nsession:\n  ${r.k('cookieMaxAge: 604800')}\n  tokenTtlSeconds: 900`);
}

export function configTomlStartup(g, r, P) {
  const key = P.api();
  const dbp = P.db('mysql_url');
  return T(`INFO  loaded /etc/gamebackend/server.toml\n[matchmaking]\nregion = "${r.k('ap-northeast-1')}"\nmax_party_size = 4\n[database]\ndsn = "mysql://game:${dbp}@tcp(${r.k('mm-db.internal')}:3306)/matches?parseTime=true"\n[analytics]\nvendor_key = "${key}"\n${r.k('flush_interval_ms = 2500')}`);
}

export function iniEnvFile(g, r, P) {
  const pw = P.pw('dotenv');
  const hook = r.s(`https://hooks.slack.com/services/T${g.upper(10)}/B${g.upper(10)}/${g.alnum(24)}`, 'other_secret', 'slack_webhook');
  const key = r.s(`base64:${g.b64(43)}=`, 'other_secret', 'app_key');
  return T(`cat .env  # pasted by customer in ticket ${r.k(g.ticket())}\nAPP_ENV=production\nAPP_KEY=${key}\nAPP_URL=${r.k('https://portal.northwind-classroom.com')}\nDB_HOST=127.0.0.1\nDB_PASSWORD="${pw}"\nSLACK_ALERT_WEBHOOK=${hook}\n${r.k('QUEUE_RETRY_AFTER=90')}`);
}

export function jsonConfigEcho(g, r, P) {
  const k = P.api();
  const pem = P.pem();
  return O({ msg: 'config loaded', service: r.k('notification-svc'), config: { apns: { teamId: r.k(g.upper(10)), keyId: r.k(g.upper(10)), privateKey: pem },
    push: { provider: 'fcm', serverKey: k, retry: { maxAttempts: r.kf('maxAttempts', 5), backoffMs: r.kf('backoffMs', 250) } },
    passwordPolicy: { minLength: r.kf('minLength', 12), maxAge: r.kf('maxAge', 7776000) } } });
}

export function sshDebugBundle(g, r, P) {
  const pem = P.pem();
  const user = P.home(null, 'linux');
  const ip = P.ip('v4');
  return T(`debug1: Reading configuration data /home/${user}/.ssh/config\ndebug1: Connecting to ${ip} port 22.\ndebug1: identity file /home/${user}/.ssh/id_ed25519 type 3\nuser pasted key for "why does it not work":\n${pem}\ndebug1: Authentications that can continue: publickey\nPermission denied (publickey). OpenSSH_${r.k('9.6p1')}`);
}

export function systemdJournal(g, r, P) {
  const dbp = P.db('amqp_url');
  const ip = P.ip('v4');
  return O({ __REALTIME_TIMESTAMP: r.k(String(1790000000000000 + g.int(0, 999999999))), _SYSTEMD_UNIT: r.k('invoice-worker.service'), PRIORITY: '3',
    MESSAGE: `amqp connect failed amqps://worker:${dbp}@mq.acme-corp.io:5671/billing (peer ${ip}): ${r.k('ACCESS_REFUSED')}`, _HOSTNAME: 'worker-3' });
}

export function cronWorker(g, r, P) {
  const p = P.name();
  const mail = P.email(p);
  const inv = r.k(g.invoice());
  return T(`[cron] ${r.k(g.ts())} job=dunning-reminders run=${g.int(1000, 9999)} sent reminder for ${inv} to ${p.full} <${mail}> amount=${r.k('EUR 149.00')} attempt=2/3 took ${r.k(`${g.int(20, 900)}ms`)}`);
}

export function slowQueryLog(g, r, P) {
  const mail = P.email(g.person());
  const ph = P.phone('sql');
  return T(`# Time: ${r.k(g.ts())}\n# User@Host: app[app] @ web-2 [10.0.4.17]\n# Query_time: ${r.k(`${g.int(2, 19)}.${g.digits(6)}`)}  Lock_time: 0.000112 Rows_sent: 1  ${r.k(`Rows_examined: ${g.int(100000, 9000000)}`)}\nSET timestamp=1790012345;\nSELECT id, plan FROM customers WHERE lower(email) = '${mail}' OR phone = '${ph}' LIMIT 1;`);
}

export function pgErrorLog(g, r, P) {
  const card = P.card();
  const nid = P.nid();
  return T(`${r.k('2026-11-21 03:14:07.112 UTC')} [${g.int(1000, 99999)}] ERROR:  duplicate key value violates unique constraint "${r.k('payment_methods_fingerprint_key')}"\nDETAIL:  Key (pan, holder_tax_id)=(${card}, ${nid}) already exists.\nSTATEMENT:  INSERT INTO payment_methods (pan, holder_tax_id, created_at) VALUES ($1, $2, now())`);
}

export function kafkaPayload(g, r, P) {
  const p = P.name();
  const iban = P.iban();
  const addr = P.addr();
  return O({ topic: r.k('payouts.v1'), partition: g.int(0, 11), offset: r.kf('offset', g.int(100000, 9999999)), key: r.k(g.uuid()),
    headers: { 'trace-id': r.k(g.hex(32)), 'content-type': 'application/json' },
    value: { payoutId: r.k(`po_${g.lower(14)}`), beneficiary: { name: p.full, iban, address: addr }, currency: 'EUR', amountMinor: r.kf('amountMinor', g.int(1000, 900000)) } }, [['headers']]);
}

export function sqsMessage(g, r, P) {
  const p = P.name();
  const ph = P.phone('sms');
  return O({ MessageId: r.k(g.uuid()), ReceiptHandle: g.b64(120), Attributes: { ApproximateReceiveCount: '4', SentTimestamp: r.k(String(1790000000000 + g.int(0, 99999999))) },
    Body: JSON.stringify({ type: 'appointment.reminder', to: ph, patient: p.full, clinic: r.k('MediSlot Clinic Rotterdam'), slot: r.k(g.ts()) }) });
}

export function rabbitDeadLetter(g, r, P) {
  const mail = P.email(g.person());
  const tok = P.tok();
  return T(`[warn] dead-lettered message on queue ${r.k('email.outbound.dlq')} ${r.k('x-death count=5')} reason=rejected payload={"to":"${mail}","template":"password_reset","resetToken":"${tok}","locale":"pt-BR"}`);
}

export function grpcMetadata(g, r, P) {
  const tok = P.jwt({ role: 'partner' }, 'grpc_bearer');
  const key = P.api();
  const ip = P.ip('v6');
  return O({ level: 40, msg: 'rpc failed', method: r.k('/ledger.v1.LedgerService/PostEntries'), code: r.k('DEADLINE_EXCEEDED'), elapsedMs: r.kf('elapsedMs', g.int(3000, 30000)),
    metadata: { authorization: `Bearer ${tok}`, 'x-api-key': key, 'x-forwarded-for': ip, 'grpc-timeout': '3S' } }, [['metadata']]);
}

export function graphqlVariables(g, r, P) {
  const p = P.name();
  const dob = P.dob('graphql');
  const ph = P.phone('graphql');
  const pw = P.pw('graphql_input');
  return O({ level: 'warn', msg: 'GraphQL validation error', operationName: r.k('RegisterPatient'), errors: [{ message: 'Variable "$input" got invalid value', extensions: { code: r.k('BAD_USER_INPUT') } }],
    variables: { input: { fullName: p.full, birthDate: dob, mobile: ph, password: pw, consentVersion: r.k('2026-04') } }, complexity: r.kf('complexity', g.int(10, 300)) });
}
