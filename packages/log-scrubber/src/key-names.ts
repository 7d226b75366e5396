import { BoundedCache } from './bounded-cache.js';
import { FLOW_PARAMETERS, KEY_FLOW_WORDS } from './flow-words.js';
import type { PersonalDataType } from './options.js';
import { isAccessCodeName } from './access-codes.js';

/** What a key name says about the value stored under it. */
export type KeyClass =
  | 'secret'
  | 'allow'
  | 'plain'
  | 'measure'
  | 'person'
  | 'namepart'
  | 'keylike'
  | 'version'
  | 'cardctx'
  | 'entity'
  | 'link'
  | PersonalDataType;

/** Classes whose values are scanned like any text (no removal, no pseudonym of the whole value). */
export function isScannedClass(
  cls: KeyClass,
): cls is 'plain' | 'measure' | 'person' | 'namepart' | 'allow' | 'keylike' | 'version' | 'cardctx' | 'entity' | 'link' {
  return (
    cls === 'plain' ||
    cls === 'measure' ||
    cls === 'person' ||
    cls === 'namepart' ||
    cls === 'allow' ||
    cls === 'keylike' ||
    cls === 'version' ||
    cls === 'cardctx' ||
    cls === 'entity' ||
    cls === 'link'
  );
}

// Names of links that carry a credential: a link word after a word of the flow that mails it
// (KEY_FLOW_WORDS, flow-words.ts).
const LINK_WORDS = new Set(['url', 'uri', 'link', 'href']);

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
  // `private_key_id` of a service-account key file names the key material and travels with that
  // file: a record holding it is a leaked key file, so it goes with the key under any parent name
  // (also outside `credentials: {…}`), as key-file scanners treat it.
  'privatekeyid',
  // libpq's environment (`PGPASS`, next to `PGPASSWORD`), and names that join the credential word without a separator.
  'pgpass', 'dbpass', 'rootpass', 'adminpass',
];
// Suffixes that mark a credential whatever comes before (`dbPassword`, `githubToken`, `stripeApiKey`).
const SECRET_SUFFIXES = [
  'password', 'passwd', 'secret', 'token', 'apikey', 'privatekey', 'secretkey', 'sessionid', 'cookie',
  'authorization', 'passphrase', 'credentials', 'accesskey', 'otp', 'otpcode', 'mfacode', 'smscode', '2facode',
  'twofactorcode', 'totpcode', 'verificationcode', 'onetimecode', 'recoverycode', 'recoverycodes', 'backupcode',
  'backupcodes', 'resetcode', 'pin', 'pincode', 'cvv', 'cvc', 'cvv2', 'cvc2', 'securityanswer', 'passcode',
  // The shared key of a webhook or request signature (`webhookHmac`, `callbackHmacKey`,
  // `signingSecret`): whoever holds it forges the sender's signatures.
  'hmac', 'hmackey', 'hmacsecret', 'signingkey', 'signingsecret',
];
// Substrings that mark a credential anywhere in the name (`passwordHash`, `secretValue`).
const SECRET_CONTAINS = ['password', 'passwd', 'secret', 'privatekey', 'apikey', 'csrf', 'xsrf', 'passwort', 'kennwort', 'motdepasse', 'contrasena', 'wachtwoord'];

