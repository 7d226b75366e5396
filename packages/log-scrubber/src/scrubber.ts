import { generatedFilePath, pathUnderName } from './stored-files.js';
import { namedLinkSpans, replaceSpans } from './credential-links.js';
import { normalizeIp } from '@parapet/https/core';
import { emitSecurityEvent, type SecurityEventHandler } from '@parapet/security-events';
import { isCardNumber, isNetworkCardNumber } from './checksums.js';
import { credentialShaped } from './context.js';
import { GIVEN_NAMES } from './given-names.js';
import { describesCredential, isApprovalCode, oneTimeFlow, isCountName, isNamespacedLookupKey, keyWords, isCountObject, isRetrievalReference, isCredentialSetting, isScannedClass, isSecretReference, normaliseKeyName, type KeyClass, type KeyClassifier } from './key-names.js';
import { documentIdKey, insuredIdKey, insuredNationalId } from './national-ids.js';
import { argvRedactions, isSecretArgFlag } from './command-line.js';
import { objectBindings } from './bind-parameters.js';
import { isCookieHeader, scrubCookieField } from './cookies.js';
import { BoundedCache } from './bounded-cache.js';
import { resolveScrubberOptions, type PersonalDataType, type ResolvedScrubberOptions, type ScrubberOptions } from './options.js';
import { fieldValueType } from './csv-rows.js';
import { capitalsName, changedValues, organisationName, cityName, isCityKey, coordinatePair, coordinateTrack, idDocumentLabel, labelledValue, nameObject, namesBesideContact, notAPostcode, notCoordinates, PersonalKeyClassifier, personHandle, personNameFields, phoneShaped, repositoryPath, streetLine } from './personal-keys.js';
import { generateEphemeralKey, Pseudonymiser, TOKEN } from './pseudonym.js';
import { internationalNumber, isPersonName, REDACTED, TextScanner } from './text-scanner.js';
import { cuedNameWords, loneFamilyName, nameBeforeVerb, scriptFullName, searchedName, searchedNameSpan } from './person-patterns.js';
import { FLOW_MAIL, MAIL_LINK_KEYS } from './flow-words.js';
import { isMaskedNumber, isPublicValue, isServiceMailbox, isSshKeyWithLogin, keyedPublicValue } from './public-values.js';
import { isSystemAccount } from './account-names.js';
import { isRecoveryCode } from './one-time-codes.js';
import { isCeremonyChallenge, isFlowTicket, webAuthnCeremony } from './sign-in-transactions.js';
import { ACCOUNT_MAP, accountField, accountKey, accountMap, NOT_AN_ACCOUNT, personAccountKey, personLogin, userTypedFields } from './account-fields.js';

/** Written instead of a record that could not be scrubbed: the original is never shipped. */
export const UNSCRUBBABLE_MESSAGE = '[parapet-scrub: record could not be scrubbed]';

/** A scrubber made by {@link createScrubber}. Every method is synchronous and pure. */
export interface Scrubber {
  /**
   * A scrubbed deep copy of `value` (JSON-safe: no cycles, BigInts, Buffers, Maps or class
   * instances). Never mutates `value`, never throws; on an internal failure returns
   * `{ msg: '[parapet-scrub: record could not be scrubbed]', scrubError: '<ErrorClass>' }`.
   */
  scrub(value: unknown): unknown;
  /** Scrubs one free-text string (a log line that is not JSON). Never throws. */
  scrubText(text: string): string;
  /**
   * Scrubs `value` as the value of `key` in a record (key-name rules and allow-list mode apply).
   * Never throws.
   */
  scrubField(key: string, value: unknown): unknown;
  /** The token this scrubber writes for a value (honours `ipMode: 'truncate'` for IPs). */
  pseudonymise(type: PersonalDataType, value: string): string;
  /**
   * The keyed HMAC token for a known value, under `keyId` (default: the current key).
   * Used to find a person's records in the logs (right of access/erasure); see README.
   * Throws a TypeError for an unknown key id.
   */
  pseudonymFor(type: PersonalDataType, value: string, keyId?: string): string;
  /**
   * The token for the address of the person making a request (what a `clientIp` field holds):
   * unlike addresses in free text, loopback is pseudonymised too. Honours `ipMode` and
   * `keepPrivateIps`; a value that is not one address is scrubbed as text. Never throws.
   */
  pseudonymiseAddress(ip: string): string;
  /** Id of the key that makes new pseudonyms. */
  readonly keyId: string;
}

interface WalkState {
  nodes: number;
  chars: number;
  /** Objects on the current path (cycle detection); depth is capped, so a short array. */
  readonly ancestors: object[];
}

interface KeyInfo extends PlanSlot {
  readonly cls: KeyClass;
  /** {@link SPECIAL_COUNT}, {@link SPECIAL_COOKIE} or 0: decided once per key name. */
  readonly special: number;
  /** The key as written out (scanned when it is not a plain identifier). */
  readonly out: string;
  /** How the key names an account (see account-fields.ts). */
  readonly account: number;
  /** Whether the key names a list of labels (`tags`), whose items are never key/value pairs. */
  readonly labels?: boolean;
  /** The class of the values of a table keyed by people (`lastOrderByEmail`), see tableValueClass. */
  readonly table: KeyClass | undefined;
  /** A bare `recovery`/`backup` name, under which a list of codes is a second factor's. */
  readonly recovery: boolean;
  /** Whether the key names a person's login inside a person object (see personAccountKey). */
  readonly personAccount: boolean;
  /** Whether the key names a session object, whose `id` is the session's bearer credential. */
  readonly session: boolean;
  /** `oauth`, `sso`, `callback`: an object holding a sign-in's callback parameters (see OAUTH_PARENTS). */
  readonly oauth: boolean;
  /** `webauthn`, `passkey`, `clientData`: an object of a WebAuthn ceremony (see CEREMONY_PARENTS). */
  readonly ceremony: boolean;
  /** Whether the key names a city, region or country (see cityName). */
  readonly city: boolean;
  /** Whether the key names a search box's text (see searchedNameSpan). */
  readonly search: boolean;
  /** Whether the key names the address of the server a request went to (HAR's `serverIPAddress`). */
  readonly server: boolean;
  /** Whether the key names a patient's or an insured person's number, or an identity document's (see insuredIdKey, documentIdKey). */
  readonly insured: boolean;
  /**
   * Whether, under a plain parent, none of #setEntry's rules can apply to this key: a plain or
   * measure key that names no account, table, search box, session, server address, insured
   * person's number or recovery codes, written out as an ordinary property. Decided once per key name.
   */
  readonly direct: boolean;
  /** Whether the key names a label (`type`, `method`), whose `word:word` value is kept (see LABEL_PATH). */
  readonly label: boolean;
}

/** The key list of the objects last seen in one place of a record, with each key's info. */
interface KeyPlan {
  readonly keys: readonly string[];
  readonly infos: readonly KeyInfo[];
  /** Whether {@link mayHaveStructure} holds for these keys. */
  readonly structured: boolean;
  /** Whether {@link mayHaveMemberRules} holds for these keys. */
  readonly memberRules: boolean;
}

/**
 * Records of one logger repeat their shapes: the objects under one key (or at the root) usually
 * have the same keys as last time, so comparing the key list to the last one (pointer compares
 * of interned strings) replaces a memo lookup per key.
 */
interface PlanSlot {
  plan: KeyPlan | undefined;
}

const SPECIAL_COUNT = 1;
const SPECIAL_COOKIE = 2;
const PLAIN_KEY = /^[A-Za-z_$][\w$-]{0,63}$/;
// A record's kind as a word (`user`, `organization`, `feature`).
const KIND_WORD = /^[a-z][a-z-]{1,30}$/i;
// A typed object id: a short lower-case type prefix and a random part (`usr_Hb5sQ2mVx8Lt`, `org_…`).
// Vendor secrets with such prefixes are still found by the text scan the value then goes through.
const TYPED_ID = /^[a-z]{2,8}_[A-Za-z0-9]{6,40}$/;
// Lists of labels (`tags: ['login', 'priority:low']`): a label word is no key naming the item after
// it, so such a list is never read as `[key, value]` pairs. Secret names still are (see #array).
const LABEL_LIST_KEYS = new Set(['tags', 'labels', 'categories', 'keywords', 'topics']);
/** Objects with more keys are classified key by key (a flood of keys must not be classified up front). */
const PLAN_KEYS = 64;
/** Strings up to this length may be remembered beside a key (longer ones only in the text cache). */
const MEMO_LENGTH = 256;
const CACHEABLE_LENGTH = 2048;
const SHORT_STRING = 64;
/** A whole value in standard or URL-safe base64 (the JWT detector finds `eyJ…` anywhere already). */
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
/** Decoded base64 that is text (no control characters, no U+FFFD from invalid UTF-8). */
const PRINTABLE = /^[\t\n\r\x20-\x7e\u00a0-\ufffc]+$/;
/** Whitespace, `,`, `;` or `&`: where a token (and so a secret) can end. */
function isSeparator(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 44 || c === 59 || c === 38;
}

function errorClassName(err: unknown): string {
  try {
    if (typeof err === 'object' && err !== null) {
      const name = (err as { constructor?: { name?: unknown } }).constructor?.name;
      if (typeof name === 'string' && /^[A-Za-z_$][\w$]{0,63}$/.test(name)) return name;
    }
  } catch {
    // A hostile constructor getter: fall through to the generic name.
  }
  return 'Error';
}

const VERSION_SHAPE = /^v?\d{1,6}(?:\.\d{1,6}){1,4}(?:[-+][\w.-]{1,64})?$/;
// Private members of a JWK (RFC 7518 §6.2.2, §6.3.2, §6.4.1): whoever has them can sign.
// A field's values before and after a change, as audit and ORM change logs print them
// (`[old, new]`, sometimes with the time of the change): a short list holding at least one string.
function changePair(item: unknown): boolean {
  return Array.isArray(item) && item.length >= 2 && item.length <= 3 && item.some((v) => typeof v === 'string') && item.every((v) => v === null || typeof v !== 'object');
}
// `(unchanged)`, `<removed>`, `[none]`: a change log's stand-in for a value it does not print.
// Markers are lower-case words or one word in capitals (`<REDACTED>`): `<Jane Doe>` is a value.
const CHANGE_MARKER = /^(?:[([<](?:[a-z][a-z0-9_ -]{0,29}|[A-Z_]{1,30})?[)\]>]|-|)$/;
const JWK_PRIVATE = new Set(['d', 'p', 'q', 'dp', 'dq', 'qi', 'k', 'oth', 'priv']);
const ACCOUNT_NUMBER = /^\d{1,12}$/;
const PHONE_LOGIN = /^\+?\d{10,15}$/;
const RELEASE_NUMBER = /^v?\d{1,4}\.\d{1,4}(?:\.\d{1,6})?(?:[-+][\w.-]{1,40})?$/;
// express-validator names the field of an error `param` (v6) or `path` (v7).
const PAIR_NAMES = ['name', 'key', 'field', 'Name', 'Key', 'param', 'path', 'label', 'attribute'];
const PAIR_VALUES = ['value', 'Value', 'val'];
// What schema validators call the rejected input beside its field path: zod 3 (`received`), zod 4
// and valibot (`input`), Ajv in verbose mode (`data`, beside `instancePath`).
const VALIDATION_VALUES = ['received', 'input'];
// Where validators name the field: `path` (zod, valibot, Joi, yup, express-validator 7), `property`
// (class-validator), Ajv's `instancePath` (a JSON pointer) and `dataPath` (Ajv 6, `.a.b`).
const VALIDATION_PATHS = ['path', 'property', 'instancePath', 'dataPath'];
// A field path as validators report it: `password`, `user.newPassword`, `items[2].pin`, or a list
// of segments (`['user', 'password']`). A URL or file path (`/account/password/reset`) names no field.
const FIELD_PATH = /^[A-Za-z_$][\w$-]{0,63}(?:\.[A-Za-z_$][\w$-]{0,63}|\[\d{1,6}\]){0,8}$/;

/**
 * The field a validation error is about, from `path` (express-validator 7, yup, Mongoose, Joi as a
 * list) or `property` (class-validator): these libraries echo the rejected input as `value` next to
 * it, so a refused password is logged in clear. The last named segment is the field's own name.
 */
