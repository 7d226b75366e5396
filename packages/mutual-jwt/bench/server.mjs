// One benchmark server per process, so the load generator never shares its event loop.
// Usage (by run.mjs): node server.mjs <scenario>; keys arrive as JSON on stdin, the port is sent back via IPC.
import Koa from 'koa';
import jwt from 'koa-jwt';
import { importJWK, jwtVerify, SignJWT } from 'jose';
import { createHash, createPublicKey, randomUUID } from 'node:crypto';
import { allowCallers, mutualAuth } from '../dist/index.js';

const scenario = process.argv[2];
const input = await new Promise((resolve) => process.once('message', resolve));
const { callerJwks, serverPrivateJwk, serverKid, alg } = input;

const app = new Koa();
if (scenario === 'request-bound' || scenario === 'amortised') {
  const privateKey = await importJWK(serverPrivateJwk, alg);
  app.use(
    mutualAuth({
      audience: 'orders',
      callers: { billing: { jwks: callerJwks } },
      signingKey: { privateKey, kid: serverKid, alg },
      mode: scenario,
    }),
  );
  app.use(allowCallers('billing'));
} else if (scenario === 'koa-jwt') {
  const pem = createPublicKey({ key: callerJwks.keys[0], format: 'jwk' }).export({ type: 'spki', format: 'pem' });
  app.use(jwt({ secret: pem, algorithms: [alg], audience: 'orders', issuer: 'billing' }));
} else if (scenario === 'jose-bound') {
  // The floor of request-bound mode on the same bare Koa: jose verifies the caller token and signs a
  // response token with the claims the protocol requires (body hash, covered header names and their
  // hash), nothing else (no pre-checks, replay store, request binding or key selection).
  const callerKey = await importJWK(callerJwks.keys[0], alg);
  const privateKey = await importJWK(serverPrivateJwk, alg);
  const covered = ['location', 'content-type', 'content-encoding', 'content-location', 'set-cookie', 'cache-control', 'www-authenticate', 'retry-after'];
  app.use(async (ctx, next) => {
    const { payload } = await jwtVerify(ctx.get('authorization').slice(7), callerKey, { algorithms: [alg], audience: 'orders', issuer: 'billing' });
    await next();
    const body = Buffer.from(JSON.stringify(ctx.body));
    ctx.type = 'json';
    ctx.body = body;
    let headers = '';
    for (const name of covered) {
      const value = ctx.res.getHeader(name);
      if (value !== undefined) headers += `${name}:${Array.isArray(value) ? value.join(', ') : value}\n`;
    }
    const iat = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({
      irt: payload.jti,
      sts: ctx.status,
      bh: createHash('sha256').update(body).digest('base64url'),
      hdr: covered,
      hh: createHash('sha256').update(headers, 'latin1').digest('base64url'),
    })
      .setProtectedHeader({ alg, typ: 'mutual-response-v2+jwt', kid: serverKid })
      .setIssuer('orders')
      .setAudience('billing')
      .setIssuedAt(iat)
      .setExpirationTime(iat + 60)
      .setJti(randomUUID())
      .sign(privateKey);
    ctx.set('Server-Authorization', `Bearer ${token}`);
  });
} else if (scenario !== 'bare') {
  throw new Error(`unknown scenario ${scenario}`);
}
app.use((ctx) => {
  ctx.body = { orders: [1, 2, 3] };
});
const server = app.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
// run.mjs reads this process's CPU time around the measured window.
process.on('message', (message) => {
  if (message === 'cpu') process.send(process.cpuUsage());
});
// Exit cleanly on SIGINT so `--cpu-prof` can write its profile.
process.on('SIGINT', () => process.exit(0));
