import { describe, expect, it } from 'vitest';
import { gone, scrubbedString, scrubber } from './helpers.js';

// Person names in free text: messages, summaries, transcripts and signatures, found by the words
// around them or by a listed given name. The invented names (Brannoc Tezarin, Ysolde Marrack) are on
// no list, so only the placement can find them.

const s = scrubber();
const out = (value: unknown): string => scrubbedString(s, value);

describe('a signature closing a message after a dash', () => {
  it('after the contact details the writer left', () => {
    gone(out('review RV-1 flagged: "Parcel arrived wet. Reach me at tez@example.org or +44 7700 900123 — Brannoc Tezarin" order 42'), 'Brannoc', 'Tezarin');
    gone(out('note: "call back please, 0612 345 678 – Ysolde Marrack"'), 'Ysolde', 'Marrack');
    gone(out('comment: "wrong size, write to ysolde@example.net - Ysolde van Marrack"'), 'Ysolde', 'Marrack');
  });

  it('keeps what follows a dash when no contact detail is before it, or it names no person', () => {
    expect(out('deploy finished — Release Notes')).toContain('Release Notes');
    expect(out('see docs@example.org — Help Center')).toContain('Help Center');
    expect(out('support line 0800 123 456 — Opening Hours apply')).toContain('Opening Hours');
  });
});

describe('a role noun before a name, in several languages', () => {
  it('customer, patient, insured, applicant, employee and caller nouns', () => {
    for (const noun of ['Klant', 'Kund', 'Klientka', 'Klient', 'Patiënt', 'Patientin', 'Versicherter', 'Versicherte', 'Antragsteller', 'Mitarbeiterin', 'Anrufer', 'Asiakas', 'Potilas', 'Pasient', 'Segurado', 'Assicurato', 'Verzekerde']) {
      gone(out(`summary: ${noun} Brannoc Tezarin vraagt terugbetaling.`), 'Brannoc', 'Tezarin');
    }
  });

  it('keeps a role noun followed by no name', () => {
    expect(out('Kunde hat angerufen')).toContain('Kunde hat angerufen');
    expect(out('Klant heeft gebeld over de levering')).toContain('Klant heeft gebeld');
    expect(out('Client ID 4411 rotated')).toContain('Client ID 4411');
    expect(out('patient portal login ok')).toContain('patient portal login ok');
    expect(out('Mitarbeiter Portal geöffnet')).toContain('Mitarbeiter Portal');
    expect(out('Versicherte Leistungen 2026')).toContain('Versicherte Leistungen');
  });
});

describe('the person an identity or document check was for', () => {
  it('after a check, verification or screening and its outcome', () => {
    gone(out('document check passed for Brannoc Tezarin'), 'Brannoc', 'Tezarin');
    gone(out('KYC verification failed for Ysolde Marrack (retry 2)'), 'Ysolde', 'Marrack');
    gone(out('sanctions screening completed for Ysolde van Marrack'), 'Ysolde', 'Marrack');
  });

  it('keeps a product or platform after "for"', () => {
    expect(out('document check passed for Onfido')).toContain('for Onfido');
    expect(out('identity check passed for Android 14')).toContain('for Android 14');
    expect(out('tests passed for Payment Service')).toContain('for Payment Service');
  });
});

describe('the answer to a name question in a call transcript', () => {
  it('the turn after the question, with its speaker tag', () => {
    gone(out('call-summary Agent: Ihr vollständiger Name bitte? Anrufer: Brannoc Tezarin. Schaden gemeldet.'), 'Brannoc', 'Tezarin');
    gone(out('call-summary Agent: Aapka poora naam? Caller: Ysolde Marrack. Policy P-1.'), 'Ysolde', 'Marrack');
    gone(out('Agent : Quel est votre nom complet ? Client : Ysolde Marrack'), 'Ysolde', 'Marrack');
    gone(out('Agent: Uw naam alstublieft? Beller: Brannoc Tezarin'), 'Brannoc', 'Tezarin');
  });

  it('keeps an answer that is no name', () => {
    expect(out('Agent: Your full name? Caller: I rather not say.')).toContain('I rather not say');
  });
});

describe('an address answered in a transcript in Hindi written in Latin letters', () => {
  it('after "ghar ka pata" and after an address question', () => {
    gone(out('call-summary lang=hi Caller: Ghar ka pata Flat 12, Rose Residency, Koramangala, Bengaluru 560034 hai, theek hai.'), 'Rose Residency', 'Koramangala', '560034');
    gone(out('Agent: Aapka pata? Caller: House No. 8, Shanti Nagar, Andheri East, Mumbai 400069.'), 'Shanti Nagar', '400069');
    gone(out('Agent: Your address please? Caller: 14 Elm Road, Whitby Court, Leeds LS6 2AB'), 'Elm Road');
  });

  it('keeps "pata" meaning "know" and a question answered without an address', () => {
    expect(out('Caller: mujhe pata nahi hai')).toContain('mujhe pata nahi hai');
    expect(out('Agent: Your address? Caller: not sure, will check')).toContain('not sure, will check');
  });
});

describe('given names of the countries logs come from', () => {
  it('pairs a listed given name with a family name', () => {
    for (const n of ['Joost Bakker', 'Niccolò Ferraro', 'Grzegorz Nowicki', 'Luíza Barbosa', 'Callum Fraser', 'Thijs de Groot', 'Håkon Berge', 'Linnéa Holm', 'Juha Lehtonen', 'Conceição Moreira', 'Harry Whitcombe', 'Eleanor Pryce', 'Friederike Lang', 'Sanne Kok', 'Mette Dahl', 'Sindre Aas', 'Kavya Iyer', 'Efthymios Lazaridis', 'Gizem Aksoy', 'Nnamdi Eze']) {
      const text = out(`payment to "${n}" queued`);
      gone(text, n.split(' ').at(-1)!);
    }
  });

  it('keeps capitalised words that are no person', () => {
    for (const t of ['Saga Pattern', 'Visa Electron', 'Tor Browser', 'Ruby Gems', 'Aurora Serverless', 'Dag Run', 'Jack Plug']) {
      expect(out(`enabled ${t} today`)).toContain(t);
    }
  });
});
