/**
 * Express passes the same `req` object down the whole chain, so mutualAuth()
 * cannot hand later middleware a fresh request the way the Koa adapter does
 * (`ctx.req = replayableRequest(...)`). Instead the read side of this
 * request is pointed at a new stream over the verified bytes: body parsers
 * after mutualAuth() (express.json, express.text, raw-body, busboy) read
 * exactly what was hashed, never a second, unverified copy.
 */
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';

const METHODS = [
  'on',
  'addListener',
  'once',
  'prependListener',
  'prependOnceListener',
  'removeListener',
  'off',
  'removeAllListeners',
  'listeners',
  'listenerCount',
  'pipe',
  'unpipe',
  'pause',
  'resume',
  'read',
  'isPaused',
  'setEncoding',
  'unshift',
  Symbol.asyncIterator,
] as const;
const STATE = ['readable', 'readableEnded', 'readableFlowing', 'readableLength', 'readableDidRead', '_readableState'] as const;

/** Make `req` readable again, yielding `body`. Its headers now describe those de-framed bytes. */
export function replayBody(req: IncomingMessage, body: Buffer): void {
  const stream = Readable.from(body.length > 0 ? [body] : []);
  const target = stream as unknown as Record<string | symbol, unknown>;
  for (const name of METHODS) {
    const method = target[name] as (...args: unknown[]) => unknown;
    Object.defineProperty(req, name, { configurable: true, writable: true, value: method.bind(stream) });
  }
  for (const name of STATE) Object.defineProperty(req, name, { configurable: true, get: () => target[name] });
  req.headers['content-length'] = String(body.length);
  delete req.headers['transfer-encoding'];
}
