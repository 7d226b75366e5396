import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);
const record = (value: Record<string, unknown>): string => JSON.stringify(s.scrub(value));

describe('route words in URL paths are no account names', () => {
  it('a host whose name ends in a social network name is not that network', () => {
    const r = record({
      endpoint: 'https://hooks.initrex.com/tenant/notify',
      upstream: 'https://old-auth.vortex.com/check',
      redirect_uri: 'https://app.halifax.com/return',
      payload: { email: 'mara.quill@example.org' },
    });
    expect(r).toContain('https://hooks.initrex.com/tenant/notify');
    expect(r).toContain('https://old-auth.vortex.com/check');
    expect(r).toContain('https://app.halifax.com/return');
    expect(r).not.toContain('mara.quill@example.org');
    // The networks themselves still name their members.
    expect(text('profile https://x.com/mquillon shared')).not.toContain('mquillon');
    expect(text('see https://www.x.com/mquillon')).not.toContain('mquillon');
    expect(text('see https://twitter.com/mquillon')).not.toContain('mquillon');
  });

  it('a dashed step of a sign-in flow under /u/ is a page, a handle there is not', () => {
    const r = record({ location: '/u/mfa-sms-challenge?state=Qw3rTy', 'set-cookie': 'sid=Zk8pQ2mLx7Rt4Vb9Nc3Hd6Fg; Path=/' });
    expect(r).toContain('/u/mfa-sms-challenge?state=Qw3rTy');
    expect(r).not.toContain('Zk8pQ2mLx7Rt4Vb9Nc3Hd6Fg');
    expect(text('GET /u/reset-password-request 200')).toContain('/u/reset-password-request');
    expect(text('GET /u/email-verification?ticket=1 200')).toContain('/u/email-verification');
    expect(text('GET /u/marta-quill/posts 200')).not.toContain('marta-quill');
    expect(text('GET /u/priya_k 200')).not.toContain('priya_k');
  });
});

describe('WebAuthn credential descriptions', () => {
  it('keeps the authenticator model (AAGUID) and transports, removes the person and the address', () => {
    const r = record({
      user: { name: 'Ilse Brandvold', email: 'ilse.b@example.net' },
      credential: { aaguid: '0f1e2d3c-4b5a-4697-8877-a1b2c3d4e5f6', transports: ['usb', 'nfc'], backupEligible: false },
      remoteIp: '203.0.113.45',
    });
    expect(r).toContain('0f1e2d3c-4b5a-4697-8877-a1b2c3d4e5f6');
    expect(r).toContain('"transports":["usb","nfc"]');
    expect(r).not.toContain('203.0.113.45');
    expect(r).not.toContain('ilse.b@example.net');
    expect(r).not.toContain('Ilse Brandvold');
    // Other members of a credential document still go.
    expect(record({ credential: { secretValue: 'plainword', publicKeyBytes: 'pQ2mLx7Rt4Vb9Nc3Hd6Fg' } })).not.toContain('pQ2mLx7Rt4Vb9Nc3Hd6Fg');
  });
});

