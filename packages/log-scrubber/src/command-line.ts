import { secretByWords, keyWords } from './key-names.js';
import { isRandomRun } from './vendor-scanner.js';
import { wordAlternation } from './word-trie.js';

/**
 * Credentials in command lines and protocol transcripts: `curl -u user:pw`, `mysql -pX`,
 * `docker login -p X`, `--api-key X`, `echo X | … --password-stdin`, Redis `"AUTH" "user" "pw"`,
 * IMAP `a1 LOGIN user pw`, FTP `PASS pw`, SMTP `AUTH LOGIN` answers, Terraform `"old" -> "new"`.
 *
 * Flags are read per tool, since `-p` is a password to mysql and a port to docker: a table of the
 * tools whose short flags carry a credential, and for every tool a long flag whose name is a
 * credential word (`--password`, `--db-pass`, `--api-key`, `-storepass`) followed by a value.
 */

/** How one tool takes a credential. */
interface ToolSpec {
  /** Flags followed by the credential as the next argument (`-p X`, `-P X`, `-w X`). */
  readonly value?: readonly string[];
  /** Flags followed by `user<sep>password`: only the part after the separator is the secret. */
  readonly userpass?: readonly string[];
  /** Separators between user and password for `userpass` flags. @default ':' */
  readonly sep?: string;
  /** Flags with the credential attached (`-pX`). */
  readonly attached?: readonly string[];
  /** A sub-command without which the short flags mean something else (`docker login -p`, not `docker run -p`). */
  readonly needs?: RegExp;
  /** Positional credential: the argument this many places after a sub-command matching `at`. */
  readonly positional?: { readonly at: RegExp; readonly offset: number };
  /** Credentials among the operands (the arguments left after flags and their values), by index. */
  readonly operands?: { readonly secrets: readonly number[]; readonly flagWithValue: RegExp };
}

const MYSQL: ToolSpec = { attached: ['-p'], value: ['--password'] };
const REGISTRY_LOGIN: ToolSpec = { value: ['-p', '--password'], needs: /^login$/ };
const REDIS_CLI: ToolSpec = { value: ['-a', '--pass'] };
const MONGO: ToolSpec = { value: ['-p', '--password'] };
const SQLCMD: ToolSpec = { value: ['-P'] };
const LDAP: ToolSpec = { value: ['-w'] };
const MQTT: ToolSpec = { value: ['-P', '--pw'] };
const SMB: ToolSpec = { userpass: ['-U', '--user'], sep: '%' };
const ZIP: ToolSpec = { value: ['-P', '--password'] };
const SEVEN_ZIP: ToolSpec = { attached: ['-p'] };
const PUTTY: ToolSpec = { value: ['-pw'] };

