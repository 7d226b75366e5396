import { BoundedCache } from './bounded-cache.js';
import { uncasedFullName } from './script-names.js';
import { KeyClassifier, keyWords, normaliseKeyName, type KeyClass } from './key-names.js';
import type { PersonalDataType } from './options.js';
import { NOT_A_SURNAME } from './given-names.js';
import { beNrnValid, noFnrValid, peselValid, personnummerValid, roCnpValid, trTcknValid, zaIdValid } from './checksums.js';
import { letterTypedId } from './typed-ids.js';
import { namedSegment } from './stored-files.js';

/**
 * Personal data named by words rather than exact key names: national identifiers under their short
 * and country-prefixed names (`fnr`, `ahvNr`, `aadhaarNo`, `ca_sin`, `za_id`, `saIdNumber`), and the
 * labels that give a sibling value its meaning (`{ scheme: 'pl_pesel', value }`,
 * `{ system: 'phone', value }`, `{ type: 'national_id', number }`).
 */

// Names of national identifiers, as keys and scheme labels spell them (words of a key, lower case).
// Short names that are also words or abbreviations in code (`run`, `pps`, `qid`, payments' `avs`
// and `rrn`) are left out: a miss there costs less than pseudonymising every `run: "nightly"`.
const ID_WORDS = new Set([
  'ssn', 'itin', 'sin', 'nino', 'nir', 'insee', 'steuerid', 'idnr', 'dni', 'nie', 'nif', 'cpf', 'cnpj', 'curp', 'bsn',
  'pesel', 'fnr', 'fodselsnummer', 'foedselsnummer', 'personnummer', 'hetu', 'henkilotunnus', 'cpr', 'ahv',
  'aadhaar', 'aadhar', 'uidai', 'tfn', 'nric', 'hkid', 'mynumber', 'egn', 'jmbg', 'oib', 'amka', 'isikukood',
  'codicefiscale', 'rijksregisternummer', 'burgerservicenummer', 'sofinummer', 'svnr', 'ppsn', 'bvn', 'shenfenzheng',
  'cnic', 'ktp', 'cedula', 'tckn', 'kimlik', 'cnp', 'kojinbango',
]);
// Two words that together name one ("codice fiscale", "national id", "resident id", "my number").
const ID_PAIRS = new Set([
  'codice fiscale', 'social security', 'social insurance', 'national id', 'national number', 'national identity',
  'national identification', 'national insurance', 'resident id', 'resident registration', 'my number', 'tax file',
  'steuer id', 'personal id', 'personal code', 'personal number', 'personal identity', 'citizen id', 'identity number',
  'identity card', 'id card', 'emirates id', 'civil id', 'insurance number', 'tax number', 'tax no', 'tax nr',
  'taxpayer id', 'tax identification', 'tax id', 'nat id', 'fiscal code', 'fiscal number', 'nhs number', 'nhs no', 'medicare number',
]);
// Words that may follow the name without changing what the value is (`aadhaarNo`, `ahvNr`, `bsnNumber`).
const ID_TAIL = new Set(['no', 'nr', 'number', 'num', 'id', 'value', 'nummer', 'numero']);
// Country codes whose national identifier is called their "id" (`za_id`, `sg_id`); codes that are also
// common abbreviations in code (`tx`, `db`, `os`, `sa`, `co`) are left out.
const ID_COUNTRIES = new Set([
  'za', 'sg', 'cn', 'hk', 'tw', 'il', 'ee', 'lt', 'lv', 'ro', 'bg', 'hr', 'rs', 'si', 'sk', 'cz', 'tr', 'eg', 'ng', 'ke',
  'gh', 'th', 'vn', 'ph', 'pk', 'bd', 'lk', 'ae', 'qa', 'kw', 'my', 'mx', 'br', 'ar', 'cl', 'pe', 'uy', 'py',
]);
// Words allowed before a generic "id number" (`saIdNumber`, `nationalIdNo`): a country or an identity word.
const ID_PREFIX = new Set(['national', 'personal', 'citizen', 'resident', 'tax', 'sa', 'rsa', 'identity', 'gov', 'government']);
const DOCUMENT_WORDS = new Set(['doc', 'document', 'documento']);
const NUMBER_WORDS = new Set(['no', 'nr', 'number', 'num', 'numero', 'nummer']);
const LICENCE_WORDS = new Set(['license', 'licence', 'licensenumber', 'licenceno']);

// Names that are also other words in code (`sin_theta`, `nie_flag`): only alone or with a number word.
const SHORT_ID_WORDS = new Set(['sin', 'nie', 'nir', 'nif', 'cpr', 'fnr', 'ktp', 'oib', 'egn', 'tfn', 'idnr']);
// Words that make a key about an identifier hold something else: counts, flags, times, states,
// sources, checks, formats and the names of fields or services.
const NOT_THE_ID = new Set([
  'count', 'counts', 'total', 'attempts', 'attempt', 'tries', 'retries', 'failures', 'errors', 'error', 'err', 'len', 'length',
  'verified', 'valid', 'invalid', 'validated', 'validation', 'checked', 'check', 'checks', 'present', 'exists', 'missing',
  'required', 'provided', 'enabled', 'disabled', 'is', 'has', 'match', 'matched', 'matches', 'mismatch', 'score', 'confidence',
  'at', 'time', 'ts', 'timestamp', 'date', 'since', 'until', 'updated', 'created', 'expires', 'expiry', 'ms', 'age',
  'status', 'state', 'source', 'provider', 'service', 'api', 'url', 'uri', 'endpoint', 'version', 'type', 'kind', 'format',
  'regex', 'pattern', 'mask', 'field', 'column', 'key', 'label', 'name', 'reason', 'message', 'msg', 'hash', 'hashed',
  'digest', 'policy', 'rule', 'config', 'mode', 'level', 'country', 'issuer', 'scheme', 'system', 'encrypted', 'ref',
]);
const PLURAL_TAILS = new Map([['ids', 'id'], ['numbers', 'number'], ['nos', 'no']]);

function onlyTail(words: readonly string[], from: number): boolean {
  for (let i = from; i < words.length; i++) if (!ID_TAIL.has(words[i]!)) return false;
  return true;
}

/** The personal type a key's words (or a scheme label's) give an identifier, if any. */
export function identifierType(keyWordList: readonly string[]): PersonalDataType | undefined {
  // A list of them (Stripe's `customer_tax_ids`, `nationalIds`) holds the same numbers.
  const words = keyWordList.map((w) => PLURAL_TAILS.get(w) ?? w);
  const n = words.length;
  if (n === 0 || n > 5) return undefined;
  for (let i = n - 1; i >= 0; i--) {
    const w = words[i]!;
    if (ID_WORDS.has(w) && onlyTail(words, i + 1)) return 'ssn';
    if (i > 0 && ID_PAIRS.has(`${words[i - 1]} ${w}`) && onlyTail(words, i + 1)) return 'ssn';
    if (w === 'passport' && onlyTail(words, i + 1)) return 'id';
  }
  // `ssn_last_lookup`, `nino_on_file`, `previous_tax_id`: the identifier with words about which one
  // it is. Not when a word makes the value something said about it: a count, a flag, a time, a
  // status or where it came from (`ssn_lookup_count`, `ssn_verified`, `ssn_checked_at`).
  if (words.some((w, i) => (ID_WORDS.has(w) && !SHORT_ID_WORDS.has(w)) || (i > 0 && ID_PAIRS.has(`${words[i - 1]} ${w}`))) && !words.some((w) => NOT_THE_ID.has(w))) {
    return 'ssn';
  }
  const last = words[n - 1]!;
  const before = words[n - 2];
  // `za_id`, `sg_id`: a country's identifier.
  if (n === 2 && last === 'id' && ID_COUNTRIES.has(before!)) return 'ssn';
  // `saIdNumber`, `national_id_no`: a generic id number after a country or identity word.
  if (n >= 2 && NUMBER_WORDS.has(last) && before === 'id' && words.slice(0, -2).every((w) => w.length === 2 || ID_PREFIX.has(w))) {
    return 'ssn';
  }
  // `doc_no`, `documentNumber`: the number of an identity document.
  if (n === 2 && NUMBER_WORDS.has(last) && DOCUMENT_WORDS.has(before!)) return 'ssn';
  // `driversLicense`, `driving_licence_no`.
  for (let i = 1; i < n; i++) {
    if (LICENCE_WORDS.has(words[i]!) && /^driv(?:er|ers|ing)$/.test(words[i - 1]!) && onlyTail(words, i + 1)) return 'id';
  }
  return undefined;
}

