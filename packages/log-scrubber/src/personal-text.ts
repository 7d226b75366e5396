import { fieldValueType } from './csv-rows.js';
import type { KeyClass } from './key-names.js';
import type { PersonalDataType } from './options.js';
import { wordAlternation } from './word-trie.js';

/**
 * Personal data in free text found by its shape where no word introduces it: phone numbers in
 * national formats (a trunk `0` and grouped digits: `070-5499-9411`, `06.23.39.62.27`,
 * `0151 19165265`, `079-897 39 05`) and street addresses, whose street-type words differ by
 * language: a type after the name in English (`27 Rose Street`), a type before it in Romance and
 * Slavic languages (`Via Roma 12`, `Rua do Ouro, 221`, `ul. Piękna 7/2`), a type fused into the
 * name in Germanic ones (`Hauptstraße 5`, `Nørrebrogade 45`, `14 Keizersgracht`).
 */

// Mobile numbers written without groups: French 06/07 and eight digits, and the eleven digits of UK,
// Nigerian and Indian mobiles after their trunk 0 (`07795751426`).
const MOBILE_RUN_SOURCE = String.raw`0[67]\d{8}|0[6-9]\d{9}`;
/** A whole digit run that is such a mobile number. */
export const MOBILE_RUN = new RegExp(`^(?:${MOBILE_RUN_SOURCE})$`);
/**
 * A German mobile number as Germans write it (`0151 2345 6789`, `0176 23456789`): the trunk `0`, a
 * mobile prefix of the 015x, 016x or 017x ranges and seven or eight subscriber digits in groups.
 * Grouped four by four it is also the shape of a national id, and is read as one first. Only the
 * grouped form counts: an ungrouped run starting 01… is a record type and an account as often.
 */
export const DE_MOBILE = /^01(?:5[1-9]|6\d|7\d)(?:[ /-]?\d){7,8}$/;

/**
 * A national number with its trunk prefix: `0`, a non-zero digit, then two to five groups split by
 * one space, dash, dot or slash; and the national forms that need no trunk `0` but have a layout of
 * their own: Chinese mobiles (`138 0013 8000`), Russian `8 (912) 345-67-89`, Brazilian
 * `(11) 91234-5678`, Italian mobiles (`346 9371459`). Ungrouped runs (`07795751426`) are ids as often as phones and count only after
 * a word about phoning (the scanner's own detector).
 */
export const NATIONAL_PHONE = String.raw`(?<![\w+.,:/-])(?<tphone>0[1-9]\d{0,4}(?:[ .\/-]\d{2,8}){1,5}|1[3-9]\d[ -]\d{4}[ -]\d{4}|8[ ]?\(\d{3}\)[ ]?\d{3}-\d{2}-\d{2}|8[ -]\d{3}[ -]\d{3}[ -]\d{2}[ -]\d{2}|\(\d{2}\)[ ]?9?\d{4}-\d{4}|3[1-9]\d[ ]\d{6,7}|${MOBILE_RUN_SOURCE})(?![\w-]|[.,:\/]\d)`;
/**
 * Cheap test before {@link NATIONAL_PHONE}: where one of its forms can start. Chinese, Japanese
 * and Korean write no blank between a word and a number (`電話番号は090-…`), so a CJK character
 * or full-width punctuation may come right before it.
 */
