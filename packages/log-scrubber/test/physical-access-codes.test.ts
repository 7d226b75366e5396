import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const out = (value: unknown): string => JSON.stringify(s.scrub(value));
const text = (value: string): string => s.scrubText(value);

describe('codes that open a door, a gate, a key box or a parcel locker', () => {
  it.each([
    ['locker=PL-201 slot=9 pickup_code=730154 notify=sms', '730154'],
    ['courier note: door code 5192, third floor', '5192'],
    ['Gate code: 88213 then left at the bins', '88213'],
    ['the gate code is 1947', '1947'],
    ['keys are in the lockbox 6620 by the garage', '6620'],
    ['key box code 3081 on the left of the door', '3081'],
    ['Casa linda, a chave está no cofre código 2294', '2294'],
    ['Здравствуйте, домофон 7716, 4 этаж', '7716'],
    ['код подъезда 3318, квартира справа', '3318'],
    ['İyi akşamlar, kapı şifresi 61520, zile basmayın', '61520'],
    ['Bitte Türcode 90417 benutzen', '90417'],
    ['Salut, code porte 6B12 ou digicode 40715', '40715'],
    ['Hola, el código del portal es 5530', '5530'],
    ['codice del portone 2207, secondo piano', '2207'],
    ['Kod do bramy 4521, domofon nie działa', '4521'],
    ['玄関の暗証番号は3906です', '3906'],
    ['공동현관 비밀번호 5827# 입니다', '5827'],
    ['门禁密码 7043，放门口', '7043'],
    ['取件码 552018 请尽快取件', '552018'],
    ['Bitte klingeln bei Hansen, Seitenflügel links, Code 30851', '30851'],
  ])('%s', (line, code) => {
    expect(text(line)).not.toContain(code);
  });

  it('the words around the code stay', () => {
    expect(text('courier note: door code 5192, third floor')).toBe('courier note: door code [REDACTED], third floor');
    expect(text('locker=PL-201 slot=9 pickup_code=730154 notify=sms')).toBe('locker=PL-201 slot=9 pickup_code=[REDACTED] notify=sms');
  });

  it('a count, a port or an error code after such words stays', () => {
    for (const line of [
      'door code changed 3 times today',
      'door code changed 12 times today',
      'door code 4 times wrong, alarm raised',
      'gate 12 closed at 18:00',
      'intercom sip trunk up on port 5060',
      'exit code 137 after OOMKill',
      'error code 5023 from the lock vendor',
      'locker 14 opened, compartment 3',
      'lockbox firmware 2024 build',
    ]) {
      expect(text(line)).toBe(line);
    }
  });

  it.each(['pickupCode', 'pickup_code', 'doorCode', 'door_code', 'lockboxCode', 'keyBoxCode', 'accessCode', 'gateCode', 'gate_pin', 'intercomCode', 'pin'])(
    'a short code under %s goes, in a record and in key=value text',
    (key) => {
      expect(out({ parcel: 'PL-77', [key]: '4093' })).not.toContain('4093');
      expect(text(`parcel=PL-77 ${key}=8316 status=ready`)).not.toContain('8316');
    },
  );

  it('locker and compartment numbers beside a pickup code stay', () => {
    expect(out({ locker: 'LK-90210', compartment: 12, pickupCode: '517702' })).toBe('{"locker":"LK-90210","compartment":12,"pickupCode":"[REDACTED]"}');
  });
});

describe('second-factor recovery codes in text', () => {
  it('one recovery code under recovery= goes, letters only or mixed', () => {
    expect(text('mfa enrolled user=u_81 recovery=qtrmw-zkphv')).toBe('mfa enrolled user=u_81 recovery=[REDACTED]');
    expect(text('mfa enrolled user=u_81 recovery=7fk2q-m9x4d')).toBe('mfa enrolled user=u_81 recovery=[REDACTED]');
    expect(text('backup_code=hmzpw-qrtnx used')).not.toContain('hmzpw');
    expect(text('recovery codes: hmzpw-qrtnx ykdsv-pqcwl')).not.toMatch(/hmzpw|ykdsv/);
  });

  it('the same single code goes as a record field', () => {
    expect(out({ event: 'mfa.enrol', recovery: 'qtrmw-zkphv' })).not.toContain('qtrmw');
    expect(out({ event: 'mfa.enrol', backup: '7fk2q-m9x4d' })).not.toContain('7fk2q');
  });

  it('labels under recovery/backup names stay', () => {
    for (const line of ['recovery=in-progress', 'backup=weekly-monday', 'recovery=auto', 'backup=nightly-2026', 'recovery=2026-0412']) {
      expect(text(line)).toBe(line);
    }
    expect(out({ backup: 'weekly-monday' })).toContain('weekly-monday');
  });
});

describe('a passphrase after client_secret= in key=value text', () => {
  it('all its words go, up to the next key', () => {
    expect(text('token exchange client_id=cli_77 client_secret=amber falcon river stone grant_type=client_credentials')).toBe(
      'token exchange client_id=cli_77 client_secret=[REDACTED] grant_type=client_credentials',
    );
    expect(text('partner auth client_secret=harbor lantern meadow scope=read')).not.toMatch(/lantern|meadow/);
  });
});

describe('card numbers in a JSON body printed inside a text line', () => {
  it.each([
    ['amex', '378282246310005'],
    ['visa', '4012888888881881'],
    ['mastercard', '5105105105105100'],
    ['jcb', '3530111333300000'],
  ])('%s beside exp and cvc', (_brand, pan) => {
    const line = `ERROR checkout tokenize failed body={"number":"${pan}","exp":"11/29","cvc":"000"} status=402`;
    expect(text(line)).not.toContain(pan);
    expect(text(`vault error payload={"number":"${pan}","expiry":"11/29"}`)).not.toContain(pan);
    expect(text(`psp rejected {"brand":"x","number": "${pan}"}`)).not.toContain(pan);
  });

  it('a number member without card fields beside it stays', () => {
    const line = 'invoice body={"number":"4012888888881881","qty":2,"sku":"A-1"}';
    expect(text(line)).toBe(line);
  });
});

describe('labels of a gate, a dock door or a pick-up point under the same names', () => {
  it('stay: letters first, a few digits after', () => {
    expect(out({ flight: 'XY123', gateCode: 'B12' })).toContain('"B12"');
    expect(out({ rental: 'R-1', pickupCode: 'LHR' })).toContain('"LHR"');
    expect(text('dock door_code=D4 trailer=TR-88')).toBe('dock door_code=D4 trailer=TR-88');
    expect(out({ pickupCode: '904415' })).not.toContain('904415');
  });
});
