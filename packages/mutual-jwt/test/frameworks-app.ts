/**
 * One orders service, four frameworks: the Koa middlewares on Koa 2 and 3,
 * the Express ones on Express 4 and 5, the same routes and answers, so one
 * list of cases proves the adapters behave alike.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { bodyParser } from '@koa/bodyparser';
import Router from '@koa/router';
import express5 from 'express';
import express4 from 'express4';
import Koa3 from 'koa';
import Koa2 from 'koa2';
import * as onExpress from '../src/express.js';
import * as onKoa from '../src/index.js';
import type { Keys } from './helpers.js';

/** Where the Express app parses JSON bodies relative to mutualAuth() (Koa: always after). */
export type BodyOrder = 'after' | 'before-captured' | 'before-uncaptured';

export interface ServiceSpec {
  authorization?: 'any-trusted-caller';
  bodyOrder?: BodyOrder;
}

export interface Framework {
  readonly name: 'koa2' | 'koa3' | 'express4' | 'express5';
  readonly express: boolean;
  build(keys: Keys, spec?: ServiceSpec): { listener: (req: IncomingMessage, res: ServerResponse) => void; failures: string[] };
}

class TeapotError extends Error {
  readonly status = 418;
  readonly expose = true;
}

function mutualOptions(keys: Keys, spec: ServiceSpec, failures: string[]) {
  return {
    audience: 'orders',
    callers: {
      billing: { jwks: onKoa.exportPublicJwks([keys.billing, keys.billingEs]) },
      reports: { jwks: onKoa.exportPublicJwks([keys.reports]) },
    },
    signingKey: keys.orders,
    onAuthFailure: ({ error }: { error: onKoa.MutualJwtError }) => failures.push(error.code),
    ...(spec.authorization ? { authorization: spec.authorization } : {}),
  };
}

function koaFramework(name: 'koa2' | 'koa3', Koa: typeof Koa3): Framework {
  return {
    name,
    express: false,
    build(keys, spec = {}) {
      const failures: string[] = [];
      const app = new Koa();
      app.silent = true;
      app.use(onKoa.jwksEndpoint({ keys: [keys.orders] }));
      app.use(onKoa.mutualAuth(mutualOptions(keys, spec, failures)));
      const router = new Router();
      router.get('/api/orders', onKoa.allowCallers('billing', 'reports'), (ctx) => {
        ctx.body = { orders: [1, 2], caller: ctx.state.caller?.iss };
      });
      router.post('/api/orders', onKoa.allowCallers('billing'), bodyParser(), (ctx) => {
        ctx.status = 201;
        ctx.body = { received: ctx.request.body, raw: ctx.state.caller?.rawBody?.toString('utf8') };
      });
      router.get('/api/billing-only', onKoa.allowCallers('billing'), (ctx) => {
        ctx.body = 'billing';
      });
      router.get('/api/unguarded', (ctx) => {
        ctx.body = 'no policy';
      });
      router.get('/api/teapot', onKoa.allowCallers('billing'), () => {
        throw new TeapotError('short and stout');
      });
      router.get('/api/crash', onKoa.allowCallers('billing'), () => {
        throw new Error('secret internal detail');
      });
      router.get('/api/async-crash', onKoa.allowCallers('billing'), async () => {
        await Promise.resolve();
        throw new Error('secret internal detail');
      });
      app.use(router.routes());
      const handle = app.callback();
      return { listener: (req, res) => void handle(req, res), failures };
    },
  };
}

function expressFramework(name: 'express4' | 'express5', express: typeof express5): Framework {
  return {
    name,
    express: true,
    build(keys, spec = {}) {
      const failures: string[] = [];
      const order = spec.bodyOrder ?? 'after';
      const app = express();
      app.use(onExpress.jwksEndpoint({ keys: [keys.orders] }));
      if (order === 'before-captured') app.use(express.json({ verify: onExpress.captureRawBody }));
      if (order === 'before-uncaptured') app.use(express.json());
      app.use(onExpress.mutualAuth(mutualOptions(keys, spec, failures)));
      if (order === 'after') app.use(express.json());
      app.get('/api/orders', onExpress.allowCallers('billing', 'reports'), (req, res) => {
        res.json({ orders: [1, 2], caller: req.caller?.iss });
      });
      app.post('/api/orders', onExpress.allowCallers('billing'), (req, res) => {
        res.status(201).json({ received: req.body as unknown, raw: res.locals.caller?.rawBody?.toString('utf8') });
      });
      app.get('/api/billing-only', onExpress.allowCallers('billing'), (_req, res) => {
        res.send('billing');
      });
      app.get('/api/unguarded', (_req, res) => {
        res.send('no policy');
      });
      app.get('/api/teapot', onExpress.allowCallers('billing'), (_req, _res, next) => next(new TeapotError('short and stout')));
      app.get('/api/crash', onExpress.allowCallers('billing'), () => {
        throw new Error('secret internal detail');
      });
      app.get('/api/async-crash', onExpress.allowCallers('billing'), async () => {
        await Promise.resolve();
        throw new Error('secret internal detail');
      });
      return { listener: app, failures };
    },
  };
}

export const frameworks: readonly Framework[] = [
  koaFramework('koa2', Koa2),
  koaFramework('koa3', Koa3),
  expressFramework('express4', express4),
  expressFramework('express5', express5),
];
