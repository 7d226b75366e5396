/**
 * `@parapet/https/core`: the framework-neutral part (no Koa or Express
 * types): transport resolution, the redirect policy, header values, errors,
 * IP matching and the verified client certificate of a TLS socket.
 */
export * from './errors.js';
export { formatIp, ipPrefix, IpMatcher, normalizeIp, parseIp, type ParsedIp } from './ip.js';
export { parseAuthority, type HostAndPort } from './host.js';
export { createTransportResolver, type ProxyHeaderFamily, type RequestTransport, type TrustProxyOptions } from './core/transport.js';
export { createRedirectPolicy, type RedirectDecision, type RedirectPolicyOptions, type RedirectRequest } from './core/redirect.js';
export { hstsHeaderValue, type HstsOptions } from './core/hsts.js';
export { compileSecurityHeaders, type NodeMiddleware, type SecurityHeaderSet, type SecurityHeadersOptions } from './core/security-headers.js';
export { describeCertificate, verifiedClientCertificate, type ClientCertificate, type SubjectAltName } from './tls/client-certificate.js';
