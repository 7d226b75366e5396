import type { IncomingMessage } from 'node:http';

/** A minimal IncomingMessage for the pure resolver: socket address + headers. */
export function fakeRequest(
  remoteAddress: string | undefined,
  headers: Record<string, string | string[]> = {},
  encrypted = false,
): IncomingMessage {
  const lower: Record<string, string | string[]> = {};
  const raw: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase();
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) raw.push(name, v);
    // Node joins repeated list headers with ", " (and keeps the first Host).
    lower[key] = key === 'host' ? values[0]! : values.join(', ');
  }
  return {
    socket: { remoteAddress, encrypted: encrypted ? true : undefined },
    headers: lower,
    rawHeaders: raw,
  } as unknown as IncomingMessage;
}
