import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);
const json = (value: unknown): string => JSON.stringify(s.scrub(value));
const NAME = /<name:k1:[0-9a-f]{20}>/;
const ADDRESS = /<address:k1:[0-9a-f]{20}>/;
const IP = /<ip:k1:[0-9a-f]{20}>/;

// Pickers, couriers and trust-and-safety agents write the customer's name into prose: quoted after
// the role, thanked in a rating's comment, confirmed by a channel, or given by the writer of a chat.
describe('names in marketplace and delivery prose', () => {
  it('a quoted name after a person word, in several scripts', () => {
    for (const name of ['Олег Петренко', 'Marie-Claire Dubois', '高橋 直子', 'ประเสริฐ มั่นคง', 'Σοφία Αλεξίου']) {
      const out = text(`WARN picker substitution for order O-77 customer "${name}" phone +4915112345678 item=SKU-1`);
      expect(out).not.toContain(name);
      expect(out).toMatch(new RegExp(`customer "${NAME.source}" phone`));
    }
  });
  it('a name thanked in a comment, up to its closing mark', () => {
    for (const [comment, name] of [
      ['Sehr nett, merci Олег Петренко!', 'Олег Петренко'],
      ['Great, thanks 박서준!', '박서준'],
      ['Rápido, merci すずき はなこ!', 'すずき はなこ'],
      ['Top, danke Małgorzata Wiśniewska.', 'Małgorzata Wiśniewska'],
      ['Perfect, thanks ยุทธนา พรหมมา!', 'ยุทธนา พรหมมา'],
    ]) {
      const out = json({ msg: 'rating submitted', comment: comment });
      expect(out).not.toContain(name!);
      expect(out).toMatch(NAME);
    }
  });
  it('thanks for a thing stays', () => {
    for (const comment of ['thanks for the help!', 'merci beaucoup!', 'Danke schön.', 'спасибо за заказ!']) {
      expect(json({ comment })).not.toMatch(NAME);
    }
  });
  it('a name whose identity was confirmed by a channel', () => {
    for (const name of ['Кира Лебедева', '黄美玲', 'Tomasz Zieliński', 'דנה לוין']) {
      const out = text(`ts-console note: "Verified ${name} via video; DOB on file. Ban lifted." case=FR-1`);
      expect(out).not.toContain(name);
      expect(out).toMatch(new RegExp(`Verified ${NAME.source} via video`));
    }
    expect(text('note: "Verified the payment via video; ok"')).not.toMatch(NAME);
  });
  it('the writer of a chat message names themselves', () => {
    for (const [body, name] of [
      ['Здравствуйте, это Ionela-Maria Dumitru, домофон 12, 3 этаж', 'Ionela-Maria Dumitru'],
      ['Привет, это Сергей Волков, я внизу', 'Сергей Волков'],
      ['Marek Nowakです。到着したら電話してください', 'Marek Nowak'],
      ['ศิริพร แก้วมณี입니다. 문 앞에 두세요', 'ศิริพร แก้วมณี'],
      ['Bitte klingeln bei 최유진, Hinterhaus, Code 1234', '최유진'],
      ['Bitte klingeln bei Jörg Hoffmann, 2. OG', 'Jörg Hoffmann'],
    ]) {
      const out = json({ msg: 'chat message relayed', body });
      expect(out).not.toContain(name!);
      expect(out).toMatch(NAME);
    }
  });
  it('a Korean or Japanese sentence about a matter stays', () => {
    for (const body of ['결제 문의입니다.', '配送について確認です。', 'Здравствуйте, это заказ номер 5']) {
      expect(json({ body })).not.toMatch(NAME);
    }
  });
});

describe('addresses of deliveries and residents', () => {
  it('an Indian line with a planned-area locality and a PIN code', () => {
    for (const line of ['7/3 Indiranagar 2nd Stage, Mysuru 570011', '22/1 Salt Lake Sector 5, Kolkata 700091', '9 HSR Layout, Bengaluru 560102']) {
      expect(text(`scan event=DEPARTED addr="${line}"`)).toMatch(new RegExp(`addr="${ADDRESS.source}"`));
      expect(json({ dropoff: line })).toMatch(new RegExp(`"dropoff":"${ADDRESS.source}"`));
      expect(text(`note: "lives at ${line}. Ban lifted."`)).not.toContain(line.split(',')[0]!);
    }
  });
  it('an Arabic line with a building number before the city and postcode', () => {
    const line = 'شارع العليا، مبنى 4، جدة 21577';
    expect(json({ pickup: line })).toMatch(new RegExp(`"pickup":"${ADDRESS.source}"`));
    expect(text(`note: "lives at ${line}. ok"`)).toMatch(new RegExp(`lives at ${ADDRESS.source}\\. ok`));
  });
  it('an English street named before its number, with floor and district', () => {
    for (const line of ['Harbour Road 7, 2nd floor, Jumeirah', 'Palm Avenue 31, Al Barsha']) {
      expect(text(`addr="${line}"`)).toMatch(new RegExp(`addr="${ADDRESS.source}"`));
      expect(json({ dropoff: line })).toMatch(new RegExp(`"dropoff":"${ADDRESS.source}"`));
    }
  });
  it('place names, numbered things and years stay', () => {
    for (const line of ['Abbey Road 5, Remastered edition', 'Wall Street 2026, Q1 outlook', '12 Items Processed, Batch 560001']) {
      expect(text(line)).not.toMatch(ADDRESS);
    }
  });
});

describe('addresses spelt in reverse-DNS names with a letter prefix', () => {
  it('a dashed IPv4 glued to a short prefix is the address', () => {
    const out = json({ client: { rdns: 'p81-12-200-3.dip0.example-isp.de' } });
    expect(out).not.toContain('81-12-200-3');
    expect(out).toMatch(new RegExp(`"rdns":"p${IP.source}\\.dip0\\.example-isp\\.de"`));
    expect(text('ptr=ab10-20-30-40.pool.example.net blocked')).toMatch(new RegExp(`ptr=ab${IP.source}\\.pool`));
  });
  it('versions and ids with dashes stay', () => {
    for (const v of ['build v1-2-3-4 done', 'sku ab12-34-56-78x', 'release r2026-01-02-3']) expect(text(v)).toBe(v);
  });
});

describe('a coordinate pair rounded on one side', () => {
  it('after a word of a route, three decimals beside a full-precision side', () => {
    const out = text('route computed from depot to 51.507,-0.127758 took 12ms');
    expect(out).not.toContain('51.507');
    expect(out).toMatch(new RegExp(`to ${ADDRESS.source} took`));
    expect(text('route to 35.681236,139.767 ok')).toMatch(ADDRESS);
  });
  it('amounts and ratios with few decimals stay', () => {
    for (const v of ['scaled to 1.125,0.5 ok', 'version 3.2.1 to 2.125,1.1250 ok', 'fx from 1.085,1.0912 rate']) expect(text(v)).toBe(v);
  });
});
