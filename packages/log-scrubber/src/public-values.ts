/**
 * Values that sit where credentials sit but are public by design or already masked, so removing
 * them only costs the reader: keys meant to ship in web pages and apps, identities of service
 * accounts, and the marks other filters leave in place of a value.
 */
import { isPlaceLabelName } from './access-codes.js';
import { keyWords } from './key-names.js';

// Publishable keys: Stripe's `pk_live_`/`pk_test_` (Stripe.js runs them in the browser) and
// Mapbox's public `pk.` tokens (a JWT-like body, shipped in map embeds; also when a log cut or
// wrapped it before the signature part: the prefix alone marks it public). Their secret twins
// (`sk_…`, `rk_…`, `sk.…`) are not matched here.
// Not `sdk-…`: GrowthBook's browser keys and LaunchDarkly's server keys share the prefix, and a
// short `sdk-` word is also a plausible password.
const PUBLISHABLE = /^(?:pk_(?:live|test)_[A-Za-z0-9]{16,256}|pk\.eyJ[\w-]{8,512}(?:\.[\w-]{8,128})?)$/;

// An account or card number masked for display down to its last digits (`****4417`,
// `•••• 4242`, `XXXX-XXXX-1234`): what remains identifies no account.
const MASKED_NUMBER = /^(?:[*•xX]{2,8}[ -]?){1,5}\d{2,4}$/;

/** Whether a value under an account or card name is already masked down to its last digits. */
export function isMaskedNumber(value: string): boolean {
  return value.length <= 48 && MASKED_NUMBER.test(value);
}

// What other filters write instead of a value: Rails `[FILTERED]`, Serilog/ours `[REDACTED]`,
// masks of stars, `<hidden>`, `(filtered)`.
const MASKED = /^(?:\[(?:FILTERED|REDACTED|MASKED|HIDDEN|PROTECTED|SECRET|SENSITIVE|REMOVED|OMITTED)\]|<(?:redacted|hidden|masked|secret|filtered|removed)>|\((?:filtered|redacted|hidden|masked)\)|\*{3,64}|x{6,64}|X{6,64}|•{3,64})$/i;

// OpenSSH public keys (`authorized_keys`, `known_hosts`, `*.pub`): the algorithm, the base64 key
// blob, an optional comment (one with `user@host` names a login: then the key is read as text, so
// the blob stays and the login goes). Alone, the algorithm name is a word, not a credential.
const SSH_PUBLIC_KEY =
  /^(ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp(?:256|384|521)|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)(?:[ \t]+(AAAA[A-Za-z0-9+/]{16,2048}={0,3})(?:[ \t]+[^\r\n@]{1,256})?)?$/;

/**
 * Whether a value is an OpenSSH public key (or its algorithm name). The blob must start with its
 * own algorithm name as an SSH string (RFC 4253 §6.6), so random base64 behind `ssh-rsa ` is no key.
 */
export function isSshPublicKey(value: string): boolean {
  const m = value.length <= 2400 ? SSH_PUBLIC_KEY.exec(value) : null;
  if (m === null) return false;
  const blob = m[2];
  if (blob === undefined) return true;
  const type = m[1]!;
  const head = Buffer.from(blob.slice(0, 4 * Math.ceil((4 + type.length) / 3)), 'base64');
  return head.length >= 4 + type.length && head.readUInt32BE(0) === type.length && head.toString('latin1', 4, 4 + type.length) === type;
}

const SSH_KEY_THEN_LOGIN = /^(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp(?:256|384|521)|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)[ \t]+AAAA[A-Za-z0-9+/]{16,2048}={0,3}(?=[ \t]+[^\r\n]{0,255}@)/;

/**
 * Whether a value is an OpenSSH public key whose comment holds a login (`ssh-ed25519 AAAA…
 * jdoe@laptop`). Such a value is scanned as text, where the key stays (see context.ts) and the
 * login goes.
 */
export function isSshKeyWithLogin(value: string): boolean {
  // Every algorithm name starts with `s` or `e`: most credentials are rejected without the regex.
  const first = value.charCodeAt(0);
  if (first !== 115 && first !== 101) return false;
  const m = value.length <= 2400 ? SSH_KEY_THEN_LOGIN.exec(value) : null;
  return m !== null && isSshPublicKey(m[0]);
}

