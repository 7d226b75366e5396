/**
 * Account names under field names: the login a person signs in with, written as a record field
 * (`userId: "jdoe42"`, `benutzer: "jdoe42"`), a query or logfmt parameter (`?user=jdoe42`,
 * `login=jdoe42`), in an object typed as a user (`{ typeName: "USER", name: "jdoe42" }`) or in a
 * map of a person's accounts per directory (`accounts: { ad: "jdoe42", github: "jdoe" }`).
 *
 * What stays: system, service and role accounts (`root`, `etl_loader`,
 * `system:serviceaccount:ns:sa`), database roles in connection strings (`jdbc:…?user=app_rw`,
 * `Server=…;User Id=sa`), ids (`usr_8f3k2j9d`, UUIDs, numbers) and the domain of `DOMAIN\user`.
 */
import { accountSpans, isSystemAccount } from './account-names.js';
import { BoundedCache } from './bounded-cache.js';
import { keyWords, normaliseKeyName } from './key-names.js';
import { letterTypedId } from './typed-ids.js';

/** The key does not name an account. */
export const NOT_AN_ACCOUNT = 0;
/** The value may be a login: pseudonymised when shaped like one (`userId`, `principal`, `usuario`). */
export const LOGIN_HANDLE = 1;
/** The value is a login (`username`, `samAccountName`): kept when a system's, its domain kept. */
export const LOGIN_NAME = 2;
/** A map of a person's accounts per directory (`accounts: { ad, ldap, github }`). */
export const ACCOUNT_MAP = 3;
/** `user`: a person key of records (see personal-keys.ts), a login in query and logfmt parameters. */
const BARE_USER = 4;

// Keys that may hold a login, in the languages of the admin consoles that write them. The
// generic `user` and `actor` keys are person keys already (see personal-keys.ts).
const HANDLE_KEYS = new Set([
  'userid', 'usrid', 'loginid', 'logonid', 'uid', 'principal', 'operatorid', 'racfid', 'tsoid',
  'tsouser', 'unixid', 'shelluser', 'osuser', 'remoteuser', 'authuser', 'ruser', 'luser', 'logname', 'sudouser', 'pamuser',
  'pamruser', 'memberuid', 'targetuser', 'subjectuser',
  'benutzer', 'benutzerid', 'benutzerkennung', 'anmeldename', 'utilisateur', 'nomutilisateur',
  'usuario', 'nombreusuario', 'nombredeusuario', 'usuari', 'utente', 'nomeutente', 'utilizador', 'gebruiker',
  'gebruikersnaam', 'uzytkownik', 'użytkownik', 'uzivatel', 'uživatel', 'felhasznalo', 'felhasználó', 'anvandare',
  'användare', 'anvandarnamn', 'användarnamn', 'bruker', 'brukernavn', 'bruger', 'brugernavn', 'kayttaja', 'käyttäjä',
  'kayttajatunnus', 'käyttäjätunnus', 'kullanici', 'kullanıcı', 'kullaniciadi', 'kullanıcıadı',
]);
const LOGIN_WORDS = new Set(['user', 'login', 'userid', 'account', 'uid']);
const WHO_WORDS = new Set([
  'actor', 'author', 'sender', 'assignee', 'reviewer', 'committer', 'creator', 'requester', 'owner', 'member', 'target',
  'subject', 'sudo', 'remote', 'auth', 'authenticated', 'logged', 'current', 'effective', 'real', 'original', 'impersonated',
  'acting', 'caller', 'requesting', 'end', 'os', 'unix', 'linux', 'windows', 'ad', 'ldap', 'ssh', 'sftp', 'vpn', 'portal',
  'sso', 'okta', 'github', 'gitlab', 'jira', 'slack', 'approver', 'submitter', 'uploader', 'operator', 'initiator',
  // Experiment trackers and notebook servers tag a run or a kernel with the login that started it
  // (MLflow's `mlflow.user`, Weights & Biases' `wandb.user`, `jupyter.user`).
  'mlflow', 'wandb', 'comet', 'neptune', 'jupyter', 'jupyterhub', 'notebook',
]);
// Keys whose value is a login (classified as names already): only their exceptions are decided here.
const NAME_KEYS = new Set([
  'username', 'login', 'loginname', 'logonname', 'samaccountname', 'userprincipalname', 'userlogin', 'unixuser',
  'targetusername', 'subjectusername', 'principalname', 'displayname', 'benutzername', 'nomdutilisateur',
]);
// Things whose display name a directory logs beside the user's: applications, resources, devices.
const THING_DISPLAY_NAMES = new Set([
  'app', 'application', 'resource', 'service', 'device', 'group', 'team', 'role', 'policy', 'site', 'tenant', 'org',
  'organization', 'organisation', 'product', 'workspace', 'project', 'connector', 'integration', 'client', 'agent',
]);
// `accounts: { ad: "jdoe42" }`: per-directory maps, and the directories whose members are logins.
const MAP_KEYS = new Set(['accounts', 'logins', 'identities', 'usernames', 'userids', 'handles', 'directoryaccounts', 'linkedaccounts']);
const DIRECTORIES = new Set([
  'ad', 'activedirectory', 'aad', 'azuread', 'entra', 'entraid', 'ldap', 'unix', 'linux', 'posix', 'windows', 'domain', 'nt',
  'samba', 'kerberos', 'krb5', 'sso', 'okta', 'onelogin', 'google', 'gsuite', 'workspace', 'github', 'gitlab', 'bitbucket',
  'jira', 'confluence', 'atlassian', 'slack', 'teams', 'zoom', 'sap', 'racf', 'tso', 'mainframe', 'vpn', 'ssh', 'shell',
  'o365', 'm365', 'office365', 'salesforce', 'iam', 'oracle', 'citrix', 'servicenow', 'workday',
]);

