import { describe, expect, it } from 'vitest';
import { hidesIn, scrubber } from './helpers.js';

const s = scrubber();
const text = (value: string): string => s.scrubText(value);

const hides = hidesIn(s);

// Full names in every script back-office systems write them in, none a listed given name.
const NAMES = [
  'Ottokár Vészi', 'Trần Văn Khải', 'Людмила Гордеева', 'Σταυρούλα Μπακάλη', 'هالة الشمري', 'אורית בן דוד',
  'अमित जोशी', 'วิภา ทองดี', '林志豪', '高橋 直子', '박지훈',
];

describe('a quoted full name under a key naming a person or an ERP name field', () => {
  it.each(NAMES)('candidate="%s"', (name) => hides(`[ats-sync] scorecard saved candidate_id=55120 candidate="${name}" interviewer=ops@example.org stage=Panel`, name, ['stage=Panel', 'candidate_id=55120']));
  it.each(NAMES)('interviewer="%s"', (name) => hides(`[ats-sync] loop scheduled interviewer="${name}" room=B-4`, name, ['room=B-4']));
  it.each(NAMES)('visitor="%s"', (name) => hides(`[lobby] badge printed visitor="${name}" badge=V-12`, name, ['badge=V-12']));
  it.each(NAMES)('NAME1="%s" in an IDoc segment', (name) => hides(`IDOC CREMAS05 docnum=0000000000112 NAME1="${name}" ORT01="Graz" status=53`, name, ['status=53', 'CREMAS05']));
  it.each(NAMES)('payout … to="%s" iban=…', (name) => hides(`[payouts] transfer queued batch=B-71 to="${name}" amount=88.10 EUR`, name, ['amount=88.10', 'batch=B-71']));
  it('keeps firms and systems under those keys', () => {
    for (const line of [
      'IDOC CREMAS05 NAME1="Siemens AG" NAME2="Werk Graz" status=53',
      'IDOC DEBMAS07 NAME1="Acme Logistics GmbH" status=53',
      '[payouts] transfer queued to="Stripe Connect" amount=1.00 EUR',
      'rsync copied to="Backup Volume" files=12',
      'raft election started candidate=node-2 term=7',
    ]) expect(text(line)).toBe(line);
  });
});

describe('a person named by where they stand in an office system line', () => {
  it.each(NAMES)('checked in "%s" company=…', (name) => hides(`lobby-kiosk: checked in "${name}" company="Globex Ltd" badge=V-301`, name, ['company="Globex Ltd"', 'badge=V-301']));
  it.each(NAMES)('order #… for %s ship_to=…', (name) => hides(`merch-shop order #5521 for ${name} ship_to="Ring 4, Graz" total=12.00`, name, ['order #5521 for ', 'total=12.00']));
  it.each(NAMES)('<email> (%s)', (name) => hides(`offboard INFO disabling kv.rep@example.org (${name}) slack=U0AB ticket=OFF-1`, name, ['ticket=OFF-1', 'disabling ']));
  it.each(NAMES)('User %s (<email>) asks', (name) => hides(`"prompt":"User ${name} (kv.rep@example.org) asks: reset my badge"`, name, ['asks: reset my badge']));
  it.each(NAMES)('title="%s - payslip.pdf"', (name) => hides(`cupsd: Job 12 queued on "Lobby-Printer" by "kvrep" title="${name} - payslip_2026_03.pdf" pages=2`, name, ['payslip_2026_03.pdf', 'pages=2']));
  it('keeps places, firms and products in those places', () => {
    for (const [line, kept] of [
      ['lobby-kiosk: checked in "Main Entrance" company="Globex Ltd"', 'Main Entrance'],
      ['git: checked in "Release Notes" rev=12', 'Release Notes'],
      ['merch-shop order #5521 for Globex Ltd ship_to="Ring 4" total=12.00', 'Globex Ltd'],
      ['merch-shop order #5521 for Standing Desk ship_to="Ring 4" total=12.00', 'Standing Desk'],
      ['cupsd: Job 12 queued by "kvrep" title="Quarterly Report - Q3.pdf" pages=2', 'Quarterly Report'],
      ['"prompt":"User Settings (settings@example.org) asks: none"', 'User Settings'],
    ] as const) expect(text(line)).toContain(kept);
  });
});

describe('a quoted CSV row echoed in a text line', () => {
  it.each(NAMES)('first row: "%s","<phone>","<id>"', (name) => hides(`Exported 41 users first row: "${name}","+43 660 1234567","880412771"`, name, ['Exported 41 users']));
  it('keeps a product row', () => {
    const line = 'Exported 3 rows first row: "Standing Desk","SKU-1182","in stock"';
    expect(text(line)).toBe(line);
  });
});
