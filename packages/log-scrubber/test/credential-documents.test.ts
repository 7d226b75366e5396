import { describe, expect, it } from 'vitest';
import { scrubber, token as sharedToken } from './helpers.js';

const s = scrubber();
const out = (value: unknown): string => JSON.stringify(s.scrub(value));
const text = (value: string): string => s.scrubText(value);

const token = (alphabet: string, length: number, seed: number): string => sharedToken(alphabet, length, seed, 'docs:');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const uuid = (seed: number): string => {
  const h = token(HEX, 32, seed);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
};

describe('the id of a service-account private key goes wherever the key file is logged', () => {
  const keyId = token(HEX, 40, 1);
  const pem = `-----BEGIN PRIVATE KEY-----\n${token(ALNUM, 64, 2)}\n-----END PRIVATE KEY-----\n`;

  it('under a parent whose name says nothing about credentials', () => {
    const o = out({ msg: 'rotated', gcp: { client_email: 'etl-runner@orbit-dev-2231.iam.gserviceaccount.com', private_key: pem, private_key_id: keyId } });
    expect(o).not.toContain(keyId);
    expect(o).toContain('etl-runner@orbit-dev-2231.iam.gserviceaccount.com');
  });

  it('as the whole logged document, with its public ids kept', () => {
    const o = out({ type: 'service_account', project_id: 'orbit-dev-2231', private_key_id: keyId, client_id: '401928374655601928374', token_uri: 'https://oauth2.googleapis.com/token' });
    expect(o).not.toContain(keyId);
    for (const kept of ['orbit-dev-2231', '401928374655601928374', 'https://oauth2.googleapis.com/token']) expect(o).toContain(kept);
  });

  it('in camel case and in a Map', () => {
    const o = out({ privateKeyId: keyId });
    expect(o).not.toContain(keyId);
    const m = JSON.stringify(s.scrub({ sa: new Map([['private_key_id', keyId]]) }), (_k, v: unknown) => (v instanceof Map ? [...v] : v));
    expect(m).not.toContain(keyId);
  });

  it('sibling members of other credential documents: secrets go, the ids that name them stay', () => {
    const secret = token(ALNUM, 40, 3);
    const session = token(ALNUM, 120, 4);
    const sp = out({ appId: uuid(5), displayName: 'ci-deployer', password: token(ALNUM, 40, 6), tenant: uuid(7) });
    expect(sp).not.toContain(token(ALNUM, 40, 6));
    for (const kept of [uuid(5), uuid(7), 'ci-deployer']) expect(sp).toContain(kept);
    const imds = out({ Code: 'Success', Type: 'AWS-HMAC', SecretAccessKey: secret, Token: session, Expiration: '2031-04-02T10:00:00Z' });
    expect(imds).not.toContain(secret);
    expect(imds).not.toContain(session);
    expect(imds).toContain('2031-04-02T10:00:00Z');
  });
});

describe('an identifier named by its own key is not the token a clause talks about', () => {
  it('`issued token client_id=…`: the client id is public, the token goes', () => {
    const client = `app_${token(ALNUM, 18, 10)}`;
    const access = token(ALNUM, 48, 11);
    const o = text(`auth: issued token client_id=${client} access_token=${access} elapsed=3.1ms`);
    expect(o).toContain(`client_id=${client}`);
    expect(o).not.toContain(access);
  });

  it('other `*_id` pairs after a credential word stay too', () => {
    const id = token(ALNUM, 22, 12);
    expect(text(`revoked refresh token for user_id=${id}`)).toContain(id);
    expect(text(`token rotated tenantId=${id} ok`)).toContain(id);
  });

  it('ids that are credentials by their own name still go (`secret_id`, `session_id`, `access_key_id`)', () => {
    const vault = token(ALNUM, 36, 13);
    const sess = token(ALNUM, 32, 14);
    expect(text(`login token secret_id=${vault} role=etl`)).not.toContain(vault);
    expect(text(`token bound session_id=${sess}`)).not.toContain(sess);
  });

  it('a bare token after the word is still removed', () => {
    const bare = token(ALNUM, 40, 15);
    expect(text(`issued token ${bare} to the worker`)).not.toContain(bare);
  });
});

describe('a connection URL under a credential name loses its password and keeps its host', () => {
  const pass = token(ALNUM, 22, 20);

  it('YAML environment of a compose file', () => {
    const o = text(`    environment:\n      NOTIFY_DSN: smtp://notifier:${pass}@relay-7.eu-central-1.svc.quillstack.internal:587\n      WORKERS: "8"`);
    expect(o).not.toContain(pass);
    expect(o).toContain('relay-7.eu-central-1.svc.quillstack.internal');
  });

  it('dotenv and logfmt', () => {
    for (const line of [`QUEUE_SECRET_URL=amqp://worker:${pass}@mq-2.quillstack.internal:5672/jobs`, `dsn=redis://:${pass}@cache-3.quillstack.internal:6379/0 ok=1`]) {
      const o = text(line);
      expect(o).not.toContain(pass);
      expect(o).toMatch(/(?:mq-2|cache-3)\.quillstack\.internal/);
    }
  });

  it('a value that is not a URL with credentials is still removed whole', () => {
    expect(text(`MAIL_DSN: ${pass}`)).not.toContain(pass);
  });

  it('a URL under a credential name whose path or query carries a token goes whole', () => {
    const pathToken = token(ALNUM, 24, 21).toUpperCase();
    const queryToken = token(ALNUM, 24, 22);
    for (const [line, secret] of [
      [`webhook_secret: https://hooks:${pass}@hooks.example.com/services/${pathToken}`, pathToken],
      [`token: https://u:${pass}@api.example.com/v1?x=${queryToken}`, queryToken],
    ] as const) {
      const o = text(line);
      expect(o).not.toContain(pass);
      expect(o).not.toContain(secret);
    }
  });
});

