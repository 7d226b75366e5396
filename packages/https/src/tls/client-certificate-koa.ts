/** Koa middleware of the verified mutual-TLS client certificate (`client-certificate.ts`). */
import type Koa from 'koa';
import { ClientCertificateRequiredError } from '../errors.js';
import { compileClientCertificatePolicy, type ClientCertificate, type ClientCertificateOptions } from './client-certificate.js';

export type { ClientCertificateOptions };

declare module 'koa' {
  interface DefaultState {
    /** Set by `clientCertificate()` (@parapet/https) when the TLS peer presented a certificate the server verified. */
    clientCertificate?: ClientCertificate;
  }
}

/**
 * Koa middleware putting the verified mutual-TLS client certificate on
 * `ctx.state.clientCertificate`. Use with `createSecureServer({ requestCert: true, ca })`.
 * TLS must end at this server: behind a TLS-terminating proxy there is no
 * client certificate on the socket.
 *
 * @example
 * ```ts
 * app.use(clientCertificate());
 * app.use((ctx) => { ctx.body = ctx.state.clientCertificate?.subject; });
 * ```
 */
export function clientCertificate(options?: ClientCertificateOptions): Koa.Middleware {
  const decide = compileClientCertificatePolicy(options);
  return async function clientCertificateMiddleware(ctx, next) {
    const decision = decide(ctx.req.socket);
    if (decision === 'refuse') throw new ClientCertificateRequiredError();
    if (decision !== undefined) ctx.state.clientCertificate = decision;
    await next();
  };
}
