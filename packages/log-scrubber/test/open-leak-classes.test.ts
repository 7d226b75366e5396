import { describe, expect, it } from 'vitest';
import { gone, kept, scrubber } from './helpers.js';

const s = scrubber();
const out = (value: unknown): string => JSON.stringify(s.scrub(value));
const text = (value: string): string => s.scrubText(value);

describe('a name in a script without capitals typed into a search beside other words', () => {
  it('hides a Han, Hangul, Devanagari, Thai or Arabic name in a record search field', () => {
    const jp = out({ query: 'invoice 松本恵子' });
    gone(jp, ['松本恵子']);
    kept(jp, ['invoice']);
    gone(out({ query: 'refund 최지우 order 7731' }), ['최지우']);
    gone(out({ search: 'reset पूजा वर्मा' }), ['पूजा वर्मा']);
    gone(out({ q: 'refund สุดา วงศ์ใหญ่' }), ['สุดา วงศ์ใหญ่']);
    gone(out({ searchTerm: 'invoice خالد الزهراني' }), ['خالد الزهراني']);
    const cn = out({ keyword: '订单 王建华 sso' });
    gone(cn, ['王建华']);
  });

  it('hides it in a URL query and in a quoted search of a text line', () => {
    gone(text('GET /api/search?q=invoice%20%E6%9D%BE%E6%9C%AC%E6%81%B5%E5%AD%90&page=2 200'), ['松本恵子', '%E6%9D%BE%E6%9C%AC%E6%81%B5%E5%AD%90']);
    gone(text('GET /api/search?query=order+Ольга+Смирнова HTTP/1.1'), ['Ольга', 'Смирнова']);
    const line = text('agent lookup search: "invoice 松本恵子" hits=3');
    gone(line, ['松本恵子']);
    kept(line, ['hits=3', 'invoice']);
    gone(text('support search q="lookup Игорь Волков order 5521"'), ['Игорь Волков']);
  });

  it('keeps searches for things written in those scripts', () => {
    kept(out({ query: 'wireless 耳机' }), ['wireless 耳机']);
    kept(out({ query: 'iphone 케이스' }), ['iphone 케이스']);
    kept(out({ q: 'size 42 운동화' }), ['size 42 운동화']);
    kept(out({ query: 'email 서비스 login' }), ['email 서비스 login']);
    kept(text('GET /search?q=winter%20boots 200'), ['q=winter%20boots']);
  });
});

describe('a family name opening a notification preview', () => {
  it('hides the sender or actor named by the family name alone', () => {
    gone(out({ notification: { title: 'Parcel update', body: 'Schröder: your parcel is at the depot' } }), ['Schröder']);
    gone(out({ aps: { alert: { title: 'New photo', body: 'Takahashi sent you a photo' } } }), ['Takahashi']);
    gone(out({ aps: { alert: { title: 'Your driver', body: 'Okafor is 3 min away' } } }), ['Okafor']);
  });

  it('keeps a preview that opens with a word of the message', () => {
    kept(out({ notification: { title: 'Parcel', body: 'Delivered: your parcel is at the door' } }), ['Delivered']);
    kept(out({ aps: { alert: { title: 'Offer', body: 'Summer sale is 2 days away' } } }), ['Summer sale']);
    kept(out({ notification: { title: 'Reminder', body: 'Payment sent you a receipt' } }), ['Payment']);
  });
});

describe('a phone number used as the user handle', () => {
  it('pseudonymises an international number under user as a phone', () => {
    expect(text('login ok user=4917612345678 channel=app')).toMatch(/user=<phone:k1:[0-9a-f]{20}> channel=app/);
    expect(text('session user="3361234567890" opened')).not.toContain('3361234567890');
    expect(out({ user: '4917612345678' })).toMatch(/<phone:k1:/);
  });

  it('keeps a millisecond timestamp or a short account number there', () => {
    kept(text('user=1764878400123 ts'), ['1764878400123']);
    kept(out({ user: '1764878400123' }), ['1764878400123']);
  });
});

