/**
 * A server that refuses a body it will not read (413 on Content-Length) and closes the
 * connection must not lose its answer: closing a TCP socket with unread bytes sends a
 * reset, and a client still writing the body then gets ECONNRESET/EPIPE instead of the
 * 413 that was already sent (RFC 9112 §9.6: close the write side first, keep reading).
 */
import { fork } from 'node:child_process';
import { connect, type ConnectionOptions } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { LINGER_MS } from '../src/tls/linger.js';
import { drained } from './helpers/tls-client.js';

const BODY = Buffer.alloc(4 * 1024 * 1024, 0x78);
const FIXTURE = fileURLToPath(new URL('./fixtures/refusing-server.mjs', import.meta.url));

/** The refusing server in a child process: a client in the same event loop would hide the race. */
async function startServer(variant: 'koa' | 'koa-paused' | 'koa-slow' | 'express', transport: 'http1' | 'http2' = 'http1'): Promise<number> {
  const child = fork(FIXTURE, [variant, transport], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  onTestFinished(() => void child.kill());
  const { port } = await new Promise<{ port: number }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { port: number }));
    child.once('exit', (code) => reject(new Error(`refusing server exited with ${code}`)));
  });
  return port;
}

/** Sends `head` then `body` in 16 KB chunks: what the client read before the connection ended, and how it ended. */
function send(port: number, head: string, body: Buffer): Promise<{ status: string; ended: string }> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port, rejectUnauthorized: false, ALPNProtocols: ['http/1.1'] });
    let received = '';
    const done = (ended: string): void => {
      socket.destroy();
      resolve({ status: /^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 'none', ended });
    };
    socket.on('data', (d: Buffer) => (received += d.toString('latin1')));
    socket.on('error', (e: NodeJS.ErrnoException) => done(e.code ?? e.message));
    socket.on('close', () => done('close'));
    socket.once('secureConnect', () => {
      socket.write(head);
      void (async () => {
        for (let offset = 0; offset < body.length && !socket.destroyed; offset += 16_384) {
          if (!socket.write(body.subarray(offset, offset + 16_384))) await drained(socket);
        }
      })();
    });
  });
}

/** One upload with `Connection: close`. */
const upload = (port: number): Promise<{ status: string; ended: string }> =>
  send(port, `POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\nContent-Length: ${BODY.length}\r\nConnection: close\r\n\r\n`, BODY);

/** An upload whose header block is 64 KB (Node's parser stops at 16 KB); its body keeps coming after the parser gave up. */
const hugeHeader = (port: number): Promise<{ status: string; ended: string }> =>
  send(port, `POST /upload HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${'y'.repeat(64 * 1024)}\r\nContent-Length: ${1024 * 1024}\r\n\r\n`, BODY.subarray(0, 1024 * 1024));

describe('createSecureServer: a refused upload still gets its answer (lingering close)', () => {
  it.each([
    ['HTTP/1.1 server', 'http1'],
    ['HTTP/2 server (HTTP/1.1 fallback)', 'http2'],
  ] as const)('%s: 10 of 10 clients with a 64 KB header read the 431', async (_name, transport) => {
    const port = await startServer('koa', transport);
    const results = [];
    for (let i = 0; i < 10; i++) results.push(await hugeHeader(port));
    expect(results.filter((r) => r.status !== '431')).toEqual([]);
  });


  it.each([
    ['Koa, body left unread', 'koa', 'http1'],
    ['Koa, body paused (raw-body)', 'koa-paused', 'http1'],
    ['Express, body left unread', 'express', 'http1'],
    ['Koa over the HTTP/2 server (HTTP/1.1 fallback)', 'koa-paused', 'http2'],
  ] as const)('%s: 10 of 10 clients read the 413', async (_name, variant, transport) => {
    const port = await startServer(variant, transport);
    const results = [];
    for (let i = 0; i < 10; i++) results.push(await upload(port));
    expect(results.filter((r) => r.status !== '413')).toEqual([]);
  });

  it('a body the parser rejects while the app is still on the request: one 400, then the connection closes', async () => {
    const port = await startServer('koa-slow');
    const socket = connect({ host: '127.0.0.1', port, rejectUnauthorized: false, ALPNProtocols: ['http/1.1'] });
    let received = '';
    socket.on('data', (d: Buffer) => (received += d.toString('latin1')));
    const ended = await new Promise<string>((resolve) => {
      socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
      socket.on('close', () => resolve('close'));
      // `zz` is no chunk size (RFC 9112 §7.1): the parser fails inside the body.
      socket.once('secureConnect', () => socket.write('POST /upload HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'));
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(ended).toMatch(/^(close|ECONNRESET)$/);
    expect(received.match(/HTTP\/1\.1 \d{3}/g)).toEqual(['HTTP/1.1 400']);
  }, 10_000);

  it('a client that never stops sending is cut off after the linger time, not served forever', async () => {
    const port = await startServer('koa-paused');
    const started = Date.now();
    const ended = await new Promise<string>((resolve) => {
      // allowHalfOpen: the server's FIN does not end this client, which keeps sending.
      // (Node hands it to the underlying net.Socket; @types/node leaves it out of tls.ConnectionOptions.)
      const socket = connect({ host: '127.0.0.1', port, rejectUnauthorized: false, ALPNProtocols: ['http/1.1'], allowHalfOpen: true } as ConnectionOptions);
      const chunk = Buffer.alloc(16_384, 0x78);
      let timer: NodeJS.Timeout | undefined;
      const finish = (how: string): void => {
        clearInterval(timer);
        socket.destroy();
        resolve(how);
      };
      socket.on('error', (e: NodeJS.ErrnoException) => finish(e.code ?? e.message));
      socket.on('close', () => finish('close'));
      socket.on('data', () => undefined);
      socket.once('secureConnect', () => {
        socket.write(`POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000000000000\r\nConnection: close\r\n\r\n`);
        // A trickle that never ends: 16 KB every 50 ms.
        timer = setInterval(() => socket.write(chunk), 50);
      });
    });
    const elapsed = Date.now() - started;
    expect(ended).toMatch(/^(close|ECONNRESET|EPIPE)$/);
    expect(elapsed).toBeLessThan(LINGER_MS + 3_000);
  }, 20_000);
});
