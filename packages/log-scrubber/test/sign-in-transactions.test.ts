import { describe, expect, it } from 'vitest';
import { scrubber, token } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);
const json = (value: unknown): string => JSON.stringify(s.scrub(value));
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

const nonce = (length: number, seed: number): string => token(B64URL, length, seed, 'sit');

describe('the state of a hosted sign-in transaction in its URL', () => {
  it.each([0, 1, 2])('`state` of a hosted login page under `url` goes; the path stays (%i)', (seed) => {
    const state = nonce(48, seed);
    const out = json({ msg: 'login attempt', req: { method: 'POST', url: `/u/login?state=${state}` } });
    expect(out).not.toContain(state);
    expect(out).toContain('/u/login?state=');
  });
  it('an edge log`s request URI, with other parameters after the state', () => {
    const state = nonce(40, 10);
    const out = json({ ClientRequestHost: 'tenant.id.example.net', ClientRequestURI: `/u/login/password?state=${state}&ui_locales=de` });
    expect(out).not.toContain(state);
    expect(out).toContain('&ui_locales=de');
  });
  it('`state` and `nonce` of an authorize redirect go; client and scope stay', () => {
    const state = nonce(43, 20);
    const n = nonce(32, 21);
    const out = json({
      location: `https://id.example.net/authorize?client_id=web-portal&response_type=code&scope=openid%20profile&state=${state}&nonce=${n}`,
    });
    expect(out).not.toContain(state);
    expect(out).not.toContain(n);
    expect(out).toContain('client_id=web-portal');
    expect(out).toContain('scope=openid%20profile');
  });
  it('`state` and `session_state` on a callback in a referer go', () => {
    const state = nonce(30, 30);
    const session = nonce(44, 31);
    const out = json({ referer: `https://app.example.net/login/callback?state=${state}&session_state=${session}` });
    expect(out).not.toContain(state);
    expect(out).not.toContain(session);
  });
  it('in a request line of text', () => {
    const state = nonce(36, 40);
    const out = text(`GET /authorize?response_type=code&client_id=portal&state=${state} HTTP/1.1 302 0`);
    expect(out).not.toContain(state);
    expect(out).toContain('client_id=portal');
  });
  it('short or readable states, and a state already cut short for display, stay', () => {
    expect(json({ url: '/u/login?state=active' })).toBe('{"url":"/u/login?state=active"}');
    expect(json({ url: '/authorize?state=xyz123' })).toBe('{"url":"/authorize?state=xyz123"}');
    expect(json({ url: '/u/login/identifier?state=Hq7dKp...' })).toContain('state=Hq7dKp...');
    expect(json({ url: '/orders?state=shipped&page=2' })).toBe('{"url":"/orders?state=shipped&page=2"}');
    expect(text('GET /api/regions?state=NSW&country=AU 200')).toContain('state=NSW');
  });
});

describe('the challenge of a WebAuthn ceremony', () => {
  it.each([0, 1, 2])('`clientData.challenge` beside `origin` goes; the origin stays (%i)', (seed) => {
    const challenge = nonce(43, 100 + seed);
    const out = json({ msg: 'passkey registered', clientData: { origin: 'https://login.example.net', challenge } });
    expect(out).not.toContain(challenge);
    expect(out).toContain('https://login.example.net');
  });
  it('beside `type: webauthn.get`, and in request options beside `rpId`', () => {
    const a = nonce(43, 110);
    const b = nonce(32, 111);
    expect(json({ clientDataJSON: { type: 'webauthn.get', challenge: a, crossOrigin: false } })).not.toContain(a);
    const out = json({ publicKey: { rpId: 'example.net', challenge: b, timeout: 60000, userVerification: 'preferred' } });
    expect(out).not.toContain(b);
    expect(out).toContain('"timeout":60000');
  });
  it('under an object named for the ceremony, with no other member to tell', () => {
    const a = nonce(43, 115);
    const b = nonce(43, 116);
    expect(json({ webauthn: { challenge: a, userId: 'u_71' } })).not.toContain(a);
    expect(json({ passkey: { attestation: { challenge: b } } })).not.toContain(b);
    expect(json({ webauthn: { challenge: 'pending' } })).toContain('"challenge":"pending"');
  });
  it('in text, as `challenge=` or a printed clientData', () => {
    const a = nonce(43, 120);
    const b = nonce(43, 121);
    expect(text(`webauthn assertion verified user=u_81 challenge=${a} origin=https://login.example.net`)).not.toContain(a);
    expect(text(`passkey create failed clientData={"type":"webauthn.create","challenge":"${b}","origin":"https://x.example.net"}`)).not.toContain(b);
  });
  it('challenge kinds and short values stay', () => {
    expect(json({ type: 'webauthn.get', challenge: 'pending' })).toContain('"challenge":"pending"');
    expect(json({ origin: 'edge', challenge: 'managed_challenge' })).toContain('"challenge":"managed_challenge"');
    expect(text('waf action=challenge challenge=js_challenge ray=8c1f')).toContain('challenge=js_challenge');
  });
});

describe('tickets of password-change, verification and enrolment flows', () => {
  it.each([0, 1, 2])('an enrolment ticket under its own name goes (%i)', (seed) => {
    const ticket = token(ALNUM, 32, seed, 'enrol');
    expect(json({ msg: 'totp enrolment started', factor: 'otp', enrolmentTicket: ticket })).not.toContain(ticket);
    expect(json({ enrollment_ticket: ticket })).not.toContain(ticket);
    expect(json({ verificationTicket: ticket })).not.toContain(ticket);
  });
  it('a random ticket under a bare `ticket`, and `ticket=` in text', () => {
    const ticket = token(ALNUM, 32, 50, 'enrol');
    expect(json({ msg: 'password change ticket created', ticket })).not.toContain(ticket);
    expect(text(`guardian enrolment ticket issued ticket=${ticket} user=u_19`)).not.toContain(ticket);
  });
  it('the ticket in a reset or verification link goes', () => {
    const ticket = token(ALNUM, 32, 60, 'enrol');
    const out = json({ ticketUrl: `https://tenant.id.example.net/lo/reset?ticket=${ticket}#` });
    expect(out).not.toContain(ticket);
    expect(text(`verification mail sent link=https://tenant.id.example.net/lo/verify_email#ticket=${ticket}`)).not.toContain(ticket);
  });
  it('help-desk ticket numbers stay', () => {
    expect(json({ ticket: 'SUP-277104' })).toBe('{"ticket":"SUP-277104"}');
    expect(json({ ticket: 'INC0071234' })).toBe('{"ticket":"INC0071234"}');
    expect(json({ ticket: 58120 })).toBe('{"ticket":58120}');
    expect(text('escalated ticket=#882031 queue=tier2')).toContain('ticket=#882031');
    expect(text('customer ticket=CS-44120 reopened')).toContain('ticket=CS-44120');
    expect(json({ enrolmentTicket: 'expired' })).toBe('{"enrolmentTicket":"expired"}');
  });
});
