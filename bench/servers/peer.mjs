// The stack Koa users assemble by hand today, each library configured as its
// README recommends for running behind a TLS-terminating proxy:
// koa-sslify (x-forwarded-proto resolver) + koa-helmet + koa-ratelimit
// (memory driver with an explicit Map) + koa-pino-logger with redact paths,
// and with PEER_JWT=1, koa-jwt verifying an ES256 token.
import Koa from 'koa';
import Router from '@koa/router';
import sslifyModule from 'koa-sslify';
import helmet from 'koa-helmet';
import ratelimit from 'koa-ratelimit';
import koaJwt from 'koa-jwt';
import pinoLogger from 'koa-pino-logger';
import { generateKeyPairSync } from 'node:crypto';
import jsonwebtoken from 'jsonwebtoken';
import { listen } from './listen.mjs';
import { logDestination } from './log-destination.mjs';

const app = new Koa();
app.proxy = true;
const { default: sslify, xForwardedProtoResolver } = sslifyModule;
app.use(sslify({ resolver: xForwardedProtoResolver }));
app.use(helmet());
app.use(
  ratelimit({ driver: 'memory', db: new Map(), duration: 60_000, max: 1e9, id: (ctx) => ctx.ip }),
);
app.use(
  pinoLogger(
    { redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', 'req.query.token'] },
    logDestination('peer'),
  ),
);
const request = { headers: { 'x-forwarded-proto': 'https' } };
if (process.env.PEER_JWT === '1') {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const token = jsonwebtoken.sign({ sub: 'billing' }, privateKey, { algorithm: 'ES256', expiresIn: '1h' });
  app.use(koaJwt({ secret: publicKey.export({ type: 'spki', format: 'pem' }), algorithms: ['ES256'] }));
  request.headers.authorization = `Bearer ${token}`;
}
const router = new Router();
router.get('/api/hello', (ctx) => {
  ctx.body = { hello: 'world' };
});
app.use(router.routes());
listen(app, request);