const PHONE_LABELS = new Set(['phone', 'mobile', 'tel', 'telephone', 'sms', 'fax', 'cell', 'cellphone', 'whatsapp', 'landline', 'pager', 'msisdn', 'telefone', 'celular', 'telefono']);
const EMAIL_LABELS = new Set(['email', 'mail', 'emailaddress']);
// `callbackOn`, `contact_no`: where a person is called back.
const PHONE_AFTER = new Set(['on', 'at', 'no', 'nr', 'number', 'num', 'phone', 'tel', 'mobile']);

const COUNTRY_SCOPED = new Set(['pan', 'rrn', 'avs']);

/** The type a label gives a sibling value (`system: 'phone'`, `scheme: 'nl_bsn'`), if it names personal data. */
export function labelType(label: string): PersonalDataType | undefined {
  if (label.length === 0 || label.length > 200) return undefined;
  // An identifier system as a URI names its scheme in its last segment (FHIR
  // `http://hl7.org/fhir/sid/us-ssn`, `https://fhir.nhs.uk/Id/nhs-number`); an OID names nothing readable.
  // A URN names it in its last part (`urn:oid:national`, `urn:registry:national-id`).
  const tail = label.includes('/') ? label.slice(label.lastIndexOf('/') + 1) : /^urn:/i.test(label) ? label.slice(label.lastIndexOf(':') + 1) : label;
  if (tail.length === 0 || tail.length > 48) return undefined;
  const words = keyWords(tail);
  const joined = words.join('');
  // An identifier system called `national` alone is the national registry: its value is the person's number.
  if (joined === 'national' && tail !== label) return 'ssn';
  if (PHONE_LABELS.has(joined) || (words.length === 2 && PHONE_LABELS.has(words[0]!) && NUMBER_WORDS.has(words[1]!))) return 'phone';
  if (EMAIL_LABELS.has(joined)) return 'email';
  // `in_pan`, `kr_rrn`, `ch_avs`: after a country code these name national ids (alone, a card
  // number, a payment retrieval reference and an address check).
  if (words.length === 2 && words[0]!.length === 2 && COUNTRY_SCOPED.has(words[1]!)) return 'ssn';
  return identifierType(words);
}

// A registry named by an OID or an opaque URI (`urn:oid:2.16.840.1.113883.…`): its scheme is not
// readable, but a value with the birth date and check digits of a national number is one.
const OPAQUE_SYSTEM = /^(?:urn:oid:)?\d+(?:\.\d+){3,}$|^urn:/;
// OIDs of national registries as FHIR and HL7 v3 name them: SE personnummer and samordningsnummer,
// NO fødselsnummer and D-number, DK CPR, FI henkilötunnus, NL BSN, US SSN, UK NHS number.
const NATIONAL_REGISTRY_OIDS = new Set([
  '1.2.752.129.2.1.3.1', '1.2.752.129.2.1.3.3', '2.16.578.1.12.4.1.4.1', '2.16.578.1.12.4.1.4.2', '1.2.208.176.1.2',
  '1.2.246.21', '2.16.840.1.113883.2.4.6.3', '2.16.840.1.113883.4.1', '2.16.840.1.113883.2.1.4.1',
]);
function opaqueSystemId(labelKey: string, label: string, get: (key: string) => unknown): PersonalDataType | undefined {
  if (labelKey !== 'system' || !OPAQUE_SYSTEM.test(label)) return undefined;
  if (NATIONAL_REGISTRY_OIDS.has(label.replace(/^urn:oid:/, ''))) return 'ssn';
  const value = get('value');
  if (typeof value !== 'string' || !/^\d{10,13}$/.test(value)) return undefined;
  if ((value.length === 10 || value.length === 12) && personnummerValid(value)) return 'ssn';
  return (value.length === 11 && (peselValid(value) || noFnrValid(value) || beNrnValid(value) || trTcknValid(value))) || (value.length === 13 && (roCnpValid(value) || zaIdValid(value))) ? 'ssn' : undefined;
}

/** Keys of a record whose label gives another key's value a meaning. */
// Brazil's instant payments (PIX) type a payment key `{ tipo: 'CPF', valor }` or `{ keyType: 'PHONE', key }`:
// the key is the payee's CPF/CNPJ, e-mail address or phone number (or a random EVP, which names no one).
const LABEL_KEYS = ['system', 'scheme', 'type', 'kind', 'idType', 'documentType', 'docType', 'identifierType', 'category', 'tipo', 'keyType', 'key_type'];
// An `id` beside `type: 'email'` is a message's id, not an address: only identity documents take it.
const LABELLED_VALUE_KEYS = ['value', 'number', 'val', 'Value', 'idNumber', 'valor', 'chave'];
const LABELLED_ID_KEYS = ['value', 'number', 'val', 'Value', 'idNumber', 'idValue', 'identifier', 'identifierValue', 'docNumber', 'id', 'valor', 'chave'];
// A payment key's own name (`key`) holds it only beside a label that types keys.
const KEY_LABELS = new Set(['keyType', 'key_type']);

/**
 * In an identifier or contact-point object (`{ system: 'no_fodselsnummer', value }`, FHIR
 * `telecom`, `{ type: 'national_id', number }`), the value key and the type its label gives it.
 */
export function labelledValue(keys: readonly string[], get: (key: string) => unknown): [string, PersonalDataType] | undefined {
  if (keys.length > 8) return undefined;
  for (const labelKey of LABEL_KEYS) {
    if (!keys.includes(labelKey)) continue;
    const label = get(labelKey);
    if (typeof label !== 'string') continue;
    const type = labelType(label) ?? opaqueSystemId(labelKey, label, get);
    if (type === undefined) continue;
    const valueKeys = KEY_LABELS.has(labelKey) ? ['key'] : type === 'ssn' || type === 'id' ? LABELLED_ID_KEYS : LABELLED_VALUE_KEYS;
    const valueKey = valueKeys.find((k) => k !== labelKey && keys.includes(k) && typeof get(k) === 'string');
    if (valueKey !== undefined) return [valueKey, type];
  }
  return undefined;
}

const ATTRIBUTE_CONTAINERS = new Set(['attrs', 'attr', 'attributes', 'attribute', 'claims', 'claim', 'saml', 'oidc', 'userinfo', 'idtoken', 'assertion', 'ldap', 'scim']);
const NAMESPACED = /^[A-Za-z][\w.-]{0,31}:([A-Za-z][\w.-]{0,63})$/;

/**
 * The built-in key rules, plus the identifier and contact words above for keys those rules leave
 * plain. Explicit options (`personalKeys`, `allowKeys`, `secretKeys`) keep their precedence: only a
 * key the base rules call plain is looked at again.
 */
