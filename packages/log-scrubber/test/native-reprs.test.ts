import { describe, expect, it } from 'vitest';
import { scrubber, token } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

describe('language-native reprs in free text', () => {
  it.each([1, 2, 3])('a Django QueryDict keeps each value in a one-element list (%i)', (seed) => {
    const pw = token(ALNUM, 10 + seed, seed, 'qd');
    const csrf = token(ALNUM, 48, seed, 'csrf');
    const out = text(`POST: <QueryDict: {'csrfmiddlewaretoken': ['${csrf}'], 'password1': ['${pw}'], 'full_name': ['Odile Marchetti'], 'next': ['/home/']}>`);
    expect(out).not.toContain(pw);
    expect(out).not.toContain(csrf);
    expect(out).not.toContain('Marchetti');
    expect(out).toContain("'password1': ['[REDACTED]']");
    expect(out).toContain("'next': ['/home/']");
  });
  it('a Ruby hash inspect with a double-quoted list value', () => {
    const pw = token(ALNUM, 12, 9, 'rb');
    expect(text(`params: {"password"=>["${pw}"], "page"=>["2"]}`)).toBe('params: {"password"=>["[REDACTED]"], "page"=>["2"]}');
  });
});

describe('pydantic validation errors', () => {
  it.each([4, 5, 6])('the input of an error whose loc ends with a secret field goes (%i)', (seed) => {
    const pw = token(ALNUM, 9 + seed, seed, 'pyd');
    const out = text(
      `422: [{'type': 'string_too_short', 'loc': ('body', 'new_password'), 'msg': 'String should have at least 12 characters', 'input': '${pw}', 'ctx': {'min_length': 12}}, {'type': 'int_parsing', 'loc': ('query', 'page'), 'msg': 'bad', 'input': 'abc'}]`,
    );
    expect(out).not.toContain(pw);
    expect(out).toContain("'input': 'abc'");
  });
  it('pydantic v2 str() form: input_value after the field line', () => {
    const pw = token(ALNUM, 14, 7, 'pyd2');
    const out = text(`1 validation error for SignupForm\npassword\n  String should have at least 16 characters [type=string_too_short, input_value='${pw}', input_type=str]`);
    expect(out).not.toContain(pw);
    expect(text(`1 validation error for Query\nlimit\n  Input should be a valid integer [type=int_parsing, input_value='abc', input_type=str]`)).toContain("input_value='abc'");
  });
  it('pydantic: the input of a personal field (birth date, phone, tax id) takes the field\'s class', () => {
    for (const [field, value] of [['birth_date', '31.01.1964'], ['applicant.dateOfBirth', '1979/13/02'], ['mobile_phone', '0176 4410 2093'], ['tax_id', 'x-55120937']]) {
      const out = text(`2 validation errors for Enrolment\n${field}\n  Input should be a valid value [type=value_error, input_value='${value}', input_type=str]\nplan\n  Field required [type=missing]`);
      expect(out, field).not.toContain(value);
      expect(out).toContain(field);
    }
    const loc = text(`[{'type': 'date_from_datetime_parsing', 'loc': ('body', 'dob'), 'msg': 'Input should be a valid date', 'input': '02-30-1958'}]`);
    expect(loc).not.toContain('02-30-1958');
    expect(text(`1 validation error for Booking\nstart_date\n  Input should be a valid date [type=date_type, input_value='04/05/2031', input_type=str]`)).toContain('04/05/2031');
  });
});

describe('passwords in sentences', () => {
  it.each(['Wq7rTz3kLp', 'Hm4&vXq9!e'])('Finnish possessive forms of salasana (%s)', (pw) => {
    expect(text(`Hei, salasanani on ${pw} ja tunnus toimii`)).not.toContain(pw);
    expect(text(`Salasanasi on ${pw}.`)).not.toContain(pw);
  });
  it.each(['Rt5#pLm2Qw', 'zK8vN2xQ'])('`pass` before a double-quoted value (%s)', (pw) => {
    expect(text(`IMAP login using pass "${pw}" for mailbox`)).not.toContain(pw);
  });
  it.each(['mysqldump', 'mysql'])('auditd EXECVE fields: -p glued to the password after a DB client (%s)', (tool) => {
    const pw = token(ALNUM, 13, 3, tool);
    const out = text(`type=EXECVE msg=audit(1795400000.100:123): argc=4 a0="${tool}" a1="-uadmin" a2="-p${pw}" a3="shop"`);
    expect(out).not.toContain(pw);
    expect(out).toContain('a3="shop"');
  });
});