function fieldPath(path: unknown, pointer = false): string | undefined {
  // Ajv's `instancePath` is a JSON pointer (`/account/password`, RFC 6901); a `path` that starts
  // with `/` is a URL or a file.
  if (pointer && typeof path === 'string' && path.startsWith('/') && path.length <= 512) {
    const parts = path.split('/').filter((p) => p !== '' && !/^\d+$/.test(p));
    path = parts.length > 0 ? parts : undefined;
  }
  // Ajv 6's `dataPath` is a JavaScript property path (`.account.password`).
  if (pointer && typeof path === 'string' && path.startsWith('.')) path = path.slice(1);
  let last: unknown = path;
  if (Array.isArray(path)) {
    if (path.length === 0 || path.length > 16) return undefined;
    last = path[path.length - 1];
    if (typeof last === 'number') last = path[path.length - 2];
    // valibot's path items are objects naming the member (`{ type: 'object', key: 'password' }`).
    if (typeof last === 'object' && last !== null && !Array.isArray(last)) last = safeGet(last as Record<string, unknown>, 'key');
    return typeof last === 'string' && FIELD_PATH.test(last) ? last : undefined;
  }
  if (typeof last !== 'string' || !FIELD_PATH.test(last)) return undefined;
  return last.replace(/\[\d+\]$/, '').slice(last.lastIndexOf('.') + 1);
}
const SECRET_FLAG = /^--?(?:auth|password|pass|passwd|pwd|token|secret|api-?key|access-?token|client-?secret|key|p)$/i;

/** Whether a value is the `metadata` of a Vault KV v2 secret version. */
function kvMetadata(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const meta = value as Record<string, unknown>;
  try {
    return typeof meta.version === 'number' && typeof meta.created_time === 'string';
  } catch {
    return false;
  }
}

/**
 * Whether the member rules of #object (a firm's VAT number, an outbound SMS form, a Secrets
 * Manager call, query bindings) can apply: each needs one of {@link MEMBER_RULE_KEYS}. Decided
 * once per key plan.
 */
function mayHaveMemberRules(keys: readonly string[]): boolean {
  for (const key of keys) if (MEMBER_RULE_KEYS.has(key)) return true;
  return false;
}

/**
 * Whether #structure is worth a look: most objects have none of these keys. A switch over the
 * key strings (no property lookups: `in` on many object shapes goes megamorphic and costs µs).
 */
// A Kubernetes object's name (RFC 1123 labels) of words joined by hyphens or dots: `partner-mtls`.
const OBJECT_NAME = /^[a-z][a-z0-9]{0,30}(?:[-.][a-z0-9]{1,30}){1,7}$/;

/** Whether `value` names a Secret object rather than being a secret value (see #structure). */
function secretObjectName(value: string): boolean {
  return value.length <= 253 && OBJECT_NAME.test(value) && !credentialShaped(value);
}

function mayHaveStructure(keys: readonly string[]): boolean {
  for (const key of keys) {
    switch (key) {
      case 'kty':
      case 'kind':
      case 'type':
      case 'args':
      case 'value':
      case 'Value':
      case 'val':
      case 'scheme':
      case 'system':
      case 'idType':
      case 'documentType':
      case 'docType':
      case 'identifierType':
      case 'tipo':
      case 'keyType':
      case 'key_type':
      case 'family':
      case 'given':
      case 'name':
      case 'Name':
      case 'fieldName':
      case 'field':
      case 'field_name':
      case 'attribute':
      case 'property':
      case 'sql':
      case 'received':
      case 'input':
      case 'instancePath':
      case 'dataPath':
      case 'number':
      case 'code':
      case 'to':
      case 'display':
      case 'metadata':
      case 'template':
      case 'subject':
      case 'authCode':
      case 'auth_code':
      case 'approvalCode':
      case 'approval_code':
      case 'authorizationCode':
      case 'authorization_code':
      case 'secret':
      case 'challenge':
      case 'ticket':
        return true;
    }
  }
  return false;
}

// Objects that hold what an authorization server sent back to a sign-in callback.
// Objects of a WebAuthn ceremony, whose `challenge` is the relying party's one-use nonce.
const CEREMONY_PARENTS = new Set(['webauthn', 'passkey', 'assertion', 'attestation', 'clientdata', 'clientdatajson', 'publickey', 'publickeycredentialoptions', 'credentialrequestoptions', 'credentialcreationoptions']);
const OAUTH_PARENTS = new Set(['oauth', 'oauth2', 'oidc', 'openid', 'sso', 'callback', 'oauthcallback', 'ssocallback', 'authcallback', 'authorizationresponse', 'authresponse']);
// Fields of an OAuth token request (RFC 6749 §4.1.3, RFC 7636 §4.5): beside them `code` is the
// authorization code, which buys tokens until it is used or expires. Elsewhere `code` is mostly an
// error or status code.
const SMS_SIBLINGS = new Set(['body', 'text', 'messagingServiceSid', 'MessagingServiceSid', 'messaging_service_sid', 'smsStatus', 'SmsStatus', 'sms']);
const OAUTH_SIBLINGS = new Set(['grant_type', 'grantType', 'code_verifier', 'codeVerifier', 'redirect_uri', 'redirectUri']);
// A static picture shown for anyone without one of their own (a placeholder, default or blank
// avatar), as a path or URL: it is the same for every person, so names no one. A picture named
// after its owner (`/photos/jane-doe.jpg`) is not matched, and one filed under its owner's name
// (`/avatars/jane.doe/default.png`) is not kept (see pathUnderName): both go with the person's name.
const PLACEHOLDER_ASSET = /^(?:https?:\/\/[\w.-]{1,253}(?::\d{1,5})?)?(?:\/[\w.-]{1,64}){0,8}\/(?:(?:avatar|user|profile|photo)[-_])?(?:placeholder|default|blank|anonymous|silhouette|generic|missing|no[-_]?photo|no[-_]?image|no[-_]?avatar)(?:[-_](?:placeholder|default|blank|avatar|photo|image|user|profile|picture|grey|gray|\d{1,4}(?:x\d{1,4})?)){0,3}(?:@[23]x)?\.(?:png|jpe?g|gif|svg|webp)$/i;
// A type or method label written as a namespaced path of lower-case words (an Okta factor's
// `type: "token:software:totp"`, `push:okta:verify`): an enum, not `<key>:<secret>` text. A
// generated value (capitals or digits in a segment) is still scanned.
const LABEL_KEYS = new Set(['type', 'kind', 'factorType', 'factor_type', 'method', 'mechanism', 'category']);
const LABEL_PATH = /^[a-z]{2,24}(?::[a-z][a-z_-]{1,23}){1,4}$/;
// `basic:admin:letmein` has the same shape: a path opened by an authentication scheme or a
// credential word is `<scheme>:<user>:<secret>`, never an enum.
const CREDENTIAL_PATH_HEAD = /^(?:basic|bearer|digest|ntlm|negotiate|hawk|password|passwd|pwd|pass|secret|apikey|login|user|admin|root):/;
// Fields of a card payment or transaction beside which an approval code is the issuer's (see isApprovalCode).
const PAYMENT_SIBLINGS = new Set(['amount', 'mcc', 'currency', 'merchant', 'merchantName', 'merchant_name', 'merchantId', 'merchant_id', 'terminalId', 'terminal_id', 'stan', 'rrn', 'pan', 'last4', 'acquirer', 'responseCode', 'response_code']);
const APPROVAL_CODE_NAMES = new Set(['authCode', 'auth_code', 'authcode', 'AuthCode', 'approvalCode', 'approval_code', 'authorizationCode', 'authorization_code', 'authorisationCode', 'authorisation_code']);
// How a second factor was delivered, and names of events about one.
const FACTOR_KEYS = ['method', 'factor', 'factorType', 'factor_type', 'mfaMethod', 'mfa_method', 'channel', 'type'];
const FACTOR_METHODS = /^(?:totp|hotp|otp|sms|email|e-mail|voice|call|authenticator|app|push)$/i;
const FACTOR_EVENT_KEYS = ['event', 'type', 'action', 'name', 'eventType', 'event_type'];
const FACTOR_EVENT = /(?:^|[^a-z])(?:mfa|otp|totp|2fa|two[-_ ]?factor|second[-_ ]?factor|challenge|verification)(?:[^a-z]|$)/i;
// A message says "verification" or "challenge" about signatures, cookies and TLS too, beside their
// error codes (`{ msg: 'cookie value failed verification', code: '40001' }`): there the second
// factor must be named.
const FACTOR_MESSAGE_KEYS = ['msg', 'message'];
const FACTOR_MESSAGE = /(?:^|[^a-z])(?:mfa|otp|totp|2fa|two[-_ ]?factor|second[-_ ]?factor|one[-_ ]?time|verification[-_ ]code)(?:[^a-z]|$)/i;

function secondFactorEvent(keys: readonly string[], get: (k: string) => unknown): boolean {
  for (const k of FACTOR_KEYS) {
    const v = keys.includes(k) ? get(k) : undefined;
    if (typeof v === 'string' && FACTOR_METHODS.test(v)) return true;
  }
  for (const k of FACTOR_EVENT_KEYS) {
    const v = keys.includes(k) ? get(k) : undefined;
    if (typeof v === 'string' && v.length <= 120 && FACTOR_EVENT.test(v)) return true;
  }
  for (const k of FACTOR_MESSAGE_KEYS) {
    const v = keys.includes(k) ? get(k) : undefined;
    if (typeof v === 'string' && v.length <= 120 && FACTOR_MESSAGE.test(v)) return true;
  }
  return false;
}
// Bare names a list of second-factor recovery codes is logged under (see one-time-codes.ts).
const RECOVERY_NAMES = new Set(['recovery', 'Recovery', 'backup', 'Backup']);
// Keys of a session object (a cookie session's store record, a logged `req.session`).
const SESSION_OBJECTS = new Set(['session', 'sess', 'usersession', 'currentsession']);

// Fields printed beside a card's number: its holder, expiry, security code, network, last digits.
const CARD_SIBLINGS = new Set([
  'holder', 'holderName', 'holder_name', 'cardholder', 'cardHolder', 'card_holder', 'nameOnCard', 'name_on_card', 'exp', 'expiry',
  'expires', 'expiration', 'expMonth', 'exp_month', 'expYear', 'exp_year', 'expiryMonth', 'expiry_month', 'cvc', 'cvv', 'brand', 'last4',
]);

function safeGet(record: Record<string, unknown>, key: string): unknown {
  try {
    return record[key];
  } catch {
    return undefined;
  }
}

/** Signing keys as a list (Koa's `app.keys`): any credential-shaped item makes the list secret. */
function keyList(value: readonly unknown[]): boolean {
  return (
    value.length <= 64 &&
    value.some((v) => typeof v === 'string' && (credentialShaped(v) || (v.length >= 10 && /\d/.test(v) && /[A-Za-z]/.test(v)) || passphrase(v)))
  );
}

// Words of HTTP header and field names: lists of those under `keys` are names, not secrets.
const NAME_LIST_WORDS = new Set([
  'x', 'content', 'type', 'length', 'access', 'control', 'allow', 'origin', 'request', 'id', 'amz', 'forwarded', 'for',
  'accept', 'encoding', 'cache', 'security', 'policy', 'sha256', 'date', 'user', 'agent', 'expose', 'headers', 'max', 'age',
]);

/** Four or more lower-case words joined by dashes, none a header word: a diceware-style passphrase. */
function passphrase(value: string): boolean {
  const words = value.split(/[-_.]/);
  return value.length >= 16 && words.length >= 4 && words.every((w) => /^[a-z]{3,12}$/.test(w) && !NAME_LIST_WORDS.has(w));
}


/** 1 for an ASCII hex digit, by character code. */
const HEX_DIGIT = new Uint8Array(128);
for (const c of '0123456789abcdefABCDEF') HEX_DIGIT[c.charCodeAt(0)] = 1;

/**
 * A UUID (no detector can match one): 36 characters, dashes at 8/13/18/23, hex elsewhere.
 * Every record carries a fresh request id, so this runs once per record on a string no cache has
 * seen: a table lookup per character costs about two thirds of one anchored regex test (whose
 * call overhead dominates at 36 characters), also on ids built by concatenation (`randomUUID()`).
 */
function isUuid(value: string): boolean {
  if (value.length !== 36 || value.charCodeAt(8) !== 45 || value.charCodeAt(13) !== 45 || value.charCodeAt(18) !== 45 || value.charCodeAt(23) !== 45) {
    return false;
  }
  for (let i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23) continue;
    const c = value.charCodeAt(i);
    if (c >= 128 || HEX_DIGIT[c] === 0) return false;
  }
  return true;
}

/**
 * Whether an array reads as key/value pairs: a 2-item tuple starting with a key-shaped string,
 * or an even-length list of strings whose even items are all key-shaped (Node's `rawHeaders`).
 */
function isKeyValueList(arr: readonly unknown[], n: number): boolean {
  if (n < 2 || n % 2 !== 0 || n > 256) return false;
  try {
    for (let i = 0; i < n; i += 2) {
      const key = arr[i];
      if (typeof key !== 'string' || !PLAIN_KEY.test(key)) return false;
      if (n > 2 && typeof arr[i + 1] !== 'string') return false;
    }
    return true;
  } catch {
    return false;
  }
}

