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
    // The expiry goes as a document attribute, not as a second birth date.
    expect(r.match(/<dob:/g)).toHaveLength(2);
    gone(r, ['22AUG30']);
    kept(r, ['RP/OSLSK21AB/', 'SSR DOCS SK HK1', 'SSR CTCM SK HK1']);
  });

  it('takes a machine-readable zone without its names line: TD3, TD2 and visa second lines', () => {
    // TD3 passport (44) and MRV-A visa (44), TD2 card (36): same prefix of number, nationality, birth, sex, expiry.
    const td3 = mrzLine2('RW7730415', 'AUT', '880314', 'M', '330902');
    const td2 = (() => {
      const doc = 'D4K19077<';
      const body = `${doc}${check(doc)}POL920517${check('920517')}F290630${check('290630')}<<<<<<<`;
      return `${body}${check(body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 35))}`;
    })();
    expect(td2).toHaveLength(36);
    for (const [line, doc, dob] of [[td3, 'RW7730415', '880314'], [td2, 'D4K19077', '920517']] as const) {
      const o = s.scrub({ msg: 'manifest row', flight: 'OS451', pax: { nationality: 'AUT', mrz: line } }) as { flight: string; pax: { mrz: string } };
      gone(o.pax.mrz, [doc, dob]);
      expect(o.flight).toBe('OS451');
      gone(text(`scan lane=2 mrz=${line} ok`), [doc, dob]);
    }
    const visa = `V<CHEPRZYBYLSKA<<HALINA`.padEnd(44, '<');
    const r = text(`visa read ${visa}\n${mrzLine2('0K3318240', 'POL', '750101', 'F', '270815')}`);
    gone(r, ['PRZYBYLSKA', 'HALINA', '0K3318240', '750101']);
    kept(r, ['visa read']);
  });

  it('takes the three lines of a TD1 identity card', () => {
    const doc = 'LZT60K2R4';
    const l1 = `IDFRA${doc}${check(doc)}`.padEnd(30, '<');
    const l2body = `960229${check('960229')}F341110${check('341110')}FRA`.padEnd(29, '<');
    const l2 = `${l2body}${check(l1.slice(5, 30) + l2body.slice(0, 7) + l2body.slice(8, 15) + l2body.slice(18, 29))}`;
    const l3 = 'VASSEUR<<CLEMENCE<ODILE'.padEnd(30, '<');
    for (const sep of ['\n', '']) {
      const r = text(`id card scanned ${l1}${sep}${l2}${sep}${l3} kiosk=7`);
      gone(r, [doc, '960229', 'VASSEUR', 'CLEMENCE', 'ODILE']);
      kept(r, ['kiosk=7', 'id card scanned']);
    }
  });

  it('still takes number and birth date when only the expiry check of a second line fails', () => {
    const good = mrzLine2('HT2290817', 'IRL', '691123', 'F', '300504');
    const line = good.slice(0, 27) + String((Number(good[27]) + 3) % 10) + good.slice(28);
    gone(text(`mrz=${line}`), ['HT2290817', '691123']);
  });

  it('leaves MRZ-shaped strings whose check digits fail', () => {
    const good = mrzLine2('RW7730415', 'AUT', '880314', 'M', '330902');
    const bad = good.slice(0, 9) + String((Number(good[9]) + 1) % 10) + good.slice(10, 19) + String((Number(good[19]) + 1) % 10) + good.slice(20);
    for (const line of [bad, 'AB12345678XYZ1234567M1234567<<<<<<<<<<<<<<00', `<<<<<<<<<<${'<'.repeat(34)}`]) {
      expect(text(`row ${line}`)).toBe(`row ${line}`);
    }
  });

  it('takes every personal field of an SSR DOCS element with dashes, ISO or numeric dates, and SRDOCS', () => {
    for (const [line, gonev] of [
      ['SSR DOCS LX HK1-P-CHE-X4419027-CHE-07FEB81-F-19OCT31-AMMANN-REGULA', ['X4419027', '07FEB81', '19OCT31', 'AMMANN', 'REGULA']],
      ['SSR DOCS LX HK1-P-CHE-X5520113-CHE-1964-08-30-M', ['X5520113', '1964-08-30']],
      ['SSR DOCS LX HK1-P-CHE-X6601372-CHE-30.08.1964-M-2032-01-15-BRUNNER-KASPAR', ['X6601372', '30.08.1964', '2032-01-15', 'BRUNNER', 'KASPAR']],
      ['SSR DOCS LX HK1-P-CHE-X7712045-CHE-30/08/1964-F', ['X7712045', '30/08/1964']],
      ['SSR DOCS LX HK1/P/CHE/X8823116/CHE/1964-08-30/M/2031-03-02/GERBER/LUKAS', ['X8823116', '1964-08-30', '2031-03-02', 'GERBER', 'LUKAS']],
      ['SRDOCSLXHK1-P-CHE-X9934207-CHE-12MAR77-M-04JUN30-MEIER-URS/P1', ['X9934207', '12MAR77', '04JUN30', 'MEIER', 'URS']],
      ['SSR DOCS LX HK1/////12MAR77/M//KELLER/ANNINA', ['12MAR77', 'KELLER', 'ANNINA']],
    ] as const) {
      const r = text(`RP/ZRH1S2200/ QK4T7B 1.NAME/X 2 LX318 Y 14MAY ZRHLHR HK1 ${line} SSR CTCM LX HK1/41795550123`);
      gone(r, [...gonev]);
      kept(r, ['LX318', 'ZRHLHR', 'QK4T7B', 'SSR CTCM LX HK1', ...(line.includes('CHE') ? ['CHE'] : [])]);
    }
  });

  it('takes the visa number and birthplace of DOCO and the address of DOCA', () => {
    const r = text([
      'SSR DOCO LX HK1/GRAZ AUT/V/VS0918273/USA/02JAN25/USA',
      'SSR DOCA LX HK1/D/USA/4471 WILLOW CREEK RD/BOULDER/CO/80301',
      'SSR DOCA LX HK1-R-AUT-KAERNTNER STRASSE 12-WIEN--1010',
      'SSR DOCO LX HK1//K/TT4091226///USA',
    ].join('\n'));
    gone(r, ['VS0918273', 'GRAZ', '4471 WILLOW CREEK RD', 'BOULDER', '80301', 'KAERNTNER STRASSE 12', 'WIEN', 'TT4091226']);
    kept(r, ['SSR DOCO LX HK1', 'SSR DOCA LX HK1']);
  });

  it('leaves lines that only look alike', () => {
    for (const line of ['M1 chip build ok', 'status P<<OK', 'path=/M1/ARM64/BUILD']) expect(text(line)).toBe(line);
  });
});
