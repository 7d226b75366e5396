/**
 * Development material under `.dev/` (gitignored): the demo client's key
 * pair, the development CALLERS_FILE trusting it, and the PEM of the
 * self-signed development certificate so curl and the demo client can verify
 * TLS instead of disabling it. Never used when NODE_ENV=production.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportPublicJwks, generateCallerKey } from '@parapet/mutual-jwt';
import { exportJWK, type JWK } from 'jose';

/** The demo client's identity: `iss` of its request tokens. */
export const DEMO_CALLER_ID = 'demo-client';

/**
 * An example's default dev directory: `.dev/` next to its `package.json`,
 * given the URL of a module in its `dist/` (each example keeps its own files).
 */
export function exampleDevDir(moduleUrl: string): string {
  return fileURLToPath(new URL('../.dev/', moduleUrl));
}

/** Paths of the development files inside a dev directory. */
export function devPaths(devDir: string): { callerKey: string; callersFile: string; tlsCert: string } {
  return {
    callerKey: join(devDir, 'caller-key.json'),
    callersFile: join(devDir, 'callers.json'),
    tlsCert: join(devDir, 'tls-cert.pem'),
  };
}

/** What `.dev/caller-key.json` holds: a private JWK (with `kid` and `alg`) and the issuer id. */
export interface StoredCallerKey {
  readonly iss: string;
  readonly privateJwk: JWK & { kid: string; alg: 'EdDSA' | 'ES256' };
}

function writePrivate(path: string, content: string): void {
  // 0600: a private key readable by other local users is a shared key.
  writeFileSync(path, content, { mode: 0o600 });
  chmodSync(path, 0o600);
}

/** Read `.dev/caller-key.json`; throws with the path when it is unreadable or malformed. */
export function readCallerKey(path: string): StoredCallerKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read the caller key ${path}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const key = parsed as Partial<StoredCallerKey> | null;
  const jwk = key?.privateJwk;
  if (typeof key?.iss !== 'string' || typeof jwk !== 'object' || jwk === null || typeof jwk.kid !== 'string' || typeof jwk.d !== 'string' || (jwk.alg !== 'EdDSA' && jwk.alg !== 'ES256')) {
    throw new Error(`${path} is not a caller key file ({ "iss", "privateJwk": { "kid", "alg": "EdDSA"|"ES256", "d", … } })`);
  }
  return key as StoredCallerKey;
}

/**
 * Make sure the demo client has a key pair and the development CALLERS_FILE
 * trusts its public half. Existing files are kept (restarts keep the same
 * identity); a missing callers file is rebuilt from the existing key.
 */
export async function ensureDevCaller(devDir: string): Promise<{ callerKey: StoredCallerKey; created: boolean }> {
  const paths = devPaths(devDir);
  mkdirSync(devDir, { recursive: true, mode: 0o700 });
  let created = false;
  let callerKey: StoredCallerKey;
  if (existsSync(paths.callerKey)) {
    callerKey = readCallerKey(paths.callerKey);
  } else {
    const generated = await generateCallerKey({ alg: 'EdDSA', extractable: true });
    const privateJwk = { ...(await exportJWK(generated.privateKey)), kid: generated.kid, alg: 'EdDSA' as const };
    callerKey = { iss: DEMO_CALLER_ID, privateJwk };
    writePrivate(paths.callerKey, `${JSON.stringify(callerKey, null, 2)}\n`);
    created = true;
  }
  if (created || !existsSync(paths.callersFile)) {
    const { privateJwk } = callerKey;
    const jwks = exportPublicJwks([{ publicKey: privateJwk, kid: privateJwk.kid, alg: privateJwk.alg }]);
    writeFileSync(paths.callersFile, `${JSON.stringify({ callers: [{ iss: callerKey.iss, jwks }] }, null, 2)}\n`);
    created = true;
  }
  return { callerKey, created };
}

/** Publish the development certificate (public part only) for curl `--cacert` and the demo client. */
export function writeDevCertificate(devDir: string, certPem: string): string {
  mkdirSync(devDir, { recursive: true, mode: 0o700 });
  const path = devPaths(devDir).tlsCert;
  writeFileSync(path, certPem);
  return path;
}
