export { mutualAuth, type AuthFailureEvent, type MutualAuthOptions } from './mutual-auth.js';
export { allowCallers } from './allow-callers.js';
export { jwksEndpoint, type JwksEndpointOptions } from './jwks-endpoint.js';
export { createMutualClient, type MutualClientOptions, type MutualFetch } from './client.js';
export type { CallerKeys, ResolvedMutualAuthOptions, RemoteJwksSettings, MutualAuthOptionsFor, AuthFailureEventBase } from './options.js';
export type { SecurityEvent, SecurityEventHandler } from '@parapet/security-events';
export { resolveMutualAuthOptions } from './options.js';
export type { MutualCaller } from './state.js';
export {
  MemoryReplayStore,
  RedisReplayStore,
  ReplayStoreFullError,
  replayKey,
  type ReplayStore,
  type MemoryReplayStoreOptions,
  type RedisReplayStoreOptions,
  type RedisSetClient,
} from './replay.js';
export {
  generateCallerKey,
  exportPublicJwks,
  type SigningKey,
  type PublishableKey,
  type GeneratedKey,
  type GenerateCallerKeyOptions,
  type AsymmetricKey,
} from './keys.js';
export { CallerTokenVerifier, type VerifiedCallerToken, type RequestFacts } from './verifier.js';
export { precheckToken, isCanonicalBase64url, PrecheckFailure, PrecheckedHeaderCache, type PrecheckedToken, type PrecheckOptions } from './precheck.js';
export { hasDuplicateMemberNames } from './json-duplicates.js';
export { bodyHash, decodeContent } from './body.js';
export { ResponseTokenVerifier, type ResponseKeys, type ReceivedResponse } from './response-verifier.js';
export { COVERED_RESPONSE_HEADERS, canonicalHeaders, headersHash } from './response-headers.js';
export { RemoteKeySet, type RemoteKeySetOptions } from './remote-jwks.js';
export {
  MutualJwtError,
  InvalidRequestError,
  InvalidTokenError,
  InsufficientScopeError,
  RequestBodyTooLargeError,
  ServiceUnavailableError,
  ResponseBodyTooLargeError,
  ResponseUnsignableError,
  ServerAuthenticationError,
  MisconfigurationError,
  type MutualJwtErrorCode,
  type InvalidRequestCode,
  type InvalidTokenCode,
  type InsufficientScopeCode,
  type UnavailableCode,
  type ServerAuthenticationCode,
} from './errors.js';
export {
  REQUEST_TOKEN_TYPE,
  AMORTISED_TOKEN_TYPE,
  RESPONSE_TOKEN_TYPE,
  PROTOCOL_VERSION,
  SERVER_AUTHORIZATION_HEADER,
  SUPPORTED_ALGORITHMS,
  DEFAULT_ALGORITHMS,
  type SupportedAlgorithm,
} from './constants.js';
