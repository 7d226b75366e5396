import { isSystemAccount } from './account-names.js';
import { auTfnValid, caSinValid, inPanShaped, zaIdValid } from './checksums.js';
import type { PersonalDataType } from './options.js';
import { fixedWidthSpans, mayHaveRecordLayout, recordLayoutSpans } from './record-layouts.js';
import { mayHaveSampleRow, sampleRowSpans } from './sample-rows.js';
import { csvRowSpans, fieldValueType, mayBeCsv, personRowSpans } from './csv-rows.js';
import { termFieldSpans } from './term-fields.js';
import { bindParameterSpans, mayHaveBindParameters, mayHaveRowEcho, rowEchoSpans } from './bind-parameters.js';
import { mayHaveTravelDocument, travelDocumentSpans } from './travel-documents.js';
import type { KeyClass } from './key-names.js';
import { isGivenName, NOT_A_SURNAME } from './given-names.js';
import { CONTACT_NAME, CONTACT_NAME_HINT, cuedName, cuedNameWords, ID_HOLDER_NAME, PAYEE_NAME, QUOTED_PAYEE_NAME } from './person-patterns.js';
import { namesBesideContact } from './personal-keys.js';
import { mayHaveOfficeLogins, officeLoginSpans, type LoginSpan } from './office-lines.js';
import { arabicStreetSpans, mayHaveArabicStreet } from './arabic-streets.js';

/**
 * People in log lines whose format, not a key name, says where they stand:
 *
 * - HL7 v2 messages: a segment's fields have fixed meanings (PID-5 is the patient's name, PID-7 the
 *   birth date, PID-11 the address; NK1, GT1 and IN1 hold relatives, guarantors and the insured;
 *   PV1-7..9 and -17 the clinicians). Identifiers of the record (PID-3, PID-18) are the hospital's
 *   and stay.
 * - Logins in access, VPN, RADIUS, database and chat logs: the remote user of the common log format
 *   (`ip - jdoe [10/Oct/2000:…]`), OpenVPN (`for username 'jdoe'`, `jdoe/203.0.113.9:1194`),
 *   FreeRADIUS (`Login incorrect: [jdoe/password]`, whose password goes too), the MySQL general log
 *   (`Connect\tjdoe@host on db`, `for user 'jdoe'@'host'`), Windows `DOMAIN\jdoe`, chat exports
 *   (`#channel <jdoe> text`) and deployment events (`… synced … by jdoe`).
 * - Coordinates in the encodings of GIS and GPS devices: WKT `POINT(lng lat)`, `lat;lng`, NMEA
 *   sentences (`$GPGGA,…,4807.038,N,01131.000,E`), degrees-minutes-seconds and decimal degrees with
 *   hemisphere letters.
 *
 * Each detector is gated by a literal test, so a line without `|`, `@`, `<`, `\`, `$GP`, `°` or the
 * words above runs none of them.
 */

export type LineSpanType = PersonalDataType | 'secret';
// `value`: what the span stands for when the text encodes it (`Jane+Doe` in a form body), so that it
// gets the pseudonym of the plain value.
export type LineSpan = readonly [start: number, end: number, type: LineSpanType, value?: string];

// A login as the logs above print it.
const LOGIN = String.raw`[A-Za-z_][\w.-]{0,63}`;

// Accounts of systems, daemons and bots, not of people.
const NOT_A_PERSON = new Set([
  'root', 'admin', 'administrator', 'nobody', 'daemon', 'www-data', 'nginx', 'apache', 'postgres', 'mysql', 'redis',
  'mongodb', 'git', 'jenkins', 'ubuntu', 'ec2-user', 'deploy', 'ansible', 'docker', 'node', 'app', 'runner', 'ci',
  'system', 'local', 'guest', 'anonymous', 'default', 'service', 'services', 'backup', 'operator', 'monitor', 'healthcheck',
  'template', 'the', 'a', 'an', 'this', 'that', 'name', 'id', 'key', 'value', 'design', 'hand', 'date', 'time', 'user',
  'users', 'team', 'region', 'size', 'type', 'ref', 'reference', 'policy', 'cron', 'schedule', 'scheduler', 'webhook',
  'automation', 'pipeline', 'workflow', 'manual', 'timer', 'trigger', 'api', 'cli', 'controller', 'operator', 'hpa',
  'autoscaler', 'github', 'gitlab', 'argocd', 'flux', 'helm', 'terraform', 'dependabot', 'renovate', 'unknown', 'none',
  'prometheus', 'grafana', 'elasticsearch', 'kibana', 'zabbix', 'nagios', 'tomcat', 'kafka', 'zookeeper', 'rabbitmq',
  'sshd', 'postfix', 'syslog', 'ntp', 'chrony', 'www', 'httpd', 'ftp', 'mail', 'nologin', 'gitlab-runner', 'vagrant',
  'postmaster', 'hostmaster', 'webmaster', 'abuse', 'noreply', 'no-reply', 'mailer-daemon', 'dovecot', 'vmail',
  'null', 'undefined', 'us', 'them', 'me', 'you', 'him', 'her', 'itself', 'config', 'request', 'rule',
  // Registry logins whose password is a token: ECR, GCR/Artifact Registry, GitHub apps, IBM Cloud.
  'aws', 'oauth2accesstoken', '_json_key', '_json_key_base64', '_token', 'x-access-token', 'iamapikey', 'token',
]);

function aPerson(login: string): boolean {
  const l = login.toLowerCase();
  return !NOT_A_PERSON.has(l) && !/(?:^svc[-_.]|bot$|\[bot\]|-updater$|-operator$|-controller$|^system:|^\d+$)/.test(l);
}

// --- HL7 v2 -------------------------------------------------------------------------------------

