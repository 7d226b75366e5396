/** Koa middleware of the verified mutual-TLS client certificate (`client-certificate.ts`). */
import type Koa from 'koa';
import { ClientCertificateRequiredError } from '../errors.js';
import { checkBoolean, checkOptions } from '../options.js';
import { compileClientAllowlist, verifiedClientCertificate, type ClientCertificate } from './client-certificate.js';

declare module 'koa' {
  interface DefaultState {
    /** Set by `clientCertificate()` (@parapet/https) when the TLS peer presented a certificate the server verified. */
    clientCertificate?: ClientCertificate;
  }
}

/** Options of {@link clientCertificate}. */
export interface ClientCertificateOptions {
  /** Answer 403 (`ERR_CLIENT_CERTIFICATE_REQUIRED`) when there is no verified certificate. `false` just leaves `ctx.state.clientCertificate` unset. @default true */
  required?: boolean;
  /**
   * Only these identities count (exact: `CN=…`, `DNS:…`, `URI:…`,
   * `email:…`, `IP:…`); any other verified certificate is treated as no
   * certificate. Same syntax as `createSecureServer({ allowedClients })`.
   * @default undefined (every certificate the server verified)
   */
  allowedClients?: readonly string[];
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
  const opts = checkOptions('clientCertificate', options, ['required', 'allowedClients']);
  const required = checkBoolean('clientCertificate', 'required', opts.required, true);
  const allowed = opts.allowedClients === undefined ? undefined : compileClientAllowlist(opts.allowedClients, 'clientCertificate: "allowedClients"');
  return async function clientCertificateMiddleware(ctx, next) {
    const cert = verifiedClientCertificate(ctx.req.socket);
    if (cert && (!allowed || allowed(cert))) ctx.state.clientCertificate = cert;
    else if (required) throw new ClientCertificateRequiredError();
    await next();
  };
}
