import { describe, expect, it } from 'vitest';
import { gone, kept, scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);

// ICAO 9303 check digit (weights 7, 3, 1; `<` is 0, letters A=10…).
function check(field: string): string {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field[i]!;
    const v = c === '<' ? 0 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    sum += v * w[i % 3]!;
  }
  return String(sum % 10);
}

function mrzLine2(doc: string, nat: string, dob: string, sex: string, exp: string): string {
  const body = `${doc}${check(doc)}${nat}${dob}${check(dob)}${sex}${exp}${check(exp)}<<<<<<<<<<<<<<`;
  return `${body}0${check(body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 43) + '0')}`;
}

describe('travel documents', () => {
  it('takes the names, document number and birth date of a passport MRZ', () => {
    for (const [iss, sur, giv, doc, dob, sep] of [
      ['NLD', 'VERHOEVEN', 'MARIEKE', 'NX7R2KQ41', '810629', '\n'],
      ['ITA', 'CALDERONI', 'PIETRO<LUCA', 'YB0042917', '930211', '\\n'],
      ['CAN', 'OKONJO', 'ADAEZE', 'GK553018<', '670904', ' '],
    ] as const) {
      const l1 = `P<${iss}${sur}<<${giv}`.padEnd(44, '<');
      const r = text(`passport scanned raw="${l1}${sep}${mrzLine2(doc, iss, dob, 'F', '310117')}" lane=3`);
      gone(r, [sur, giv.split('<')[0]!, doc.replace(/<+$/, ''), dob]);
      kept(r, ['lane=3', 'passport scanned']);
    }
  });

  it('takes the passenger of an IATA boarding-pass barcode', () => {
    for (const [name, pnr] of [['MAKAROVA/IRINA', 'QZT4KP'], ['DE LA CRUZ/ANTON MR', 'W8HHLD'], ['OYELARAN/TUNDE', 'M1ZZXA']] as const) {
      const raw = `M1${name.padEnd(20, ' ')}E${pnr.padEnd(7, ' ')}OSLAMSKL 1274 311Y012C0093 100`;
      const r = text(`gate reader ok barcode="${raw}"`);
      gone(r, [name.split('/')[0]!, name.split('/')[1]!.split(' ')[0]!]);
      kept(r, ['OSLAMSKL', 'gate reader ok']);
    }
  });

  it('takes the passport number and the CTCE e-mail of a PNR', () => {
    const r = text('PNR QWERTZ 1.DOE/J 2 KL1021 Y 03MAR AMSCPH HK1 SSR DOCS KL HK1/P/NOR/NK81773QA/NOR/14FEB88/F/09JUN31 SSR CTCE KL HK1/T.HAUGEN+TRIP//POSTEN.NO TKT 0740000112');
    gone(r, ['NK81773QA', 'T.HAUGEN+TRIP//POSTEN.NO']);
    kept(r, ['AMSCPH', 'KL1021']);
    gone(text('PNR ABCDEF CTCE LJUBICA.M77//EXAMPLE.HR OK'), ['LJUBICA.M77//EXAMPLE.HR']);
  });

  it('takes every traveller field of a PNR display: DOCS after a space, APE, CTCE/CTCM, FOID', () => {
    const pnr = [
      'RP/OSLSK21AB/',
      '  1.HAUGEN/TRINE MS',
      '  4 SSR DOCS SK HK1 P/NOR/NK4471203/SWE/03FEB79/F/22AUG30/HAUGEN/TRINE/MARIT',
      '  5 APE T./HAUGEN..OSL//POST./NORD.NO',
      '  6 SSR CTCE SK HK1/MARIT_H//EXAMPLE.NO',
      '  7 SSR CTCM SK HK1/4791234567',
      '  8 SSR FOID SK HK1-PPNK4471203',
      '  9 SSR DOCS SK HK1/I/SWE/ZX1190034/SWE/17NOV02/MI/30JAN28/LUND/ELIN',
      ' 10 SSR FOID SK HK1/NIAB9930117',
    ].join('\n');
    const r = text(pnr);
    gone(r, ['NK4471203', '03FEB79', 'TRINE', 'MARIT', 'T./HAUGEN..OSL//POST./NORD.NO', 'MARIT_H//EXAMPLE.NO', '4791234567', 'ZX1190034', '17NOV02', 'LUND', 'ELIN', 'AB9930117']);
    kept(r, ['RP/OSLSK21AB/', 'SSR DOCS SK HK1', '22AUG30', 'SSR CTCM SK HK1']);
  });

  it('leaves lines that only look alike', () => {
    for (const line of ['M1 chip build ok', 'status P<<OK', 'path=/M1/ARM64/BUILD']) expect(text(line)).toBe(line);
  });
});