describe('a Teams incoming-webhook URL: only its secret segment goes', () => {
  const group = uuid(30);
  const tenant = uuid(31);
  const secret = token(HEX, 32, 32);
  const owner = uuid(33);

  it('keeps the host, the group, tenant and owner ids', () => {
    const url = `https://quillstack.webhook.office.com/webhookb2/${group}@${tenant}/IncomingWebhook/${secret}/${owner}`;
    for (const o of [out({ msg: 'connector rejected', url }), text(`POST ${url} -> 400`)]) {
      expect(o).not.toContain(secret);
      for (const kept of ['quillstack.webhook.office.com', group, tenant, owner]) expect(o).toContain(kept);
    }
  });

  it('a signed (V2) URL loses its signature too', () => {
    const sig = token(ALNUM, 43, 34);
    const o = text(`webhook https://quillstack.webhook.office.com/webhookb2/${group}@${tenant}/IncomingWebhook/${secret}/${owner}/V2${sig}`);
    expect(o).not.toContain(secret);
    expect(o).not.toContain(sig);
  });
});

describe('after an id pair, the rest of the clause is still searched', () => {
  it('a bare token after `client_id=…` goes', () => {
    const client = `app_${token(ALNUM, 16, 40)}`;
    const bare = token(ALNUM, 36, 41);
    const o = text(`minted token client_id=${client} ${bare}`);
    expect(o).toContain(client);
    expect(o).not.toContain(bare);
  });

  it('the value of a later pair is judged by its own name (Go header map after a bearer token)', () => {
    const bearer = `ya29.${token(ALNUM, 72, 42)}`;
    const cookie = token(ALNUM, 20, 44);
    const rid = uuid(43);
    const o = text(`headers=map[Authorization:[Bearer ${bearer}] Cookie:[_session_id=${cookie}] X-Request-Id:[${rid}]]`);
    expect(o).not.toContain(bearer);
    expect(o).not.toContain(cookie);
    expect(o).toContain(rid);
  });
});

describe('a credential document serialised into a string under a credential name', () => {
  const keyId = token(HEX, 40, 40);
  const pem = `-----BEGIN PRIVATE KEY-----\n${token(ALNUM, 64, 41)}\n${token(ALNUM, 20, 42)}=\n-----END PRIVATE KEY-----\n`;
  const doc = {
    type: 'service_account',
    project_id: 'quarry-ops-7731',
    private_key_id: keyId,
    private_key: pem,
    client_email: 'nightly-sync@quarry-ops-7731.iam.gserviceaccount.com',
    client_id: '509182736450918273645',
  };

  it('is judged member by member, as the same document given as an object', () => {
    const o = s.scrub({ level: 50, msg: 'could not load key file', credentials: JSON.stringify(doc) }) as { credentials: string };
    for (const secret of [keyId, pem.split('\n')[1] as string, 'BEGIN PRIVATE KEY']) expect(o.credentials).not.toContain(secret);
    for (const kept of ['quarry-ops-7731', '509182736450918273645', 'service_account']) expect(o.credentials).toContain(kept);
    expect(JSON.parse(o.credentials)).toMatchObject({ private_key: '[REDACTED]', private_key_id: '[REDACTED]' });
  });

  it('still goes whole when it is no JSON object, and members with unknown names go', () => {
    const secret = token(ALNUM, 32, 43);
    expect(out({ credentials: `{"type":"service_account","private_key":"${token(ALNUM, 40, 44)}"` })).not.toContain(token(ALNUM, 40, 44));
    expect(out({ credentials: `[{"k":"${secret}"}]` })).not.toContain(secret);
    const o = out({ creds: JSON.stringify({ user: 'batch-runner', api: secret, region: 'eu-west-2' }) });
    expect(o).not.toContain(secret);
  });
});

describe('members that describe a credential are still scanned', () => {
  it('an AWS access key id under a secrets object goes; the ids and settings beside it stay', () => {
    const keyId = `AKIA${token('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 31)}`;
    const o = JSON.stringify(s.scrub({ secrets: { AWS_ACCESS_KEY_ID: keyId, AWS_REGION: 'eu-west-1' }, credentials: { type: 'service_account', client_id: '104729385610293847561' } }));
    expect(o).not.toContain(keyId);
    expect(o).toContain('eu-west-1');
    expect(o).toContain('service_account');
    expect(o).toContain('104729385610293847561');
  });
});

describe('a lone `auth` key', () => {
  it('holding a credential-shaped value goes; a scheme or a switch stays', () => {
    const secret = token('0123456789abcdef', 32, 41);
    expect(text(`sms: POST /2010-04-01/Accounts/AC1/Messages.json failed 400 auth=${secret}`)).not.toContain(secret);
    for (const line of ['proxy auth=basic realm=ops', 'db auth=none', 'client auth: "jwt"']) expect(text(line)).toBe(line);
  });
});

describe('the id of a session object', () => {
  it('goes: a session is known by its id (the bearer credential of a cookie session)', () => {
    const sid = token('0123456789abcdef', 32, 51);
    for (const record of [{ session: { id: sid, createdAt: '2026-03-01T10:00:00Z' } }, { sess: { id: sid } }]) {
      const o = JSON.stringify(s.scrub(record));
      expect(o).not.toContain(sid);
      if ('session' in record) expect(o).toContain('2026-03-01T10:00:00Z');
    }
    // A token object's own id names the token, not its value.
    expect(JSON.stringify(s.scrub({ token: { id: 'tok_8812', value: sid } }))).toContain('tok_8812');
  });
});