// Names whose values are personal data of a type (pseudonymised, not removed).
const PERSONAL_EXACT: ReadonlyArray<readonly [string, PersonalDataType]> = [
  ...['contactnumber', 'callbacknumber', 'phoneno', 'mobileno', 'telno', 'whatsapp', 'smsnumber', 'landline',
    'cellnumber', 'telefon', 'telefono', 'handy',
    // Telephony names of the caller's number: ANI (the calling line an IVR or SIP trunk reports),
    // the calling/caller number, and where a second factor's code is texted.
    'ani', 'callingnumber', 'callernumber', 'callingparty', 'smsto', 'smsrecipient'].map((k) => [k, 'phone'] as const),
  ...['steuerid', 'steueridnr', 'steuernummer', 'personalidentitynumber', 'personnummer', 'aadhaar', 'aadhaarnumber',
    'aadhar', 'cpf', 'dni', 'nie', 'nir', 'insee', 'nationalinsurancenumber', 'nationalidentitynumber',
    'nationalidnumber', 'nationalidentifier', 'nationalidentifiers', 'socialsecurity', 'idcardnumber', 'identitynumber', 'personalnumber', 'ninumber',
    'passport', 'passportid', 'codicefiscale', 'pesel', 'bsn', 'sozialversicherungsnummer', 'numerosecu', 'numsecu',
    'securitesociale', 'secu', 'nss', 'curp', 'rfc', 'sin', 'hetu', 'cpr', 'nric', 'hkid',
    // Identity-document numbers in other languages and countries.
    'documento', 'numerodocumento', 'documentnumber', 'docnumber', 'idnumber', 'idno', 'idnr', 'nationalnumber',
    'fodselsnummer', 'foedselsnummer', 'henkilotunnus', 'rijksregisternummer', 'burgerservicenummer', 'taxfilenumber',
    'tfn', 'socialinsurancenumber', 'residentid', 'residentidnumber', 'rrn', 'cnpj', 'nif', 'ahv', 'egn', 'jmbg',
    'oib', 'amka', 'isikukood', 'personalcode', 'personalid', 'citizenid', 'idcard', 'svnr', 'itin',
    'steueridentifikationsnummer', 'sofinummer', 'cprnummer', 'personnummer', 'shenfenzheng',
    // Chile's Rol Único Tributario, the one number of a person for tax and identity.
    'rut'].map((k) => [k, 'ssn'] as const),
  ...['lat', 'lng', 'lon', 'coordinates', 'coords', 'latlon', 'gps', 'line1', 'line2', 'line3', 'addressline',
    'street1', 'street2', 'housenumber', 'geopoint', 'position'].map((k) => [k, 'address'] as const),
  ...['born', 'birth', 'bornon', 'geburtsdatum', 'dateofbirth', 'birthyear'].map((k) => [k, 'dob'] as const),
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
    'shippingname', 'contactname', 'maidenname', 'realname', 'nickname',
    // Directory and login account names (Active Directory, LDAP, sshd): a person's login. Not
    // `accountName`: Azure's `AccountName=` names a storage account.
    'samaccountname', 'userprincipalname', 'loginname', 'logonname', 'userlogin', 'unixuser'].map(
    (k) => [k, 'name'] as const,
  ),
  ...['address', 'streetaddress', 'street', 'addressline1', 'addressline2', 'address1', 'address2', 'postcode',
    'postalcode', 'zip', 'zipcode', 'homeaddress', 'billingaddress', 'shippingaddress', 'geolocation', 'latlng',
    'latitude', 'longitude', 'residence', 'residentialaddress', 'placeofresidence', 'domicile'].map((k) => [k, 'address'] as const),
  ...['dob', 'dateofbirth', 'birthdate', 'birthday', 'birthdt'].map((k) => [k, 'dob'] as const),
  ...['passportnumber', 'passportno', 'driverslicense', 'driverlicense', 'licensenumber', 'imei'].map(
    (k) => [k, 'id'] as const,
  ),
];

// Codes of banks (ISO 9362 BIC/SWIFT; Brazil's eight-digit ISPB of a PIX participant): they name
// the bank, never the account holder, even inside a person's bank details.
const BANK_CODES = ['bic', 'swift', 'swiftcode', 'swiftbic', 'bicswift', 'bankbic', 'ispb'];

// Message identifiers (RFC 5322 §3.6.4: `<local@host>` names a message and the host that made it,
// not a mailbox).
const MESSAGE_ID_KEYS = ['messageid', 'inreplyto', 'xmessageid', 'originalmessageid', 'resentmessageid'];

// Objects about a person (`user: { name }`, `customer: { first, last }`): their name parts are names.
const PERSON_KEYS = [
  'user', 'customer', 'person', 'contact', 'owner', 'member', 'patient', 'employee', 'sender', 'payer', 'payee',
  'author', 'profile', 'buyer', 'seller', 'holder', 'guest', 'passenger', 'applicant', 'client', 'billing',
  'shipping', 'beneficiary', 'student', 'shipto', 'billto', 'recipients', 'participants', 'participant', 'guests',
  'attendees', 'attendee', 'contacts', 'members', 'users', 'customers', 'people', 'persons', 'employees',
  'passengers', 'travelers', 'travellers', 'traveler', 'traveller', 'invitees', 'invitee', 'assignee', 'assignees',
  'reviewer', 'reviewers', 'approver', 'approvers', 'requester', 'reporter', 'signer', 'signers', 'driver', 'rider',
  'students', 'teacher', 'doctor', 'spouse', 'emergencycontact', 'nextofkin', 'speaker', 'speakers', 'organizer',
  // Workers' line managers and the EXIF Artist (the photographer named in the image's metadata).
  'manager', 'linemanager', 'supervisor', 'reportsto', 'artist', 'photographer', 'technician', 'tech', 'fieldtech',
  // Games log the account holder as the player (`player=… pan=…` on a failed purchase).
  'player', 'commenter', 'createdby', 'updatedby', 'modifiedby', 'requestedby', 'assignedto', 'winner', 'patients',
  'customerinfo', 'userinfo', 'personaldata', 'personaldetails', 'kyc', 'delivery', 'deliveryaddress', 'cardholder',
  // Bind parameters of SQL statements (Sequelize `parameters`, pg `values`): a name among them is a person's.
  'parameters', 'params', 'bind', 'binds', 'replacements', 'values',
];
// Objects that are things, not people: their `name` is a product or service name.
const ENTITY_KEYS = [
  'product', 'products', 'item', 'items', 'service', 'job', 'team', 'org', 'organization', 'organisation', 'company',
  'project', 'plan', 'feature', 'app', 'application', 'repo', 'repository', 'package', 'module', 'queue', 'bucket',
  'table', 'file', 'event', 'category', 'brand', 'store', 'shop', 'merchant', 'vendor', 'model', 'device', 'region',
  'cluster', 'database', 'db', 'index', 'topic', 'channel', 'workflow', 'task', 'step', 'pipeline', 'stage', 'sku',
  'variant', 'collection', 'dataset', 'metric', 'span', 'logger', 'route', 'handler', 'function', 'lambda', 'tag',
  // A country is a place many millions share: inside a person record (`shipTo.country`) it is no name.
  'country',
];
const COORDINATE_WORDS = new Set(['lat', 'lng', 'lon', 'latitude', 'longitude']);
const ORG_UNIT_WORDS = new Set(['department', 'departments', 'dept', 'division', 'team', 'squad', 'tribe']);
const ORG_UNIT_NAMES = ['costcenter', 'costcentre', 'businessunit', 'orgunit'];
const VERSION_WORDS = new Set(['version', 'ver', 'build', 'release', 'firmware', 'fw', 'revision']);
const CARD_WORDS = new Set(['card', 'cc', 'payment', 'pan', 'cards', 'creditcard', 'debitcard']);
const PERSON_WORDS = new Set(PERSON_KEYS);
// Key names that end in "name" but name a thing: `fileName`, `hostName` stay scanned text.
const NAME_WORDS = new Set(['name', 'fullname', 'displayname', 'firstname', 'lastname']);
// Keys that hold a name only inside a person object (`product: { name }` stays verbatim).
const NAME_PARTS = ['name', 'first', 'last', 'given', 'family', 'middle', 'full', 'maiden'];

