import { describe, expect, it } from 'vitest';
import { gone, scrubbedString, scrubber } from './helpers.js';

// Names of people in messages and notifications, written in any script: the speaker of a chat
// line, the addressee of a mail greeting, the sender in a push notification's title, a person
// under a role key, a card number after the card word of another language.

const s = scrubber();
const out = (value: unknown): string => scrubbedString(s, value);

describe('the speaker of a pasted chat line (`#channel HH:MM Name: text`)', () => {
  it('in any script', () => {
    const text = out(
      [
        '#ops-bridge 03:12 陳 美玲: db failover done?',
        '#ops-bridge 03:13 Дарья Соколова: yes, replica promoted',
        '#ops-bridge 03:14 박 지훈: confirming from the app side',
        '#ops-bridge Σοφία Αλεξίου: latency back to normal',
        '#ops-bridge 03:15 प्रिया वर्मा: closing the bridge',
        '#ops-bridge [03:16] يوسف الحربي: thanks all',
      ].join('\n'),
    );
    gone(text, '陳 美玲', 'Дарья', 'Соколова', '박 지훈', 'Σοφία', 'Αλεξίου', 'प्रिया', 'يوسف');
    expect(text).toContain('db failover done?');
    expect(text).toContain('#ops-bridge 03:12 ');
  });

  it('a Latin name with letters beyond ASCII', () => {
    const text = out('#ops-bridge 03:17 Maëlys Ó Dálaigh: rolling back now');
    gone(text, 'Maëlys', 'Dálaigh');
    expect(text).toContain('rolling back now');
  });

  it('keeps bot and alert lines of a channel', () => {
    const text = out('#alerts 03:20 Disk Usage: 93% on db-2\n#alerts PagerDuty: incident resolved');
    expect(text).toContain('Disk Usage: 93%');
    expect(text).toContain('PagerDuty: incident resolved');
  });

  it('the customer on the phone', () => {
    const text = out('#support 10:02 agent: customer on the phone is Мирон Белов, callback requested');
    gone(text, 'Мирон', 'Белов');
    const hindi = out('caller on the line is राहुल गुप्ता, wants a refund');
    gone(hindi, 'राहुल');
    const latin = out("customer on the phone is Séamus O'Dwyer, callback later");
    gone(latin, 'Séamus', "O'Dwyer");
  });
});

describe('a greeting in a mail body, in HTML', () => {
  it('in several languages, before a name in any script', () => {
    const cases: Array<[string, string[]]> = [
      ['<p>Hallo Δήμητρα Καραγιάννη,</p><p>Ihr Paket ist unterwegs.</p>', ['Δήμητρα', 'Καραγιάννη']],
      ['<p>Hallo 高橋 健太,</p>', ['高橋 健太']],
      ['<p>Hallo 정 민서,</p>', ['정 민서']],
      ['<p>Hej Anaïs Lefèvre,</p>', ['Anaïs', 'Lefèvre']],
      ['<p>Cześć Zofia Wiśniewska,</p>', ['Zofia', 'Wiśniewska']],
      ['<p>Здравствуйте Тимур Галиев,</p>', ['Тимур', 'Галиев']],
      ['<p>Olá Conceição Araújo,</p>', ['Conceição', 'Araújo']],
      ['<p>尊敬的 赵 磊，您的订单已发货</p>', ['赵 磊']],
    ];
    for (const [html, parts] of cases) gone(out({ html }), ...parts);
  });

  it('keeps greetings to no one and status text in those scripts', () => {
    const ru = out({ html: '<p>Здравствуйте, ваш заказ отправлен.</p><p>Уважаемый клиент, спасибо.</p>' });
    expect(ru).toContain('ваш заказ отправлен');
    expect(ru).toContain('Уважаемый клиент');
    const de = out({ html: '<p>Hallo Welt</p><p>Hallo zusammen,</p>' });
    expect(de).toContain('Hallo Welt');
    expect(de).toContain('Hallo zusammen');
    const ja = out('ステータス: 配送済み。ご注文ありがとうございます。');
    expect(ja).toBe('ステータス: 配送済み。ご注文ありがとうございます。');
    const ru2 = out('статус: заказ отправлен, ожидается доставка');
    expect(ru2).toBe('статус: заказ отправлен, ожидается доставка');
  });
});

describe('the sender named in a notification title', () => {
  it('"X hat Ihnen geschrieben", "X sent you a message" and the like, in any script', () => {
    const cases: Array<[string, string[]]> = [
      ['Дарья Соколова hat Ihnen geschrieben', ['Дарья', 'Соколова']],
      ['Anaïs Lefèvre hat Ihnen geschrieben', ['Anaïs', 'Lefèvre']],
      ['प्रिया वर्मा sent you a message', ['प्रिया', 'वर्मा']],
      ['يوسف الحربي vous a envoyé un message', ['يوسف', 'الحربي']],
      ['Σοφία Αλεξίου te ha enviado un mensaje', ['Σοφία', 'Αλεξίου']],
      ['高橋 健太 liked your photo', ['高橋', '健太']],
      ['Тимур Галиев отправил вам сообщение', ['Тимур', 'Галиев']],
    ];
    for (const [title, parts] of cases) gone(out({ notification: { title, body: 'Neue Nachricht' } }), ...parts);
  });

  it('keeps a title without a person', () => {
    const title = out({ notification: { title: 'Someone sent you a message' } });
    expect(title).toContain('Someone sent you a message');
    const sys = out({ notification: { title: 'Support Team hat Ihnen geschrieben' } });
    expect(sys).toContain('Support Team');
  });
});

describe('a person under a role key in free text, in any script', () => {
  it('paged, oncall, assignee, owner', () => {
    const text = out('[pager] incident=OPS-77 paged=陳 美玲 <mei.chen@example.net> oncall=Дарья Соколова assignee=박 지훈 owner=Σοφία Αλεξίου status=ack');
    gone(text, '陳 美玲', '美玲', 'Дарья', 'Соколова', '박 지훈', '지훈', 'Σοφία', 'Αλεξίου');
    expect(text).toContain('incident=OPS-77');
    expect(text).toContain('status=ack');
  });

  it('keeps rotations and teams under those keys', () => {
    const text = out('paged=payments-primary oncall=sre-rotation owner=platform');
    expect(text).toBe('paged=payments-primary oncall=sre-rotation owner=platform');
  });
});

describe('a card number after the card word of another language', () => {
  it('Russian, Greek, Japanese, Chinese, Korean, Turkish', () => {
    const card = '4929420573595709';
    for (const line of [
      `Клиент: «Не проходит оплата, карта ${card} отклонена»`,
      `Η κάρτα ${card} απορρίφθηκε`,
      `カード番号 ${card} が拒否されました`,
      `信用卡 ${card} 支付失败`,
      `카드 ${card} 결제 실패`,
      `Müşteri: kart ${card} reddedildi`,
    ]) {
      expect(out(line)).not.toContain(card);
    }
  });
});
