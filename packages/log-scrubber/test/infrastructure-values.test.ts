import { describe, expect, it } from 'vitest';
import { gone, kept, scrubber } from './helpers.js';

const s = scrubber();
const out = (value: unknown): string => JSON.stringify(s.scrub(value));
const text = (value: string): string => s.scrubText(value);

describe('a private address that a URL connects to is a server, not a visitor', () => {
  it('keeps the upstream of a proxy error and a private fetch target', () => {
    const line =
      '2026/03/02 11:04:51 [error] 4411#0: *90211 upstream timed out, client: 198.51.100.23, ' +
      'server: shop.example.org, request: "GET /cart HTTP/1.1", upstream: "http://172.20.14.9:9090/cart", host: "shop.example.org"';
    const o = text(line);
    kept(o, ['http://172.20.14.9:9090/cart', 'shop.example.org']);
    gone(o, ['198.51.100.23']);
    kept(text('health probe fetch http://192.168.40.17/metrics failed: ECONNREFUSED'), ['http://192.168.40.17/metrics']);
    kept(out({ upstream: 'grpc://10.77.3.120:50051' }), ['grpc://10.77.3.120:50051']);
  });

  it('still pseudonymises public URL hosts and private addresses outside a URL', () => {
    gone(text('callback to http://203.0.113.77:8443/hook failed'), ['203.0.113.77']);
    gone(text('login from 10.44.8.19 accepted'), ['10.44.8.19']);
    gone(out({ remote: '10.44.8.19:51000' }), ['10.44.8.19']);
    // A user part in front of the host is no plain server address (`user@10.x`).
    gone(text('cloning ssh://dmitri.okafor@10.12.0.4/repo.git'), ['dmitri.okafor']);
  });
});

describe('things that sit inside a person record', () => {
  it('keeps the country of a delivery and pseudonymises its recipient', () => {
    const o = out({ buyer: { name: 'Oona Virtanen' }, shipTo: { line: '41 Larch Crescent', country: 'New Zealand' } });
    kept(o, ['New Zealand']);
    gone(o, ['Oona Virtanen', '41 Larch Crescent']);
    kept(out({ customer: { fullName: 'Priya Raman', country: 'United Kingdom', countryCode: 'GB' } }), ['United Kingdom']);
  });

  it('keeps a software driver named beside its version, not a person called driver', () => {
    const meta = out({ doc: { driver: { name: 'rustdrv|Tokio', version: '4.12.3' }, os: { type: 'Linux' } } });
    kept(meta, ['rustdrv|Tokio', '4.12.3']);
    kept(out({ client: { driver: { name: 'gocql', version: '1.6.0' } } }), ['gocql']);
    // A ride's driver is a person, also with a record version next to the name.
    gone(out({ ride: { driver: { name: 'Kwame Mensah', version: 7 } } }), ['Kwame Mensah']);
    gone(out({ driver: { name: 'Kwame Mensah', phone: '+44 7700 900461' } }), ['Kwame Mensah']);
  });
});

describe('accounts that are not people', () => {
  it('keeps a numeric basic-auth user (an instance or tenant number)', () => {
    const yaml = 'remote_write:\n  basic_auth:\n    username: "730418"\n    password: "Zq8mN2vR7xKp4Lw9Tt3a"\n';
    const o = text(yaml);
    kept(o, ['730418']);
    gone(o, ['Zq8mN2vR7xKp4Lw9Tt3a']);
    kept(out({ auth: { username: '5520913', password: 'Hh4kP9wq2Ls8Nc3v' } }), ['5520913']);
    expect(out({ auth: { username: 'mkowalczyk' } })).not.toContain('mkowalczyk');
  });

  it('keeps a bot handle after @ and still pseudonymises a person', () => {
    kept(text('chat client connected as @buildbot using a stored credential'), ['@buildbot']);
    kept(text('notified @release-bot and @ci_bot'), ['@release-bot', '@ci_bot']);
    const o = text('notified @tomasz.wrobel about the deploy');
    gone(o, ['tomasz.wrobel']);
    expect(o).toMatch(/@<name:k1:[0-9a-f]{20}>/);
    // Surnames that end in the same letters are people (`@talbot`, `@cabot`).
    gone(text('assigned to @talbot'), ['talbot']);
  });

  it('reads a Kubernetes Secret login in base64 by what it decodes to', () => {
    const b64 = (v: string): string => Buffer.from(v).toString('base64');
    const o = out({ kind: 'Secret', data: { username: b64('billing_svc'), password: b64('Vb7mQ2xL9pRt4Kz8') } });
    kept(o, [b64('billing_svc')]);
    gone(o, [b64('Vb7mQ2xL9pRt4Kz8')]);
    // A person's login stays hidden however it is encoded.
    gone(out({ data: { username: b64('hkowalska') } }), [b64('hkowalska')]);
  });

  it('keeps a shared account named after a business function, plain or in base64', () => {
    const b64 = (v: string): string => Buffer.from(v).toString('base64');
    for (const role of ['payments', 'invoicing', 'Finance', 'fulfilment']) {
      kept(out({ kind: 'Secret', data: { username: b64(role), password: b64('Qw8nZt3Lp6Vx2Rk9') } }), [b64(role)]);
      kept(out({ db: { username: role } }), [role]);
      kept(text(`pam_unix(sshd:session): session opened for user ${role} by (uid=0)`), [`user ${role}`]);
    }
    // A person's login beside them still goes, in either form.
    gone(out({ kind: 'Secret', data: { username: b64('tvanderlinde') } }), [b64('tvanderlinde')]);
    gone(out({ db: { username: 'tvanderlinde' } }), ['tvanderlinde']);
  });
});