describe('SDK telemetry in base64 JSON', () => {
  const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64');
  const b64url = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');

  it('keeps a client header that decodes to an SDK name and version', () => {
    const telemetry = b64({ name: 'ruby-idp', version: '3.1.4' });
    const withEnv = b64url({ name: 'idp-spa-js', version: '2.0.1', env: { react: '18.2.0' } });
    const r = record({ headers: { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXZhbHVl', 'sdk-client': telemetry, 'x-client': withEnv } });
    expect(r).toContain(telemetry);
    expect(r).toContain(withEnv);
    expect(r).not.toContain('eyJzdWIiOiJ4In0');
  });

  it('still removes base64 JSON holding anything else', () => {
    for (const doc of [
      { name: 'ruby-idp', version: '3.1.4', token: 'abc' },
      { name: 'ruby-idp', version: '3.1.4', env: { secret: 'x' } },
      { alg: 'HS256', typ: 'JWT' },
      { sub: 'user-1', name: 'Ilse Brandvold' },
    ]) {
      const v = b64(doc);
      expect(text(`client=${v} ok`)).not.toContain(v.replace(/=+$/, ''));
    }
  });
});

describe('rate-limit buckets', () => {
  it('keeps a bucket of a route and a tenant slug, removes an address in a bucket', () => {
    const r = text('edge-ratelimit status=429 bucket=/oauth/token:northwind-air key=ip:203.0.113.77 limit=50');
    expect(r).toContain('bucket=/oauth/token:northwind-air');
    expect(r).not.toContain('203.0.113.77');
    expect(text('bucket=/oauth/token:198.51.100.23 limit=5')).not.toContain('198.51.100.23');
    expect(text('bucket=/passwordless/start:lena.r@example.com limit=5')).not.toContain('lena.r@example.com');
    expect(text('bucket=/api/token:Zk8pQ2mLx7Rt4Vb9Nc3Hd6Fg limit=5')).not.toContain('Zk8pQ2mLx7Rt4Vb9Nc3Hd6Fg');
  });
});

describe('access lines to token endpoints', () => {
  it('keeps the user agent after a request line whose path ends in a credential word', () => {
    const r = text('198.51.100.40 - - [2026-03-04T10:11:12.000Z] "POST /oauth/token HTTP/1.1" 401 88 "-" "idp-python/4.7.1" rt=0.012');
    expect(r).toContain('"idp-python/4.7.1"');
    expect(r).not.toContain('198.51.100.40');
    expect(text('POST /v1/session HTTP/2 "okhttp-client/4.12.0"')).toContain('okhttp-client/4.12.0');
    // A token after the word in prose still goes.
    expect(text('refresh token Zk8pQ2mLx7Rt4Vb9Nc3Hd6Fg rejected')).not.toContain('Zk8pQ2mLx7Rt4Vb9Nc3Hd6Fg');
  });
});

describe('resolvers and probe mailboxes', () => {
  it('keeps a public DNS resolver named as one, removes other addresses and the token', () => {
    const r = text('synthetic check=login status=PASS dns=9.9.9.9 client=203.0.113.9 id_token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
    expect(r).toContain('dns=9.9.9.9');
    expect(r).not.toContain('203.0.113.9');
    expect(r).not.toContain('eyJzdWIiOiJ4In0');
    expect(text('nameserver 208.67.222.222')).toContain('208.67.222.222');
    expect(text('resolver=1.0.0.1 upstream ok')).toContain('1.0.0.1');
    // Outside a resolver's place, the same address is an address like any other.
    expect(text('login from 8.8.4.4 failed')).not.toContain('8.8.4.4');
  });

  it('keeps monitoring mailboxes, removes people', () => {
    for (const box of ['synthetic-probe@status.example.dev', 'uptime-monitor@example.com', 'canary@example.com', 'monitor@example.io']) {
      expect(text(`account=${box} ok`)).toContain(box);
    }
    expect(text('account=rhea.monitor@example.com ok')).not.toContain('rhea.monitor@example.com');
    expect(text('account=canary.lee@example.com ok')).not.toContain('canary.lee@example.com');
  });
});

describe('LDAP bind results', () => {
  it('keeps the pair after a result name, removes the bind password', () => {
    const r = text('ad-connector bind dn="CN=Ilse Brandvold,OU=Staff,DC=corp" credentials="Tr0ub4dor&3x" result=49 invalidCredentials agent_version=7.3.12');
    expect(r).toContain('agent_version=7.3.12');
    expect(r).toContain('invalidCredentials');
    expect(r).not.toContain('Tr0ub4dor&3x');
    expect(r).not.toContain('Ilse Brandvold');
    // A directive written `name value` still loses its value.
    expect(text('masterPassword Zk8pQ2mLx7Rt4Vb9Nc3Hd6Fg')).not.toContain('Zk8pQ2mLx7Rt4Vb9Nc3Hd6Fg');
  });
});

describe('database role names in authentication failures', () => {
  it('keeps a role named by its function, pseudonymises a person', () => {
    expect(text('FATAL: password authentication failed for user "ledger_jobs"')).toContain('"ledger_jobs"');
    expect(text('FATAL: password authentication failed for user "svc-audit"')).toContain('"svc-audit"');
    expect(text('FATAL: password authentication failed for user "mquillon"')).not.toContain('mquillon');
  });
});

describe('ids cut by the look-ahead after a credential word', () => {
  it('judges a message SID the window cut as the whole SID', () => {
    const sid = 'SM0f1e2d3c4b5a69788796a5b4c3d2e1f0';
    const r = text(`notify-worker[77]: sms otp queued to=+447700900123 attempt=1 provider=twilio message_sid=${sid} status=queued`);
    expect(r).toContain(sid);
    expect(r).not.toContain('+447700900123');
    // A credential-shaped token the window cuts still goes whole.
    const token = 'Zk8pQ2mLx7Rt4Vb9Nc3Hd6Fg1Jw5Ys0Ue2Io8Pa';
    expect(text(`token note=dispatched_via_the_primary_gateway_of_the_eu_cluster_after_retry_seven got ${token} ok`)).not.toContain(token.slice(-10));
  });
});