const keyMemo = new BoundedCache<number>(1024);

/** How `key` names an account (memoised: keys repeat on every line). */
export function accountKey(key: string): number {
  let kind = keyMemo.get(key);
  if (kind === undefined) {
    kind = classifyKey(key);
    keyMemo.set(key, kind);
  }
  return kind;
}

function classifyKey(key: string): number {
  if (key.length > 64) return NOT_AN_ACCOUNT;
  const name = normaliseKeyName(key);
  if (NAME_KEYS.has(name)) return LOGIN_NAME;
  if (HANDLE_KEYS.has(name)) return LOGIN_HANDLE;
  if (MAP_KEYS.has(name)) return ACCOUNT_MAP;
  if (name === 'user' || name === 'usr') return BARE_USER;
  // `sftpUserId`, `db.username`, `admin_login_name`: the last words name it (not `last_login`, a time).
  const words = keyWords(key);
  if (words.length < 2 || words.length > 3) return NOT_AN_ACCOUNT;
  const last = words[words.length - 1]!;
  const lastTwo = words.slice(-2).join('');
  // `appDisplayName`, `resourceDisplayName` (Entra sign-in logs): the display name of a thing.
  if (lastTwo === 'displayname' && words.length === 3 && THING_DISPLAY_NAMES.has(words[0]!)) return NOT_AN_ACCOUNT;
  if (NAME_KEYS.has(lastTwo) || last === 'username') return LOGIN_NAME;
  if (HANDLE_KEYS.has(lastTwo)) return LOGIN_HANDLE;
  // `actor_login`, `remote_user`, `impersonatedUserId`: a word about who acts, then the account word.
  // `last_login` is a time, `db_user` a database role, `login_provider` a setting: they stay.
  return LOGIN_WORDS.has(last) && WHO_WORDS.has(words[words.length - 2]!) ? LOGIN_HANDLE : NOT_AN_ACCOUNT;
}

// A login as directories and sign-up forms make them: a letter, then letters and digits, with up
// to three `.`, `_` or `-` between. Mixed-case runs with digits, and digits strewn through a long
// value (`k3j2h4g5f6d7`), are generated ids, not logins; so is a type prefix before a random
// mixed-case run without digits (`usr_QbTwkRzNhLpe`) or a run of letters no one speaks
// (`usr_qzvkbtrwhnpx`, see typed-ids.ts), and a Slack member id (`U` or, in an
// Enterprise Grid, `W`, then a digit and seven to nine capitals and digits: `U024BE7LH`), a
// platform's id. A directory login in capitals starts with letters (`WMUELLER01`) and still goes.
const LOGIN_SHAPE = /^[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+){0,3}$/;
const GENERATED_ID = /\d{5}|^[UW]\d[A-Z0-9]{7,9}$|^[a-z]{2,5}_(?=[a-z]{0,40}\d)[a-z0-9]{6,}$|^[a-z]{2,5}_(?=(?:[^A-Z]*[A-Z]){4})(?=(?:[^a-z]*[a-z]){4})[A-Za-z0-9]{10,}$|^(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=\D*\d).{12,}$|^(?=\D*\d)[A-Z0-9]{12,}$|^(?=(?:\D*\d){4})(?![A-Za-z._-]+\d+$).{10,}$/;
// Conventional placeholder identities of examples and tests, and values that name no one.
const PLACEHOLDERS = new Set([
  'alice', 'bob', 'carol', 'dave', 'eve', 'mallory', 'trent', 'user', 'test', 'demo', 'example', 'sample', 'unknown', 'none',
  'null', 'undefined', 'anonymous', 'anon', 'public', 'everyone', 'true', 'false', 'yes', 'no', 'na',
  // Route words where a login would be (`?user=current`, `/users/me`).
  'current', 'self', 'me', 'all', 'any', 'new', 'default', 'latest', 'other', 'others', 'nobody',
]);