// Per segment, the 1-based field numbers that hold a person's data and their type.
const HL7_FIELDS: Readonly<Record<string, ReadonlyMap<number, PersonalDataType>>> = {
  PID: new Map<number, PersonalDataType>([[5, 'name'], [6, 'name'], [7, 'dob'], [9, 'name'], [11, 'address'], [13, 'phone'], [14, 'phone'], [19, 'ssn'], [20, 'id']]),
  NK1: new Map<number, PersonalDataType>([[2, 'name'], [4, 'address'], [5, 'phone'], [6, 'phone'], [16, 'dob'], [30, 'name'], [31, 'phone'], [32, 'address'], [37, 'ssn']]),
  GT1: new Map<number, PersonalDataType>([[3, 'name'], [4, 'name'], [5, 'address'], [6, 'phone'], [7, 'phone'], [8, 'dob'], [12, 'ssn']]),
  IN1: new Map<number, PersonalDataType>([[16, 'name'], [18, 'dob'], [19, 'address']]),
  PV1: new Map<number, PersonalDataType>([[7, 'name'], [8, 'name'], [9, 'name'], [17, 'name']]),
};
// Segments end in a carriage return, also written escaped (`\r`) when a message is logged inside a string.
const HL7_SEGMENT = /(?:^|[\r\n]|\\[rn])(PID|NK1|GT1|IN1|PV1)\|/g;
const HL7_HINT = /(?:PID|NK1|GT1|IN1|PV1)\|/;

function hl7Spans(text: string, spans: LineSpan[]): void {
  HL7_SEGMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HL7_SEGMENT.exec(text)) !== null) {
    const fields = HL7_FIELDS[m[1]!]!;
    let at = m.index + m[0].length;
    let field = 1;
    while (at <= text.length && field <= 40) {
      let end = at;
      while (end < text.length && text[end] !== '|' && text[end] !== '\r' && text[end] !== '\n' && !(text[end] === '\\' && (text[end + 1] === 'r' || text[end + 1] === 'n'))) end++;
      const type = fields.get(field);
      // `""` is HL7's explicit null.
      if (type !== undefined && end > at && text.slice(at, end) !== '""' && /[^^~&]/.test(text.slice(at, end))) spans.push([at, end, type]);
      if (end >= text.length || text[end] !== '|') break;
      at = end + 1;
      field++;
    }
    HL7_SEGMENT.lastIndex = at;
  }
}

// --- dates of birth in validation errors and travel documents -------------------------------------

// Spring and Bean Validation echo the rejected input: `field 'birthDate' rejected value [1968-04-21]`,
// `on field 'dateOfBirth': rejected value [13.03.1957]`.
const REJECTED_DOB = /\bfield '(?:[A-Za-z]{0,40}\.)?(?:[Dd]ate_?[Oo]f_?[Bb]irth|[Bb]irth_?[Dd]ate|[Bb]irthday|[Dd]ob|DOB|[Gg]eburtsdatum)':? rejected value \[([^\]\n]{1,40})\]/dg;

// An airline SSR DOCS element: `HK1/P/FRA/[passport/FRA/]11 Sep 1985/M/…` (`HK1 P/…` in a PNR display); the first date after the
// document fields is the passenger's birth date (a later one is the passport's expiry).
const SSR_DOCS = /\bSSR DOCS\b[^\n]{0,24}?[ /][A-Z]{1,2}\/[A-Z]{3}\/(?:[A-Z0-9]{5,20}\/[A-Z]{3}\/)?(\d{1,2} ?[A-Za-z]{3} ?\d{2,4})\/[MFXU]I?\b/dg;

function dobLineSpans(text: string, spans: LineSpan[]): void {
  for (const re of [REJECTED_DOB, SSR_DOCS]) {
    if (re === REJECTED_DOB ? !text.includes('rejected value [') : !text.includes('SSR DOCS')) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const [at, end] = m.indices![1]!;
      spans.push([at, end, 'dob']);
    }
  }
}

// --- logins -------------------------------------------------------------------------------------

const LOGIN_LINE = new RegExp(
  [
    // OpenVPN
    String.raw`\bfor username '(${LOGIN})'`,
    String.raw`\bprimary virtual IP for (${LOGIN})\/`,
    String.raw`(?:^|[\s\]])(${LOGIN})\/(?:\d{1,3}\.){3}\d{1,3}:\d{1,5}\b`,
    // MySQL: general log connects and access errors.
    String.raw`\d[ \t]Connect\t(${LOGIN})@`,
    String.raw`\bfor user '(${LOGIN})'@'`,
    // Common and combined log format: host, ident, authenticated user, [date].
    String.raw`(?:^|\n)[^\s"]{1,64} [^\s"]{1,64} (${LOGIN}) \[\d{1,2}\/[A-Z][a-z]{2}\/\d{4}:`,
    // Windows: NetBIOS domain and account (`CORP\jdoe`); a registry or file path goes on with another `\`.
    String.raw`(?<![\w\\])[A-Z][A-Z0-9-]{1,14}\\{1,2}(${LOGIN})(?=[\s,;)"']|$)`,
    // Chat exports and IRC logs: `#channel <nick> text`, `[time] <nick> text`, `<nick> text` at a line start.
    String.raw`(?:^|\n|\] |#[\w-]{1,80} )<(${LOGIN})> `,
    // Dovecot and Postfix: `Login: user=<jdoe>`, `sasl_username=jdoe`.
    String.raw`\buser=<(${LOGIN})>`,
    String.raw`\bsasl_username=(${LOGIN})(?=[\s,]|$)`,
    // nginx and Apache basic auth: `user "jdoe" was not found in …`, `AH01617: user jdoe: authentication failure`.
    String.raw`\buser "(${LOGIN})"(?: was not found|: password mismatch)`,
    String.raw`\bAH0\d{4}: user (${LOGIN}):? (?:authentication failure|not found)`,
    // vsftpd: `[pid 3] [jdoe] OK LOGIN`.
    String.raw`\] \[(${LOGIN})\] (?:OK|FAIL) LOGIN`,
    // Windows security events as text: `Account Name:\t\tjdoe` (machine accounts end in `$` and stay).
    String.raw`\bAccount Name:[ \t]+(${LOGIN})(?=[ \t]*(?:\r?\n|$))`,
    // OpenVPN once the TLS handshake names the peer: `[jdoe] Peer Connection Initiated`.
    String.raw`\[(${LOGIN})\] Peer Connection Initiated`,
    // Cisco ASA: `AAA user authentication Successful : server = … : user = jdoe`, `Group <G> User <jdoe> IP <…>`.
    String.raw`\bAAA user [a-z]{4,16} [A-Za-z]{4,16} :[^\n]{0,120}? user = (${LOGIN})(?=\s|$)`,
    String.raw`\bGroup <[^<>\n]{1,64}> User <(${LOGIN})>`,
    // LDAP search filters: `(memberUid=jdoe)`, `(uid=jdoe)`, `(sAMAccountName=jdoe)`.
    String.raw`\((?:memberUid|uid|sAMAccountName)=(${LOGIN})\)`,
    // PostgreSQL: `password authentication failed for user "jdoe"`.
    String.raw`\bauthentication failed for user "(${LOGIN})"`,
    // AMQP brokers: `PLAIN login refused: user 'jdoe' - invalid credentials`.
    String.raw`\blogin refused: user '(${LOGIN})'`,
    // The subject cron gives the mail of a job's output: `Cron <jdoe@host> command`.
    String.raw`\bCron <(${LOGIN})@[\w.-]{1,253}> `,
    // cron: `crontab[812]: (jdoe) REPLACE (jdoe)`, `CRON[77]: (jdoe) CMD (…)`.
    String.raw`\b(?:crontab|CRON)(?:\[\d{1,10}\])?: \((${LOGIN})\)(?= [A-Z])`,
    String.raw`(?<=(?:crontab|CRON)(?:\[\d{1,10}\])?: \([^()\s]{1,64}\)) (?:REPLACE|LIST|DELETE|BEGIN EDIT|END EDIT|RELOAD) \((${LOGIN})\)`,
    // FTP control transcripts: `USER jdoe` answered by `331`.
    String.raw`\bUSER (${LOGIN})[ \t/|>-]{1,8}331\b`,
    // Ansible user-management loops: `(item={'name': 'jdoe', 'shell': …})`.
    String.raw`\(item=\{'name': '(${LOGIN})', '(?:shell|groups|uid|home|comment|password|ssh_key)'`,
    // Second-factor recovery codes issued for an account.
    String.raw`\brecovery codes (?:issued|generated|regenerated|viewed|used) for (${LOGIN})(?=[:\s]|$)`,
  ].join('|'),
  'dg',
);
const LOGIN_HINT = /Cron <|Peer Connection|AAA user|> User <|Uid=|uid=|sAMAccountName=|failed for user "|login refused|crontab|CRON|331|item=\{'name'|recovery codes|user=<|sasl_username=|user "|AH0\d{4}: user|(?:OK|FAIL) LOGIN|Account Name:|username '|virtual IP|\w\/\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}:\d|Connect\t|for user '|\/[A-Z][a-z]{2}\/\d{4}:|[A-Z]\\|<[A-Za-z_]/;

