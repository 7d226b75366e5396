import { describe, expect, it } from 'vitest';
import { gone, kept, scrubber } from './helpers.js';

// People whose given names are in no list: only where they stand says they are names.
const GIVEN = 'Quenby';
const FAMILY = 'Halvorsen';
const PERSON = `${GIVEN} ${FAMILY}`;

describe('keys made only of name parts', () => {
  it('pseudonymises a key joining the surname and the given name (airline passenger lists)', () => {
    const s = scrubber();
    const out = JSON.stringify(
      s.scrub({ passengers: [{ surname_given: 'HALVORSEN/QUENBY', seat: '14C' }, { givenSurname: 'Orla Fennimore' }, { family_given_names: 'FENNIMORE/ORLA JUNE' }] }),
    );
    gone(out, ['HALVORSEN/QUENBY', 'Orla Fennimore', 'FENNIMORE/ORLA JUNE']);
    kept(out, ['14C']);
  });

  it('keeps keys that only mention a name part among other words', () => {
    const s = scrubber();
    const out = JSON.stringify(s.scrub({ nameFormat: 'SURNAME/GIVEN', given_at: 'checkout', lastSeen: 'Tuesday Morning' }));
    kept(out, ['SURNAME/GIVEN', 'checkout', 'Tuesday Morning']);
  });
});

describe('SQL VALUES lists with the bindings spliced in unquoted', () => {
  it('gives each unquoted value the meaning of its column', () => {
    const s = scrubber();
    const out = s.scrubText(
      `SQLSTATE[23000]: Integrity constraint violation (SQL: insert into \`patients\` (\`full_name\`, \`plan\`, \`ward\`) values (${PERSON}, gold, 7))`,
    );
    gone(out, [PERSON]);
    kept(out, ['gold', '`ward`) values (']);
  });

  it('takes no meaning when the values do not line up with the columns', () => {
    const s = scrubber();
    const out = s.scrubText('SQL: insert into `notes` (`subject`, `body`) values (Weekly Sync, moved to Room Four, see agenda))');
    kept(out, ['Weekly Sync', 'moved to Room Four']);
  });
});

describe('Go %+v structs inside a logfmt value', () => {
  it('pseudonymises the Name of a struct that also holds an email address or a phone number', () => {
    const s = scrubber();
    const a = s.scrubText(`level=INFO msg="save" rec="{ID:91 Name:${PERSON} Email:qh@example.net Tier:gold}"`);
    gone(a, [PERSON, 'qh@example.net']);
    kept(a, ['Tier:gold']);
    const b = s.scrubText(`level=INFO msg="save" rec={Name:Orla Fennimore Phone:+44 20 7946 0321 Active:true}`);
    gone(b, ['Orla Fennimore']);
  });

  it('keeps the Name of a struct with no contact field', () => {
    const s = scrubber();
    const out = s.scrubText('level=INFO msg="save" rec="{ID:12 Name:Harbour Lights SKU:hl-2 Email:}"');
    kept(out, ['Name:Harbour Lights']);
  });
});

describe('fixed-width rows that pay a person', () => {
  it('pseudonymises the name padded to its column beside a bank account', () => {
    const s = scrubber();
    const out = s.scrubText(`PAY 2027-02\nE00412    ${PERSON}                DE57530400120071234567        318200 EUR\nE00413    Orla Fennimore                NL18RABO0312457780            77.10 EUR`);
    gone(out, [PERSON, 'Orla Fennimore', 'DE57530400120071234567']);
    kept(out, ['E00412', 'PAY 2027-02']);
  });

  it('still reads billing rows whose amount runs into the next field', () => {
    const s = scrubber();
    const out = s.scrubText('DBIL880012ORLA FENNIMORE               4929853624195717   00120000450EUR20270301');
    gone(out, ['ORLA FENNIMORE', '4929853624195717']);
  });

  it('keeps padded words in rows with no account', () => {
    const s = scrubber();
    const out = s.scrubText('STOCK 2027-02\nW00412    Harbour Lights                 shelf 4         318200 EUR');
    kept(out, ['Harbour Lights']);
  });
});

