import { isGivenName, NOT_A_SURNAME, PREFIXED_GIVEN_SOURCE } from './given-names.js';
import { wordAlternation } from './word-trie.js';
import { SCRIPT_FIELD_NAMES } from './personal-keys.js';
import { foreignFullName, uncasedNameSpan } from './script-names.js';

/**
 * Patterns for people in free text: a word that introduces a person ("approved by:", "handed to",
 * "Dear", "Herr", "Mme", "Sra."), a mail display name (`"Jane Doe" <jane@…>`), and a given name
 * from {@link GIVEN_NAMES} followed by a capitalised word where nothing introduces it. Names in
 * non-Latin scripts are words of those scripts after the same cues.
 */

// Letters of the scripts a name may be written in other than Latin (Greek, Cyrillic, Armenian,
// Hebrew, Arabic, Syriac, Thaana, the Indic scripts from Devanagari to Sinhala, Thai, Lao, Myanmar,
// Georgian, Ethiopic, Khmer, kana, CJK ideographs, Hangul). Arabic's comma, semicolon, question mark,
// full stop and digits sit in its block but end a name (`اسمي سلمى القحطاني، رقم …`).
export const NON_LATIN = String.raw`\u0370-\u03FF\u0400-\u04FF\u0530-\u058F\u0590-\u05FF\u0620-\u065F\u066E-\u06D3\u06D5-\u06FF\u0700-\u074F\u0780-\u07BF\u0900-\u0DFF\u0E00-\u0EFF\u1000-\u109F\u10A0-\u10FF\u1200-\u137F\u1780-\u17FF\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF`;
// Han and kana: a blank in such text also separates words of a sentence ("陈伟 核验了 …"), so a
// further part joins the name only where a name part ends: before a Japanese particle or honorific
// ("渡辺 結衣 が", "田中 一郎 様"), punctuation, an arrow (`… for 林 美咲 -> …`), a mailbox (`李 娜 <li.na@…>`, `李 娜 (li.na@…)`) or the end. Other
// scripts space words of a name alike.
const HAN_KANA = String.raw`\u3040-\u30FF\u4E00-\u9FFF`;
export const NON_LATIN_NAME = String.raw`[${NON_LATIN}]{1,24}(?:[ \u00B7\u30FB](?:(?![${HAN_KANA}])[${NON_LATIN}]{1,24}|[${HAN_KANA}]{1,4}(?=[ ]?(?:[がはのをにともへで]|様|さん|氏|殿)|[ \t]*(?:[,，、。:：;)）\]<!！"]|\((?:[\w.+-]{1,64}@|<email:)|$)|[ \t]{1,2}(?:->|=>|\u2192)))){0,3}(?![${NON_LATIN}])`;
// With Vietnamese: the horned Ơ/Ư of Latin Extended-B, the toned letters of Latin Extended Additional.
export const UPPER = String.raw`A-Z\u00C0-\u00DE\u0100-\u017F\u01A0\u01AF`;
export const LOWER = String.raw`a-z\u00DF-\u00FF\u0100-\u017F\u0180-\u024F\u1E00-\u1EFF`;
// Particles inside family names, lower case (van, de, bin) or capitalised one-letter and short
// Gaelic ones ("Ó Súilleabháin", "Ní Bhriain", "Mac Giolla").
const PARTICLE = String.raw`(?:van|von|de|der|den|da|di|du|del|della|dei|degli|la|le|dos|das|do|bin|binti|bint|al|ibn|el|ten|ter|vom|zu|zum|y|ap|ben|bat|abu|Ó|Ní|Nic|Mac|Uí)`;
// A capitalised word, also with an elided particle or a second part ("O’Brien-Smythe", "D'Angelo", "Jean-Luc").
const LATIN_WORD = String.raw`(?:${PREFIXED_GIVEN_SOURCE}|[${UPPER}](?:['\u2019][${UPPER}])?[${LOWER}]{1,30}(?:[-'\u2019][${UPPER}]?[${LOWER}]{1,30}){0,2})`;
const LATIN_SURNAME = String.raw`[${UPPER}](?:[${LOWER}]|['\u2019](?=[${UPPER}${LOWER}])|[A-Z](?=[a-z])|-(?=[${UPPER}]))[${UPPER}${LOWER}'\u2019-]{0,30}`;
// One to four capitalised words, with particles ("Marek van der Berg", "Ana María López García").
export const LATIN_NAME = String.raw`${LATIN_WORD}(?:[ \t](?:${PARTICLE}[ \t])*${LATIN_SURNAME}){0,3}(?![\w\u00C0-\u017F\u1E00-\u1EFF])`;

