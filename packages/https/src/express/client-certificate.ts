/** Express adapter of the verified mutual-TLS client certificate (decision in `tls/client-certificate.ts`). */
import { ClientCertificateRequiredError } from '../errors.js';
import { compileClientCertificatePolicy, type ClientCertificate, type ClientCertificateOptions } from '../tls/client-certificate.js';
import { sendError, type ExpressMiddleware } from './middlewares.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express's own extension point
  namespace Express {
    interface Request {
      /** Set by `clientCertificate()` (@parapet/https/express) when the TLS peer presented a certificate the server verified. */
      clientCertificate?: ClientCertificate;
    }
    interface Locals {
      /** Same object as `req.clientCertificate` (@parapet/https/express). */
      clientCertificate?: ClientCertificate;
    }
  }
}

/**
 * Express middleware putting the verified mutual-TLS client certificate on
 * `req.clientCertificate` and `res.locals.clientCertificate` (same options
 * and answers as the Koa middleware: 403 `Client certificate required` when
 * it is required and absent). Use with `createSecureServer({ requestCert: true, ca })`.
 * TLS must end at this server: behind a TLS-terminating proxy there is no
 * client certificate on the socket, and no header stands in for one.
 *
 * @example
 * ```ts
 * app.use(clientCertificate({ allowedClients: ['CN=billing'] }));
 * app.get('/whoami', (req, res) => res.json({ subject: req.clientCertificate?.subject }));
 * ```
 */
export function clientCertificate(options?: ClientCertificateOptions): ExpressMiddleware {
  const decide = compileClientCertificatePolicy(options);
  return function clientCertificateMiddleware(req, res, next) {
    const decision = decide(req.socket);
    if (decision === 'refuse') return sendError(res, new ClientCertificateRequiredError());
    if (decision !== undefined) {
      req.clientCertificate = decision;
      res.locals.clientCertificate = decision;
    }
    next();
  };
}
