import { flowLinkSpans } from './credential-links.js';
import { FLOW_PATH_HINT } from './flow-words.js';
import { AUTH_LINE_HINT, authLineSpans } from './auth-lines.js';
import { bracketedSecretSpans } from './bracketed-secrets.js';
import { SETTING_SOURCE_HINT, settingSourceSpans } from './setting-sources.js';
import { COMMAND_HINT, commandSpans } from './command-line.js';
import { ONE_TIME_HINT, oneTimeCodeSpans } from './one-time-codes.js';
import { ACCESS_CODE_HINT, accessCodeSpans } from './access-codes.js';
import { BREACH_CHECK_HINT, breachedPasswordSpans } from './breached-passwords.js';
import { keyWords } from './key-names.js';
import { isErrorCode, isPublicValue } from './public-values.js';
import { wordAlternation } from './word-trie.js';
import { isRandomRun, shannonEntropy } from './vendor-scanner.js';

/**
 * Context words: free text that names a credential ("login failed with password hunter2x",
 * "invalid api key 7bea…", `CREATE USER … IDENTIFIED BY 'x'`) and then gives it. Strong words
 * (password, passphrase, IDENTIFIED BY) make the next word the secret unless it is an ordinary
 * word of such messages ("password reset email sent"); weak words (token, secret, key, cookie,
 * session, credential, auth) make a credential-shaped token within the next few words the secret.
 */
const STRONG = String.raw`[Ii]dentified[ \t]+(?:[Ww]ith[ \t]+[\w$]+[ \t]+)?[Bb]y|IDENTIFIED[ \t]+(?:WITH[ \t]+[\w$]+[ \t]+)?BY|SET PASSWORD FOR[ \t]+\S{1,128}[ \t]+=|[Ss][Nn][Mm][Pp][ \t]+[Cc]ommunity(?:[ \t]+[Ss]tring)?|SNMP[ \t]+COMMUNITY|[Cc]ommunity[ \t]+[Ss]tring|[Pp]ass(?:word|wd|phrase)s?|[Pp]ass(?=[ \t]+"[^"\s]{4,256}")|PASS(?:WORD|WD|PHRASE)S?|[Pp]ass[ \t]+[Pp]hrase|[Pp]wd|PWD|[Pp]w|PW|[Pp]asswort|PASSWORT|[Kk]ennwort|[Mm]ot de passe|[Cc]ontrase[ñn]a|[Ss]enha|[Ww]achtwoord|[Hh]as[łl]o|[Ll][öo]senord(?:et)?|[Pp]assord(?:et)?|[Aa]dgangskode[rn]?|[Kk]odeord(?:et)?|[Ss]alasana(?:ni|si|mme|nne)?(?:[ \t]+on(?=[ \t]))?|[Hh]eslo|[Jj]elsz[óo]|[Şş]ifre|пароль|Пароль|密码|密碼|パスワード|비밀번호|[Gg]eslo|GESLO|[Ll]ozink[aeu]|LOZINKA|[Ll]ozinkom|[Pp]arool|PAROOL|[Ss]laptažod(?:is|žio|į)|[Pp]arol[ăa]|[Pp]arolă|[Pp]arola|ПАРОЛЬ|[Пп]арол[аиья]|[Лл]озинк[аеу]|[Κκ]ωδικ[όο]ς(?:[ \t]+πρόσβασης)?|סיסמ[הא]|كلمة[ \t]+(?:المرور|السر)|पासवर्ड|รหัสผ่าน|[Mm]ật[ \t]+khẩu|[Kk]ata[ \t]+(?:[Ss]andi|[Ll]aluan)|口令|암호|[Aa]ccess[ \t]+[Cc]ode|ACCESS[ \t]+CODE|[Cc]odice[ \t]+d(?:i[ \t]+|['’])accesso|[Cc][óo]digo[ \t]+de[ \t]+ac(?:ceso|esso)|[Cc]ode[ \t]+d['’]acc[èe]s|[Zz]ugangscode`;
const WEAK = String.raw`[Tt]okens?|TOKENS?|[Ss]ecrets?|SECRETS?|[Aa]pi[ _-]?[Kk]eys?|API[ _-]?KEYS?|[Kk]eys?|KEYS?|[Cc]ookies?|COOKIES?|[Ss]ession(?:[ _-]?[Ii][Dd])?|SESSION(?:[ _-]?ID)?|[Cc]redentials?|CREDENTIALS?|[Cc]reds|CREDS|[Aa]uth|AUTH|[Bb]earer|[Ss]ignature|[Pp]asscode|PIN|[Oo][Tt][Pp]`;
// は, が, 是, 为, 為, 는, 은, 가, 이: the particles and copulas that follow a CJK password word.
const PARTICLE_AFTER = new Set([0x306f, 0x304c, 0x662f, 0x4e3a, 0x70ba, 0xb294, 0xc740, 0xac00, 0xc774]);
const CONTEXT_WORD = new RegExp(String.raw`(?<!\w|[\w.]-)(?:(?<strong>${STRONG})|(?<weak>${WEAK}))(?![\w-])`, 'g');
// An HTTP status after a request line's path (`/me/password 204 37ms`, `/password 500`), or the
// protocol closing the request line (`"POST /oauth/token HTTP/1.1" 200 … "<user agent>"`).
const REQUEST_STATUS_AFTER = /^[ \t]+(?:[1-5]\d\d(?:[ \t]|$)|HTTP\/\d)/;
/** Cheap test before the pass above: one of the stems, any case. */
export const CONTEXT_HINT = new RegExp(
  String.raw`${wordAlternation([
    'pass', 'pw', 'identified', 'token', 'secret', 'key', 'cookie', 'session', 'credential', 'creds', 'auth', 'bearer', 'signature',
    'otp', 'kennwort', 'contrase', 'senha', 'wachtwoord', 'hasło', 'haslo', 'lösenord', 'losenord', 'passord', 'adgangskode', 'kodeord', 'salasana',
    'heslo', 'jelsz', 'şifre', 'sifre', 'mot de passe', 'community', 'парол', 'Парол', '密码', '密碼', 'パスワード', '비밀번호',
    'geslo', 'lozink', 'лозинк', 'parool', 'slaptažod', 'parol', 'κωδικ', 'Κωδικ', 'סיסמ', 'كلمة', 'पासवर्ड', 'รหัสผ่าน', 'mật khẩu',
    'kata sandi', 'kata laluan', '口令', '암호', 'access code', 'codice di accesso', "codice d'accesso", 'digo de acceso', 'digo de acesso', "code d'acc", 'zugangscode',
  ])}|pin\b`,
  'i',
);

