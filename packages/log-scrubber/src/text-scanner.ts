import { namedLinkSpans, replaceSpans } from './credential-links.js';
import { FLOW_MAIL, MAIL_LINK_KEYS } from './flow-words.js';
import { sdkTelemetryLength } from './sdk-telemetry.js';
import { parseIp } from '@parapet/https/core';
import {
  aadhaarValid,
  cpfValid,
  deTaxIdValid,
  dniValid,
  ibanValid,
  inseeValid,
  isCardNumber,
  ninoValid,
  personnummerValid,
  ssnValid,
} from './checksums.js';
import { SplitAlternation } from './alternation.js';
import { mayHavePeopleLines, peopleLineSpans } from './people-lines.js';
import { ARABIC_ADDRESS } from './arabic-streets.js';
import { contextSpans, credentialShaped, mayHaveContext, passphraseEnd } from './context.js';
import { cookieListLength, isCookieHeader, scrubCookieList } from './cookies.js';
import { markupSpans, mayHaveMarkup } from './markup.js';
import { contextIn, documentIdKey, identityCheckContext, NATIONAL_ID_HINT_SOURCE, NATIONAL_ID_SHAPES, nationalIdValid, personRowId } from './national-ids.js';
import { isRecoveryCode, isRecoveryCodeList, RECOVERY_CODE_AT, RECOVERY_LIST_AT } from './one-time-codes.js';
import {
  CARDHOLDER_CAPS,
  CHAT_SPEAKER,
  cuedName,
  NON_LATIN,
  NOTIFICATION_SENDER,
  speakerName,
  HONORIFIC_NAME,
  INTRO_GREETING,
  introName,
  MENTION,
  MENTION_OR_PNR_HINT,
  NAME_BEFORE_VERB,
  nameBeforeVerb,
  PNR_NAME,
  STRONG_CUE,
  TITLE_AT_END,
  cuedNameWords,
  MAIL_COMMENT_NAME,
  MAIL_DISPLAY_NAME,
  NAME_PAIR,
  NAME_PAIR_HINT,
  FILE_NAME_PERSON,
  QUOTED_PARTY,
  SCRIPT_NAME_VALUE,
  scriptFullName,
  quotedPartyName,
  FILE_NAME_HINT,
  fileNamePerson,
  namePair,
  PERSON_AFTER_CUE,
  SIGNATURE_DASH,
  PERSON_AFTER_TITLE,
  PERSON_CUE_HINT,
  PEOPLE_LIST,
  PEOPLE_LIST_SPLIT,
  searchedNameSpan,
} from './person-patterns.js';
import {
  isApprovalCode,
  ONE_TIME_FLOW,
  isCredentialSetting,
  isFlowParameter,
  isNamespacedLookupKey,
  keyWords,
  isRetrievalReference,
  isScannedClass,
  isWorkingDirectory,
  normaliseKeyName,
  SECRET_REFERENCE_AT,
  SECRET_QUERY_PARAMS,
  type KeyClass,
  type KeyClassifier,
} from './key-names.js';
import {
  ACCOUNT,
  AGE,
  ID_DOCUMENT,
  idDocumentNumber,
  innerQueryValue,
  IN_STREET,
  insideDigest,
  MOBILE_RUN,
  DE_MOBILE,
  NATIONAL_PHONE,
  NATIONAL_PHONE_HINT,
  nationalPhone,
  PERSONAL_CONTEXT_HINT,
  POSTCODE,
  STREET,
  STREET_HINT,
  URL_USER,
  URL_USER_HINT,
  urlUser,
} from './personal-text.js';
import { capitalsName, loneGivenName, organisationName, phoneShaped } from './personal-keys.js';
import type { PersonalDataType } from './options.js';
import { isGivenName } from './given-names.js';
import { CHECKED_IN_NAME, COMMIT_AUTHOR, DOCUMENT_HOLDER_NAME, ORDER_FOR_NAME, PAYEE_BEFORE_ACCOUNT, SIGNATURE_NAME, VOCATIVE_HINT, VOCATIVE_NAME, payeeName, vocativeName } from './addressed-names.js';
import { foreignFullName, spacedHanFamily } from './script-names.js';
import { TOKEN_SOURCE } from './pseudonym.js';
import { inSignInQuery, isCeremonyChallenge, isFlowTicket, isStateParameter, isTransactionState } from './sign-in-transactions.js';
import { VendorScanner } from './vendor-scanner.js';
import { isConnectionKeywords, isErrorCode, isIdCode, isMessageId, isNodeName, isPublicValue, isServiceMailbox, isSshKeyWithLogin } from './public-values.js';
import { accountNameSpans, accountParameter, typedPassword } from './account-fields.js';
import { isServiceAddress, isSystemAccount, loginTargetUser } from './account-names.js';
import { machineMailbox } from './machine-mailboxes.js';
import { closingTail, listOpening, validationField } from './native-reprs.js';
import { authLinkParameter, capturedCookiesEnd, cryptoParentMember, cryptoParentName, edgeCookieFieldEnd, generatedSecretAttribute, scrubEncodedCookies, tokenAbbreviationParameter } from './carried-secrets.js';

export const REDACTED = '[REDACTED]';

// Features of a string, found in one cheap pass; a detector runs only if its feature is present.
const F_TOKEN = 1;
const F_USERINFO = 2;
const F_EMAIL = 4;
const F_IBAN = 8;
const F_IPV6 = 16;
const F_IPV4 = 32;
const F_CARD = 64;
const F_SSN = 128;
const F_PHONE = 256;
const F_NANP = 512;
const F_KV = 1024;
// Percent-escapes: the text is scanned once more, decoded (`pass%77ord%3Dx`).
const F_ENCODED = 2048;
const F_NATID = 4096;
const F_HOSTIP = 8192;
// A key naming a hash (`digest: '0735147892'`: Next.js hashes a server error into a decimal digest
// it shows the browser instead of the message): digits there are a hash, not a phone number.
const HASH_KEY_BEFORE = /(?<![\w-])(?:digest|hash|checksum|etag|crc(?:32)?)["']?[ \t]*[:=][ \t]*["']?$/i;
function afterHashKey(text: string, start: number): boolean {
  return HASH_KEY_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}
const F_HOME = 16384;
const F_CONTEXT = 32768;
const F_ORACLE = 65536;
const F_PERSON = 131072;
const F_STREET = 262144;
// A street line at a given place (see the address-word rule).
const STREET_AT = new RegExp(STREET, 'y');
const F_TPHONE = 524288;
const F_PCTX = 1048576;
const F_URLUSER = 2097152;

// Hints for detectors gated by words: tested only when the cheap character features allow them.
const NATID_HINT = new RegExp(
  String.raw`[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d]|\d{4} \d{4} \d{4}|\d{7}|\d{6}[-+]\d{4}|\d[ .]\d{2,3}[ .]\d{2,3}[ .-]\d|${NATIONAL_ID_HINT_SOURCE}`,
);
const PHONE_HINT = /phone|tel|t[ée]l|mobil|gsm|\bkom\b|\bmob\b|\bph\b|fone|\bcel|m[óo]vil|portable|тел|моб|cell|call|reach|sms|whats|fax|number|handy|rufnummer|fono|text|hotline|dial|deliver|ring|contact|anrufen|llamar|appeler|chiamare|هاتف|جوال|موبايل/i;
const DOB_HINT = /birth|dob|d\.o\.b|born|geb|nac(?:imiento|\.|[íi] el)|naissance|n[ée]e?(?![A-Za-z])|b\. ?\d|nat[oa] il|nacid|nascid|f[øo]dt|f[öo]dd|urodzon|syntyn|geboorte|nascita|nascimento|f[øo]dsels|f[öo]delse|urodzenia|narozen|narod|sz[üu]letett|n[ăa]scut|rođen|do[gğ]um|生年月日|出生|생년월일/i;
// Words in Arabic letters (no punctuation or digits of the block), separated by blanks and Arabic or
// Latin commas, then the postcode: "شارع …، حي …، جدة 23531".
// A building or flat number may stand between the words before its comma (`…، مبنى 12، …`).
const ADDRESS_HINT = /pata|عنوان|address|adres|anschrift|direcci[óo]n|indirizzo|endere[çc]o|live at|moved to|ship(?:ping)? to|deliver(?:y)? to/i;
const ORACLE_HINT = /sqlplus|oracle|ORA-\d|\bconnect\b|impdp|expdp|rman|@\/\/|:1521\b/i;
const GEO_HINT = /-?\d{1,3}\.\d{3,}(?:, ?|%2[Cc]|[ \t]{1,3})-?\d{1,3}\.\d{3,}/;
// Bare 11–12 digit numbers are national ids only with one of these words in the same text.
// A number written as a driver's licence or permit (`licence=…`) is often the holder's national id.
const NATID_CONTEXT = /steuer|tax|\btin\b|idnr|aadhaar|\bpnr\b|uidai|\bcpf\b|nino|insurance|\bdni\b|\bnie\b|\bnir\b|insee|s[ée]curit[ée] sociale|personnummer|social security|national id|identity|\b(?:licen[cs]e|permit)(?:[ _-]?(?:no|nr|number))?[ \t]{0,2}[=:][ \t]{0,2}\d/i;
// Bare 13–19 digit runs are cards only with one of these words, or when grouped like a card.
// The card word in other scripts too: Russian and Ukrainian карта/картка, Greek κάρτα, Japanese
// カード, Korean 카드, Chinese 信用卡/银行卡/卡号, Arabic بطاقة, Hebrew כרטיס, Hindi कार्ड, and
// Turkish kart, Finnish kortti, Hungarian kártya, and the Polish and Czech cases of karta (karty, kartą, kartu).
const CARD_CONTEXT = /card|visa|master|amex|\bpan\b|\bcc\b|credit|debit|kredit|tarjeta|carte|payment|cardholder|karte|kaart|kart[aoyąęu]|carta|cart[ãa]o|\bkort\b|\bkart\b|kortti|kártya|карт|κάρτ|カード|카드|信用卡|银行卡|銀行卡|借记卡|借記卡|储蓄卡|卡号|卡號|بطاق|כרטיס|कार्ड/i;
// Accounts of systems, not of people: home directories kept as they are.
const SYSTEM_USERS = new Set([
  'node', 'app', 'runner', 'ubuntu', 'ec2-user', 'admin', 'deploy', 'www-data', 'circleci', 'vscode', 'jenkins', 'git',
  'user', 'root', 'centos', 'debian', 'pi', 'vagrant', 'build', 'builder', 'ci', 'docker', 'github', 'gitlab-runner',
  'shared', 'guest', 'service', 'svc', 'daemon', 'nobody', 'postgres', 'mysql', 'redis', 'nginx', 'bitnami', 'alpine',
  'default', 'public', 'work', 'workspace', 'runneradmin', 'administrator', 'Shared', 'Public', 'Default',
]);

// Literal prefixes of the F_TOKEN detectors (a superset: only a hint), split by a character
// each needs, so most strings skip the hint entirely.
const UPPER_TOKEN_HINT = /eyJ|-----BEGIN|A[KSGIRNB][A-Z]A|ACCA|AIza|BEARER|BASIC|Bearer|Basic|SG\./;
const UNDERSCORE_TOKEN_HINT = /gh[pousr]_|github_pat_|[spr]k_(?:live|test)_|whsec_|npm_/;
const OTHER_TOKEN_HINT = /ya29\.|v[1-4]\.(?:local|public)\.|sk-|hooks\.slack|discord|key-[0-9a-f]/;

// Per-character flags for `features`: one table lookup per character.
const C_DIGIT = 1;
const C_KEEPS_RUN = 2;
const C_SPACE = 4;
const C_DASH = 8;
const C_DOT = 16;
const C_COLON = 32;
const C_AT = 64;
const C_EQ = 128;
const C_PLUS = 256;
const C_PERCENT = 512;
const C_UNDERSCORE = 1024;
const C_UPPER = 2048;
const C_OTHER = 4096;
const C_SLASH = 8192;
// Any character past ASCII (names in other scripts, accented capitals).
const C_HIGH = 16384;
const CHAR_FLAGS = new Uint16Array(128);
CHAR_FLAGS[47] = C_SLASH;
CHAR_FLAGS[92] = C_SLASH;
for (let c = 48; c <= 57; c++) CHAR_FLAGS[c] = C_DIGIT;
for (let c = 65; c <= 90; c++) CHAR_FLAGS[c] = C_UPPER;
CHAR_FLAGS[32] = C_KEEPS_RUN | C_SPACE;
CHAR_FLAGS[9] = C_SPACE;
CHAR_FLAGS[45] = C_KEEPS_RUN | C_DASH;
CHAR_FLAGS[46] = C_KEEPS_RUN | C_DOT;
CHAR_FLAGS[40] = C_KEEPS_RUN | C_OTHER;
CHAR_FLAGS[41] = C_KEEPS_RUN | C_OTHER;
CHAR_FLAGS[58] = C_COLON;
CHAR_FLAGS[64] = C_AT;
CHAR_FLAGS[61] = C_EQ;
CHAR_FLAGS[43] = C_PLUS;
CHAR_FLAGS[37] = C_PERCENT;
CHAR_FLAGS[95] = C_UNDERSCORE;

function tokenHint(text: string, upper: boolean, underscore: boolean, dash: boolean, space: boolean): boolean {
  return (
    (upper && UPPER_TOKEN_HINT.test(text)) ||
    (underscore && UNDERSCORE_TOKEN_HINT.test(text)) ||
    (dash && (text.includes('glpat-') || text.includes('xox'))) ||
    (space && (text.includes('bearer') || text.includes('basic'))) ||
    OTHER_TOKEN_HINT.test(text)
  );
}

const PSEUDONYM_AT = new RegExp(TOKEN_SOURCE, 'y');
const PSEUDONYMS = new RegExp(TOKEN_SOURCE, 'g');
// Same length and the same word boundaries, no word a hint looks for.
const blankOut = (token: string): string => `<${'x'.repeat(token.length - 2)}>`;

/**
 * One pass over the string: which detectors could possibly match. Most log strings (ids,
 * paths, user agents, messages) rule out most detectors, and a string that rules out all of
 * them is returned without running any regex.
 */
function features(text: string): number {
  let seen = 0;
  // Pseudonyms written by an earlier pass (`<name:k1:…>`, see below) and a bare `<` outside them.
  let tokens = false;
  let lt = false;
  let digits = 0;
  let runDigits = 0;
  let maxRunDigits = 0;
  let dots = 0;
  let colons = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? CHAR_FLAGS[c]! : C_HIGH;
    if (k === 0) {
      // Lower-case letters and most punctuation: the common case, one table lookup.
      runDigits = 0;
      if (c === 60) {
        // A pseudonym an earlier pass wrote (a header-less person row pseudonymises every cell) is
        // no evidence of anything: its colons, hex digits and kind word (`<phone:…>`, `<dob:…>`)
        // would switch on the IPv6, userinfo, name and id detectors for the whole, now longer,
        // string, several times the cost per character of the row itself.
        PSEUDONYM_AT.lastIndex = i;
        if (PSEUDONYM_AT.test(text)) {
          tokens = true;
          i = PSEUDONYM_AT.lastIndex - 1;
        } else lt = true;
      }
      continue;
    }
    if (k === C_DIGIT) {
      digits++;
      if (++runDigits > maxRunDigits) maxRunDigits = runDigits;
      continue;
    }
    // Separators inside card, phone, SSN and IPv4 numbers keep the digit run going.
    if ((k & C_KEEPS_RUN) === 0) runDigits = 0;
    seen |= k;
    if (k & C_DOT) dots++;
    else if (k & C_COLON) colons++;
  }
  const upper = (seen & C_UPPER) !== 0;
  const at = (seen & C_AT) !== 0;
  const eq = (seen & C_EQ) !== 0;
  const plus = (seen & C_PLUS) !== 0;
  const percent = (seen & C_PERCENT) !== 0;
  const underscore = (seen & C_UNDERSCORE) !== 0;
  const dash = (seen & C_DASH) !== 0;
  const space = (seen & C_SPACE) !== 0;
  const slash = (seen & C_SLASH) !== 0;
  const high = (seen & C_HIGH) !== 0;
  // The word hints below read the text without the pseudonyms (same length, so offsets and
  // length checks hold).
  if (tokens) text = text.replace(PSEUDONYMS, blankOut);
  let f = 0;
  if (digits >= 4 && NATID_HINT.test(text)) f |= F_NATID;
  if (dash && digits >= 4) f |= F_HOSTIP;
  if (slash && URL_USER_HINT.test(text)) f |= F_URLUSER;
  if (slash && (text.includes('/home/') || text.includes('/Users/') || text.includes('\\Users\\'))) f |= F_HOME;
  if (text.length >= 6 && (mayHaveContext(text) || (space && SQL_INSERT_HINT.test(text)))) f |= F_CONTEXT;
  if (digits >= 7 && space && PHONE_HINT.test(text)) f |= F_NANP;
  if (digits >= 1 && (DOB_HINT.test(text) || ADDRESS_HINT.test(text))) f |= F_NATID;
  // People: two capitalised words, one after a cue or title, or letters beyond ASCII (other scripts).
  // CJK text needs no space between a cue or honorific and the name.
  if ((space && upper && (NAME_PAIR_HINT.test(text) || PERSON_CUE_HINT.test(text) || VOCATIVE_HINT.test(text))) || high) f |= F_PERSON;
  if (upper && (underscore || dash || space) && FILE_NAME_HINT.test(text)) f |= F_PERSON;
  if (at && lt) f |= F_PERSON;
  if ((at || slash) && MENTION_OR_PNR_HINT.test(text)) f |= F_PERSON;
  if (digits >= 1 && ((space && upper) || high) && STREET_HINT.test(text)) f |= F_STREET;
  // A trunk `0` starts the number: at the start, or after a space, `=`, a quote or a bracket.
  if (digits >= 9 && NATIONAL_PHONE_HINT.test(text)) f |= F_TPHONE;
  if (digits >= 1 && space && PERSONAL_CONTEXT_HINT.test(text)) f |= F_PCTX;
  if (dots >= 2 && digits >= 8 && GEO_HINT.test(text)) f |= F_NATID;
  if (at && slash && ORACLE_HINT.test(text)) f |= F_ORACLE;
  if (text.length >= 8 && tokenHint(text, upper, underscore, dash, space)) f |= F_TOKEN;
  const email = at || (percent && text.includes('%40'));
  if (email) f |= F_EMAIL;
  if (percent) f |= F_ENCODED;
  if (at && colons > 0) f |= F_USERINFO;
  if (colons >= 2) f |= F_IPV6;
  if (colons > 0 || eq) f |= F_KV;
  if (dots >= 3 && maxRunDigits >= 4) f |= F_IPV4;
  if (digits >= 8) f |= F_IBAN;
  if (maxRunDigits >= 13) f |= F_CARD;
  if (maxRunDigits >= 9) f |= F_SSN;
  if (maxRunDigits >= 10) f |= F_NANP;
  if ((plus || text.includes('00')) && digits >= 7) f |= F_PHONE;
  if (maxRunDigits >= 10 || (digits >= 10 && (dash || space))) f |= F_NANP;
  if (text.includes('arn:aws')) f |= F_USERINFO;
  return f;
}

/**
 * The detectors, as alternatives of one pattern per string: the regex engine walks each string
 * once and every alternative is anchored by a cheap lookbehind ("start of a run"), with bounded
 * quantifiers, so no input makes the scan super-linear (a megabyte of `a@a@a@…` or `eyJeyJ…`
 * stays linear). Named groups tell which alternative matched. Each entry names the cheap
 * feature of the string (see {@link features}) without which it cannot match.
 */
