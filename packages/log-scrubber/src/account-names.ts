/**
 * Account names in authentication logs: the login a person uses is personal data as much as their
 * name, and sshd, sudo, PAM and LDAP print it in fixed places.
 *
 * - sshd: `Accepted publickey for jdoe from …`, `Failed password for invalid user jdoe from …`,
 *   `Invalid user jdoe from …`, `Connection closed by authenticating user jdoe …`
 * - sudo: `sudo[42]:     jdoe : TTY=pts/1 ; PWD=… ; USER=root ; COMMAND=…` (both the caller and
 *   the target user), with or without the syslog prefix
 * - PAM and su: `session opened for user jdoe(uid=1001)`, `… by jdoe(uid=1000)`, `authentication failure; … user=jdoe`,
 *   `su[42]: (to root) jdoe on pts/0`
 * - LDAP: `uid=jdoe,ou=people,dc=…` (RFC 4514 distinguished names), `(sAMAccountName=jdoe)` filters
 * - `id` output and Linux audit records: `uid=1001(jdoe)`, `acct="jdoe"`
 * - FTP and POP3 transcripts: `USER jdoe`, `331 Password required for jdoe`
 * - Windows event XML: `<Data Name="TargetUserName">jdoe</Data>` (also Subject…, SamAccountName)
 * - RACF and TSO on z/OS: `ICH408I USER(JDOE ) … NAME(JANE DOE)`, `USERID(JDOE)`, `ICH70001I JDOE LAST ACCESS AT`,
 *   `IEF125I JDOE - LOGGED ON`, the TSO `LOGON JDOE/… PROC(…)` command, `ALTUSER JDOE`
 * - Erlang and Elixir terms: `{auth_failed,<<"jdoe">>,…}`, `{user,<<"jdoe">>}`, `{jid,<<"jdoe">>,…}`
 * - JupyterHub's per-user OAuth client and service: `client_id=jupyterhub-user-jdoe`
 * - a login at a host: cron mail `Cron <jdoe@batch3>`, shell prompts `[jdoe@web-1 ~]$`, the comment
 *   of an ssh public key or fingerprint `… AAAA… jdoe@laptop` (only the login goes; the host stays)
 *
 * System accounts (root, daemons, service users, machine accounts ending in `$`) are not people and stay.
 */
import { isServiceMailbox } from './public-values.js';

const USER = String.raw`[A-Za-z_][\w.@$-]{0,63}`;
// A login before `@host`: the address part is the host, never part of the login.
const LOGIN = String.raw`[A-Za-z_][\w.$-]{0,63}`;
const HOST = String.raw`[A-Za-z0-9][\w-]{0,62}(?:\.[A-Za-z0-9][\w-]{0,62}){0,8}`;
// RACF user ids: one to eight of A–Z, 0–9, @, # and $ (IBM z/OS Security Server RACF Command Language Reference).
const RACF_ID = String.raw`[A-Z@#$][A-Z0-9@#$.]{0,7}`;
// Erlang atoms that put a login in the next element of a tuple or map (ejabberd, RabbitMQ, EMQX, MongooseIM).
const ERLANG_USER_ATOM = 'user|username|user_name|login|uid|account|auth_failed|authentication_failed|invalid_user|unknown_user|bad_user|jid';

// Each family of places is its own pattern behind its own cheap gate: one alternation of all of
// them would try every alternative at every position of every message that says "for ".
// A gate is an alternation of literals (V8 tests those faster than a chain of `includes`).
interface PlaceGroup {
  readonly gate: RegExp;
  readonly pattern: RegExp;
}

