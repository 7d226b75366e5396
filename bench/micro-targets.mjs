// Set-up for the micro-benchmarks of the two stateful cores (kept apart from
// micro.mjs so each returns just the function to time).
import { randomBytes } from 'node:crypto';
import { Limiter, MemoryStore, resolveOptions } from '@parapet/auth-limit';
import {
  CallerTokenVerifier,
  createMutualClient,
  exportPublicJwks,
  generateCallerKey,
  resolveMutualAuthOptions,
} from '@parapet/mutual-jwt';
import { signedHeaders } from './servers/tokens.mjs';

/** One login attempt through the limiter core: key derivation (memoised HMAC) and the atomic check-and-record. */
export async function authLimitCheck() {
  const HUGE = 1_000_000_000;
  const limits = Object.fromEntries(['accountClient', 'account', 'clientFailures', 'clientRequests'].map((k) => [k, { limit: HUGE, window: 3600 }]));
  const limiter = new Limiter(resolveOptions({ secret: randomBytes(32), purpose: 'login', account: () => undefined, limits, store: new MemoryStore() }));
  const input = { account: 'alice@example.com', clientIp: '203.0.113.9' };
  return () => {
    const decision = limiter.check(limiter.prepare(input));
    if (decision instanceof Promise) throw new Error('memory store answered asynchronously');
    if (!decision.allowed) throw new Error('limit reached in a micro-benchmark');
  };
}

/** Verification of a reusable (amortised) caller token that is already in the verified-token cache. */
export async function amortisedVerify() {
  const caller = await generateCallerKey({ alg: 'EdDSA' });
  const verifier = new CallerTokenVerifier(
    resolveMutualAuthOptions({ audience: 'bench-api', callers: { billing: { jwks: exportPublicJwks([caller]) } }, mode: 'amortised' }),
  );
  const [{ authorization }] = await signedHeaders(
    createMutualClient,
    { issuer: 'billing', privateKey: caller.privateKey, kid: caller.kid, alg: caller.alg, audience: 'bench-api', mode: 'amortised' },
    '/api/hello',
    1,
  );
  const token = authorization.slice('Bearer '.length);
  const facts = { method: 'GET', target: '/api/hello', certificateThumbprint: undefined };
  await verifier.verify(token, facts, Date.now()); // fills the cache
  return () => verifier.verify(token, facts, Date.now());
}
