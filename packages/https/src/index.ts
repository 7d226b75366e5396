export {
  ClientCertificateRequiredError,
  HttpsRequiredError,
  InvalidRequestTargetError,
  MisdirectedRequestError,
  ParapetError,
} from './errors.js';
export { formatIp, ipPrefix, IpMatcher, normalizeIp, parseIp, type ParsedIp } from './ip.js';
export { parseAuthority, type HostAndPort } from './host.js';
export {
  createTransportResolver,
  getTransport,
  trustProxy,
  type ProxyHeaderFamily,
  type RequestTransport,
  type TrustProxyOptions,
} from './proxy.js';
export {
  createRedirectPolicy,
  httpsRedirect,
  type HttpsRedirectOptions,
  type RedirectDecision,
  type RedirectRequest,
} from './redirect.js';
export { hsts, hstsHeaderValue, type HstsOptions } from './hsts.js';
export { compileSecurityHeaders, securityHeaders, type SecurityHeaderSet, type SecurityHeadersOptions } from './security-headers.js';
export type { NodeMiddleware } from './core/security-headers.js';
export {
  CIPHERS,
  createSecureServer,
  PREFERRED_GROUPS,
  secureServerOptions,
  supportedGroups,
  TLS12_CIPHERS,
  TLS13_CIPHERSUITES,
  type SecureHttp2Server,
  type SecureServer,
  type SecureServerExtras,
  type SecureServerOptions,
  type KoaLike,
  type Listener,
} from './tls/server.js';
export type { CertificateFiles } from './tls/reload.js';
export {
  compileClientAllowlist,
  describeCertificate,
  parseSubjectAltNames,
  verifiedClientCertificate,
  type ClientCertificate,
  type SubjectAltName,
} from './tls/client-certificate.js';
export { clientCertificate, type ClientCertificateOptions } from './tls/client-certificate-koa.js';
export {
  devCertificate,
  devCertificateAuthority,
  type DevCertificate,
  type DevCertificateAuthority,
  type DevCertificateAuthorityOptions,
  type DevCertificateOptions,
  type DevKeyType,
  type IssueOptions,
} from './tls/certificate.js';