/** Whether a key/value-shaped list names a credential in one of its key places (`['password', x]`). */
function pairOfSecret(arr: readonly unknown[], n: number, classifier: KeyClassifier): boolean {
  for (let i = 0; i < n; i += 2) if (classifier.classify(arr[i] as string) === 'secret') return true;
  return false;
}

/** The plan, when `keys` are its keys in the same order. */
function samePlan(plan: KeyPlan | undefined, keys: readonly string[]): KeyPlan | undefined {
  if (plan === undefined || plan.keys.length !== keys.length) return undefined;
  for (let i = 0; i < keys.length; i++) if (plan.keys[i] !== keys[i]) return undefined;
  return plan;
}

/**
 * Makes the objects of the scrubbed copy. Its prototype is `Object.prototype`, so they are plain
 * objects (same prototype, `constructor`, `toString` tag and printed form as `{}`), but V8 sizes
 * objects made by a constructor from the properties its first instances received, where `{}`
 * starts with room for four and moves a fifth key (most request records and header maps have more)
 * to a separately allocated property array.
 */
const OutputObject = function (this: unknown): void {
  // Nothing to set up: the walk adds the keys.
} as unknown as new () => Record<string, unknown>;
OutputObject.prototype = Object.prototype;

/**
 * The plan, when a for-in walk of `obj` yields exactly its keys in order (no allocation, unlike
 * Object.keys). Inherited enumerable keys come after the own ones, so they make it not fit.
 */
function planFits(obj: object, plan: KeyPlan | undefined): KeyPlan | undefined {
  if (plan === undefined) return undefined;
  const keys = plan.keys;
  let i = 0;
  try {
    for (const key in obj) {
      if (i >= keys.length || keys[i] !== key) return undefined;
      i++;
    }
  } catch {
    return undefined;
  }
  return i === keys.length ? plan : undefined;
}

/** Cuts an over-long string at a token boundary so no half secret survives the cut. */
function truncate(value: string, max: number): { kept: string; dropped: number } {
  let cut = max;
  while (cut > 0 && !isSeparator(value.charCodeAt(cut - 1))) cut--;
  return { kept: value.slice(0, cut), dropped: value.length - cut };
}

const MAX_COOKIES = 64;

/** A parsed cookie jar: a plain object of string values. */
function isCookieObject(item: unknown): item is Record<string, string> {
  if (item === null || typeof item !== 'object' || Array.isArray(item) || Object.getPrototypeOf(item) !== Object.prototype) return false;
  const values = Object.values(item);
  return values.length > 0 && values.length <= MAX_COOKIES && values.every((v) => typeof v === 'string');
}

/** Cookies as `[name, value]` pairs. */
function isCookiePairs(item: unknown): item is [string, string][] {
  return (
    Array.isArray(item) && item.length > 0 && item.length <= MAX_COOKIES &&
    item.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string')
  );
}

class ScrubberImpl implements Scrubber {
  readonly #loginPseudonym = (v: string): string => this.#pseudonyms.pseudonymise('name', v);
  readonly #classifier: KeyClassifier;
  readonly #pseudonyms: Pseudonymiser;
  readonly #scanner: TextScanner;
  readonly #textCache: BoundedCache<string>;
  readonly #keyCache: BoundedCache<KeyInfo>;
  /** Scrubbed cookie headers that keep a preference (a client sends the same header on every request). */
  readonly #cookieCache: BoundedCache<string>;
  readonly #maxDepth: number;
  readonly #maxNodes: number;
  readonly #maxString: number;
  readonly #maxChars: number;
  readonly #onSecurityEvent: SecurityEventHandler | undefined;
  #reporting = false;
  readonly #allowList: ResolvedScrubberOptions['allowList'];
  /** Address fields' tokens by the value as written (`::ffff:203.0.113.9`, padded): one lookup. */
  readonly #addresses: BoundedCache<string>;
  /** Values under e-mail keys and what is written for them (kept, or their token). */
  readonly #emails: BoundedCache<string>;
  readonly #rootSlot: PlanSlot = { plan: undefined };
  #spareAncestors: object[] | undefined;
  #lastField: { readonly key: string; readonly value: string; readonly out: unknown } | undefined;

