import { describe, expect, it } from 'vitest';
import { prng } from './corpus/values.js';
import { scrubber } from './helpers.js';

const s = scrubber();
const out = (value: unknown): string => JSON.stringify(s.scrub(value));
const text = (value: string): string => s.scrubText(value);

// Logins built the ways directories build them (initial + surname, given.family, given + digits),
// from syllables, so no test value is a real person's or any corpus's.
const rnd = prng(0xacc0);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const SYLLABLES = ['ka', 'lo', 'ren', 'vi', 'sto', 'mar', 'bel', 'tru', 'dan', 'ose', 'qui', 'fel', 'yor', 'zan', 'pe', 'hul'];
const word = (n: number): string => Array.from({ length: n }, () => pick(SYLLABLES)).join('');
function login(i: number): string {
  const given = word(2);
  const family = word(3);
  switch (i % 5) {
    case 0:
      return `${given[0]}${family}`;
    case 1:
      return `${given}.${family}`;
    case 2:
      return `${given}${10 + Math.floor(rnd() * 89)}`;
    case 3:
      return `${family}${given[0]}${Math.floor(rnd() * 9)}`;
    default:
      return `${given}_${family}`;
  }
}
const LOGINS = Array.from({ length: 5 }, (_, i) => login(i));
const RACF = ['KVELOREN', 'TMARSTO', 'QBELDAN', 'ZANKA01', 'HULVI#2'];

describe('Windows event XML names the account in Data elements', () => {
  it.each(LOGINS)('%s', (user) => {
    for (const field of ['TargetUserName', 'SubjectUserName', 'TargetOutboundUserName']) {
      const line = `<Event><EventData><Data Name="${field}">${user}</Data><Data Name="TargetDomainName">KESTREL</Data><Data Name="LogonType">10</Data></EventData></Event>`;
      const scrubbed = text(line);
      expect(scrubbed).not.toContain(user);
      expect(scrubbed).toContain('<Data Name="TargetDomainName">KESTREL</Data>');
      expect(scrubbed).toContain('<Data Name="LogonType">10</Data>');
    }
    expect(text(`<Data Name='SamAccountName'>${user}</Data>`)).not.toContain(user);
    expect(text(`<Data Name="TargetUserName" >\n  ${user}\n</Data>`)).not.toContain(user);
  });

  it('keeps well-known system principals and machine accounts', () => {
    for (const value of ['SYSTEM', 'LOCAL SERVICE', 'NETWORK SERVICE', 'ANONYMOUS LOGON', 'WKS-0417$', '-', 'DWM-3', 'UMFD-1']) {
      const line = `<Data Name="SubjectUserName">${value}</Data>`;
      expect(text(line)).toBe(line);
    }
  });
});

describe('RACF and TSO messages name the user id in fixed places', () => {
  it.each(RACF)('%s', (id) => {
    const lines = [
      `ICH408I USER(${id} ) GROUP(ACCTG4 ) NAME(KALO VIRENSTO)\n  LOGON/JOB INITIATION - REVOKED USER ACCESS ATTEMPT`,
      `USER=${id}  NAME=KALO VIRENSTO  OWNER=SYS1      CREATED=26.061`,
      `IRR012I  VERIFICATION FAILED. USER PROFILE FOR USERID(${id}) NOT FOUND.`,
      `ICH70001I ${id}  LAST ACCESS AT 07:12:44 ON MONDAY, MARCH 2, 2026`,
      `IKJ56455I ${id} LOGON IN PROGRESS AT 07:12:44 ON MARCH 2, 2026`,
      `IEF125I ${id} - LOGGED ON - TIME=07.12.44`,
      `READY\n LOGON ${id}/NEWPASS1 PROC(TSOPROC) SIZE(4096)`,
      `ALTUSER ${id} RESUME`,
      `LISTUSER ${id} TSO`,
    ];
    for (const line of lines) expect(text(line), line).not.toContain(id);
    expect(text(lines[0]!)).toContain('GROUP(ACCTG4 )');
    expect(text(lines[0]!)).not.toContain('VIRENSTO');
    expect(text(lines[1]!)).not.toContain('VIRENSTO');
    expect(text(lines[1]!)).toContain('OWNER=SYS1');
    // Security products that mirror RACF print the profile name untruncated.
    expect(text(`ICH408I USER(${id}) GROUP(ACCTG4) NAME(KALOVIRENSTO MARBELTRUDAN)`)).not.toContain('MARBELTRUDAN');
  });

  it('keeps groups, terminals and procedures', () => {
    const line = 'ICH408I GROUP(PAYGRP7) TERMINAL(TRMX114) PROC(IKJACCNT) CLASS(DATASET)';
    expect(text(line)).toBe(line);
    expect(text('ICH408I USER(IBMUSER ) GROUP(SYS1    )')).toBe('ICH408I USER(IBMUSER ) GROUP(SYS1    )');
    expect(text('USER=IBMUSER  NAME=UNKNOWN  OWNER=IBMUSER   CREATED=00.000')).toBe('USER=IBMUSER  NAME=UNKNOWN  OWNER=IBMUSER   CREATED=00.000');
  });
});

