import { describe, expect, it } from 'vitest';
import { gone, scrubbedString, scrubber } from './helpers.js';

// Personal fields written as text pairs under keys of other scripts, names of any script under
// name keys, parties to a contract, self-introductions in chat, the logins of experiment trackers
// and notebook hubs, and organisations under keys that people fill as well.

const s = scrubber();
const out = (value: unknown): string => scrubbedString(s, value);

describe('text pairs under a Japanese, Chinese or Korean personal key', () => {
  it('the whole name, blank included, up to the next pair', () => {
    const ja = out('crm INFO 顧客を更新しました: 氏名=山田 花子 電話=090-1234-5678 住所=東京都港区芝公園4-2-8');
    gone(ja, '山田', '花子', '090-1234-5678');
    expect(ja).toContain('顧客を更新しました: 氏名=');
    expect(ja).toMatch(/ 電話=<phone:/);
    const ko = out('crm INFO 등록 완료 성명=김 서연 이메일=seoyeon@example.org');
    gone(ko, '김 서연', '서연');
    const zh = out('order saved 收货人=王 建国 手机号=13812345678');
    gone(zh, '王 建国', '建国');
    const hangul = out('sync ok 이름=박 지민 status=done');
    gone(hangul, '박 지민', '지민');
    expect(hangul).toContain('status=done');
  });

  it('keeps pairs whose key names a thing', () => {
    const text = out('catalog 商品名=抹茶ラテ 数量=2 店舗=渋谷');
    expect(text).toContain('商品名=抹茶ラテ');
    expect(text).toContain('数量=2');
  });
});

describe('a quoted name under a namespaced name key in logfmt', () => {
  it('in any script', () => {
    const text = out('level=INFO msg="assertion ok" attrs.displayName="דוד לוי" attrs.dept=R&D user.displayName="Ольга Петрова" saml.cn="Παύλος Γεωργίου" session=_ab12');
    gone(text, 'דוד', 'Ольга', 'Петрова', 'Παύλος');
    expect(text).toContain('attrs.dept=R&D');
  });
  it('keeps the display name of a thing', () => {
    const text = out('level=INFO attrs.appDisplayName="Expense Portal" role.displayName="Release Managers"');
    expect(text).toContain('Expense Portal');
    expect(text).toContain('Release Managers');
  });
});

describe('the parties to a contract', () => {
  it('a name of any script under party, counterparty and signer keys', () => {
    const text = out({ properties: { party: '陈静', counterparty: 'Ингрид Соловьёва', first_party: 'राहुल गुप्ता', signer: 'Mehmet Öz' } });
    gone(text, '陈静', 'Ингрид', 'राहुल', 'Mehmet');
    const nested = out({ object: JSON.stringify({ class: 'Deal', properties: { party: '张伟', counterparty: 'Kofi Mensah' } }) });
    gone(nested, '张伟', 'Kofi');
  });
  it('keeps a company', () => {
    const text = out({ party: 'Globex GmbH', counterparty: 'Initrode Holdings Ltd', party_type: 'organisation', signatory: 'Hooli Inc.' });
    expect(text).toContain('Globex GmbH');
    expect(text).toContain('Initrode Holdings Ltd');
    expect(text).toContain('Hooli Inc.');
    expect(text).toContain('organisation');
  });
});

describe('a self-introduction before a name in another script', () => {
  it('in several languages', () => {
    const cases: Array<[string, string[]]> = [
      ['Olá, sou 이서준 e meu celular é novo.', ['이서준']],
      ['Hola, soy Дмитрий Козлов y vivo aquí.', ['Дмитрий']],
      ['Bonjour, je suis 王芳, merci.', ['王芳']],
      ['Hallo, ich bin محمد العلي und brauche Hilfe.', ['محمد']],
      ["Hi, I'm אורי כהן — call me back.", ['אורי']],
      ['Ciao, sono 佐藤 健, grazie.', ['佐藤 健']],
      ['Hoi, ik ben प्रिया शर्मा.', ['प्रिया']],
      ['Dzień dobry, jestem Ганна Шевченко.', ['Ганна']],
    ];
    for (const [line, parts] of cases) gone(out({ content: line }), ...parts);
  });
  it('keeps what is not a name', () => {
    expect(out({ content: 'Sou cliente desde 2019.' })).toContain('Sou cliente desde 2019.');
    expect(out({ content: 'Ich bin 30 Jahre alt.' })).toContain('Ich bin 30 Jahre alt.');
  });
});

describe('the user tag of an experiment tracker', () => {
  it('a login under mlflow.user and wandb.user', () => {
    const text = out({ tags: { 'mlflow.user': 'oskarlind', 'mlflow.runName': 'brave-fox-12' }, config: { 'wandb.user': 'ana_ribeiro' } });
    gone(text, 'oskarlind', 'ana_ribeiro');
    expect(text).toContain('brave-fox-12');
  });
  it('keeps a system account', () => {
    expect(out({ tags: { 'mlflow.user': 'root' } })).toContain('root');
  });
});

describe("a JupyterHub user's OAuth client and service names", () => {
  it('the login after jupyterhub-user-', () => {
    const text = out('302 GET /hub/api/oauth2/authorize?client_id=jupyterhub-user-tomas_berg&state=x 1.2ms');
    gone(text, 'tomas_berg');
    expect(text).toContain('client_id=jupyterhub-user-');
    const dotted = out('token issued to jupyterhub-user-ines.moura for scope access:servers');
    gone(dotted, 'ines.moura');
    expect(dotted).toContain('for scope access:servers');
  });
});

describe('an organisation under a customer or tenant key', () => {
  it('stays when a business word or legal form ends it', () => {
    const text = out({ customer: 'Acme Insurance', tenant: 'Initech Logistics', account_owner: 'Umbrella Holdings', org: 'Stark Labs', client: 'Vandelay Industries Ltd' });
    for (const v of ['Acme Insurance', 'Initech Logistics', 'Umbrella Holdings', 'Stark Labs', 'Vandelay Industries Ltd']) expect(text).toContain(v);
  });
  it('a person under the same keys still goes', () => {
    const text = out({ customer: 'Maria Jensen', tenant: 'Erik Holm', payer: 'Jon Banks' });
    gone(text, 'Maria Jensen', 'Erik Holm', 'Jon Banks');
  });
});
