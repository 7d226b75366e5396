// The floor under any Express stack doing what Parapet on Express does on
// GET /api/hello, with none of its checks: bare Express setting the same 12
// security headers (HSTS included) as constant strings and writing one plain
// pino line per request (same fields, nothing scrubbed, same destination).
import express from 'express';
import pino from 'pino';
import { randomUUID } from 'node:crypto';
import { compileSecurityHeaders, hstsHeaderValue } from '@parapet/https';
import { listen } from './listen.mjs';
import { logDestination } from './log-destination.mjs';

const HEADERS = [...Object.entries(compileSecurityHeaders().headers.set), ['strict-transport-security', hstsHeaderValue()]];
const logger = pino(logDestination('floor-express'));

const app = express();
app.use((req, res, next) => {
  const started = performance.now();
  const reqId = randomUUID();
  for (const [name, value] of HEADERS) res.setHeader(name, value);
  res.setHeader('x-request-id', reqId);
  res.once('close', () => {
    logger.info(
      {
        reqId,
        req: { method: req.method, path: req.path, headers: { 'user-agent': req.headers['user-agent'] } },
        res: { status: res.statusCode, size: Number(res.getHeader('content-length')) },
        durationMs: performance.now() - started,
        clientIp: req.socket.remoteAddress,
      },
      'request completed',
    );
  });
  next();
});
app.get('/api/hello', (_req, res) => {
  res.json({ hello: 'world' });
});
listen(app, { headers: { 'x-forwarded-proto': 'https' } });
