import { bodyParser } from '@koa/bodyparser';
import Koa from 'koa';
import Koa2 from 'koa2';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { PasswordChecker, passwordPolicy, type PasswordPolicyMiddlewareOptions } from '../src/index.js';

// The middleware supports Koa 2.15+ and 3 (the peer range): every case runs on both.
describe.each([{ name: 'Koa 3', Koa }, { name: 'Koa 2', Koa: Koa2 }])('passwordPolicy on $name', ({ Koa }) => {
  function app(options: PasswordPolicyMiddlewareOptions) {
    const koa = new Koa();
    koa.use(bodyParser());
    koa.use(passwordPolicy(options));
    koa.use((ctx) => {
      ctx.status = 201;
      ctx.body = { accepted: true, problems: ctx.state.passwordCheck?.problems };
    });
    return koa.callback();
  }

  describe('passwordPolicy (Koa)', () => {
    it('answers 422 application/problem+json with every problem', async () => {
      const res = await request(app({ context: (ctx) => ({ username: (ctx.request.body as { username?: string }).username }) }))
        .post('/')
        .send({ username: 'alice', password: 'password' });
      expect(res.status).toBe(422);
      expect(res.headers['content-type']).toBe('application/problem+json');
      expect(res.headers['cache-control']).toBe('no-store');
      const problems = [{ code: 'common', message: expect.stringMatching(/not a well-known password/) }];
      expect(res.body).toEqual({ type: 'about:blank', title: 'Unprocessable Content', status: 422, detail: 'The password does not meet the password policy.', problems });
    });

    it('uses the context function', async () => {
      const res = await request(app({ context: (ctx) => ({ username: (ctx.request.body as { username?: string }).username }) }))
        .post('/')
        .send({ username: 'zorblax.quintavius', password: 'zorblax2024!' });
      expect(res.status).toBe(422);
      expect(res.body.problems.map((p: { code: string }) => p.code)).toEqual(['context']);
    });

    it('passes a good password on with the result on ctx.state', async () => {
      const res = await request(app({})).post('/').send({ password: 'violet harbour cranes paint' });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ accepted: true, problems: [] });
    });

    it('reads the configured field and applies policy options', async () => {
      const res = await request(app({ field: 'newPassword', minLength: 15 })).post('/').send({ newPassword: 'zq7#mv2kp9' });
      expect(res.status).toBe(422);
      expect(res.body.problems.map((p: { code: string }) => p.code)).toEqual(['too_short']);
    });

    it.each([{}, { password: 12345678 }, { password: ['a'] }, ['password']])('400 without a string password: %j', async (body) => {
      const res = await request(app({})).post('/').set('Content-Type', 'application/json').send(JSON.stringify(body));
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toBe('application/problem+json');
      expect(res.body.detail).toBe('Expected a JSON body with a string "password".');
    });

    it('throws at construction on bad options', () => {
      expect(() => passwordPolicy({ field: '' })).toThrow(/"field"/);
      expect(() => passwordPolicy({ context: 'alice' } as unknown as PasswordPolicyMiddlewareOptions)).toThrow(/"context" must be a function/);
      expect(() => passwordPolicy({ checker: new PasswordChecker(), minLength: 15 })).toThrow(/either "checker" or policy options/);
      expect(() => passwordPolicy({ minLength: 4 })).toThrow(/"minLength"/);
    });
  });
});
