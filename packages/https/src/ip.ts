/**
 * Framework-neutral IP address helpers.
 *
 * We parse addresses ourselves instead of relying on `net.isIP`, because
 * `net.isIP` accepts zone ids (`fe80::1%eth0`) and does not normalize
 * IPv4-mapped IPv6 addresses, and client keys (rate limits, log pseudonyms)
 * must have exactly one spelling per address.
 */

/** A parsed IP address: 4 bytes for IPv4, 16 bytes for IPv6. */
export interface ParsedIp {
  readonly version: 4 | 6;
  readonly bytes: Uint8Array;
}

// Longest textual IPv6 form ("ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255") is 45 chars.
const MAX_IP_LENGTH = 45;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

function parseIpv4Bytes(input: string): Uint8Array | undefined {
  // Hand-written scanner (this runs for every request's peer address).
  // Leading zeros are rejected: inet_aton() reads "010" as octal 8, so
  // accepting it would let one address have two meanings.
  const bytes = new Uint8Array(4);
  let part = 0;
  let value = 0;
  let digits = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x2e) {
      if (digits === 0 || part === 3) return undefined;
      bytes[part++] = value;
      value = 0;
      digits = 0;
      continue;
    }
    if (c < 0x30 || c > 0x39 || (digits === 1 && value === 0)) return undefined;
    value = value * 10 + (c - 0x30);
    if (++digits > 3 || value > 255) return undefined;
  }
  if (part !== 3 || digits === 0) return undefined;
  bytes[3] = value;
  return bytes;
}

function parseGroups(text: string, allowTrailingV4: boolean): number[] | undefined {
  if (text === '') return [];
  const parts = text.split(':');
  const groups: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (allowTrailingV4 && i === parts.length - 1 && part.includes('.')) {
      const v4 = parseIpv4Bytes(part);
      if (!v4) return undefined;
      groups.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
    } else {
      if (!HEX_GROUP.test(part)) return undefined;
      groups.push(parseInt(part, 16));
    }
  }
  return groups;
}

function parseIpv6Bytes(input: string): Uint8Array | undefined {
  const doubleColon = input.indexOf('::');
  let groups: number[] | undefined;
  if (doubleColon === -1) {
    groups = parseGroups(input, true);
    if (!groups || groups.length !== 8) return undefined;
  } else {
    if (input.indexOf('::', doubleColon + 1) !== -1) return undefined;
    const tail = input.slice(doubleColon + 2);
    const head = parseGroups(input.slice(0, doubleColon), false);
    const rest = parseGroups(tail, true);
    if (!head || !rest) return undefined;
    // "::" stands for at least one zero group (RFC 4291 §2.2).
    const missing = 8 - head.length - rest.length;
    if (missing < 1) return undefined;
    groups = [...head, ...new Array<number>(missing).fill(0), ...rest];
  }
  const bytes = new Uint8Array(16);
  groups.forEach((group, i) => {
    bytes[i * 2] = group >> 8;
    bytes[i * 2 + 1] = group & 0xff;
  });
  return bytes;
}

function isV4Mapped(bytes: Uint8Array): boolean {
  for (let i = 0; i < 10; i++) if (bytes[i] !== 0) return false;
  return bytes[10] === 0xff && bytes[11] === 0xff;
}

/**
 * Parse an IP address strictly.
 *
 * Accepts dotted-quad IPv4 (no octal, hex or short forms) and IPv6 text
 * (including `::` and an embedded IPv4 tail). IPv4-mapped IPv6
 * (`::ffff:1.2.3.4`) is returned as IPv4, so a dual-stack socket and an
 * IPv4 socket give the same key. Zone ids, brackets, ports, whitespace and
 * anything longer than 45 characters are rejected.
 *
 * @example
 * ```ts
 * parseIp('::ffff:192.0.2.1'); // { version: 4, bytes: Uint8Array [192, 0, 2, 1] }
 * parseIp('010.0.0.1');        // undefined
 * ```
 */
export function parseIp(input: string): ParsedIp | undefined {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_IP_LENGTH) return undefined;
  if (!input.includes(':')) {
    const bytes = parseIpv4Bytes(input);
    return bytes ? { version: 4, bytes } : undefined;
  }
  const bytes = parseIpv6Bytes(input);
  if (!bytes) return undefined;
  if (isV4Mapped(bytes)) return { version: 4, bytes: bytes.slice(12) };
  return { version: 6, bytes };
}

/**
 * Canonical text of a parsed address: dotted quad for IPv4, RFC 5952 for
 * IPv6 (lower-case hex, no leading zeros, the longest run of two or more
 * zero groups compressed, the first one on a tie).
 */
export function formatIp(ip: ParsedIp): string {
  const b = ip.bytes;
  if (ip.version === 4) return `${b[0]}.${b[1]}.${b[2]}.${b[3]}`;
  if (isV4Mapped(b)) return `::ffff:${b[12]}.${b[13]}.${b[14]}.${b[15]}`;
  const groups: number[] = [];
  for (let i = 0; i < 8; i++) groups.push((b[i * 2]! << 8) | b[i * 2 + 1]!);
  let bestStart = -1;
  let bestLength = 1; // RFC 5952 §4.2.2: a single zero group is not compressed
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart === -1) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/**
 * Canonical text of an address, or `undefined` if it is not a valid IP.
 *
 * @example
 * ```ts
 * normalizeIp('::FFFF:1.2.3.4'); // '1.2.3.4'
 * normalizeIp('2001:DB8:0:0:0:0:0:1'); // '2001:db8::1'
 * ```
 */