// FreeRADIUS: `Login incorrect: [jdoe/secret] (from client …)`, `Login OK: [jdoe] (from client …)`.
// The password may already read `[REDACTED]` (the context pass removes it first).
const RADIUS = /\bLogin (?:incorrect|OK)(?: \([^)\n]{0,80}\))?: \[([^\]/\n]{1,64})(?:\/(\[REDACTED\]|[^\]\n]{0,128}))?\] \(from client/g;

// Built-in principals (`NT AUTHORITY\SYSTEM`, `BUILTIN\Administrators`, `IIS APPPOOL\…`,
// `NT SERVICE\…`) and registry roots (`HKCU\…`) are no people's accounts.
const NOT_A_DOMAIN = /(?:AUTHORITY|APPPOOL|BUILTIN|SERVICE|HKLM|HKCU|HKCR|HKU|HKCC|HKEY_[A-Z_]+|WINDOWS|SYSTEM32)\\{1,2}$/;

// HTML and XML elements are no chat nicks.
const MARKUP_TAGS = new Set([
  'a', 'b', 'i', 'p', 'br', 'hr', 'div', 'span', 'html', 'head', 'body', 'title', 'script', 'style', 'table', 'tr', 'td',
  'th', 'ul', 'ol', 'li', 'em', 'strong', 'pre', 'code', 'img', 'form', 'input', 'xml', 'root', 'item', 'entry',
  'value', 'key', 'string', 'dict', 'array', 'none', 'null', 'empty', 'redacted', 'missing', 'unknown', 'anonymous',
]);

// Deployment and CI events: `… by jdoe in 60s`, `triggered by jdoe`.
const DEPLOY_HINT = /\b(?:push|deploy(?:ed|ment|ing)?|sync(?:ed)?|release[ds]?|rollout|rolled|promoted|merged|approved|triggered|pushed|rollback|restarted|published)\b/i;
const DEPLOY_BY = new RegExp(String.raw`\bby (${LOGIN})(?= in \d| to refs\/| \(|[,;.]?(?:\s|$))`, 'g');

function loginSpans(text: string, spans: LineSpan[]): void {
  const literal = text.includes("'") || text.includes('331') || text.includes('(') || text.includes('<') || text.includes('\\') || text.includes('\t') || text.includes('[') || text.includes('user') || text.includes('Account Name') || (text.includes(':') && text.includes('/'));
  if (literal && LOGIN_HINT.test(text)) {
    LOGIN_LINE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LOGIN_LINE.exec(text)) !== null) {
      let g = 1;
      while (g < m.length && m[g] === undefined) g++;
      const login = m[g];
      if (login === undefined) continue;
      const name = login.replace(/[.-]+$/, '');
      if (g === 8 && MARKUP_TAGS.has(name.toLowerCase())) continue;
      if (g === 7 && NOT_A_DOMAIN.test(text.slice(Math.max(0, m.index), m.indices![g]![0]))) continue;
      // `password authentication failed for user "ledger_jobs"`: a role named by its function is a
      // program's login, as everywhere else (account-names.ts).
      if (name.length === 0 || !aPerson(name) || name === '-' || isSystemAccount(name)) continue;
      const at = m.indices![g]![0];
      spans.push([at, at + name.length, 'name']);
      if (m[0].endsWith(' ')) LOGIN_LINE.lastIndex = m.index + m[0].length - 1;
    }
  }
  if (text.includes('Login ')) {
    RADIUS.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RADIUS.exec(text)) !== null) {
      const user = m[1]!;
      const at = m.index + m[0].indexOf('[') + 1;
      if (aPerson(user)) spans.push([at, at + user.length, 'name']);
      // `<via Auth-Type = EAP>` and `<no User-Password attribute>` describe the attempt, not the password.
      if (m[2] !== undefined && m[2].length > 0 && !m[2].startsWith('<')) spans.push([at + user.length + 1, at + user.length + 1 + m[2].length, 'secret']);
    }
  }
  if (text.includes('by ') && DEPLOY_HINT.test(text)) {
    DEPLOY_BY.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DEPLOY_BY.exec(text)) !== null) {
      const login = m[1]!.replace(/[.-]+$/, '');
      // A login has no capitals in the middle of a sentence (`by Jenkins`, `by Default`) and is not a word of prose.
      if (!/^[a-z][a-z0-9._-]*$/.test(login) || !aPerson(login) || text.slice(m.index + m[0].length, m.index + m[0].length + 5) === '[bot') continue;
      spans.push([m.index + 3, m.index + 3 + login.length, 'name']);
    }
  }
}

