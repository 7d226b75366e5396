// Security tooling: WAF, Falco, EDR, IdP audit, MFA and password-reset flows, secret scanning, vulnerability scanners.
export function waf(V, r) {
  const ip = r.s(V.ipv4(), 'ip', 'waf_client');
  const p = V.person();
  const email = V.email(p);
  const sid = r.s(V.sessionId(), 'cookie', 'waf_header');
  const ga = r.s(`GA1.2.${V.int(100000000, 999999999)}.${V.int(1700000000, 1781000000)}`, 'cookie', 'ga');
  return r.obj({
    timestamp: V.int(1781000000000, 1781600000000), webaclId: r.k(`arn:aws:wafv2:eu-west-1:${V.digits(12)}:regional/webacl/ledgerly-edge/${V.uuid()}`),
    terminatingRuleId: r.k(V.pick(['AWS-AWSManagedRulesSQLiRuleSet', 'AWS-AWSManagedRulesKnownBadInputsRuleSet', 'RateLimitLogin'])), action: 'BLOCK',
    httpRequest: {
      clientIp: ip, country: r.k(V.pick(['DE', 'PL', 'US', 'BR', 'NL'])), uri: '/api/v1/login',
      args: `next=%2Fbilling&email=${r.s(encodeURIComponent(email), 'email', 'waf_args')}&q=%27%20OR%201%3D1--`,
      headers: [{ name: 'Host', value: 'app.ledgerly.io' }, { name: 'Cookie', value: `ldg_sid=${sid}; _ga=${ga}; consent=analytics` }, { name: 'X-Amzn-Trace-Id', value: r.k(`Root=1-${V.hex(8)}-${V.hex(24)}`) }],
      httpVersion: 'HTTP/2.0', requestId: r.k(V.b64(20).replace(/[+/]/g, 'Q')),
    },
    labels: [{ name: r.k('awswaf:managed:aws:sql-database:SQLi_QueryArguments') }],
  });
}

export function falco(V, r) {
  const user = r.s(V.homeUser(), 'home_path', 'linux');
  const cid = r.k(V.hex(12));
  const file = V.pick(['.aws/credentials', '.ssh/id_ed25519', '.kube/config', '.pgpass']);
  return r.obj({
    output: `${r.k(V.ts())}: Warning Sensitive file opened for reading by non-trusted program (file=/home/${user}/${file} gparent=bash ggparent=sshd evt_type=openat user=${user} user_uid=${V.int(1000, 1100)} process=cat proc_exepath=/usr/bin/cat command=cat /home/${user}/${file} container_id=${cid} image=${r.k('docker.io/library/ubuntu')})`,
    priority: 'Warning', rule: r.k('Read sensitive file untrusted'), source: 'syscall', tags: ['T1555', 'filesystem', 'mitre_credential_access'],
    output_fields: { 'container.id': cid, 'fd.name': `/home/${user}/${file}`, 'proc.cmdline': `cat /home/${user}/${file}`, 'user.name': user, 'evt.time': V.int(1781000000, 1781600000) * 1e9 },
    hostname: r.k(`ip-10-20-${V.int(0, 255)}-${V.int(1, 254)}`),
  });
}

export function edr(V, r) {
  const p = V.person();
  const user = r.s(V.homeUser(p), 'home_path', 'windows');
  const pw = r.s(V.urlPassword(), 'connection_string', 'edr_cmdline');
  const name = r.s(p.full, 'person_name', 'edr_user');
  return r.obj({
    alert: { id: r.k(`da${V.digits(18)}_${V.digits(9)}`), severity: 'Medium', title: r.k('Suspicious credential use in command line'), category: 'CredentialAccess' },
    device: { hostname: r.k(`LDG-LT-${V.int(100, 999)}`), osPlatform: 'Windows11', lastIp: r.s(V.ipv4(), 'ip', 'edr_device') },
    user: { displayName: name, accountName: user, domain: 'LEDGERLY' },
    process: { image: 'C:\\Program Files\\PostgreSQL\\16\\bin\\psql.exe', commandLine: `psql "postgresql://finance_admin:${pw}@pg-replica.ledgerly.internal:5432/ledger" -f C:\\Users\\${user}\\Downloads\\q3-close.sql`, sha256: r.k(V.sha256()), pid: V.int(1000, 30000) },
    firstSeen: r.k(V.ts()),
  });
}

export function idpAudit(V, r) {
  const p = V.person();
  const first = p.first.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const last = p.last.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[^A-Za-z]/g, '').toLowerCase();
  const email = r.s(`${first}.${last}@ledgerly.io`, 'email', 'idp_actor');
  const name = r.s(p.full, 'person_name', 'idp_actor');
  return r.obj({
    uuid: r.k(V.uuid()), published: r.k(V.ts()), eventType: r.k(V.pick(['user.session.start', 'user.authentication.sso', 'user.mfa.factor.activate', 'policy.evaluate_sign_on'])),
    severity: 'INFO', displayMessage: 'User login to Okta',
    actor: { id: r.k(`00u${V.str(17)}`), type: 'User', alternateId: email, displayName: name },
    client: { ipAddress: r.s(V.ipv4(), 'ip', 'idp_client'), geographicalContext: { city: r.k(V.place()), country: 'Portugal' }, userAgent: { browser: 'CHROME', os: 'Mac OS X' } },
    authenticationContext: { externalSessionId: r.s(`idx${V.str(24)}`, 'token', 'idp_session'), authenticationStep: 0 },
    outcome: { result: r.k(V.pick(['SUCCESS', 'FAILURE', 'CHALLENGE'])) }, transaction: { id: r.k(V.str(27)) },
    target: [{ id: r.k(V.oauthClientId()), type: 'AppInstance', alternateId: 'Ledgerly Admin Console' }],
  });
}

