// HR, payroll, recruiting, CRM/ERP, accounting and expenses, benefits, travel, legal.
import { pino, text } from './values.mjs';

export function workdayWorkerSync(rec) {
  const r = rec.r; const p = rec.person();
  return pino(rec, 'workday-sync', 'worker upserted', {
    tenant: 'acme_prod', runId: rec.uuid(), worker: { id: rec.id('WD-', 7), legalName: rec.name(p), workEmail: rec.email(p, 'acme-corp.com'),
      homeAddress: rec.addr(), birthDate: rec.dob(), nationalId: rec.nid(), costCenter: rec.k(`CC-${r.digits(4)}`) },
    durationMs: rec.kn('durationMs', r.int(40, 4000)),
  });
}
export function bamboohrWebhook(rec) {
  const r = rec.r; const p = rec.person();
  return `${rec.ts()} INFO bamboohr-webhook employee.updated id=${rec.id('EMP-', 5)} fields=[mobilePhone,homeEmail] mobilePhone="${rec.phone()}" homeEmail=${rec.email(p)} by=${rec.email(rec.person(), 'acme-corp.com')} ${rec.k('status=200')} took=${r.int(5, 400)}ms`;
}
export function personioAbsence(rec) {
  const r = rec.r; const p = rec.person();
  return pino(rec, 'personio-absences', 'absence imported', {
    employee: { id: r.int(1000, 9999), name: rec.name(p, 'last_first') }, absence: { type: r.pick(['sick_leave', 'parental_leave', 'vacation']), from: '2026-11-17', to: '2026-11-21', status: rec.kn('status', 'approved') },
    approver: rec.email(rec.person(), 'acme.de'), api: rec.k('api.personio.de'), auth: { clientId: rec.k(`papi-${r.uuid()}`), clientSecret: rec.s(`papi-${r.b62(40)}`, 'other_secret', 'personio_client_secret') },
  });
}
export function payslipRender(rec) {
  const r = rec.r; const p = rec.person();
  const c = rec.iban();
  return `payroll-render[${r.int(1000, 30000)}]: rendered payslip period=2026-10 employee="${rec.name(p)}" iban=${c} taxId=${rec.nid()} net=${r.int(1800, 9000)}.${r.digits(2)} EUR template=${rec.k(`payslip-de-${rec.r.ver()}`)} job=${rec.id('PAY-', 6)}`;
}
export function payrollBankFile(rec) {
  const r = rec.r; const rows = [];
  for (let i = 0; i < r.int(2, 3); i++) { const p = rec.person(); rows.push({ payee: rec.name(p), iban: rec.iban(), amount: r.int(100000, 900000) / 100, ref: rec.k(`SAL-2026-10-${r.digits(5)}`) }); }
  return pino(rec, 'payroll-sepa', 'pain.001 batch generated', { batchId: rec.uuid(), msgId: rec.k(`ACME${r.digits(12)}`), creditTransfers: rows, sftp: { host: rec.k('sftp.bank-gateway.example.net'), password: rec.pw() } });
}
export function onboardingChecklist(rec) {
  const r = rec.r; const p = rec.person();
  return pino(rec, 'onboarding-bot', 'new hire provisioned', {
    hire: { name: rec.name(p), personalEmail: rec.email(p), phone: rec.phone(), startDate: rec.k('2026-12-01'), office: rec.city() },
    accounts: { upn: rec.email(p, 'acme-corp.com'), temporaryPassword: rec.pw('temporary'), laptopSerial: rec.k(`C02${r.upper(2)}${r.digits(4)}${r.upper(3)}`) },
    ticket: rec.id('ONB-', 5),
  });
}
export function atsCvParsed(rec) {
  const r = rec.r; const p = rec.person();
  return pino(rec, 'ats-cv-parser', 'resume parsed', {
    applicationId: rec.id('APP-', 7), jobReq: rec.k(`REQ-${r.digits(4)}`), parser: { engine: rec.k('affinda'), version: rec.ver(), confidence: rec.kn('confidence', r.int(60, 99) / 100) },
    candidate: { name: rec.name(p), email: rec.email(p), phone: rec.phone(), address: rec.addr(), dateOfBirth: rec.dob(), linkedin: `https://www.linkedin.com/in/${rec.s(`${p.ascii.replace('.', '-')}-${r.hex(6)}`, 'person_name', 'linkedin_slug')}` },
  });
}
export function interviewFeedback(rec) {
  const r = rec.r; const p = rec.person(); const i = rec.person();
  return `${rec.ts()} [greenhouse-sync] scorecard submitted candidate_id=${rec.id('', 8)} candidate="${rec.name(p)}" interviewer=${rec.email(i, 'acme-corp.com')} ${rec.k('stage=Onsite')} rating=${r.pick(['strong_yes', 'yes', 'no'])} notes="${r.pick(['good system design', 'strong in SQL', 'needs visa sponsorship'])}"`;
}
export function backgroundCheck(rec) {
  const r = rec.r; const p = rec.person();
  return pino(rec, 'bgcheck-client', 'report ready', {
    provider: rec.k('checkr'), reportId: rec.k(`rpt_${r.hex(24)}`), status: rec.kn('status', 'clear'),
    subject: { fullName: rec.name(p), ssn: rec.nid('us_ssn'), dob: rec.dob(), currentAddress: rec.addr() },
    request: { headers: { authorization: `Basic ${rec.s(Buffer.from(`${r.hex(32)}:`).toString('base64'), 'api_key', 'checkr_basic')}` } },
  });
}
export function salesforceSync(rec) {
  const r = rec.r; const p = rec.person();
  return pino(rec, 'crm-sync', 'Contact upsert failed', {
    sobject: rec.kn('sobject', 'Contact'), sfId: rec.k(`003${r.b62(15)}`), error: { errorCode: rec.k('DUPLICATES_DETECTED'), statusCode: rec.kn('statusCode', 400) },
    payload: { Name: rec.name(p), Email: rec.email(p), MobilePhone: rec.phone(), MailingStreet: rec.addr() },
    instanceUrl: `https://${rec.k('acme.my.salesforce.com')}`, accessToken: rec.s(`00D${r.b62(12)}!${r.b62(96)}`, 'token', 'salesforce_session'),
  });
}
export function hubspotBatch(rec) {
  const r = rec.r; const emails = {};
  for (let i = 0; i < r.int(2, 3); i++) emails[rec.email(rec.person())] = r.int(1, 50);
  rec.maps.push(['result', 'opensByContact']);
  return pino(rec, 'hubspot-batch', 'email engagement batch', {
    portalId: rec.k(String(r.int(2000000, 9999999))), result: { opensByContact: emails, total: rec.kn('total', r.int(3, 200)) },
    client: { baseUrl: rec.k('https://api.hubspot.com'), token: rec.vendor('hubspot'), retryMax: rec.kn('retryMax', 5) },
  });
}
export function sapIdoc(rec) {
  const r = rec.r; const p = rec.person();
  return `${rec.ts()} SAP-PI IDOC ${rec.k(`DEBMAS07`)} docnum=${rec.id('00000000', 8)} partner=${rec.k(`KUNNR ${r.digits(10)}`)} NAME1="${rec.name(p)}" STRAS="${rec.addr()}" TELF1="${rec.phone()}" BANKN=${rec.iban()} ${rec.k('status=53')} ${rec.k('host=sap-s4.corp.acme.internal')}`;
}
export function netsuiteVendorBill(rec) {
  const r = rec.r;
  return pino(rec, 'netsuite-ap', 'vendor bill created', {
    bill: { tranId: rec.id('VB-', 6), vendor: rec.k(r.pick(['Lyreco GmbH', 'Dell Technologies', 'Iron Mountain'])), total: rec.kn('total', r.int(100, 90000) / 10), currency: 'EUR' },
    remitTo: { iban: rec.iban(), bic: rec.k(r.pick(['COBADEFFXXX', 'DEUTDEFF', 'BNPAFRPP', 'INGBNL2A'])) },
    oauth: { consumerKey: rec.k(r.hex(64).slice(0, 20)), tokenSecret: rec.s(r.hex(64), 'other_secret', 'netsuite_tba_secret') },
    ns: { account: rec.k('TSTDRV2211301'), restlet: rec.k('customscript_ap_bill_rl') },
  });
}
export function expenseOcr(rec) {
  const r = rec.r; const p = rec.person(); const c = rec.card();
  return `${rec.ts()} expense-ocr receipt=${rec.k(`rcpt_${r.b62(16)}`)} employee="${rec.name(p)}" merchant="${rec.k(r.pick(['Hotel Adlon Kempinski', 'Uber', 'Lufthansa', 'Pret A Manger', 'Deutsche Bahn']))}" total=${r.int(5, 900)}.${r.digits(2)} card="${c.v}" ocr_confidence=${r.int(70, 99)}% lang=${text(r).lang}`;
}
export function corporateCardFeed(rec) {
  const r = rec.r; const p = rec.person(); const c = rec.card();
  return pino(rec, 'card-feed', 'transaction matched', {
    txn: { id: rec.k(`txn_${r.b62(20)}`), amount: rec.kn('amount', r.int(100, 50000) / 100), mcc: rec.kn('mcc', String(r.pick([5812, 4511, 7011, 4121]))), authCode: rec.k(r.upper(2) + r.digits(4)) },
    card: { pan: c.v, holder: rec.name(p), expiry: `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}` }, policy: { maxDaily: rec.kn('maxDaily', 2500) },
  });
}
export function reimbursementPayout(rec) {
  const r = rec.r; const p = rec.person();
  return `${rec.ts()} [reimburse-worker] payout queued report=${rec.id('EXP-', 6)} to="${rec.name(p)}" iban=${rec.iban()} amount=${r.int(10, 2000)}.${r.digits(2)} EUR stripeKey=${rec.vendor('stripe_restricted')} idempotency=${rec.uuid()}`;
}
export function benefitsEnrollment(rec) {
  const r = rec.r; const p = rec.person(); const d = rec.person();
  return pino(rec, 'benefits-enroll', 'dependent added', {
    plan: rec.k(r.pick(['PPO-Gold-2027', 'HSA-Bronze-2027', 'Dental-Plus'])), employee: { name: rec.name(p), ssn: rec.nid('us_ssn') },
    dependent: { name: rec.name(d), relationship: r.pick(['spouse', 'child']), dob: rec.dob() }, carrier: { host: rec.k('edi.carrier-exchange.example.com'), sftpPassword: rec.pw() },
  });
}
export function travelBooking(rec) {
  const r = rec.r; const p = rec.person();
  return pino(rec, 'travel-booking', 'PNR created', {
    pnr: rec.k(r.upper(6)), traveler: { name: rec.name(p), passport: rec.s(`${r.upper(2)}${r.digits(7)}`, 'national_id', 'passport'), dob: rec.dob(), phone: rec.phone() },
    segments: [{ from: rec.kn('from', r.pick(['FRA', 'LHR', 'CDG', 'MAD'])), to: rec.kn('to', r.pick(['WAW', 'LIS', 'DUB', 'ARN'])), flight: rec.kn('flight', `LH${r.int(100, 2999)}`) }],
    payment: { card: rec.card().v }, gds: { host: rec.k('api.amadeus.com'), apiSecret: rec.s(r.b62(16), 'other_secret', 'amadeus_secret') },
  });
}
export function esignEnvelope(rec) {
  const r = rec.r; const p = rec.person();
  return `${rec.ts()} docusign-connect envelope=${rec.uuid()} ${rec.k('status=completed')} signer="${rec.name(p)}" <${rec.email(p)}> ip=${rec.ip()} doc="${rec.k(r.pick(['Employment Agreement', 'NDA Mutual', 'Offer Letter']))}" ${rec.k('account=api.docusign.net')}`;
}
export function legalHold(rec) {
  const r = rec.r; const p = rec.person();
  return pino(rec, 'ediscovery', 'custodian added to legal hold', {
    matter: rec.k(`MTR-${r.digits(4)}`), custodian: { name: rec.name(p), mailbox: rec.email(p, 'acme-corp.com'), phone: rec.phone() }, preservation: { days: rec.kn('retentionDays', 2555) },
  });
}
export function payrollTaxCsv(rec) {
  const r = rec.r; const p = rec.person();
  return `import-payroll.py: row ${r.int(2, 900)}: ${rec.k(`EMP${r.digits(5)}`)};${rec.name(p)};${rec.nid()};${rec.dob()};${rec.iban()};Steuerklasse ${r.int(1, 6)} -> OK`;
}
export function erpUserExport(rec) {
  const r = rec.r;
  const p = rec.person();
  return pino(rec, 'erp-export', 'nightly export uploaded', {
    target: rec.conn('postgres', 'erp-replica.corp.acme.internal', 'erp_reporting'), rows: rec.kn('rows', r.int(100, 90000)), file: `/exports/users-${rec.k('2026-11-28')}.csv.gz`,
    owner: rec.email(p, 'acme-corp.com'), checksum: rec.k(`sha256:${r.hex(64)}`),
  });
}