export class PersonalKeyClassifier extends KeyClassifier {
  readonly #memo = new BoundedCache<KeyClass>(4096);

  override classify(key: string): KeyClass {
    let cls = this.#memo.get(key);
    if (cls === undefined) {
      cls = super.classify(key);
      if (cls === 'plain') {
        // Keys in other languages carry accents (`prénom`, `förnamn`, `imię`, `beneficiário`): their
        // base letters are the words the lists hold.
        const words = keyWords(/[^\p{ASCII}]/u.test(key) ? key.normalize('NFD').replace(/\p{M}/gu, '') : key);
        cls = identifierType(words) ?? (phoneKey(words) ? 'phone' : (JOINED_KEYS.get(words.join('')) ?? locationKey(words) ?? addressKey(words) ?? scriptKey(key) ?? personKey(words)));
        // Identity providers prefix their claim names (`cognito:username`, `custom:full_name`), as
        // XML does its element names: the prefix names who defined the field, the local name what
        // it holds, so the local name alone is judged.
        if (cls === 'plain') {
          const local = NAMESPACED.exec(key)?.[1];
          if (local !== undefined) cls = this.classify(local);
        }
        // Assertion and token attributes flattened under their container (`attrs.displayName`,
        // `claims.given_name`, `saml.cn` of a SAML or OIDC service provider's log): the container
        // says only where the attribute came from, the attribute's own name what it holds.
        if (cls === 'plain') {
          const dot = key.indexOf('.');
          if (dot > 0 && ATTRIBUTE_CONTAINERS.has(key.slice(0, dot).toLowerCase()) && dot < key.length - 1) cls = this.classify(key.slice(dot + 1));
        }
      }
      this.#memo.set(key, cls);
    }
    return cls;
  }
}

// People named by their role in a record (relatives, parties to a contract or a shipment, the
// insured, clinicians), beyond the built-in person keys.
const ROLE_WORDS = new Set([
  'guardian', 'guardians', 'parent', 'parents', 'mother', 'father', 'child', 'children', 'kin', 'witness', 'witnesses',
  'addressee', 'consignee', 'consignor', 'insured', 'policyholder', 'subscriber', 'dependant', 'dependent', 'dependents',
  'heir', 'tenant', 'landlord', 'lessee', 'lessor', 'borrower', 'debtor', 'claimant', 'defendant', 'plaintiff',
  'caller', 'callee', 'physician', 'nurse', 'practitioner', 'clinician', 'signatory', 'cosigner', 'holder',
  'accountholder', 'cardholder', 'beneficiary', 'beneficiaries', 'payee', 'payer', 'customer', 'contact', 'sender',
  'applicant', 'employee', 'patient', 'passenger', 'traveler', 'traveller', 'guest', 'student', 'teacher', 'doctor',
  'spouse', 'emergency', 'recipient', 'assignee', 'reviewer', 'approver', 'requester', 'reporter', 'signer', 'driver',
  'actor', 'committer', 'uploader', 'submitter', 'creator', 'rider',
  // Hiring and front-desk records: who applied, who interviewed them, who came to the building.
  'candidate', 'interviewer', 'interviewee', 'visitor', 'invitee', 'trainee', 'mentee',
  // The parties to a contract or a deal (`party`, `counterparty`, `first_party`): a person or a
  // firm; a firm's name carries its legal form or trade and is kept (see organisationName).
  'party', 'counterparty',
  // The people who carry, pick and service an order (a delivery app's `courier`, a field-service
  // `technician`): their names travel in dispatch and tracking events.
  'courier', 'couriers', 'dispatcher', 'picker', 'packer', 'technician', 'deliverer', 'chauffeur', 'caregiver',
  // Payment providers name the buyer `shopper` (Adyen `shopperName`); OpenTelemetry's `enduser` is
  // the person using the application (`enduser.id`).
  'shopper', 'enduser',
  // Incident tooling names who was paged and who holds the pager (`paged=…`, `oncall=…`,
  // `incident_commander=…`).
  'paged', 'oncall', 'responder', 'responders', 'commander',
  // Insurance, health and finance staff named on a claim, a prescription or an advice file
  // (`adjuster`, `prescriber`, `caseworker`): people, each one named in full.
  'adjuster', 'assessor', 'underwriter', 'prescriber', 'pharmacist', 'caseworker', 'advisor', 'adviser',
  'surveyor', 'examiner', 'therapist', 'midwife', 'dentist', 'surgeon', 'optician', 'notary', 'solicitor',
  'guarantor', 'insuree', 'policyowner', 'annuitant', 'decedent', 'deceased', 'testator', 'executor', 'trustee',
  // Payer and payee in Portuguese, Spanish, Italian, French and German payment messages (PIX
  // `pagador`/`recebedor`, SEPA `ordenante`/`beneficiario`, `titular` of an account).
  'pagador', 'recebedor', 'beneficiario', 'titular', 'destinatario', 'favorecido', 'remetente', 'remitente',
  'ordenante', 'pagatore', 'beneficiaire', 'emetteur', 'zahler', 'empfanger', 'auftraggeber', 'kontoinhaber',
  'intestatario', 'ordinante', 'correntista', 'cliente', 'paciente', 'paziente', 'asegurado', 'segurado',
]);
// Words that end a key holding a person's name whatever comes before (`motherSurname`, `spouseForename`).
const NAME_ONLY_WORDS = new Set(['surname', 'surnames', 'forename', 'forenames', 'firstname', 'lastname', 'givenname', 'familyname', 'maidenname', 'middlename']);
const NAME_ENDINGS = new Set(['name', 'fullname', 'names']);
// `legal_name`, `birthName`: a person's name whatever record holds it.
const NAME_QUALIFIERS = new Set(['legal', 'birth', 'maiden', 'preferred']);
// Keys built only of name parts name the parts they join (`surname_given`, the IATA `SURNAME/GIVEN`
// element of a passenger list; `givenFamily`, `surname_first`); a word that only a person's name
// has must be among them, so `first_last` or `name_first` (orderings, flags) stay plain.
const NAME_PART_WORDS = new Set(['surname', 'surnames', 'forename', 'forenames', 'given', 'family', 'first', 'last', 'middle', 'maiden', 'name', 'names']);
const PERSON_NAME_PART = new Set(['surname', 'surnames', 'forename', 'forenames', 'given', 'family', 'maiden']);

/** `guardian`, `policy.insured`: a person; `consigneeName`, `motherSurname`: a person's name. */
function personKey(words: readonly string[]): KeyClass {
  const n = words.length;
  if (n === 0 || n > 4) return 'plain';
  const last = words[n - 1]!;
  if (NAME_ONLY_WORDS.has(last) || (n >= 2 && NAME_ONLY_WORDS.has(words[n - 2]! + last))) return 'name';
  if (n >= 2 && words.every((w) => NAME_PART_WORDS.has(w)) && words.some((w) => PERSON_NAME_PART.has(w))) return 'name';
  if (NAME_ENDINGS.has(last) && words.slice(0, -1).some((w) => ROLE_WORDS.has(w) || NAME_QUALIFIERS.has(w))) return 'name';
  if (ROLE_WORDS.has(last) && (n === 1 || !THING_BEFORE_ROLE.has(words[n - 2]!))) return 'person';
  return 'plain';
}
// Roles only people fill: a single capitalised word under them in logfmt (`rider=Torbjørn`) is a
// given name. Roles that firms and programs fill as well (`driver=Npgsql`, `customer=Acme`,
// `owner=Platform`) need a name of two words.
const PERSON_ONLY_ROLES = new Set(['rider', 'passenger', 'patient', 'guest', 'tenant', 'caller', 'claimant', 'applicant', 'employee', 'student', 'spouse', 'pasajero', 'pasajera', 'passageiro', 'passager', 'fahrgast', 'kin', 'guardian', 'witness']);
const NOT_A_GIVEN_NAME = new Set(['None', 'Null', 'Unknown', 'Anonymous', 'Guest', 'Test', 'Pending', 'Yes', 'No', 'True', 'False', 'Redacted', 'Masked', 'Other', 'New', 'Default']);

