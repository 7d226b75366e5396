import { describe, expect, it } from 'vitest';
import { scrubber, tokenOf } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);

describe('validation errors that echo the rejected value next to the field path', () => {
  it.each(['Copper-lantern-88', 'Walnut2026!', 'mosaic ribbon heron'])('zod-style issues: `path` and `received` (%s)', (pw) => {
    const out = s.scrub({
      msg: 'request body invalid',
      issues: [
        { code: 'too_small', minimum: 12, type: 'string', path: ['password'], message: 'Too short', received: pw },
        { code: 'invalid_string', validation: 'regex', path: ['phone'], message: 'Invalid', received: '612-334-871' },
      ],
    }) as { issues: { received: string }[] };
    expect(out.issues[0]!.received).toBe('[REDACTED]');
    expect(out.issues[1]!.received).toMatch(tokenOf('phone'));
  });
  it('nested paths, `input` (zod 4, valibot) and an Ajv error with its `data` (verbose mode)', () => {
    const pw = 'Harbor-quince-51';
    const out = s.scrub({
      errors: [
        { path: ['user', 'credentials', 'newPassword'], input: pw, code: 'too_small' },
        { instancePath: '/account/password', schemaPath: '#/properties/account/properties/password/minLength', keyword: 'minLength', params: { limit: 12 }, data: pw },
      ],
    });
    expect(JSON.stringify(out)).not.toContain(pw);
    expect(JSON.stringify(out)).toContain('"keyword":"minLength"');
  });
  it('the same issues printed by util.inspect or JSON.stringify into a message', () => {
    const pw = 'Thistle-mango-73';
    const inspected = `ZodError: validation failed { issues: [ { code: 'too_small', minimum: 12, path: [ 'password' ], received: '${pw}' } ] }`;
    expect(text(inspected)).not.toContain(pw);
    expect(text(inspected)).toContain("path: [ 'password' ], received: '[REDACTED]'");
    const json = `validation failed: [{"code":"too_small","path":["body","password"],"received":"${pw}"},{"code":"invalid_type","path":["plan"],"received":"number"}]`;
    expect(text(json)).not.toContain(pw);
    expect(text(json)).toContain('"path":["plan"],"received":"number"');
  });
  it('Ajv 6 `dataPath` and valibot path items that are objects', () => {
    const pw = 'Orchard-kettle-64';
    const ajv6 = s.scrub({ errors: [{ keyword: 'minLength', dataPath: '.account.password', params: { limit: 12 }, data: pw }] });
    expect(JSON.stringify(ajv6)).not.toContain(pw);
    const valibot = s.scrub({ issues: [{ kind: 'schema', type: 'min_length', input: pw, path: [{ type: 'object', origin: 'value', key: 'password' }] }] });
    expect(JSON.stringify(valibot)).not.toContain(pw);
    expect(JSON.stringify(valibot)).toContain('"type":"min_length"');
  });
  it('class-validator and Ajv errors printed into a message', () => {
    const pw = 'Saffron-glacier-17';
    const cv = text(`ValidationError { target: SignupDto, property: 'password', value: '${pw}', constraints: { minLength: 'too short' } }`);
    expect(cv).not.toContain(pw);
    expect(cv).toContain("property: 'password', value: '[REDACTED]'");
    expect(text(`schema errors: [{"instancePath":"/account/password","keyword":"minLength","data":"${pw}"}]`)).not.toContain(pw);
    // A URL path beside a value names no field.
    expect(text(`{ path: '/account/password', value: 'enabled' }`)).toBe(`{ path: '/account/password', value: 'enabled' }`);
  });
  it('the received value of a field that is no secret stays', () => {
    const out = s.scrub({ issues: [{ code: 'invalid_enum_value', path: ['plan'], received: 'Team Pro (monthly)' }, { code: 'invalid_type', path: ['password'], received: 'undefined', expected: 'string' }] });
    expect(JSON.stringify(out)).toContain('"received":"Team Pro (monthly)"');
  });
});
