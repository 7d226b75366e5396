import { describe, expect, it } from 'vitest';
import { deSvnrValid, deTaxIdValid, jpMyNumberValid, noFnrValid, personnummerValid } from '../src/checksums.js';
import { scrubber } from './helpers.js';

const s = scrubber();
const compact = (v: string): string => v.replace(/[\s./()-]/g, '');
/** Neither the value nor its digits without separators remain in the output. */
function gone(out: unknown, ...values: string[]): void {
  const text = typeof out === 'string' ? out : JSON.stringify(out);
  for (const v of values) {
    expect(text).not.toContain(v);
    expect(compact(text)).not.toContain(compact(v));
  }
}

// Own example values, each checked against its scheme below.
const MY_NUMBER = '521847362901';
const SVNR = '12040385M028';
const FNR = '24038500089';
const STEUER_ID = '93852017483';
const PERSONNUMMER = '197903142383';

describe('example values', () => {
  it('pass their schemes', () => {
    expect(jpMyNumberValid(MY_NUMBER)).toBe(true);
    expect(jpMyNumberValid('109384756125')).toBe(true);
    expect(deSvnrValid(SVNR)).toBe(true);
    expect(deSvnrValid('12040385M027')).toBe(false);
    expect(deSvnrValid('12043385M028')).toBe(false);
    expect(noFnrValid(FNR)).toBe(true);
    expect(deTaxIdValid(STEUER_ID)).toBe(true);
    expect(personnummerValid(PERSONNUMMER)).toBe(true);
  });
});

describe('personal fields named in Japanese, Chinese and Korean', () => {
  it('pseudonymises the fields of an order with Japanese keys', () => {
    const order = {
      注文番号: 'ORD-77120', 氏名: '山本 太郎', フリガナ: 'ヤマモト タロウ', 住所: '東京都港区芝公園4-2-8',
      電話: '03-5555-0142', マイナンバー: MY_NUMBER, 生年月日: '1961年4月3日', メールアドレス: 'taro.y@example.jp', 配送業者: 'Sagawa',
    };
    const out = s.scrub(order) as Record<string, string>;
    gone(out, '山本 太郎', 'ヤマモト タロウ', '東京都港区芝公園4-2-8', '03-5555-0142', MY_NUMBER, '1961年4月3日', 'taro.y@example.jp');
    expect(out['注文番号']).toBe('ORD-77120');
    expect(out['配送業者']).toBe('Sagawa');
  });

  it('pseudonymises Chinese and Korean person fields and keeps product fields', () => {
    gone(s.scrub({ 姓名: '王小明', 出生日期: '1949-12-31', 手机号: '13800138000' }), '王小明', '1949-12-31', '13800138000');
    gone(s.scrub({ 성명: '김민준', 생년월일: '1990-01-02', 주소: '서울특별시 중구 세종대로 110' }), '김민준', '1990-01-02', '서울특별시 중구 세종대로 110');
    expect(s.scrub({ 商品名: '緑茶', 数量: '2' })).toEqual({ 商品名: '緑茶', 数量: '2' });
  });

  it('finds a My Number written in groups of four after its name', () => {
    gone(s.scrubText('住所変更の依頼。マイナンバーは1093 8475 6125です。'), '1093 8475 6125');
    gone(s.scrubText('住所変更の依頼。マイナンバーは5218 4736 2901です。'), '5218 4736 2901');
  });

  it('keeps four-digit groups that fail the My Number check', () => {
    const line = '住所変更の依頼。マイナンバーは1093 8475 6126です。';
    expect(s.scrubText(line)).toBe(line);
  });

  it('finds a Japanese date after 生年月日 in text', () => {
    gone(s.scrubText('会員登録: 生年月日は1961年4月3日です。'), '1961年4月3日');
  });
});