  constructor(options: ScrubberOptions) {
    const resolved = resolveScrubberOptions(options, generateEphemeralKey);
    if (resolved.ephemeralKey) {
      process.emitWarning(
        'log-scrubber: no "keys" configured; using a random per-process HMAC key. Pseudonyms change on every restart and cannot be re-identified. Configure keys before production.',
        { code: 'PARAPET_SCRUB_EPHEMERAL_KEY' },
      );
    }
    this.#classifier = new PersonalKeyClassifier(resolved.secretKeys, resolved.personalKeys, resolved.allowKeys);
    this.#pseudonyms = new Pseudonymiser(resolved.keys, resolved.cacheSize, resolved.ipMode, resolved.keepPrivateIps);
    this.#scanner = new TextScanner({
      classifier: this.#classifier,
      pseudonymise: (type, value) => this.#pseudonyms.pseudonymise(type, value),
      extraPatterns: resolved.secretPatterns,
      secretDocument: (doc) => {
        const parsed = doc.startsWith('{') && doc.endsWith('}') ? serialisedDocument(doc, this.#maxString) : undefined;
        const walked = parsed === undefined ? undefined : this.#walk(parsed, 'secret', 1, { nodes: 0, chars: 0, ancestors: [] }, false);
        return typeof walked === 'object' && walked !== null ? JSON.stringify(walked) : undefined;
      },
    });
    this.#textCache = new BoundedCache(resolved.cacheSize);
    this.#keyCache = new BoundedCache(Math.min(resolved.cacheSize, 4096));
    this.#cookieCache = new BoundedCache(Math.min(resolved.cacheSize, 2048));
    this.#addresses = new BoundedCache(resolved.cacheSize);
    this.#emails = new BoundedCache(resolved.cacheSize);
    this.#maxDepth = resolved.maxDepth;
    this.#maxNodes = resolved.maxNodes;
    this.#maxString = resolved.maxStringLength;
    this.#maxChars = resolved.maxRecordChars;
    this.#allowList = resolved.allowList;
    this.#onSecurityEvent = resolved.onSecurityEvent;
  }

  get keyId(): string {
    return this.#pseudonyms.currentKeyId;
  }

  scrub(value: unknown): unknown {
    // The ancestors list of the last walk, empty again (a walk pops what it pushes): reused so a record
    // does not allocate and grow a new one. A scrub from inside a walk (a getter that logs) finds none spare.
    const ancestors = this.#spareAncestors ?? [];
    this.#spareAncestors = undefined;
    try {
      const scrubbed = this.#walk(value, 'plain', 0, { nodes: 0, chars: 0, ancestors }, false, this.#rootSlot);
      return this.#allowList === undefined ? scrubbed : this.#restrict(scrubbed, false, 0);
    } catch (err) {
      return this.#fallback(err);
    } finally {
      if (ancestors.length === 0) this.#spareAncestors = ancestors;
    }
  }

  scrubText(text: string): string {
    const scrubbed = this.#guarded(text, (value, state) => this.#string(value, 0, state));
    return this.#allowList === undefined ? scrubbed : (this.#restrict(scrubbed, false, 0) as string);
  }

  scrubField(key: string, value: unknown): unknown {
    if (this.#allowList !== undefined) {
      const out = this.scrub({ [key]: value }) as Record<string, unknown> | undefined;
      return out !== undefined && typeof out === 'object' && Object.prototype.hasOwnProperty.call(out, key) ? out[key] : out;
    }
    // Log messages repeat ("request completed"): the last one under the last key is remembered.
    const last = this.#lastField;
    if (typeof value === 'string' && last !== undefined && last.value === value && last.key === key) return last.out;
    try {
      const state: WalkState = { nodes: 0, chars: 0, ancestors: [] };
      const out = this.#walk(value, this.#classifier.classify(key), 0, state, false);
      // Only a result found without scanning (a cache hit or a fast path) is remembered: one whose
      // text counted against the budget was computed this time and may be cached next time.
      if (typeof value === 'string' && value.length <= MEMO_LENGTH && state.chars === 0) this.#lastField = { key, value, out };
      return out;
    } catch (err) {
      return this.#fallback(err);
    }
  }

  /** A record that could not be walked: a placeholder (never the raw value), reported once. */
  #fallback(err: unknown): { msg: string; scrubError: string } {
    const scrubError = errorClassName(err);
    this.#report(scrubError);
    return { msg: UNSCRUBBABLE_MESSAGE, scrubError };
  }

  // A hook that logs through this scrubber could fail the same way: no report from inside a report.
  #report(scrubError: string): void {
    const sink = this.#onSecurityEvent;
    if (sink === undefined || this.#reporting) return;
    this.#reporting = true;
    try {
      emitSecurityEvent(sink, { name: 'log-scrubber.fallback', outcome: 'error', reason: 'unscrubbable', actor: {}, requestId: undefined, attributes: { error: scrubError } });
    } finally {
      this.#reporting = false;
    }
  }

  /**
   * Allow-list mode, applied to an already scrubbed (plain, JSON-safe) value: strings outside
   * listed keys become `<id:…>` tokens or `[REDACTED]`; numbers, booleans and structure stay.
   */
  #restrict(value: unknown, allowed: boolean, depth: number): unknown {
    const list = this.#allowList!;
    if (allowed) return value;
    if (typeof value === 'string') {
      if (value.length === 0 || value === REDACTED || TOKEN.test(value)) return value;
      return list.unlisted === 'remove' ? REDACTED : this.#pseudonyms.pseudonymise('id', value);
    }
    if (typeof value !== 'object' || value === null || depth > this.#maxDepth) return value;
    if (Array.isArray(value)) return value.map((item) => this.#restrict(item, false, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const listed = list.keys.has(normaliseKeyName(key));
      const restricted = this.#restrict(item, listed, depth + 1);
      if (key === '__proto__') {
        Object.defineProperty(out, key, { value: restricted, enumerable: true, writable: true, configurable: true });
      } else out[key] = restricted;
    }
    return out;
  }

  pseudonymise(type: PersonalDataType, value: string): string {
    return this.#pseudonyms.pseudonymise(type, value);
  }

  pseudonymFor(type: PersonalDataType, value: string, keyId?: string): string {
    return this.#pseudonyms.pseudonymFor(type, value, keyId);
  }

  pseudonymiseAddress(ip: string): string {
    return this.#guarded(ip, (value, state) => this.#address(value, 0, state));
  }

  /** A public string entry point: a fresh walk, and never a throw. */
  #guarded(text: string, scrub: (value: string, state: WalkState) => string): string {
    try {
      return scrub(String(text), { nodes: 0, chars: 0, ancestors: [] });
    } catch (err) {
      this.#report(errorClassName(err));
      return UNSCRUBBABLE_MESSAGE;
    }
  }

  /**
   * A value under a key naming an address holds one person's address, loopback included; a list
   * ("a, b" X-Forwarded-For) or prose is scanned as text.
   */
  #address(value: string, depth: number, state: WalkState): string {
    let token = this.#addresses.get(value);
    if (token !== undefined) return token;
    const ip = value.length <= 45 ? normalizeIp(value.trim()) : undefined;
    if (ip === undefined) return this.#string(value, depth, state);
    token = this.#pseudonyms.pseudonymiseAddress(ip);
    this.#addresses.set(value, token);
    return token;
  }

  /** `slot`: where the key plan of an object found here is kept (see {@link PlanSlot}). */
  #walk(value: unknown, cls: KeyClass, depth: number, state: WalkState, fromToJson: boolean, slot?: PlanSlot): unknown {
    // `typeof x === '…'` tests, not a switch over `typeof x`: TurboFan compiles these to type checks,
    // a switch to a call of the Typeof builtin and string compares on every value.
    if (typeof value === 'string') {
      return cls === 'plain' ? this.#string(value, depth, state) : this.#leafString(value, cls, depth, state);
    }
    if (typeof value === 'number') {
      // Only integers of 13+ digits can be cards; other plain numbers need no string form.
      // A number is never a mailbox or a person's name (`attemptsByEmail: { <address>: { tries: 3 } }`).
      if (cls === 'allow' || cls === 'email' || cls === 'name') return value;
      if (isScannedClass(cls) && !(value >= 1e12 && Number.isSafeInteger(value))) return value;
      return this.#number(String(value), cls, value);
    }
    if (typeof value !== 'object') {
      if (typeof value === 'bigint') return this.#number(value.toString(), cls, undefined);
      // Symbols and functions are dropped, as JSON.stringify drops them.
      return typeof value === 'symbol' || typeof value === 'function' ? undefined : value;
    }
    if (value === null) return null;
    // An object under a credential name is opened (its members decide, see #setEntry); a list is not.
    if (cls === 'secret' && (Array.isArray(value) || !(value instanceof Map || isPlainObject(value)))) return REDACTED;
    if (cls === 'keylike' && Array.isArray(value) && keyList(value)) return REDACTED;
    if (cls === 'allow' || cls === 'measure' || cls === 'namepart' || cls === 'keylike' || cls === 'version' || cls === 'link') {
      cls = 'plain';
    }
    const obj = value;
    if (++state.nodes > this.#maxNodes) return '[Truncated]';
    if (depth >= this.#maxDepth) return '[Depth limit]';
    if (state.ancestors.includes(obj)) return '[Circular]';
    const proto: unknown = Object.getPrototypeOf(obj);
    // Plain objects (most of a log record) without a toJSON of their own skip every type test.
    const plain = (proto === Object.prototype || proto === null) && !('toJSON' in obj);
    if (!plain) {
      if (ArrayBuffer.isView(obj)) return `[Binary ${obj.byteLength} bytes]`;
      if (obj instanceof ArrayBuffer || obj instanceof SharedArrayBuffer) return `[Binary ${obj.byteLength} bytes]`;
      if (obj instanceof Date) {
        return Number.isNaN(obj.getTime()) ? 'Invalid Date' : this.#leafString(obj.toISOString(), cls, depth, state);
      }
      if (obj instanceof RegExp) return this.#leafString(String(obj), cls, depth, state);
    }
    state.ancestors.push(obj);
    try {
      if (plain) return this.#object(obj, cls, depth, state, slot);
      if (Array.isArray(obj)) return this.#array(obj, cls, depth, state, slot);
      if (obj instanceof Error) return this.#error(obj, cls, depth, state);
      if (obj instanceof Map) return this.#map(obj, cls, depth, state);
      if (obj instanceof Set) return this.#array([...(obj as Set<unknown>)], cls, depth, state);
      if (!fromToJson) {
        const toJSON = (obj as { toJSON?: unknown }).toJSON;
        if (typeof toJSON === 'function') {
          // What JSON.stringify (and so pino) would write for this object, scrubbed.
          let json: unknown;
          try {
            json = toJSON.call(obj);
          } catch {
            return '[Unreadable]';
          }
          return this.#walk(json, cls, depth, state, true, slot);
        }
      }
      return this.#object(obj, cls, depth, state);
    } finally {
      state.ancestors.pop();
    }
  }

  #array(arr: readonly unknown[], cls: KeyClass, depth: number, state: WalkState, slot?: PlanSlot): unknown[] {
    const out: unknown[] = [];
    const n = Math.min(arr.length, this.#maxNodes);
    // `[['password', 'x']]` (Object.entries, header tuples) and `['Cookie', 'sid=…', …]` (Node's
    // rawHeaders): a key-shaped string names the value after it.
    const pairs = isKeyValueList(arr, n) && !(slot !== undefined && 'labels' in slot && slot.labels === true && !pairOfSecret(arr, n, this.#classifier));
    // `['curl', '-u', 'user:pw', url]`: an argument vector is read per tool, like a command line.
    const argv = typeof arr[0] === 'string' ? argvRedactions(arr, n) : undefined;
    // `args: ['jane@x.io', 'Jane Doe', { locale }]` (a job's positional arguments): a name beside an address.
    const named = n >= 2 && n <= 12 && !pairs && argv === undefined && isScannedClass(cls) ? namesBesideContact(arr.slice(0, n)) : undefined;
    for (let i = 0; i < n; i++) {
      if (state.nodes >= this.#maxNodes) {
        out.push(`[Truncated ${arr.length - i} items]`);
        break;
      }
      state.nodes++;
      let item: unknown;
      try {
        item = arr[i];
      } catch {
        out.push('[Unreadable]');
        continue;
      }
      let itemCls = pairs && (i & 1) === 1 ? this.#pairValueClass(arr[i - 1] as string, cls) : cls;
      // Command lines as arrays: `['--auth', secret]`, `['--password', x]`.
      if (argv !== undefined) {
        const redacted = argv.get(i);
        if (redacted !== undefined) item = redacted;
      } else if (
        i > 0 &&
        typeof arr[i - 1] === 'string' &&
        (SECRET_FLAG.test(arr[i - 1] as string) || (isSecretArgFlag(arr[i - 1] as string) && !(typeof item === 'string' && item.startsWith('-'))))
      ) {
        itemCls = 'secret';
      }
      if (named?.includes(i) === true) itemCls = 'person';
      // Items of a list mostly share one shape: they share the list's plan slot.
      const scrubbed = this.#walk(item, itemCls, depth + 1, state, false, slot);
      out.push(scrubbed === undefined ? null : scrubbed);
    }
    if (n < arr.length && out.length === n) out.push(`[Truncated ${arr.length - n} items]`);
    return out;
  }

  /** Class of the value in a key/value pair: the key's own class when it marks secrets or personal data. */
  #pairValueClass(key: string, parent: KeyClass): KeyClass {
    const own = this.#classifier.classify(key);
    return isScannedClass(own) ? parent : own;
  }

  #object(obj: object, cls: KeyClass, depth: number, state: WalkState, slot?: PlanSlot): Record<string, unknown> | string {
    const out = new OutputObject();
    // Checking the keys against the plan in a for-in loop allocates nothing; Object.keys only when they differ.
    let plan = slot === undefined ? undefined : planFits(obj, slot.plan);
    let keys: readonly string[];
    if (plan !== undefined) {
      keys = plan.keys;
    } else {
      try {
        keys = Object.keys(obj);
      } catch {
        return { value: '[Unreadable]' };
      }
    }
    const record = obj as Record<string, unknown>;
    let override: Map<string, KeyClass> | undefined;
    const planned = slot !== undefined && keys.length <= PLAN_KEYS;
    if (planned) plan ??= samePlan(slot.plan, keys);
    const structured = plan === undefined ? keys.length <= 16 && mayHaveStructure(keys) : plan.structured;
    if (structured) {
      const shape = this.#structure(record, keys);
      if (typeof shape === 'string') return shape;
      override = shape;
    }
    // Most objects have none of the keys the member rules below look for: one test per key plan.
    const memberRules = plan === undefined ? mayHaveMemberRules(keys) : plan.memberRules;
    if (memberRules) {
      // A VAT number registers a business, not a person: kept where the object says it is a firm's.
      for (const k of businessVatFields(keys, (k) => safeGet(record, k))) if (override?.has(k) !== true) (override ??= new Map()).set(k, 'plain');
      if (keys.length <= 16 && keys.includes('From') && keys.includes('To') && outboundMessageRequest(record, state.ancestors)) {
        if (typeof record['From'] === 'string') (override ??= new Map()).set('From', 'allow');
      }
      if (keys.length <= 32 && secretsManagerCall(obj, state.ancestors)) {
        // `secretBinary` needs no rule: a secret's name with `binary` after it is the secret (key-names.ts).
        for (const k of keys) if (SECRET_REFERENCE_KEYS.has(k) && typeof record[k] === 'string') (override ??= new Map()).set(k, 'plain');
      }
    }
    // `{ sql, bindings: [...] }`, `{ query, params: [...] }`, node-postgres's `{ query, values }`: each
    // bound value takes the class of its column (bind-parameters.ts).
    const bound = (structured && keys.includes('sql')) || (memberRules && keys.includes('query') && (keys.includes('params') || keys.includes('values'))) ? objectBindings(keys, (k) => safeGet(record, k), (k) => this.#classifier.classify(k)) : undefined;
    const infos = plan?.infos;
    // Filled as the keys come (so keys past the node budget are never looked at), kept if complete.
    const fresh: KeyInfo[] | undefined = planned && infos === undefined ? [] : undefined;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (state.nodes >= this.#maxNodes) {
        out['[Truncated]'] = `${keys.length} keys`;
        return out;
      }
      state.nodes++;
      let item: unknown;
      try {
        item = record[key];
      } catch {
        item = '[Unreadable]';
      }
      const info = infos === undefined ? this.#keyInfo(key, state) : infos[i]!;
      fresh?.push(info);
      if (bound !== undefined && key === bound[0] && Array.isArray(item)) {
        const types = bound[1];
        out[info.out] = item.map((v, j) => {
          const scrubbed = this.#walk(v, types[j] ?? cls, depth + 2, state, false);
          return scrubbed === undefined ? null : scrubbed;
        });
        continue;
      }
      const forced = override?.get(key);
      if (forced !== undefined) {
        // HAR and fetch dumps list headers as `{ name: 'set-cookie', value }`: the value is read
        // like the header itself, so a `Set-Cookie` keeps its attributes (see scrubCookieField).
        const scrubbed =
          forced === 'secret' && typeof item === 'string' && PAIR_VALUES.includes(key) && pairNamesCookie(record)
            ? this.#cookieField(item)
            : this.#walk(item, forced, depth + 1, state, false, info);
        if (scrubbed !== undefined) out[info.out] = scrubbed;
        continue;
      }
      if ((key === 'body' || key === 'alert') && typeof item === 'string' && (key === 'body' ? keys.includes('title') : keys.includes('sound') || keys.includes('badge'))) {
        // A push notification (FCM `notification`, APNs `aps.alert`: a title and a body, or the alert
        // as a string beside `sound`/`badge`) previews a chat message as `<sender>: <text>`, or says
        // what a courier, driver or match is doing under their given name ("Anna is 4 min away").
        const sender = key === 'body' ? notificationSender(item) ?? notificationActor(item) : notificationActor(item);
        if (sender !== undefined) {
          out[info.out] = this.#pseudonyms.pseudonymise('name', sender) + this.#string(item.slice(sender.length), depth + 1, state);
          continue;
        }
      }
      this.#setEntry(out, key, item, cls, depth, state, info);
    }
    if (fresh !== undefined) slot!.plan = { keys, infos: fresh, structured, memberRules };
    return out;
  }

  /**
   * Shapes whose meaning is in the structure, not the key names: a private JWK (`d`, `p`, `q`…),
   * `{ name: 'nie', value: … }` field lists, Redis `{ name: 'auth', args }`, a Buffer in JSON
   * form, and a `name` that is a person's name next to keys about a person.
   */
  #structure(record: Record<string, unknown>, keys: readonly string[]): Map<string, KeyClass> | string | undefined {
    let override: Map<string, KeyClass> | undefined;
    const get = (k: string): unknown => {
      try {
        return record[k];
      } catch {
        return undefined;
      }
    };
    if (keys.includes('kty') && typeof get('kty') === 'string') {
      for (const k of keys) if (JWK_PRIVATE.has(k)) (override ??= new Map()).set(k, 'secret');
    }
    if (keys.length <= 3 && get('type') === 'Buffer' && Array.isArray(get('data'))) {
      return `[Binary ${(get('data') as unknown[]).length} bytes]`;
    }
    const label = PAIR_NAMES.find((k) => typeof get(k) === 'string');
    const pathKey = VALIDATION_PATHS.find((k) => keys.includes(k));
    const ajv = pathKey === 'instancePath' || pathKey === 'dataPath';
    const valueKey =
      PAIR_VALUES.find((k) => keys.includes(k)) ??
      (pathKey === undefined ? undefined : ajv ? (keys.includes('data') ? 'data' : undefined) : VALIDATION_VALUES.find((k) => keys.includes(k)));
    if (valueKey !== undefined) {
      // An error's own `name` (`ValidationError`) labels nothing: the field path then says what the value is.
      for (const field of [label === undefined ? undefined : (get(label) as string), pathKey === undefined ? undefined : fieldPath(get(pathKey), ajv)]) {
        if (field === undefined) continue;
        const labelled = this.#classifier.classify(field);
        if (!isScannedClass(labelled) || labelled === 'cardctx') {
          (override ??= new Map()).set(valueKey, labelled);
          break;
        }
        // `{ path: 'name', value: 'Jane Doe' }`: a generic name field, a person's when written like one.
        const echoed = get(valueKey);
        if (labelled === 'namepart' && typeof echoed === 'string' && fieldValueType('namepart', echoed) === 'name') {
          (override ??= new Map()).set(valueKey, 'name');
          break;
        }
      }
    }
    // `{ system: 'nl_bsn', value }`, FHIR `telecom` entries, `{ type: 'national_id', number }`.
    const labelled = labelledValue(keys, get);
    if (labelled !== undefined && override?.has(labelled[0]) !== true) (override ??= new Map()).set(labelled[0], labelled[1]);
    // `{ fieldName: 'Full name', changedFrom, changedTo }`: old and new values take the field's meaning.
    const change = changedValues(keys, get);
    if (change !== undefined) {
      const cls = this.#classifier.classify(change[0]);
      if (cls !== 'plain' && (!isScannedClass(cls) || cls === 'person')) for (const k of change[1]) if (override?.has(k) !== true) (override ??= new Map()).set(k, cls === 'person' ? 'name' : cls);
    }
    // A Kubernetes Secret (`kubectl get secret -o json`): `data` and `stringData` hold the secret
    // values (base64 or plain, under any names, `tls.key` or `app.conf`); `metadata` (name,
    // namespace, uid, labels) only says which object it is, also when the whole object sits under
    // a credential name. Its annotations are still scanned: `last-applied-configuration` repeats
    // the object, data included, as JSON, and the same rule applies to it there.
    if (get('kind') === 'Secret' && typeof get('apiVersion') === 'string') {
      for (const k of ['data', 'stringData']) if (keys.includes(k)) (override ??= new Map()).set(k, 'secret');
      const metadata = get('metadata');
      if (typeof metadata === 'object' && metadata !== null && !Array.isArray(metadata)) (override ??= new Map()).set('metadata', 'plain');
    }
    // A Secret named by a sync or mount event (`{ namespace, secret: "partner-tls", data: {…} }`):
    // `secret` names the object, as `metadata.name` does in the manifest, and `data` holds its
    // values. Only a hyphenated object name counts (a random or single-word value may be a password).
    if (keys.includes('namespace') && keys.includes('data') && override?.has('secret') !== true) {
      const name = get('secret');
      const data = get('data');
      if (typeof get('namespace') === 'string' && typeof name === 'string' && typeof data === 'object' && data !== null && !Array.isArray(data) && secretObjectName(name)) {
        (override ??= new Map()).set('secret', 'plain').set('data', 'secret');
      }
    }
    // `{ kind: 'user', key: 'usr_…' }`: a feature-flag evaluation context (and a flag) names itself by
    // its `key`; only a typed id (`usr_…`) is taken for one, anything else is still judged as a key.
    if (keys.length <= 16 && keys.includes('kind') && typeof get('kind') === 'string' && KIND_WORD.test(get('kind') as string)) {
      const key = get('key');
      if (typeof key === 'string' && TYPED_ID.test(key) && override?.has('key') !== true) (override ??= new Map()).set('key', 'plain');
    }
    // `{ typeName: 'USER', name: 'jdoe42' }`: an object that says it is a user account.
    for (const k of userTypedFields(keys, get) ?? []) if (override?.has(k) !== true) (override ??= new Map()).set(k, 'name');
    // FHIR HumanName parts, the `name` of a contact row.
    for (const k of personNameFields(keys, get, (key) => this.#classifier.classify(key)) ?? []) if (override?.has(k) !== true) (override ??= new Map()).set(k, 'name');
    // A client handshake (MongoDB `client.driver: { name, version: "4.12.3" }`) names a program by a
    // dotted release number, even under a role that can be a person's (a ride's `driver`). A person
    // record's own `version` is a counter (`version: 7`) and does not count.
    if (keys.length <= 8 && override?.has('name') !== true && typeof get('name') === 'string' && typeof get('version') === 'string' && RELEASE_NUMBER.test(get('version') as string)) {
      (override ??= new Map()).set('name', 'entity');
    }
    // `{ number, holder, exp }`: a card's details logged without the word "card" (a decline dumped
    // under `debug`); the siblings say whose card and until when, so a network-valid number is the PAN.
    // An `invoice.number` has no holder or expiry beside it and stays.
    if (keys.includes('number') && keys.some((k) => CARD_SIBLINGS.has(k))) {
      const v = get('number');
      const digits = typeof v === 'string' ? v.replace(/[ -]/g, '') : typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : '';
      if (isNetworkCardNumber(digits)) (override ??= new Map()).set('number', 'card');
    }
    // An SMS provider's message record (Twilio, Vonage, MessageBird: `to`, `body`,
    // `messagingServiceSid`): `to` is the handset, often written nationally without `+`.
    if (keys.includes('to') && keys.some((k) => SMS_SIBLINGS.has(k)) && override?.has('to') !== true) {
      const v = get('to');
      if (typeof v === 'string' && /^\+?\d[\d -]{6,17}\d$/.test(v)) (override ??= new Map()).set('to', 'phone');
    }
    // A card transaction (`txn: { amount, mcc, authCode: "K7Q2ZD" }`): the issuer's approval code
    // (ISO 8583 field 38, six characters) is a reference of the authorisation the holder never
    // types, not an OAuth or login code; those have no amount or merchant category beside them.
    // A 3-D Secure step-up's one-time code under the same name has its delivery beside it
    // (`channel: "sms"`, `otpSent`): that one the holder typed, and it goes.
    if (keys.length <= 40 && keys.some((k) => PAYMENT_SIBLINGS.has(k)) && !oneTimeSiblings(keys, get)) {
      for (const k of keys) {
        const v = APPROVAL_CODE_NAMES.has(k) && override?.has(k) !== true ? get(k) : undefined;
        if (typeof v === 'string' && isApprovalCode(k, v)) (override ??= new Map()).set(k, 'plain');
      }
    }
    // A WebAuthn client data or options object (`{ type: 'webauthn.get', challenge, origin }`): its
    // random `challenge` is the ceremony's nonce; a bare `ticket` holding a random run is a flow's
    // ticket, not a help-desk number (see sign-in-transactions.ts).
    if (keys.includes('challenge') && override?.has('challenge') !== true) {
      const v = get('challenge');
      if (typeof v === 'string' && isCeremonyChallenge(v) && webAuthnCeremony(keys, get)) (override ??= new Map()).set('challenge', 'secret');
    }
    if (keys.includes('ticket') && override?.has('ticket') !== true) {
      const v = get('ticket');
      if (typeof v === 'string' && isFlowTicket(v)) (override ??= new Map()).set('ticket', 'secret');
    }
    // The code is token-shaped; `code: "invalid_grant"` or `code: 400` of an error answer stays.
    if (keys.includes('code') && keys.some((k) => OAUTH_SIBLINGS.has(k)) && override?.has('code') !== true) (override ??= new Map()).set('code', 'keylike');
    // A second-factor event (`{ event: 'mfa.challenge.verified', method: 'totp', code: '250767' }`):
    // `code` is the one-time code typed in, still valid for its window. Only digits count, so an
    // error's `code: 'invalid_code'` stays; three digits are a status (`code: 404`).
    if (keys.includes('code') && override?.has('code') !== true && secondFactorEvent(keys, get)) {
      const v = get('code');
      if ((typeof v === 'string' && /^\d{4,10}$/.test(v)) || (typeof v === 'number' && Number.isSafeInteger(v) && v >= 1000)) (override ??= new Map()).set('code', 'secret');
    }
    // A Vault KV v2 read (`{ data: { data: {…}, metadata: { version, created_time } } }`): every
    // member of the inner `data` is the stored secret, whatever it is called; the metadata stays.
    if (keys.includes('metadata') && keys.includes('data') && override?.has('data') !== true && kvMetadata(get('metadata'))) {
      const data = get('data');
      if (typeof data === 'object' && data !== null && !Array.isArray(data)) (override ??= new Map()).set('data', 'secret');
    }
    // A mail job `{ template: 'magic-link-v4', link: 'https://…/m/<token>' }`: its plain link is the
    // flow's credential link (see flow-words.ts).
    const mailKey = keys.includes('template') ? 'template' : keys.includes('subject') ? 'subject' : undefined;
    if (mailKey !== undefined) {
      const named = get(mailKey);
      if (typeof named === 'string' && FLOW_MAIL.test(`${mailKey}=${named.slice(0, 60)}`)) {
        for (const k of keys) if (MAIL_LINK_KEYS.has(k) && override?.has(k) !== true) (override ??= new Map()).set(k, 'link');
      }
    }
    const command = get('command') ?? get('name');
    if (typeof command === 'string' && command.toLowerCase() === 'auth' && keys.includes('args')) {
      (override ??= new Map()).set('args', 'secret');
    }
    return override;
  }

  #setEntry(
    out: Record<string, unknown>,
    key: string,
    item: unknown,
    parent: KeyClass,
    depth: number,
    state: WalkState,
    info: KeyInfo = this.#keyInfo(key, state),
  ): void {
    const outKey = info.out;
    if (parent === 'plain' && info.direct && !Array.isArray(item)) {
      // Most entries of a record: a plain or measure key under a plain parent, where every rule
      // below passes the value on unchanged in class (arrays still go the long way: a list under
      // a key naming a place can be coordinates).
      if (typeof item === 'string') {
        out[outKey] = info.label && item.length <= 64 && LABEL_PATH.test(item) && !CREDENTIAL_PATH_HEAD.test(item) ? item : this.#string(item, depth + 1, state);
      } else if (info.cls === 'measure' && typeof item === 'number') {
        out[outKey] = item;
      } else {
        const scrubbed = this.#walk(item, 'plain', depth + 1, state, false, info);
        if (scrubbed !== undefined) out[outKey] = scrubbed;
      }
      return;
    }
    let own = info.cls;
    if (info.table !== undefined && typeof item === 'object' && item !== null && !Array.isArray(item) && own !== 'allow') own = info.table;
    if (parent === 'secret' || own === 'ssn') own = memberClass(own, parent, key, item);
    if (parent === 'secret' && own === 'allow' && typeof item === 'string' && describesCredential(key)) {
      // A describing member (`client_id`, `region`, `type`) stays, but is still scanned as text: an
      // `AWS_ACCESS_KEY_ID` ends in `id` and is a vendor key the scan knows.
      if (outKey !== '__proto__') out[outKey] = this.#string(item, depth + 1, state);
      return;
    }
    // `access_token: "tok_…"`: an object-id shape is no reason to keep an access credential;
    // `dsn: "5.1.1"`: a mail status code, not a data source name (see public-values.ts).
    if (own === 'secret' && typeof item === 'string' && item.length <= 44) {
      const named = keyedPublicValue(item, key);
      if (named !== undefined) {
        if (outKey !== '__proto__') out[outKey] = named ? item : REDACTED;
        return;
      }
    }
    // `recovery: "4k2p9-x7m3q 8c1vd-q0zra"`: the codes a second factor issued, under a bare name.
    if (own === 'plain' && info.recovery && isRecoveryCode(item, key)) own = 'secret';
    if (own === 'namepart' && parent !== 'entity' && changePair(item)) {
      // `diff: { name: ["(unchanged)", "Jane Doe"] }`, `changes.name: [old, new]` (audit and ORM
      // change logs): a field's before and after values, each judged as the field's own value would
      // be. A marker standing in for a value ("(unchanged)", "<removed>") names no one.
      const values = (item as unknown[]).map((v) =>
        typeof v !== 'string' || CHANGE_MARKER.test(v)
          ? v
          : (parent === 'person' && !isSystemAccount(v)) || isPersonName(v)
            ? this.#pseudonyms.pseudonymise('name', v)
            : this.#string(v, depth + 1, state),
      );
      if (outKey !== '__proto__') out[outKey] = values;
      return;
    }
    if (own === 'namepart' && parent !== 'entity' && nameObject(item)) {
      // SCIM's `name: { formatted, givenName, familyName }`: the object is the name, in any script.
      own = 'name';
    } else if (own === 'namepart') {
      // `name` is a person's name inside a person object, and whenever it is shaped like one
      // outside objects that are things (`product.name: "Blue Widget"` stays).
      // A program's account in a person object's name (ECS `user.name: "svc_reports"`, Elastic's
      // built-in `kibana_system`) names no one.
      own =
        (parent === 'person' && !(typeof item === 'string' && isSystemAccount(item))) ||
        (parent !== 'entity' && key === 'name' && typeof item === 'string' && isPersonName(item))
          ? 'name'
          : 'plain';
    }
    // `client_name: "Checkout"` (an OAuth client, RFC 7591 §2), `tenant_name: "orbit-prod"` (a SaaS
    // tenant): roles that applications and organisations fill as often as people do. Only a value
    // shaped like a person's name is taken for one.
    if (own === 'name' && typeof item === 'string' && organisationRoleName(key) && !personShapedName(item)) own = 'plain';
    if ((own === 'name' && repositoryPath(key, item)) || ((parent === 'address' || parent === 'person') && (own === 'plain' || own === 'entity') && info.city && cityName(key, item))) {
      // `repository.full_name: "owner/repo"` names a repository; `address.city` (or its region or
      // country) alone names a place thousands share (the street line beside it stays personal),
      // also as a member of the person record itself (a CRM contact's `city: "São Paulo"`, where
      // the place, written like a given name and a surname, is still no one's name). Scanned like text.
      if (outKey !== '__proto__') out[outKey] = this.#string(item as string, depth + 1, state);
      return;
    }
    // `position: { title, costCenter }` is a job, not a point on a map: its members decide.
    if (own === 'address' && notCoordinates(key, item)) own = 'plain';
    // `selfie_geo: [43.65, -79.41]`: a point on a map under a key naming a place (see coordinatePair).
    if (own !== 'address' && own !== 'secret' && Array.isArray(item) && coordinatePair(key, item)) own = 'address';
    // `track: [[lat, lng, ele], …]`: a recorded route is every place its owner went (see coordinateTrack).
    if (own !== 'secret' && Array.isArray(item) && coordinateTrack(key, item)) own = 'address';
    if (parent === 'person' && own === 'plain' && info.personAccount && typeof item === 'string' && personLogin(item)) {
      // `user: { accountName: "jdoe" }`: the person's login (see personAccountKey).
      if (outKey !== '__proto__') out[outKey] = this.#loginPseudonym(item);
      return;
    }
    if (info.account !== NOT_AN_ACCOUNT && (own === 'plain' || own === 'name' || own === 'person')) {
      // `userId: "jdoe42"`, `username: "system:serviceaccount:ci:builder"`, `accounts: { ad: "jdoe42" }` (see account-fields.ts).
      const login = this.#loginPseudonym;
      const replaced =
        typeof item === 'string'
          ? accountField(info.account, item, own === 'name', login)
          : info.account === ACCOUNT_MAP && typeof item === 'object' && item !== null && !Array.isArray(item) && isPlainObject(item)
            ? accountMap(item as Record<string, unknown>, login)
            : undefined;
      if (typeof replaced === 'string') {
        if (outKey !== '__proto__') out[outKey] = replaced;
        return;
      }
      if (replaced !== undefined) item = replaced;
    }
    if (info.insured && own !== 'secret' && (typeof item === 'string' || typeof item === 'number') && insuredNationalId(String(item))) {
      // `insuranceId: "<BSN>"`: the insured's national number, known by its check digits.
      if (outKey !== '__proto__') out[outKey] = this.#pseudonyms.pseudonymise('ssn', String(item));
      return;
    }
    if (own === 'person' && typeof item === 'string') {
      // `User: "node"`, `actor: "argocd-image-updater"`: a system's or a program's account, kept;
      // `user: "jdoe42"`, `mergedBy: "mkowalski"`: a person's account name.
      // `manager: "李娜"`: a full name in a script the text scan reads no name pair in.
      // `user: "4917612345678"`: a phone number that signs in.
      if (normaliseKeyName(key) === 'user' && internationalNumber(item)) {
        if (outKey !== '__proto__') out[outKey] = this.#pseudonyms.pseudonymise('phone', item);
        return;
      }
      const handle = isSystemAccount(item) ? item : personHandle(key, item) || scriptFullName(item) ? this.#pseudonyms.pseudonymise('name', item) : undefined;
      if (handle !== undefined) {
        if (outKey !== '__proto__') out[outKey] = handle;
        return;
      }
    }
    if (own === 'plain' && info.search && typeof item === 'string') {
      // `query: "sso login Екатерина Смирнова"`: a name typed into a search box (see searchedNameSpan);
      // the rest of the query is scanned like any text.
      const span = searchedNameSpan(item);
      if (span !== undefined) {
        const name = this.#pseudonyms.pseudonymise('name', item.slice(span[0], span[1]));
        const rest = (text: string): string => (text.trim() === '' ? text : this.#string(text, depth + 1, state));
        if (outKey !== '__proto__') out[outKey] = rest(item.slice(0, span[0])) + name + rest(item.slice(span[1]));
        return;
      }
    }
    if ((parent === 'ssn' || parent === 'id') && (own === 'plain' || own === 'entity') && idDocumentLabel(key, item)) {
      // `nationalId: { type: "FI_HETU", value }`: the label says which document, the value is the person's.
      if (outKey !== '__proto__') out[outKey] = item;
      return;
    }
    if (info.server && typeof item === 'string' && SERVER_ADDRESS.test(item)) {
      // The server a browser or client connected to (a CDN edge, an API host) names no visitor.
      if (outKey !== '__proto__') out[outKey] = item;
      return;
    }
    if (own === 'address' && typeof item === 'string' && notAPostcode(key, item)) {
      // `postcode: "PC-96592"`, `zip: "unknown"`: a reference or a placeholder, scanned like text.
      if (outKey !== '__proto__') out[outKey] = this.#string(item, depth + 1, state);
      return;
    }
    if (parent === 'address' && own === 'plain' && FIX_QUALITY_KEYS.has(normaliseKeyName(key)) && (typeof item === 'number' || (typeof item === 'string' && FIX_NUMBER.test(item)))) {
      // `position: { lat, lon, hdop, speed }`: how good the fix was and how the device moved; with
      // the coordinates gone they place no one.
      if (outKey !== '__proto__') out[outKey] = item;
      return;
    }
    if (own === 'measure') {
      if (typeof item === 'number' && parent === 'plain') {
        if (outKey !== '__proto__') out[outKey] = item;
        return;
      }
      own = 'plain';
    }
    // A personal parent (`address: { street, city }`) makes plain children personal too; a card
    // parent makes them card context. Things (`entity`) and versions pass nothing on.
    const inherits = parent !== 'plain' && parent !== 'entity' && parent !== 'version' && parent !== 'keylike' && parent !== 'link';
    // A thing inside a person (`customer.company`) stays a thing; inside an address it is part of it.
    // A person inside a card (`card.holder`) stays a person.
    const cls =
      (own === 'plain' || (own === 'person' && parent !== 'cardctx') || (own === 'entity' && parent !== 'person')) && inherits
        ? parent
        : own;
    const scrubbed =
      info.special !== 0 && own === 'secret' ? this.#special(info.special, item, cls, depth, state, info) : this.#walk(item, cls, depth + 1, state, false, info);
    if (scrubbed === undefined) return;
    if (info.session && typeof scrubbed === 'object' && scrubbed !== null && !Array.isArray(scrubbed)) {
      // `session: { id, createdAt }`: whoever holds a session's id holds the session (express-session,
      // koa-session key their store by it); its describing members stay.
      const record = scrubbed as Record<string, unknown>;
      if (typeof record.id === 'string' && record.id.length > 0) record.id = REDACTED;
    }
    if (info.oauth && typeof scrubbed === 'object' && scrubbed !== null && !Array.isArray(scrubbed)) {
      // `oauth: { code, state }`: the parameters an authorization server sent back to the callback;
      // `code` is the authorization code (RFC 6749 §4.1.2), which buys tokens until used or
      // expired. Only a token-shaped code goes: `code: "invalid_grant"`, `400`, `ECONNRESET` stay.
      const record = scrubbed as Record<string, unknown>;
      if (typeof record.code === 'string' && credentialShaped(record.code)) record.code = REDACTED;
    }
    if (info.ceremony && typeof scrubbed === 'object' && scrubbed !== null && !Array.isArray(scrubbed)) {
      // `webauthn: { challenge }`, `passkey.assertion.challenge`: the ceremony's nonce (see sign-in-transactions.ts).
      const record = scrubbed as Record<string, unknown>;
      if (typeof record.challenge === 'string' && isCeremonyChallenge(record.challenge)) record.challenge = REDACTED;
    }
    if (outKey === '__proto__') {
      // Define, not assign: a "__proto__" key must stay data, never reach the prototype.
      Object.defineProperty(out, outKey, { value: scrubbed, enumerable: true, writable: true, configurable: true });
    } else {
      out[outKey] = scrubbed;
    }
  }

  /**
   * Values under credential names that are not (all) credentials: `usage.tokens: 1532` is a count
   * under a plural credential name; a `cookie` header keeps display preferences (`lang=de-DE`).
   */
  #special(special: number, item: unknown, cls: KeyClass, depth: number, state: WalkState, info: KeyInfo): unknown {
    if (special === SPECIAL_COUNT && ((typeof item === 'number' && Number.isSafeInteger(item)) || isCountObject(item))) return item;
    if (special === SPECIAL_COOKIE && typeof item === 'string') return this.#cookieField(item);
    // Node gives `set-cookie` as a list, one cookie per item.
    if (special === SPECIAL_COOKIE && Array.isArray(item) && item.length <= 64 && item.every((v) => typeof v === 'string')) {
      return item.map((v) => this.#cookieField(v));
    }
    // Error trackers capture parsed cookies: Sentry's `request.cookies` as `{ name: value }` or as
    // `[[name, value]]` pairs. Every value is judged as in a header, whatever its name says
    // (`ajs_anonymous_id`, `_ga` follow a browser across sessions like a session id).
    if (special === SPECIAL_COOKIE && isCookieObject(item)) {
      const jar: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(item)) {
        // Define, not assign: a "__proto__" cookie name must stay data.
        Object.defineProperty(jar, name, { value: this.#cookieValue(name, value), enumerable: true, writable: true, configurable: true });
      }
      return jar;
    }
    if (special === SPECIAL_COOKIE && isCookiePairs(item)) return item.map(([name, value]) => [name, this.#cookieValue(name, value)]);
    if (special === SPECIAL_COOKIE && item instanceof Map && item.size > 0 && item.size <= MAX_COOKIES && [...item].every(([k, v]) => typeof k === 'string' && typeof v === 'string')) {
      return new Map([...(item as Map<string, string>)].map(([name, value]) => [name, this.#cookieValue(name, value)]));
    }
    return this.#walk(item, cls, depth + 1, state, false, info);
  }

  /** One parsed cookie's value: what {@link scrubCookieField} leaves of `name=value`. */
  #cookieValue(name: string, value: string): string {
    const scrubbed = this.#cookieField(`${name}=${value}`);
    return scrubbed.startsWith(`${name}=`) ? scrubbed.slice(name.length + 1) : REDACTED;
  }

  #cookieField(item: string): string {
    const cached = this.#cookieCache.get(item);
    if (cached !== undefined) return cached;
    const scrubbed = scrubCookieField(item, REDACTED);
    if (item.length <= CACHEABLE_LENGTH) this.#cookieCache.set(item, scrubbed);
    return scrubbed;
  }

  #map(map: Map<unknown, unknown>, cls: KeyClass, depth: number, state: WalkState): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of map) {
      if (state.nodes >= this.#maxNodes) {
        out['[Truncated]'] = `${map.size} entries`;
        break;
      }
      state.nodes++;
      const key = typeof k === 'string' ? k : typeof k === 'object' && k !== null ? '[object]' : String(k);
      this.#setEntry(out, key, v, cls, depth, state);
    }
    return out;
  }

  #error(err: Error, cls: KeyClass, depth: number, state: WalkState): Record<string, unknown> {
    const read = (name: string): unknown => {
      try {
        return (err as unknown as Record<string, unknown>)[name];
      } catch {
        return '[Unreadable]';
      }
    };
    const out: Record<string, unknown> = { type: errorClassName(err) };
    const message = read('message');
    out.message = typeof message === 'string' ? this.#string(message, depth, state) : this.#walk(message, cls, depth + 1, state, false);
    const stack = read('stack');
    if (typeof stack === 'string') out.stack = this.#string(stack, depth, state);
    let keys: string[] = [];
    try {
      keys = Object.keys(err);
    } catch {
      // Proxy without ownKeys: keep type/message/stack only.
    }
    for (const key of keys) {
      if (key === 'message' || key === 'stack' || key === 'type') continue;
      if (state.nodes >= this.#maxNodes) break;
      state.nodes++;
      this.#setEntry(out, key, read(key), cls, depth, state);
    }
    const cause = read('cause');
    if (cause !== undefined && !keys.includes('cause')) this.#setEntry(out, 'cause', cause, cls, depth, state);
    if (err instanceof AggregateError && !keys.includes('errors')) {
      this.#setEntry(out, 'errors', read('errors'), cls, depth, state);
    }
    return out;
  }

  /** Class and output form of a key, memoised: keys repeat on every record. */
  #keyInfo(key: string, state: WalkState): KeyInfo {
    let info = this.#keyCache.get(key);
    if (info === undefined) {
      // Object keys are data too (a map keyed by email, IP or API key): every key is scanned
      // (short identifiers fall through the scanner's feature check at once).
      const cls = this.#classifier.classify(key);
      const out = key.length >= 16 && credentialShaped(key) && !wordBuiltKey(key) ? REDACTED : this.#string(key, this.#maxDepth, state);
      const account = accountKey(key);
      const table = this.#classifier.tableValueClass(key);
      const recovery = RECOVERY_NAMES.has(key);
      const norm = normaliseKeyName(key);
      const session = SESSION_OBJECTS.has(norm);
      const oauth = OAUTH_PARENTS.has(norm);
      const ceremony = CEREMONY_PARENTS.has(norm);
      const search = SEARCH_FIELDS.has(key);
      const server = SERVER_ADDRESS_KEYS.has(norm);
      const words = keyWords(key);
      // A number under an identity document's key is as much a national id by its check digits.
      const insured = insuredIdKey(words) || documentIdKey(words);
      info = {
        cls,
        special: cls !== 'secret' ? 0 : isCookieHeader(key) ? SPECIAL_COOKIE : isCountName(key) ? SPECIAL_COUNT : 0,
        out,
        account,
        labels: LABEL_LIST_KEYS.has(norm),
        table,
        recovery,
        personAccount: personAccountKey(key),
        session,
        oauth,
        ceremony,
        city: isCityKey(key),
        search,
        server,
        insured,
        direct:
          (cls === 'plain' || cls === 'measure') && table === undefined && !recovery && account === NOT_AN_ACCOUNT && !search && !session && !oauth && !ceremony && !server && !insured && out !== '__proto__',
        label: LABEL_KEYS.has(key),
        plan: undefined,
      };
      this.#keyCache.set(key, info);
    }
    return info;
  }

  /** `original` is the number itself (kept when not personal), undefined for a BigInt (written as digits). */
  #number(digits: string, cls: KeyClass, original: number | undefined): unknown {
    if (isScannedClass(cls)) {
      // A card stored as a number under a key about cards; elsewhere a Luhn-valid integer is an id
      // (Luhn passes one random number in ten).
      if (cls === 'cardctx' && digits.length >= 13 && isCardNumber(digits)) return this.#pseudonyms.pseudonymise('card', digits);
      if (original !== undefined) return original;
      const asNumber = Number(digits);
      return Number.isSafeInteger(asNumber) ? asNumber : digits;
    }
    if (cls === 'secret') return REDACTED;
    return this.#pseudonyms.pseudonymise(cls, digits);
  }

  #leafString(value: string, cls: KeyClass, depth: number, state: WalkState): string {
    switch (cls) {
      case 'plain':
      case 'measure':
      case 'namepart':
      case 'entity':
        return this.#string(value, depth, state);
      case 'person':
        // `author: "Jane Doe"`, `assignee: "이서연"`: a person's name given as the whole value.
        // `customer: "Acme Insurance"`, `tenant: "Initech Logistics"`: a firm fills the role, and stays.
        if ((isPersonName(value) || capitalsName(value)) && !organisationName(value)) return this.#pseudonyms.pseudonymise('name', value);
        // `shipping: "Lindenring 17, 40231 Düsseldorf"`: where the person lives or receives goods.
        if (streetLine(value)) return this.#pseudonyms.pseudonymise('address', value);
        // `contact: "0177 74305574"`: how to reach the person.
        return phoneShaped(value) ? this.#pseudonyms.pseudonymise('phone', value) : this.#string(value, depth, state);
      case 'keylike':
        // `key: "profile-cache:<uuid>"`: a cache's lookup key, not a credential (see key-names.ts).
        return credentialShaped(value) && !isNamespacedLookupKey(value) ? REDACTED : this.#string(value, depth, state);
      case 'link': {
        // `resetUrl: "https://…/r/<token>"`: the token goes, the rest is scanned (see credential-links.ts).
        const spans = value.includes('://') ? namedLinkSpans(value) : [];
        return spans.length === 0 ? this.#string(value, depth, state) : this.#string(replaceSpans(value, spans, REDACTED), depth, state);
      }
      case 'version':
        return VERSION_SHAPE.test(value) ? value : this.#string(value, depth, state);
      case 'cardctx': {
        const digits = value.replace(/[ -]/g, '');
        if (/^\d{13,19}$/.test(digits) && isCardNumber(digits)) return this.#pseudonyms.pseudonymise('card', value);
        return this.#string(value, depth, state);
      }
      case 'allow':
        return value;
      case 'secret':
        if (isCredentialSetting(value) || isSecretReference(value) || isPublicValue(value)) return value;
        if (isSshKeyWithLogin(value)) return this.#string(value, depth, state);
        // An otpauth URI: its `secret` parameter is the seed and goes with the query-parameter rule.
        if (value.startsWith('otpauth://')) return this.#string(value, depth, state);
        // A key file or credential object serialised into the string (`credentials: "{\"type\":…}"`,
        // as SDKs log the env var they failed to load): judged member by member like the same object,
        // so its project and client ids stay while the key and unknown members go. Anything that is
        // not a whole JSON object still goes whole.
        if (value.charCodeAt(0) === 123 && value.charCodeAt(value.length - 1) === 125) {
          const doc = serialisedDocument(value, this.#maxString);
          const walked = doc === undefined ? undefined : this.#walk(doc, 'secret', depth + 1, state, false);
          // A document cut short by the node or depth budget comes back as a marker: it goes whole.
          if (typeof walked === 'object' && walked !== null) return JSON.stringify(walked);
        }
        // Userinfo needs an `@`, a key list a `=`: most tokens have neither and skip the regex.
        return (value.includes('@') || value.includes('=')) && CONNECTION_STRING.test(value) ? this.#connectionString(value, depth, state) : REDACTED;
      case 'email': {
        // Users recur: one lookup replaces the mailbox checks and the pseudonym cache's own.
        let token = this.#emails.get(value);
        if (token === undefined) {
          // `recipient: { photo: "s3://…/<uuid>.jpg" }`: a stored file under a key the person's
          // mailbox is named by says where a blob lies (see stored-files.ts); scanned like text.
          token =
            isServiceMailbox(value) || value.length === 0
              ? value
              : generatedFilePath(value)
                ? this.#string(value, depth, state)
                : this.#pseudonyms.pseudonymise(cls, value.slice(0, this.#maxString));
          if (value.length <= CACHEABLE_LENGTH) this.#emails.set(value, token);
        }
        return token;
      }
      case 'ip':
        return this.#address(value, depth, state);
      case 'name':
        // Digits alone are no one's name: under `username`/`login` they are an account or instance
        // number (Grafana Cloud, Prometheus remote-write), an id like `userId: 730418`, which stays.
        // Scanned as text so checksummed numbers (cards, national ids) are still caught.
        // Ten digits and more are a phone number that signs in (services that log in by phone).
        if (PHONE_LOGIN.test(value)) return this.#pseudonyms.pseudonymise('phone', value);
        if (ACCOUNT_NUMBER.test(value)) return this.#string(value, depth, state);
        // `cardholder: { photoUrl: "/img/avatar-default.png" }`: the same picture for everyone.
        if (value.length <= 300 && PLACEHOLDER_ASSET.test(value) && !pathUnderName(value)) return value;
        // `signer: { photo: "s3://…/<uuid>.jpg" }`: a file named by an id (see stored-files.ts).
        if (generatedFilePath(value)) return this.#string(value, depth, state);
        return value.length === 0 ? value : this.#pseudonyms.pseudonymise(cls, value.slice(0, this.#maxString));
      case 'iban':
        // `iban: { from: "****4417" }`: a display mask of the old account, its last digits only.
        if (isMaskedNumber(value)) return value;
        return value.length === 0 ? value : this.#pseudonyms.pseudonymise(cls, value.slice(0, this.#maxString));
      default:
        return value.length === 0 ? value : this.#pseudonyms.pseudonymise(cls, value.slice(0, this.#maxString));
    }
  }

  /**
   * A connection string under a credential name (`ConnectionString`, `DATABASE_URL`): the host and
   * database are what an operator needs, so it is scanned like text, which removes the password.
   * Scanned to no change, it held no recognisable password field and goes whole.
   */
  #connectionString(value: string, depth: number, state: WalkState): string {
    const scanned = this.#string(value, depth, state);
    return scanned === value ? REDACTED : scanned;
  }

  /** Scans a string: JSON inside it structurally, the rest as text; bounded and cached. */
  #string(value: string, depth: number, state: WalkState): string {
    if (value.length < 3) return value;
    // Request/trace ids: unique per record, so caching them would only evict useful entries.
    if (value.length === 36 && isUuid(value)) return value;
    // Keys are scanned as plain text (depth = maxDepth, no JSON path): their results are not shared.
    const cacheable = value.length <= CACHEABLE_LENGTH && depth < this.#maxDepth;
    if (cacheable) {
      const cached = this.#textCache.get(value);
      if (cached !== undefined) return cached;
    }
    // Kept apart from the cache hit above, so that hit is small enough for V8 to inline at its callers.
    return this.#uncachedString(value, depth, state, cacheable);
  }

  #uncachedString(value: string, depth: number, state: WalkState, cacheable: boolean): string {
    if (isPublicValue(value)) return value;
    // A whole value in base64 (a cookie, a `state` parameter) can hide JSON or a form body.
    // URL paths (`/api/v2/orders/17`) share the alphabet: skip them without decoding.
    if (value.length >= 16 && value.length <= CACHEABLE_LENGTH && value.charCodeAt(0) !== 47 && BASE64.test(value)) {
      const result = this.#base64(value, depth, state);
      if (result !== undefined) {
        if (cacheable) this.#textCache.set(value, result);
        return result;
      }
    }
    // Short strings: one pass over the characters usually shows that no detector can match
    // (then neither could the JSON path find anything).
    if (value.length <= SHORT_STRING && !this.#scanner.mayMatch(value)) {
      this.#textCache.set(value, value);
      return value;
    }
    // The per-record budget: past it nothing more is scanned, and nothing unscanned is shipped.
    if (state.chars + Math.min(value.length, this.#maxString) > this.#maxChars) return '[Truncated]';
    let text = value;
    let suffix = '';
    if (text.length > this.#maxString) {
      const { kept, dropped } = truncate(text, this.#maxString);
      text = kept;
      suffix = `…[truncated ${dropped} chars]`;
    }
    state.chars += text.length;
    const result = this.#jsonOrText(text, depth, state) + suffix;
    if (cacheable) this.#textCache.set(value, result);
    return result;
  }

  /**
   * If `value` decodes to printable text whose scrubbed form differs, the scrubbed text encoded
   * again the same way; undefined when there is nothing to hide (ids, hashes, binary data).
   */
  #base64(value: string, depth: number, state: WalkState): string | undefined {
    if (depth >= this.#maxDepth) return undefined;
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    if (decoded.length < 8 || !PRINTABLE.test(decoded)) return undefined;
    const scrubbed = this.#string(decoded, depth + 1, state);
    if (scrubbed === decoded) return undefined;
    const urlSafe = value.includes('-') || value.includes('_');
    return Buffer.from(scrubbed).toString(urlSafe ? 'base64url' : 'base64');
  }

  #jsonOrText(text: string, depth: number, state: WalkState): string {
    const first = text.charCodeAt(0);
    const last = text.charCodeAt(text.length - 1);
    // '{…}', '[…]' or '"…"' (JSON encoded twice): parse, scrub structurally, re-serialise.
    if (
      depth < this.#maxDepth &&
      ((first === 123 && last === 125) || (first === 91 && last === 93) || (first === 34 && last === 34))
    ) {
      let parsed: unknown;
      let ok = false;
      try {
        parsed = JSON.parse(text);
        ok = true;
      } catch {
        // Not JSON after all: scanned as text below.
      }
      if (ok) {
        const scrubbed =
          typeof parsed === 'string'
            ? this.#string(parsed, depth + 4, state)
            : this.#walk(parsed, 'plain', depth + 1, state, true);
        return JSON.stringify(scrubbed) ?? 'null';
      }
    }
    return this.#scanner.scan(text);
  }
}

