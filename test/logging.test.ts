/**
 * The log stream, captured through the factory's injectable destination:
 * JSON lines only, one request line per request, security events as their
 * own lines — and not one of the raw secrets or identifiers the test sent
 * (passwords, user and service tokens, e-mails, client IPs, cookies).
 */
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USER, FRAMEWORKS, login, mutualClient, on, type RunningApi } from './helpers.js';

describe.each(FRAMEWORKS)('scrubbed JSON log stream ($name)', (framework) => {
  const { startApi } = on(framework);

  it('records every request and security event without any raw secret', async () => {
    const app = await startApi({ TRUSTED_PROXIES: '127.0.0.1' });
    const secrets: string[] = [DEMO_PASSWORD, DEMO_USER];
    const clientIps = ['203.0.113.77', '2001:db8:abcd::1234', '198.51.100.23'];
    secrets.push(...clientIps, '127.0.0.1');
    let requests = 0;
    const from = (ip: string, extra: Record<string, string> = {}) => ({ 'x-forwarded-for': ip, ...extra });
    const send = async (url: string, init: RequestInit = {}): Promise<Response> => {
      requests++;
      return app.tlsFetch(`${app.httpsUrl}${url}`, init);
    };

    // Logins: a success, failures up to a block, an unknown account.
    const wrongPasswords = ['hunter2-Sup3r-Secret!', 'Tr0ub4dor&3-secret', 'letmein-0xDEADBEEF', 'p@ssw0rd-kept-out', 'qwerty-never-logged', 'sixth-attempt-pw'];
    secrets.push(...wrongPasswords, 'bob.secret@example.org');
    requests++;
    const ok = await login(app, DEMO_USER, DEMO_PASSWORD, from(clientIps[0]!));
    const { access_token: userToken } = (await ok.json()) as { access_token: string };
    secrets.push(userToken);
    for (const pw of wrongPasswords) {
      requests++;
      await login(app, DEMO_USER, pw, from(clientIps[1]!, { cookie: 'session=cookie-s3cret-value' }));
    }
    requests++;
    await login(app, 'bob.secret@example.org', 'bobs-password-secret', from(clientIps[2]!));
    secrets.push('bobs-password-secret', 'cookie-s3cret-value');

    // Tokens and personal data in places a careless logger would copy: query, headers.
    await send(`/me?access_token=${userToken}&email=carol@example.net`, {
      headers: from(clientIps[0]!, { authorization: `Bearer ${userToken}`, 'user-agent': 'curl (ua-dave@example.com)', referer: 'https://x.example/?token=referer-secret-456' }),
    });
    await send('/me', { headers: from(clientIps[0]!, { authorization: `Bearer ${userToken.slice(0, -4)}AAAA` }) });
    secrets.push('carol@example.net', 'ua-dave@example.com', 'referer-secret-456', `${userToken.slice(0, -4)}AAAA`);

    // Service calls: request and response tokens, a replay, an unsigned call.
    const tokens = await apiTraffic(app, from(clientIps[2]!));
    requests += tokens.requests;
    secrets.push(...tokens.secrets);

    const records = app.logs.records(); // every line parses as JSON
    const requestLines = records.filter((r) => r.msg === 'request completed' || r.msg === 'request failed');
    expect(requestLines).toHaveLength(requests);
    expect(new Set(requestLines.map((r) => r.reqId)).size).toBe(requests);
    for (const name of ['auth.login_succeeded', 'auth.login_failed', 'auth-limit.blocked', 'auth-limit.limited', 'mutual-jwt.token_rejected']) {
      expect(app.logs.events(name).length, name).toBeGreaterThan(0);
    }
    // The client IP is there, pseudonymised with the deployment's key: correlatable, not readable.
    const firstLogin = requestLines.find((r) => (r.req as { path: string }).path === '/login')!;
    expect(firstLogin.clientIp).toBe(app.api.logging.scrubber.pseudonymise('ip', clientIps[0]!));
    expect(requestLines.find((r) => r.userId === 'user-1001')).toBeDefined();
    expect(requestLines.find((r) => r.caller === 'demo-client')).toBeDefined();

    const text = app.logs.text;
    const leaked = secrets.filter((secret) => text.includes(secret));
    expect(leaked).toEqual([]);
    // Neither the password field nor any JWT-shaped string makes it through.
    expect(text).not.toMatch(/eyJ[\w-]{8,}\.[\w-]{8,}/);
  });
});

async function apiTraffic(app: RunningApi, headers: Record<string, string>): Promise<{ requests: number; secrets: string[] }> {
  const secrets: string[] = [];
  let last = '';
  const capture: typeof fetch = async (input, init) => {
    const merged = new Headers(init?.headers);
    for (const [k, v] of Object.entries(headers)) merged.set(k, v);
    last = merged.get('authorization') ?? '';
    secrets.push(last.replace('Bearer ', ''));
    const res = await app.tlsFetch(input, { ...init, headers: merged });
    const signed = res.headers.get('server-authorization');
    if (signed) secrets.push(signed.replace('Bearer ', ''));
    return res;
  };
  const client = mutualClient(app, app.callerKey, capture);
  await client(`${app.httpsUrl}/api/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"item":"ship to erin@example.com","quantity":2}' });
  await client(`${app.httpsUrl}/api/orders?limit=3`);
  await app.tlsFetch(`${app.httpsUrl}/api/orders?limit=3`, { headers: { ...headers, authorization: last } }); // replay
  await app.tlsFetch(`${app.httpsUrl}/api/orders`, { headers });
  secrets.push('erin@example.com');
  return { requests: 4, secrets };
}