const BY_VERBS = [
  'created', 'signed', 'approved', 'requested', 'reported', 'submitted', 'updated', 'modified', 'deleted', 'booked',
  'placed', 'reviewed', 'merged', 'closed', 'resolved', 'authored', 'written', 'invited', 'referred', 'verified',
  'handled', 'owned', 'escalated', 'acknowledged', 'received', 'prepared', 'issued', 'sent', 'opened', 'cancelled',
  'canceled', 'confirmed', 'accepted', 'rejected', 'edited', 'uploaded', 'delivered', 'collected', 'picked up',
  'disputed', 'initiated', 'raised', 'filed', 'claimed', 'ordered', 'authorised', 'authorized', 'seen', 'treated',
  'examined', 'admitted', 'witnessed', 'countersigned', 'paid',
  // What a customer does with an account: loyalty points, vouchers, purchases.
  'redeemed', 'purchased', 'bought', 'gifted', 'topped up',
];
// Verbs of decisions about a person's case ("approved for", "manual_review for").
const FOR_VERBS = [
  'approved', 'verified', 'rejected', 'declined', 'flagged', 'registered', 'booked', 'reserved', 'issued', 'scheduled',
  'prescribed', 'manual_review', 'manual review', 'review', 'pending', 'cleared', 'onboarded', 'enrolled', 'screened',
  // "Failed to fetch user profile for …": a profile is a person's.
  'profile',
];
const TO_VERBS = ['assigned', 'handed', 'handed over', 'delivered', 'shipped', 'escalated', 'transferred', 'reassigned', 'forwarded', 'sent', 'addressed', 'issued', 'refunded', 'paid'];
// Things a person sends: "message from", "application from" introduce the sender.
const FROM_NOUNS = [
  'message', 'ticket', 'application', 'request', 'email', 'e-mail', 'call', 'complaint', 'feedback', 'inquiry', 'enquiry',
  'note', 'reply', 'response', 'letter', 'payment', 'transfer', 'refund', 'review', 'comment', 'donation', 'gift', 'sms',
  'text', 'voicemail', 'chat', 'submission', 'appeal', 'claim', 'booking', 'reservation',
];
// Sign-offs: the name after them is the writer's.
const SIGN_OFFS = [
  'thanks,', 'thank you,', 'many thanks,', 'best,', 'regards,', 'kind regards,', 'best regards,', 'warm regards,',
  'cheers,', 'sincerely,', 'yours sincerely,', 'cordialement,', 'bien cordialement,', 'saludos,', 'atentamente,',
  'un saludo,', 'grüße,', 'viele grüße,', 'beste grüße,', 'mit freundlichen grüßen,', 'mfg,', 'cordiali saluti,',
  'saluti,', 'atenciosamente,', 'abraços,', 'groeten,', 'met vriendelijke groet,', 'pozdrawiam,', 'hälsningar,',
];
// Greetings, sign-offs and words naming a relative or an account's holder: a single capitalised
// word after them is a name even when it is not a listed given name ("Thanks, Oluwaseun").
export const STRONG_CUE = new RegExp(
  `^(?:${wordAlternation(['dear', 'hi', 'hello', 'hey', 'hola', 'bonjour', 'liebe', 'lieber', 'sehr geehrte', 'sehr geehrter', 'cher', 'chère', 'estimado', 'estimada', 'caro', 'cara', 'gentile', 'next of kin', 'kontoinhaber', 'kontoinhaberin', 'titular', 'au nom de', 'a nombre de', 'em nome de', 'a nome di', ...SIGN_OFFS], true)})`,
);
// Nouns and greetings that introduce a person, in English and the languages logs are often written in.
const NOUNS = [
  'customer', 'customer name', 'client', 'patient', 'guest', 'recipient', 'cardholder', 'applicant', 'employee',
  'passenger', 'contact', 'contact person', 'attn', 'attn.', 'dear', 'hello', 'hi', 'name', 'name is', 'my name is',
  'owner', 'driver', 'courier', 'tenant', 'member', 'student', 'signer', 'reviewer', 'approver', 'assignee',
  'kunde', 'kundin', 'cliente', 'paciente', 'patiente', 'patientin', 'destinataire', 'empfänger', 'liebe', 'lieber',
  'sehr geehrte', 'sehr geehrter', 'bonjour', 'cher', 'chère', 'estimado', 'estimada', 'hola', 'caro', 'cara', 'gentile',
  // Relatives and holders of accounts, and the people named on labels and payments, in several languages.
  'next of kin', 'nok', 'guardian', 'emergency contact', 'spouse', 'beneficiary', 'account holder', 'holder',
  'titular', 'kontoinhaber', 'kontoinhaberin', 'inhaber', 'inhaberin', 'au nom de', 'a nombre de', 'em nome de',
  'a nome di', 'intestatario', 'intestataria', 'bénéficiaire', 'beneficiario', 'beneficiária', 'begünstigter',
  'ship to', 'bill to', 'sold to', 'deliver to', 'signatory', 'le client', 'la cliente', 'el cliente', 'il cliente',
  // Customers, patients, the insured, applicants, employees and callers as case notes and summaries
  // name them in the languages of the countries they are written in ("Klant … vraagt", "Patientin …").
  'klant', 'klantnaam', 'kund', 'kunden', 'klient', 'klientin', 'klientka', 'clienta', 'asiakas', 'müşteri',
  'patiënt', 'patiënte', 'pacjent', 'pacjentka', 'pacient', 'pacientka', 'paziente', 'potilas', 'pasient',
  'versicherte', 'versicherter', 'versicherten', 'verzekerde', 'assuré', 'assurée', 'asegurado', 'asegurada',
  'segurado', 'segurada', 'assicurato', 'assicurata', 'ubezpieczony', 'ubezpieczona', 'antragsteller',
  'antragstellerin', 'aanvrager', 'demandeur', 'demandeuse', 'solicitante', 'richiedente', 'wnioskodawca',
  'mitarbeiter', 'mitarbeiterin', 'medewerker', 'medewerkster', 'employé', 'employée', 'empleado', 'empleada',
  'funcionário', 'funcionária', 'dipendente', 'pracownik', 'pracownica', 'anställd', 'ansatt', 'anrufer',
  'anruferin', 'beller', 'appelant', 'appelante', 'llamante', 'chiamante', 'mitglied', 'socio', 'socia',
  'author', 'sender', 'agent', 'caller', 'requester', 'reporter', 'submitter', 'spoke with', 'talked to', 'met with',
  'on behalf of', 'c/o', 'care of', 'hey', 'insured', 'policyholder', 'rider', 'payer', 'payee', 'defendant',
  'plaintiff', 'claimant', 'witness', 'tenant', 'landlord', 'pasajero', 'pasajera', 'passageiro', 'passager', 'fahrgast',
  'huésped', 'pupil', 'staff member', 'account owner', 'account name', 'owner of account', 'name on account',
  'name on card', 'verified as', 'identified as', 'this is', 'mein Name ist', 'ich heiße', 'ik ben', 'ik heet', 'mijn naam is', 'aqui é', 'aquí es', 'soy', 'sou',
  'me chamo', 'meu nome é', 'mi nombre es', 'jestem', 'nazywam się', 'je suis', "je m'appelle", 'me llamo', 'mi chiamo', 'меня зовут', 'اسمي', 'שמי',
  // Self-introductions at the start of a chat or a text message ("Hi, I'm …", "hier ist …", "sono …");
  // "it's" only after a greeting ("Hi its …"), where it introduces the writer.
  "i'm", 'i’m', 'i am', 'hier ist', 'ich bin', 'sono', 'eu sou', 'jag heter', 'mitt namn är',
  // Dutch answers the phone and opens a chat with "met" and the name ("Hallo, met …"); alone the
  // word is "with", so only after a greeting.
  // Portuguese speaks on the telephone with "fala" before the name ("Olá, fala …", "aqui fala …");
  // alone the word is "speaks" (`fala inglês`), so only after a greeting or "aqui".
  'olá, fala', 'ola, fala', 'olá fala', 'oi, fala', 'bom dia, fala', 'boa tarde, fala', 'boa noite, fala', 'aqui fala',
  'hallo, met', 'hallo met', 'hoi, met', 'hoi met', 'goedemorgen, met', 'goedemiddag, met', 'goedenavond, met',
  "hi it's", 'hi its', "hi, it's", 'hi, its', "hey it's", 'hey its', "hey, it's", "hello it's", "hello, it's",
  // French "c'est …" ("it's …") likewise only after a greeting or "moi" ("moi c'est …", "me, it's …").
  "bonjour, c'est", 'bonjour, c’est', "bonjour c'est", 'bonjour c’est', "salut, c'est", 'salut, c’est', "salut c'est",
  'salut c’est', "moi c'est", 'moi c’est', "moi, c'est", 'moi, c’est',
  // Greetings that open a letter or a mail to a person, in the languages shops write to their
  // customers ("Hallo Anna Berg,", "Здравствуйте Тимур Галиев,"). A lone word after them is a name
  // only when it is a given name ("Hallo Welt" stays); in scripts with capitals a name starts with one.
  'hallo', 'hej', 'hei', 'ciao', 'olá', 'oi', 'salut', 'bonsoir', 'buongiorno', 'cześć', 'witaj', 'ahoj',
  'guten tag', 'guten morgen', 'buenos días', 'buenas tardes', 'bom dia', 'boa tarde', 'dzień dobry', 'goedemorgen',
  'здравствуйте', 'привет', 'добрый день', 'уважаемый', 'уважаемая', 'дорогой', 'дорогая', 'шановний', 'шановна',
  'αγαπητέ', 'αγαπητή', 'γεια σας', 'γεια σου', 'merhaba', 'selam', 'sayın', 'xin chào', 'szia', 'dobrý den',
  // Cyrillic and Greek greetings set off by a comma ("Здравствуйте, Анна!"); "Hallo, Hinterhof …" reads on as prose.
  'здравствуйте,', 'привет,', 'добрый день,', 'γεια σας,', 'γεια σου,',
  // Who is on a call: "customer on the phone is …", "caller on the line is …".
  // Russian and Ukrainian open a chat with a greeting, "this is" and the name ("Здравствуйте, это …");
  // alone "это" starts any sentence ("это заказ"), so only after a greeting.
  'здравствуйте, это', 'здравствуйте это', 'привет, это', 'привет это', 'добрый день, это', 'добрый вечер, это',
  'алло, это', 'вітаю, це', 'привіт, це', 'добрий день, це',
  // Whose bell a courier rings (`Bitte klingeln bei …`, `sonner chez …`): the resident's name.
  'klingeln bei', 'sonner chez', 'sonnez chez',
  'on the phone is', 'on the line is', 'on the phone:', 'am Telefon ist', 'au téléphone :', 'al teléfono está',
  'consulta de', 'solicitud de', 'mensaje de', 'demande de', 'message de', 'anfrage von', 'nachricht von',
  // What is done to a person's record ("Updated profile of …", "changed the address of …").
  'profile of', 'profil von', 'profil de', 'perfil de',
  'address of', 'shipping address for', 'billing address for', 'delivery address for', 'mailing address for',
  'home address for', 'postal address for', 'phone number of', 'email address of', 'identity of', 'adresse de', 'numéro de téléphone de',
  'adresse von', 'anschrift von', 'telefonnummer von', 'dirección de', 'teléfono de', 'DNI de', 'NIE de', 'adres van',
  'telefoonnummer van', 'indirizzo di', 'adres klienta', 'numer telefonu klienta',
  ...FROM_NOUNS.map((n) => `${n} from`),
  ...SIGN_OFFS,
];
// Desks that act on a customer's record, as admin consoles label who did it ("support: Jane Doe
// changed …"): only as a label before a colon, since "support Kafka Streams" names a feature.
// "operator:" is left out: it names Kubernetes operators and telephone networks as often.
const ROLE_LABELS = [
  'support', 'support agent', 'helpdesk', 'help desk', 'service desk', 'servicedesk', 'customer service',
  'soporte', 'suporte', 'supporto', 'assistance', 'wsparcie', 'kundenservice', 'kundendienst', 'klantenservice',
];
// Titles: after one of these even a single capitalised word is a family name.
// `Pt.` is the clinical abbreviation for the patient.
const TITLES = ['Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Sir', 'Miss', 'Herr', 'Frau', 'Mme', 'Mlle', 'Sra', 'Srta', 'Sr', 'Sig', 'Dott', 'Dña', 'Don', 'Doña', 'Pt'];