describe('Erlang and Elixir terms name the user in binaries and tuples', () => {
  it.each(LOGINS)('%s', (user) => {
    for (const term of [
      `exception exit: {badmatch,{error,{auth_failed,<<"${user}">>,<<"x">>}}}`,
      `{error,{invalid_user,<<"${user}">>}}`,
      `[{user,<<"${user}">>},{server,<<"chat.example.org">>}]`,
      `{jid,<<"${user}">>,<<"xmpp.example.net">>,<<"mobile">>}`,
      `#{username => <<"${user}">>, node => 'app@host-1'}`,
      `{login, "${user}"}`,
    ]) {
      const scrubbed = text(term);
      expect(scrubbed, term).not.toContain(user);
    }
    expect(text(`{jid,<<"${user}">>,<<"xmpp.example.net">>,<<"mobile">>}`)).toContain('xmpp.example.net');
  });

  it('keeps node names and module atoms', () => {
    const line = "    node: 'couch@db-7.int.example'\n    ancestors: [mod_auth_ldap_sup]";
    expect(text(line)).toBe(line);
    expect(text('{nodedown,\'rabbit@mq-2.prod.example\'}')).toBe('{nodedown,\'rabbit@mq-2.prod.example\'}');
  });
});

describe('login parameters in URLs and logfmt', () => {
  it.each(LOGINS)('%s', (user) => {
    for (const line of [
      `"GET /password/reset?lang=de&user=${user} HTTP/1.1" 302`,
      `ts=2026-03-01T10:00:00Z event=checkin user=${user} site=lab-4`,
      `POST /api/session?login=${user}&remember=1`,
      `audit action=export userid=${user} rows=20`,
      `principal=${user} decision=allow`,
      `evento=acceso usuario=${user} resultado=ok`,
      `aktion=anmeldung benutzer=${user}`,
      `user="${user}" status=locked`,
    ]) {
      expect(text(line), line).not.toContain(user);
    }
  });

  it('keeps database roles in connection strings, system and role accounts, ids and placeholders', () => {
    for (const line of [
      'url=jdbc:mysql://db-4.int:3306/ledger?user=ledger_rw&password=[REDACTED]&useSSL=true',
      'jdbc:sqlserver://sql-2.int:1433;databaseName=hr;user=hrreader;password=[REDACTED]',
      'psql "host=pg-1.int port=5432 dbname=metrics user=grafana password=[REDACTED]"',
      'Server=sql8.int;Database=Ops;User Id=opsuser;Password=[REDACTED];',
      'GET /metrics?user=root HTTP/1.1',
      'event=sync user=etl_loader rows=4',
      'event=sync user=svc-reports rows=4',
      'event=sync user=www-data rows=4',
      'event=sync user=- rows=4',
      'event=sync user=1042 rows=4',
      'event=sync user_id=9f1c2b7e-33aa-4c1d-9a0e-2f6b1c0d5e44 rows=4',
    ]) {
      expect(text(line), line).toBe(line);
    }
  });
});

describe('account names as record fields', () => {
  it.each(LOGINS)('%s', (user) => {
    for (const record of [
      { objectItem: { id: 'USR-4410', name: user, typeName: 'USER' } },
      { target: { type: 'user', name: user } },
      { subject: { kind: 'User', name: user, apiGroup: 'rbac.authorization.k8s.io' } },
      { accounts: { ad: user, mustChangePassword: true } },
      { logins: { ldap: user, github: user } },
      { userId: user },
      { user_id: user },
      { USER_ID: user },
      { principal: user },
      { benutzerkennung: user },
      { utilisateur: user },
      { usuario: user },
    ]) {
      expect(out(record), JSON.stringify(record)).not.toContain(user);
    }
  });

  it('keeps the things beside them and accounts that are no person', () => {
    for (const record of [
      { objectItem: { id: 'PRJ-17', name: 'ledger-recon', typeName: 'PROJECT' } },
      { target: { type: 'group', name: 'payroll-admins' } },
      { subject: { kind: 'ServiceAccount', name: 'image-puller', namespace: 'ci' } },
      { accounts: { total: 3, tier: 'premium' } },
      { accounts: { ad: 'svc_backup' } },
      { userId: 'usr_8f3kd92la' },
      { userId: 'AROAX5TQ2KEXAMPLE7LMN9' },
      { userId: 42 },
      { principal: 'system:serviceaccount:billing:deployer' },
      { username: 'system:serviceaccount:search:indexer' },
      { username: 'v-approle-reports-Xk2mQ9pL0vR7sT4wY1zA-1712345678' },
      { display_name: 'approle-etl' },
      { userInfo: { username: 'system:node:ip-10-0-3-7' } },
    ]) {
      expect(out(record), JSON.stringify(record)).toBe(JSON.stringify(record));
    }
  });

  it('keeps the domain of DOMAIN\\user and pseudonymises the user', () => {
    const [user] = LOGINS;
    const scrubbed = out({ Username: `KESTREL7\\${user!}` });
    expect(scrubbed).not.toContain(user);
    expect(scrubbed).toContain('KESTREL7\\\\<name:k1:');
    const line = text(`Username: KESTREL7\\${user!}\nMachine: WS-0042`);
    expect(line).not.toContain(user);
    expect(line).toContain('KESTREL7\\<name:k1:');
  });
});

