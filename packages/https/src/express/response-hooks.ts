/**
 * "Re-apply on every exit path" for Express. Express has no single place
 * where a response is finished: a route's `res.send`, `next(err)` into the
 * app's error handler, the default final handler (404s, thrown errors) and
 * a raw `res.end` all write the head through `res.writeHead` (node:http's
 * implicit header calls it too), so a hook there sees every response just
 * before its headers are fixed.
 */
import type { ServerResponse } from 'node:http';

/** A hook run just before the response head is written. */
export type BeforeHead = (res: ServerResponse, state: unknown) => void;

const HOOKS = Symbol('parapet.beforeHead');
const ORIGINAL = Symbol('parapet.writeHead');

interface Hooked {
  [HOOKS]?: { hook: BeforeHead; state: unknown }[] | undefined;
  [ORIGINAL]?: ServerResponse['writeHead'];
}

function runHooks(res: ServerResponse & Hooked): void {
  const hooks = res[HOOKS];
  if (hooks !== undefined) {
    // Run once: a second writeHead call throws in node:http anyway.
    res[HOOKS] = undefined;
    for (const { hook, state } of hooks) hook(res, state);
  }
}

// One shared function for every response given an own writeHead: hooks run in registration
// order (the middleware that ran first runs first, so a later one can build on it).
function writeHead(this: ServerResponse & Hooked, ...args: unknown[]): ServerResponse {
  runHooks(this);
  return (this[ORIGINAL] as (...a: unknown[]) => ServerResponse).apply(this, args);
}

/**
 * Where the shared `writeHead` is installed: once on Express's response
 * prototype (the object holding its `send`, shared by every app and
 * mounted sub-app of that Express copy, so a sub-app swapping its own
 * `app.response` in still runs the hooks), not on each response: an own
 * method per response costs a property write and a slower object on every
 * request. A response outside Express gets it as an own property.
 */
const seenPrototypes = new WeakSet<object>();
const patchedBases = new WeakSet<object>();

function installOnPrototype(res: ServerResponse): boolean {
  const proto = Object.getPrototypeOf(res) as (object & Hooked) | null;
  if (proto === null) return false;
  if (seenPrototypes.has(proto)) return true;
  let base: (object & Hooked) | null = proto;
  while (base !== null && !Object.hasOwn(base, 'send')) base = Object.getPrototypeOf(base) as (object & Hooked) | null;
  if (base === null) return false;
  if (!patchedBases.has(base)) {
    patchedBases.add(base);
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const original = (base as unknown as ServerResponse).writeHead;
    const hooked = function writeHead(this: ServerResponse & Hooked, ...args: unknown[]): ServerResponse {
      runHooks(this);
      return (original as (...a: unknown[]) => ServerResponse).apply(this, args);
    };
    Object.defineProperty(base, 'writeHead', { configurable: true, writable: true, value: hooked });
  }
  // A prototype between the response and the base with its own writeHead would bypass the hooks.
  for (let p: object | null = proto; p !== base && p !== null; p = Object.getPrototypeOf(p) as object | null) {
    if (Object.hasOwn(p, 'writeHead')) return false;
  }
  seenPrototypes.add(proto);
  return true;
}

/** Run `hook(res, state)` right before `res`'s head is written, whichever path writes it. */
export function beforeHead(res: ServerResponse, hook: BeforeHead, state: unknown): void {
  const target = res as ServerResponse & Hooked;
  if (target.headersSent) return;
  let hooks = target[HOOKS];
  if (hooks === undefined) {
    hooks = [];
    target[HOOKS] = hooks;
    // An own writeHead (on-headers, another wrapper) calls the inherited one, so the hooks still run.
    if (!installOnPrototype(target) && target[ORIGINAL] === undefined) {
      // eslint-disable-next-line @typescript-eslint/unbound-method
      target[ORIGINAL] = target.writeHead;
      target.writeHead = writeHead;
    }
  }
  hooks.push({ hook, state });
}
