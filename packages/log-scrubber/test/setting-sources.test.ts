import { describe, expect, it } from 'vitest';
import { scrubber, token } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);
const HEX = '0123456789abcdef';
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

describe('a user:secret pair under a basic-auth name in free text', () => {
  const sid = `AC${token(HEX, 32, 1, 'src')}`;
  const secret = token(HEX, 32, 2, 'src');

  it('basic=<account sid>:<auth token> loses the token', () => {
    const r = text(`POST https://api.example.test/v1/Messages basic=${sid}:${secret} -> 401`);
    expect(r).not.toContain(secret);
    expect(r).toContain('-> 401');
  });

  it('an account SID and a colon make the 32 hex after it an auth token anywhere', () => {
    const r = text(`retrying with creds from env (${sid}:${secret}) after 20003`);
    expect(r).not.toContain(secret);
    const u = text(`curl -sS https://api.example.test/x -u ${sid}:${secret} -d To=me`);
    expect(u).not.toContain(secret);
  });

  it('basic_auth: user:password and userpass=user:password in prose', () => {
    expect(text('smtp relay basic_auth: mailer:Vq8rTz2LkWp9 rejected')).not.toContain('Vq8rTz2LkWp9');
    expect(text('proxy userpass=edge-bot:x7Lm-Qp29Rw accepted')).not.toContain('x7Lm-Qp29Rw');
  });

  it('keeps basic settings and host:port pairs', () => {
    expect(text('auth scheme basic=true realm=ops')).toContain('basic=true');
    expect(text('mode basic=enabled tier=free')).toContain('basic=enabled');
    expect(text('upstream basic=db.internal:5432 ok')).toContain('db.internal:5432');
  });
});

describe('a secret setting echoed with the file it was read from', () => {
  const t = token(B62, 36, 3, 'src');

  it('yarn berry: npmAuthToken from <rc file>: "<token>"', () => {
    const r = text(`➤ YN0000: │ npmAuthToken from /home/ci/.yarnrc.yml: "${t}"`);
    expect(r).not.toContain(t);
    expect(r).toContain('npmAuthToken from');
  });

  it('unquoted, and under other secret names (password, _authToken, token)', () => {
    expect(text(`npmAuthToken from C:\\Users\\ci\\.yarnrc.yml: ${t}`)).not.toContain(t);
    expect(text(`http-basic.internal.password from /root/.config/pypoetry/auth.toml: "Pw-${t.slice(0, 10)}"`)).not.toContain(`Pw-${t.slice(0, 10)}`);
    expect(text(`registry.token from /root/.cargo/credentials.toml: '${t}'`)).not.toContain(t);
  });

  it('keeps settings that are not secrets', () => {
    expect(text('npmRegistryServer from /home/ci/.yarnrc.yml: "https://registry.example.test"')).toContain('https://registry.example.test');
    expect(text('npmAlwaysAuth from /home/ci/.yarnrc.yml: true')).toContain('true');
    expect(text('tokenTtl from /etc/app/config.yml: 3600')).toContain('3600');
  });
});

describe('a password quoted after a password word and its particle', () => {
  it('Japanese は, Chinese 是, Korean 는 before a quoted or ASCII value', () => {
    expect(text('ログインできません。パスワードは "Maple#2231" です')).not.toContain('Maple#2231');
    expect(text('我的密码是 "Lotus!8842" 请帮忙')).not.toContain('Lotus!8842');
    expect(text('비밀번호는 "Pine$5510" 입니다')).not.toContain('Pine$5510');
    expect(text('パスワードが Kz7!qwe12 でした')).not.toContain('Kz7!qwe12');
  });

  it('keeps a status written in the script', () => {
    expect(text('パスワードは変更されました')).toBe('パスワードは変更されました');
    expect(text('密码是必填项')).toBe('密码是必填项');
  });
});

describe('a written-out passphrase of three lower-case words', () => {
  it('ends at a dash after "password … is"', () => {
    const r = text('temp root password for the billing replica is walnut ember quiet — rotate it after the drill');
    expect(r).not.toContain('walnut ember quiet');
    expect(r).not.toContain('ember');
    expect(r).toContain('rotate it after the drill');
  });

  it('keeps a clause about the password', () => {
    expect(text('the password for the replica is stored in vault — see runbook')).toContain('stored in vault');
    expect(text('the password for the replica is currently being rotated — wait')).toContain('currently being rotated');
    expect(text('password for the replica is still not synced — wait')).toContain('still not synced');
  });
});

describe('coordinates in a telemetry payload on a location topic', () => {
  it('lat;lng followed by more fields on a gps topic', () => {
    const r = text('Received PUBLISH on vans/north/gps (d0, q1, r0, m3) payload 47.376887;8.541694;speed=31.0');
    expect(r).not.toContain('47.376887');
    expect(r).not.toContain('8.541694');
    expect(r).toContain('speed=31.0');
  });

  it('lat;lng;alt on a position topic, and lat,lng,speed CSV', () => {
    const r = text('topic=site/7/position payload=-37.813629;144.963058;31.5');
    expect(r).not.toContain('-37.813629');
    expect(r).not.toContain('144.963058');
    expect(text('PUBLISH trucks/12/location payload 41.902782,12.496366,speed=12')).not.toContain('41.902782');
  });

  it('keeps metric triples without a place context', () => {
    expect(text('cpu 1.234567;2.345678;load=3.2')).toContain('1.234567;2.345678');
    expect(text('ratios 0.123456;0.234567;0.345678')).toContain('0.123456;0.234567;0.345678');
    expect(text('PUBLISH sensors/7/gps payload 3.14;2.71;v=1.2.3')).toContain('v=1.2.3');
  });
});
