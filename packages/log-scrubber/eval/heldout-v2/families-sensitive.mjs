// Families whose records carry planted secrets and personal identifiers (plus a few keep values).
// Each family returns { format, record } and labels through c.s(value, kind, sub) / c.k(value).
import { ALNUM, DIG, HEX, LO, UP, pad } from './values.mjs';

export function sensitiveFamilies(h) {
  const { int, pick, chance, str, V, S, iso, epochMs, pod, sha40, semver } = h;

  const idSub = () => pick(Object.keys(V.ids));
  const natId = (c, sub = idSub()) => c.s(V.ids[sub](), 'national_id', sub);
  const ID_LABEL = { us_ssn: 'SSN', uk_nino: 'NI number', br_cpf: 'CPF', es_dni: 'DNI', es_nie: 'NIE', se_personnummer: 'personnummer', in_aadhaar: 'Aadhaar', fr_insee: 'numéro de sécurité sociale', de_steuer_id: 'Steuer-IdNr', nl_bsn: 'BSN', pl_pesel: 'PESEL', it_codice_fiscale: 'codice fiscale', dk_cpr: 'CPR-nummer', fi_hetu: 'henkilötunnus', no_fodselsnummer: 'fødselsnummer', be_national_number: 'rijksregisternummer', ca_sin: 'SIN', au_tfn: 'TFN', cn_resident_id: '身份证号', kr_rrn: '주민등록번호', mx_curp: 'CURP', za_id: 'ID number', ch_ahv: 'AHV-Nr.' };
  const ID_KEY = { us_ssn: 'ssn', uk_nino: 'niNumber', br_cpf: 'cpf', es_dni: 'dni', es_nie: 'nie', se_personnummer: 'personnummer', in_aadhaar: 'aadhaarNo', fr_insee: 'nir', de_steuer_id: 'steuerId', nl_bsn: 'bsn', pl_pesel: 'pesel', it_codice_fiscale: 'codiceFiscale', dk_cpr: 'cpr', fi_hetu: 'hetu', no_fodselsnummer: 'fnr', be_national_number: 'rrn', ca_sin: 'sin', au_tfn: 'tfn', cn_resident_id: 'idCardNo', kr_rrn: 'rrn', mx_curp: 'curp', za_id: 'saIdNumber', ch_ahv: 'ahvNr' };
  const nameOf = (c, p, sub = 'full') => c.s(p.full, 'name', sub);
  const phoneOf = (c, sub) => { const p = V.phone(); return c.s(p.value, 'phone', sub ?? p.country); };
  const emailOf = (c, p, sub = 'plain') => c.s(V.email(p), 'email', sub);

  return {
    // GitHub Actions / GitLab CI job logs where a step echoed its environment.
    'ci-job-env-echo': (c) => {
      const lines = [];
      const gh = chance(0.5);
      const sha = c.k(sha40());
      if (gh) lines.push(`${iso()} ##[group]Run ./scripts/deploy.sh`, `${iso()} ./scripts/deploy.sh`, `${iso()} shell: /usr/bin/bash -e {0}`, `${iso()} env:`, `${iso()}   DEPLOY_SHA: ${sha}`);
      else lines.push(`$ echo "deploying ${sha}"`, `deploying ${sha}`, '$ env | sort');
      const runner = c.k(`${int(2, 2)}.${int(311, 330)}.${int(0, 9)}`);
      const n = int(2, 4);
      for (let i = 0; i < n; i++) {
        const v = chance(0.6) ? S.vendor() : S.secretEnv();
        const name = v.env ?? v.name;
        const val = c.s(v.value, v.kind, v.sub);
        lines.push(gh ? `${iso()}   ${name}: ${val}` : `${name}=${val}`);
      }
      const jobId = c.k(String(int(1e9, 9e9)));
      lines.push(gh ? `${iso()}   RUNNER_VERSION: ${runner}` : `CI_RUNNER_VERSION=${runner}`, gh ? `${iso()}   JOB_ID: ${jobId}` : `CI_JOB_ID=${jobId}`);
      if (gh) lines.push(`${iso()} ##[endgroup]`);
      return { format: 'text', record: lines.join('\n') };
    },

    // Terraform plan/apply output with attributes that were not marked sensitive.
    'terraform-plan': (c) => {
      const pw = c.s(S.password(), 'password', 'tf_attribute');
      const ami = c.k(`ami-0${str(HEX, 16)}`);
      const lines = [
        'Terraform will perform the following actions:',
        '',
        `  # aws_db_instance.${pick(['orders', 'ledger', 'analytics'])} will be created`,
        '  + resource "aws_db_instance" "main" {',
        `      + allocated_storage      = ${int(20, 500)}`,
        `      + engine                 = "${pick(['postgres', 'mysql', 'mariadb'])}"`,
        `      + engine_version         = "${c.k(`${int(13, 17)}.${int(1, 9)}`)}"`,
        `      + master_password        = "${pw}"`,
        `      + username               = "${pick(['dbadmin', 'root_ops', 'ledger_owner'])}"`,
        '    }',
        '',
        '  + resource "aws_instance" "bastion" {',
        `      + ami                    = "${ami}"`,
        `      + user_data              = "export API_TOKEN=${c.s(S.secretForKind('token'), 'token', 'tf_user_data')}"`,
        '    }',
      ];
      if (chance(0.5)) {
        const v = S.vendor();
        lines.push('', 'Changes to Outputs:', `  + ${v.env.toLowerCase()} = "${c.s(v.value, v.kind, v.sub)}"`);
      }
      return { format: 'text', record: lines.join('\n') };
    },

    // Ansible -vvv task results that print registered variables.
    'ansible-verbose': (c) => {
      const host = pick(['web-03', 'db-primary', 'mq-2', 'edge-ams-1']);
      const facts = {
        ansible_become_pass: c.s(S.password(), 'password', 'ansible_become'),
        mysql_root_password: c.s(S.password(), 'password', 'ansible_var'),
        app_version: c.k(semver()),
        vault_approle_secret_id: c.s(S.uuid(), 'other_secret', 'approle_secret_id'),
        changed: chance(0.5),
      };
      return { format: 'text', record: `TASK [${pick(['db : configure replication', 'app : render env', 'common : set facts'])}] ****\nok: [${host}] => ${JSON.stringify({ ansible_facts: facts })}` };
    },

    // SMTP client/server transcripts (AUTH PLAIN/LOGIN, envelope, headers).
    'smtp-transcript': (c) => {
      const p = V.person();
      const from = c.s(V.email(), 'email', 'smtp_from');
      const to = emailOf(c, p, 'smtp_rcpt');
      const user = V.email();
      const pw = S.password();
      // The login is only present base64-encoded inside AUTH; it is not labelled (not a plain identifier in the record).
      const auth = chance(0.5)
        ? [`C: AUTH PLAIN ${c.s(Buffer.from(`\0${user}\0${pw}`).toString('base64'), 'password', 'smtp_auth_plain')}`]
        : ['C: AUTH LOGIN', 'S: 334 VXNlcm5hbWU6', `C: ${Buffer.from(user).toString('base64')}`, 'S: 334 UGFzc3dvcmQ6', `C: ${c.s(Buffer.from(pw).toString('base64'), 'password', 'smtp_auth_login')}`];
      const qid = c.k(str(UP + DIG, 12));
      return { format: 'text', record: [
        `S: 220 ${pick(['mx1.birchpay.eu', 'smtp.kestrel.io'])} ESMTP Postfix`, `C: EHLO ${pick(['app-7', 'mailer-2'])}`, 'S: 250-AUTH PLAIN LOGIN', ...auth,
        'S: 235 2.7.0 Authentication successful', `C: MAIL FROM:<${from}>`, `C: RCPT TO:<${to}>`, 'C: DATA',
        `C: To: "${nameOf(c, p, 'smtp_header')}" <${to}>`, `C: Subject: ${pick(['Your receipt', 'Password reset', 'Ihre Bestellung'])}`,
        `S: 250 2.0.0 Ok: queued as ${qid}`,
      ].join('\n') };
    },

    // IMAP/POP3 sessions with cleartext LOGIN.
    'imap-transcript': (c) => {
      const user = c.s(V.email(), 'email', 'imap_login');
      const pw = S.password();
      const tag = `a${pad(int(1, 999), 3)}`;
      const uidv = c.k(String(int(1e8, 4e9)));
      const quoted = chance(0.5);
      return { format: 'text', record: [
        '* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE AUTH=PLAIN] Dovecot ready.',
        quoted ? `${tag} LOGIN "${user}" "${c.s(pw, 'password', 'imap_login')}"` : `${tag} LOGIN ${user} ${c.s(pw.replace(/[\s"]/g, ''), 'password', 'imap_login')}`,
        `${tag} OK Logged in`, `${tag.replace(/\d+$/, (d) => pad(Number(d) + 1, 3))} SELECT INBOX`, `* OK [UIDVALIDITY ${uidv}] UIDs valid`,
      ].join('\r\n') };
    },

    // LDAP bind attempts logged by an auth service.
    'ldap-bind': (c) => {
      const p = V.person();
      const uid = c.s(V.username(p), 'username', 'ldap_uid');
      const record = {
        level: 'warn', time: iso(), logger: 'ldapjs', msg: 'bind failed, retrying with service account',
        bindDN: `uid=${uid},ou=people,dc=${pick(['corp', 'hq'])},dc=${pick(['kestrel', 'birchpay'])},dc=io`,
        attributes: { cn: nameOf(c, p, 'ldap_cn'), mail: emailOf(c, p, 'ldap_mail') },
        serviceBind: { dn: 'cn=svc-portal,ou=services,dc=corp,dc=kestrel,dc=io', credentials: c.s(S.password(), 'password', 'ldap_bind_credentials') },
        ldapResultCode: 49, durationMs: int(3, 900),
      };
      c.k(`"durationMs":${record.durationMs}`);
      return { format: 'object', record };
    },

    // Spring/Hikari style JDBC URLs and ODBC connection strings in startup logs.
    'jdbc-odbc': (c) => {
      const pw = S.password(true);
      const f = int(0, 4);
      let msg;
      if (f === 0) msg = `HikariPool-1 - Starting... jdbcUrl=jdbc:postgresql://${pick(['pg-ledger', 'orders-db'])}.internal:5432/app?user=app_rw&password=${c.s(pw, 'connection_string', 'jdbc_query_password')}&sslmode=require`;
      else if (f === 1) msg = `Connecting with jdbc:sqlserver://sql-${int(1, 9)}.corp.local:1433;databaseName=Payroll;user=sa;password=${c.s(pw, 'connection_string', 'jdbc_sqlserver')};encrypt=true`;
      else if (f === 2) msg = `ODBC connect: Driver={ODBC Driver 18 for SQL Server};Server=tcp:ledger.database.windows.net,1433;Uid=ledger_admin;Pwd=${c.s(pw, 'connection_string', 'odbc_pwd')};Encrypt=yes;`;
      else if (f === 3) msg = `DSN=Warehouse;UID=etl_loader;PWD={${c.s(pw, 'connection_string', 'odbc_braced')}};HOST=dwh.internal;PORT=5439`;
      else msg = `jdbc:oracle:thin:${pick(['hr', 'scott', 'billing'])}/${c.s(pw, 'connection_string', 'oracle_thin')}@//ora-${int(1, 4)}.corp.local:1521/ORCLPDB1`;
      const pool = c.k(`"maximumPoolSize":${int(5, 50)}`);
      return { format: 'object', record: JSON.parse(`{"@timestamp":"${iso()}","log.level":"INFO","logger":"com.zaxxer.hikari.HikariDataSource","message":${JSON.stringify(msg)},${pool}}`) };
    },

    // Broker and database URIs: Mongo, AMQP, MQTT, NATS, Kafka SASL, Go DSN, Azure storage.
    'broker-uris': (c) => {
      const pw = S.password(true);
      const f = int(0, 7);
      let key, val;
      if (f === 0) { key = 'mongoUri'; val = `mongodb+srv://${pick(['orders', 'svc_app'])}:${c.s(pw, 'connection_string', 'mongo_srv')}@cluster${int(0, 9)}.${str(LO + DIG, 5)}.mongodb.net/?retryWrites=true&w=majority`; }
      else if (f === 1) { key = 'amqpUrl'; val = `amqps://${pick(['billing', 'notifier'])}:${c.s(pw, 'connection_string', 'amqp')}@rabbit.${pick(['prod', 'eu1'])}.internal:5671/%2F`; }
      else if (f === 2) { key = 'mqtt'; val = `mqtts://${pick(['sensor-gw', 'fleet'])}:${c.s(pw, 'connection_string', 'mqtt')}@broker.iot.internal:8883`; }
      else if (f === 3) { key = 'natsServers'; val = `nats://${pick(['events', 'jetstream'])}:${c.s(pw, 'connection_string', 'nats')}@nats-${int(0, 2)}.nats.svc:4222`; }
      else if (f === 4) { key = 'sasl.jaas.config'; val = `org.apache.kafka.common.security.plain.PlainLoginModule required username="${pick(['ingest', 'svc-kafka'])}" password="${c.s(pw, 'connection_string', 'kafka_jaas')}";`; }
      else if (f === 5) { key = 'dsn'; val = `${pick(['app', 'reporter'])}:${c.s(pw, 'connection_string', 'go_dsn')}@tcp(mysql-${int(1, 3)}.internal:3306)/shop?parseTime=true&loc=UTC`; }
      else if (f === 6) { key = 'AZURE_STORAGE_CONNECTION_STRING'; val = `DefaultEndpointsProtocol=https;AccountName=${pick(['stlogs', 'stbackup'])}${int(10, 99)};AccountKey=${c.s(S.b64(64), 'connection_string', 'azure_account_key')};EndpointSuffix=core.windows.net`; }
      else { key = 'cacheUrl'; val = `rediss://default:${c.s(pw, 'connection_string', 'redis_tls')}@${pick(['cache', 'sessions'])}-${str(LO + DIG, 6)}.upstash.io:6379`; }
      const record = { level: 30, time: epochMs(), pid: int(100, 65000), hostname: pod(), msg: pick(['connecting to broker', 'resolved connection settings', 'client created']), [key]: val, attempt: int(1, 5) };
      return { format: 'object', record };
    },

    // HTTP client retries (axios/got/undici) echoing request options with auth headers.
    'http-client-retry': (c) => {
      const f = int(0, 4);
      const headers = { 'user-agent': `${pick(['axios', 'got', 'undici'])}/${semver()}`, accept: 'application/json' };
      if (f === 0) headers.authorization = `Bearer ${c.s(S.jwt(), 'token', 'bearer_jwt')}`;
      else if (f === 1) headers.Authorization = `Basic ${c.s(S.basic(pick(['svc-report', 'importer']), S.password()), 'password', 'basic_auth_b64')}`;
      else if (f === 2) headers['x-api-key'] = c.s(S.secretForKind('api_key'), 'api_key', 'x_api_key_header');
      else if (f === 3) headers['Proxy-Authorization'] = `Basic ${c.s(S.basic('proxyuser', S.password()), 'password', 'proxy_basic')}`;
      else headers.Authorization = `Bearer ${c.s(S.lettersOnly(), 'token', 'bearer_letters')}`;
      const rid = c.k(S.uuid());
      const record = { level: 'warn', time: iso(), msg: `request failed, retrying (${int(1, 3)}/3)`, request: { method: pick(['GET', 'POST', 'PUT']), url: `https://${pick(['api.partner-logistics.com', 'billing.kestrel.io', 'graph.birchpay.eu'])}/v${int(1, 3)}/${pick(['shipments', 'invoices', 'accounts'])}`, headers }, response: { status: pick([429, 502, 503, 504]), headers: { 'x-request-id': rid, 'retry-after': String(int(1, 30)) } } };
      return { format: 'object', record };
    },

    // Axios errors serialised whole (config.auth, config.data with credentials).
    'axios-error-dump': (c) => {
      const u = pick(['reporting', 'etl_user', 'sync-bot']);
      const cfg = { url: `/oauth/token`, baseURL: `https://${pick(['auth.partner.io', 'id.kestrel.io'])}`, method: 'post', auth: { username: u, password: c.s(S.password(), 'password', 'axios_auth') }, timeout: int(1000, 30000) };
      if (chance(0.6)) cfg.data = `grant_type=client_credentials&client_id=${str(LO + DIG, 16)}&client_secret=${c.s(S.b64url(32), 'other_secret', 'form_client_secret')}`;
      else cfg.data = JSON.stringify({ grant_type: 'refresh_token', refresh_token: c.s(S.vendor('google_refresh').value, 'token', 'json_body_refresh') });
      c.k(`"timeout":${cfg.timeout}`);
      return { format: 'object', record: { level: 50, time: epochMs(), msg: 'token exchange failed', err: { name: 'AxiosError', code: 'ERR_BAD_REQUEST', message: 'Request failed with status code 401', config: cfg, status: 401 } } };
    },

    // Provider webhooks (shop order / subscription events) logged raw.
    'webhook-payload': (c) => {
      const p = V.person();
      const a = V.street();
      const evt = c.k(`evt_${str(ALNUM, 24)}`);
      const body = {
        id: evt, type: pick(['order.created', 'customer.updated', 'checkout.completed']),
        data: { object: {
          customer: { name: nameOf(c, p, 'webhook_customer'), email: emailOf(c, p, 'webhook'), phone: phoneOf(c) },
          shipping: { address: { line1: c.s(a, 'address', 'ship_line1'), city: pick(['Leipzig', 'Lyon', 'Porto', 'Gdańsk', 'Osaka']), postal_code: String(int(10000, 99999)) } },
          amount_total: int(500, 90000), currency: pick(['eur', 'usd', 'jpy', 'pln']),
        } },
      };
      c.k(`"amount_total":${body.data.object.amount_total}`);
      return { format: 'object', record: { level: 'info', msg: 'webhook received', headers: { 'content-type': 'application/json', 'x-webhook-attempt': String(int(1, 5)) }, body } };
    },

    // Payment provider callbacks: PAN, IBAN (SEPA mandates), holder names.
    'payment-callback': (c) => {
      const p = V.person();
      const cd = V.card();
      const order = c.k(`ORD-${int(2024, 2026)}-${pad(int(1, 999999), 6)}`);
      const mref = c.k(V.luhn16());
      const sepa = chance(0.4);
      const payload = sepa
        ? { mandate: { iban: c.s(V.iban(), 'iban', 'sepa_mandate'), accountHolder: nameOf(c, p, 'account_holder'), mandateRef: `MNDT-${str(UP + DIG, 10)}` } }
        : { card: { pan: c.s(cd.value, 'card', `pan_${cd.brand}`), holder: nameOf(c, p, 'cardholder'), expiry: `${pad(int(1, 12), 2)}/${int(27, 31)}` } };
      return { format: 'object', record: { level: 'debug', time: iso(), msg: 'psp callback', merchantReference: mref, orderId: order, status: pick(['AUTHORISED', 'REFUSED', 'PENDING']), ...payload } };
    },

    // Support tickets: free text mixing identifiers and business numbers, several languages.
    'support-ticket': (c) => {
      const p = V.person();
      const sub = idSub();
      const inv = c.k(`INV-${int(2023, 2026)}-${pad(int(1, 99999), 5)}`);
      const tkt = c.k(`SUP-${int(10000, 99999)}`);
      const t = int(0, 4);
      const nm = nameOf(c, p, 'ticket_text');
      const em = emailOf(c, p, 'ticket_text');
      const ph = phoneOf(c);
      const id = natId(c, sub);
      const texts = [
        `Customer ${nm} (${em}) called from ${ph} about ${inv}; identity confirmed with ${ID_LABEL[sub]} ${id}.`,
        `Kundin ${nm} bittet um Rückruf unter ${ph}. Rechnung ${inv} doppelt abgebucht. ${ID_LABEL[sub]}: ${id}, E-Mail ${em}.`,
        `Le client ${nm} signale ${inv} non reçue. Tél. ${ph}, courriel ${em}, ${ID_LABEL[sub]} ${id}.`,
        `Cliente ${nm} pide factura corregida de ${inv}. Teléfono de contacto ${ph}; correo ${em}; documento ${id}.`,
        `Escalated: ${nm} <${em}> cannot log in. Verified ${ID_LABEL[sub]} ${id}; callback ${ph}; ref ${inv}.`,
      ];
      return { format: 'object', record: { level: 'info', time: iso(), msg: 'ticket created', ticket: { id: tkt, priority: pick(['P2', 'P3']), body: texts[t] } } };
    },

    // Chat/messaging transcripts: participants, shared credentials, numbers in messages.
    'chat-transcript': (c) => {
      const a = V.person();
      const b = V.person();
      const msgs = [
        { author: nameOf(c, a, 'chat_author'), text: pick(['hey, can you reset my access?', 'hola, no puedo entrar', 'hi, locked out again']) },
        { author: 'Support Bot', text: `Please confirm your mobile number.` },
        { author: a.full, text: `it's ${phoneOf(c, 'chat_text')}` },
      ];
      if (chance(0.6)) msgs.push({ author: a.full, text: pick([() => `temp password they gave me was ${c.s(S.password(), 'password', 'chat_text')} and it fails`, () => `mi contraseña es ${c.s(S.password(), 'password', 'chat_text_es')}`, () => `das Passwort lautet ${c.s(S.password(), 'password', 'chat_text_de')}`, () => `use the pass phrase "${c.s(S.passphrase(), 'password', 'chat_passphrase')}"`])() });
      msgs.push({ author: nameOf(c, b, 'chat_agent'), text: `Thanks, I've escalated this as case ${c.k(`CS-${int(100000, 999999)}`)}.` });
      return { format: 'object', record: { level: 'info', time: iso(), msg: 'conversation archived', conversationId: c.k(S.uuid()), participants: [{ name: a.full, role: 'customer' }, { name: b.full, role: 'agent' }], messages: msgs } };
    },

    // HR system exports / sync logs.
    'hr-record': (c) => {
      const p = V.person();
      const sub = idSub();
      const emp = c.k(`E${pad(int(1, 999999), 6)}`);
      const record = { level: 'info', time: iso(), msg: 'employee synced to payroll', employee: {
        employeeNumber: emp, ...(p.first.length > 1 && p.last.length > 1 ? { givenName: c.s(p.first, 'name', 'given_name'), familyName: c.s(p.last, 'name', 'family_name') } : { fullName: nameOf(c, p, 'hr_full') }),
        [pick(['birthDate', 'born', 'dateOfBirth'])]: c.s(V.dobText(), 'dob', 'hr_dob'),
        [ID_KEY[sub]]: natId(c, sub), salaryAccount: c.s(V.iban(), 'iban', 'hr_salary'),
        homeAddress: { street: c.s(V.street(), 'address', 'hr_home'), country: pick(['DE', 'FR', 'PL', 'ES', 'SE', 'JP', 'KR']) },
        grade: c.k(`G${int(3, 12)}-${pick(['A', 'B', 'C'])}`), costCenter: `CC-${int(1000, 9999)}`,
      } };
      return { format: 'object', record };
    },

    // CRM contact lists with people under non-obvious parents.
    'crm-contacts': (c) => {
      const n = int(2, 3);
      const parent = pick(['attendees', 'stakeholders', 'decisionMakers', 'invitees', 'signatories', 'members']);
      const list = [];
      for (let i = 0; i < n; i++) {
        const p = V.person();
        list.push({ name: nameOf(c, p, `under_${parent}`), email: emailOf(c, p, 'crm'), mobile: phoneOf(c), title: pick(['CFO', 'Head of Procurement', 'IT Lead', 'Einkauf']) });
      }
      const opp = c.k(`OPP-${int(100000, 999999)}`);
      return { format: 'object', record: { level: 'debug', msg: 'opportunity updated', opportunityId: opp, stage: pick(['negotiation', 'closed-won']), amount: { value: int(1000, 900000), currency: 'EUR' }, [parent]: list } };
    },

    // Clinic/lab systems: patient identifiers with Nordic/Benelux ids and dates of birth.
    'healthcare-encounter': (c) => {
      const p = V.person();
      const sub = pick(['dk_cpr', 'fi_hetu', 'no_fodselsnummer', 'se_personnummer', 'be_national_number', 'nl_bsn', 'fr_insee', 'it_codice_fiscale', 'ch_ahv']);
      const enc = c.k(`ENC-${str(UP + DIG, 10)}`);
      const ward = c.k(`ward-${pick(['3B', '4A', 'ICU-2', 'PED-1'])}`);
      const record = { level: 'info', time: iso(), service: 'ehr-sync', msg: 'HL7 ADT^A04 processed', encounterId: enc, location: ward,
        patient: { name: nameOf(c, p, 'patient'), dob: c.s(V.dobText(), 'dob', 'patient_dob'), identifier: { system: sub, value: natId(c, sub) }, telecom: [{ system: 'phone', value: phoneOf(c) }] } };
      if (chance(0.4)) record.note = `Pt. ${p.full} seen, next of kin ${nameOf(c, V.person(), 'next_of_kin')} reachable at ${phoneOf(c, 'text')}`;
      return { format: 'object', record };
    },

    // KYC/identity verification events, one per country-specific document.
    'kyc-verification': (c) => {
      const p = V.person();
      const sub = idSub();
      const vid = c.k(`vrf_${str(LO + DIG, 20)}`);
      const asText = chance(0.4);
      if (asText) return { format: 'text', record: `${iso()} kyc[${int(100, 9999)}]: verification ${vid} ${pick(['approved', 'manual_review'])} for ${nameOf(c, p, 'kyc_text')}, document ${sub.split('_')[0].toUpperCase()} ${ID_LABEL[sub]} ${natId(c, sub)}, date of birth ${c.s(V.dobText(), 'dob', 'kyc_text')}` };
      return { format: 'object', record: { level: 'info', time: iso(), msg: 'identity check completed', verificationId: vid, result: pick(['clear', 'consider']), subject: { fullName: nameOf(c, p, 'kyc_subject'), birthdate: c.s(V.dobText(), 'dob', 'kyc_birthdate'), document: { type: 'national_id', number: natId(c, sub), issuingCountry: sub.split('_')[0].toUpperCase() } } } };
    },

    // ORM/driver query logs with literal values (Sequelize, Prisma, knex, pg).
    'sql-literal': (c) => {
      const p = V.person();
      const f = int(0, 5);
      let sql;
      if (f === 0) sql = `Executing (default): INSERT INTO "customers" ("id","full_name","email","phone","created_at") VALUES ('${c.k(S.uuid())}','${nameOf(c, p, 'sql_insert')}','${emailOf(c, p, 'sql_insert')}','${phoneOf(c, 'sql_insert')}','${iso()}');`;
      else if (f === 1) sql = `ALTER ROLE ${pick(['reporting', 'app_ro', 'etl'])} WITH LOGIN ENCRYPTED PASSWORD '${c.s(S.password(), 'password', 'sql_alter_role')}' VALID UNTIL '2027-01-01'`;
      else if (f === 2) sql = `CREATE USER '${pick(['backup', 'grafana'])}'@'%' IDENTIFIED WITH caching_sha2_password BY '${c.s(S.password(), 'password', 'sql_identified_by')}'`;
      else if (f === 3) sql = `UPDATE employees SET iban = '${c.s(V.iban(), 'iban', 'sql_update')}', tax_id = '${natId(c)}' WHERE employee_no = '${c.k(`E${pad(int(1, 999999), 6)}`)}'`;
      else if (f === 4) sql = `SELECT * FROM patients WHERE date_of_birth = '${c.s(`${V.dob().y}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`, 'dob', 'sql_where')}' AND lower(last_name) = '${c.s(p.last.toLowerCase(), 'name', 'sql_where')}'`;
      else sql = `ERROR:  duplicate key value violates unique constraint "users_email_key"\nDETAIL:  Key (email)=(${emailOf(c, p, 'pg_detail')}) already exists.`;
      const dur = int(1, 4000);
      c.k(`"durationMs":${dur}`);
      return { format: 'object', record: { level: f === 5 ? 'error' : 'debug', time: iso(), logger: pick(['sequelize', 'prisma:query', 'knex:query', 'pg']), msg: sql, durationMs: dur } };
    },

    // AWS SDK v3 errors carrying resolved credentials and request metadata.
    'aws-sdk-error': (c) => {
      const akid = chance(0.5) ? `ASIA${str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}` : `AKIA${str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
      const rid = c.k(`${str(UP + DIG, 16)}`);
      const record = { level: 50, time: epochMs(), msg: 'S3 PutObject failed', err: {
        name: pick(['InvalidAccessKeyId', 'SignatureDoesNotMatch', 'ExpiredToken']), message: 'The request signature we calculated does not match the signature you provided.',
        $metadata: { httpStatusCode: 403, requestId: rid, extendedRequestId: c.k(S.b64(48)), attempts: int(1, 3), totalRetryDelay: int(0, 900) },
        credentials: { accessKeyId: c.s(akid, 'api_key', 'aws_key_id'), secretAccessKey: c.s(S.vendor('aws_secret_access_key').value, 'api_key', 'aws_secret'), ...(akid.startsWith('ASIA') ? { sessionToken: c.s(`IQoJb3JpZ2luX2Vj${S.b64(300)}`, 'token', 'aws_session_token') } : {}) },
      }, region: pick(['eu-central-1', 'us-east-2', 'ap-northeast-1']) };
      return { format: 'object', record };
    },

    // gRPC interceptors logging call metadata.
    'grpc-metadata': (c) => {
      const md = { 'content-type': 'application/grpc', authorization: `Bearer ${c.s(chance(0.5) ? S.jwt() : S.paseto(), 'token', 'grpc_bearer')}`, 'x-goog-api-key': c.s(S.vendor('google_api_key').value, 'api_key', 'grpc_google_key') };
      if (chance(0.5)) md['x-session-token'] = c.s(S.opaque(), 'token', 'grpc_session');
      const method = c.k(`/${pick(['billing.v1.InvoiceService/Create', 'geo.v2.Routes/Plan', 'auth.v1.Tokens/Introspect'])}`);
      const record = { level: 'info', msg: 'grpc call', method, code: pick(['OK', 'UNAUTHENTICATED', 'DEADLINE_EXCEEDED']), latencyMs: int(1, 3000), metadata: md };
      return { format: 'object', record };
    },

    // nginx/envoy access lines with client IPs and credentials in query strings.
    'nginx-access': (c) => {
      const ip = chance(0.8) ? c.s(V.ipv4(), 'ip', 'client_v4') : c.s(V.ipv6(), 'ip', 'client_v6');
      const q = pick([
        () => `access_token=${c.s(S.opaque(), 'token', 'query_access_token')}`,
        () => `email=${c.s(V.email().replace('@', '%40'), 'email', 'query_pct')}&step=2`,
        () => `sig=${c.s(S.b64url(32), 'other_secret', 'query_signature')}&expires=${int(1790000000, 1799999999)}`,
        () => `apikey=${c.s(S.secretForKind('api_key'), 'api_key', 'query_apikey')}`,
        () => `phone=${c.s(encodeURIComponent(V.phone().value), 'phone', 'query_phone')}`,
      ])();
      const rt = c.k(`rt=${(rnd4())}`);
      const bytesSent = int(200, 90000);
      return { format: 'text', record: `${ip} - - [${pick(['02', '14', '27'])}/${pick(['Mar', 'Apr', 'Sep'])}/2026:${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)} +0000] "GET /${pick(['api/v2/export', 'auth/callback', 'dl/report.csv'])}?${q} HTTP/2.0" ${pick([200, 302, 401, 404])} ${bytesSent} "-" "Mozilla/5.0 (X11; Linux x86_64) Firefox/${int(120, 140)}.0" ${rt}` };
    },

    // kubectl output: Secret manifests, pod env, node names with IPs.
    'k8s-secret-dump': (c) => {
      const f = int(0, 2);
      if (f === 0) {
        const pw = S.password();
        const tok = S.opaque();
        return { format: 'text', record: ['apiVersion: v1', 'data:', `  db-password: ${c.s(Buffer.from(pw).toString('base64'), 'other_secret', 'k8s_secret_b64')}`, `  api-token: ${c.s(Buffer.from(tok).toString('base64'), 'other_secret', 'k8s_secret_b64')}`, 'kind: Secret', 'metadata:', `  name: ${pick(['ledger', 'checkout', 'notifier'])}-credentials`, `  resourceVersion: "${c.k(String(int(1e6, 9e8)))}"`, `  uid: ${c.k(S.uuid())}`, 'type: Opaque'].join('\n') };
      }
      if (f === 1) {
        const v = S.vendor();
        const e = S.secretEnv();
        return { format: 'text', record: [`Name:         ${pod()}`, `Node:         ip-${c.s(V.ipv4().replace(/\./g, '-'), 'ip', 'ip_in_hostname')}.${pick(['eu-west-1', 'us-east-2'])}.compute.internal`, 'Containers:', '  app:', `    Image:      registry.internal/app@${c.k(`sha256:${str(HEX, 64)}`)}`, '    Environment:', `      ${v.env}:  ${c.s(v.value, v.kind, v.sub)}`, `      ${e.name}:  ${c.s(e.value, e.kind, e.sub)}`, '      LOG_FORMAT:  json'].join('\n') };
      }
      const stringData = { 'smtp-pass': c.s(S.password(), 'password', 'k8s_stringdata'), 'jwt-signing-key': c.s(S.b64(48), 'other_secret', 'k8s_stringdata') };
      return { format: 'object', record: { level: 'info', msg: 'applied manifest', kind: 'Secret', metadata: { name: 'app-secrets', namespace: pick(['payments', 'default']), uid: c.k(S.uuid()) }, stringData } };
    },

    // journald / syslog: sshd, sudo, PAM lines.
    'systemd-journal': (c) => {
      const p = V.person();
      const u = c.s(V.username(p), 'username', 'unix_user');
      const ip = c.s(V.ipv4(), 'ip', 'ssh_peer');
      const port = int(30000, 65000);
      const host = pick(['bastion-1', 'build-07', 'db-replica-2']);
      const lines = [
        `${pick(['Mar', 'Sep', 'Nov'])} ${int(1, 28)} ${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)} ${host} sshd[${int(1000, 99999)}]: Accepted publickey for ${u} from ${ip} port ${port} ssh2: ED25519 ${c.k(`SHA256:${S.b64(32).replace(/=+$/, '')}`)}`,
        `${host} sudo[${int(1000, 99999)}]:     ${u} : TTY=pts/${int(0, 9)} ; PWD=/home/${u}/deploy ; USER=root ; COMMAND=${pick([() => `/usr/bin/mysql -uroot -p${c.s(S.password(true), 'password', 'cli_mysql_p')}`, () => `/usr/bin/htpasswd -b /etc/nginx/.htpasswd ops ${c.s(S.password(true), 'password', 'cli_htpasswd')}`, () => `/usr/local/bin/vault login ${c.s(S.vendor('vault').value, 'token', 'cli_vault_login')}`])()}`,
      ];
      c.k(`port ${port}`);
      return { format: 'text', record: lines.join('\n') };
    },

    // Process command lines captured by supervisors / APM.
    'command-line': (c) => {
      const p = V.person();
      const u = V.username(p);
      const f = int(0, 5);
      let argv;
      if (f === 0) argv = ['pg_dump', `postgresql://backup:${c.s(S.password(true), 'connection_string', 'argv_pg_url')}@pg-main:5432/ledger`, '-Fc', '-f', `/var/backups/ledger-${c.k(`${int(2025, 2026)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}`)}.dump`];
      else if (f === 1) argv = ['curl', '-sS', '-u', `deploy:${c.s(S.password(true), 'password', 'argv_curl_u')}`, 'https://nexus.internal/repository/releases/'];
      else if (f === 2) argv = ['mysqldump', `--password=${c.s(S.password(true), 'password', 'argv_password_eq')}`, '--single-transaction', 'shop'];
      else if (f === 3) argv = ['docker', 'login', 'registry.gitlab.com', '-u', 'gitlab-ci-token', '-p', c.s(S.vendor('gitlab_pat').value, 'api_key', 'argv_docker_p')];
      else if (f === 4) argv = ['git', 'clone', `https://x-access-token:${c.s(S.vendor('github_app_install').value, 'token', 'argv_git_url')}@github.com/${pick(['kestrel', 'birchpay'])}/infra.git`];
      else argv = ['java', `-Djavax.net.ssl.keyStorePassword=${c.s(S.password(true), 'password', 'argv_jvm_prop')}`, '-jar', 'gateway.jar'];
      const cwd = `/home/${c.s(u, 'username', 'home_dir')}/${pick(['src', 'jobs', 'work'])}`;
      const pid = int(200, 400000);
      c.k(`"pid":${pid}`);
      return { format: 'object', record: { level: 'info', time: iso(), msg: 'spawned child', pid, cwd, argv, exitCode: pick([0, 1, 137]) } };
    },

    // Nested application config dumps with camelCase/kebab/dotted secret keys and arrays.
    'config-dump': (c) => {
      const cfg = {
        server: { port: 8080, trustProxy: true },
        mail: { host: 'smtp.eu.mailgun.org', smtpPasswd: c.s(S.password(), 'password', 'camel_passwd') },
        'auth-service': { 'client-id': c.k(`cli_${str(LO + DIG, 12)}`), 'client-secret': c.s(S.b64url(32), 'other_secret', 'kebab_client_secret') },
        session: { signingSecrets: [c.s(S.b64(24), 'other_secret', 'array_signing'), c.s(S.b64(24), 'other_secret', 'array_signing')], maxAgeSeconds: 86400 },
        'ldap.bindPw': c.s(S.password(), 'password', 'dotted_bindpw'),
        keystorePass: c.s(S.password(), 'password', 'camel_pass'),
        passwordPolicy: { minLength: int(10, 16), requireSymbols: true },
      };
      c.k(`"minLength":${cfg.passwordPolicy.minLength}`);
      if (chance(0.5)) { const v = S.vendor(); cfg.integrations = { [v.env.toLowerCase().replace(/_([a-z])/g, (_, x) => x.toUpperCase())]: c.s(v.value, v.kind, v.sub) }; }
      return { format: 'object', record: { level: 'debug', time: iso(), msg: 'loaded configuration', config: cfg } };
    },

    // Errors with messages, stacks and cause chains containing credentials and home paths.
    'error-cause-chain': (c) => {
      const v = S.vendor();
      const u = V.username();
      const home = pick([`/Users/${u}`, `/home/${u}`, `C:\\Users\\${u}`]);
      c.s(u, 'username', 'home_path');
      const causeMsg = pick([
        () => `password authentication failed for user "report" (supplied ${c.s(S.password(), 'password', 'cause_supplied')})`,
        () => `auth rejected: credential '${c.s(S.password(), 'password', 'cause_credential')}' is expired`,
        () => `could not decrypt session ${c.s(S.opaque(), 'token', 'cause_session')}`,
        () => `Zugangsdaten ungültig, Passwort ${c.s(S.password(), 'password', 'cause_de')} abgelehnt`,
      ])();
      const record = { level: 50, time: epochMs(), msg: 'job failed', err: {
        type: 'Error', message: `${v.prose} ${c.s(v.value, v.kind, v.sub)} was rejected by upstream`,
        stack: `Error: upstream rejected credentials\n    at callUpstream (${home}/app/src/client.ts:${int(10, 400)}:${int(3, 40)})\n    at async Job.run (${home}/app/src/job.ts:${int(10, 200)}:${int(3, 40)})`,
        cause: { type: 'Error', message: causeMsg, cause: { code: pick(['28P01', 'EAUTH', 'ERR_SSL']), message: 'underlying failure' } },
      } };
      return { format: 'object', record };
    },

    // Free-text vendor credentials in info/debug messages, many phrasings.
    'vendor-key-prose': (c) => {
      const v = S.vendor();
      const val = c.s(v.value, v.kind, v.sub);
      const generic = ['twilio_auth', 'cloudflare', 'heroku_uuid', 'aws_secret_access_key', 'okta', 'mailchimp'].includes(v.sub);
      const msg = pick([
        `configured ${v.prose} ${val} for tenant ${pick(['acme', 'globex', 'initech'])}`,
        `rotating ${v.prose}: old=${val}`,
        `${v.env}=${val} picked up from .env.local`,
        `falling back to ${v.prose.toLowerCase()} '${val}' because the secret manager timed out`,
        generic ? `${v.prose} ${val} refused (401)` : `upstream said 401 for ${val}`,
        `Using credential ${val} (${v.prose})`,
      ]);
      const build = c.k(`build ${int(1000, 99999)}`);
      return { format: 'object', record: { level: pick(['debug', 'info', 'warn']), time: iso(), msg: `${msg} [${build}]` } };
    },

    // Cookie headers with several cookies, Set-Cookie responses.
    'cookie-jar': (c) => {
      const names = ['__Host-sid', 'connect.sid', 'koa.sess', 'PHPSESSID', 'JSESSIONID', 'remember_token', '_shop_session', 'XSRF-TOKEN', 'auth_refresh'];
      const chosen = h.shuffle(names).slice(0, int(2, 4));
      const parts = chosen.map((n) => {
        const v = n === 'connect.sid' ? `s%3A${str(ALNUM + '-_', 32)}.${S.b64url(32)}` : n === 'JSESSIONID' ? str(UP + DIG, 32) : S.b64url(int(24, 48));
        return `${n}=${c.s(v, 'cookie', n.toLowerCase().replace(/[^a-z]/g, '_'))}`;
      });
      const prefs = `lang=${pick(['de-DE', 'pt-BR', 'ja-JP'])}`;
      const record = chance(0.5)
        ? { level: 'info', msg: 'incoming', req: { method: 'GET', url: `/account/${pick(['orders', 'settings'])}`, headers: { cookie: h.shuffle([...parts, prefs]).join('; '), 'x-forwarded-proto': 'https' } } }
        : { level: 'info', msg: 'outgoing', res: { statusCode: 200, headers: { 'set-cookie': parts.map((p) => `${p}; Path=/; HttpOnly; Secure; SameSite=Lax`) } } };
      if (record.req) c.k(prefs);
      return { format: 'object', record };
    },

    // Keys that are themselves sensitive: usage tables keyed by API keys, emails, phone numbers.
    'credential-keyed-objects': (c) => {
      const usage = {};
      for (let i = 0; i < int(2, 3); i++) {
        const f = int(0, 2);
        const k = f === 0 ? c.s(`AKIA${str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`, 'api_key', 'object_key_aws') : f === 1 ? c.s(V.email(), 'email', 'object_key_email') : c.s(S.vendor('stripe_secret').value, 'api_key', 'object_key_stripe');
        usage[k] = int(1, 5000);
      }
      const window = c.k(`window-${int(2026, 2026)}-${pad(int(1, 12), 2)}`);
      // Plain object, not a Map: score.mjs serialises output with JSON.stringify, which renders any Map
      // as {}, so a label inside a Map would count as caught whatever the scrubber did.
      return { format: 'object', record: { level: 'info', msg: 'quota usage', window, usageByCredential: usage } };
    },

    // Delivery/fleet tracking with coordinates and GeoJSON.
    'geo-tracking': (c) => {
      const g = V.latlng();
      const lat = String(Number(g.lat));
      const lng = String(Number(g.lng));
      c.s(lat, 'geo', 'lat');
      c.s(lng, 'geo', 'lng');
      const zone = c.k(`zone-${pick(['north', 'harbour', 'airport'])}-${int(1, 40)}`);
      const p = V.person();
      const record = chance(0.5)
        ? { level: 'info', msg: 'courier position', courier: { name: nameOf(c, p, 'courier') }, position: { lat: Number(lat), lng: Number(lng), accuracyM: int(3, 50) }, zone }
        : { level: 'info', msg: 'drop-off geofence hit', recipient: nameOf(c, p, 'recipient'), geometry: { type: 'Point', coordinates: [Number(lng), Number(lat)] }, zone };
      return { format: 'object', record };
    },

    // Private keys pasted into logs: PEM/OpenSSH/PGP blocks, private JWKs, age identities.
    'private-key-material': (c) => {
      if (chance(0.3)) {
        const { jwk, secretFields } = S.jwkPrivate();
        for (const f of secretFields) c.s(jwk[f], 'private_key', `jwk_${jwk.kty.toLowerCase()}_${f}`);
        c.k(jwk.kid);
        return { format: 'object', record: { level: 'debug', msg: 'loaded signing key', jwk } };
      }
      const k = S.privateKey();
      c.s(k.body, 'private_key', k.sub);
      const block = [k.head, ...(k.sub === 'pgp' ? ['Version: GnuPG v2', ''] : []), k.body, ...(k.crc ? [k.crc] : []), k.foot].join('\n');
      if (chance(0.5)) return { format: 'object', record: { level: 'warn', msg: 'TLS setup failed', tls: { certFile: '/etc/ssl/app.crt', key: block } } };
      return { format: 'text', record: `${iso()} ERROR could not parse key material:\n${block}` };
    },

    // Messages with date of birth / phone / id under key="value" pairs in free text.
    'kv-prose': (c) => {
      const p = V.person();
      const sub = idSub();
      const pairs = [`customer="${nameOf(c, p, 'kv_quoted')}"`, `contact=${phoneOf(c, 'kv_bare')}`, `doc_no=${natId(c, sub)}`, `birth="${c.s(V.dobText(), 'dob', 'kv_birth')}"`, `order=${c.k(`SO${int(100000, 999999)}`)}`, `latency_ms=${int(5, 900)}`];
      const line = `checkout ${h.shuffle(pairs).join(' ')}`;
      if (chance(0.5)) return { format: 'text', record: `${iso()} level=info svc=${pick(['checkout', 'returns', 'loyalty'])} ${line}` };
      return { format: 'object', record: { level: 'info', time: iso(), msg: line } };
    },

    // Tax filings / benefit claims: several national ids per record plus refund accounts.
    'tax-filing': (c) => {
      const p = V.person();
      const q = V.person();
      const sub = pick(['de_steuer_id', 'it_codice_fiscale', 'mx_curp', 'ca_sin', 'au_tfn', 'us_ssn', 'br_cpf', 'cn_resident_id', 'kr_rrn', 'za_id', 'in_aadhaar', 'pl_pesel', 'es_dni', 'es_nie', 'uk_nino', 'fr_insee', 'nl_bsn', 'be_national_number', 'dk_cpr', 'fi_hetu', 'no_fodselsnummer', 'se_personnummer', 'ch_ahv']);
      const ref = c.k(`TX-${int(2025, 2026)}-${str(UP + DIG, 8)}`);
      const record = { level: 'info', time: iso(), msg: 'return submitted', filingRef: ref, taxYear: int(2023, 2025),
        taxpayer: { name: nameOf(c, p, 'taxpayer'), [ID_KEY[sub]]: natId(c, sub) },
        spouse: chance(0.6) ? { name: nameOf(c, q, 'spouse'), [ID_KEY[sub]]: natId(c, sub) } : null,
        refund: { iban: c.s(V.iban(), 'iban', 'refund_account') } };
      c.k(`"taxYear":${record.taxYear}`);
      return { format: 'object', record };
    },

    // Refund / chargeback notes written by operators: IBANs and card numbers in prose.
    'payment-ops-text': (c) => {
      const p = V.person();
      const cd = V.card();
      const ib = c.s(V.iban(), 'iban', 'prose');
      const pan = c.s(cd.value, 'card', `prose_${cd.brand}`);
      const cb = c.k(`CB-${int(100000, 999999)}`);
      const msg = pick([
        `chargeback ${cb}: card ${pan} disputed by ${nameOf(c, p, 'ops_prose')}, refund to IBAN ${ib}`,
        `Rückbuchung ${cb} – Karte ${pan}, Erstattung auf ${ib} (Kontoinhaber ${nameOf(c, p, 'ops_prose')})`,
        `remboursement ${cb} : carte ${pan}, virement vers ${ib} au nom de ${nameOf(c, p, 'ops_prose')}`,
        `reembolso ${cb}: tarjeta ${pan}; transferir a ${ib}; titular ${nameOf(c, p, 'ops_prose')}`,
      ]);
      return chance(0.5) ? { format: 'text', record: `${iso()} WARN payments-ops ${msg}` } : { format: 'object', record: { level: 'warn', time: iso(), msg } };
    },

    // Web form bodies logged by a request logger: registration / profile updates.
    'form-submission': (c) => {
      const p = V.person();
      const pw = S.password();
      const names = p.first.length > 1 && p.last.length > 1 ? { firstName: c.s(p.first, 'name', 'form_first'), lastName: c.s(p.last, 'name', 'form_last') } : { fullName: nameOf(c, p, 'form_full') };
      const body = { ...names, email: emailOf(c, p, 'form'), phone: phoneOf(c), birthday: c.s(V.dobText(), 'dob', 'form_birthday'), newPassword: c.s(pw, 'password', 'form_new'), confirmPassword: pw, newsletter: chance(0.5), locale: pick(['de-AT', 'es-MX', 'ko-KR', 'fr-BE']) };
      if (chance(0.4)) body.nationalId = natId(c);
      const rid = c.k(S.uuid());
      return { format: 'object', record: { level: 'info', time: iso(), reqId: rid, msg: 'POST /account/register', req: { body } } };
    },

    // Express/Koa request logs behind proxies: client IPs in remoteAddress and X-Forwarded-For chains.
    'proxied-request-ip': (c) => {
      const chain = Array.from({ length: int(1, 3) }, () => (chance(0.8) ? c.s(V.ipv4(), 'ip', 'xff_v4') : c.s(V.ipv6(), 'ip', 'xff_v6')));
      const remote = c.s(V.ipv4(), 'ip', 'remote_address');
      const rid = c.k(S.uuid());
      const record = { level: 30, time: epochMs(), reqId: rid, req: { method: pick(['POST', 'GET']), url: c.k(`/v1/${pick(['login', 'checkout', 'password/reset'])}`), remoteAddress: remote, remotePort: int(1024, 65535), headers: { 'x-forwarded-for': chain.join(', '), 'x-real-ip': chain[0], 'user-agent': `Mozilla/5.0 (iPhone; CPU iPhone OS 17_${int(0, 6)} like Mac OS X)` } }, res: { statusCode: pick([200, 401, 429]) }, responseTime: int(2, 800) };
      c.k(`"remotePort":${record.req.remotePort}`);
      return { format: 'object', record };
    },

    // Government/benefit registry lookups: query id plus matched people with addresses.
    'registry-lookup': (c) => {
      const sub = idSub();
      const matches = [];
      for (let i = 0; i < int(1, 2); i++) {
        const p = V.person();
        matches.push({ name: nameOf(c, p, 'registry_match'), dateOfBirth: c.s(V.dobText(), 'dob', 'registry'), address: { line1: c.s(V.street(), 'address', 'registry_line1'), postcode: c.k(`${pick(['PC', 'ZIP'])}-${int(10000, 99999)}`) }, [ID_KEY[sub]]: natId(c, sub) });
      }
      const lookup = c.k(`LKP-${str(UP + DIG, 10)}`);
      return { format: 'object', record: { level: 'info', time: iso(), msg: 'registry lookup', lookupId: lookup, query: { country: sub.split('_')[0].toUpperCase(), idNumber: matches[0][ID_KEY[sub]] }, matches } };
    },

    // Shipping label / courier manifest print logs (text).
    'shipping-label': (c) => {
      const p = V.person();
      const parcel = c.k(`PX${str(DIG, 10)}${pick(['DE', 'NL', 'PL', 'JP'])}`);
      const lines = [`${iso()} label-printer[${int(100, 9999)}]: printing parcel ${parcel}`, `  Ship to: ${nameOf(c, p, 'ship_to')}`, `  ${c.s(V.street(), 'address', 'ship_to')}`, `  ${int(10000, 99999)} ${pick(['Hamburg', 'Rotterdam', 'Kraków', 'Sapporo', 'Curitiba'])}`, `  Tel: ${phoneOf(c, 'label')}`, `  Weight: ${c.k(`${int(1, 30)}.${int(0, 9)} kg`)}`];
      return { format: 'text', record: lines.join('\n') };
    },

    // Batch identity-number validation jobs: several national ids per record, mixed countries.
    'id-check-batch': (c) => {
      const items = [];
      for (let i = 0; i < int(3, 4); i++) {
        const sub = idSub();
        items.push({ applicantRef: c.k(`APP-${str(UP + DIG, 8)}`), scheme: sub, value: natId(c, sub), valid: true });
      }
      const batch = c.k(`batch-${int(2026, 2026)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}-${int(1, 99)}`);
      if (chance(0.4)) return { format: 'text', record: items.map((x) => `${iso()} idcheck ${batch} ${x.applicantRef} ${x.scheme}=${x.value} ok`).join('\n') };
      return { format: 'object', record: { level: 'debug', time: iso(), msg: 'batch validated', batch, items } };
    },

    // Messages where a phone lives under a non-phone key and phones in several national formats.
    'phones-misc-keys': (c) => {
      const p = V.person();
      const rec = { level: 'info', time: iso(), msg: 'delivery slot booked', booking: c.k(`BK-${str(UP + DIG, 8)}`), [pick(['contact', 'reachAt', 'alt', 'callbackOn', 'whatsapp'])]: phoneOf(c, 'non_phone_key'), note: `${pick(['Bitte anrufen unter', 'call back on', 'llamar al', 'rappeler au', '連絡先'])} ${phoneOf(c, 'in_note')}`, recipientName: nameOf(c, p, 'recipient_name') };
      return { format: 'object', record: rec };
    },
  };

  function rnd4() { return (int(1, 9999) / 1000).toFixed(3); }
}