// Account-management and client commands name a login in a fixed place: `htpasswd [-bc] file
// login`, `useradd [options] login`, `smbpasswd -a login`, `mysql -u login`, `psql -U login`,
// `net user login /domain`.
// Options that take a value are skipped with it. Broker users (RabbitMQ's) are mostly services and stay.
const FLAG = String.raw`(?:-{1,2}[A-Za-z][\w-]{0,30}(?:=\S{1,200})?[ \t]+)`;
const FLAG_WITH_VALUE = String.raw`(?:-[A-Za-z]{1,4}(?:[ \t]+|(?=\S))(?!-)\S{1,200}[ \t]+|--(?:home|shell|groups|gid|uid|comment|expiredate|inactive|password|skel|base-dir)[ \t=]\S{1,200}[ \t]+)`;
const CLI_LOGIN = new RegExp(
  [
    String.raw`\bhtpasswd[ \t]+(?:-[a-zA-Z]{1,6}[ \t]+)*\S{1,256}[ \t]+(${LOGIN})(?=\s|$)`,
    String.raw`\b(?:useradd|adduser|usermod|userdel|deluser|chage|smbpasswd)[ \t]+(?:${FLAG_WITH_VALUE}|${FLAG}){0,12}(${LOGIN})(?=[ \t]*(?:$|[\r\n;&|)]))`,
    String.raw`\b(?:mysql|mysqldump|mysqladmin|mariadb)\b[^\n|;&]{0,200}?(?:[ \t]-u[ \t]?|--user=)(${LOGIN})(?=\s|$)`,
    String.raw`\b(?:psql|pg_dump|pg_restore|createdb|dropdb)\b[^\n|;&]{0,200}?(?:[ \t]-U[ \t]?|--username=)(${LOGIN})(?=\s|$)`,
    // Container registry logins: `docker login -u jdoe -p … registry`, `helm registry login --username jdoe`.
    String.raw`\b(?:docker|podman|buildah|nerdctl|skopeo|oras|helm registry) login\b[^\n|;&]{0,200}?(?:[ \t]-u[ \t]?|--username[ =])(${LOGIN})(?=\s|$)`,
    // Windows `net user jdoe /domain`, `net user jdoe * /add`: the account comes first, the switches after it.
    String.raw`\bnet[ \t]+user[ \t]+(${LOGIN})(?=[ \t]+(?:\/|\*)|[ \t]*$)`,
  ].join('|'),
  'dg',
);
const CLI_HINT = / login |net user|htpasswd|user(?:add|mod|del)|adduser|deluser|chage|smbpasswd|mysql|mariadb|psql|pg_dump|pg_restore|createdb|dropdb/;

function cliLoginSpans(text: string, spans: LineSpan[]): void {
  CLI_LOGIN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLI_LOGIN.exec(text)) !== null) {
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    const login = m[g];
    if (login === undefined || !aPerson(login)) continue;
    const at = m.indices![g]![0];
    spans.push([at, at + login.length, 'name']);
  }
}

// --- coordinates --------------------------------------------------------------------------------

const DEC = String.raw`-?\d{1,3}\.\d{3,8}`;
const GEO = new RegExp(
  [
    // WKT, optionally with an SRID or a Z/M dimension: POINT(lng lat).
    String.raw`\bPOINT ?(?:Z |M |ZM )?\((${DEC}) (${DEC})(?: -?\d{1,6}(?:\.\d{1,6})?)?\)`,
    // lat;lng, alone or (telemetry payloads) followed by more `;` fields: see geoSpans.
    String.raw`(?<![\w.;-])(-?\d{1,2}\.\d{4,8});(-?\d{1,3}\.\d{4,8})(?![\w.]|;-?\.?\d+\.\d+\.)`,
    // NMEA 0183: ddmm.mmmm,N,dddmm.mmmm,E
    String.raw`,(\d{4}\.\d{1,6}),[NS],(\d{5}\.\d{1,6}),[EW](?=,|\*|$)`,
    // Degrees, minutes, seconds with a hemisphere: 48°51'24.3"N
    String.raw`(?<![\d.])(\d{1,3}°[ ]?\d{1,2}['′][ ]?(?:\d{1,2}(?:\.\d{1,4})?(?:"|″|''))?[ ]?[NSEW])(?![A-Za-z])`,
    // Decimal degrees with a hemisphere letter: 40.7128 N, 74.0060 W
    String.raw`(?<![\w.])(\d{1,2}\.\d{3,8}) ?°? ?[NS],? (\d{1,3}\.\d{3,8}) ?°? ?[EW](?![A-Za-z])`,
    // ISO 6709 strings: signed latitude and longitude run together, an optional height and CRS, and `/`.
    String.raw`(?<![\w.+-])([+-]\d{1,2}\.\d{2,8})([+-]\d{1,3}\.\d{2,8})(?:[+-]\d{1,6}(?:\.\d{1,4})?)?(?:CRS[A-Za-z0-9_]{1,20})?\/`,
  ].join('|'),
  'g',
);
const PLACE_CONTEXT = /(?<![A-Za-z])(?:gps|gnss|geo|location|loc|position|pos|coords?|coordinates|latlng|latlon|lat|lng|lon)(?![A-Za-z])/i;
const GEO_HINT = /POINT|\d;-?\d|\$G[PNLA]|°|\d ?[NS],? \d/;
const ISO6709_HINT = /\d[+-]\d{1,3}\.\d{2,8}(?:[+-][\d.]{1,11})?(?:CRS\w{1,20})?\//;