const GROUPS: readonly PlaceGroup[] = [
  {
    gate: /for |[Ii]nvalid user|user |USER[= ]|uid=|ccountName=|userid=|\(to |acct=|331/,
    pattern: new RegExp(
      [
        String.raw`\b(?:Accepted|Failed|Postponed) (?:password|publickey|keyboard-interactive(?:\/pam)?|hostbased|gssapi-with-mic|none) for (?:invalid user )?(${USER}) from `,
        String.raw`\b[Ii]nvalid user (${USER}) from `,
        String.raw`\b(?:[Cc]onnection closed|[Dd]isconnected from|[Rr]eceived disconnect from) (?:by )?(?:invalid |authenticating )?user (${USER}) `,
        String.raw`\bsudo(?:\[\d{1,10}\])?:[ \t]+(${USER})[ \t]+:[ \t]+(?:TTY|PWD|USER|COMMAND)=`,
        // The same line without its syslog prefix (journald's MESSAGE, sudo's own log file): the
        // caller opens the line and its fields run on to `; USER=`.
        String.raw`(?:^|\n)[ \t]*(${USER})[ \t]+:[ \t]+(?:TTY|PWD)=[^;\n]{0,4096};[^\n]{0,4096}?\bUSER=`,
        String.raw`[;:][ \t]*USER=(${USER})[ \t]*;[ \t]*COMMAND=`,
        String.raw`\bsession (?:opened|closed) for user (${USER})(?=[\s(]|$)`,
        // su: `su[123]: (to root) jdoe on pts/0`, PAM `… for user root(uid=0) by jdoe(uid=1000)`.
        String.raw`\bsu(?:\[\d{1,10}\])?:[ \t]+(?:FAILED SU )?\(to [\w.-]{1,64}\)[ \t]+(${USER})[ \t]+on\b`,
        String.raw`\)[ \t]+by[ \t]+(${USER})\(uid=\d{1,10}\)`,
        String.raw`\bauthentication failure;[^\n]{0,200}?\buser=(${USER})`,
        String.raw`(?<![\w-])(?:uid|sAMAccountName|userid|samaccountname)=(${USER})(?=[,)\s+]|$)`,
        // FTP and POP3 transcripts: `USER jdoe` on a line of its own, `331 Password required for jdoe`.
        String.raw`(?:^|\n)(?:[CS]:[ \t]*|[<>-]{1,3}[ \t]*)?USER[ \t]+(${USER})[ \t]*(?=\r?\n|\r|$)`,
        String.raw`\b331[ \t-]+(?:Password required for|User|Please specify the password for)[ \t]+(${USER})`,
        // `id` output and audit records: `uid=1001(jdoe)`, `acct="jdoe"`.
        String.raw`(?<![\w-])(?:uid|gid|euid|suid|groups)=\d{1,10}\((${USER})\)`,
        String.raw`(?<![\w-])acct="?(${USER})(?=["\s]|$)`,
      ].join('|'),
      'dg',
    ),
  },
  {
    gate: /<Data Name=|User Name:|Logon Account:/,
    pattern: new RegExp(
      [
        // Windows Security log events rendered as text (4648 `User Name:`, 4776 `Logon Account:`).
        String.raw`\b(?:Logon Account|User Name|Target User Name|Client User Name):[ \t]+(${LOGIN})(?=\s|$)`,
        // Windows Security log events rendered as XML (4624, 4625, 4720, …).
        String.raw`<Data Name=["'](?:(?:Subject|Target|TargetOutbound|OldTarget|NewTarget|Client|Caller)?User(?:Name)?|SamAccountName|AccountName|MemberName)["'][ \t]*>\s*(${USER})\s*<\/Data>`,
      ].join('|'),
      'dg',
    ),
  },
  {
    gate: /USER|LOGON|[A-Z]{3}\d{3,5}I /,
    pattern: new RegExp(
      [
        // RACF (ICH…, IRR…) and TSO messages, RACF commands.
        String.raw`\bUSER(?:ID)?\((${RACF_ID})[ \t]*\)`,
        // The owner's name from the user profile beside the user id (RACF keeps 20 characters, products that mirror it more), in
        // messages (`USER(JDOE) GROUP(G) NAME(JANE DOE)`) and in LISTUSER output (`USER=JDOE  NAME=JANE DOE  OWNER=…`).
        String.raw`NAME\((?<=\bUSER\([^)\n]{1,9}\)[ \t]{1,4}(?:GROUP\([^)\n]{1,9}\)[ \t]{1,4})?NAME\()([^)\n#]{1,40})\)`,
        String.raw`\bUSER=(${RACF_ID})(?=[ \t]+NAME=)`,
        String.raw`NAME=(?<=\bUSER=[^\s]{1,8}[ \t]+NAME=)([A-Za-z][^\n=#]{0,19}?)(?=[ \t]{2,}OWNER=)`,
        String.raw`\b(?:ICH70001I|IKJ56455I|IKJ56470I|IEF125I|IEF126I)[ \t]+(${RACF_ID})(?=[ \t])`,
        String.raw`\bLOGON(?:[ \t]+[A-Z]{1,8}:)?[ \t]+(${RACF_ID})(?=\/|[ \t]+(?:PROC|ACCT|SIZE)\()`,
        String.raw`\b(?:ADDUSER|ALTUSER|DELUSER|LISTUSER)[ \t]+\(?(${RACF_ID})(?=[ \t)]|$)`,
      ].join('|'),
      'dg',
    ),
  },
  {
    gate: /<<"|[{,] ?[a-z_]{2,24} ?(?:,|=>) ?"/,
    pattern: new RegExp(
      [
        String.raw`(?:[{,\[(]|#\{)[ \t]*(?:${ERLANG_USER_ATOM})[ \t]*(?:,|=>)[ \t]*(?:<<)?"(${USER})"`,
      ].join('|'),
      'dg',
    ),
  },
  {
    gate: /ser |ogin |OGIN |ipal | as |user: name=|(?:ed|ure|ful|set) for /,
    pattern: new RegExp(
      [
        // Sentences of auth and database servers: `Login failed for user 'jdoe'.` (SQL Server),
        // `Access denied for user 'jdoe'@'host'` (MySQL), `user "jdoe" logged in`, `authenticated as jdoe`.
        String.raw`\b(?:[Uu]ser|USER|[Ll]ogin|LOGIN|[Pp]rincipal)[ \t]+(?:name[ \t]+)?['"\u2018\u201c<\[](${LOGIN})['"\u2019\u201d>\]]`,
        String.raw`\b[Uu]ser[ \t]+(${LOGIN})[ \t]+(?:logged|signed|authenticated|has logged|has signed|successfully|failed to (?:log|sign|authenticate))\b`,
        // After `failed for` only with a word about signing in: `health check failed for backend` names a service.
        String.raw`\b(?:failed|failure|succeeded|successful|denied|rejected|accepted|granted)[ \t]+for[ \t]+user[ \t]+(${LOGIN})(?=[ \t]*(?:$|[\n,;:()])|\.(?:\s|$)|[ \t]+(?:from|on|via|at|with)\b)`,
        String.raw`\b(?:[Aa]uthentication|AUTHENTICATION|[Ll]og[io]n|LOG[IO]N|[Aa]uth|[Pp]assword|[Aa]ccess|[Ss]ign[- ]?in|[Aa]uthori[sz]ation)[ \t]+(?:failed|failure|succeeded|successful|denied|rejected|accepted|granted)[ \t]+for[ \t]+(${LOGIN})(?=[ \t]*(?:$|[\n,;:()])|\.(?:\s|$)|[ \t]+(?:from|on|via|at|with)\b)`,
        String.raw`\b(?:authenticated|logged in|logged on|signed in|impersonating)[ \t]+as[ \t]+['"]?(${LOGIN})`,
        // FreeRADIUS `Login OK: [jdoe]`, `Login incorrect (…): [jdoe/<via Auth-Type = eap>]`; shadow-utils
        // `new user: name=jdoe,`; `password changed for jdoe` (pam_unix, passwd, chpasswd).
        String.raw`\bLogin (?:OK|incorrect)(?:[ \t]*\([^)\n]{0,160}\))?:[ \t]+\[(${LOGIN})[\/\]]`,
        String.raw`\bnew user: name=(${LOGIN}),`,
        String.raw`\bpassword (?:changed|expired|reset|updated|set) for (?:user )?['"]?(${LOGIN})(?=['"]?(?:[\s,;]|\.(?:\s|$)|$))`,
      ].join('|'),
      'dg',
    ),
  },
  {
    gate: /jupyterhub-user-/,
    pattern: new RegExp(
      [
        // JupyterHub registers each user's server as an OAuth client and a service named after the
        // login (`client_id=jupyterhub-user-jdoe`, the `jupyterhub-user-jdoe` token owner).
        String.raw`(?<![\w-])jupyterhub-user-(${LOGIN})(?=[^\w.$-]|$|\.(?:\s|$))`,
      ].join('|'),
      'dg',
    ),
  },
  {
    gate: /@|\.com\/|\.org\//,
    pattern: new RegExp(
      [
        // Profile pages of code hosts: one path segment after the host is an account (`github.com/jdoe`);
        // `github.com/org/repo` names a repository and stays.
        String.raw`\bhttps?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|gitea\.com)\/(${LOGIN})\/?(?=[\s"'?#)\]>,;]|$)`,
        // Logins at hosts: cron mail subjects, shell prompts, ssh key comments after the key or its fingerprint.
        String.raw`\bCron <(${LOGIN})@[A-Za-z0-9][\w-]{0,62}>`,
        String.raw`\[(${LOGIN})@${HOST}[ \t][^\]\n]{0,80}\][#$]`,
        String.raw`@(?<=(?:^|[ \t\n])(${LOGIN})@)${HOST}:[~\/][^\s]{0,200}[#$](?=[ \t]|$)`,
        String.raw`(?:\b(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp\d{3}|sk-ssh-ed25519@openssh\.com)[ \t]+AAAA[A-Za-z0-9+/]{16,}={0,3}|\bSHA256:[A-Za-z0-9+/]{43}=?|\bMD5(?::[0-9a-f]{2}){16})[ \t]+(${LOGIN})@${HOST}(?![\w@-])`,
        String.raw`\bkey for (${LOGIN})@${HOST}(?=[ \t]+(?:fingerprint|SHA256:|MD5:|\((?:RSA|ED25519|ECDSA|DSA)\)))`,
      ].join('|'),
      'dg',
    ),
  },
];

// Words that stand where a login would in prose (`failed for user: …`, `authenticated as service …`).
const NOT_A_LOGIN = new Set([
  'user', 'users', 'account', 'accounts', 'login', 'the', 'a', 'an', 'this', 'that', 'it', 'all', 'any', 'invalid', 'unknown',
  'none', 'request', 'session', 'principal', 'service', 'password', 'token', 'client', 'app', 'application', 'guest', 'null',
  // Pages of code hosts at the place of a profile (`github.com/pricing`).
  'features', 'pricing', 'explore', 'login', 'logout', 'signup', 'join', 'settings', 'about', 'marketplace', 'topics',
  'trending', 'sponsors', 'orgs', 'organizations', 'enterprise', 'security', 'notifications', 'new', 'search', 'site',
  'dashboard', 'groups', 'projects', 'help', 'issues', 'pulls', 'collections', 'events', 'apps', 'customer-stories',
]);

// Accounts of systems and daemons, not of people.
const SYSTEM_ACCOUNTS = new Set([
  'root', 'admin', 'administrator', 'nobody', 'daemon', 'bin', 'sys', 'sync', 'www-data', 'www', 'nginx', 'apache',
  'httpd', 'postgres', 'mysql', 'redis', 'mongodb', 'git', 'gitlab-runner', 'jenkins', 'ubuntu', 'ec2-user', 'centos',
  'debian', 'admin', 'deploy', 'ansible', 'vagrant', 'docker', 'node', 'app', 'runner', 'ci', 'backup', 'operator',
  'ftp', 'mail', 'postfix', 'sshd', 'systemd-network', 'messagebus', 'syslog', 'ntp', 'chrony', 'elasticsearch',
  'kibana', 'grafana', 'prometheus', 'zabbix', 'nagios', 'tomcat', 'hadoop', 'kafka', 'zookeeper', 'rabbitmq',
  'people', 'users', 'services', 'groups', 'cron', 'postmaster', 'mailer-daemon',
  // Windows built-in principals and z/OS's default user id.
  'system', 'guest', 'krbtgt', 'iusr', 'defaultaccount', 'wdagutilityaccount', 'ibmuser',
  // Database roles and the analytics tools that connect as themselves.
  'sa', 'readonly', 'readwrite', 'reporting', 'replication', 'replicator', 'monitoring', 'metrics', 'looker', 'metabase',
  'tableau', 'superset', 'airflow', 'dbt', 'fivetran', 'exporter', 'dbadmin', 'dbo',
  // Shared accounts of a business function, like the role mailboxes of RFC 2142 (`billing@`,
  // `support@`): the workload or desk that signs in, many people or none behind it.
  'billing', 'payments', 'payment', 'invoicing', 'invoices', 'orders', 'checkout', 'finance', 'accounting',
  'accounts', 'payroll', 'treasury', 'procurement', 'purchasing', 'sales', 'marketing', 'support', 'helpdesk',
  'servicedesk', 'shipping', 'fulfillment', 'fulfilment', 'warehouse', 'inventory', 'logistics', 'catalog',
  'catalogue', 'pricing', 'ledger', 'notifications', 'notify', 'messaging', 'search', 'audit', 'compliance',
  'security', 'webhooks', 'exports', 'imports', 'uploads', 'storage', 'scheduling', 'subscriptions',
]);

/** Spans `[start, end)` of account names of people in authentication logs, in text order; undefined when none. */
export function accountSpans(text: string): Array<readonly [number, number]> | undefined {
  let spans: Array<readonly [number, number]> | undefined;
  let groups = 0;
  for (const { gate, pattern } of GROUPS) {
    if (!gate.test(text)) continue;
    groups++;
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) {
      let g = 1;
      while (g < m.length && m[g] === undefined) g++;
      const user = m[g];
      // `WKS-0417$`: an Active Directory computer account.
      if (user === undefined || user.endsWith('$')) continue;
      // A name may end a sentence: `… for jdoe.` keeps its full stop.
      const name = user.replace(/[\s.@$-]+$/, '');
      // An address as the login (`USER ann@example.com`) is left to the e-mail detector, which names its type.
      if (name.length === 0 || name.includes('@') || isSystemAccount(name) || /^(?:\d+|n\/a)$/.test(name) || NOT_A_LOGIN.has(name.toLowerCase())) continue;
      const at = m.indices![g]![0];
      (spans ??= []).push([at, at + name.length]);
      // The next match may start inside this one (`…; USER=jdoe ; COMMAND=` after the caller).
      pattern.lastIndex = Math.max(m.index + 1, at + user.length);
    }
  }
  if (spans === undefined || groups < 2) return spans;
  // Places of several families: in text order, a span overlapping an earlier one dropped.
  spans.sort((a, b) => a[0] - b[0]);
  return spans.filter((span, i) => i === 0 || span[0] >= spans[i - 1]![1]);
}