const TOOLS = new Map<string, ToolSpec>([
  ...['http', 'https'].map((t) => [t, { userpass: ['-a', '--auth'] }] as const),
  ['curl', { userpass: ['-u', '--user', '-U', '--proxy-user'], attached: ['-u'], value: ['--pass'] }],
  ...['mysql', 'mysqldump', 'mysqladmin', 'mysqlimport', 'mysqlshow', 'mysqlpump', 'mysqlsh', 'mysqlcheck', 'mariadb', 'mariadb-dump', 'mariadb-admin'].map(
    (t) => [t, MYSQL] as const,
  ),
  ...['docker', 'podman', 'nerdctl', 'buildah', 'skopeo', 'helm', 'oras', 'crane', 'regctl', 'finch', 'az'].map((t) => [t, REGISTRY_LOGIN] as const),
  ['sshpass', { value: ['-p'] }],
  ['htpasswd', { positional: { at: /^-[a-zA-Z]*b[a-zA-Z]*$/, offset: 0 } }],
  ...['redis-cli', 'valkey-cli', 'keydb-cli'].map((t) => [t, REDIS_CLI] as const),
  ...['mongo', 'mongosh', 'mongodump', 'mongorestore', 'mongoexport', 'mongoimport', 'mongostat', 'mongotop'].map((t) => [t, MONGO] as const),
  ...['sqlcmd', 'bcp', 'osql', 'isql'].map((t) => [t, SQLCMD] as const),
  ...['ldapsearch', 'ldapadd', 'ldapmodify', 'ldapdelete', 'ldapwhoami', 'ldapcompare', 'ldapmodrdn', 'ldapexop', 'ldapurl'].map(
    (t) => [t, LDAP] as const,
  ),
  ['ldappasswd', { value: ['-w', '-s', '-a'] }],
  ...['mosquitto_pub', 'mosquitto_sub', 'mosquitto_rr'].map((t) => [t, MQTT] as const),
  ...['smbclient', 'rpcclient', 'smbmap', 'smbget', 'smbcacls'].map((t) => [t, SMB] as const),
  ['lftp', { userpass: ['-u', '--user'], sep: ',' }],
  ...['zip', 'unzip', 'zipcloak'].map((t) => [t, ZIP] as const),
  ...['7z', '7za', '7zz', '7zr', 'rar', 'unrar'].map((t) => [t, SEVEN_ZIP] as const),
  ...['plink', 'pscp', 'psftp', 'putty'].map((t) => [t, PUTTY] as const),
  ...['useradd', 'usermod'].map((t) => [t, { value: ['-p', '--password'] }] as const),
  ['rabbitmqctl', { positional: { at: /^(?:add_user|change_password|authenticate_user)$/, offset: 2 } }],
  // New and old key passphrases of ssh-keygen.
  ['ssh-keygen', { value: ['-N', '-P'] }],
  ['cqlsh', { value: ['-p', '--password'] }],
  ...['psexec', 'psexec64', 'paexec'].map((t) => [t, { value: ['-p'] }] as const),
  // MinIO client: `mc alias set NAME URL ACCESS_KEY SECRET_KEY`, `mc config host add …` (same order).
  ['mc', { positional: { at: /^(?:set|add)$/, offset: 4 }, needs: /^(?:alias|host)$/ }],
  // Windows `net user NAME PASSWORD /add`; `*` (prompt) and `/switches` are no password.
  ['net', { positional: { at: /^user$/i, offset: 2 } }],
  // HashiCorp Vault and OpenBao `operator unseal KEY`: the key is one Shamir share of the root
  // key (enough shares unseal the store); `-reset`/`-migrate` are flags, `unseal` alone prompts.
  ...['vault', 'bao'].map((t) => [t, { positional: { at: /^unseal$/, offset: 1 }, needs: /^operator$/ }] as const),
  // FreeRADIUS `radtest [-t pap|chap|mschap] user password server[:port] nas-port secret`: the
  // user's password and the client's shared secret with the server.
  ['radtest', { operands: { secrets: [1, 4], flagWithValue: /^-[dDtPS]$/ } }],
]);


// A tool name as a command word: at the start, after a space, a shell operator, a prompt, a quote or
// the slash of a path (`/usr/bin/mysql`). One character of lookbehind: no scan back over the path.
const TOOL = new RegExp(String.raw`(?<=^|[\s/\\"'(\`;|&>=])(${wordAlternation([...TOOLS.keys()])})(?:\.exe)?(?=[ \t])`, 'g');
/** Cheap test for {@link commandSpans}, to be folded into the context hint. */
/**
 * Cheap test for {@link commandSpans}: a tool name as a word followed by a blank, a long or
 * password-like flag, or a transcript keyword.
 */
export const COMMAND_HINT = new RegExp(
  String.raw`(?<![\w-])${wordAlternation([...TOOLS.keys(), 'echo', 'printf'])}[ \t]|[ \t]--[A-Za-z]|[ \t]-[a-z]{0,12}(?:pass|pw)\b|AUTH|"auth|[Aa]uth\(|requirepass|masterauth|LOGIN|[Ll]ogin[ \t]|PASS[ \t]|334[ \t]|" ->|[Ss]ecrets?[ \t]|[Cc]reate[ \t]secret|SecureString|CONFIG[ \t]+SET|communit|[ \t]7[ \t]|add-mask|[ \t]a0="`,
);