export const NATIONAL_PHONE_HINT = /(?:^|[\s=("'[\u3000-\u30FF\u3400-\u9FFF\uAC00-\uD7AF\uFF01-\uFF65])(?:0[1-9]|1[3-9]\d[ -]\d{4}|8[ (-]{1,2}\d|\(\d\d\)[ ]?9?\d{4}-|3[1-9]\d \d{6}|0[6-9]\d{8})/;

/** Whether a trunk-prefixed candidate is a phone: 9–12 digits, and not a date (`01.02.2026 10`). */
export function nationalPhone(candidate: string): boolean {
  let digits = 0;
  for (let i = 0; i < candidate.length; i++) {
    const c = candidate.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits < 9 || digits > 12) return false;
  return !/^\d{1,2}([./-])\d{1,2}\1(?:19|20)\d\d\b/.test(candidate);
}

// A house number that is a version, a year or a decimal is a product's ("Windows Server 2019", "Node 18.2").
const NOT_A_VERSION = String.raw`(?!(?:19|20)\d\d(?![\dA-Za-z])|\d{1,5}[.,]\d)`;
const UPPER = String.raw`A-Z\u00C0-\u00DE\u0100-\u017F`;
const LOWER = String.raw`a-z\u00DF-\u00FF\u0100-\u017F`;
const WORD = String.raw`[${UPPER}][${LOWER}'\u2019]{1,24}`;
const HOUSE = String.raw`\d{1,5}[A-Za-z]?(?:[\/-]\d{1,4}[A-Za-z]?)?`;
// Flat, floor and door after the number: ", 1º C", ", 6. B", ", 2. tv", " - apto 126".
// Danish lines write the ground floor `st.` and the basement `kl.`, with or without the side (`st. tv`).
// Spanish and Catalan doors are a side (`izq.`, `dcha.`, `B`) or a number of their own (`3º 2ª`).
const UNIT = String.raw`(?:,[ \t]?(?:\d{1,2}(?:º|ª|°|\.)[ \t]?(?:(?:izq|izda|dcha|dreta|esq)\.?|[A-Za-z]{1,3}|\d{1,2}[ºª])|(?:st|kl)\.(?:[ \t](?:tv|th|mf))?)(?![\w])|[ \t]?-[ \t]?(?:apto|apt|ap|dpto|piso|bloco|casa|sala)\.?[ \t]?\d{1,5}[A-Za-z]?)?`;

// English street types, written after the street's name. Types that are also common words of
// interfaces and reports ("3 Grid View", "2 Lime Green", "12 Review Row") are left out.
const EN_TYPES = [
  'Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Lane', 'Ln', 'Walk', 'Way', 'Drive', 'Boulevard', 'Blvd', 'Court',
  'Place', 'Terrace', 'Close', 'Crescent', 'Gardens', 'Square', 'Grove', 'Parade', 'Mews', 'Highway', 'Parkway',
  'Dr', 'Ct', 'Pkwy', 'Hwy', 'Circle', 'Ter', 'Terr',
];
// Street types fused to the end of the name (German, Dutch, Scandinavian, Finnish).
const FUSED_TYPES = [
  'straße', 'strasse', 'str.', 'gasse', 'weg', 'platz', 'allee', 'gracht', 'straat', 'laan', 'plein', 'kade', 'singel',
  'gade', 'gatan', 'vägen', 'vej', 'veien', 'gata', 'gränd', 'torget', 'katu', 'väylä',
];
// Street types written before the name (Italian, Portuguese, Spanish, Catalan, French, Polish, German "Am").
const PREFIX_TYPES = [
  'Via', 'Viale', 'Vicolo', 'Corso', 'Piazza', 'Piazzale', 'Largo', 'Rua', 'Avenida', 'Av.', 'Travessa', 'Calle', 'C/',
  'Carrer', 'Passeig', 'Paseo', 'Plaza', 'Avinguda', 'Avda.', 'Plaça', 'Travessera', 'Carretera', 'Camino', 'Rue', 'Boulevard', 'Chemin', 'Impasse', 'Allée', 'Quai', 'ul.', 'ulica',
  'al.', 'Aleja', 'pl.', 'Am', 'An der', 'Auf der', 'Rambla', 'Ronda', 'Praça', 'Alameda', 'Estrada', 'Strada',
];
// A particle with what separates it from the next word: a space, or the apostrophe of an elision
// ("d'Italia"). The separator is part of it so that "della" has one reading only ("del" + "la"
// without a space would make a long run of particles backtrack exponentially).
const NAME_PARTICLE = String.raw`(?:(?:de|da|do|das|dos|del|della|dei|di|la|las|los|le|les|des|du|van|von|der|den|het|ten|ter)[ \t]|[dDlL]['\u2019])`;
// French and Belgian addresses put the number first and the type in lower case ("12 rue de la Paix").
const FR_TYPES = ['rue', 'Rue', 'avenue', 'boulevard', 'bd', 'chemin', 'allée', 'place', 'impasse', 'quai', 'route', 'cours'];

// Street types written as a word of their own after the name, before the number ("Berliner Straße 12",
// "Kossuth Lajos utca 12", "Nevsky Prospekt 28").
const WORD_TYPES = ['Straße', 'Strasse', 'Str.', 'Allee', 'Weg', 'Platz', 'Gasse', 'Prospekt', 'utca', 'út', 'tér'];
// Finnish types, only after the name (a number-first "3 …tie" is too often another word).
const FI_TYPES = ['tie', 'polku', 'kuja', 'raitti', 'kaari', 'rinne'];
// US lines: directions, ordinal street names and the unit ("118 E 21st St Apt 4B", "… Ave NW").
const US_WORD = String.raw`(?:${WORD}|[NSEW]\.?|\d{1,3}(?:st|nd|rd|th))`;
// The city, the state's USPS code and the ZIP code may follow, after the unit if there is one
// ("1200 Oak Dr, Apt 28B, Austin, TX 78704").
const US_CITY = String.raw`(?:,[ \t]${WORD}(?:[ \t]${WORD}){0,2},[ \t][A-Z]{2}[ \t]\d{5}(?:-\d{4})?)`;
const US_TAIL = String.raw`(?:[ \t](?:NW|NE|SW|SE|N|S|E|W)\.?)?(?:,?[ \t](?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|#)\.?[ \t]?#?[A-Za-z0-9-]{1,6})?${US_CITY}?`;
const END = String.raw`(?![\w\u00C0-\u017F])`;
// Russian and Ukrainian: "ул. Тверская, д. 7, кв. 12".
const CYR_TYPES = ['ул.', 'улица', 'пр.', 'пр-т', 'проспект', 'пер.', 'переулок', 'ш.', 'шоссе', 'бул.', 'бульвар', 'наб.', 'набережная', 'пл.', 'площадь', 'вул.', 'вулиця'];
const CYR_STREET = String.raw`${wordAlternation(CYR_TYPES)}[ \t]?[\u0410-\u042F\u0401][\u0430-\u044F\u0451-]{1,30}(?:[ \t][\u0410-\u044F\u0401\u0451-]{2,30}){0,2},?[ \t](?:д\.[ \t]?|дом[ \t])?\d{1,4}[а-я]?(?:,?[ \t](?:кв\.|корп\.|стр\.|к\.)[ \t]?\d{1,4})*`;
// Japanese: prefecture, city and ward, then block numbers ("東京都新宿区西新宿2-8-1").
const JP_STREET = String.raw`[\u4E00-\u9FFF]{1,4}[都道府県][\u4E00-\u9FFF\u3040-\u30FF]{1,20}?\d{1,4}(?:[-\u2212\uFF0D]\d{1,4}){1,3}|[\u4E00-\u9FFF]{1,6}[市区町村][\u4E00-\u9FFF\u3040-\u30FF]{1,15}?\d{1,4}(?:丁目|[-\u2212\uFF0D])\d{1,4}(?:[-\u2212\uFF0D番]\d{1,4}号?)?`;
// Korean road-name addresses: district, then a road ending in 로/길 and its number.
const KR_STREET = String.raw`(?:[\uAC00-\uD7AF]{2,10}(?:특별시|광역시|특별자치시|특별자치도|도)[ \t])?(?:[\uAC00-\uD7AF]{1,10}(?:시|구|군)[ \t]){0,2}[\uAC00-\uD7AF0-9]{1,20}(?:로|길)[ \t]?\d{1,5}(?:-\d{1,4})?`;
// Chinese: a road, lane or alley and its number ("世纪大道100号").
const CN_STREET = String.raw`[\u4E00-\u9FFF]{2,30}?(?:路|街|大道|大街|巷|弄|胡同)\d{1,5}(?:号|號)(?:\d{1,5}室)?`;

// Turkish: neighbourhood, avenue or street, then `No:` and the door (`D:`), then postcode and
// district/city ("Cumhuriyet Mah. No:97 D:20, 56799 Konak/İzmir").
const TR_TYPES = ['Mah.', 'Mahallesi', 'Cad.', 'Cd.', 'Caddesi', 'Sok.', 'Sokak', 'Sokağı', 'Sk.', 'Bulvarı', 'Blv.'];
const TR_STREET = String.raw`(?:${WORD}[ \t]){1,2}${wordAlternation(TR_TYPES)}(?:[ \t]${WORD}[ \t]${wordAlternation(TR_TYPES)})?[ \t]No[:.][ \t]?\d{1,5}[A-Za-z]?(?:[ \t]D[:.][ \t]?\d{1,4})?(?:,[ \t]\d{5}[ \t][${UPPER}][${LOWER}]{1,24}(?:\/[${UPPER}][${LOWER}]{1,24})?)?${END}`;

// Danish streets are often named without a type word (`Strøget`, `Lille Torv`, `Toldboden`); the
// floor and side after the number (`1. tv` left, `2. th` right, `3. mf` middle, `st.` ground floor,
// `kl.` basement) and the four-digit postcode before the town make the line.
const DK_FLOOR = String.raw`(?:\d{1,2}\.|st\.|kl\.)(?:[ \t](?:tv|th|mf|\d{1,3}))?`;
const DK_STREET = String.raw`${WORD}(?:[ \t]${WORD}){0,2}[ \t]${HOUSE},[ \t]?${DK_FLOOR}(?=,[ \t]\d{4}[ \t][${UPPER}])`;

// Indian lines: a plot, house, flat or door number (`Plot 80`, `House No. 156`, `H.No. 4-5-66`,
// `Flat No. A-402`, `Door No. 7/12`), then building, locality and city as comma-separated runs of
// capitalised words (`Green Park Apartments`, `Salt Lake Sector V`, `2nd Cross Street`), then the
// six-digit PIN code, sometimes grouped `400 097` or after a dash.
const IN_PREMISES = String.raw`(?:(?:Plot|House|Flat|Door|Villa|Shop|Quarter|Qtr\.|H\.|D\.)(?:[ \t]?(?:No\.?|Number|#))?|#)`;
const IN_NUMBER = String.raw`(?:[A-Z]{1,2}-?)?\d{1,5}[A-Za-z]?(?:[\/-]\d{1,4}[A-Za-z]?){0,2}`;
const IN_WORD = String.raw`[A-Z0-9\u00C0-\u00DE][\w\u00C0-\u017F.'\u2019&-]{0,30}`;
/** An Indian address line (see above), also read after an address word or question in text. */
export const IN_STREET = String.raw`${IN_PREMISES}[ \t]?${IN_NUMBER}(?:,[ \t]?${IN_WORD}(?:[ \t]${IN_WORD}){0,4}){1,5}(?:,?[ \t]?[-\u2013][ \t]?|,?[ \t])[1-9]\d{2}[ \t]?\d{3}(?![\w])`;

// Indian localities are named by a block, sector, phase, layout or stage of a planned area
// (`Salt Lake Sector 5`, `HSR Layout`, `Jayanagar 4th Block`, `Rajaji Nagar`): a house or flat number
// (often `12/3`), such a locality and, after a comma, the city and the six-digit PIN code make a line
// without a premises word. The locality word is required, so "12 Items Processed, Batch 560001" stays.
const IN_LOCALITY_TYPES = ['Block', 'Sector', 'Phase', 'Layout', 'Nagar', 'Stage', 'Colony', 'Extension', 'Enclave', 'Vihar', 'Cross', 'Main'];
const IN_LOCALITY_STREET = String.raw`\d{1,4}[A-Za-z]?(?:[\/-]\d{1,4}[A-Za-z]?){0,2},?[ \t](?:${IN_WORD}[ \t]){0,3}${wordAlternation(IN_LOCALITY_TYPES)}(?:[ \t]\d{1,3}[A-Za-z]?)?(?:,[ \t]?${IN_WORD}(?:[ \t]${IN_WORD}){0,3}){1,3}(?:,?[ \t]?[-\u2013][ \t]?|,?[ \t])[1-9]\d{2}[ \t]?\d{3}(?![\w])`;

// English street types written before the number, as the Gulf states and much of Europe write
// English lines (`Harbour Road 7, 2nd floor, Jumeirah`): only with a comma after the number, a
// floor or flat after it if there is one, and the district closing the line.
const EN_NAME_FIRST = String.raw`(?:${WORD}[ \t]){1,3}(?:Street|Road|Avenue|Lane|Boulevard|Drive)[ \t]${NOT_A_VERSION}\d{1,5}[A-Za-z]?(?:,[ \t]\d{1,2}(?:st|nd|rd|th)[ \t](?:[Ff]loor|[Ff]l\.?))?(?:,[ \t](?:(?:Flat|Apt\.?|Apartment|Unit|Suite)[ \t]\d{1,5}[A-Za-z]?))?(?=,[ \t]${WORD})(?:,[ \t]${WORD}(?:[ \t]${WORD}){0,2})(?=[ \t]*(?:["'.;)\n]|$))`;

// Malaysian lines put the type first (`Jalan`, `Lorong`, `Persiaran`, `Lebuh`, a housing estate's
// `Taman`), the house or unit before it and a five-digit postcode and town after it
// ("Unit 5, 22 Jalan Ampang, 50450 Kuala Lumpur"). Only with the postcode: `Jalan` alone is a word.
const MY_TYPES = ['Jalan', 'Jln', 'Jln.', 'Lorong', 'Lrg.', 'Persiaran', 'Lebuh', 'Lebuhraya', 'Taman', 'Tmn.'];
const MY_STREET = String.raw`(?:(?:Flat|Apt\.?|Unit|Lot|No\.?)[ \t]?\d{1,5}[A-Za-z]?(?:-\d{1,4})?,[ \t])?(?:${HOUSE},?[ \t])?${wordAlternation(MY_TYPES)}[ \t]${WORD}(?:[ \t](?:${WORD}|\d{1,3}[A-Za-z]?(?:\/\d{1,3}[A-Za-z]?)?)){0,4}(?:,[ \t]${WORD}(?:[ \t]${WORD}){0,3}){0,2},[ \t]\d{5}[ \t]${WORD}(?:[ \t]${WORD}){0,2}${END}`;

// Dutch types that also come first ("Laan van Meerdervoort").
const NL_PREFIX_TYPES = ['Laan', 'Plein', 'Kade', 'Dijk', 'Singel'];
// A street's name after its type: particles and up to three capitalised words ("de la Constitución").
const NAME_PARTS = String.raw`${NAME_PARTICLE}*${WORD}(?:[ \t]${NAME_PARTICLE}*${WORD}(?:-${WORD})?){0,2}`;
// Streets named after a date in Portuguese and Spanish ("Rua XV de Novembro", "Calle 9 de Julio"):
// a day or a roman numeral, then `de` and the month's name.
const DATE_NAME = String.raw`(?:[IVXL]{1,5}|\d{1,2}º?)[ \t]de[ \t]`;
// Brazilian lines go on with the neighbourhood, the city, the state and the CEP
// ("… 246 - Centro, Curitiba - PR, 80020-310").
const BR_TAIL = String.raw`(?:[ \t]-[ \t]${NAME_PARTS},[ \t]${NAME_PARTS}[ \t]-[ \t][A-Z]{2}(?:,[ \t]\d{5}-?\d{3})?)?`;

// The postcode and town after a street line (`, 04109 Leipzig`, `, 3511 AE Utrecht`, `, D-80331 München`),
// and the district letter of a Danish town (`1620 København V`, `8000 Aarhus C`, `5230 Odense M`).
const POSTAL_TAIL = String.raw`(?:,[ \t](?:[A-Z]{1,2}-)?(?:\d{4,5}|\d{2}-\d{3}|\d{3}[ \t]\d{2})(?:[ \t][A-Z]{2})?[ \t][${UPPER}][${LOWER}]{1,30}(?:[ -][${UPPER}][${LOWER}]{1,30})?(?:[ \t](?:[NS][ØVE]|[CKMNSVØ]))?${END})`;

// Words before where a person lives or a delivery was left.
// Words that number parts of a system, a building or a document rather than a street.
const NUMBERED_THINGS = ['Level', 'Node', 'Version', 'Floor', 'Room', 'Suite', 'Unit', 'Step', 'Stage', 'Port', 'Slot', 'Rack', 'Gate', 'Block', 'Building', 'Row', 'Line', 'Page', 'Section', 'Chapter', 'Phase', 'Tier', 'Zone', 'Region', 'Shard', 'Partition', 'Index', 'Offset', 'Position', 'Rank', 'Layer', 'Build', 'Release', 'Revision', 'Day', 'Week', 'Month', 'Year', 'Hour', 'Minute', 'Table', 'Column', 'Cluster', 'Worker', 'Instance', 'Replica', 'Terminal', 'Platform', 'Track', 'Lane', 'Desk', 'Bay', 'Window', 'Counter', 'Station', 'Sector', 'Area', 'Ward', 'Bed', 'Cell', 'Box', 'Locker', 'Cabin', 'Seat', 'Pier', 'Dock', 'Hangar', 'Hall', 'Wing', 'Tower'];
const RESIDENCE_CUE = String.raw`(?:[Nn]eighbou?r at|[Ll]iv(?:es|ing) at|[Rr]esid(?:es|ing) at|[Ww]oonachtig(?: aan| op)?|[Ww]ohnhaft(?: in| an der| am)?)`;
// Where the writer of a chat message is waiting, before the street line: "I'm at", "wait at",
// Spanish "estoy en", Portuguese "estou na", French "je suis au", German "ich bin am" and the rear
// courtyard or building of a Berlin block ("Hinterhof", "Hinterhaus"), Russian "я у" / "жду у
// подъезда:" (at the entrance), Hindi "मैं … पर" (I am at), Arabic "أنا في" (I am in).
const PLACE_CUE = String.raw`(?:I['\u2019]m at|I am at|[Ww]ait(?:ing)? (?:at|outside)|[Ee]stoy en|[Ee]stou n[ao]|[Jj]e suis (?:au|à|à la|devant le)|[Ii]ch bin (?:am|an der|in der|im)|[Ii]ch warte (?:am|an der|vor der)|Hinterhof|Hinterhaus|[Яя] у|[Жж]ду (?:у|возле)(?:[ \t][\u0430-\u044F\u0451]{2,20})?:?|\u092E\u0948\u0902|\u0623\u0646\u0627 \u0641\u064A)`;
// Either cue: what follows is a place where a person is.
const PLACE_OR_RESIDENCE_CUE = String.raw`(?:${RESIDENCE_CUE}|${PLACE_CUE})`;

/** A street line: house number and street, in the word orders above. */
export const STREET = String.raw`(?<![\w\u00C0-\u017F])(?<street>(?:${[
  String.raw`(?:(?:Flat|Apt\.?|Apartment|Unit|Suite)[ \t]\d{1,5}[A-Za-z]?,?[ \t])?${HOUSE}[ \t](?:${US_WORD}[ \t]){1,3}${wordAlternation(EN_TYPES)}\.?${US_TAIL}${END}`,
  String.raw`${HOUSE}[ \t][${UPPER}][${LOWER}]{1,30}${wordAlternation(FUSED_TYPES)}${END}`,
  String.raw`[${UPPER}][${LOWER}]{1,30}(?:${wordAlternation(FUSED_TYPES)}|${wordAlternation(FI_TYPES)})[ \t]${HOUSE}${UNIT}${END}`,
  // German streets named after people join the words and the type with hyphens ("Max-Planck-Straße 3").
  String.raw`(?:${WORD}[ \t-]){1,3}${wordAlternation(WORD_TYPES)}[ \t]${HOUSE}${UNIT}${END}`,
  String.raw`${wordAlternation([...PREFIX_TYPES, ...NL_PREFIX_TYPES])}[ \t](?:${DATE_NAME})?${NAME_PARTS},?[ \t]${HOUSE}${UNIT}${BR_TAIL}${END}`,
  // The number first: "9 Laan van Nieuw Oost-Indië", "12 Via Roma".
  String.raw`${HOUSE}[ \t]${wordAlternation([...PREFIX_TYPES, ...NL_PREFIX_TYPES])}[ \t]${NAME_PARTS}${END}`,
  String.raw`${HOUSE}(?:[ \t](?:bis|ter))?,?[ \t]${wordAlternation(FR_TYPES)}[ \t](?:${NAME_PARTICLE})*${WORD}(?:[ \t](?:${NAME_PARTICLE})?${WORD}){0,2}${END}`,
  // No type word ("Lange Voorhout 8"): two or three capitalised words and a number right after words
  // saying someone lives there or a parcel was left there. One word is too often a thing ("lives
  // at Level 3", "neighbour at Node 12").
  String.raw`(?<=${PLACE_OR_RESIDENCE_CUE}[ \t])(?!${wordAlternation(NUMBERED_THINGS)}[ \t])${WORD}(?:[ \t]${WORD}){1,2}[ \t]${NOT_A_VERSION}${HOUSE}${UNIT}${END}`,
  // One word and a number there (`Reeperbahn 21`, `Kurfürstendamm 9`) only when the clause ends
  // after it, and not a word that numbers parts of a system or a document (`Level 3`, `Version 2`).
  String.raw`(?<=${PLACE_OR_RESIDENCE_CUE}[ \t])(?!${wordAlternation(NUMBERED_THINGS)}[ \t])[${UPPER}][${LOWER}]{3,24}[ \t]${NOT_A_VERSION}${HOUSE}(?=[;,.]?(?:[ \t"'\n]|$)|[;,]|$)(?![ \t]{1,2}[${LOWER}\d])`,
  // An Indian line without its PIN code, only there: the cue says the runs are an address. The same
  // premises-number-comma runs make a UK flat line there ("Flat 9, 41 Harbour Mead").
  String.raw`(?<=${PLACE_OR_RESIDENCE_CUE}[ \t])${IN_PREMISES}[ \t]?${IN_NUMBER}(?:,[ \t]?${IN_WORD}(?:[ \t]${IN_WORD}){0,4}){1,5}${END}`,
  // Indian streets named by initials (`14 JM Road`, `SV Road`) only with the city and the PIN code after them.
  String.raw`${HOUSE}[ \t][A-Z]{2,3}[ \t](?:Road|Rd|Marg|Street|St)\.?,[ \t]?${IN_WORD}(?:[ \t]${IN_WORD}){0,2}(?:,?[ \t]?[-\u2013][ \t]?|,?[ \t])[1-9]\d{2}[ \t]?\d{3}(?![\w])`,
  IN_STREET,
  IN_LOCALITY_STREET,
  EN_NAME_FIRST,
  MY_STREET,
  DK_STREET,
  TR_STREET,
  CYR_STREET,
  JP_STREET,
  KR_STREET,
  CN_STREET,
].join('|')})${POSTAL_TAIL}?)`;

/** Cheap test before {@link STREET}: one of the street-type words (the detector needs the number). */
export const STREET_HINT = new RegExp(
  String.raw`[a-z](?:${wordAlternation([...FUSED_TYPES, ...FI_TYPES])})(?![\w\u00C0-\u017F])|\b(?:${wordAlternation([...EN_TYPES, ...WORD_TYPES])})(?![\w\u00C0-\u017F])|(?:^|[^\w])(?:${wordAlternation([...PREFIX_TYPES, ...NL_PREFIX_TYPES])})[ \t]|\d,?[ \t](?:${wordAlternation(FR_TYPES)})[ \t]|(?:Mah|Cad|Cd|Sok|Sk|Blv)\.[ \t]|Mahallesi|Caddesi|Sokak|Sokağı|Bulvarı|(?:ул|пр|пер|ш|бул|наб|пл|вул)\.|улиц|проспект|переул|шоссе|бульвар|набережн|площад|вулиц|${PLACE_OR_RESIDENCE_CUE} [${UPPER}]|(?:Plot|House|Flat|Door|Villa|Shop|Quarter|Qtr\.|H\.|D\.)(?:[ \t]?(?:No\.?|Number|#))?[ \t]?[A-Z]{0,2}-?\d|\d,[ \t]?(?:\d{1,2}\.|st\.|kl\.)[ ,]|[都道府県市区町村][^\s]{0,20}\d|\b(?:Block|Sector|Phase|Layout|Nagar|Stage|Colony|Extension|Enclave|Vihar|Cross|Main)(?:[ \t]\d{1,3}[A-Za-z]?)?,|[로길][ \t]?\d|[路街道巷弄同]\d|\b(?:Jalan|Jln\.?|Lorong|Lrg\.|Persiaran|Lebuh(?:raya)?|Taman|Tmn\.)[ \t][A-Z]`,
);

// Words naming an identity document or its number, in the languages logs are often written in.
const ID_DOCUMENT_WORDS = [
  'passport', 'passeport', 'pasaporte', 'passaporto', 'paszport', 'reisepass', 'paspoort', 'personalausweis',
  'ausweis', "driver's license", "driver's licence", 'drivers license', 'drivers licence', 'driver license',
  'driving licence', 'führerschein', 'permis de conduire', 'licencia de conducir', 'national id', 'national ID',
  'national identity', 'identity card', 'id card', 'ID card', 'ID number', 'id number', 'ID no', 'identity number',
  'document number', 'document no', 'personal id', 'personal number', 'personal code', 'citizen id', 'tax id',
  'carte d’identité', "carte d'identité", 'cédula', 'documento de identidad', "carta d'identità", 'dowód osobisty',
  // Plurals and abbreviations: "passports: …", the German `Pass-Nr.`, Korean 여권(번호).
  'passports', 'travel document', 'Pass-Nr.', 'Passnummer', '여권', '여권번호', '여권번호는',
];
/**
 * A document number after a word naming the document ("passport number C01X00T47", "national ID:
 * 7781-2290-1134", "my passport number is C01X00T47"): letters and digits, dashes, dots or slashes between; at least six characters
 * and two digits (checked by {@link idDocumentNumber}), so "passport check 3 of 5" stays.
 */
export const ID_DOCUMENT = String.raw`(?<![\w\u00C0-\u017F])(?<idctx>${wordAlternation(ID_DOCUMENT_WORDS, true)}(?:[ \t-]?(?:[Nn]o\.?|N[Rr]\.?|[Nn]r\.?|[Nn]umber|[Nn]ummer|#|[Nn]um[ée]ro|[Nn]úmero))?(?:[ \t](?:is|es|est|ist|was))?[ \t]{0,2}[:=#]?[ \t]{0,3})(?<idval>[A-Z0-9](?:[A-Z0-9]|[./-](?=[A-Z0-9])){4,24})(?![\w-])`;

/** Whether a token after an identity-document word is a document number. */
export function idDocumentNumber(value: string): boolean {
  let digits = 0;
  let alnum = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) alnum++;
  }
  return digits >= 2 && alnum >= 6;
}

// Postal codes after their word (not the bare abbreviations that are also other words: CP, CAP): US ZIP(+4), UK, Canada, the Netherlands, Poland, Brazil, and the
// four-to-six-digit codes of most other countries.
const POSTCODE_WORDS = [
  'zip', 'ZIP', 'zip code', 'zipcode', 'ZIP code', 'postcode', 'post code', 'postal code', 'POSTCODE', 'PLZ',
  'postleitzahl', 'code postal', 'CEP', 'código postal', 'codigo postal', 'kod pocztowy', 'postnummer', 'postinumero',
];
export const POSTCODE = String.raw`(?<![\w\u00C0-\u017F])(?<pcctx>${wordAlternation(POSTCODE_WORDS, true)}[ \t]{0,2}[:=#]?[ \t]{0,3})(?<pc>[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|\d{4}[ \t]?[A-Z]{2}|\d{2}-\d{3}|\d{5}-\d{3,4}|\d{4,6})(?![\w-])`;

// An age given of a person ("aged 47", "a 34-year-old", "47 years old"): not `max-age`, not "age 12s".
// "invoices aged 90 days" is the age of a thing: a unit of time after the number keeps it.
export const AGE = String.raw`(?<![\w-])(?:(?<agectx>[Aa]ged[ \t])(?<age>\d{1,3})(?!\d|[ \t]?(?:ms|[smhdw]\b|sec|min|hour|day|week|month))|(?<age2>\d{1,3})(?=[ -]years?[ -]old\b))`;

// A bank account number after its word ("acct 0012345678", "Kontonr. 1234567890"): eight or more digits.
export const ACCOUNT = String.raw`(?<![\w\u00C0-\u017F])(?<acctx>${wordAlternation(['acct', 'account', 'a/c', 'bank account', 'kontonr.', 'kontonummer', 'konto', 'compte', 'cuenta', 'conta', 'rekening', 'rachunek'], true)}(?:[ \t]?(?:[Nn]o\.?|[Nn]r\.?|[Nn]umber|#|[Nn]um\.?|[Nn]º))?[ \t]{0,2}[:=#]?[ \t]{0,3})(?<acct>\d(?:[ -]?\d){7,29})(?![\w-])`;

/** Cheap test for the detectors above. */
export const PERSONAL_CONTEXT_HINT =
  /pass|여권|pasa|pasz|ausweis|licen[cs]e|führerschein|permis|identi|national id|id (?:card|number|no)|document n|travel doc|personal (?:id|number|code)|citizen|tax id|c[ée]dula|dowód|zip|post|plz|\bcep\b|c[oó]digo|kod poczt|aged |years? old|year-old|acct|account|a\/c|konto|compte|cuenta|conta|rekening|rachunek/i;

// Path segments that hold an account's name: `/users/jane.doe`, `/u/priya_k`, `/@mkowalski`, and
// profile URLs of social networks. `/account/orders` is a page of one's own account, and code hosts
// (`github.com/bitinn/node-fetch` in a user agent) name projects' owners, not log subjects.
// A network's host is a whole label: `hooks.globex.com/…` is a customer's host, not x.com.
const URL_USER_PREFIX = String.raw`\/(?:users?|profiles?|members?|u|authors?)\/|\/@|(?<![\w-])(?:twitter|x|instagram|facebook)\.com\/|(?<![\w-])linkedin\.com\/in\/`;
export const URL_USER = String.raw`(?<upre>${URL_USER_PREFIX})(?<uname>[A-Za-z][A-Za-z0-9._-]{1,38}[A-Za-z0-9])(?=[\/?#\s"'&,;)]|$)`;
export const URL_USER_HINT = new RegExp(`(?:${URL_USER_PREFIX})[A-Za-z]`);

// A digest written with its algorithm (OpenSSH's `SHA256:<43 base64>`, SRI's `sha512-<base64>`):
// base64 holds `/`, so `…/u/Kd…` inside it reads like a profile path while it names a key or content.
const DIGEST_TOKEN = /^(?:SHA(?:1|224|256|384|512)|sha(?:1|224|256|384|512)|MD5|md5)[:-][A-Za-z0-9+/]{20,88}={0,2}$/;
const DIGEST_CHAR = /[A-Za-z0-9+/=:-]/;

/** Whether the text from `start` to `end` lies inside an algorithm-prefixed digest token. */
export function insideDigest(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < 100 && DIGEST_CHAR.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < 100 && DIGEST_CHAR.test(text[to]!)) to++;
  return DIGEST_TOKEN.test(text.slice(from, to));
}