// --- Word layer: a key name split into words (`LOG_PSEUDONYM_KEY` → log pseudonym key, `apiKeyAgeDays` → api key age days).
// Words that name a credential when they end a key name (`DB_PASS`, `MYSQL_PWD`, `KOA_KEYS`, `jwtKey`).
const SECRET_WORDS = new Set([
  'password', 'passwords', 'passwd', 'pwd', 'pass', 'passphrase', 'passcode', 'secret', 'secrets', 'token', 'tokens',
  'key', 'keys', 'apikey', 'apikeys', 'credential', 'credentials', 'creds', 'cred', 'pin', 'otp', 'cookie', 'cookies',
  'authorization', 'signature', 'privatekey', 'secretkey', 'accesskey', 'psk', 'mnemonic', 'dsn', 'pw', 'pword', 'pswd',
  'bearer',
  // "Password" in other languages.
  'passwort', 'kennwort', 'motdepasse', 'mdp', 'contrasena', 'contraseña', 'senha', 'wachtwoord', 'haslo', 'losenord',
  'passord', 'salasana', 'heslo', 'jelszo', 'sifre', 'parola', 'clave',
  'geslo', 'lozinka', 'parool', 'parole', 'adgangskode', 'kodeord', 'sandi', 'katasandi', 'laluan', 'katalaluan', 'lykilord',
]);
// Words after the credential word that still describe the credential itself (`KEY_K2`, `passwordHash`, `tokenValue`).
const SECRET_QUALIFIER = /^(?:k?\d+|v\d+|old|new|current|curr|prev|previous|next|primary|secondary|hash|hashed|digest|value|val|raw|plain|plaintext|clear|cleartext|text|str|string|b64|base64|binary|bin|blob|hex|enc|encrypted|confirm|confirmation|again|repeat|input|attempt|data|bytes|material|b|prod|dev|test|staging|live|code|codes|number|no|num|base)$/;
// Words after it that make the key about the credential, not the credential (`passwordPolicy`, `apiKeyAgeDays`).
const ABOUT_SECRET = new Set([
  'policy', 'policies', 'rule', 'rules', 'requirement', 'requirements', 'min', 'max', 'minimum', 'maximum', 'length',
  'len', 'count', 'counts', 'total', 'age', 'ttl', 'expiry', 'expires', 'expiration', 'expired', 'exp', 'lifetime',
  'rotation', 'rotated', 'rotate', 'created', 'updated', 'changed', 'last', 'used', 'usage', 'issued', 'type', 'types',
  'kind', 'name', 'names', 'id', 'ids', 'ref', 'arn', 'path', 'file', 'files', 'dir', 'url', 'uri', 'endpoint', 'header',
  'headers', 'field', 'fields', 'param', 'params', 'prefix', 'hint', 'format', 'algorithm', 'alg', 'strength', 'score',
  'status', 'state', 'enabled', 'disabled', 'required', 'optional', 'valid', 'validity', 'invalid', 'present',
  'missing', 'exists', 'set', 'configured', 'provided', 'version', 'source', 'provider', 'store', 'manager', 'vault',
  'service', 'location', 'error', 'errors', 'message', 'reason', 'attempts', 'retries', 'failures', 'failed', 'reset',
  'resets', 'level', 'index', 'size', 'bits', 'mode', 'scope', 'scopes', 'audience', 'issuer', 'endpoint', 'ms',
  'seconds', 'secs', 'sec', 'minutes', 'mins', 'hours', 'days', 'at', 'in', 'is', 'has', 'was', 'limit', 'limits',
  'window', 'interval', 'period', 'cache', 'entropy', 'check', 'checks', 'validation', 'verified', 'revoked',
  'label', 'description', 'owner', 'lengths',
]);
// Words of a flow before `ticket` (`enrolmentTicket`, `passwordChangeTicket`, `guardian_ticket`).
const TICKET_FLOW_WORDS = new Set([
  'enrol', 'enroll', 'enrolment', 'enrollment', 'verification', 'verify', 'reset', 'change', 'invite', 'invitation',
  'mfa', 'guardian', 'activation', 'confirmation', 'recovery', 'signup', 'login', 'email',
]);
// Words before `key(s)` that make it a lookup key, not a credential (`cacheKey`, `partitionKey`, `publicKey`).
const LOOKUP_KEY_PREFIX = new Set([
  'cache', 'primary', 'foreign', 'partition', 'sort', 'routing', 'idempotency', 'object', 'bucket', 'row', 'public',
  'pub', 'message', 'error', 'nested', 'level', 'translation', 'i18n', 'lookup', 'storage', 'redis', 'queue', 'dedup',
  'dedupe', 'group', 'shard', 'index', 'job', 'lock', 'limit', 'ratelimit', 'feature', 'flag', 'entity', 'resource',
  'config', 'setting', 'settings', 'metadata', 'hot', 'range', 'hash', 'unique', 'composite', 'natural', 'map', 'dict',
  'column', 'table', 'attribute', 'property', 'prop', 'query', 's3', 'file', 'asset', 'image', 'event', 'record',
  'stream', 'topic', 'upload', 'media', 'attachment', 'document', 'path', 'sorting', 'kafka', 'i18', 'locale', 'label',
  'react', 'list', 'item', 'node', 'field', 'state', 'store', 'store', 'local', 'session_storage', 'registry', 'tag',
  'group', 'scope', 'tenant', 'order', 'dedupe', 'request', 'trace', 'span', 'metric', 'log', 'error', 'dimension',
  'sortkey', 'hashkey', 'rangekey', 'gpg', 'pgp', 'verification', 'verify', 'jwks', 'kid', 'by', 'per', 'for',
  // A KMS key is named, never held: its material does not leave the KMS (`kmsKey`, `KMS_KEY_ARN`).
  'kms',
  // Stripe's publishable key and CAPTCHA site keys (reCAPTCHA, hCaptcha, Turnstile) are meant for the page.
  'publishable', 'site',
  // Issue trackers key their records (`issueKey: OPS-12`, Jira's `authorKey: JIRAUSER10422`), and
  // `Sec-WebSocket-Key` is a handshake nonce (RFC 6455 §4.1) whose answer is public.
  'issue', 'author', 'project', 'reporter', 'assignee', 'creator', 'epic', 'board', 'socket', 'websocket',
]);
// Environment variables configure a service with its credential (`CYPRESS_RECORD_KEY`, `ALGOLIA_ADMIN_KEY`):
// in SCREAMING_SNAKE names only these words still make `KEY` a lookup key or a public key.
const ENV_LOOKUP_KEY_PREFIX = new Set([
  'cache', 'partition', 'sort', 'routing', 'idempotency', 'primary', 'foreign', 'public', 'pub', 'hash', 'range', 's3',
  'object', 'bucket', 'dedup', 'dedupe', 'lock', 'ratelimit', 'kms', 'gpg', 'pgp', 'jwks', 'kid', 'i18n', 'translation',
  'verification', 'verify', 'shard', 'queue', 'redis', 'storage', 'by', 'per', 'for', 'publishable', 'site',
]);
// Words before `token(s)` that make it a cursor or a count (`nextPageToken`, `promptTokens`, `maxTokens`).
const NOT_A_TOKEN_PREFIX = new Set([
  'page', 'pagination', 'continuation', 'cursor', 'next', 'sync', 'resume', 'prompt', 'completion', 'max', 'total',
  'input', 'output', 'cached', 'reasoning', 'used', 'remaining', 'num', 'count', 'design', 'lexer', 'parser',
  // Mapbox's public token ships in map embeds.
  'public', 'publishable',
  // Postman marks each request with a random UUID (`Postman-Token`) so its own cache is bypassed.
  'postman',
]);
const LOOKUP_KEY_LOG = new Set(['log']);

