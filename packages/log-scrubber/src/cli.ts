#!/usr/bin/env node
// parapet-scrub: stdin log lines -> scrubbed lines on stdout, to sit in front of any log shipper:
//   node app.js | parapet-scrub | vector ...
// Keys: LOG_PSEUDONYM_KEY (hex, >= 256 bits), LOG_PSEUDONYM_KEY_ID (default "k1"), the names the example apps use.
import { keyFromHex, scrubLine } from './line.js';
import { createScrubber } from './scrubber.js';

const USAGE = `usage: parapet-scrub [--ip-mode=hmac|truncate]
Reads log lines on stdin (JSON lines or plain text) and writes them scrubbed to stdout.
Environment: LOG_PSEUDONYM_KEY (hex, 64+ chars), LOG_PSEUDONYM_KEY_ID (default k1).`;

/** Longest partial line kept in memory; longer lines are cut (the scrubber marks the cut). */
const MAX_PENDING = 1024 * 1024;

function fail(message: string): never {
  process.stderr.write(`parapet-scrub: ${message}\n`);
  process.exit(2);
}

function main(): void {
  let ipMode: 'hmac' | 'truncate' = 'hmac';
  for (const arg of process.argv.slice(2)) {
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE + '\n');
      return;
    }
    const m = /^--ip-mode=(hmac|truncate)$/.exec(arg);
    if (m === null) fail(`unknown argument "${arg}"\n${USAGE}`);
    ipMode = m[1] as 'hmac' | 'truncate';
  }
  // A variable under its retired name would otherwise be ignored for a random key.
  for (const retired of ['PARAPET_SCRUB_KEY', 'PARAPET_SCRUB_KEY_ID']) { // retired name
    if (process.env[retired] !== undefined) fail(`${retired} was renamed to ${retired.replace('PARAPET_SCRUB_KEY', 'LOG_PSEUDONYM_KEY')}`); // retired name
  }
  const hex = process.env.LOG_PSEUDONYM_KEY;
  let scrubber;
  try {
    scrubber = createScrubber({
      ipMode,
      ...(hex === undefined || hex === ''
        ? {}
        : { keys: [{ id: process.env.LOG_PSEUDONYM_KEY_ID ?? 'k1', secret: keyFromHex(hex.trim(), 'LOG_PSEUDONYM_KEY') }] }),
    });
  } catch (err) {
    fail(err instanceof Error ? err.message : String(err));
  }
  const { stdin, stdout } = process;
  let pending = '';
  let skipping = false;
  let ended = false;

  const emit = (line: string): void => {
    if (!stdout.write(scrubLine(scrubber, line) + '\n')) {
      stdin.pause();
      stdout.once('drain', () => {
        if (!ended) stdin.resume();
      });
    }
  };

  const finish = (): void => {
    if (ended) return;
    ended = true;
    stdin.pause();
    // A partial last line (no trailing newline) is still a line: scrub and write it.
    if (pending.length > 0 && !skipping) emit(pending);
    pending = '';
    stdout.end(() => process.exit(0));
  };

  stdin.setEncoding('utf8');
  stdin.on('data', (chunk: string) => {
    if (ended) return;
    let start = 0;
    let nl: number;
    while ((nl = chunk.indexOf('\n', start)) !== -1) {
      const piece = chunk.slice(start, nl);
      if (!skipping) emit(pending + piece);
      pending = '';
      skipping = false;
      start = nl + 1;
    }
    if (skipping) return;
    pending += chunk.slice(start);
    if (pending.length > MAX_PENDING) {
      // Over-long line: ship its scrubbed, truncated head and drop the rest up to the newline.
      emit(pending);
      pending = '';
      skipping = true;
    }
  });
  stdin.on('end', finish);
  stdin.on('error', finish);
  // SIGTERM (container stop): flush what was read, then exit 0.
  process.on('SIGTERM', finish);
  process.on('SIGINT', finish);
  stdout.on('error', () => process.exit(0));
}

main();
