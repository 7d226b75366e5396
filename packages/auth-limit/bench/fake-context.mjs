// A Koa context on a real IncomingMessage/ServerResponse pair without a
// socket connection: the middleware's own work, no network I/O.
import http from 'node:http';
import { Socket } from 'node:net';

export function fakeContext(app, { ip, headers = {}, body }) {
  const socket = new Socket();
  Object.defineProperty(socket, 'remoteAddress', { value: ip });
  const req = new http.IncomingMessage(socket);
  req.method = 'POST';
  req.url = '/login';
  req.headers = { 'content-type': 'application/json', host: 'localhost', ...headers };
  const ctx = app.createContext(req, new http.ServerResponse(req));
  ctx.request.body = body;
  return ctx;
}
