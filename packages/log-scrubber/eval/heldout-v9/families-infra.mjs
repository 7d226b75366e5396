// Infrastructure and other sources: proxies, shells, CI, databases, mail, cloud audit, VPN, IoT, CSV exports.
import * as V from './values.mjs';
import { sName, sEmail, sPhone, sIp, sIban, sAddr, sDob, sGeo, sPw, sTok, sKey, sOther, sPk, cookieHeader, sHome, sConn } from './families-util.mjs';

const { pick, int, chance } = V;
const clf = () => `${int(1, 28)}/${pick(['Mar', 'Jul', 'Oct'])}/2025:${String(int(0, 23)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')} +0000`;

export function nginxAccess(r) {
  const q = pick([() => `token=${sTok(r, 'magic_link')}`, () => `email=${encodeURIComponent(sEmail(r))}`, () => `api_key=${sKey(r, 'generic_header')}`, () => `session_id=${sTok(r, 'session')}`])();
  const st = int(0, 1) ? 200 : 302;
  r.record = `${sIp(r, chance(0.2) ? 'v6' : 'v4')} - - [${clf()}] "GET /${pick(['login/verify', 'unsubscribe', 'export.csv'])}?${q} HTTP/2.0" ${st} ${int(200, 9000)} "-" "Mozilla/5.0 (X11; Linux x86_64)" rt=${r.k(`rt=0.${V.digits(3)}`).slice(3)} req_id=${r.k(V.hex(32))}`;
  const e = r.sensitive.find((s) => s.kind === 'email'); if (e) { e.value = encodeURIComponent(e.value); e.sub = 'url_encoded'; }
}

export function proxyHeaders(r) {
  r.record = `envoy access: [${V.isoTs()}] "POST /v1/charges HTTP/1.1" ${r.k(pick([201, 402, 500]))} upstream=${r.k('payments-api:8443')} x-forwarded-for="${sIp(r)}" authorization="Bearer ${sTok(r, pick(['jwt', 'opaque_bearer']))}" cookie="${cookieHeader(r)}" traceparent="00-${r.k(V.traceId())}-${V.spanId()}-01"`;
}

export function shellHistory(r) {
  r.record = pick([
    () => `type=EXECVE msg=audit(1760${V.digits(6)}.${V.digits(3)}:${int(100, 9999)}): argc=5 a0="mysql" a1="-h" a2="${r.k(V.hostname())}" a3="-uroot" a4="-p${sPw(r, 'cli_flag', 1)}"`,
    () => `+ PGPASSWORD=${sPw(r, 'env_inline', 4)} psql -h ${r.k(V.hostname())} -U etl -d ${r.k('warehouse')} -c "\\copy exports to 'out.csv'"`,
    () => `$ curl -s -H "Authorization: Bearer ${sTok(r, pick(['github_pat', 'gitlab_pat', 'hf', 'doppler']))}" https://api.github.com/repos/kestrel/api/actions/runs?per_page=${int(5, 50)}`,
    () => `  ${int(100, 2000)}  docker login -u ci-bot -p ${sPw(r, 'docker_login', 4)} ${r.k('registry.kestrel-analytics.io')}`,
    () => `${sHome(r, 0)}/.bash_history: export ANTHROPIC_API_KEY=${sKey(r, 'anthropic')}`,
  ])();
}

export function ciLog(r) {
  r.record = `${V.isoTs()} ##[group]Run npm publish\n${V.isoTs()} npm notice Publishing to https://registry.npmjs.org/ with tag latest\n${V.isoTs()} //registry.npmjs.org/:_authToken=${sTok(r, 'npm')}\n${V.isoTs()} + @kestrel/sdk@${r.k(V.semver())}\n${V.isoTs()} integrity: ${r.k(V.sriHash())}\n${V.isoTs()} shasum: ${r.k(V.hex(40))}`;
}

export function k8sSecret(r) {
  const pw = V.password();
  const b = Buffer.from(pw).toString('base64');
  r.s('password', 'k8s_base64', b);
  r.record = `apiVersion: v1\ndata:\n  DB_PASSWORD: ${b}\n  STRIPE_KEY: ${Buffer.from(sKey(r, 'stripe_restricted')).toString('base64')}\nkind: Secret\nmetadata:\n  name: ${r.k('checkout-secrets')}\n  namespace: ${r.k('payments')}\n  resourceVersion: "${r.k(V.digits(8))}"\n  uid: ${r.k(V.uuid())}\ntype: Opaque`;
  // The raw key never appears, only its base64 form: relabel it as what ships.
  const s = r.sensitive.find((x) => x.kind === 'api_key'); s.value = Buffer.from(s.value).toString('base64'); s.sub = 'k8s_base64';
}