// A field name built of words: `processingTimeMS` (camel words and a trailing unit or acronym),
// `cognito:username` (a namespace prefix). Long enough and mixed enough to pass for a random token,
// but every part reads as a word, and a random string almost never splits that way.
const KEY_PART = /^[A-Z]?[a-z]{2,}$/;
function wordBuiltKey(key: string): boolean {
  if (!/^[A-Za-z]+(?:[:_.-][A-Za-z]+)*$/.test(key)) return false;
  const parts = key.split(/[:_.-]|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/);
  if (parts.length < 2) return false;
  return parts.every((w, i) => (KEY_PART.test(w) && /[aeiouy]/i.test(w)) || (i === parts.length - 1 && /^[A-Z]{1,4}$/.test(w)));
}

/**
 * Builds a scrubber: removes secrets and pseudonymises personal data in log records.
 * All patterns, key sets and keys are prepared here, once.
 * @example
 * const scrubber = createScrubber({ keys: [{ id: 'k1', secret: Buffer.from(process.env.LOG_KEY!, 'hex') }] });
 * scrubber.scrub({ email: 'Ann@example.com', password: 'x' });
 * // { email: '<email:k1:…>', password: '[REDACTED]' }
 */
export function createScrubber(options: ScrubberOptions = {}): Scrubber {
  return new ScrubberImpl(options);
}

