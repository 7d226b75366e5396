// Other realistic sources: config dumps, shells, language-native dumps, exports, domain systems,
// mail, chat/support transcripts in several languages and scripts.
import { int, pick, chance, hex, alnum, lower, upper, digits, b64, b64url, uuid, ts, orderId, invoiceId, sku, semver, hostname, gitSha, tracking, ticketKey, masked, publishable, CITIES } from './values.mjs';

const obj = (record) => ({ format: 'object', record });
const txt = (record) => ({ format: 'text', record });

export const otherFamilies = {
  'dotenv-dump'(c) {
    return txt([`# loaded .env.production (${c.k(gitSha().slice(0, 12))})`, `NODE_ENV=production`, c.k('PORT=3000'), `DATABASE_URL=mysql://shop:${c.cpw('env_url')}@${c.k('mysql-shop.internal')}:3306/shop`, `JWT_SECRET=${c.sec('env_jwt_secret')}`, `SENDGRID_API_KEY=${c.s(`SG.${b64url(22)}.${b64url(43)}`, 'api_key', 'env_sendgrid')}`, `STRIPE_PUBLISHABLE_KEY=${c.k(publishable())}`, `AWS_ACCESS_KEY_ID=${c.s(`AKIA${upper(16)}`, 'api_key', 'env_aws_id')}`, `AWS_SECRET_ACCESS_KEY=${c.s(c.V.awsSecret(), 'api_key', 'env_aws_secret')}`, `${c.k('RATE_LIMIT_TOKENS_PER_MIN=120')}`].join('\n'));
  },
  'yaml-config'(c) {
    // The block as it sits in the YAML (indented): each base64 line is still a leak on its own.
    const pemv = c.V.pem(pick(['RSA PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY'])).value.split('\n').map((l) => `    ${l}`).join('\n');
    const key = c.s(pemv.slice(4), 'private_key', 'yaml_block');
    return txt(`# helm values (rendered)\n${c.k('replicaCount: 3')}\nimage:\n  tag: "${c.k(semver())}"\nsftp:\n  host: ${c.k('sftp.partner-bank.example')}\n  username: kestrel_upload\n  privateKey: |\n    ${key}\nsmtp:\n  password: "${c.pw('yaml_quoted')}"\n  ${c.k('maxConnections: 8')}\noidc:\n  clientId: ${c.k(uuid())}\n  clientSecret: ${c.sec('yaml_client_secret')}`);
  },
  'toml-ini-rc'(c) {
    const v = pick(['npmrc', 'netrc', 'pgpass', 'toml', 'ini']);
    if (v === 'npmrc') return txt(`; ~/.npmrc of /home/${c.home(pick(['ddiallo', 'mrossi', 'hsuzuki']), 'npmrc_comment')}\nregistry=https://registry.npmjs.org/\n//npm.pkg.github.com/:_authToken=${c.s(`ghp_${alnum(36)}`, 'token', 'npmrc')}\n@kestrel:registry=https://npm.pkg.github.com\n${c.k('fetch-retries=4')}`);
    if (v === 'netrc') return txt(`machine api.heroku.com\n  login ${c.mail(undefined, 'netrc_login')}\n  password ${c.s(uuid(), 'api_key', 'netrc_heroku')}\nmachine git.heroku.com\n  login ${c.k('deploy-bot')}\n  password ${c.pw('netrc')}`);
    if (v === 'pgpass') return txt(`# ${c.k('pg-analytics.internal')}:5432\n${c.k('pg-analytics.internal')}:5432:analytics:etl_user:${c.s(alnum(18), 'connection_string', 'pgpass')}\nlocalhost:5432:*:postgres:${c.s(alnum(14), 'connection_string', 'pgpass')}`);
    if (v === 'toml') return txt(`[database]\nurl = "postgres://app:${c.cpw('toml_url')}@db.internal/app"\n${c.k('pool_max = 16')}\n\n[signing]\nkey = "${c.sec('toml_signing_key')}"\nalgorithm = "${c.k('HS512')}"\n\n[owner]\nname = "${c.name('toml_owner').full}"\ndob = ${c.dob('iso', 'toml_date')}`);
    return txt(`[mail]\nhost=${c.k('smtp.office365.com')}\n${c.k('port=587')}\nuser=${c.wmail(undefined, 'ini_user')}\npass=${c.pw('ini_pass')}\n[vpn]\npsk=${c.s(alnum(24), 'other_secret', 'ipsec_psk')}\ngateway=${c.ip('ini_gateway')}`);
  },
  'shell-history'(c) {
    const u = pick(['ekaya', 'rjohansson', 'vmartins', 'tobiah']);
    return txt(pick([
      () => `  ${int(100, 999)}  export GITHUB_TOKEN=${c.s(`ghp_${alnum(36)}`, 'token', 'shell_export')}\n  ${int(100, 999)}  cd /home/${c.home(u, 'shell_cd')}/src/kestrel && git log -1 --format=%H # ${c.k(gitSha())}\n  ${int(100, 999)}  mongosh "mongodb+srv://admin:${c.cpw('mongo_srv')}@cluster0.${lower(5)}.mongodb.net/prod"`,
      () => `ps auxww | grep java\n${u.slice(0, 8)} ${int(1000, 9999)} 12.3 4.1 java -Xmx2g -Dspring.datasource.password=${c.pw('jvm_sysprop')} ${c.k('-Dserver.port=8443')} -jar /opt/app/claims-${c.k(semver())}.jar --spring.profiles.active=prod\nroot ${int(10, 999)} 0.0 0.1 sshd: ${u} [priv] from ${c.ip('ps_sshd')}`,
      () => `$ openssl pkcs12 -export -in cert.pem -inkey key.pem -passout pass:${c.pw('openssl_passout')} -out bundle.p12\n$ aws configure set aws_secret_access_key ${c.s(c.V.awsSecret(), 'api_key', 'aws_cli')} --profile ${c.k('billing-prod')}`,
    ])());
  },
  'python-repr'(c) {
    const p = c.name('python_repr');
    return txt(`DEBUG celery_beat payload=Customer(id=${int(1000, 99999)}, name='${p.full}', email='${c.mail(p, 'python_repr')}', iban='${c.iban(undefined, false, 'python_repr')}', birth_date=datetime.date(${(() => { const d = c.V.dob(); return `${c.s(`${d.y}, ${d.m}, ${d.d}`, 'dob', 'python_date_ctor')}`; })()}), tags=frozenset({'vip'}), order=${c.k(`'${orderId()}'`)})`);
  },
  'ruby-inspect'(c) {
    const p = c.name('ruby_inspect');
    return txt(`#<User id: ${int(1, 99999)}, email: "${c.mail(p, 'ruby_inspect')}", full_name: "${p.full}", encrypted_password: "[FILTERED]", otp_secret: "${c.s(c.V.b32(32), 'other_secret', 'ruby_otp_secret')}", current_sign_in_ip: #<IPAddr: IPv4:${c.ip('ruby_ipaddr')}/255.255.255.255>, locale: "${c.k('pt-BR')}", created_at: "${c.k('2024-11-03 08:12:55.000000000 +0000')}">`);
  },
  'java-tostring'(c) {
    const p = c.V.person();
    return txt(`c.k.p.PayoutService - Submitting PayoutRequest{beneficiary=Beneficiary{firstName='${c.first(p, 'java_tostring')}', lastName='${c.last(p, 'java_tostring')}', iban=${c.iban(undefined, false, 'java_tostring')}, bic=${c.k(`${upper(4)}DEFF${upper(3)}`)}, taxId=${c.nid(pick(['fr_nir', 'be_nrn', 'es_dni', 'pl_pesel']))}}, amount=${c.k(`${int(10, 9000)}.00 EUR`)}, apiCredentials=Credentials[user=payout-svc, secret=${c.sec('java_record')}]}`);
  },
  'go-printf'(c) {
    return txt(`2025/0${int(1, 9)}/${int(10, 28)} ${int(10, 23)}:${int(10, 59)}:${int(10, 59)} sync: &{ID:${c.k(uuid())} Owner:{Name:${c.name('go_struct').full} Email:${c.mail(undefined, 'go_struct')} Phone:${c.tel(undefined, 'go_struct')}} Loc:{Lat:${(() => { const g = c.geo('go_struct'); return `${g.lat} Lng:${g.lng}`; })()}} DeviceToken:${c.tok('go_struct')} ${c.k('Retries:3')} Timeout:${c.k('30s')}}`);
  },
  'php-dump'(c) {
    const p = c.name('php_dump');
    if (chance(0.5)) return txt(`Array\n(\n    [customer] => Array\n        (\n            [name] => ${p.full}\n            [email] => ${c.mail(p, 'print_r')}\n            [card_number] => ${c.card('print_r', 'plain')}\n            [masked] => ${c.k(masked(c.last4))}\n        )\n\n    [gateway_password] => ${c.pw('print_r')}\n    [order_ref] => ${c.k(orderId())}\n)`);
    const em = c.mail(p, 'var_dump'); const pw = c.pw('var_dump');
    return txt(`object(App\\Models\\Member)#${int(10, 999)} (4) {\n  ["name"]=>\n  string(${Buffer.byteLength(p.full)}) "${p.full}"\n  ["email"]=>\n  string(${em.length}) "${em}"\n  ["password"]=>\n  string(${Buffer.byteLength(pw)}) "${pw}"\n  ["loginCount"]=>\n  ${c.k(`int(${int(1, 900)})`)}\n}`);
  },
  'elixir-inspect'(c) {
    return txt(`[info] Processed %Accounts.Member{__meta__: #Ecto.Schema.Metadata<:loaded, "members">, id: ${int(1, 99999)}, name: "${c.name('elixir_struct').full}", email: "${c.mail(undefined, 'elixir_struct')}", phone: "${c.tel(undefined, 'elixir_struct')}", national_id: "${c.nid()}", api_token: "${c.tok('elixir_struct')}", inserted_at: ~N[${c.k('2025-02-11 14:03:09')}]}`);
  },
  'csv-export'(c) {
    const rows = [];
    const sep = pick([',', '\t', ';']);
    rows.push(['member_id', 'full_name', 'email', 'phone', 'birth_date', 'iban', 'plan'].join(sep));
    for (let i = 0; i < int(2, 3); i++) {
      const p = c.name('csv_cell');
      rows.push([c.k(`M${digits(7)}`), p.full, c.mail(p, 'csv_cell'), c.tel(undefined, 'csv_cell'), c.dob(pick(['iso', 'eu', 'de']), 'csv_cell'), c.iban(undefined, false, 'csv_cell'), pick(['gold', 'silver'])].join(sep));
    }
    return txt(rows.join('\n'));
  },
  'fixed-width'(c) {
    const p = c.V.person();
    const last = c.s(p.last.toUpperCase(), 'person_name', 'fixed_width_last');
    const first = c.s(p.first.toUpperCase(), 'person_name', 'fixed_width_first');
    const d = c.V.dob(); const dd = c.s(`${d.y}${String(d.m).padStart(2, '0')}${String(d.d).padStart(2, '0')}`, 'dob', 'yyyymmdd');
    const ssn = c.s(c.V.nationalId('us_ssn').value.replace(/-/g, ''), 'national_id', 'us_ssn_nodash');
    const acct = c.k(digits(10));
    return txt(`01${acct}${last.padEnd(22)}${first.padEnd(16)}${dd}${ssn}${String(int(1, 99999)).padStart(9, '0')}USD\n99${c.k('0000000001')}${' '.repeat(20)}`);
  },
  'clinic-appointments'(c) {
    const p = c.name('patient');
    return obj({ resourceType: 'Appointment', id: c.k(uuid()), status: 'booked', start: c.k(ts()), serviceType: [{ text: c.k('Dermatology follow-up') }],
      participant: [{ actor: { display: p.full, reference: `Patient/${c.k(String(int(10000, 99999)))}` } }, { actor: { display: `Dr. ${c.name('practitioner').full}` } }],
      patient: { birthDate: c.dob('iso', 'fhir_birthDate'), telecom: [{ system: 'phone', value: c.tel() }, { system: 'email', value: c.mail(p) }], address: [{ line: [c.addr('fhir_line').value], city: c.k(pick(CITIES)) }], identifier: [{ system: 'urn:oid:national', value: c.nid() }] } });
  },
  'courier-dispatch'(c) {
    const g = c.geo('dispatch_dropoff');
    const drv = c.V.geo(); c.s(String(drv.lat), 'geo', 'driver_pos'); c.s(String(drv.lng), 'geo', 'driver_pos');
    return obj({ event: 'parcel.delivered', parcel: c.k(tracking()), dropoff: { lat: g.lat, lng: g.lng, note: `left with neighbour at ${c.addr('dispatch_note').value}` }, recipient: { name: c.name('recipient').full, phone: c.tel() }, driver: { id: c.k(`drv_${lower(8)}`), position: [drv.lat, drv.lng], accuracyM: c.kf('accuracyM', int(3, 30)) }, proofPhoto: c.k(`s3://pod-photos/${uuid()}.jpg`), depot: c.k(pick(CITIES)) });
  },
  'kyc-result'(c) {
    const p = c.name('kyc_subject');
    const map = {}; map[c.mail(p, 'map_key')] = { checks: c.kf('checks', 4), lastScore: 0.93 };
    c.map('attemptsByEmail');
    return obj({ provider: 'idverse', result: 'REVIEW', subject: { name: p.full, dob: c.dob('de', 'kyc_dob'), documentNumber: c.s(`${upper(2)}${digits(7)}`, 'national_id', 'passport_no'), nationalId: c.nid() }, selfieMatch: c.kf('selfieMatch', 0.87), sessionId: c.k(uuid()), attemptsByEmail: map, ...{ addressLine: c.addr('kyc_address').value } });
  },
  'rate-limiter-state'(c) {
    const byIp = {}; for (let i = 0; i < int(2, 4); i++) byIp[c.ip('map_key')] = int(1, 500);
    const byKey = {}; byKey[c.key('map_key_api')] = { used: int(1, 9999), limit: 10000 };
    c.map('hitsByIp'); c.map('usageByKey');
    return obj({ msg: 'limiter snapshot', window: c.k('60s'), hitsByIp: byIp, usageByKey: byKey, ...{ maxTokens: c.kf('maxTokens', 4096), secretRotationDays: c.kf('secretRotationDays', 90) } });
  },
  'mail-headers'(c) {
    const from = c.name('mail_from'); const to = c.name('mail_to');
    return txt(`Received: from mail-${lower(4)}.example (${c.s(`${c.V.ipv4().replace(/\./g, '-')}`, 'ip', 'rdns_dashed')}.dsl.telekom.example [${c.ip('received_bracket')}])\n\tby mx.kestrelpay.com with ESMTPS id ${c.k(upper(12))}\nFrom: "${from.full}" <${c.mail(from, 'header_from')}>\nTo: ${to.full} <${c.wmail(to, 'header_to')}>\nSubject: =?UTF-8?Q?Invoice_${c.k(invoiceId())}?=\nMessage-ID: <${c.k(`${hex(16)}@mail.gmail.com`)}>\nDKIM-Signature: v=1; a=rsa-sha256; d=gmail.com; s=${c.k('20230601')}; bh=${c.k(b64(43) + '=')}`);
  },
  'support-transcript'(c) {
    const lang = pick(['de', 'fr', 'es', 'pt', 'pl', 'ja', 'it', 'nl']);
    const p = c.name(`chat_${lang}`);
    const lines = {
      de: () => `[${ts()}] Kunde: Guten Tag, mein Name ist ${p.full}, geboren am ${c.dob('de', 'de_text')}. Bitte buchen Sie von ${c.iban('DE', true, 'de_text')} ab.\n[Agent Jonas] Danke, Ticket ${c.k(ticketKey())} ist angelegt.`,
      fr: () => `Client (${p.full}) : Bonjour, j'ai déménagé au ${c.addr('fr_text').value}, mon numéro est le ${c.tel('fr', 'fr_text')}.\nAgent : Merci, commande ${c.k(orderId())} mise à jour.`,
      es: () => `Cliente: Hola, soy ${p.full}, mi DNI es ${c.nid('es_dni')} y mi correo ${c.mail(p, 'es_text')}.\nAgente: Gracias, su pedido ${c.k(orderId())} está en camino.`,
      pt: () => `Cliente: Oi, aqui é ${p.full}. Meu CPF é ${c.nid('br_cpf')} e o cartão final ${c.k(masked(digits(4)))}.\nAtendente: Obrigado! Protocolo ${c.k(`${digits(10)}`)}.`,
      pl: () => `Klient: Dzień dobry, nazywam się ${p.full}, PESEL ${c.nid('pl_pesel')}, telefon ${c.tel('e164', 'pl_text')}.\nKonsultant: Dziękuję, zgłoszenie ${c.k(ticketKey())}.`,
      ja: () => `お客様: ${p.full}です。メールアドレスは${c.mail(p, 'ja_text')}、住所は${c.addr('ja_text').value}です。\n担当: ご注文番号 ${c.k(orderId())} を確認しました。`,
      it: () => `Cliente: Buongiorno, sono ${p.full}. Il mio codice di accesso temporaneo è ${c.pw('it_text')} e l'IBAN ${c.iban('IT', false, 'it_text')}.\nOperatore: Grazie, pratica ${c.k(ticketKey())}.`,
      nl: () => `Klant: Hoi, ik ben ${p.full}, BSN ${c.nid('nl_bsn')}, woonachtig ${c.addr('nl_text').value}.\nMedewerker: Dank u, referentie ${c.k(orderId())}.`,
    };
    return txt(lines[lang]());
  },
  'windows-event'(c) {
    const u = pick(['a.nowak', 'j.smits', 'k.andersen', 'r.costa']);
    return txt(`<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>${c.k('<EventID>4625</EventID>')}<Computer>${c.k(`WS-${upper(6)}.corp.kestrel.local`)}</Computer></System><EventData><Data Name='TargetUserName'>${u}</Data><Data Name='IpAddress'>${c.ip('winevent_ip')}</Data><Data Name='ProcessName'>C:\\Users\\${c.home(u, 'windows')}\\AppData\\Local\\Programs\\tool.exe</Data><Data Name='CommandLine'>tool.exe --user svc_backup --password ${c.pw('winevent_cmdline')}</Data></EventData></Event>`);
  },
  'vpn-radius'(c) {
    return txt(pick([
      () => `${ts()} openvpn[${int(100, 9999)}]: ${c.ip('openvpn_peer')}:${int(1024, 65000)} [${c.wmail(undefined, 'vpn_cn')}] Peer Connection Initiated with [AF_INET]${c.ip('openvpn_af_inet')}:${int(1024, 65000)}; cipher ${c.k('AES-256-GCM')}`,
      () => `${ts()} radiusd[${int(100, 9999)}]: (${int(1, 9999)}) Login incorrect (pap: Cleartext-Password "${c.pw('radius_pap')}" does not match): [${c.wmail(undefined, 'radius_user')}] (from client ${c.k('wlc-hq-01')} ${c.k('port 13')} nas ${c.k('wlc-hq-01.corp')})`,
    ])());
  },
  'pgp-keyring-backup'(c) {
    return obj({ job: 'keyring-backup', host: c.k(hostname()), owner: c.wmail(undefined, 'backup_owner'), exportedKey: c.priv(pick(['pgp', 'PRIVATE KEY']), 'json_string_pem'), publicFingerprint: c.k(upper(40)), passphrase: c.pw('backup_passphrase'), startedAt: c.k(ts()) });
  },
  'hr-onboarding'(c) {
    const p = c.name('hr_record');
    return obj({ employee: { legalName: p.full, preferredName: c.first(p, 'preferred_name'), homeAddress: { street: c.addr('hr_street').value, city: c.k(pick(CITIES)) }, personalEmail: c.mail(p), phone: c.tel(), dateOfBirth: c.dob(pick(['iso', 'us', 'long']), 'hr_dob'), taxId: c.nid(), bank: { iban: c.iban(undefined, chance(0.5), 'hr_bank'), bic: c.k(`${upper(4)}${upper(2)}${upper(2)}`) } },
      position: { title: c.k('Senior Backend Engineer'), costCenter: c.k(`CC-${digits(4)}`), startDate: c.k('2025-09-01') }, laptop: { sku: c.k(sku()), assetTag: c.k(`AT-${digits(6)}`) }, it: { tempPassword: c.pw('hr_temp_password'), vpnRecoveryCodes: c.V.recoveryCodes(2).map((x) => c.s(x, 'other_secret', 'recovery_code')).join(' ') } });
  },
};

