/**
 * Logins that back-office servers write in a fixed place of their lines:
 *
 * - CUPS: the error log's `Job 412 queued on "printer" by "jdoe".` and the page log, whose
 *   default format (`PageLogFormat %p %u %j %T %P %C …`) puts the job's owner second, before the job
 *   id and the bracketed time (`printer jdoe 412 [04/Nov/2026:09:12:44 +0100] 1 1 …`).
 * - Squid's native access.log: `time elapsed client code/status bytes method URL user
 *   hierarchy/peer type`; the user column (`-` when the proxy asked for none) comes right before the
 *   hierarchy code (`HIER_DIRECT/…`, `DIRECT/…`, `NONE/-`).
 *
 * Both are gated by literals (`queued on`, `] `, `_`), so other lines run neither pattern.
 */

export type LoginSpan = readonly [start: number, end: number];

const LOGIN = String.raw`[A-Za-z_][\w.-]{0,63}`;

const CUPS_QUEUED = new RegExp(String.raw`\bJob \d{1,10} queued on "[^"\n]{1,128}" by "(${LOGIN})"`, 'dg');
const CUPS_PAGE = new RegExp(
  String.raw`^[\w.-]{1,127} (${LOGIN}) \d{1,10} \[\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\] (?:\d{1,6}|total) \d{1,6} `,
  'dgm',
);
const SQUID = new RegExp(
  String.raw`\b(?:TCP|UDP|NONE|TAG)(?:_[A-Z]{1,20}){0,4}\/\d{3} \d{1,15} [A-Z]{3,16} \S{1,4096} (${LOGIN}) (?=(?:HIER_)?[A-Z]{2,12}(?:_[A-Z]{1,12}){0,3}(?:\/|\s|$))`,
  'dg',
);
const SQUID_HINT = /(?:TCP|UDP|NONE|TAG)_[A-Z_]{0,60}\/\d{3} /;
const PAGE_HINT = /[+-]\d{4}\] (?:\d{1,6}|total) \d/;

function collect(pattern: RegExp, text: string, isPerson: (login: string) => boolean, spans: LoginSpan[]): void {
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) {
    const login = m[1]!.replace(/[.-]+$/, '');
    if (!isPerson(login)) continue;
    const at = m.indices![1]![0];
    spans.push([at, at + login.length]);
  }
}

/** Cheap test for {@link officeLoginSpans}. */
export function mayHaveOfficeLogins(text: string): boolean {
  return text.includes('queued on') || (text.includes('] ') && PAGE_HINT.test(text)) || (text.includes('_') && SQUID_HINT.test(text));
}

/** Spans of the logins of print and proxy lines (see above), in no particular order. */
export function officeLoginSpans(text: string, isPerson: (login: string) => boolean, spans: LoginSpan[]): void {
  if (text.includes('queued on')) collect(CUPS_QUEUED, text, isPerson, spans);
  if (text.includes('] ') && PAGE_HINT.test(text)) collect(CUPS_PAGE, text, isPerson, spans);
  if (text.includes('_') && SQUID_HINT.test(text)) collect(SQUID, text, isPerson, spans);
}
