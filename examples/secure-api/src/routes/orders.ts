/**
 * The service-to-service API: GET and POST /api/orders.
 *
 * Mounted behind mutualAuth() (see app.ts), so `ctx.state.caller` is the
 * authenticated caller. Each route names the callers it allows
 * (allowCallers: deny by default). The JSON body parser runs after
 * mutualAuth, which read the raw body to check the token's `bh` and left it
 * re-readable.
 */
import Router from '@koa/router';
import { listLimit, newOrder, type OrderBook, type OrdersPolicy } from '@parapet/example-shared';
import { allowCallers } from '@parapet/mutual-jwt';
import { sendProblem } from '../problem.js';
import { jsonBody } from './json-body.js';

/** Router for /api/orders. */
export function ordersRouter(book: OrderBook, policy: OrdersPolicy): Router {
  const router = new Router({ prefix: '/api' });

  router.get('/orders', allowCallers(...policy.readers), (ctx) => {
    const limit = listLimit(ctx.query.limit);
    if (!limit.ok) return sendProblem(ctx, 400, 'Bad Request', limit.detail);
    ctx.body = { orders: book.list(limit.value) };
  });

  router.post('/orders', allowCallers(...policy.writers), jsonBody('16kb'), (ctx) => {
    const order = newOrder(ctx.request.body);
    if (!order.ok) return sendProblem(ctx, 400, 'Bad Request', order.detail);
    ctx.status = 201;
    ctx.body = { order: book.add(order.value.item, order.value.quantity, ctx.state.caller!.iss) };
  });
  return router;
}