/** A scrubber as given, or one made from options (the `scrubber` option of the adapters). */
export function toScrubber(value: Scrubber | ScrubberOptions | undefined): Scrubber {
  if (value !== undefined && typeof (value as Partial<Scrubber>).scrub === 'function') return value as Scrubber;
  return createScrubber(value as ScrubberOptions | undefined);
}

// A GNSS fix's quality and motion beside its coordinates: dilution of precision (NMEA GSA), the
// receiver's accuracy estimate, speed, heading, altitude and the satellites in view.
const FIX_QUALITY_KEYS = new Set([
  'hdop', 'vdop', 'pdop', 'gdop', 'tdop', 'accuracy', 'horizontalaccuracy', 'verticalaccuracy', 'hacc', 'vacc',
  'speed', 'heading', 'bearing', 'course', 'altitude', 'alt', 'sats', 'satellites', 'numsats', 'fixtype', 'fixquality',
]);
const FIX_NUMBER = /^-?\d{1,6}(?:\.\d{1,6})?$/;

// Where HAR (`serverIPAddress`), proxies and load balancers record the server's end of a request.
const SERVER_ADDRESS_KEYS = new Set(['serveripaddress', 'serverip', 'serveraddress', 'serveraddr', 'upstreamip', 'upstreamaddr', 'upstreamaddress', 'backendip']);
// An IPv4 or IPv6 literal (HAR brackets an IPv6 one), nothing else: other values are scanned as usual.
const SERVER_ADDRESS = /^(?:(?:\d{1,3}\.){3}\d{1,3}|\[?[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}\]?)$/;

