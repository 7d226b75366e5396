import { isGivenName } from './given-names.js';
import { FILE_EXTENSION, LATIN_NAME, LOWER, NON_LATIN, UPPER } from './person-patterns.js';

/**
 * People named by where they stand in a line rather than by a cue word before them: the payee of a
 * bank transfer, the reader a notification addresses, the writer under a mail's signature
 * delimiter and the author of a commit. Each pattern is a member of the text scanner's combined
 * pattern; the functions below judge what it matched.
 */

// Words of a script other than Latin, one to four of them. The right-hand context of each pattern
// below bounds the run, so Han and kana parts are taken as freely as the others (`田中 太郎 IBAN …`).
const SCRIPT_WORDS = String.raw`[${NON_LATIN}]{1,24}(?:[ \u00B7\u30FB][${NON_LATIN}]{1,24}){0,3}(?![${NON_LATIN}])`;

// What identifies the account a payout goes to, right after the payee (`… to Jane Doe IBAN DE89 …`,
// `… to Jane Doe (acct ****1234)`, or the token an earlier pass left for the IBAN).
const BANK_ACCOUNT = String.raw`[ \t]{1,3}(?:IBAN\b|iban\b|\((?:acct|account|a\/c|IBAN|iban)\b|acct\b|a\/c\b|<iban:|[A-Z]{2}\d{2}[ ]?[A-Z0-9]{4})`;
/** `to`, then a payee in any script, then the account the money goes to. */
export const PAYEE_BEFORE_ACCOUNT = String.raw`(?<![\w\u00C0-\u017F])(?<payto>to[ \t]{1,3})(?<payee>${LATIN_NAME}|${SCRIPT_WORDS})(?=${BANK_ACCOUNT})`;
// The words that make the line a movement of money; `to` in "upload to S3 IBAN-export" is not.
const TRANSFER_LINE = /\b(?:payouts?|transfers?|transferred|payments?|paid|pay|remittances?|remitted|wires?|wired|disburse(?:d|ment)s?|withdrawals?|refunds?|refunded|sent|send|sending|credit(?:ed)?|settlements?|sepa|swift|ach|bacs)\b/i;

/** Whether the words after a transfer's `to` are a person's name (not a firm's single word). */
export function payeeName(lineBefore: string, payee: string): boolean {
  if (!TRANSFER_LINE.test(lineBefore)) return false;
  // A name in another script needs no second word (Hangul and Han write it as one).
  if (!/[A-Za-z\u00C0-\u024F]/.test(payee)) return true;
  // Latin: two words or more, or one that is a given name ("to Stripe IBAN" stays).
  return /[ \t]/.test(payee) ? !/^[A-Z]{2,}(?:[ \t]|$)/.test(payee) : isGivenName(payee);
}

// Words that go on addressing the reader after a vocative ("Jane, your order has shipped").
const ADDRESSED = ['your', 'you', "you're", "you've", "you'll", 'we', "we're", "we've", "we'll", 'thanks', 'thank', 'welcome', "don't", "here's", "it's", 'happy'];
/**
 * A single name opening a message, followed by a comma and words addressed to its reader: at the
 * start of a line or right after the quote opening a field's value (`title="Jane, your …"`).
 */
export const VOCATIVE_NAME = String.raw`(?:(?<![^\n])|(?<=[=:][ \t]?["']))(?<voc>[${UPPER}][${LOWER}]{1,24}|[${NON_LATIN}]{2,24})(?=,[ \t](?:${ADDRESSED.join('|')})\b)`;
/** Cheap test before {@link VOCATIVE_NAME} on text without letters beyond ASCII. */
export const VOCATIVE_HINT = new RegExp(String.raw`, (?:${ADDRESSED.join('|')})\b`);

/** Whether a word opening a message before ", your …" is the reader's name. */
export function vocativeName(word: string): boolean {
  // "Congratulations, your …", "Reminder, you …": a Latin word must be a given name.
  return /[A-Za-z\u00C0-\u024F]/.test(word) ? isGivenName(word) : true;
}

/**
 * The first line after a signature delimiter (`-- ` on its own line, RFC 3676 §4.3), also inside a
 * quoted reply (`> --` / `> Jane Doe`): the name the writer signs with, when it ends its line.
 */
export const SIGNATURE_NAME = String.raw`(?<![^\n])(?<sigctx>(?:>[ \t]?){0,3}--[ \t]?\r?\n(?:>[ \t]?){0,3})(?<sig>${LATIN_NAME}|${SCRIPT_WORDS})(?=[ \t]*(?:\r?\n|$))`;

/**
 * A commit's author or committer as git prints it (`Author: jdoe <jdoe@…>`, `author jdoe <…> 1700000000 +0000`):
 * the words before the mailbox are the person's name or login, whatever their shape.
 */
export const COMMIT_AUTHOR = String.raw`(?<![^\n])(?<gactx>(?:Author|Commit):[ \t]+|(?:author|committer|tagger)[ ])(?<gauthor>[^\s<>][^<>\n]{0,63}?)(?=[ \t]{1,3}<(?:[^<>\s@]{1,64}@|email:))`;

// Office systems that name a person by where the line puts them, with no cue word before the name:
// a visitor kiosk's check-in (`checked in "…" company=…`), a shop's order line (`order #4812 for …
// ship_to=…`) and a document printed or filed under its holder's name (`title="… - payslip.pdf"`).
// The name may be in any script; what the match holds is judged by the scanner (a firm's or a
// room's name stays).
/** A visitor signed in or out, quoted right after the verb. */
export const CHECKED_IN_NAME = String.raw`(?<![\w-])(?<cictx>(?:[Cc]hecked|[Ss]igned|CHECKED|SIGNED)[ -](?:in|out|IN|OUT)[ \t]{1,3}")(?<ciname>[^"\n<>@=]{2,60})(?=")`;
/** The person an order, booking or shipment is for, up to the next `key=` of the line. */
export const ORDER_FOR_NAME = String.raw`(?<![\w-])(?<ofctx>(?:[Oo]rder|ORDER|[Bb]ooking|[Rr]eservation|[Ss]hipment|[Pp]arcel|[Dd]elivery)[ \t]{1,3}#?[\w-]{1,24}[ \t]{1,3}for[ \t]{1,3})(?<ofname>${LATIN_NAME}|${SCRIPT_WORDS})(?=[ \t]{1,3}[A-Za-z_][\w.-]{0,40}=)`;
/** A quoted document title that opens with its holder's name: `title="<name> - <document>.<ext>"`. */
export const DOCUMENT_HOLDER_NAME = String.raw`(?<=[=:][ \t]?)(?<dhctx>")(?<dhname>[^"\n<>@=\-]{2,60}?)(?=[ \t]-[ \t][^"\n]{1,80}?${FILE_EXTENSION}")`;