/** Whether `value` under text key `key` is a lone given name (`rider=Torbjørn`, `patient=Juha`). */
export function loneGivenName(key: string, value: string): boolean {
  if (value.length < 2 || value.length > 30 || NOT_A_GIVEN_NAME.has(value)) return false;
  const words = keyWords(key);
  return words.length <= 2 && PERSON_ONLY_ROLES.has(words[words.length - 1] ?? '') && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(value);
}

// Where a person lives or is served (`supplyAddress`, `address_street`, `mailing_address_line1`); not
// the addresses of machines (`ip_address`, `remoteAddress`, `bindAddress`), which name no such place.
const PLACE_QUALIFIERS = new Set([
  'supply', 'home', 'billing', 'shipping', 'delivery', 'postal', 'mailing', 'residential', 'residence', 'physical',
  'service', 'installation', 'premises', 'registered', 'correspondence', 'permanent', 'current', 'customer', 'contact',
  'street', 'invoice', 'legal', 'private', 'patient', 'member', 'payer', 'holder', 'pickup', 'dropoff',
]);
const ADDRESS_PARTS = new Set(['street', 'line', 'line1', 'line2', 'line3', '1', '2', '3', 'full', 'text', 'city', 'lines']);
function addressKey(words: readonly string[]): KeyClass | undefined {
  const n = words.length;
  if (n < 2 || n > 4) return undefined;
  const at = words.indexOf('address');
  // CRM records name the street line by where it is delivered (`MailingStreet`, `BillingStreet`).
  if (at < 0) return n === 2 && words[1] === 'street' && PLACE_QUALIFIERS.has(words[0]!) ? 'address' : undefined;
  const before = words.slice(0, at);
  const after = words.slice(at + 1);
  return before.every((w) => PLACE_QUALIFIERS.has(w)) && after.every((w) => ADDRESS_PARTS.has(w)) ? 'address' : undefined;
}

// A geohash or an encoded polyline is where someone was (`pickupGeohash`, `route.polyline`).
const LOCATION_ENDINGS = new Set(['geohash', 'polyline', 'geopoint', 'latlon', 'lnglat', 'lonlat']);
function locationKey(words: readonly string[]): KeyClass | undefined {
  return words.length > 0 && words.length <= 4 && LOCATION_ENDINGS.has(words[words.length - 1]!) ? 'address' : undefined;
}

// Members of a FHIR HumanName; `family` and `given` name a person only beside each other or `use`.
const HUMAN_NAME_KEYS = new Set(['use', 'text', 'family', 'given', 'prefix', 'suffix', 'period', 'id', 'extension']);
const HUMAN_NAME_PARTS = ['family', 'given', 'text'];
// Keys whose class makes a record a person's contact row (`{ Name, Email, MobilePhone }`).
// The members of a structured name: SCIM's User `name` (RFC 7643 §4.1.1), and the same shape in
// directory and identity-provider APIs (`first`/`last`, `firstName`/`lastName`).
const NAME_OBJECT_KEYS = new Set([
  'formatted', 'givenname', 'familyname', 'middlename', 'honorificprefix', 'honorificsuffix', 'given', 'family', 'middle',
  'first', 'last', 'firstname', 'lastname', 'full', 'fullname', 'phoneticgivenname', 'phoneticfamilyname',
]);

/** Whether the value of a `name` key is an object whose members are all parts of a person's name. */
export function nameObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  let count = 0;
  let text = false;
  for (const k in value) {
    if (!Object.hasOwn(value, k)) continue;
    if (++count > 8 || !NAME_OBJECT_KEYS.has(normaliseKeyName(k))) return false;
    if (typeof (value as Record<string, unknown>)[k] === 'string') text = true;
  }
  return text;
}

// pino's own fields at the root of every record; its `name` there is the logger's.
const PINO_FIELDS = ['level', 'time', 'pid', 'hostname', 'msg'];
// A logger's name: a lower-case identifier, its words joined by `-`, `.`, `_`, `:` or `/`.
const LOGGER_NAME = /^[a-z][a-z0-9]{0,40}(?:[-._:/][a-z0-9]{1,40}){0,8}$/;

// pino merges the object a call logs into its own fields (`log.info({ name, email }, 'signup')`), so
// a root `name` beside a contact may be the person's: their login as the mailbox's local part, or
// words led by a given name (`jane.doe`). A logger is named after a program (`billing-worker`).
function loggerName(keys: readonly string[], value: string, get: (key: string) => unknown): boolean {
  let pino = 0;
  for (const k of PINO_FIELDS) if (keys.includes(k)) pino++;
  if (pino < 3 || !keys.includes('level') || !LOGGER_NAME.test(value) || namedSegment(value)) return false;
  const mailbox = `${value}@`;
  return !keys.some((k) => {
    const v = get(k);
    return typeof v === 'string' && v.length <= 254 && v.toLowerCase().startsWith(mailbox);
  });
}

const CONTACT_CLASSES = new Set<KeyClass>(['email', 'phone']);
const NAME_KEYS = ['name', 'Name', 'NAME'];

/**
 * Names known by the record around them: the parts of a FHIR HumanName (`{ use: 'official',
 * family, given: [...] }`: `family` alone is a font's or a product line's), and the `name` of a row
 * that also holds a person's email address or phone number (a CRM contact, a mailing list entry).
 */
export function personNameFields(keys: readonly string[], get: (key: string) => unknown, classify: (key: string) => KeyClass): string[] | undefined {
  if (keys.length > 24) return undefined;
  const hasFamily = keys.includes('family');
  const hasGiven = keys.includes('given');
  if ((hasFamily || hasGiven) && (keys.includes('use') || (hasFamily && hasGiven)) && keys.every((k) => HUMAN_NAME_KEYS.has(k))) {
    return HUMAN_NAME_PARTS.filter((k) => keys.includes(k));
  }
  // A FHIR Reference (`{ reference: 'Patient/…', display }`): the type it points at says whether
  // its `display` is a person's name; a Medication's or an Organization's stays.
  if (keys.includes('display') && keys.length <= 6) {
    const ref = get('reference');
    const type = get('type');
    if ((typeof ref === 'string' && PERSON_REFERENCE.test(ref)) || (typeof type === 'string' && PERSON_RESOURCE.test(type))) {
      if (typeof get('display') === 'string') return ['display'];
    }
  }
  const soleTrader = soleTraderNames(keys, get);
  if (soleTrader !== undefined) return soleTrader;
  const nameKey = NAME_KEYS.find((k) => keys.includes(k));
  const value = nameKey === undefined ? undefined : get(nameKey);
  // An order's `name: "#1001"` (Shopify) or a numbered label is no person's name.
  if (nameKey === undefined || typeof value !== 'string' || /\d/.test(value) || !/\p{L}/u.test(value)) return undefined;
  // `{ level, time, pid, hostname, name: "helpdesk-mfa", msg }`: pino's logger, not a contact.
  if (loggerName(keys, value, get)) return undefined;
  for (const k of keys) if (k !== nameKey && CONTACT_CLASSES.has(classify(k)) && !/support|team|sales|info|noreply|abuse|admin|billing/i.test(k)) return [nameKey];
  return undefined;
}

