/**
 * Signing Express responses. Express has no place where the final status,
 * headers and body are known together, and its error paths (`next(err)`,
 * the app's error handlers, the final handler's 404 and 500) write through
 * the same `res.writeHead` / `res.write` / `res.end`. So the response is
 * held back there: writes are buffered (up to `maxResponseBytes`), the head
 * is deferred, and at `end()` the token is computed over exactly the bytes
 * and headers about to be sent.
 */
import type { ServerResponse } from 'node:http';
import { BufferLimitError } from '../body.js';
import { EMPTY } from '../core/authenticator.js';

type Chunk = string | Uint8Array;
type Callback = (error?: Error | null) => void;

/** Called once with the buffered body (or the error that stopped buffering); resolves when the headers are final. */
export type Finalize = (body: Buffer | BufferLimitError) => Promise<Buffer>;

function toBuffer(chunk: Chunk, encoding: unknown): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk);
}

/** Hold `res` back until `end()`, then let `finalize` settle headers and body before anything is written. */
export function holdResponse(res: ServerResponse, limit: number, finalize: Finalize, onFailure: (error: unknown) => void): void {
  /* eslint-disable @typescript-eslint/unbound-method -- the originals are called with `res` as `this` */
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  /* eslint-enable @typescript-eslint/unbound-method */
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow: BufferLimitError | undefined;
  let ended = false;

  const collect = (chunk: unknown, encoding: unknown): void => {
    if (chunk === undefined || chunk === null || overflow !== undefined) return;
    const buffer = toBuffer(chunk as Chunk, encoding);
    size += buffer.length;
    if (size > limit) {
      overflow = new BufferLimitError(`response body exceeds ${limit} bytes`);
      chunks.length = 0;
      return;
    }
    chunks.push(buffer);
  };

  // The head is applied to the response object now and written at end(), after signing.
  res.writeHead = function heldWriteHead(this: ServerResponse, status: number, ...rest: unknown[]) {
    this.statusCode = status;
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null);
    if (typeof rest[0] === 'string') this.statusMessage = rest[0];
    if (headers !== undefined && !Array.isArray(headers)) {
      for (const [name, value] of Object.entries(headers as Record<string, string | number | string[]>)) this.setHeader(name, value);
    }
    return this;
  };

  res.write = function heldWrite(this: ServerResponse, chunk: unknown, encoding?: unknown, cb?: unknown) {
    collect(chunk, encoding);
    const callback = typeof encoding === 'function' ? encoding : cb;
    if (typeof callback === 'function') process.nextTick(callback);
    return true;
  } as ServerResponse['write'];

  res.end = function heldEnd(this: ServerResponse, chunk?: unknown, encoding?: unknown, cb?: unknown) {
    if (ended) return this;
    ended = true;
    if (typeof chunk === 'function') cb = chunk;
    else {
      if (typeof encoding === 'function') cb = encoding;
      collect(chunk, encoding);
    }
    const restore = (): void => {
      res.writeHead = writeHead;
      res.write = write;
      res.end = end;
    };
    finalize(overflow ?? (chunks.length === 0 ? EMPTY : Buffer.concat(chunks, size))).then(
      (body) => {
        restore();
        (end as unknown as (this: ServerResponse, chunk: Buffer, cb?: Callback) => void).call(res, body, typeof cb === 'function' ? (cb as Callback) : undefined);
      },
      (error: unknown) => {
        restore();
        onFailure(error);
      },
    );
    return this;
  } as ServerResponse['end'];
}