/** Whether `value` is shaped like a person's login (not a system's, not an id, not a placeholder). */
export function personLogin(value: string): boolean {
  return (
    value.length >= 3 &&
    value.length <= 32 &&
    LOGIN_SHAPE.test(value) &&
    /[A-Za-z]{2}/.test(value) &&
    !GENERATED_ID.test(value) &&
    !letterTypedId(value) &&
    !PLACEHOLDERS.has(value.toLowerCase()) &&
    !isSystemAccount(value)
  );
}

// `accountName` alone names storage accounts (Azure's `AccountName=`) and billing accounts as often
// as logins; inside an object that is a person (`user: { displayName, accountName, domain }` of EDR
// and directory alerts) it is the person's login, the user part of their home directory.
const PERSON_ACCOUNT_KEYS = new Set(['accountname', 'account', 'accountid', 'logon', 'logonid', 'ntaccount', 'windowsaccount']);

/** Whether `key`, inside an object that is a person, holds their login. */
export function personAccountKey(key: string): boolean {
  return key.length <= 32 && PERSON_ACCOUNT_KEYS.has(normaliseKeyName(key));
}

// `CORP\jdoe` (NetBIOS domain, at most 15 characters): the domain names the organisation, not the person.
const DOMAIN_USER = /^([A-Za-z0-9][\w.-]{0,14}\\{1,2})([^\\\s]{1,64})$/;

/**
 * A string under an account key in a record: its replacement, or undefined to let the key's
 * class decide (`pseudonymise` makes the pseudonym of a login).
 */
export function accountField(kind: number, value: string, named: boolean, pseudonymise: (login: string) => string): string | undefined {
  if (kind === LOGIN_HANDLE || (kind === LOGIN_NAME && !named && !value.includes('\\'))) return personLogin(value) ? pseudonymise(value) : undefined;
  if (kind !== LOGIN_NAME) return undefined;
  if (isSystemAccount(value) || encodedSystemAccount(value)) return value;
  const domain = DOMAIN_USER.exec(value);
  if (domain === null) return undefined;
  return isSystemAccount(domain[2]!) ? value : domain[1]! + pseudonymise(domain[2]!);
}

// Kubernetes Secret `data` holds every value in standard base64 (`username: YXBwX3VzZXI=`).
const BASE64_LOGIN = /^(?:[A-Za-z0-9+/]{4}){1,21}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** A base64 login that decodes to a system or service account (`app_user`); a person's stays hidden. */
function encodedSystemAccount(value: string): boolean {
  if (value.length < 8 || !BASE64_LOGIN.test(value)) return false;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  return /^[\x21-\x7e]{2,64}$/.test(decoded) && isSystemAccount(decoded);
}

/** `accounts: { ad: "jdoe42", mustChangePassword: true }`: a copy with the logins of directories replaced, or undefined. */
export function accountMap(map: Record<string, unknown>, pseudonymise: (login: string) => string): Record<string, unknown> | undefined {
  let copy: Record<string, unknown> | undefined;
  let count = 0;
  for (const key in map) {
    if (++count > 32) return undefined;
    if (!Object.hasOwn(map, key)) continue;
    const value = map[key];
    if (typeof value === 'string' && DIRECTORIES.has(normaliseKeyName(key)) && personLogin(value)) (copy ??= { ...map })[key] = pseudonymise(value);
  }
  return copy;
}

// Fields that say what an object is, and the values that make it a person's account.
const TYPE_KEYS = ['type', 'typeName', 'kind', 'objectType', 'entityType', 'principalType', 'subjectType', 'actorType', '@type'];
const USER_TYPES = /^(?:user|users|member|employee|staff|person|human|useraccount|user_account)$/i;
const LOGIN_KEYS = ['name', 'login', 'handle', 'userName', 'alternateId', 'loginName', 'uid'];

