import tls from 'node:tls';

export interface TlsResult {
  readonly ok: boolean;
  readonly code?: string | undefined;
  readonly protocol?: string | null | undefined;
  readonly cipher?: string | undefined;
  readonly group?: string | undefined;
  readonly reused?: boolean | undefined;
  readonly response?: string | undefined;
  readonly session?: Buffer | undefined;
}

/**
 * Open a real TLS connection to 127.0.0.1:port, optionally send one HTTP
 * request, and report the handshake outcome, response and latest session.
 */
export function tlsRequest(port: number, options: tls.ConnectionOptions, request?: string): Promise<TlsResult> {
  return new Promise((resolve) => {
    let session: Buffer | undefined;
    let response = '';
    let handshake: Omit<TlsResult, 'ok'> | undefined;
    const socket = tls.connect({ host: '127.0.0.1', port, servername: 'localhost', ...options }, () => {
      handshake = {
        protocol: socket.getProtocol(),
        cipher: socket.getCipher().name,
        group: (socket.getEphemeralKeyInfo() as { name?: string } | null)?.name,
        reused: socket.isSessionReused(),
      };
      if (request === undefined) socket.end();
      else socket.write(request);
    });
    socket.setEncoding('latin1');
    socket.on('session', (s: Buffer) => (session = s));
    socket.on('data', (chunk: string) => (response += chunk));
    socket.on('error', (err: NodeJS.ErrnoException) => {
      resolve({ ok: false, code: err.code ?? err.message, response, ...(handshake ?? {}) });
    });
    socket.on('close', () => resolve({ ok: handshake !== undefined, ...(handshake ?? {}), response, session }));
  });
}

export const GET = 'GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n';

/** Waits until the socket can take more, or is gone (each listener removed again: a long upload waits many times). */
export function drained(socket: { once(e: string, f: () => void): unknown; off(e: string, f: () => void): unknown }): Promise<void> {
  return new Promise((resolve) => {
    const go = (): void => {
      socket.off('drain', go);
      socket.off('close', go);
      resolve();
    };
    socket.once('drain', go);
    socket.once('close', go);
  });
}
