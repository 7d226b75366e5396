import { securityEventHandlerOption, type SecurityEventHandler } from '@parapet/security-events';
/** Every kind of personal data the scrubber pseudonymises, in a fixed order. */
export const PERSONAL_DATA_TYPES = ['email', 'phone', 'ip', 'card', 'iban', 'ssn', 'name', 'address', 'dob', 'id'] as const;

/** Kinds of personal data the scrubber pseudonymises. The kind is part of the HMAC input. */
export type PersonalDataType = (typeof PERSONAL_DATA_TYPES)[number];

/** A 256-bit HMAC key with a short id that is written into every pseudonym it makes. */
export interface PseudonymKey {
  /** Key id written into tokens (`<email:k1:…>`): 1–16 characters of `A-Z a-z 0-9 _ -`. */
  readonly id: string;
  /** At least 32 bytes of secret key material (256 bits). Hex/base64 strings are not accepted: decode them first. */
  readonly secret: Uint8Array;
}

/** Options of {@link createScrubber}. Unknown keys throw a `TypeError`. */
export interface ScrubberOptions {
  /**
   * HMAC keys. The first is the current key used for every new pseudonym; the others are
   * kept so `pseudonymFor(type, value, keyId)` can recompute tokens written before a rotation.
   * Missing keys throw when `NODE_ENV === 'production'`; elsewhere a random per-process key
   * is generated and a warning is emitted (pseudonyms then change on every restart).
   * @default undefined
   */
  keys?: readonly PseudonymKey[];
  /**
   * How IP addresses are pseudonymised: `'hmac'` gives a keyed token `<ip:k1:…>`;
   * `'truncate'` keeps the network (`/24` for IPv4, `/48` for IPv6), e.g. `203.0.113.0/24`.
   * @default 'hmac'
   */
  ipMode?: 'hmac' | 'truncate';
  /**
   * Keep private-network addresses (RFC 1918, RFC 4193 unique-local, link-local) verbatim, e.g.
   * `ECONNREFUSED 10.0.3.7:5432`. Off by default: on an intranet a private address can identify
   * an employee's machine. Loopback and unspecified addresses are always kept (they identify no one).
   * @default false
   */
  keepPrivateIps?: boolean;
  /**
   * Extra key names whose values are secrets (removed). Matched like the built-in list:
   * case-insensitive, ignoring `-`, `_`, `.` and spaces.
   * @default []
   */
  secretKeys?: readonly string[];
  /**
   * Extra key names whose values are personal data of the given type (pseudonymised).
   * @default {}
   * @example { customerRef: 'id', homeTown: 'address' }
   */
  personalKeys?: Readonly<Record<string, PersonalDataType>>;
  /**
   * Key names whose values are kept verbatim, unscanned. Dangerous: anything logged under
   * these keys ships as is. Use for high-volume fields you know to be safe.
   * @default []
   */
  allowKeys?: readonly string[];
  /**
   * Extra value patterns of secrets, replaced by `[REDACTED]` wherever they occur in a string.
   * They must not match the empty string; a `g` flag is added.
   * @default []
   */
  secretPatterns?: readonly RegExp[];
  /** Depth beyond which values become `[Depth limit]`. @default 32 */
  maxDepth?: number;
  /** Values visited per record before the rest becomes `[Truncated]`. @default 5000 */
  maxNodes?: number;
  /**
   * Strings longer than this are cut (at a token boundary) before scanning and end with
   * `…[truncated N chars]`; nothing beyond the scanned prefix is ever shipped.
   * @default 32768
   */
  maxStringLength?: number;
  /**
   * Characters scanned per record (all its strings together). Past this budget every further
   * string that would need scanning is written as `[Truncated]`, never raw. With the measured
   * worst case of ~0.6 µs per character this bounds one record to ~80 ms of scanning.
   * @default 131072
   */
  maxRecordChars?: number;
  /** Entries in the pseudonym and scanned-text caches (each). @default 10000 */
  cacheSize?: number;
  /**
   * Allow-list mode (like the OpenTelemetry Collector's redaction processor): only values under
   * these keys are kept (still scrubbed as usual: secrets removed, personal data pseudonymised);
   * every other string is pseudonymised (`<id:k1:…>`) or removed, numbers and booleans are kept.
   * Keys match at any depth, case- and separator-insensitive; a listed key allows its subtree.
   * @default undefined (off: everything not detected is kept)
   * @example { keys: ['msg', 'level', 'time', 'reqId', 'method', 'status', 'durationMs'], unlisted: 'pseudonymise' }
   */
  allowList?: AllowListOptions;
  /**
   * The hook shared by every Parapet middleware: a value that could not be scrubbed (and was
   * replaced by a placeholder) is reported as a `log-scrubber.fallback` `SecurityEvent`, with the
   * error's class name, never the value. Not called again for what the hook itself logs while it
   * runs. What it throws is ignored.
   * @default undefined
   */
  onSecurityEvent?: SecurityEventHandler;
}

