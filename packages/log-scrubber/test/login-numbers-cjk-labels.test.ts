import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const text = (t: string): string => s.scrubText(t);

describe('numbers under login keys', () => {
  it('a phone number used as the login is pseudonymised as a phone', () => {
    const out = text('auth ok username=79035551234 via app');
    expect(out).not.toContain('79035551234');
    expect(out).toMatch(/username=<phone:k1:[0-9a-f]{20}>/);
    expect(text('login=+447700900123&remember=on')).toMatch(/login=<phone:k1:[0-9a-f]{20}>/);
    expect(text('session opened for user="07700900456"')).not.toContain('07700900456');
  });

  it('a phone number as a structured login is pseudonymised as a phone', () => {
    expect(s.scrub({ auth: { username: '447700900789' } })).toEqual({ auth: { username: expect.stringMatching(/^<phone:k1:[0-9a-f]{20}>$/) } });
  });

  it('a 7+ digit account number as the login is pseudonymised', () => {
    const out = text('auth failed login=48213377 reason=bad_password');
    expect(out).not.toContain('48213377');
  });

  it('switches and short numbers of a sign-in form stay', () => {
    expect(text('GET /signin?login=1&next=/home')).toContain('login=1');
    expect(text('username=0 remember=true')).toContain('username=0');
    expect(text('login=true')).toContain('login=true');
    expect(text('username: "730418"')).toContain('730418');
  });
});

describe('compound CJK keys in text', () => {
  it('a key that ends in a personal field name takes its value', () => {
    const jp = text('顧客氏名=高橋 美咲');
    expect(jp).not.toContain('高橋');
    expect(jp).toMatch(/^顧客氏名=<name:k1:[0-9a-f]{20}>$/);
    const kr = text('고객성명=박서윤 확인');
    expect(kr).not.toContain('박서윤');
    expect(kr).toContain('고객성명=');
    expect(text('受取人氏名: 中村 結衣')).not.toContain('中村');
    expect(text('고객 성명: 윤하린')).toMatch(/^고객 성명: <name:k1:[0-9a-f]{20}>$/);
    expect(text('고객주소=서울특별시 종로구 세종대로 175')).not.toContain('세종대로 175');
  });

  it('an honorific still marks a name', () => {
    expect(text('高橋様 から連絡')).not.toContain('高橋');
    expect(text('中村氏が確認')).not.toContain('中村');
  });
});

describe('Hangul nouns after a cue are not names', () => {
  it('keeps ordinary nouns before a colon', () => {
    for (const t of ['고객 등록: 완료', '고객 결제: 실패', '고객 상담: 시작', '고객 주문 배송: 지연', '고객 시스템 오류: 재시도']) {
      expect(text(t)).toBe(t);
    }
  });

  it('still takes a name after the cue', () => {
    expect(text('고객 최지우: 환불 요청')).not.toContain('최지우');
    expect(text('상담원 한예린: 확인했습니다')).not.toContain('한예린');
  });
});
