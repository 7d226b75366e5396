import { hash } from 'node:crypto';

/**
 * Headers every response token covers (PROTOCOL.md §4.1), lower-case, in this order.
 * Each one changes what a client does with the response: where it goes next (Location,
 * Content-Location), how it reads the body (Content-Type, Content-Encoding), what it
 * stores (Set-Cookie, Cache-Control) and how it retries or re-authenticates.
 */
export const COVERED_RESPONSE_HEADERS = [
  'location',
  'content-type',
  'content-encoding',
  'content-location',
  'set-cookie',
  'cache-control',
  'www-authenticate',
  'retry-after',
] as const;

/** RFC 9110 §5.1 field-name (token). */
export const FIELD_NAME = /^[!#$%&'*+\-.^_`|~0-9a-z]+$/;
/** At most this many names in `hdr`: a bound on the verifier's work for an untrusted token. */
export const MAX_COVERED_HEADERS = 64;
/** Names that can never be covered: the token's own header, and hop-by-hop/framing fields a proxy may rewrite. */
export const UNCOVERABLE_HEADERS = new Set(['server-authorization', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date']);

const OWS_EDGES = /^[ \t]+|[ \t]+$/g;

/**
 * The canonical octets of the covered headers (PROTOCOL.md §4.1): for each name in
 * order, `name:value\n` where value is every field line of that name (trimmed of
 * SP/HTAB) joined with `, ` — except Set-Cookie, whose field lines cannot be combined
 * (RFC 6265 §3) and each give their own line. An absent header gives no line, so an
 * added, removed or changed header changes the octets. Values are ISO-8859-1 octets,
 * the way HTTP stacks hand them over.
 * @param values lower-case name → field line values in order (empty array or undefined when absent)
 */
export function canonicalHeaders(names: readonly string[], values: (name: string) => readonly string[] | undefined): Buffer {
  let text = '';
  for (const name of names) {
    const lines = values(name);
    if (lines === undefined || lines.length === 0) continue;
    if (name === 'set-cookie') {
      for (const line of lines) text += `${name}:${line.replace(OWS_EDGES, '')}\n`;
    } else {
      text += `${name}:${lines.map((line) => line.replace(OWS_EDGES, '')).join(', ')}\n`;
    }
  }
  return Buffer.from(text, 'latin1');
}

/** `hh`: base64url(SHA-256(canonical octets)). */
export function headersHash(names: readonly string[], values: (name: string) => readonly string[] | undefined): string {
  return hash('sha256', canonicalHeaders(names, values), 'base64url');
}

/** Whether `hdr` from a response token is well-formed and names at least every mandatory header. */
export function validCoveredList(hdr: unknown): hdr is string[] {
  if (!Array.isArray(hdr) || hdr.length > MAX_COVERED_HEADERS) return false;
  const seen = new Set<string>();
  for (const name of hdr) {
    if (typeof name !== 'string' || !FIELD_NAME.test(name) || seen.has(name) || UNCOVERABLE_HEADERS.has(name)) return false;
    seen.add(name);
  }
  return COVERED_RESPONSE_HEADERS.every((name) => seen.has(name));
}

/** Node `OutgoingHttpHeader` value → field line values. */
export function nodeHeaderValues(value: number | string | readonly string[] | undefined): readonly string[] | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value as readonly string[];
  return [String(value)];
}
