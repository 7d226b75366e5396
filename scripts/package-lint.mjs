#!/usr/bin/env node
// Lint what would be published, not the working tree: pack every public
// workspace package with `npm pack` (so `files`, `.npmignore` and stale build
// output count) and check each tarball with
//  - publint (--strict): `exports`/`main`/`types`/`bin` point at shipped files,
//    conditions are ordered correctly, the module format matches `type`;
//  - @arethetypeswrong/cli (attw): every entry point resolves to types that
//    match the JavaScript under node10, node16 (CJS and ESM) and bundler
//    resolution. attw discovers the entry points from `exports`; this script
//    reads the same map and fails if attw analysed a different set, so a new
//    subpath (e.g. `./express`) is covered without editing this file;
//  - our own rules: LICENSE and CHANGELOG.md ship, no source maps (they would
//    point at src/, which is not shipped), repository.directory is right,
//    siblings are depended on by a range, and documents linked from the README
//    next to it (e.g. PROTOCOL.md) ship with it.
//
// One attw rule is ignored on purpose, `cjs-resolves-to-esm`: the packages are
// ESM-only (`"type": "module"`, no CommonJS build), so under node16-cjs
// resolution `require('@parapet/x')` finds an ES module. That is intended:
// Node >= 20.19 (our `engines` floor) loads ES modules synchronously through
// `require()`, and scripts/consumer-smoke.mjs proves it by require()-ing every
// entry point from the packed tarballs. attw models the older Node behaviour in
// which that require() throws. Only this rule is ignored (not the whole
// node16-cjs resolution, as `--profile esm-only` would): a missing or wrong
// type under CommonJS resolution still fails.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const IGNORED_ATTW_RULES = ['cjs-resolves-to-esm'];
// attw's JSON report still lists ignored problems, under their kind name.
const IGNORED_ATTW_KINDS = new Set(['CJSResolvesToESM']);

const packages = readdirSync(join(root, 'packages'))
  .map((dir) => ({ dir, path: join(root, 'packages', dir) }))
  .filter(({ path }) => existsSync(join(path, 'package.json')))
  .map((p) => ({ ...p, manifest: JSON.parse(readFileSync(join(p.path, 'package.json'), 'utf8')) }))
  .filter(({ manifest }) => manifest.private !== true);
const siblings = new Set(packages.map(({ manifest }) => manifest.name));

const run = (cmd, args, cwd) => {
  try {
    return { ok: true, out: execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    return { ok: false, out: `${error.stdout ?? ''}${error.stderr ?? error.message}` };
  }
};

const work = mkdtempSync(join(tmpdir(), 'parapet-package-lint-'));
let failures = 0;
const fail = (name, message) => {
  console.error(`FAIL ${name}: ${message}`);
  failures++;
};

try {
  for (const { dir, path, manifest } of packages) {
    const { name } = manifest;
    const failuresBefore = failures;
    const packed = run('npm', ['pack', '--json', '--pack-destination', work], path);
    if (!packed.ok) {
      fail(name, `npm pack failed\n${packed.out}`);
      continue;
    }
    const [info] = JSON.parse(packed.out);
    const tarball = join(work, info.filename);
    const files = info.files.map((f) => f.path);

    for (const required of ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json']) {
      if (!files.includes(required)) fail(name, `${required} is not in the tarball`);
    }
    const maps = files.filter((f) => f.endsWith('.map'));
    if (maps.length > 0) fail(name, `source maps in the tarball: ${maps.join(', ')}`);
    const mapRefs = files
      .filter((f) => /\.(c|m)?js$|\.d\.ts$/.test(f))
      .filter((f) => /^\/\/# sourceMappingURL=/m.test(readFileSync(join(path, f), 'utf8')));
    if (mapRefs.length > 0) fail(name, `sourceMappingURL comments in: ${mapRefs.join(', ')}`);

    if (manifest.repository?.directory !== `packages/${dir}`) {
      fail(name, `repository.directory should be "packages/${dir}"`);
    }
    for (const field of ['homepage', 'bugs', 'keywords', 'license']) {
      if (manifest[field] === undefined) fail(name, `package.json has no "${field}"`);
    }
    for (const kind of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
      for (const [dep, range] of Object.entries(manifest[kind] ?? {})) {
        if (siblings.has(dep) && /^\d/.test(range)) fail(name, `${kind}.${dep} is pinned to "${range}"; use a range (^${range})`);
      }
    }
    // Documents the README links to with a relative `./` link (PROTOCOL.md,
    // docs/*.md, bench/RESULTS.md) are part of the package's documentation
    // and must be in the tarball, so the links work wherever it is read.
    const readme = readFileSync(join(path, 'README.md'), 'utf8');
    for (const [, target] of readme.matchAll(/\]\(\.\/([^)#\s]+)(?:#[^)]*)?\)/g)) {
      if (!files.includes(target)) fail(name, `README links ./${target}, which is not in the tarball`);
    }

    const publint = run(bin('publint'), ['run', tarball, '--strict'], work);
    if (!publint.ok) fail(name, `publint\n${publint.out}`);

    const attw = run(bin('attw'), [tarball, '--format', 'json', '--ignore-rules', ...IGNORED_ATTW_RULES], work);
    let analysed = [];
    try {
      const report = JSON.parse(attw.out);
      analysed = Object.keys(report.analysis?.entrypoints ?? {});
      if (!attw.ok) {
        const problems = Object.values(report.problems ?? {})
          .flat()
          .filter((p) => !IGNORED_ATTW_KINDS.has(p.kind));
        fail(name, `attw\n${problems.map((p) => `  ${p.kind} ${p.entrypoint ?? ''} (${p.resolutionKind ?? ''})`).join('\n')}`);
      }
    } catch {
      fail(name, `attw did not produce a report\n${attw.out}`);
    }
    const declared = Object.keys(manifest.exports ?? { '.': null }).sort();
    if (analysed.sort().join() !== declared.join()) {
      fail(name, `attw analysed [${analysed.join(', ')}] but exports declares [${declared.join(', ')}]`);
    }

    console.log(
      `${failures === failuresBefore ? 'ok  ' : 'FAIL'} ${name}: ${files.length} files, ${(info.size / 1024).toFixed(1)} kB packed; ` +
        `entry points ${declared.join(', ')}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures > 0) {
  console.error(`\npackage-lint: ${failures} failure(s)`);
  process.exit(1);
}
console.log(`\npackage-lint: ${packages.length} packages pass publint --strict, attw (ignoring ${IGNORED_ATTW_RULES.join(', ')}) and the packaging rules`);