const ENV_STYLE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){2,}$/;

/** Lower-case words of a key name: `LOG_PSEUDONYM_KEY` → [log, pseudonym, key]; `apiKeyAgeDays` → [api, key, age, days]. */
export function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * What the words of a key name say: 'secret' when a credential word ends it (only qualifiers
 * after it), 'about' when a word after it makes the key describe the credential
 * (`passwordPolicy`, `tokenExpiresIn`), undefined when no credential word occurs.
 */
// Words before `code(s)` that make it a second factor's code (`recovery_code_used`, `backupCodeEntered`),
// and words after it that name the code as given: the one typed in, not a fact about it.
const ONE_TIME_CODE_PREFIX = new Set(['recovery', 'backup', 'mfa', 'otp', 'totp', 'hotp', '2fa', 'twofa', 'sms', 'verification', 'onetime', 'authenticator']);
const CODE_AS_GIVEN = new Set(['used', 'entered', 'submitted', 'supplied', 'provided', 'given', 'typed', 'presented', 'redeemed']);

export function secretByWords(words: readonly string[], envStyle = false): 'secret' | 'about' | undefined {
  const lookup = envStyle ? ENV_LOOKUP_KEY_PREFIX : LOOKUP_KEY_PREFIX;
  for (let i = words.length - 2; i >= 1; i--) {
    const word = words[i]!;
    if ((word !== 'code' && word !== 'codes') || !ONE_TIME_CODE_PREFIX.has(words[i - 1]!)) continue;
    const rest = words.slice(i + 1);
    if (rest.length > 0 && rest.every((w) => CODE_AS_GIVEN.has(w) || SECRET_QUALIFIER.test(w))) return 'secret';
  }
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    if (!SECRET_WORDS.has(word)) continue;
    const before = words[i - 1];
    if ((word === 'key' || word === 'keys') && before !== undefined && lookup.has(before) && !LOOKUP_KEY_LOG.has(before)) {
      return 'about';
    }
    if ((word === 'token' || word === 'tokens') && before !== undefined && NOT_A_TOKEN_PREFIX.has(before)) return 'about';
    // A lone `key`/`keys` is as often a lookup key or a list of field names: left to the value scan.
    if ((word === 'key' || word === 'keys') && words.length === 1) return undefined;
    for (let j = i + 1; j < words.length; j++) {
      const after = words[j]!;
      // Vault's AppRole `secret_id` is the login credential itself (AWS's `SecretId` only names a
      // secret, but removing a name costs little where a leaked secret_id is a login).
      if (word === 'secret' && after === 'id') continue;
      if (ABOUT_SECRET.has(after)) return 'about';
      if (!SECRET_QUALIFIER.test(after)) return 'about';
    }
    return 'secret';
  }
  return undefined;
}

