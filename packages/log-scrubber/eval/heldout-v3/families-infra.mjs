// Families from infrastructure, CI/CD, databases and configuration: mostly secrets, with the ids,
// digests, settings and hostnames around them as hard negatives.
import * as V from './values.mjs';

const S = (c, v, kind, sub) => c.s(v, kind, sub);

function pickToken(r) {
  const sub = r.pick(Object.keys(V.TOKENS).filter((k) => k !== 'session' && k !== 'opaque_bearer'));
  return [sub, V.TOKENS[sub](r)];
}
function pickApiKey(r) {
  const sub = r.pick(Object.keys(V.APIKEYS));
  return [sub, V.APIKEYS[sub](r)];
}
// Env var names that go with each vendor key, as the vendors' own docs spell them.
const ENV_OF = {
  aws_access_key_id: 'AWS_ACCESS_KEY_ID', aws_secret_access_key: 'AWS_SECRET_ACCESS_KEY', stripe_secret: 'STRIPE_SECRET_KEY', stripe_restricted: 'STRIPE_API_KEY',
  sendgrid: 'SENDGRID_API_KEY', mailgun: 'MAILGUN_API_KEY', twilio_auth_token: 'TWILIO_AUTH_TOKEN', twilio_api_key_secret: 'TWILIO_API_SECRET', datadog_api: 'DD_API_KEY',
  datadog_app: 'DD_APP_KEY', newrelic_user: 'NEW_RELIC_API_KEY', newrelic_license: 'NEW_RELIC_LICENSE_KEY', openai: 'OPENAI_API_KEY', anthropic: 'ANTHROPIC_API_KEY',
  google_api: 'GOOGLE_MAPS_API_KEY', azure_ad_client_secret: 'AZURE_CLIENT_SECRET', mapbox_secret: 'MAPBOX_SECRET_TOKEN', algolia_admin: 'ALGOLIA_ADMIN_API_KEY',
  shopify_shared_secret: 'SHOPIFY_API_SECRET',
  github_pat_classic: 'GITHUB_TOKEN', github_oauth: 'GH_OAUTH_TOKEN', github_app_install: 'GITHUB_APP_TOKEN', github_fine_grained: 'GH_TOKEN', gitlab_pat: 'GITLAB_TOKEN',
  gitlab_runner: 'RUNNER_TOKEN', slack_bot: 'SLACK_BOT_TOKEN', slack_user: 'SLACK_USER_TOKEN', npm: 'NPM_TOKEN', pypi: 'TWINE_PASSWORD', dockerhub: 'DOCKERHUB_TOKEN',
  vault: 'VAULT_TOKEN', terraform_cloud: 'TFE_TOKEN', huggingface: 'HF_TOKEN', google_oauth_access: 'GOOGLE_ACCESS_TOKEN', google_refresh: 'GOOGLE_REFRESH_TOKEN',
  shopify_access: 'SHOPIFY_ACCESS_TOKEN', atlassian: 'JIRA_API_TOKEN',
};
function vendorSecret(r, c) {
  if (r.chance(0.5)) { const [sub, v] = pickToken(r); return { name: ENV_OF[sub], value: S(c, v, 'token', sub) }; }
  const [sub, v] = pickApiKey(r); return { name: ENV_OF[sub], value: S(c, v, 'api_key', sub) };
}
function benignEnv(r, c) {
  return r.pick([
    () => `NODE_ENV=production`, () => `LOG_LEVEL=${r.pick(['info', 'debug', 'warn'])}`, () => c.k(`TOKEN_TTL_SECONDS=${r.pick([900, 3600, 86400])}`),
    () => c.k(`PASSWORD_MIN_LENGTH=${r.pick([10, 12, 14])}`), () => `PORT=${r.pick([3000, 8080, 8443])}`, () => c.k(`GIT_SHA=${V.sha1(r)}`),
    () => c.k(`APP_VERSION=${V.semver(r)}`), () => c.k(`OTEL_SERVICE_NAME=${r.pick(V.SERVICES)}`), () => `TZ=UTC`, () => c.k(`SESSION_COOKIE_MAX_AGE=${r.pick([1800, 7200])}`),
    () => c.k(`AWS_REGION=${V.awsRegion(r)}`), () => c.k(`API_KEY_HEADER=x-api-key`), () => c.k(`SECRET_ROTATION_DAYS=${r.pick([30, 60, 90])}`), () => `HOME=/root`, () => c.k(`PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin`),
  ])();
}
const HOSTS = {
  pg: (r) => r.pick([`${r.pick(['orders', 'users', 'ledger'])}-db.cluster-c8x2kq1.${V.awsRegion(r)}.rds.amazonaws.com`, `pg-${r.int(1, 9)}.prod.internal`, `postgres-primary.data.svc.cluster.local`]),
  mysql: (r) => r.pick([`mysql-primary.data.svc.cluster.local`, `shop-${r.int(1, 4)}.mysql.database.azure.com`, `${r.pick(['crm', 'shop'])}-mysql.cluster-ro-c8x2kq1.${V.awsRegion(r)}.rds.amazonaws.com`]),
  mssql: (r) => r.pick([`sql-${r.pick(['orders', 'erp'])}-prod.database.windows.net`, `mssql-${r.int(1, 3)}.corp.example.net`]),
  mongo: (r) => r.pick([`cluster0.${r.lower(5)}.mongodb.net`, `mongo-${r.int(0, 2)}.mongo.svc`]),
  redis: (r) => r.pick([`redis-${r.int(10000, 19999)}.c${r.int(1, 300)}.eu-west-1-2.ec2.redns.redis-cloud.com`, `cache-${r.int(1, 4)}.prod.internal`]),
  amqp: (r) => r.pick([`rabbitmq.messaging.svc`, `${r.pick(['kangaroo', 'whale'])}.rmq.cloudamqp.com`]),
};
export function connString(r, c, forms) {
  const pw = V.urlSafePassword(r);
  const db = r.pick(['orders', 'app_production', 'ledger', 'crm', 'inventory']);
  const user = r.pick(['app', 'svc_orders', 'readonly', 'postgres', 'admin', 'etl_loader']);
  const form = forms ? r.pick(forms) : r.int(0, 8);
  const host = HOSTS[['pg', 'mysql', 'mongo', 'redis', 'amqp', 'mssql', 'mssql', 'pg', 'pg'][form]](r);
  if (form !== 7) c.k(host);
  switch (form) {
    case 0: return { sub: 'postgres_url', text: `postgresql://${user}:${S(c, pw, 'connection_string', 'postgres_url')}@${host}:5432/${db}?sslmode=require` };
    case 1: return { sub: 'mysql_url', text: `mysql://${user}:${S(c, pw, 'connection_string', 'mysql_url')}@${host}:3306/${db}` };
    case 2: return { sub: 'mongodb_srv', text: `mongodb+srv://${user}:${S(c, pw, 'connection_string', 'mongodb_srv')}@${host}/${db}?retryWrites=true&w=majority` };
    case 3: return { sub: 'redis_url', text: `rediss://default:${S(c, pw, 'connection_string', 'redis_url')}@${host}:6380/0` };
    case 4: return { sub: 'amqp_url', text: `amqps://${user}:${S(c, pw, 'connection_string', 'amqp_url')}@${host}:5671/${r.pick(['%2F', 'prod'])}` };
    case 5: return { sub: 'jdbc', text: `jdbc:sqlserver://${host}:1433;databaseName=${db};user=${user};password=${S(c, pw, 'connection_string', 'jdbc')};encrypt=true` };
    case 6: return { sub: 'ado_net', text: `Server=tcp:${host},1433;Initial Catalog=${db};User ID=${user};Password=${S(c, pw, 'connection_string', 'ado_net')};Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;` };
    case 7: return { sub: 'azure_storage', text: `DefaultEndpointsProtocol=https;AccountName=${r.pick(['stprodlogs', 'mediaassetsweu', 'backupsneu01'])};AccountKey=${S(c, `${r.b64(86)}==`, 'connection_string', 'azure_storage')};EndpointSuffix=core.windows.net` };
    default: return { sub: 'jdbc_pg', text: `jdbc:postgresql://${host}:5432/${db}?user=${user}&password=${S(c, pw, 'connection_string', 'jdbc_pg')}&ssl=true` };
  }
}