/** Whether an object's keys or short string values speak of a one-time code's delivery (see oneTimeFlow). */
function oneTimeSiblings(keys: readonly string[], get: (k: string) => unknown): boolean {
  for (const k of keys) {
    if (oneTimeFlow(k)) return true;
    const v = get(k);
    if (typeof v === 'string' && v.length <= 40 && oneTimeFlow(v)) return true;
  }
  return false;
}

/** Whether a `{ name, value }` pair names a cookie header (`Set-Cookie`, `Cookie`). */
function pairNamesCookie(record: Record<string, unknown>): boolean {
  const label = PAIR_NAMES.find((k) => typeof safeGet(record, k) === 'string');
  return label !== undefined && isCookieHeader(safeGet(record, label) as string);
}

// A URL with user information (`scheme://user:pw@host`), an ADO.NET/ODBC key list or a JDBC query with a password field,
// or an Azure key list (IoT Hub `HostName=…;DeviceId=…;SharedAccessKey=…`, Service Bus, Storage's `AccountKey`).
const CONNECTION_STRING = /^[a-z][\w+.-]{1,30}:\/\/[^\s/@:]{0,256}:[^\s@]{0,512}@|(?:^|[;?&])[ \t]*(?:password|pwd|sharedaccesskey|accountkey)[ \t]*=/i;

