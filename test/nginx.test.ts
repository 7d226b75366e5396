/**
 * The example behind a real nginx configured exactly as its docs say
 * (TLS ends at nginx, `X-Forwarded-For $proxy_add_x_forwarded_for`,
 * `X-Forwarded-Proto $scheme`, every other client header passed through),
 * attacked through nginx. Clients connect from their own loopback addresses
 * (127.0.0.5, 127.0.0.9, …) so nginx sees distinct, untrusted peers; only
 * nginx itself (127.0.0.1) is in TRUSTED_PROXIES.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USER, FRAMEWORKS, startApi, type Framework } from './helpers.js';
import { headerCount, send, startNginx, type ClientRequest } from './nginx.js';

const HSTS = 'max-age=31536000; includeSubDomains';
const ATTACKER = '127.0.0.5';
const VICTIM = '127.0.0.9';

async function deployment(framework: Framework) {
  const app = await startApi({ TRUSTED_PROXIES: '127.0.0.1', PUBLIC_HOST: 'api.example.com' }, undefined, framework);
  const nginx = await startNginx({ appHttpPort: app.httpPort, cert: app.config.tls.cert, key: app.config.tls.key });
  const https = (req: Omit<ClientRequest, 'scheme' | 'port' | 'ca'>) => send({ ...req, scheme: 'https', port: nginx.httpsPort, ca: app.config.tls.cert });
  const http = (req: Omit<ClientRequest, 'scheme' | 'port'>) => send({ ...req, scheme: 'http', port: nginx.httpPort });
  const loginAttempt = (from: string, password: string, headers: Record<string, string> = {}) =>
    https({ from, path: '/login', method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ username: DEMO_USER, password }) });
  return { app, nginx, https, http, loginAttempt };
}

const longChain = (n: number) => Array.from({ length: n }, (_, i) => `203.0.113.${(i % 250) + 1}`).join(', ');

describe.each(FRAMEWORKS)('example behind nginx (documented recipe) ($name)', (framework) => {
  it('a client-sent Forwarded: proto=https over plain HTTP is redirected, without HSTS', async () => {
    const { http } = await deployment(framework);
    const res = await http({ from: ATTACKER, path: '/me?x=1', headers: { forwarded: 'for=203.0.113.66;proto=https' } });
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('https://api.example.com:8443/me?x=1');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('plain-HTTP POSTs are refused, whatever forwarding headers the client adds', async () => {
    const { http } = await deployment(framework);
    const variants: Record<string, string>[] = [{}, { forwarded: 'proto=https' }, { 'x-forwarded-proto': 'https' }, { 'x-forwarded-for': longChain(64) }];
    for (const headers of variants) {
      const res = await http({ from: ATTACKER, path: '/login', method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: '{}' });
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('X-Forwarded-Host / X-Forwarded-Port from the client never pick the redirect target', async () => {
    const { http } = await deployment(framework);
    const res = await http({ from: ATTACKER, path: '/', headers: { 'x-forwarded-host': 'evil.example', 'x-forwarded-port': '4444' } });
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('https://api.example.com:8443/');
    // A Host nginx forwards that is not PUBLIC_HOST is refused, never redirected to.
    expect((await http({ from: ATTACKER, path: '/', headers: { host: 'evil.example' } })).status).toBe(400);
  });

  it('HTTPS through nginx is served once, with exactly one HSTS header — also with 64-entry and malformed X-Forwarded-For', async () => {
    const { https } = await deployment(framework);
    for (const xff of [undefined, longChain(64), longChain(200), 'garbage, ,"quoted', '1.1.1.1,'.repeat(300)]) {
      const res = await https({ from: ATTACKER, path: '/healthz', headers: xff === undefined ? {} : { 'x-forwarded-for': xff } });
      expect(res.status, xff?.slice(0, 30)).toBe(200);
      expect(headerCount(res, 'strict-transport-security')).toBe(1);
      expect(res.headers['strict-transport-security']).toBe(HSTS);
    }
  });

  it('login bursts with rotating forged client addresses still stop at 5 per account and real client', async () => {
    const { loginAttempt } = await deployment(framework);
    const statuses: number[] = [];
    for (let i = 1; i <= 8; i++) {
      const forged = `203.0.113.${i}`;
      const res = await loginAttempt(ATTACKER, `guess-${i}`, { forwarded: `for=${forged}`, 'x-forwarded-for': i % 2 === 0 ? longChain(64) : forged });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
  });

  it('a 64-entry chain does not move the attacker into the proxy\'s bucket: the plain follow-up is still blocked', async () => {
    const { loginAttempt } = await deployment(framework);
    for (let i = 0; i < 5; i++) expect((await loginAttempt(ATTACKER, `guess-${i}`, { 'x-forwarded-for': longChain(64) })).status).toBe(401);
    expect((await loginAttempt(ATTACKER, 'guess-6')).status).toBe(429);
  });

  it('failures forged "from" a victim address never lock the victim out', async () => {
    const { loginAttempt } = await deployment(framework);
    for (let i = 0; i < 8; i++) {
      await loginAttempt(ATTACKER, `guess-${i}`, { forwarded: `for=${VICTIM}`, 'x-forwarded-for': VICTIM });
    }
    expect((await loginAttempt(ATTACKER, 'guess-x')).status).toBe(429);
    expect((await loginAttempt(VICTIM, DEMO_PASSWORD)).status).toBe(200);
  });
});
