// The raw crypto bound of request-bound mutual authentication: bare Koa doing
// only what the protocol cannot avoid per request (jose verifies the caller's
// EdDSA token and signs a response token), with none of mutualAuth's checks,
// replay store, body hashing or error handling. Same pre-signed tokens.
import Koa from 'koa';
import Router from '@koa/router';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jwtVerify, SignJWT } from 'jose';
import { createMutualClient, generateCallerKey } from '@parapet/mutual-jwt';
import { listen } from './listen.mjs';
import { signedHeaders } from './tokens.mjs';

const caller = await generateCallerKey({ alg: 'EdDSA' });
const server = await generateCallerKey({ alg: 'EdDSA' });
const app = new Koa();
const router = new Router();
router.get('/api/hello', async (ctx) => {
  const token = ctx.get('authorization').slice(7);
  const { payload } = await jwtVerify(token, caller.publicKey, { algorithms: ['EdDSA'], audience: 'bench-api' });
  ctx.body = { hello: 'world' };
  ctx.set(
    'Server-Authorization',
    `Bearer ${await new SignJWT({ irt: payload.jti, sts: 200 })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'mutual-response+jwt', kid: server.kid })
      .setIssuer('bench-api')
      .setAudience(String(payload.iss))
      .setIssuedAt()
      .setExpirationTime('60s')
      .sign(server.privateKey)}`,
  );
});
app.use(router.routes());
const file = join(process.env.BENCH_TMP, `tokens-${process.pid}.json`);
const client = { issuer: 'billing', privateKey: caller.privateKey, kid: caller.kid, alg: caller.alg, audience: 'bench-api' };
writeFileSync(file, JSON.stringify(await signedHeaders(createMutualClient, client, '/api/hello', Number(process.env.BENCH_TOKENS ?? 60_000))));
listen(app, { headersFile: file });
