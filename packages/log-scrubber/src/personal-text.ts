import { wordAlternation } from './word-trie.js';

/**
 * Personal data in free text found by its shape where no word introduces it: phone numbers in
 * national formats (a trunk `0` and grouped digits: `070-5499-9411`, `06.23.39.62.27`,
 * `0151 19165265`, `079-897 39 05`) and street addresses, whose street-type words differ by
 * language: a type after the name in English (`27 Rose Street`), a type before it in Romance and
 * Slavic languages (`Via Roma 12`, `Rua do Ouro, 221`, `ul. Piękna 7/2`), a type fused into the
 * name in Germanic ones (`Hauptstraße 5`, `Nørrebrogade 45`, `14 Keizersgracht`).
 */

/**
 * A national number with its trunk prefix: `0`, a non-zero digit, then two to five groups split by
 * one space, dash, dot or slash. Ungrouped runs (`07795751426`) are ids as often as phones and
 * count only after a word about phoning (the scanner's own detector).
 */
export const NATIONAL_PHONE = String.raw`(?<![\w+.,:/-])(?<tphone>0[1-9]\d{0,4}(?:[ .\/-]\d{2,8}){1,5})(?![\w-]|[.,:\/]\d)`;

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

const UPPER = String.raw`A-Z\u00C0-\u00DE\u0100-\u017F`;
const LOWER = String.raw`a-z\u00DF-\u00FF\u0100-\u017F`;
const WORD = String.raw`[${UPPER}][${LOWER}'\u2019]{1,24}`;
const HOUSE = String.raw`\d{1,5}[A-Za-z]?(?:[\/-]\d{1,4}[A-Za-z]?)?`;
// Flat, floor and door after the number: ", 1º C", ", 6. B", ", 2. tv", " - apto 126".
const UNIT = String.raw`(?:,[ \t]?\d{1,2}(?:º|ª|°|\.)[ \t]?[A-Za-z]{1,3}(?![\w])|[ \t]?-[ \t]?(?:apto|apt|ap|dpto|piso|bloco|casa|sala)\.?[ \t]?\d{1,5}[A-Za-z]?)?`;

// English street types, written after the street's name. Types that are also common words of
// interfaces and reports ("3 Grid View", "2 Lime Green") are left out.
const EN_TYPES = [
  'Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Lane', 'Ln', 'Walk', 'Way', 'Drive', 'Boulevard', 'Blvd', 'Court',
  'Place', 'Terrace', 'Close', 'Crescent', 'Gardens', 'Square', 'Row', 'Grove', 'Parade', 'Mews', 'Highway', 'Parkway',
];
// Street types fused to the end of the name (German, Dutch, Scandinavian, Finnish).
const FUSED_TYPES = [
  'straße', 'strasse', 'str.', 'gasse', 'weg', 'platz', 'allee', 'gracht', 'straat', 'laan', 'plein', 'kade', 'singel',
  'gade', 'gatan', 'vägen', 'vej', 'veien', 'gata', 'gränd', 'torget', 'katu', 'väylä',
];
// Street types written before the name (Italian, Portuguese, Spanish, Catalan, French, Polish, German "Am").
const PREFIX_TYPES = [
  'Via', 'Viale', 'Vicolo', 'Corso', 'Piazza', 'Piazzale', 'Largo', 'Rua', 'Avenida', 'Av.', 'Travessa', 'Calle', 'C/',
  'Carrer', 'Passeig', 'Paseo', 'Plaza', 'Rue', 'Boulevard', 'Chemin', 'Impasse', 'Allée', 'Quai', 'ul.', 'ulica',
  'al.', 'Aleja', 'pl.', 'Am', 'An der', 'Auf der', 'Rambla', 'Ronda', 'Praça', 'Alameda', 'Estrada', 'Strada',
];
const NAME_PARTICLE = String.raw`(?:de|da|do|das|dos|del|della|dei|di|la|le|les|des|du|d'|l')`;
// French and Belgian addresses put the number first and the type in lower case ("12 rue de la Paix").
const FR_TYPES = ['rue', 'Rue', 'avenue', 'boulevard', 'bd', 'chemin', 'allée', 'place', 'impasse', 'quai', 'route', 'cours'];

/** A street line: house number and street, in the three word orders above. */
export const STREET = String.raw`(?<![\w\u00C0-\u017F])(?<street>(?:(?:Flat|Apt\.?|Apartment|Unit|Suite)[ \t]\d{1,5}[A-Za-z]?,?[ \t])?${HOUSE}[ \t](?:${WORD}[ \t]){1,3}${wordAlternation(EN_TYPES)}\.?(?![\w\u00C0-\u017F])|${HOUSE}[ \t][${UPPER}][${LOWER}]{1,30}${wordAlternation(FUSED_TYPES)}(?![\w\u00C0-\u017F])|[${UPPER}][${LOWER}]{1,30}${wordAlternation(FUSED_TYPES)}[ \t]${HOUSE}${UNIT}(?![\w\u00C0-\u017F])|${wordAlternation(PREFIX_TYPES)}[ \t](?:${NAME_PARTICLE}[ \t]?)*${WORD}(?:[ \t](?:${NAME_PARTICLE}[ \t])?${WORD}){0,2},?[ \t]${HOUSE}${UNIT}(?![\w\u00C0-\u017F])|${HOUSE}(?:[ \t](?:bis|ter))?,?[ \t]${wordAlternation(FR_TYPES)}[ \t](?:${NAME_PARTICLE}[ \t]?)*${WORD}(?:[ \t](?:${NAME_PARTICLE}[ \t]?)?${WORD}){0,2}(?![\w\u00C0-\u017F]))`;

/** Cheap test before {@link STREET}: one of the street-type words. */
export const STREET_HINT = new RegExp(
  String.raw`[a-z](?:${wordAlternation(FUSED_TYPES)})(?:[ \t]\d|(?![\w\u00C0-\u017F]))|\d[ \t][^\n]{1,60}?(?:${wordAlternation(EN_TYPES)})\b|(?:^|[^\w])(?:${wordAlternation(PREFIX_TYPES)})[ \t][^\n]{1,60}?\d|\d,?[ \t](?:${wordAlternation(FR_TYPES)})[ \t]`,
);