// Route words and placeholders that follow the same prefixes and name no one.
const ROUTE_WORDS = new Set([
  'me', 'self', 'current', 'search', 'new', 'edit', 'settings', 'login', 'logout', 'register', 'signup', 'signin', 'profile',
  'list', 'all', 'admin', 'count', 'export', 'import', 'bulk', 'batch', 'stats', 'index', 'lookup', 'find', 'query',
  'filter', 'create', 'update', 'delete', 'exists', 'active', 'inactive', 'recent', 'top', 'invite', 'invites', 'verify',
  'reset', 'password', 'avatar', 'preferences', 'notifications', 'sessions', 'tokens', 'roles', 'groups', 'permissions',
  'details', 'summary', 'public', 'private', 'anonymous', 'guest', 'default', 'followers', 'following', 'orgs', 'repos',
  'explore', 'trending', 'topics', 'marketplace', 'features', 'pricing', 'about', 'help', 'home', 'api', 'v1', 'v2', 'v3',
  'orders', 'invoices', 'billing', 'payments', 'addresses', 'security', 'subscriptions', 'history', 'activity', 'dashboard',
  'overview', 'messages', 'inbox', 'favorites', 'wishlist', 'cart', 'checkout', 'feed', 'posts', 'comments', 'likes',
  'photos', 'media', 'files', 'uploads', 'friends', 'share', 'sharer', 'intent', 'hashtag', 'status', 'events', 'pages',
  'watch', 'photo', 'video', 'videos', 'reel', 'reels', 'stories', 'p', 'tv', 'search', 'home', 'login', 'dialog',
]);

