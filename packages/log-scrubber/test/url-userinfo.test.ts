import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);

describe('URL userinfo', () => {
  it('keeps a service account name and removes the password', () => {
    const r = text('pq: could not connect: postgresql://ledger_app:hugo.gauthier7@auth-20.prod.internal:5432/ledger');
    expect(r).not.toContain('hugo.gauthier7');
    expect(r).toContain('postgresql://ledger_app:');
    expect(r).toContain('@auth-20.prod.internal:5432/ledger');
    expect(text('connecting to mongodb+srv://analytics:Jing1964@cluster0.o7own.mongodb.net/events')).toContain('//analytics:');
  });

  it('removes the whole userinfo when the user part is itself a credential or not a plain account name', () => {
    const token = 'ghp_' + 'x7Kq2mZ9vLr4Tn8Wb3Yc6Hd1Fg5Js0PaQe2R';
    expect(text(`git clone https://${token}:x-oauth-basic@github.com/acme/app.git`)).not.toContain(token);
    const random = 'aZ3kQ9xLmP2vR7tYw8Nc';
    expect(text(`redis://${random}:pw12345678@cache:6379`)).not.toContain(random);
    expect(text('ftp://jane.doe%40example.com:Secr3t!pw@files.example.com/')).not.toContain('jane.doe%40example.com');
    // No password: the single part may be a token.
    expect(text('https://sometokenvalue123@host.example/x')).not.toContain('sometokenvalue123');
  });
});

describe('headers folded onto one line', () => {
  it('a Cookie header ends where the next " | Name:" header starts', () => {
    const r = text('DEBUG request headers: Host: shop.example.com | Cookie: sessionid=Zk3q9XfL2mPa7Rt; _ga=GA1.2.3.4 | Accept-Language: de-DE,de;q=0.9,en;q=0.8');
    expect(r).not.toContain('Zk3q9XfL2mPa7Rt');
    expect(r).toContain('| Accept-Language: de-DE,de;q=0.9,en;q=0.8');
  });
});

describe('otpauth URIs under a credential name', () => {
  const uri = 'otpauth://totp/Globex:rsouza@globex.co.uk?secret=ISUEOXEYK73IBKTX6EU7HH22J7UD7ELS&issuer=Globex&period=30';
  it('lose the seed and the account label, and keep issuer and period (text and objects)', () => {
    for (const r of [text(`mfa: ${uri}`), JSON.stringify(s.scrub({ mfa: uri }))]) {
      expect(r).not.toContain('ISUEOXEYK73IBKTX6EU7HH22J7UD7ELS');
      expect(r).not.toContain('rsouza@globex.co.uk');
      expect(r).toContain('issuer=Globex&period=30');
    }
  });
  it('a seed-free otpauth value keeps its parameters', () => {
    expect(text('mfa: otpauth://totp/Globex?issuer=Globex')).toContain('issuer=Globex');
  });
});

describe('message ids inside a log line', () => {
  it('postfix `QUEUEID: message-id=<…@host>` names a message, not a mailbox', () => {
    const r = text('Nov 19 17:37:42 mx1 postfix/cleanup[94346]: 936B17DC2D: message-id=<90f51928-3401-4e2b-a9bd-e072b9734d75@mail.northwind.example>');
    expect(r).toContain('<90f51928-3401-4e2b-a9bd-e072b9734d75@mail.northwind.example>');
    // A mailbox in the same line is still personal data.
    expect(text('936B17DC2D: from=<jane.doe@example.com>, size=1234')).not.toContain('jane.doe@example.com');
  });
});