describe('a secret written in brackets after its name', () => {
  it('redacts the bracketed value', () => {
    gone(text('config DB_PASSWORD (v7-Quill-88x) loaded'), ['v7-Quill-88x']);
    gone(text('using password (marmot42z) for admin'), ['marmot42z']);
    gone(text('retry with password [Lantern#91q] rejected'), ['Lantern#91q']);
    gone(text('admin password <Qv8!trellis> rejected'), ['Qv8!trellis']);
    gone(text('client_secret (Zp4kQ9wLm2Xv7Rt3) for app billing'), ['Zp4kQ9wLm2Xv7Rt3']);
  });

  it('keeps a bracketed remark after a credential word', () => {
    const o = text('password (optional) not set; password [hidden]; reset password (via email) sent');
    kept(o, ['(optional)', '[hidden]', '(via email)']);
    kept(text('api key (deprecated) removed'), ['(deprecated)']);
    kept(text('password <redacted> rejected'), ['<redacted>']);
  });
});

describe('residual classes from the development splits', () => {
  it('reads Spanish street names joined by "de las" / "de los"', () => {
    const o = text('vivo en Calle de los Olivos 14, 2º A, 41001 Sevilla');
    gone(o, ['Olivos 14']);
    gone(text('entrega en Paseo de las Moreras 9, 28014 Madrid'), ['Moreras 9']);
  });

  it('reads the US terrace abbreviation as a street type and a CRM street field as an address', () => {
    gone(text('delivered at 412 W Birchwood Ter today'), ['Birchwood']);
    gone(out({ MailingStreet: '412 W Birchwood Ter', MailingCity: 'Dayton' }), ['Birchwood']);
    gone(out({ BillingStreet: 'Apartment 4, Harrow Court' }), ['Harrow Court']);
    kept(out({ streetFood: 'tacos' }), ['tacos']);
  });

  it('reads given names written with a capitalised prefix (DeAndre, LaToya)', () => {
    gone(text('review flagged: "Arrived broken. Call me — DeAndre Whitfield" order ORD-1'), ['DeAndre', 'Whitfield']);
    gone(text('payment PX1 to "LaToya Brennan-Ames" GB33BUKB20201555555555 amount=GBP 10'), ['LaToya', 'Brennan-Ames']);
    kept(text('built with JavaScript and LaTeX on DevOps runners'), ['JavaScript', 'LaTeX', 'DevOps']);
  });

  it('hides a Chilean RUT under its key', () => {
    gone(text('applicant ok rut=9.876.543-3 status=PENDING'), ['9.876.543-3']);
    gone(out({ rut: '9.876.543-3' }), ['9.876.543-3']);
  });

  it('hides a value logged after the identity field a validation names', () => {
    gone(text('validation ok field=my_number value=5518 2290 7741 customer=cus_1'), ['5518 2290 7741', '5518']);
    kept(text('validation ok field=quantity value=12 sku=A-1'), ['value=12']);
  });
});

describe('a name in a script without capitals among job arguments beside an email address', () => {
  it('hides it in a printed args list and in a record', () => {
    gone(text('INFO: start class=WelcomeMailerJob args=["qx@example.net", "周文静"]'), ['周文静']);
    gone(out({ class: 'WelcomeMailerJob', args: ['qx@example.net', '이수민'] }), ['이수민']);
    gone(out({ class: 'WelcomeMailerJob', args: ['qx@example.net', 'نورة الشمري'] }), ['نورة الشمري']);
  });

  it('keeps such words when no contact sits beside them', () => {
    kept(out({ class: 'DigestJob', args: ['周报', 'weekly'] }), ['周报']);
  });
});

describe('an Arabic street line that opens with its street word', () => {
  it('hides it up to the postcode without a cue before it', () => {
    const o = text('[2026-03-01 10:00:00] production.WARNING: checkout failed {"userId":77,"shipping":"شارع الأمير سلطان، حي النزهة، جدة 23545","code":23000}');
    gone(o, ['الأمير سلطان', '23545']);
    kept(o, ['"userId":77', '"code":23000']);
    gone(text('deliver: طريق الملك عبدالله، حي الملقا، الرياض 13521'), ['الملك عبدالله']);
  });

  it('keeps a street word in a sentence without a postcode', () => {
    kept(text('تم إغلاق شارع التجارة للصيانة'), ['شارع التجارة']);
  });
});

describe('an Indian street named by initials', () => {
  it('hides the line with its city and PIN code', () => {
    gone(text('body="ログインできません。14 JM Road, Pune 411005"'), ['JM Road', 'Pune 411005']);
    gone(text('deliver at 3B SV Road, Mumbai - 400058 after 6pm'), ['SV Road', '400058']);
  });

  it('keeps initials before a road word without a PIN code', () => {
    kept(text('test run 12 CI Road checks passed'), ['12 CI Road']);
  });
});
