import { describe, expect, it } from 'vitest';
import { scrubber } from './helpers.js';

const s = scrubber();
const out = (value: unknown): string => JSON.stringify(s.scrub(value));

// Given names chosen to be absent from any list of given names: only the placement can tell.
const PEOPLE = ['Ysolde Brannagh', 'Teodric Vallemont', 'Orlaith Quennby', 'Bertrand Ashgrove-Lyle'];

describe('account names of a user object', () => {
  it('pseudonymises the account name of an object under a user key (EDR and directory alerts)', () => {
    const text = out({
      alert: { id: 'al-1', title: 'Credential use' },
      user: { displayName: 'Ysolde Brannagh', accountName: 'ybrannagh', domain: 'NORTHWIND' },
      actor: { accountName: 'teodric.vallemont', domain: 'NORTHWIND' },
    });
    expect(text).not.toContain('ybrannagh');
    expect(text).not.toContain('teodric.vallemont');
    expect(text).toContain('"domain":"NORTHWIND"');
  });

  it('keeps storage and system account names, and account names outside a user object', () => {
    const text = out({
      storage: { accountName: 'prodarchive01', container: 'logs' },
      user: { accountName: 'SYSTEM', domain: 'NT AUTHORITY' },
      actor: { accountName: 'svc_backup' },
    });
    expect(text).toContain('prodarchive01');
    expect(text).toContain('"accountName":"SYSTEM"');
    expect(text).toContain('svc_backup');
  });
});

describe('people named in lists under a plural label', () => {
  it('takes every name of an authors or attendees list, known given names or not', () => {
    for (const label of ['Authors', 'Attendees', 'Reviewers', 'Participants']) {
      const text = out(`# Postmortem: db failover\n${label}: ${PEOPLE[0]}, ${PEOPLE[1]}\n- 09:12 UTC replica lag alert`);
      expect(text).not.toContain(PEOPLE[0]);
      expect(text).not.toContain(PEOPLE[1]);
      expect(text).toContain('replica lag alert');
    }
    const three = out(`Authors: ${PEOPLE[2]}, ${PEOPLE[3]} and ${PEOPLE[0]}`);
    for (const p of [PEOPLE[2], PEOPLE[3], PEOPLE[0]]) expect(three).not.toContain(p);
  });

  it('keeps lists of things under the same labels', () => {
    const text = out('Reviewers: Platform Team, Payments Guild\nParticipants: 12');
    expect(text).toContain('Platform Team');
    expect(text).toContain('Payments Guild');
  });
});

describe('a display name beside a mail address', () => {
  it('takes the name in parentheses after an address (RFC 5322 comment form)', () => {
    const text = out(`14:19 UTC customer ysolde@example.org (${PEOPLE[0]}) reported an error page`);
    expect(text).not.toContain(PEOPLE[0]);
    expect(text).toContain('reported an error page');
    expect(out('sent to ops@example.org (Platform Team) at 10:00')).toContain('Platform Team');
  });

  it('takes the display name of a mailbox inside a quoted logfmt value', () => {
    const text = out(`job=88 queue=mail to="${PEOPLE[1]} <tv@example.net>" status=failed`);
    expect(text).not.toContain(PEOPLE[1]);
    expect(text).toContain('status=failed');
    expect(out('job=89 from="Billing Robot <noreply@example.net>" status=ok')).toContain('status=ok');
  });
});

describe('a date of birth after a birth cue and a linking phrase', () => {
  it('takes a date after "date of birth is" and a labelled cue with words before the colon', () => {
    const samples = [
      ['My date of birth is 03/17/1983 if you need it.', '03/17/1983'],
      ['Geburtsdatum zur Kontrolle: 17.03.1983.', '17.03.1983'],
      ['Date of birth for verification: 1983-03-17', '1983-03-17'],
      ['Date de naissance pour vérification : 17/03/1983', '17/03/1983'],
    ] as const;
    for (const [line, date] of samples) expect(out(line)).not.toContain(date);
  });

  it('keeps dates that no birth cue introduces', () => {
    expect(out('Invoice is due 03/17/2026, date of birth is required for KYC.')).toContain('03/17/2026');
    expect(out('Deployed 17.03.2026 after review')).toContain('17.03.2026');
  });
});

describe('an address written as an object literal in text', () => {
  it('leaves the braces to the members and takes the street line under its own key (GraphQL, JS, Ruby)', () => {
    const samples = [
      'mutation M { updateProfile(id: 7, address: { line1: "7 Allée Corbière-Vasseur", city: "Nantes" }) { id } }',
      'saving shippingAddress: { street: "7 Allée Corbière-Vasseur", zip: "44000" }',
      'params={:address=>{"line1"=>"7 Allée Corbière-Vasseur"}}',
    ];
    for (const line of samples) {
      const text = out(line);
      expect(text).not.toContain('Corbière-Vasseur');
      expect(text).toMatch(/(?:line1|street)/);
    }
  });
});

describe('a writer naming themselves as on the telephone, and a person pasting into a chat', () => {
  it('takes the name after a greeting and "fala", and before "à l\'appareil" or "am Apparat"', () => {
    const samples = [
      `Olá, fala ${PEOPLE[0]}. Mudei de casa.`,
      `Bom dia, fala ${PEOPLE[1]}, preciso de ajuda.`,
      `Bonjour, ${PEOPLE[2]} à l'appareil. Nouvelle adresse ci-dessous.`,
      `Guten Tag, ${PEOPLE[1]} am Apparat.`,
    ];
    for (const line of samples) {
      const text = out(line);
      for (const p of PEOPLE) expect(text).not.toContain(p);
    }
  });

  it('takes two or three capitalised words before "pasted" in a chat message, in English and Spanish', () => {
    expect(out(`@here checkout is failing again. ${PEOPLE[0]} pasted the prod key in #eng by mistake`)).not.toContain(PEOPLE[0]);
    expect(out(`@here el worker falla otra vez. ${PEOPLE[1]} pegó la clave de producción por error`)).not.toContain(PEOPLE[1]);
    expect(out('Clipboard Service pasted 3 rows into the sheet')).toContain('Clipboard Service');
  });
});