// Stripe's ids of card tokens, payment methods, cards, sources and bank-account tokens: references
// that only the account's secret key can use, logged as `card_token=tok_…`. Client secrets
// (`pi_…_secret_…`) hold a second `_` and do not match.
const PAYMENT_OBJECT_ID = /^(?:tok|btok|pm|card|src|ba)_[A-Za-z0-9]{14,40}$/;

// A name that says the value opens an account or a session (`access_token`, `refreshToken`,
// `password`, `api_key`): whatever its prefix, the value there is that credential (an app may
// well mint access tokens as `tok_…`), so the payment-object keep does not apply.
const ACCESS_CREDENTIAL_NAME = /(?:access|refresh|auth|bearer|session|id|api|oauth|sso|login|client)[-_ ]?token|passw|secret|api[-_]?key|authori[sz]ation|bearer/i;

/** Whether a key names a credential that opens an account or a session (see {@link isPublicValue}). */
export function isAccessCredentialName(key: string): boolean {
  return key.length <= 64 && ACCESS_CREDENTIAL_NAME.test(key);
}

// A Twilio account SID names the account in every API URL; the auth token beside it is the secret.
// Message SIDs (`SM…` for SMS, `MM…` for MMS) name one message, logged as `sid=…` by every send.
const ACCOUNT_SID = /^AC[0-9a-f]{32}$/;
const MESSAGE_SID = /^[SM]M[0-9a-f]{32}$/;

// Postfix and Sendmail write `dsn=4.2.2`: an enhanced mail status code (RFC 3463
// `class.subject.detail`), not a data source name.
const MAIL_STATUS = /^[245]\.\d{1,3}\.\d{1,3}$/;

// Error codes printed after a credential's name ("GOOGLE_APPLICATION_CREDENTIALS (ERR_INVALID_CREDENTIALS)",
// Node's `ERR_*`, `E_ACCESS_DENIED`): upper-case words joined by underscores, letters only, that an
// error prefix opens or parentheses enclose. A secret generator does not write words in capitals.
const ERROR_CODE = /^(?:\(?(?:ERR|ERROR|E)_[A-Z]{2,}(?:_[A-Z]{2,}){0,6}\)?|\((?:[A-Z]{2,}_){2,6}[A-Z]{2,}\)?)$/;

/** An error code (`ERR_INVALID_CREDENTIALS`, `(INVALID_GRANT_TYPE)`), never a credential's value. */
export function isErrorCode(value: string): boolean {
  return ERROR_CODE.test(value);
}

/**
 * Whether a value under a credential name is a publishable key, a public key, an object id or
 * another filter's mask. `key`, when known: under an access-credential name an object-id shape
 * is no reason to keep the value.
 */
export function isPublicValue(value: string, key?: string): boolean {
  if (key !== undefined) {
    if (isAccessCredentialName(key)) return isPublicValue(value) && !PAYMENT_OBJECT_ID.test(value);
    if (isPlaceLabel(value, key)) return true;
    if (key.length === 3 && key.toLowerCase() === 'dsn' && MAIL_STATUS.test(value)) return true;
  }
  if (isErrorCode(value)) return true;
  const first = value.charCodeAt(0);
  // s, e: SSH public keys; t, b, c, s, p: payment object ids; s: SDK client keys.
  if (first === 115 || first === 101) return isSshPublicKey(value) || PAYMENT_OBJECT_ID.test(value) || (value.length <= 24 && PUBLISHABLE.test(value));
  if (first === 116 || first === 98 || first === 99) return PAYMENT_OBJECT_ID.test(value);
  if (first === 65) return ACCOUNT_SID.test(value);
  if (first === 83 || first === 77) return value.length === 34 && MESSAGE_SID.test(value);
  // p (publishable), [ < ( * x X •: every match starts with one of these.
  if (first !== 112 && first !== 91 && first !== 60 && first !== 40 && first !== 42 && first !== 120 && first !== 88 && first !== 8226) return false;
  return value.length <= 700 && (PUBLISHABLE.test(value) || PAYMENT_OBJECT_ID.test(value) || MASKED.test(value));
}

// A gate, a dock door or a pick-up point is also named by a short label under the same names as
// the code that opens it (`gateCode: "B12"`, `pickupCode: "LHR"`, `door_code=D4`): letters first,
// a few digits after. Only names of places that carry labels (see isPlaceLabelName): a digicode,
// a PIN or a lock box's code with letters is still the code.
const PLACE_LABEL = /^[A-Za-z]{1,4}-?\d{0,3}$/;

