import type { Scrubber } from './scrubber.js';

/**
 * Scrubs one log line: a JSON object line structurally (re-serialised on one line), anything
 * else (plain text, broken JSON) as text. A line is never dropped.
 */
export function scrubLine(scrubber: Scrubber, line: string): string {
  const trimmed = line.trimEnd();
  if (trimmed.startsWith('{') && trimmed.endsWith('}')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      return scrubber.scrubText(line);
    }
    return JSON.stringify(scrubber.scrub(parsed)) ?? 'null';
  }
  return scrubber.scrubText(line);
}

/** Decodes `LOG_PSEUDONYM_KEY`-style hex key material (64+ hex characters = 256+ bits). */
export function keyFromHex(hex: string, name: string): Buffer {
  if (!/^(?:[0-9a-fA-F]{2}){32,}$/.test(hex)) {
    throw new TypeError(`log-scrubber: ${name} must be at least 64 hex characters (256 bits)`);
  }
  return Buffer.from(hex, 'hex');
}