const DETECTORS: ReadonlyArray<readonly [feature: number, source: string]> = [
  // PEM private key header; the handler removes everything up to the END line (or the end).
  [F_TOKEN, String.raw`(?<pem>-----BEGIN[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----)`],
  // JWT / JWS / JWE: base64url of '{"' is "eyJ". Even a cut-off header.payload is removed.
  [F_TOKEN, String.raw`(?<![\w-]|(?<![\w.])pk\.)(?<jwt>eyJ[\w-]{8,8192}(?:\.[\w-]{0,8192}){0,4})`],
  // Well-known credential formats (AWS key ids, GitHub, GitLab, Slack, Stripe, Google, npm). A Slack
  // `services/T…/B…/<secret>` URL is left to the vendor rule, which takes only the secret segment.
  [F_TOKEN, String.raw`(?<![A-Za-z0-9])(?<cloud>(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA|ABIA|ACCA)[A-Z0-9]{16}|gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,255}|glpat-[A-Za-z0-9_-]{20,64}|xox[abposre]-\d[A-Za-z0-9-]{9,249}|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,247}|whsec_[A-Za-z0-9+/=]{24,128}|AIza[0-9A-Za-z_-]{35}|npm_[A-Za-z0-9]{36}|ya29\.[\w-]{20,2048}|v[1-4]\.(?:local|public)\.[\w-]{20,4096}(?:\.[\w-]{1,1024})?|sk-(?:proj|svcacct|admin|ant-[a-z]{3,5}\d\d)-[\w-]{20,512}|sk-[A-Za-z0-9]{32,128}|SG\.[\w-]{16,32}\.[\w-]{16,64}|key-[0-9a-f]{32}|(?:https?:\/\/)?hooks\.slack\.com\/(?!services\/T[A-Z0-9]{6,16}\/B[A-Z0-9]{6,16}\/(?:[A-Za-z0-9]{20,64}(?![\w/+-])|\[))(?:services|workflows|triggers)\/[\w/+-]{20,256}|discord(?:app)?\.com\/api\/webhooks\/\d{5,25}\/[\w-]{20,128})(?![A-Za-z0-9])`],
  // "Bearer <token>" / "Basic <base64>" (Authorization header values in prose or dumps).
  [F_TOKEN, String.raw`(?<![\w-])(?<auth>(?:[Bb]earer|BEARER|[Bb]asic|BASIC)[ \t]+)(?<authv>[A-Za-z0-9._~+/=-]{6,4096})`],
  // URL userinfo: scheme://user:password@host (or scheme://token@host).
  [F_USERINFO, String.raw`(?<![\w+-]|[\w+-]\.)(?<scheme>[A-Za-z][A-Za-z0-9+.-]{0,20}:\/\/)(?<userinfo>[^\s/@"'<>\\]{1,512})@`],
  // Go DSN `user:password@tcp(host)/db`: the password goes.
  [F_USERINFO, String.raw`(?<![\w/.:-])(?<dsnu>[\w.+-]{1,64}):(?<dsnp>[^\s@/:'"]{1,128})@(?=(?:tcp|unix|udp)\()`],
  // AWS principals name people: `arn:aws:iam::123456789012:user/jdoe`, assumed-role session names.
  [F_USERINFO, String.raw`(?<arn>arn:aws[\w-]{0,16}:(?:iam|sts)::\d{12}:(?:user(?:\/[\w+=,.@-]{1,64}(?=\/))*|assumed-role\/[\w+=,.@-]{1,64})\/)(?<arnuser>[\w+=,.@-]{1,64})`],
  // Oracle `scott/tiger@host` (sqlplus, JDBC thin), only in text that mentions Oracle tooling.
  [F_ORACLE, String.raw`(?<![\w@/.$#-])(?<orau>[A-Za-z][\w$#.]{0,29})\/(?<orap>[^\s@/'"]{1,64})@(?=[A-Za-z0-9(/])`],
  // Also internationalised (`jörg@bücher.de`, `xn--` labels) and quoted local parts (`"j doe"@x.io`).
  // CJK text sets an ASCII address between ideographs without blanks (`发邮件到a.b@x.org联系我`);
  // after a number or name the scanner already took, only the ASCII run is the address.
  [F_EMAIL, String.raw`(?<email>(?<=[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF\uFF01-\uFF5E])[A-Za-z0-9._+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9@-]|\.[A-Za-z0-9])|(?<![\w.+\u00C0-\u1FFF\u2070-\u2FFF\u3040-\uFFFF-])(?:(?:"[^"\\\r\n]{1,64}"|[\w.+\u00C0-\u1FFF\u2070-\u2FFF\u3040-\uFFFF-]{1,64})(?:@|%40)[A-Za-z0-9\u00C0-\u1FFF\u2070-\u2FFF\u3040-\uFFFF](?:[A-Za-z0-9\u00C0-\u1FFF\u2070-\u2FFF\u3040-\uFFFF-]{0,62}\.){1,8}(?:xn--[A-Za-z0-9-]{1,59}|[A-Za-z\u00C0-\u1FFF\u2070-\u2FFF\u3040-\uFFFF]{2,24}))(?![\w\u00C0-\u1FFF\u2070-\u2FFF\u3040-\uFFFF-]))`],
  [F_IBAN, String.raw`(?<![\w-])(?<iban>[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]{4}){2,7}(?:[ -]?[A-Za-z0-9]{1,4})?)(?![\w-])`],
  // A port may follow without brackets (ALB `client:port`, gRPC `peer.address`), and gRPC names the
  // family before the address (`ipv4:`/`ipv6:`); the handler takes a port only after eight groups. A
  // dot after it ends a sentence ("from 2001:db8::7."); a dot and a word continue some other token.
  // A ninth group is read too, so the handler can split off a port or take an over-long client run.
  // A lone dot before it joins it to another token; two or three (`gw...2001:db8::7[peer]`, strongSwan's
  // pair of IKE peers, a range) separate it.
  [F_IPV6, String.raw`(?<![\w]|(?<!\.)\.)(?<!(?<!\bipv[46]):)(?<ipv6>(?:[0-9A-Fa-f]{0,4}:){2,8}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4})?)(?![\w]|\.\w|:(?!\d{1,5}(?![\w:.])))`],
  // IPv4, except right after a product token ("Chrome/120.0.0.0" in user agents).
  // Not after "version", "firmware", "v" and the like: 4-part versions are not addresses. The short
  // words count only as words of their own or camel-case parts (`ver 1.2.3.4`, `appVer=`): as the
  // end of a longer word (`ul-server 203.0.113.7 "GET …"`, `resolver`) they name no version.
  // strongSwan writes an IKE SA as `local[id]...remote[id]`: the dots after a bracketed identity open the
  // peer's address; any other dot before four numbers is part of a version or a longer dotted name.
  [F_IPV4, String.raw`(?<![\w-]|(?<!\]\.\.)\.|[A-Z][A-Za-z]{1,30}\/|(?:[Vv]ersion|VERSION|[Ff]irmware|FIRMWARE|[Bb]uild|[Rr]elease|(?<![A-Za-z])(?:[Vv]er|fw|FW|SDK|sdk)|(?<=[a-z])(?:Ver|FW|SDK)|[Aa]gent)[ :=]{1,3}|(?:[Mm]igrated|[Uu]pgraded|[Dd]owngraded|[Uu]pdated|[Rr]olled back|[Bb]umped) to |[Vv])(?<ipv4>(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d))(?![\w-]|\.\d)`],
  // Groups split by spaces and/or dashes ("4111 - 1111-1111 1111"), or four dotted groups of four.
  [F_CARD, String.raw`(?<![\w.+-])(?<card>[2-6](?:[ -]{0,3}\d){12,18}|[2-6]\d{3}(?:\.\d{4}){3})(?![\w-]|[.,]\d)`],
  [F_SSN, String.raw`(?<![\w-])(?<ssn>\d{3}(?<ssnsep>[ -])\d{2}\k<ssnsep>\d{4})(?![\w-]|[ -]\d)`],
  // After the `00` international prefix comes a country code: one digit only for 1 (NANP) and 7; every
  // other code has two or three ("005 499 981", an Australian ACN, dials no country).
  [F_PHONE, String.raw`(?<![\w+])(?<phone>(?:\+|00(?=(?:[17]|[2-9]\d{1,2})[ .-]))\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,6})(?!\w)`],
  // After `digit/` a number is the last of a timer or counter list (HAProxy's `5/0/0/502/501 302 3926`).
  [F_NANP, String.raw`(?<![\w+.-])(?<!\d\/)(?<nanp>(?:1[-. ])?(?:\(\d{3}\) ?\d{3}[-. ]\d{4}|\d{3}(?<nsep>[-.])\d{3}\k<nsep>\d{4}|\d{3} \d{3} \d{4}))(?![\w-]|\.\d)`],
  // National numbers after a word about phoning ("callback on 0176 12345678", "call me at 06 22 81 75 77").
  [F_NANP, String.raw`(?<phctx>(?:[Pp]hone|PHONE|[Tt]el(?:ephone)?\.?|TEL|[Mm]obile|[Cc]ell|[Cc]all(?:[ -]?back)?(?: me)?(?: back)?(?: on| at)?|[Rr]each (?:me )?(?:on|at)|SMS(?: to)?|[Tt]ext(?: me)? (?:on|at)|[Hh]otline|[Dd]ial(?:led)?|[Dd]eliver(?:ed)? to|[Rr]ing(?: me)?(?: on| at)?|[Cc]ontact(?: me)?(?: on| at)?|[Ww]hats[Aa]pp|[Ff]ax|[Nn]umber|[Tt]elefon|[Hh]andy|[Rr]ufnummer|[Tt][ée]l[ée]phone|[Tt]el[ée]fono|[Tt]él\.?|[Mm]ob\.?|[Pp]h\.?|[Ff]one|[Cc]el(?:ular|lulare)?|[Mm][óo]vil|[Pp]ortable|[Тт]ел(?:ефон)?\.?|[Мм]об(?:\.|ильный)?|[Rr]eachable (?:at|on)|[Aa]nrufen unter|[Ll]lam(?:ar|e|ame|arme|arnos)(?: al)?|[Aa]ppeler au|[Cc]hiamare (?:il|al)|[Tt]el\.?[ ]?[Kk]om\.?|[Mm]obil(?:nummer|telefon)?|[Tt]elefon(?:nummer|nr\.?)|GSM|(?:رقم[ \t])?(?:ال)?(?:هاتف|جوال|موبايل)ي?)(?:[ \t]?(?:[Nn]o\.|[Nn]o|[Nn]r\.?|#))?[:=]?[ \t]{1,3}(?:(?:is|on|at|to)[ \t]{1,3})?)(?<nphone>(?:\+|00)?\(?\d{1,5}\)?(?:[ ./-]?\(?\d{1,5}\)?){1,6})(?![\w-])`],
  // A second way to reach the writer after the first ("contact me <mail> or 612 345 678"): the
  // number is the alternative the contact phrase offers, written in its national form.
  [F_NANP, String.raw`(?<=(?:[Cc]ontact|[Cc]all|[Rr]each|[Tt]ext|[Ww]rite|[Mm]essage)(?: me| us)?(?: on| at| via)?[ \t]\S{3,80}[ \t](?:or|oder|ou|o|of|eller)[ \t])(?<ophone>\+?\d{2,4}(?:[ .-]\d{2,4}){1,4})(?![\w-])`],
  // key=value / key: value / "key":"value" (also JSON escaped inside a string).
  [F_NATID, String.raw`(?<![\w.-])(?<natid>${NATIONAL_ID_SHAPES}|[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d]|\d{3}\.\d{3}\.\d{3}-\d{2}|[XYZxyz]-?\d{7}-?[A-Za-z]|\d{8}-?[A-Za-z]|(?:\d{2})?\d{6}[-+]\d{4}|[2-9]\d{3} \d{4} \d{4}|[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[ABab]) ?\d{3} ?\d{3} ?\d{2}|\d{2} \d{3} \d{3} \d{3}|\d{8,18})(?![\w-])`],
  // A latitude,longitude pair ("driver position -44.903403,154.57155").
  // In a query value the comma is percent-encoded (`near=35.6581%2C139.7017`, RFC 3986 §2.1).
  [F_NATID, String.raw`(?<![\w.-])(?<geo>-?\d{1,2}\.\d{4,8}(?:, ?|%2[Cc])-?\d{1,3}\.\d{4,8})(?![\w.])`],
  // A pair separated by a blank after a word about place ("position 45.4642 9.1903", "GPS: …"):
  // two numbers of four or more decimals there are a point, where a version or an amount has fewer.
  [F_NATID, String.raw`(?<geoctx>(?<![\w-])(?:[Pp]osition|POSITION|[Pp]os|[Ll]ocation|LOCATION|[Ll]oc|[Cc]oord(?:inate)?s?|GPS|[Gg]ps|[Gg]eo|[Ll]at(?:itude)?[/,]?[Ll](?:ng|on|ong)(?:gitude)?|[Pp]oint|at|near|@)[:=]?[ \t]{1,3})(?<geo2>-?\d{1,2}\.\d{4,8}[ \t]{1,3}-?\d{1,3}\.\d{4,8})(?![\w.])`],
  // A pair where one side was rounded to three decimals (`to 48.853,2.349912`), after a word of a
  // route or a place, the other side at full precision: there it is still a point within some 100 m;
  // alone, or with four decimals on the other side, it reads as two amounts.
  [F_NATID, String.raw`(?<geoctx3>(?<![\w-])(?:to|from|via|at|near|towards|[Pp]osition|[Ll]ocation|[Dd]estination|[Oo]rigin|[Pp]ickup|[Dd]rop-?off)[:=]?[ \t]{1,3})(?<geo3>-?\d{1,2}\.(?:\d{3},[ ]?-?\d{1,3}\.\d{5,8}|\d{5,8},[ ]?-?\d{1,3}\.\d{3}))(?![\w.])`],
  // The cue may be joined to the date by a copula ("date of birth is …", "Geburtsdatum ist …") or
  // by a few words before a colon ("Date of birth for verification: …"): people write the cue as a
  // sentence in tickets and chats. A date without a birth cue is never taken for one.
  // In a transcript the cue is a question and the date its answer on the next turn ("…date of
  // birth?" / "[customer] …"): only the turn right after the question, with at most a time stamp and
  // a speaker tag (`[00:00:33] CUSTOMER: …`); a few words may stand between the cue and the question
  // mark ("date of birth for verification?").
  [F_NATID, String.raw`(?<dobctx>(?:[Dd]ate[ _]of[ _][Bb]irth|DATE OF BIRTH|BIRTH ?DATE|[Ff]ødselsdag|[Ff]ödelsedag|[Gg]eburtstag|DOB|[Dd]\.?[Oo]\.?[Bb]\.?|[Bb]irth ?[Dd]ate|[Bb]irthday|[Bb]orn(?: on| in)?|[Gg]eburtsdatum|[Gg]eb\.|[Gg]eboren(?: am)?|[Ff]echa de nac(?:imiento|\.)|[Ff]\. ?nac\.|[Dd]ate de naissance|[Nn][ée](?:e|\(e\))? le|[Nn]arozen[aáý]?|[Nn]arodený|[Nn]arodená|[Ss]zületett|[Nn]ăscut[ăa]?|[Rr]ođen[a]?|[Gg]eboren op|[Nn]ée|[Nn]at[oa] il|[Nn]acid[oa] el|[Nn]ac[íi] el|[Nn]ascid[oa] em|[Ff]ødt|[Ff]ödd|[Uu]rodzon[ya]|[Ss]yntynyt|[Gg]eboortedatum|[Dd]ata di nascita|[Dd]ata de nascimento|[Ff]ødselsdato|[Ff]ödelsedatum|[Dd]ata urodzenia|[Dd]atum narození|[Dd]oğum tarihi|生年月日|出生日期|생년월일|(?<![\w.])b\.)(?:[ \t]{1,2}(?:is|was|ist|war|est|es|era|é|è|jest)(?=[ \t])|(?:[ \t]{1,2}[A-Za-z\u00C0-\u017F]{2,16}){1,3}(?=[ \t]?[:?]))?(?:[ \t]{0,2}\([^()\n]{1,24}\))?(?:[:=：は|]|";"|","|":"|[ \t]?\?[ \t]{0,2}\r?\n(?:\[[^\]\n]{1,40}\][ \t]{0,2})?(?:[A-Za-z][\w .#()-]{0,30}:)?)?[ \t]{0,3}(?:[:=(\u2013\u2014-][ \t]{0,2})?)(?<dob>\d{4}-\d{2}-\d{2}|\d{4}[./]\d{2}[./]\d{2}|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}-[A-Za-z]{3}-\d{2,4}|\d{2}[A-Z]{3}\d{4}|\d{1,2}(?:st|nd|rd|th|er)?\.?(?:[ \t]de)?[ \t][A-Za-z\u00C0-\u00FC]{3,10}\.?(?:[ \t]de)?[ \t]\d{4}|[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|(?:19|20)\d{6})(?!\d)`],
  // The words after the street line end before "on 2026-02-24T…" or "at 10:30": when, not where.
  // Arabic "my address" (`عنواني`): the street, district and city written as words up to the postcode;
  // a line opening with its street word (`شارع …`, `طريق …`) needs no cue before it.
  [F_NATID, String.raw`(?<addrctx>(?:[Aa]ddress(?:[ _-]?(?:[Ll]ine|LINE)?[ _-]?[1-4])?(?: is)?|[Aa]dresse(?: ist)?|[Aa]nschrift|[Dd]irecci[óo]n|[Ii]ndirizzo|[Ee]ndere[çc]o|[Aa]dres|[Aa]dresa|[Ll]ive (?:at|in)|[Mm]oved to|[Ss]hip(?:ping)? to|[Dd]eliver(?:y)? to|عنواني(?:[ \t]هو)?|[Gg]har ka pata|[Mm]era pata|[Aa]a?pka pata|[Pp]oo?ra pata)(?:(?:[ \t]{1,2}(?:please|bitte|svp|por favor|alstublieft))?[ \t]?\?[ \t]{0,2}(?:\[[^\]\n]{1,40}\]|[A-Z][\w .#()-]{0,30}:)?(?:[ \t]{1,3}(?:[Gg]har ka|[Mm]era|[Aa]a?pka|[Pp]oo?ra) pata)?|[:=])?[ \t]{1,3})(?<addr>${ARABIC_ADDRESS}|${IN_STREET}|(?:\d{1,5}[A-Za-z]? )?(?:(?:ul|al|pl|os|rue|via|calle|av|avenida|rua|strada|viale|piazza|chemin|allée|carrer|straat)\.? )?[A-Z\u00C0-\u024F][A-Za-z\u00C0-\u024F'.-]+(?: (?!(?:on|at|um|le|el)[ \t]\d)[A-Za-z\u00C0-\u024F'.-]+){0,4}(?: (?!(?:19|20)\d\d-[01]\d)\d{1,5}[A-Za-z]?(?:[\/-]\d{1,4}[A-Za-z]?)?)?(?:, ?(?:[A-Z]{1,2}-)?\d{4,5}(?: ?[A-Z]{2})? [A-Z\u00C0-\u024F][A-Za-z\u00C0-\u024F-]+)?)`],
  // Phones in national formats (trunk 0, grouped), after the national ids that share their shapes.
  [F_TPHONE, NATIONAL_PHONE],
  // Identity-document numbers, postcodes and ages after their words.
  [F_PCTX, ID_DOCUMENT],
  [F_PCTX, POSTCODE],
  [F_PCTX, AGE],
  [F_PCTX, ACCOUNT],
  // Street lines ("27 Rose Street", "Via Roma 12", "Hauptstraße 5"), before a pair of capitalised
  // words in them is read as a name.
  [F_STREET, STREET],
  // A person's name after a word that introduces one ("created by Jane Doe", "Dear Ms. Ana García").
  [F_PERSON, QUOTED_PARTY],
  // Named by their place in the line: a commit's author, a signature, a payee, a notification's reader.
  [F_PERSON, COMMIT_AUTHOR],
  [F_PERSON, SIGNATURE_NAME],
  [F_PERSON, PAYEE_BEFORE_ACCOUNT],
  [F_PERSON, CHECKED_IN_NAME],
  [F_PERSON, ORDER_FOR_NAME],
  [F_PERSON, DOCUMENT_HOLDER_NAME],
  [F_PERSON, VOCATIVE_NAME],
  [F_PERSON, CHAT_SPEAKER],
  [F_PERSON, CARDHOLDER_CAPS],
  [F_PERSON, PEOPLE_LIST],
  [F_PERSON, MAIL_DISPLAY_NAME],
  [F_PERSON, MAIL_COMMENT_NAME],
  [F_PERSON, PERSON_AFTER_CUE],
  [F_PERSON, PERSON_AFTER_TITLE],
  [F_PERSON, HONORIFIC_NAME],
  [F_PERSON, PNR_NAME],
  [F_PERSON, MENTION],
  [F_PERSON, NOTIFICATION_SENDER],
  [F_PERSON, NAME_BEFORE_VERB],
  // Before the pair of words: `CV_Jana_Novak.pdf` names the holder with `_` between the words.
  [F_PERSON, FILE_NAME_PERSON],
  [F_PERSON, NAME_PAIR],
  // IPs spelt in host names: ip-203-0-113-9.compute.internal, 203-0-113-9.static.example.net.
  [F_HOSTIP, String.raw`(?<![\w.-])(?<hpre>[a-z][a-z0-9]{0,20}-|[a-z]{1,4}(?=\d{1,3}-\d))?(?<hip>(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:-(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})(?=\.[A-Za-z]|[^\w-]|$)`],
  // Account names in URL paths: /users/jane.doe, /@mkowalski, linkedin.com/in/…
  [F_URLUSER, URL_USER],
  // Home directories name their user: /home/jane.doe/…, /Users/jane/…, C:\Users\jane\…
  [F_HOME, String.raw`(?<home>\/home\/|\/Users\/|[A-Za-z]:\\{1,2}Users\\{1,2})(?<homeuser>[^\/\\\s"'<>:]{1,64})`],
  // `lower(last_name) = 'x'`: a column wrapped in a SQL function is still the key; aligned blanks, `=>` and `::` separate too.
  // PHP's print_r writes `[password] => x`; RADIUS attribute lists and Go write `:=`, comparisons `==`.
  // Makefiles assign with `::=`, `:::=`, `?=` and `+=`, PHP appends with `.=`, and a Go declaration puts
  // the type between the name and `=` (`var apiToken string = "…"`).
  // `name://` starts a URL (after dot padding: `jdbcUrl.....amqps://u:p@h`), not a `name:` pair.
  // Keys written in Japanese, Chinese or Korean (`氏名=`, `성명=`): a whole run of those letters,
  // classified like the same key in an object (see personal-keys.ts).
  [F_KV, String.raw`(?<![\w.]|[\w.]-)(?<key>[A-Za-z_][\w.-]{0,63}|(?<![\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,12})(?<sep>[)\]]?(?:\\{2,15}["']|\\?["']?)(?:[ \t]{1,4}(?:string|String|str|\[\]byte))?[ \t]{0,40}(?:=>|:{1,3}=|==|[?.+]=|::?|=)[ \t]{0,40}(?:\\{0,15}["'])?)(?=\S)(?!(?<=:)\/\/)`],
];

