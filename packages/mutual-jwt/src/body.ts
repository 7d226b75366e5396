import { hash } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { RequestBodyTooLargeError } from './errors.js';

/** base64url(SHA-256(bytes)): the `bh` claim of requests and responses. */
export function bodyHash(bytes: Uint8Array | string): string {
  return hash('sha256', bytes, 'base64url');
}

/**
 * Whether the request is already known to carry no body bytes: the HTTP stack has
 * received the complete message and nothing is buffered. This is a fact about the
 * bytes received, not about Content-Length or Transfer-Encoding, which HTTP/2 does
 * not need (RFC 9113 §8.1: DATA frames carry the body whatever the headers say).
 * When false, the stream is read and its length decides.
 */
export function requestBodyKnownEmpty(req: IncomingMessage): boolean {
  return req.complete && req.readableLength === 0 && !req.readableDidRead;
}

/** Content codings the protocol decodes before hashing (RFC 9110 §8.4.1). */
const DECODERS: Record<string, (bytes: Buffer, maxOutputLength: number) => Buffer> = {
  gzip: (bytes, maxOutputLength) => gunzipSync(bytes, { maxOutputLength }),
  'x-gzip': (bytes, maxOutputLength) => gunzipSync(bytes, { maxOutputLength }),
  deflate: (bytes, maxOutputLength) => inflateSync(bytes, { maxOutputLength }),
  br: (bytes, maxOutputLength) => brotliDecompressSync(bytes, { maxOutputLength }),
};

/** Thrown when a body cannot be decoded (unknown coding, corrupt data, or larger than the limit once decoded). */
export class ContentDecodingError extends Error {}

/**
 * The representation data of a message body (PROTOCOL.md §2.1): `bytes` with every
 * content coding of `contentEncoding` undone, last applied first. `bh` is computed over
 * this in both directions, so a compressor anywhere in the chain, or a client that
 * decodes transparently (fetch does), hashes the same bytes as the signer. The output is
 * capped at `limit` bytes: a small gzip bomb cannot expand past it.
 */
export function decodeContent(bytes: Buffer, contentEncoding: string | undefined, limit: number): Buffer {
  if (contentEncoding === undefined) return bytes;
  const codings = contentEncoding.split(',').map((c) => c.trim().toLowerCase()).filter((c) => c !== '' && c !== 'identity');
  let out = bytes;
  for (const coding of codings.reverse()) {
    const decoder = DECODERS[coding];
    if (decoder === undefined) throw new ContentDecodingError(`unsupported content coding ${JSON.stringify(coding.slice(0, 32))}`);
    try {
      out = decoder(out, limit);
    } catch (cause) {
      throw new ContentDecodingError(`${coding} body does not decode within ${limit} bytes`, { cause });
    }
  }
  return out;
}

/**
 * Reads the whole request body as sent on the wire (after HTTP framing, before any
 * Content-Encoding is undone), refusing more than `limit` bytes with a 413.
 */
export async function readRequestBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    throw new RequestBodyTooLargeError(`content-length ${declared} exceeds maxBodyBytes ${limit}`);
  }
  return readLimited(req, limit, () => new RequestBodyTooLargeError(`body exceeds maxBodyBytes ${limit}`));
}

/**
 * A fresh, unread `IncomingMessage` carrying the same metadata and the body we
 * already consumed, so body parsers placed after the middleware (co-body,
 * @koa/bodyparser, raw-body) read the very bytes whose hash was checked.
 */
export function replayableRequest(original: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(original.socket);
  copy.method = original.method;
  copy.url = original.url;
  copy.httpVersion = original.httpVersion;
  copy.httpVersionMajor = original.httpVersionMajor;
  copy.httpVersionMinor = original.httpVersionMinor;
  // The body is now exactly these bytes, de-framed: say so, so that parsers deciding "is there a body?"
  // from headers (type-is, used by ctx.is()) agree with what was verified, HTTP/2 without content-length included.
  const headers = { ...original.headers, 'content-length': String(body.length) };
  delete headers['transfer-encoding'];
  copy.headers = headers;
  copy.rawHeaders = original.rawHeaders;
  copy.trailers = original.trailers;
  copy.rawTrailers = original.rawTrailers;
  // `complete` keeps the stream's autoDestroy from treating the end as an abort (which would destroy the socket).
  copy.complete = true;
  if (body.length > 0) copy.push(body);
  copy.push(null);
  return copy;
}

/** Thrown when a response stream exceeds the buffering limit. */
export class BufferLimitError extends Error {}

/**
 * Buffers a whole stream, throwing `tooLarge()` as soon as it passes `limit` bytes
 * (leaving the loop destroys the stream). Shared by request bodies, response bodies and the client.
 */
export async function readLimited(stream: AsyncIterable<unknown>, limit: number, tooLarge: () => Error): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > limit) throw tooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, size);
}

function readAll(stream: AsyncIterable<unknown>, limit: number): Promise<Buffer> {
  return readLimited(stream, limit, () => new BufferLimitError(`response body exceeds ${limit} bytes`));
}

function isNodeStream(value: unknown): value is Readable {
  return value instanceof Readable || (typeof value === 'object' && value !== null && typeof (value as Readable).pipe === 'function' && typeof (value as Readable).on === 'function');
}

/**
 * The exact bytes Koa will send for `body`, so they can be hashed and signed.
 * Streams (Node, web), Blobs and Responses are buffered up to `limit`; objects are
 * serialised the way Koa serialises them (`JSON.stringify`). Returns undefined for no body.
 * Synchronous unless the body has to be read (streams, Blobs, Responses); throws
 * {@link BufferLimitError} (or rejects with it) past `limit`.
 */
export function responseBodyBytes(body: unknown, limit: number): Buffer | undefined | Promise<Buffer> {
  if (body === null || body === undefined) return undefined;
  if (Buffer.isBuffer(body)) return body;
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof Blob) {
    if (body.size > limit) throw new BufferLimitError(`response body exceeds ${limit} bytes`);
    return body.arrayBuffer().then((data) => Buffer.from(data));
  }
  if (body instanceof ReadableStream) return readAll(Readable.fromWeb(body), limit);
  if (body instanceof Response) return body.body === null ? Buffer.alloc(0) : readAll(Readable.fromWeb(body.body), limit);
  if (isNodeStream(body)) return readAll(body, limit);
  return Buffer.from(JSON.stringify(body));
}