const MEMBER_DIGEST = /^[0-9a-f]{32,128}$/i;
const DIGEST_NAME = /(?:^|[._-])(?:sha(?:1|256|384|512)|md5|checksum|digest)$/i;
// A digest of what a person chose (a password, a PIN, a security answer) is as good as the value:
// unsalted, a dictionary or all 10^4 PINs reverse it. Only digests of generated content stay.
const CHOSEN_SECRET_DIGEST = /pass|pwd|pin(?![a-z])|answer|phrase|otp/i;
const KEY_FINGERPRINT = /^(?:SHA256:[A-Za-z0-9+/]{43}=?|MD5(?::[0-9a-f]{2}){16}|(?:0x)?[0-9A-F]{40})$/;

/**
 * The class of a member whose own class needs the value or the parent: inside a credential
 * document (`credentials: {…}`) its id, type or issuer stays and the rest is the credential; a
 * twelve-character `rrn` is a card network's retrieval reference, not a resident number.
 */
function memberClass(own: KeyClass, parent: KeyClass, key: string, item: unknown): KeyClass {
  if (parent === 'secret' && isScannedClass(own) && own !== 'person') {
    // The fingerprint of a key (`deploy_key.fingerprint: "SHA256:…"`) is a hash of its public half:
    // it identifies the key and reveals nothing of it. Only the shapes OpenSSH and OpenPGP print.
    if (typeof item === 'string' && KEY_FINGERPRINT.test(item) && /fingerprint$/i.test(key)) return 'allow';
    // A digest of another member (`tls.crt.sha256`, `ca.md5`) names content, as a fingerprint
    // does: a hex string of a digest's length under a name that ends in its algorithm.
    if (typeof item === 'string' && MEMBER_DIGEST.test(item) && DIGEST_NAME.test(key) && !CHOSEN_SECRET_DIGEST.test(key) && [32, 40, 64, 96, 128].includes(item.length)) return 'allow';
    return describesCredential(key) ? 'allow' : 'secret';
  }
  if (own === 'ssn' && typeof item === 'string' && isRetrievalReference(key, item)) return 'plain';
  // passport.js keeps the signed-in user under `session.passport.user`: an authentication library's
  // slot, not a travel document. Its members are judged by their own names.
  if (own === 'ssn' && typeof item === 'object' && item !== null && !Array.isArray(item) && normaliseKeyName(key) === 'passport' && Object.prototype.hasOwnProperty.call(item, 'user')) return 'plain';
  return own;
}

/** The plain, non-empty JSON object `value` holds, if it is one (and within the string limit). */
function serialisedDocument(value: string, limit: number): Record<string, unknown> | undefined {
  if (value.length > limit) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || Object.keys(doc).length === 0) return undefined;
  return doc as Record<string, unknown>;
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && !('toJSON' in value);
}

// Fields holding what a person typed into a search box.
const SEARCH_FIELDS: ReadonlySet<string> = new Set(['q', 'query', 'search', 'searchTerm', 'search_term', 'searchQuery', 'search_query', 'searchText', 'term', 'keyword', 'keywords']);

const ORGANISATION_ROLES = new Set(['client', 'tenant']);

/** `client_name`, `tenantName`: the name of a role filled by applications and organisations as well as people. */
function organisationRoleName(key: string): boolean {
  const words = keyWords(key);
  return words.length === 2 && words[1] === 'name' && ORGANISATION_ROLES.has(words[0]!);
}

const SENDER_PREFIX = /^([^:\n]{2,60}): \S/;

/**
 * The sender before a message preview, when it reads as a person's full name or a family name
 * alone; undefined for a heading (`Flash Sale: …`, `Order Update: …`, `Reminder: …`).
 */
function notificationSender(body: string): string | undefined {
  const name = SENDER_PREFIX.exec(body)?.[1];
  if (name === undefined) return undefined;
  if (/^[\x20-\x7E\u00C0-\u024F]+$/.test(name)) {
    // A program reporting through a chat bridge (`Jenkins: build 412 passed`) is no sender.
    if (!name.includes(' ')) return loneFamilyName(name) && !isSystemAccount(name.toLowerCase()) ? name : undefined;
    return isPersonName(name) && nameBeforeVerb(name) && cuedNameWords(name) ? name : undefined;
  }
  return searchedName(name) ? name : undefined;
}

// What delivery, ride and dating apps push about the person on the other side, by given name:
// "… is 4 min away", "… is on the way", "… sent you …", "… accepted your …", "… arrived", "… liked your …".
const ACTOR_PHRASE = /^([^\s:,]{2,31}) (?:is (?:\d{1,3} ?(?:min|mins|minutes)(?: away)?|on (?:the|their|his|her) way|nearby|outside|arriving|here|calling|typing)|sent you|messaged you|accepted|arrived|liked|loved|replied|matched with you|wants to)(?![\w\u00C0-\u024F])/;

/** A listed given name or a family name opening a notification before what that person is doing. */
function notificationActor(body: string): string | undefined {
  const name = ACTOR_PHRASE.exec(body)?.[1];
  return name !== undefined && (GIVEN_NAMES.has(name) || (loneFamilyName(name) && !isSystemAccount(name.toLowerCase()))) ? name : undefined;
}

/** A full name, a name in capitals, or a lone given name (`Tomasz`). */
function personShapedName(value: string): boolean {
  return isPersonName(value) || capitalsName(value) || GIVEN_NAMES.has(value.trim());
}

// VAT numbers are issued to businesses (EU VAT Directive art. 214; the UK, Swiss and Norwegian
// registers follow it): a country prefix and up to 13 characters. An Irish or Spanish VAT number
// of a sole trader is their personal tax number with the prefix, so the object must say it is a firm's.
const VAT_NUMBER = /^(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|GR|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI|GB|CH|NO)(?=[0-9A-Z+*]*\d)[0-9A-Z+*]{2,13}(?:MWST|TVA|IVA|MVA)?$/;
const TAX_ID_KEYS = new Set(['taxid', 'tin', 'vat', 'vatid', 'vatnumber', 'vatno', 'vatnr', 'vatregistrationnumber', 'ustidnr', 'ustid']);
const PARTY_TYPE_KEYS = ['type', 'kind', 'customerType', 'customer_type', 'entityType', 'entity_type', 'businessType', 'business_type', 'partyType', 'party_type', 'legalForm', 'legal_form', 'accountType', 'account_type'];
// Stripe's tax id object (`{ type: "eu_vat", value }`) and the like name the register in `type`.
const BUSINESS_TYPE = /^(?:company|business|corporation|corporate|organi[sz]ation|enterprise|b2b|legal[_ -]?entity|merchant|gmbh|ag|ltd|limited|llc|inc|plc|sa|sas|sarl|srl|spa|bv|nv|[a-z]{2}_vat|eu_oss_vat|vat)$/i;
// A sole trader's or a private customer's tax number is the person's own.
const PERSON_TYPE = /individual|sole[_ -]?(?:trader|proprietor(?:ship)?)|aut[oó]nomo|freelanc|self[_ -]?employed|natural[_ -]?person|private|consumer|b2c|einzelunternehm|micro[_ -]?entrepreneur|auto[_ -]?entrepreneur/i;

/** The keys of an object holding a firm's VAT number: the object's type says it is a business. */
function businessVatFields(keys: readonly string[], get: (key: string) => unknown): string[] {
  if (keys.length > 24) return [];
  const types = PARTY_TYPE_KEYS.filter((k) => keys.includes(k)).map((k) => get(k)).filter((v): v is string => typeof v === 'string');
  if (types.some((t) => PERSON_TYPE.test(t)) || !types.some((t) => BUSINESS_TYPE.test(t.trim()))) return [];
  const vatType = types.some((t) => /vat$/i.test(t.trim()));
  return keys.filter((k) => {
    const v = get(k);
    if (typeof v !== 'string' || !VAT_NUMBER.test(v.replace(/[\s.-]/g, '').toUpperCase())) return false;
    return TAX_ID_KEYS.has(normaliseKeyName(k)) || (vatType && (k === 'value' || k === 'id' || k === 'number'));
  });
}

// A CloudTrail event of AWS Secrets Manager (`GetSecretValue`, `PutSecretValue`, `CreateSecret`):
// `requestParameters.secretId` and `name` say which secret was read or written, as its ARN does;
// the value itself (`secretString`, `secretBinary`) is still the secret. CloudTrail never logs it
// for these calls, but an application that mirrors the request may.
const SECRET_REFERENCE_KEYS = new Set(['secretId', 'SecretId', 'name', 'Name', 'arn', 'ARN', 'secretArn', 'SecretArn']);
// The keys without which no member rule of #object changes anything: a party's type
// (businessVatFields), the `From` of an SMS form, a secret's reference (a Secrets Manager call),
// and `query` (bindings).
const MEMBER_RULE_KEYS: ReadonlySet<string> = new Set([...PARTY_TYPE_KEYS, 'From', ...SECRET_REFERENCE_KEYS, 'query']);
const CALL_PARTS = ['requestParameters', 'responseElements'];

/** Whether `obj` is the request or response of a Secrets Manager call in a CloudTrail event. */
function secretsManagerCall(obj: object, ancestors: readonly object[]): boolean {
  const parent = ancestors.length >= 2 ? (ancestors[ancestors.length - 2] as Record<string, unknown>) : undefined;
  if (parent === undefined || Array.isArray(parent)) return false;
  try {
    return parent['eventSource'] === 'secretsmanager.amazonaws.com' && CALL_PARTS.some((k) => parent[k] === obj);
  } catch {
    return false;
  }
}

// An SMS sent through a provider's REST API (Twilio `POST …/Accounts/AC…/Messages.json`, Vonage
// `POST …/sms/json`): the form's `From` is the sender the business rented (a number, short code or
// alphanumeric sender id), the `To` is the person. Only when the record shows the outbound request:
// in an inbound webhook or a conversation log `From` is the person who wrote.
const OUTBOUND_MESSAGE_CALL = /^POST[ \t]+https?:\/\/[^\s?#]+\/(?:Messages\.json|sms\/json)(?:[?#\s]|$)/;

/** Whether the object holding `To`/`From` is the form of an outbound message API call. */
function outboundMessageRequest(record: Record<string, unknown>, ancestors: readonly object[]): boolean {
  const own = ancestors.length >= 1 ? ancestors[ancestors.length - 1] : undefined;
  const parent = ancestors.length >= 2 ? (ancestors[ancestors.length - 2] as Record<string, unknown>) : undefined;
  const candidates = own === record && parent !== undefined && !Array.isArray(parent) ? [record, parent] : [record];
  try {
    return candidates.some((o) => Object.keys(o).some((k) => { const v = o[k]; return typeof v === 'string' && v.length < 512 && OUTBOUND_MESSAGE_CALL.test(v); }));
  } catch {
    return false;
  }
}
