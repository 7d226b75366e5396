import { describe, expect, it } from 'vitest';
import { scrubber, token as sharedToken } from './helpers.js';
import { bestElapsedMs } from './support/bounded-work.js';

const s = scrubber();
const out = (value: unknown): string => JSON.stringify(s.scrub(value));
const text = (value: string): string => s.scrubText(value);

const token = (alphabet: string, length: number, seed: number): string => sharedToken(alphabet, length, seed, 'safe:');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

describe('an object under a credential name is opened, not dropped whole', () => {
  const privateKey = `-----BEGIN PRIVATE KEY-----\n${token(ALNUM, 64, 1)}\n-----END PRIVATE KEY-----\n`;
  const account = {
    type: 'service_account',
    project_id: 'ml-staging-594404',
    private_key_id: token(HEX, 40, 2),
    private_key: privateKey,
    client_email: 'bq-loader@ml-staging-594404.iam.gserviceaccount.com',
    client_id: '964130246460317761003',
    auth_uri: 'https://accounts.google.com/o/oauth2/auth',
    token_uri: 'https://oauth2.googleapis.com/token',
    client_x509_cert_url: 'https://www.googleapis.com/robot/v1/metadata/x509/bq-loader%40ml-staging-594404.iam.gserviceaccount.com',
  };

  it('a service-account key file keeps its ids and drops its key', () => {
    const o = out({ msg: 'loaded credentials', credentials: account });
    expect(o).not.toContain(token(ALNUM, 64, 1));
    // The id of the private key goes with the key.
    expect(o).not.toContain(account.private_key_id);
    for (const kept of ['service_account', 'ml-staging-594404', account.client_email, account.client_id, account.token_uri]) {
      expect(o).toContain(kept);
    }
  });

  it('members without a describing name stay credentials (`secrets: { db: … }`)', () => {
    const db = token(ALNUM, 18, 3);
    const nested = token(ALNUM, 24, 4);
    const o = out({ secrets: { db, stripe: { live: nested, mode: 'live' }, list: [db] }, credentials: { username: 'svc', password: db } });
    expect(o).not.toContain(db);
    expect(o).not.toContain(nested);
  });

  it('numbers describing the credential stay (`expires_in`), numbers that are one go', () => {
    const o = out({ credentials: { expires_in: 3600, token_type: 'Bearer', pin: 4821, code: 913377 } });
    expect(o).toContain('"expires_in":3600');
    expect(o).toContain('"token_type":"Bearer"');
    expect(o).not.toContain('4821');
    expect(o).not.toContain('913377');
  });
});

describe('publishable keys are public by design', () => {
  const pk = `pk_live_51${token(ALNUM, 96, 5)}`;
  const mapbox = `pk.eyJ1Ijoi${token(ALNUM, 40, 6)}.${token(ALNUM, 22, 7)}`;
  const sk = `sk_live_51${token(ALNUM, 96, 8)}`;

  it('under key names and in properties lines', () => {
    const o = out({ stripe: { publishableKey: pk, secretKey: sk }, mapbox: { publicToken: mapbox }, STRIPE_KEY: pk });
    expect(o).toContain(pk);
    expect(o).toContain(mapbox);
    expect(o).not.toContain(sk);
    const t = text(`stripe.publishable-key=${pk}\nstripe.api-key=${sk}\nMAPBOX_TOKEN=${mapbox}`);
    expect(t).toContain(pk);
    expect(t).toContain(mapbox);
    expect(t).not.toContain(sk);
  });
});

describe('connection strings under their key name lose the password only', () => {
  it('ADO.NET and URL forms', () => {
    const pw = token(ALNUM, 14, 9);
    const o = out({
      ConnectionString: `Server=tcp:mssql-1.corp.example.net,1433;Initial Catalog=ledger;User ID=app;Password=${pw};Encrypt=True`,
      connection_string: `postgres://app:${pw}@db-1.prod.internal:5432/orders`,
    });
    expect(o).not.toContain(pw);
    expect(o).toContain('mssql-1.corp.example.net');
    expect(o).toContain('db-1.prod.internal');
  });
  it('a value with no structure under the name is still removed', () => {
    const opaque = token(ALNUM, 30, 10);
    expect(out({ connectionString: opaque })).not.toContain(opaque);
  });
});

