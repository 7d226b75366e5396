// The Parapet stack on Express, GET /api/hello, behind a (simulated)
// TLS-terminating proxy on loopback: trustProxy + httpsRedirect + hsts +
// securityHeaders + authLimit (a client-request limit nobody reaches, like the
// peer stack's express-rate-limit) + requestLogger (scrubbed, to a file).
//   MUTUAL=none       no mutualAuth (compare with the peer stack without express-jwt)
//   MUTUAL=amortised  plus mutualAuth with one reusable caller token, verification cached
import express from 'express';
import pino from 'pino';
import { randomBytes } from 'node:crypto';
import { hsts, httpsRedirect, securityHeaders, trustProxy } from '@parapet/https/express';
import { authLimit } from '@parapet/auth-limit/express';
import { createScrubber } from '@parapet/log-scrubber';
import { requestLogger } from '@parapet/log-scrubber/express';
import { allowCallers, mutualAuth } from '@parapet/mutual-jwt/express';
import { createMutualClient, exportPublicJwks, generateCallerKey } from '@parapet/mutual-jwt';
import { listen } from './listen.mjs';
import { logDestination } from './log-destination.mjs';
import { mutualSetup, signedHeaders } from './tokens.mjs';

const mode = process.env.MUTUAL ?? 'none';
const scrubber = createScrubber({ keys: [{ id: 'k1', secret: randomBytes(32) }] });
const logger = pino(logDestination('parapet-express'));

const app = express();
app.use(trustProxy({ trustedProxies: ['loopback'] }));
app.use(httpsRedirect({ canonicalHost: '127.0.0.1' }));
app.use(hsts());
app.use(securityHeaders({ hsts: false }));
app.use(requestLogger({ logger, scrubber }));
app.use(
  authLimit({
    secret: randomBytes(32),
    purpose: 'api',
    account: () => undefined,
    limits: { clientRequests: { limit: 1e9, window: 60 } },
  }),
);

const request = { headers: { 'x-forwarded-proto': 'https' } };
const hello = (_req, res) => {
  res.json({ hello: 'world' });
};
if (mode === 'none') {
  app.get('/api/hello', hello);
} else {
  const { options, client } = await mutualSetup({ generateCallerKey, exportPublicJwks }, 'amortised');
  app.use(mutualAuth(options));
  app.get('/api/hello', allowCallers('billing'), hello);
  const [headers] = await signedHeaders(createMutualClient, { ...client, mode: 'amortised' }, '/api/hello', 1);
  Object.assign(request.headers, headers);
}
listen(app, request);