export function postgresServer(r) {
  const p = V.person();
  r.record = `${V.isoTs().replace('T', ' ').replace('Z', ' UTC')} [${int(1000, 99999)}] app_rw@orders LOG:  duration: ${r.k(`${int(1, 900)}.${V.digits(3)} ms`)}  statement: INSERT INTO customers (name, email, phone, dob) VALUES ('${sName(r, p).replace(/'/g, "''")}', '${sEmail(r, p)}', '${sPhone(r)}', '${sDob(r, 0)}') RETURNING id`;
}

export function postfix(r) {
  const a = V.person(); const b = V.person();
  r.record = `${pick(['Oct', 'Nov'])} ${int(1, 28)} ${String(int(0, 23)).padStart(2, '0')}:${int(10, 59)}:${int(10, 59)} mx1 postfix/smtpd[${int(1000, 99999)}]: ${r.k(V.HEX(10))}: client=${r.k('mail-ed1-f54.google.com')}[${sIp(r)}], sasl_username=${sEmail(r, a, 'sasl')}, from=<${sEmail(r, a)}>, to=<${sEmail(r, b)}>, status=${r.k(pick(['sent (250 2.0.0 OK)', 'deferred (451 4.7.1)']))}`;
}

export function cloudTrail(r) {
  const p = V.person();
  r.record = { eventVersion: '1.09', eventTime: r.k(V.isoTs()), eventSource: 'iam.amazonaws.com', eventName: r.k(pick(['CreateAccessKey', 'ConsoleLogin', 'GetSecretValue'])), awsRegion: 'eu-central-1', sourceIPAddress: sIp(r),
    userIdentity: { type: 'IAMUser', principalId: r.k(`AIDA${V.upperNum(17)}`), arn: r.k(`arn:aws:iam::${V.digits(12)}:user/ci-deployer`), accessKeyId: sKey(r, 'aws_access_key'), userName: 'ci-deployer' },
    requestID: r.k(V.uuid()), additionalEventData: { MFAUsed: 'No' }, responseElements: chance(0.5) ? { accessKey: { accessKeyId: sKey(r, 'aws_access_key'), secretAccessKey: sKey(r, 'aws_secret'), status: 'Active' } } : { ConsoleLogin: 'Success' }, tags: { owner: sEmail(r, p, 'tag') } };
}

export function vpnConfig(r) {
  r.record = `[Interface]\nPrivateKey = ${r.s('private_key', 'wireguard', V.wgKey())}\nAddress = 10.8.0.${int(2, 250)}/32\nListenPort = ${r.k(`ListenPort = ${int(51000, 51900)}`).slice(13)}\n\n[Peer]\nPublicKey = ${r.k(V.wgKey())}\nEndpoint = ${sIp(r)}:51820\nPersistentKeepalive = 25`;
}

export function sshdAuth(r) {
  r.record = `${pick(['Oct', 'Nov'])} ${int(1, 28)} 0${int(1, 9)}:${int(10, 59)}:${int(10, 59)} bastion sshd[${int(1000, 99999)}]: Accepted publickey for deploy from ${sIp(r)} port ${r.k(`port ${int(30000, 65000)}`).slice(5)} ssh2: ED25519 ${r.k(V.sshFingerprint())}`;
}

export function iotTelemetry(r) {
  const g = sGeo(r, 'gps');
  r.record = `tracker=${r.k(`TRK-${V.upperNum(8)}`)} fw=${r.k(`fw=${V.semver()}`).slice(3)} fix=3d sats=${int(4, 14)} lat=${g.lat} lon=${g.lng} batt=${int(5, 99)}% owner_phone=${sPhone(r)}`;
}

export function geoApi(r) {
  const p = V.person();
  const g = sGeo(r, 'json');
  r.record = { msg: 'delivery geocoded', orderId: r.k(V.orderId()), recipient: sName(r, p), location: { lat: Number(g.lat), lng: Number(g.lng) }, city: r.k(pick(['Lyon', 'Utrecht', 'Porto', 'Leipzig'])), provider: 'mapbox' };
  // The record holds numbers: the labels are their canonical string forms.
  for (const s of r.sensitive) if (s.kind === 'geo') s.value = String(Number(s.value));
}

export function csvExport(r) {
  const rows = [];
  for (let i = 0; i < int(2, 3); i++) {
    const lang = pick(V.LANGS); const p = V.person(lang);
    rows.push([r.k(`C${V.digits(7)}`), sName(r, p), sEmail(r, p), sPhone(r, lang), sIban(r), r.k(pick(['DE', 'FR', 'ES', 'NL', 'PL', 'IT']))].join(';'));
  }
  r.record = `export job ${r.k(V.uuid())} wrote rows:\nid;name;email;phone;iban;country\n${rows.join('\n')}`;
}

export function tlsKeyLeak(r) {
  const pk = sPk(r, pick(['rsa', 'ec', 'openssh', 'pgp']));
  r.record = `${V.isoTs()} ERROR tls: failed to parse certificate pair (cert fingerprint ${r.k(V.sshFingerprint())}); key file content follows\n${pk}\n-- end of dump (serial ${r.k(V.HEX(16))})`;
}

