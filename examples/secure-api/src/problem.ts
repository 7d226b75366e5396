/** Koa side of the examples' one error body (RFC 9457 problem details, `problemBody`). */
import { PROBLEM_TYPE, problemBody } from '@parapet/example-shared';
import type Koa from 'koa';

/** Answer `status` with an `application/problem+json` body. */
export function sendProblem(ctx: Koa.Context, status: number, title: string, detail: string): void {
  ctx.status = status;
  ctx.type = PROBLEM_TYPE;
  ctx.body = problemBody(status, title, detail);
}
