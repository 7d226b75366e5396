import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { PasswordChecker, type BreachCheckOptions } from '../src/index.js';

const BREACHED = 'violet harbour cranes';
const PADDED_ONLY = 'quiet amber lantern';

function sha1(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex').toUpperCase();
}

/** A local stand-in for the Pwned Passwords range API: padded answers, one real hit. */
interface FakeRange {
  url: string;
  requests: { path: string; headers: IncomingHttpHeaders }[];
  delayMs: number;
  status: number;
}
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

async function fakeRange(): Promise<FakeRange> {
  const state: FakeRange = { url: '', requests: [], delayMs: 0, status: 200 };
  const breached = sha1(BREACHED);
  const padded = sha1(PADDED_ONLY);
  const server = createServer((req, res) => {
    state.requests.push({ path: req.url ?? '', headers: req.headers });
    const prefix = (req.url ?? '').split('/').pop()!;
    const lines: string[] = [];
    for (let i = 0; i < 800; i++) lines.push(`${createHash('sha1').update(`${prefix}${i}`).digest('hex').toUpperCase().slice(5)}:${(i % 7) + 1}`);
    if (prefix === breached.slice(0, 5)) lines.push(`${breached.slice(5)}:4711`);
    // A padding row: same format, count 0.
    if (prefix === padded.slice(0, 5)) lines.push(`${padded.slice(5)}:0`);
    const send = () => {
      res.writeHead(state.status, { 'Content-Type': 'text/plain' });
      res.end(lines.join('\r\n'));
    };
    if (state.delayMs > 0) setTimeout(send, state.delayMs).unref();
    else send();
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/range/`;
  return state;
}

const checkerFor = (range: FakeRange, extra: Partial<BreachCheckOptions> = {}) =>
  new PasswordChecker({ breachCheck: { baseUrl: range.url, onUnavailable: 'allow', timeoutDuration: 2000, ...extra } });

describe('breach check against an HIBP-compatible range API', () => {
  it('refuses a breached password, sending only the 5-digit SHA-1 prefix with Add-Padding', async () => {
    const range = await fakeRange();
    const result = await checkerFor(range).check(BREACHED, {});
    expect(result).toEqual({ ok: false, problems: [{ code: 'breached', message: expect.stringMatching(/appeared in a data breach.*choose a different one/) }], strength: undefined, breach: 'breached' });
    expect(range.requests).toHaveLength(1);
    expect(range.requests[0]!.path).toBe(`/range/${sha1(BREACHED).slice(0, 5)}`);
    expect(range.requests[0]!.headers['add-padding']).toBe('true');
  });

  it('accepts a password that is not in the answer', async () => {
    const range = await fakeRange();
    expect(await checkerFor(range).check('marble canoe thunder', {})).toMatchObject({ ok: true, breach: 'clean' });
  });

  it('ignores padding rows (count 0)', async () => {
    const range = await fakeRange();
    expect(await checkerFor(range).check(PADDED_ONLY, {})).toMatchObject({ ok: true, breach: 'clean' });
  });

  it('honours minCount', async () => {
    const range = await fakeRange();
    expect(await checkerFor(range, { minCount: 5000 }).check(BREACHED, {})).toMatchObject({ ok: true, breach: 'clean' });
  });

  it('sends the NFKC form: a full-width spelling of the breached password is the same secret', async () => {
    const range = await fakeRange();
    const fullWidth = 'ｖｉｏｌｅｔ ｈａｒｂｏｕｒ ｃｒａｎｅｓ';
    expect(await checkerFor(range).check(fullWidth, {})).toMatchObject({ ok: false, breach: 'breached' });
  });

  it('does not ask the API about a password the local rules already refuse', async () => {
    const range = await fakeRange();
    expect(await checkerFor(range).check('password', {})).toMatchObject({ ok: false, breach: 'skipped' });
    expect(range.requests).toHaveLength(0);
  });

  it('times out: onUnavailable "allow" accepts on the local rules', async () => {
    const range = await fakeRange();
    range.delayMs = 2000;
    const result = await checkerFor(range, { timeoutDuration: 100 }).check(BREACHED, {});
    expect(result).toMatchObject({ ok: true, problems: [], breach: 'unavailable' });
  });

  it('times out: onUnavailable "deny" refuses with breach_check_unavailable', async () => {
    const range = await fakeRange();
    range.delayMs = 2000;
    const result = await checkerFor(range, { timeoutDuration: 100, onUnavailable: 'deny' }).check('marble canoe thunder', {});
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'breach_check_unavailable' }], breach: 'unavailable' });
  });

  it('treats an error status or an unreachable server as unavailable', async () => {
    const range = await fakeRange();
    range.status = 503;
    expect(await checkerFor(range, { onUnavailable: 'deny' }).check(BREACHED, {})).toMatchObject({ ok: false, breach: 'unavailable' });
    const closed = new PasswordChecker({ breachCheck: { baseUrl: 'http://127.0.0.1:9/range/', onUnavailable: 'deny' } });
    expect(await closed.check(BREACHED, {})).toMatchObject({ ok: false, breach: 'unavailable' });
  });

  it('uses an injected fetch', async () => {
    const seen: string[] = [];
    const fakeFetch: typeof fetch = (input) => {
      seen.push(input instanceof URL ? input.href : typeof input === "string" ? input : input.url);
      return Promise.resolve(new Response(`${sha1(BREACHED).slice(5)}:3\r\n`, { status: 200 }));
    };
    const checker = new PasswordChecker({ breachCheck: { onUnavailable: 'deny', fetch: fakeFetch } });
    expect(await checker.check(BREACHED, {})).toMatchObject({ ok: false, breach: 'breached' });
    expect(seen).toEqual([`https://api.pwnedpasswords.com/range/${sha1(BREACHED).slice(0, 5)}`]);
  });

  it('refuses an oversized answer as unavailable rather than buffering it', async () => {
    const huge: typeof fetch = () => Promise.resolve(new Response('A'.repeat(2 * 1024 * 1024), { status: 200 }));
    const checker = new PasswordChecker({ breachCheck: { onUnavailable: 'deny', fetch: huge } });
    expect(await checker.check(BREACHED, {})).toMatchObject({ ok: false, breach: 'unavailable' });
  });
});
