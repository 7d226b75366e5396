import { keyWords, secretByWords } from './key-names.js';

/**
 * A credential printed in brackets right after its name: `DB_PASSWORD (s3cr3t-x1)`, `password
 * [Tr0ub4dor]`, `api key <k3y…>`. Config dumps and hand-written log messages set the value apart
 * this way instead of with `=` or `:`. Only the bracketed run goes, and only when it reads as a
 * secret (letters with digits, or three kinds of character), so remarks in brackets
 * (`password (optional)`, `password [hidden]`, `api key (deprecated)`) stay.
 */
// A name of one identifier, or two words (`api key`, `client secret`), then one bracketed run
// without blanks. Starts only at a word's beginning; each alternative is bounded.
const BRACKETED_AFTER_NAME =
  /(?<![\w.-])([A-Za-z][\w.-]{0,62}(?:[ \t][A-Za-z]{2,12})?)[ \t]{1,3}(?:\(([^()\s]{4,256})\)|\[([^[\]\s]{4,256})\]|<([^<>\s]{4,256})>)/g;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function kinds(value: string): number {
  return Number(/[a-z]/.test(value)) + Number(/[A-Z]/.test(value)) + Number(/\d/.test(value)) + Number(/[^A-Za-z0-9]/.test(value));
}

/** Whether a bracketed value reads as a secret, not a remark or a placeholder. */
function bracketedSecret(value: string): boolean {
  if (value.length < 6 || UUID.test(value) || /^\*+$|^x+$|redacted|masked|hidden/i.test(value) || value.includes('://')) return false;
  return (/\d/.test(value) && /[A-Za-z]/.test(value)) || kinds(value) >= 3;
}

/** Spans of secrets given in brackets after a credential's name. */
export function bracketedSecretSpans(text: string): Array<readonly [number, number]> | undefined {
  if (!text.includes('(') && !text.includes('[') && !text.includes('<')) return undefined;
  let spans: Array<readonly [number, number]> | undefined;
  BRACKETED_AFTER_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BRACKETED_AFTER_NAME.exec(text)) !== null) {
    const value = m[2] ?? m[3] ?? m[4]!;
    // Two words name a credential only when the second one is the credential word (`api key`).
    if (secretByWords(keyWords(m[1]!)) !== 'secret' || !bracketedSecret(value)) continue;
    const end = m.index + m[0].length - 1;
    (spans ??= []).push([end - value.length, end]);
  }
  return spans;
}
