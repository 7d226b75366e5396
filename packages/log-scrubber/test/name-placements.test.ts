import { describe, expect, it } from 'vitest';
import { gone, scrubbedString, scrubber } from './helpers.js';

// Person names found by where they are written: the field of a record printed as text, a payment
// provider's field, a label beside a value, a self-introduction in a chat line. The given names
// here are on no list the scrubber keeps, so only the placement can find them.

const s = scrubber();
const out = (value: unknown): string => scrubbedString(s, value);

describe('the name field of a contact record printed as text', () => {
  it('a form-encoded body (`+` for blanks) whose other fields are contact data', () => {
    const text = out('PHP Notice: Undefined index: vat in /srv/shop/pay.php on line 12; POST data: name=Brannoc+Tezarin&email=b.tez@example.org&qty=2');
    gone(text, 'Brannoc', 'Tezarin');
    expect(text).toContain('qty=2');
    const phone = out('body: full=1&name=Ysolde+Marrack&phone=%2B447700900123&plan=pro');
    gone(phone, 'Ysolde', 'Marrack');
  });

  it('gives the form-encoded name the pseudonym of the name it encodes', () => {
    const form = out('POST data: name=Brannoc+Tezarin&email=b.tez@example.org');
    const record = out({ customer: { name: 'Brannoc Tezarin' } });
    const token = /<name:k1:[0-9a-f]{20}>/;
    expect(form.match(token)?.[0]).toBe(record.match(token)?.[0]);
  });

  it('keeps the name of a thing in a form body, and any name without contact fields', () => {
    const thing = out('POST data: name=Spring+Clearance+Sale&email=deals@example.org');
    expect(thing).toContain('name=Spring+Clearance+Sale');
    const alone = out('POST /search q=blue&name=Harbour+Lights&page=2');
    expect(alone).toContain('name=Harbour+Lights');
  });

  it('a PHP print_r array and a var_dump object', () => {
    const printR = out('Array\n(\n    [buyer] => Array\n        (\n            [name] => Quillon Arbuthnot\n            [email] => q.arb@example.net\n            [sku] => TX-44\n        )\n\n)\n');
    gone(printR, 'Quillon', 'Arbuthnot');
    expect(printR).toContain('[sku] => TX-44');
    const varDump = out('object(App\\Entity\\Account)#31 (3) {\n  ["name"]=>\n  string(14) "Orlaith Varcoe"\n  ["email"]=>\n  string(17) "orlaith@example.io"\n  ["tier"]=>\n  string(4) "gold"\n}');
    gone(varDump, 'Orlaith', 'Varcoe');
    expect(varDump).toContain('"gold"');
  });

  it('keeps a print_r name that is no person or has no contact field beside it', () => {
    const job = out('Array\n(\n    [name] => Nightly Export\n    [email] => ops@example.org\n)\n');
    expect(job).toContain('[name] => Nightly Export');
    const lone = out('Array\n(\n    [name] => Corvin Halloway\n    [retries] => 3\n)\n');
    expect(lone).toContain('Corvin Halloway');
  });

  it("a Go struct printed with %+v (`{Name:… Email:…}`)", () => {
    const text = out('2025/01/02 03:04:05 upsert: &{ID:42 Owner:{Name:Wenzeslaus Pirrie Email:wp@example.com Phone:+44 20 7946 0001} Retries:2}');
    gone(text, 'Wenzeslaus', 'Pirrie');
    expect(text).toContain('Retries:2');
    const thing = out('job: &{Name:Weekly Digest Email:digest@example.com Cron:0 6 * * 1}');
    expect(thing).toContain('Name:Weekly Digest');
  });
});