// Irregular past participles before `by` (`sentBy`, `writtenBy`): the agent, not a table's index.
const DONE_BY = new Set(['sent', 'made', 'done', 'written', 'taken', 'given', 'paid', 'held', 'sold', 'bought', 'run', 'kept', 'read', 'seen', 'shown', 'built', 'set', 'won']);

/** Precompiled key-name rules with a bounded per-name memo (key names repeat on every record). */
export class KeyClassifier {
  readonly #exact = new Map<string, KeyClass>();
  readonly #memo = new BoundedCache<KeyClass>(4096);
  readonly #tables = new BoundedCache<KeyClass | 'none'>(1024);

  constructor(extraSecrets: readonly string[], extraPersonal: ReadonlyMap<string, PersonalDataType>, allow: readonly string[]) {
    for (const k of MEASURE_KEYS) this.#exact.set(k, 'measure');
    for (const k of PERSON_KEYS) this.#exact.set(k, 'person');
    for (const k of ENTITY_KEYS) this.#exact.set(k, 'entity');
    for (const k of NAME_PARTS) this.#exact.set(k, 'namepart');
    for (const [k, type] of PERSONAL_EXACT) this.#exact.set(k, type);
    for (const k of SECRET_EXACT) this.#exact.set(k, 'secret');
    for (const k of BANK_CODES) this.#exact.set(k, 'allow');
    for (const k of MESSAGE_ID_KEYS) this.#exact.set(k, 'allow');
    for (const [k, type] of extraPersonal) this.#exact.set(normaliseKeyName(k), type);
    for (const k of extraSecrets) this.#exact.set(normaliseKeyName(k), 'secret');
    // Allow-listing is explicit and exact: it wins over every built-in rule.
    for (const k of allow) this.#exact.set(normaliseKeyName(k), 'allow');
  }

  /**
   * `lastOrderByEmail: { <address>: "ORD-…" }`, `runsByUserId: Map`: the word after `by` names what
   * the table is indexed by (its keys, scanned as data anyway), the words before it name its
   * values. The class of those values, for a key of that form; undefined for any other key.
   */
  tableValueClass(key: string): KeyClass | undefined {
    let cls = this.#tables.get(key);
    if (cls === undefined) {
      const words = keyWords(key);
      const by = words.length - 2;
      const head = words.slice(0, Math.max(by, 0));
      const last = head[head.length - 1];
      // `approvedByEmail`, `sentByPhone`: who did it, the value is that person's address or number.
      if (by < 1 || words[by] !== 'by' || last === undefined || last.endsWith('ed') || DONE_BY.has(last)) cls = 'none';
      // A table of sessions maps people to their session ids: bearer credentials while they live.
      else if (last === 'sessions' || last === 'session' || last === 'sids') cls = 'secret';
      // `keysByPartner`, `keysByTenant`: a table of keys indexed by who holds them; a lone `keys`
      // is left to its value, but a table of them holds credentials (`pk_<hex>` reads as a word).
      else if (head.length === 1 && last === 'keys') cls = 'secret';
      else cls = this.classify(head.join('_'));
      this.#tables.set(key, cls);
    }
    return cls === 'none' ? undefined : cls;
  }

  classify(key: string): KeyClass {
    let cls = this.#memo.get(key);
    if (cls === undefined) {
      cls = this.#classify(normaliseKeyName(key), key);
      this.#memo.set(key, cls);
    }
    return cls;
  }

