import { BoundedCache } from './bounded-cache.js';
import type { PersonalDataType } from './options.js';

/** What a key name says about the value stored under it. */
export type KeyClass = 'secret' | 'allow' | 'plain' | 'measure' | 'person' | 'namepart' | PersonalDataType;

/** Classes whose values are scanned like any text (no removal, no pseudonym of the whole value). */
export function isScannedClass(cls: KeyClass): cls is 'plain' | 'measure' | 'person' | 'namepart' | 'allow' {
  return cls === 'plain' || cls === 'measure' || cls === 'person' || cls === 'namepart' || cls === 'allow';
}

// Numbers under these keys are measurements, never cards (an epoch-ms timestamp can pass Luhn).
const MEASURE_KEYS = [
  'time', 'timestamp', 'ts', 'level', 'pid', 'status', 'statuscode', 'duration', 'durationms', 'responsetime',
  'length', 'size', 'bytes', 'contentlength', 'port', 'elapsed', 'ms', 'offset', 'count', 'total', 'limit',
];

/** Lower-case and drop `-`, `_`, `.` and spaces: `X-Api-Key`, `api_key`, `apiKey` all become `apikey`. */
export function normaliseKeyName(key: string): string {
  return key.toLowerCase().replace(/[-_. ]/g, '');
}

// Exact names (normalised) of credentials. Covers headers (authorization, cookie, x-api-key),
// OAuth/OIDC fields and common framework session cookies.
const SECRET_EXACT = [
  'password', 'passwd', 'pwd', 'pass', 'passphrase', 'pin', 'otp', 'totp', 'mfacode', 'cvv', 'cvc', 'cvv2',
  'securitycode', 'secret', 'clientsecret', 'apikey', 'xapikey', 'apisecret', 'apitoken', 'authorization',
  'proxyauthorization', 'cookie', 'cookies', 'setcookie', 'accesstoken', 'refreshtoken', 'idtoken', 'token',
  'authtoken', 'bearertoken', 'sessiontoken', 'xauthtoken', 'csrftoken', 'xcsrftoken', 'xsrftoken', 'xxsrftoken',
  'privatekey', 'secretkey', 'sessionid', 'sessid', 'jsessionid', 'phpsessid', 'connectsid', 'credentials',
  'credential', 'connectionstring', 'xamzsecuritytoken', 'awssecretaccesskey', 'signature', 'xhubsignature',
  'xhubsignature256', 'xslacksignature', 'stripesignature', 'webhooksecret', 'encryptionkey', 'masterkey',
  'signingkey', 'hmackey', 'samlresponse', 'assertion', 'clientassertion', 'codeverifier',
  // Short or code-shaped names of one-time credentials and session ids.
  'csrf', 'xsrf', 'xcsrf', 'xxsrf', 'sid', 'pw', 'pword', 'pswd', 'passcode', 'oldpass', 'newpass', 'currentpass',
  'confirmpass', 'userpass', 'mfa', '2fa', 'twofa', 'authcode', 'authorizationcode', 'accesskeyid', 'sshkey',
];
// Suffixes that mark a credential whatever comes before (`dbPassword`, `githubToken`, `stripeApiKey`).
const SECRET_SUFFIXES = [
  'password', 'passwd', 'secret', 'token', 'apikey', 'privatekey', 'secretkey', 'sessionid', 'cookie',
  'authorization', 'passphrase', 'credentials', 'accesskey', 'otp', 'otpcode', 'mfacode', 'smscode', '2facode',
  'twofactorcode', 'totpcode', 'verificationcode', 'onetimecode', 'recoverycode', 'recoverycodes', 'backupcode',
  'backupcodes', 'resetcode', 'pin', 'pincode', 'cvv', 'cvc', 'cvv2', 'cvc2', 'securityanswer', 'passcode',
];
// Substrings that mark a credential anywhere in the name (`passwordHash`, `secretValue`).
const SECRET_CONTAINS = ['password', 'passwd', 'secret', 'privatekey', 'apikey', 'csrf', 'xsrf'];

