import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

// Personal data under names that carry a namespace or sit one step away from their value: an
// identity provider's prefixed claim names, a SAML attribute and its value element, an ORM's
// bound parameters printed after the statement.

const s = scrubber();
const out = (value: unknown): string => {
  const r = s.scrub(value);
  return typeof r === 'string' ? r : JSON.stringify(r);
};

describe('claim names with a namespace prefix', () => {
  it('takes the class of the name after the prefix', () => {
    const text = out({ claims: { sub: 'a1b2', 'cognito:username': 'Orlen Vashti', 'custom:full_name': 'Mireth Oskarn', 'ext:dob': '1979-02-14' } });
    expect(text).not.toContain('Orlen');
    expect(text).not.toContain('Mireth');
    expect(text).not.toContain('1979-02-14');
  });

  it('keeps the prefixed name itself, and word-built field names of sixteen characters or more', () => {
    const text = out({ 'cognito:username': 'Orlen Vashti', processingTimeMS: 41, 'custom:tenant': 'north-eu', renderDurationMS: 12 });
    expect(text).toContain('"cognito:username"');
    expect(text).toContain('"processingTimeMS":41');
    expect(text).toContain('"renderDurationMS":12');
    expect(text).toContain('"custom:tenant":"north-eu"');
  });

  it('still hides a random-looking key', () => {
    const text = out({ TuWOlOqXTGrAtDkvOLpgvCNkl: 1 });
    expect(text).not.toContain('TuWOlOqXTGrAtDkvOLpgvCNkl');
  });
});

describe('a SAML attribute statement printed in a log line', () => {
  it('hides the value of a person attribute, by its Name', () => {
    const text = out('saml assertion <saml:Attribute Name="displayName"><saml:AttributeValue>Orlen Vashti</saml:AttributeValue></saml:Attribute><saml:Attribute Name="surname"><saml:AttributeValue xsi:type="xs:string">Скворцова</saml:AttributeValue></saml:Attribute>');
    expect(text).not.toContain('Orlen');
    expect(text).not.toContain('Скворцова');
    expect(text).toContain('Name="displayName"');
  });

  it('keeps the value of an attribute that is not about a person', () => {
    const text = out('<saml:Attribute Name="groups"><saml:AttributeValue>Finance Admins</saml:AttributeValue></saml:Attribute><Attribute Name="role"><AttributeValue>Billing Viewer</AttributeValue></Attribute>');
    expect(text).toContain('Finance Admins');
    expect(text).toContain('Billing Viewer');
  });
});

describe('bound parameters printed as params=[…] after the statement', () => {
  it('gives each value the class of the column its placeholder is set to', () => {
    const text = out('prisma:query UPDATE "public"."Member" SET "theme" = $1, "birth_date" = $2 WHERE "id" = $3 params=["kettle","1983-07-29","mem_77"] duration=12ms');
    expect(text).not.toContain('1983-07-29');
    expect(text).toContain('"kettle"');
    expect(text).toContain('"mem_77"');
  });

  it('keeps a date bound to a column that is not a birth date', () => {
    const text = out('prisma:query UPDATE "Invoice" SET "due" = $1 WHERE "id" = $2 params=["2024-03-01","inv_5"]');
    expect(text).toContain('2024-03-01');
  });
});

describe('a search query that is a person\'s full name', () => {
  it('hides a given name and surname typed into a search parameter, encoded or not', () => {
    const algolia = out({ msg: 'index search', params: 'query=Lucia%20Verhaegen&hitsPerPage=10', nbHits: 3 });
    expect(algolia).not.toContain('Verhaegen');
    expect(algolia).toContain('hitsPerPage=10');
    const url = out('GET /admin/customers?q=Oskar+de+Wendt&page=2 200');
    expect(url).not.toContain('Wendt');
    expect(url).toContain('page=2');
  });

  it('hides a name in a non-Latin script, written percent-encoded', () => {
    const cyr = out({ params: `query=${encodeURIComponent('Зоя Кирсанова')}&page=0` });
    expect(cyr).not.toContain(encodeURIComponent('Кирсанова'));
    const han = out({ params: `query=${encodeURIComponent('周晓岚')}&page=0` });
    expect(han).not.toContain(encodeURIComponent('周晓岚'));
  });

  it('keeps searches for things', () => {
    for (const q of ['query=winter%20boots&page=1', 'q=Harbour+Lights&page=2', 'search=blue', 'q=Order%20Service']) {
      expect(out({ params: q })).toContain(q);
    }
  });
});