// One shell argument: quoted (quotes kept, so the caller can strip them) or bare.
const ARG = /(?:[^\s'"|;&<>]{1,1024}|'[^'\n]{0,512}'|"(?:[^"\\\n]|\\.){0,512}"){1,8}/y;
// A shell line continuation (a backslash ending the line) keeps the command going onto the next line.
const SPACES = /(?:[ \t]|\\\r?\n)+/y;
// Where a command ends: a pipe, a list operator, a newline.
const COMMAND_END = /[|;\n\r]|&&/;

// A long flag whose name is a credential, followed by its value: `--db-pass X`, `-storepass X`.
const LONG_FLAG = /(?<![\w-])(--?)([A-Za-z][\w-]{1,48})[ \t]+('[^'\n]{1,512}'|"(?:[^"\\\n]|\\.){1,512}"|[^\s'"|;&<>]{1,1024})/g;
const PASS_WORD = /(?:pass|passwd|password|pwd|pw|passphrase|passcode)$/i;
// Values that are not the credential: another flag, a variable, a path, a file reference, a mask.
const NOT_A_VALUE = /^(?:-|\$|%[\w(]|~?\/|\.{1,2}\/|@|file:|env:|stdin$|\*+$|<|\[REDACTED|true$|false$)/i;

// `echo X | docker login --password-stdin`, `echo user:pw | chpasswd`, `printf '%s' X | …`.
const ECHO_PIPE =
  /(?<![\w-])(?:echo(?:[ \t]+-[neE]{1,3})?|printf(?:[ \t]+(?:'[^'\n]{0,16}'|"[^"\n]{0,16}"))?)[ \t]+('[^'\n]{1,256}'|"(?:[^"\\\n]|\\.){1,256}"|[^\s'"|;&<>]{1,256})[ \t]*\|[ \t]*[^|;\n]{0,256}?(?:--password-stdin|--stdin|chpasswd|\bpasswd\b|\bsudo(?:[ \t]+-[A-Za-z]+){0,3}?[ \t]+-[A-Za-z]*S\b)/dg;

// Redis commands as MONITOR (and slowlog, ACL LOG) print them: "AUTH" "user" "pw", "HELLO" "3" "AUTH" "u" "p",
// "CONFIG" "SET" "requirepass" "pw", "MIGRATE" … "AUTH2" "u" "p".
const REDIS_QUOTED =
  /"(?:AUTH2?|auth2?)"((?:[ \t]+"(?:[^"\\\n]|\\.){0,512}"){1,2})|"(?:CONFIG|config)"[ \t]+"(?:SET|set)"[ \t]+"(?:requirepass|masterauth|tls-key-file-pass)"[ \t]+("(?:[^"\\\n]|\\.){0,512}")/g;
// redis-cli prompt `host:6379> AUTH [user] pw`; ioredis debug `-> auth([ 'user', 'pw' ])`.
const REDIS_PROMPT = /(?:^|\n|>[ \t]?)[ \t]*AUTH[ \t]+(\S{1,512})(?:[ \t]+(\S{1,512}))?[ \t]*(?=$|\n|\r)/g;
const REDIS_CONFIG_SET = /\bCONFIG[ \t]+SET[ \t]+(?:requirepass|masterauth|masteruser-pass|tls-key-file-pass)[ \t]+('[^'\n]{1,512}'|"(?:[^"\\\n]|\\.){1,512}"|\S{1,512})/gi;
const IOREDIS_AUTH = /\b(?:auth|hello)\(\[([^\]\n]{1,1024})\]\)/g;
const QUOTED_ITEM = /'((?:[^'\\]|\\.){0,512})'|"((?:[^"\\]|\\.){0,512})"/g;
// IMAP `a001 LOGIN user pw`: a tag (letters with digits, or `.`/`*`) before the command.
const IMAP_LOGIN =
  /(?:^|[\s>:])(?:[A-Za-z]{0,6}\d{1,8}|\.)[ \t]+(?:LOGIN|login)[ \t]+(?:"(?:[^"\\\n]|\\.){1,256}"|\S{1,256})[ \t]+("(?:[^"\\\n]|\\.){1,512}"|\S{1,512})/g;
// SASL initial responses: `AUTHENTICATE PLAIN <b64>`, `AUTH XOAUTH2 <b64>`.
const SASL = /\b(?:AUTHENTICATE|AUTH)[ \t]+(?:PLAIN|LOGIN|XOAUTH2|OAUTHBEARER|CRAM-MD5)[ \t]+([A-Za-z0-9+/]{4,4096}={0,2})(?![\w+/=])/gi;
// The same answered after an empty challenge: IMAP `+ ` (RFC 3501 §7.5), SMTP `334 ` (RFC 4954 §4).
const SASL_CONTINUED =
  /\b(?:AUTHENTICATE|AUTH)[ \t]+(?:PLAIN|XOAUTH2|OAUTHBEARER)[ \t]*\r?\n[^\n]{0,8}?(?:\+|334)[ \t]*\r?\n[^\n\w+/]{0,8}?(?:C:[ \t]*)?([A-Za-z0-9+/]{8,4096}={0,2})(?=[ \t]*(?:\r?\n|\r|$))/gi;
// FTP/POP3 `PASS pw` at the start of a line or after a transcript prefix (`C: `, `--> `, `<- `, `ftp> `).
// A transcript folded onto one line joins the exchanges with ` / ` or ` | `.
const FTP_PASS = /(?:^|\n|[>:\]-][ \t]?|[ \t][/|][ \t])[ \t]*PASS[ \t]+(\S{1,512})/g;
// SMTP AUTH LOGIN: the server asks "Username:" / "Password:" in base64, the client answers on the next line.
const SMTP_PROMPT = /334[ \t]+(?:UGFzc3dvcmQ6|VXNlcm5hbWU6)[^\n]*\n[^\n]{0,32}?([A-Za-z0-9+/]{4,1024}={0,2})[ \t]*(?=\r?$|\r?\n)/g;
// Network device configs: Cisco `password 7 <hex>` (type 7 is reversible), `secret 5|8|9 <hash>`
// (the hash itself is caught by the vendor rule), clear ones (`username u secret X`, `enable secret 0 X`), SNMP `snmp-server community X RO`,
// net-snmp `rocommunity X`, `rwcommunity X`.
const DEVICE_CONFIG =
  /\b(?:password|key-string|key)[ \t]+7[ \t]+([0-9A-Fa-f]{4,512})(?![\w-])|(?:^|\n)[ \t]*(?:enable|username[ \t]+\S{1,64}(?:[ \t]+privilege[ \t]+\d{1,2})?)[ \t]+(?:secret|password)(?:[ \t]+0)?[ \t]+(?![0-9][ \t])(\S{1,256})(?=[ \t]*(?:\r?\n|$))|\b(?:snmp-server[ \t]+community|r[ow]community6?)[ \t]+(\S{1,256})|\b[Cc]ommunity[ \t]+(?:[Ss]tring[ \t]+)?"([^"\n]{1,256})"/g;