// Words of the steps of a sign-in flow: hosted login pages put them under `/u/`
// (`/u/mfa-otp-challenge`, `/u/reset-password-request`, `/u/email-verification`). A dashed
// segment with one of them is a page; people's handles do not take these words.
const FLOW_STEP_WORDS = new Set([
  'mfa', 'otp', 'totp', 'sms', 'webauthn', 'passkey', 'passkeys', 'challenge', 'enroll', 'enrollment', 'login', 'logout',
  'signup', 'signin', 'password', 'passwordless', 'reset', 'verify', 'verification', 'consent', 'callback', 'recovery',
  'authorize', 'identifier', 'redeem', 'ticket',
]);

/** Whether a path segment after a user prefix is a person's account name. */
export function urlUser(segment: string, prefix = ''): boolean {
  if (ROUTE_WORDS.has(segment.toLowerCase()) || !/[a-z]/.test(segment)) return false;
  // linkedin.com/in/ holds nothing but members' profiles; LinkedIn appends a run of digits or hex to
  // a taken vanity name (`jane-doe-305a12`), which is still the member's.
  if (prefix.startsWith('linkedin')) return true;
  if (segment.includes('-') && segment.toLowerCase().split('-').some((w) => FLOW_STEP_WORDS.has(w))) return false;
  // Vendor object ids (`cus_9f8A7b6C5d`, `usr_…`), hex and long digit runs are records, not names.
  if (/^[a-z]{2,5}_[A-Za-z0-9]{6,}$/.test(segment) || /^[0-9a-f]{12,}$/i.test(segment) || /\d{5}/.test(segment)) return false;
  return true;
}

// A search DSL field (`"tax_id":{"value":"…"}`, `"full_name":{"query":"…"}`): the object has one
// string under `value` or `query`, and that string is the field's value.
const INNER_QUERY_VALUE = /\{\s*"(?:value|query)"\s*:\s*"((?:[^"\\\n]|\\.){1,200})"/y;

/**
 * The personal value inside a one-field query object at `at` under a field of class `cls`:
 * [text before the value, its type, the value, the end of the value]; undefined when none.
 */
export function innerQueryValue(cls: KeyClass, text: string, at: number): [string, PersonalDataType, string, number] | undefined {
  INNER_QUERY_VALUE.lastIndex = at;
  const m = INNER_QUERY_VALUE.exec(text);
  if (m === null) return undefined;
  const type = fieldValueType(cls, m[1]!);
  if (type === undefined || type === 'secret') return undefined;
  const end = at + m[0].length - 1;
  return [text.slice(at, end - m[1]!.length), type, m[1]!, end];
}