describe('a weak context word before a host and port', () => {
  it.each(['smtp.mailer.example:587', 'imap.corp.example:993'])('"auth to %s" keeps the port', (hostPort) => {
    expect(text(`SMTP auth to ${hostPort} +12ms`)).toBe(`SMTP auth to ${hostPort} +12ms`);
  });
  it('the quoted password after `pass` in the same clause still goes', () => {
    const out = text('SMTP auth using pass "Vb7$kLq2@Nz" to mail.example.org:465 +3ms');
    expect(out).not.toContain('Vb7$kLq2@Nz');
    expect(out).toContain('mail.example.org:465');
  });
});

describe('identifiers next to credentials stay', () => {
  it.each([11, 12])('a Twilio account SID after a one-time-code message is an account id (%i)', (seed) => {
    const sid = `AC${token('0123456789abcdef', 32, seed, 'sid')}`;
    expect(text(`Sending OTP via account ${sid} ref=42`)).toContain(sid);
    expect(text(`TWILIO_ACCOUNT_SID=${sid}`)).toContain(sid);
  });
  it.each(['Server=tcp:sql-east7.database.windows.net,1433', 'Data Source=db04.corp.example', 'Host=pg-main.internal'])(
    'the server of an ADO.NET connection string under a credential name stays (%s)',
    (server) => {
      const pw = token(ALNUM, 12, 21, server);
      const out = text(`ConnectionString: ${server};Initial Catalog=orders;User ID=svc;Password=${pw};Encrypt=True;`);
      expect(out).not.toContain(pw);
      expect(out).toContain(server);
      expect(text(`connection_string="${server};Password=${pw}"`)).toBe(`connection_string="${server};Password=[REDACTED]"`);
    },
  );
});

describe('invite and coupon codes in URLs are ids', () => {
  it.each(['INV', 'REF', 'PROMO'])('an upper-case prefix and digits under `code` on an invite path stays (%s)', (prefix) => {
    const code = `${prefix}${token('0123456789', 6, prefix.length, 'inv')}`;
    expect(text(`GET /api/invite/accept?code=${code}&lang=en HTTP/1.1`)).toContain(`code=${code}&`);
    expect(text(`POST /v2/coupons/redeem?code=${code} 200`)).toContain(`code=${code}`);
  });
  it('an OAuth authorization code on a callback still goes', () => {
    const code = token(ALNUM, 30, 5, 'oauth');
    expect(text(`GET /oauth/callback?code=${code}&state=xyz HTTP/1.1`)).not.toContain(code);
    expect(text(`GET /api/invite/accept?code=${code} HTTP/1.1`)).not.toContain(code);
  });
});

describe('object dumps of Java, Kotlin and Go', () => {
  it.each([31, 32, 33])('Lombok and Kotlin data classes keep their closing parenthesis (%i)', (seed) => {
    const pw = token(ALNUM, 11, seed, 'lombok');
    expect(text(`saved Account(id=7, owner=Ines Carvalho, password=${pw})`)).toBe(`saved Account(id=7, owner=${text('owner=Ines Carvalho').slice(6)}, password=[REDACTED])`);
    expect(text(`Credentials{region=eu, secret=${pw}} loaded`)).toBe('Credentials{region=eu, secret=[REDACTED]} loaded');
  });
});

describe("a name value ends before the next field's key", () => {
  // Go's `%+v`, logfmt and similar dumps glue the next key to its value: `Password:x`, `Token=x`.
  const NAMES = [['Ilse', 'Varendonk'], ['Tomasz', 'Orlikowski'], ['Aiyana', 'Redcloud']] as const;
  it.each(NAMES)('%s %s', (given, family) => {
    const secret = token('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 14, given.length);
    for (const line of [
      `user: {ID:42 Name:${given} ${family} Password:${secret} Role:admin}`,
      `{Customer:${given} ${family} Token:${secret}}`,
      `name=${given} ${family} Password=${secret} tier=gold`,
    ]) {
      const out = text(line);
      expect(out, line).not.toContain(secret);
      expect(out, line).not.toContain(family);
    }
  });
  it('a name before a colon and a blank (a chat line) is still one name', () => {
    expect(text('Ilse Marit Varendonk: see you at noon')).not.toContain('Varendonk');
  });
});