/** Options of allow-list mode ({@link ScrubberOptions.allowList}). */
export interface AllowListOptions {
  /** Key names whose values are kept (after the usual scrubbing). */
  readonly keys: readonly string[];
  /**
   * What happens to strings under any other key: `'pseudonymise'` (a keyed `<id:…>` token, still
   * correlatable) or `'remove'` (`[REDACTED]`).
   * @default 'pseudonymise'
   */
  readonly unlisted?: 'pseudonymise' | 'remove';
}

export interface ResolvedScrubberOptions {
  readonly keys: readonly PseudonymKey[];
  readonly ephemeralKey: boolean;
  readonly ipMode: 'hmac' | 'truncate';
  readonly keepPrivateIps: boolean;
  readonly secretKeys: readonly string[];
  readonly personalKeys: ReadonlyMap<string, PersonalDataType>;
  readonly allowKeys: readonly string[];
  readonly secretPatterns: readonly RegExp[];
  readonly maxDepth: number;
  readonly maxNodes: number;
  readonly maxStringLength: number;
  readonly maxRecordChars: number;
  readonly cacheSize: number;
  readonly onSecurityEvent: SecurityEventHandler | undefined;
  readonly allowList: { readonly keys: ReadonlySet<string>; readonly unlisted: 'pseudonymise' | 'remove' } | undefined;
}

/** Every key of ScrubberOptions (unknown keys are rejected). */
export const SCRUBBER_OPTION_KEYS: ReadonlySet<string> = new Set([
  'keys',
  'ipMode',
  'keepPrivateIps',
  'secretKeys',
  'personalKeys',
  'allowKeys',
  'secretPatterns',
  'maxDepth',
  'maxNodes',
  'maxStringLength',
  'maxRecordChars',
  'cacheSize',
  'onSecurityEvent',
  'allowList',
]);
const ALLOW_LIST_KEYS: ReadonlySet<string> = new Set(['keys', 'unlisted']);

function allowListOption(value: unknown): ResolvedScrubberOptions['allowList'] {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null) throw new TypeError('log-scrubber: "allowList" must be an object { keys, unlisted }');
  rejectUnknownOptions('log-scrubber: allowList', value, ALLOW_LIST_KEYS);
  const { keys, unlisted = 'pseudonymise' } = value as AllowListOptions;
  const list = stringList('allowList.keys', keys);
  if (list.length === 0) throw new TypeError('log-scrubber: "allowList.keys" must name at least one key');
  if (unlisted !== 'pseudonymise' && unlisted !== 'remove') {
    throw new TypeError('log-scrubber: "allowList.unlisted" must be "pseudonymise" or "remove"');
  }
  return { keys: new Set(list.map((k) => k.toLowerCase().replace(/[-_. ]/g, ''))), unlisted };
}

const KEY_ID = /^[A-Za-z0-9_-]{1,16}$/;

/** Throws a TypeError for any own key of `options` not in `allowed`, naming it (traps typos). */
export function rejectUnknownOptions(
  scope: string,
  options: object,
  allowed: ReadonlySet<string>,
): void {
  for (const key of Object.keys(options)) {
    if (!allowed.has(key)) {
      throw new TypeError(`${scope}: unknown option "${key}"`);
    }
  }
}

function integerOption(name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new TypeError(`log-scrubber: "${name}" must be an integer between ${min} and ${max}`);
  }
  return value;
}

function stringList(name: string, value: unknown): readonly string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.length === 0)) {
    throw new TypeError(`log-scrubber: "${name}" must be an array of non-empty strings`);
  }
  return value as string[];
}

