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

const NAMES = ['protocol', 'secure', 'ip', 'ips', 'hostname', 'host'] as const;
type Name = (typeof NAMES)[number];
const READ: Record<Name, (req: Resolved, t: RequestTransport) => unknown> = {
  protocol: (_req, t) => t.scheme,
  secure: (_req, t) => t.secure,
  ip: (_req, t) => t.clientIp,
  ips: (req, t) => forwardedAddresses(req, t, req[POLICY]!),
  hostname: (_req, t) => (t.host === undefined ? undefined : formatHostForUrl(t.host)),
  host: (_req, t) => authority(t),
};

/**
 * The getters are shadowed once per prototype, not per request: defining six
 * accessors on every request object costs more than the resolution itself
 * and turns each request into a slow dictionary object. They are defined on
 * the object that holds Express's own getters (its request prototype, shared
 * by every app and mounted sub-app of that Express copy, so a sub-app
 * swapping `app.request` in still reads them), and fall back to Express's
 * getter for requests `trustProxy()` did not resolve. A request whose
 * prototype chain has no such getters gets them as own properties.
 */
const seenPrototypes = new WeakSet<object>();
const shadowedBases = new WeakSet<object>();
const ownGetters: PropertyDescriptorMap = {};
for (const name of NAMES) {
  ownGetters[name] = {
    configurable: true,
    get(this: Resolved) {
      return READ[name](this, this.transport!);
    },
  };
}

function shadowOnBase(base: object): void {
  if (shadowedBases.has(base)) return;
  shadowedBases.add(base);
  for (const name of NAMES) {
    const original = Object.getOwnPropertyDescriptor(base, name);
    // Express's getter, called with the request as `this`.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const fallback = original?.get as ((this: unknown) => unknown) | undefined;
    Object.defineProperty(base, name, {
      configurable: true,
      enumerable: original?.enumerable ?? false,
      get(this: Resolved) {
        if (this[POLICY] !== undefined) return READ[name](this, this.transport!);
        return fallback?.call(this);
      },
    });
  }
}

/** True when the prototype chain of `req` now answers with Parapet's resolution. */
function shadowGetters(req: Request): boolean {
  const proto = Object.getPrototypeOf(req) as object | null;
  if (proto === null) return false;
  if (seenPrototypes.has(proto)) return true;
  let base: object | null = proto;
  while (base !== null && !Object.getOwnPropertyDescriptor(base, 'secure')?.get) base = Object.getPrototypeOf(base) as object | null;
  if (base === null) return false;
  shadowOnBase(base);
  // A prototype between the request and the base defining its own getter would hide ours.
  for (let p: object | null = proto; p !== base && p !== null; p = Object.getPrototypeOf(p) as object | null) {
    const own = p;
    if (NAMES.some((name) => Object.hasOwn(own, name))) return false;
  }
  seenPrototypes.add(proto);
  return true;
}

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
    if (!shadowGetters(req) && !Object.hasOwn(req, 'secure')) Object.defineProperties(req, ownGetters);
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