// Directives that print the secret: GitHub Actions `::add-mask::<value>` (the runner hides the value,
// a copy of the log elsewhere does not), redis.conf `requirepass <pw>` / `masterauth <pw>`.
const DIRECTIVE = /::add-mask::(\S{1,1024})|(?:^|\n)[ \t]*(?:requirepass|masterauth)[ \t]+(\S{1,512})/g;
// PowerShell: `ConvertTo-SecureString 'pw' -AsPlainText` turns a literal password into a credential;
// its switches may come first (`-AsPlainText "pw" -Force`).
const SECURE_STRING = /ConvertTo-SecureString[ \t]+(?:-(?:String|AsPlainText|Force)[ \t]+){0,3}('[^'\n]{1,512}'|"(?:[^"\\\n]|\\.){1,512}")/gi;
// Windows `net use [drive:] \\server\share [password] [/user:[domain\]name] [password]`: the password
// is the bare argument right after the share or right after `/user:`.
const NET_USE = /\bnet[ \t]+use[ \t]+(?:[A-Za-z]:[ \t]+)?\\\\[^\s]{1,256}((?:[ \t]+\/(?!user:)[A-Za-z]{1,16}(?::\S{0,64})?)*)[ \t]+(?:([^\s/*][^\s]{0,255})|\/user:\S{1,128}[ \t]+([^\s/*][^\s]{0,255}))/gid;
// Terraform plans: `~ db_password = "old" -> "new"` (both values are secrets).
const PLAN_CHANGE = /(?<![\w-])([A-Za-z_][\w-]{0,63})[ \t]*=[ \t]*("(?:[^"\\\n]|\\.){0,512}")[ \t]*->[ \t]*("(?:[^"\\\n]|\\.){0,512}")/g;

type Span = readonly [number, number];

/** A quoted argument's inside; a bare argument as it is. */
function inner(arg: string, at: number): Span | undefined {
  if (arg.length >= 2 && (arg[0] === '"' || arg[0] === "'") && arg[arg.length - 1] === arg[0]) {
    return arg.length === 2 ? undefined : [at + 1, at + arg.length - 1];
  }
  return [at, at + arg.length];
}

// Lower-case words after a password value: a passphrase typed without its quotes.
const TRAILING_WORDS = /(?:[ \t]+[a-z]{3,12}(?![\w.:/@\\-])){3,7}/y;
const PHRASE_BREAK = new Set(['and', 'then', 'for', 'with', 'from', 'into', 'the', 'via', 'using', 'run', 'exec']);

/**
 * A span for a flag's value, run on over the rest of a written-out passphrase: a command line
 * copied without its quotes (Windows event `CommandLine` fields, CI job echoes) shows
 * `--password orchid marble pylon cascade`, and the program saw the words as the one secret or
 * several; either way the words are the secret. Only a lower-case word value followed by three or
 * more lower-case words counts (a single database name or a host after the value stays).
 */
function valueSpan(text: string, arg: string, at: number): Span | undefined {
  const span = inner(arg, at);
  if (span === undefined || !/^[a-z]{3,12}$/.test(arg)) return span;
  TRAILING_WORDS.lastIndex = span[1];
  const m = TRAILING_WORDS.exec(text);
  if (m === null) return span;
  let end = span[1];
  let taken = 0;
  for (const word of m[0].split(/[ \t]+/).slice(1)) {
    if (PHRASE_BREAK.has(word)) break;
    end = text.indexOf(word, end) + word.length;
    taken++;
  }
  return taken >= 3 ? [span[0], end] : span;
}

/** Whether an argument can be a credential (not a flag, a variable, a path, a mask). */
function isValue(arg: string): boolean {
  const v = arg[0] === '"' || arg[0] === "'" ? arg.slice(1, -1) : arg;
  return v.length > 0 && (!NOT_A_VALUE.test(v) || isRandomRun(v));
}

/**
 * Whether an argv item is a flag whose next item is a credential, in the argv of any program:
 * `--db-password`, `--api-key`, `-storepass` (a short flag means nothing outside its tool).
 */
export function isSecretArgFlag(arg: string): boolean {
  if (arg.startsWith('--')) return arg.length > 3 && arg.length <= 50 && !arg.includes('=') && isSecretFlag(arg.slice(2));
  return /^-[a-z]{4,24}$/.test(arg) && PASS_WORD.test(arg);
}

// OpenPGP key selectors (duplicity's `--encrypt-key`, `--sign-key`, gpg's `--default-key`): the value
// picks a key from the keyring by its id or fingerprint (8, 16 or 40 hex digits, printed in capitals
// by gpg), which is public; key material never travels on a command line. A hex string of another
// length or in lower case under such a flag may be a raw symmetric key and still goes.
const KEY_SELECTOR_FLAG = /^(?:(?:hidden-)?encrypt|sign|default|trusted)-key$/;
const OPENPGP_KEY_ID = /^(?:0x)?(?:[0-9A-F]{8}|[0-9A-F]{16}|[0-9A-F]{40})$/;

function isKeySelector(flag: string, value: string): boolean {
  return KEY_SELECTOR_FLAG.test(flag) && OPENPGP_KEY_ID.test(value.replace(/^["']|["']$/g, ''));
}

/** Whether a flag's name says its value is a credential (`--db-pass`, `--api-key`, `-storepass`). */
export function isSecretFlag(name: string): boolean {
  return PASS_WORD.test(name) || secretByWords(keyWords(name)) === 'secret';
}

interface Arg {
  readonly text: string;
  readonly at: number;
}

/** The arguments of one command, from `from` to the end of the command (bounded). */
function args(text: string, from: number): Arg[] {
  const out: Arg[] = [];
  let at = from;
  const limit = Math.min(text.length, from + 4096);
  while (at < limit && out.length < 64) {
    SPACES.lastIndex = at;
    if (SPACES.exec(text) !== null) at = SPACES.lastIndex;
    if (at >= limit) break;
    const c = text[at]!;
    if (COMMAND_END.test(c) || (c === '&' && text[at + 1] === '&')) break;
    ARG.lastIndex = at;
    const m = ARG.exec(text);
    if (m === null) break;
    out.push({ text: m[0], at });
    at = ARG.lastIndex;
  }
  return out;
}

function toolSpans(text: string, spec: ToolSpec, list: readonly Arg[], push: (span: Span | undefined) => void): void {
  if (spec.needs !== undefined && !list.some((a) => spec.needs!.test(a.text))) return;
  if (spec.operands !== undefined) {
    let operand = 0;
    for (let i = 0; i < list.length; i++) {
      const arg = list[i]!;
      if (arg.text.startsWith('-')) {
        if (spec.operands.flagWithValue.test(arg.text)) i++;
        continue;
      }
      if (spec.operands.secrets.includes(operand) && isValue(arg.text)) push(inner(arg.text, arg.at));
      operand++;
    }
  }
  for (let i = 0; i < list.length; i++) {
    const { text: arg, at } = list[i]!;
    const next = list[i + 1];
    if (spec.value?.includes(arg) && next !== undefined && isValue(next.text)) {
      push(valueSpan(text, next.text, next.at));
      i++;
      continue;
    }
    if (spec.userpass?.includes(arg) && next !== undefined) {
      push(afterSeparator(next.text, next.at, spec.sep ?? ':'));
      i++;
      continue;
    }
    const eq = arg.indexOf('=');
    if (eq > 0 && spec.userpass?.includes(arg.slice(0, eq))) {
      push(afterSeparator(arg.slice(eq + 1), at + eq + 1, spec.sep ?? ':'));
      continue;
    }
    for (const flag of spec.attached ?? []) {
      if (arg.length > flag.length + 1 && arg.startsWith(flag) && arg[flag.length] !== '-') {
        const rest = arg.slice(flag.length);
        if (spec.userpass?.includes(flag)) push(afterSeparator(rest, at + flag.length, spec.sep ?? ':'));
        else if (isValue(rest)) push(inner(rest, at + flag.length));
      }
    }
    if (spec.positional !== undefined && spec.positional.at.test(arg)) {
      // htpasswd -b[n] [file] user pw: the password is the last argument of the run that follows.
      if (spec.positional.offset === 0) {
        // Further flags (`-b -c`, `-b -B -C 12`) may sit between `-b` and the file.
        let j = i + 1;
        let toStdout = arg.includes('n');
        while (list[j]?.text.startsWith('-') === true) {
          toStdout ||= /^-[a-zA-Z]*n/.test(list[j]!.text);
          j += /^-[Cr]$/.test(list[j]!.text) ? 2 : 1;
        }
        const n = toStdout ? 1 : 2;
        const target = list[j + n];
        if (target !== undefined && isValue(target.text)) push(inner(target.text, target.at));
      } else {
        const target = list[i + spec.positional.offset];
        // `net user jdoe /add`: a switch there, unless it is one random run (a share starting with `/`).
        if (target !== undefined && isValue(target.text) && (!target.text.startsWith('/') || isRandomRun(target.text))) push(inner(target.text, target.at));
      }
    }
  }
}

function afterSeparator(value: string, at: number, sep: string): Span | undefined {
  const quoted = value[0] === '"' || value[0] === "'";
  const body = quoted ? value.slice(1, -1) : value;
  const offset = quoted ? 1 : 0;
  const i = body.indexOf(sep);
  // `-u :pw` sends an empty user name and the password; `-u :` alone is curl's Negotiate idiom.
  if (i < 0 || i === body.length - 1 || body[i + 1] === '$') return undefined;
  return [at + offset + i + 1, at + offset + body.length];
}

/** Spans `[start, end)` of credentials in command lines and transcripts; undefined when none. */
// auditd's EXECVE record splits the command line into `a0="…" a1="…"` fields (hex when an
// argument has blanks or quotes): the argv of a known tool, read field by field.
const EXECVE_ARG = /[ \t]a(\d{1,3})="([^"\n]{0,1024})"/g;

function auditExecveSpans(text: string, push: (span: Span | undefined) => void): void {
  const list: Arg[] = [];
  EXECVE_ARG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EXECVE_ARG.exec(text)) !== null && list.length < 64) {
    list.push({ text: m[2]!, at: m.index + m[0].length - 1 - m[2]!.length });
  }
  const tool = list[0]?.text.slice(list[0].text.lastIndexOf('/') + 1);
  const spec = tool === undefined ? undefined : TOOLS.get(tool);
  if (spec !== undefined) toolSpans(text, spec, list.slice(1), push);
}

export function commandSpans(text: string): Span[] | undefined {
  let spans: Span[] | undefined;
  const push = (span: Span | undefined): void => {
    if (span !== undefined && span[1] > span[0]) (spans ??= []).push(span);
  };
  TOOL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOOL.exec(text)) !== null) {
    const spec = TOOLS.get(m[1]!)!;
    const list = args(text, m.index + m[0].length);
    toolSpans(text, spec, list, push);
    TOOL.lastIndex = Math.max(TOOL.lastIndex, list.length === 0 ? TOOL.lastIndex : list[list.length - 1]!.at + 1);
  }
  if ((text.includes('ecret') || text.includes('ECRET')) && /secrets?[ \t]+(?:set|put|create|add|import)\b/i.test(text)) {
    secretSetSpans(text, push);
  }
  if (text.includes(' -') || text.startsWith('-')) {
    LONG_FLAG.lastIndex = 0;
    while ((m = LONG_FLAG.exec(text)) !== null) {
      const name = m[2]!;
      const value = m[3]!;
      // Single-dash long flags are Java/OpenSSL style (`-storepass`): only password words there.
      const secret = m[1] === '--' ? isSecretFlag(name) : /^[a-z]+$/.test(name) && PASS_WORD.test(name);
      if (secret && isValue(value) && !isKeySelector(name, value)) {
        push(valueSpan(text, value, m.index + m[0].length - value.length));
      } else {
        // The value may itself be a flag: resume there.
        LONG_FLAG.lastIndex = m.index + m[1]!.length + name.length;
      }
    }
  }
  if (text.includes(' a0="')) auditExecveSpans(text, push);
  if (text.includes('|')) {
    ECHO_PIPE.lastIndex = 0;
    while ((m = ECHO_PIPE.exec(text)) !== null) {
      const value = m[1]!;
      if (isValue(value)) push(inner(value, m.indices![1]![0]));
    }
  }
  if (/auth|requirepass/i.test(text)) redisSpans(text, push);
  if (/LOGIN|login/.test(text)) {
    IMAP_LOGIN.lastIndex = 0;
    while ((m = IMAP_LOGIN.exec(text)) !== null) {
      const value = m[1]!;
      // A quoted IMAP string is the password whatever it starts with (`"-pX…"` is no flag here).
      if (value[0] === '"' ? value.length > 2 && !/^"\*+"$/.test(value) : isValue(value)) {
        push(inner(value, m.index + m[0].length - value.length));
      }
    }
  }
  if (/AUTH/i.test(text)) {
    SASL.lastIndex = 0;
    while ((m = SASL.exec(text)) !== null) push([m.index + m[0].length - m[1]!.length, m.index + m[0].length]);
    SASL_CONTINUED.lastIndex = 0;
    while ((m = SASL_CONTINUED.exec(text)) !== null) push([m.index + m[0].length - m[1]!.length, m.index + m[0].length]);
  }
  if (text.includes('PASS')) {
    FTP_PASS.lastIndex = 0;
    while ((m = FTP_PASS.exec(text)) !== null) {
      const value = m[1]!;
      // Test runners print `PASS  src/app.test.ts`: a path is not a password.
      if (isValue(value) && !value.includes('/') && !/\.[cm]?[jt]sx?$/.test(value)) {
        push([m.index + m[0].length - value.length, m.index + m[0].length]);
      }
    }
  }
  if (text.includes('net') && text.includes('\\\\')) {
    NET_USE.lastIndex = 0;
    while ((m = NET_USE.exec(text)) !== null) {
      const at = m.indices![2] ?? m.indices![3]!;
      push([at[0], at[1]]);
    }
  }
  if (text.includes('SecureString')) {
    SECURE_STRING.lastIndex = 0;
    while ((m = SECURE_STRING.exec(text)) !== null) push(inner(m[1]!, m.index + m[0].length - m[1]!.length));
  }
  if (/password|secret|communit/i.test(text)) {
    DEVICE_CONFIG.lastIndex = 0;
    while ((m = DEVICE_CONFIG.exec(text)) !== null) {
      if (m[4] !== undefined) {
        const end = m.index + m[0].length - 1;
        push([end - m[4].length, end]);
        continue;
      }
      const value = m[1] ?? m[2] ?? m[3]!;
      push([m.index + m[0].length - value.length, m.index + m[0].length]);
    }
  }
  if (text.includes('::add-mask::') || text.includes('requirepass') || text.includes('masterauth')) {
    DIRECTIVE.lastIndex = 0;
    while ((m = DIRECTIVE.exec(text)) !== null) {
      const value = m[1] ?? m[2]!;
      if (isValue(value)) push([m.index + m[0].length - value.length, m.index + m[0].length]);
    }
  }
  if (text.includes('334')) {
    SMTP_PROMPT.lastIndex = 0;
    while ((m = SMTP_PROMPT.exec(text)) !== null) push([m.index + m[0].length - m[1]!.length, m.index + m[0].length]);
  }
  if (text.includes('" ->')) {
    PLAN_CHANGE.lastIndex = 0;
    while ((m = PLAN_CHANGE.exec(text)) !== null) {
      if (!isSecretFlag(m[1]!)) continue;
      const oldAt = m.index + m[0].indexOf(m[2]!, m[1]!.length);
      push(inner(m[2]!, oldAt));
      push(inner(m[3]!, m.index + m[0].length - m[3]!.length));
    }
  }
  return spans;
}

