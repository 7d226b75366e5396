import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import Koa from 'koa';

/** A Koa app with the given middlewares and a final handler answering 200 'ok'. */
export function appWith(...middlewares: Koa.Middleware[]): Koa {
  const app = new Koa();
  app.silent = true;
  for (const mw of middlewares) app.use(mw);
  return app;
}

export const ok: Koa.Middleware = (ctx) => {
  ctx.body = 'ok';
};

/** Values of one header name in the raw response (to assert "exactly once"). */
export function rawHeaderValues(res: object, name: string): string[] {
  const raw = (res as { res?: { rawHeaders?: string[] } }).res?.rawHeaders ?? [];
  if (raw.length === 0) throw new Error('no raw headers on this response');
  const out: string[] = [];
  for (let i = 0; i < raw.length; i += 2) if (raw[i]!.toLowerCase() === name.toLowerCase()) out.push(raw[i + 1]!);
  return out;
}

/** Send raw bytes to a server on 127.0.0.1 and return the raw response text. */
export async function rawRequest(server: Server, payload: string): Promise<string> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(payload));
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
}

export async function listen(app: Koa): Promise<Server> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  return server;
}

export async function close(server: { close(cb: (err?: Error) => void): unknown; closeAllConnections?: () => void }): Promise<void> {
  server.closeAllConnections?.();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