  #classify(name: string, key: string): KeyClass {
    const exact = this.#exact.get(name);
    if (exact !== undefined) return exact;
    const words = keyWords(key);
    const lastWord = words[words.length - 1] ?? '';
    // FCM's `collapse_key` (APNs' `apns-collapse-id`) groups pushes under a label the app picks
    // (`order_updates`): the value decides, as for a bare `key`.
    if (lastWord === 'key' && words.length === 2 && words[0] === 'collapse') return 'keylike';
    // `pickup_code`, `doorCode`, `lockboxCode`: what opens a parcel locker, a door or a key box.
    if (isAccessCodeName(words)) return 'secret';
    // `enrolmentTicket`, `verification_ticket`: the ticket of a flow's link, whose holder finishes
    // the flow; a random value is it, a word (`expired`) is a state. A bare `ticket` is mostly a
    // help-desk number and is judged by its value beside it (see sign-in-transactions.ts).
    if (lastWord === 'ticket' && words.length >= 2 && words.slice(0, -1).some((w) => TICKET_FLOW_WORDS.has(w))) return 'keylike';
    const byWords = secretByWords(keyWords(key), ENV_STYLE.test(key));
    if (byWords === 'secret') return 'secret';
    const bySubstring = SECRET_SUFFIXES.some((s) => name.endsWith(s)) || SECRET_CONTAINS.some((s) => name.includes(s));
    // `passwordPolicy`, `apiKeyAgeDays`: the words show the key describes a credential.
    if (bySubstring && byWords !== 'about') return 'secret';
    // A lone `key`/`keys`: a lookup key, a list of field names, or Koa's signing keys; the value decides.
    if (name === 'key' || name === 'keys') return 'keylike';
    // Docker's `auths.<registry>.auth`, npm's `_auth`: base64 `user:password`, or a word (`auth: "jwt"`).
    // `REDIS_AUTH`, `MONGO_AUTH`: a password, or a setting (`BASIC_AUTH=false`); the value decides.
    if (name === 'auth' || (lastWord === 'auth' && words.length > 1)) return 'keylike';
    // `HASH_SALT`, `TOTP_SEED`, `PASSWORD_PEPPER`: secret when random-looking; `randomSeed: 42` is a number of a test run.
    if (lastWord === 'salt' || lastWord === 'seed' || lastWord === 'pepper') return 'keylike';
    // Consul's and Serf's `encrypt` (`gossip.encrypt`, `-encrypt=`) is the base64 gossip key itself;
    // `encrypt: true` or `encrypt: "aes-256-gcm"` is a setting; the value decides.
    if (lastWord === 'encrypt') return 'keylike';
    // KMS `GenerateDataKey` answers with the data key twice: `CiphertextBlob` (safe) and
    // `Plaintext`, the key itself in base64; `plaintext: true` (gRPC, SMTP) is a transport setting.
    if (lastWord === 'plaintext') return 'keylike';
    // A bare `session`: a session id (64 hex from the store), or a name (`session: "checkout"`); the value decides.
    if (name === 'session' || name === 'sess') return 'keylike';
    // `resetUrl`, `magic_link`: a link that signs its holder in (see credential-links.ts).
    if (LINK_WORDS.has(lastWord) && words.slice(0, -1).some((w) => KEY_FLOW_WORDS.has(w))) return 'link';
    if (VERSION_WORDS.has(lastWord)) return 'version';
    // `mergedBy`, `approved_by`, `closedBy`: who did it, a person.
    if (lastWord === 'by' && words.length > 1) return 'person';
    if (words.some((w) => w === 'birth' || w === 'dob' || w === 'born')) return 'dob';
    // `recipientName`, `guestName`, `authorName`: a name of a person.
    if (NAME_WORDS.has(lastWord) && words.slice(0, -1).some((w) => PERSON_WORDS.has(w) || PERSON_WORDS.has(w + 's'))) {
      return 'name';
    }
    if (words.some((w) => CARD_WORDS.has(w))) return 'cardctx';
    if (name.endsWith('email') || name.endsWith('emailaddress')) return 'email';
    if (name.endsWith('phone') || name.endsWith('phonenumber')) return 'phone';
    if (name.endsWith('ipaddress') || name.endsWith('clientip')) return 'ip';
    // `department: "Customer Care"`, `homeDivision`, `costCenter`: a unit of an organisation that
    // many people share, even inside a person's record. Its words look like a name (two capitalised
    // words) but name no one; the value is still scanned as text.
    if (ORG_UNIT_WORDS.has(lastWord) || ORG_UNIT_NAMES.some((s) => name.endsWith(s))) return 'entity';
    // EXIF's `GPSLatitude`/`GPSLongitude`, `pickupLat`, `home_lng`: one number of a point.
    if (COORDINATE_WORDS.has(lastWord) && words.length > 1) return 'address';
    return 'plain';
  }
}

// `?invite=…`, `?reset=…`: the link that invites or resets carries its one-use token under the
// flow's name, so a token-shaped value is that token; `?invite=true`, `?reset=1` are page flags and
// stay (the value decides, in the caller).
/** Whether a query parameter is named by a credential flow alone (its token-shaped value is the flow's token). */
export function isFlowParameter(key: string): boolean {
  return key.length <= 20 && FLOW_PARAMETERS.has(normaliseKeyName(key));
}

/** Query-string parameter names that carry credentials even though the same name is harmless as a log field. */
export const SECRET_QUERY_PARAMS: ReadonlySet<string> = new Set([
  'code', 'sig', 'key', 'auth', 'xamzsignature', 'xamzcredential', 'xgoogsignature', 'xgoogcredential', 'session',
  'ticket', 'jwt', 'assertion',
]);

