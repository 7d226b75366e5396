import { describe, expect, it } from 'vitest';
import { scrubber, token as sharedToken } from './helpers.js';

const s = scrubber();
const out = (value: unknown): string => JSON.stringify(s.scrub(value));
const text = (value: string): string => s.scrubText(value);

const token = (alphabet: string, length: number, seed: number): string => sharedToken(alphabet, length, seed, 'pubids:');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URLSAFE = `${ALNUM}-_`;
const HEX = '0123456789abcdef';
const uuid = (seed: number): string => {
  const h = token(HEX, 32, seed);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-b${h.slice(17, 20)}-${h.slice(20)}`;
};

describe('IAM principals of programs are kept, of people pseudonymised', () => {
  it('a machine user in an ARN stays, a person user does not', () => {
    const o = out({ userIdentity: { arn: 'arn:aws:iam::210987654321:user/release-bot', other: 'arn:aws:iam::210987654321:user/ines.okafor' } });
    expect(o).toContain('arn:aws:iam::210987654321:user/release-bot');
    expect(o).not.toContain('ines.okafor');
    expect(text('denied for arn:aws:iam::210987654321:user/svc-billing-export on s3:GetObject')).toContain('user/svc-billing-export');
  });
});

describe('Mapbox public tokens are meant for the page', () => {
  it('kept after a word about keys, with or without the signature part', () => {
    for (const pub of [`pk.eyJ${token(URLSAFE, 40, 1)}`, `pk.eyJ${token(URLSAFE, 30, 2)}.${token(URLSAFE, 22, 3)}`]) {
      expect(text(`map tiles configured (public key ${pub})`)).toContain(pub);
    }
  });

  it('a secret Mapbox token still goes', () => {
    const sk = `sk.eyJ${token(URLSAFE, 40, 4)}`;
    expect(text(`map tiles configured (key ${sk})`)).not.toContain(sk);
  });
});

describe('OpenPGP key selectors on a command line name a key in the keyring, not key material', () => {
  it('duplicity and gpg key ids stay', () => {
    for (const id of ['9F3A71C0B25D8E46', '0x4E21A9D7', '7D0C3B9E21F4A68C5B10E97D3A2F6C18B4E05D92']) {
      const o = text(`duplicity incremental --encrypt-key ${id} --sign-key ${id} /srv/data sftp://nas2.lan/backup`);
      expect(o).toContain(`--encrypt-key ${id}`);
      expect(o).toContain(`--sign-key ${id}`);
    }
  });

  it('a value that is not a key id under the same flag still goes', () => {
    const raw = token(ALNUM, 32, 5);
    expect(text(`backup-tool --encrypt-key ${raw} /srv/data`)).not.toContain(raw);
    const hexKey = token(HEX, 64, 6);
    expect(text(`restic-wrap --encrypt-key ${hexKey} /srv/data`)).not.toContain(hexKey);
  });
});

describe('a namespaced cache key under `key` is a lookup key', () => {
  it('`<namespace>:<uuid>` and `<namespace>:<number>` stay', () => {
    for (const key of [`profile-cache:${uuid(10)}`, `cart:items:${uuid(11)}`, 'quota:tenant:884213']) {
      expect(out({ op: 'set', key, ttl: 600 })).toContain(key);
    }
  });

  it('session and token namespaces keep their id removed', () => {
    const sid = uuid(12);
    for (const key of [`sess:${sid}`, `session:${sid}`, `reset-token:${sid}`, `csrf:${sid}`]) {
      expect(out({ op: 'set', key, ttl: 600 })).not.toContain(sid);
    }
    const raw = token(ALNUM, 32, 13);
    expect(out({ op: 'get', key: `prefs:${raw}` })).not.toContain(raw);
  });
});

describe('a SIP URI keeps its host; the number in it is a phone', () => {
  it('sip: and sips: with an E.164 user part', () => {
    const o = text('INVITE from <sip:+442071838750@voice.carrierline.example> to <sips:+33612345678@voice.carrierline.example;transport=tls>');
    expect(o).not.toContain('442071838750');
    expect(o).not.toContain('33612345678');
    expect(o.match(/voice\.carrierline\.example/g)?.length).toBe(2);
    expect(o).toMatch(/<sip:<phone:k1:[0-9a-f]{20}>@voice\.carrierline\.example>/);
  });

  it('a named SIP user is still an address', () => {
    const o = text('REGISTER <sip:m.lindqvist@voice.carrierline.example>');
    expect(o).not.toContain('m.lindqvist');
  });
});

describe('a digits-only value under an id name is an id, not a phone number', () => {
  it('logfmt `logid="0…"` and `eventid=0…`', () => {
    expect(text('date=2026-03-02 logid="0612874409" type="event" subtype="vpn"')).toContain('logid="0612874409"');
    expect(text('eventid=0170334455 level=notice')).toContain('eventid=0170334455');
  });

  it('a phone under a phone name still goes', () => {
    expect(text('callback phone="0612874409" type="event"')).not.toContain('0612874409');
  });
});


describe('names of applications and tenants are not people', () => {
  it('an app display name, a client (application) name and a tenant slug stay', () => {
    const o = out({
      client_name: 'Checkout',
      tenant_name: 'orbit-prod',
      appDisplayName: 'Workday',
      resourceDisplayName: 'Microsoft Graph',
      userDisplayName: 'Tomasz Wielgosz',
    });
    for (const kept of ['"client_name":"Checkout"', '"tenant_name":"orbit-prod"', '"appDisplayName":"Workday"', '"resourceDisplayName":"Microsoft Graph"']) {
      expect(o).toContain(kept);
    }
    expect(o).not.toContain('Wielgosz');
  });

  it('a person under a client or tenant name is still pseudonymised', () => {
    for (const [key, person] of [['client_name', 'Ines Okafor'], ['tenant_name', 'Marguerite Vasseur'], ['clientName', 'Tomasz'], ['tenantName', 'MARGUERITE VASSEUR']] as const) {
      const o = out({ [key]: person });
      expect(o).not.toContain(person);
      expect(o).toContain('<name:k1:');
    }
  });
});