describe('logins at hosts', () => {
  it.each(LOGINS)('%s', (user) => {
    for (const [line, host] of [
      [`Subject: Cron <${user}@batch3> /usr/local/bin/rotate.sh`, 'batch3'],
      [`[${user}@build-9 ~]$ make`, 'build-9'],
      [`${user}@web-2:~/app$ git pull`, 'web-2'],
      [`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIF3vYt8Lq2Wc0PnR5sKx7aJm4Dh9QeUo1bGiZyTr6vXw ${user}@lap-77.corp.example`, 'lap-77.corp.example'],
      [`The key fingerprint is:\nSHA256:q0W9eR8tY7uI6oP5aS4dF3gH2jK1lZ0xC9vB8nM7qWe ${user}@tower.example.net`, 'tower.example.net'],
    ] as const) {
      const scrubbed = text(line);
      expect(scrubbed, line).not.toContain(user);
      expect(scrubbed, line).toContain(host);
    }
  });

  it('keeps mail from system accounts', () => {
    expect(text('From: Cron Daemon <root@mx4.example.org>')).toContain('root@mx4.example.org');
  });
});

describe('account names in sentences of auth and database logs', () => {
  it.each(LOGINS)('%s', (user) => {
    for (const line of [
      `Login failed for user '${user}'. Reason: Password did not match that for the login provided.`,
      `Access denied for user '${user}'@'10.2.0.8' (using password: YES)`,
      `2026-02-03 user "${user}" logged in`,
      `User ${user} logged out after 31 minutes`,
      `authentication failed for user ${user}`,
      `session resumed; authenticated as ${user}`,
      `logged in as '${user}' via SAML`,
    ]) {
      expect(text(line), line).not.toContain(user);
    }
  });

  it('keeps the words that follow "user" in ordinary messages', () => {
    for (const line of [
      'User account is locked',
      'user session expired after 30 minutes',
      'login failed for user: invalid credentials',
      'authenticated as service principal',
      "Login failed for user 'svc_backup'. Reason: Password did not match that for the login provided.",
      'User not found',
      '2026-03-01T10:00:00Z worker-7 health check failed for backend.',
      '2026-03-01T10:00:00Z ci: build failed for main',
      '2026-03-01T10:00:00Z deployment succeeded for checkout (rev 41)',
      '2026-03-01T10:00:00Z ledger: account "Savings" created for the household',
    ]) {
      expect(text(line), line).toBe(line);
    }
  });
});

describe('a login column of CSV and TSV exports', () => {
  it('pseudonymises the column named like a login, keeps the others', () => {
    const [a, b, c] = LOGINS;
    for (const sep of [',', ';', '\t', '|']) {
      const csv = [['id', 'user_name', 'role', 'last_login'], ['17', a, 'viewer', '2026-01-04'], ['18', b, 'editor', '2026-01-05'], ['19', 'root', 'admin', '2026-01-06'], ['20', c, 'viewer', '']]
        .map((row) => row.join(sep))
        .join('\n');
      const scrubbed = text(csv);
      for (const user of [a, b, c]) expect(scrubbed, sep).not.toContain(user);
      expect(scrubbed).toContain(['id', 'user_name', 'role', 'last_login'].join(sep));
      expect(scrubbed).toContain(`viewer${sep}2026-01-04`);
      expect(scrubbed).toContain(`19${sep}root${sep}admin`);
    }
  });

  it('leaves tables without a login column alone', () => {
    const csv = 'host,role,region\nweb-1,frontend,eu-west-1\nweb-2,frontend,eu-west-1';
    expect(text(csv)).toBe(csv);
  });
});