// Values under credential names that are settings, not credentials: how a second factor is
// delivered (`mfa: "totp"`), whether a credential is set. A closed list, matched whole: a one-time
// code is digits and a password is not one of these words.
const CREDENTIAL_SETTINGS = new Set([
  'totp', 'hotp', 'sms', 'webauthn', 'u2f', 'fido2', 'passkey', 'push', 'voice', 'authenticator', 'yubikey',
  'none', 'disabled', 'enabled', 'required', 'optional', 'unset', 'not-set', 'redacted', 'masked',
  // MySQL's "(using password: YES)" and other flags saying whether one was given.
  'yes', 'no', 'true', 'false',
  // The algorithm a MAC or signature setting names (`hmac: 'sha256'`, `signing: 'HS256'`), not its key.
  'md5', 'sha1', 'sha-1', 'sha224', 'sha256', 'sha-256', 'sha384', 'sha-384', 'sha512', 'sha-512', 'sha3-256',
  'hmac-sha1', 'hmac-sha256', 'hmac-sha512', 'hs256', 'hs384', 'hs512', 'rs256', 'es256', 'eddsa', 'blake2b',
]);

/** Whether a string under a credential name is one of the settings above rather than a credential. */
export function isCredentialSetting(value: string): boolean {
  return value.length <= 14 && CREDENTIAL_SETTINGS.has(value.toLowerCase().replace(/[).,;]+$/, ''));
}

// Plural credential words: an integer under them (`usage.tokens: 1532`, `secrets: 12`) is a count.
const COUNTED = new Set(['tokens', 'secrets', 'keys', 'credentials', 'passwords', 'cookies', 'apikeys', 'sessions']);

// Members of an object of counts under a plural credential word (`tokens: { prompt: 1532, completion: 211 }`,
// `secrets: { total: 4, rotated: 1 }`): what was counted, never whose credential it is.
const COUNT_PARTS = new Set([
  'prompt', 'completion', 'input', 'output', 'total', 'cached', 'cache', 'reasoning', 'audio', 'image', 'text', 'used',
  'remaining', 'max', 'min', 'limit', 'count', 'active', 'expired', 'revoked', 'issued', 'created', 'rotated', 'read',
  'write', 'creation', 'tokens', 'accepted', 'rejected', 'valid', 'invalid', 'pending', 'failed',
]);

/** Whether an object under a count name holds only counts (small non-negative integers under counting words). */
export function isCountObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length > 0 &&
    entries.length <= 32 &&
    entries.every(([k, v]) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && keyWords(k).every((w) => COUNT_PARTS.has(w)))
  );
}

/** Whether an integer under this key is a count of credentials rather than one. */
export function isCountName(key: string): boolean {
  const words = keyWords(key);
  return COUNTED.has(words[words.length - 1] ?? '');
}

/**
 * `PWD=/srv/app` in a sudo line or an environment dump is the shell's working directory (POSIX
 * `PWD`), not a password: upper-case `PWD` with an absolute path.
 */
export function isWorkingDirectory(key: string, value: string): boolean {
  return key === 'PWD' && /^(?:\/|~\/|[A-Za-z]:\\)[^\s]*$/.test(value);
}

// A reference to a secret held elsewhere, as the whole value: shell and CI variables (`$DB_PASSWORD`,
// `${DB_PASSWORD}`, `${{ secrets.X }}`), templates (`{{ vault_db_password }}`), secret-manager
// names (`arn:aws:secretsmanager:…`, `arn:aws:ssm:…:parameter/…`, `projects/p/secrets/s/versions/3`,
// `op://vault/item/field`, `vault:secret/data/db#password`) and mounted files (`/run/secrets/db`).
// The reference holds no secret and says where a misconfigured one came from.
const SECRET_REFERENCE = new RegExp(
  [
    // Bare `$VAR` only in upper case: a password may well start with `$` (`$uperS3cret`).
    String.raw`\$[A-Z_][A-Z0-9_]{1,127}`,
    String.raw`\$\{[A-Za-z_][\w.:-]{0,127}\}`,
    String.raw`\$?\{\{[ \t]*[\w.\[\]'"|() -]{1,200}?[ \t]*\}\}`,
    String.raw`arn:aws[\w-]{0,16}:(?:secretsmanager|ssm|kms):[\w-]{0,32}:\d{12}:[\w/+=,.@:-]{1,512}`,
    String.raw`projects\/[\w.-]{1,128}\/secrets\/[\w.-]{1,256}(?:\/versions\/(?:\d{1,10}|latest))?`,
    String.raw`(?:op|vault|sm|gcpsm|awssm|azkv|doppler|infisical):\/{0,2}[\w.-]{1,128}(?:\/[\w.#-]{1,128}){0,6}`,
    String.raw`(?:\/run\/secrets|\/var\/run\/secrets|\/etc\/secrets|\/vault\/secrets|\/mnt\/secrets(?:-store)?)(?:\/[\w.-]{1,128}){1,4}`,
  ].join('|'),
);
const REFERENCE_START = '${/aposvgdi';
const WHOLE_REFERENCE = new RegExp(`^(?:${SECRET_REFERENCE.source})$`);

