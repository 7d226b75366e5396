/**
 * Account names in authentication logs: the login a person uses is personal data as much as their
 * name, and sshd, sudo, PAM and LDAP print it in fixed places.
 *
 * - sshd: `Accepted publickey for jdoe from …`, `Failed password for invalid user jdoe from …`,
 *   `Invalid user jdoe from …`, `Connection closed by authenticating user jdoe …`
 * - sudo: `sudo[42]:     jdoe : TTY=pts/1 ; PWD=… ; USER=root ; COMMAND=…` (both the caller and
 *   the target user)
 * - PAM and su: `session opened for user jdoe(uid=1001)`, `… by jdoe(uid=1000)`, `authentication failure; … user=jdoe`,
 *   `su[42]: (to root) jdoe on pts/0`
 * - LDAP: `uid=jdoe,ou=people,dc=…` (RFC 4514 distinguished names), `(sAMAccountName=jdoe)` filters
 * - `id` output and Linux audit records: `uid=1001(jdoe)`, `acct="jdoe"`
 * - FTP and POP3 transcripts: `USER jdoe`, `331 Password required for jdoe`
 *
 * System accounts (root, daemons, service users) are not people and stay.
 */

const USER = String.raw`[A-Za-z_][\w.@$-]{0,63}`;

const ACCOUNT = new RegExp(
  [
    String.raw`\b(?:Accepted|Failed|Postponed) (?:password|publickey|keyboard-interactive(?:\/pam)?|hostbased|gssapi-with-mic|none) for (?:invalid user )?(${USER}) from `,
    String.raw`\b[Ii]nvalid user (${USER}) from `,
    String.raw`\b(?:[Cc]onnection closed|[Dd]isconnected from|[Rr]eceived disconnect from) (?:by )?(?:invalid |authenticating )?user (${USER}) `,
    String.raw`\bsudo(?:\[\d{1,10}\])?:[ \t]+(${USER})[ \t]+:[ \t]+(?:TTY|PWD|USER|COMMAND)=`,
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
);

/** Cheap test before {@link accountSpans}: one of the fixed words. */
export const ACCOUNT_HINT = /for |[Ii]nvalid user|user |USER[= ]|uid=|ccountName=|userid=|\(to |acct=|331/;

// Accounts of systems and daemons, not of people.
const SYSTEM_ACCOUNTS = new Set([
  'root', 'admin', 'administrator', 'nobody', 'daemon', 'bin', 'sys', 'sync', 'www-data', 'www', 'nginx', 'apache',
  'httpd', 'postgres', 'mysql', 'redis', 'mongodb', 'git', 'gitlab-runner', 'jenkins', 'ubuntu', 'ec2-user', 'centos',
  'debian', 'admin', 'deploy', 'ansible', 'vagrant', 'docker', 'node', 'app', 'runner', 'ci', 'backup', 'operator',
  'ftp', 'mail', 'postfix', 'sshd', 'systemd-network', 'messagebus', 'syslog', 'ntp', 'chrony', 'elasticsearch',
  'kibana', 'grafana', 'prometheus', 'zabbix', 'nagios', 'tomcat', 'hadoop', 'kafka', 'zookeeper', 'rabbitmq',
  'people', 'users', 'services', 'groups',
]);

/** Spans `[start, end)` of account names of people in authentication logs; undefined when none. */
export function accountSpans(text: string): Array<readonly [number, number]> | undefined {
  let spans: Array<readonly [number, number]> | undefined;
  ACCOUNT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ACCOUNT.exec(text)) !== null) {
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    const user = m[g];
    if (user === undefined) continue;
    // A name may end a sentence: `… for jdoe.` keeps its full stop.
    const name = user.replace(/[.@$-]+$/, '');
    // An address as the login (`USER ann@example.com`) is left to the e-mail detector, which names its type.
    if (name.length === 0 || name.includes('@') || SYSTEM_ACCOUNTS.has(name.toLowerCase()) || /^svc[-_.]|^\d+$/.test(name)) continue;
    const at = m.indices![g]![0];
    (spans ??= []).push([at, at + name.length]);
    // The next match may start inside this one (`…; USER=jdoe ; COMMAND=` after the caller).
    ACCOUNT.lastIndex = at + user.length;
  }
  return spans;
}

// Programs that act under a user field: controllers and bots (`argocd-image-updater`,
// `github-actions[bot]`, `system:serviceaccount:ci:deployer`, `kube-controller-manager`).
// The program word ends the name (a number may follow) and follows another word: `agent-smith` and a
// lone `manager` are left to the person rules.
const PROGRAM_ACCOUNT = /\[bot\]$|^system:|^(?:[a-z0-9]+[-_.])+(?:updater|controller|operator|manager|agent|runner|exporter|scheduler|deployer|webhook|bot|daemon|svc|sa)(?:[-_.]\d+)?$/;

/** Whether an account name under a user key (`User: "node"`, `actor: "argocd-image-updater"`) is a system's or a program's. */
export function isSystemAccount(name: string): boolean {
  if (name.length > 64) return false;
  const lower = name.toLowerCase();
  return SYSTEM_ACCOUNTS.has(lower) || PROGRAM_ACCOUNT.test(lower);
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
  // `user@host:path` is an scp-style remote (`git@github.com:org/repo.git`), whatever the command.
  const end = start + address.length;
  if (text.charCodeAt(end) === 58 && SCP_PATH_START.test(text.charAt(end + 1))) return at;
  if (!LOGIN_COMMAND.test(text.slice(Math.max(0, start - 160), start))) return undefined;
  return at;
}

const SCP_PATH_START = /^[\w~/.-]$/;
