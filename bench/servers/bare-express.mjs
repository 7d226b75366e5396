// Baseline for the Express stacks: Express, one route, no security middleware at all.
import express from 'express';
import { listen } from './listen.mjs';

const app = express();
app.get('/api/hello', (_req, res) => {
  res.json({ hello: 'world' });
});
listen(app);