// Names whose values are personal data of a type (pseudonymised, not removed).
const PERSONAL_EXACT: ReadonlyArray<readonly [string, PersonalDataType]> = [
  ...['email', 'emailaddress', 'mail', 'useremail', 'customeremail', 'contactemail', 'replyto', 'recipient'].map(
    (k) => [k, 'email'] as const,
  ),
  ...['phone', 'phonenumber', 'mobile', 'mobilenumber', 'tel', 'telephone', 'msisdn', 'fax', 'cell', 'cellphone',
    'homephone', 'workphone', 'contactphone'].map((k) => [k, 'phone'] as const),
  ...['ip', 'ipaddress', 'ipaddr', 'clientip', 'remoteip', 'remoteaddress', 'remoteaddr', 'xforwardedfor',
    'forwardedfor', 'xrealip', 'trueclientip', 'cfconnectingip', 'peerip', 'sourceip', 'srcip', 'userip'].map(
    (k) => [k, 'ip'] as const,
  ),
  ...['cardnumber', 'ccnumber', 'creditcard', 'creditcardnumber', 'pan', 'cardno'].map((k) => [k, 'card'] as const),
  ...['iban', 'bankaccount', 'accountnumber', 'bankaccountnumber'].map((k) => [k, 'iban'] as const),
  ...['ssn', 'socialsecuritynumber', 'sin', 'nationalid', 'nino', 'taxid', 'tin'].map((k) => [k, 'ssn'] as const),
  ...['firstname', 'lastname', 'fullname', 'givenname', 'familyname', 'surname', 'middlename', 'displayname',
    'username', 'login', 'customername', 'cardholder', 'cardholdername', 'accountholder', 'billingname',
    'shippingname', 'contactname', 'maidenname', 'realname', 'nickname'].map((k) => [k, 'name'] as const),
  ...['address', 'streetaddress', 'street', 'addressline1', 'addressline2', 'address1', 'address2', 'postcode',
    'postalcode', 'zip', 'zipcode', 'homeaddress', 'billingaddress', 'shippingaddress', 'geolocation', 'latlng',
    'latitude', 'longitude'].map((k) => [k, 'address'] as const),
  ...['dob', 'dateofbirth', 'birthdate', 'birthday', 'birthdt'].map((k) => [k, 'dob'] as const),
  ...['passportnumber', 'passportno', 'driverslicense', 'driverlicense', 'licensenumber', 'deviceid', 'imei'].map(
    (k) => [k, 'id'] as const,
  ),
];

// Objects about a person (`user: { name }`, `customer: { first, last }`): their name parts are names.
const PERSON_KEYS = [
  'user', 'customer', 'person', 'contact', 'owner', 'member', 'patient', 'employee', 'sender', 'payer', 'payee',
  'author', 'profile', 'buyer', 'seller', 'holder', 'guest', 'passenger', 'applicant', 'client', 'billing',
  'shipping', 'beneficiary', 'student',
];
// Keys that hold a name only inside a person object (`product: { name }` stays verbatim).
const NAME_PARTS = ['name', 'first', 'last', 'given', 'family', 'middle', 'full', 'maiden'];

/** Precompiled key-name rules with a bounded per-name memo (key names repeat on every record). */
export class KeyClassifier {
  readonly #exact = new Map<string, KeyClass>();
  readonly #memo = new BoundedCache<KeyClass>(4096);

  constructor(extraSecrets: readonly string[], extraPersonal: ReadonlyMap<string, PersonalDataType>, allow: readonly string[]) {
    for (const k of MEASURE_KEYS) this.#exact.set(k, 'measure');
    for (const k of PERSON_KEYS) this.#exact.set(k, 'person');
    for (const k of NAME_PARTS) this.#exact.set(k, 'namepart');
    for (const [k, type] of PERSONAL_EXACT) this.#exact.set(k, type);
    for (const k of SECRET_EXACT) this.#exact.set(k, 'secret');
    for (const [k, type] of extraPersonal) this.#exact.set(normaliseKeyName(k), type);
    for (const k of extraSecrets) this.#exact.set(normaliseKeyName(k), 'secret');
    // Allow-listing is explicit and exact: it wins over every built-in rule.
    for (const k of allow) this.#exact.set(normaliseKeyName(k), 'allow');
  }

  classify(key: string): KeyClass {
    let cls = this.#memo.get(key);
    if (cls === undefined) {
      cls = this.#classify(normaliseKeyName(key));
      this.#memo.set(key, cls);
    }
    return cls;
  }

  #classify(name: string): KeyClass {
    const exact = this.#exact.get(name);
    if (exact !== undefined) return exact;
    if (SECRET_SUFFIXES.some((s) => name.endsWith(s)) || SECRET_CONTAINS.some((s) => name.includes(s))) {
      return 'secret';
    }
    if (name.endsWith('email') || name.endsWith('emailaddress')) return 'email';
    if (name.endsWith('phone') || name.endsWith('phonenumber')) return 'phone';
    if (name.endsWith('ipaddress') || name.endsWith('clientip')) return 'ip';
    return 'plain';
  }
}

/** Query-string parameter names that carry credentials even though the same name is harmless as a log field. */
export const SECRET_QUERY_PARAMS: ReadonlySet<string> = new Set([
  'code', 'sig', 'key', 'auth', 'xamzsignature', 'xamzcredential', 'xgoogsignature', 'xgoogcredential', 'session',
  'state', 'ticket', 'jwt', 'assertion',
]);
