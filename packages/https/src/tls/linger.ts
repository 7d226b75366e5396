/**
 * Lingering close for HTTP/1.1 (RFC 9112 §9.6): when the server closes a
 * connection whose request body it did not read (a 413 on the declared length,
 * a 401 before an upload), Node destroys the socket as soon as the response is
 * written. Closing a TCP socket with unread bytes sends a reset, and the client,
 * still writing its body, then sees ECONNRESET/EPIPE instead of the answer that
 * was already on its way. Here the write side is closed first and the rest of
 * the body is read and discarded, for at most `LINGER_MS`, before the socket goes.
 */
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

/** Apache's lingering close waits up to 2 s as well: enough for a client to read a short answer, too short to hold a socket hostage. */
export const LINGER_MS = 2_000;

interface LingerableServer {
  on(event: 'request', listener: (req: IncomingMessage) => void): unknown;
  on(event: 'secureConnection', listener: (socket: Socket) => void): unknown;
}

/** The request in flight on each HTTP/1.1 socket (HTTP/2 streams close on their own). */
const current = new WeakMap<Socket, IncomingMessage>();

function linger(socket: Socket, req: IncomingMessage): void {
  // Nobody else reads the body any more (or a parser paused what it refused): discard it.
  req.resume();
  if (socket.writable) socket.end();
  const timer = setTimeout(() => socket.destroy(), LINGER_MS);
  timer.unref();
  const done = (): void => {
    clearTimeout(timer);
    socket.destroy();
  };
  // Once the whole body has been read, closing no longer resets; a client that closes first is done too.
  if (req.complete) done();
  else req.once('end', done);
  socket.once('end', done);
  socket.once('close', () => clearTimeout(timer));
}

export function lingerOnClose(server: LingerableServer): void {
  server.on('request', (req) => {
    if (req.httpVersionMajor < 2) current.set(req.socket, req);
  });
  server.on('secureConnection', (socket) => {
    const destroySoon = socket.destroySoon.bind(socket);
    // Node's HTTP/1.1 server calls destroySoon() once the last response is written (Connection: close).
    socket.destroySoon = () => {
      const req = current.get(socket);
      if (req === undefined || req.complete) destroySoon();
      else linger(socket, req);
    };
  });
}