function geoSpans(text: string, spans: LineSpan[]): void {
  GEO.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GEO.exec(text)) !== null) {
    if (m[1] !== undefined) {
      // WKT puts longitude first.
      if (inRange(Number(m[2]), Number(m[1]))) pushGroups(m, [1, 2], spans);
    } else if (m[3] !== undefined) {
      // More `;` fields after the pair (`52.52;13.40;speed=42`, `…;31.5`) are a device's payload only
      // where the line names a place (an MQTT topic `…/gps`, a `location` field); elsewhere such runs
      // are metrics.
      const more = text.charCodeAt(m.index + m[0].length) === 59;
      if (inRange(Number(m[3]), Number(m[4])) && (!more || PLACE_CONTEXT.test(text))) pushGroups(m, [3, 4], spans);
    } else if (m[5] !== undefined) {
      // NMEA only inside a sentence of a GNSS talker.
      const line = text.lastIndexOf('$', m.index);
      if (line >= 0 && /^\$G[PNLAB][A-Z]{3},/.test(text.slice(line, line + 7)) && !text.slice(line, m.index).includes('\n')) pushGroups(m, [5, 6], spans);
    } else if (m[7] !== undefined) {
      pushGroups(m, [7], spans);
    } else if (m[8] !== undefined) {
      if (inRange(Number(m[8]), Number(m[9]))) pushGroups(m, [8, 9], spans);
    } else if (m[10] !== undefined && inRange(Number(m[10]), Number(m[11]))) {
      pushGroups(m, [10, 11], spans);
    }
  }
}

function inRange(lat: number, lng: number): boolean {
  return Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
}

function pushGroups(m: RegExpExecArray, groups: readonly number[], spans: LineSpan[]): void {
  let from = 0;
  for (const g of groups) {
    const v = m[g]!;
    const rel = m[0].indexOf(v, from);
    spans.push([m.index + rel, m.index + rel + v.length, 'address']);
    from = rel + v.length;
  }
}

// --- call detail records, block addresses, dated people, bare ids --------------------------------

// A CDR names the call's type in a field of its own; its other all-digit fields are the parties.
const CDR_TYPE = /\|(?:MOC|MTC|SMS-?MO|SMS-?MT|MO-?SMS|MT-?SMS|CFW|FWD|VOICE|ROAM)\|/;
const CDR_NUMBER = /(?<=\|)\+?\d{7,15}(?=\||$)/g;

function cdrSpans(text: string, spans: LineSpan[]): void {
  CDR_NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CDR_NUMBER.exec(text)) !== null) spans.push([m.index, m.index + m[0].length, 'phone']);
}

// Japanese addresses in Latin letters: chōme-banchi-gō, the district, optionally the postcode,
// ward or city and prefecture (`3-21-12 Shibuya`, `5-9-19 Shibuya, 867-6866 Shibuya-ku, Tokyo`).
const JP_BLOCK = /(?<![\w-])\d{1,2}-\d{1,2}-\d{1,3} (?:[A-Z][a-z]{2,20}-)?[A-Z][a-z]{2,20}(?![\w-])(?:,? \d{3}-\d{4})?(?:,? [A-Z][a-z]{2,20}-(?:ku|shi|cho|machi|gun))?(?:, (?:Tokyo|Osaka|Kyoto|Hokkaido|[A-Z][a-z]{2,12}-(?:to|fu|ken)))?/g;
// District names are capitalised words; words that follow a range of numbers in prose are not.
const NOT_A_DISTRICT = new Set(['Intro', 'Release', 'Build', 'Version', 'Update', 'Page', 'Pages', 'Step', 'Steps', 'Items', 'Rows', 'Days', 'Hours', 'Minutes']);

function blockAddressSpans(text: string, spans: LineSpan[]): void {
  JP_BLOCK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = JP_BLOCK.exec(text)) !== null) {
    const district = m[0].slice(m[0].indexOf(' ') + 1).split(/[ ,]/)[0]!;
    if (NOT_A_DISTRICT.has(district)) continue;
    spans.push([m.index, m.index + m[0].length, 'address']);
  }
}

// `Göran Söderberg (19 March 1999)`: a person's name with a birth date in parentheses.
// Latin Extended-A holds the letters of Central European and Turkish names (Petrović, Zieliński,
// Dvořák, Şahin); its capitals and small letters alternate, so both classes take the whole block.
const UP = 'A-ZÀ-ÖØ-Þ\u0100-\u017F';
const LO = 'a-zß-öø-ÿ\u0100-\u017F';
const DATED_PERSON = new RegExp(
  String.raw`(?<![\w${UP}${LO}])([${UP}][${LO}]{1,20}(?:[ -][${UP}][${LO}'’]{1,20}){1,3}) \((\d{4}-\d{2}-\d{2}|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})\)`,
  'g',
);
// Words that name things dated in parentheses (releases, products), not people.
const NOT_A_PERSON_WORD = /\b(?:Release|Candidate|Server|Windows|Version|Edition|Update|Notes|Build|Policy|Report|Invoice|Order|Plan|Service|Office|Studio|Pro|Enterprise|Inc|Ltd|Llc|Corp|Company|Group|Bank|Gmbh|Holdings)\b/;

const DATED_HINT = /[a-zß-ÿ\u0100-\u017F] \((?:\d{4}-|\d{1,2}[ ./])/;

// `Gaëtan Roux, né(e) le …`, `Marta Nowak, urodzona …`: the name of the person whose birth a word
// announces right after it (the date itself is the text scanner's).
const BORN_AFTER = new RegExp(
  String.raw`(?<![\w${UP}${LO}])([${UP}][${LO}'’]{1,20}(?:[ -](?:(?:van|von|de|der|da|di|del|della|dos|du|le|la)[ ])?[${UP}][${LO}'’]{1,20}){1,3}),[ \t](?:born|b\.|n[ée](?:e|\(e\))?(?: le)?|nat[oa](?: il)?|nacid[oa]|nascid[oa]|geboren|geb\.|narozen[aáý]?|narodený|narodená|urodzon[ya]|född|født|született|n[ăa]scut[ăa]?|rođen[a]?|syntynyt|doğum)(?![\w${LO}])`,
  'g',
);
const BORN_HINT = /, (?:born|b\.|n[ée]|nat[oa]|nac|nasc|geb|naro|urodz|född|født|szület|n[ăa]sc|rođ|synt|doğ)/;

function bornPersonSpans(text: string, spans: LineSpan[]): void {
  BORN_AFTER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BORN_AFTER.exec(text)) !== null) {
    if (!NOT_A_PERSON_WORD.test(m[1]!)) spans.push([m.index, m.index + m[1]!.length, 'name']);
  }
}