describe('digests, header names, placeholders and cookie attributes', () => {
  it('a content digest after "signature" is a hash, not the signature', () => {
    const digest = `sha256:${token(HEX, 64, 11)}`;
    expect(text(`cosign: verified signature for ${digest} with key cosign.pub`)).toContain(digest);
  });

  it('a Header-Case key name stays, and so does its value', () => {
    const o = out({ headers: { 'X-Shopify-Shop-Domain': 'cafe-lumiere.myshopify.com', 'X-Shopify-Webhook-Id': 'f6b99f9f-6ab1-4f9b-b61a-5d4593cd2000' } });
    expect(o).toContain('"X-Shopify-Shop-Domain":"cafe-lumiere.myshopify.com"');
    expect(o).toContain('f6b99f9f-6ab1-4f9b-b61a-5d4593cd2000');
  });

  it('a value another filter already masked stays as written', () => {
    const t = text('Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"password"=>"[FILTERED]"}}');
    expect(t).toBe('Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"password"=>"[FILTERED]"}}');
    expect(text('password=[FILTERED] token=***')).toBe('password=[FILTERED] token=***');
  });

  it('Set-Cookie attributes survive when the value is removed', () => {
    const sid = token(ALNUM, 43, 12);
    const o = out({ res: { headers: { 'set-cookie': [`session=${sid}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=86400`] } } });
    expect(o).not.toContain(sid);
    expect(o).toContain('Max-Age=86400');
    expect(o).toContain('SameSite=Lax');
  });

  it('the OAuth state parameter is a correlation value, the code is a credential', () => {
    const code = token(ALNUM, 40, 13);
    const t = text(`"GET /oauth/callback?code=${code}&state=1d623ec2a8798cb9 HTTP/1.1" 302`);
    expect(t).not.toContain(code);
    expect(t).toContain('state=1d623ec2a8798cb9');
  });
});

describe('identifiers that are not a person', () => {
  it('a Twilio account SID is an account id (the auth token is the secret)', () => {
    const sid = `AC${token(HEX, 32, 14)}`;
    expect(text(`twilio inbound AccountSid="${sid}" MessageSid="SM${token(HEX, 32, 15)}"`)).toContain(sid);
    expect(out({ AccountSid: sid })).toContain(sid);
  });

  it('a device id and a bank identifier code stay', () => {
    const o = out({ deviceId: 'dev-5a06d56613cb', bankAccount: { iban: 'DE89370400440532013000', bic: 'DEUTDEFFXXX' } });
    expect(o).toContain('dev-5a06d56613cb');
    expect(o).toContain('DEUTDEFFXXX');
    expect(o).not.toContain('DE89370400440532013000');
  });

  it('system accounts under user keys are not people', () => {
    for (const user of ['node', 'root', 'www-data', 'nobody', 'postgres', 'argocd-image-updater', 'github-actions[bot]']) {
      expect(out({ Config: { User: user } })).toContain(`"${user}"`);
    }
    // A program word first is no program: a person's handle.
    expect(out({ user: 'agent-smith' })).not.toContain('agent-smith');
  });

  it('the host of an ssh target stays', () => {
    const t = text("sshpass -p 'princ3ss83' ssh root@worker-26.prod.corp.example.net");
    expect(t).not.toContain('princ3ss83');
    expect(t).toContain('worker-26.prod.corp.example.net');
  });

  it('a Message-ID is a message identifier, not a mailbox', () => {
    const t = text('Message-ID: <HPfpRo4i6jJchuyJy6CH@mail.gmail.com>\nIn-Reply-To: <CAF1x2y3@mail.example.com>');
    expect(t).toContain('<HPfpRo4i6jJchuyJy6CH@mail.gmail.com>');
    expect(t).toContain('<CAF1x2y3@mail.example.com>');
  });
});

