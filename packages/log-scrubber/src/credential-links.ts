import { credentialShaped, UUID } from './context.js';
import { FLOW_SEGMENT } from './flow-words.js';

/**
 * Links that are credentials: password-reset, magic sign-in, invitation, e-mail verification and
 * activation links. Whoever holds the link acts as the account it was mailed to, so the opaque part
 * (a path segment or a query value) is a token; the host and the rest of the path say which
 * service and flow it was, and stay. Mail queues (Bull, Sidekiq, Celery) log the job's data with
 * the link under a name (`resetUrl`, `magic_link`); templates and prose give it bare, where a path
 * word (`/reset-password/…`, `/magic-link/…`) announces the token.
 */

const URL_IN_TEXT = /\bhttps?:\/\/[^\s/?#"'<>]{1,253}(?:\/[^\s?#"'<>]{0,2048})?(?:\?[^\s#"'<>]{0,2048})?/g;
// A token segment is URL-safe; a file name (`logo.png`) or a word with a dot is not one.
const TOKEN_SEGMENT = /^[A-Za-z0-9_~-]{16,512}$/;

/**
 * Spans `[start, end)` of the tokens of one URL starting at `at` and ending at `end`. `named`: the
 * key calls it a credential link, so any opaque segment or query value is the token; otherwise only
 * a segment after a flow word is.
 */
function urlTokenSpans(text: string, at: number, end: number, named: boolean, spans: Array<readonly [number, number]>): void {
  const scheme = text.indexOf('://', at);
  if (scheme === -1 || scheme >= end) return;
  let i = text.indexOf('/', scheme + 3);
  const queryAt = text.indexOf('?', scheme + 3);
  const pathEnd = queryAt !== -1 && queryAt < end ? queryAt : end;
  if (i === -1 || i >= pathEnd) i = pathEnd;
  let flow = false;
  while (i < pathEnd) {
    const segStart = i + 1;
    let segEnd = text.indexOf('/', segStart);
    if (segEnd === -1 || segEnd > pathEnd) segEnd = pathEnd;
    const segment = text.slice(segStart, segEnd);
    if ((named || flow) && TOKEN_SEGMENT.test(segment) && credentialShaped(segment)) spans.push([segStart, segEnd]);
    else if (named && UUID.test(segment)) spans.push([segStart, segEnd]);
    flow = FLOW_SEGMENT.test(segment) || (flow && /^(?:password|email|account)$/i.test(segment));
    i = segEnd;
  }
  if (!named || pathEnd >= end) return;
  for (let p = pathEnd + 1; p < end; ) {
    let amp = text.indexOf('&', p);
    if (amp === -1 || amp > end) amp = end;
    const eq = text.indexOf('=', p);
    if (eq !== -1 && eq < amp) {
      const value = text.slice(eq + 1, amp);
      if ((TOKEN_SEGMENT.test(value) && credentialShaped(value)) || UUID.test(value)) spans.push([eq + 1, amp]);
    }
    p = amp + 1;
  }
}

/** Spans of the tokens in a value under a credential-link key (the value is the URL, or text with one). */
export function namedLinkSpans(value: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  URL_IN_TEXT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL_IN_TEXT.exec(value)) !== null) urlTokenSpans(value, m.index, m.index + m[0].length, true, spans);
  return spans;
}

/** Spans of tokens after a flow word in the URLs of free text; undefined when none. */
export function flowLinkSpans(text: string): Array<readonly [number, number]> | undefined {
  const spans: Array<readonly [number, number]> = [];
  URL_IN_TEXT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL_IN_TEXT.exec(text)) !== null) urlTokenSpans(text, m.index, m.index + m[0].length, false, spans);
  return spans.length === 0 ? undefined : spans;
}

/** The value with each span replaced by `mark`. */
export function replaceSpans(value: string, spans: ReadonlyArray<readonly [number, number]>, mark: string): string {
  let out = '';
  let last = 0;
  for (const [start, end] of spans) {
    out += value.slice(last, start) + mark;
    last = end;
  }
  return out + value.slice(last);
}
