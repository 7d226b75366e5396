#!/usr/bin/env node
// One name per idea: fails when a retired name (an option, value, function or
// environment variable that was renamed) appears in the packages' sources,
// tests, benches and docs, the examples, the root tests or a README. A
// renamed option may still be recognised to name its successor in a
// TypeError; such a line carries the marker `retired name` and is skipped.
// CHANGELOGs and changesets describe the renames and are not scanned.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Retired name → what replaced it. */
const RETIRED = [
  { pattern: /\bkeySecret\b/, successor: '`secret` (auth-limit; a Buffer/Uint8Array of at least 32 bytes)' },
  { pattern: /\bdevKeySecret\b/, successor: '`devSecret()`' },
  { pattern: /(['"`])fail-open\1/, successor: "'fail-open-dangerously'" },
  { pattern: /\bmaxKeys\b/, successor: '`maxEntries` (MemoryStore, like MemoryReplayStore)' },
  { pattern: /\bAUTH_LIMIT_SECRET\b/, successor: 'AUTH_LIMIT_KEY' },
  { pattern: /\bLOG_KEY_K\d+\b/, successor: 'LOG_PSEUDONYM_KEY' },
  { pattern: /\bPARAPET_SCRUB_KEY(_ID)?\b/, successor: 'LOG_PSEUDONYM_KEY / LOG_PSEUDONYM_KEY_ID' },
  { pattern: /breachCheck[^\n]*\btimeoutMs\b/, successor: '`breachCheck.timeoutDuration` (as `CallerKeys.timeoutDuration`)' },
  { pattern: /PasswordHasher\([^\n]*\bretryAfterSeconds\b|`retryAfterSeconds`/, successor: '`retryAfter` (seconds, as in `mutualAuth`)' },
  { pattern: /\{\s*id(:[^,}]*)?,\s*key(\s*\}|:\s*(randomBytes|Buffer))/, successor: '`{ id, secret }` (the shape of peppers and pseudonym keys)' },
];

/** Where names are used: sources, tests, benches, docs and examples. */
const SCOPE = /^(README\.md|packages\/[^/]+\/(src|test|bench|docs|conformance)\/.*|packages\/[^/]+\/[^/]+\.md|examples\/.*|test\/.*|bench\/.*|docs\/.*)$/;
const EXCLUDED = /(^|\/)CHANGELOG\.md$|^\.changeset\//;
const TEXT = /\.(ts|mts|cts|js|mjs|cjs|json|md|sh|ya?ml|txt)$/;
const MARKER = 'retired name';

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((file) => SCOPE.test(file) && !EXCLUDED.test(file) && TEXT.test(file));

const found = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(resolve(root, file), 'utf8');
  } catch {
    continue; // deleted in the work tree but still in the index
  }
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.includes(MARKER)) return;
    for (const { pattern, successor } of RETIRED) {
      const match = pattern.exec(line);
      if (match !== null) found.push(`${file}:${i + 1}: "${match[0]}" is retired; use ${successor}`);
    }
  });
}

if (found.length > 0) {
  console.error(`vocabulary-check: ${found.length} use(s) of retired names\n${found.join('\n')}`);
  process.exit(1);
}
console.log(`vocabulary-check: ${files.length} files, no retired names`);
