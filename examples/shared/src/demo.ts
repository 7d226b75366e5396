/**
 * Demo client (`npm run demo` of either example): calls the running example with
 * createMutualClient, verifies every signed response, and shows that a
 * forged and a replayed request are refused.
 *
 * Environment (same names as the server): PUBLIC_HOST, HTTPS_PORT,
 * SERVICE_ID, DEV_DIR; TLS_CA = CA certificate to trust (default: the
 * server's development certificate in .dev/tls-cert.pem, else the public
 * roots); CALLER_KEY_FILE = this caller's key (default .dev/caller-key.json).
 */
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMutualClient, generateCallerKey, ServerAuthenticationError, SERVER_AUTHORIZATION_HEADER } from '@parapet/mutual-jwt';
import { decodeJwt, decodeProtectedHeader, type JSONWebKeySet } from 'jose';
import { devPaths, ensureDevCaller, readCallerKey } from './dev-files.js';
import { createTlsFetch } from './tls-fetch.js';

let failures = 0;
const ok = (message: string): void => console.log(`  ✔ ${message}`);
const bad = (message: string): void => {
  failures++;
  console.log(`  ✘ ${message}`);
};

async function main(env: NodeJS.ProcessEnv, defaultDevDir: string): Promise<void> {
  const devDir = resolve(env.DEV_DIR ?? defaultDevDir);
  const paths = devPaths(devDir);
  const host = env.PUBLIC_HOST ?? 'localhost';
  const origin = `https://${host.includes(':') ? `[${host}]` : host}:${env.HTTPS_PORT ?? '8443'}`;
  const serviceId = env.SERVICE_ID ?? 'secure-api';
  console.log(`Parapet demo client → ${origin}\n`);

  const keyFile = env.CALLER_KEY_FILE;
  if (keyFile === undefined) {
    const { created } = await ensureDevCaller(devDir);
    if (created) console.log(`  (created a caller key in ${devDir}: restart the server so its CALLERS_FILE trusts it)\n`);
  }
  const caller = readCallerKey(keyFile ?? paths.callerKey);

  const caFile = env.TLS_CA ?? (existsSync(paths.tlsCert) ? paths.tlsCert : undefined);
  const ca = caFile === undefined ? undefined : readFileSync(caFile, 'utf8');
  const tlsFetch = createTlsFetch({ ca });
  const trustedBy = caFile === undefined ? 'the public roots' : `${caFile} (SHA-256 ${new X509Certificate(ca!).fingerprint256})`;

  console.log('1. Server identity');
  const jwksResponse = await tlsFetch(`${origin}/.well-known/jwks.json`);
  const serverJwks = (await jwksResponse.json()) as JSONWebKeySet;
  ok(`fetched ${origin}/.well-known/jwks.json: kid ${serverJwks.keys.map((k) => k.kid).join(', ')}`);

  // Keep the last request's Authorization header to attempt a replay later.
  let lastAuthorization: string | undefined;
  const recordingFetch: typeof fetch = async (input, init) => {
    lastAuthorization = new Headers(init?.headers).get('authorization') ?? undefined;
    return tlsFetch(input, init);
  };
  const client = createMutualClient({
    issuer: caller.iss,
    privateKey: caller.privateJwk,
    kid: caller.privateJwk.kid,
    alg: caller.privateJwk.alg,
    audience: serviceId,
    serverJwks,
    fetch: recordingFetch,
  });

  console.log(`\n2. GET /api/orders as "${caller.iss}"`);
  const list = await client(`${origin}/api/orders?limit=5`);
  const listed = (await list.json()) as { orders?: unknown[] };
  describeVerified(list, 200);
  // Only now: the handshake accepted the certificate AND the answer over it was signed by the key
  // the JWKS named — a certificate check alone, before any exchange, proves nothing yet.
  ok(`server certificate verified against ${trustedBy}, and the response over it signed by the server's key`);
  ok(`${listed.orders?.length ?? 0} order(s) returned`);
  const replayable = lastAuthorization;

  console.log('\n3. POST /api/orders (body hash bound in the request token)');
  const created = await client(`${origin}/api/orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ item: 'parapet demo widget', quantity: 3 }),
  });
  const order = (await created.json()) as { order?: { id: number; createdBy: string } };
  describeVerified(created, 201);
  if (order.order) ok(`order #${order.order.id} created by ${order.order.createdBy}`);

  console.log(`\n4. Forged request: "${caller.iss}" token signed with an attacker's key (same kid)`);
  const attacker = await generateCallerKey();
  const forger = createMutualClient({ issuer: caller.iss, privateKey: attacker.privateKey, kid: caller.privateJwk.kid, alg: 'EdDSA', audience: serviceId, verifyResponses: false, fetch: tlsFetch });
  const forged = await forger(`${origin}/api/orders`);
  if (forged.status === 401) ok(`refused: 401, WWW-Authenticate: ${forged.headers.get('www-authenticate') ?? '(missing)'}`);
  else bad(`forged request got ${forged.status}`);

  console.log('\n5. Replayed request: the token of step 2 sent again');
  const replay = await tlsFetch(`${origin}/api/orders?limit=5`, { headers: { authorization: replayable ?? '' } });
  if (replay.status === 401) ok(`refused: 401, WWW-Authenticate: ${replay.headers.get('www-authenticate') ?? '(missing)'}`);
  else bad(`replayed request got ${replay.status}`);

  console.log(failures === 0 ? '\nAll checks passed.' : `\n${failures} check(s) failed.`);
}

function describeVerified(response: Response, expected: number): void {
  const header = response.headers.get(SERVER_AUTHORIZATION_HEADER) ?? '';
  const token = header.replace(/^Bearer /, '');
  const claims = decodeJwt(token);
  const { kid } = decodeProtectedHeader(token);
  if (response.status !== expected) bad(`status ${response.status}, expected ${expected}`);
  // createMutualClient already verified this token (it throws otherwise); show what it proved.
  ok(`${response.status}: Server-Authorization verified — signed by "${String(claims.iss)}" (kid ${kid ?? '?'}), for this request (irt ${String(claims.irt)}), status ${String(claims.sts)}, body hash and ${Array.isArray(claims.hdr) ? claims.hdr.length : 0} covered headers match`);
}

/**
 * Run the demo against the example the environment names and exit: 0 when
 * every check passed, 1 otherwise.
 * @param defaultDevDir the example's `.dev/` (its certificate and caller key) when DEV_DIR is unset
 * @param startCommand how to start that example, for the "is it running?" hint
 */
export function runDemo(defaultDevDir: string, startCommand: string): Promise<never> {
  return main(process.env, defaultDevDir).then(
    () => process.exit(failures === 0 ? 0 : 1),
    (err: unknown) => {
      if (err instanceof ServerAuthenticationError) console.error(`\n✘ the server could not prove its identity: ${err.code} (${err.detail})`);
      else console.error(`\n✘ ${err instanceof Error ? err.message : String(err)}`);
      if (/ECONNREFUSED/.test(String((err as { code?: unknown } | null)?.code))) console.error(`  Is the server running? Start it with \`${startCommand}\`.`);
      process.exit(1);
    },
  );
}