describe('a person to contact, then their number or address', () => {
  it('pseudonymises the name between a contact verb and the phone or email', () => {
    const s = scrubber();
    gone(s.scrubText(`Welcome aboard! Call ${PERSON} at +44 20 7946 0321`), [PERSON]);
    gone(s.scrubText('Please contact Orla Fennimore on orla.f@example.org for access'), ['Orla Fennimore']);
    const obj = JSON.stringify(s.scrub({ variables: { note: `Ring ${PERSON} on 020 7946 0321 today` } }));
    gone(obj, [PERSON]);
  });

  it('keeps what is called at a time or a path', () => {
    const s = scrubber();
    kept(s.scrubText('Call Graph Builder at 10:30 after Cache Warmup'), ['Graph Builder']);
    kept(s.scrubText('Contact Support Desk at /help/contact'), ['Support Desk']);
  });
});

describe('identity documents named in French, Italian and Dutch', () => {
  it('pseudonymises a checked number after the word for an identity document', () => {
    const s = scrubber();
    for (const line of [
      "KYC refusé, pièce d'identité 314159265, dossier 88",
      'verifica fallita, carta d’identità 271828183',
      'identiteitsbewijs 161803398 afgewezen',
    ]) {
      const out = s.scrubText(line);
      expect(out, line).not.toMatch(/314159265|271828183|161803398/);
    }
  });

  it('keeps the same digits without such a word', () => {
    const s = scrubber();
    kept(s.scrubText('pièce jointe 314159265 reçue'), ['314159265']);
  });
});

describe('the input of a validation error takes the meaning of its field', () => {
  it('pseudonymises the rejected birth date, name or address of a Pydantic error', () => {
    const s = scrubber();
    const out = s.scrubText(
      "RequestValidationError: [{'type': 'date_from_datetime_parsing', 'loc': ('body', 'date_of_birth'), 'msg': 'Input should be a valid date', 'input': '03/11/1984'}, " +
        `{'type': 'string_too_long', 'loc': ('body', 'applicant', 'full_name'), 'msg': 'too long', 'input': '${PERSON}'}]`,
    );
    gone(out, ['03/11/1984', PERSON]);
    kept(out, ['date_from_datetime_parsing', 'Input should be a valid date']);
  });

  it('keeps the input of a field that is no personal data', () => {
    const s = scrubber();
    const out = s.scrubText("[{'type': 'int_parsing', 'loc': ('query', 'page_size'), 'msg': 'Input should be a valid integer', 'input': '03/11'}]");
    kept(out, ["'input': '03/11'"]);
  });
});

describe('parties of ISO 20022 payment messages', () => {
  it('pseudonymises the name and street of a debtor or creditor', () => {
    const s = scrubber();
    const out = s.scrubText(
      `<DrctDbtTxInf><InstdAmt Ccy="EUR">12.40</InstdAmt><Dbtr><Nm>${PERSON}</Nm><PstlAdr><StrtNm>Calle del Olmo 14, 3º B</StrtNm><TwnNm>Murcia</TwnNm></PstlAdr></Dbtr></DrctDbtTxInf> status=RJCT`,
    );
    gone(out, [PERSON, 'Calle del Olmo 14']);
    kept(out, ['12.40', 'RJCT']);
    gone(s.scrubText('<CdtTrfTxInf><Cdtr><Nm>Orla Fennimore</Nm></Cdtr></CdtTrfTxInf>'), ['Orla Fennimore']);
  });

  it('keeps the name of an agent, a firm or the initiating party', () => {
    const s = scrubber();
    const out = s.scrubText('<GrpHdr><InitgPty><Nm>Harbour Lights</Nm></InitgPty></GrpHdr><Cdtr><Nm>Harbour Lights Trading GmbH</Nm></Cdtr>');
    kept(out, ['<Nm>Harbour Lights</Nm>', 'Harbour Lights Trading GmbH']);
  });
});

describe('people named by what is done to their account', () => {
  it('pseudonymises the name after "profile of"', () => {
    const s = scrubber();
    gone(s.scrubText(`[Nest] 41  - LOG [UsersService] Updated profile of ${PERSON}: phone=+44 20 7946 0321`), [PERSON]);
  });

  it('pseudonymises the name parameters of the Active Directory user cmdlets', () => {
    const s = scrubber();
    const out = s.scrubText(`PS C:\\> New-ADUser -Name "${PERSON}" -GivenName Orla -Surname 'Fennimore' -Path "OU=Staff,DC=corp,DC=example" -Enabled $true`);
    gone(out, [PERSON, 'Orla', 'Fennimore']);
    kept(out, ['OU=Staff', '-Enabled $true']);
    kept(s.scrubText('PS C:\\> New-ADGroup -Name "Harbour Lights" -GroupScope Global'), ['Harbour Lights']);
  });
});

