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
import { allowCallers } from '@parapet/mutual-jwt';
import type Koa from 'koa';
import { sendProblem } from '../problem.js';
import { jsonBody } from './json-body.js';

/** One order. */
export interface Order {
  readonly id: number;
  readonly item: string;
  readonly quantity: number;
  /** Caller id (`iss`) that created it. */
  readonly createdBy: string;
  readonly createdAt: string;
}

/** Who may do what on /api/orders (caller ids from CALLERS_FILE). */
export interface OrdersPolicy {
  readonly readers: readonly string[];
  readonly writers: readonly string[];
}

/** In-memory order book, bounded: the oldest orders are dropped beyond `maxOrders`. */
export class OrderBook {
  readonly #orders: Order[] = [];
  #nextId = 1;
  constructor(readonly maxOrders = 1000) {}

  add(item: string, quantity: number, createdBy: string): Order {
    const order: Order = { id: this.#nextId++, item, quantity, createdBy, createdAt: new Date().toISOString() };
    this.#orders.push(order);
    if (this.#orders.length > this.maxOrders) this.#orders.shift();
    return order;
  }

  list(limit: number): Order[] {
    return this.#orders.slice(-limit).reverse();
  }
}

function invalid(ctx: Koa.Context, detail: string): void {
  sendProblem(ctx, 400, 'Bad Request', detail);
}

/** Router for /api/orders. */
export function ordersRouter(book: OrderBook, policy: OrdersPolicy): Router {
  const router = new Router({ prefix: '/api' });

  router.get('/orders', allowCallers(...policy.readers), (ctx) => {
    const raw = ctx.query.limit;
    const limit = raw === undefined ? 20 : typeof raw === 'string' && /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
    if (!(limit >= 1 && limit <= 100)) return invalid(ctx, 'limit must be an integer from 1 to 100');
    ctx.body = { orders: book.list(limit) };
  });

  router.post('/orders', allowCallers(...policy.writers), jsonBody('16kb'), (ctx) => {
    const body = ctx.request.body as { item?: unknown; quantity?: unknown } | undefined;
    const item = body?.item;
    const quantity = body?.quantity;
    if (typeof item !== 'string' || item.trim() === '' || item.length > 100) return invalid(ctx, 'item must be a string of 1 to 100 characters');
    if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1 || quantity > 1000) {
      return invalid(ctx, 'quantity must be an integer from 1 to 1000');
    }
    ctx.status = 201;
    ctx.body = { order: book.add(item.trim(), quantity, ctx.state.caller!.iss) };
  });
  return router;
}
