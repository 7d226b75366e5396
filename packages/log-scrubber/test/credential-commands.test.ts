import { describe, expect, it } from 'vitest';
import { scrubber, token as sharedToken } from './helpers.js';

const s = scrubber();
const out = (value: unknown): string => JSON.stringify(s.scrub(value));
const text = (value: string): string => s.scrubText(value);

const token = (alphabet: string, length: number, seed: number): string => sharedToken(alphabet, length, seed, 'credential-commands:');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const B64 = `${ALNUM}+/`;
const PASSWORDS = [`Rk${token(ALNUM, 6, 1)}#4`, `w@${token(ALNUM, 8, 2)}`, 'Marigold!77'];

describe('Windows account commands', () => {
  it.each(PASSWORDS)('net user and net use take the password as an argument (%s)', (pw) => {
    expect(text(`C:\\> net user svc_print ${pw} /add /domain`)).not.toContain(pw);
    expect(text(`net use Z: \\\\files02\\finance /user:CORP\\tgarnier ${pw} /persistent:no`)).not.toContain(pw);
    expect(text(`net use \\\\files02\\ipc$ ${pw} /user:CORP\\tgarnier`)).not.toContain(pw);
  });
  it("net commands without a password keep their switches; a person's account is pseudonymised", () => {
    for (const line of ['net user svc_print /domain', 'net use Z: \\\\files02\\finance /persistent:no']) {
      expect(text(line)).toBe(line);
    }
    // `*` asks for the password at the prompt: nothing is redacted, the login is a person's.
    expect(text('net user tgarnier *')).toMatch(/^net user <name:k1:[0-9a-f]{20}> \*$/);
  });
  it.each(PASSWORDS)('ConvertTo-SecureString with its flags before the string (%s)', (pw) => {
    expect(text(`Set-ADAccountPassword -Identity x -NewPassword (ConvertTo-SecureString -AsPlainText "${pw}" -Force)`)).not.toContain(pw);
    expect(text(`ConvertTo-SecureString -Force -AsPlainText -String '${pw}'`)).not.toContain(pw);
  });
});

describe('protocol transcripts and device configs', () => {
  it.each(PASSWORDS)('FTP and POP3 PASS after an arrow (%s)', (pw) => {
    expect(text(`<- USER backup\n<- PASS ${pw}\n-> 230 Login successful`)).not.toContain(pw);
    expect(text(`--> PASS ${pw}`)).not.toContain(pw);
  });
  it.each(PASSWORDS)('Cisco local users and enable secrets in clear (%s)', (pw) => {
    expect(text(`username netops privilege 15 secret ${pw}`)).not.toContain(pw);
    expect(text(`username netops secret 0 ${pw}`)).not.toContain(pw);
    expect(text(`enable secret ${pw}`)).not.toContain(pw);
  });
  it('hashed secrets keep their type digit and the rest of the config stays', () => {
    expect(text('username netops privilege 15')).toBe('username netops privilege 15');
    expect(text('service password-encryption')).toBe('service password-encryption');
  });
});

describe('credential files and dumps', () => {
  it.each(PASSWORDS)('a .pgpass line (%s)', (pw) => {
    const scrubbed = text(`cat ~/.pgpass\ndb-7.internal:5432:ledger:report_ro:${pw}\n*:*:*:postgres:${pw}x`);
    expect(scrubbed).not.toContain(pw);
    expect(scrubbed).toContain('db-7.internal:5432:ledger:report_ro:');
  });
  it('times and other colon lists stay', () => {
    for (const line of ['took 00:12:31:04:99', 'mac 00:1a:2b:3c:4d:5e', 'span a:1:b:c:d at 12:00']) expect(text(line)).toBe(line);
  });
  it.each(PASSWORDS)('PHP print_r and bracketed keys (%s)', (pw) => {
    expect(text(`Array\n(\n    [username] => kdimitrov\n    [password] => ${pw}\n)`)).not.toContain(pw);
    expect(text(`$_POST[password] = ${pw}`)).not.toContain(pw);
  });
  it('bracketed keys that name no credential stay', () => {
    expect(text('Array\n(\n    [page] => 3\n    [sort] => name\n)')).toBe('Array\n(\n    [page] => 3\n    [sort] => name\n)');
  });
});

