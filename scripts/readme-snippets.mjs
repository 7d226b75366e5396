#!/usr/bin/env node
// Type-checks every TypeScript/JavaScript block of every README (root,
// packages/*, examples/*) and of every package's docs/*.md page, so the docs
// cannot drift from the API. Each block
// becomes its own module under .snippets/ (inside the repo, so `@parapet/*`
// resolve through the workspace's node_modules) and one strict `tsc --noEmit`
// checks them all.
//
// Fragments may use names the reader already has (`app`, `router`, …): a
// prelude declares only those of its names that the block uses and does not
// declare or import itself. Preludes come from the README's default below or
// from `<!-- snippet: prelude name[,name] -->` right before the block.
// `<!-- snippet: skip reason -->` right before a block opts it out; each skip
// is printed with its reason.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CODE_LANGS, fencedBlocks } from './readme-blocks.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, '.snippets');

/** Ambient names a fragment may rely on, one declaration each. */
const PRELUDES = {
  koa: {
    app: "declare const app: import('koa');",
    router: "declare const router: import('@koa/router').default;",
    login: "declare const login: import('koa').Middleware;",
    listOrders: "declare const listOrders: import('koa').Middleware;",
    redis: "declare const redis: import('ioredis').Redis;",
    log: "declare const log: import('pino').Logger;",
  },
  // The service's signing key, e.g. `parapet-keys generate` output loaded at start.
  keys: {
    serverKey: "declare const serverKey: import('@parapet/mutual-jwt').GeneratedKey;",
    serviceKey: "declare const serviceKey: import('@parapet/mutual-jwt').GeneratedKey;",
  },
  // The application's own functions the auth-limit examples call.
  'auth-app': {
    checkPassword: 'declare function checkPassword(body: unknown): Promise<boolean>;',
    notifyOwner: 'declare function notifyOwner(accountId: string): void;',
    seeds: "declare const seeds: import('ioredis').ClusterNode[];",
  },
  'orders-app': {
    list: 'declare function list(issuer: string): unknown;',
    create: 'declare function create(order: unknown): unknown;',
    order: 'declare const order: unknown;',
  },
  // Later log-scrubber blocks continue its "Usage" block: these are its names.
  'scrubber-usage': {
    pino: "import pino from 'pino';",
    createScrubber: "import { createScrubber } from '@parapet/log-scrubber';",
    scrubbedPino: "import { scrubbedPino } from '@parapet/log-scrubber';",
    requestLogger: "import { requestLogger } from '@parapet/log-scrubber';",
    keys: 'declare const keys: { id: string; secret: Buffer }[];',
    scrubber: "declare const scrubber: import('@parapet/log-scrubber').Scrubber;",
    logger: "declare const logger: import('pino').Logger;",
    k2: 'declare const k2: Buffer;',
    k3: 'declare const k3: Buffer;',
  },
};

/** Preludes per README when the block names none. */
const DEFAULT_PRELUDES = {
  'README.md': ['koa', 'keys'],
  'packages/auth-limit/README.md': ['koa', 'auth-app'],
  'packages/https/README.md': ['koa'],
  'packages/mutual-jwt/README.md': ['koa', 'keys', 'orders-app'],
  'packages/log-scrubber/README.md': ['koa', 'scrubber-usage'],
  'packages/password-policy/README.md': ['koa'],
  'packages/security-events/README.md': ['koa', 'auth-app'],
};

function readmes() {
  const found = ['README.md'];
  for (const parent of ['packages', 'examples']) {
    for (const entry of readdirSync(join(root, parent), { withFileTypes: true })) {
      const file = join(parent, entry.name, 'README.md');
      if (entry.isDirectory() && existsSync(join(root, file))) found.push(file);
      const docs = join(parent, entry.name, 'docs');
      if (entry.isDirectory() && existsSync(join(root, docs))) {
        for (const page of readdirSync(join(root, docs)).sort()) if (page.endsWith('.md')) found.push(join(docs, page));
      }
    }
  }
  return found;
}

const escape = (name) => name.replace(/[$]/g, '\\$');
function declaresOrImports(code, name) {
  const n = escape(name);
  if (new RegExp(`\\b(?:const|let|var|function|class|interface|type)\\s+${n}\\b`).test(code)) return true;
  return new RegExp(`import\\s[^;]*?\\b${n}\\b[^;]*?\\sfrom\\s`, 's').test(code);
}

