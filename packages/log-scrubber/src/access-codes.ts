/**
 * Codes that open a physical place: a building's door or gate, an intercom, a key box left for a
 * guest, a parcel locker's compartment. Couriers, hosts and guests write them into chat messages,
 * delivery notes and listings ("door code 4821", "домофон 6534", "chave no cofre código 4847"), and
 * locker controllers log the pickup code. Whoever reads one walks in or takes the parcel, so a few
 * digits are enough to be a credential here, but only right after the word that names them:
 * "door code changed 3 times" and "gate 12" stay.
 */
import { wordAlternation } from './word-trie.js';

const SP = String.raw`[ \t]`;
// Words in scripts with spaces between words: taken only as whole words.
const SPACED_WORDS = [
  // English: the thing opened, then `code`/`pin`/`combination`.
  String.raw`(?:front${SP}?door|door|gate|entry|entrance|intercom|buzzer|garage|lobby|key${SP}?box|key${SP}?safe|lock${SP}?box|padlock|pick-?up|parcel|locker)${SP}?(?:code|pin|combo|combination)`,
  // A key box or key safe by itself: what follows is how it opens.
  String.raw`key${SP}?box|key${SP}?safe|lock${SP}?box`,
  // German, Dutch and the Scandinavian compounds.
  String.raw`(?:haust[üu]r|t[üu]r|tor|zugangs|eingangs|klingel|schl[üu]ssel(?:kasten|box|safe|tresor)|abhol|deur|poort|toegangs|sleutelkluis|ophaal|d[öo]rr|port)code|schl[üu]ssel(?:kasten|box|safe|tresor)|sleutelkluis`,
  // French.
  String.raw`digicode|code${SP}(?:de${SP}la${SP}|du${SP}|de${SP}l['’]|d['’]|de${SP})?(?:porte|portail|immeuble|interphone|entr[ée]e|b[âa]timent|retrait|bo[îi]te${SP}[àa]${SP}cl[ée]s)|bo[îi]te${SP}[àa]${SP}cl[ée]s`,
  // Spanish and Portuguese: `código del portal`, `código da porta`, `cofre código`, `senha do portão`.
  String.raw`(?:c[óo]digo|clave|senha)${SP}(?:d[eoa]l?${SP}(?:la${SP})?)?(?:portal|puerta|port[óo]n|portero|edificio|caja(?:${SP}de${SP}llaves)?|entrada|recogida|retiro|cofre|port[ãa]o|porta|pr[ée]dio|caixa(?:${SP}de${SP}chaves)?|interfone)|(?:cofre|caja${SP}de${SP}llaves|caixa${SP}de${SP}chaves)(?:${SP}(?:c[óo]digo|senha|clave|code))?`,
  // Italian.
  String.raw`codice${SP}(?:del(?:la)?${SP}|dell['’]|d['’])?(?:portone|cancello|porta|citofono|ingresso|ritiro|cassetta)`,
  // Polish.
  String.raw`kod${SP}(?:do${SP})?(?:drzwi|bramy|domofonu|klatki|odbioru|wej[śs]cia|skrytki)`,
  // Russian and Ukrainian: the intercom itself (`домофон 6534`) or the code of a door or entrance.
  String.raw`домофон[а-яё]{0,3}|код${SP}(?:от${SP})?(?:двери|подъезда|під'їзду|домофона|калитки|ворот|замка)`,
  // Turkish.
  String.raw`(?:kap[ıi]|bina|site|d[ıi][şs]${SP}kap[ıi])${SP}(?:[şs]ifresi|kodu)`,
];
// Japanese, Korean and Chinese write the words without spaces around them.
const UNSPACED_WORDS = [
  '暗証番号', 'オートロック番号', 'オートロック', 'キーボックス', 'ドアコード', '解錠番号',
  '공동현관', '현관', '도어락', '출입문', '대문',
  '门禁密码', '門禁密碼', '门禁码', '門禁碼', '门禁', '門禁', '开门密码', '開門密碼', '大门密码', '大門密碼', '取件码', '取件碼', '取货码', '取貨碼', '钥匙盒', '鑰匙盒',
];
// What may stand between the word and the code: a verb ("is", "es", "ist"), a colon, a particle.
const BETWEEN = String.raw`(?:${SP}(?:is|ist|lautet|est|es|é|был|:))?${SP}?[:=：]?${SP}?["'(]?(?:${SP}?(?:비밀번호|비번|번호)(?:는|은)?)?(?:は|の番号は|는|은|为|為|是)?${SP}?`;
// Three to eight digits, an optional `#` (typed on a keypad), and no more digits or a unit after them.
const CODE = String.raw`(\d{3,8})#?(?![\w-]|[.,:/]\d|${SP}?(?:times|time|x|attempts|tries|mal|fois|veces|vezes|volte|раз)\b)`;

