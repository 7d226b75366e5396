#!/usr/bin/env node
// Builds the API reference (TypeDoc, from the TSDoc comments) into docs/api/.
// Each package documents exactly its public entry points: its typedoc.json
// must list one source file per `exports` subpath, so a new subpath cannot
// ship undocumented. TypeDoc warnings (a public type referring to one that is
// not exported, a broken {@link}) fail the build (typedoc.json).
// Needs the packages built (siblings resolve through their dist/ types).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const problems = [];

for (const name of readdirSync(join(root, 'packages')).sort()) {
  const dir = join(root, 'packages', name);
  if (!existsSync(join(dir, 'package.json'))) continue;
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const expected = Object.entries(manifest.exports ?? {})
    .filter(([subpath]) => subpath !== './package.json')
    .map(([subpath, target]) => {
      const types = typeof target === 'string' ? target : target.types;
      if (typeof types !== 'string' || !/^\.\/dist\/.+\.d\.ts$/.test(types)) {
        problems.push(`${name}: exports["${subpath}"] has no ./dist/*.d.ts types to map to a source file`);
        return undefined;
      }
      return types.replace(/^\.\/dist\//, 'src/').replace(/\.d\.ts$/, '.ts');
    })
    .filter((entry) => entry !== undefined)
    .sort();
  const configFile = join(dir, 'typedoc.json');
  const listed = existsSync(configFile) ? [...(JSON.parse(readFileSync(configFile, 'utf8')).entryPoints ?? [])].sort() : [];
  if (JSON.stringify(listed) !== JSON.stringify(expected)) {
    problems.push(`${name}: typedoc.json entryPoints ${JSON.stringify(listed)} do not match the exports ${JSON.stringify(expected)}`);
  }
}

if (problems.length > 0) {
  console.error(`docs: ${problems.join('\n')}`);
  process.exit(1);
}

try {
  execFileSync(join(root, 'node_modules/.bin/typedoc'), ['--options', join(root, 'typedoc.json')], { cwd: root, stdio: 'inherit' });
} catch {
  console.error('docs: TypeDoc failed (warnings count as errors)');
  process.exit(1);
}
console.log(`docs: API reference in ${join('docs', 'api', 'index.html')}`);