function datedPersonSpans(text: string, spans: LineSpan[]): void {
  DATED_PERSON.lastIndex = 0;
  let m: RegExpExecArray | null;
  const latest = new Date().getUTCFullYear() - 10;
  while ((m = DATED_PERSON.exec(text)) !== null) {
    const name = m[1]!;
    const year = Number(/\d{4}/.exec(m[2]!)![0]);
    if (year < 1900 || year > latest || NOT_A_PERSON_WORD.test(name)) continue;
    spans.push([m.index, m.index + name.length, 'name']);
    const at = m.index + m[0].length - 1 - m[2]!.length;
    spans.push([at, at + m[2]!.length, 'dob']);
  }
}

// A bare "ID" before a number that passes a national identifier's check: ZA id (13 digits, date and
// Luhn), CA SIN and AU TFN as printed in groups of three, IN PAN. An order or job id passes none.
const BARE_ID = /\bID:? (\d{13}|\d{3}[ -]\d{3}[ -]\d{3}|[A-Z]{5}\d{4}[A-Z])(?![\w-])/g;

function bareIdSpans(text: string, spans: LineSpan[]): void {
  BARE_ID.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BARE_ID.exec(text)) !== null) {
    const v = m[1]!;
    const ok = v.length === 13 ? zaIdValid(v) : v.length === 10 ? inPanShaped(v) : caSinValid(v) || auTfnValid(v);
    if (ok) spans.push([m.index + m[0].length - v.length, m.index + m[0].length, 'ssn']);
  }
}

/** The person to get in touch with, between the verb and their number or address (see person-patterns.ts). */
function contactNameSpans(text: string, spans: LineSpan[]): void {
  for (const m of text.matchAll(CONTACT_NAME)) {
    const name = m[1]!;
    if (!cuedName(name, 'cue') || !cuedNameWords(name)) continue;
    const at = m.index + m[0].indexOf(name);
    spans.push([at, at + name.length, 'name']);
  }
}

/** The payee before an IBAN, the holder after an identity number (see person-patterns.ts). */
function namedBesideSpans(pattern: RegExp, text: string, spans: LineSpan[]): void {
  for (const m of text.matchAll(pattern)) {
    const name = m[1]!;
    if (!cuedName(name, 'cue') || !cuedNameWords(name)) continue;
    const at = pattern === PAYEE_NAME || pattern === QUOTED_PAYEE_NAME ? m.index + m[0].indexOf(name) : m.index + m[0].length - name.length;
    spans.push([at, at + name.length, 'name']);
  }
}

// Database conversion errors echo the value that failed to convert: Snowflake's `Numeric value
// '…' is not recognized` and `Date '…' is not recognized`, PostgreSQL's `invalid input syntax for
// type integer: "…"`, MySQL's `Incorrect integer value: '…' for column`, BigQuery's `Bad int64
// value: …`. A pipeline that shifted a column puts a customer's name there; codes, words and
// numbers (`'N/A'`, `'abc'`, `'SKU-4471'`) stay.
const CONVERSION_ECHO = /\b(?:(?:Numeric|Boolean|Decimal|Integer|Timestamp|Time|Date)(?: value)? '([^'\n]{2,120})' is not recognized|invalid input syntax for (?:type )?[\w ]{1,40}: "([^"\n]{2,120})"|Incorrect \w{1,20} value: '([^'\n]{2,120})' for column|Bad (?:int64|float64|double|numeric|bignumeric|bool|date|datetime|timestamp|time) value: ([^\n;,'"]{2,120}))/g;
const ROMANISED_GIVEN = /^[A-Z][a-z]{1,5}-[a-z]{1,5}$/;
const LATIN_ECHOED_NAME = /^(?:[A-Z\u00C0-\u00DE\u0100-\u017F][\p{Ll}'’-]{1,30} ){1,3}(?:(?:van|von|de|der|den|da|di|du|del|dos|das|le|la|ten|ter) )*[A-Z\u00C0-\u00DE\u0100-\u017F][\p{Ll}'’-]{1,30}$/u;
const NON_LATIN_ECHOED_NAME = /^(?![^]*[A-Za-z\d])[\p{L}\p{M}]{2,24}(?:[ \u00B7\u30FB][\p{L}\p{M}]{1,24}){0,3}$/u;

function echoedName(value: string): boolean {
  if (NON_LATIN_ECHOED_NAME.test(value)) return true;
  if (!LATIN_ECHOED_NAME.test(value)) return false;
  const words = value.split(' ');
  const first = words[0]!;
  return (isGivenName(first) || ROMANISED_GIVEN.test(first)) && !NOT_A_SURNAME.has(words[words.length - 1]!);
}

function conversionEchoSpans(text: string, spans: LineSpan[]): void {
  for (const m of text.matchAll(CONVERSION_ECHO)) {
    const value = (m[1] ?? m[2] ?? m[3] ?? m[4]!).trimEnd();
    if (!echoedName(value)) continue;
    const at = m.index + m[0].indexOf(value, m[0].indexOf(m[1] !== undefined ? "'" : m[2] !== undefined ? '"' : m[3] !== undefined ? "'" : ': '));
    spans.push([at, at + value.length, 'name']);
  }
}

// Active Directory's user cmdlets (`New-ADUser -Name "Jane Doe" -GivenName Jane -Surname Doe
// -SamAccountName jdoe`): their name parameters are the person's name and login. Groups, OUs and
// computers have cmdlets of their own, so their names stay. The account cmdlets (`Get-ADUser`,
// `Set-ADAccountPassword`, `Unlock-ADAccount`, …) take the account by `-Identity` or as their first
// argument; a group's membership cmdlets take the people by `-Members`. A SID, a GUID or a
// distinguished name identifies an object, not a person, and stays.
const AD_USER_COMMAND = /\b(?:New|Set|Get|Remove|Enable|Disable|Unlock|Clear|Search)-AD(?:User|Account(?:Password|Expiration|Control|AuthenticationPolicySilo)?)\b[^\n]{0,2000}/gi;
const AD_NAME_PARAM = /(?<=\s)-(?:Name|DisplayName|GivenName|Surname|Initials|OtherName|SamAccountName|UserPrincipalName)\s+(?:"([^"\n$]{1,128})"|'([^'\n]{1,128})'|([^\s"'$-][^\s"']{0,127}))/gi;
const AD_VALUE = String.raw`(?:"([^"\n$]{1,128})"|'([^'\n]{1,128})'|([^\s"'$-][^\s"'|;]{0,127}))`;
const AD_IDENTITY = new RegExp(String.raw`^-AD\w{1,40}[ \t]+${AD_VALUE}|(?<=\s)-Identity[ \t]+${AD_VALUE}`, 'gi');
const AD_MEMBERS = /\b(?:Add|Remove)-ADGroupMember\b[^\n]{0,400}?[ \t]-Members[ \t]+((?:"[^"\n$]{1,128}"|'[^'\n]{1,128}'|[^\s"'$,-][^\s"',]{0,127})(?:[ \t]*,[ \t]*(?:"[^"\n$]{1,128}"|'[^'\n]{1,128}'|[^\s"'$,-][^\s"',]{0,127})){0,31})/gi;
const AD_OBJECT_ID = /^(?:S-1-[\d-]{3,}|\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?|(?:CN|OU|DC)=.*)$/i;
const AD_ACCOUNT = /^[\p{L}\p{N}._-]{1,64}(?:@[\w.-]{1,200})?$/u;