// Programs that act under a user field: controllers and bots (`argocd-image-updater`,
// `github-actions[bot]`, `system:serviceaccount:ci:deployer`, `kube-controller-manager`).
// The program word ends the name (a number may follow) and follows another word: `agent-smith` and a
// lone `manager` are left to the person rules.
const PROGRAM_ACCOUNT = /\[bot\]$|^system:|^(?:[a-z0-9]+[-_.])+(?:updater|controller|operator|manager|agent|runner|exporter|scheduler|deployer|webhook|bot|daemon|svc|sa)(?:[-_.]\d+)?$/;

// Words that make an account a program's or a role's, not a person's: service prefixes first
// (`svc-reports`, `etl_loader`), role suffixes last (`crm_app`, `ledger_rw`). A role word in the
// other place is a person's handle (`agent-smith`), and so is a person's admin account (`jdoe-admin`).
const MACHINE_FIRST = new Set([
  'svc', 'srv', 'service', 'sa', 'bot', 'ci', 'cd', 'etl', 'app', 'api', 'sys', 'system', 'approle', 'serviceaccount', 'db',
  'dba', 'batch', 'cron', 'job', 'robot', 'noreply', 'integration', 'automation', 'replication', 'repl', 'monitoring',
]);
const MACHINE_LAST = new Set([
  'svc', 'srv', 'service', 'sa', 'bot', 'ci', 'cd', 'etl', 'app', 'api', 'rw', 'ro', 'readonly', 'readwrite', 'reader',
  'writer', 'loader', 'exporter', 'importer', 'sync', 'batch', 'cron', 'job', 'jobs', 'worker', 'runner', 'daemon', 'deploy',
  'deployer', 'build', 'builder', 'backup', 'replication', 'replica', 'repl', 'monitor', 'monitoring', 'metrics', 'system',
  'integration', 'automation', 'dba', 'db', 'reporting', 'reports', 'analytics', 'scheduler', 'webhook', 'ingest', 'indexer',
  'crawler', 'scanner', 'proxy', 'gateway', 'healthcheck', 'probe', 'user', 'migrator', 'migrations',
  // The business function or transfer a shared account feeds (`acme_kyc` uploading to a bank's
  // SFTP, `partner-export`, `payouts_sftp`): a workload's login, no person behind it.
  'kyc', 'aml', 'export', 'exports', 'import', 'imports', 'sftp', 'ftp', 'edi', 'feed', 'feeds', 'payouts', 'settlement',
  'settlements', 'recon', 'reconciliation', 'billing', 'payments', 'invoicing', 'uploader', 'upload', 'transfer',
  // Roles of message-queue clients (`billing-consumer`, `audit_subscriber`): a program's connection.
  'consumer', 'consumers', 'producer', 'publisher', 'subscriber', 'listener', 'dispatcher', 'processor', 'poller',
  // Teams and groups: many people, no one in particular.
  'team', 'squad', 'group', 'admins', 'oncall', 'ops', 'sre', 'devs', 'crew', 'staff',
]);
// Windows virtual accounts of the Desktop Window Manager and the font driver host (`DWM-3`, `UMFD-1`).
const VIRTUAL_ACCOUNT = /^(?:dwm|umfd)-\d{1,4}$/;
// Vault: dynamic credentials `v-<auth method>-<role>-<random>-<epoch>` and token display names
// `<auth method>-<role>`. Machine auth methods make a machine's account; `userpass-`, `ldap-`, `oidc-` a person's.
const VAULT_MACHINE = /^(?:v-)?(?:approle|token|kubernetes|k8s|aws|gcp|azure|cert|root)(?:-|$)/;

