/**
 * The service-to-service API: GET and POST /api/orders.
 *
 * Mounted behind mutualAuth() (see app.ts), so `res.locals.caller` is the
 * authenticated caller. Each route names the callers it allows
 * (allowCallers: deny by default). The JSON body parser runs after
 * mutualAuth, which read the raw body to check the token's `bh` and left it
 * re-readable.
 */
import { listLimit, newOrder, type OrderBook, type OrdersPolicy } from '@parapet/example-shared';
import { allowCallers } from '@parapet/mutual-jwt/express';
import { Router } from 'express';
import { sendProblem } from '../http.js';
import { jsonBody } from '../json-body.js';

/** Router for /api/orders (mounted at /api). */
export function ordersRouter(book: OrderBook, policy: OrdersPolicy): Router {
  const router = Router();

  router.get('/orders', allowCallers(...policy.readers), (req, res) => {
    const limit = listLimit(req.query.limit);
    if (!limit.ok) return sendProblem(res, 400, 'Bad Request', limit.detail);
    res.json({ orders: book.list(limit.value) });
  });

  router.post('/orders', allowCallers(...policy.writers), ...jsonBody('16kb'), (req, res) => {
    const order = newOrder(req.body);
    if (!order.ok) return sendProblem(res, 400, 'Bad Request', order.detail);
    res.status(201).json({ order: book.add(order.value.item, order.value.quantity, res.locals.caller!.iss) });
  });
  return router;
}