function pushAdAccount(value: string, at: number, spans: LineSpan[]): void {
  if (AD_OBJECT_ID.test(value) || !AD_ACCOUNT.test(value)) return;
  // `jdoe@corp.example` as a UPN: only the login goes, the domain names the directory.
  const login = value.includes('@') ? value.slice(0, value.indexOf('@')) : value;
  if (aPerson(login) && !/^(?:krbtgt|guest|administrator)$/i.test(login)) spans.push([at, at + login.length, 'name']);
}

function adUserSpans(text: string, spans: LineSpan[]): void {
  for (const command of text.matchAll(AD_USER_COMMAND)) {
    for (const p of command[0].matchAll(AD_NAME_PARAM)) {
      const value = p[1] ?? p[2] ?? p[3]!;
      const at = command.index + p.index + p[0].length - value.length - (p[3] === undefined ? 1 : 0);
      spans.push([at, at + value.length, 'name']);
    }
    const from = command[0].indexOf('-AD');
    for (const id of command[0].slice(from).matchAll(AD_IDENTITY)) {
      const value = id[1] ?? id[2] ?? id[3] ?? id[4] ?? id[5] ?? id[6]!;
      const bare = id[3] !== undefined || id[6] !== undefined;
      pushAdAccount(value, command.index + from + id.index + id[0].length - value.length - (bare ? 0 : 1), spans);
    }
  }
  for (const m of text.matchAll(AD_MEMBERS)) {
    const list = m[1]!;
    const base = m.index + m[0].length - list.length;
    for (const item of list.matchAll(/"([^"]+)"|'([^']+)'|([^\s"',]+)/g)) {
      const value = item[1] ?? item[2] ?? item[3]!;
      pushAdAccount(value, base + item.index + (item[3] === undefined ? 1 : 0), spans);
    }
  }
}

// A list of quoted strings printed into a line (`args=["jane@x.io", "Jane Doe"]`, Sidekiq, Resque).
const STRING_LIST = /\[("(?:[^"\\\n]|\\.){0,200}"(?:, ?"(?:[^"\\\n]|\\.){0,200}"){1,11})\]/g;
const LIST_ITEM = /"((?:[^"\\\n]|\\.){0,200})"/g;

/** Names among positional arguments printed as a list beside an email address (see namesBesideContact). */
function argumentListSpans(text: string, spans: LineSpan[]): void {
  for (const list of text.matchAll(STRING_LIST)) {
    const items = [...list[1]!.matchAll(LIST_ITEM)];
    for (const i of namesBesideContact(items.map((m) => m[1]!)) ?? []) {
      const at = list.index + 1 + items[i]!.index + 1;
      spans.push([at, at + items[i]![1]!.length, 'name']);
    }
  }
}

// Devices named after their owner ("Jane Doe's laptop", Apple's default "Jane's iPhone"), as VPN
// peers, MDM enrolments and Bluetooth pairings list them. Only devices people carry: a shared
// "Support Team's laptop" is caught by the word list, not by the device.
const OWNER_WORD = String.raw`(?:\p{Lu}[\p{Ll}\p{M}'-]{1,30}|(?:(?!\p{Script=Latin})[\p{L}\p{M}]){1,24})`;
const DEVICE_OWNER = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’-])(${OWNER_WORD}(?: ${OWNER_WORD}){0,2})['’]s (?=(?:iPhone|iPad|iPod|MacBook|Mac|iMac|[Ll]aptop|[Pp]hone|PC|[Dd]esktop|[Tt]ablet|Pixel|Galaxy|[Ww]atch|Apple Watch|AirPods|[Cc]omputer|[Nn]otebook|ThinkPad|Surface|Chromebook|Kindle)\b)`,
  'gu',
);

function deviceOwnerSpans(text: string, spans: LineSpan[]): void {
  for (const m of text.matchAll(DEVICE_OWNER)) {
    const name = m[1]!;
    if (/^\p{Script=Latin}/u.test(name) && (!cuedName(name, 'title') || !cuedNameWords(name))) continue;
    spans.push([m.index, m.index + name.length, 'name']);
  }
}

// A SAML assertion names each attribute in its `Name` and writes the value in the child
// `AttributeValue` elements (one per value), so the value takes the class of that name
// (`displayName`, `surname`, `mail`) like a field of a record. Prefixes vary by IdP (`saml:`,
// `saml2:`, none); an attribute named by an OID URI classifies as plain and is left alone.
const SAML_ATTRIBUTE = /<((?:[A-Za-z][\w-]{0,15}:)?)Attribute\b[^<>]{0,200}?\bName="([^"<>]{1,128})"[^<>]{0,300}>((?:\s{0,8}<\1AttributeValue\b[^<>]{0,200}>[^<]{0,256}<\/\1AttributeValue>){1,16})/g;
const SAML_VALUE = /<(?:[A-Za-z][\w-]{0,15}:)?AttributeValue\b[^<>]{0,200}>([^<]{1,256})</g;

