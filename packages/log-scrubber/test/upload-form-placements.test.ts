import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const obj = (value: unknown): string => JSON.stringify(s.scrubField('msg', value));

describe('values bound beside a statement, form cards, uploaded file names, id lists', () => {
  it("reads node-postgres's query config ({ query, values }) against the statement's columns", () => {
    const out = obj({
      query: 'INSERT INTO refunds (ref, holder_name, tax_id, birth_date) VALUES ($1,$2,$3,$4)',
      values: ['R-77', 'Ilse Vantongeren', '12345678903', '1979-04-21'],
    });
    expect(out).not.toContain('Ilse Vantongeren');
    expect(out).not.toContain('12345678903');
    expect(out).not.toContain('1979-04-21');
    expect(out).toContain('R-77');
  });

  it('decodes + as a blank in a form-encoded card number under a bracketed key', () => {
    const out = obj({ form: 'type=card&card[number]=4111+1111+1111+1111&card[exp_month]=4&card[exp_year]=2029' });
    expect(out).not.toContain('4111+1111+1111+1111');
    expect(out).not.toMatch(/4111.1111.1111.1111/);
    expect(out).toContain('card[exp_month]=4');
  });
});