/** Whether an account name (`User: "node"`, `actor: "argocd-image-updater"`, `user=etl_loader`) is a system's, a program's or a role's. */
export function isSystemAccount(name: string): boolean {
  if (name.length > 64) return false;
  const lower = name.toLowerCase();
  if (SYSTEM_ACCOUNTS.has(lower) || PROGRAM_ACCOUNT.test(lower) || VIRTUAL_ACCOUNT.test(lower) || VAULT_MACHINE.test(lower)) return true;
  if (!/[-_.:]/.test(lower)) return false;
  const words = lower.split(/[-_.:]+/);
  return MACHINE_FIRST.has(words[0]!) || MACHINE_LAST.has(words[words.length - 1]!);
}

// Remote-login tools whose argument `user@host` is an account on a host, not a mailbox.
const LOGIN_COMMAND = /(?:^|[\s;|&(])(?:ssh|scp|sftp|rsync|mosh|ssh-copy-id|autossh)(?=[ \t])[^\n;|&]{0,160}$/;

/**
 * At `start` in `text`, an address `user@host` given to ssh, scp or rsync, or written as an
 * scp-style remote `user@host:path`: the length of its user
 * part when so (the host is infrastructure and stays), else undefined.
 */
export function loginTargetUser(text: string, start: number, address: string): number | undefined {
  const at = address.indexOf('@');
  if (at <= 0) return undefined;
  // Mail from `root@host` or `cron@host` (cron, logwatch): a system account's mailbox names no one.
  if (isServiceMailbox(address)) return at;
  // A Kerberos principal `jdoe@CORP.EXAMPLE.COM`: realms are written in capitals (RFC 4120 §6.1
  // convention), mail domains are not; an address in capitals throughout (`ANN@EXAMPLE.COM`) is
  // mail from a system that upper-cases everything. The realm names the organisation and stays.
  if (/[a-z]/.test(address.slice(0, at)) && KERBEROS_REALM.test(address.slice(at + 1))) return at;
  // `user@host:path` is an scp-style remote (`git@github.com:org/repo.git`), whatever the command.
  const end = start + address.length;
  if (text.charCodeAt(end) === 58 && SCP_PATH_START.test(text.charAt(end + 1))) return at;
  if (!LOGIN_COMMAND.test(text.slice(Math.max(0, start - 160), start))) return undefined;
  return at;
}

const SCP_PATH_START = /^[\w~/.-]$/;

const KERBEROS_REALM = /^[A-Z0-9][A-Z0-9-]*(?:\.[A-Z0-9][A-Z0-9-]*)+$/;

/**
 * Whether the address-shaped text at `start` is the instance of a Kerberos service principal
 * (`HTTP/web-1.corp@CORP`), not a mailbox (node names: `isNodeName` in public-values.ts).
 */
export function isServiceAddress(text: string, start: number, address: string): boolean {
  return text.charCodeAt(start - 1) === 47 && KERBEROS_REALM.test(address.slice(address.indexOf('@') + 1));
}