export function mfa(V, r) {
  const p = V.person();
  const email = r.s(V.email(p), 'email', 'mfa');
  if (V.chance(0.5)) {
    const seed = r.s(V.totpSeed(), 'other_secret', 'totp_seed');
    return r.text(`${r.k(V.ts())} auth-service INFO mfa.enroll user=${email} factor=totp otpauth_uri="otpauth://totp/Ledgerly:${encodeURIComponent(email)}?secret=${seed}&issuer=Ledgerly&algorithm=SHA1&digits=6&period=30" ${r.k(`totpWindow=${V.int(1, 2)}`)} ${r.k(`request_id=${V.reqId()}`)}`);
  }
  const codes = [0, 1, 2, 3].map(() => r.s(V.recoveryCode(), 'other_secret', 'recovery_code'));
  const phone = r.s(V.phone(), 'phone', 'sms_factor');
  return r.obj({ level: 'info', msg: 'recovery codes regenerated', user: email, smsFactor: phone, recoveryCodes: codes, recoveryCodeCount: r.kf('recoveryCodeCount', 10), mfaRequired: r.kf('mfaRequired', true), maxFailedAttempts: r.kf('maxFailedAttempts', V.int(3, 10)) });
}

export function passwordReset(V, r) {
  const p = V.person();
  const email = r.s(V.email(p), 'email', 'reset');
  const ip = r.s(V.ipv4(), 'ip', 'reset');
  const v = V.int(0, 2);
  if (v === 0) {
    const tok = r.s(V.opaque(V.int(40, 64)), 'token', 'reset_link');
    return r.text(`${r.k(V.ts())} [auth-service] password reset requested email=${email} ip=${ip} link=https://app.ledgerly.io/reset-password/${tok} ${r.k(`expires_in=${V.pick([900, 1800, 3600])}`)} ${r.k(`resetTokenLength=${V.pick([48, 64])}`)}`);
  }
  if (v === 1) {
    const newPw = r.s(V.password(), 'password', 'reset_body');
    return r.obj({ level: 50, msg: 'password reset failed: password too weak', user: { email }, remoteAddress: ip, body: { newPassword: newPw, confirmPassword: newPw }, policy: { passwordMinLength: r.kf('passwordMinLength', 12), passwordHistory: r.kf('passwordHistory', 5) } });
  }
  const pp = r.s(V.passphrase(), 'password', 'passphrase');
  return r.text(`${r.k(V.ts())} [auth-service] WARN zxcvbn score=${r.k(`score=${V.int(0, 2)}`).slice(6)} for new password "${pp}" of ${email} (from ${ip}); rejected`);
}

export function secretScanning(V, r) {
  const v = V.int(0, 3);
  let secret; let type;
  if (v === 0) { secret = r.s(V.stripeSecret(), 'api_key', 'scan_alert'); type = 'stripe_api_key'; }
  else if (v === 1) { secret = r.s(V.pem('OPENSSH PRIVATE KEY'), 'private_key', 'scan_alert'); type = 'openssh_private_key'; }
  else if (v === 2) { secret = r.s(V.slackWebhook(), 'other_secret', 'slack_webhook'); type = 'slack_incoming_webhook_url'; }
  else { secret = r.s(V.githubFine(), 'token', 'scan_alert'); type = 'github_personal_access_token'; }
  const p = V.person();
  return r.obj({
    action: 'created', alert: { number: r.kf('number', V.int(1, 400)), secret_type: r.k(type), secret, state: 'open', validity: V.pick(['active', 'unknown']),
      html_url: r.k(`https://github.com/ledgerly/ledger-core/security/secret-scanning/${V.int(1, 400)}`), push_protection_bypassed: false,
      locations: [{ type: 'commit', details: { path: r.k(V.pick(['scripts/seed.ts', 'deploy/values-prod.yaml', '.env.example', 'docs/runbook.md'])), start_line: V.int(1, 200), commit_sha: r.k(V.sha()) } }] },
    sender: { login: r.k(`${V.pick(['dev', 'gh'])}-${V.hex(5)}`) }, committer: { name: r.s(p.full, 'person_name', 'git_author'), email: r.s(V.email(p), 'email', 'git_author') },
  });
}

export function vulnScanner(V, r) {
  if (V.chance(0.5)) {
    const sec = r.s(V.awsSecret(), 'other_secret', 'trivy_secret');
    return r.text(`${r.k(`registry.ledgerly.io/${V.service()}:${V.semver()}`)} (secrets)\n==================\nTotal: 1 (HIGH: 1)\n\nHIGH: AWS (aws-secret-access-key)\n──────────────────\n/app/.env.production:${V.int(2, 20)} (added by 'COPY . /app')\n  ${V.int(2, 20)} AWS_SECRET_ACCESS_KEY=${sec}\n──────────────────`);
  }
  const cve = r.k(V.cve());
  return r.obj({
    Target: r.k(`registry.ledgerly.io/${V.service()}@${V.imageDigest()}`), Class: 'lang-pkgs', Type: 'node-pkg',
    Vulnerabilities: [{ VulnerabilityID: cve, PkgName: r.k(V.pick(['jsonwebtoken', 'axios', 'ws', 'undici', 'cookie', 'path-to-regexp'])), InstalledVersion: r.k(V.semver()), FixedVersion: V.semver(), Severity: V.pick(['HIGH', 'CRITICAL', 'MEDIUM']), PrimaryURL: `https://avd.aquasec.com/nvd/${cve.toLowerCase()}` }],
    secretsScanned: r.kf('secretsScanned', V.int(200, 4000)), tokenPatternsVersion: r.kf('tokenPatternsVersion', V.semver()),
  });
}