const AUTH_SCHEMES = 'Bearer|Basic|Digest|Negotiate|NTLM|Token|AWS4-HMAC-SHA256|bearer|basic|token';
const AUTH_SCHEME = String.raw`(?:(?:${AUTH_SCHEMES})[ \t]+)?`;
// A service account in URL userinfo: letters, digits, `_` and `-`, as database and broker roles are named.
const ACCOUNT_NAME = /^[A-Za-z][\w-]{0,31}$/;
// Only database and broker URLs: their user is a role of the application. The user of an `https://`,
// `ftp://` or git remote URL is more often a person's login, pseudonymised or removed with the password.
const DATA_STORE_SCHEME = /^(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|clickhouse|cockroachdb|nats)(?:\+[a-z0-9]+)?:\/\/$/i;

// The scheme a secret value starts with, kept in front of `[REDACTED]`.
const AUTH_SCHEME_PREFIX = new RegExp(String.raw`^(?:${AUTH_SCHEMES})[ \t]+`);
// Value readers (sticky), chosen by the quote that opened the value.
const VALUE_BARE = new RegExp(AUTH_SCHEME + String.raw`[^\s"'&,;<>\\]{1,4096}`, 'y');
// After `key:` (prose, headers, YAML) `&` is part of the value: only query strings split on it.
const VALUE_AFTER_COLON = new RegExp(AUTH_SCHEME + String.raw`[^\s"',;<>\\]{1,4096}`, 'y');
// A JSON string body: escapes (`\"` too) stay inside the value.
const VALUE_DQ = new RegExp(AUTH_SCHEME + String.raw`(?:[^"\\]|\\.){0,4096}`, 'y');
// The same, JSON-encoded once more (`\"key\":\"value\"`): three backslashes and a quote are an
// escaped quote inside the value, two backslashes an escaped backslash, and a lone `\"` ends it.
const VALUE_ESCAPED_DQ = new RegExp(String.raw`(?:[^"\\]|\\\\\\"|\\\\|\\[^"\\]){0,4096}`, 'y');
const VALUE_SQ = new RegExp(AUTH_SCHEME + String.raw`[^'\\]{0,4096}`, 'y');
const VALUE_PHONE = /\+?[\d(][\d\s().-]{0,30}\d/y;
const PARAM_LIST = /[^\r\n]{0,4096}/y;
const FOLDED_HEADER = /[ \t]\|[ \t]+[A-Za-z][\w-]{0,63}:/;
const PEM_END = /-----END[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----/g;
const SEPARATOR_BEFORE_QUERY = new Set(['?', '&', ';']);
// The numbered name fields of SAP IDoc segments (`NAME1`…`NAME4` of a customer or vendor master).
const NUMBERED_NAME_FIELD = /^NAME[1-4]$/;
// Parameter names of the text typed into a search box.
const SEARCH_PARAMS: ReadonlySet<string> = new Set(['q', 'query', 'search', 'searchterm', 'searchquery', 'searchtext', 'term', 'keyword', 'keywords']);
const SEARCH_VALUE = /[^&\s"'<>#]{2,300}/y;

export interface TextScannerHooks {
  readonly classifier: KeyClassifier;
  readonly pseudonymise: (type: PersonalDataType, value: string) => string;
  readonly extraPatterns: readonly RegExp[];
  /** A JSON object under a credential name, judged member by member as the walk does; undefined when it must go whole. */
  readonly secretDocument?: (doc: string) => string | undefined;
}

/** Backslashes before the quote that opened a value (`"` 0, `\\"` 1, Python's `\\\\"` 2, …); -1 without a quote. */
function quoteEscapes(sep: string): number {
  if (!sep.endsWith('"')) return -1;
  let n = 0;
  while (n < sep.length - 1 && sep.charCodeAt(sep.length - 2 - n) === 92) n++;
  return n;
}

// Python prints a bytes body as its repr, which doubles every backslash of the JSON in it
// (`b'{"SecretString":"{\\\\"password\\\\":…}"}'`): a quote after an even run of backslashes that
// opens a key or a value (`\\\\"password`, `\\\\":`) is an escaped one, which plain JSON never writes.
const DOUBLED_ESCAPES = /(?<!\\)(?:\\\\)+"(?=[A-Za-z_{[:,}])/;
const ODD_ESCAPED_QUOTE = /(?<!\\)\\(?:\\\\)*"/;
let doubledText = '';
let doubled = false;

/** Whether a text writes its escapes doubled, as a printed bytes repr does (every run before a quote even). */
function writesDoubledEscapes(text: string): boolean {
  if (text !== doubledText) {
    doubledText = text;
    doubled = text.includes('\\\\"') && DOUBLED_ESCAPES.test(text) && !ODD_ESCAPED_QUOTE.test(text);
  }
  return doubled;
}

/**
 * A quoted value opened by `n` backslashes and a quote: it ends at the quote written with exactly
 * as many. Quotes of the strings nested in it carry more, and those of the enclosing ones fewer
 * (which cannot occur inside it).
 */
function readEscapedValue(text: string, at: number, n: number): string {
  const limit = Math.min(text.length, at + 4096);
  let run = 0;
  for (let i = at; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 && run === n) return text.slice(at, i - n);
    run = c === 92 ? run + 1 : 0;
  }
  return text.slice(at, limit);
}

/**
 * A JSON document written as a string value, at any depth of escaping (and doubled, as a bytes
 * repr prints it): unescaped to the document, judged, and escaped back to the same depth.
 */
function judgeEscapedDocument(value: string, doubledEscapes: boolean, judge: (doc: string) => string | undefined): string | undefined {
  let doc = doubledEscapes ? value.replace(/\\\\/g, '\\') : value;
  let depth = 0;
  while (!doc.startsWith('{"') && depth < 8) {
    try {
      const parsed: unknown = JSON.parse(`"${doc}"`);
      if (typeof parsed !== 'string') return undefined;
      doc = parsed;
    } catch {
      return undefined;
    }
    depth++;
  }
  if (!doc.startsWith('{"')) return undefined;
  let judged = judge(doc);
  if (judged === undefined) return undefined;
  for (let i = 0; i < depth; i++) judged = JSON.stringify(judged).slice(1, -1);
  return doubledEscapes ? judged.replace(/\\/g, '\\\\') : judged;
}

const UNEXPECTED_KEYS: ReadonlySet<string> = new Set(['unexpected', 'unexpected_list', 'partial_unexpected_list', 'unexpected_values']);
const UNEXPECTED_LIST = /\[[^\]\r\n]{0,4000}\]/y;
const QUOTED_ITEM = /(['"])((?:(?!\1)[^\\]|\\.){1,200})\1/g;
const EXPECTATION_COLUMN = /\bexpect_(?:column|multicolumn)_\w{1,80}\(\s{0,3}(?:column(?:_list)?\s{0,2}=\s{0,2})?\[?['"]?([A-Za-z_][\w.]{0,63})/g;
const COUNTED_AT = /(\d{1,12})(?=[ \t]{1,3}(?:duplicates?|unexpected|nulls?|missing|rows?|values?|records?|distinct|invalid|failures?|errors?|mismatch(?:es)?|violations?|occurrences?)\b)/y;

/** The column of the data-quality expectation a result line belongs to: the last one named before it. */
function expectationColumn(text: string, start: number): string | undefined {
  const before = text.slice(Math.max(0, start - 600), start);
  if (!before.includes('expect_')) return undefined;
  let column: string | undefined;
  EXPECTATION_COLUMN.lastIndex = 0;
  for (let m = EXPECTATION_COLUMN.exec(before); m !== null; m = EXPECTATION_COLUMN.exec(before)) column = m[1];
  return column === undefined ? undefined : column.slice(column.lastIndexOf('.') + 1);
}

function readValue(text: string, at: number, sep: string): string {
  const escapes = quoteEscapes(sep);
  if (escapes >= 2 || (escapes === 0 && writesDoubledEscapes(text))) return readEscapedValue(text, at, escapes);
  const reader = sep.endsWith('\\"')
    ? VALUE_ESCAPED_DQ
    : sep.endsWith('"')
      ? VALUE_DQ
      : sep.endsWith("'")
        ? VALUE_SQ
        : sep.trimEnd().endsWith(':')
          ? VALUE_AFTER_COLON
          : VALUE_BARE;
  reader.lastIndex = at;
  const m = reader.exec(text);
  return m === null ? '' : m[0];
}

function safeDecode(value: string): string {
  if (!value.includes('%') && !value.includes('+')) return value;
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Whether a Bearer/Basic value is a credential rather than prose ("Basic information"). */
function isAuthCredential(scheme: string, value: string): boolean {
  if (scheme.toLowerCase().startsWith('basic')) {
    if (value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+=*$/.test(value)) return false;
    return Buffer.from(value, 'base64').toString('latin1').includes(':');
  }
  // `auth_scheme=Bearer password_min_length=11`: the next field of a logfmt line, not a token
  // (base64 pads only at the end; snake_case words are names).
  if (/^[A-Za-z_][\w.-]*=[^=]/.test(value) || /^[a-z]+(?:[_.-][a-z0-9]+)+$/.test(value)) return false;
  // Letters-only bearer tokens exist too: long enough, they are credentials, not prose.
  return (value.length >= 8 && /[\d._~+/=-]/.test(value)) || value.length >= 16;
}

/**
 * The detectors in groups of at most four features: at most 16 patterns per group, compiled on
 * first use and shared by every scrubber of the process (see alternation.ts for why not one
 * pattern per mask). Groups keep detectors that often occur together in one string.
 */
const DETECTION = new SplitAlternation(DETECTORS, [
  F_TOKEN | F_USERINFO | F_ORACLE | F_URLUSER,
  F_EMAIL | F_KV | F_HOME | F_HOSTIP,
  F_IBAN | F_IPV6 | F_IPV4 | F_CARD,
  F_SSN | F_PHONE | F_NANP | F_TPHONE,
  F_NATID | F_PCTX | F_STREET | F_PERSON,
]);

/** Which detectors a string switches on (a bit each): what a scan of it costs depends on it. */
export function detectorFeatures(text: string): number {
  return features(text);
}

/** How many scanning patterns this process has compiled (they cost memory and a compile each). */
export function compiledPatternCount(): number {
  return DETECTION.size;
}

/** Finds secrets and personal data in free text (messages, stacks, URLs, headers, dumps). */
// A line about a second factor's recovery or backup codes (`mfa.recovery_codes.regenerated`,
// `backup codes issued`): there a bare `codes=` lists them.
const RECOVERY_LINE = /(?:recovery|backup)[ _.-]?codes?\b/i;
const LINE_WINDOW = 512;

/** The text of the current line before `at`, at most {@link LINE_WINDOW} characters. */
function lineBefore(text: string, at: number): string {
  const from = Math.max(0, at - LINE_WINDOW);
  const nl = text.lastIndexOf('\n', at - 1);
  return text.slice(Math.max(from, nl + 1), at);
}

export class TextScanner {
  readonly #replaceMatch = (text: string, m: RegExpExecArray): [string, number] => this.#replace(text, m);
  readonly #hooks: TextScannerHooks;
  readonly #vendor = new VendorScanner();
  readonly #secretName = (name: string): boolean => this.#hooks.classifier.classify(name) === 'secret';
  readonly #classify = (name: string): KeyClass => this.#hooks.classifier.classify(name);

  constructor(hooks: TextScannerHooks) {
    this.#hooks = hooks;
  }

  /** Whether `scan` could change the string at all (false for most ids, paths and words). */
  mayMatch(text: string): boolean {
    return this.#hooks.extraPatterns.length > 0 || features(text) !== 0 || this.#vendor.find(text) !== undefined || mayHavePeopleLines(text);
  }

  scan(input: string): string {
    const text = this.#peopleLines(this.#accounts(this.#redactContext(this.#redactMarkup(this.#redactVendor(this.#redactExtra(input))))));
    const mask = features(text);
    const detectors = mask & ~(F_ENCODED | F_CONTEXT);
    const out = detectors === 0 ? text : this.#scanWith(text, detectors);
    const blanks = formBlanks(text);
    return (mask & F_ENCODED) === 0 && !blanks ? out : this.#scanDecoded(text, out, blanks);
  }

  /**
   * Percent-encoded text (a form body logged raw, `password%3Dx`, `pass%77ord=x`, encoded twice)
   * hides keys and separators from the detectors: decode and scan again. The decoded, scrubbed
   * form replaces the original only when decoding revealed more; otherwise the text keeps its encoding.
   */
  #scanDecoded(text: string, out: string, blanks: boolean): string {
    // Only escapes of separators, quotes, '%' or alphanumerics can hide a key or a value boundary;
    // `%20`, `%2F`, `%40` (found by the email detector) and the like cannot.
    HIDING_ESCAPE.lastIndex = 0;
    if (!blanks && !HIDING_ESCAPE.test(text)) return out;
    // In a form body `+` is a blank (application/x-www-form-urlencoded): a message sent through a
    // webhook (`Body=Hi+its+Jane+…`) reads like the sentence it encodes only once they are blanks.
    let decoded = blanks ? text.replace(FORM_BLANK, ' ') : text;
    for (let round = 0; round < 3; round++) {
      const next = percentDecode(decoded);
      if (next === decoded) break;
      decoded = next;
    }
    if (decoded === text) return out;
    decoded = this.#redactContext(this.#redactMarkup(this.#redactVendor(this.#redactExtra(decoded))));
    const mask = features(decoded) & ~(F_ENCODED | F_CONTEXT);
    if (mask === 0) return out;
    const again = this.#scanWith(decoded, mask);
    const more = findings(again);
    return more > findings(out) || (more > 0 && more === findings(out) && again !== out && hidesUserinfo(text)) ? again : out;
  }

  /** `<password>x</password>`, `<add key="DbPassword" value="x"/>` (see markup.ts). */
  #redactMarkup(text: string): string {
    return mayHaveMarkup(text) ? redactSpans(text, markupSpans(text, this.#secretName)) : text;
  }

  /** HL7 v2 fields, logins of access/VPN/chat logs and coordinates in GIS encodings (see people-lines.ts). */
  #peopleLines(text: string): string {
    const spans = peopleLineSpans(text, this.#classify);
    if (spans === undefined) return text;
    let out = '';
    let last = 0;
    for (const [start, end, type, value] of spans) {
      out += text.slice(last, start) + (type === 'secret' ? REDACTED : this.#hooks.pseudonymise(type, value ?? text.slice(start, end)));
      last = end;
    }
    return out + text.slice(last);
  }

  /** Account names of people in auth logs and login columns (see account-names.ts, account-fields.ts). */
  #accounts(text: string): string {
    const spans = accountNameSpans(text);
    if (spans === undefined) return text;
    let out = '';
    let last = 0;
    for (const [start, end] of spans) {
      out += text.slice(last, start) + this.#hooks.pseudonymise('name', text.slice(start, end));
      last = end;
    }
    return out + text.slice(last);
  }

  /** Vendor rules: each secret found is replaced, the text around it kept. */
  #redactVendor(text: string): string {
    return redactSpans(text, this.#vendor.find(text));
  }

  /** Secrets given after context words ("failed with password x", "invalid api key 7bea…"). */
  #redactContext(text: string): string {
    const out = text.length < 6 || !mayHaveContext(text) ? text : redactSpans(text, contextSpans(text));
    return out.length > 20 && SQL_INSERT_HINT.test(out) ? this.#sqlInsert(out) : out;
  }

  /**
   * `INSERT INTO t ("fullName","email") VALUES ('Jane Doe','j@x.io')`: each literal takes the
   * meaning of its column, as if it were a field of an object.
   */
  #sqlInsert(text: string): string {
    let out = '';
    let last = 0;
    SQL_INSERT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SQL_INSERT.exec(text)) !== null) {
      const columns = m[1]!.split(',').map((c) => c.trim().replace(/^[`"'[]|[`"'\]]$/g, ''));
      let at = m.index + m[0].length;
      // [start of the value, the value, whether it was quoted]
      const items: [number, string, boolean][] = [];
      let closed = false;
      while (at < text.length) {
        SQL_LITERAL.lastIndex = at;
        const v = SQL_LITERAL.exec(text);
        if (v === null) break;
        if (v[2] !== undefined) items.push([v.index + v[0].indexOf("'") + 1, v[2], true]);
        else {
          const raw = v[0].slice(0, -1);
          const value = raw.trim();
          items.push([v.index + raw.indexOf(value), value, false]);
        }
        at = SQL_LITERAL.lastIndex;
        if (v[3] === ')') {
          closed = true;
          break;
        }
      }
      // Frameworks that splice the bindings into the statement for their error message (Laravel's
      // QueryException) leave them unquoted; such a value is read only when the list lines up with
      // the columns, since a comma inside one would shift every value after it to the wrong column.
      const unquotedAligned = closed && items.length === columns.length;
      items.forEach(([valueAt, literal, quoted], i) => {
        const column = columns[i];
        if (column === undefined || (!quoted && (!unquotedAligned || !SPLICED_VALUE.test(literal) || literal.startsWith('<')))) return;
        let cls = this.#hooks.classifier.classify(column);
        if ((cls === 'namepart' || cls === 'person') && isPersonName(literal.replace(/''/g, "'"))) cls = 'name';
        const replacement =
          cls === 'secret' ? REDACTED : isScannedClass(cls) || cls === 'ip' ? undefined : this.#hooks.pseudonymise(cls, literal);
        if (replacement !== undefined) {
          out += text.slice(last, valueAt) + replacement;
          last = valueAt + literal.length;
        }
      });
      SQL_INSERT.lastIndex = Math.max(at, SQL_INSERT.lastIndex);
    }
    return last === 0 ? text : out + text.slice(last);
  }

  /** The user's `secretPatterns`, applied before the detectors. */
  #redactExtra(text: string): string {
    let out = text;
    for (const pattern of this.#hooks.extraPatterns) {
      pattern.lastIndex = 0;
      out = out.replace(pattern, REDACTED);
    }
    return out;
  }

  #scanWith(text: string, mask: number): string {
    return DETECTION.scan(text, mask, this.#replaceMatch);
  }

  /** Returns the replacement text and the index where scanning resumes. */
  #replace(text: string, m: RegExpExecArray): [string, number] {
    const g = m.groups ?? {};
    const start = m.index;
    const matched = m[0];
    const end = start + matched.length;
    const p = this.#hooks.pseudonymise;
    if (g.pem !== undefined) {
      PEM_END.lastIndex = end;
      const close = PEM_END.exec(text);
      return ['[REDACTED PRIVATE KEY]', close === null ? text.length : close.index + close[0].length];
    }
    if (g.jwt !== undefined && !matched.includes('.')) {
      // One base64 JSON part and no signature: an SDK's telemetry header may be that (see sdk-telemetry.ts).
      const telemetry = sdkTelemetryLength(text, start);
      if (telemetry !== undefined) return [text.slice(start, start + telemetry), start + telemetry];
    }
    if (g.jwt !== undefined || g.cloud !== undefined) return [REDACTED, end];
    if (g.auth !== undefined && g.authv !== undefined) {
      return isAuthCredential(g.auth, g.authv) ? [g.auth + REDACTED, end] : [g.auth, start + g.auth.length];
    }
    if (g.scheme !== undefined) {
      // `postgres://billing_rw:pw@db`: the account name says which service failed to connect, the
      // password is the secret. A user part that is a token (`ghp_…:x-oauth-basic@`), an address or
      // anything but a plain account name goes with the password.
      const colon = g.userinfo!.indexOf(':');
      const user = colon > 0 ? g.userinfo!.slice(0, colon) : '';
      if (DATA_STORE_SCHEME.test(g.scheme) && ACCOUNT_NAME.test(user) && !credentialShaped(user)) return [g.scheme + user + ':' + REDACTED + '@', end];
      return [g.scheme + REDACTED + '@', end];
    }
    if (g.dsnu !== undefined) return [g.dsnu + ':' + REDACTED + '@', end];
    // `user/release-bot`, `user/svc-billing-export`: an IAM user of a program names no one.
    if (g.arn !== undefined && g.arnuser !== undefined) return [g.arn + (isSystemAccount(g.arnuser) ? g.arnuser : p('name', g.arnuser)), end];
    if (g.orau !== undefined) return [g.orau + '/' + REDACTED, end];
    if (g.natid !== undefined) {
      if (natidValid(text, matched) || (personRowId(matched) && underDocumentKey(text, start))) return [p('ssn', matched), end];
      if ((MOBILE_RUN.test(matched) || (DE_MOBILE.test(matched) && /^\d+(?:[ /-]\d{2,})+$/.test(matched))) && !isIdFieldValue(text, start, end) && !afterHashKey(text, start)) return [p('phone', matched), end];
      // Not an id: resume after its first group, so a card or phone starting inside is still found.
      const first = /^[^ .-]+[ .-]?/.exec(matched)![0];
      return [first, start + first.length];
    }
    if (g.tphone !== undefined) return nationalPhone(matched) && !isIdFieldValue(text, start, end) && !afterHashKey(text, start) ? [p('phone', matched), end] : [matched, end];
    if (g.street !== undefined) return [p('address', matched), end];
    if (g.idctx !== undefined && g.idval !== undefined) {
      return idDocumentNumber(g.idval) ? [g.idctx + p('id', g.idval), end] : [g.idctx, start + g.idctx.length];
    }
    if (g.pcctx !== undefined && g.pc !== undefined) return [g.pcctx + p('address', g.pc), end];
    if (g.age !== undefined) return [g.agectx + p('dob', g.age), end];
    if (g.age2 !== undefined) return [p('dob', g.age2), end];
    if (g.acctx !== undefined && g.acct !== undefined) return [g.acctx + p('iban', g.acct), end];
    if (g.dobctx !== undefined && g.dob !== undefined) return [g.dobctx + p('dob', g.dob), end];
    if (g.hctx !== undefined && g.hname !== undefined) {
      return capitalsName(g.hname) ? [g.hctx + p('name', g.hname), end] : [g.hctx, start + g.hctx.length];
    }
    if (g.lctx !== undefined && g.lnames !== undefined) {
      // Each item of the list alone: two or more words shaped like a name, none a firm's or a team's.
      const parts = g.lnames.split(PEOPLE_LIST_SPLIT);
      let replaced = g.lctx;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i]!;
        replaced += i % 2 === 1 || !listedName(part) ? part : p('name', part);
      }
      return [replaced, end];
    }
    if (g.cictx !== undefined && g.ciname !== undefined) return placedName(g.ciname) ? [g.cictx + p('name', g.ciname), end] : [g.cictx, start + g.cictx.length];
    if (g.ofctx !== undefined && g.ofname !== undefined) return placedName(g.ofname) ? [g.ofctx + p('name', g.ofname), end] : [g.ofctx, start + g.ofctx.length];
    if (g.dhctx !== undefined && g.dhname !== undefined) return placedName(g.dhname) ? [g.dhctx + p('name', g.dhname), end] : [g.dhctx, start + 1];
    if (g.cname !== undefined) return (foreignFullName(g.cname) || listedName(g.cname)) ? [matched.slice(0, 2) + p('name', g.cname) + ')', end] : [matched, end];
    if (g.dname !== undefined) {
      const quoted = g.dname.startsWith('"');
      const name = quoted ? g.dname.slice(1, -1).trim() : g.dname;
      if (!isPersonName(name)) return [g.dname, start + g.dname.length];
      return [(quoted ? `"${p('name', name)}"` : p('name', name)) + matched.slice(g.dname.length), end];
    }
    if (g.gactx !== undefined && g.gauthor !== undefined) return [g.gactx + p('name', g.gauthor), end];
    if (g.sigctx !== undefined && g.sig !== undefined) {
      return isPersonName(g.sig) || isGivenName(g.sig) ? [g.sigctx + p('name', g.sig), end] : [g.sigctx, start + g.sigctx.length];
    }
    if (g.payto !== undefined && g.payee !== undefined) {
      const lineStart = text.lastIndexOf('\n', start) + 1;
      return payeeName(text.slice(Math.max(lineStart, start - 200), start), g.payee) && !organisationName(g.payee) ? [g.payto + p('name', g.payee), end] : [g.payto, start + g.payto.length];
    }
    if (g.voc !== undefined) return vocativeName(g.voc) ? [p('name', g.voc), end] : [g.voc, end];
    if (g.intro !== undefined) {
      const greeting = INTRO_GREETING.exec(matched)![0];
      const words = matched.slice(greeting.length);
      return introName(words) ? [greeting + p('name', words), end] : [greeting, start + greeting.length];
    }
    if (g.fintro !== undefined) {
      // Spaced Han before the copula is a name only when it opens with a family name ("確認 完了です" is not).
      const han = /^[\u4E00-\u9FFF]/.test(g.fintro);
      return cuedNameWords(g.fintro) && nameBeforeVerb(g.fintro) && (!han || spacedHanFamily(g.fintro)) ? [p('name', g.fintro), end] : [matched, end];
    }
    if (g.hon !== undefined || g.own !== undefined || g.pnr !== undefined || g.jpreq !== undefined) return [p('name', matched), end];
    if (g.mention !== undefined) return NOT_A_MENTION.has(g.mention) || BOT_HANDLE.test(g.mention) ? [matched, end] : ['@' + p('name', g.mention), end];
    if (g.sname !== undefined && g.sctx !== undefined) {
      return speakerName(g.sname) ? [g.sctx + p('name', g.sname), end] : [g.sctx, start + g.sctx.length];
    }
    if (g.nname !== undefined) {
      if (speakerName(g.nname)) return [p('name', g.nname), end];
      const first = /^\S+/.exec(g.nname)![0];
      return [first, start + first.length];
    }
    if (g.vname !== undefined) {
      if (nameBeforeVerb(g.vname)) return [p('name', g.vname), end];
      const first = /^\S+/.exec(g.vname)![0];
      return [first, start + first.length];
    }
    if (g.pctx !== undefined && g.pname !== undefined) {
      if (!cuedNameWords(g.pname)) return [g.pctx, start + g.pctx.length];
      // A quoted value after a bare `name` or a command's parameter (`New-ADGroup -Name "…"`) names
      // whatever the command makes; after a role (`customer "…"`) it is the person's.
      if (g.pctx.endsWith('"') && (text.charCodeAt(start - 1) === 45 || /^name[ \t]/i.test(g.pctx))) return [g.pctx, start + g.pctx.length];
      // After a dash only a name that closes the message signs it ("… — Opening Hours apply" goes on).
      if (SIGNATURE_DASH.test(g.pctx) && !/^[ \t]*(?:["'\u201D\u2019)]|\\"|\r?\n|$)/.test(text.slice(end, end + 4))) return [g.pctx, start + g.pctx.length];
      return personCued(g.pname, STRONG_CUE.test(g.pctx) || TITLE_AT_END.test(g.pctx) ? 'title' : 'cue') ? [g.pctx + p('name', g.pname), end] : [g.pctx, start + g.pctx.length];
    }
    if (g.tctx !== undefined && g.tname !== undefined) {
      return personCued(g.tname, 'title') ? [g.tctx + p('name', g.tname), end] : [g.tctx, start + g.tctx.length];
    }
    if (g.qctx !== undefined && g.qname !== undefined) {
      if (!quotedPartyName(g.qname)) return [g.qctx, start + g.qctx.length];
      const addr = g.qaddr === undefined ? '' : p('address', g.qaddr);
      return [g.qctx + p('name', g.qname) + g.qsep! + addr, end];
    }
    if (g.fname !== undefined && g.fgiven !== undefined) {
      const doc = g.fdoc ?? '';
      if (fileNamePerson(doc !== '', g.fgiven, g.fname)) return [doc + p('name', g.fname), end];
      return [doc + g.fgiven, start + doc.length + g.fgiven.length];
    }
    if (g.gname !== undefined && g.gsur !== undefined) {
      if (namedInstitution(text, start)) return [matched, end];
      if (cjkLegalFormBeside(text, start, end)) {
        // A tab ends a column: "Jane Roe<TAB>Mori Trading 株式会社" is a contact, then the firm.
        const cut = matched.lastIndexOf('\t');
        const head = matched.slice(0, Math.max(cut, 0));
        const pair = /^(\S+)[ \t]+(.+)$/.exec(head);
        return pair !== null && namePair(pair[1]!, pair[2]!) ? [p('name', head) + matched.slice(cut), end] : [matched, end];
      }
      return namePair(g.gname, g.gsur) ? [p('name', matched), end] : [g.gname, start + g.gname.length];
    }
    if (g.geo !== undefined) {
      const [lat, lng] = g.geo.split(/, ?|%2C/i).map(Number) as [number, number];
      return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? [p('address', g.geo), end] : [matched, end];
    }
    if (g.geoctx3 !== undefined && g.geo3 !== undefined) {
      const [lat, lng] = g.geo3.split(/, ?/).map(Number) as [number, number];
      return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? [g.geoctx3 + p('address', g.geo3), end] : [g.geoctx3, start + g.geoctx3.length];
    }
    if (g.geoctx !== undefined && g.geo2 !== undefined) {
      const [lat, lng] = g.geo2.split(/[ \t]+/).map(Number) as [number, number];
      // `latency at 12.3456 13.2345 ms`: a unit after the pair makes both numbers measurements.
      if (MEASUREMENT_UNIT_AFTER.test(text.slice(end, end + 16))) return [g.geoctx, start + g.geoctx.length];
      return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? [g.geoctx + p('address', g.geo2), end] : [g.geoctx, start + g.geoctx.length];
    }
    if (g.addrctx !== undefined && g.addr !== undefined) {
      // A street needs a house number ("my new address is Kungsgatan 223"); "address is invalid" stays.
      if (/\d/.test(g.addr)) {
        // A street line read to its end when it goes on past the words above ("41 Maple Ave, Unit 3,
        // Denver, CO 80203"): the unit, city, state and ZIP are part of the same address.
        const at = start + g.addrctx.length;
        STREET_AT.lastIndex = at;
        const street = STREET_AT.exec(text)?.[0];
        const addr = street !== undefined && street.length > g.addr.length ? street : g.addr;
        return [g.addrctx + p('address', addr), at + addr.length];
      }
      // "Ship to: Imogen Eriksen" on a label: the recipient's name.
      const shipName = /^[Ss]hip|^[Dd]eliver/.test(g.addrctx) ? /^[^\n,;]+?(?=[ \t]*(?:\n|$))/.exec(g.addr)?.[0] : undefined;
      if (shipName !== undefined && isPersonName(shipName)) return [g.addrctx + p('name', shipName), start + g.addrctx.length + shipName.length];
      return [g.addrctx, start + g.addrctx.length];
    }
    if (g.hip !== undefined) {
      const prefix = g.hpre ?? '';
      // Without a dashed label before it (`p81-12-…`, as German and Spanish ISPs name dial-up
      // pools) only a host name's first label is an address: a domain must follow.
      if (!prefix.endsWith('-') && text.charCodeAt(end) !== 46) return [matched, end];
      const dotted = g.hip.replace(/-/g, '.');
      const replaced = p('ip', dotted);
      // An address the pseudonymiser keeps (a private one with keepPrivateIps) keeps the host name
      // as it was written, not re-spelt with dots.
      return replaced === dotted ? [matched, end] : [prefix + replaced, end];
    }
    if (g.upre !== undefined && g.uname !== undefined) {
      return urlUser(g.uname, g.upre) && !insideDigest(text, start, end) ? [g.upre + p('name', g.uname), end] : [matched, end];
    }
    if (g.home !== undefined && g.homeuser !== undefined) {
      // `/scim/v2/Users/2819c223-…` (SCIM, RFC 7644 §3.2) and other REST collections called Users
      // address an account by the server's opaque id; a home directory is named after its login.
      return SYSTEM_USERS.has(g.homeuser) || OPAQUE_ACCOUNT_ID.test(g.homeuser) ? [matched, end] : [g.home + p('name', g.homeuser), end];
    }
    if (g.ophone !== undefined) {
      const digits = countDigits(g.ophone);
      return digits >= 8 && digits <= 15 ? [p('phone', g.ophone), end] : [matched, end];
    }
    if (g.phctx !== undefined && g.nphone !== undefined) {
      // "delivered to 192.168.1.10": an address (or a version), left to its own detector.
      if (/^\d{1,3}(?:\.\d{1,3}){2,3}$/.test(g.nphone)) return [g.phctx, start + g.phctx.length];
      const digits = countDigits(g.nphone);
      return digits >= 7 && digits <= 15 ? [g.phctx + p('phone', g.nphone), end] : [g.phctx, start + g.phctx.length];
    }
    if (g.email !== undefined) {
      if (isServiceMailbox(g.email) || isMessageId(text, start) || isNodeName(text, start) || machineMailbox(text, start, g.email) || isServiceAddress(text, start, g.email)) return [matched, end];
      const user = loginTargetUser(text, start, g.email);
      if (user !== undefined) {
        // `ssh root@db-1.internal`: the host stays; the login is a person's unless a system's.
        const login = g.email.slice(0, user);
        return [(isSystemAccount(login) ? login : p('name', login)) + g.email.slice(user), end];
      }
      // `sip:+442071838750@voice.carrier.example` (RFC 3261 §19.1.6, `user=phone`): the user part is
      // a telephone number and the host the carrier's proxy, which names no one.
      const sipPhone = sipTelephoneUser(text, start, g.email);
      if (sipPhone !== undefined) return [p('phone', g.email.slice(0, sipPhone)) + g.email.slice(sipPhone), end];
      return [p('email', g.email.replace(/%40/i, '@')), end];
    }
    if (g.iban !== undefined) {
      // A UUID's first groups (`da14bed4-8d15-4375-…`) can pass mod 97 by chance (one in 97).
      if (UUID_AT.test(text.slice(start, start + 37))) return [text.slice(start, start + 36), start + 36];
      // Not an IBAN: resume after its first group, so a card number inside is still found.
      // The longest valid prefix ending at a group boundary ("IBAN DE89… x" must not take the " x").
      for (let cut = matched.length; cut >= 15; cut--) {
        if (cut < matched.length && matched[cut] !== ' ' && matched[cut] !== '-') continue;
        const candidate = matched.slice(0, cut);
        if (ibanValid(candidate.replace(/[ -]/g, '').toUpperCase())) return [p('iban', candidate), start + cut];
      }
      return [matched.slice(0, 4), start + 4];
    }
    if (g.ipv6 !== undefined) {
      // Before `:port`, only a full address is unambiguous: `2001:db8::1:443` may end in a group.
      const ported = text.charCodeAt(end) === 58;
      const ninth = NINE_GROUPS.exec(matched);
      if (ninth !== null) {
        // Eight full groups then a decimal: the address and its port (`addr:port`, no brackets).
        if (/^\d{1,5}$/.test(ninth[2]!) && Number(ninth[2]) <= 65535) return [p('ip', ninth[1]!), start + ninth[1]!.length];
        // A hex ninth group is no port and no address has nine groups, but the first eight are a
        // whole routable address (a forged or mangled forwarded-for entry, an appended interface
        // segment): keeping the run would keep the client's address in it.
        if (!ported) return [p('ip', matched), end];
      }
      if (looksLikeIpv6(matched) && (!ported || FULL_IPV6.test(matched)) && parseIp(matched) !== undefined) return [p('ip', matched), end];
      // A compressed address then a five-digit port (Redis MONITOR's `[db addr:port]`, MongoDB's
      // `client`): no group has five digits, so the split is certain. A shorter decimal after `::`
      // is read as a last group and the whole run goes as one address above.
      // As for FULL_IPV6, a routable or ULA address opens with a four-digit group.
      if (ported && matched.includes('::') && /^[0-9A-Fa-f]{4}:/.test(matched) && looksLikeIpv6(matched) && parseIp(matched) !== undefined) {
        const port = /^:(\d{5})(?![\w:.])/.exec(text.slice(end, end + 7));
        if (port !== null && Number(port[1]) <= 65535) return [p('ip', matched), end];
      }
      // Not an address ("12:30:45", a MAC): skip only its first group so an embedded IPv4 is still found.
      const resume = matched.indexOf(':') + 1;
      return [matched.slice(0, resume), start + resume];
    }
    // A private network in prefix notation (`10.8.0.1/24`) is an interface's or a route's, not a visitor's.
    if (g.ipv4 !== undefined) {
      // A private address as the host of a URL (`upstream: "http://10.0.3.7:8080"`) is a server the
      // logger connects to inside its own network: it names no visitor or subscriber. Client
      // addresses, public hosts and private addresses outside a URL still go.
      // A Go DSN's `@tcp(10.0.3.7:3306)` is the same place.
      if (start >= 3 && (text.startsWith('://', start - 3) || text.startsWith('@tcp(', start - 5)) && PRIVATE_HOST.test(matched)) return [matched, end];
      if (text.charCodeAt(end) === 58 && PRIVATE_HOST.test(matched) && serverEndpoint(text, start, end)) return [matched, end];
      if (text.charCodeAt(start - 1) === 61 && PRIVATE_HOST.test(matched) && netfilterListener(text, start, end)) return [matched, end];
      // A DNS resolver the line names (`resolver=1.1.1.1`, `dns=8.8.8.8`, `nameserver 10.0.0.2`) is a
      // server every client of the network asks, never a visitor or a subscriber.
      if (RESOLVER_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return [matched, end];
      return text.charCodeAt(end) === 47 && PRIVATE_NETWORK.test(text.slice(start, end + 3)) ? [matched, end] : [p('ip', matched), end];
    }
    if (g.card !== undefined) return this.#card(text, matched, start);
    if (g.ssn !== undefined) {
      return ssnValid(matched.replace(/\D/g, '')) ? [p('ssn', matched), end] : [matched, end];
    }
    if (g.phone !== undefined) {
      const digits = countDigits(matched);
      return digits >= 8 && digits <= 15 ? [p('phone', matched), end] : [matched, end];
    }
    if (g.nanp !== undefined) return [p('phone', matched), end];
    if (g.key !== undefined && g.sep !== undefined) return this.#keyValue(text, start, g.key, g.sep);
    return [matched, end];
  }

  /**
   * The longest Luhn-valid card number at the start of a digit run ending at a group boundary
   * ("4111 1111 1111 1111 22" holds a card followed by other digits); else resume after the first
   * group so a card later in the run is still found.
   */
  #card(text: string, matched: string, start: number): [string, number] {
    // Luhn alone passes one random number in ten: an ungrouped digit run is a card only in card context.
    const grouped = /\d[ .-]{1,3}\d/.test(matched);
    // A grouped number is written like a card only in groups of four (Amex 4-6-5, Diners 4-6-4);
    // "539-5462264-3975663" is an order number, "2 89 12 10 367 428 28" a French NIR.
    if (grouped && !cardGrouping(matched)) {
      return [natidValid(text, matched) ? this.#hooks.pseudonymise('ssn', matched) : matched, start + matched.length];
    }
    if (!grouped && !contextIn(CARD_CONTEXT, text) && !cardMemberOfBody(text, start)) {
      // A long digit run without card context may still be an id (FR NIR, CN resident id, BR CNPJ).
      return [natidValid(text, matched) ? this.#hooks.pseudonymise('ssn', matched) : matched, start + matched.length];
    }
    for (let end = matched.length; end > 0; end--) {
      const boundary = end === matched.length || matched[end] === ' ' || matched[end] === '-' || matched[end] === '.';
      if (!boundary) continue;
      const candidate = matched.slice(0, end);
      const digits = candidate.replace(/\D/g, '');
      if (digits.length < 13) break;
      if (isCardNumber(digits)) return [this.#hooks.pseudonymise('card', candidate), start + end];
    }
    const firstGroup = /^\d+[ .-]{0,3}/.exec(matched);
    const resume = firstGroup === null ? matched.length : firstGroup[0].length;
    return [matched.slice(0, resume), start + resume];
  }

  /** Every cookie of a `Cookie:` line loses its value; names (and Set-Cookie attributes) stay. */
  #cookieLine(text: string, prefix: string, valueAt: number): [string, number] {
    PARAM_LIST.lastIndex = valueAt;
    const rest = PARAM_LIST.exec(text);
    let line = rest === null ? '' : rest[0];
    // Headers folded onto one line (`Cookie: a=1 | Accept-Language: …`): a cookie value has no
    // space or `|` (RFC 6265 §4.1.1), so ` | Name:` starts the next header.
    if (line.includes(' | ')) {
      const next = FOLDED_HEADER.exec(line);
      if (next !== null) line = line.slice(0, next.index);
    }
    line = line.slice(0, cookieListLength(line));
    const out = scrubCookieList(line, REDACTED);
    return [prefix + out, valueAt + line.length];
  }

  /** Whether a connection URL's query holds options only: plain names, short values that read as no credential. */
  #connectionOptions(query: string): boolean {
    return query.split('&').every((pair) => {
      const eq = pair.indexOf('=');
      const value = eq === -1 ? '' : pair.slice(eq + 1);
      return eq > 0 && value.length <= 64 && this.#hooks.classifier.classify(pair.slice(0, eq)) === 'plain' && !credentialShaped(value);
    });
  }

  #keyValue(text: string, start: number, key: string, sep: string): [string, number] {
    // A pseudonym written by an earlier pass (`<email:k1:…>`: text scrubbed twice, a scrubbed record
    // piped through parapet-scrub) reads like `email: …`: keep it as it is.
    if (start > 0 && text.charCodeAt(start - 1) === 60) {
      TOKEN_AT.lastIndex = start - 1;
      const token = TOKEN_AT.exec(text);
      if (token !== null) return [token[0].slice(1), start - 1 + token[0].length];
    }
    const valueAt = start + key.length + sep.length;
    // HAProxy's `{host|SERVERID=…; sid=…}`: a captured Cookie header, every value goes (see carried-secrets.ts).
    if (sep === '=') {
      const captured = capturedCookiesEnd(text, start);
      if (captured !== undefined) return [scrubCookieList(text.slice(start, captured), REDACTED), captured];
      // The cookie field of a CDN access log (CloudFront), named only by its place (see carried-secrets.ts).
      const cookieField = edgeCookieFieldEnd(text, start);
      if (cookieField !== undefined) return [scrubEncodedCookies(text.slice(start, cookieField), REDACTED), cookieField];
    }
    // `arn:aws:secretsmanager:eu-west-1:…`: the service of an ARN, not a key.
    if (sep === ':' && start >= 4 && text.charCodeAt(start - 1) === 58 && insideArn(text, start)) return [key, start + key.length];
    // `bucket=/oauth/token:acme-corp`: a rate limiter keys its bucket by a route and a qualifier
    // (a tenant, a client). The route's last segment is no key; an address or a credential-shaped
    // qualifier is still found by its own detector or taken whole below.
    if (sep === ':' && start > 0 && text.charCodeAt(start - 1) === 47) {
      ROUTE_QUALIFIER.lastIndex = valueAt;
      const qualifier = ROUTE_QUALIFIER.exec(text)?.[0];
      if (qualifier !== undefined && !credentialShaped(qualifier)) return [key, start + key.length];
    }
    const listed = listOpening(text, valueAt, sep);
    if (listed > 0) return this.#keyValue(text, start, key, sep + text.slice(valueAt, valueAt + listed));
    let cls = this.#hooks.classifier.classify(key);
    const norm = normaliseKeyName(key);
    // `(ERR_INVALID_CREDENTIALS): {…}`: an error code that names a credential labels the message
    // after it, not the credential's value; the message is read on its own.
    if (cls === 'secret' && start > 0 && text.charCodeAt(start - 1) === 40 && isErrorCode(key)) return [key, start + key.length];
    // `[first name=Jane, infix=null, last name=Doe]`: toString output of a payment provider's name
    // object, whose field names hold a blank; the word before `name` makes it a person's name part.
    if (cls === 'namepart' && sep === '=' && start >= 5 && text.charCodeAt(start - 1) === 32 && SPACED_NAME_PART.test(text.slice(Math.max(0, start - 8), start))) cls = 'name';
    const quotedValue = /["']$/.test(sep);
    if (cls === 'plain' && (key === 'input' || key === 'input_value' || key === 'received' || key === 'value' || key === 'data') && (quotedValue || sep === '=')) {
      // The rejected input is the value of the field the error is about: a secret, or personal
      // data such as a birth date that failed to parse. Unquoted (`field=my_number value=…`), a
      // name could not be told from the words after it, so only other classes are taken.
      const field = validationField(text, start, key);
      if (field !== undefined) {
        const fieldCls = this.#hooks.classifier.classify(field);
        const named = fieldCls === 'person' || fieldCls === 'namepart';
        if (fieldCls !== 'ip' && (!isScannedClass(fieldCls) || (named && quotedValue))) cls = fieldCls;
      }
    }
    if (cls === 'plain' && UNEXPECTED_KEYS.has(key) && text.charCodeAt(valueAt) === 91) {
      // Great Expectations lists the failing values of an expectation under it
      // (`expect_column_values_to_be_unique(national_id): 2 duplicates` / `unexpected: ['…', '…']`):
      // they are values of the column the expectation is about.
      const column = expectationColumn(text, start);
      let fieldCls = column === undefined ? 'plain' : this.#hooks.classifier.classify(column);
      if (fieldCls === 'person' || fieldCls === 'namepart') fieldCls = 'name';
      UNEXPECTED_LIST.lastIndex = valueAt;
      const list = fieldCls === 'secret' || (!isScannedClass(fieldCls) && fieldCls !== 'ip') ? UNEXPECTED_LIST.exec(text) : null;
      if (list !== null) {
        const judged = list[0].replace(QUOTED_ITEM, (_m, q: string, item: string) =>
          q + (fieldCls === 'secret' ? REDACTED : this.#hooks.pseudonymise(fieldCls as PersonalDataType, item)) + q);
        return [key + sep + judged, valueAt + list[0].length];
      }
    }
    // `resource "random_password" "db" { result = "…" }`: the generated secret (see carried-secrets.ts).
    if (cls === 'plain' && sep.includes('=') && generatedSecretAttribute(text, start, key)) cls = 'secret';
    const isQuery = sep === '=' && (start === 0 || SEPARATOR_BEFORE_QUERY.has(text[start - 1] ?? ''));
    // Inside a URL's query for certain: a line starting `key=` may be logfmt, where a name has blanks.
    const inQuery = sep === '=' && (text.charCodeAt(start - 1) === 63 || text.charCodeAt(start - 1) === 38);
    if (cls === 'plain' && isQuery && SECRET_QUERY_PARAMS.has(norm) && !isIdCode(text, start, valueAt)) {
      cls = 'secret';
    }
    if (cls === 'plain' && isQuery && SEARCH_PARAMS.has(norm)) {
      // `?q=…`, Algolia's `params: "query=…&hitsPerPage=20"`: a typed search, hidden when it is a
      // person's full name (see searchedNameSpan).
      SEARCH_VALUE.lastIndex = valueAt;
      const raw = SEARCH_VALUE.exec(text)?.[0];
      const typed = raw === undefined ? '' : safeDecode(raw);
      // A name beside other words (`q=invoice%20<name>`) takes the whole value: re-encoding the words
      // around it could not reproduce how the client encoded them.
      if (raw !== undefined && searchedNameSpan(typed) !== undefined) return [key + sep + this.#hooks.pseudonymise('name', typed), valueAt + raw.length];
    }
    if (cls === 'plain' && !isQuery && /["']$/.test(sep) && SEARCH_PARAMS.has(norm)) {
      // `search: "invoice <name>"`, `q="lookup <name> order 5521"`: only the name goes, the words
      // after it are scanned on as text.
      const close = text.indexOf(sep[sep.length - 1]!, valueAt);
      const span = close > valueAt && close - valueAt <= 200 ? searchedNameSpan(text.slice(valueAt, close)) : undefined;
      if (span !== undefined) {
        const name = text.slice(valueAt + span[0], valueAt + span[1]);
        return [key + sep + text.slice(valueAt, valueAt + span[0]) + this.#hooks.pseudonymise('name', name), valueAt + span[1]];
      }
    }
    // A CDN's query field (CloudFront `cs-uri-query`) is written without its `?`, after a tab.
    const flowParam = cls === 'plain' && sep === '=' && (isQuery || text.charCodeAt(start - 1) === 9) && isFlowParameter(key);
    const linkParam = flowParam || (isQuery && ((cls === 'keylike' && norm === 'key') || (cls === 'plain' && authLinkParameter(text, start, key))));
    // `/track/INV-…?t=<random>`: a token abbreviation on any page, when the value is a long random run.
    const tokenParam = !linkParam && cls === 'plain' && isQuery && tokenAbbreviationParameter(text, start, key);
    if (linkParam || tokenParam) {
      // `?key=` of a maps or weather API, `/auth/verify?t=`, `?invite=`: the credential when it reads as one;
      // `?key=theme`, `?key=profile:4412`, `?t=1767225600` are lookups and times.
      const value = readValue(text, valueAt, sep);
      // `/signin?ws=ws_9TzqLk2Rbn`: in a sign-in link, a value carrying the short parameter's name as
      // its type prefix is a record's id. Not for `?key=key_…`: a vendor's API key is typed that way.
      // `ws=ws_9TzqLk2Rbn`: a short id typed by its own parameter's name; a long run after `t=t_` is a token.
      const typedId = cls === 'plain' && key.length >= 2 && value[key.length] === '_' && value.startsWith(key) && /^_[A-Za-z0-9]{6,16}$/.test(value.slice(key.length));
      if (credentialShaped(value) && !isNamespacedLookupKey(value) && !typedId && (linkParam || value.length >= TOKEN_PARAM_MIN)) return [key + sep + REDACTED, valueAt + value.length];
    }
    // `/u/login?state=…`, `/authorize?…&nonce=…`: the state of a sign-in transaction resumes it;
    // `?state=shipped` elsewhere, or a state cut short for display, stays (see sign-in-transactions.ts).
    if (isQuery && cls !== 'secret' && isStateParameter(key) && inSignInQuery(text, start)) {
      const value = readValue(text, valueAt, sep);
      if (isTransactionState(value)) return [key + sep + REDACTED, valueAt + value.length];
    }
    // `challenge=…` of a WebAuthn ceremony, `ticket=…` of an enrolment or password-change flow:
    // long random runs only, so `challenge=js_challenge` and `ticket=INC0012345` stay.
    if (cls === 'plain' && (key === 'challenge' || key === 'ticket')) {
      const value = readValue(text, valueAt, sep);
      if (key === 'challenge' ? isCeremonyChallenge(value) : isFlowTicket(value)) return [key + sep + REDACTED, valueAt + value.length];
    }
    if (
      cls === 'plain' &&
      (key === 'recovery' || key === 'backup' || key === 'Recovery' || key === 'Backup' ||
        ((key === 'codes' || key === 'Codes') && RECOVERY_LINE.test(lineBefore(text, start))))
    ) {
      // `recovery=4k2p9-x7m3q,8c1vd-q0zra`, `mfa.recovery_codes.regenerated codes=[4k2p9-x7m3q, …]`:
      // the codes a second factor issued (see one-time-codes.ts), bare or as a printed array.
      const open = text.charCodeAt(valueAt) === 91 ? 1 : 0;
      RECOVERY_LIST_AT.lastIndex = valueAt + open;
      const list = RECOVERY_LIST_AT.exec(text)?.[0];
      if (list !== undefined && isRecoveryCodeList(list, key !== 'backup' && key !== 'Backup')) return [key + sep + (open ? '[' : '') + REDACTED, valueAt + open + list.length];
      // `mfa enrol … recovery=qtrmw-zkphv`: one code alone, judged as in a record.
      if (open === 0 && key !== 'codes' && key !== 'Codes') {
        RECOVERY_CODE_AT.lastIndex = valueAt;
        const one = RECOVERY_CODE_AT.exec(text)?.[0];
        if (one !== undefined && isRecoveryCode(one, key)) return [key + sep + REDACTED, valueAt + one.length];
      }
    }
    if (key === 'code' && cls === 'plain' && contextIn(TOKEN_REQUEST_CONTEXT, text)) {
      // A token request's fields beside it (`"grant_type":"authorization_code","code":"…"`, a body
      // cut short so it no longer parses): the authorization code, when it reads as a credential.
      const value = readValue(text, valueAt, sep);
      if (credentialShaped(value)) return [key + sep + REDACTED, valueAt + value.length];
    }
    // Plain keys, and IPs (found by their own pattern, also in "a, b" lists): keep the key and go on scanning the value.
    // Resume right after the key: the separator and value are scanned like any other text.
    // A marketplace's `host.name` is the person letting a place (ECS uses the same key for the
    // machine): a value no hostname can be (a blank, or letters of another script) is a name.
    if (cls === 'plain' && /["']$/.test(sep) && /^host[._]name$/i.test(key)) {
      const quoted = readValue(text, valueAt, sep);
      if (/[\s\u0080-\uFFFF]/.test(quoted) && !/[.\d_]/.test(quoted) && isPersonName(quoted) && !organisationName(quoted)) {
        return [key + sep + this.#hooks.pseudonymise('name', quoted), valueAt + quoted.length];
      }
    }
    if ((cls === 'person' || cls === 'namepart') && /["']$/.test(sep)) {
      // `customer="Jane Doe"`: a quoted person-shaped value under a key about a person.
      const quoted = readValue(text, valueAt, sep);
      if (isPersonName(quoted) && !organisationName(quoted)) return [key + sep + this.#hooks.pseudonymise('name', quoted), valueAt + quoted.length];
    }
    if (cls === 'plain' && /["']$/.test(sep) && (NUMBERED_NAME_FIELD.test(key) || key === 'to' || key === 'To')) {
      // SAP IDoc segments print a partner's name fields quoted (`NAME1="…"`, a person or a firm);
      // a payout line quotes its payee (`to="…"`). A full name in any script goes, a firm's stays.
      const quoted = readValue(text, valueAt, sep);
      const lineStart = text.lastIndexOf('\n', start) + 1;
      const payee = key === 'to' || key === 'To' ? payeeName(text.slice(Math.max(lineStart, start - 200), start), quoted) : true;
      if (payee && placedName(quoted)) return [key + sep + this.#hooks.pseudonymise('name', quoted), valueAt + quoted.length];
    }
    if (cls === 'keylike' && (key === 'key' || key === 'Key') && (contextIn(UNSEAL_CONTEXT, text) || cryptoParentMember(text, start))) {
      // Vault logs the share an operator entered while unsealing (`unseal progress: 2/3 key=…`):
      // enough shares rebuild the root key. Elsewhere a bare `key=` is mostly a lookup key, unless
      // it is the member of a printed `encryption: { key: … }` object (see carried-secrets.ts).
      const value = readValue(text, valueAt, sep);
      if (credentialShaped(value)) return [key + sep + REDACTED, valueAt + value.length];
    }
    if (cls === 'keylike' && /(?:auth|salt|seed|pepper|sess|session|encrypt|plaintext|collapse[-_.]?key)$/i.test(key)) {
      const value = readValue(text, valueAt, sep);
      // `REDIS_AUTH=<password>`, `HASH_SALT=<hex>` go; `auth: "jwt"`, `BASIC_AUTH=false` stay.
      if (isBasicCredential(value) || credentialShaped(value)) return [key + sep + REDACTED, valueAt + value.length];
    }
    if (cls === 'name' && !/["']$/.test(sep) && isLoginFlag(text, valueAt)) {
      // `?login=true`, `username=1`: a switch of a sign-in form or a short account number, no one's login.
      return [key + sep, valueAt];
    }
    if (cls === 'name') {
      // `username=79161234567`: services that sign in by phone number take it as the login; a
      // longer number is a phone or a customer number, either one identifies the person.
      LOGIN_NUMBER.lastIndex = valueAt;
      const number = LOGIN_NUMBER.exec(text)?.[0];
      if (number !== undefined) return [key + sep + this.#hooks.pseudonymise(loginNumberType(number), number), valueAt + number.length];
    }
    if (cls === 'person' && norm === 'user') {
      // `user=4917612345678`: apps that sign in by phone log the number as the user handle.
      LOGIN_NUMBER.lastIndex = valueAt;
      const number = LOGIN_NUMBER.exec(text)?.[0];
      if (number !== undefined && internationalNumber(number)) return [key + sep + this.#hooks.pseudonymise('phone', number), valueAt + number.length];
    }
    // `name=Jürgen Weiß email=…` in a text line: an unquoted value runs to the next `key=`. `name`
    // names services and threads as often as people, so only letters beyond ASCII make it a person's.
    const bareName = cls === 'namepart' && sep === '=' && !inQuery;
    if ((cls === 'person' || bareName) && !/["']$/.test(sep)) {
      // `requester=Akua Boateng`: a name under a key about a person (a bare `user=bob` of a form body stays).
      PERSON_VALUE.lastIndex = valueAt;
      const matched = PERSON_VALUE.exec(text)?.[0];
      const named = matched === undefined ? undefined : nameExtent(matched, inQuery);
      const shaped = named !== undefined && (bareName ? isPersonName(named) && /[\u0080-\uFFFF]/.test(named) : isPersonName(named) || capitalsName(named) || loneGivenName(key, named));
      if (named !== undefined && shaped && !organisationName(named)) {
        return [key + sep + this.#hooks.pseudonymise('name', named), valueAt + named.length];
      }
      // `tech=高橋 直子`: a full name in another script.
      SCRIPT_NAME_VALUE.lastIndex = valueAt;
      const script = SCRIPT_NAME_VALUE.exec(text)?.[0];
      if (script !== undefined) {
        const name = script.split(/[ \u3000]/).length > 2 && !scriptFullName(script) ? script.replace(/[ \u3000][^ \u3000]*$/, '') : script;
        if (scriptFullName(name)) return [key + sep + this.#hooks.pseudonymise('name', name), valueAt + name.length];
      }
      // `contact=07486322395`: how to reach the person, in logfmt.
      if (bareName) return [key, start + key.length];
      const phone = readPhone(text, valueAt);
      const after = text.charCodeAt(valueAt + phone.length);
      if (phoneShaped(phone) && (Number.isNaN(after) || isBoundary(after))) return [key + sep + this.#hooks.pseudonymise('phone', phone), valueAt + phone.length];
    }
    if (cls === 'person' || cls === 'plain' || cls === 'name' || cls === 'email') {
      // `login failed user="Winter*Blue88"`: a password in the user field goes whole (account-fields.ts).
      const typed = typedPassword(text, start, key, valueAt);
      if (typed !== undefined) return [key + sep + REDACTED, typed];
    }
    if (cls === 'person' || cls === 'plain' || cls === 'name') {
      // `?user=jdoe42`, `userid=jdoe42`, `Username: CORP\jdoe` (see account-fields.ts).
      const login = accountParameter(text, start, key, valueAt, sep, cls === 'name');
      if (login !== undefined) return [text.slice(start, login[0]) + (login[0] < login[1] ? this.#hooks.pseudonymise('name', text.slice(login[0], login[1])) : ''), login[1]];
    }
    if (
      (cls === 'link' || (cls === 'plain' && MAIL_LINK_KEYS.has(key) && FLOW_MAIL.test(text))) &&
      !/["']$/.test(sep) &&
      /^https?:\/\//.test(text.slice(valueAt, valueAt + 8))
    ) {
      // `resetUrl=https://…/r/<token>` (a job's data printed as pairs): the link's token goes.
      const value = readValue(text, valueAt, sep);
      const spans = namedLinkSpans(value);
      if (spans.length > 0) return [key + sep + replaceSpans(value, spans, REDACTED), valueAt + value.length];
    }
    if (sep === '=' && (key === 'to' || key === 'from' || key === 'To' || key === 'From')) {
      // `to=13987654321 from=+15005550006`: the parameters of an SMS or call API (Twilio, Vonage)
      // printed by its error; the number a message goes to is a person's, written without `+`.
      // `from=20231201 to=20240101` is a range: both ends bare digits.
      MESSAGE_NUMBER.lastIndex = valueAt;
      const msisdn = MESSAGE_NUMBER.exec(text)?.[0];
      if (msisdn !== undefined && contextIn(MESSAGING_CONTEXT, text) && !(contextIn(BARE_FROM, text) && contextIn(BARE_TO, text))) {
        return [key + sep + this.#hooks.pseudonymise('phone', msisdn), valueAt + msisdn.length];
      }
    }
    if (cls === 'ip' || isScannedClass(cls)) return [key, start + key.length];
    if (cls === 'secret' && !/["']$/.test(sep) && isCookieHeader(key)) {
      return this.#cookieLine(text, key + sep, valueAt);
    }
    if (cls === 'secret' && /["']$/.test(sep) && isCookieHeader(key)) {
      // `cookie="sid=…; cart=#4812"` (a request logger quoting the header): read like the bare
      // header, cookie by cookie, when the quoted value is a cookie list.
      const quoted = readValue(text, valueAt, sep);
      if (quoted.includes('=') && text.charCodeAt(valueAt + quoted.length) === sep.charCodeAt(sep.length - 1)) {
        return [key + sep + scrubCookieList(quoted, REDACTED), valueAt + quoted.length];
      }
    }
    if (cls === 'secret') {
      // `mfa: otpauth://totp/Issuer:account?secret=…&issuer=…` (Key Uri Format): only the `secret`
      // parameter is the seed, and the query-parameter rule removes it; the label is personal data.
      if (text.startsWith('otpauth://', valueAt)) return [key + sep, valueAt];
      // Rust's Debug output wraps an optional field: `totp: Some("…")`, `pin: Some(4821)`. The
      // credential is inside the wrapper; `None` and a flag (`Some(true)`) say nothing.
      if (text.startsWith('Some(', valueAt)) {
        RUST_SOME.lastIndex = valueAt;
        const some = RUST_SOME.exec(text);
        if (some !== null && (some[1] !== undefined || !isCredentialSetting(some[2]!))) {
          return [key + sep + (some[1] !== undefined ? `Some("${REDACTED}")` : `Some(${REDACTED})`), valueAt + some[0].length];
        }
      }
      if (isConnectionKeywords(text, valueAt)) return [key + sep, valueAt];
      // `MAILER_DSN: smtp://mailer:pw@relay.internal:587`: the URL detector removes the userinfo;
      // the host says where the service went and is not the secret. A URL whose path or query
      // could carry a token as well (`/services/T0AB…`, `?apikey=…`) goes whole; connection options
      // (`?sslmode=require&connect_timeout=10`), plain names with short word or number values, stay.
      USERINFO_URL.lastIndex = valueAt;
      const url = USERINFO_URL.exec(text)?.[0];
      const query = url === undefined ? -1 : url.indexOf('?');
      const hostPart = url === undefined ? '' : query === -1 ? url.slice(url.lastIndexOf('@')) : url.slice(url.lastIndexOf('@', query), query);
      if (url !== undefined && !hostPart.split('/').some((segment) => credentialShaped(segment)) && (query === -1 || this.#connectionOptions(url.slice(query + 1)))) return [key + sep, valueAt];
      // Tools that describe a secret without showing it: `password:  16 bytes` (kubectl describe
      // secret), `password = (sensitive value)` (terraform plan).
      DESCRIBED.lastIndex = valueAt;
      const described = DESCRIBED.exec(text);
      if (described !== null) return [key + sep + described[0], valueAt + described[0].length];
      // SQL string literals with a prefix: `PASSWORD=N'…'` (T-SQL), `PASSWORD E'…'` (PostgreSQL).
      if (!/["']$/.test(sep)) {
        PREFIXED_LITERAL.lastIndex = valueAt;
        const literal = PREFIXED_LITERAL.exec(text);
        if (literal !== null) return [key + sep + literal[0].slice(0, 2) + REDACTED + "'", valueAt + literal[0].length];
      }
      // `DB_PASSWORD=${DB_PASSWORD}`, `password: ${{ secrets.X }}`: a reference, kept whole.
      SECRET_REFERENCE_AT.lastIndex = valueAt;
      const ref = SECRET_REFERENCE_AT.exec(text);
      if (ref !== null) return [key + sep + ref[0], valueAt + ref[0].length];
    }
    // `expect_column_values_to_be_unique(national_id): 2 duplicates`: a number followed by what it
    // counts is a tally of the column's values, not one of them.
    if (cls !== 'secret' && sep.startsWith(')')) {
      COUNTED_AT.lastIndex = valueAt;
      const counted = COUNTED_AT.exec(text);
      if (counted !== null) return [key + sep + counted[1]!, valueAt + counted[1]!.length];
      // `Key (pan, tax_id)=(…, …)` (PostgreSQL): the last column of a list before a tuple of values,
      // of which the first is another column's; the tuple is paired column by column (bind-parameters.ts).
      if (text.charCodeAt(valueAt) === 40) return [key + sep, valueAt];
    }
    if (text.charCodeAt(valueAt) === 123) {
      const inner = innerQueryValue(cls, text, valueAt);
      if (inner !== undefined) return [key + sep + inner[0] + this.#hooks.pseudonymise(inner[1], inner[2]), inner[3]];
    }
    if (cls === 'secret' && !/["']$/.test(sep) && cryptoParentName(key)) {
      // `hmac: { algorithm: 'sha256', key: '…' }` (util.inspect): a section about a MAC, whose
      // `key` member goes (see carried-secrets.ts); `webhookHmac: '…'` itself is the key.
      OBJECT_LITERAL_AT.lastIndex = valueAt;
      if (OBJECT_LITERAL_AT.test(text)) return [key + sep, valueAt];
    }
    if (cls === 'secret' && !/["']$/.test(sep) && !sep.includes('"') && (text.charCodeAt(valueAt) === 123 || text.charCodeAt(valueAt) === 91)) {
      // `webhookSecret: { current: '…', previous: '…' }`, `keys: [ '…', '…' ]` (util.inspect, code
      // printed as text): everything inside a literal under a secret name belongs to the secret.
      // JSON (`"tokens":{"access_token":…,"token_type":"Bearer"}`) is judged member by member.
      OBJECT_LITERAL_AT.lastIndex = valueAt;
      if (text.charCodeAt(valueAt) === 91 ? LIST_LITERAL_AT.test(text.slice(valueAt, valueAt + 64)) : OBJECT_LITERAL_AT.test(text)) {
        return [key + sep + REDACTED, literalEnd(text, valueAt)];
      }
    }
    if (cls !== 'secret' && !/["']$/.test(sep)) {
      // `address: { line1: "…", city: "…" }` (a GraphQL argument, a JS or Ruby object printed as
      // code): the value is an object whose members say what they hold. Read as one value, the
      // brace and the first key would be taken for the address and the street line left behind.
      OBJECT_LITERAL_AT.lastIndex = valueAt;
      if (OBJECT_LITERAL_AT.test(text)) return [key + sep, valueAt];
    }
    if (cls !== 'secret' && !/["']$/.test(sep) && TYPED_READERS[cls] !== undefined) {
      // `birthDate: new Date("1971-09-14")` (ORM and driver errors print the failing arguments as
      // the code wrote them), `date_of_birth=datetime.date(1971, 9, 14)` (Python repr),
      // `full_name: Some("…")` (Rust Debug): the value is inside the call; the word before the
      // parenthesis is only the constructor, and reading it as the value would leave the datum.
      WRAPPED_VALUE.lastIndex = valueAt;
      const wrapped = WRAPPED_VALUE.exec(text);
      if (wrapped !== null) {
        const inner = wrapped[2] ?? wrapped[3]!;
        const innerAt = valueAt + wrapped[0].indexOf(inner, wrapped[0].indexOf('('));
        const end = valueAt + wrapped[0].length;
        return [key + sep + text.slice(valueAt, innerAt) + this.#hooks.pseudonymise(cls, inner) + text.slice(innerAt + inner.length, end), end];
      }
    }
    if (cls === 'secret' && text.startsWith('-----BEGIN', valueAt)) {
      // A PEM block printed as one string (`KEY: '-----BEGIN …-----\nMIIE…\n-----END …-----'` in
      // util.inspect): the escaped line breaks would end a quoted value early and ship the body.
      const endAt = text.indexOf('-----END', valueAt);
      const close = endAt === -1 || endAt - valueAt > PEM_LIMIT ? -1 : text.indexOf('-----', endAt + 8);
      if (close !== -1 && close - endAt <= 80) return [key + sep + REDACTED, close + 5];
    }
    let value = /["']$/.test(sep)
      ? readValue(text, valueAt, sep)
      : cls === 'phone'
        ? readPhone(text, valueAt)
        : cls === 'address' && readCoordinatePair(text, valueAt) !== undefined
          ? readCoordinatePair(text, valueAt)!
        : cls === 'address' && COORDINATE_KEY.test(key)
          ? readCoordinate(text, valueAt) ?? readValue(text, valueAt, sep)
          : cls === 'address' && text.charCodeAt(valueAt) === 91
            ? readPosition(text, valueAt) ?? readValue(text, valueAt, sep)
          : readTyped(cls, text, valueAt) ?? readValue(text, valueAt, sep);
    if (!/["']$/.test(sep)) value = value.slice(0, value.length - closingTail(text, start, value));
    if (cls === 'name' && !/["']$/.test(sep)) value = nameExtent(value, inQuery);
    if (value.length === 0) {
      // `password=&&x-1&ssl=true`: a secret that starts with `&` runs to the next parameter.
      if (cls === 'secret' && text.charCodeAt(valueAt) === 38) {
        AMP_VALUE.lastIndex = valueAt;
        const amp = AMP_VALUE.exec(text);
        if (amp !== null && amp[0].length > 1) return [key + sep + REDACTED, valueAt + amp[0].length];
      }
      return [key + sep, valueAt];
    }

    // SQL placeholders (`SET phone = $1`) are not values; nor are template variables (`{password}`),
    // but a braced ODBC value under a credential name (`PWD={AmTw1o…}`) is the credential.
    const braces = cls === 'secret' && sep === '=' && value.charCodeAt(0) === 123 && !TEMPLATE_VARIABLE.test(value);
    if (!braces && PLACEHOLDER.test(value)) return [key + sep + value, valueAt + value.length];
    // `nickname: None` (Rust Debug, Python repr), `middle_name=nil`: an absent value names no one.
    if (cls !== 'secret' && ABSENT.test(value)) return [key + sep + value, valueAt + value.length];
    // A cell global identity (`cell=208-38-4753-261445841`, MCC-MNC-LAC-CI) has more digits than any
    // phone number (E.164 allows 15).
    if (cls === 'phone' && CELL_ID.test(value)) return [key + sep + value, valueAt + value.length];
    // `Address = 10.0.0.1/24` (WireGuard, network configs): a host's address, left to the IP detector.
    if (cls === 'address' && IP_VALUE.test(value)) return [key, start + key.length];
    if (cls === 'secret' && (isCredentialSetting(value) || isWorkingDirectory(key, value))) return [key, start + key.length];
    if (cls === 'secret' && isPublicValue(value, key)) return [key + sep + value, valueAt + value.length];
    // `reading password from /etc/app/pw: Permission denied`: the name is a credential file's, and
    // what follows its colon is the error opening it (strerror or an errno name), not its content.
    if (cls === 'secret' && start > 0 && PATH_TAIL.test(text.slice(Math.max(0, start - 64), start)) && FILE_ERROR.test(text.slice(valueAt, valueAt + 32))) {
      return [key + sep + value, valueAt + value.length];
    }
    // `authorized_keys: ssh-ed25519 AAAA… jdoe@laptop`: scanned as text, where the key stays and the login goes.
    if (cls === 'secret' && isSshKeyWithLogin(value)) return [key + sep, valueAt];
    if ((cls === 'secret' && isApprovalCode(key, value) && contextIn(CARD_CONTEXT, text) && !contextIn(ONE_TIME_FLOW, text)) || (cls === 'ssn' && isRetrievalReference(key, value))) {
      return [key + sep + value, valueAt + value.length];
    }
    if (braces) {
      // ODBC `PWD={…}`: a braced value may hold `;` and `}}` (an escaped brace) and runs to the lone `}`.
      BRACED.lastIndex = valueAt;
      const braced = BRACED.exec(text);
      if (braced !== null) return [key + sep + '{' + REDACTED + '}', valueAt + braced[0].length];
    }
    if (cls === 'secret' && sep.endsWith('"') && value.startsWith('{\\') && value.endsWith('}') && this.#hooks.secretDocument !== undefined) {
      // AWS Secrets Manager's `"SecretString":"{\"username\":…,\"password\":…,\"host\":…}"` in a
      // printed response body: a credential document as a JSON string, judged member by member like
      // the same string in a record (the password goes, the host and port stay). Not a whole JSON
      // object: it goes whole below.
      const judged = judgeEscapedDocument(value, quoteEscapes(sep) === 0 && writesDoubledEscapes(text), this.#hooks.secretDocument);
      if (judged !== undefined) return [key + sep + judged, valueAt + value.length];
    }
    if (cls === 'secret') {
      // A list in an environment dump (`KOA_KEYS=a,b`): every item is part of the secret.
      if (!/["']$/.test(sep)) {
        LIST_TAIL.lastIndex = valueAt + value.length;
        const tail = LIST_TAIL.exec(text);
        if (tail !== null) value += tail[0];
        const tailed = lineTail(text, start, key, sep, valueAt + value.length);
        if (tailed.length > 0) value += tailed;
        else {
          // `wifi password: Canyon lantern violet thistle`: a written-out passphrase.
          const phraseEnd = passphraseEnd(text, value, valueAt + value.length);
          if (phraseEnd !== undefined) value = text.slice(valueAt, phraseEnd);
        }
      }
      const scheme = AUTH_SCHEME_PREFIX.exec(value);
      // Digest and AWS SigV4 credentials are comma-separated parameter lists (`response="…"`,
      // `Signature=…`): outside quotes the whole rest of the line is the credential.
      if (scheme !== null && /^(?:Digest|AWS4)/.test(scheme[0]) && !/["']$/.test(sep)) {
        PARAM_LIST.lastIndex = valueAt;
        const rest = PARAM_LIST.exec(text);
        const end = rest === null ? valueAt + value.length : valueAt + rest[0].length;
        return [key + sep + scheme[0] + REDACTED, end];
      }
      // `Authorization: SSWS 00ab…`, `Bot …`, `Splunk <uuid>`, `OAuth oauth_signature="…"`: an
      // Authorization header line is scheme and credentials to its end (RFC 9110 §11.6.2), whatever the scheme.
      if (scheme === null && sep.trimEnd().endsWith(':') && AUTHORIZATION_HEADERS.has(norm) && AUTH_SCHEME_WORD.test(value)) {
        PARAM_LIST.lastIndex = valueAt + value.length;
        const rest = PARAM_LIST.exec(text);
        if (rest !== null && /^[ \t]+\S/.test(rest[0])) {
          return [key + sep + value + ' ' + REDACTED, valueAt + value.length + rest[0].length];
        }
      }
      return [key + sep + (scheme === null ? '' : scheme[0]) + REDACTED, valueAt + value.length];
    }
    // Short digits alone under a login key (`username: "730418"`) are an account or instance number, not a name.
    if (cls === 'name' && /^\d{1,6}$/.test(value)) return [key + sep + value, valueAt + value.length];
    if (cls === 'name' && /^\+?\d{7,15}$/.test(value)) return [key + sep + this.#hooks.pseudonymise(loginNumberType(value), value), valueAt + value.length];
    return [key + sep + this.#hooks.pseudonymise(cls, safeDecode(value)), valueAt + value.length];
  }
}

const TOKEN_AT = new RegExp(TOKEN_SOURCE, 'y');
const RUST_SOME = /Some\((?:"((?:[^"\\\n]|\\.){0,1024})"|([^\s()",]{1,512}))\)/y;
// Shamir shares of a Vault root or recovery key, as the unseal and rekey flows print them.
// Fields of an OAuth token request (RFC 6749 §4.1.3, RFC 7636 §4.5) that name `code` the authorization code.
const TOKEN_REQUEST_CONTEXT = /grant_type|code_verifier|redirect_uri|grantType|codeVerifier|redirectUri/;
// A unit of time, size or share right after two numbers: they measure something, they are no place.
const MEASUREMENT_UNIT_AFTER = /^[ \t]?(?:[nµu]?s|ms|sec(?:ond)?s?|min(?:ute)?s?|h|hours?|%|[kKMG]i?B|px|pt|em)(?![\w])/;
// Bearer tokens of mailed links are 128 bits or more: 22+ base64url characters, 32 hex.
const TOKEN_PARAM_MIN = 24;
const UNSEAL_CONTEXT = /\bunseal|\b[Rr]ecovery[ _-]key|\brekey/i;
// Another `name=` or `name:` later on the line: the line holds several pairs (logfmt).
const ENV_OR_PROPERTY_NAME = /^(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[a-z][\w-]*(?:\.[\w-]+)+)$/;
const NEXT_PAIR = /[ \t][A-Za-z_][\w.-]{0,63}[:=]/;

/**
 * An environment dump, `.env` or `.properties` line (`NAME=value` starting its line, nothing
 * else on it) gives the value to the end of the line, blanks included (`DB_PASSWORD=Ça va13!`;
 * java.util.Properties reads it so): the words after the first blank, when the line holds no other pair.
 */
function lineTail(text: string, start: number, key: string, sep: string, from: number): string {
  const next = text.charCodeAt(from);
  if (next !== 32 && next !== 9) return '';
  let lineStart = start;
  while (lineStart > 0 && (text.charCodeAt(lineStart - 1) === 32 || text.charCodeAt(lineStart - 1) === 9)) lineStart--;
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return '';
  const block = lineStart > 0 || text.includes('\n');
  if (sep === '=') {
    // Names written as environment variables or property paths, or any name in a multi-line dump:
    // `token=abc for ann@…` alone is prose.
    if (!block && !ENV_OR_PROPERTY_NAME.test(key)) return '';
  } else if (!(block && /^:[ \t]+$/.test(sep))) {
    // A YAML mapping line (`  password: two words`) only inside a block of lines.
    return '';
  }
  PARAM_LIST.lastIndex = from;
  const rest = PARAM_LIST.exec(text)?.[0] ?? '';
  return NEXT_PAIR.test(rest) ? '' : rest.trimEnd();
}
// A scheme name (RFC 9110 §11.1 token, in practice): `SSWS`, `Bot`, `OAuth`, `HMAC-SHA256`.
const AUTH_SCHEME_WORD = /^[A-Za-z]{2,12}(?:-[A-Za-z0-9]{2,12}){0,3}$/;
const PREFIXED_LITERAL = /[NnEe]'(?:[^'\n]|''){0,1024}'/y;
const DESCRIBED = /\d{1,9}[ \t]bytes\b|\((?:sensitive(?: value)?|known after apply)\)|<sensitive>/y;
// A connection URL whose only credential is its userinfo: a host, a port, a short path (database,
// vhost, Redis db) and a query whose pairs are judged by name. A long path segment may be a
// token (webhook URLs), so such a URL stays removed whole.
// go-sql-driver writes the address as `tcp(host:port)` (also `unix(/path)`), with or without a scheme
// before the userinfo: `mysql://app:pw@tcp(db.internal:3306)/orders?parseTime=true`.
const USERINFO_URL = /(?:[A-Za-z][A-Za-z0-9+.-]{0,20}:\/\/[^\s/@"'<>\\]{1,512}|[\w.+-]{1,64}:[^\s@/:'"]{1,128}(?=@(?:tcp|udp|unix)\())@(?:(?:tcp|udp|unix)\([\w.:/[\]-]{1,260}\)|[A-Za-z0-9.-]{1,253}(?::\d{1,5})?)(?:\/[\w.-]{0,24}){0,2}(?:\?[^\s"'<>]{0,512})?(?=$|[\s"',;}\]])/y;
const AUTHORIZATION_HEADERS = new Set(['authorization', 'proxyauthorization', 'xauthorization']);
const UUID_AT = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![\w-])/;
const TEMPLATE_VARIABLE = /^\{(?:[a-z_]{1,64}|[A-Z_]{1,64})\}/;
const BRACED = /\{(?:[^}]|\}\}){0,1024}\}(?!\})/y;
const AMP_VALUE = /&+[^\s&"']*(?:&(?![A-Za-z_][\w.-]{0,63}=)[^\s&"']*){0,16}/y;

/** Whether `at` lies in the colon-separated fields of an ARN (`arn:aws:secretsmanager:…:secret:name`). */
function insideArn(text: string, at: number): boolean {
  let i = at - 1;
  const floor = Math.max(0, at - 256);
  while (i > floor && !/[\s"'=,([{]/.test(text[i - 1]!)) i--;
  return text.startsWith('arn:', i);
}

/** Base64 of `user:password`, as Basic auth and registry configs carry it. */
function isBasicCredential(value: string): boolean {
  if (value.length < 8 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  return /^[\x20-\x7E]+:[\x20-\x7E]+$/.test(decoded);
}
// `%2B`: the plus of an international phone number in a query string.
const HIDING_ESCAPE = /%(?:3[0-9A-Ba-b]|3[Dd]|2[2567Bb]|[46][1-9A-Fa-f]|[57][0-9Aa])/;
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
const FINDING = new RegExp(String.raw`\[REDACTED|${TOKEN_SOURCE}`, 'g');

// A `+` between letters inside the value of a `&`-joined form field.
// A card number typed with blanks (`card[number]=4111+1111+…`) is a run of `+`-joined digit groups.
const FORM_BLANK_HINT = /&[\w.-]{1,64}=[^&\s=]{0,200}?\p{L}\+\p{L}|\p{L}\+\p{L}[^&\s=]{0,200}&[\w.-]{1,64}=|[\w\]]=\d{3,6}(?:\+\d{3,6}){2,5}(?:&|"|$)/u;
const FORM_BLANK = /(?<=[\p{L}\d,.!?'])\+(?=\p{L})|(?<=\p{L})\+(?=\d)|(?<=[\w\]]=(?:\d{3,6}\+){0,4}\d{3,6})\+(?=\d{3,6}(?:\+\d{3,6}){0,4}(?:&|"|$))/gu;

function formBlanks(text: string): boolean {
  return text.includes('+') && text.includes('&') && FORM_BLANK_HINT.test(text);
}

/** Decodes every valid run of percent-escapes (invalid UTF-8 runs stay as they are); `+` is kept. */
function percentDecode(text: string): string {
  return text.replace(PERCENT_RUN, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** Removed or pseudonymised values in scanned text. */
function findings(text: string): number {
  let n = 0;
  FINDING.lastIndex = 0;
  while (FINDING.exec(text) !== null) n++;
  return n;
}

// Eight groups, no `::`: a decimal after it is a port, never a ninth group (RFC 4291 §2.2).
// Every routable or link-local address starts with a four-digit group (2000::/3, fc00::/7, fe80::/10):
// a run of hex pairs (`aa:bb:cc:…`, a MAC or a fingerprint) is no address.
const FULL_IPV6 = /^[0-9A-Fa-f]{4}(?::[0-9A-Fa-f]{1,4}){7}$/;
// A full eight-group address (as FULL_IPV6) followed by one more group.
const NINE_GROUPS = /^([0-9A-Fa-f]{4}(?::[0-9A-Fa-f]{1,4}){7}):([0-9A-Fa-f]{1,4})$/;

/** Rejects address-shaped identifiers ("a::b", "::") that are almost never IPs in logs; "::1" stays an IP. */
function looksLikeIpv6(candidate: string): boolean {
  return candidate === '::1' || candidate.includes('.') || /[0-9A-Fa-f]{2}/.test(candidate);
}

// A bare value that may be a name: one token, then capitalised words (a logfmt key may follow).
// A name in another script goes on with words of such scripts (`owner=李 娜`, `oncall=Дарья Соколова`).
const PERSON_VALUE = new RegExp(String.raw`[^\s,;"'&<>=]{1,64}(?: (?:[A-Z\u00C0-\u024F][^\s,;"'&<>=:]{0,63}|[${NON_LATIN}]{1,24})(?![^\s,;"'&<>]*[=:])){0,3}`, 'y');

// What follows a name on an access-log line and is never part of it: the protocol of the request
// line (`HTTP/1.1`, `HTTP/2`, `h2`, `h2c`, `h3`), a status code, the next `key=` field.
const NOT_A_NAME_WORD = /^(?:HTTPS?\/\d(?:\.\d)?|h2c?|h3|SPDY\/\d(?:\.\d)?|\d{3}|[^\s=]*[=:].*)$/i;
// After a name in mixed case, a word in capitals or one with digits is the next field's label or
// value (`debtor=Jana Nováková IBAN DE89…`, `payer=Ola Nordmann BIC NDEANOKK`), not a name part.
const LABEL_AFTER_NAME = /^(?:[A-Z]{2,}|\S*\d\S*)$/;

/**
 * The part of a value read under a name or login key that can be the name. A query-string value
 * holds no raw blank (RFC 3986 §2.2; `+` and `%20` encode one), so the blank after it ends the
 * request target; elsewhere the words of a name end before a protocol token, a status or a field.
 */
function nameExtent(value: string, inQuery: boolean): string {
  const blank = value.indexOf(' ');
  if (blank < 0) return value;
  if (inQuery) return value.slice(0, blank);
  let end = blank;
  const mixedCase = /\p{Ll}/u.test(value.slice(0, blank));
  for (let at = blank; at < value.length; ) {
    const next = value.indexOf(' ', at + 1);
    const word = value.slice(at + 1, next < 0 ? value.length : next);
    if (NOT_A_NAME_WORD.test(word) || (mixedCase && LABEL_AFTER_NAME.test(word))) break;
    end = next < 0 ? value.length : next;
    if (next < 0) break;
    at = next;
  }
  return value.slice(0, end);
}

// A switch of a sign-in form (`?login=true`, `remember=on`) or a short account number under a login
// key (`?login=1`, `username=0`). Seven digits and more are a phone number or a customer number.
const LOGIN_FLAG = /(?:true|false|yes|no|on|off|\d{1,6})(?=$|[\s&,;"'<>)\]}])/iy;
const LOGIN_NUMBER = /\+?\d{7,15}(?=$|[\s&,;"'<>)\]}])/y;
// International (`+44…`), national with a trunk 0 (`07700…`) or a full international number
// written without the plus (`7916…`, `4477…`): ten digits and more.
function loginNumberType(value: string): 'phone' | 'name' {
  return value.startsWith('+') || /^\d{10,15}$/.test(value) ? 'phone' : 'name';
}
/**
 * A phone number in E.164 form, with or without its plus: eleven to fifteen digits (a North American
 * one is `1` and ten digits, so a millisecond timestamp, thirteen digits from `1`, is none), or a
 * national number with its trunk `0`.
 */
export function internationalNumber(value: string): boolean {
  if (value.startsWith('+')) return /^\+[1-9]\d{9,14}$/.test(value);
  if (value.startsWith('0')) return /^0[1-9]\d{8,9}$/.test(value);
  if (value.startsWith('1')) return /^1[2-9]\d{9}$/.test(value);
  return /^\d{11,15}$/.test(value);
}
function isLoginFlag(text: string, valueAt: number): boolean {
  LOGIN_FLAG.lastIndex = valueAt;
  return LOGIN_FLAG.test(text);
}

/** Whitespace, `,`, `;`, `&` or a quote: where a logfmt value ends. */
function isBoundary(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 44 || c === 59 || c === 38 || c === 34 || c === 39;
}

// Chat bots are named with a `bot` suffix (`@deploybot`, `@ci_bot`, `@release-bot`); surnames ending
// in the same letters are short (`@talbot`, `@cabot`), so the part before `bot` needs four letters
// or a separator.
const BOT_HANDLE = /^(?:[a-z0-9._-]*[a-z0-9]{4}|[a-z0-9._-]*[a-z0-9][._-])bot\d{0,3}$/;
// RFC 1918 private IPv4 space.
const PRIVATE_PREFIX = String.raw`(?:10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.)`;
const PRIVATE_HOST = new RegExp(`^${PRIVATE_PREFIX}`);
// ingress-nginx's access format writes `[$proxy_upstream_name] [$proxy_alternative_upstream_name]
// $upstream_addr`, after the quoted user agent, `$request_length` and `$request_time`: the pod or
// server the request went to (a retry lists several, comma-separated).
const UPSTREAM_COLUMN = /" \d{1,12} \d{1,9}(?:\.\d{1,6})? \[[\w.-]{3,253}\] \[[\w.-]{0,253}\] (?:[\d.]{7,15}:\d{1,5}, )*$/;
// `client:port -> server:port` (RabbitMQ's connection lines, conntrack-style flows): the far end on
// a port below Linux's ephemeral range (32768) is a listener, a service's; above it, a client's.
const ARROW_DESTINATION = /-> $/;
// A Redis CLIENT LIST line (`addr=… laddr=… fd=… cmd=…`): `laddr` is the server's own listening
// address. The client (`addr`, SLOWLOG's `client`) may be an engineer's workstation: it still goes.
const REDIS_CLIENT_RECORD = /\bfd=\d+\b[^\n]*\bcmd=/i;
const REDIS_SERVER_KEY = /(?:^|[\s,])laddr=$/;
// The last segment of a file path up to a key inside it (`/etc/app/pw`, `/srv/app/db.pass`).
const PATH_TAIL = /\/[\w.-]{0,63}$/;
// What the C library and Node say when a file cannot be opened (strerror texts, errno names).
const FILE_ERROR = /^(?:Permission denied|No such file or directory|Is a directory|Not a directory|Operation not permitted|Read-only file system|Too many open files|Access is denied|E(?:ACCES|NOENT|PERM|ISDIR|NOTDIR|ROFS|MFILE|LOOP|NAMETOOLONG)\b)/;
// A netfilter log line (iptables/UFW `LOG` target: `SRC=… DST=… PROTO=TCP SPT=… DPT=…`): the
// destination on a port below the ephemeral range is the listener the packet was for, one of ours.
// The source (`SRC=`) may be anyone's and still goes.
const NETFILTER_DPORT = /^[^\n]{0,160}?\sDPT=(\d{1,5})(?!\d)/;

/** Whether the private address ending at `end`, right after `DST=`, is a firewall log's listener. */
function netfilterListener(text: string, start: number, end: number): boolean {
  if (start < 5 || !text.startsWith('DST=', start - 4) || !/\s/.test(text.charAt(start - 5))) return false;
  const port = NETFILTER_DPORT.exec(text.slice(end, end + 200));
  return port !== null && Number(port[1]) < 32768;
}

/**
 * Whether the private `address:port` at `start..end` is a server's rather than a visitor's: the
 * upstream an ingress proxied to, the listener of a connection, a Redis server's own address.
 * Private addresses elsewhere still go (`keepPrivateIps` keeps them all).
 */
function serverEndpoint(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 600), start);
  if (UPSTREAM_COLUMN.test(before)) return true;
  if (ARROW_DESTINATION.test(before)) {
    const port = /^:(\d{1,5})(?!\d)/.exec(text.slice(end, end + 7));
    return port !== null && Number(port[1]) < 32768;
  }
  return REDIS_SERVER_KEY.test(before.slice(-8)) && contextIn(REDIS_CLIENT_RECORD, text);
}
const PRIVATE_NETWORK = new RegExp(String.raw`^${PRIVATE_PREFIX}[\d.]{3,11}\/(?:[0-9]|[12]\d|30)(?!\d)`);
// A radio cell's site and sector (`40211-77`) sits under the same `cell` key.
const CELL_ID = /^[2-7]\d{2}-\d{2,3}-\d{1,5}-\d{1,10}$|^[1-9]\d{3,5}-\d{1,3}$/;
const IP_VALUE = /^(?:\d{1,3}\.){3}\d{1,3}(?:\/\d{1,2})?$|^[0-9a-f]{0,4}:[0-9a-f:]{2,38}(?:\/\d{1,3})?$/i;
// A coordinate under its own key (`lat=38.4874 lon=-23.55182 fence=…`) is one number, not a street line.
const COORDINATE_KEY = /^(?:lat|lng|lon|long|latitude|longitude)$/i;
const COORDINATE_VALUE = /[-+]?\d{1,3}(?:\.\d{1,12})?(?![\d.])/y;

function readCoordinate(text: string, at: number): string | undefined {
  COORDINATE_VALUE.lastIndex = at;
  return COORDINATE_VALUE.exec(text)?.[0];
}

// `latlng=52.3702,4.8952`, `coords: -33.86, 151.20` (Google's and most map APIs' query form): a
// place read only to its comma would leave the longitude, which with the latitude beside it still
// pins the place. Both numbers carry a fraction, which a street number or a list of counts does not.
const COORDINATE_PAIR = /[-+]?\d{1,3}\.\d{1,15} ?, ?[-+]?\d{1,3}\.\d{1,15}(?![\d.])/y;

function readCoordinatePair(text: string, at: number): string | undefined {
  COORDINATE_PAIR.lastIndex = at;
  return COORDINATE_PAIR.exec(text)?.[0];
}

// A GeoJSON position as JSON or util.inspect prints it (`[ -8.61, 41.14 ]`, with an optional
// altitude): read to the closing bracket, or only the first number would be taken.
const POSITION_VALUE = /\[ ?[-+]?\d{1,3}(?:\.\d{1,15})?(?: ?, ?[-+]?\d{1,5}(?:\.\d{1,15})?){1,2} ?\]/y;

function readPosition(text: string, at: number): string | undefined {
  POSITION_VALUE.lastIndex = at;
  return POSITION_VALUE.exec(text)?.[0];
}

function readPhone(text: string, at: number): string {
  VALUE_PHONE.lastIndex = at;
  const m = VALUE_PHONE.exec(text);
  return m === null ? readValue(text, at, '') : m[0];
}

/** Replaces each span by [REDACTED], keeping the text around it. */
function redactSpans(text: string, spans: ReadonlyArray<readonly [number, number]> | undefined): string {
  if (spans === undefined) return text;
  let out = '';
  let last = 0;
  for (const [start, end] of spans) {
    if (start < last) continue;
    out += text.slice(last, start) + REDACTED;
    last = end;
  }
  return out + text.slice(last);
}

/** An encoded URL whose userinfo (`https%3A%2F%2Fjane%40…`) decoding brings out. */
function hidesUserinfo(text: string): boolean {
  return /%3A%2F%2F[^%\s]{1,128}(?:%3A[^%\s]{0,128})?%40/i.test(text);
}

/** A national id candidate passing its country's check (bare 11–12 digit runs need a word about ids nearby). */
function natidValid(text: string, value: string): boolean {
  return builtinNatidValid(text, value) || nationalIdValid(text, value);
}

function builtinNatidValid(text: string, value: string): boolean {
  const compact = value.replace(/[\s.-]/g, '');
  if (/^[A-Za-z]{2}/.test(value)) return ninoValid(value);
  if (/[A-Za-z]$/.test(compact) && !/^\d{12,}/.test(compact)) return dniValid(value);
  if (/^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(value)) return cpfValid(value);
  if (/^\d{6,8}[-+]\d{4}$/.test(value)) return personnummerValid(value);
  if (/^[2-9]\d{3} \d{4} \d{4}$/.test(value)) return aadhaarValid(value);
  if (/^\d{2} \d{3} \d{3} \d{3}$/.test(value)) return deTaxIdValid(value);
  if (compact.length === 15 || /[ABab]/.test(compact)) return inseeValid(value);
  if (/^\d{10,12}$/.test(value) && (NATID_CONTEXT.test(text) || identityCheckContext(text))) {
    if (value.length === 11) return cpfValid(value) || deTaxIdValid(value);
    return personnummerValid(value) || (value.length === 12 && aadhaarValid(value));
  }
  return false;
}

// A setting (`dns=`, `resolver:`), or the resolver named as such (`nameserver 10.0.0.2`, `resolver
// 192.0.2.53 timed out`): a bare `dns <address>` is as often a resolver's own log naming the client
// that asked (`dns 198.51.100.23 queried …`).
const RESOLVER_BEFORE = /(?:^|[^\w-])(?:(?:resolvers?|name[_-]?servers?|dns(?:[_-]?servers?)?)[ \t]*[=:][ \t]*["']?|(?:resolvers?|name[_-]?servers?|dns[_-]?servers?)[ \t]+)$/i;
const MESSAGE_NUMBER = /\+?\d{8,15}(?![\w.:/-])/y;
const MESSAGING_CONTEXT = /twilio|\bsms\b|\bmms\b|vonage|nexmo|plivo|sinch|messagebird|whatsapp|text message/i;
const BARE_FROM = /(?:^|[\s&?,;])[Ff]rom=\d{6,}(?![\d.])/;
const BARE_TO = /(?:^|[\s&?,;])[Tt]o=\d{6,}(?![\d.])/;
const ABSENT = /^(?:None|null|NULL|nil|undefined)$/;
const PLACEHOLDER = /^(?:\$\d{1,3}|\?|:[A-Za-z_]\w{0,63}|@[A-Za-z_]\w{0,63}|%s|\{\w{1,64}\})$/;
const LIST_TAIL = /(?:,[^\s"'&,;<>\\]{1,4096}){1,64}/y;
// Any script but Latin: letters (and marks) in one to four words.
const NON_LATIN_NAME = /^(?![^]*[A-Za-z\d])[\p{L}\p{M}]{1,24}(?:[ \u00B7\u30FB][\p{L}\p{M}]{1,24}){0,3}$/u;
// Latin Extended-B holds the horned letters of Vietnamese (Ơ ơ, Ư ư), Additional the rest of its tones.
const LATIN_NAME_WORD = String.raw`(?:(?:van|von|de|der|den|da|di|du|del|della|dos|das|do|la|le|bin|al|ibn|el|ten|ter|y|Ó|Ní|Nic|Mac|Uí) )*[A-Z\u00C0-\u00DE\u0100-\u017F\u01A0\u01AF](?:[a-z\u00DF-\u00FF\u0100-\u017F\u0180-\u024F\u1E00-\u1EFF]|['\u2019-](?=[A-Za-z\u00C0-\u017F])|[A-Z](?=[a-z]))+`;
const LATIN_NAME = new RegExp(`^${LATIN_NAME_WORD}(?: ${LATIN_NAME_WORD}){1,3}$`);

/** A person's name by shape: two to four capitalised words, or a name in a non-Latin script. */
export function isPersonName(value: string): boolean {
  // Cheap exit for the common case: one ASCII word (ids, codes, words) is never a name here.
  let spaceOrNonAscii = false;
  for (let i = 0; i < value.length && !spaceOrNonAscii; i++) {
    const c = value.charCodeAt(i);
    spaceOrNonAscii = c === 32 || c > 127;
  }
  if (!spaceOrNonAscii) return false;
  const v = value.trim();
  return v.length >= 2 && v.length <= 80 && (LATIN_NAME.test(v) || NON_LATIN_NAME.test(v));
}

// Tags of documentation comments, CSS at-rules and dist-tags, written like mentions.
const NOT_A_MENTION = new Set([
  'param', 'returns', 'return', 'type', 'typedef', 'media', 'import', 'charset', 'keyframes', 'supports', 'see', 'since',
  'deprecated', 'example', 'internal', 'throws', 'override', 'here', 'everyone', 'channel', 'all', 'latest', 'next',
  'beta', 'canary', 'types', 'todo', 'fixme', 'property', 'link', 'default', 'public', 'private', 'readonly', 'font-face',
  // Reserved keys of Logstash/ECS events (`@timestamp`, `@version`, `@metadata`) and JSON-LD (`@context`, `@graph`, …).
  'timestamp', 'version', 'metadata', 'context', 'graph', 'value', 'language', 'vocab', 'base', 'index', 'reverse',
  'nest', 'included', 'direction', 'container',
]);
const LEADING_PARTICLES = /^(?:(?:van|von|de|der|den|da|di|du|del|della|dos|das|do|la|le|ten|ter|Ó|Ní|Mac)[ \t]+)+/;

/** A name after a cue or title: shaped like a name, or one word the cue makes a name. */
/** A name where the place, not a list of given names, says it is one: two or more words shaped like a name, none a firm's, team's or place's. */
function listedName(value: string): boolean {
  return /\s/.test(value) && cuedNameWords(value) && cuedName(value, 'cue') && isPersonName(value);
}

// Letters of Latin beyond ASCII: a name of a language written with them, rarely a product's.
const LATIN_BEYOND_ASCII = /[\u00C0-\u024F\u1E00-\u1EFF]/;

/**
 * A full name where the line's layout, not a cue word, says a person stands: a name in another
 * script, or Latin words shaped like a name (none a firm's, team's or place's) whose first is a
 * listed given name or whose letters go beyond ASCII (`checked in "Main Entrance"` stays).
 */
function placedName(value: string): boolean {
  if (!/[A-Za-z]/.test(value)) return foreignFullName(value);
  return listedName(value) && !organisationName(value) && (isGivenName(value.split(' ')[0]!) || LATIN_BEYOND_ASCII.test(value));
}

function personCued(value: string, cue: 'cue' | 'title'): boolean {
  // "Mrs. van der Berg": a family name with its particles after a title.
  const core = cue === 'title' ? value.replace(LEADING_PARTICLES, '') : value;
  if (core !== value && /^[A-Z\u00C0-\u017F][^\s]*$/.test(core)) return true;
  if (!cuedName(value, cue)) return false;
  return isPersonName(value) || (!/\s/.test(value) && /^[A-Z\u00C0-\u017F]/.test(value));
}

// A payment body printed into a line (`tokenize failed body={"number":"…","exp":"04/27","cvc":"…"}`)
// names no card, but its `number` member beside an expiry, a security code or a brand is one, as
// the same object is in a record (CARD_SIBLINGS in scrubber.ts). Escaped quotes count too.
const NUMBER_MEMBER_BEFORE = /\\?"(?:number|pan|card_?number|cardNumber)\\?"[ \t]*:[ \t]*\\?"?$/;
const CARD_MEMBER = /\\?"(?:exp|expiry|expires|expiration|exp_?month|exp_?year|expMonth|expYear|expiryMonth|expiry_month|cvc2?|cvv2?|brand|holder|cardholder|last4)\\?"[ \t]*:/;

/** Whether the digits at `start` are the `number` member of an object holding card fields. */
function cardMemberOfBody(text: string, start: number): boolean {
  if (!NUMBER_MEMBER_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return false;
  const open = text.lastIndexOf('{', start);
  if (open < 0 || start - open > 512) return false;
  const close = text.indexOf('}', start);
  return CARD_MEMBER.test(text.slice(open, close < 0 ? Math.min(text.length, start + 512) : Math.min(close, start + 512)));
}

/** Groups of four (the last 1–4), or 4-6-5 / 4-6-4: how card numbers are written. */
function cardGrouping(value: string): boolean {
  const groups = value.split(/[ .-]+/).map((g) => g.length);
  if (groups.length === 3 && groups[0] === 4 && groups[1] === 6 && (groups[2] === 5 || groups[2] === 4)) return true;
  return groups.every((n, i) => (i === groups.length - 1 ? n >= 1 && n <= 4 : n === 4));
}

const SPACED_NAME_PART = /(?:^|[\s,;[({])(?:first|last|given|family|middle|full) $/i;
const SQL_INSERT_HINT = /INSERT INTO/i;
const SQL_INSERT = /INSERT INTO\s+[^()\s]{1,128}\s*\(([^()]{1,2048})\)\s*VALUES\s*\(/gi;
// One value of a VALUES list: a quoted literal ('' escapes a quote) or anything up to , or ).
// Drivers that splice values into the statement for their error message (mysql2's `sql`, knex's
// query log) print an apostrophe unescaped (`'Aoife O'Brien'`): a quote followed by a letter
// cannot close a literal, since only a blank, a comma or a parenthesis may follow one there.
const SQL_LITERAL = /\s*(?:(')((?:[^']|''|'(?=[A-Za-z\u00C0-\u024F])){0,4096})'|[^,')]{0,256})\s*([,)])/y;
// An unquoted spliced binding worth reading: words, not a number, NULL, DEFAULT, a placeholder or a call.
const SPLICED_VALUE = /^(?!(?:null|default|true|false|now)$)[^\s?:$@(][^()]{0,254}$/i;

// Unquoted values of personal types that contain spaces: `IBAN: GB82 WEST 1234 …`,
// `customerName: Jane Doe`, `NINO: AB 12 34 56 C`, `address: 12 Example Street`.
const TYPED_READERS: Partial<Record<string, RegExp>> = {
  iban: /[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]{1,4}(?![A-Za-z0-9])){1,8}/y,
  card: /\d(?:[ .-]?\d){12,18}/y,
  // A group after a space holds a digit or is a lone check letter: `born` after `520202-7032 ` is the next key.
  ssn: /[A-Za-z0-9]{1,12}(?:(?:[./-][A-Za-z0-9]{1,4}|[ ](?:[A-Za-z]|[A-Za-z]{0,3}\d[A-Za-z0-9]{0,3}))(?![A-Za-z0-9])){0,6}/y,
  // A name in a script without capitals goes on over its blanks (`氏名=山田 花子 電話=…`) up to the next key.
  name: new RegExp(String.raw`[^\s,;"'&<>]{1,64}(?: (?:[A-Z\u00C0-\u024F\u1E00-\u1EFF][^\s,;"'&<>]{0,63}|[${NON_LATIN}]{1,24}(?![^\s,;"'&<>]*[=:])(?=[\s,;"'&<>]|$))){0,3}`, 'y'),
  address: /[^\n\r,;"'&<>]{1,128}/y,
  dob: /[^\s,;"'&<>]{1,32}(?: [A-Za-z]{3,9}\.?,? \d{2,4})?/y,
  // An identifier ends at a field separator of a pipe-delimited record (`IMSI=…|CELL=…`).
  id: /[^\s"'&,;<>\\|]{1,128}/y,
};

// A constructor or wrapper call around one literal, or around the integer parts of a date.
// An object literal opening a value: a brace, then a member's key and its separator (`{ line1:`,
// `{"line1"=>`, Ruby's `{:line1=>`).
// How far a PEM block printed as one string may run (an RSA-4096 key is about 3.3 KB).
const PEM_LIMIT = 16384;
// A list literal opening a value: a bracket, then a quoted or numeric item or a nested literal. A
// bracketed word is another filter's mask (`[FILTERED]`), kept as written.
const LIST_LITERAL_AT = /^\[[ \t\r\n]*(?:["'`{[]|-?\d)/;
// How far a printed literal may run before it is cut: a dump truncated by its logger never closes.
const LITERAL_LIMIT = 8192;

/**
 * The end of the object or list literal opening at `at` (after its closing bracket), skipping
 * quoted strings; a literal not closed within the limit ends at the end of its first line.
 */
function literalEnd(text: string, at: number): number {
  let depth = 0;
  let quote = 0;
  const limit = Math.min(text.length, at + LITERAL_LIMIT);
  for (let i = at; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === 92) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === 34 || c === 39 || c === 96) quote = c;
    else if (c === 123 || c === 91) depth++;
    else if ((c === 125 || c === 93) && --depth === 0) return i + 1;
  }
  const eol = text.indexOf('\n', at);
  return eol === -1 ? text.length : eol;
}
const OBJECT_LITERAL_AT = /\{[ \t]*(?:["']?[A-Za-z_][\w-]{0,63}["']?[ \t]*(?::|=>)|:[A-Za-z_])/y;
const WRAPPED_VALUE = /(?:new[ \t]+)?(?:[A-Za-z_$][\w$]{0,40}\.){0,3}[A-Za-z_$][\w$]{0,40}\((?:[ \t]*(["'`])((?:(?!\1)[^\\\n]){1,128})\1[ \t]*|[ \t]*((?:-?\d{1,4}[ \t]*,[ \t]*){1,6}-?\d{1,4})[ \t]*)\)/y;

function readTyped(cls: string, text: string, at: number): string | undefined {
  const reader = TYPED_READERS[cls];
  if (reader === undefined) return undefined;
  reader.lastIndex = at;
  const m = reader.exec(text);
  if (m === null) return undefined;
  const value = m[0].trimEnd();
  if (cls === 'iban') {
    // The longest prefix that is a valid IBAN ("GB82 WEST … 32 ok" must not take " ok").
    for (let cut = value.length; cut >= 15; cut--) {
      if (cut < value.length && value[cut] !== ' ' && value[cut] !== '-') continue;
      if (ibanValid(value.slice(0, cut).replace(/[ -]/g, '').toUpperCase())) return value.slice(0, cut);
    }
  }
  return value;
}

const SIP_SCHEME_BEFORE = /(?:^|[^\w])sips?:$/i;
const TELEPHONE_USER = /^\+?\d{6,15}$/;

/** In a `sip:`/`sips:` URI whose user part is a telephone number, the length of that number. */
function sipTelephoneUser(text: string, start: number, address: string): number | undefined {
  if (start < 4 || !SIP_SCHEME_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return undefined;
  const at = address.indexOf('@');
  return at > 0 && TELEPHONE_USER.test(address.slice(0, at)) ? at : undefined;
}

// `logid="0100032002"`, `eventid=0612874409` (FortiGate, syslog key=value): digits that are the whole
// value of an id field are the id; a phone number as an id would belong to a person's account name.
const ID_FIELD_BEFORE = /(?:^|[\s,;{])([A-Za-z][\w.-]{0,30}?)(?:=|=")$/;
const PERSON_ID_WORD = /user|account|customer|member|contact|caller|callee|subscriber|msisdn|phone|mobile|tel|wa|sender|recipient|person/i;

// The key right before a value (`id_doc=`, `"document": "`, `id_number: `).
const KEY_BEFORE_VALUE = /(?:^|[\s,;{(])["']?([A-Za-z][\w.-]{0,30})["']?[ \t]?[:=][ \t]?["']?$/;

/** Whether a number is given under a key naming an identity document's number (see documentIdKey). */
function underDocumentKey(text: string, start: number): boolean {
  const key = KEY_BEFORE_VALUE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  return key !== undefined && documentIdKey(keyWords(key));
}

function isIdFieldValue(text: string, start: number, end: number): boolean {
  const key = ID_FIELD_BEFORE.exec(text.slice(Math.max(0, start - 34), start))?.[1];
  if (key === undefined || !/id$/i.test(key) || key.length < 4 || PERSON_ID_WORD.test(key)) return false;
  const after = text.charCodeAt(end);
  const quoted = text.charCodeAt(start - 1) === 34;
  return quoted ? after === 34 : Number.isNaN(after) || after === 32 || after === 9 || after === 44 || after === 59;
}

// Institutions named after a person ("Hospital Israelita Albert Einstein", "Fundação Getulio
// Vargas", "Universidad Carlos III"): the institution word opens the run of capitalised words the
// name ends, and the whole names a place of care, study or work, not the person it honours.
const INSTITUTION_WORDS = new Set((
  'Hospital Hospitals Hôpital Hopital Ospedale Hospitalet Krankenhaus Klinikum Klinik Clinic Clinica Clínica Clinique ' +
  'Sjukhus Sykehus Sygehus Ziekenhuis Szpital Nemocnice Policlinico Poliklinik Infirmary Sanatorium Sanatorio Hospice ' +
  'University Universidad Universidade Università Universität Universite Université Universiteit Uniwersytet ' +
  'College Colegio Collège Escola Escuela School Schule Gymnasium Lycée Liceo Academy Akademie Academia Instituto ' +
  'Institute Institut Istituto Foundation Fundação Fundación Fondazione Fondation Stiftung Stichting Museum Museo ' +
  'Musée Library Biblioteca Centre Center Centro Zentrum Laboratory Laboratório Laboratorio Labor'
).split(' '));
const PERSON_CUE_WORDS = new Set(['Patient', 'Patientin', 'Paciente', 'Patiente', 'Dr', 'Doctor', 'Prof', 'Professor', 'Mr', 'Mrs', 'Ms', 'Miss', 'Nurse', 'Dear', 'Hi', 'Hello', 'Herr', 'Frau', 'Sr', 'Sra', 'Mme', 'M', 'Dott', 'Caller', 'Customer', 'Client', 'Student']);
const CAPITAL_RUN_BEFORE = /(?<![\p{L}'’.-])(?:\p{Lu}[\p{L}'’.-]*[ \t]){1,4}$/u;

// A Latin trade name registered under a Chinese, Japanese or Korean legal form ("Mori Trading 株式会社",
// "(株) Hoshi Kato", "Daehan Park 주식회사"): the form, written before or after, makes the whole run a firm.
const CJK_FORM_AFTER = /^[ \t\u3000]*(?:株式会社|有限会社|合同会社|合資会社|合名会社|股份有限公司|有限公司|주식회사|유한회사|[(（][株주][)）])/;
const CJK_FORM_BEFORE = /(?:株式会社|有限会社|合同会社|合資会社|合名会社|股份有限公司|有限公司|주식회사|유한회사|[(（][株주][)）])[ \t\u3000]*$/;

function cjkLegalFormBeside(text: string, start: number, end: number): boolean {
  return CJK_FORM_AFTER.test(text.slice(end, end + 12)) || CJK_FORM_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

// A UUID, a ULID, a long hex or a plain number: ids a server assigns, never a chosen login.
const OPAQUE_ACCOUNT_ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?=[0-9A-Z]*\d)[0-9A-Z]{26}|[0-9a-f]{16,64}|\d{1,20})$/i;

function namedInstitution(text: string, start: number): boolean {
  const run = CAPITAL_RUN_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
  if (run === null) return false;
  const words = run[0].split(/[ \t]+/).filter((w) => w !== '');
  // The institution word must open the run: "Riverside Hospital Anna Berg" is a place named for its
  // town, then a person (a patient, a pupil), not a hospital named for Anna Berg.
  // "Hospital Patient Anna Berg", "Clinic Dr. Anna Berg": a cue between them makes it a person again.
  return INSTITUTION_WORDS.has(words[0]!) && !words.some((w) => PERSON_CUE_WORDS.has(w.replace(/\.$/, '')));
}

// The qualifier after a route in a rate limiter's bucket: up to the next blank, quote or separator.
const ROUTE_QUALIFIER = /[^\s"',;&]{1,200}/y;
