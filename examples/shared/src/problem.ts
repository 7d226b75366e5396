/**
 * The one error body of the examples: RFC 9457 problem details. Routes answer
 * client mistakes with a short, fixed description; what exactly went wrong
 * goes to the log, never to the client.
 */

/** Media type of {@link problemBody}. */
export const PROBLEM_TYPE = 'application/problem+json';

/** The `application/problem+json` body answering `status`. */
export function problemBody(status: number, title: string, detail: string): string {
  return JSON.stringify({ type: 'about:blank', title, status, detail });
}

/**
 * Whether a request body arrives uncompressed. A compressed body is refused
 * with 415 (RFC 9110 §15.5.16): credentials and orders are a few hundred
 * bytes, decompression would only add a zip-bomb surface, and a corrupt
 * gzip/deflate/br stream makes zlib throw an error without an HTTP status.
 */
export function isIdentityEncoded(contentEncoding: string | undefined): boolean {
  const encoding = (contentEncoding ?? '').trim().toLowerCase();
  return encoding === '' || encoding === 'identity';
}

/** The 415 answers of the JSON body checks, before anything is read. */
export const UNSUPPORTED_MEDIA = {
  notJson: 'Send the body as application/json.',
  compressed: 'Send the body uncompressed (no Content-Encoding).',
} as const;