/** `{ typeName: "USER", name: "jdoe42" }`, RBAC `{ kind: "User", name }`: the keys holding a login, or undefined. */
export function userTypedFields(keys: readonly string[], get: (key: string) => unknown): string[] | undefined {
  if (keys.length > 24) return undefined;
  const typeKey = TYPE_KEYS.find((k) => keys.includes(k));
  const type = typeKey === undefined ? undefined : get(typeKey);
  if (typeof type !== 'string' || !USER_TYPES.test(type)) return undefined;
  const found = LOGIN_KEYS.filter((k) => {
    const value = get(k);
    return typeof value === 'string' && value.length > 0 && value.length <= 254 && !isSystemAccount(value);
  });
  return found.length > 0 ? found : undefined;
}

// A database or broker connection around `user=`: its user is the application's role (JDBC and
// data-store URLs, ADO.NET and ODBC `key=value;` strings, libpq keyword strings).
const CONNECTION_URL_BEFORE = /(?:jdbc:[a-z0-9]+:|(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|clickhouse):\/\/)\S*$/;
const CONNECTION_PAIRS = /\bdbname=|\b(?:Server|Data Source|Initial Catalog|Database|Host|Port)=[^;\s]*;/i;
const NEXT_FIELD = /[ \t]+[A-Za-z_][\w.-]{0,63}[=:]/y;
const FIELD_END = /^(?:$|[\r\n,;)}\]])/;
const BARE_VALUE = /[^\s"'&,;<>()[\]{}]{1,254}/y;

/**
 * At a `key=value` or `key: value` pair in text: the span `[start, end)` of a login to
 * pseudonymise, an empty span at the value's end when the value stays as it is, or undefined
 * when the pair is not about an account.
 */
export function accountParameter(text: string, keyAt: number, key: string, valueAt: number, sep: string, named: boolean): readonly [number, number] | undefined {
  let kind = accountKey(key);
  // `actor=jdoe`, `GITHUB_ACTOR=jdoe`: the login that started a CI run or did an audited action (a
  // person key in records, see personal-keys.ts); apps and bots (`dependabot[bot]`) stay.
  const actor = kind === NOT_AN_ACCOUNT && actorKey(key);
  if (actor) kind = LOGIN_HANDLE;
  if (kind === NOT_AN_ACCOUNT || kind === ACCOUNT_MAP) return undefined;
  BARE_VALUE.lastIndex = valueAt;
  const value = BARE_VALUE.exec(text)?.[0];
  if (value === undefined || value.includes('@')) return undefined;
  const end = valueAt + value.length;
  if (actor && (text.charAt(end) === '[' || BOT_LOGIN.test(value))) return undefined;
  if (kind === LOGIN_NAME && (named || value.includes('\\'))) {
    if (isSystemAccount(value)) return [end, end];
    const domain = DOMAIN_USER.exec(value);
    if (domain !== null) return isSystemAccount(domain[2]!) ? [end, end] : [valueAt + domain[1]!.length, end];
    // A login is one word: the next `Key=` starts another field (a name may run on over words).
    NEXT_FIELD.lastIndex = end;
    return named && NEXT_FIELD.test(text) ? [valueAt, end] : undefined;
  }
  if (!personLogin(value)) return undefined;
  // `user: invalid credentials` is prose; `user: jdoe` ends its line or field.
  if (sep.includes(':') && !/["']$/.test(sep) && !/[\d._-]/.test(value) && !FIELD_END.test(text.charAt(end))) return undefined;
  const lineStart = text.lastIndexOf('\n', keyAt) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0 || lineEnd > end + 200) lineEnd = Math.min(text.length, end + 200);
  const before = text.slice(Math.max(lineStart, keyAt - 300), keyAt);
  if (CONNECTION_URL_BEFORE.test(before) || CONNECTION_PAIRS.test(before) || CONNECTION_PAIRS.test(text.slice(end, lineEnd))) return [end, end];
  return [valueAt, end];
}

const BOT_LOGIN = /(?:^|[._-])(?:bot|actions|app|ci|automation|runner|service|svc)$|^(?:svc|bot|ci)[._-]/i;
const actorMemo = new BoundedCache<boolean>(256);

function actorKey(key: string): boolean {
  let actor = actorMemo.get(key);
  if (actor === undefined) {
    const words = key.length > 40 ? [] : keyWords(key);
    actor = words.length > 0 && words.length <= 3 && words[words.length - 1] === 'actor';
    actorMemo.set(key, actor);
  }
  return actor;
}

// A failed sign-in (`login failed`, `invalid credentials`, `reason=unknown_user`): the value of
// its user field may be the password, typed into the wrong box or pasted from a manager.
const FAILED_LOGIN = /\b(?:fail(?:ed|ure|s)?|invalid|incorrect|wrong|unknown[_ ]?user|bad[_ ]?(?:credentials?|password)|rejected|denied)\b/i;
const TYPED_KEYS = new Set(['email', 'mail', 'emailaddress', 'user', 'usr']);
// Upper and lower case, digits and a symbol no login takes (`._-@` do); or a long random run of
// mixed case and digits, which no one picks as a user name.
const TYPED_PASSWORD = /^(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=\D*\d)(?=[A-Za-z0-9._@-]*[^A-Za-z0-9._@-])\S{8,128}$/;
const PASTED_SECRET = /^(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=\D*\d)(?=(?:[^A-Z]*[A-Z]){3})[A-Za-z0-9_]{12,128}$/;
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[A-Za-z]{2,}$/;

/**
 * At a user field of a failed sign-in: the end of a value shaped like a password, which goes
 * whole (a pseudonym of a password would be linkable), or undefined.
 */
export function typedPassword(text: string, keyAt: number, key: string, valueAt: number): number | undefined {
  const kind = accountKey(key);
  if ((kind === NOT_AN_ACCOUNT || kind === ACCOUNT_MAP) && !TYPED_KEYS.has(normaliseKeyName(key))) return undefined;
  BARE_VALUE.lastIndex = valueAt;
  const value = BARE_VALUE.exec(text)?.[0];
  if (value === undefined || EMAIL_SHAPE.test(value) || !(TYPED_PASSWORD.test(value) || PASTED_SECRET.test(value))) return undefined;
  const lineStart = text.lastIndexOf('\n', keyAt) + 1;
  let lineEnd = text.indexOf('\n', valueAt);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(Math.max(lineStart, keyAt - 200), Math.min(lineEnd, valueAt + value.length + 200));
  return FAILED_LOGIN.test(line.replace(value, ' ')) ? valueAt + value.length : undefined;
}

// CSV and TSV exports: a header row naming a login column (`user_name`, `login`, `benutzer`).
const TABLE_HEADER_HINT = /user|login|logon|uid|principal|benutzer|usuario|utilisateur|utente|gebruiker|operator/i;
const TABLE_SEPARATORS = [',', ';', '\t', '|'];
const HEADER_CELL = /^[\p{L}_][\p{L}\w .-]{0,63}$/u;
const MAX_ROWS = 10_000;

/** Spans of the logins in the login column of a table whose first line is its header; undefined when none. */
export function accountColumnSpans(text: string): Array<readonly [number, number]> | undefined {
  const newline = text.indexOf('\n');
  if (newline < 3 || newline > 1024) return undefined;
  const header = text.slice(0, newline).replace(/\r$/, '');
  if (!TABLE_HEADER_HINT.test(header)) return undefined;
  let sep: string | undefined;
  let most = 0;
  for (const c of TABLE_SEPARATORS) {
    const n = header.split(c).length - 1;
    if (n > most) [sep, most] = [c, n];
  }
  if (sep === undefined) return undefined;
  const names = header.split(sep).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  if (names.length > 64 || !names.every((c) => HEADER_CELL.test(c))) return undefined;
  const column = names.findIndex((c) => {
    const kind = accountKey(c);
    return kind !== NOT_AN_ACCOUNT && kind !== ACCOUNT_MAP;
  });
  if (column < 0) return undefined;
  let spans: Array<readonly [number, number]> | undefined;
  let at = newline + 1;
  for (let row = 0; row < MAX_ROWS && at < text.length; row++) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const cells = text.slice(at, end).replace(/\r$/, '').split(sep);
    // A row of another shape ends the table.
    if (cells.length !== names.length) break;
    let cellAt = at;
    for (let i = 0; i < column; i++) cellAt += cells[i]!.length + sep.length;
    const raw = cells[column]!;
    const value = raw.trim().replace(/^"(.*)"$/, '$1');
    if (personLogin(value)) {
      const start = cellAt + raw.indexOf(value);
      (spans ??= []).push([start, start + value.length]);
    }
    at = end + 1;
  }
  return spans;
}

/** Account names in a text: fixed places of auth logs (see account-names.ts) and login columns of tables. */
export function accountNameSpans(text: string): Array<readonly [number, number]> | undefined {
  const table = text.length > 8 ? accountColumnSpans(text) : undefined;
  const fixed = accountSpans(text);
  if (table === undefined) return fixed;
  if (fixed === undefined) return table;
  // Both: in text order, an overlapping span dropped.
  const merged: Array<readonly [number, number]> = [];
  for (const span of [...table, ...fixed].sort((a, b) => a[0] - b[0])) {
    if (merged.length === 0 || span[0] >= merged[merged.length - 1]![1]) merged.push(span);
  }
  return merged;
}
