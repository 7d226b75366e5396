/**
 * Names in scripts without capitals, found beside other words of a search query. A Latin or
 * Cyrillic name shows itself by its capitals; Han, Hangul, Arabic, Devanagari or Thai do not, so
 * what marks a name there is its shape: a Han or Hangul run that opens with a common family name,
 * or two or three words of one such script in a query otherwise written in Latin letters or digits
 * (a support agent typing `sso login <name>` or `invoice <name>`).
 */

// The commonest Chinese family names (written alone before a given name of one or two characters).
const CHINESE_FAMILY = new Set(
  '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金廖贾賈夏韦韋付傅方邹鄒孟熊秦邱江尹薛闫閻段雷侯郝龚龔邵严嚴覃戴莫孔汤湯'.split(''),
);
// Japanese family names are mostly two characters (then one or two of the given name).
const JAPANESE_FAMILY = new Set([
  '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '渡邊', '山本', '中村', '小林', '加藤', '吉田', '山田', '山口', '松本',
  '井上', '木村', '斎藤', '斉藤', '清水', '山崎', '池田', '橋本', '阿部', '石川', '山下', '中島', '石井', '小川', '前田',
  '岡田', '藤田', '後藤', '近藤', '村上', '遠藤', '青木', '坂本', '福田', '太田', '西村', '藤井', '金子', '岡本', '藤原',
  '中野', '三浦', '原田', '中川', '松田', '竹内', '小野', '田村', '中山', '和田', '石田', '森田', '上田', '内田', '柴田',
  '酒井', '宮崎', '横山', '高木', '安藤', '宮本', '大野', '小島', '谷口', '今井', '工藤', '高田', '増田', '丸山', '杉山',
  '村田', '大塚', '新井', '小山', '平野', '藤本', '河野', '上野', '野口', '武田', '松井', '千葉', '岩崎', '菅原', '木下',
  '久保', '佐野', '野村', '松尾', '菊地', '杉本', '市川', '大西', '島田', '水野', '桜井', '高野', '吉川', '山内', '西田',
]);
// Korean family names: one syllable before a given name of two (김민준), or the two-syllable ones.
const KOREAN_FAMILY = new Set(
  '김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉'.split(''),
);
const KOREAN_DOUBLE_FAMILY = new Set(['남궁', '황보', '제갈', '선우', '독고', '사공', '서문']);
// Words of a search that open with a family-name syllable and are no one's name.
const KOREAN_WORDS = new Set([
  '서비스', '이메일', '이벤트', '고객님', '신청서', '주문서', '한국어', '배송지', '배송비', '구매자', '정기권', '장바구니',
  '전화번호', '비밀번호', '고객센터', '문의사항', '결제수단', '주소록', '조회수', '안내문', '공지사항', '이용권', '이용약관',
  '신용카드', '영수증', '선물함', '정보를', '계정을', '유효기간', '배송중', '취소됨', '환불금', '인증서', '인증번호',
]);

const HAN = /^[\u4E00-\u9FFF\u3005]{2,4}$/;
const HANGUL = /^[\uAC00-\uD7AF]{3,4}$/;
// Scripts whose names are written as blank-separated words without capitals.
const SPACED_SCRIPTS = ['Arabic', 'Hebrew', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Myanmar', 'Georgian', 'Ethiopic', 'Khmer'].map(
  (name) => new RegExp(String.raw`^[\p{sc=${name}}\p{M}]{2,20}$`, 'u'),
);
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

function hanName(word: string): boolean {
  if (!HAN.test(word)) return false;
  if (word.length <= 3 && CHINESE_FAMILY.has(word[0]!)) return true;
  return word.length >= 3 && JAPANESE_FAMILY.has(word.slice(0, 2));
}

/** Whether Han written with a blank (`佐藤 花子`, `王 伟`) opens with a common family name. */
export function spacedHanFamily(value: string): boolean {
  const family = value.split(/[ \u3000]/)[0]!;
  return family.length === 1 ? CHINESE_FAMILY.has(family) : JAPANESE_FAMILY.has(family) || (family.length === 2 && CHINESE_FAMILY.has(family[0]!));
}

function hangulName(word: string): boolean {
  if (!HANGUL.test(word) || KOREAN_WORDS.has(word)) return false;
  return word.length === 3 ? KOREAN_FAMILY.has(word[0]!) : KOREAN_DOUBLE_FAMILY.has(word.slice(0, 2));
}

function spacedScript(word: string): number {
  return SPACED_SCRIPTS.findIndex((re) => re.test(word));
}

/**
 * The span of a name written in a script without capitals inside a search query that also holds
 * Latin words or digits: a Han or Hangul word opening with a family name, or two or three
 * consecutive words of one other such script. Longer runs of such words are a sentence, not a name.
 */
export function uncasedNameSpan(query: string): readonly [number, number] | undefined {
  if (query.length > 200 || !LATIN_OR_DIGIT.test(query)) return undefined;
  const words: { start: number; end: number; script: number }[] = [];
  for (const m of query.matchAll(/[^ ]+/g)) words.push({ start: m.index, end: m.index + m[0].length, script: spacedScript(m[0]) });
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const word = query.slice(w.start, w.end);
    if (hanName(word) || hangulName(word)) return [w.start, w.end];
    if (w.script < 0) continue;
    let j = i;
    while (j + 1 < words.length && words[j + 1]!.script === w.script) j++;
    if (j - i >= 1 && j - i <= 2) return [w.start, words[j]!.end];
    i = j;
  }
  return undefined;
}

const HAN_OR_HANGUL_NAME = /^(?:[\u4E00-\u9FFF\u3005]{2,4}|[\uAC00-\uD7AF]{2,4})$/;

/**
 * Whether a whole value is a full name written without capitals: a Han or Hangul run of two to four
 * characters, or two or three words of one spaced script. Only where the place already says a
 * person is meant (beside their email address), since such words are as often ordinary ones.
 */
export function uncasedFullName(value: string): boolean {
  if (value.length > 60) return false;
  if (HAN_OR_HANGUL_NAME.test(value)) return true;
  const words = value.split(' ');
  if (words.length < 2 || words.length > 3) return false;
  const script = spacedScript(words[0]!);
  return script >= 0 && words.every((w) => spacedScript(w) === script);
}

// Capitalised words of Cyrillic, Greek or Armenian: the cased scripts besides Latin.
const CASED_SCRIPT_WORD = /^[\p{sc=Cyrillic}\p{sc=Greek}\p{sc=Armenian}]{2,30}$/u;
const CASED_SCRIPT_CAPITAL = /^\p{Lu}[^\p{Lu}]+$/u;
// Japanese and Chinese written with a blank between family and given name (`高橋 直子`).
const SPACED_HAN_NAME = /^[\u4E00-\u9FFF\u3005\u3040-\u30FF]{1,4}[ \u3000][\u4E00-\u9FFF\u3005\u3040-\u30FF]{1,4}$/;

/**
 * Whether a whole value is a full name in a script other than Latin: a name written without
 * capitals (see {@link uncasedFullName}), Han with a blank between its parts, or two to four
 * capitalised Cyrillic, Greek or Armenian words. For places that already say a person stands there
 * (a check-in, an order's recipient, a mailbox's holder).
 */
export function foreignFullName(value: string): boolean {
  if (value.length > 60) return false;
  if (uncasedFullName(value) || SPACED_HAN_NAME.test(value)) return true;
  const words = value.split(' ');
  return words.length >= 2 && words.length <= 4 && words.every((w) => w.split('-').every((part) => CASED_SCRIPT_WORD.test(part) && CASED_SCRIPT_CAPITAL.test(part)));
}
