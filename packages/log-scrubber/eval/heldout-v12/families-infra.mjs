// Infrastructure logs: web servers, databases, shells, CI, containers, cloud audit, config files pasted into logs.

export function makeInfraFamilies(V) {
  const { int, pick, chance, hex, str, ts } = V;
  const AN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return {
    nginx_access() {
      const ip = V.ipv4(); const tok = str(AN, int(32, 48)); const em = V.email(); const bytes = int(200, 90000); const rt = (V.rng.next() * 2).toFixed(3);
      const path = pick([`/password/reset?token=${tok}&email=${encodeURIComponent(em)}`, `/api/v1/invite/accept?invite_token=${tok}&email=${encodeURIComponent(em)}`]);
      return { format: 'text', record: `${ip} - - [14/Mar/2026:${V.pad(int(0, 23))}:${V.pad(int(0, 59))}:${V.pad(int(0, 59))} +0000] "GET ${path} HTTP/1.1" 200 ${bytes} "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)" rt=${rt}`, s: [[ip, 'ip', 'nginx_remote'], [tok, 'token', 'url_query_reset'], [encodeURIComponent(em), 'email', 'url_query_encoded']], k: [`rt=${rt}`, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)', `200 ${bytes}`] };
    },
    postgres_server_log() {
      const pw = V.password().replace(/'/g, ''); const role = pick(['analytics_ro', 'app_rw', 'migrator']); const ip = V.ipv4(); const pid = int(1000, 99999);
      return { format: 'text', record: `${ts().replace('T', ' ').replace('Z', ' UTC')} [${pid}] postgres@app LOG:  statement: ALTER ROLE ${role} WITH LOGIN PASSWORD '${pw}' VALID UNTIL '2027-01-01';\n${ts().replace('T', ' ').replace('Z', ' UTC')} [${pid + 1}] ${role}@app FATAL:  password authentication failed for user "${role}"\n\tConnection matched pg_hba.conf line ${int(80, 120)}: "hostssl all all ${ip}/32 scram-sha-256"`, s: [[pw, 'password', 'sql_alter_role'], [ip, 'ip', 'pg_hba']], k: [`[${pid}]`, 'pg_hba.conf line', 'scram-sha-256'] };
    },
    shell_history() {
      const my = V.urlPassword(); const tok = V.token(pick(['github_pat', 'gitlab_pat', 'slack_bot'])); const aws = V.apiKey('aws_secret'); const ip = V.ipv4(); const u = V.username(); const ver = V.version();
      const lines = [`  ${int(100, 999)}  git pull --rebase`, `  ${int(100, 999)}  mysql -h db-replica.internal -u admin -p'${my}' orders`, `  ${int(100, 999)}  curl -sS -H "Authorization: token ${tok}" https://api.github.com/user`, `  ${int(100, 999)}  export AWS_SECRET_ACCESS_KEY=${aws}`, `  ${int(100, 999)}  ssh -i /home/${u}/.ssh/id_ed25519 deploy@${ip}`, `  ${int(100, 999)}  npm i -g pnpm@${ver.replace(/^v/, '')}`];
      return { format: 'text', record: lines.join('\n'), s: [[my, 'password', 'shell_mysql_p'], [tok, 'token', 'shell_curl'], [aws, 'api_key', 'shell_export'], [u, 'home_path', 'shell_ssh_i'], [ip, 'ip', 'shell_ssh']], k: [`pnpm@${ver.replace(/^v/, '')}`, 'git pull --rebase', 'db-replica.internal'] };
    },
    docker_run() {
      const pw = V.urlPassword(); const rp = V.urlPassword(); const img = `postgres:${int(13, 17)}.${int(1, 6)}-alpine`; const cid = hex(64);
      return { format: 'text', record: `time="${ts()}" level=info msg="container create" id=${cid} cmd="docker run -d --name pg -e POSTGRES_USER=app -e POSTGRES_PASSWORD=${pw} -e PGDATA=/var/lib/postgresql/data -p 5432:5432 ${img}" && redis-cli -a ${rp} --no-auth-warning ping`, s: [[pw, 'password', 'docker_env_flag'], [rp, 'password', 'redis_cli_a']], k: [cid, img] };
    },
    k8s_secret_yaml() {
      const pw = V.urlPassword(); const b = Buffer.from(pw).toString('base64'); const key = V.apiKey(pick(['sendgrid', 'datadog', 'twilio'])); const kb = Buffer.from(key).toString('base64'); const rv = String(int(1e6, 9e7)); const uid = V.uuid();
      const t = `kubectl apply failed: Secret "payments-env" is invalid: metadata.annotations: Too long: must have at most 262144 bytes\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-env\n  resourceVersion: "${rv}"\n  uid: ${uid}\ntype: Opaque\ndata:\n  DB_PASSWORD: ${b}\n  SENDGRID_API_KEY: ${kb}\nstringData:\n  replicas: "3"`;
      return { format: 'text', record: t, s: [[b, 'password', 'k8s_secret_b64'], [kb, 'api_key', 'k8s_secret_b64']], k: [uid, `resourceVersion: "${rv}"`] };
    },
    github_actions() {
      const ghs = `ghs_${str(AN, 36)}`; const run = String(int(1e9, 9e9)); const sha = V.sha(); const npm = V.token('npm');
      const t = `2026-03-1${int(0, 9)}T0${int(0, 9)}:12:44.${int(1000000, 9999999)}Z ##[group]Run git clone https://x-access-token:${ghs}@github.com/acme-retail/infra.git\n2026-03-1${int(0, 9)}T0${int(0, 9)}:12:45.0000000Z HEAD is now at ${sha.slice(0, 7)} chore: bump deps\n+ echo "//npm.pkg.github.com/:_authToken=${npm}" >> .npmrc\nRun id ${run}, commit ${sha}`;
      return { format: 'text', record: t, s: [[ghs, 'token', 'ghs_in_clone_url'], [npm, 'token', 'ci_npmrc_echo']], k: [sha, `Run id ${run}`] };
    },
    sshd_auth() {
      const ip = V.ipv4(); const fp = V.fingerprint(); const port = int(30000, 65000); const ip2 = V.ipv6();
      return { format: 'text', record: `Mar 14 0${int(0, 9)}:2${int(0, 9)}:1${int(0, 9)} bastion-${int(1, 4)} sshd[${int(1000, 60000)}]: Accepted publickey for deploy from ${ip} port ${port} ssh2: ED25519 ${fp}\nMar 14 0${int(0, 9)}:3${int(0, 9)}:00 bastion-1 sshd[${int(1000, 60000)}]: Invalid user oracle from ${ip2} port ${int(30000, 65000)}`, s: [[ip, 'ip', 'sshd_accepted'], [ip2, 'ip', 'sshd_invalid_v6']], k: [fp, `port ${port}`] };
    },
    cloudtrail() {
      const ip = V.ipv4(); const evid = V.uuid(); const reqId = V.uuid(); const em = V.email(); const hostDash = V.ipv4();
      return { format: 'object', record: { eventVersion: '1.09', eventTime: ts(), eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogin', sourceIPAddress: ip, userIdentity: { type: 'IAMUser', accountId: V.digits(12), userName: em }, additionalEventData: { MFAUsed: 'No', LoginTo: 'https://console.aws.amazon.com/' }, requestID: reqId, eventID: evid, tlsDetails: { clientProvidedHostHeader: `ip-${hostDash.replace(/\./g, '-')}.eu-west-1.compute.internal` } }, s: [[ip, 'ip', 'cloudtrail_source'], [em, 'email', 'cloudtrail_username'], [hostDash.replace(/\./g, '-'), 'ip', 'hostname_dashed']], k: [evid, reqId] };
    },
    config_files() {
      const v = pick(['yaml', 'toml', 'ini', 'wg']);
      if (v === 'yaml') {
        const pw = V.urlPassword(); const cs = V.other('client_secret').replace(/[~]/g, 'x'); const cid = V.oauthClientId(); const pool = int(5, 50);
        return { format: 'text', record: `config dump (application.yml):\nspring:\n  datasource:\n    url: jdbc:postgresql://pg-main.internal:5432/billing\n    username: billing\n    password: "${pw}"\n    hikari:\n      maximum-pool-size: ${pool}\n  security:\n    oauth2:\n      client:\n        registration:\n          keycloak:\n            client-id: ${cid}\n            client-secret: ${cs}`, s: [[pw, 'password', 'yaml_password'], [cs, 'other_secret', 'yaml_client_secret']], k: [cid, `maximum-pool-size: ${pool}`] };
      }
      if (v === 'toml') {
        const tok = V.token(pick(['pypi', 'vault', 'discord_bot'])); const sk = V.other('signing_key'); const port = pick([8443, 9000, 7070]);
        return { format: 'text', record: `[server]\nport = ${port}\nhost = "0.0.0.0"\n\n[auth]\nsigning_key = "${sk}"\ntoken_ttl = "15m"\n\n[publish]\ntoken = "${tok}"`, s: [[sk, 'other_secret', 'toml_signing_key'], [tok, 'token', 'toml_token']], k: [`port = ${port}`, 'token_ttl = "15m"'] };
      }
      if (v === 'ini') {
        const aws = V.apiKey('aws_secret'); const st = `IQoJb3JpZ2luX2VjE${str(`${AN}/+`, 180)}`; const region = pick(['eu-west-1', 'ap-southeast-2']);
        return { format: 'text', record: `cat ~/.aws/credentials\n[default]\naws_access_key_id = AKIA${str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}\naws_secret_access_key = ${aws}\naws_session_token = ${st}\nregion = ${region}`, s: [[aws, 'api_key', 'aws_credentials_file'], [st, 'token', 'aws_session_token']], k: [`region = ${region}`] };
      }
      const pk = V.wgKey(); const pub = V.wgKey(); const ip = V.ipv4(); const port = int(51000, 51999);
      return { format: 'text', record: `wg-quick up wg0 failed; config:\n[Interface]\nPrivateKey = ${pk}\nAddress = 10.8.0.${int(2, 250)}/24\nListenPort = ${port}\n\n[Peer]\nPublicKey = ${pub}\nEndpoint = ${ip}:${port}\nAllowedIPs = 0.0.0.0/0`, s: [[pk, 'private_key', 'wireguard'], [ip, 'ip', 'wg_endpoint']], k: [pub, `ListenPort = ${port}`] };
    },
    pem_in_logs() {
      const pk = V.privateKey(); const useJson = chance(0.5); const proj = `${pick(['billing', 'ml', 'etl'])}-${int(100000, 999999)}`; const keyId = hex(40);
      if (useJson) {
        const em = `${pick(['ci-deployer', 'firebase-adminsdk-x1y2z', 'exporter'])}@${proj}.iam.gserviceaccount.com`;
        return { format: 'object', record: { level: 50, msg: 'Failed to parse service account: Error: error:1E08010C:DECODER routines::unsupported', credentials: JSON.stringify({ type: 'service_account', project_id: proj, private_key_id: keyId, private_key: `${pk}\n`, client_email: em }) }, s: [[pk, 'private_key', 'sa_json_in_string']], k: [keyId, proj, 'DECODER routines::unsupported'] };
      }
      return { format: 'text', record: `Error: error:0480006C:PEM routines::no start line\n    at createPrivateKey (node:internal/crypto/keys:${int(600, 640)}:${int(10, 20)})\n  key material was:\n${pk}\n  kid=${keyId}`, s: [[pk, 'private_key', 'pem_in_error']], k: [`kid=${keyId}`, 'PEM routines::no start line'] };
    },
    haproxy_envoy() {
      const ip = V.ipv4(); const ip6 = V.ipv6(); const up = `${V.hostname()}:${pick([8080, 9090])}`; const dur = int(1, 4000); const tid = V.traceId();
      return { format: 'object', record: { start_time: ts(), method: 'POST', path: '/v1/payments', protocol: 'HTTP/2', response_code: 201, duration: dur, upstream_host: up, x_forwarded_for: `${ip6}, ${ip}`, 'x-b3-traceid': tid, user_agent: 'okhttp/4.12.0' }, s: [[ip, 'ip', 'xff_chain'], [ip6, 'ip', 'xff_chain_v6']], k: [up, tid, `"duration":${dur}`] };
    },
    systemd_journal() {
      const u = V.username(); const u2 = V.username(); const unit = pick(['backup.service', 'sync-photos.service', 'borg.service']);
      return { format: 'text', record: `Mar 14 03:00:0${int(0, 9)} nas systemd[1]: Starting ${unit}...\nMar 14 03:00:1${int(0, 9)} nas rsync[${int(1000, 9999)}]: rsync: [sender] send_files failed to open "/home/${u}/Documents/taxes/2025.pdf": Permission denied (13)\nMar 14 03:00:2${int(0, 9)} nas rsync[${int(1000, 9999)}]: skipping /Users/${u2}/Library/Caches\nMar 14 03:01:0${int(0, 9)} nas systemd[1]: ${unit}: Deactivated successfully.`, s: [[u, 'home_path', 'rsync_linux'], [u2, 'home_path', 'rsync_mac']], k: [`${unit}: Deactivated successfully.`, 'Permission denied (13)'] };
    },
    terraform_plan() {
      const pw = V.urlPassword(); const tok = V.other('hmac_secret'); const inst = pick(['db.t4g.medium', 'db.r6g.large']); const arn = `arn:aws:rds:eu-central-1:${V.digits(12)}:db:orders-${int(1, 9)}`;
      return { format: 'text', record: `  # aws_db_instance.orders will be updated in-place\n  ~ resource "aws_db_instance" "orders" {\n        arn              = "${arn}"\n      ~ instance_class   = "db.t4g.small" -> "${inst}"\n      ~ password         = "${pw}" -> (sensitive value)\n        tags             = {}\n    }\n  + resource "random_password" "webhook" { result = "${tok}" }`, s: [[pw, 'password', 'tf_plan'], [tok, 'other_secret', 'tf_random']], k: [arn, inst] };
    },
    mysql_slow_query() {
      const em = V.email(); const card = V.card(''); const ip = V.ipv4(); const qt = (V.rng.next() * 10).toFixed(6);
      return { format: 'text', record: `# User@Host: shop[shop] @  [${ip}]\n# Query_time: ${qt}  Lock_time: 0.000112 Rows_sent: 0  Rows_examined: ${int(1000, 900000)}\nSET timestamp=${1767225600 + int(0, 1e7)};\nSELECT * FROM payments WHERE card_number = '${card}' OR customer_email = '${em}';`, s: [[card, 'card', 'slowlog_sql'], [em, 'email', 'slowlog_sql'], [ip, 'ip', 'slowlog_userhost']], k: [`Query_time: ${qt}`, 'Lock_time: 0.000112'] };
    },
  };
}
