/** A key flood through the middleware cannot buy guesses beyond the policy. */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../src/index.js';
import { loginApp } from './app.js';
import { randomIpv4 } from './helpers.js';

describe('MemoryStore under a key flood, through the middleware', () => {
  it('40 guesses interleaved with a flood of 6,400 fresh counters (100x maxEntries): exactly 5 reach the password check', async () => {
    let aliceChecks = 0;
    const { app } = loginApp(
      { store: new MemoryStore({ maxEntries: 64 }), deviceCookie: false },
      {
        trusted: true,
        handler: (ctx) => {
          const body = ctx.request.body as { user: string };
          if (body.user === 'alice') aliceChecks++;
          ctx.status = 401;
        },
      },
    );
    const agent = request(app.callback());
    const attacker = { 'x-forwarded-for': '198.51.100.7' };
    for (let guess = 0; guess < 40; guess++) {
      await agent.post('/login').set(attacker).send({ user: 'alice', password: `guess-${guess}` });
      // Each flood request creates four fresh counters (new account, new network).
      for (let f = 0; f < 40; f++) {
        await agent.post('/login').set({ 'x-forwarded-for': randomIpv4() }).send({ user: `flood-${guess}-${f}`, password: 'x' });
      }
    }
    expect(aliceChecks).toBe(5);
  });
});