/** Whether {@link contextSpans} can find anything: a context word or a command line. */
export function mayHaveContext(text: string): boolean {
  return CONTEXT_HINT.test(text) || COMMAND_HINT.test(text) || ONE_TIME_HINT.test(text) || ACCESS_CODE_HINT.test(text) || AUTH_LINE_HINT.test(text) || SETTING_SOURCE_HINT.test(text) || BREACH_CHECK_HINT.test(text) || (text.includes('://') && FLOW_PATH_HINT.test(text));
}

// Words that follow "password"/"token" in ordinary messages and are never the secret.
const STOPWORDS = new Set(
  (
    'a an the is was are were be been has have had do does did of for to in on at by with without via from into using and or not no ' +
    'reset change changed changes expired expires expiry expiration incorrect invalid wrong required missing must should will can cannot ' +
    'could would may might policy policies length too mismatch hash hashed hashing field fields strength update updated updates ' +
    'verification verify verified validation validate check checks login logins attempt attempts failed failure fails error errors ' +
    'manager rotation rotated rotate entry prompt protected based authentication authorization auth provided supplied set saved stored ' +
    'accepted rejected matches match matched confirmation confirm recovery forgot forgotten hint complexity requirements rules rule ' +
    'history age salt characters chars reuse reused used please again empty blank null undefined none redacted masked hidden omitted ' +
    'this that these those it its when if then than as so but also only just still yet all any some new old current previous ' +
    'request requests response refresh refreshed refreshing revoked issued issuer endpoint type value values store cache cached ' +
    'generation generated generate sent send email link file header headers parameter param flag option config configuration ' +
    'was expected format valid length lookup found exists exist present absent timeout timed retry retries count limit limits ' +
    'id ids name names key keys token tokens secret secrets cookie cookies session sessions credential credentials user users ' +
    'account accounts client server service services signature signatures verification bearer scheme prefix suffix payload ' +
    'rotation vault manager env environment variable variables file path store storage policy handling handler middleware ' +
    // Pronouns and articles start a clause about the password, not the password ("the password you entered was wrong").
    'you your i we they he she my our their his her me us them someone anyone everyone ' +
    // Adverbs that open a clause about the password ("password last changed", "password successfully updated").
    'last first never now already successfully recently automatically temporarily due soon being while during ' +
    // Articles and prepositions of the languages whose password words are listed above
    // ("Passwort für den Admin lautet …", "mot de passe du compte est …", "contraseña del wifi es …").
    'für fur den der die das dem des ein eine einen neue neuen neues du de la le les un une nouveau nouvelle del el los las ' +
    'nuevo nueva da do di dei della per och för til voor van het een для от на за к dla za na pro pentru untuk bagi για'
  ).split(' '),
);