function preludeFor(code, names) {
  const lines = [];
  for (const preludeName of names) {
    const prelude = PRELUDES[preludeName];
    if (!prelude) throw new Error(`unknown snippet prelude "${preludeName}"`);
    for (const [name, declaration] of Object.entries(prelude)) {
      if (new RegExp(`\\b${escape(name)}\\b`).test(code) && !declaresOrImports(code, name)) lines.push(declaration);
    }
  }
  return lines;
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const snippets = new Map(); // generated file → { readme, line, preludeLines }
let skipped = 0;
for (const readme of readmes()) {
  const slug = readme.replace(/\/?README\.md$/, '').replace(/\.md$/, '').replace(/[^\w]+/g, '-') || 'root';
  for (const block of fencedBlocks(readFileSync(join(root, readme), 'utf8'))) {
    if (!CODE_LANGS.has(block.lang)) continue;
    const where = `${readme}:${block.line}`;
    if (block.directive?.kind === 'skip') {
      if (!block.directive.arg) throw new Error(`${where}: "snippet: skip" needs a reason`);
      console.log(`skip ${where}: ${block.directive.arg}`);
      skipped++;
      continue;
    }
    const names = block.directive?.kind === 'prelude'
      ? block.directive.arg.split(',').map((s) => s.trim()).filter(Boolean)
      : (DEFAULT_PRELUDES[readme.replace(/\/docs\/[^/]+\.md$/, '/README.md')] ?? []);
    const prelude = preludeFor(block.code, names);
    const isJs = block.lang.startsWith('j');
    const isModule = /^\s*(?:import|export)\s/m.test(block.code);
    const file = join(outDir, slug, `L${block.line}.${isJs ? 'mjs' : 'ts'}`);
    mkdirSync(join(outDir, slug), { recursive: true });
    writeFileSync(file, [...prelude, block.code, isModule ? '' : 'export {};', ''].join('\n'));
    snippets.set(relative(outDir, file), { where, readme, line: block.line, preludeLines: prelude.length });
  }
}

writeFileSync(join(outDir, 'tsconfig.json'), JSON.stringify({
  compilerOptions: {
    target: 'ES2023', lib: ['ES2023'], module: 'NodeNext', moduleResolution: 'NodeNext',
    strict: true, noEmit: true, skipLibCheck: true, allowJs: true, checkJs: true,
    types: ['node'], isolatedModules: true, verbatimModuleSyntax: true,
  },
  include: ['**/*.ts', '**/*.mjs'],
}, null, 2));

function typeCheck() {
  try {
    execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', outDir, '--pretty', 'false'], { cwd: outDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return '';
  } catch (error) {
    return `${error.stdout ?? ''}${error.stderr ?? ''}`;
  }
}

// tsc reports no semantic errors while any file has a syntax error, so a
// block that does not parse is reported, set aside, and the rest re-checked.
let output = typeCheck();
const syntaxErrors = output.split('\n').filter((line) => /\): error TS1\d{3}:/.test(line));
if (syntaxErrors.length > 0) {
  for (const line of syntaxErrors) rmSync(join(outDir, line.slice(0, line.indexOf('('))), { force: true });
  output = `${syntaxErrors.join('\n')}\n${typeCheck()}`;
}

// Map each diagnostic back to the README line it comes from.
const failedFiles = new Set();
for (const line of output.split('\n')) {
  const m = /^(.+?)\((\d+),(\d+)\): (.*)$/.exec(line);
  const snippet = m && snippets.get(m[1]);
  if (!snippet) {
    if (line.trim()) { console.error(line); failedFiles.add('(tsc)'); }
    continue;
  }
  failedFiles.add(m[1]);
  const readmeLine = snippet.line + Number(m[2]) - 1 - snippet.preludeLines;
  console.error(`${snippet.readme}:${readmeLine}:${m[3]} ${m[4]}`);
}
const failed = [...failedFiles].filter((f) => snippets.has(f)).length;
console.log(`readme-snippets: ${snippets.size - failed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failedFiles.size > 0 ? 1 : 0;