function isPlaceLabel(value: string, key: string): boolean {
  return value.length <= 8 && PLACE_LABEL.test(value) && isPlaceLabelName(keyWords(key));
}

/**
 * `isPublicValue(value, key)` where it differs from `isPublicValue(value)`, else undefined. Only
 * a payment object id under an access-credential name (not kept) and a mail status under `dsn`
 * (kept) differ; both are tested on the value first, which rules out nearly every value at once.
 */
export function keyedPublicValue(value: string, key: string): boolean | undefined {
  // A payment object id is always public without a key (its first letter leads isPublicValue to
  // PAYMENT_OBJECT_ID): under an access-credential name it is not.
  if (PAYMENT_OBJECT_ID.test(value)) return isAccessCredentialName(key) ? false : undefined;
  if (isPlaceLabel(value, key)) return true;
  // A mail status starts with a digit, which isPublicValue never keeps without the key.
  if (key.length === 3 && MAIL_STATUS.test(value) && !isAccessCredentialName(key) && key.toLowerCase() === 'dsn') return true;
  return undefined;
}

// Google Cloud service accounts (`name@project.iam.gserviceaccount.com`, the App Engine and
// Compute defaults under `appspot.`/`developer.gserviceaccount.com`): identities of programs,
// listed in IAM policies, not mailboxes of people.
const SERVICE_MAILBOX = /@(?:[\w-]{1,63}\.){0,3}gserviceaccount\.com$/i;

// Mailboxes of system accounts and mail software (RFC 2142 role names, `MAILER-DAEMON`, cron's
// `root@host`): the machine writes there, no person is named.
const SYSTEM_MAILBOXES = new Set([
  'root', 'daemon', 'cron', 'postmaster', 'mailer-daemon', 'nobody', 'noreply', 'no-reply', 'donotreply', 'do-not-reply',
  'bounce', 'bounces', 'hostmaster', 'abuse', 'www-data', 'anacron', 'systemd', 'logwatch',
  // Role mailboxes of RFC 2142 and of a shop's desks: many people or none read them, none is named.
  'info', 'support', 'sales', 'marketing', 'security', 'webmaster', 'noc', 'billing', 'payments', 'invoices', 'accounts',
  'help', 'helpdesk', 'servicedesk', 'service', 'customerservice', 'care', 'contact', 'privacy', 'dpo', 'legal',
  'compliance', 'orders', 'returns', 'refunds', 'bookings', 'reservations', 'press', 'careers', 'jobs', 'feedback',
  // Back-office desks: payroll, HR, finance, purchasing and internal IT. Two-letter forms other than
  // `hr` (`ap@`, `ar@`, `it@`) read as a person's initials as often as a desk and stay personal.
  'payroll', 'hr', 'people', 'peopleops', 'people-ops', 'recruiting', 'talent', 'benefits', 'finance', 'accounting',
  'accountspayable', 'accounts-payable', 'accounts.payable', 'accountsreceivable', 'accounts-receivable',
  'accounts.receivable', 'payables', 'receivables', 'invoice', 'invoicing', 'ap-invoices', 'expenses', 'treasury',
  'procurement', 'purchasing', 'it-support', 'itsupport', 'it-helpdesk', 'service-desk', 'help-desk', 'facilities',
]);
// Mailboxes of monitoring: synthetic checks sign in as a probe account (`synthetic-probe@`,
// `uptime-monitor@`, `canary@`). Every word of the local part must be one of these: a person's
// name beside one (`rhea.monitor@`) keeps the address personal.
const MONITOR_WORDS = new Set([
  'monitor', 'monitoring', 'probe', 'probes', 'canary', 'synthetic', 'synthetics', 'healthcheck', 'health', 'check',
  'checks', 'uptime', 'heartbeat', 'alerts', 'alerting', 'smoke', 'watchdog',
]);

/** Whether a local part is made of monitoring words only (a trailing number allowed). */
function monitorMailbox(local: string): boolean {
  const words = local.toLowerCase().split(/[-_.]/);
  return words.length <= 3 && words.every((w, i) => MONITOR_WORDS.has(w) || (i > 0 && /^\d{1,3}$/.test(w)));
}

/** Whether an e-mail address is a service account's or a system's identity rather than a person's mailbox. */
export function isServiceMailbox(address: string): boolean {
  if (address.length > 254) return false;
  const at = address.indexOf('@');
  if (at > 0 && at <= 19 && SYSTEM_MAILBOXES.has(address.slice(0, at).toLowerCase())) return true;
  if (at > 0 && at <= 40 && monitorMailbox(address.slice(0, at))) return true;
  return address.endsWith('serviceaccount.com') && SERVICE_MAILBOX.test(address);
}