describe('a person named by a provider field or a label beside the value', () => {
  it('a shopper, an end user', () => {
    const text = out({ additionalData: { shopperName: 'Idunn Castellane', shopperReference: 'ref-77' }, enduser: 'Elspeth Morrow' });
    gone(text, 'Idunn', 'Castellane', 'Elspeth', 'Morrow');
    expect(text).toContain('ref-77');
  });

  it('a Java toString whose field names hold blanks (`[first name=…, last name=…]`)', () => {
    const text = out('payer: Name[first name=Idunn, infix=null, last name=Castellane] amount=12.00 EUR');
    gone(text, 'Idunn', 'Castellane');
    expect(text).toContain('amount=12.00 EUR');
  });

  it('a validation error naming its field by `path` or `param`', () => {
    const text = out({
      errors: [
        { type: 'field', value: 'Corvin Halloway', msg: 'Invalid value', path: 'name', location: 'body' },
        { value: 'Ysolde Marrack', param: 'name', msg: 'too long' },
        { type: 'field', value: 'Blue Harbour', msg: 'unknown theme', path: 'theme', location: 'body' },
      ],
    });
    gone(text, 'Corvin', 'Halloway', 'Ysolde', 'Marrack');
    expect(text).toContain('Blue Harbour');
  });
});

describe('an ORM parameter list beside an insert with defaults', () => {
  it('maps each placeholder to its column when the VALUES list also holds DEFAULT', () => {
    const text = out('query: INSERT INTO "member"("id", "display_name", "joined_at", "email") VALUES ($1, $2, DEFAULT, $3) RETURNING "joined_at" -- PARAMETERS: ["8f3b2a61-0000-4000-8000-000000000001","Tamsin Odunze","t.odunze@example.org"]');
    gone(text, 'Tamsin', 'Odunze');
    expect(text).toContain('8f3b2a61-0000-4000-8000-000000000001');
  });
});

describe('names in chat and message lines', () => {
  it('self-introductions in several languages', () => {
    for (const line of [
      "Hi, I'm Brannoc Tezarin. My order never arrived",
      'Hallo, hier ist Ysolde Marrack. Meine Bestellung fehlt',
      'Buongiorno, sono Quillon Arbuthnot. Il mio ordine',
      'Hi its Orlaith can you call me back',
    ]) {
      const text = out(line);
      gone(text, 'Brannoc', 'Ysolde', 'Quillon', 'Orlaith');
    }
    expect(out("Hi, it's Monday again, deploy frozen")).toContain('Monday');
  });

  it('a form-encoded message body reads like the message it encodes', () => {
    const text = out('POST /hooks/inbound 200 body=From=%2B15005550006&Body=Hi+its+Orlaith+please+call+back&NumMedia=0');
    gone(text, 'Orlaith');
    expect(text).toContain('NumMedia=0');
    const code = out('body=To=%2B15005550006&Body=hey+its+Corvin+my+verification+code+is+804512&NumSegments=1');
    gone(code, 'Corvin', '804512');
    expect(code).toContain('NumSegments=1');
  });

  it('a speaker label with the name in parentheses', () => {
    const text = out('Client (Elspeth Morrow) : Bonjour, ma commande est en retard.\nAgent : Merci.');
    gone(text, 'Elspeth', 'Morrow');
    expect(out('Worker (Billing Sync) : started')).toContain('Billing Sync');
  });

  it('verbs whose subject is a customer, and a profile fetched for a person', () => {
    gone(out('points redeemed by Wenzeslaus Pirrie'), 'Wenzeslaus', 'Pirrie');
    gone(out('Error: Failed to fetch user profile for Idunn Castellane'), 'Idunn', 'Castellane');
    expect(out('cache warmed by Cron Scheduler')).toContain('Cron Scheduler');
    expect(out('Failed to fetch user profile for Unknown Region')).toContain('Unknown Region');
  });
});

describe('a message sent to a contact for a person', () => {
  // Notification lines say where a code or a message went and whose it is ("… sent to <number> for
  // <name>"): after a telephone number or a mail address, "for" introduces the person it serves.
  it.each([
    ['login code dispatched to +44 7700 900431 for Corvalis Dunmere, ticket T-88', 'Corvalis Dunmere'],
    ['reset link sent to wrenna.k@example.org for Wrenna Kastellan', 'Wrenna Kastellan'],
  ] as const)('%s', (line, name) => gone(out(line), ...name.split(' ')));

  it('keeps what the message was for when it is no person', () => {
    expect(out('report sent to ops@example.org for review')).toContain('for review');
    expect(out('digest sent to +44 7700 900431 for Weekly Summary')).toContain('Weekly Summary');
  });
});