describe('addresses and names in VPN daemon lines', () => {
  it('pseudonymises both ends of an IKE SA written as local...remote', () => {
    const o = text('charon: 11[IKE] IKE_SA home[77] established between 192.0.2.10[gw.example.net]...198.51.100.201[laptop-7]');
    gone(o, ['192.0.2.10', '198.51.100.201']);
    kept(o, ['gw.example.net', 'IKE_SA home[77]']);
    // Dotted version numbers and ranges stay.
    kept(text('upgraded strongswan 5.9.13...5.9.14.1 done'), ['5.9.14.1']);
  });

  it("pseudonymises a device owner's name in any script before 's laptop", () => {
    const o = text('wireguard: peer Ab3dEf (सुनीता वर्मा\'s laptop) endpoint 203.0.113.40:51820');
    gone(o, ['सुनीता वर्मा', '203.0.113.40']);
    kept(o, ["'s laptop"]);
  });
});

describe('streets named after a date', () => {
  it('reads a street whose name starts with a day or a roman numeral, and a Brazilian tail', () => {
    const o = text('Oi, moro na Avenida XIII de Maio, 512 - Jardim Europa, Porto Velho - RO, 76801-040. Obrigado');
    gone(o, ['XIII de Maio, 512', 'Jardim Europa', '76801-040']);
    kept(o, ['Oi, moro na', 'Obrigado']);
    gone(text('envío a Calle 9 de Julio 2210, Rosario'), ['9 de Julio 2210']);
    // A date in prose is no street.
    kept(text('Rua fechada desde XV de Novembro, 2025 segundo a prefeitura'), ['desde XV de Novembro, 2025']);
  });
});

describe('a person introducing themselves in Arabic', () => {
  it('pseudonymises the name after "my name", the number after "my phone" and stops at Arabic punctuation', () => {
    const o = text('السلام عليكم، اسمي سلمى القحطاني، رقم جوالي 0557214390 شكراً');
    gone(o, ['سلمى القحطاني', '0557214390']);
    kept(o, ['السلام عليكم', 'شكراً']);
    // The comma after the name is punctuation, not part of it: the words after it stay.
    kept(o, ['، رقم جوالي']);
    gone(text('هاتف: 055 721 4390'), ['055 721 4390']);
  });

  it('pseudonymises the address after "my address" up to its postcode', () => {
    const o = text('وعنواني شارع الأمير سلطان، حي النزهة، جدة 23531. رقم الطلب ORD-58812');
    gone(o, ['شارع الأمير سلطان', 'حي النزهة', '23531']);
    kept(o, ['رقم الطلب ORD-58812']);
    // Without a number it is no address that can be told apart from prose.
    kept(text('عنواني القديم لم يعد صالحا'), ['القديم لم يعد صالحا']);
  });
});

describe('a compressed IPv6 address followed by an unbracketed port', () => {
  it('takes the address of a Redis MONITOR client and a MongoDB profiler client', () => {
    const monitor = s.scrubText('1767000000.123456 [3 2a02:8071:5c2::41:be0:51377] "GET" "cart:9"');
    expect(monitor).not.toContain('2a02:8071:5c2::41:be0');
    expect(monitor).toContain('"GET" "cart:9"');
    const profiler = JSON.stringify(s.scrub({ op: 'query', millis: 12, client: 'fd3c:91aa:7e0::2f4:60211', user: 'svc@admin' }));
    expect(profiler).not.toContain('fd3c:91aa:7e0::2f4');
    expect(profiler).toContain('"millis":12');
  });

  it('keeps a clock time and a short hex run before a port', () => {
    for (const line of ['at 12:30:45:51377 ok', 'ab::cd:51377 ok']) expect(s.scrubText(line)).toBe(line);
  });
});