describe('payment references and padded log columns', () => {
  it('a 12-character retrieval reference number is no national id; a 13-digit resident number under rrn is', () => {
    const o = out({ response: { code: '54_do_not_honor', rrn: '266360258445', bin: '620183' } });
    expect(o).toContain('266360258445');
    expect(out({ rrn: '900101-1234567' })).not.toContain('900101-1234567');
  });

  it('a card authorisation code next to a card is an approval reference, not a login code', () => {
    const t = text('POST /v1/authorize pan=4860159678844908 exp=12/28 amount=524.25 terminal=T8172123 auth_code=006496');
    expect(t).toContain('auth_code=006496');
    expect(t).not.toContain('4860159678844908');
    expect(text('oauth callback auth_code=Xk29slaPq01mzZ8aQ3rT')).not.toContain('Xk29slaPq01mzZ8aQ3rT');
    expect(text('login 2fa auth_code=006496')).not.toContain('006496');
  });

  it('a connection URL after dot padding loses its password and keeps its host', () => {
    const t = text('HikariPool-1 - jdbcUrl........................amqps://svc_orders:barcelona1973@rabbitmq.messaging.svc:5671/prod');
    expect(t).not.toContain('barcelona1973');
    expect(t).toContain('rabbitmq.messaging.svc:5671/prod');
  });

  it('a consent cookie keeps its choice, the session cookie beside it goes', () => {
    const o = out({ headers: { Cookie: 'cookie_consent=necessary; __Host-auth=UnwWhaGVU89-6biIxF7iRnaMvyJnv17o' } });
    expect(o).toContain('cookie_consent=necessary');
    expect(o).not.toContain('UnwWhaGVU89-6biIxF7iRnaMvyJnv17o');
  });
});

describe('more of the same classes', () => {
  it('a git remote over ssh (`git@host:org/repo.git`) is no mailbox', () => {
    expect(text('git clone git@github.com:acme/payments.git')).toBe('git clone git@github.com:acme/payments.git');
  });
  it('the database of a credentials object stays, its password goes', () => {
    const o = out({ credentials: { host: 'db-1', port: 5432, database: 'orders', password: 'x9Kq2LmP0z' } });
    expect(o).toContain('"database":"orders"');
    expect(o).not.toContain('x9Kq2LmP0z');
  });
  it('a JDBC URL with the password in its query loses the password only', () => {
    const o = out({ connectionString: 'jdbc:mysql://db-1:3306/orders?user=app&password=x9Kq2LmP0z' });
    expect(o).not.toContain('x9Kq2LmP0z');
    expect(o).toContain('db-1:3306/orders');
  });
  it('CAPTCHA site keys are public by design (they ship in the page)', () => {
    const key = '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI';
    expect(out({ recaptcha: { siteKey: key }, RECAPTCHA_SITE_KEY: key })).toBe(JSON.stringify({ recaptcha: { siteKey: key }, RECAPTCHA_SITE_KEY: key }));
    expect(out({ recaptcha: { secretKey: key } })).not.toContain(key);
  });
});

describe('bounded work on hostile values under the new rules', () => {
  it('long runs of colons, underscores and quotes finish quickly', () => {
    const elapsed = bestElapsedMs(() => {
      out({ connectionString: `redis://${':'.repeat(5000)}=x`, credentials: { a: 'b'.repeat(20000) } });
      text(`${'a_'.repeat(5000)}secret ${'x'.repeat(600)}`);
      text(`try "${'x'.repeat(5000)}" for the password`);
      text(`Login incorrect: [${'/'.repeat(5000)}]`);
      text(`Message-ID: ${'<a@b.c> '.repeat(2000)}`);
      text(`ssh ${'root@h.io '.repeat(2000)}`);
    }, 2000);
    expect(elapsed).toBeLessThan(2000);
  });
});

describe('message ids as fields', () => {
  it('`messageId` and `In-Reply-To` fields hold message ids, not mailboxes', () => {
    const o = out({ messageId: '<CAF1x2y3abc@mail.gmail.com>', headers: { 'Message-ID': '<0102018f@email.amazonses.com>', 'In-Reply-To': '<a1b2@mx.example.com>' }, from: 'jane.doe@example.com' });
    expect(o).toContain('<CAF1x2y3abc@mail.gmail.com>');
    expect(o).toContain('<0102018f@email.amazonses.com>');
    expect(o).toContain('<a1b2@mx.example.com>');
    expect(o).not.toContain('jane.doe@example.com');
  });
});