export const infraFamilies = [
  { name: 'env-dump-crash', n: 60, make(r, c) {
    const lines = [`[${V.isoTs(r)}] FATAL uncaught exception in ${c.k(r.pick(V.SERVICES))}; environment follows`];
    const n = r.int(5, 9);
    const items = [];
    for (let i = 0; i < n; i++) items.push(r.chance(0.45) ? (() => { const v = vendorSecret(r, c); return `${v.name}=${v.value}`; })() : benignEnv(r, c));
    if (r.chance(0.5)) items.push(`DATABASE_URL=${connString(r, c).text}`);
    if (r.chance(0.3)) items.push(`DB_PASSWORD=${S(c, V.humanPassword(r), 'password', 'env_pass')}`);
    for (const it of r.shuffle(items)) lines.push(it);
    return { format: 'text', record: [...new Set(lines)].join('\n') };
  } },
  { name: 'docker-inspect', n: 50, make(r, c) {
    const env = [`PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`, `NODE_VERSION=${c.k(`${r.int(18, 22)}.${r.int(0, 19)}.${r.int(0, 9)}`)}`];
    for (let i = 0; i < r.int(1, 3); i++) { const v = vendorSecret(r, c); env.push(`${v.name}=${v.value}`); }
    if (r.chance(0.5)) env.push(`POSTGRES_PASSWORD=${S(c, V.urlSafePassword(r), 'password', 'docker_env')}`);
    env.push(c.k(`MAX_LOGIN_ATTEMPTS=${r.int(3, 10)}`));
    const id = c.k(V.sha256(r));
    return { format: 'object', record: [{
      Id: id, Created: c.k(V.isoTs(r)), Image: c.k(V.imageDigest(r)), Name: `/${r.pick(V.SERVICES)}-${r.int(1, 3)}`,
      State: { Status: 'running', Running: true, Pid: r.int(1000, 60000), ExitCode: 0, StartedAt: V.isoTs(r) },
      Config: { Hostname: id.slice(0, 12), User: c.kj('User', r.pick(['node', '1000:1000', 'app'])), Env: r.shuffle(env), Image: c.k(`registry.example.net/${r.pick(V.SERVICES)}:${V.semver(r)}`), Labels: { 'org.opencontainers.image.revision': c.k(V.sha1(r)) } },
      HostConfig: { RestartPolicy: { Name: 'unless-stopped', MaximumRetryCount: 0 }, Memory: c.kj('Memory', r.pick([536870912, 1073741824])) },
    }] };
  } },
  { name: 'k8s-secret-yaml', n: 45, make(r, c) {
    const name = c.k(`${r.pick(V.SERVICES)}-credentials`);
    const pw = S(c, V.OTHER.k8s_secret_b64(r), 'other_secret', 'k8s_secret_b64');
    const extra = r.chance(0.6) ? `\n  api-key: ${S(c, Buffer.from(V.APIKEYS.sendgrid(r)).toString('base64'), 'other_secret', 'k8s_secret_b64')}` : '';
    return { format: 'text', record: `kubectl get secret ${name} -o yaml\napiVersion: v1\ndata:\n  db-password: ${pw}${extra}\n  db-user: ${Buffer.from('app').toString('base64')}\nkind: Secret\nmetadata:\n  creationTimestamp: "${V.isoTs(r, false)}"\n  name: ${name}\n  namespace: ${r.pick(['payments', 'default', 'platform'])}\n  resourceVersion: "${c.k(String(r.int(1000000, 99999999)))}"\n  uid: ${c.k(V.uuid(r))}\ntype: Opaque` };
  } },
  { name: 'kubectl-describe-pod', n: 50, make(r, c) {
    const app = r.pick(V.SERVICES); const pod = c.k(V.podName(r, app));
    const ip = `10-${r.int(0, 255)}-${r.int(0, 255)}-${r.int(1, 254)}`;
    const node = `ip-${S(c, ip, 'ip', 'hostname')}.${V.awsRegion(r)}.compute.internal`;
    const envLines = [`      LOG_LEVEL:           info`, `      ${c.k(`JWT_TTL_SECONDS:     ${r.pick([600, 900, 3600])}`)}`];
    if (r.chance(0.7)) envLines.push(`      DB_PASSWORD:         ${S(c, V.urlSafePassword(r), 'password', 'k8s_env')}`);
    else envLines.push(`      DATABASE_URL:        ${connString(r, c).text}`);
    envLines.push(`      REDIS_PASSWORD:      ${c.k(`<set to the key 'redis-password' in secret '${app}-redis'>`)}  Optional: false`);
    if (r.chance(0.5)) { const v = vendorSecret(r, c); envLines.push(`      ${v.name}:  ${v.value}`); }
    return { format: 'text', record: `Name:             ${pod}\nNamespace:        ${r.pick(['payments', 'platform', 'web'])}\nNode:             ${node}/${S(c, ip.replace(/-/g, '.'), 'ip', 'k8s_node_ip')}\nStart Time:       ${new Date(V.isoTs(r)).toUTCString()}\nStatus:           Running\nIP:               ${V.privateIp(r)}\nContainers:\n  ${app}:\n    Image:          ${c.k(`ghcr.io/example/${app}@${V.imageDigest(r)}`)}\n    Restart Count:  ${r.int(0, 7)}\n    Environment:\n${envLines.join('\n')}\nEvents:\n  Normal  Pulled  ${r.int(2, 50)}m  kubelet  Successfully pulled image in ${c.k(`${(r.next() * 9 + 0.5).toFixed(3)}s`)}` };
  } },
  { name: 'k8s-events', n: 30, make(r, c) {
    const app = r.pick(V.SERVICES); const pod = c.k(V.podName(r, app));
    const secretish = r.chance(0.5);
    const msg = secretish
      ? `Error: failed to start container "${app}": exec: "/bin/sh -c migrate --url ${connString(r, c).text}": permission denied`
      : `Back-off restarting failed container ${app} in pod ${pod}`;
    return { format: 'object', record: { kind: 'Event', apiVersion: 'v1', metadata: { name: `${pod}.${r.hex(16)}`, namespace: 'payments', uid: c.k(V.uuid(r)) }, involvedObject: { kind: 'Pod', name: pod, fieldPath: `spec.containers{${app}}` }, reason: secretish ? 'Failed' : 'BackOff', message: msg, count: c.kj('count', r.int(1, 40)), firstTimestamp: c.k(V.isoTs(r, false)), type: 'Warning', source: { component: 'kubelet', host: c.k(`aks-nodepool1-${r.digits(8)}-vmss00000${r.int(0, 9)}`) } } };
  } },
  { name: 'helm-values', n: 55, make(r, c) {
    const host = c.k(`${r.pick(['shop', 'api', 'admin'])}.${r.pick(['example.com', 'acme-retail.de', 'lojinha.com.br'])}`);
    const pg = S(c, V.urlSafePassword(r), 'password', 'helm_values');
    const lines = [`# helm get values ${r.pick(V.SERVICES)} -n prod`, `USER-SUPPLIED VALUES:`, `image:`, `  tag: ${c.k(V.semver(r))}`, `ingress:`, `  enabled: true`, `  hosts:`, `    - host: ${host}`, `postgresql:`, `  auth:`, `    username: app`, `    password: ${pg}`, `    ${c.k(`passwordMinLength: ${r.pick([12, 16])}`)}`, `redis:`, `  auth:`, `    enabled: true`, `    password: "${S(c, r.alnum(r.int(16, 24)), 'password', 'helm_values')}"`];
    if (r.chance(0.6)) lines.push(`smtp:`, `  host: smtp.sendgrid.net`, `  user: apikey`, `  pass: ${S(c, V.APIKEYS.sendgrid(r), 'api_key', 'sendgrid')}`);
    lines.push(`resources:`, `  limits:`, c.k(`    memory: ${r.pick([256, 512, 1024])}Mi`), `replicaCount: ${r.int(2, 6)}`);
    return { format: 'text', record: lines.join('\n') };
  } },
  { name: 'github-actions-log', n: 50, make(r, c) {
    const sha = c.k(V.sha1(r)); const run = c.k(String(r.int(5000000000, 9999999999)));
    const [sub, tok] = r.chance(0.7) ? [r.pick(['github_pat_classic', 'github_fine_grained', 'github_app_install']), null] : [r.pick(['npm', 'dockerhub', 'pypi']), null];
    const t = S(c, V.TOKENS[sub](r), 'token', sub); void tok;
    let t0 = Date.parse(V.isoTs(r));
    const ts = () => { t0 += r.int(1, 900); return new Date(t0).toISOString().replace('Z', `${r.digits(4)}Z`); };
    const cmd = sub.startsWith('github') ? `curl -sS -H "Authorization: token ${t}" https://api.github.com/repos/example/${r.pick(V.SERVICES)}/releases`
      : sub === 'npm' ? `echo "//registry.npmjs.org/:_authToken=${t}" > ~/.npmrc` : sub === 'dockerhub' ? `echo ${t} | docker login -u exampleci --password-stdin` : `twine upload -u __token__ -p ${t} dist/*`;
    return { format: 'text', record: `${ts()} ##[group]Run ${cmd.slice(0, 40)}…\n${ts()} ${cmd}\n${ts()} shell: /usr/bin/bash -e {0}\n${ts()} env:\n${ts()}   GITHUB_SHA: ${sha}\n${ts()}   GITHUB_RUN_ID: ${run}\n${ts()} ##[endgroup]\n${ts()} ##[error]${c.k(`Process completed with exit code ${r.pick([1, 22, 127])}`)}.` };
  } },
  { name: 'gitlab-ci-log', n: 45, make(r, c) {
    const job = c.k(String(r.int(100000000, 999999999)));
    const pw = r.chance(0.5) ? S(c, V.TOKENS.gitlab_pat(r), 'token', 'gitlab_pat') : S(c, V.urlSafePassword(r), 'password', 'cli_flag');
    const lines = [`Running with gitlab-runner ${c.k(`${r.int(15, 17)}.${r.int(0, 11)}.${r.int(0, 3)}`)} (${c.k(r.hex(8))})`, `  on ${c.k(`runner-${r.lower(8)}`)} ${r.lower(8)}, system ID: s_${r.hex(12)}`, `Preparing the "docker+machine" executor`, `$ docker login -u ${r.pick(['deploy-bot', 'gitlab-ci-token'])} -p ${pw} ${r.pick(['registry.gitlab.com', 'registry.example.net'])}`, `WARNING! Using --password via the CLI is insecure. Use --password-stdin.`, `Login Succeeded`, `$ echo "CI_JOB_ID=$CI_JOB_ID"`, `CI_JOB_ID=${job}`];
    if (r.chance(0.4)) lines.push(`$ export AWS_SECRET_ACCESS_KEY=${S(c, V.APIKEYS.aws_secret_access_key(r), 'api_key', 'aws_secret_access_key')}`);
    lines.push(`Job succeeded`);
    return { format: 'text', record: lines.join('\n') };
  } },
  { name: 'jenkins-console', n: 40, make(r, c) {
    const build = c.k(`#${r.int(100, 9999)}`);
    const user = r.pick(['admin', 'jenkins', 'deployer']);
    const pw = S(c, V.urlSafePassword(r), 'password', r.chance(0.5) ? 'basic_auth_cli' : 'cli_flag');
    const cmd = r.chance(0.5) ? `curl -fsSL -u ${user}:${pw} https://nexus.example.net/repository/releases/` : `mvn deploy -Dnexus.password=${pw} -DskipTests`;
    return { format: 'text', record: `Started by timer\nRunning in Durability level: MAX_SURVIVABILITY\n[Pipeline] node\nRunning on agent-${r.int(1, 9)} in /var/lib/jenkins/workspace/${r.pick(V.SERVICES)}\n[Pipeline] sh\n+ ${cmd}\n[Pipeline] }\nFinished: ${r.pick(['SUCCESS', 'FAILURE', 'UNSTABLE'])} ${build} (${c.k(`${r.int(1, 59)} min ${r.int(1, 59)} sec`)})` };
  } },
  { name: 'spring-boot-log', n: 45, make(r, c) {
    const ts = `${V.isoTs(r).replace('T', ' ').replace('Z', '')}`;
    const pid = r.int(1000, 9999);
    const variant = r.int(0, 2);
    const msg = variant === 0 ? `o.s.b.d.LoggingFailureAnalysisReporter  : \n\n***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nFailed to configure a DataSource: url ${connString(r, c).text} could not be reached` :
      variant === 1 ? `com.zaxxer.hikari.HikariConfig           : HikariPool-1 - jdbcUrl........................${connString(r, c).text}` :
        `o.s.web.servlet.DispatcherServlet        : POST "/api/v1/login", parameters={username:[${S(c, V.username(r, V.person(r)), 'username', 'form_param')}], password:[${S(c, V.urlSafePassword(r), 'password', 'form_param')}]}`;
    return { format: 'text', record: `${ts}  ${variant === 0 ? 'ERROR' : 'DEBUG'} ${pid} --- [${c.k(r.pick(V.SERVICES))}] [nio-8080-exec-${r.int(1, 9)}] ${msg}\n${c.k(`spring.datasource.hikari.maximum-pool-size=${r.int(5, 30)}`)}` };
  } },
  { name: 'java-properties', n: 55, make(r, c) {
    const lines = [`# /opt/app/config/application-prod.properties (dumped by actuator /env)`, `server.port=8443`, c.k(`server.servlet.session.timeout=${r.pick([15, 30, 60])}m`), `spring.datasource.url=jdbc:postgresql://${c.k(HOSTS.pg(r))}:5432/app`, `spring.datasource.username=app`, `spring.datasource.password=${S(c, V.humanPassword(r).replace(/ /g, '_'), 'password', 'properties')}`, c.k(`security.jwt.expiration-ms=${r.pick([900000, 3600000])}`), `spring.mail.password=${S(c, r.alnum(16), 'password', 'properties')}`];
    if (r.chance(0.6)) lines.push(`security.jwt.secret=${S(c, V.OTHER.jwt_signing_secret(r), 'other_secret', 'jwt_signing_secret')}`);
    if (r.chance(0.4)) lines.push(`stripe.api-key=${S(c, V.APIKEYS.stripe_secret(r), 'api_key', 'stripe_secret')}`);
    lines.push(`stripe.publishable-key=${c.k(`pk_live_51${r.alnum(97)}`)}`);
    return { format: 'text', record: lines.join('\n') };
  } },
  { name: 'django-debug', n: 45, make(r, c) {
    const home = S(c, V.username(r, V.person(r)), 'home_path', 'linux_home');
    const lines = [`Internal Server Error: /api/${r.pick(['orders', 'accounts/login', 'invoices/export'])}/`, `Traceback (most recent call last):`, `  File "/home/${home}/venvs/shop/lib/python3.${r.int(10, 12)}/site-packages/django/core/handlers/exception.py", line 55, in inner`, `    response = get_response(request)`, `  File "/srv/app/shop/views.py", line ${r.int(20, 400)}, in checkout`];
    const kind = r.int(0, 2);
    if (kind === 0) lines.push(`django.db.utils.OperationalError: connection to server at "${c.k(HOSTS.pg(r))}", port 5432 failed: FATAL:  password authentication failed for user "app"`, `Settings: DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'shop', 'USER': 'app', 'PASSWORD': '${S(c, V.urlSafePassword(r), 'password', 'python_dict')}', ${c.k(`'CONN_MAX_AGE': ${r.pick([60, 600])}`)}}}`);
    else if (kind === 1) lines.push(`django.core.exceptions.ImproperlyConfigured: SECRET_KEY = '${S(c, V.OTHER.django_secret_key(r), 'other_secret', 'django_secret_key')}' is insecure`);
    else lines.push(`smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted') EMAIL_HOST_USER='${S(c, V.email(r, V.person(r)), 'email', 'python_dict')}' EMAIL_HOST_PASSWORD='${S(c, r.str('abcdefghijklmnopqrstuvwxyz', 16), 'password', 'python_dict')}'`);
    lines.push(c.k(`PASSWORD_RESET_TIMEOUT = ${r.pick([3600, 259200])}`));
    return { format: 'text', record: lines.join('\n') };
  } },
  { name: 'aspnet-serilog', n: 40, make(r, c) {
    const cs = connString(r, c, [6, 6, 7, 5]);
    return { format: 'object', record: { '@t': V.isoTs(r), '@mt': 'Failed executing DbCommand ({Elapsed}ms) using {ConnectionString}', '@l': 'Error', Elapsed: c.kj('Elapsed', r.int(2, 30000)), ConnectionString: cs.text, SourceContext: 'Microsoft.EntityFrameworkCore.Database.Command', RequestId: c.k(`0HN${r.str('0123456789ABCDEFGHIJKLMNOPQRSTUV', 9)}:0000000${r.int(1, 9)}`), RequestPath: '/api/orders', ConnectionId: c.k(`0HN${r.str('0123456789ABCDEFGHIJKLMNOPQRSTUV', 9)}`), Application: r.pick(V.SERVICES), Identity: { PasswordRequiredLength: c.kj('PasswordRequiredLength', r.pick([8, 10, 12])), LockoutMaxFailedAccessAttempts: 5 } } };
  } },
  { name: 'postgres-server-log', n: 40, make(r, c) {
    const ts = `${V.isoTs(r).replace('T', ' ').replace('Z', '')} UTC`;
    const pid = c.k(`[${r.int(1000, 99999)}]`);
    const v = r.int(0, 3);
    const p = V.person(r);
    if (v === 0) return { format: 'text', record: `${ts} ${pid} app@orders LOG:  statement: ALTER ROLE ${r.pick(['reporting', 'etl_loader', 'app'])} WITH LOGIN PASSWORD '${S(c, V.urlSafePassword(r), 'password', 'sql')}' VALID UNTIL '${c.k('2027-12-31')}'` };
    if (v === 1) return { format: 'text', record: `${ts} ${pid} app@crm ERROR:  duplicate key value violates unique constraint "customers_email_key"\n${ts} ${pid} app@crm DETAIL:  Key (email)=(${S(c, V.email(r, p), 'email', 'sql_detail')}) already exists.\n${ts} ${pid} app@crm STATEMENT:  INSERT INTO customers (full_name, email, phone) VALUES ($1, $2, $3)` };
    if (v === 2) return { format: 'text', record: `${ts} ${pid} [unknown]@[unknown] LOG:  connection received: host=${S(c, V.publicIp(r), 'ip', 'pg_host')} port=${r.int(30000, 65000)}\n${ts} ${pid} ${c.k(`app@orders`)} FATAL:  password authentication failed for user "app"\n${ts} ${pid} DETAIL:  Connection matched file "/etc/postgresql/16/main/pg_hba.conf" line ${r.int(90, 130)}: "hostssl all all 0.0.0.0/0 scram-sha-256"` };
    return { format: 'text', record: `${ts} ${pid} app@crm LOG:  duration: ${c.k(`${(r.next() * 900 + 1).toFixed(3)} ms`)}  execute <unnamed>: UPDATE customers SET phone = '${S(c, V.phone(r), 'phone', 'sql')}', full_name = '${S(c, p.full, 'person_name', 'sql')}' WHERE id = ${c.k(String(r.int(10000, 9999999)))}` };
  } },
  { name: 'mysql-general-log', n: 34, make(r, c) {
    const ts = V.isoTs(r).replace('Z', '000Z');
    const id = r.int(10, 99999);
    const v = r.int(0, 2);
    if (v === 0) return { format: 'text', record: `${ts}\t${id} Query\tCREATE USER '${r.pick(['report', 'backup', 'grafana'])}'@'%' IDENTIFIED BY '${S(c, V.urlSafePassword(r), 'password', 'sql')}'\n${ts}\t${id} Query\tGRANT SELECT ON \`shop\`.* TO 'report'@'%'` };
    if (v === 1) return { format: 'text', record: `${ts}\t${id} Connect\t${S(c, V.username(r, V.person(r)), 'username', 'mysql_user')}@${S(c, V.publicIp(r), 'ip', 'mysql_host')} on shop using SSL/TLS\n${ts}\t${id} Query\tSELECT @@version_comment LIMIT 1` };
    const p = V.person(r); const a = V.address(r);
    return { format: 'text', record: `${ts}\t${id} Execute\tINSERT INTO shipping_addresses (order_id, recipient, street, city, postcode) VALUES (${c.k(String(r.int(100000, 999999)))}, '${S(c, p.full.replace(/'/g, "''"), 'person_name', 'sql')}', '${S(c, a.street, 'address', 'sql')}', '${a.city}', '${a.postal}')` };
  } },
  { name: 'mongodb-log', n: 30, make(r, c) {
    const v = r.int(0, 2);
    const base = { t: { $date: V.isoTs(r).replace('Z', '+00:00') }, s: 'I' };
    if (v === 0) return { format: 'object', record: { ...base, c: 'NETWORK', id: 22943, ctx: 'listener', msg: 'Connection accepted', attr: { remote: `${S(c, V.publicIp(r), 'ip', 'mongo_remote')}:${r.int(30000, 65000)}`, uuid: { uuid: { $uuid: c.k(V.uuid(r)) } }, connectionId: c.kj('connectionId', r.int(1, 90000)), connectionCount: r.int(1, 300) } } };
    if (v === 1) return { format: 'object', record: { ...base, s: 'W', c: 'COMMAND', id: 51803, ctx: `conn${r.int(1, 9000)}`, msg: 'Slow query', attr: { type: 'command', ns: 'crm.customers', command: { find: 'customers', filter: { email: S(c, V.email(r, V.person(r)), 'email', 'mongo_filter') }, lsid: { id: { $uuid: c.k(V.uuid(r)) } } }, durationMillis: c.kj('durationMillis', r.int(100, 9000)) } } };
    return { format: 'object', record: { ...base, c: 'ACCESS', id: 20249, ctx: `conn${r.int(1, 9000)}`, msg: 'Authentication failed', attr: { mechanism: 'SCRAM-SHA-256', speculative: false, principalName: S(c, V.username(r, V.person(r)), 'username', 'mongo_principal'), authenticationDatabase: 'admin', remote: `${S(c, V.publicIp(r), 'ip', 'mongo_remote')}:${r.int(30000, 65000)}`, extraInfo: {}, error: 'AuthenticationFailed: SCRAM authentication failed, storedKey mismatch' } } };
  } },
  { name: 'npmrc-pypirc-docker', n: 50, make(r, c) {
    const v = r.int(0, 2);
    if (v === 0) return { format: 'text', record: `$ cat ~/.npmrc\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${S(c, V.TOKENS.npm(r), 'token', 'npm')}\n@example:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${S(c, V.TOKENS.github_pat_classic(r), 'token', 'github_pat_classic')}\n${c.k(`fetch-retries=${r.int(2, 5)}`)}` };
    if (v === 1) return { format: 'text', record: `[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = __token__\npassword = ${S(c, V.TOKENS.pypi(r), 'token', 'pypi')}\n\n[internal]\nrepository = ${c.k('https://pypi.example.net/simple/')}\nusername = ${r.pick(['ci', 'release-bot'])}\npassword = ${S(c, V.humanPassword(r).replace(/ /g, '-'), 'password', 'ini')}` };
    const user = r.pick(['exampleci', 'release-bot']); const pw = V.urlSafePassword(r);
    const auth = Buffer.from(`${user}:${pw}`).toString('base64');
    return { format: 'object', record: { auths: { 'https://index.docker.io/v1/': { auth: S(c, auth, 'other_secret', 'docker_auth_b64') }, 'ghcr.io': { auth: S(c, Buffer.from(`${user}:${V.TOKENS.github_pat_classic(r)}`).toString('base64'), 'other_secret', 'docker_auth_b64') } }, credsStore: '', currentContext: c.k('desktop-linux'), HttpHeaders: { 'User-Agent': c.k(`Docker-Client/${r.int(24, 27)}.0.${r.int(0, 9)} (linux)`) } } };
  } },
  { name: 'shell-history', n: 60, make(r, c) {
    const lines = [];
    const n = r.int(3, 6);
    for (let i = 0; i < n; i++) {
      lines.push(r.pick([
        () => `mysql -h ${c.k(HOSTS.mysql(r))} -u root -p'${S(c, V.urlSafePassword(r), 'password', 'cli_flag')}' shop`,
        () => `export ${(() => { const v = vendorSecret(r, c); return `${v.name}=${v.value}`; })()}`,
        () => `curl -H "Authorization: Bearer ${S(c, V.jwt(r, { sub: V.uuid(r), iat: 1764000000 + r.int(0, 999999), scope: 'orders:read' }), 'token', 'jwt')}" https://api.example.com/v2/orders`,
        () => `psql "${connString(r, c, [0, 8]).text}"`,
        () => `git log --oneline -n ${r.int(3, 20)}`, () => `kubectl rollout restart deploy/${r.pick(V.SERVICES)}`, () => `git checkout ${c.k(V.sha1(r).slice(0, 12))}`,
        () => `sshpass -p '${S(c, V.urlSafePassword(r), 'password', 'cli_flag')}' ssh ${r.pick(['ops', 'root', 'ubuntu'])}@${c.k(V.hostName(r))}`,
        () => `htpasswd -b /etc/nginx/.htpasswd ${S(c, V.username(r, V.person(r)), 'username', 'cli_arg')} ${S(c, V.urlSafePassword(r), 'password', 'cli_arg')}`,
        () => `vault login ${S(c, V.TOKENS.vault(r), 'token', 'vault')}`,
        () => `ls -la /home/${S(c, V.username(r, V.person(r)), 'home_path', 'linux_home')}/Downloads`,
      ])());
    }
    return { format: 'text', record: lines.map((l, i) => `  ${r.int(100, 999) + i}  ${l}`).join('\n') };
  } },
  { name: 'terraform-vault', n: 45, make(r, c) {
    const v = r.int(0, 2);
    if (v === 0) return { format: 'text', record: `Terraform will perform the following actions:\n\n  # aws_db_instance.${r.pick(['orders', 'ledger'])} will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id                     = "${c.k(`db-${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 26)}`)}"\n      ~ password               = (sensitive value)\n      ~ master_password        = "${S(c, V.urlSafePassword(r), 'password', 'terraform_plan')}" -> "${S(c, V.urlSafePassword(r), 'password', 'terraform_plan')}"\n        ${c.k(`backup_retention_period = ${r.pick([7, 14, 35])}`)}\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.` };
    if (v === 1) return { format: 'object', record: { time: V.isoTs(r), type: 'response', auth: { client_token: S(c, V.TOKENS.vault(r), 'token', 'vault'), accessor: c.k(`hmac-sha256:${r.hex(64)}`), display_name: `approle`, policies: ['default', 'payments-read'], token_ttl: c.kj('token_ttl', r.pick([2764800, 3600])), token_type: 'service' }, request: { id: c.k(V.uuid(r)), operation: 'update', path: 'auth/approle/login', remote_address: S(c, V.publicIp(r), 'ip', 'vault_remote') } } };
    return { format: 'text', record: `Error: Error configuring Terraform Cloud: unauthorized (token ${S(c, V.TOKENS.terraform_cloud(r), 'token', 'terraform_cloud')} rejected) on backend.tf line ${r.int(1, 12)}, workspace ${c.k(`ws-${r.alnum(16)}`)}` };
  } },
  { name: 'gcp-service-account', n: 40, make(r, c) {
    const proj = c.k(`${r.pick(['shop', 'analytics', 'ml'])}-${r.pick(['prod', 'staging'])}-${r.int(100000, 999999)}`);
    const sa = c.k(`${r.pick(['ci-deployer', 'bq-loader', 'firebase-adminsdk-x3k9q'])}@${proj}.iam.gserviceaccount.com`);
    const key = S(c, V.pemBlock(r, 'pkcs8') + '\n', 'private_key', 'gcp_sa_json');
    return { format: 'object', record: { level: 'debug', msg: 'loaded credentials', credentials: { type: 'service_account', project_id: proj, private_key_id: S(c, r.hex(40), 'other_secret', 'gcp_private_key_id'), private_key: key, client_email: sa, client_id: c.k(r.digits(21)), auth_uri: 'https://accounts.google.com/o/oauth2/auth', token_uri: 'https://oauth2.googleapis.com/token' } } };
  } },
  { name: 'tls-ssh-keys', n: 45, make(r, c) {
    const kind = r.pick(['rsa', 'ec', 'openssh', 'pkcs8', 'pgp']);
    const key = S(c, V.pemBlock(r, kind), 'private_key', `pem_${kind}`);
    const v = r.int(0, 2);
    if (v === 0) return { format: 'text', record: `nginx: [emerg] cannot load certificate key "/etc/ssl/private/${c.k(`${r.pick(['shop', 'api'])}.example.com.key`)}": PEM_read_bio_PrivateKey() failed; file contents:\n${key}` };
    if (v === 1) return { format: 'object', record: { level: 50, msg: 'deploy key rejected', fingerprint: c.k(V.sshFingerprint(r)), publicKey: c.k(V.sshPubKey(r)), privateKey: key, host: c.k(V.hostName(r)) } };
    return { format: 'text', record: `ansible-playbook site.yml -vvv\nTASK [deploy : write key] ***\nok: [${c.k(V.hostName(r))}] => {"changed": false, "content": ${JSON.stringify(key)}, "dest": "/etc/app/signing.key", "mode": "0600"}` };
  } },
  { name: 'wireguard-vpn-config', n: 35, make(r, c) {
    const pk = S(c, `${r.b64(42)}${r.pick(['A', 'E', 'I', 'M'])}=`, 'private_key', 'wireguard');
    const pub = c.k(`${r.b64(42)}${r.pick(['A', 'Q', 'g', 'w'])}=`);
    const psk = r.chance(0.5) ? `\nPresharedKey = ${S(c, `${r.b64(43)}=`, 'other_secret', 'wireguard_psk')}` : '';
    return { format: 'text', record: `wg-quick up wg0 failed, config:\n[Interface]\nPrivateKey = ${pk}\nAddress = 10.${r.int(0, 200)}.0.${r.int(2, 250)}/32\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${pub}${psk}\nEndpoint = ${c.k(`vpn-${r.pick(['fra', 'ams', 'iad'])}.example.net:51820`)}\nAllowedIPs = 0.0.0.0/0\n${c.k(`PersistentKeepalive = ${r.pick([15, 25])}`)}` };
  } },
  { name: 'saas-integrations-config', n: 60, make(r, c) {
    const hook = `https://hooks.slack.com/services/T${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 8)}/B${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/${S(c, V.OTHER.slack_webhook_path(r), 'other_secret', 'slack_webhook')}`;
    const integ = {
      slack: { webhookUrl: hook, channel: '#alerts-payments', botToken: r.chance(0.5) ? S(c, V.TOKENS.slack_bot(r), 'token', 'slack_bot') : undefined },
      datadog: { apiKey: S(c, V.APIKEYS.datadog_api(r), 'api_key', 'datadog_api'), site: 'datadoghq.eu', flushIntervalMs: c.kj('flushIntervalMs', r.pick([5000, 10000])) },
      stripe: { webhookSecret: S(c, V.OTHER.stripe_webhook_secret(r), 'other_secret', 'stripe_webhook_secret'), publishableKey: c.k(`pk_live_51${r.alnum(97)}`), apiVersion: c.k('2024-06-20') },
    };
    if (r.chance(0.5)) integ.newrelic = { licenseKey: S(c, V.APIKEYS.newrelic_license(r), 'api_key', 'newrelic_license'), appName: r.pick(V.SERVICES) };
    if (r.chance(0.5)) integ.jira = { baseUrl: 'https://example.atlassian.net', user: S(c, V.email(r, V.person(r), 'example.com'), 'email', 'config'), apiToken: S(c, V.TOKENS.atlassian(r), 'token', 'atlassian') };
    if (r.chance(0.4)) integ.mapbox = { publicToken: c.k(`pk.eyJ1Ijoi${r.b64url(60)}.${r.b64url(22)}`), secretToken: S(c, V.APIKEYS.mapbox_secret(r), 'api_key', 'mapbox_secret') };
    return { format: 'object', record: { level: 'info', msg: 'integrations loaded', integrations: JSON.parse(JSON.stringify(integ)), features: { [c.k(r.pick(V.FLAGS))]: true }, tokenCacheTtlSeconds: c.kj('tokenCacheTtlSeconds', r.pick([300, 600])) } };
  } },
  { name: 'ai-sdk-debug', n: 50, make(r, c) {
    const vendor = r.pick(['openai', 'anthropic', 'huggingface', 'google_api']);
    const key = vendor === 'huggingface' ? S(c, V.TOKENS.huggingface(r), 'token', 'huggingface') : S(c, V.APIKEYS[vendor](r), 'api_key', vendor);
    const hdr = vendor === 'anthropic' ? { 'x-api-key': key, 'anthropic-version': c.k('2023-06-01') } : vendor === 'google_api' ? { 'x-goog-api-key': key } : { authorization: `Bearer ${key}` };
    return { format: 'object', record: { level: 'debug', time: Date.parse(V.isoTs(r)), msg: 'request', method: 'POST', url: c.k(r.pick(['https://api.openai.com/v1/chat/completions', 'https://api.anthropic.com/v1/messages', 'https://api-inference.huggingface.co/models/bert-base-uncased', 'https://generativelanguage.googleapis.com/v1beta/models'])), headers: { ...hdr, 'content-type': 'application/json', 'x-request-id': c.k(`req_${r.alnum(24)}`) }, body: { model: c.k(r.pick(['gpt-4o-mini', 'claude-3-5-sonnet-20241022', 'bert-base-uncased'])), max_tokens: c.kj('max_tokens', r.pick([256, 1024, 4096])), temperature: 0.2 }, retries: 0 } };
  } },
  { name: 'chatops-prose', n: 60, make(r, c) {
    const who = r.pick(['oncall-bot', 'teams-export', 'slack-export', 'mattermost']);
    const msg = r.pick([
      () => `fyi the staging db password is ${S(c, V.humanPassword(r), 'password', 'prose')} until we rotate it on ${c.k(V.isoTs(r).slice(0, 10))}`,
      () => `can someone check why ${S(c, V.TOKENS.github_pat_classic(r), 'token', 'github_pat_classic')} keeps getting 401 from the API? build ${c.k(`#${r.int(1000, 9999)}`)}`,
      () => `Das neue Passwort für den Drucker-Admin lautet ${S(c, V.humanPassword(r), 'password', 'prose_de')} – bitte nicht weitergeben`,
      () => `Le mot de passe du compte de service est ${S(c, V.urlSafePassword(r), 'password', 'prose_fr')}, je le change demain`,
      () => `La contraseña del wifi de la oficina es ${S(c, V.OTHER.wifi_psk(r), 'other_secret', 'wifi_psk')}`,
      () => `temporary workaround: hardcode ${S(c, V.APIKEYS.stripe_secret(r), 'api_key', 'stripe_secret')} in the cron job, ticket ${c.k(V.ticketId(r))}`,
      () => `${S(c, V.APIKEYS.openai(r), 'api_key', 'openai')}`,
      () => `my 2FA backup codes: ${S(c, V.OTHER.recovery_code(r), 'other_secret', 'recovery_code')} ${S(c, V.OTHER.recovery_code(r), 'other_secret', 'recovery_code')} ${S(c, V.OTHER.recovery_code(r), 'other_secret', 'recovery_code')}`,
      () => `TOTP seed for the shared ops account: ${S(c, V.OTHER.totp_seed(r), 'other_secret', 'totp_seed')} (issuer ${c.k('AWS root')})`,
      () => `rails credentials: secret_key_base ${S(c, V.OTHER.rails_secret_key_base(r), 'other_secret', 'rails_secret_key_base')}`,
      () => `Laravel APP_KEY=${S(c, V.OTHER.encryption_key(r), 'other_secret', 'encryption_key')} leaked in the screenshot, rotating now`,
      () => `oauth client ${c.k(`${r.digits(12)}-${r.lower(32)}.apps.googleusercontent.com`)} secret ${S(c, V.OTHER.oauth_client_secret(r), 'other_secret', 'oauth_client_secret')}`,
      () => `snmp community for the core switches is ${S(c, V.OTHER.snmp_community(r), 'other_secret', 'snmp_community')}`,
      () => `HMAC signing key for webhooks v2: ${S(c, V.OTHER.hmac_secret(r), 'other_secret', 'hmac_secret')}`,
      () => `try "${S(c, `${r.pick(['Velvet', 'Copper', 'Harbor'])} ${r.pick(['orchid', 'meadow', 'quartz'])} ${r.pick(['saddle', 'juniper', 'falcon'])} ${r.int(10, 99)}`, 'password', 'quoted_passphrase')}" for the vault unseal share, the old one expired`,
      () => `slack token for the deploy bot: ${S(c, V.TOKENS.slack_user(r), 'token', 'slack_user')}`,
      () => `HF read token ${S(c, V.TOKENS.huggingface(r), 'token', 'huggingface')} works for the eval job`,
      () => `sk for claude in the notebook: ${S(c, V.APIKEYS.anthropic(r), 'api_key', 'anthropic')}`,
    ])();
    const channel = r.pick(['#ops', '#payments-eng', '#infra-private', '#data-platform']);
    if (r.chance(0.5)) return { format: 'object', record: { type: 'message', source: who, channel, user: c.k(`U0${r.str('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 9)}`), ts: c.k(`${r.int(1761955200, 1764547200)}.${r.digits(6)}`), text: msg, thread_ts: null } };
    return { format: 'text', record: `[${V.isoTs(r, false)}] ${who} ${channel} <${S(c, V.username(r, V.person(r)), 'username', 'chat_handle')}> ${msg}` };
  } },
  { name: 'azure-cli-config', n: 40, make(r, c) {
    const v = r.int(0, 2);
    if (v === 0) { const tenant = c.k(V.uuid(r)); const app = c.k(V.uuid(r)); return { format: 'text', record: `az login --service-principal -u ${app} -p ${S(c, V.APIKEYS.azure_ad_client_secret(r), 'api_key', 'azure_ad_client_secret')} --tenant ${tenant}\n[\n  {\n    "cloudName": "AzureCloud",\n    "tenantId": "${tenant}",\n    "state": "Enabled"\n  }\n]` }; }
    if (v === 1) return { format: 'text', record: `Microsoft.Azure.ServiceBus: Put token failed. status-code: 401, status-description: InvalidSignature. Endpoint=sb://${c.k(`${r.pick(['orders', 'events'])}-bus-prod.servicebus.windows.net`)}/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${S(c, `${r.b64(43)}=`, 'connection_string', 'azure_service_bus')}` };
    const sas = `sv=2022-11-02&ss=b&srt=co&sp=rl&se=${c.k('2027-01-01T00:00:00Z')}&st=2026-11-01T00:00:00Z&spr=https&sig=${S(c, encodeURIComponent(`${r.b64(43)}=`), 'token', 'azure_sas_sig')}`;
    return { format: 'text', record: `GET https://${c.k('stprodassets.blob.core.windows.net')}/invoices/${c.k(V.invId(r))}.pdf?${sas} -> 403 AuthenticationFailed (${c.k(`x-ms-request-id: ${V.uuid(r)}`)})` };
  } },
];
