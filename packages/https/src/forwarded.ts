/**
 * Strict parser for the RFC 7239 `Forwarded` header and the de-facto
 * `X-Forwarded-*` list headers. Everything here is pure and never throws.
 *
 * The trusted-proxy walk reads lists **from the right**: a proxy appends its
 * entry, so only the rightmost entries were written by hops we trust, and
 * whatever the client wrote further left (64 entries, garbage, an
 * unterminated quote) is never parsed unless the walk reaches it.
 */
import { splitHostPort } from './host.js';
import { parseIp, type ParsedIp } from './ip.js';

/** One `forwarded-element`: lower-cased parameter names → unquoted values. */
export type ForwardedElement = ReadonlyMap<string, string>;

// Real chains have a handful of hops; a header of thousands is an attack.
export const MAX_FORWARDED_LENGTH = 8192;
export const MAX_HOPS = 64;
// One element written by a proxy is short ("for=\"[v6]:port\";proto=https;host=…;by=…").
export const MAX_ELEMENT_LENGTH = 512;

// RFC 9110 §5.6.2 tchar, as a lookup table (this runs per character).
const TCHAR = new Uint8Array(128);
for (const ch of "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") TCHAR[ch.charCodeAt(0)] = 1;
const isTchar = (code: number): boolean => code < 128 && TCHAR[code] === 1;

function isOws(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/**
 * Parse `Forwarded: for=192.0.2.60;proto=http;by=203.0.113.43, for="[2001:db8::1]:4711"`.
 *
 * Grammar (RFC 7239 §4): `1#forwarded-element`, each
 * `[pair] *( ";" [pair] )`, `pair = token "=" ( token / quoted-string )`.
 * Parameter names are case-insensitive (§4); a parameter repeated inside one
 * element makes the header invalid (§4: "MUST NOT occur more than once").
 * Optional whitespace around "," and ";" is tolerated. Multiple header lines
 * arrive joined with ", " by Node, which is the same list.
 */
export function parseForwarded(header: string): ForwardedElement[] | undefined {
  if (header.length > MAX_FORWARDED_LENGTH) return undefined;
  const elements: ForwardedElement[] = [];
  let current = new Map<string, string>();
  let i = 0;
  const n = header.length;
  const skipOws = (): void => {
    while (i < n && isOws(header.charCodeAt(i))) i++;
  };
  for (;;) {
    skipOws();
    if (i < n && header[i] !== ',' && header[i] !== ';') {
      const nameStart = i;
      while (i < n && isTchar(header.charCodeAt(i))) i++;
      if (i === nameStart || header[i] !== '=') return undefined;
      const name = header.slice(nameStart, i).toLowerCase();
      i++; // "="
      let value: string;
      if (header[i] === '"') {
        i++;
        let out = '';
        for (;;) {
          if (i >= n) return undefined; // unterminated quoted-string
          const ch = header[i]!;
          const code = header.charCodeAt(i);
          if (ch === '"') {
            i++;
            break;
          }
          if (ch === '\\') {
            // quoted-pair = "\" ( HTAB / SP / VCHAR / obs-text )
            const next = header.charCodeAt(i + 1);
            if (i + 1 >= n || !(next === 0x09 || (next >= 0x20 && next !== 0x7f))) return undefined;
            out += header[i + 1];
            i += 2;
            continue;
          }
          // qdtext = HTAB / SP / %x21 / %x23-5B / %x5D-7E / obs-text
          if (!(code === 0x09 || (code >= 0x20 && code !== 0x7f))) return undefined;
          out += ch;
          i++;
        }
        value = out;
      } else {
        const valueStart = i;
        while (i < n && isTchar(header.charCodeAt(i))) i++;
        if (i === valueStart) return undefined;
        value = header.slice(valueStart, i);
      }
      if (current.has(name)) return undefined;
      current.set(name, value);
      skipOws();
    }
    if (i >= n) break;
    const sep = header[i];
    i++;
    if (sep === ',') {
      if (current.size > 0) elements.push(current);
      if (elements.length > MAX_HOPS) return undefined;
      current = new Map();
    } else if (sep !== ';') {
      return undefined;
    }
  }
  if (current.size > 0) elements.push(current);
  return elements.length > MAX_HOPS ? undefined : elements;
}

/**
 * Address of a `for=`/`by=` node (RFC 7239 §6): `192.0.2.1`, `192.0.2.1:80`,
 * `[2001:db8::1]`, `[2001:db8::1]:4711`. Returns `undefined` for `unknown`,
 * obfuscated identifiers (`_hidden`) and anything invalid: such a hop can
 * neither be trusted nor used as a client address.
 */
export function parseNode(value: string | undefined): ParsedIp | undefined {
  if (value === undefined || value.length > 64) return undefined;
  const parts = splitHostPort(value);
  if (!parts) return undefined;
  // A bare IPv6 address is not RFC 7239 syntax, but X-Forwarded-For uses it.
  if (parts.bareIpv6) return parseIp(value);
  const bracketed = parts.host.startsWith('[');
  const address = bracketed ? parts.host.slice(1, -1) : parts.host;
  if (bracketed && !address.includes(':')) return undefined;
  const port = parts.port;
  // node-port = port / obfport ("_" 1*(ALPHA / DIGIT / "." / "_" / "-"))
  if (port !== undefined && !/^(?:[0-9]{1,5}|_[A-Za-z0-9._-]+)$/.test(port)) return undefined;
  return parseIp(address);
}


/** Where the next {@link listEntryBefore} call should end: `-1` once the list is exhausted. */
export let listCursor = -1;

/**
 * The entry of a comma-separated list that ends at `end` (exclusive), read
 * from the right, trimmed (`''` for an empty entry). The position for the
 * next call goes to {@link listCursor} — a module variable rather than a
 * returned pair, because this runs for every proxied request and JavaScript
 * is single-threaded.
 */
export function listEntryBefore(header: string, end: number): string {
  const comma = end === 0 ? -1 : header.lastIndexOf(',', end - 1);
  listCursor = comma;
  // The common case, one entry without padding: no copy at all.
  if (comma === -1 && end === header.length) {
    const first = header.charCodeAt(0);
    const last = header.charCodeAt(end - 1);
    if (first !== 0x20 && first !== 0x09 && last !== 0x20 && last !== 0x09) return header;
  }
  return header.slice(comma + 1, end).trim();
}

/**
 * The `Forwarded` element that ends at `end`, read from the right:
 * `[element, next end]`; the element is `undefined` when no valid element
 * (at most {@link MAX_ELEMENT_LENGTH} characters) ends there, and an empty
 * list element yields an empty map. A comma inside a quoted-string makes
 * the nearest comma a wrong split, so the candidate grows leftwards, comma
 * by comma, until it parses as exactly one element.
 */
export function forwardedElementBefore(header: string, end: number): [ForwardedElement | undefined, number] {
  let comma = end;
  for (;;) {
    comma = comma === 0 ? -1 : header.lastIndexOf(',', comma - 1);
    if (end - comma - 1 > MAX_ELEMENT_LENGTH) return [undefined, -1];
    const candidate = header.slice(comma + 1, end);
    const parsed = parseForwarded(candidate);
    if (parsed !== undefined && parsed.length <= 1) {
      // An empty candidate that is only whitespace is an empty list element (RFC 9110 §5.6.1).
      if (parsed.length === 1 || candidate.trim() === '') return [parsed[0] ?? EMPTY_ELEMENT, comma];
    }
    if (comma < 0) return [undefined, -1];
  }
}

const EMPTY_ELEMENT: ForwardedElement = new Map();