describe('national ids placed in records without a word about them', () => {
  it('finds a German social insurance number in an EDIFACT reference', () => {
    const out = s.scrubText(`edi-in: UNH+88+INVOIC:D:96A:UN'RFF+AHI:${SVNR}'MOA+9:310.40'CUX+2:EUR'`);
    gone(out, SVNR);
    expect(out).toContain('MOA+9:310.40');
  });

  it('finds a fødselsnummer glued to the name in a fixed-width row', () => {
    gone(s.scrubText(`sysvak-export B-20260101-01: ${FNR}KARI NORDMANN                  J07BX03 20260101OK  `), FNR);
  });

  it('keeps a glued digit run that fails the check', () => {
    const line = 'stock-export B-20260101-01: 24038500088WIDGET BLUE                  J07BX03 20260101OK  ';
    expect(s.scrubText(line)).toContain('24038500088');
  });

  it('takes the kind of a PIX key from its type', () => {
    gone(s.scrub({ chave: { tipo: 'CPF', valor: '52718439041' } }), '52718439041');
    gone(s.scrub({ chave: { tipo: 'EMAIL', valor: 'ana.lima@example.com.br' } }), 'ana.lima@example.com.br');
    gone(s.scrub({ pixKey: { key: '+5511987654321', keyType: 'PHONE' } }), '+5511987654321');
    const random = { chave: { tipo: 'EVP', valor: '7d9f0b8e-3c1a-4f2e-9b7d-1a2b3c4d5e6f' } };
    expect(s.scrub(random)).toEqual(random);
  });

  it('finds a BSN in a comma row proven by its IBAN, keeping the amount', () => {
    const out = s.scrubText('export-claims row=12: C-NL-100,"Jan de Vries",317420951,NL91ABNA0417164300,125.40,EUR');
    gone(out, '317420951');
    expect(out).toContain('125.40');
  });

  it('takes a checked national id as the proof of a semicolon person row', () => {
    const out = s.scrubText(`sftp-poller: first row: "Anna Schmidt";04.07.1983;${STEUER_ID};J45.0;NEG`);
    gone(out, STEUER_ID, '04.07.1983');
    expect(out).toContain(';J45.0;NEG');
    const dni = s.scrubText('sftp-poller: first row: "Lucía Gómez";11.09.1972;30482917M;E11.9;POS');
    gone(dni, '30482917M', '11.09.1972');
    expect(dni).toContain(';E11.9;POS');
  });

  it('keeps a pipe row whose twelve digits are a timestamp to the minute', () => {
    // 202511041838 passes the personnummer check; as a row's proof it would take the whole row.
    const line = 'MSH|^~\\&|ADT|FAC|LAB|LAB|202511041838||ADT^A08|MSG1|P|2.5.1';
    expect(s.scrubText(line)).toBe(line);
  });

  it('keeps a semicolon row whose numbers fail every check', () => {
    const line = 'report: Widget;04.07.2021;93852017484;J45.0;NEG';
    expect(s.scrubText(line)).toBe(line);
  });

  it('finds a spoken id beside a date of birth in a caller check', () => {
    gone(s.scrubText(`ivr[12] call 7 ani=+4915112345678 dtmf_dob=04.07.1983 asr_id="${STEUER_ID}" menu=claims`), STEUER_ID);
  });

  it('finds an id under a registry OID in a FHIR body string', () => {
    const body = JSON.stringify({
      resourceType: 'MedicationRequest',
      contained: [{ resourceType: 'Patient', birthDate: '1979-03-14', identifier: [{ system: 'urn:oid:1.2.752.129.2.1.3.1', value: PERSONNUMMER }] }],
    });
    gone(s.scrub({ msg: 'FHIR bundle accepted', body }), PERSONNUMMER, '1979-03-14');
  });
});

describe('a national id given as the number under a licence or permit label', () => {
  it('takes a South African id and an Aadhaar number written as the licence', () => {
    const za = s.scrubText('shift export written: driver="K. Mokoena" licence=8001015009087 hours=7h05m');
    expect(za).not.toContain('8001015009087');
    expect(za).toContain('hours=7h05m');
    expect(s.scrubText('roster ok permit: 8001015009087 depot=3')).not.toContain('8001015009087');
    expect(s.scrubText('shift export written: driver="R. Iyer" license=234123412346 hours=4h10m')).not.toContain('234123412346');
  });

  it('keeps a licence word beside numbers that are no id', () => {
    const line = 'license=MIT build=1767126747309 seats=2026010112345';
    expect(s.scrubText(line)).toBe(line);
  });
});