// "… sent to <number or mail address> for <name>": a notification says where a code or message went
// and whose it is. The contact stays behind a lookbehind so its own detector still sees it.
const CONTACT_FOR = String.raw`(?<=[ \t]to[ \t](?:\+?\d[\d ().-]{5,18}\d|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}|<(?:phone|email):[^<>\s]{1,60}>)[ \t])for`;
// A greeting, then the writer's name and "here" ("Bonjour, Jean Dupont ici", "Hallo, Anna Berg
// hier", "Hi, Jane Doe here"): the name is the writer's. After a greeting and a comma alone the
// words may be anyone's or anything's ("Hello, World"), so the word after the name must follow.
const LATIN_GREETINGS = ['bonjour', 'salut', 'allô', 'allo', 'bonsoir', 'hallo', 'hello', 'hi', 'hey', 'hoi', 'hola', 'ciao', 'buongiorno', 'olá', 'ola', 'moin', 'servus'];
const SELF_NAMED = String.raw`${wordAlternation(LATIN_GREETINGS, true)},(?=[ \t]{1,3}${LATIN_NAME}[ \t]{1,2}(?:ici|hier|here|aquí|aqui|qui)(?![\w\u00C0-\u017F]))`;
// The person an identity, document or screening check was run for ("document check passed for …",
// "KYC verification failed for …"): onboarding and compliance workers log whose check it was.
const CHECK_SUBJECTS = ['kyc', 'KYC', 'aml', 'AML', 'identity', 'id', 'ID', 'document', 'liveness', 'sanctions', 'pep', 'PEP', 'background', 'age', 'biometric', 'selfie', 'face match'];
const CHECK_NOUNS = ['check', 'checks', 'verification', 'screening', 'match', 'review'];
const CHECK_OUTCOMES = ['passed', 'failed', 'completed', 'succeeded', 'started', 'requested', 'pending', 'approved', 'rejected', 'cleared', 'done', 'ok', 'OK', 'queued', 'expired'];
const CHECK_FOR = String.raw`${wordAlternation(CHECK_SUBJECTS, true)}[ \t_-]${wordAlternation(CHECK_NOUNS)}(?:[ \t]${wordAlternation(CHECK_OUTCOMES)})?[ \t]for`;
// A call transcript asks for the name and the next turn answers it ("Ihr vollständiger Name bitte?
// Anrufer: …", "Aapka poora naam? Caller: …", "Quel est votre nom ? Client : …"): the question is
// about the caller's own name (a possessive or "full" before the word), then a speaker tag may follow.
// Recorded calls put each turn on its own line with a time stamp and a speaker in capitals
// (`[00:00:19] CUSTOMER: …`): the answer is the next line's turn.
const NAME_OWNERS = ['your', 'full', 'ihr', 'ihren', 'dein', 'deinen', 'uw', 'je', 'votre', 'ton', 'su', 'tu', 'seu', 'teu', 'suo', 'tuo', 'pana', 'pani', 'twoje', 'ditt', 'dit', 'ert', 'aapka', 'apka', 'apna', 'tumhara', 'poora', 'pura'];
const NAME_WORDS = ['name', 'naam', 'nom', 'nom complet', 'nombre', 'nombre completo', 'nome', 'nome completo', 'imię', 'imię i nazwisko', 'navn', 'namn', 'nimi', 'adınız', 'isim'];
const NAME_QUESTION = String.raw`${wordAlternation(NAME_OWNERS, true)}[ \t](?:[A-Za-z\u00C0-\u017F]{2,16}[ \t])?${wordAlternation(NAME_WORDS, true)}(?:[ \t]${wordAlternation(['please', 'bitte', 'svp', "s'il vous plaît", 'por favor', 'per favore', 'proszę', 'alstublieft', 'alsjeblieft', 'kya hai', 'batayein', 'bataiye'])})?[ \t]?\?(?:[ \t]{0,2}\r?\n(?=[ \t]{0,8}\[[^\]\n]{1,40}\][ \t]{0,2}[A-Z][\w .#()-]{0,30}:))?[ \t]{0,2}(?:\[[^\]\n]{1,40}\][ \t]{0,2})?(?:[A-Z][\w .#()-]{0,30}:)?`;
// A signature closing a message: a dash and the writer's name right after the number or mail
// address left for a reply ("Contact me jane@… or 0612 … — Jane Doe"). The scanner also needs the
// name to end the message (a quote, the line's end), see {@link SIGNATURE_DASH}.
const CONTACT_DASH = String.raw`(?<=(?:\+?\d[\d ().-]{5,18}\d|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}|<(?:phone|email):[^<>\s]{1,60}>)[ \t]{1,2})[\u2013\u2014-]{1,2}`;
/** A cue that ends in a signature dash: the name after it must close its message. */
export const SIGNATURE_DASH = /[\u2013\u2014-][ \t]*$/;
// Who asked for something, in the languages of the agent's desk ("Remboursement demandé par …",
// "Reembolso solicitado por …", "Erstattung angefordert von …"): the English "requested by" is a BY_VERB.
const REQUESTED_BY = [
  'demandé par', 'demandée par', 'solicitado por', 'solicitada por', 'pedido por', 'pedida por', 'angefordert von',
  'beantragt von', 'richiesto da', 'richiesta da', 'aangevraagd door', 'zlecone przez',
];
// An identity check's verdict in capitals, then a colon and whose it was (`host verification
// APPROVED: …`, `KYC check MANUAL_REVIEW: …`), as onboarding workers log it.
const CHECK_VERDICTS = ['APPROVED', 'REJECTED', 'DECLINED', 'MANUAL_REVIEW', 'PASSED', 'FAILED', 'PENDING', 'CLEARED', 'FLAGGED', 'VERIFIED'];
const CHECK_VERDICT = String.raw`${wordAlternation(CHECK_NOUNS, true)}[ \t]${wordAlternation(CHECK_VERDICTS)}(?=[ \t]?:)`;
// A user named before their mail address in brackets ("appeal: user Jane Doe (jane@…) says"): the
// address says the words before it are a person's name (MAIL_COMMENT_NAME is the reverse order).
const USER_BEFORE_MAILBOX = String.raw`(?:[Uu]ser|USER)(?=[ \t]{1,3}(?:${LATIN_NAME}|${NON_LATIN_NAME})[ \t]{0,2}\((?:[\w.+-]{1,64}@|<email:))`;
// Thanks in a rating's or a chat's comment ("merci Jane!", "thanks Jane Doe.", "спасибо Анна!"):
// the words up to the closing mark thank a person. The mark must follow within a name's length,
// since "thanks for the help" and "merci beaucoup" go on with what the thanks is for.
const THANKS = [
  'thanks', 'thank you', 'thx', 'merci', 'danke', 'vielen dank', 'gracias', 'grazie', 'obrigado', 'obrigada', 'bedankt',
  'dank je', 'tack', 'takk', 'tak', 'dziękuję', 'kiitos', 'teşekkürler', 'спасибо', 'дякую', 'ευχαριστώ', 'شكرا',
  'شكراً', 'תודה',
];
const THANKED = String.raw`${wordAlternation(THANKS, true)}(?=[ \t]{1,3}[^\n!?.,;:"(){}<>]{2,40}[!.,](?![\w]))`;
// An identity confirmed by a channel ("Verified Jane Doe via video", "identified … by passport"):
// trust and safety notes write whose identity was checked between the verb and how.
const IDENTITY_CHANNELS = ['video', 'video call', 'phone', 'call', 'selfie', 'passport', 'ID', 'id', 'document', 'documents', 'licence', 'license', 'face', 'FaceTime', 'Zoom'];
const VERIFIED_VIA = String.raw`(?:[Vv]erified|VERIFIED|[Ii]dentified|[Aa]uthenticated|[Cc]onfirmed)(?=[ \t]{1,3}[^\n;:"<>]{2,50}?[ \t](?:via|by|over|with|through|per)[ \t]${wordAlternation(IDENTITY_CHANNELS)}(?![\w]))`;
const CUE = [
  THANKED,
  VERIFIED_VIA,
  `${wordAlternation(BY_VERBS, true)}[ \\t]by`,
  wordAlternation(REQUESTED_BY, true),
  CHECK_VERDICT,
  USER_BEFORE_MAILBOX,
  `${wordAlternation(TO_VERBS, true)}[ \\t]to`,
  `${wordAlternation(FOR_VERBS, true)}[ \\t]for`,
  wordAlternation(NOUNS, true),
  `${wordAlternation(ROLE_LABELS, true)}(?=[ \\t]{0,3}:)`,
  CONTACT_FOR,
  SELF_NAMED,
  CHECK_FOR,
  NAME_QUESTION,
  CONTACT_DASH,
  // Arabic "hello" before the reader's name (`مرحباً …،`); not "hello, I am" (GREETING_INTRO) or "welcome to you".
  String.raw`(?<![\u0600-\u06FF])(?:مرحبا|مرحباً|أهلا|أهلاً)(?![ \t](?:أنا|بك|بكم|بكِ)(?![\u0600-\u06FF]))`,
].join('|');
const TITLE = String.raw`${wordAlternation(TITLES)}\.?|(?:M|Hr|Fr|Sig\.ra)\.`;

