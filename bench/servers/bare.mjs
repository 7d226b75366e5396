// Baseline: Koa + @koa/router, no security middleware at all.
import Koa from 'koa';
import Router from '@koa/router';
import { listen } from './listen.mjs';

const app = new Koa();
const router = new Router();
router.get('/api/hello', (ctx) => {
  ctx.body = { hello: 'world' };
});
app.use(router.routes());
listen(app);
