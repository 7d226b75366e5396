import { hasDuplicateMemberNames } from './json-duplicates.js';
import { KID_PATTERN, MAX_KID_LENGTH, VERSION_1_TOKEN_TYPES } from './constants.js';

/** Why a raw token failed the pre-checks; mapped to an {@link InvalidTokenError} code by the caller. */
export class PrecheckFailure extends Error {
  constructor(
    readonly kind: 'too-large' | 'malformed' | 'header' | 'version',
    message: string,
  ) {
    super(message);
  }
}

/** What the pre-checks enforce: size cap, exact `typ`, enabled algorithms. */
export interface PrecheckOptions {
  readonly maxTokenBytes: number;
  readonly typ: string;
  readonly algorithms: ReadonlySet<string>;
}

interface PrecheckedHeader {
  readonly header: Readonly<Record<string, unknown>>;
  readonly kid: string;
  readonly alg: string;
}

/**
 * Remembers protected-header segments that already passed {@link precheckToken}
 * with one set of options. A caller signs every token with the same header
 * (`alg`, `typ`, `kid`), so its segment repeats byte for byte: the result is a
 * pure function of that string and skipping the base64url/JSON/duplicate-name
 * work on a hit cannot change any decision. Only passing headers are stored and
 * the map is bounded (cleared when full), so a flood of distinct headers costs
 * nothing but misses.
 */
export class PrecheckedHeaderCache {
  readonly #entries = new Map<string, PrecheckedHeader>();
  readonly #maxEntries: number;

  constructor(maxEntries = 256) {
    this.#maxEntries = maxEntries;
  }

  get(segment: string): PrecheckedHeader | undefined {
    return this.#entries.get(segment);
  }

  set(segment: string, header: PrecheckedHeader): void {
    if (this.#entries.has(segment)) return;
    if (this.#entries.size >= this.#maxEntries) this.#entries.clear();
    this.#entries.set(segment, header);
  }
}

export interface PrecheckedToken {
  readonly header: Readonly<Record<string, unknown>>;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly kid: string;
  readonly alg: string;
}

/**
 * Header members a token may never carry. `jku`/`x5u` name a URL to fetch keys
 * from and `jwk`/`x5c` embed a key: each lets the token choose the key that
 * verifies it. `crit` asks us to understand extensions we do not implement, and
 * `b64`/`zip` change how the payload is read.
 */
const FORBIDDEN_HEADER_MEMBERS = ['crit', 'jku', 'x5u', 'x5c', 'jwk', 'b64', 'zip', 'enc'] as const;

const BASE64URL = /^[A-Za-z0-9_-]+$/;
// Last character of a canonical encoding whose final group has 2 (resp. 3)
// characters: the unused low bits must be zero (RFC 4648 §3.5).
const CANONICAL_LAST_OF_2 = /[AQgw]$/;
const CANONICAL_LAST_OF_3 = /[AEIMQUYcgkosw048]$/;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Strict base64url (RFC 7515 §2: no padding, no `+` or `/`, canonical trailing bits). */
export function isCanonicalBase64url(segment: string): boolean {
  if (!BASE64URL.test(segment)) return false;
  switch (segment.length % 4) {
    case 1:
      return false;
    case 2:
      return CANONICAL_LAST_OF_2.test(segment);
    case 3:
      return CANONICAL_LAST_OF_3.test(segment);
    default:
      return true;
  }
}

function decodeJsonObject(segment: string, what: string): Record<string, unknown> {
  if (!isCanonicalBase64url(segment)) throw new PrecheckFailure('malformed', `${what} is not canonical base64url`);
  let text: string;
  try {
    text = utf8.decode(Buffer.from(segment, 'base64url'));
  } catch {
    throw new PrecheckFailure('malformed', `${what} is not UTF-8`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new PrecheckFailure('malformed', `${what} is not JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PrecheckFailure('malformed', `${what} is not a JSON object`);
  }
  if (hasDuplicateMemberNames(text, value)) throw new PrecheckFailure('malformed', `${what} has duplicate member names`);
  return value as Record<string, unknown>;
}

/**
 * Cheap structural checks on an untrusted compact JWS before jose sees it.
 * Nothing here trusts the token: it rejects shapes that jose would accept but
 * that are ambiguous, oversized or let the token pick its own key, and it
 * extracts `kid` and `iss` only to choose which of our keys jose verifies with.
 */
export function precheckToken(token: string, options: PrecheckOptions, headerCache?: PrecheckedHeaderCache): PrecheckedToken {
  // Token characters are checked to be ASCII below, so length equals byte length.
  if (token.length > options.maxTokenBytes) throw new PrecheckFailure('too-large', `token is ${token.length} bytes, limit ${options.maxTokenBytes}`);
  const parts = token.split('.');
  if (parts.length !== 3) throw new PrecheckFailure('malformed', `token has ${parts.length} segments, expected 3`);
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  if (signaturePart.length === 0) throw new PrecheckFailure('malformed', 'signature segment is empty');
  if (!isCanonicalBase64url(signaturePart)) throw new PrecheckFailure('malformed', 'signature is not canonical base64url');
  let checked = headerCache?.get(headerPart);
  if (checked === undefined) {
    checked = checkHeader(headerPart, options);
    headerCache?.set(headerPart, checked);
  }
  const payload = decodeJsonObject(payloadPart, 'payload');
  return { header: checked.header, payload, kid: checked.kid, alg: checked.alg };
}

function checkHeader(headerPart: string, options: PrecheckOptions): PrecheckedHeader {
  const header = decodeJsonObject(headerPart, 'header');
  for (const member of FORBIDDEN_HEADER_MEMBERS) {
    if (Object.hasOwn(header, member)) throw new PrecheckFailure('header', `header member "${member}" is not allowed`);
  }
  const { alg, typ, kid } = header;
  if (typeof alg !== 'string' || !options.algorithms.has(alg)) throw new PrecheckFailure('header', `alg ${JSON.stringify(alg)} is not allowed`);
  // Exact match: jose's `typ` option also accepts "application/" prefixes and any case.
  if (typ !== options.typ) {
    // A peer speaking protocol version 1 gets told so, instead of a bare "invalid token".
    if (typeof typ === 'string' && VERSION_1_TOKEN_TYPES.has(typ)) throw new PrecheckFailure('version', `typ ${JSON.stringify(typ)} is protocol version 1; version 2 expects "${options.typ}"`);
    throw new PrecheckFailure('header', `typ ${JSON.stringify(typ)} is not "${options.typ}"`);
  }
  if (typeof kid !== 'string' || kid.length === 0 || kid.length > MAX_KID_LENGTH || !KID_PATTERN.test(kid)) {
    throw new PrecheckFailure('header', 'kid is missing or not a short token of [A-Za-z0-9._~:+=-]');
  }
  return { header: Object.freeze(header), kid, alg };
}
