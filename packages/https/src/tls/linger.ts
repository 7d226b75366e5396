/**
 * Lingering close for HTTP/1.1 (RFC 9112 §9.6): when the server closes a
 * connection whose request body it did not read (a 413 on the declared length,
 * a 401 before an upload), Node destroys the socket as soon as the response is
 * written. Closing a TCP socket with unread bytes sends a reset, and the client,
 * still writing its body, then sees ECONNRESET/EPIPE instead of the answer that
 * was already on its way. Here the write side is closed first and the rest of
 * the body is read and discarded, for at most `LINGER_MS`, before the socket goes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** Apache's lingering close waits up to 2 s as well: enough for a client to read a short answer, too short to hold a socket hostage. */
export const LINGER_MS = 2_000;

interface LingerableServer {
  on(event: 'request', listener: (req: IncomingMessage, res: ServerResponse) => void): unknown;
  on(event: 'secureConnection', listener: (socket: Socket) => void): unknown;
  on(event: 'clientError', listener: (err: NodeJS.ErrnoException, socket: Socket) => void): unknown;
}

/** The request in flight on each HTTP/1.1 socket, and its response (HTTP/2 streams close on their own). */
const current = new WeakMap<Socket, IncomingMessage>();
const responses = new WeakMap<Socket, ServerResponse>();

/** Closes the write side, then waits for the client to stop sending (`until`: the end of what is left to read). */
function closeAfterReading(socket: Socket, until?: IncomingMessage): void {
  if (socket.writable) socket.end();
  const timer = setTimeout(() => socket.destroy(), LINGER_MS);
  timer.unref();
  const done = (): void => {
    clearTimeout(timer);
    socket.destroy();
  };
  // Once the whole body has been read, closing no longer resets; a client that closes first is done too.
  if (until?.complete === true) done();
  else until?.once('end', done);
  socket.once('end', done);
  socket.once('close', () => clearTimeout(timer));
}

function linger(socket: Socket, req: IncomingMessage): void {
  // Nobody else reads the body any more (or a parser paused what it refused): discard it.
  req.resume();
  closeAfterReading(socket, req);
}

// What Node's own clientError handling answers, with an explicit empty body.
const PARSER_ANSWERS: Readonly<Record<string, string>> = {
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
  HPE_CHUNK_EXTENSIONS_OVERFLOW: '413 Payload Too Large',
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
};

/**
 * Node answers a request its parser refuses (a 64 KB header: 431; malformed: 400; too slow: 408)
 * and destroys the socket at once, with the rest of the request unread: the reset can reach the
 * client before the answer does. Here the answer is written, the failed parser is detached, and
 * the connection closes like any refused upload.
 */
function answerClientError(err: NodeJS.ErrnoException, socket: Socket): void {
  const response = responses.get(socket);
  // An HTTP/2 session's error, a reset, or an answer already half written: nothing more can be said.
  if ((socket as Socket & { alpnProtocol?: string | false }).alpnProtocol === 'h2' || !socket.writable || err.code === 'ECONNRESET' || (response !== undefined && response.headersSent && !response.writableFinished)) {
    socket.destroy(err);
    return;
  }
  // The failed parser must not see the rest (it would fail again on every chunk): discard it instead.
  socket.removeAllListeners('data');
  socket.on('data', () => undefined);
  socket.resume();
  socket.write(`HTTP/1.1 ${PARSER_ANSWERS[err.code ?? ''] ?? '400 Bad Request'}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
  closeAfterReading(socket);
}

export function lingerOnClose(server: LingerableServer): void {
  server.on('request', (req, res) => {
    if (req.httpVersionMajor < 2) {
      current.set(req.socket, req);
      responses.set(req.socket, res);
    }
  });
  server.on('clientError', answerClientError);
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
