/**
 * The service-to-service API's data and rules, whatever the framework:
 * the order book, who may read and write it, and the checks of a request.
 */
import { DEMO_CALLER_ID } from './dev-files.js';

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

/** Who may call what: caller ids as listed in CALLERS_FILE. */
export const ORDERS_POLICY: OrdersPolicy = { readers: [DEMO_CALLER_ID, 'reporting'], writers: [DEMO_CALLER_ID] };

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

/** A check's verdict: the value, or the 400 detail to answer. */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly detail: string };

/** `?limit=` of GET /api/orders: 20 when absent, else an integer from 1 to 100. */
export function listLimit(raw: unknown): Checked<number> {
  const limit = raw === undefined ? 20 : typeof raw === 'string' && /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
  return limit >= 1 && limit <= 100 ? { ok: true, value: limit } : { ok: false, detail: 'limit must be an integer from 1 to 100' };
}

/** The JSON body of POST /api/orders. */
export function newOrder(body: unknown): Checked<{ item: string; quantity: number }> {
  const { item, quantity } = (typeof body === 'object' && body !== null ? body : {}) as { item?: unknown; quantity?: unknown };
  if (typeof item !== 'string' || item.trim() === '' || item.length > 100) return { ok: false, detail: 'item must be a string of 1 to 100 characters' };
  if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1 || quantity > 1000) {
    return { ok: false, detail: 'quantity must be an integer from 1 to 1000' };
  }
  return { ok: true, value: { item: item.trim(), quantity } };
}