// Cues in Chinese, Japanese and Korean, written without a space before the name.
// With them, Arabic "my name" (`اسمي`), written before the name with a space.
// Support desks label who acted on a record (`客服: …`, `サポート: …`), as the Latin role labels above.
const CJK_CUES = [
  'اسمي', '我是', '我叫', '患者', '氏名', '姓名', '客户', '客戶', '顾客', '收件人', '收货人', '联系人', '聯絡人', '申请人', 'お客様', '宛先', '受取人', '担当', '환자', '고객', '수령인', '이름', '성명', '신청인',
  '客服', '坐席', 'サポート', '상담원',
  // "Dear" in Chinese letters and mails (`尊敬的王伟`, `亲爱的 李 娜`).
  '尊敬的', '亲爱的', '親愛的',
];
// CJK writes a compound key without a space (`고객성명=…`, `受取人氏名: …`): a cue word there opens a
// key that ends in a personal field name, and the pair is read as a key and its value instead.
const CJK_CUE = `${wordAlternation(CJK_CUES)}(?![ \\t]{0,2}${wordAlternation(SCRIPT_FIELD_NAMES)}[ \\t]{0,2}[=:：])`;

// An HTML table row or definition list puts the label in one cell and its value in the next
// (`<td>Ship to</td><td>…`, `<dt>Recipient</dt><dd>…`): the cell boundary stands for the colon.
const CELL_BREAK = String.raw`<\/(?:t[dh]|dt)>[ \t]{0,4}<(?:t[dh]|dd)(?:[ \t][^<>\n]{0,60})?>`;
/** Cue words for a person's name, then the name (Latin or another script). */
export const PERSON_AFTER_CUE = String.raw`(?<![\w\u00C0-\u017F])(?<pctx>(?:(?:${CUE})[ \t]{0,3}(?::?(?:[ \t]{1,3}|\r?\n[ \t]{0,8})(?:"(?=[^"\n]{2,60}"))?|\((?=[^()\n]{2,80}\)[ \t]{0,2}:)|${CELL_BREAK})|${CJK_CUE}[ \t]{0,2}[:：]?[ \t]{0,2})(?:(?:${TITLE})[ \t]{1,3}){0,2})(?<pname>${LATIN_NAME}|${NON_LATIN_NAME})`;
/** A title, then a family name (with or without the given name). */
export const PERSON_AFTER_TITLE = String.raw`(?<![\w\u00C0-\u017F])(?<tctx>(?:${TITLE})[ \t]{1,3}(?:(?:${TITLE})[ \t]{1,3})?)(?<tname>(?:${PARTICLE}[ \t]){0,3}${LATIN_NAME}|${NON_LATIN_NAME})`;
/** A name embossed in capitals after a card-holder word ("cardholder JOHN Q SMITH"). */
export const CARDHOLDER_CAPS = String.raw`(?<![\w\u00C0-\u017F])(?<hctx>(?:[Cc]ard[ \t-]?[Hh]older|CARDHOLDER|[Nn]ame on card|NAME ON CARD|[Ee]mbossed name)(?:[ \t][Nn]ame)?[ \t]{0,3}:?[ \t]{1,3}|(?:${CUE})[ \t]{0,3}:[ \t]{1,3})(?<hname>[A-Z\u00C0-\u00DE\u0100-\u017F]{2,20}(?:[ \t][A-Z\u00C0-\u00DE\u0100-\u017F]{1,20}\.?){1,3})(?![\w\u00C0-\u017F])`;

/** A mail display name before `<address@…>`, quoted or not. */
// A quote right before the name opens a field's value (`to="Jane Doe <jane@…>"` in logfmt), not a
// quoted display name, when a `=` or `:` is before it.
export const MAIL_DISPLAY_NAME = String.raw`(?<![\w\u00C0-\u017F])(?<!(?<![=:])")(?<dname>"[^"\n<>@]{1,80}"|${LATIN_NAME}|${NON_LATIN_NAME})[ \t]{0,2}<(?=[^<>\s@]{1,64}@)`;
// The old mailbox form `jane@example.org (Jane Doe)` (RFC 5322 §3.4 comment) and prose written
// like it ("customer jane@… (Jane Doe) reported"): the words in brackets right after an address are
// its holder's name. The lookbehind runs only after the literal ` (`, so the scan stays cheap.
/** A name in parentheses right after a mail address. */
export const MAIL_COMMENT_NAME = String.raw`[ \t]\((?<=(?:[\w-]@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}|<email:[^<>\s]{1,60}>)[ \t]\()(?<cname>${LATIN_NAME}|${NON_LATIN_NAME})\)`;
// Labels of people in the plural, before a colon ("Authors: Jane Doe, John Roe"): postmortems,
// meeting notes and review summaries list the people one after another, with known given names
// or not. Each item is judged on its own (a firm or team among them stays).
const PEOPLE_LIST_LABELS = [
  'authors', 'co-authors', 'attendees', 'participants', 'reviewers', 'responders', 'approvers', 'assignees', 'owners',
  'present', 'autoren', 'teilnehmer', 'auteurs', 'participants', 'participantes', 'autores', 'partecipanti', 'deelnemers',
];
/** A plural label of people, a colon, and a list of names separated by commas or "and". */
export const PEOPLE_LIST = String.raw`(?<![\w\u00C0-\u017F])(?<lctx>${wordAlternation(PEOPLE_LIST_LABELS, true)}[ \t]{0,3}:[ \t]{1,3})(?<lnames>${LATIN_NAME}(?:(?:[ \t]{0,2},[ \t]{1,3}(?:and[ \t]{1,3})?|[ \t]{1,3}(?:and|&|und|et|y|e|en|i)[ \t]{1,3})${LATIN_NAME}){0,11})`;
/** The items of a {@link PEOPLE_LIST} match, with what separates them. */
export const PEOPLE_LIST_SPLIT = /([ \t]{0,2},[ \t]{1,3}(?:and[ \t]{1,3})?|[ \t]{1,3}(?:and|&|und|et|y|e|en|i)[ \t]{1,3})/;

// A line pasted from a team chat (Slack, Teams, Mattermost, IRC): the channel, an optional time,
// then the speaker and a colon (`#inc-bridge 03:12 Name: text`). After a channel and before the
// colon there is nothing but a person's display name or a bot's.
/** The speaker of a chat line after its `#channel` and time. */
export const CHAT_SPEAKER = String.raw`(?<![^\n])(?<sctx>[ \t]{0,8}#[\w.-]{1,80}[ \t]{1,4}(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\]?[ \t]{1,4})?)(?<sname>${LATIN_NAME}|${NON_LATIN_NAME})(?=[ \t]?:[ \t])`;

// What a messaging or social app's notification says the sender did: "X hat Ihnen geschrieben",
// "X sent you a message", "X vous a envoyé un message", "X liked your photo". Only a person (or an
// account named like one) writes, likes and mentions.
const SENDER_PHRASES = [
  'hat Ihnen geschrieben', 'hat dir geschrieben', 'hat Ihnen eine Nachricht', 'hat dir eine Nachricht', 'hat Sie erwähnt',
  'hat dich erwähnt', 'hat Ihren', 'hat Ihre', 'hat deinen', 'hat deine', 'sent you', 'messaged you', 'wrote to you',
  'replied to you', 'replied to your', 'mentioned you', 'liked your', 'loved your', 'reacted to your', 'commented on your',
  'invited you', 'shared a', 'wants to connect', 'is calling', 'vous a envoyé', 'vous a écrit', 'vous a mentionné',
  "t'a envoyé", 't’a envoyé', "t'a écrit", 't’a écrit', 'a aimé votre', 'a aimé ta', 'a aimé ton', 'te ha enviado',
  'le ha enviado', 'te ha escrito', 'te envió', 'te mencionó', 'le gusta tu', 'te enviou', 'enviou-lhe', 'enviou uma',
  'curtiu sua', 'curtiu seu', 'ti ha inviato', 'ti ha scritto', 'ti ha menzionato', 'heeft je een bericht',
  'heeft u een bericht', 'stuurde je', 'wysłał Ci', 'wysłała Ci', 'napisał do Ciebie', 'napisała do Ciebie',
  'skickade ett meddelande', 'sendte deg', 'sendte dig', 'отправил вам', 'отправила вам', 'написал вам', 'написала вам',
  'отправил тебе', 'отправила тебе', 'σας έστειλε', 'σου έστειλε',
];
/** A sender's name before what a notification says they did ("Jane Doe sent you a message"). */
export const NOTIFICATION_SENDER = String.raw`(?<![\w\u00C0-\u017F'\u2019-]|[${NON_LATIN}])(?<nname>${LATIN_WORD}(?:[ \t](?:${PARTICLE}[ \t])*${LATIN_SURNAME}){0,2}|[${NON_LATIN}]{1,24}(?:[ \u00B7\u30FB][${NON_LATIN}]{1,24}){0,3})(?=[ \t]${wordAlternation(SENDER_PHRASES)}(?![\w\u00C0-\u017F\u0400-\u04FF]))`;