// A sole trader (Spain's autónomo, Germany's Einzelunternehmer, a freelancer) trades under their own
// name: the business's name is the person's, and its tax number is theirs too.
const SOLE_TRADER_FORMS = new Set(['autonomo', 'autónomo', 'soletrader', 'soleproprietor', 'soleproprietorship', 'einzelunternehmer', 'einzelunternehmen', 'freelancer', 'freelance', 'individual', 'selfemployed', 'microentrepreneur', 'autoentrepreneur', 'eenmanszaak', 'zzp']);
const FORM_KEYS = ['type', 'legalForm', 'legal_form', 'entityType', 'entity_type', 'businessType', 'business_type', 'companyType', 'company_type', 'kind'];
const BUSINESS_NAME_KEYS = ['company', 'companyName', 'company_name', 'businessName', 'business_name', 'tradingName', 'trading_name', 'legalName', 'legal_name', 'name'];

function soleTraderNames(keys: readonly string[], get: (key: string) => unknown): string[] | undefined {
  const formKey = FORM_KEYS.find((k) => keys.includes(k));
  const form = formKey === undefined ? undefined : get(formKey);
  if (typeof form !== 'string' || !SOLE_TRADER_FORMS.has(form.toLowerCase().replace(/[\s_-]/g, ''))) return undefined;
  const names = BUSINESS_NAME_KEYS.filter((k) => {
    if (!keys.includes(k)) return false;
    const v = get(k);
    return typeof v === 'string' && v.length <= 80 && !/\d/.test(v) && /\p{L}/u.test(v) && !organisationName(v);
  });
  return names.length > 0 ? names : undefined;
}

// FHIR resources that are people (R4 §3.1.0: Patient, Practitioner, RelatedPerson, Person), by a
// relative or absolute reference to one or by a Reference's `type`.
const PERSON_RESOURCE = /^(?:Patient|Practitioner|RelatedPerson|Person)$/;
const PERSON_REFERENCE = /^(?:[a-z][a-z0-9+.-]*:\/\/[^\s]*\/)?(?:Patient|Practitioner|RelatedPerson|Person)\/[A-Za-z0-9\-.]{1,64}(?:\/_history\/[A-Za-z0-9\-.]{1,64})?$/;

// `emergencyContact` is a person, `supportContact` a mailbox and `dependentService` no one.
const THING_BEFORE_ROLE = new Set(['support', 'sales', 'billing', 'technical', 'tech', 'service', 'system', 'default', 'team', 'admin', 'abuse', 'security', 'noreply']);

// Keys naming the account that did something (`user`, `actor`, `mergedBy`): a login handle there is a person's.
const HANDLE_KEYS = new Set([
  'user', 'username', 'login', 'actor', 'author', 'by', 'assignee', 'reviewer', 'approver', 'requester', 'reporter',
  'sender', 'committer', 'uploader', 'submitter', 'creator', 'editor', 'modifier', 'updater', 'signer', 'operator',
]);
// Accounts of systems, bots and placeholders, not of people.
const NOT_A_PERSON_HANDLE = new Set([
  'anonymous', 'anon', 'system', 'root', 'admin', 'administrator', 'unknown', 'none', 'null', 'undefined', 'guest',
  'bot', 'service', 'scheduler', 'cron', 'deploy', 'deployer', 'unassigned', 'nobody', 'everyone', 'public', 'internal',
  'api', 'web', 'app', 'worker', 'jenkins', 'automation', 'auto', 'ci', 'cd', 'github', 'gitlab', 'dependabot',
  'renovate', 'migration', 'migrations', 'import', 'importer', 'sync', 'batch', 'job', 'daemon', 'default', 'n/a', 'na',
]);
// `verifiedBy: "manager_callback"`, `approvedBy: "video_call"`: how it was done, an enum word in
// snake_case ending in a method, not who did it. A login keeps its digits or its name parts.
const METHOD_ENUM = /^[a-z]{2,20}_(?:[a-z]{2,20}_)?(?:callback|call|check|review|verification|verify|approval|override|email|sms|push|token|otp|totp|video|manual|auto|automatic|kba|document|documents|badge|biometric|portal|form|ticket|policy|rule|workflow|process|script|sso|saml|oidc|ldap|api|in_person|inperson)$/;
const handleKeyMemo = new BoundedCache<boolean>(1024);

/** Whether `value` under `key` is a person's login handle (`user: "jdoe42"`, `mergedBy: "mkowalski"`). */
export function personHandle(key: string, value: string): boolean {
  if (value.length < 3 || value.length > 32 || !/^[a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,2}$/.test(value)) return false;
  // A prefixed id (`usr_8f3k2j9d`) carries digits or random letters; `mateo_jimenez` is a person's handle. Support tiers
  // and regional queues (`tier1-emea`, `l2-apac`) are queues, not people.
  if (NOT_A_PERSON_HANDLE.has(value) || /(?:^|[._-])(?:bot|svc|service|team|system|ci|tier\d?|l[1-3]|emea|apac|amer|amers|latam|nam|anz|dach|nordics)(?:$|[._-])|^[a-z]{2,5}_(?=[a-z]{0,40}\d)[a-z0-9]{6,}$/.test(value)) return false;
  if (/\d{5}/.test(value) || !/[a-z]{2}/.test(value) || METHOD_ENUM.test(value) || letterTypedId(value)) return false;
  let handleKey = handleKeyMemo.get(key);
  if (handleKey === undefined) {
    const words = keyWords(key);
    handleKey = words.length > 0 && words.length <= 3 && HANDLE_KEYS.has(words[words.length - 1]!);
    handleKeyMemo.set(key, handleKey);
  }
  return handleKey;
}