/** Whether a value under a credential name is a reference to a secret rather than the secret. */
export function isSecretReference(value: string): boolean {
  // Every reference starts with one of these (`$`, `{`, `/`, or a scheme's or `arn:`'s letter): most
  // credentials are rejected by their first character, without the regex.
  return value.length <= 600 && REFERENCE_START.includes(value.charAt(0)) && WHOLE_REFERENCE.test(value);
}

/** The reference at `at` in text (a sticky match), for values that hold blanks (`${{ secrets.X }}`). */
export const SECRET_REFERENCE_AT = new RegExp(`(?:${SECRET_REFERENCE.source})(?=$|[\\s"'\`;,&)])`, 'y');

// Last words of member names that describe a credential document rather than hold its secret:
// a service-account key file (`project_id`, `client_email`, `token_uri`), an OAuth token response
// (`token_type`, `expires_in`), a registry login (`serveraddress`).
const DESCRIBING_WORDS = new Set([
  ...ABOUT_SECRET,
  'email', 'project', 'region', 'domain', 'host', 'hostname', 'port', 'tenant', 'realm', 'protocol', 'scheme',
  'serveraddress', 'database', 'dbname',
  // A WebAuthn credential's authenticator model (AAGUID, the same for every key of a make) and how
  // it is reached (`transports: ["usb", "nfc"]`, `authenticatorAttachment`): no key material.
  'aaguid', 'transport', 'transports', 'attachment',
]);
// Members of such documents that are credentials whatever else their words say (`private_key`, `refresh_token`).
const HELD_WORDS = new Set(['key', 'keys', 'secret', 'secrets', 'token', 'tokens', 'password', 'pass', 'pin', 'code', 'data', 'value']);

/**
 * Inside an object under a credential name (`credentials: {…}`), whether a member named `key`
 * only describes the credential (its id, type, issuer, where it is used) and so is kept. Members
 * with other names (`secrets: { db: … }`) are taken for the credentials the parent name announced.
 */
export function describesCredential(key: string): boolean {
  const words = keyWords(key);
  const last = words[words.length - 1];
  // `private_key_id` names the key material of the same document: it goes with the key.
  if (last === undefined || HELD_WORDS.has(last) || words.includes('private')) return false;
  return DESCRIBING_WORDS.has(last);
}

// A cache or store key: namespace words joined by `:`, then a UUID or a number (`profile-cache:<uuid>`,
// `quota:tenant:884213`). Session stores key by the session id itself (`sess:<sid>`), and reset,
// CSRF and login-link stores by the token: such namespaces keep the key a credential.
const NAMESPACED_KEY = /^[a-z][a-z0-9_-]{0,31}(?::[a-z][a-z0-9_-]{0,31}){0,4}:(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{1,20})$/i;
const CREDENTIAL_NAMESPACE = /sess|sid|token|tok|csrf|xsrf|otp|reset|auth|nonce|secret|key|magic|invite|verif|refresh|login|jwt|bearer|cred|pass|code|confirm|activat|unsubscribe/i;

/** Whether a value under a bare `key` is a namespaced lookup key of a cache or store, not a credential. */
export function isNamespacedLookupKey(value: string): boolean {
  if (value.length > 200 || !NAMESPACED_KEY.test(value)) return false;
  return !CREDENTIAL_NAMESPACE.test(value.slice(0, value.lastIndexOf(':')));
}

/**
 * `rrn` names two things: a Korean resident registration number (13 digits) and a card network's
 * retrieval reference number (ISO 8583 field 37: 12 characters). Twelve characters are the latter.
 */
export function isRetrievalReference(key: string, value: string): boolean {
  return value.length === 12 && /^[0-9A-Za-z]{12}$/.test(value) && normaliseKeyName(key) === 'rrn';
}

const APPROVAL_CODE_KEYS = new Set(['authcode', 'authorizationcode', 'approvalcode', 'authorisationcode']);

/**
 * An issuer's approval code (ISO 8583 field 38: six characters) under `auth_code` in a card
 * payment line: a reference of the authorisation, which the card holder never types. The caller
 * checks for card context; elsewhere `auth_code` is an OAuth code or a login code.
 */
export function isApprovalCode(key: string, value: string): boolean {
  return value.length === 6 && /^[0-9A-Za-z]{6}$/.test(value) && APPROVAL_CODE_KEYS.has(normaliseKeyName(key));
}

// Words of a one-time code's delivery or a step-up (`otp sent by sms`, a 3-D Secure challenge,
// `otpSent`, `channel: "sms"`): a card payment's 3-D Secure step asks the holder for a six-digit
// code under the same names as the issuer's approval code, and that one the holder types.
export const ONE_TIME_FLOW =
  /(?<![a-z])(?:otp|sms|mfa|2fa)(?![a-z])|OTP|SMS|MFA|2FA|(?<=[a-z])(?:Otp|Sms|Mfa)|(?<![A-Za-z\d])3-?[Dd]-?[Ss](?![a-z])|3-?D[ -]?Secure|[Oo]ne[ _-]?[Tt]ime|[Ss]tep[ _-]?[Uu]p|[Pp]asscode/;

/** Whether text (a line, or a record's keys and short values) speaks of a one-time code's delivery. */
export function oneTimeFlow(text: string): boolean {
  return ONE_TIME_FLOW.test(text);
}
