import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const text = (line: string): string => s.scrubText(line);
const obj = (value: unknown): string => JSON.stringify(s.scrub(value));

const HEX64 = 'c3a91f0e7d5b2a4869e1f0c3b7a2d5e8f1c4b7a0d3e6f9c2b5a8d1e4f7c0b3a6';

describe('a value under an access-credential name goes whatever its prefix', () => {
  it('an access token shaped like a payment object id', () => {
    const tok = 'tok_Vr82mQpZnL4wC9xT1bK6sY3h';
    expect(text(`"GET /v1/account?access_token=${tok}&lang=de HTTP/1.1" 200`)).not.toContain(tok);
    expect(text(`https://api.example.net/me?auth_token=${tok}`)).not.toContain(tok);
    expect(obj({ access_token: tok })).not.toContain(tok);
    expect(obj({ refreshToken: tok })).not.toContain(tok);
  });
  it('a card token under a card or payment name stays', () => {
    expect(text('tokenize ok card_token=tok_Qe5rT7yU9iO1pA3sD5fG7h mask=••4242')).toContain('tok_Qe5rT7yU9iO1pA3sD5fG7h');
    expect(obj({ payment_method: 'pm_Lk2Jh4Gf6Ds8Aq0Wz1Xc3V' })).toContain('pm_Lk2Jh4Gf6Ds8Aq0Wz1Xc3V');
  });
});

describe('form input values in breadcrumbs and UI logs', () => {
  it('the value of an input named for a credential goes', () => {
    for (const pw of ['maple river candle fjord', 'Winter2031!x', 'q7x-kd92-mm']) {
      expect(obj({ category: 'ui.input', message: `input[name=password] value="${pw}"` })).not.toContain(pw);
      expect(text(`ui.input input[name="current_password"] value='${pw}'`)).not.toContain(pw);
    }
  });
  it('the value of an input named for something else stays', () => {
    expect(text('ui.input input[name=city] value="Lisbon"')).toContain('Lisbon');
  });
});

describe('signing keys in printed objects and secret stores', () => {
  it('a key ending in Hmac, hmacKey or signingSecret in util.inspect text', () => {
    const line = `config { pay: { webhookHmac: '${HEX64}', callbackHmacKey: 'Zm9vYmFyYmF6cXV4MTIzNDU2', merchant: 'ShopEU' } }`;
    const out = text(line);
    expect(out).not.toContain(HEX64);
    expect(out).not.toContain('Zm9vYmFyYmF6cXV4MTIzNDU2');
    expect(out).toContain('ShopEU');
    expect(obj({ webhookHmac: HEX64 })).not.toContain(HEX64);
  });
  it('every member of a Vault KV v2 secret read goes, the metadata stays', () => {
    const record = {
      type: 'response',
      request: { path: 'secret/data/billing/psp' },
      response: { data: { data: { hmac: HEX64, note: 'Qw8rT2yU6iO0pA4sD8fG' }, metadata: { version: 7, created_time: '2026-01-02T03:04:05Z' } } },
    };
    const out = obj(record);
    expect(out).not.toContain(HEX64);
    expect(out).not.toContain('Qw8rT2yU6iO0pA4sD8fG');
    expect(out).toContain('"version":7');
    expect(out).toContain('secret/data/billing/psp');
  });
});

describe('tokens in flow mails', () => {
  it('the opaque segment of a link in a magic-link, reset or invite mail', () => {
    for (const [template, url] of [
      ['magic-link-v2', 'https://login.example.org/m/Hq7ZtP2mLk9xWc4VbN8rTs6yUe3dAo1F'],
      ['reset-password-v3', 'https://id.example.org/r/Wc4VbN8rTs6yUe3dAo1FHq7ZtP2mLk9x'],
      ['team-invite', 'https://app.example.org/i/Ts6yUe3dAo1FHq7Z_tP2mLk9xWc4VbN8r'],
    ] as const) {
      const out = text(`mailer: queued template=${template} to=kim@example.org link=${url} expiresIn=15m`);
      expect(out).not.toContain(url.split('/').pop());
      expect(out).toContain(template);
    }
  });
  it('a link in a mail about something else stays', () => {
    const line = 'mailer: queued template=weekly-digest link=https://news.example.org/p/spring-release-notes-2026';
    expect(text(line)).toContain('spring-release-notes-2026');
  });
});