// Names whose words, run together, name personal data (`addr2`, `zip5`, `accountNo`, `licenseNo`, `mrn`, `screenName`).
const JOINED_KEYS: ReadonlyMap<string, KeyClass> = new Map<string, KeyClass>([
  ...['addr1', 'addr2', 'addr3', 'addrline1', 'addrline2', 'address3', 'streetaddr', 'street3', 'zip5', 'zip4',
    'zipplus4', 'postal', 'postcode1', 'plz', 'cep', 'apartment', 'aptnumber', 'unitnumber', 'flatnumber',
    'housenr', 'houseno', 'hausnummer', 'strasse', 'calle', 'rua', 'endereco', 'indirizzo', 'adres', 'adresse',
    'direccion',
    // ISO 20022 postal address elements (pain.001/.008, camt): the street and the free address lines.
    'strtnm', 'adrline'].map((k) => [k, 'address'] as const),
  ...['accountno', 'accountnr', 'accountnum', 'acctno', 'acctnumber', 'acctnum', 'bankaccountno', 'bankacct',
    'bankaccountnr', 'kontonummer', 'rib', 'clabe', 'routingaccount'].map((k) => [k, 'iban'] as const),
  ...['licenseno', 'licenceno', 'licencenumber', 'licensenr', 'licenseplate', 'numberplate', 'plate', 'platenumber',
    'vehicleregistration', 'registrationplate', 'kennzeichen', 'vin', 'mrn', 'medicalrecordnumber', 'medicalrecordno',
    'healthcardnumber', 'insurancecardnumber', 'memberidnumber', 'policyholderid',
    // A mobile subscriber's identity on the SIM (ITU E.212) and its temporary alias follow a person.
    'imsi', 'subscriberimsi'].map((k) => [k, 'id'] as const),
  ...['principalname', 'targetusername', 'subjectusername', 'screenname', 'nick', 'userhandle', 'gamertag', 'twitterhandle', 'socialhandle', 'githubhandle', 'githublogin',
    'slackhandle', 'givennames', 'firstnames', 'lastnames', 'middlenames', 'familynames', 'forenames', 'surnames',
    'vorname', 'nachname', 'nombre', 'apellido', 'apellidos', 'prenom', 'nom', 'cognome', 'sobrenome',
    'achternaam', 'voornaam', 'imie', 'nazwisko', 'efternamn', 'fornavn', 'etternavn',
    // The same words in Portuguese, Italian, Dutch, the Scandinavian languages and Finnish (a PIX
    // payer's `nome`, a Dutch `naam`, `förnamn`, `sukunimi`); full-name forms (`nomeCompleto`).
    'nome', 'naam', 'navn', 'namn', 'fornamn', 'mellomnavn', 'nimi', 'etunimi', 'sukunimi', 'tussenvoegsel',
    'nomecompleto', 'nombrecompleto', 'nomcomplet', 'volledigenaam', 'vollstandigername', 'apelido'].map((k) => [k, 'name'] as const),
  // Birth dates under the words of other languages (`fecha_nacimiento`, `data_di_nascita`, `fødselsdato`).
  ...['fechanacimiento', 'fechadenacimiento', 'datanascita', 'datadinascita', 'datanascimento', 'datadenascimento',
    'datenaissance', 'datedenaissance', 'geboortedatum', 'fodselsdato', 'fødselsdato', 'fodelsedatum', 'födelsedatum',
    'dataurodzenia', 'datumnarozeni', 'datumnarození', 'syntymaaika', 'syntymäaika', 'dogumtarihi', 'doğumtarihi',
    'születésidátum', 'szuletesidatum', 'datanasterii', 'datumrodjenja', 'datumrođenja', 'geburtstag', 'fodselsdag',
    'fødselsdag', 'födelsedag', 'verjaardag', 'cumpleanos', 'cumpleaños', 'compleanno', 'aniversario'].map((k) => [k, 'dob'] as const),
  // Directory attributes (LDAP `cn`, `sn`, passwd `gecos`): a person's name when shaped like one; a
  // certificate's `cn: "api.example.com"` is scanned as text.
  ...['cn', 'sn', 'commonname', 'gecos'].map((k) => [k, 'person'] as const),
]);

// Personal fields named in Japanese, Chinese and Korean (an order's 氏名, フリガナ, 住所, 電話, マイナンバー,
// 生年月日; 姓名, 身份证号, 出生日期; 성명, 주민등록번호, 생년월일): the whole key, or a key ending in one of
// them after the words of whose it is (顧客氏名, お客様電話番号, 收货地址). Single characters (名, 姓)
// and words that also name things (所在地, 連絡先) are left out: 商品名 is a product's name.
const SCRIPT_KEYS: ReadonlyMap<string, KeyClass> = new Map<string, KeyClass>([
  ...['氏名', '名前', 'お名前', 'フリガナ', 'ふりがな', '氏名カナ', 'カナ氏名', 'セイメイ', '宛名', '姓名', '客户姓名', '收件人',
    '收货人', '联系人', '聯絡人', '이름', '성명', '고객명', '수령인', '받는분'].map((k) => [k, 'name'] as const),
  ...['住所', 'ご住所', '現住所', '配送先住所', 'お届け先住所', '地址', '住址', '收货地址', '收件地址', '家庭住址', '주소',
    '배송지', '배송주소'].map((k) => [k, 'address'] as const),
  ...['電話', '電話番号', '携帯', '携帯電話', '携帯番号', '携帯電話番号', '电话', '电话号码', '手机', '手机号', '手机号码', '联系电话',
    '電話號碼', '手機', '전화', '전화번호', '휴대폰', '휴대전화', '핸드폰', '연락처'].map((k) => [k, 'phone'] as const),
  ...['メール', 'メールアドレス', 'eメール', '電子メール', '邮箱', '电子邮件', '电子邮箱', '電子郵件', '이메일', '메일'].map((k) => [k, 'email'] as const),
  ...['マイナンバー', '個人番号', '身份证', '身份证号', '身份证号码', '公民身份号码', '身分證', '身分證字號', '身分證號碼', '주민등록번호',
    '주민번호', '외국인등록번호'].map((k) => [k, 'ssn'] as const),
  ...['生年月日', '誕生日', '出生日期', '生日', '出生年月日', '생년월일', '생일'].map((k) => [k, 'dob'] as const),
]);
const SCRIPT_ENDINGS = ['氏名', 'フリガナ', '住所', '電話番号', '携帯番号', 'メールアドレス', 'マイナンバー', '生年月日', '姓名', '身份证号',
  '身份证号码', '手机号', '手机号码', '出生日期', '地址', '성명', '주소', '전화번호', '주민등록번호', '생년월일'];
const CJK_KEY = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
/** The personal field names above (keys on their own and key endings), for patterns over text. */
export const SCRIPT_FIELD_NAMES: readonly string[] = [...new Set([...SCRIPT_KEYS.keys(), ...SCRIPT_ENDINGS])];

/** The class of a key written in Japanese, Chinese or Korean, if it names personal data. */
function scriptKey(key: string): KeyClass | undefined {
  if (key.length > 24 || !CJK_KEY.test(key)) return undefined;
  const k = key.replace(/[\s_\-・（）()]/g, '').toLowerCase();
  const exact = SCRIPT_KEYS.get(k);
  if (exact !== undefined) return exact;
  const ending = SCRIPT_ENDINGS.find((e) => k.endsWith(e));
  return ending === undefined ? undefined : SCRIPT_KEYS.get(ending);
}

function phoneKey(words: readonly string[]): boolean {
  return words.length === 2 && (words[0] === 'callback' || words[0] === 'contact') && PHONE_AFTER.has(words[1]!);
}