// Commands that store secrets (`gh secret set N --body V`, `fly secrets set K=V`,
// `kubectl create secret generic --from-literal=K=V`): every value given to them is one.
const SECRET_SET = /\bsecrets?[ \t]+(?:set|put|create|add|import)\b|\bcreate[ \t]+secret\b/gi;
const ASSIGNMENT = /^(?:--from-literal=)?[A-Za-z_][\w.-]{0,127}=/;

function secretSetSpans(text: string, push: (span: Span | undefined) => void): void {
  SECRET_SET.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SECRET_SET.exec(text)) !== null) {
    const list = args(text, m.index + m[0].length);
    for (let i = 0; i < list.length; i++) {
      const { text: arg, at } = list[i]!;
      const next = list[i + 1];
      if ((arg === '-b' || arg === '--body' || arg === '--value' || arg === '--from-literal') && next !== undefined && isValue(next.text)) {
        const assigned = ASSIGNMENT.exec(next.text);
        push(assigned === null ? inner(next.text, next.at) : inner(next.text.slice(assigned[0].length), next.at + assigned[0].length));
        i++;
        continue;
      }
      const assigned = ASSIGNMENT.exec(arg);
      // `K=V` and `--from-literal=K=V`; other `--flag=value` options (`--namespace=prod`) are not values.
      if (assigned !== null && (!arg.startsWith('-') || arg.startsWith('--from-literal='))) {
        const value = arg.slice(assigned[0].length);
        if (isValue(value)) push(inner(value, at + assigned[0].length));
      }
    }
    SECRET_SET.lastIndex = Math.max(SECRET_SET.lastIndex, list.length === 0 ? 0 : list[list.length - 1]!.at + 1);
  }
}

