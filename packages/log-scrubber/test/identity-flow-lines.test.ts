import { describe, expect, it } from 'vitest';
import { scrubber, scrubbedString } from './helpers.js';

const s = scrubber();
const out = (line: string): string => scrubbedString(s, line);

describe('a bare code= on a line about a one-time code', () => {
  it('goes when the line names an OTP, passwordless, 2FA or magic-link flow', () => {
    for (const [line, code] of [
      ['2025-03-02T10:11:12.000Z otp-sender[22]: sms otp queued to=+447700900123 code=417206 gateway=nexmo', '417206'],
      ['passwordless start connection=sms recipient=+15005550006 code=8841 channel=sms', '8841'],
      ['2fa challenge issued user_id=u_8812 code=55092318 expires_in=120', '55092318'],
      ['magic-link fallback code: 730194 sent via email', '730194'],
      ['mfa enroll step=sms "code":"662031" attempts=0', '662031'],
      ['two-factor sms dispatched code="093311"', '093311'],
    ] as const) {
      expect(out(line), line).not.toContain(code);
    }
  });
  it('stays as a status, exit or error code, and on lines about no one-time code', () => {
    for (const [line, code] of [
      ['otp worker exited exit code=1378 after restart', '1378'],
      ['otp provider call failed error code=21608 to=twilio', '21608'],
      ['otp dispatch http status code=5030 retry=3', '5030'],
      ['otp provider rejected send error_code=30007 more_info=https://example.test/docs/errors/30007', '30007'],
      ['job finished code=4821 rows=10', '4821'],
      ['webhook verification failed code=40013', '40013'],
    ] as const) {
      expect(out(line), line).toContain(code);
    }
  });
  it('keeps the message SID the SMS provider returned for the send', () => {
    const sid = 'SM0f1e2d3c4b5a69788796a5b4c3d2e1f0';
    for (const line of [
      `2025-03-02T10:11:12.000Z passwordless-worker[42]: sms otp dispatched to=+447700900123 code=417206 provider=twilio message_sid=${sid} status=queued ttl=300s`,
      `2025-03-02T10:11:12.000Z passwordless-worker[42]: sms otp dispatched to=+447700900123 code=417206 provider=twilio message_sid=${sid}`,
      `otp dispatched to=+447700900123 code=417206 provider=twilio sid=${sid}`,
    ]) {
      const r = out(line);
      expect(r, line).toContain(sid);
      expect(r, line).not.toContain('417206');
    }
  });
});

describe('a single recovery code in prose', () => {
  it('goes as one run of letters and digits, without separators', () => {
    for (const [line, code] of [
      ['WARN mfa.recovery: user u_1 used recovery code QWTZ5821MNBV0473HJKL6619; new code generated', 'QWTZ5821MNBV0473HJKL6619'],
      ['recovery code: 7f3k9q2m8x4z accepted for u_99', '7f3k9q2m8x4z'],
      ['backup code 58201937 redeemed, 7 left', '58201937'],
      ['user entered backup code "K7Q2M9X4D8"', 'K7Q2M9X4D8'],
      ['backup code=ZP4R8T2W6Y0Q consumed', 'ZP4R8T2W6Y0Q'],
    ] as const) {
      expect(out(line), line).not.toContain(code);
    }
  });
  it('a word, a count or an id after the label stays', () => {
    for (const [line, kept] of [
      ['recovery code REGENERATED for user', 'REGENERATED'],
      ['backup code 2 of 10 used', '2 of 10'],
      ['recovery code used; guardian_enrollment_id=dev_Ab12Cd34Ef56Gh78', 'dev_Ab12Cd34Ef56Gh78'],
      ['backup codes regenerated count=10', 'count=10'],
    ] as const) {
      expect(out(line), line).toContain(kept);
    }
  });
});

describe('a password checked against a breach list', () => {
  it('the candidate goes, whatever its style; the hash prefix and the count stay', () => {
    for (const [line, pw] of [
      ['2025-01-01T00:00:00Z WARN breached-pw: signup blocked tenant=acme candidate=Qw3rty$%^!71 hibp_prefix=9F3A1 matches=4412 policy=breached_password_detection', 'Qw3rty$%^!71'],
      ['pwned-passwords check hit candidate=Autumn#27 hibp_prefix=0BEEF matches=120', 'Autumn#27'],
      ['breached password rejected attempted=copper-falcon-ember31 hibp_prefix=A1B2C matches=3', 'copper-falcon-ember31'],
      ["breached password rejected candidate='amber kettle 4410!' hibp_prefix=A1B2C matches=3", 'amber kettle 4410!'],
      ['password-policy check failed password_candidate=lemonbrise2290 rule=breached', 'lemonbrise2290'],
      ['hibp lookup blocked candidate="Tr1cky pass#9" matches=77', 'Tr1cky pass#9'],
    ] as const) {
      const r = out(line);
      expect(r, line).not.toContain(pw);
      const prefix = /hibp_prefix=(\w+)/.exec(line)?.[1];
      if (prefix !== undefined) expect(r).toContain(`hibp_prefix=${prefix}`);
      const matches = /matches=(\d+)/.exec(line)?.[1];
      if (matches !== undefined) expect(r).toContain(`matches=${matches}`);
    }
  });
  it('a candidate on a line about no password stays', () => {
    for (const line of ['leader election candidate=node-3 term=5', 'dns failover attempted=10.0.0.0/8 status=ok']) {
      expect(out(line)).toBe(line);
    }
  });
});

describe('a client address before the request line of an access log', () => {
  it('goes after a service name that ends in "server" or "driver"', () => {
    for (const [line, ip] of [
      ['2025-05-05T01:02:03.456Z login-server 203.0.113.77 "GET /authorize?response_type=code HTTP/1.1" 302 12ms', '203.0.113.77'],
      ['api-server 198.51.100.23 "POST /oauth/token HTTP/2.0" 200', '198.51.100.23'],
      ['connected to server 192.0.2.45 from client', '192.0.2.45'],
      ['mail-driver 192.0.2.99 "POST /send HTTP/1.1" 202', '192.0.2.99'],
    ] as const) {
      expect(out(line), line).not.toContain(ip);
    }
  });
  it('the address of a DNS resolver the line names stays: it is a server, never a visitor', () => {
    for (const line of [
      'waf: BLOCK rule=942100 client=203.0.113.9 uri="/login" resolver=9.9.9.9',
      'synthetic check status=PASS dns=8.8.4.4 p95=120ms',
      'dns resolver 192.0.2.53 timed out',
      'nameserver: 192.0.2.54',
    ]) {
      const r = out(line);
      const kept = /(?:resolver=|dns=|resolver |nameserver: )([\d.]+)/.exec(line)![1]!;
      expect(r, line).toContain(kept);
      expect(r).not.toContain('203.0.113.9');
    }
  });
  it('four-part versions after a version word still stay', () => {
    for (const line of ['agent ver 1.2.3.4 started', 'appVer=2.4.10.1 ok', 'client_ver: 3.1.0.2', 'firmware 10.2.1.7 installed', 'SDK 4.3.2.1']) {
      expect(out(line)).toBe(line);
    }
  });
});
