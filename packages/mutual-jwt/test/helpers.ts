import { createPrivateKey, KeyObject, randomUUID, sign as nodeSign } from 'node:crypto';
import { bodyParser } from '@koa/bodyparser';
import Router from '@koa/router';
import { SignJWT, type JWTPayload, type JWTHeaderParameters } from 'jose';
import Koa from 'koa';
import {
  allowCallers,
  bodyHash,
  exportPublicJwks,
  generateCallerKey,
  jwksEndpoint,
  mutualAuth,
  type GeneratedKey,
  type MutualAuthOptions,
  type MutualJwtError,
} from '../src/index.js';

export interface Keys {
  billing: GeneratedKey;
  billingEs: GeneratedKey;
  reports: GeneratedKey;
  attacker: GeneratedKey;
  orders: GeneratedKey;
}

export async function makeKeys(): Promise<Keys> {
  return {
    billing: await generateCallerKey({ kid: 'billing-1', extractable: true }),
    billingEs: await generateCallerKey({ alg: 'ES256', kid: 'billing-es' }),
    reports: await generateCallerKey({ kid: 'reports-1' }),
    attacker: await generateCallerKey({ kid: 'billing-1', extractable: true }),
    orders: await generateCallerKey({ kid: 'orders-1' }),
  };
}

export const now = (): number => Math.floor(Date.now() / 1000);

/** Claims of a valid request-bound token for GET /api/orders; `undefined` values delete a claim. */
export function claims(overrides: Record<string, unknown> = {}): JWTPayload {
  const t = now();
  const base: Record<string, unknown> = { iss: 'billing', aud: 'orders', iat: t, exp: t + 60, jti: randomUUID(), htm: 'GET', htu: '/api/orders' };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete base[key];
    else base[key] = value;
  }
  return base;
}

/** Signs with jose (valid JWS) a token with the given claims and header overrides. */
export async function signToken(key: GeneratedKey, payload: JWTPayload = claims(), header: Partial<JWTHeaderParameters> = {}): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg: key.alg, typ: 'mutual-v2+jwt', kid: key.kid, ...header }).sign(key.privateKey);
}

export const b64 = (text: string | Buffer): string => Buffer.from(text).toString('base64url');

/**
 * Signs arbitrary header and payload TEXT with Ed25519 (node:crypto), so tests can
 * build validly signed tokens that jose's SignJWT refuses to produce (duplicate
 * members, crit, odd typ). Test-only: the package never does this.
 */
export function signRawEd25519(key: GeneratedKey, headerText: string, payloadText: string): string {
  const input = `${b64(headerText)}.${b64(payloadText)}`;
  const signature = nodeSign(null, Buffer.from(input), KeyObject.from(key.privateKey));
  return `${input}.${signature.toString('base64url')}`;
}

export function privateKeyObject(key: GeneratedKey): KeyObject {
  return createPrivateKey(KeyObject.from(key.privateKey).export({ format: 'pem', type: 'pkcs8' }));
}

export interface TestApp {
  app: Koa;
  failures: MutualJwtError[];
  errors: unknown[];
}

/** The app used by most tests: orders service trusting billing (Ed25519 + P-256) and reports. */
export function createTestApp(keys: Keys, overrides: Partial<MutualAuthOptions> = {}): TestApp {
  const app = new Koa();
  const failures: MutualJwtError[] = [];
  const errors: unknown[] = [];
  app.silent = true;
  app.on('error', (error: unknown) => errors.push(error));
  app.use(jwksEndpoint({ keys: [keys.orders] }));
  app.use(
    mutualAuth({
      audience: 'orders',
      callers: {
        billing: { jwks: exportPublicJwks([keys.billing, keys.billingEs]) },
        reports: { jwks: exportPublicJwks([keys.reports]) },
      },
      signingKey: keys.orders,
      onAuthFailure: ({ error }) => failures.push(error),
      ...overrides,
    }),
  );
  const router = new Router();
  router.get('/api/orders', allowCallers('billing', 'reports'), (ctx) => {
    ctx.body = { orders: [1, 2], caller: ctx.state.caller?.iss };
  });
  router.post('/api/orders', allowCallers('billing'), bodyParser(), (ctx) => {
    ctx.status = 201;
    ctx.body = { received: ctx.request.body, raw: ctx.state.caller?.rawBody?.toString('utf8') };
  });
  router.get('/api/billing-only', allowCallers('billing'), (ctx) => {
    ctx.body = 'billing';
  });
  router.get('/api/unguarded', (ctx) => {
    ctx.body = 'no policy';
  });
  router.get('/api/teapot', allowCallers('billing'), (ctx) => {
    ctx.throw(418, 'short and stout');
  });
  router.get('/api/crash', allowCallers('billing'), () => {
    throw new Error('secret internal detail');
  });
  app.use(router.routes());
  return { app, failures, errors };
}

export { bodyHash };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Sets an unused trailing bit of a base64url segment: same bytes once decoded, different string. */
export function setUnusedBit(segment: string): string {
  const last = ALPHABET.indexOf(segment.at(-1)!);
  return segment.slice(0, -1) + ALPHABET[last + 1]!;
}