function redisSpans(text: string, push: (span: Span | undefined) => void): void {
  let m: RegExpExecArray | null;
  REDIS_QUOTED.lastIndex = 0;
  while ((m = REDIS_QUOTED.exec(text)) !== null) {
    if (m[2] !== undefined) {
      push(inner(m[2], m.index + m[0].length - m[2].length));
      continue;
    }
    // The last quoted argument is the password (`"AUTH" "pw"` or `"AUTH" "user" "pw"`).
    const list = m[1]!;
    const lastQuote = list.lastIndexOf(' "');
    const lastTab = list.lastIndexOf('\t"');
    const start = Math.max(lastQuote, lastTab) + 1;
    const listAt = m.index + m[0].length - list.length;
    push(inner(list.slice(start), listAt + start));
  }
  // redis-cli `CONFIG SET requirepass pw` (unquoted, unlike MONITOR output).
  REDIS_CONFIG_SET.lastIndex = 0;
  while ((m = REDIS_CONFIG_SET.exec(text)) !== null) {
    const value = m[1]!;
    if (isValue(value)) push(inner(value, m.index + m[0].length - value.length));
  }
  REDIS_PROMPT.lastIndex = 0;
  while ((m = REDIS_PROMPT.exec(text)) !== null) {
    const value = m[2] ?? m[1]!;
    if (/^(?:PLAIN|LOGIN|XOAUTH2|OAUTHBEARER|CRAM-MD5)$/i.test(value) || !isValue(value)) continue;
    const end = m.index + m[0].lastIndexOf(value) + value.length;
    push(inner(value, end - value.length));
  }
  IOREDIS_AUTH.lastIndex = 0;
  while ((m = IOREDIS_AUTH.exec(text)) !== null) {
    const list = m[1]!;
    const listAt = m.index + m[0].indexOf('[') + 1;
    QUOTED_ITEM.lastIndex = 0;
    let q: RegExpExecArray | null;
    let last: Span | undefined;
    while ((q = QUOTED_ITEM.exec(list)) !== null) last = [listAt + q.index + 1, listAt + q.index + q[0].length - 1];
    push(last);
  }
}

