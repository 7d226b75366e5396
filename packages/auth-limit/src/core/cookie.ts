/**
 * One cookie's value from a `Cookie` header (RFC 6265 §5.4 order: the first
 * pair with the name wins, as `cookies`/Koa and `cookie`/Express read it).
 * The value is returned raw: the device cookie carries its own HMAC, so no
 * framework signing or URL decoding applies. Surrounding double quotes
 * (RFC 6265 §4.1.1 DQUOTE form) are dropped.
 */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (header === undefined || header.length === 0) return undefined;
  const wanted = `${name}=`;
  let start = 0;
  while (start < header.length) {
    let end = header.indexOf(';', start);
    if (end < 0) end = header.length;
    let from = start;
    while (header.charCodeAt(from) === 0x20) from++;
    if (header.startsWith(wanted, from)) {
      const value = header.slice(from + wanted.length, end).trimEnd();
      return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
    }
    start = end + 1;
  }
  return undefined;
}