const ACCESS_CODE = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}_])(?:${SPACED_WORDS.join('|')})(?![\p{L}])|(?:${wordAlternation(UNSPACED_WORDS)}))${BETWEEN}${CODE}`,
  'giu',
);
// A bare "Code 47786" counts after words that place it at an entrance: ringing, a floor, a wing of
// the building ("Bitte klingeln bei …, Hinterhaus, Code 47786").
const ENTRANCE_WORDS = /(?<![\p{L}])(?:klingeln|klingel|hinterhaus|vorderhaus|seitenfl[üu]gel|treppenhaus|etage|stockwerk|doorbell|apartment|wohnung|sonnez|sonner|étage|b[âa]timent|piso|andar)(?![\p{L}])/iu;
const BARE_CODE = /(?<![\p{L}\p{N}_])(?:code|c[oó]digo|codice|kod|код)[ \t]?[:=]?[ \t]?(\d{4,8})#?(?![\w-]|[.,:/]\d)/giu;

/** Cheap test before {@link accessCodeSpans}. */
export const ACCESS_CODE_HINT =
  /code|pin(?![a-z])|combo|key ?(?:box|safe)|lock ?box|c[óo]digo|clave|senha|cofre|caja|caixa|codice|kod|schl[üu]ssel|sleutelkluis|bo[îi]te|домофон|код|[şs]ifre|暗証番号|オートロック|キーボックス|ドアコード|解錠番号|공동현관|현관|도어락|출입문|대문|门禁|門禁|开门|開門|大门|大門|取件|取货|取貨|钥匙盒|鑰匙盒/i;

/** Spans `[start, end)` of codes that open a door, gate, key box or locker; undefined when none. */
export function accessCodeSpans(text: string): Array<readonly [number, number]> | undefined {
  if (text.length > 8192) return undefined;
  let spans: Array<readonly [number, number]> | undefined;
  ACCESS_CODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ACCESS_CODE.exec(text)) !== null) {
    const start = m.index + m[0].length - m[1]!.length;
    (spans ??= []).push([start, start + m[1]!.length]);
  }
  BARE_CODE.lastIndex = 0;
  while ((m = BARE_CODE.exec(text)) !== null) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (!ENTRANCE_WORDS.test(text.slice(Math.max(lineStart, m.index - 160), m.index))) continue;
    const start = m.index + m[0].indexOf(m[1]!, m[0].length - m[1]!.length - 1);
    (spans ??= []).push([start, start + m[1]!.length]);
  }
  return spans;
}

// The place a code under a key name opens (`pickup_code`, `doorCode`, `lockboxPin`).
const ACCESS_PLACES = new Set(['pickup', 'door', 'frontdoor', 'gate', 'lockbox', 'keybox', 'keysafe', 'intercom', 'buzzer', 'entrance', 'access', 'garage']);
const ACCESS_CODE_WORDS = new Set(['code', 'pin', 'combo', 'combination']);

// Places that also carry a short printed label under the same key names (`gateCode: "B12"`, a
// pick-up point's `pickupCode: "LHR"`, a dock's `door_code: "D4"`). A digicode, a PIN, a
// combination and a key box's code are only ever typed, so letters there are still the code.
const LABELLED_PLACES = new Set(['gate', 'door', 'dock', 'pickup', 'entrance']);

/** Whether a key name's words name a code whose value may instead be a place's label (`gate_code`). */
export function isPlaceLabelName(words: readonly string[]): boolean {
  const n = words.length;
  return n >= 2 && words[n - 1] === 'code' && LABELLED_PLACES.has(words[n - 2]!);
}

/** Whether a key name's words name a code that opens a place (`pickupCode`, `lock_box_code`). */
export function isAccessCodeName(words: readonly string[]): boolean {
  const n = words.length;
  if (n === 1) return words[0] === 'digicode';
  if (!ACCESS_CODE_WORDS.has(words[n - 1]!)) return false;
  const before = words[n - 2]!;
  if (ACCESS_PLACES.has(before)) return true;
  // `lock_box_code`, `key_box_code`, `key_safe_pin`, `front_door_code`.
  return n >= 3 && ACCESS_PLACES.has(words[n - 3]! + before);
}
