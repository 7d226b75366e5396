import { describe, expect, it } from 'vitest';
import { scrubber, token } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);
const json = (value: unknown): string => JSON.stringify(s.scrub(value));
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE36 = 'abcdefghijklmnopqrstuvwxyz0123456789';

// A second-factor recovery code as services print them: two groups of five base-36 characters.
const recoveryCode = (seed: number): string => `${token(BASE36, 5, seed, 'rc-a')}-${token(BASE36, 5, seed, 'rc-b')}`;

describe('second-factor recovery codes under a bare `recovery` or `backup` name', () => {
  it.each([0, 1, 2, 3])('a blank-separated list of codes goes (%i)', (seed) => {
    const codes = [recoveryCode(seed), recoveryCode(seed + 10), recoveryCode(seed + 20)];
    const out = json({ msg: 'second factor confirmed', accountId: 'acc_Qm81', backupCodesLeft: 3, recovery: codes.join(' ') });
    for (const c of codes) expect(out).not.toContain(c);
    expect(out).toContain('"backupCodesLeft":3');
    expect(out).toContain('"accountId":"acc_Qm81"');
  });
  it('a list given as an array, or under `backup`, goes too', () => {
    const codes = [recoveryCode(40), recoveryCode(41)];
    expect(json({ backup: codes })).not.toMatch(new RegExp(codes.join('|')));
    expect(json({ mfa: { recovery: codes.join(', ') } })).not.toMatch(new RegExp(codes.join('|')));
  });
  it('a logged JSON line read as text loses the codes too', () => {
    const codes = [recoveryCode(50), recoveryCode(51)];
    const out = text(JSON.stringify({ level: 'info', msg: 'factor verified', recovery: codes.join(' ') }));
    for (const c of codes) expect(out).not.toContain(c);
  });
  it('settings, states and a single dated label under those names stay', () => {
    expect(json({ recovery: 'email' })).toBe('{"recovery":"email"}');
    expect(json({ recovery: 'in-progress' })).toBe('{"recovery":"in-progress"}');
    expect(json({ backup: 'nightly-2026' })).toBe('{"backup":"nightly-2026"}');
    expect(json({ recovery: true, backup: 3 })).toBe('{"recovery":true,"backup":3}');
  });
});

describe('the authorization code of an OAuth token request (RFC 6749 §4.1.3)', () => {
  it.each([0, 1, 2])('`code` beside `grant_type` goes; the client and grant stay (%i)', (seed) => {
    const code = token(B64URL, 43, seed, 'oauth-code');
    const out = json({
      msg: 'token request',
      request: { grant_type: 'authorization_code', client_id: 'cl_Fv2Lk9', redirect_uri: 'https://app.example.org/cb', code },
    });
    expect(out).not.toContain(code);
    expect(out).toContain('"grant_type":"authorization_code"');
    expect(out).toContain('"client_id":"cl_Fv2Lk9"');
  });
  it('beside the PKCE verifier or the redirect URI alone it goes too', () => {
    const code = token(B64URL, 40, 7, 'oauth-code');
    expect(json({ code, code_verifier: token(B64URL, 50, 8, 'pkce') })).not.toContain(code);
    expect(json({ redirectUri: 'https://app.example.org/cb', code })).not.toContain(code);
  });
  it('error codes next to such fields stay', () => {
    expect(json({ grant_type: 'authorization_code', code: 'invalid_grant' })).toContain('"code":"invalid_grant"');
    expect(json({ redirect_uri: 'https://app.example.org/cb', code: 400 })).toContain('"code":400');
    expect(json({ code: 'ECONNRESET', state: 'closed' })).toContain('"code":"ECONNRESET"');
  });
});

describe('invitation and other flow tokens as a query parameter named by the flow', () => {
  it.each([0, 1, 2])('`invite=` in a request line goes (%i)', (seed) => {
    const t = token(B64URL, 40, seed, 'invite');
    const out = text(`203.0.113.9 - - [02/Mar/2026:10:00:00 +0000] "GET /api/teams/t_19?invite=${t}&ws=ws_Ab12 HTTP/1.1" 200 12`);
    expect(out).not.toContain(t);
    expect(out).toContain('&ws=ws_Ab12 HTTP/1.1" 200 12');
  });
  it.each(['invitation', 'reset', 'verify', 'confirm', 'activation', 'unlock', 'claim'])('`%s=` with a token goes', (name) => {
    const t = token(B64URL, 36, name.length, 'flow-param');
    expect(text(`POST /v1/accounts?${name}=${t} HTTP/2`)).toBe(`POST /v1/accounts?${name}=[REDACTED] HTTP/2`);
  });
  it('a JSON access-log field holding the request line loses the token', () => {
    const t = token(B64URL, 40, 9, 'invite');
    const out = json({ request: `GET /api/v1/projects?invite=${t} HTTP/2.0`, status: '200' });
    expect(out).not.toContain(t);
  });
  it('flags, states and printed invite ids stay', () => {
    for (const q of ['invite=true', 'invite=pending', 'invite=INV482913', 'reset=1', 'verify=email', 'confirm=yes']) {
      expect(text(`GET /teams?${q} HTTP/1.1`)).toBe(`GET /teams?${q} HTTP/1.1`);
    }
  });
});

describe('the same credentials in printed text', () => {
  it.each(['=', ': ', '="'])('a code list after `recovery%s` in a key/value line goes', (sep) => {
    const codes = [recoveryCode(60), recoveryCode(61), recoveryCode(62)];
    const close = sep.endsWith('"') ? '"' : '';
    const joiner = sep === '=' ? ',' : ' ';
    const out = text(`mfa verified account=acc_7f recovery${sep}${codes.join(joiner)}${close} remaining=3`);
    for (const c of codes) expect(out).not.toContain(c);
    expect(out).toContain('remaining=3');
  });
  it('a single label after `backup=` stays', () => {
    expect(text('job done backup=nightly-2026 status=ok')).toBe('job done backup=nightly-2026 status=ok');
  });
  it('`code` of a token request cut out of its JSON (a truncated body) goes', () => {
    const code = token(B64URL, 43, 70, 'oauth-code');
    const out = text(`body="grant_type":"authorization_code","code":"${code}","redirect_uri":"https://app.example.org/cb"`);
    expect(out).not.toContain(code);
    expect(text('upstream said "code":"invalid_grant","grant_type":"authorization_code"')).toContain('"code":"invalid_grant"');
  });
});
