import { describe, expect, it } from 'vitest';
import { hidesIn, scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);

const hides = hidesIn(s);

describe('an unquoted name in a key=value text line runs to the next key', () => {
  const names = [
    'Jürgen Weißhaupt', 'Phạm Thị Lan', 'Ольга Соколова', 'Νίκος Αλεξίου', 'ليلى الحربي', 'רונית כהן',
    'सुनील मेहता', 'มานี มีนา', '王丽', '최수아', '中村 健太',
  ];
  it.each(names)('name=%s email=…', (name) => hides(`[booking] confirm user=u_81 name=${name} email=guest@example.org`, name, ['email=', 'confirm']));
  it.each(names)('player=%s pan=…', (name) => hides(`[shop] purchase failed sku=coins_900 player=${name} pan=4111111111111111 psp=adyen`, name, ['psp=adyen', 'sku=coins_900']));
  it('keeps a service or thread name under name=', () => {
    expect(text('worker name=Payment Service env=prod')).toBe('worker name=Payment Service env=prod');
    expect(text('thread name=main state=ok')).toBe('thread name=main state=ok');
    expect(text('media player=vlc ver=3')).toBe('media player=vlc ver=3');
  });
});

describe('the payee between a transfer and its bank account', () => {
  const payees = ['Jürgen Weißhaupt', 'Phạm Thị Lan', 'Ольга Соколова', 'Νίκος Αλεξίου', 'ليلى الحربي', '최수아', '中村 健太'];
  it.each(payees)('payout … to %s IBAN …', (name) => hides(`payout po_x81kq to ${name} IBAN DE89 3704 0044 0532 0130 00 failed: AC04`, name, ['payout po_x81kq to ', 'failed: AC04']));
  it.each(payees)('transfer … to %s (acct …)', (name) => hides(`transfer tr_55 to ${name} (acct ****4410) settled`, name, ['settled']));
  it('keeps a firm or a system after to', () => {
    for (const line of ['payout po_1 to Stripe IBAN DE89 3704', 'export sent to S3 bucket=ledger', 'moved to DLQ (account 12)']) {
      expect(text(line)).toContain(line.split(' to ')[1]!.split(' ')[0]!);
    }
  });
});

describe('a vocative name opening a notification or a reply', () => {
  const readers = ['Mathilde', 'Joaquín', 'Ηλίας', 'Тимур', 'שירה', 'كريم', 'สมหญิง', 'सुनील'];
  it.each(readers)('title="%s, your …"', (name) => hides(`[push] send to dev_1 title="${name}, your parcel is out for delivery" key=orders`, name, ['your parcel']));
  it('keeps words that are no name before ", your"', () => {
    for (const line of ['title="Congratulations, your plan is active"', 'title="Reminder, you have 2 items"', 'Warning, your disk is full']) {
      expect(text(line)).toBe(line);
    }
  });
  it.each([
    ['Merhaba Ayşe, re: ORD-7', 'Ayşe'],
    ['Здравствуйте, Ольга! re: ORD-7', 'Ольга'],
    ['مرحباً سلمى، re: ORD-7', 'سلمى'],
    ['マリ様、re: ORD-7', 'マリ'],
  ])('greeting %s', (line, name) => hides(line, name, ['re: ORD-7']));
  it('keeps a greeting to the world or a welcome', () => {
    for (const line of ['Hallo, Welt!', 'مرحبا بكم في المتجر', 'ユーザー様、ok']) expect(text(line)).toBe(line);
  });
});

describe('the name under a signature delimiter', () => {
  it.each(['Ольга Соколова', 'ليلى الحربي', '최수아', '中村 健太'])('quoted "> --" then "> %s"', (name) => {
    hides(`From: a@example.org\n> my card was charged twice.\n> --\n> ${name}`, name, ['charged twice']);
  });
  it('the plain "-- " delimiter', () => hides('thanks for the help\n-- \nΝίκος Αλεξίου', 'Νίκος Αλεξίου', ['thanks for the help']));
});

describe('a commit author before the mailbox', () => {
  it.each(['k.wozniak', 'mjohansson', 'Jürgen Weißhaupt'])('Author: %s <…>', (author) => {
    hides(`commit 4f1c2e9d0b\nAuthor: ${author} <dev1@example.org>\nDate:   Mon Mar 2 10:00:00 2026 +0100`, author, ['Date:']);
  });
  it('raw author line of a commit object', () => hides('author k.wozniak <dev1@example.org> 1767225600 +0000', 'k.wozniak', ['1767225600']));
});