function samlAttributeSpans(text: string, classify: (key: string) => KeyClass, spans: LineSpan[]): void {
  for (const m of text.matchAll(SAML_ATTRIBUTE)) {
    const name = m[2]!;
    const cls = classify(name.slice(name.lastIndexOf('/') + 1));
    if (cls === 'plain') continue;
    const base = m.index + m[0].length - m[3]!.length;
    for (const v of m[3]!.matchAll(SAML_VALUE)) {
      const value = v[1]!.trim();
      const type = fieldValueType(cls, value);
      if (type === undefined) continue;
      const at = base + v.index + v[0].length - 1 - v[1]!.length + v[1]!.indexOf(value);
      spans.push([at, at + value.length, type]);
    }
  }
}

// Short strings the first pass of the text scanner finds nothing in (`<jdoe> ok`, `CORP\\jdoe`,
// `deployed by jdoe`) still need a look; one character class and three literals decide.
const SHORT_HINT = /[<\\|°;]|-AD|not recognized|invalid input syntax|[Ii]ncorrect \w{1,20} value|Bad \w{1,12} value|['’]s (?:i[PMp]|Mac|[Ll]ap|[Pp]ho|PC|[Dd]esk|[Tt]ab|Pix|Gal|[Ww]at|Air|[Cc]om|[Nn]ot|Thi|Sur|Chr|Kin)|by |ID|POINT|\$G|user|USER|User|ed as |in as |passwd|sql|login|Uid=|uid=|Name=|cron|CRON|Peer|recovery|rejected value|SSR DOCS|\d[+-]\d{1,3}\.\d{2,8}(?:[+-][\d.]{1,11})?(?:CRS\w{1,20})?\//;

/** Cheap test for short strings before {@link peopleLineSpans}. */
export function mayHavePeopleLines(text: string): boolean {
  return text.length >= 8 && (SHORT_HINT.test(text) || mayHaveRecordLayout(text) || mayHaveTravelDocument(text) || mayHaveOfficeLogins(text) || mayHaveArabicStreet(text));
}

/**
 * Spans of people's data found by the line formats above, sorted and without overlaps; undefined
 * when none. `classify` gives the columns of a delimited export their meaning (csv-rows.ts).
 */
export function peopleLineSpans(text: string, classify?: (key: string) => KeyClass): LineSpan[] | undefined {
  if (text.length < 8) return undefined;
  const spans: LineSpan[] = [];
  // Literal tests first (native and fast), the hint patterns only when one passes: most strings
  // of request logs (paths, user agents, ids) run none of them.
  const has = (literal: string): boolean => text.includes(literal);
  if (has('|')) {
    if (HL7_HINT.test(text)) hl7Spans(text, spans);
    if (CDR_TYPE.test(text)) cdrSpans(text, spans);
  }
  loginSpans(text, spans);
  if (mayHaveOfficeLogins(text)) {
    const logins: LoginSpan[] = [];
    officeLoginSpans(text, aPerson, logins);
    for (const [start, end] of logins) spans.push([start, end, 'name']);
  }
  if (has('POINT') || has('°') || has('$G') || (has(';') && /\d;-?\d/.test(text)) || (has(',') && GEO_HINT.test(text)) || (has('/') && ISO6709_HINT.test(text))) geoSpans(text, spans);
  if ((has('sql') || has('user') || has(' login ') || has('passwd') || has('pg_') || has('db ') || has('chage')) && CLI_HINT.test(text)) cliLoginSpans(text, spans);
  if (has('-') && /\d-\d{1,3} [A-Z]/.test(text)) blockAddressSpans(text, spans);
  if (has(' (') && DATED_HINT.test(text)) datedPersonSpans(text, spans);
  if (has(', ') && BORN_HINT.test(text)) bornPersonSpans(text, spans);
  if (has('ID')) bareIdSpans(text, spans);
  if (has('rejected value [') || has('SSR DOCS')) dobLineSpans(text, spans);
  recordLayoutSpans(text, spans);
  if (has('   ')) fixedWidthSpans(text, spans);
  if (mayHaveTravelDocument(text)) travelDocumentSpans(text, spans);
  if ((has(' at ') || has(' on ') || has(' via ')) && CONTACT_NAME_HINT.test(text)) contactNameSpans(text, spans);
  if (has('for ') && has(' to ')) namedBesideSpans(PAYEE_NAME, text, spans);
  if (has('" ')) namedBesideSpans(QUOTED_PAYEE_NAME, text, spans);
  if (/ (?:van|of|de|von|di|do|da|du|dla) \p{Lu}/u.test(text) && /\d{5}/.test(text)) namedBesideSpans(ID_HOLDER_NAME, text, spans);
  if (has('-AD')) adUserSpans(text, spans);
  if (has(' value') || has('not recognized') || has('invalid input syntax')) conversionEchoSpans(text, spans);
  if (has('["') && has('@')) argumentListSpans(text, spans);
  if (has("'s ") || has('’s ')) deviceOwnerSpans(text, spans);
  if (mayHaveArabicStreet(text)) arabicStreetSpans(text, spans);
  if (classify !== undefined) {
    if (mayBeCsv(text)) csvRowSpans(text, classify, spans);
    else if (has(';') || has('|') || has('\t') || has('\\t') || has(',"') || (has(',') && /\d{9}/.test(text))) personRowSpans(text, spans);
    termFieldSpans(text, classify, spans);
    if (mayHaveSampleRow(text)) sampleRowSpans(text, classify, spans);
    if (mayHaveBindParameters(text)) bindParameterSpans(text, classify, spans);
    if (mayHaveRowEcho(text)) rowEchoSpans(text, classify, spans);
    if (has('AttributeValue')) samlAttributeSpans(text, classify, spans);
  }
  if (spans.length === 0) return undefined;
  spans.sort((a, b) => a[0] - b[0]);
  const out: LineSpan[] = [];
  let last = 0;
  for (const s of spans) {
    if (s[0] < last) continue;
    out.push(s);
    last = s[1];
  }
  return out;
}
