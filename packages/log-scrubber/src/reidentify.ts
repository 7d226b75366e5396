import { PERSONAL_DATA_TYPES, validateKeys, type PersonalDataType, type PseudonymKey } from './options.js';
import { Pseudonymiser, TOKEN } from './pseudonym.js';

/** What a pseudonym found in a log says about itself. */
export interface ParsedPseudonym {
  readonly type: PersonalDataType;
  readonly keyId: string;
  readonly mac: string;
}

/** Reads `<email:k1:3f9a…>`; undefined if it is not a pseudonym this package writes. */
export function parsePseudonym(token: string): ParsedPseudonym | undefined {
  const m = TOKEN.exec(token);
  if (m === null) return undefined;
  const type = m[1] as PersonalDataType;
  if (!PERSONAL_DATA_TYPES.includes(type)) return undefined;
  return { type, keyId: m[2] ?? '', mac: m[3] ?? '' };
}

/** The documented re-identification procedure, as code. */
export interface Reidentifier {
  /** The token the logs hold for `value` under `keyId` (default: the first key). Search the logs for it. */
  pseudonymFor(type: PersonalDataType, value: string, keyId?: string): string;
  /** Whether `token` (read from a log) is the pseudonym of `value`, under the key id written in the token. */
  matches(token: string, value: string): boolean;
}

/**
 * Re-identification needs the key: only holders of the HMAC keys can link a person to their
 * records (GDPR Art. 4(5) — the additional information kept separately). Keep it offline.
 * @example
 * const r = createReidentifier({ keys: [{ id: 'k2', secret: k2 }, { id: 'k1', secret: k1 }] });
 * grep(r.pseudonymFor('email', 'ann@example.com', 'k1'));
 */
export function createReidentifier(options: { keys: readonly PseudonymKey[] }): Reidentifier {
  const pseudonyms = new Pseudonymiser(validateKeys(options.keys), 0, 'hmac');
  return {
    pseudonymFor: (type, value, keyId) => pseudonyms.pseudonymFor(type, value, keyId),
    matches(token, value) {
      const parsed = parsePseudonym(token);
      if (parsed === undefined || !pseudonyms.keyIds.includes(parsed.keyId)) return false;
      return pseudonyms.pseudonymFor(parsed.type, value, parsed.keyId) === token;
    },
  };
}