describe('recovery material in prose', () => {
  it('a BIP39 seed phrase after its label', () => {
    const words = 'lunar orbit cactus velvet ripple hazard anchor timber frozen meadow cobalt whisper';
    const scrubbed = text(`wallet restored, seed phrase: ${words}`);
    for (const w of words.split(' ')) expect(scrubbed).not.toContain(w);
    expect(text(`recovery phrase = "${words}"`)).not.toContain('cactus');
  });
  it('extended private keys of HD wallets', () => {
    const xprv = `xprv9s21ZrQH143K${token(B58, 95, 3)}`;
    expect(text(`derived from ${xprv} at m/44'/0'/0'`)).not.toContain(xprv.slice(4));
    const tprv = `tprv8ZgxMBicQKsP${token(B58, 95, 4)}`;
    expect(out({ note: `test key ${tprv}` })).not.toContain(tprv.slice(4));
  });
  it('BitLocker recovery passwords', () => {
    const groups = Array.from({ length: 8 }, (_, i) => String(100000 + ((i * 7919 * 11) % 899999)).padStart(6, '0'));
    const key = groups.join('-');
    expect(text(`BitLocker recovery key for C: ${key}`)).not.toContain(groups.slice(2).join('-'));
  });
  it('PuTTY private key files', () => {
    const body = token(B64, 64, 5);
    const scrubbed = text(`PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 1\n${token(B64, 64, 6)}\nPrivate-Lines: 1\n${body}\nPrivate-MAC: ${token('0123456789abcdef', 64, 7)}`);
    expect(scrubbed).not.toContain(body);
    expect(scrubbed).toContain('Encryption: none');
  });
  it.each(['fluffy', 'Riverside Elementary'])('answers to security questions (%s)', (answer) => {
    expect(text(`security answer: ${answer}`)).not.toContain(answer);
    expect(text(`Security question answer = ${answer}`)).not.toContain(answer);
  });
  it.each(['8841-2290', '44017712', '913 448'])('unlock, activation and pairing codes (%s)', (code) => {
    expect(text(`your unlock code is ${code}`)).not.toContain(code);
    expect(text(`activation code: ${code}`)).not.toContain(code);
  });
});

describe('password labels in CJK with a full-width colon, and `creds`', () => {
  it.each(PASSWORDS)('%s', (pw) => {
    expect(text(`密码：${pw}`)).not.toContain(pw);
    expect(text(`初期パスワード：${pw}`)).not.toContain(pw);
    expect(text(`비밀번호：${pw}`)).not.toContain(pw);
    expect(text(`connecting with creds kfoster:${pw}`)).not.toContain(pw);
  });
  it('the label with a word after it stays', () => {
    expect(text('密码：已重置')).toBe('密码：已重置');
    expect(text('checking creds for kfoster')).toBe('checking creds for kfoster');
  });
});

describe('the password word in more languages', () => {
  it.each([
    ['geslo: ', 'sl'], ['lozinka: ', 'hr'], ['lozinka je ', 'hr'], ['Лозинка: ', 'sr'], ['parool: ', 'et'], ['slaptažodis: ', 'lt'],
    ['Κωδικός πρόσβασης: ', 'el'], ['סיסמה: ', 'he'], ['كلمة المرور: ', 'ar'], ['पासवर्ड: ', 'hi'], ['รหัสผ่าน: ', 'th'],
    ['mật khẩu: ', 'vi'], ['Mật khẩu là ', 'vi'], ['kata sandi: ', 'id'], ['kata laluan: ', 'ms'], ['口令：', 'zh'], ['parolă: ', 'ro'],
    ['парола: ', 'bg'], ['adgangskode: ', 'da'],
  ])('%s (%s)', (label) => {
    for (const pw of PASSWORDS) expect(text(`${label}${pw}`)).not.toContain(pw);
  });
  it('a label of several words before the colon', () => {
    for (const pw of PASSWORDS) {
      expect(text(`Пароль для входа: ${pw}`)).not.toContain(pw);
      expect(text(`password for the build user: ${pw}`)).not.toContain(pw);
    }
  });
  it('statements about the password and prose with these words stay', () => {
    for (const line of ['password expired for user: see ticket', 'invalid password while connecting to rediss://cache-2.example.net:6380/0', 'granted parole in 2019', 'password policy: strict']) {
      expect(text(line)).toBe(line);
    }
  });
  it('PINs in Japanese and a PIN code', () => {
    expect(text('暗証番号：4821')).not.toContain('4821');
    expect(text('your pin code 7304 expires')).not.toContain('7304');
  });
});
