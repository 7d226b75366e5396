/**
 * `@parapet/https/express`: the Express adapters. Same names, options,
 * defaults and answers as the Koa middlewares of `@parapet/https`.
 */
export { getTransport, trustProxy } from './express/transport.js';
export { hsts, httpsRedirect, securityHeaders, type ExpressMiddleware, type HttpsRedirectOptions } from './express/middlewares.js';
export type { HstsOptions } from './core/hsts.js';
export type { SecurityHeadersOptions } from './core/security-headers.js';
export type { ProxyHeaderFamily, RequestTransport, TrustProxyOptions } from './core/transport.js';
export { clientCertificate } from './express/client-certificate.js';
export type { ClientCertificate, ClientCertificateOptions, SubjectAltName } from './tls/client-certificate.js';
export { createSecureServer, type KoaLike, type Listener, type SecureServer, type SecureServerOptions } from './tls/server.js';
export * from './errors.js';
