// The stack Express users assemble by hand today, each library configured as
// its README recommends for running behind a TLS-terminating proxy:
// express-sslify (trustProtoHeader) + helmet + express-rate-limit (its default
// in-memory store) + pino-http with redact paths, and with PEER_JWT=1,
// express-jwt verifying an ES256 token.
import express from 'express';
import enforce from 'express-sslify';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';
import { expressjwt } from 'express-jwt';
import { pinoHttp } from 'pino-http';
import { generateKeyPairSync } from 'node:crypto';
import jsonwebtoken from 'jsonwebtoken';
import { listen } from './listen.mjs';
import { logDestination } from './log-destination.mjs';

const app = express();
app.set('trust proxy', 'loopback');
app.use(enforce.HTTPS({ trustProtoHeader: true }));
app.use(helmet());
app.use(rateLimit({ windowMs: 60_000, limit: 1e9, standardHeaders: 'draft-8', legacyHeaders: false }));
app.use(
  pinoHttp(
    { redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', 'req.query.token'] },
    logDestination('peer-express'),
  ),
);
const request = { headers: { 'x-forwarded-proto': 'https' } };
if (process.env.PEER_JWT === '1') {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const token = jsonwebtoken.sign({ sub: 'billing' }, privateKey, { algorithm: 'ES256', expiresIn: '1h' });
  app.use(expressjwt({ secret: publicKey.export({ type: 'spki', format: 'pem' }), algorithms: ['ES256'] }));
  request.headers.authorization = `Bearer ${token}`;
}
app.get('/api/hello', (_req, res) => {
  res.json({ hello: 'world' });
});
listen(app, request);
