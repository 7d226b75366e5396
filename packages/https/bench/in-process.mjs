// Drives a Koa app in process for micro-benchmarks: each call builds real
// node:http IncomingMessage/ServerResponse objects (no socket, no network) and
// resolves with the status when Koa ends the response, so what is timed is
// Koa plus the middleware under test, not the kernel.
import { IncomingMessage, ServerResponse } from 'node:http';
import Koa from 'koa';

/** A Koa app running `middlewares`, then a handler answering `body`. */
export function appWith(middlewares, body = 'ok') {
  const app = new Koa();
  app.silent = true;
  for (const mw of middlewares) app.use(mw);
  app.use((ctx) => {
    ctx.body = body;
  });
  return app;
}

const socket = { remoteAddress: '127.0.0.1', encrypted: false, readableHighWaterMark: 16384 };

/** A GET request from a loopback peer, as node:http would hand it over. */
export function makeRequest(headers, url = '/products/42?ref=home') {
  const req = new IncomingMessage(socket);
  req.method = 'GET';
  req.url = url;
  req.httpVersion = '1.1';
  req.headers = headers;
  req.rawHeaders = Object.entries(headers).flat();
  return req;
}

/** `() => Promise<status>` running one request with `headers` to `url` through `app`. */
export function driver(app, headers, url) {
  const fn = app.callback();
  return () => {
    const req = makeRequest(headers, url);
    const res = new ServerResponse(req);
    return new Promise((resolve) => {
      res.end = function end() {
        resolve(this.statusCode);
        return this;
      };
      fn(req, res);
    });
  };
}
