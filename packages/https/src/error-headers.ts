/**
 * Koa's `ctx.onerror` removes every response header before writing an error
 * response, then applies `err.headers`. Headers that must be on error
 * responses too (HSTS, CSP, …) therefore have to travel on the error.
 */
import { format } from 'node:util';
import type Koa from 'koa';

type HeaderMap = Record<string, string>;

/**
 * How our headers combine with headers already on the error:
 * `replace` — ours win (HSTS: exactly one, our value);
 * `fill` — only names the error does not carry yet (a route's own CSP wins).
 */
export type MergeMode = 'replace' | 'fill';

function isErrorLike(err: unknown): err is Error {
  return err instanceof Error || Object.prototype.toString.call(err) === '[object Error]';
}

function mergeHeaders(existing: unknown, add: HeaderMap, remove: readonly string[], mode: MergeMode): HeaderMap {
  const out: HeaderMap = {};
  const addLower = new Set(Object.keys(add).map((name) => name.toLowerCase()));
  const removeLower = new Set(remove.map((name) => name.toLowerCase()));
  const present = new Set<string>();
  if (existing !== null && typeof existing === 'object') {
    for (const [name, value] of Object.entries(existing as Record<string, unknown>)) {
      const lower = name.toLowerCase();
      if (removeLower.has(lower) || (mode === 'replace' && addLower.has(lower))) continue;
      out[name] = value as string;
      present.add(lower);
    }
  }
  for (const [name, value] of Object.entries(add)) {
    if (!present.has(name.toLowerCase())) out[name] = value;
  }
  return out;
}

/**
 * Return an error carrying `add` (and lacking `remove`) in `err.headers`,
 * for Koa's `ctx.onerror` to apply after its header wipe. A fresh headers
 * object is always assigned so a shared error instance never leaks one
 * request's headers into another. Non-errors are wrapped the way Koa would
 * wrap them; frozen errors are wrapped in an object inheriting from them.
 */
export function withErrorHeaders(err: unknown, add: HeaderMap, remove: readonly string[] = [], mode: MergeMode = 'replace'): unknown {
  if (Object.keys(add).length === 0 && remove.length === 0) return err;
  const target: Error = isErrorLike(err) ? err : new Error(format('non-error thrown: %j', err));
  const headers = mergeHeaders((target as { headers?: unknown }).headers, add, remove, mode);
  try {
    (target as { headers?: HeaderMap }).headers = headers;
    if ((target as { headers?: unknown }).headers === headers) return target;
  } catch {
    // frozen or accessor-only `headers`: fall through to the wrapper
  }
  // Koa's onerror also writes `err.status`, which throws on a frozen error
  // (strict mode), so the wrapper owns writable copies of what Koa writes.
  const own = (value: unknown): PropertyDescriptor => ({ value, enumerable: true, writable: true, configurable: true });
  const source = target as { status?: unknown; statusCode?: unknown; expose?: unknown };
  return Object.create(target, {
    headers: own(headers),
    status: own(source.status ?? source.statusCode),
    expose: own(source.expose),
  }) as Error;
}

type OnError = (this: Koa.Context, err: unknown) => void;

/**
 * A catch around `await next()` only sees errors thrown by middleware. Koa
 * also calls `ctx.onerror` for errors raised after the chain has settled —
 * in `respond()` (`JSON.stringify` of a circular or BigInt body) — and that
 * handler wipes every header too. So each middleware also wraps this
 * request's `ctx.onerror`, putting its headers on whatever error reaches it.
 *
 * Returns an installer to call once per request. It allocates nothing per
 * request: one shared handler per middleware, the wrapped handler kept on a
 * per-middleware symbol of the context, so several middlewares chain.
 */
export function errorHook(transform: (ctx: Koa.Context, err: unknown) => unknown): (ctx: Koa.Context) => void {
  const previous = Symbol('parapet previous onerror');
  function onerror(this: Koa.Context, err: unknown): void {
    const wrapped = (this as unknown as Record<symbol, OnError>)[previous]!;
    // Koa also calls onerror(null) when the response finishes normally.
    wrapped.call(this, err == null ? err : transform(this, err));
  }
  return (ctx) => {
    // Stored unbound on purpose: the shared handler calls it with `this` = ctx.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    (ctx as unknown as Record<symbol, OnError>)[previous] = ctx.onerror as OnError;
    ctx.onerror = onerror;
  };
}