export function vaultOps(r) {
  r.record = pick([
    () => `${V.isoTs()} [INFO]  core: unseal progress: ${int(1, 2)}/3 key=${sOther(r, 'vault_unseal')} nonce=${r.k(V.uuid())}`,
    () => `${V.isoTs()} auth: enrolled TOTP for ${sEmail(r)} uri=otpauth://totp/Kestrel:${'x'}?secret=${sOther(r, 'totp_seed')}&issuer=Kestrel&digits=${r.k('digits=6').slice(7)}`.replace(':x?', ':admin?'),
    () => `${V.isoTs()} auth: backup codes issued for ${sEmail(r)}: ${sOther(r, 'backup_code')} ${sOther(r, 'backup_code')} ${sOther(r, 'backup_code')}`,
    () => `${V.isoTs()} kms: data key generated key_arn=${r.k(`arn:aws:kms:eu-central-1:${V.digits(12)}:key/${V.uuid()}`)} plaintext=${sOther(r, 'encryption_key')}`,
  ])();
}

export function haproxyLb(r) {
  r.record = `haproxy[${int(100, 9999)}]: ${sIp(r)}:${int(30000, 65000)} [${clf()}] fe_https~ be_app/app${int(1, 4)} 0/0/1/${int(5, 400)}/${int(5, 400)} ${r.k(pick([200, 204, 401]))} ${int(100, 9000)} - - ---- ${int(1, 90)}/${int(1, 90)}/0/0/0 0/0 {${r.k('shop.northwind-logistics.com')}|${cookieHeader(r, ['SERVERID', 'session'])}} "POST /cart HTTP/1.1"`;
}

export function redisMonitor(r) {
  const p = V.person();
  r.record = `${1760000000 + int(0, 9e6)}.${V.digits(6)} [0 10.0.3.21:${int(30000, 65000)}] "SET" "sess:${r.k(V.uuid())}" "{\\"email\\":\\"${sEmail(r, p)}\\",\\"name\\":\\"${sName(r, p)}\\",\\"csrf\\":\\"${sTok(r, 'session')}\\"}" "EX" "${r.k('"EX" "3600"').slice(6, 10)}"`;
}

export function mysqlDsn(r) {
  r.record = `${V.isoTs()} [Warning] [MY-010055] [Server] IP address '${sIp(r)}' could not be resolved; replica config: SOURCE_HOST='${r.k(V.hostname())}', SOURCE_USER='repl', SOURCE_PASSWORD='${sConn(r, 'mysql_change_source')}', SOURCE_PORT=${r.k('SOURCE_PORT=3306').slice(12)}`;
}

export function bankFile(r) {
  const p = V.person('de');
  r.record = `sepa-batch ${r.k(`MSG-${V.digits(10)}`)}: <Cdtr><Nm>${sName(r, p)}</Nm><PstlAdr><AdrLine>${sAddr(r, 'de')}</AdrLine></PstlAdr></Cdtr><CdtrAcct><Id><IBAN>${sIban(r, pick(['DE', 'AT', 'NL', 'BE', 'FR']))}</IBAN></Id></CdtrAcct><RmtInf><Ustrd>${r.k(V.orderId())}</Ustrd></RmtInf>`;
}

export function cardTerminal(r) {
  const c = V.card();
  r.record = `POS ${r.k(`TID${V.digits(8)}`)} auth_resp=${r.k(pick(['00', '05', '51']))} pan=${r.s('card', c.brand, c.value)} masked=${r.k(V.maskedCard(c.last4))} stan=${r.k(V.digits(6))} rrn=${r.k(V.digits(12))}`;
  if (chance(0.3)) r.record += ` cardholder="${sName(r, V.person())}" dob=${sDob(r, 3)}`;
}

export function ldapBind(r) {
  const p = V.person();
  r.record = `${V.isoTs()} slapd[${int(100, 9999)}]: conn=${int(1000, 9999)} op=0 BIND dn="cn=${sName(r, p)},ou=people,dc=kestrel,dc=io" method=128 mech=SIMPLE ssf=0 from ${sIp(r)} cred=${sPw(r, 'ldap_bind', 0)}`;
}

export function sentryEvent(r) {
  const p = V.person();
  r.record = { event_id: r.k(V.hex(32)), release: r.k(`api@${V.semver()}`), user: { id: r.k(`usr_${V.alnum(12)}`), email: sEmail(r, p), ip_address: sIp(r), username: sName(r, p) },
    request: { url: 'https://app.kestrel-analytics.io/settings/billing', cookies: cookieHeader(r, ['__Host-next-auth.session-token']), headers: { Referer: 'https://app.kestrel-analytics.io/', 'X-Csrf-Token': sTok(r, 'session') } },
    contexts: { runtime: { name: 'node', version: r.k(`v${V.semver()}`) } }, extra: { billingIban: sIban(r), homeDir: sHome(r, 1) } };
}