/** Whether a chat speaker or a notification's sender is a person's name, not a bot's or an alert's. */
export function speakerName(value: string): boolean {
  const words = value.split(/[ \t]+/);
  if (!/^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/.test(value)) return value.length >= 2 && cuedName(value, 'cue');
  if (words.length === 1) return isGivenName(value);
  if (!nameBeforeVerb(value) || !cuedNameWords(value)) return false;
  // Two capitalised words alone also name a metric or a tool ("Disk Usage", "Error Budget"): a
  // listed given name or letters beyond ASCII ("Maëlys", "Ó Dálaigh") make them a person's.
  return isGivenName(words[0]!) || /[\u00C0-\u024F\u1E00-\u1EFF'\u2019]/.test(value);
}

/** A capitalised word followed by another: a person when the first is a given name. */
// A word glued to `=` or `:value` is the next field's key (`{Name:Jane Doe Password:x}`, Go's `%+v`), not a surname.
export const NAME_PAIR = String.raw`(?<![\w\u00C0-\u017F'\u2019-])(?<gname>${PREFIXED_GIVEN_SOURCE}|[${UPPER}][${LOWER}]{1,20})[ \t](?<gsur>(?:${PARTICLE}[ \t])*${LATIN_SURNAME}(?!=|:\S)(?:[ \t](?:${PARTICLE}[ \t])*${LATIN_SURNAME}(?!=|:\S)){0,2})(?![\w\u00C0-\u017F\u1E00-\u1EFF])`;

// A writer naming themselves after a greeting, where the language puts the name before a copula
// (Korean `…입니다`, Japanese `…です` / `…と申します` / `…でございます`, Hindi `मैं … हूँ`) or after "I am" (Arabic
// `أنا …`): the greeting and the copula bound the name. Without the greeting the same words state
// anything ("결제 문의입니다": it is a payment question), so both are required. The pattern takes
// any words between them (a literal greeting first and negated classes keep the combined scan
// fast); {@link introName} then decides whether they are a name. Japanese writes the family and the
// given name apart or together and a family name may be one character (李, 林); the copula must end
// its clause, since "…ですが" goes on about a matter, not a person.
const GREETINGS = [
  String.raw`안녕하세요[,.!]?[ ]?`,
  String.raw`(?:お世話になっております|お世話になります|こんにちは|はじめまして)[。、,][ ]?`,
  String.raw`(?:नमस्ते|नमस्कार)[,।]?[ ]मैं[ ]`,
  String.raw`(?:مرحبا|مرحباً|أهلا|أهلاً|السلام عليكم)[،,]?[ ]أنا[ ]`,
];
const GREETING_INTRO = [
  String.raw`${GREETINGS[0]}[^\s,.!?]{2,21}(?:[ ][^\s,.!?]{2,24})?(?=[ ]?(?:입니다|이에요|예요))`,
  String.raw`${GREETINGS[1]}[^\s。、,.!?]{1,21}(?:[ \u3000][^\s。、,.!?]{1,24})?(?=[ ]?(?:です(?:[。、,.!！]|$)|と申します|でございます))`,
  String.raw`${GREETINGS[2]}[^\s,।.!?]{2,20}(?:[ ][^\s,।.!?]{2,24}){1,2}(?=[ ](?:हूँ|हूं))`,
  String.raw`${GREETINGS[3]}[^\s،,.!؟]{2,20}(?:[ ][^\s،,.!؟]{2,20}){1,2}(?=[.،,!؟])`,
].join('|');
/** The greeting at the start of a GREETING_INTRO match (see {@link HONORIFIC_NAME}). */
export const INTRO_GREETING = new RegExp(`^(?:${GREETINGS.join('|')})`);
const INTRO_NAME = /^(?:\p{Lu}\p{Ll}{1,20}(?: \p{Lu}[\p{Ll}'\u2019-]{1,24}){1,2}|[\uAC00-\uD7AF]{2,4}|[\u4E00-\u9FFF\u3005\u3040-\u30FF]{2,6}|[\u4E00-\u9FFF\u3005\u30A0-\u30FF]{1,4}[ \u3000][\u4E00-\u9FFF\u3005\u3040-\u30FF]{1,4}|[\u0900-\u097F]{2,20}(?: [\u0900-\u097F]{2,20}){1,2}|[\u0620-\u064A]{2,20}(?: [\u0620-\u064A]{2,20}){1,2})$/u;
// Words that open a sentence after "I am" in Hindi and Arabic ("very", "not", "cannot", "want").
const INTRO_NOT_A_NAME = /^(?:बहुत|नहीं|لا|لم|لن|ما|في|من|قد|عندي|أريد|أحتاج)(?: |$)/;

/** Whether the words a writer gives after a greeting (see GREETING_INTRO) are a name. */
export function introName(words: string): boolean {
  // A name in a third script (a Thai name after Arabic "I am") is the writer's as well.
  return (INTRO_NAME.test(words) || foreignFullName(words)) && !INTRO_NOT_A_NAME.test(words);
}

/**
 * A CJK name before an honorific (`山田花子様`, a given name in katakana `アヤ様` — without the long
 * vowel mark, so `ユーザー様` "dear user" stays), `김민준님`, `田中 一郎 様`) or, in Chinese, before the
 * possessive 的 and a personal detail (`… 张伟 的身份证号`: whose identity number); a name in another script before an English
 * possessive and a personal device (`अमित शर्मा's laptop` in WireGuard and MDM peer comments): only a
 * person owns a laptop named after them.
 */
// Scripts that Japanese text does not write its own words in: a run of them before が is a
// foreign name, where Han or kana there may be any subject ("システム が …").
const NOT_JAPANESE = String.raw`\u0370-\u03FF\u0400-\u04FF\u0530-\u058F\u0590-\u05FF\u0620-\u065F\u066E-\u06D3\u06D5-\u06FF\u0900-\u0DFF\u0E00-\u0EFF\u10A0-\u10FF\uAC00-\uD7AF`;
// The person asking in a Japanese request line: a name in another script (or two or three
// capitalised Latin words) before が and what is asked for, …を依頼 / 申請 / 希望 (requests,
// applies for, wishes), within the clause ("Sara Levi が ORD-1 の返金を依頼").
const JP_REQUESTER = String.raw`(?<![${NON_LATIN}\w\u00C0-\u017F])(?<jpreq>[${NOT_JAPANESE}]{2,24}(?:[ ][${NOT_JAPANESE}]{2,24}){0,2}|[${UPPER}][${LOWER}]{1,20}(?:[ ][${UPPER}][${LOWER}]{1,24}){1,2})(?=[ ]?が[ ]?[^\n。「」]{1,60}?を(?:依頼|申請|希望))`;
// A chat message opening with the writer's name in another script than the language's own, then
// the Korean or Japanese copula ("Jane Doe입니다.", "Анна Петрова です。"): a run of Latin capitals or of
// a foreign script cannot be the Korean or Japanese words that state a matter ("결제 문의입니다"), so
// no greeting is needed before it. The name must open the message (or follow a quote or label).
const NOT_KOREAN = NOT_JAPANESE.replace(String.raw`\uAC00-\uD7AF`, '');
const FOREIGN_NAME = (script: string): string => String.raw`(?:[${UPPER}][${LOWER}]{1,20}(?:[ -][${UPPER}][${LOWER}]{1,24}){1,3}|[${script}]{2,24}(?:[ ][${script}]{2,24}){0,2})`;
// Japanese words of a matter are not written with a blank inside them: a short Han run, a blank
// and a short Han or hiragana run opening a message before the copula are a family and a given
// name ("佐藤 花子です。"), as are two hiragana runs so spaced (a name written in kana).
const SPACED_JP_NAME = String.raw`[\u4E00-\u9FFF\u3005]{1,3}[ \u3000][\u4E00-\u9FFF\u3005\u3040-\u309F]{1,4}|[\u3040-\u309F]{2,6}[ \u3000][\u3040-\u309F]{2,6}`;
const FOREIGN_INTRO = String.raw`(?<=^|[\n"'“「:：>]|^[ \t]{1,8})(?:${FOREIGN_NAME(NOT_KOREAN)}(?=[ ]?(?:입니다|이에요|예요)(?:[.,!。、 ]|$))|(?:${FOREIGN_NAME(NOT_JAPANESE)}|${SPACED_JP_NAME})(?=[ ]?(?:です(?:[。、,.!！]|$)|と申します|でございます)))`;
export const HONORIFIC_NAME = String.raw`(?<fintro>${FOREIGN_INTRO})|(?<![\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF])(?<hon>[\u4E00-\u9FFF\uAC00-\uD7AF]{2,5}(?=様|さま|さん|氏(?!名)|先生|殿|님|씨)|[\u30A1-\u30FA]{2,6}(?=様|さま|さん|殿)|[\u4E00-\u9FFF]{1,4} [\u4E00-\u9FFF]{1,4}(?= ?(?:様|さま|さん|氏(?!名)|殿))|(?<=^|[\s:：,，、])[\u4E00-\u9FFF]{2,4}(?= ?的(?:身份证|身份證|手机|手機|电话|電話|地址|住址|护照|護照|银行卡|銀行卡|邮箱|郵箱|账户|帳戶|出生日期|生日)))|(?<![${NON_LATIN}])(?<own>${NON_LATIN_NAME})(?=['\u2019]s (?:laptop|phone|iPhone|iPad|MacBook|Mac|PC|desktop|tablet|computer|notebook|Pixel|Android|workstation)\b)|(?<intro>${GREETING_INTRO})|${JP_REQUESTER}`;

/** An airline passenger name record: `DOE/JOHN MR`. */
export const PNR_NAME = String.raw`(?<![\w/])(?<pnr>[A-Z]{2,20}\/[A-Z]{2,20}(?:[ ][A-Z]{2,20})?[ ](?:MR|MRS|MS|MISS|MSTR|DR|MX))(?![\w])`;

/**
 * A mention of an account in chat and tracker text (`@priya.k`); not emails, npm scopes or tags of
 * code, nor the host after a login an earlier pass pseudonymised (`<name:k1:…>@batch7`).
 */
export const MENTION = String.raw`(?<![\w@.+-]|:[0-9a-f]{20}>)@(?<mention>[a-z][a-z0-9._-]{1,37}[a-z0-9])(?![\w@\/-]|\.[A-Za-z0-9])`;

// Verbs that only people do: two or three capitalised words before one are a person's name. Verbs
// that software does too ("Load Balancer called …", "Cache Hit Ratio reported …") are left out or
// taken only with the words that make them a person's ("called about", "wrote in").
const PERSON_VERBS = [
  'called about', 'called in', 'called back', 'called to', 'called us', 'called support', 'emailed', 'phoned', 'wrote in',
  'wrote to', 'said', 'asked', 'complained', 'visited', 'mentioned', 'explained', 'stated', 'signed up', 'checked in',
  'logged in', 'replied that', 'confirmed that', 'requested a', 'requested an',
  // Pasting into a chat or ticket is done by hand ("… pasted the prod key by mistake"); a program
  // copies, exports or writes. Spanish "pegó" is taken with its article (`\b` does not follow `ó`).
  'pasted', 'pegó la', 'pegó el', 'pegó un', 'pegó una', 'colou a', 'colou o', 'a collé',
  // Answering the telephone, and opening a message the same way: "Jane Doe à l'appareil", "… am Apparat".
  "à l'appareil", 'à l’appareil', 'am Apparat', 'al habla', 'al aparato',
];
/** Two or three capitalised words followed by a verb of a person ("Emeka Okonkwo called about …"). */
// A birth date in brackets right after the words says whose it is ("Jane Doe (born 1971)", "(geb. …)").
const BIRTH_IN_BRACKETS = String.raw`[ \t]\((?:born|b\.|DOB|d\.o\.b\.|geb\.|geboren|née?|nacid[oa]|nat[oa]|ur\.|urodzon[ay])[ \t:]{0,2}\d`;
export const NAME_BEFORE_VERB = String.raw`(?<![\w\u00C0-\u017F'\u2019-])(?<vname>${LATIN_WORD}(?:[ \t](?:${PARTICLE}[ \t])*${LATIN_SURNAME}){1,2})(?=[ \t]${wordAlternation(PERSON_VERBS)}\b|${BIRTH_IN_BRACKETS})`;

// Asking the reader to get in touch ("Call Jane Doe at +44 …", "contact Jane Doe on jane@…"): the
// words between the verb and a phone number or mail address are the person to reach. Both ends are
// needed: "Call Graph Builder at 10:30" has no number after it.
const CONTACT_VERBS = ['call', 'contact', 'text', 'ring', 'phone', 'email', 'e-mail', 'message', 'reach', 'ask for', 'write to', 'reach out to'];
/** A name between a verb of getting in touch and the number or address to use. */
export const CONTACT_NAME = new RegExp(
  String.raw`(?<![\w\u00C0-\u017F])${wordAlternation(CONTACT_VERBS, true)}[ \t]+(${LATIN_WORD}(?:[ \t](?:${PARTICLE}[ \t])*${LATIN_SURNAME}){1,2})[ \t]+(?:at|on|via)[ \t]+(?=\+?\(?\d[\d \t().\/-]{5,20}\d|[^\s@<>"]{1,64}@[\w-]+\.)`,
  'g',
);
// The payee of a payout or transfer between "for" and the IBAN it goes to ("Payout created for Jane
// Doe to DE89 …"): both ends are needed, "created for Orders Table to speed up" has no account after it.
/** A name between "for" and " to " an IBAN. */
export const PAYEE_NAME = new RegExp(
  String.raw`(?<![\w\u00C0-\u017F])for[ \t]+(${LATIN_WORD}(?:[ \t](?:${PARTICLE}[ \t])*${LATIN_SURNAME}){1,3})[ \t]+to[ \t]+(?=[A-Z]{2}\d{2}[ ]?[A-Z0-9]{4})`,
  'g',
);
// A payee quoted right before the IBAN a payment goes to (`payment FP… to "Jane Doe" GB29 NWBK …`,
// a display name beside the account, as Faster Payments and SEPA gateways log it).
/** A quoted name right before an IBAN (or the token an earlier pass left for one). */
export const QUOTED_PAYEE_NAME = new RegExp(
  String.raw`(?<![\w\u00C0-\u017F])"(${LATIN_WORD}(?:[ \t](?:${PARTICLE}[ \t])*${LATIN_SURNAME}){1,3})"[ \t]+(?=[A-Z]{2}\d{2}[ ]?[A-Z0-9]{4}|<iban:)`,
  'g',
);
// The holder after a national identity number and "of" ("BSN 123456782 van Jan Jansen", "PESEL …
// of …"): whose number it is.
/** A name after an identity number's word, the number, and "of" in a few languages. */
export const ID_HOLDER_NAME = new RegExp(
  String.raw`(?<![\w\u00C0-\u017F])(?:BSN|[Bb]urgerservicenummer|PESEL|DNI|NIE|NIF|CPF|SSN|NINO|[Pp]ersonnummer|Steuer-?ID|[Cc]odice fiscale|[Ii]dentity number|ID number)[ \t:#.-]{0,3}[0-9][0-9A-Z .-]{4,18}[0-9A-Z][ \t]+(?:van|of|de|von|di|do|da|du|dla)[ \t]+(${LATIN_WORD}(?:[ \t](?:${PARTICLE}[ \t])*${LATIN_SURNAME}){0,3})(?![\w\u00C0-\u017F])`,
  'g',
);

/** Cheap test before {@link CONTACT_NAME}. */
export const CONTACT_NAME_HINT = / (?:at|on|via) (?:[+(\d]|[^\s@]{1,64}@)/;

/** Cheap tests that decide whether the patterns above run on a string. */
// Particles may stand between the given and the family name ("Thijs de Groot", "Conceição da Silva").
export const NAME_PAIR_HINT = new RegExp(`[${UPPER}][${LOWER}]{1,20}[ \\t](?:${PARTICLE}[ \\t]){0,3}[${UPPER}]`);
/** A cue or title right before one capitalised word ("assigned to Priya", "Mme Dubois"). */
export const PERSON_CUE_HINT = new RegExp(
  String.raw`(?:${CUE}|${TITLE})[ \t]{0,3}:?(?:[ \t]{1,3}|\r?\n[ \t]{0,8})[${UPPER}]|(?:${TITLE})[ \t]{1,3}${PARTICLE}[ \t]`,
);
/** Mentions and passenger records, tested apart (no space or capital letter is needed before them). */
export const MENTION_OR_PNR_HINT = /(?:^|[\s(,])@[a-z]|[A-Z]\/[A-Z]{2,20}[ A-Z]{0,21} (?:MR|MRS|MS|MISS|MSTR|DR|MX)\b/;

// Words that a cue may be followed by and that start no name ("assigned to Queue", "Dear Customer").
const NOT_A_NAME_START = new Set([
  'customer', 'customers', 'user', 'users', 'team', 'support', 'admin', 'queue', 'the', 'our', 'your', 'all', 'sir',
  'madam', 'valued', 'engineer', 'software', 'developer', 'manager', 'director', 'analyst', 'consultant', 'designer',
  'architect', 'product', 'data', 'staff', 'vice', 'executive', 'account', 'sales', 'service', 'system', 'friend',
  'there', 'world', 'everyone', 'team', 'partner', 'colleague', 'colleagues', 'order', 'orders', 'payment', 'payments',
  'billing', 'auth', 'cart', 'checkout', 'inventory', 'search', 'email', 'notification', 'notifications', 'report',
  'health', 'build', 'deploy', 'release', 'mozilla', 'chrome', 'firefox', 'safari', 'edge', 'opera', 'curl', 'python',
  'java', 'node', 'ruby', 'go', 'this', 'that', 'we', 'it', 'he', 'she', 'they', 'someone', 'nobody', 'api', 'web',
  'unknown', 'me', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow',
  // Titles: the name follows them.
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'miss', 'herr', 'frau', 'mme', 'mlle', 'sra', 'srta', 'sr', 'sig', 'dott', 'pt',
  // "Customer", "user", "colleagues", "everyone" after a greeting in other scripts ("Уважаемый клиент").
  'клиент', 'клиентка', 'покупатель', 'пользователь', 'коллеги', 'коллега', 'друзья', 'друг', 'все', 'всем', 'команда',
  'клієнте', 'πελάτη', 'χρήστη', 'συνεργάτες', 'العميل', 'عميلنا', 'المستخدم',
  // Korean nouns of a support or order log after a cue (`고객 등록:` "customer registration"):
  // a Hangul name is two to four syllables too, so the word itself must be ruled out.
  '고객', '회원', '사용자', '관리자', '등록', '가입', '결제', '주문', '배송', '상담', '문의', '오류', '에러', '시스템',
  '서비스', '요청', '처리', '확인', '완료', '실패', '성공', '취소', '환불', '변경', '조회', '접수', '인증', '로그인',
  '계정', '정보', '상태', '알림', '예약', '정산', '반품', '교환', '배달', '결과', '내역', '번호', '센터', '데이터', '서버',
]);

/** Whether capitalised words before a verb of a person are a name (not "Payment Service", "Order Worker"). */
export function nameBeforeVerb(value: string): boolean {
  const words = value.split(/[ \t]+/);
  if (NOT_A_NAME_START.has(words[0]!.toLowerCase())) return false;
  return words.every((w) => !NOT_A_SURNAME.has(w));
}

// Words that open a notification as its heading or subject rather than a sender ("Reminder: …",
// "Delivered: …", "Summer …"), beside the words no name starts with.
const NOTIFICATION_HEADINGS = new Set([
  'reminder', 'update', 'updates', 'alert', 'alerts', 'sale', 'offer', 'offers', 'deal', 'deals', 'news', 'tip', 'tips',
  'hurry', 'hey', 'hi', 'hello', 'welcome', 'congrats', 'congratulations', 'breaking', 'parcel', 'package', 'delivery',
  'driver', 'courier', 'rider', 'host', 'guest', 'seller', 'buyer', 'warning', 'notice', 'info', 'important', 'urgent',
  'flash', 'summer', 'winter', 'spring', 'autumn', 'weekly', 'daily', 'final', 'last', 'new', 'now', 'done', 'success',
  'error', 'failed', 'shipped', 'status', 'receipt', 'invoice', 'refund', 'security', 'verification', 'code', 'ticket',
  'booking', 'reservation', 'trip', 'ride', 'match', 'chat', 'message', 'messages', 'photo', 'video', 'everybody', 'you',
]);
const HEADING_SUFFIX = /(?:ed|ing|tion|sion|ment|ness|ity|ly|ful|less|able)$/;

/**
 * A family name alone opening a notification before its preview or an action ("Nakamura sent you a
 * photo", "Schröder: your parcel …"): one capitalised word that is no heading, no English word form
 * and none of the words that name no one.
 */
export function loneFamilyName(word: string): boolean {
  if (!/^[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'\u2019-]{2,24}$/.test(word)) return false;
  const lower = word.toLowerCase();
  return !NOTIFICATION_HEADINGS.has(lower) && !NOT_A_NAME_START.has(lower) && !NOT_A_SURNAME.has(word) && !PLACE_WORDS.has(word) && !HEADING_SUFFIX.test(lower);
}

// Georgian letters: a case pair in Unicode (Mkhedruli, Mtavruli), written without capitals in names.
const GEORGIAN_LETTER = /[\u10D0-\u10FF]/;

/** Whether words found after a cue or title are a person's name (a single word only after a title or if a given name). */

export function cuedName(value: string, single: 'title' | 'cue'): boolean {
  const words = value.split(/[ \t]+/);
  if (NOT_A_NAME_START.has(words[0]!.toLowerCase())) return false;
  // Scripts with capitals (Cyrillic, Greek, Armenian) start a name with one: "ваш заказ" after a
  // greeting is the sentence going on.
  // Georgian has capitals (Mtavruli) in Unicode but writes names without them: no case to test.
  const first = value[0]!;
  if (first !== first.toUpperCase() && first === first.toLowerCase() && !GEORGIAN_LETTER.test(first)) return false;
  if (words.length === 1 && /^[A-Z\u00C0-\u017F]/.test(value)) return single === 'title' || isGivenName(value);
  return true;
}

/** Whether a given-name pair ("Lars Nguyen", "Juan Carlos García López") is a person. */
export function namePair(given: string, surname: string): boolean {
  return isGivenName(given) && surname.split(/[ \t]+/).every((w) => !NOT_A_SURNAME.has(w) && !PLACE_WORDS.has(w));
}

// Words of place names ("New York", "Hong Kong") and offices: after "from" they name a place, not a
// person. Words that are also family names (Costa, West, York, Ho) are left out.
const PLACE_WORDS = new Set([
  'New', 'Los', 'Las', 'Saint', 'St', 'Hong', 'United', 'North', 'South', 'East', 'Upper', 'Lower', 'Great', 'Buenos',
  'Cape', 'Sri', 'Kuala', 'Sao', 'São', 'Zealand', 'Kingdom', 'States', 'Africa', 'America', 'Europe', 'Asia', 'Office',
  'Cloud', 'Monitoring',
]);

/** A person's name after a cue: the words of one, none naming a place, firm or part of software. */
export function cuedNameWords(value: string): boolean {
  const words = value.split(/[ \t]+/);
  return words.every((w) => !NOT_A_SURNAME.has(w) && !PLACE_WORDS.has(w));
}

/** A title at the end of a cue ("delivered to Frau "): the family name after it may stand alone. */
export const TITLE_AT_END = new RegExp(String.raw`(?:${TITLE})[ \t]{1,3}$`);

// What was typed into a search box is written by a person and often names one (a support agent
// looking a customer up). A query is hidden only when it reads as a full name: a known given name
// and surname words, or two or three words of one non-Latin script, or a Han or Hangul run of two to
// four characters (a family name and a given name written together). "blue", "Harbour Lights" and
// "winter boots size 42" stay.
const SEARCHED_LATIN = new RegExp(String.raw`^([${UPPER}][${LOWER}]{1,20})[ ]((?:${PARTICLE}[ ])*[${UPPER}][${LOWER}'\u2019]{1,24}(?:-[${UPPER}][${LOWER}]{1,24})?)$`);
const SEARCHED_SCRIPT = /^(?:[\u0600-\u06FF]{2,20}(?: [\u0600-\u06FF]{2,20}){1,2}|[\u0400-\u04FF]{2,20}(?: [\u0400-\u04FF]{2,20}){1,2}|[\u0900-\u097F]{2,20}(?: [\u0900-\u097F]{2,20}){1,2}|[\u0370-\u03FF]{2,20}(?: [\u0370-\u03FF]{2,20}){1,2}|[\u0590-\u05FF]{2,20}(?: [\u0590-\u05FF]{2,20}){1,2}|[\u0E00-\u0E7F]{2,20}(?: [\u0E00-\u0E7F]{2,20}){1,2}|[\u4E00-\u9FFF]{2,4}|[\uAC00-\uD7AF]{2,4})$/;

/** Whether a decoded search query is a person's full name. */
export function searchedName(query: string): boolean {
  if (query.length < 2 || query.length > 60) return false;
  const latin = SEARCHED_LATIN.exec(query);
  if (latin !== null) return namePair(latin[1]!, latin[2]!.replace(/-/g, ' '));
  return SEARCHED_SCRIPT.test(query);
}

// Cyrillic, Greek and Armenian write names capitalised like Latin: two or three capitalised words of
// such a script among the other words of a query ("sso login Екатерина Смирнова") are a name typed
// beside the topic searched; the words of the query itself are written in lower case.
const SEARCHED_CASED = /(?<![\p{L}\p{M}\d])(?=[\p{sc=Cyrillic}\p{sc=Greek}\p{sc=Armenian}])\p{Lu}\p{Ll}{1,20}(?:[ ]\p{Lu}[\p{Ll}'\u2019-]{1,24}){1,2}(?![\p{L}\p{M}\d])/u;

/**
 * The span of a person's name in a decoded search query: the whole query, capitalised words of a
 * cased script in it, or a name in a script without capitals beside Latin words (see script-names.ts).
 */
export function searchedNameSpan(query: string): readonly [number, number] | undefined {
  if (searchedName(query)) return [0, query.length];
  if (query.length > 200) return undefined;
  const m = SEARCHED_CASED.exec(query);
  if (m !== null && !/\p{sc=Latin}/u.test(m[0])) return [m.index, m.index + m[0].length];
  return uncasedNameSpan(query);
}

// Words naming a personal document in the name of an uploaded file (`CV_Jana_Novak.pdf`,
// `Reisepass-Jonas-Berg.jpg`): the words after one are its holder's given name and surname.
const DOCUMENT_WORDS = [
  'CV', 'Resume', 'Lebenslauf', 'Bewerbung', 'Application', 'Contract', 'Vertrag', 'Arbeitsvertrag', 'Mietvertrag',
  'Passport', 'Reisepass', 'Pass', 'Ausweis', 'Personalausweis', 'ID', 'IDCard', 'ID_Card', 'Visa', 'Permit',
  'Payslip', 'Paystub', 'Gehaltsabrechnung', 'Lohnabrechnung', 'Invoice', 'Rechnung', 'Fuehrerschein', 'Führerschein',
  'License', 'Licence', 'DriversLicense', 'Zeugnis', 'Arbeitszeugnis', 'Certificate', 'Diploma', 'Offer', 'OfferLetter',
  'Selfie', 'Portrait', 'Headshot', 'Photo', 'Foto', 'Statement', 'Kontoauszug', 'NDA', 'Medical', 'Attest',
];
const DOCUMENT_WORD = [...new Set(DOCUMENT_WORDS.flatMap((w) => [w, w.toLowerCase(), w.toUpperCase()]))].join('|');
export const FILE_EXTENSION = String.raw`\.(?:pdf|PDF|jpe?g|JPE?G|png|PNG|heic|HEIC|heif|tiff?|gif|webp|docx?|DOCX?|odt|rtf|txt|xlsx?|pages|zip)(?![\w])`;
const FILE_PARTICLE = String.raw`(?:${PARTICLE}|Van|Von|De|Der|Den|Da|Di|Du|Del|Della|Dos|Das|La|Le|Al|El|Ten|Ter)`;
const FILE_SURNAME = String.raw`[${UPPER}](?:[${LOWER}]|['\u2019](?=[${UPPER}${LOWER}]))[${UPPER}${LOWER}'\u2019]{0,30}`;

/**
 * A person's name in the name of an uploaded file: a given name and a surname joined by `_`, `-`
 * or blanks, after a document word or (for a listed given name) alone, up to the extension.
 */
export const FILE_NAME_PERSON = String.raw`(?<![\w\u00C0-\u017F])(?<fdoc>(?:${DOCUMENT_WORD})(?:[_-]| - | )|)(?<fname>(?<fgiven>[${UPPER}][${LOWER}]{1,20})(?<fsep>[_-]| - | )(?:${FILE_PARTICLE}\k<fsep>){0,3}${FILE_SURNAME}(?:\k<fsep>${FILE_SURNAME})?)(?=(?:[_ -][\w-]{0,24})?${FILE_EXTENSION})`;

/** A capitalised word, `_`, `-` or a blank and another before a file extension. */
export const FILE_NAME_HINT = new RegExp(String.raw`[${UPPER}][${LOWER}]{1,20}(?:[_-]| - | )[^\s"'/\\]{2,80}${FILE_EXTENSION}`);

// Words that describe the file, not its holder (`CV_Template_Modern.docx`, `Passport_Scan_Front.jpg`).
const FILE_WORDS = new Set([
  'Template', 'Vorlage', 'Draft', 'Entwurf', 'Final', 'Signed', 'Unsigned', 'Scan', 'Copy', 'Kopie', 'Front', 'Back',
  'Page', 'Seite', 'New', 'Neu', 'Old', 'Alt', 'Version', 'Sample', 'Muster', 'Example', 'Beispiel', 'Modern', 'Classic',
  'Blank', 'Empty', 'English', 'German', 'Deutsch', 'French', 'Spanish', 'Updated', 'Latest', 'Current', 'Full', 'Short',
  'Long', 'Preview', 'Thumbnail', 'Small', 'Large', 'Original', 'Cropped', 'Redacted', 'Archive', 'Backup', 'Export',
  'Report', 'Summary', 'Overview', 'Notes', 'Release', 'Banner', 'Hero', 'Logo', 'Icon', 'Dark', 'Light', 'Quarterly',
  'Annual', 'Monthly', 'Weekly', 'Daily', 'Test', 'Demo', 'Upload', 'File', 'Document', 'Image', 'Photo', 'Picture',
]);

/** Whether the words matched in a file name are a person's name. */
export function fileNamePerson(doc: boolean, given: string, name: string): boolean {
  const words = name.split(/ - |[_ -]/);
  if (words.some((w) => NOT_A_SURNAME.has(w) || PLACE_WORDS.has(w) || FILE_WORDS.has(w))) return false;
  return doc || isGivenName(given);
}

/**
 * The party of an invoice or an order quoted whole after its role (`bill-to "Jana Novak, 12 Elm
 * Road, Leeds LS1 4AB"`): the name (in any script) before the first comma, then, when it starts
 * with a house number, the postal address up to the closing quote.
 */
export const QUOTED_PARTY = String.raw`(?<![\w-])(?<qctx>(?:[Bb]ill|BILL|[Ss]hip|SHIP|[Ss]old|SOLD|[Dd]eliver|DELIVER|[Rr]emit|REMIT)[-_ ]?(?:[Tt]o|TO)[:=]?[ \t]?")(?<qname>[^",;\d\n<>]{2,60})(?<qsep>, ?)(?<qaddr>\d{1,5}[A-Za-z]?[ \t][^"\n<>]{3,100}(?="))?`;

/** Whether the first part of a quoted bill-to or ship-to value is a person's name. */
export function quotedPartyName(value: string): boolean {
  if (/[A-Za-z]/.test(value)) return speakerName(value);
  return /^[\p{L}\p{M}]{1,20}(?:[ \u00B7\u30FB][\p{L}\p{M}]{1,20}){0,3}$/u.test(value);
}

// Japanese names are written family name first, often with a blank (`高橋 直子`).
const CJK_SPACED_NAME = /^[\u4E00-\u9FFF\u3005\u3040-\u30FF]{1,4}[ \u3000][\u4E00-\u9FFF\u3005\u3040-\u30FF]{1,4}$/;

/** A person's full name in a non-Latin script (as a search query would hold one). */
export function scriptFullName(value: string): boolean {
  return value.length <= 40 && (searchedName(value) || CJK_SPACED_NAME.test(value));
}

/** A run of up to three words of letters beyond Latin, after a key in text (`tech=高橋 直子`). */
export const SCRIPT_NAME_VALUE = /[^\p{Cc}\u0020-\u024F\s"'=,;&<>()[\]{}]{1,20}(?:[ \u3000][^\p{Cc}\u0020-\u024F\s"'=,;&<>()[\]{}]{1,20}){0,2}/uy;