export function normalizeIp(input: string): string | undefined {
  const ip = parseIp(input);
  return ip ? formatIp(ip) : undefined;
}

function maskBytes(bytes: Uint8Array, bits: number): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const keep = Math.max(0, Math.min(8, bits - i * 8));
    out[i] = keep === 0 ? 0 : bytes[i]! & (0xff << (8 - keep));
  }
  return out;
}

function checkBits(bits: number, max: number, name: string): void {
  if (!Number.isInteger(bits) || bits < 0 || bits > max) {
    throw new TypeError(`ipPrefix: "${name}" must be an integer between 0 and ${max}, got ${String(bits)}`);
  }
}

/**
 * The network containing an address, in CIDR text. Used to group clients
 * (IPv6 users control a whole /56 or /64, so per-address keys are useless).
 *
 * @example
 * ```ts
 * ipPrefix('2001:db8:12:3456::1', 32, 56); // '2001:db8:12:3400::/56'
 * ipPrefix('203.0.113.9', 24, 56);        // '203.0.113.0/24'
 * ```
 */
export function ipPrefix(input: string, v4Bits: number, v6Bits: number): string | undefined {
  checkBits(v4Bits, 32, 'v4Bits');
  checkBits(v6Bits, 128, 'v6Bits');
  const ip = parseIp(input);
  if (!ip) return undefined;
  const bits = ip.version === 4 ? v4Bits : v6Bits;
  return `${formatIp({ version: ip.version, bytes: maskBytes(ip.bytes, bits) })}/${bits}`;
}

interface Network {
  readonly version: 4 | 6;
  readonly bytes: Uint8Array;
  readonly bits: number;
}

const KEYWORDS: Record<string, readonly string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
  // "private" = every non-routable range a reverse proxy in front of us can plausibly have.
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7', '127.0.0.0/8', '::1/128', '169.254.0.0/16', 'fe80::/10'],
};

function parseNetwork(entry: string): Network | undefined {
  const slash = entry.indexOf('/');
  const address = slash === -1 ? entry : entry.slice(0, slash);
  const ip = parseIp(address);
  if (!ip) return undefined;
  let max = ip.version === 4 ? 32 : 128;
  let offset = 0;
  if (ip.version === 4 && address.includes(':')) {
    // "::ffff:10.0.0.0/104" is an IPv4 network written in mapped form.
    max = 128;
    offset = 96;
  }
  let bits = max;
  if (slash !== -1) {
    const text = entry.slice(slash + 1);
    if (!/^(?:0|[1-9][0-9]{0,2})$/.test(text)) return undefined;
    bits = Number(text);
    if (bits > max || bits < offset) return undefined;
  }
  bits -= offset;
  // A network with host bits set ("10.0.0.1/8") is almost always a typo.
  const masked = maskBytes(ip.bytes, bits);
  if (!masked.every((byte, i) => byte === ip.bytes[i])) return undefined;
  return { version: ip.version, bytes: masked, bits };
}

/**
 * Matches addresses against a list of IPs, CIDR networks and the keywords
 * `loopback`, `private`, `linklocal` and `uniquelocal`. IPv4-mapped IPv6
 * addresses match IPv4 rules. The list is validated once: an invalid entry
 * throws a `TypeError` naming the option and the entry.
 *
 * @example
 * ```ts
 * const m = new IpMatcher(['10.0.0.0/8', 'loopback'], 'trustedProxies');
 * m.matches('::ffff:10.1.2.3'); // true
 * ```
 */
export class IpMatcher {
  readonly #networks: readonly Network[];

  constructor(list: readonly string[], optionName = 'ip list') {
    if (!Array.isArray(list)) {
      throw new TypeError(`${optionName}: expected an array of IPs, CIDRs or keywords`);
    }
    const networks: Network[] = [];
    for (const entry of list as readonly unknown[]) {
      if (typeof entry !== 'string') {
        throw new TypeError(`${optionName}: invalid entry ${JSON.stringify(entry) ?? String(entry)} (expected a string)`);
      }
      const keyword = Object.hasOwn(KEYWORDS, entry) ? KEYWORDS[entry] : undefined;
      if (keyword) {
        for (const cidr of keyword) networks.push(parseNetwork(cidr)!);
        continue;
      }
      const network = parseNetwork(entry);
      if (!network) {
        throw new TypeError(
          `${optionName}: invalid entry "${entry.slice(0, 64)}" (expected an IP, a CIDR without host bits, or one of loopback, private, linklocal, uniquelocal)`,
        );
      }
      networks.push(network);
    }
    this.#networks = networks;
  }

  /** Whether the list contains no network at all. */
  get empty(): boolean {
    return this.#networks.length === 0;
  }

  /** Whether `ip` (any spelling) is in one of the networks. Invalid input never matches. */
  matches(ip: string): boolean {
    const parsed = parseIp(ip);
    return parsed ? this.matchesParsed(parsed) : false;
  }

  /** Like {@link IpMatcher.matches} for an already parsed address. */
  matchesParsed(ip: ParsedIp): boolean {
    for (const network of this.#networks) {
      if (network.version !== ip.version) continue;
      const full = network.bits >> 3;
      let ok = true;
      for (let i = 0; i < full; i++) {
        if (ip.bytes[i] !== network.bytes[i]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const rest = network.bits & 7;
      if (rest !== 0 && ((ip.bytes[full]! ^ network.bytes[full]!) & (0xff << (8 - rest)) & 0xff) !== 0) continue;
      return true;
    }
    return false;
  }
}
