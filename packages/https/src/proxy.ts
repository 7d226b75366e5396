/**
 * Koa adapter of the trusted-proxy resolution (`core/transport.ts`): stores
 * the transport on `ctx.state.transport` and makes Koa's request getters
 * report it.
 */
import type { IncomingMessage } from 'node:http';
import type Koa from 'koa';
import {
  compileTrustPolicy,
  forwardedAddresses,
  resolveTransport,
  socketTransport,
  type Policy,
  type RequestTransport,
  type TrustProxyOptions,
} from './core/transport.js';

export { createTransportResolver, type ProxyHeaderFamily, type RequestTransport, type TrustProxyOptions } from './core/transport.js';

declare module 'koa' {
  interface DefaultState {
    /** Set by `trustProxy()` or lazily by `getTransport()` (@parapet/https). */
    transport?: RequestTransport;
  }
}

// Koa's request getters (`protocol`, `secure`, `ip`, `ips`) follow
// `app.proxy`, which trusts whatever X-Forwarded-* a client sends. After
// trustProxy() they report what it resolved instead, so koa's own cookies
// (`secure: true`), koa-session and `ctx.href` agree with Parapet.
const RESOLVED = Symbol('parapet.transport');
const POLICY = Symbol('parapet.trustPolicy');
const IP_OVERRIDE = Symbol('parapet.ipOverride');

interface ResolvedRequest {
  [RESOLVED]?: RequestTransport;
  [POLICY]?: Policy;
  [IP_OVERRIDE]?: string;
  req: IncomingMessage;
}

function koaGetter(proto: object, name: string): (this: unknown) => unknown {
  for (let o: object | null = proto; o; o = Object.getPrototypeOf(o) as object | null) {
    // Koa's getter, kept to be called with the request as `this`.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const getter = Object.getOwnPropertyDescriptor(o, name)?.get;
    if (getter) return getter as (this: unknown) => unknown;
  }
  return () => undefined;
}

/**
 * Shadow Koa's getters once per application on `app.request` — the
 * prototype Koa builds each `ctx.request` from, so nothing is defined per
 * request. Requests that trustProxy() did not see keep Koa's behaviour.
 */
function exposeToKoa(appRequest: object, policy: Policy): void {
  // `ctx.ips` re-walks the chain on demand with the app's policy (one trustProxy() per app).
  (appRequest as ResolvedRequest)[POLICY] = policy;
  if (Object.hasOwn(appRequest, RESOLVED)) return;
  const protocol = koaGetter(appRequest, 'protocol');
  const ip = koaGetter(appRequest, 'ip');
  const ips = koaGetter(appRequest, 'ips');
  Object.defineProperties(appRequest, {
    [RESOLVED]: { value: undefined, writable: true },
    protocol: {
      configurable: true,
      get(this: ResolvedRequest) {
        return this[RESOLVED]?.scheme ?? protocol.call(this);
      },
    },
    ip: {
      configurable: true,
      get(this: ResolvedRequest) {
        return this[IP_OVERRIDE] ?? this[RESOLVED]?.clientIp ?? ip.call(this);
      },
      set(this: ResolvedRequest, value: string) {
        this[IP_OVERRIDE] = value;
      },
    },
    ips: {
      configurable: true,
      get(this: ResolvedRequest) {
        const transport = this[RESOLVED];
        return transport ? forwardedAddresses(this.req, transport, this[POLICY]!) : ips.call(this);
      },
    },
  });
}

/**
 * Koa middleware: resolves the transport once per request and stores it on
 * `ctx.state.transport`. Put it first in the app when behind a proxy.
 *
 * Koa's own `ctx.protocol`, `ctx.secure`, `ctx.ip` and `ctx.ips` report the
 * resolved transport too — without `app.proxy`, which would trust any
 * client-sent `X-Forwarded-*` — so `ctx.cookies.set(name, value, { secure: true })`
 * and koa-session work behind a TLS-terminating proxy.
 *
 * @example
 * ```ts
 * app.use(trustProxy({ trustedProxies: ['10.0.0.0/8'] }));
 * ```
 */
export function trustProxy(options?: TrustProxyOptions): Koa.Middleware {
  const policy = compileTrustPolicy(options);
  let lastApp: Koa | undefined;
  // Not async: one promise fewer per request; Koa's compose handles the return value.
  return function trustProxyMiddleware(ctx, next) {
    const transport = resolveTransport(ctx.req, policy);
    ctx.state.transport = transport;
    if (ctx.app !== lastApp) {
      lastApp = ctx.app;
      exposeToKoa(Object.getPrototypeOf(ctx.request) as object, policy);
    }
    (ctx.request as unknown as ResolvedRequest)[RESOLVED] = transport;
    return next();
  };
}

/**
 * The request's transport: `ctx.state.transport` if `trustProxy()` ran,
 * otherwise resolved from the socket alone (no header trusted) and memoized
 * on `ctx.state.transport`.
 *
 * @example
 * ```ts
 * const { clientIp, secure } = getTransport(ctx);
 * ```
 */
export function getTransport(ctx: Koa.Context): RequestTransport {
  const existing = ctx.state.transport;
  if (existing) return existing;
  const transport = socketTransport(ctx.req);
  ctx.state.transport = transport;
  return transport;
}
