#!/usr/bin/env node
// Package-consumer smoke test: pack every publishable package, install the
// tarballs into a throwaway app (as a user would from the registry) and load
// each one from ESM `import` and from CommonJS `require()` (Node >= 20.19
// loads ESM synchronously through require). Catches what unit tests cannot:
// a missing file in `files`, a broken `exports` map, a type path that does not
// exist, a dependency that only resolves inside the monorepo.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const packages = ['security-events', 'https', 'auth-limit', 'mutual-jwt', 'log-scrubber', 'password-policy'];
const work = mkdtempSync(join(tmpdir(), 'parapet-consumer-'));
const npm = (args, cwd) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let failures = 0;
let passes = 0;
try {
  const tarballs = {};
  for (const dir of packages) {
    const pkgDir = join(root, 'packages', dir);
    const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], pkgDir));
    tarballs[manifest.name] = { file: join(work, packed.filename), manifest };
  }

  // `overrides` make the packages' dependencies on each other resolve to the
  // local tarballs instead of the registry (they are not published).
  const fileSpecs = Object.fromEntries(Object.entries(tarballs).map(([n, t]) => [n, `file:${t.file}`]));
  const installApp = (dirName, dependencies) => {
    const dir = join(work, dirName);
    execFileSync('mkdir', ['-p', dir]);
    const manifest = { name: dirName, private: true, type: 'module', dependencies: { ...fileSpecs, ...dependencies, '@types/node': '^20.19.0' }, overrides: fileSpecs };
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
    npm(['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir);
    return dir;
  };
  // What a TypeScript Koa app has; deliberately no ioredis (an optional peer).
  const app = installApp('app', { koa: '^3.0.0', '@types/koa': '^3.0.0' });

  for (const [name, { manifest }] of Object.entries(tarballs)) {
    const subpaths = Object.keys(manifest.exports).filter((s) => s !== './package.json');
    for (const sub of subpaths) {
      const spec = sub === '.' ? name : `${name}/${sub.slice(2)}`;
      const typesPath = manifest.exports[sub].types;
      if (!existsSync(join(app, 'node_modules', name, typesPath))) {
        console.error(`FAIL ${spec}: types file ${typesPath} missing from the tarball`);
        failures++;
      }
      for (const [kind, code] of [
        ['esm', `const m = await import(${JSON.stringify(spec)}); if (Object.keys(m).length === 0) throw new Error('no exports'); console.log(Object.keys(m).length);`],
        ['cjs', `const m = require(${JSON.stringify(spec)}); if (Object.keys(m).length === 0) throw new Error('no exports'); console.log(Object.keys(m).length);`],
      ]) {
        const args = kind === 'esm' ? ['--input-type=module', '-e', code] : ['--input-type=commonjs', '-e', code];
        try {
          const out = execFileSync(process.execPath, args, { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
          console.log(`ok   ${kind} ${spec} (${out.trim()} exports)`);
          passes++;
        } catch (error) {
          console.error(`FAIL ${kind} ${spec}\n${error.stderr ?? error.message}`);
          failures++;
        }
      }
    }
    for (const [bin, file] of Object.entries(manifest.bin ?? {})) {
      if (!existsSync(join(app, 'node_modules', name, file))) {
        console.error(`FAIL bin ${bin}: ${file} missing from the tarball`);
        failures++;
      } else {
        passes++;
      }
    }
  }

  // The published declarations must type-check in a strict consumer without
  // skipLibCheck (a d.ts that names an uninstalled optional peer would fail here):
  // the Koa app checks every subpath but `./express`; an Express app with no
  // Koa types at all checks the `./express` subpaths and `@parapet/https/core`.
  const typeCheck = (dir, label, keep) => {
    const imports = Object.entries(tarballs).flatMap(([name, { manifest }]) =>
      Object.keys(manifest.exports)
        .filter((s) => s !== './package.json' && keep(s, name))
        .map((sub, i) => `import * as m${name.replace(/\W/g, '_')}${i} from '${sub === '.' ? name : `${name}/${sub.slice(2)}`}';\nconsole.log(Object.keys(m${name.replace(/\W/g, '_')}${i}).length);`),
    );
    writeFileSync(join(dir, 'index.ts'), imports.join('\n') + '\n');
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2023', noEmit: true, skipLibCheck: false, types: ['node'] }, files: ['index.ts'] }),
    );
    try {
      execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      console.log(`ok   types: ${label} (${imports.length} subpaths, skipLibCheck: false, no ioredis)`);
      passes++;
    } catch (error) {
      console.error(`FAIL types ${label}\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
      failures++;
    }
  };
  typeCheck(app, 'Koa app, every subpath but ./express', (sub) => sub !== './express');

  const expressApp = installApp('express-app', { express: '^5.1.0', '@types/express': '^5.0.0' });
  typeCheck(expressApp, 'Express app without Koa types, ./express subpaths and @parapet/https/core', (sub, name) => sub === './express' || (sub === './core' && name === '@parapet/https'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`consumer smoke test under node ${process.version}`);
console.log(`consumer-smoke: ${passes} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
