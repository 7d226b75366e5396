/**
 * Express adapter of the trusted-proxy resolution (`core/transport.ts`).
 *
 * Express's request getters (`ip`, `ips`, `protocol`, `secure`,
 * `hostname`, `host`) follow `app.set('trust proxy')`; `trustProxy()` shadows
 * them on each request it resolves, so they report Parapet's resolution
 * whatever that setting says (a `trust proxy` of `true` would believe any
 * client-sent `X-Forwarded-*`), and cookie/session libraries reading
 * `req.secure` agree with Parapet.
 */
import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { formatHostForUrl } from '../host.js';
import { compileTrustPolicy, forwardedAddresses, resolveTransport, socketTransport } from '../core/transport.js';
import type { Policy, RequestTransport, TrustProxyOptions } from '../core/transport.js';

declare global {
  // Express's own extension point for typed request/response state.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Set by `trustProxy()` or lazily by `getTransport()` (@parapet/https/express). */
      transport?: RequestTransport;
    }
    interface Locals {
      /** Same object as `req.transport` (@parapet/https/express). */
      transport?: RequestTransport;
    }
  }
}

const POLICY = Symbol('parapet.trustPolicy');

interface Resolved extends IncomingMessage {
  transport?: RequestTransport;
  [POLICY]?: Policy;
}

const authority = (t: RequestTransport): string | undefined =>
  t.host === undefined ? undefined : `${formatHostForUrl(t.host)}${t.port === undefined ? '' : `:${t.port}`}`;

// Shared descriptors, defined as own properties of each resolved request:
// they win over Express's prototype getters even when a mounted sub-app
// swaps the request's prototype for its own.
const getters: PropertyDescriptorMap = {};
const define = (name: string, read: (req: Resolved, t: RequestTransport) => unknown): void => {
  getters[name] = {
    configurable: true,
    get(this: Resolved) {
      return read(this, this.transport!);
    },
  };
};
define('protocol', (_req, t) => t.scheme);
define('secure', (_req, t) => t.secure);
define('ip', (_req, t) => t.clientIp);
define('ips', (req, t) => forwardedAddresses(req, t, req[POLICY]!));
define('hostname', (_req, t) => (t.host === undefined ? undefined : formatHostForUrl(t.host)));
define('host', (_req, t) => authority(t));

function publish(req: Request, res: Response | undefined, transport: RequestTransport): void {
  req.transport = transport;
  if (res?.locals) res.locals.transport = transport;
}

/**
 * Express middleware: resolves the transport once per request and publishes
 * it on `req.transport` and `res.locals.transport`; `req.ip`, `req.ips`,
 * `req.protocol`, `req.secure`, `req.hostname` and `req.host` report it.
 * Put it first when behind a proxy. `app.set('trust proxy')` is not needed
 * and is ignored for requests this middleware saw.
 *
 * @example
 * ```ts
 * app.use(trustProxy({ trustedProxies: ['10.0.0.0/8'] }));
 * ```
 */
export function trustProxy(options?: TrustProxyOptions): (req: Request, res: Response, next: NextFunction) => void {
  const policy = compileTrustPolicy(options);
  return function trustProxyMiddleware(req, res, next) {
    publish(req, res, resolveTransport(req, policy));
    (req as Resolved)[POLICY] = policy;
    if (!Object.hasOwn(req, 'secure')) Object.defineProperties(req, getters);
    next();
  };
}

/**
 * The request's transport: `req.transport` if `trustProxy()` ran, otherwise
 * resolved from the socket alone (no header trusted) and memoized.
 *
 * @example
 * ```ts
 * const { clientIp, secure } = getTransport(req);
 * ```
 */
export function getTransport(req: Request): RequestTransport {
  const existing = req.transport;
  if (existing) return existing;
  const transport = socketTransport(req);
  publish(req, req.res, transport);
  return transport;
}
