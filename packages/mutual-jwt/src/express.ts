/**
 * `@parapet/mutual-jwt/express`: the Express adapters. Same names, options,
 * defaults and answers as the Koa middlewares of `@parapet/mutual-jwt`.
 */
export {
  allowCallers,
  captureRawBody,
  jwksEndpoint,
  mutualAuth,
  type ExpressAuthFailureEvent,
  type ExpressMiddleware,
  type ExpressMutualAuthOptions,
} from './express/middlewares.js';
export type { JwksEndpointOptions } from './core/jwks.js';
export type { MutualCaller } from './state.js';
export * from './errors.js';
export type { SecurityEvent, SecurityEventHandler } from '@parapet/security-events';
