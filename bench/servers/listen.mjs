// Shared by every benchmark server: listen on $PORT (loopback only) and tell
// run.mjs it is ready, with any per-scenario request settings (e.g. the file of
// pre-signed tokens the load generator must send).
import { createServer } from 'node:http';

export function listen(app, request = {}) {
  // A Koa app hands over its listener; an Express app is one.
  const server = createServer(typeof app.callback === 'function' ? app.callback() : app);
  server.keepAliveTimeout = 60_000;
  // Port 0 by default: the OS picks a free port (a fixed range can hit a
  // service's port, e.g. RabbitMQ's 25672), reported back to run.mjs.
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    process.stdout.write(`READY ${JSON.stringify({ port: server.address().port, request })}\n`);
  });
  // Server CPU time per request is measured around the load window: run.mjs
  // asks for process.cpuUsage() over IPC before and after it.
  process.on('message', (message) => {
    if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
  });
  if (process.listenerCount('SIGTERM') === 0) process.on('SIGTERM', () => server.close(() => process.exit(0)));
  return server;
}