// Erlang and Elixir distribution names a node `name@host` (`node: 'rabbit@mq-3'`, `on node x@h`).
// After `node:`/`node=`/`node,` (crash reports, Elixir tuples), `{nodedown,'…'}`, `running_nodes,['…'`,
// or the `-name`/`-sname` flags of `erl` and `iex`.
const NODE_BEFORE = /(?:\b(?:node(?:name|s|down|up)?|\w{1,20}_nodes)['"]?[ \t]*(?:=>|[:=,])?[ \t]*\[?[ \t]*['"]?|(?:^|\s)--?s?name[ \t]+['"]?)$/i;
// Node names are one word (`rabbit`, `ejabberd`, `emqx_3`); a dotted local part is a person's mailbox.
const NODE_LOCAL = /^[a-z][a-z0-9_-]{0,31}@/;

/** Whether the address-shaped text at `start` follows the word `node`: a runtime node's name. */
export function isNodeName(text: string, start: number): boolean {
  return start >= 4 && NODE_LOCAL.test(text.slice(start, start + 34)) && NODE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

// Mail headers that carry message identifiers (RFC 5322 §3.6.4): `<local@host>` there names a
// message, not a mailbox.
const MESSAGE_ID_HEADER = /(?:^|\n)[ \t]*(?:Message-I[Dd]|In-Reply-To|References|Content-I[Dd]|Resent-Message-I[Dd]|X-Message-I[Dd]|message[-_]?id)["']?[ \t]*[:=][ \t]*["']?[^\n]{0,400}$/i;

const MESSAGE_ID_FIELD = /(?:^|[\s;,])message[-_]?id[ \t]*[:=][ \t]*<$/i;

// A generated message id's local part: hex (or a date and hex joined by `.`/`-`) holding a digit,
// as mail software writes them; people's mailboxes are not spelt so.
const GENERATED_LOCAL = /^(?=[^@]*\d)[0-9a-f]{6,64}(?:[.-][0-9a-f]{2,64}){0,4}@/i;

/** Whether the address-shaped text at `start` is a message id: inside `<…>` of a message-id header, or generated. */
export function isMessageId(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 60) return false;
  const local = GENERATED_LOCAL.exec(text.slice(start, start + 140));
  if (local !== null && local[0].length >= 13) return true;
  // Mid-line fields (postfix `936B17DC2D: message-id=<…>`): the name right before the `<`.
  return MESSAGE_ID_FIELD.test(text.slice(Math.max(0, start - 24), start)) || MESSAGE_ID_HEADER.test(text.slice(Math.max(0, start - 420), start));
}

// ADO.NET and libpq keyword connection strings start with where the database is; logged under a
// credential name (`ConnectionString: Server=…;Password=…`) only their password keyword is secret.
// Azure's start with the hub, namespace or protocol (`HostName=`, `Endpoint=sb://`,
// `DefaultEndpointsProtocol=`): only `SharedAccessKey`/`AccountKey` is.
const CONNECTION_KEYWORDS = /(?:Server|Data Source|Host|HostName|Endpoint|DefaultEndpointsProtocol|Address|Addr|Network Address|Provider)=/iy;

/** Whether a keyword connection string starts at `at`, to be read pair by pair. */
export function isConnectionKeywords(text: string, at: number): boolean {
  CONNECTION_KEYWORDS.lastIndex = at;
  return CONNECTION_KEYWORDS.test(text);
}

// Invite, referral and coupon codes printed on cards and in mails (`INV482913`): an upper-case
// prefix and digits, on a path about invites or coupons. Login and OAuth codes are random.
const ID_CODE = /^[A-Z]{2,6}[-_]?\d{3,12}(?=[&#\s"']|$)/;
const CODE_PATH = /invit|coupon|promo|voucher|referr|redeem|gift/i;

/** Whether the `code` query parameter whose value starts at `valueAt` is an invite or coupon id. */
export function isIdCode(text: string, start: number, valueAt: number): boolean {
  if (!ID_CODE.test(text.slice(valueAt, valueAt + 24))) return false;
  const pathFrom = text.lastIndexOf(' ', start);
  return CODE_PATH.test(text.slice(Math.max(pathFrom + 1, start - 200), start));
}