const COPULA_NEXT = /^[ \t]+(?:è|é|es|est|ist|is|era|war|was|lautet|är|er|jest|je|e)[ \t]+\S/;
/** A word or quoted value after a strong context word, with the connectors allowed in between. */
const STRONG_VALUE = /[ \t]*(?:(?:is|was|=|:|:=|of|to|lautet|ist|war|es|est|era|é|è|är|er|jest|je|là|adalah|ialah|είναι|е|este|yra|ir)[ \t]+)?(?:'([^'\n]{1,256})'|"([^"\n]{1,256})"|`([^`\n]{1,256})`|([^\s'"`,;()[\]{}<>]{1,256}))/y;
// Words that make the label a statement about the password ("password expired for user: x").
const LABEL_STATUS = /\b(?:expired?|expires|changed?|incorrect|invalid|wrong|fail(?:ed|ure|s)?|required|missing|updated?|reset|set|accepted|rejected|verified|mismatch|too|not|no|never|must|should|will|can|cannot|was|is|has|had|been|did|does|do|while|when|during|connecting)\b/i;
// Label words (letters of any script) between a strong word and a colon (not a URL scheme's), then the value.
const LABEL_TAIL = /((?:[ \t]+[\p{L}\p{M}'’-]{1,24}){1,4})[ \t]*[:：](?!\/\/)[ \t]*(?:'([^'\n]{1,256})'|"([^"\n]{1,256})"|([^\s'"`,;()[\]{}<>]{1,256}))/uy;
// Some vendors issue their keys as UUIDs (Postmark server tokens, Heroku API keys, Mailgun's older
// keys): a UUID right after the words naming such a key is the key. After "key id", "request id"
// or "trace" a UUID names something and stays.
const UUID_KEY_BEFORE = /(?:\b(?:api|server|access|account|auth|secret)[ _-]?(?:key|token)|\bsecret)[ \t]*(?:[:=]|\b(?:is|was|ist|est|es)\b)?[ \t]*$/i;
/** Where a credential-shaped token is looked for after a weak word: the rest of the clause, bounded. */
const WINDOW = 96;
// Public key material: an OpenSSH public key blob (`AAAA…`) after its algorithm name, and a GnuPG
// key id or fingerprint (8, 16 or 40 upper-case hex) on a `gpg:` line; whoever reads them learns no secret.
const SSH_KEY_TYPE_BEFORE = /(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp\d{3}|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)[ \t]+$/;
const GPG_KEY_ID = /^(?:0x)?(?:[0-9A-F]{40}|[0-9A-F]{16}|[0-9A-F]{8})$/;

function publicKeyMaterial(text: string, token: string, before: string): boolean {
  if (token.startsWith('AAAA')) return SSH_KEY_TYPE_BEFORE.test(before);
  // OpenPGP names the key of a signature by its id (`gpg: using RSA key <40 hex>`, `signed with key <16 hex>`).
  return GPG_KEY_ID.test(token) && (text.includes('gpg') || /\bsigned\b|\bsignature\b/i.test(text));
}
const HASH_WORD_BEFORE = /(?:commit|sha(?:1|256|512)?|revision|rev|digest|hash|checksum|etag|build)[ \t:=#]{1,3}$/i;
const TOKEN_CHAR = /[A-Za-z0-9+/_~.:!@#$%^*=-]/;
const USER_PASS = /[ \t]{1,3}(?:(?:is|was|=|:|with|using)[ \t]{1,3})?([\w.@+-]{1,64}):([^\s'"]{3,256})/y;
const QUERY_PARAM_AT = /^&[A-Za-z_][\w.-]{0,63}=|^&(?:\s|$)/;
const CANDIDATE = /[A-Za-z0-9+/_~.:!@#$%^*-]{12,}={0,2}/g;
const ARN = /^arn:aws[\w-]{0,16}:[a-z0-9-]{1,32}:[a-z0-9-]{0,32}:\d{0,12}:./;
export const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const PSEUDONYM_OR_MARK = /^<|^\[|REDACTED/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}|$)/;
const PATH_OR_URL = /^(?:\/|\.\/|~\/|[a-z][a-z0-9+.-]*:\/\/)|\.(?:js|ts|mjs|cjs|json|html|png|jpe?g|css|txt|pdf|csv|yaml|yml|md)$/i;
const VERSION = /^v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$/;
const DOTTED_WORDS = /^[a-z][a-z0-9_-]*(?:\.[a-z][a-z0-9_-]*)+$/;
// Business ids: ORD-2026-641919, INV/2025/97410, PO-12345, SO0035782264, #186872.
const ID_LIKE = /^[A-Za-z]{1,6}[_-]?\d+$|^\d+$|^#?[A-Z]{1,6}[-_/#]?\d{2,}(?:[-_/]\d{1,})*$/;

/**
 * `Proxy-Authorization`, `camelCaseName`, `credentialTtlSeconds`: words joined by case or
 * separators, no digits; short abbreviations without vowels (`Ttl`, `Ms`, `Kms`) count as words
 * when at least two real words surround them.
 */
function wordsOnly(value: string): boolean {
  if (/\d/.test(value)) return false;
  const parts = value.split(/[-_. ]+|(?<=[a-z])(?=[A-Z])/);
  // A unit or acronym may close the name (`processingTimeMS`, `fetchedAtUTC`).
  if (parts.length < 2 || !parts.every((w, i) => /^[A-Za-z][a-z]{1,14}$/.test(w) || (i > 0 && i === parts.length - 1 && /^[A-Z]{2,4}$/.test(w)))) return false;
  const voweled = parts.filter((w) => /[aeiouy]/i.test(w)).length;
  return voweled === parts.length || (voweled >= 2 && parts.every((w) => w.length <= 3 || /[aeiouy]/i.test(w)));
}

/** How many of lower case, upper case, digits and symbols a string mixes. */
function classes(value: string): number {
  return (/[a-z]/.test(value) ? 1 : 0) + (/[A-Z]/.test(value) ? 1 : 0) + (/\d/.test(value) ? 1 : 0) + (/[^A-Za-z0-9]/.test(value) ? 1 : 0);
}

/**
 * Whether a token reads as a credential (random-looking) rather than an identifier, a word,
 * a path or a version: long, mixed character classes or hex/base64, high entropy.
 */
export function credentialShaped(token: string): boolean {
  const value = token.replace(/[.:,;!]+$/, '');
  if (value.length < 12 || isErrorCode(value)) return false;
  if (UUID.test(value) || PSEUDONYM_OR_MARK.test(value) || ISO_TIME.test(value) || VERSION.test(value)) return false;
  if ((PATH_OR_URL.test(value) && !isRandomRun(value)) || DOTTED_WORDS.test(value) || ID_LIKE.test(value) || value.includes('@')) return false;
  if (/^[0-9a-f]{24,}$/i.test(value)) return true;
  // HTTP field names (`X-Shopify-Shop-Domain`, `X-B3-TraceId`): capitalised words joined by `-`.
  if (HEADER_NAME.test(value)) return false;
  // snake_case / kebab-case words (`authorization_code`, `max-retry-count`) are names, not secrets.
  if (/^[a-z]+(?:[_.-][a-z0-9]+)+$/.test(value) || /^[A-Z]+(?:_[A-Z0-9]+)+$/.test(value)) return false;
  if (wordsOnly(value)) return false;
  const mix = classes(value);
  if (mix >= 3 && shannonEntropy(value) >= 3.2) return true;
  // Letters only, mixed case and random-looking ("TuWOlOqXTGrAtDkvOLpgvCNkl"), or long lower-case hex/base32.
  if (mix === 2 && value.length >= 16 && shannonEntropy(value) >= 3.5 && !/^[A-Z][a-z]+(?:[A-Z][a-z]+)*$/.test(value)) return true;
  return false;
}

const HEADER_WORD = String.raw`(?:[A-Z]{1,6}|[A-Z]?[a-z]+(?:[A-Z][a-z]+)*)`;
const HEADER_NAME = new RegExp(String.raw`^${HEADER_WORD}(?:-(?:${HEADER_WORD}|\d{1,3})){1,8}$`);
// A digest written with its algorithm: OCI/Docker `sha256:<hex>`, SRI `sha512-<base64>` (W3C
// Subresource Integrity, npm's `integrity`). It names content, whatever word came before it.
// OpenSSH prints key fingerprints the same way: `SHA256:<base64, unpadded>`, `MD5:<hex pairs>`.
const ALGORITHM_DIGEST = /^(?:(?:sha(?:1|224|256|384|512)|md5|blake2[bs]?|sha3-(?:256|512)):[0-9a-f]{32,128}|sha(?:256|384|512)-[A-Za-z0-9+/]{40,88}={0,2}|SHA256:[A-Za-z0-9+/]{43}|MD5(?::[0-9a-f]{2}){16})$/i;

// A field name (snake, kebab or camel words) and `=`: base64 padding follows mixed-case noise instead.
const KEY_OF_PAIR = /^[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)+=$|^[a-z]+(?:[A-Z][a-z]+)+=$/;
// The name of the `name=value` pair a token is the value of (`client_id=`, `"tenantId": "`, Go's `X-Request-Id:[`).
const PAIR_KEY_BEFORE = /([A-Za-z][\w.-]{0,62})(?:=|["']?[ \t]*:[ \t]*\[?)["']?$/;
// A name of a stored secret: lower-case words and digits joined by `-`, `_`, `.` or `/`.
const SECRET_NAME = /^[a-z0-9]+(?:[-_./][a-z0-9]+)*$/;
const QUOTED_AFTER = /[ \t]{1,3}(?:'([^'\s]{1,256})'|"([^"\s]{1,256})")/y;
// After "password …": a connector, then the value (`was X`, `(supplied X)`, `lautet X`), within the clause.
const GIVEN_LATER =
  /(?:[^\n.!?;]{0,60}?)[ \t(](?:was|is|were|are|supplied|provided|given|used|tried|entered|lautet|ist|war|es|est|era|é|è)[:=]?[ \t]+(?:'([^'\n]{1,256})'|"([^"\n]{1,256})"|([^\s'"`,;()[\]{}<>]{1,256}))/y;

/** Whether a quoted literal after "credential"/"secret" is one: random-looking, not a name of one. */
function quotedSecret(value: string): boolean {
  if (value.length < 6 || UUID.test(value) || (PATH_OR_URL.test(value) && !isRandomRun(value)) || VERSION.test(value) || ISO_TIME.test(value)) return false;
  return /\d/.test(value) && /[A-Za-z]/.test(value) ? true : classes(value) >= 3;
}

/**
 * The value given by a connector later in a password clause. Unquoted, it must look like a
 * password (letters with digits or symbols), so "password for bob was changed" stays.
 */
function givenLater(text: string, after: number): readonly [number, number] | undefined {
  GIVEN_LATER.lastIndex = after;
  const g = GIVEN_LATER.exec(text);
  if (g === null) return undefined;
  const quoted = g[1] ?? g[2];
  const raw = quoted ?? g[3]!;
  const value = quoted === undefined ? raw.replace(/[.,;:!?]+$/, '') : raw;
  // Unquoted, it must look like a password: a symbol beyond `-_.` with another class, or upper
  // case, lower case and digits ("policy is v2-strict", "algorithm is bcrypt-12" stay).
  // After "supplied", "entered", "tried" the value is what was typed, whatever its shape.
  const typed = g[0].slice(0, g[0].length - raw.length - (quoted === undefined ? 0 : 1)).search(/(?:supplied|provided|given|used|tried|entered)[:=]?[ \t]+$/) !== -1;
  // Letters with digits (`liverpool1992`) and dashed word passphrases (`harbor-copper-orchid-lantern`)
  // count too, unless the words before the connector show the clause is about the password
  // ("password policy is v2-strict").
  const gap = g[0].slice(0, g[0].length - raw.length - (quoted === undefined ? 0 : 1));
  const looksLikePassword =
    typed ||
    // Accented letters are letters (`expiré`), not symbols.
    (/[^\p{L}\p{N}._-]/u.test(value) ? classes(value) >= 2 : classes(value) >= 3 && /[A-Z]/.test(value) && /[a-z]/.test(value)) ||
    (!ABOUT_GAP.test(gap) && ((value.length >= 8 && /\d/.test(value) && /[A-Za-z]/.test(value)) || PASSPHRASE.test(value) || randomCaseLetters(value)));
  if (quoted === undefined && raw === value) {
    // "… lautet Pepper falcon juniper saddle – bitte": words of a passphrase, however they look alone.
    const phraseEnd = passphraseEnd(text, value, GIVEN_LATER.lastIndex);
    if (phraseEnd !== undefined && !ABOUT_GAP.test(gap)) return [GIVEN_LATER.lastIndex - value.length, phraseEnd];
  }
  if (quoted === undefined && (value.length < 6 || !looksLikePassword || !strongValue(value, false))) {
    return undefined;
  }
  if (PSEUDONYM_OR_MARK.test(value) || /^\*+$/.test(value)) return undefined;
  // "reset link is https://…", "last changed is 2026-01-01T…": a link or a date, not the password.
  // An address (`ops@example.com`) is no password; `k@ff394` may be.
  if (quoted === undefined && (PATH_OR_URL.test(value) || ISO_TIME.test(value) || VERSION.test(value) || UUID.test(value) || /@[\w-]+\./.test(value))) {
    return undefined;
  }
  const end = GIVEN_LATER.lastIndex - (quoted === undefined ? raw.length - value.length : 1);
  return [end - value.length, end];
}

/**
 * Letters only, upper and lower case mixed at random (`AdOzDCUtuexRlYd`), as generators make them
 * when told to leave out digits and symbols: at least three of each case, and not words joined
 * in camel case (`ReplicaFailoverDone`).
 */
function randomCaseLetters(value: string): boolean {
  if (value.length < 10 || value.length > 64 || !/^[A-Za-z]+$/.test(value) || /^[a-z]?(?:[A-Z][a-z]+)+$/.test(value)) return false;
  return (value.match(/[A-Z]/g)?.length ?? 0) >= 3 && (value.match(/[a-z]/g)?.length ?? 0) >= 3;
}

// A word passphrase written out (`Meadow harbor marble saddle`, diceware style): a capitalised
// word, then two to six lower-case words or a number, up to the end of the clause. Each is a whole
// word: `grant` of a following `grant_type=` starts the next pair, it is no word of the phrase.
const PHRASE_WORDS = /(?:[ \t]+(?:[a-z\u00DF-\u00FF]{3,12}|\d{1,4})(?![\w\u00DF-\u00FF=])){2,6}/y;
// Words that end the clause after a passphrase ("… until we rotate it", "… bitte nicht weitergeben").
const PHRASE_STOP = new Set(
  'until till for to and or but so then on in at from with because please if when while we i you it is was bis und oder für bitte ab et ou pour jusqu y o para hasta por que'.split(' '),
);
const NEXT_PAIR_AFTER = /^[ \t]+[A-Za-z_][\w.-]{0,40}=/;
const LOWER_PHRASE_END = /^(?:["']|[ \t]+[A-Za-z_][\w.-]{0,40}=)/;
const SHORT_PHRASE_END = /^(?:[ \t]*[\u2013\u2014]|[ \t]+-[ \t]|[ \t]*$|[ \t]*\r?\n)/;
// Participles and adverbs: words of a sentence, not of a generated passphrase.
const CLAUSE_WORD = /(?:ed|ing|ly)$/;
const PHRASE_END = /^(?:[ \t]*(?:[,.;:!?)\u2013\u2014-]|$)|\r?\n)/;

/** Where a passphrase starting with `first` (ending at `firstEnd`) ends; undefined when it is one word. */
export function passphraseEnd(text: string, first: string, firstEnd: number): number | undefined {
  // All lower case (`velvet glacier compass velvet`), it needs three more words to be told from a clause.
  const lower = /^[a-z\u00DF-\u00FF]{3,12}$/.test(first);
  if (!lower && !/^[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]{2,11}$/.test(first)) return undefined;
  if (lower && PHRASE_STOP.has(first)) return undefined;
  PHRASE_WORDS.lastIndex = firstEnd;
  const m = PHRASE_WORDS.exec(text);
  if (m === null) return undefined;
  // Cut at the first word that starts the next clause.
  const words = m[0].split(/[ \t]+/).slice(1);
  let end = firstEnd;
  let taken = 0;
  for (const word of words) {
    if (PHRASE_STOP.has(word)) break;
    end = text.indexOf(word, end) + word.length;
    taken++;
  }
  if (taken < 2) return undefined;
  if (lower && taken === 2) {
    // Three lower-case words (`walnut ember quiet`) only when a dash, the line's end or the next
    // `name=` pair closes them and none reads as a clause about the password (`stored in vault`,
    // `currently being rotated`).
    const phrase = [first, ...words.slice(0, 2)];
    if (!(SHORT_PHRASE_END.test(text.slice(end, end + 4)) || NEXT_PAIR_AFTER.test(text.slice(end, end + 48))) || phrase.some((w) => STOPWORDS.has(w) || CLAUSE_WORD.test(w))) return undefined;
    return end;
  }
  // The phrase must end its clause: punctuation, a dash, the line's end or a word that opens a new clause.
  const rest = text.slice(end, end + 48);
  const nextWord = /^[ \t]+([A-Za-z\u00C0-\u00FF]+)/.exec(rest)?.[1];
  if (!PHRASE_END.test(rest) && !(nextWord !== undefined && PHRASE_STOP.has(nextWord.toLowerCase()))) {
    // A lower-case phrase may also end at a closing quote or at the next `NAME=` of an environment dump.
    if (!lower || !LOWER_PHRASE_END.test(rest)) return undefined;
  }
  return end;
}

const ABOUT_GAP = /\b(?:polic(?:y|ies)|algorithm|hash(?:ing)?|format|length|strength|rules?|requirements?|expiry|expiration|age|complexity|reset|change[ds]?|manager|hint|field|history|type|version|scheme|mode|status|storage|rotation|validation|checks?|attempts?|errors?|prompt|entropy|min(?:imum)?|max(?:imum)?|politique|richtlinie|pol[ií]tica)\b/i;
const PASSPHRASE = /^[a-z]{3,12}(?:-[a-z]{3,12}){2,7}$/;

/** Whether a value given right after "password"/"IDENTIFIED BY" is the secret. */
function strongValue(raw: string, quoted: boolean): boolean {
  const value = raw.trim();
  if (value.length === 0) return false;
  if (PSEUDONYM_OR_MARK.test(value) || value === '***' || /^\*+$/.test(value) || /^\$\d+$|^\?$|^:\w+$/.test(value)) return false;
  if (quoted) return true;
  if (isErrorCode(value.replace(/[.,;:!?]+$/, ''))) return false;
  const word = value.replace(/[.,;:!?]+$/, '').toLowerCase();
  if (word.length < 3 || STOPWORDS.has(word)) return false;
  return true;
}

// ioredis errors printed with util.inspect: `command: { name: 'auth', args: [ 'default', 'pw' ] }`.
const REDIS_AUTH = /name: ['"]auth['"],\s*args: \[([^\]]{0,1024})\]/gi;
const QUOTED = /'((?:[^'\\]|\\.){0,512})'|"((?:[^"\\]|\\.){0,512})"/g;

/** Spans `[start, end)` of secrets given after context words; undefined when none. */
export function contextSpans(text: string): Array<readonly [number, number]> | undefined {
  let spans: Array<readonly [number, number]> | undefined;
  if (text.includes('args')) {
    REDIS_AUTH.lastIndex = 0;
    let r: RegExpExecArray | null;
    while ((r = REDIS_AUTH.exec(text)) !== null) {
      const listAt = r.index + r[0].length - 1 - r[1]!.length;
      QUOTED.lastIndex = 0;
      let q: RegExpExecArray | null;
      while ((q = QUOTED.exec(r[1]!)) !== null) {
        const inner = q[1] ?? q[2] ?? '';
        (spans ??= []).push([listAt + q.index + 1, listAt + q.index + 1 + inner.length]);
      }
    }
  }
  const hinted = CONTEXT_HINT.test(text);
  CONTEXT_WORD.lastIndex = hinted ? 0 : text.length;
  let m: RegExpExecArray | null;
  while ((m = CONTEXT_WORD.exec(text)) !== null) {
    const after = m.index + m[0].length;
    // `password=x`, `token: x` are key/value pairs, read by the key/value detector.
    const next = text.charCodeAt(after);
    // Words outside ASCII (`hasło: x`, `пароль: x`) and words of several parts (`mot de passe: x`,
    // `pass phrase: x`) are no keys the key/value detector reads: it would see only the last part.
    const nonAsciiLabel = (next === 58 || next === 61) && /[^!-~]/.test(m[0]);
    // CJK text writes the label with a full-width colon (`密码：x`); a value in CJK script there is a
    // status (`密码：已重置`), a password is typed in ASCII.
    // Japanese, Chinese and Korean join the value with a particle or copula (`パスワードは "x"`,
    // `密码是 x`, `비밀번호는 x`); as after the wide colon, only a value typed in ASCII counts.
    const wideColon = (next === 0xff1a || (PARTICLE_AFTER.has(next) && /[^ -~]$/.test(m[0]))) && /^[ \t]*[!-~]/.test(text.slice(after + 1, after + 4));
    // "can someone try with my token? <token>": a chat line asks, then pastes the credential. Only a
    // credential-shaped token counts there, never a word ("the token? nobody has it").
    const asked = next === 63 && (text.charCodeAt(after + 1) === 32 || text.charCodeAt(after + 1) === 9);
    if (next !== 32 && next !== 9 && !nonAsciiLabel && !wideColon && !asked) continue;
    // `PUT /account/password 204 37ms`, `POST /oauth/token HTTP/1.1`: the last segment of a request path.
    if (m.index > 0 && text.charCodeAt(m.index - 1) === 47 && REQUEST_STATUS_AFTER.test(text.slice(after, after + 8))) continue;
    if (m.groups?.strong !== undefined && !asked) {
      // "Пароль для входа: x", "password for the build user: x": a label of up to four words ends in a colon.
      LABEL_TAIL.lastIndex = after;
      const label = wideColon ? null : LABEL_TAIL.exec(text);
      if (label !== null && !ABOUT_GAP.test(label[1]!) && !LABEL_STATUS.test(label[1]!)) {
        const value = label[2] ?? label[3] ?? label[4]!;
        if (strongValue(value, label[4] === undefined)) {
          const end = LABEL_TAIL.lastIndex - (label[4] === undefined ? 1 : 0);
          // A written-out passphrase runs on over its words.
          const phraseEnd = label[4] === undefined ? undefined : passphraseEnd(text, value, end);
          (spans ??= []).push([end - value.length, phraseEnd ?? end]);
          CONTEXT_WORD.lastIndex = phraseEnd ?? end;
          continue;
        }
      }
      STRONG_VALUE.lastIndex = wideColon ? after + 1 : after;
      let v = STRONG_VALUE.exec(text);
      // "contraseña incorrecta: x": a word ending in a colon labels the value after it.
      if (v !== null && v[4] !== undefined && v[4].endsWith(':') && !STOPWORDS.has(v[4].slice(0, -1).toLowerCase())) {
        const labelEnd = STRONG_VALUE.lastIndex;
        STRONG_VALUE.lastIndex = labelEnd;
        v = STRONG_VALUE.exec(text) ?? v;
      }
      // "password temporanea è x", "código de acceso temporal es x": languages that put the
      // adjective after the noun; the value is the one after the copula, not the adjective.
      if (v !== null && v[4] !== undefined && /^\p{Ll}{3,20}$/u.test(v[4]) && COPULA_NEXT.test(text.slice(STRONG_VALUE.lastIndex, STRONG_VALUE.lastIndex + 12))) {
        const given = givenLater(text, after);
        if (given !== undefined) {
          (spans ??= []).push(given);
          CONTEXT_WORD.lastIndex = given[1];
          continue;
        }
      }
      const quotedValue = v?.[1] ?? v?.[2] ?? v?.[3];
      const value = quotedValue ?? v?.[4] ?? '';
      if (v !== null && strongValue(value, quotedValue !== undefined)) {
        const end = STRONG_VALUE.lastIndex - (quotedValue === undefined ? 0 : 1);
        const trimmed = quotedValue === undefined ? value.replace(/[.,;:!?]+$/, '') : value;
        const start = end - value.length;
        const phraseEnd = quotedValue === undefined && trimmed === value ? passphraseEnd(text, value, end) : undefined;
        (spans ??= []).push([start, phraseEnd ?? start + trimmed.length]);
        CONTEXT_WORD.lastIndex = phraseEnd ?? end;
        continue;
      }
      // "password they gave me was <value>", "password authentication failed … (supplied <value>)":
      // a connector later in the clause gives the value.
      const given = givenLater(text, after);
      if (given !== undefined) {
        (spans ??= []).push(given);
        CONTEXT_WORD.lastIndex = given[1];
        continue;
      }
      // "password for deploy reset to <value>": an ordinary word first, then look for a credential-shaped token.
    }
    if (!asked && /^(?:[Cc]redentials?|CREDENTIALS?|[Ss]ecret|SECRET|[Pp]asscode)$/.test(m[0])) {
      // "credential 'M0s4ic!97' is expired": a quoted literal right after the word.
      QUOTED_AFTER.lastIndex = after;
      const q = QUOTED_AFTER.exec(text);
      const literal = q?.[1] ?? q?.[2];
      // After "secret" a quoted name is as likely (`secret 'db-password2' not found`): words only do not count.
      const named = /^[Ss]ecret|^SECRET/.test(m[0]) && literal !== undefined && SECRET_NAME.test(literal);
      if (q !== null && literal !== undefined && !named && quotedSecret(literal)) {
        const start = QUOTED_AFTER.lastIndex - 1 - literal.length;
        (spans ??= []).push([start, start + literal.length]);
        CONTEXT_WORD.lastIndex = QUOTED_AFTER.lastIndex;
        continue;
      }
    }
    if (!asked && /^(?:[Aa]uth|AUTH|[Cc]redentials?|CREDENTIALS?|[Cc]reds|CREDS)$/.test(m[0])) {
      // "basic auth root:pw", "credentials bob:pw": the part after the colon, whatever characters it holds.
      USER_PASS.lastIndex = after;
      const up = USER_PASS.exec(text);
      if (up !== null && !up[2]!.includes('//') && strongValue(up[2]!, false)) {
        const end = USER_PASS.lastIndex - (up[2]!.length - up[2]!.replace(/[.,;!?]+$/, '').length);
        (spans ??= []).push([USER_PASS.lastIndex - up[2]!.length, end]);
        CONTEXT_WORD.lastIndex = end;
        continue;
      }
    }
    const from = asked ? after + 1 : after;
    const windowEnd = Math.min(text.length, from + WINDOW);
    const window = text.slice(from, windowEnd);
    // A quoted command-line argument closed before the next option (`-H 'Authorization: …' -d '{…}'`)
    // ends the clause: the next argument is another header or a body whose members have keys of their own.
    const stop = window.search(/[\n\r&]|[.!?](?:\s|$)|['"][ \t]+--?[A-Za-z]/);
    const clause = stop === -1 ? window : window.slice(0, stop);
    CANDIDATE.lastIndex = 0;
    let c: RegExpExecArray | null;
    let words = 0;
    let last = 0;
    let inPairs = false;
    while ((c = CANDIDATE.exec(clause)) !== null) {
      words += (clause.slice(last, c.index).match(/\s+/g) ?? []).length;
      last = c.index + c[0].length;
      if (words > 5) break;
      // `user:secret` (basic auth in prose): the part after the colon.
      const token = c[0];
      // `data key generated key_arn=arn:aws:kms:…:key/<uuid>`, `token from arn:aws:secretsmanager:…`:
      // an ARN names the resource that holds the secret, never its value (IAM user ARNs, which do
      // name people, are handled by the scanner's own ARN pattern).
      if (ARN.test(token)) continue;
      const colon = token.indexOf(':');
      const candidate = colon > 0 && colon < token.length - 1 && !token.includes('://') ? token.slice(colon + 1) : token;
      // "auth to smtp.example.net:587": a host and its port, not a login and its password.
      if (colon > 0 && /^\d{1,5}$/.test(candidate) && token.lastIndexOf('.', colon) > 0) continue;
      if (UUID.test(candidate) && UUID_KEY_BEFORE.test(text.slice(Math.max(0, from + c.index - 40), from + c.index))) {
        (spans ??= []).push([from + c.index, from + c.index + candidate.length]);
        CONTEXT_WORD.lastIndex = from + c.index + candidate.length;
        break;
      }
      // The window may cut a public id (a message SID) short: judge the token as it really ends.
      if (isPublicValue(candidate) || isPublicValue(wholeToken(text, from + c.index + (token.length - candidate.length), candidate))) continue;
      // "… at commit 3f2a…", "sha256 9c1d…": a hash named as such is not the credential.
      if (HASH_WORD_BEFORE.test(clause.slice(Math.max(0, c.index - 16), c.index)) || ALGORITHM_DIGEST.test(wholeToken(text, from + c.index, token).replace(/[.,;:!]+$/, ''))) continue;
      if (publicKeyMaterial(text, token, clause.slice(Math.max(0, c.index - 40), c.index))) continue;
      // `issued token client_id=cli_…`, `revoked token for user_id=…`: a value whose own name calls it
      // an identifier is that pair's, not the credential the word announced. The key/value detector
      // still judges the pair by its name, and removes the ids that are credentials (`secret_id`,
      // `session_id`, `access_key_id`). From there on the clause is pairs: the value of each later
      // pair is judged by its own name too (`X-Request-Id:[<uuid>]`), while a bare token is still
      // looked for.
      const pairKey = PAIR_KEY_BEFORE.exec(clause.slice(Math.max(0, c.index - 66), c.index))?.[1];
      if (pairKey !== undefined && (inPairs || isIdName(pairKey))) {
        inPairs = true;
        continue;
      }
      // `auth_scheme=Bearer password_min_length=11`: the key of the next pair, not a credential.
      if (KEY_OF_PAIR.test(token) && /[\w"'-]/.test(clause[c.index + token.length] ?? ' ')) continue;
      if (credentialShaped(candidate) || (colon > 0 && /^(?:[Aa]uth|AUTH|[Cc]redentials?)$/.test(m[0]) && strongValue(candidate, false))) {
        const start = from + c.index + (token.length - candidate.length);
        // The window may cut a long token: extend it to where the token really ends.
        let end = start + candidate.length;
        // `&` belongs to the token unless a query parameter starts there (`…&ssl=true`).
        while (end < text.length && (TOKEN_CHAR.test(text[end]!) || (text[end] === '&' && !QUERY_PARAM_AT.test(text.slice(end, end + 66))))) end++;
        while (end > start && /[.:,;!]/.test(text[end - 1]!)) end--;
        (spans ??= []).push([start, end]);
        CONTEXT_WORD.lastIndex = end;
        break;
      }
    }
  }
  const bracketed = hinted ? bracketedSecretSpans(text) : undefined;
  if (bracketed !== undefined) (spans ??= []).push(...bracketed);
  const commands = COMMAND_HINT.test(text) ? commandSpans(text) : undefined;
  if (commands !== undefined) (spans ??= []).push(...commands);
  const codes = ONE_TIME_HINT.test(text) ? oneTimeCodeSpans(text) : undefined;
  if (codes !== undefined) (spans ??= []).push(...codes);
  const accessCodes = ACCESS_CODE_HINT.test(text) ? accessCodeSpans(text) : undefined;
  if (accessCodes !== undefined) (spans ??= []).push(...accessCodes);
  const authLines = AUTH_LINE_HINT.test(text) ? authLineSpans(text) : undefined;
  if (authLines !== undefined) (spans ??= []).push(...authLines);
  const breached = BREACH_CHECK_HINT.test(text) ? breachedPasswordSpans(text) : undefined;
  if (breached !== undefined) (spans ??= []).push(...breached);
  const sources = SETTING_SOURCE_HINT.test(text) ? settingSourceSpans(text) : undefined;
  if (sources !== undefined) (spans ??= []).push(...sources);
  const links = text.includes('://') && FLOW_PATH_HINT.test(text) ? flowLinkSpans(text) : undefined;
  if (links !== undefined) (spans ??= []).push(...links);
  return spans === undefined ? undefined : mergeSpans(spans);
}

/** Whether a pair's name calls its value an identifier (`user_id`, `tenantId`). */
function isIdName(key: string): boolean {
  const words = keyWords(key);
  return words.length > 1 && words[words.length - 1] === 'id';
}

/** The token at `start` to where it really ends: the look-ahead window may have cut it. */
function wholeToken(text: string, start: number, token: string): string {
  let end = start + token.length;
  while (end < text.length && end - start < 256 && TOKEN_CHAR.test(text[end]!)) end++;
  return text.slice(start, end);
}

/** Sorted, with overlapping spans joined: a span reaching past another must not be dropped. */
function mergeSpans(spans: Array<readonly [number, number]>): Array<readonly [number, number]> {
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Array<readonly [number, number]> = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last !== undefined && span[0] < last[1]) {
      if (span[1] > last[1]) out[out.length - 1] = [last[0], span[1]];
    } else out.push(span);
  }
  return out;
}
