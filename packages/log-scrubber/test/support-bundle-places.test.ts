import { describe, expect, it } from 'vitest';
import { gone, kept, scrubber, scrubbedString } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);

describe('a national id under a health, insurance or membership key', () => {
  it('takes a checksum-valid number under insurance, patient and member id keys', () => {
    const r = scrubbedString(s, {
      patient: { fullName: 'Greta Vos', insuranceId: '297529055', memberNumber: '72081971436' },
      claim: { insured_id: '130943782', policyHolderNo: '300152000' },
    });
    gone(r, ['297529055', '72081971436', '130943782', '300152000']);
    expect(r).toContain('<ssn:k1:');
  });

  it('keeps a member id that is no national id, and checksum-valid numbers under other keys', () => {
    const r = scrubbedString(s, { order: { memberId: '100234', insuranceId: 'INS-44120', orderNumber: '297529055' }, count: 130943782 });
    kept(r, ['100234', 'INS-44120', '297529055', '130943782']);
  });
});

describe('a PostgreSQL row echoed with its column names', () => {
  it('reads a unique-violation key tuple by its column list', () => {
    const r = text(
      [
        'ERROR:  duplicate key value violates unique constraint "wallet_cards_fp_key"',
        'DETAIL:  Key (pan, holder_tax_id)=(4148 9607 5309 2683, 300152000) already exists.',
      ].join('\n'),
    );
    gone(r, ['4148 9607 5309 2683', '9607', '300152000']);
    expect(r).toContain('<card:k1:');
    expect(r).toContain('<ssn:k1:');
    kept(r, ['Key (pan, holder_tax_id)=(', 'wallet_cards_fp_key', 'already exists.']);
  });

  it('reads tax ids, emails and names in a key tuple, keeping business columns', () => {
    const r = text('DETAIL:  Key (tenant_id, email, national_id)=(acme-eu, greta.vos@example.org, 72081971436) already exists.');
    gone(r, ['greta.vos@example.org', '72081971436']);
    kept(r, ['acme-eu']);
  });

  it('keeps a key tuple of business columns', () => {
    const r = text('DETAIL:  Key (order_ref, sku)=(ORD-20931, SKU-7731) already exists.');
    kept(r, ['ORD-20931', 'SKU-7731']);
  });

  it('reads a failing row by the column list of the insert on its STATEMENT line', () => {
    const r = text(
      [
        'ERROR:  new row for relation "customers" violates check constraint "customers_age_ck"',
        'DETAIL:  Failing row contains (17, Greta Vos, 76041656698, 4148960753092683, gold).',
        'STATEMENT:  INSERT INTO customers (id, full_name, tax_id, card_number, tier) VALUES ($1, $2, $3, $4, $5)',
      ].join('\n'),
    );
    gone(r, ['Greta Vos', '76041656698', '4148960753092683']);
    kept(r, ['(17, ', ', gold)', 'customers_age_ck']);
  });
});

describe('a German mobile number written nationally', () => {
  it('after words that introduce a phone in prose, in several languages', () => {
    for (const line of [
      'Oi, meu celular é 0162 7781 2290.',
      'inbound reply from 0172 4451 9087: "ok"',
      'Bitte rufen Sie mich unter 0157 33012 884 an',
      'mi móvil es 0176 2210 4433',
    ]) {
      const r = text(line);
      expect(r, line).toContain('<phone:k1:');
      expect(r, line).not.toMatch(/01[5-7]\d \d{4}/);
    }
  });

  it('as a spaced key=value value', () => {
    const r = text('POST /Messages.json To=0176 2210 4433 Body="hi" -> 400');
    gone(r, ['0176 2210 4433', '2210 4433']);
    kept(r, ['Body="hi"', '-> 400']);
  });

  it('keeps digit groups that are no mobile numbers', () => {
    const r = text('build 0150 2210 4433 took 0172 ms; from 0162 to 0170 rows');
    kept(r, ['0150 2210 4433', 'from 0162 to 0170 rows']);
  });
});

describe('a Spanish or Catalan street line with floor, door, postcode and city', () => {
  it('in prose after home and an address on file', () => {
    for (const [line, parts] of [
      ['home Avinguda Meridiana 318, 4º dcha., 08027 Barcelona; template=x', ['Meridiana 318', '08027 Barcelona', '4º dcha']],
      ['shipping address on file: Calle de Alcalá 91, 2º B, 28009 Madrid. Status: SHIPPED', ['Alcalá 91', '28009 Madrid', '2º B']],
      ['address on file: Avenida de la Constitución 7, 1º izq., 41004 Sevilla.', ['Constitución 7', '41004 Sevilla']],
    ] as const) {
      const r = text(line);
      gone(r, parts);
      expect(r, line).toContain('<address:k1:');
    }
  });

  it('as a quoted value of an address key', () => {
    const r = text('WARN duplicate student guardian_address="Avinguda Meridiana 12, 7º izq., 08018 Barcelona" term=2026-FALL');
    gone(r, ['Meridiana 12', '08018 Barcelona']);
    kept(r, ['term=2026-FALL']);
  });
});

describe('a card number after the word for card in other languages', () => {
  it('Polish, Portuguese, Spanish, French, German, Japanese, Chinese and Korean', () => {
    for (const line of [
      'pobrano dwa razy z karty 4148960753092683. Dziękuję',
      'płatność kartą 5328899676767212 odrzucona',
      'cobrado no cartão 5328899676767212 ontem',
      'cobro en la tarjeta 6011824339930866 dos veces',
      'débité sur la carte 4148960753092683 deux fois',
      'カード 5328899676767212 で二重請求',
      '卡号 6011824339930866 重复扣款',
      '카드 4148960753092683 이중 결제',
    ]) {
      const r = text(line);
      expect(r, line).toContain('<card:k1:');
    }
  });
});

describe('an ungrouped run that starts like a German mobile', () => {
  it('keeps a record type glued to an account number in a fixed-width line', () => {
    const r = text('016581234907MEYER                JONAS           19880214000012345EUR');
    kept(r, ['6581234907']);
  });
});