describe('login keys in other languages and Kerberos principals', () => {
  it.each(LOGINS)('%s', (user) => {
    for (const line of [`Benutzername: ${user}`, `nom_utilisateur=${user}`, `gebruikersnaam: ${user}`]) expect(text(line), line).not.toContain(user);
    expect(out({ Benutzername: user })).not.toContain(user);
    const kdc = text(`krb5kdc[88]: AS_REQ (2 etypes {18 17}) ISSUE: authtime 1760000000, ${user}@KESTREL.EXAMPLE for krbtgt/KESTREL.EXAMPLE@KESTREL.EXAMPLE`);
    expect(kdc).not.toContain(`${user}@`);
    expect(kdc).toContain('krbtgt/KESTREL.EXAMPLE@KESTREL.EXAMPLE');
    expect(kdc).toContain('@KESTREL.EXAMPLE for');
  });

  it('keeps service principals', () => {
    const line = 'TGS_REQ: HTTP/web-2.kestrel.example@KESTREL.EXAMPLE for host/db-1.kestrel.example@KESTREL.EXAMPLE';
    expect(text(line)).toBe(line);
  });
});

describe('profile links of code hosts', () => {
  it.each(LOGINS)('%s', (user) => {
    for (const line of [`push by someone profile https://github.com/${user} commits=4`, `"html_url":"https://gitlab.com/${user}"`, `see https://codeberg.org/${user}/ for keys`]) {
      expect(text(line), line).not.toContain(user);
    }
  });

  it('keeps repositories, organisations with a path and site pages', () => {
    for (const line of ['clone https://github.com/nodejs/node.git', 'docs at https://github.com/features/actions', 'https://github.com/pricing', 'https://gitlab.com/explore']) {
      expect(text(line), line).toBe(line);
    }
  });
});

describe('a login value ends at the next field', () => {
  it.each(LOGINS)('%s', (user) => {
    const scrubbed = text(`SubjectUserName=${user} TargetUserName=${LOGINS[4]!} LogonType=3 Host=WKS-22`);
    expect(scrubbed).not.toContain(user);
    expect(scrubbed).toContain(' TargetUserName=<name:k1:');
    expect(scrubbed).toContain(' LogonType=3 Host=WKS-22');
  });
});

describe('more placements of logins', () => {
  it.each(LOGINS)('%s', (user) => {
    for (const line of [
      `Auth: (4411) Login OK: [${user}] (from client vpn-gw port 0 cli 198.51.100.23)`,
      `Auth: (4412) Login incorrect (mschap: MS-CHAP2-Response is incorrect): [${user}/<via Auth-Type = eap>] (from client wifi port 1)`,
      `%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: ${user}] [Source: 198.51.100.9] [localport: 22]`,
      `useradd[2231]: new user: name=${user}, UID=1004, GID=1004, home=/srv/${'x'}, shell=/bin/bash`,
      `passwd[2290]: pam_unix(passwd:chauthtok): password changed for ${user}`,
      `SUDO_USER=${user}\nLOGNAME=${user}`,
    ]) {
      expect(text(line), line).not.toContain(user);
    }
    for (const record of [{ actor_login: user }, { targetUser: user }, { remote_user: user }, { target: [{ type: 'User', alternateId: user, id: '00u1abcd' }] }]) {
      expect(out(record), JSON.stringify(record)).not.toContain(user);
    }
  });

  it('keeps times and settings named after logins, and database users', () => {
    for (const record of [{ last_login: 'never' }, { failed_logins: 3 }, { loginMethod: 'password' }, { db_user: 'orders' }, { login_provider: 'github' }]) {
      expect(out(record), JSON.stringify(record)).toBe(JSON.stringify(record));
    }
    expect(text('useradd[1]: new group: name=developers, GID=1005')).toBe('useradd[1]: new group: name=developers, GID=1005');
  });
});

describe('values under login-ish keys that are settings or ids', () => {
  it('keeps query operators and generated uids', () => {
    for (const record of [{ operator: 'and' }, { query: { match: { title: 'x' }, operator: 'or' } }, { uid: 'k3j2h4g5f6d7' }, { userId: 'q9w8e7r6t5y4u3' }]) {
      expect(out(record), JSON.stringify(record)).toBe(JSON.stringify(record));
    }
  });
});

describe('rendered Windows events and words that name no one', () => {
  it.each(LOGINS)('%s', (user) => {
    for (const line of [`2026-03-01T10:00:00Z Logon Account: ${user}\n Source Workstation: WKS-7`, `Account Whose Credentials Were Used:\n\tUser Name:\t\t${user}\n\tDomain:\t\tKESTREL`]) {
      expect(text(line), line).not.toContain(user);
    }
  });

  it('keeps route words after user= and teams typed as users', () => {
    expect(text('2026-03-01T10:00:00Z GET /api/me?user=current&limit=20 200')).toBe('2026-03-01T10:00:00Z GET /api/me?user=current&limit=20 200');
    const record = { item: { type: 'user', name: 'platform-team' } };
    expect(out(record)).toBe(JSON.stringify(record));
  });
});