describe('the sender written before a message in a push notification', () => {
  it('hides the sender of a chat message preview, in any script', () => {
    const fcm = out({ provider: 'fcm', body: { notification: { title: 'New reply', body: 'Yorick Pallamar: see you at noon?' } } });
    expect(fcm).not.toContain('Yorick');
    expect(fcm).toContain('see you at noon?');
    const apns = out({ aps: { alert: { title: 'Chat', body: 'Ульяна Стрелкова: отправила фото' } } });
    expect(apns).not.toContain('Стрелкова');
    const hangul = out({ notification: { title: 'Message', body: '한예린: 곧 도착해요' } });
    expect(hangul).not.toContain('한예린');
  });

  it('keeps a notification whose heading is not a person', () => {
    for (const body of ['Flash Sale: 30% off boots', 'Order Update: shipped today', 'Reminder: your plan renews', 'New Order: #4412 placed']) {
      expect(out({ notification: { title: 'Shop', body } })).toContain(body);
    }
  });
});

describe('a writer introducing themselves after a greeting, in more languages', () => {
  const intro = (body: string): string => out({ ticket: { locale: 'xx', body } });

  it('Swedish and Dutch: the phrase before the name', () => {
    expect(intro('Hej, jag heter Vendla Åkerlind. Jag kan inte logga in.')).not.toContain('Åkerlind');
    expect(intro('Hallo, met Joost Brinkhorst. Ik kan niet inloggen.')).not.toContain('Brinkhorst');
  });

  it('Korean and Japanese: the name before the copula, after a greeting', () => {
    const ko = intro('안녕하세요, 남궁솔입니다. 비밀번호를 잊었어요.');
    expect(ko).not.toContain('남궁솔');
    expect(ko).toContain('비밀번호를 잊었어요');
    expect(intro('안녕하세요, Dara Okonkwo입니다. 로그인이 안 돼요.')).not.toContain('Okonkwo');
    expect(intro('お世話になっております。森本千尋です。パスワードを忘れました。')).not.toContain('森本千尋');
  });

  it('Hindi and Arabic: "I am" after a greeting', () => {
    expect(intro('नमस्ते, मैं दीपिका चौहान हूँ। पासवर्ड भूल गई।')).not.toContain('चौहान');
    expect(intro('नमस्ते, मैं Ishaan Mehra हूँ। पासवर्ड भूल गया।')).not.toContain('Mehra');
    expect(intro('مرحبا، أنا رنا الشمري. نسيت كلمة المرور.')).not.toContain('الشمري');
  });

  it('keeps what follows a greeting when it is not a name', () => {
    for (const body of ['مرحبا، أنا لا أستطيع الدخول.', 'Hallo, met vriendelijke groet', '안녕하세요, 결제 문의입니다.']) {
      expect(intro(body)).toContain(body);
    }
  });
});

describe('an address written into Chinese, Japanese or Korean text without blanks', () => {
  it('finds the address between ideographs, also after a number the scanner took before it', () => {
    const zh = out('请拨打+86 139 5550 1234或发邮件到lin.qiao@example.net联系我。');
    expect(zh).not.toContain('lin.qiao@example.net');
    expect(zh).toContain('联系我');
    const ja = out('連絡先は0312345678、またはm.sato@example.jpまで');
    expect(ja).not.toContain('m.sato@example.jp');
  });
});