describe('names written with the letters of Latin Extended-B', () => {
  it('reads Vietnamese names (ơ, ư) as names', () => {
    const s = scrubber();
    const out = s.scrubText('WARN sms::send: sending code to=+84 91 234 5678 name="Trương Văn Phước"');
    gone(out, ['Trương Văn Phước']);
  });
});

describe('positional job arguments', () => {
  it('pseudonymises a name among the arguments that also carry an email address', () => {
    const s = scrubber();
    gone(s.scrubText(`INFO: start class=ReminderJob args=["qh@example.net", "${PERSON}"]`), [PERSON]);
    const obj = JSON.stringify(s.scrub({ class: 'ReminderJob', args: ['qh@example.net', PERSON, { locale: 'en-GB' }] }));
    gone(obj, [PERSON, 'qh@example.net']);
    kept(obj, ['en-GB']);
  });

  it('keeps capitalised arguments of jobs with no contact', () => {
    const s = scrubber();
    const obj = JSON.stringify(s.scrub({ class: 'DigestJob', args: ['Nightly Report', 'Weekly Digest', 42] }));
    kept(obj, ['Nightly Report', 'Weekly Digest']);
    kept(s.scrubText('INFO: start class=DigestJob args=["Nightly Report", "Weekly Digest"]'), ['Nightly Report']);
  });
});

describe('addresses after an ellipsis', () => {
  it('pseudonymises the peer of a strongSwan tunnel (local...remote)', () => {
    const s = scrubber();
    const out = s.scrubText('charon: 12[IKE] IKE_SA home[88] established between 10.20.0.1[gw.example.net]...84.23.190.17[ana@example.org]');
    gone(out, ['84.23.190.17', '10.20.0.1']);
    kept(out, ['gw.example.net', 'IKE_SA home[88]']);
  });

  it('keeps the fourth and later parts of a dotted version', () => {
    const s = scrubber();
    kept(s.scrubText('build 4.1.2.3.4 ready'), ['4.1.2.3.4']);
  });
});

describe('the owner in a device name', () => {
  it("pseudonymises the name before 's laptop, 's iPhone and the like, in any script", () => {
    const s = scrubber();
    const out = s.scrubText(`wg0: peer Zx9= (${PERSON}'s laptop) endpoint 84.23.190.17:51820; peer Qa1= (सुनील वर्मा's laptop); mdm: enrolled Orla’s iPhone`);
    gone(out, [PERSON, 'सुनील वर्मा', 'Orla']);
    kept(out, ["'s laptop", '’s iPhone']);
  });

  it('keeps shared devices named after a team or a company', () => {
    const s = scrubber();
    kept(s.scrubText("mdm: enrolled Support Team's laptop and Company's phone"), ['Support Team', 'Company']);
  });
});

describe('card numbers among bind parameters logged without their statement', () => {
  it('pseudonymises a network-shaped, check-digit-valid number bound as a string', () => {
    const s = scrubber();
    const out = s.scrubText(
      'TRACE o.h.t.d.s.BasicBinder - binding parameter [2] as [VARCHAR] - [4716220355719007]; binding parameter [3] as [NVARCHAR] - [371415926535890]; binding parameter [4] as [BIGINT] - [88412]',
    );
    gone(out, ['4716220355719007', '371415926535890']);
    kept(out, ['[BIGINT] - [88412]']);
  });

  it('keeps string-bound numbers of no card network or of the wrong length for theirs', () => {
    const s = scrubber();
    const out = s.scrubText('binding parameter [1] as [VARCHAR] - [7716220355719000]; binding parameter [2] as [VARCHAR] - [37141592653587]');
    kept(out, ['7716220355719000', '37141592653587']);
    // A number bound as a number is an id, whatever its digits.
    kept(s.scrubText('binding parameter [4] as [BIGINT] - [5304627188301198]'), ['5304627188301198']);
  });
});

describe('self-introductions in Arabic', () => {
  it('pseudonymises the name after "my name is" and stops at the Arabic comma', () => {
    const s = scrubber();
    const out = s.scrubText('{"body":"مرحباً، اسمي سلمى العتيبي، رقم الطلب RMA-7781"}');
    gone(out, ['سلمى العتيبي']);
    kept(out, ['رقم الطلب RMA-7781']);
  });
});