/** Validates a key list (ids unique and well-formed, secrets >= 256 bits). */
export function validateKeys(value: unknown, optionName = 'keys'): readonly PseudonymKey[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new TypeError(`log-scrubber: "${optionName}" must be a non-empty array of { id, secret }`);
  }
  const seen = new Set<string>();
  return value.map((entry: unknown, i) => {
    if (typeof entry !== 'object' || entry === null) {
      throw new TypeError(`log-scrubber: "${optionName}[${i}]" must be an object { id, secret }`);
    }
    const { id, secret } = entry as { id?: unknown; secret?: unknown };
    if (typeof id !== 'string' || !KEY_ID.test(id)) {
      throw new TypeError(`log-scrubber: "${optionName}[${i}].id" must match ${KEY_ID.source}`);
    }
    if (seen.has(id)) {
      throw new TypeError(`log-scrubber: "${optionName}" has the id "${id}" twice`);
    }
    seen.add(id);
    if (!(secret instanceof Uint8Array) || secret.byteLength < 32) {
      throw new TypeError(
        `log-scrubber: "${optionName}[${i}].secret" must be a Buffer/Uint8Array of at least 32 bytes (256 bits)`,
      );
    }
    // Copy so later mutation of the caller's buffer cannot change pseudonyms.
    return { id, secret: Uint8Array.from(secret) };
  });
}

export function resolveScrubberOptions(
  options: ScrubberOptions,
  generateKey: () => PseudonymKey,
): ResolvedScrubberOptions {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('log-scrubber: options must be an object');
  }
  rejectUnknownOptions('log-scrubber', options, SCRUBBER_OPTION_KEYS);
  let keys: readonly PseudonymKey[];
  let ephemeralKey = false;
  if (options.keys === undefined) {
    if (process.env.NODE_ENV === 'production') {
      throw new TypeError(
        'log-scrubber: "keys" is required when NODE_ENV=production (pseudonyms made with a random key cannot be re-identified and change on restart)',
      );
    }
    keys = [generateKey()];
    ephemeralKey = true;
  } else {
    keys = validateKeys(options.keys);
  }
  const ipMode = options.ipMode ?? 'hmac';
  if (ipMode !== 'hmac' && ipMode !== 'truncate') {
    throw new TypeError('log-scrubber: "ipMode" must be "hmac" or "truncate"');
  }
  const keepPrivateIps = options.keepPrivateIps ?? false;
  if (typeof keepPrivateIps !== 'boolean') {
    throw new TypeError('log-scrubber: "keepPrivateIps" must be a boolean');
  }
  const personalKeys = new Map<string, PersonalDataType>();
  if (options.personalKeys !== undefined) {
    if (typeof options.personalKeys !== 'object' || options.personalKeys === null) {
      throw new TypeError('log-scrubber: "personalKeys" must be an object of key name -> type');
    }
    for (const [name, type] of Object.entries(options.personalKeys)) {
      if (!(PERSONAL_DATA_TYPES as readonly unknown[]).includes(type)) {
        throw new TypeError(
          `log-scrubber: "personalKeys.${name}" must be one of ${PERSONAL_DATA_TYPES.join(', ')}`,
        );
      }
      personalKeys.set(name, type);
    }
  }
  if (options.secretPatterns !== undefined && !Array.isArray(options.secretPatterns)) {
    throw new TypeError('log-scrubber: "secretPatterns" must be an array of RegExp');
  }
  const secretPatterns = (options.secretPatterns ?? []).map((pattern, i) => {
    if (!(pattern instanceof RegExp)) {
      throw new TypeError(`log-scrubber: "secretPatterns[${i}]" must be a RegExp`);
    }
    const compiled = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'g');
    if (compiled.test('')) {
      throw new TypeError(`log-scrubber: "secretPatterns[${i}]" matches the empty string`);
    }
    return compiled;
  });
  const maxStringLength = integerOption('maxStringLength', options.maxStringLength, 32768, 256, 16 * 1024 * 1024);
  const maxRecordChars = integerOption('maxRecordChars', options.maxRecordChars, 131072, 256, 64 * 1024 * 1024);
  if (maxRecordChars < maxStringLength) {
    throw new TypeError('log-scrubber: "maxRecordChars" must be at least "maxStringLength"');
  }
  return {
    keys,
    ephemeralKey,
    ipMode,
    keepPrivateIps,
    secretKeys: stringList('secretKeys', options.secretKeys),
    personalKeys,
    allowKeys: stringList('allowKeys', options.allowKeys),
    secretPatterns,
    maxDepth: integerOption('maxDepth', options.maxDepth, 32, 1, 1000),
    maxNodes: integerOption('maxNodes', options.maxNodes, 5000, 10, 1_000_000),
    maxStringLength,
    maxRecordChars,
    cacheSize: integerOption('cacheSize', options.cacheSize, 10000, 0, 1_000_000),
    allowList: allowListOption(options.allowList),
    onSecurityEvent: securityEventHandlerOption('log-scrubber', options.onSecurityEvent),
  };
}