/** A national phone number written as a person's contact: 7–15 digits, a leading 0 or + or grouped. */
export function phoneShaped(value: string): boolean {
  if (value.length < 7 || value.length > 24 || !/^\+?\(?\d[\d ()./-]{5,22}\d$/.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  if (digits < 7 || digits > 15) return false;
  // An amount with its cents (`15351.07`, `8420,50`): a phone number is never split once before two digits.
  if (/^\d+[.,]\d{2}$/.test(value)) return false;
  // An ISO date or an IPv4 address has the digits and separators of a phone number.
  if (/^\d{4}-\d{2}-\d{2}$|^\d{1,3}(?:\.\d{1,3}){3}$/.test(value)) return false;
  return value.startsWith('+') || value.startsWith('0') || /\d[ ./-]\d/.test(value);
}

const POSTCODE_KEYS = new Set(['postcode', 'postalcode', 'zip', 'zipcode', 'zip5', 'plz', 'cep', 'postleitzahl', 'codepostal', 'postnummer', 'cap']);
// Countries that write their code before a postcode ("D-10115", "SE-123 45", "CH-8001").
const POSTCODE_COUNTRY = 'A|B|CH|CZ|D|DE|DK|E|EE|F|FI|GR|H|HR|I|IE|L|LT|LV|N|NL|NO|P|PL|PT|S|SE|SI|SK';
// Layouts of postal codes: digit runs (most countries), US ZIP+4 and Brazilian CEP, Polish `00-950`,
// Japanese `100-0001`, Dutch `1011 AB`, UK, Canadian, and a country prefix before any of them.
const POSTCODE_SHAPE = new RegExp(
  String.raw`^(?:(?:${POSTCODE_COUNTRY})-)?(?:\d{3,7}|\d{5}-\d{3,4}|\d{2}-\d{3}|\d{3}-\d{4}|\d{3} \d{2}|\d{4} ?[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d)$`,
  'i',
);

/**
 * Whether a string under a postcode key is not a postal code at all (a placeholder, a reference
 * like `PC-96592`): such values carry nothing about where a person lives and stay as they are.
 */
export function notAPostcode(key: string, value: string): boolean {
  return POSTCODE_KEYS.has(normaliseKeyName(key)) && !POSTCODE_SHAPE.test(value.trim());
}

// The trade or legal form that ends a firm's name ("Acme Insurance", "Initech Logistics", "Globex
// GmbH", "Hooli Inc."): under keys that people and firms both fill (`customer`, `tenant`, `party`)
// such a value names the firm. A family name that is also a trade word is rare beside these.
const ORGANISATION_WORDS = new Set([
  'Insurance', 'Assurance', 'Logistics', 'Retail', 'Holdings', 'Holding', 'Bank', 'Banking', 'Labs', 'Lab', 'Systems',
  'Group', 'Partners', 'Consulting', 'Solutions', 'Media', 'Technologies', 'Technology', 'Software', 'Industries',
  'Capital', 'Ventures', 'Healthcare', 'Pharma', 'Pharmaceuticals', 'Energy', 'Motors', 'Airlines', 'Airways', 'Foods',
  'Networks', 'Analytics', 'Studios', 'Services', 'Enterprises', 'Trading', 'Financial', 'Investments', 'Properties',
  'Realty', 'Telecom', 'Communications', 'Manufacturing', 'Shipping', 'Freight', 'Robotics', 'Dynamics', 'Corporation',
  'Company', 'Limited', 'Health', 'Medical', 'Mobility', 'Payments', 'Finance', 'Cloud', 'Digital', 'Versicherung',
  'Versicherungen', 'Logistik', 'Seguros', 'Assurances',
  'GmbH', 'AG', 'KG', 'Ltd', 'LLC', 'Inc', 'Corp', 'Co', 'PLC', 'plc', 'SA', 'SAS', 'SARL', 'SRL', 'SpA', 'BV', 'NV',
  'AB', 'AS', 'ASA', 'Oy', 'Oyj', 'KK', 'Pty', 'LP', 'LLP', 'S.A', 'B.V', 'N.V',
]);
// Legal forms written in Chinese, Japanese and Korean (株式会社, 有限公司, 주식회사).
const CJK_ORGANISATION = /株式会社|有限会社|合同会社|合資会社|合名会社|有限公司|股份|集团|集團|公司|주식회사|유한회사|[(（][株주][)）]/;

/** A firm's name by its trade word or legal form after its first word, or a CJK legal form. */
export function organisationName(value: string): boolean {
  if (value.length > 80) return false;
  if (CJK_ORGANISATION.test(value)) return true;
  const words = value.trim().split(/[\s,]+/);
  return words.length >= 2 && words.length <= 6 && words.slice(1).some((w) => ORGANISATION_WORDS.has(w.replace(/\.$/, '')));
}

// Words of organisations and systems written in capitals ("ACME GMBH", "PLATFORM TEAM").
export const NOT_IN_A_CAPS_NAME: ReadonlySet<string> = new Set([
  'TEAM', 'GROUP', 'SERVICE', 'SERVICES', 'SYSTEM', 'SYSTEMS', 'ADMIN', 'SUPPORT', 'GMBH', 'LTD', 'LLC', 'INC', 'CORP',
  'AG', 'SA', 'SAS', 'BV', 'NV', 'PLC', 'CO', 'COMPANY', 'BANK', 'PAYMENTS', 'PLATFORM', 'OPS', 'DEVOPS', 'BOT', 'API',
  'TEST', 'DEMO', 'UNKNOWN', 'NONE', 'NULL', 'DEFAULT', 'ROOT', 'USER', 'CUSTOMER', 'HOLDER', 'CARDHOLDER', 'VALUED',
  // Statuses and flags written in capitals after the same words ("Customer: NOT FOUND").
  'NOT', 'FOUND', 'OK', 'ERROR', 'FAILED', 'PENDING', 'ACTIVE', 'INACTIVE', 'NEW', 'CLOSED', 'OPEN', 'BLOCKED', 'DELETED',
  'VERIFIED', 'UNVERIFIED', 'APPROVED', 'REJECTED', 'YES', 'NO', 'TRUE', 'FALSE', 'NA', 'TBD', 'REDACTED', 'ANONYMOUS',
  'GUEST', 'VIP', 'PREMIUM', 'GOLD', 'SILVER', 'MISSING', 'INVALID', 'VALID', 'REQUIRED', 'EXPIRED', 'LOCKED', 'DISABLED',
]);

/** Two to four words in capitals, as card embossing and passenger lists write names ("JOHN Q SMITH"). */
export function capitalsName(value: string): boolean {
  if (value.length < 5 || value.length > 60 || !/^[A-Z\u00C0-\u00DE\u0100-\u017F]{1,20}(?:[ '-][A-Z\u00C0-\u00DE\u0100-\u017F]{1,20}\.?){1,3}$/.test(value)) return false;
  const words = value.split(/[ '-]/);
  return words.filter((w) => w.length >= 2).length >= 2 && words.every((w) => !NOT_IN_A_CAPS_NAME.has(w.replace(/\.$/, '')));
}

// Fields that name what an identity document is rather than hold it (`nationalId.type: "FI_HETU"`).
const ID_LABEL_KEYS = new Set(['type', 'kind', 'system', 'scheme', 'country', 'issuer', 'issuingcountry', 'documenttype', 'idtype', 'format']);

/** Whether `value` under `key` inside an identity-document object is its label, not its number. */
export function idDocumentLabel(key: string, value: unknown): boolean {
  return typeof value === 'string' && ID_LABEL_KEYS.has(normaliseKeyName(key)) && /^[A-Za-z]{2,24}(?:[_ -][A-Za-z]{1,24}){0,3}$/.test(value);
}

// Audit trails of a changed field (Jira and Confluence change logs, CRM histories, Django
// admin logs): the field's name is in one key, its old and new values in others.
const CHANGE_LABEL_KEYS = ['fieldName', 'field', 'field_name', 'fieldId', 'attribute', 'property', 'propertyName'];
const CHANGE_VALUE_KEYS = ['changedFrom', 'changedTo', 'from', 'to', 'fromString', 'toString', 'oldValue', 'newValue', 'old_value', 'new_value', 'before', 'after', 'old', 'new', 'previous', 'current'];

/** In a change record, the key naming the field and the keys holding its old and new values. */
export function changedValues(keys: readonly string[], get: (key: string) => unknown): [label: string, values: string[]] | undefined {
  if (keys.length > 10) return undefined;
  const labelKey = CHANGE_LABEL_KEYS.find((k) => keys.includes(k) && typeof get(k) === 'string');
  if (labelKey === undefined) return undefined;
  const values = CHANGE_VALUE_KEYS.filter((k) => keys.includes(k));
  return values.length === 0 ? undefined : [get(labelKey) as string, values];
}

// Keys that hold where something is as coordinates. `position` is also a job (`position: { title,
// costCenter }`), `location` a data centre: only numbers make them a place on a map.
const COORDINATE_KEYS = new Set(['position', 'coordinates', 'coords', 'gps', 'geopoint', 'latlon', 'latlng', 'geolocation']);

/**
 * Whether an object under a coordinate key is something else: a member holding words
 * (`position.title: "Staff Engineer"`) is never a coordinate, and a point is all numbers.
 */
export function notCoordinates(key: string, item: unknown): boolean {
  if (typeof item !== 'object' || item === null || Array.isArray(item) || !COORDINATE_KEYS.has(normaliseKeyName(key))) return false;
  let words = false;
  let n = 0;
  for (const v of Object.values(item as Record<string, unknown>)) {
    if (++n > 32) return false;
    if (typeof v === 'string' && /\p{L}{3}/u.test(v) && !/^-?\d/.test(v)) words = true;
  }
  return words;
}

// The last word of a key that holds a point on a map (`selfie_geo`, `home_location`, `pickup_latlng`).
const COORDINATE_ENDINGS = new Set(['geo', 'location', 'loc', 'coords', 'coordinates', 'position', 'latlng', 'latlon', 'lnglat', 'lonlat', 'gps', 'geolocation', 'geopoint']);

/**
 * Whether `item` under `key` is a point: two or three numbers (`[lat, lng]`, GeoJSON's `[lng, lat]`,
 * an altitude after them) in the ranges of degrees, one with decimals, under a key naming a place.
 * Number pairs under other keys (sizes, ranges, ids) and `location: "eu-west-1"` stay.
 */
export function coordinatePair(key: string, item: unknown): boolean {
  if (!Array.isArray(item) || item.length < 2 || item.length > 3) return false;
  const words = keyWords(key);
  if (words.length === 0 || words.length > 4 || !COORDINATE_ENDINGS.has(words[words.length - 1]!)) return false;
  const [a, b] = item as unknown[];
  if (typeof a !== 'number' || typeof b !== 'number' || !item.every((v) => typeof v === 'number' && Number.isFinite(v))) return false;
  return Math.abs(a) <= 180 && Math.abs(b) <= 180 && Math.min(Math.abs(a), Math.abs(b)) <= 90 && (!Number.isInteger(a) || !Number.isInteger(b));
}

// The last word of a key that holds a recorded route as a list of points (a workout's `track`, a
// ride's `route`, GeoJSON's LineString and Polygon `coordinates`, a decoded `polyline`).
const TRACK_ENDINGS = new Set(['track', 'tracks', 'route', 'path', 'trace', 'points', 'coordinates', 'coords', 'polyline', 'waypoints', 'breadcrumbs', 'latlngs']);

function pointShaped(p: unknown): boolean {
  if (!Array.isArray(p) || p.length < 2 || p.length > 4) return false;
  const [a, b] = p as unknown[];
  if (typeof a !== 'number' || typeof b !== 'number' || !p.every((v) => typeof v === 'number' && Number.isFinite(v))) return false;
  return Math.abs(a) <= 180 && Math.abs(b) <= 180 && Math.min(Math.abs(a), Math.abs(b)) <= 90;
}

/**
 * Whether `item` under `key` is a track: an array of points (two to four numbers each: lat/lng or
 * lng/lat, elevation, a time offset), or of such arrays (GeoJSON polygon rings), under a key naming a
 * route, most points with decimals. A matrix under another key, or of integers, is no route.
 */
export function coordinateTrack(key: string, item: unknown): boolean {
  if (!Array.isArray(item) || item.length === 0 || item.length > 100_000) return false;
  const words = keyWords(key);
  if (words.length === 0 || words.length > 4 || !TRACK_ENDINGS.has(words[words.length - 1]!)) return false;
  const points = Array.isArray(item[0]) && Array.isArray((item[0] as unknown[])[0]) ? (item as unknown[][]).flat() : (item as unknown[]);
  if (points.length === 0 || points.length > 100_000) return false;
  let decimals = 0;
  for (const p of points) {
    if (!pointShaped(p)) return false;
    const [a, b] = p as number[];
    if (!Number.isInteger(a) || !Number.isInteger(b)) decimals++;
  }
  return decimals * 2 >= points.length;
}

// City-level and coarser parts of an address: a city, region or country is shared by thousands
// and names no one, unlike the street line and number beside it.
const CITY_KEYS = new Set(['city', 'town', 'locality', 'cityname', 'state', 'province', 'region', 'country', 'countrycode', 'countryname']);
// A place name: letters of any script, spaces, apostrophes, dots and hyphens, up to four words.
// Digits or commas mean a street line or a whole address was put in the field.
const PLACE_NAME = /^\p{L}[\p{L}\p{M}'’.-]{0,29}(?: [\p{L}\p{M}'’.-]{1,30}){0,3}$/u;

/** Whether `value` under `key` inside an address object is just the name (or code) of a city, region or country. */
export function cityName(key: string, value: unknown): boolean {
  return typeof value === 'string' && value.length <= 60 && isCityKey(key) && PLACE_NAME.test(value);
}

/** Whether a key names a city, region or country (the key half of {@link cityName}, memoised per key by the scrubber). */
export function isCityKey(key: string): boolean {
  return CITY_KEYS.has(normaliseKeyName(key));
}

// GitHub's and GitLab's `full_name`/`path_with_namespace` of a repository: `owner/name`.
const REPOSITORY_PATH = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;

/** Whether a value under a full-name key is a repository's `owner/name` path, not a person's name. */
export function repositoryPath(key: string, value: unknown): boolean {
  return typeof value === 'string' && normaliseKeyName(key) === 'fullname' && REPOSITORY_PATH.test(value);
}

const EMAIL_ITEM = /^[^\s@"'<>]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+$/;
// Two to four capitalised words; the scanner's own name test decides on the letters.
const NAME_ITEM = /^\p{Lu}[\p{L}\p{M}'\u2019-]{0,30}(?: \p{Lu}[\p{L}\p{M}'\u2019-]{0,30}){1,3}$/u;

/**
 * Indexes of the person's name among a short list of positional arguments (a background job's
 * `args`, a mailer's parameters) that also carries an email address: `["jane@x.io", "Jane Doe"]`.
 * A list without one (`["Nightly Report", "Weekly Digest"]`) names no one.
 */
export function namesBesideContact(items: readonly unknown[]): number[] | undefined {
  if (items.length < 2 || items.length > 12) return undefined;
  let contact = false;
  const names: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item !== 'string') continue;
    if (EMAIL_ITEM.test(item)) contact = true;
    else if ((NAME_ITEM.test(item) && item.split(' ').every((w) => !NOT_A_SURNAME.has(w))) || uncasedFullName(item)) names.push(i);
  }
  return contact && names.length > 0 && names.length <= 2 ? names : undefined;
}

// A whole street line with its postal code: "Lindenring 17, 40231 Düsseldorf" (street, house number,
// postcode and place, as most of Europe writes it) or "48 Larkspur Row, Fenwick, OH 43210" (house
// number first, a place and a state or postcode). Street-type words are not needed: many streets
// have none ("…ring", "…gracht", "Old Kent Road" has one, "Kaiserdamm" not).
const STREET_NAME_FIRST = /^\p{Lu}[\p{L}\p{M}.'’ -]{2,60}? \d{1,5}[a-zA-Z]?(?:[-/]\d{1,5})?, ?(?:[A-Z]{1,2}-)?\d{4,5} \p{Lu}[\p{L}\p{M} .'’-]{1,40}$/u;
const NUMBER_FIRST = /^\d{1,5}[a-zA-Z]? \p{Lu}[\p{L}\p{M}.'’ -]{2,60}, ?\p{Lu}[\p{L}\p{M} .'’-]{1,40}(?:, ?[A-Z]{2})? \d{5}(?:-\d{4})?$/u;

/** Whether a whole value is a street line with its postal code (under a key about a person: the person's address). */
export function streetLine(value: string): boolean {
  // Both layouts put a comma before the postcode or place: most values are rejected without the regexes.
  return value.length <= 120 && value.includes(',') && (STREET_NAME_FIRST.test(value) || NUMBER_FIRST.test(value));
}