describe('push registration tokens', () => {
  const reg = 'dQ4wX8cV2bN6mK0jH3gF5s:APA91bE7rT1yU5iO9pA3sD7fG1hJ5kL9zX3cV7bN1mQ5wE9rT3yU7iO1pA5sD9fG3hJ7kL1zX5cV9bN3mQ7wE1rT5yU9iO3pA7sD1fG5hJ9kL3zX7cV1bN5m';
  it('the legacy FCM `to` goes when it is a registration token', () => {
    expect(text(`POST https://fcm.googleapis.com/fcm/send {"to":"${reg}","data":{"ride":"R-1"}}`)).not.toContain(reg);
    expect(obj({ url: 'https://fcm.googleapis.com/fcm/send', body: { to: reg, priority: 'high' } })).not.toContain(reg);
  });
  it('a topic `to` stays', () => {
    expect(text('POST https://fcm.googleapis.com/fcm/send {"to":"/topics/news","data":{}}')).toContain('/topics/news');
  });
});

describe('one-time codes in other languages and in speech', () => {
  it('codes in SMS bodies', () => {
    for (const [body, code] of [
      ['Kode verifikasi Anda: 274615. Jangan bagikan.', '274615'],
      ['Código de verificación: 918273', '918273'],
      ['Ihr Bestätigungscode: 564738', '564738'],
      ['Votre code de vérification : 102938', '102938'],
      ['認証コード: 675849', '675849'],
      ['인증번호 [384756]', '384756'],
      ['验证码：293847', '293847'],
      ['Twój kod weryfikacyjny to 847362', '847362'],
      ['Doğrulama kodunuz: 605948', '605948'],
      ['Mã xác minh của bạn là 739405', '739405'],
      ['Your OTP is 4821', '4821'],
    ] as const) {
      expect(text(`sms-gw send from=Acme body="${body}"`), body).not.toContain(code);
    }
  });
  it('a code read out in a call transcript', () => {
    expect(text('[00:02:11] CUSTOMER: the code I got is 860213')).not.toContain('860213');
    expect(text('[00:02:11] CALLER: my code was 40918')).not.toContain('40918');
  });
  it('an order number in a call stays', () => {
    expect(text('[00:02:11] CUSTOMER: my order number is 860213')).toContain('860213');
  });
});

describe('vendor key ids and message ids', () => {
  it('a Razorpay key id goes with its secret', () => {
    expect(text('cfg {"razorpay":{"keyId":"rzp_live_Zy8Xw7Vu6Ts5Rq"}}')).not.toContain('rzp_live_Zy8Xw7Vu6Ts5Rq');
    expect(text('razorpay init key=rzp_test_Pq9Rs8Tu7Vw6Xy')).not.toContain('rzp_test_Pq9Rs8Tu7Vw6Xy');
  });
  it('a Twilio message SID stays', () => {
    const sid = 'SM0f1e2d3c4b5a69788796a5b4c3d2e1f0';
    expect(text(`twilio send to=+4915112345678 body="hi" sid=${sid}`)).toContain(sid);
    expect(text(`twilio mms sid=MM0f1e2d3c4b5a69788796a5b4c3d2e1f0`)).toContain('MM0f1e2d3c4b5a69788796a5b4c3d2e1f0');
  });
  it('a session id under sid still goes', () => {
    expect(text('cookie sid=s%3Ak8Jh2Lp0Qw9Ex7Rt5Yu3Io1Pa')).not.toContain('k8Jh2Lp0Qw9Ex7Rt5Yu3Io1Pa');
  });
  it('a delivery status code under dsn stays, a data source name goes', () => {
    expect(text('postfix/smtp[811]: 3AC1: to=<a@example.org>, relay=none, delay=2.1, dsn=4.4.1, status=deferred')).toContain('dsn=4.4.1');
    expect(text('postfix/smtp[811]: 3AC1: dsn=5.7.26, status=bounced')).toContain('dsn=5.7.26');
    expect(text('sentry init dsn=https://f00dfeed1234@o1.ingest.sentry.io/42')).not.toContain('f00dfeed1234');
    expect(text('DSN=mysql://app:Ruby8stone@db:3306/shop')).not.toContain('Ruby8stone');
  });
});
