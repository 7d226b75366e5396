#!/usr/bin/env node
// parapet-keys: signing keys for @parapet/mutual-jwt (Ed25519 or P-256), as files a service reads.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { JWK } from 'jose';
import type { SupportedAlgorithm } from './constants.js';
import { generateKeyFiles, privateKeyFile, publicJwksOf, readJson, rotateKeyFiles } from './key-files.js';

const USAGE = `usage:
  parapet-keys generate --kid KID [--alg EdDSA|ES256] --out DIR
      writes DIR/KID.private.jwk.json (mode 0600), DIR/jwks.json (public) and DIR/rotation.json
  parapet-keys public --key FILE
      prints the public JWKS of a private JWK file
  parapet-keys rotate --kid NEW_KID [--alg EdDSA|ES256] --dir DIR [--grace SECONDS]
      adds a key and makes it current; the previous key stays in jwks.json for the grace period
      (default 86400 s); keys whose grace has passed are dropped`;

function fail(message: string): never {
  process.stderr.write(`parapet-keys: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') fail(`${flag} is required`);
  return value;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({ args: rest, strict: true, options: { kid: { type: 'string' }, alg: { type: 'string', default: 'EdDSA' }, out: { type: 'string' }, dir: { type: 'string' }, key: { type: 'string' }, grace: { type: 'string', default: '86400' } } });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  const alg = values.alg as SupportedAlgorithm;
  switch (command) {
    case 'generate': {
      const out = required(values.out, '--out');
      mkdirSync(out, { recursive: true, mode: 0o700 });
      const { privateFile, jwksFile } = await generateKeyFiles(out, required(values.kid, '--kid'), alg);
      process.stdout.write(`private key: ${privateFile} (mode 0600, keep it secret)\npublic JWKS: ${jwksFile} (publish it)\n`);
      return;
    }
    case 'public': {
      process.stdout.write(`${JSON.stringify(publicJwksOf([readJson<JWK>(required(values.key, '--key'))]), null, 2)}\n`);
      return;
    }
    case 'rotate': {
      const dir = required(values.dir, '--dir');
      const grace = Number(values.grace);
      if (!Number.isSafeInteger(grace) || grace < 0) fail('--grace must be a whole number of seconds');
      const kid = required(values.kid, '--kid');
      const { kept, dropped } = await rotateKeyFiles(dir, kid, alg, grace * 1000, Date.now());
      process.stdout.write(
        `current key: ${join(dir, privateKeyFile(kid))}\npublished: ${[kid, ...kept].join(', ')}${dropped.length > 0 ? `\ndropped (grace over): ${dropped.join(', ')}` : ''}\n`,
      );
      return;
    }
    default:
      fail(command === undefined ? 'a command is required' : `unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`parapet-keys: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