const PLAIN_ARG = /^[^\s'"|;&<>`\\]+$/;
const REDACTED_ARG = '[REDACTED]';

/**
 * An argument vector (`spawn('curl', ['-u', 'user:pw'])` logged as `argv`) read like the command
 * line it stands for, so `-p` means what it means to that tool. Only vectors whose first item names
 * a tool of the table (undefined otherwise): the map holds the scrubbed form of each argument that
 * carried a credential, and is empty when none did (`docker run -p 8080:80` publishes a port).
 */
export function argvRedactions(items: readonly unknown[], n: number): Map<number, string> | undefined {
  const first = items[0] as string;
  const base = first.slice(Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\')) + 1).replace(/\.exe$/i, '');
  if (!TOOLS.has(base) || n > 256) return undefined;
  const offsets: number[] = [];
  let line = '';
  for (let i = 0; i < n; i++) {
    const item = items[i];
    if (typeof item !== 'string') return undefined;
    if (i > 0) line += ' ';
    // An argument with blanks or shell characters is written quoted, as a shell would need it.
    const quote = PLAIN_ARG.test(item) ? '' : item.includes('"') ? "'" : '"';
    offsets.push(line.length + quote.length);
    line += quote + item + quote;
  }
  const out = new Map<number, string>();
  const spans = commandSpans(line);
  if (spans === undefined) return out;
  // Right to left, so a second span in one argument still finds its offsets.
  for (const [start, end] of [...spans].reverse()) {
    for (let i = n - 1; i >= 0; i--) {
      const at = offsets[i]!;
      if (start < at) continue;
      const original = items[i] as string;
      if (start < at + original.length) {
        const current = out.get(i) ?? original;
        out.set(i, current.slice(0, start - at) + REDACTED_ARG + current.slice(Math.min(end - at, original.length)));
      }
      break;
    }
  }
  return out;
}
