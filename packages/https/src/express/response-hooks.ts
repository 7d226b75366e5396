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
  [HOOKS]?: { hook: BeforeHead; state: unknown }[];
  [ORIGINAL]?: ServerResponse['writeHead'];
}

// One shared function for every response: hooks run in registration order
// (the middleware that ran first runs first, so a later one can build on it).
function writeHead(this: ServerResponse & Hooked, ...args: unknown[]): ServerResponse {
  const hooks = this[HOOKS];
  if (hooks !== undefined) {
    // Run once: a second writeHead call throws in node:http anyway.
    this[HOOKS] = undefined;
    for (const { hook, state } of hooks) hook(this, state);
  }
  return (this[ORIGINAL] as (...a: unknown[]) => ServerResponse).apply(this, args);
}

/** Run `hook(res, state)` right before `res`'s head is written, whichever path writes it. */
export function beforeHead(res: ServerResponse, hook: BeforeHead, state: unknown): void {
  const target = res as ServerResponse & Hooked;
  if (target.headersSent) return;
  let hooks = target[HOOKS];
  if (hooks === undefined) {
    hooks = [];
    target[HOOKS] = hooks;
    if (target[ORIGINAL] === undefined) {
      // Own property: the prototype (Express's app.response) is shared by every request.
      // eslint-disable-next-line @typescript-eslint/unbound-method
      target[ORIGINAL] = target.writeHead;
      target.writeHead = writeHead;
    }
  }
  hooks.push({ hook, state });
}
