/**
 * The one error body of the example: RFC 9457 problem details. Routes answer
 * client mistakes with a short, fixed description; what exactly went wrong
 * goes to the log, never to the client.
 */
import type Koa from 'koa';

/** Answer `status` with an `application/problem+json` body. */
export function sendProblem(ctx: Koa.Context, status: number, title: string, detail: string): void {
  ctx.status = status;
  ctx.type = 'application/problem+json';
  ctx.body = JSON.stringify({ type: 'about:blank', title, status, detail });
}
