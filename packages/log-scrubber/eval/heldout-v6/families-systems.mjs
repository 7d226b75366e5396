// Families from other systems that feed a central log pipeline: network gear, mail servers, database
// servers' own logs, identity providers, CI/CD, infrastructure tools, backups, HR/CRM/billing exports,
// IoT telemetry, healthcare and travel formats, telephony, host audit logs.

export function systemFamilies(v) {
  const { int, pick, chance, hex, alnum, lower, upper, digits, b64u, pad } = v;
  const F = [];
  const fam = (name, n, build) => F.push({ name, n, build });
  const phoneL = (c, cc) => { const ph = v.phone(cc); return c.s(ph.v, 'phone', ph.sub); };
  const idL = (c, s = pick(v.ID_SCHEMES)) => c.s(v.nationalId(s), 'national_id', s);
  const ibanL = (c, cc) => { const ib = v.iban(cc); return c.s(ib.v, 'iban', ib.sub); };
  const addrL = (c, cc) => { const a = v.address(cc); return [c.s(a.v, 'address', a.sub), a.city]; };

  fam('cisco-ios-syslog', 43, (c) => {
    const dev = c.k(`${pick(['edge', 'core', 'branch'])}-${pick(['rtr', 'sw'])}-${pad(int(1, 40), 2)}`);
    return pick([
      () => `<${int(180, 190)}>${int(1000, 99999)}: ${dev}: ${v.syslogTs()}.${int(100, 999)} UTC: %SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: ${c.s(v.person().handle, 'person_name', 'network_username')}] [Source: ${c.s(v.ipv4(), 'ip', 'syslog_bracket')}] [localport: 22] [Reason: Login Authentication Failed] at ${v.iso().slice(11, 19)} UTC`,
      () => `${dev}#show running-config | include secret|password|community\nenable secret 9 ${c.s(`$9$${b64u(14)}$${b64u(43)}`, 'other_secret', 'cisco_type9_hash')}\nusername netops privilege 15 password 7 ${c.s(hex(int(14, 22)).toUpperCase(), 'password', 'cisco_type7')}\nsnmp-server community ${c.s(alnum(int(10, 16)), 'other_secret', 'snmp_community')} RO ${c.k('SNMP-ACL')}\nntp server 10.0.0.1 prefer\nversion ${c.k(`17.${int(3, 12)}.${int(1, 6)}`)}`,
      () => `${v.syslogTs()} ${dev} %RADIUS-4-RADIUS_DEAD: RADIUS server ${v.internalIp()}:1812,1813 is not responding. key ${c.s(alnum(int(12, 20)), 'other_secret', 'radius_shared_key')} ${c.k('timeout 5')}`,
    ])();
  });

  fam('fortigate-kv', 21, (c) => {
    const p = v.person();
    return `date=${v.iso().slice(0, 10)} time=${v.iso().slice(11, 19)} devname="${c.k(`FGT${pick(['60F', '100F', '200E'])}-${pick(['HQ', 'DC2'])}`)}" devid="${c.k(`FG${digits(3)}${upper(11)}`)}" logid="${c.k(`0${digits(9)}`)}" type="event" subtype="vpn" level="${pick(['notice', 'warning'])}" vd="root" logdesc="SSL VPN login fail" action="ssl-login-fail" tunneltype="ssl-web" remip=${c.s(v.ipv4(), 'ip', 'kv_unquoted')} user="${c.s(v.email(p), 'email', 'kv_quoted')}" group="N/A" reason="sslvpn_login_permission_denied" msg="SSL user failed to logged in"`;
  });

  fam('vpn-wireguard-openvpn', 19, (c) => {
    const p = v.person();
    return pick([
      () => `${v.syslogTs()} vpn-gw openvpn[${int(200, 9000)}]: ${c.s(v.ipv4(), 'ip', 'host_port')}:${int(1024, 65535)} [${c.s(p.handle, 'person_name', 'vpn_common_name')}] Peer Connection Initiated with [AF_INET]${v.internalIp()}:1194 cipher=${c.k('AES-256-GCM')}`,
      () => `# wg showconf wg0 (config backup job)\n[Interface]\nPrivateKey = ${c.s(v.privateKey('wireguard').v, 'private_key', 'wireguard')}\nListenPort = ${c.k(String(int(51000, 52000)))}\n\n[Peer]\nPublicKey = ${c.k(v.b64(43) + '=')}\nAllowedIPs = ${c.k(`10.${int(0, 40)}.0.0/16`)}\nEndpoint = ${c.s(v.ipv4(), 'ip', 'wg_endpoint')}:${int(51000, 52000)}`,
    ])();
  });

  fam('postfix-dovecot', 21, (c) => {
    const qid = upper(int(10, 12)).replace(/[^A-F0-9]/g, 'B');
    const host = `mx${int(1, 3)}`;
    return pick([
      () => `${v.syslogTs()} ${host} postfix/smtpd[${int(1000, 99999)}]: NOQUEUE: reject: RCPT from unknown[${c.s(v.ipv4(), 'ip', 'postfix_bracket')}]: 550 5.1.1 <${c.s(v.email(), 'email', 'angle_brackets')}>: Recipient address rejected: User unknown; from=<${c.s(v.email(), 'email', 'angle_brackets')}> to=<${v.email(v.person(), true).replace(/^/, '')}> proto=ESMTP helo=<${c.k(`mail.${lower(8)}.com`)}>`,
      () => `${v.syslogTs()} ${host} postfix/qmgr[${int(1000, 99999)}]: ${c.k(qid)}: from=<${c.s(v.email(), 'email', 'angle_brackets')}>, size=${c.k(String(int(1000, 90000)))}, nrcpt=1 (queue active)`,
      () => `${v.syslogTs()} ${host} dovecot: imap-login: Disconnected (auth failed, 3 attempts in 12 secs): user=<${c.s(v.email(), 'email', 'angle_brackets')}>, method=PLAIN, rip=${c.s(v.ipv4(), 'ip', 'dovecot_rip')}, lip=${v.internalIp()}, TLS, session=<${c.k(b64u(16))}>`,
      () => `${v.syslogTs()} ${host} dovecot: auth: Debug: client passdb out: FAIL\tuser=${c.s(v.email(), 'email', 'tab_kv')}\tpassword=${c.s(v.password(), 'password', 'dovecot_debug')}`,
    ])().replace(/to=<([^>]*)>/, (m, e) => `to=<${c.s(e, 'email', 'angle_brackets')}>`);
  });

  fam('postgres-server-log', 21, (c) => {
    const pid = int(1000, 99999);
    const head = `${v.sql()} UTC [${pid}] ${pick(['app', 'reporting', 'postgres'])}@${c.k(pick(['shopdb', 'crmdb', 'ledgerdb']))}`;
    return pick([
      () => `${head} LOG:  statement: ALTER ROLE reporting WITH LOGIN PASSWORD '${c.s(v.password(), 'password', 'sql_statement')}' VALID UNTIL '${c.k('2027-01-01')}';`,
      () => `${head} ERROR:  duplicate key value violates unique constraint "customers_email_key"\n${head} DETAIL:  Key (email)=(${c.s(v.email(), 'email', 'pg_detail')}) already exists.`,
      () => `${head} LOG:  duration: ${c.k(`${int(1, 900)}.${digits(3)} ms`)}  execute <unnamed>: SELECT * FROM patients WHERE ssn = $1 AND dob = $2\n${head} DETAIL:  parameters: $1 = '${idL(c, 'us_ssn')}', $2 = '${c.s(v.dob('iso').v, 'dob', 'pg_parameters')}'`,
      () => `${head} FATAL:  password authentication failed for user "app"\n${head} DETAIL:  Connection matched pg_hba.conf line ${c.k(String(int(80, 120)))}: "hostssl all all 0.0.0.0/0 scram-sha-256" client=${c.s(v.ipv4(), 'ip', 'pg_client')}`,
    ])();
  });

  fam('mysql-general-log', 19, (c) => {
    const p = v.person();
    const t = v.iso().replace('Z', '000Z');
    return pick([
      () => `${t}\t   ${int(10, 999)} Query\tINSERT INTO customers (full_name, email, phone, birth_date) VALUES ('${c.s(p.full, 'person_name', 'sql_values')}', '${c.s(v.email(p), 'email', 'sql_values')}', '${phoneL(c)}', '${c.s(v.dob('iso').v, 'dob', 'sql_values')}')`,
      () => `${t}\t   ${int(10, 999)} Query\tCREATE USER 'etl'@'%' IDENTIFIED BY '${c.s(v.password(), 'password', 'sql_statement')}'`,
      () => `${t}\t   ${int(10, 999)} Connect\tAccess denied for user 'root'@'${c.s(v.ipv4(), 'ip', 'mysql_user_host')}' (using password: YES)`,
    ])() + `\t/* server ${c.k(`8.0.${int(30, 40)}`)} */`;
  });

  fam('mongodb-structured-log', 19, (c) => {
    const p = v.person();
    return { t: { $date: c.k(v.iso().replace('Z', '+00:00')) }, s: 'I', c: 'COMMAND', id: c.kv('id', 51803), ctx: `conn${int(10, 9999)}`, msg: 'Slow query',
      attr: { type: 'command', ns: c.k('shop.customers'), command: { find: 'customers', filter: { email: c.s(v.email(p), 'email', 'mongo_filter'), 'address.street': c.s(v.address(pick(['de', 'pl', 'br'])).v, 'address', 'mongo_filter') }, lsid: { id: { $uuid: c.k(v.uuid()) } } },
        planSummary: 'COLLSCAN', durationMillis: c.kv('durationMillis', int(100, 9000)), remote: `${c.s(v.ipv4(), 'ip', 'host_port')}:${int(1024, 65535)}` } };
  });

  fam('okta-system-log', 21, (c) => {
    const p = v.person();
    const ll = v.latlng();
    return { uuid: c.k(v.uuid()), published: c.k(v.iso()), eventType: pick(['user.session.start', 'user.authentication.auth_via_mfa', 'user.account.lock']), severity: 'WARN',
      actor: { id: c.k(`00u${alnum(17)}`), type: 'User', alternateId: c.s(v.email(p, true), 'email', 'okta_actor'), displayName: c.s(p.full, 'person_name', 'okta_actor') },
      client: { userAgent: { rawUserAgent: 'Mozilla/5.0', os: 'Mac OS X', browser: 'CHROME' }, zone: 'null', device: 'Computer', ipAddress: c.s(v.ipv4(), 'ip', 'okta_client'),
        geographicalContext: { city: 'Porto', state: 'Porto', country: 'Portugal', postalCode: null, geolocation: { lat: c.s(Number(ll[0]), 'geo', 'lat_key'), lon: c.s(Number(ll[1]), 'geo', 'lng_key') } } },
      outcome: { result: 'FAILURE', reason: 'INVALID_CREDENTIALS' }, transaction: { type: 'WEB', id: c.k(alnum(27)) }, debugContext: { debugData: { requestUri: '/api/v1/authn', threatSuspected: 'false', risk: '{level=LOW}' } } };
  });

  fam('entra-signin-logs', 19, (c) => {
    const p = v.person();
    const ll = v.latlng();
    return { id: c.k(v.uuid()), createdDateTime: c.k(v.iso()), userDisplayName: c.s(p.full, 'person_name', 'camel_key'), userPrincipalName: c.s(v.email(p, true), 'email', 'upn'),
      appDisplayName: c.k(pick(['Office 365 Exchange Online', 'Azure Portal', 'Salesforce'])), ipAddress: c.s(chance(0.4) ? v.ipv6() : v.ipv4(), 'ip', 'camel_key'), clientAppUsed: 'Browser', correlationId: c.k(v.uuid()),
      status: { errorCode: c.kv('errorCode', pick([50126, 50074, 0])), failureReason: 'Invalid username or password or Invalid on-premise username or password.' },
      location: { city: 'Lyon', state: 'Auvergne-Rhone-Alpes', countryOrRegion: 'FR', geoCoordinates: { altitude: null, latitude: c.s(Number(ll[0]), 'geo', 'lat_key'), longitude: c.s(Number(ll[1]), 'geo', 'lng_key') } } };
  });

  fam('windows-security-events', 19, (c) => {
    const p = v.person();
    return `An account failed to log on.\r\n\r\nSubject:\r\n\tSecurity ID:\t\tS-1-0-0\r\n\tAccount Name:\t\t-\r\n\r\nAccount For Which Logon Failed:\r\n\tSecurity ID:\t\tS-1-0-0\r\n\tAccount Name:\t\t${c.s(p.handle, 'person_name', 'windows_account')}\r\n\tAccount Domain:\t\tCORP\r\n\r\nFailure Information:\r\n\tFailure Reason:\t\tUnknown user name or bad password.\r\n\tStatus:\t\t\t${c.k('0xC000006D')}\r\n\r\nNetwork Information:\r\n\tWorkstation Name:\t${c.k(`WKS-${upper(6)}`)}\r\n\tSource Network Address:\t${c.s(v.ipv4(), 'ip', 'windows_event')}\r\n\tSource Port:\t\t${int(1024, 65535)}\r\n\r\nProfile: C:\\Users\\${c.s(p.handle + (chance(0.3) ? '.CORP' : ''), 'home_path', 'windows')}\\AppData\\Roaming\r\nEventID=${c.k('4625')}`;
  });

  fam('ldap-directory-audit', 16, (c) => {
    const p = v.person();
    return `conn=${int(1000, 99999)} op=${int(1, 40)} BIND dn="cn=${c.s(p.full, 'person_name', 'ldap_dn')},ou=People,${c.k(`dc=${pick(['fjordbank', 'northwind'])}`)},dc=com" method=128 version=3\nconn=${int(1000, 99999)} op=${int(1, 40)} MOD dn="uid=${lower(8)},ou=People,dc=corp,dc=com" attrs: mail=${c.s(v.email(p, true), 'email', 'ldap_attr')} telephoneNumber=${phoneL(c)} userPassword={SSHA}${c.s(v.b64(32), 'other_secret', 'ldap_ssha')}\nRESULT ${c.k('err=49')} tag=97 nentries=0 etime=${c.k(`0.000${digits(3)}`)}`;
  });

  fam('github-actions-logs', 43, (c) => {
    const t = v.token(pick(['github_pat', 'github_fine', 'npm', 'dockerhub', 'pypi']));
    const u = v.person().handle;
    return pick([
      () => `${v.iso()} ##[group]Run docker login -u ci-bot -p ${c.s(t.v, 'token', 'cli_flag_' + t.sub)} ghcr.io\n${v.iso()} WARNING! Using --password via the CLI is insecure.\n${v.iso()} Login Succeeded\n${v.iso()} image=ghcr.io/mintleaf/api:${c.k(v.sha1().slice(0, 7))}`,
      () => `${v.iso()} + npm config set //registry.npmjs.org/:_authToken=${c.s(t.v, 'token', 'npmrc_' + t.sub)}\n${v.iso()} + npm publish --access public\n${v.iso()} npm notice version: ${c.k(v.semver())}\n${v.iso()} npm notice shasum: ${c.k(v.sha1())}`,
      () => `${v.iso()} Run ./scripts/deploy.sh\n${v.iso()} Using kubeconfig /Users/${c.s(u, 'home_path', 'macos')}/.kube/config (copied from developer laptop)\n${v.iso()} curl -sf -H "Authorization: token ${c.s(t.v, 'token', 'header_' + t.sub)}" https://api.github.com/repos/mintleaf/api/deployments\n${v.iso()} run_id=${c.k(String(int(1e9, 9e9)))}`,
    ])();
  });

  fam('jenkins-gitlab-ci', 39, (c) => {
    const k = v.apiKey(pick(['aws_access_key_id', 'stripe_secret', 'sendgrid', 'anthropic', 'openai']));
    const pw = v.password();
    return `[Pipeline] sh\n+ export ${pick(['STRIPE_KEY', 'MAIL_KEY', 'LLM_KEY', 'AWS_ACCESS_KEY_ID'])}=${c.s(k.v, 'api_key', 'shell_export_' + k.sub)}\n+ mysql -h ${c.k(v.host())} -u deploy -p${c.s(pw, 'password', 'mysql_p_flag')} -e "SELECT VERSION()"\n${c.k(`8.0.${int(30, 40)}`)}\n+ git rev-parse HEAD\n${c.k(v.sha1())}\nFinished: ${pick(['SUCCESS', 'FAILURE'])} (build #${c.k(String(int(100, 9999)))})`;
  });

  fam('terraform-plan-output', 32, (c) => {
    const k = v.apiKey('aws_access_key_id');
    return `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id                      = "${c.k(`db-${upper(26)}`)}"\n      ~ password                = "${c.s(v.password(), 'password', 'terraform_attr')}" -> (sensitive value)\n        engine_version          = "${c.k(`15.${int(2, 8)}`)}"\n        ${c.k(`backup_retention_period = ${pick([7, 14, 35])}`)}\n    }\n  # provider "aws" configured with access_key = "${c.s(k.v, 'api_key', k.sub)}" secret_key = "${c.s(v.otherSecret('aws_secret_access_key').v, 'other_secret', 'aws_secret_access_key')}"\nPlan: 0 to add, 1 to change, 0 to destroy.`;
  });

  fam('backup-tool-logs', 39, (c) => {
    return pick([
      () => `${v.iso()} borgmatic: + BORG_PASSPHRASE='${c.s(v.passphrase(), 'password', 'passphrase')}' borg create --stats ssh://backup@${c.k(`bk${int(1, 9)}.rsync.example`)}/./repo::'{hostname}-{now}' /etc /srv\nArchive fingerprint: ${c.k(v.sha256())}\nDuration: ${c.k(`${int(1, 59)} minutes ${int(1, 59)} seconds`)}`,
      () => `restic backup /var/lib/postgresql --repo s3:s3.amazonaws.com/${c.k(`bk-${lower(8)}`)} AWS_ACCESS_KEY_ID=${c.s(v.apiKey('aws_access_key_id').v, 'api_key', 'aws_access_key_id')} AWS_SECRET_ACCESS_KEY=${c.s(v.otherSecret('aws_secret_access_key').v, 'other_secret', 'aws_secret_access_key')} RESTIC_PASSWORD=${c.s(v.password(), 'password', 'env_var')}\nsnapshot ${c.k(hex(8))} saved`,
      () => `duplicity full --encrypt-key ${c.k(upper(16).replace(/[^A-F0-9]/g, 'C'))} /home/${c.s(v.person().handle, 'home_path', 'linux')}/Documents sftp://backup@${c.k(`nas${int(1, 9)}.lan`)}/dup\nPASSPHRASE="${c.s(v.passphrase(), 'password', 'passphrase')}"\nElapsedTime ${c.k(`${int(10, 900)}.${digits(2)}`)} (${int(1, 15)} minutes)`,
    ])();
  });

  fam('hr-csv-exports', 21, (c) => {
    const rows = [];
    const header = 'employee_id,full_name,date_of_birth,national_id,iban,street,city,mobile,department,hire_date';
    for (let j = 0; j < int(1, 3); j++) {
      const p = v.person();
      const scheme = pick(['nl_bsn', 'se_personnummer', 'fi_hetu', 'pl_pesel', 'fr_insee', 'es_dni', 'uk_nino']);
      const cc = { nl_bsn: 'nl', se_personnummer: 'de', fi_hetu: 'de', pl_pesel: 'pl', fr_insee: 'fr', es_dni: 'es', uk_nino: 'uk' }[scheme];
      const [street, city] = addrL(c, cc);
      rows.push([c.k(`E-${pad(int(1, 99999), 6)}`), `"${c.s(p.full, 'person_name', 'csv')}"`, c.s(v.dob(pick(['iso', 'de'])).v, 'dob', 'csv'), idL(c, scheme), ibanL(c, pick(['NL', 'SE', 'FI', 'PL', 'FR', 'ES', 'GB'])),
        `"${street}"`, `"${city}"`, phoneL(c), c.k(pick(['Finance', 'Engineering', 'Warehouse', 'Customer Care'])), c.k(`20${int(10, 25)}-${pad(int(1, 12), 2)}-01`)].join(','));
    }
    return `export=${c.k(`personio_${v.iso().slice(0, 10)}.csv`)}\n${header}\n${rows.join('\n')}`;
  });

  fam('crm-contact-records', 21, (c) => {
    const p = v.person();
    const cc = pick(['us', 'uk', 'de', 'fr', 'it']);
    const a = v.address(cc);
    const d = v.dob('iso');
    return { attributes: { type: 'Contact', url: c.k(`/services/data/v60.0/sobjects/Contact/003${alnum(15)}`) }, Id: c.k(`003${alnum(15)}`), FirstName: c.s(p.first, 'person_name', 'first_name'), LastName: c.s(p.last, 'person_name', 'last_name'),
      Email: c.s(v.email(p), 'email', 'pascal_key'), MobilePhone: phoneL(c, cc === 'uk' ? 'uk' : cc === 'us' ? 'us' : cc === 'de' ? 'de' : cc === 'fr' ? 'fr' : 'e164'), MailingStreet: c.s(a.v, 'address', a.sub), MailingCity: a.city,
      Birthdate: c.s(d.v, 'dob', 'pascal_key'), LeadSource: c.k(pick(['Web', 'Partner Referral', 'Trade Show'])), LastModifiedDate: c.k(v.iso().replace('Z', '+0000')), AccountId: c.k(`001${alnum(15)}`) };
  });

  fam('sepa-payment-files', 19, (c) => {
    const p = v.person();
    return `<DrctDbtTxInf><PmtId><EndToEndId>${c.k(`E2E-${upper(12)}`)}</EndToEndId></PmtId><InstdAmt Ccy="EUR">${c.k(`${int(5, 999)}.${pad(int(0, 99), 2)}`)}</InstdAmt><DrctDbtTx><MndtRltdInf><MndtId>${c.k(`MNDT-${digits(8)}`)}</MndtId><DtOfSgntr>${c.k(`2026-${pad(int(1, 10), 2)}-${pad(int(1, 28), 2)}`)}</DtOfSgntr></MndtRltdInf></DrctDbtTx><DbtrAgt><FinInstnId><BICFI>${c.k(pick(['COBADEFFXXX', 'BNPAFRPPXXX', 'INGBNL2A', 'BSCHESMMXXX']))}</BICFI></FinInstnId></DbtrAgt><Dbtr><Nm>${c.s(p.full, 'person_name', 'xml_element')}</Nm><PstlAdr><StrtNm>${c.s(v.address(pick(['de', 'fr', 'nl', 'es', 'it'])).v, 'address', 'xml_element')}</StrtNm></PstlAdr></Dbtr><DbtrAcct><Id><IBAN>${ibanL(c, pick(['DE', 'FR', 'NL', 'ES', 'IT', 'AT', 'BE']))}</IBAN></Id></DbtrAcct></DrctDbtTxInf> status=RJCT reason=${c.k(pick(['AC04', 'AM04', 'MD01']))}`;
  });

  fam('billing-fixed-width', 16, (c) => {
    const p = v.person();
    const name = p.full.toUpperCase();
    const k = v.card(pick(['visa', 'mastercard', 'amex', 'discover']), 'compact');
    const inv = c.k(`INV${digits(9)}`);
    const amt = c.k(pad(int(100, 999999), 10));
    return `D${inv}${c.s(name, 'person_name', 'fixed_width_upper').padEnd(30, ' ')}${c.s(k.v, 'card', k.sub).padEnd(19, ' ')}${pad(int(1, 12), 2)}${int(27, 31)}${amt}EUR${c.k(v.iso().slice(0, 10).replace(/-/g, ''))}${v.luhnId()}`;
  });

  fam('iot-telemetry', 21, (c) => {
    const ll = v.latlng(int(5, 6));
    return pick([
      () => ({ deviceId: c.k(`trk-${upper(8)}`), fw: c.k(v.semver()), ts: c.k(v.iso()), battery: c.kv('battery', int(5, 100)), gps: { lat: c.s(Number(ll[0]), 'geo', 'lat_key'), lon: c.s(Number(ll[1]), 'geo', 'lng_key'), hdop: 0.9 },
        owner: { email: c.s(v.email(), 'email', 'iot_owner') }, wifi: { ssid: c.k(`Home-${upper(4)}`), psk: c.s(v.password('word'), 'other_secret', 'wifi_psk') } }),
      () => `mqtt topic=devices/${c.k(`cam-${lower(6)}`)}/state payload={"pos":"${c.s(ll[0], 'geo', 'json_string_pair')},${c.s(ll[1], 'geo', 'json_string_pair')}","rssi":-${int(40, 90)},"mqtt_password":"${c.s(v.password(), 'password', 'json_in_text')}","fw":"${c.k(v.semver())}"}`,
    ])();
  });

  fam('nmea-gps-trackers', 14, (c) => {
    const lat = `${pad(int(35, 59), 2)}${pad(int(0, 59), 2)}.${digits(4)}`;
    const lon = `0${pad(int(1, 30), 2)}${pad(int(0, 59), 2)}.${digits(4)}`;
    return `${v.iso()} fleet-ingest imei=${digits(15)} raw="$GPRMC,${v.iso().slice(11, 19).replace(/:/g, '')}.00,A,${c.s(lat, 'geo', 'nmea')},N,${c.s(lon, 'geo', 'nmea')},E,${int(0, 60)}.${int(0, 9)},${int(0, 359)}.${int(0, 9)},${v.iso().slice(8, 10)}${v.iso().slice(5, 7)}26,,,A*${hex(2).toUpperCase()}" driver=${c.s(v.person().full, 'person_name', 'kv_text')} vehicle=${c.k(`VAN-${digits(4)}`)}`;
  });

  fam('hl7-v2-messages', 21, (c) => {
    const p = v.person();
    const d = v.dob('compact');
    const a = v.address(pick(['us', 'uk', 'nl', 'de']));
    const scheme = pick(['us_ssn', 'nl_bsn', 'uk_nino']);
    const ph = v.phone(pick(['us', 'uk', 'nl', 'de']));
    const mrn = digits(7);
    const name = `${p.last.toUpperCase()}^${p.first.toUpperCase()}`;
    return `MSH|^~\\&|EPIC|${c.k('KESTREL_GEN')}|LAB|LAB|${v.iso().replace(/\D/g, '').slice(0, 14)}||ADT^A08|${c.k(`MSG${digits(8)}`)}|P|2.5.1\rPID|1||${mrn}^^^KESTREL^MR||${c.s(name, 'person_name', 'hl7_pid5')}||${c.s(d.v, 'dob', 'hl7_pid7')}|${pick(['F', 'M'])}|||${c.s(a.v, 'address', a.sub)}^^${a.city}^^^${a.sub.toUpperCase()}||${c.s(ph.v, 'phone', ph.sub)}|||||ACC${digits(8)}|${c.s(v.nationalId(scheme), 'national_id', scheme)}\rPV1|1|O|${c.k('CARDIO^201^B')}||||${digits(10)}^WELBY^MARCUS`;
  });

  fam('fhir-patient-resources', 19, (c) => {
    const p = v.person();
    const a = v.address(pick(['us', 'uk', 'fr', 'de', 'nl']));
    return { resourceType: 'Patient', id: c.k(v.uuid()), meta: { versionId: c.kv('versionId', String(int(1, 40))), lastUpdated: c.k(v.iso()) },
      identifier: [{ system: 'http://hl7.org/fhir/sid/us-ssn', value: c.s(v.nationalId('us_ssn'), 'national_id', 'us_ssn') }, { system: 'urn:oid:1.2.36.146.595.217.0.1', value: `MRN${digits(8)}` }],
      name: [{ use: 'official', family: c.s(p.last, 'person_name', 'fhir_family'), given: [c.s(p.first, 'person_name', 'fhir_given')] }],
      telecom: [{ system: 'phone', value: phoneL(c), use: 'mobile' }, { system: 'email', value: c.s(v.email(p), 'email', 'fhir_telecom') }],
      gender: pick(['female', 'male']), birthDate: c.s(v.dob('iso').v, 'dob', 'fhir_birthdate'), address: [{ line: [c.s(a.v, 'address', a.sub)], city: a.city, country: a.sub.toUpperCase() }] };
  });

  fam('travel-pnr-boarding', 21, (c) => {
    const p = v.person();
    const last = v.person().l.toUpperCase().replace(/[^A-Z]/g, '');
    const first = p.f.toUpperCase().replace(/[^A-Z]/g, '');
    const pnr = upper(6).replace(/[0-9]/g, 'X');
    return pick([
      () => `BCBP scan gate=${c.k(`B${int(1, 60)}`)} raw="M1${c.s(`${last}/${first}`, 'person_name', 'bcbp').padEnd(20, ' ')}E${pnr} ${pick(['FRA', 'MUC', 'LHR', 'CDG', 'MAD'])}${pick(['JFK', 'WAW', 'LIS', 'ARN'])}${pick(['LH', 'BA', 'AF', 'IB'])} ${pad(int(1, 9999), 4)} ${pad(int(1, 365), 3)}Y${pad(int(1, 40), 3)}${pick(['A', 'C', 'F'])}${pad(int(1, 300), 4)} 100"`,
      () => {
        const num = upper(9);
        const b = v.dob('compact');
        const yymmdd = b.v.slice(2);
        const line1 = `P<${pick(['POL', 'DEU', 'FRA', 'ESP', 'GBR'])}${last}<<${first}`.padEnd(44, '<');
        const line2 = `${num}${v.mrzDigit(num)}${pick(['POL', 'DEU', 'FRA'])}${yymmdd}${v.mrzDigit(yymmdd)}${pick(['F', 'M'])}${'3' + digits(5)}${int(0, 9)}${'<'.repeat(14)}${int(0, 9)}${int(0, 9)}`;
        c.s(num, 'national_id', 'passport_mrz');
        c.s(yymmdd, 'dob', 'mrz_yymmdd');
        c.s(`${last}<<${first}`, 'person_name', 'mrz');
        return `APIS check pnr=${pnr} doc_scan="${line1}\\n${line2}" carrier=${c.k(pick(['LH', 'BA', 'AF', 'IB']))} result=${c.k('APIS_OK')}`;
      },
      () => `PNR ${pnr} 1.${c.s(`${last}/${first} ${pick(['MR', 'MS', 'MRS'])}`, 'person_name', 'pnr_name')} 2 ${pick(['LH', 'BA'])}${int(100, 999)} Y ${int(10, 28)}NOV ${pick(['FRAJFK', 'LHRWAW'])} HK1 SSR DOCS YY HK1/P/${pick(['DEU', 'POL'])}/${c.s(upper(9), 'national_id', 'passport_number')}/${pick(['DEU', 'POL'])}/${c.s(`${pad(int(1, 28), 2)}${pick(['JAN', 'MAR', 'JUL', 'OCT'])}${pad(int(50, 99), 2)}`, 'dob', 'ssr_docs')}/${pick(['F', 'M'])} CTCE ${c.s(v.email(p).toUpperCase().replace('@', '//'), 'email', 'ssr_ctce')} TKT 220${digits(10)}`,
    ])();
  });

  fam('sip-telephony', 19, (c) => {
    const p = v.person();
    const from = v.phone('e164').v;
    const to = v.phone('e164').v;
    return pick([
      () => `${v.syslogTs()} pbx asterisk[${int(1000, 9000)}]: NOTICE[${int(1000, 9000)}][C-${hex(8)}]: chan_pjsip.c:${int(1000, 3000)} INVITE from "${c.s(p.full, 'person_name', 'sip_display_name')}" <sip:${c.s(from, 'phone', 'sip_uri')}@${c.k('sip.voxline.example')}> to <sip:${c.s(to, 'phone', 'sip_uri')}@${c.k('sip.voxline.example')}> call-id=${c.k(hex(32))}@${v.internalIp()} src=${c.s(v.ipv4(), 'ip', 'sip_src')}:5060`,
      () => `"${c.s(from, 'phone', 'cdr_csv')}","${c.s(to, 'phone', 'cdr_csv')}","${c.k('from-trunk')}","PJSIP/${c.k(`trunk-${lower(4)}`)}-${hex(8)}","${v.sql().slice(0, 19)}","${v.sql().slice(0, 19)}",${c.k(String(int(1, 3600)))},ANSWERED,${c.k(`${Math.floor(v.ms() / 1000)}.${int(1, 999)}`)}`,
    ])();
  });

  fam('linux-auth-audit', 21, (c) => {
    const p = v.person();
    return pick([
      () => `${v.syslogTs()} bastion sshd[${int(1000, 99999)}]: Failed password for invalid user ${c.s(p.handle, 'person_name', 'sshd_user')} from ${c.s(v.ipv4(), 'ip', 'sshd_from')} port ${int(1024, 65535)} ssh2`,
      () => `${v.syslogTs()} bastion sshd[${int(1000, 99999)}]: Accepted publickey for deploy from ${c.s(v.ipv4(), 'ip', 'sshd_from')} port ${int(1024, 65535)} ssh2: ED25519 ${c.k(`SHA256:${v.b64(43)}`)}`,
      () => `${v.syslogTs()} web01 sudo[${int(1000, 99999)}]: ${p.handle} : TTY=pts/${int(0, 9)} ; PWD=/home/${c.s(p.handle, 'home_path', 'linux')}/deploy ; USER=root ; COMMAND=/usr/bin/systemctl restart ${c.k(pick(['nginx', 'pgbouncer', 'haproxy']))}.service`,
      () => `type=EXECVE msg=audit(${Math.floor(v.ms() / 1000)}.${int(100, 999)}:${int(1000, 99999)}): argc=4 a0="mysqldump" a1="-uroot" a2="-p${c.s(v.password(), 'password', 'auditd_execve')}" a3="${c.k(pick(['shop', 'crm', 'ledger']))}"`,
      () => `${v.syslogTs()} web01 bash[${int(1000, 99999)}]: HISTORY: PID=${int(1000, 99999)} UID=1000 curl -u admin:${c.s(v.password(), 'password', 'curl_basic')} https://${c.k(`grafana.${lower(6)}.example`)}/api/admin/users`,
    ])();
  });

  fam('powershell-transcripts', 16, (c) => {
    const p = v.person();
    return `**********************\nWindows PowerShell transcript start\nStart time: ${v.iso().replace(/\D/g, '').slice(0, 14)}\nUsername: CORP\\${p.handle}\nMachine: ${c.k(`WKS-${upper(6)}`)} (Microsoft Windows NT 10.0.${c.k(String(int(19041, 26100)))}.0)\n**********************\nPS C:\\Users\\${c.s(p.handle, 'home_path', 'windows')}\\Documents> New-ADUser -Name "${c.s(v.person().full, 'person_name', 'powershell_arg')}" -AccountPassword (ConvertTo-SecureString "${c.s(v.password(), 'password', 'powershell_securestring')}" -AsPlainText -Force) -Enabled $true\nPS C:\\Users\\${p.handle}\\Documents> Get-ADDefaultDomainPasswordPolicy | Select MinPasswordLength\n${c.k(`MinPasswordLength : ${int(8, 16)}`)}`;
  });

  fam('ssh-key-material', 32, (c) => {
    const pk = v.privateKey(pick(['pem_rsa', 'openssh', 'pem_ec', 'age']));
    const u = v.person().handle;
    const pub = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${v.b64(43)} ${c.k(`ci@${lower(6)}`)}`;
    return `ansible-playbook site.yml -vvv\nTASK [deploy : install key] ****\nok: [${c.k(v.host())}] => {"changed": false, "dest": "/home/${c.s(u, 'home_path', 'linux')}/.ssh/id_deploy", "content": "${JSON.stringify(c.s(pk.v, 'private_key', pk.sub)).slice(1, -1)}", "authorized_key": "${c.k(pub)}", "mode": "${c.k('0600')}"}`;
  });

  fam('elasticsearch-slowlog', 16, (c) => {
    const p = v.person();
    return `[${v.iso().slice(0, 23)}][WARN ][i.s.s.query] [${c.k(`es-data-${int(0, 9)}`)}] [${c.k('customers-2026.11')}][${int(0, 4)}] took[${c.k(`${int(1, 9)}.${int(1, 9)}s`)}], took_millis[${int(1000, 9999)}], total_hits[${int(0, 99)} hits], search_type[QUERY_THEN_FETCH], source[{"query":{"bool":{"should":[{"term":{"email.keyword":{"value":"${c.s(v.email(p), 'email', 'es_query')}"}}},{"match_phrase":{"full_name":{"query":"${c.s(p.full, 'person_name', 'es_query')}"}}},{"term":{"tax_id":{"value":"${idL(c, pick(['br_cpf', 'in_aadhaar', 'ca_sin', 'es_nie']))}"}}}]}}}], id[${c.k(v.uuid())}]`;
  });

  fam('rum-browser-errors', 16, (c) => {
    const p = v.person();
    const ll = v.latlng(6);
    return { type: 'error', url: `https://app.kestrel-health.example/appointments/confirm?email=${c.s(v.email(p), 'email', 'url_query')}&dob=${c.s(v.dob('iso').v, 'dob', 'url_query')}`, message: c.k('ChunkLoadError: Loading chunk 482 failed.'),
      breadcrumbs: [{ category: 'ui.input', message: `input[name="phone"] changed to ${phoneL(c)}` }, { category: 'navigation', from: '/search', to: `/clinics/@${c.s(ll[0], 'geo', 'map_url')},${c.s(ll[1], 'geo', 'map_url')},15z` }],
      session: { id: c.k(v.uuid()), replay: false }, app: { version: c.k(v.semver()), build: c.k(v.sha1().slice(0, 10)) } };
  });

  fam('analytics-track-events', 19, (c) => {
    const p = v.person();
    const a = v.address(pick(['us', 'uk', 'jp', 'br']));
    const ll = v.latlng();
    return { type: 'identify', messageId: c.k(`ajs-next-${hex(32)}`), anonymousId: c.k(v.uuid()), userId: c.k(`usr_${alnum(12)}`),
      traits: { name: c.s(p.full, 'person_name', 'traits'), email: c.s(v.email(p), 'email', 'traits'), phone: phoneL(c), address: { street: c.s(a.v, 'address', a.sub), city: a.city }, plan: c.k(pick(['Pro', 'Team', 'Enterprise'])), logins: c.kv('logins', int(1, 900)) },
      context: { ip: c.s(v.ipv4(), 'ip', 'context'), location: { latitude: c.s(Number(ll[0]), 'geo', 'lat_key'), longitude: c.s(Number(ll[1]), 'geo', 'lng_key') }, library: { name: 'analytics.js', version: c.k(v.semver()) } },
      timestamp: c.k(v.iso()) };
  });

  fam('aws-ec2-cloud-init', 32, (c) => {
    const ip = v.ipv4();
    const dashed = ip.replace(/\./g, '-');
    return `${v.syslogTs()} ip-${c.s(dashed, 'ip', 'dashed_hostname')} cloud-init[${int(500, 2000)}]: Cloud-init v. ${c.k(`24.${int(1, 4)}.${int(0, 3)}`)} running 'modules:final' at ${v.iso()}. Up ${c.k(`${int(10, 90)}.${digits(2)}`)} seconds. ec2-${dashed}.${c.k(pick(['eu-west-1', 'us-east-2']))}.compute.amazonaws.com user-data: export ADMIN_PASSWORD='${c.s(v.password(), 'password', 'user_data')}' instance=${c.k(`i-0${hex(16)}`)}`;
  });

  return F;
}
