#!/usr/bin/env node
// Writes heldout-v5.jsonl: log records from less common emitters with planted secrets and personal
// data, plus hard negatives that must survive. Seeded PRNG (55511), no network, no clock: the output
// is identical on every run.
//   node packages/log-scrubber/eval/heldout-v5/generate.mjs [output.jsonl]
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng, makeValues, B62, HEX } from './values.mjs';

const r = prng(55511);
const v = makeValues(r);
const { int, pick, str } = r;
const pad = (n, w) => String(n).padStart(w, '0');

const PEOPLE = [
  ['Henrike', 'Vollmer', 'de'], ['Ansgar', 'Brömmel', 'de'], ['Solène', 'Marchetti', 'fr'], ['Gaëtan', 'Lefébure', 'fr'],
  ['Itziar', 'Goikoetxea', 'es'], ['Rodrigo', 'Valdivieso', 'es'], ['Ottavia', 'Zanardelli', 'it'], ['Ciriaco', 'Bellandi', 'it'],
  ['Joaquim', 'Albuquerque', 'pt'], ['Iracema', 'Figueiredo', 'pt'], ['Maarten', 'Verschuren', 'nl'], ['Femke', 'Hoogendijk', 'nl'],
  ['Bożena', 'Wróblewska', 'pl'], ['Przemysław', 'Kaczmarczyk', 'pl'], ['Radek', 'Dvořáček', 'cs'], ['Zdeňka', 'Procházková', 'cs'],
  ['Σταύρος', 'Καραγιάννης', 'el'], ['Ευανθία', 'Παπαδοπούλου', 'el'], ['אביגיל', 'רוזנבלום', 'he'], ['יהונתן', 'אשכנזי', 'he'],
  ['ليلى', 'الحسيني', 'ar'], ['يوسف', 'القحطاني', 'ar'], ['अनन्या', 'कुलकर्णी', 'hi'], ['विक्रम', 'मल्होत्रा', 'hi'],
  ['สมศักดิ์', 'วงศ์สวัสดิ์', 'th'], ['Nguyễn', 'Thị Hằng', 'vi'], ['Trần', 'Quốc Bảo', 'vi'], ['Wulandari', 'Setiawan', 'id'],
  ['Bagus', 'Prasetyo', 'id'], ['真由美', '高橋', 'ja'], ['健太郎', '松本', 'ja'], ['서연', '김', 'ko'], ['민준', '박', 'ko'],
  ['秀英', '王', 'zh'], ['志强', '刘', 'zh'], ['Tamsin', 'Okonkwo-Reyes', 'en'], ['Lachlan', 'Fairweather', 'en'],
  ['Priyanka', 'Venkataraman', 'en'], ['Desmond', 'Achterberg', 'en'], ['Marisol', 'Quintanilla', 'en'],
];
const ASCII_PEOPLE = PEOPLE.filter(([, , l]) => ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'en', 'id'].includes(l));
const translit = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/ß/g, 'ss').toLowerCase().replace(/[^a-z]/g, '');
const person = (lang) => {
  const pool = lang ? PEOPLE.filter((p) => p[2] === lang) : PEOPLE;
  const [first, last, l] = pick(pool.length ? pool : PEOPLE);
  const eastern = ['ja', 'ko', 'zh', 'vi'].includes(l);
  const full = eastern ? (l === 'vi' ? `${first} ${last}` : `${last}${first}`) : `${first} ${last}`;
  const a = ASCII_PEOPLE.includes(PEOPLE.find((p) => p[0] === first)) ? [first, last] : pick(ASCII_PEOPLE);
  return { first, last, full, lang: l, asciiFirst: translit(a[0]), asciiLast: translit(a[1]) };
};
// Fields that hold a family or given name alone need names of two characters or more.
const another = (p) => { let q; do q = person(); while (q.full === p.full); return q; };
const personLong = () => { let p; do p = person(); while ([...p.first].length < 2 || [...p.last].length < 2); return p; };
const MAIL_DOMAINS = ['posteo.de', 'laposte.net', 'libero.it', 'seznam.cz', 'wp.pl', 'sapo.pt', 'ziggo.nl', 'yahoo.co.jp', 'naver.com', 'qq.com', 'fastmail.fm', 'proton.me', 'outlook.com', 'gmx.at', 'icloud.com'];
const emailOf = (p) => `${pick([`${p.asciiFirst}.${p.asciiLast}`, `${p.asciiFirst[0]}${p.asciiLast}`, `${p.asciiLast}.${p.asciiFirst}${int(1, 99)}`, `${p.asciiFirst}_${p.asciiLast[0]}${int(70, 99)}`])}@${pick(MAIL_DOMAINS)}`;
const usernameOf = (p) => pick([`${p.asciiFirst[0]}${p.asciiLast}`, `${p.asciiFirst}.${p.asciiLast}`, `${p.asciiLast}${p.asciiFirst[0]}${int(1, 9)}`, `${p.asciiFirst}${int(10, 99)}`]).slice(0, 16);
const PHONE = {
  de: () => pick([`+49 1${int(51, 79)} ${int(1000000, 9999999)}`, `01${int(51, 79)} ${int(10000000, 99999999)}`]),
  fr: () => `+33 ${int(6, 7)} ${pad(int(0, 99), 2)} ${pad(int(0, 99), 2)} ${pad(int(0, 99), 2)} ${pad(int(0, 99), 2)}`,
  es: () => `+34 6${int(10, 99)} ${int(100, 999)} ${int(100, 999)}`,
  it: () => `+39 3${int(20, 99)} ${int(100, 999)} ${int(1000, 9999)}`,
  pt: () => `+351 9${int(10, 69)} ${int(100, 999)} ${int(100, 999)}`,
  nl: () => `06-${int(10000000, 99999999)}`,
  pl: () => `+48 ${int(500, 799)} ${int(100, 999)} ${int(100, 999)}`,
  cs: () => `+420 ${int(601, 799)} ${int(100, 999)} ${int(100, 999)}`,
  el: () => `+30 69${int(10, 99)} ${int(100000, 999999)}`,
  he: () => `+972-5${int(0, 8)}-${int(100, 999)}-${int(1000, 9999)}`,
  ar: () => `+966 5${int(0, 9)} ${int(100, 999)} ${int(1000, 9999)}`,
  hi: () => `+91 ${int(70000, 99999)} ${int(10000, 99999)}`,
  th: () => `+66 8${int(1, 9)} ${int(100, 999)} ${int(1000, 9999)}`,
  vi: () => `+84 9${int(0, 9)} ${int(100, 999)} ${int(10, 99)} ${int(10, 99)}`,
  id: () => `+62 812-${int(1000, 9999)}-${int(1000, 9999)}`,
  ja: () => `090-${int(1000, 9999)}-${int(1000, 9999)}`,
  ko: () => `010-${int(1000, 9999)}-${int(1000, 9999)}`,
  zh: () => `+86 13${int(0, 9)} ${int(1000, 9999)} ${int(1000, 9999)}`,
  en: () => pick([`(${int(201, 989)}) ${int(200, 989)}-${int(1000, 9999)}`, `+44 7${int(400, 999)} ${int(100000, 999999)}`, `+61 4${int(10, 99)} ${int(100, 999)} ${int(100, 999)}`]),
};
const ADDRESS = {
  de: () => `${pick(['Lindenstraße', 'Am Mühlbach', 'Kastanienallee', 'Hohe Str.'])} ${int(1, 180)}, ${int(10115, 99998)} ${pick(['Bielefeld', 'Göttingen', 'Regensburg', 'Kassel'])}`,
  fr: () => `${int(1, 140)} ${pick(['rue des Tanneurs', 'avenue Jean-Jaurès', 'impasse du Moulin', 'boulevard Carnot'])}, ${int(10000, 95999)} ${pick(['Limoges', 'Besançon', 'Angers', 'Nancy'])}`,
  es: () => `${pick(['Calle de la Cruz', 'Avenida del Puerto', 'Carrer de Provença', 'Paseo de Gracia'])} ${int(1, 220)}, ${int(2, 8)}º ${pick(['A', 'B', 'C'])}, ${pad(int(1000, 52999), 5)} ${pick(['Zaragoza', 'Valladolid', 'Murcia', 'Girona'])}`,
  it: () => `${pick(['Via dei Mille', 'Corso Garibaldi', 'Viale Monza', 'Via Roma'])} ${int(1, 250)}, ${int(10100, 98100)} ${pick(['Bergamo', 'Lecce', 'Trento', 'Perugia'])}`,
  pt: () => `${pick(['Rua das Flores', 'Avenida da Liberdade', 'Travessa do Carmo'])}, ${int(1, 300)}, ${int(1000, 4999)}-${pad(int(0, 999), 3)} ${pick(['Braga', 'Coimbra', 'Aveiro'])}`,
  nl: () => `${pick(['Prinsengracht', 'Oudegracht', 'Kerkstraat', 'Zuiderdiep'])} ${int(1, 400)}${pick(['', 'A', '-2'])}, ${int(1011, 9999)} ${pick(['AB', 'KL', 'RT', 'XC'])} ${pick(['Utrecht', 'Groningen', 'Zwolle', 'Haarlem'])}`,
  pl: () => `ul. ${pick(['Kwiatowa', 'Piłsudskiego', 'Długa', 'Ogrodowa'])} ${int(1, 120)}/${int(1, 40)}, ${int(10, 99)}-${pad(int(0, 999), 3)} ${pick(['Lublin', 'Toruń', 'Rzeszów', 'Gdynia'])}`,
  cs: () => `${pick(['Vinohradská', 'Masarykova', 'Husova', 'Palackého'])} ${int(1, 2400)}/${int(1, 60)}, ${int(100, 799)} ${pad(int(0, 99), 2)} ${pick(['Brno', 'Olomouc', 'Plzeň', 'Liberec'])}`,
  en: () => `${int(2, 9800)} ${pick(['Larkspur Lane', 'Old Mill Road', 'Wexford Close', 'Pemberton Ave'])}, ${pick(['Apt 4B, ', 'Unit 12, ', ''])}${pick(['Duluth, MN 55802', 'Tamworth NSW 2340', 'Harrogate HG1 2QT', 'Boise, ID 83702'])}`,
  ja: () => `〒${int(100, 999)}-${pad(int(0, 9999), 4)} ${pick(['東京都世田谷区', '大阪府吹田市', '福岡県福岡市中央区'])}${pick(['桜丘', '千里山', '大名'])}${int(1, 5)}丁目${int(1, 30)}-${int(1, 20)}`,
  ko: () => `${pick(['서울특별시 마포구 월드컵북로', '부산광역시 해운대구 센텀중앙로', '대전광역시 유성구 대학로'])} ${int(1, 400)}, ${int(101, 120)}동 ${int(101, 2503)}호`,
  zh: () => `${pick(['上海市浦东新区', '北京市海淀区', '广州市天河区'])}${pick(['张杨路', '中关村大街', '天河北路'])}${int(1, 999)}号${int(1, 30)}栋${int(101, 2801)}室`,
};
const addrLang = (l) => (ADDRESS[l] ? l : pick(['de', 'fr', 'es', 'it', 'nl', 'pl', 'en']));
const phoneOf = (p) => (PHONE[p.lang] ?? PHONE.en)();
const ip4 = () => `${pick([23, 31, 45, 62, 77, 81, 91, 103, 139, 151, 178, 185, 195, 203, 212])}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`;
const ip6 = () => `2a0${int(1, 9)}:${str(HEX, 4)}:${str(HEX, 4)}:${int(1, 9)}${str(HEX, 3)}::${str(HEX, 3)}${int(1, 9)}`;
const dob = () => { const y = int(1942, 2006); const m = int(1, 12); const d = int(1, 28); return pick([`${y}-${pad(m, 2)}-${pad(d, 2)}`, `${pad(d, 2)}.${pad(m, 2)}.${y}`, `${pad(m, 2)}/${pad(d, 2)}/${y}`]); };
const geo = () => { const lat = (int(-55, 65) + r.next()).toFixed(int(5, 6)); const lng = (int(-120, 150) + r.next()).toFixed(int(5, 6)); return [lat, lng]; };
const ts = () => `2026-${pad(int(1, 11), 2)}-${pad(int(1, 28), 2)}T${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}.${pad(int(0, 999), 3)}Z`;
const ver = () => `${int(1, 14)}.${int(0, 30)}.${int(0, 40)}`;
const sha = (n = 40) => v.hex(n);
const HOSTS = ['ledger-eu-02.prod.internal', 'cdn-edge-fra3.example.net', 'ingest.corp.example', 'pg-primary-3.db.svc.cluster.local', 'kafka-broker-7.msg.example.org', 'api.payments.example.com', 'mx2.mail.example.eu', 'build-runner-14.ci.example.io'];
const PRODUCTS = ['Aurora Slim Kettle', 'Fjordlight Parka', 'Nimbus Router AX3000', 'Terracotta Planter Set', 'Quantum Desk Lamp', 'Helios Solar Bank', 'Basalt Espresso Grinder'];
const COMPANIES = ['Brightwater Logistics GmbH', 'Société Générale des Eaux', 'Hanseatic Freight AG', 'Kirin Dynamics K.K.', 'Oriel Insurance plc', 'Vistula Energia S.A.', 'Tagus Telecom SA'];
const dur = () => pick([`${int(2, 9999)}ms`, `${int(1, 59)}.${int(0, 999)}s`, `${int(1, 59)}m${int(0, 59)}s`]);

// A record under construction: L() plants a labelled value, K() a hard negative, KF() a setting
// written as its JSON fragment.
function ctx() {
  const c = { sensitive: [], keep: [] };
  c.L = (value, kind, sub) => { c.sensitive.push({ value: String(value), kind, sub }); return value; };
  c.K = (value) => { c.keep.push(String(value)); return value; };
  c.KF = (key, value) => { c.keep.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`); return value; };
  return c;
}

const FAMILIES = {
  'erlang-crash-report': (c) => {
    const p = person(); const pw = v.password(); const node = `${pick(['ejabberd', 'rabbit', 'riak', 'emqx'])}@${pick(HOSTS)}`;
    const pid = c.K(`<0.${int(100, 9999)}.0>`);
    return ['text', `=CRASH REPORT==== ${int(1, 28)}-Nov-2026::${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)} ===\n  crasher:\n    initial call: ${c.K('mod_auth_sql:init/1')}\n    pid: ${pid}\n    registered_name: []\n    exception exit: {badmatch,{error,{auth_failed,<<"${c.L(usernameOf(p), 'username', 'erlang_binary')}">>,<<"${c.L(pw, 'password', 'erlang_binary')}">>}}}\n    ancestors: [${c.K(`ejabberd_sup_${int(1, 9)}`)}]\n    node: '${c.K(node)}'\n    heap_size: ${int(300, 9000)}`];
  },
  'cobol-jes-joblog': (c) => {
    const p = person('en'); const acct = v.nationalId('us_ssn');
    const job = c.K(`JOB${pad(int(1, 99999), 5)}`);
    return ['text', `${pad(int(0, 23), 2)}.${pad(int(0, 59), 2)}.${pad(int(0, 59), 2)} ${job}  $HASP373 PAYRL${int(10, 99)}  STARTED - INIT ${int(1, 9)} - CLASS A - ${c.K(`SYS SY${int(1, 4)}`)}\nIEF236I ALLOC. FOR PAYRL STEP010\nPAYR0042E RECORD REJECTED EMP=${c.K(`E${pad(int(1, 999999), 6)}`)} NAME=${c.L(`${p.last.toUpperCase()}, ${p.first.toUpperCase()}`, 'person_name', 'cobol_upper')} SSN=${c.L(acct.value, 'national_id', acct.sub)} REASON=DUP-KEY\nIEF142I PAYRL STEP010 - STEP WAS EXECUTED - ${c.K(`COND CODE ${pad(int(4, 16), 4)}`)}\nIEF404I PAYRL - ENDED - TIME=${pad(int(0, 23), 2)}.${pad(int(0, 59), 2)}.${pad(int(0, 59), 2)}`];
  },
  'racf-passticket-log': (c) => {
    const p = person('en'); const uid = c.L(usernameOf(p).toUpperCase().slice(0, 8), 'username', 'racf_userid');
    const pw = str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789#@$', 8);
    return ['text', `ICH408I USER(${uid}) GROUP(${c.K(`PAYGRP${int(1, 9)}`)}) NAME(${c.L(`${p.first.toUpperCase()} ${p.last.toUpperCase()}`, 'person_name', 'racf_name')})\n  LOGON/JOB INITIATION - INVALID PASSWORD ENTERED AT TERMINAL ${c.K(`TRM${str(HEX.toUpperCase(), 4)}`)}\n  TSO LOGON PARMS: ${uid}/${c.L(pw, 'password', 'tso_logon')} PROC(${c.K('IKJACCNT')})`];
  },
  'sap-idoc-dump': (c) => {
    const p = person(pick(['de', 'nl', 'pl', 'cs', 'it'])); const ib = v.iban(pick(['DE', 'NL', 'PL', 'CZ', 'IT']));
    const docnum = c.K(pad(int(1, 9999999999), 16));
    return ['text', `EDIDC  DOCNUM ${docnum} MESTYP ${c.K('CREMAS')} IDOCTP CREMAS06 SNDPRN ${c.K(`ERP${int(100, 999)}CLNT${int(100, 899)}`)}\nE1LFA1M  LIFNR ${c.K(pad(int(100000, 999999), 10))} NAME1 ${c.L(p.full, 'person_name', `name_${p.lang}`)}\nE1LFA1M  STRAS ${c.L(ADDRESS[addrLang(p.lang)](), 'address', 'sap_stras')}\nE1LFA1M  TELF1 ${c.L(phoneOf(p), 'phone', `phone_${p.lang}`)}\nE1LFBKM  BANKS ${ib.cc} IBAN ${c.L(ib.value, 'iban', `iban_${ib.cc.toLowerCase()}`)} BKONT 01\nE1LFB1M  ${c.K(`BUKRS ${int(1000, 9999)}`)} ZTERM ${c.K(`Z0${int(10, 99)}`)}`];
  },
  'salesforce-debug-log': (c) => {
    const p = personLong(); const em = emailOf(p); const tok = `00D${str(B62, 12)}!${str(B62 + '._', 96)}`;
    const line = `${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}.${int(100, 999)} (${int(100000, 9999999)})`;
    return ['text', `${c.K('60.0 APEX_CODE,FINEST;APEX_PROFILING,INFO')}\n${line}|USER_DEBUG|[${int(10, 300)}]|DEBUG|Contact upsert: {LastName=${c.L(p.last, 'person_name', 'sf_lastname')}, Email=${c.L(em, 'email', 'sf_field')}, MobilePhone=${c.L(phoneOf(p), 'phone', `phone_${p.lang}`)}}\n${line}|CALLOUT_REQUEST|[${int(10, 300)}]|System.HttpRequest[Endpoint=${c.K('callout:ERP_Named/api/v2/accounts')}, Method=POST] Authorization: Bearer ${c.L(tok, 'token', 'sf_session_id')}\n${line}|LIMIT_USAGE_FOR_NS|${c.K(`Number of SOQL queries: ${int(1, 99)} out of 100`)}`];
  },
  'jira-audit-export': (c) => {
    const p = person(); const q = person();
    return ['object', { created: c.K(ts()), category: 'user management', summary: 'User updated', objectItem: { id: c.K(`JIRAUSER${int(10000, 99999)}`), name: c.L(usernameOf(p), 'username', 'jira_username'), typeName: 'USER' },
      changedValues: [{ fieldName: 'Full name', changedFrom: c.L(p.full, 'person_name', `name_${p.lang}`), changedTo: c.L(q.full, 'person_name', `name_${q.lang}`) }, { fieldName: 'Email', changedTo: c.L(emailOf(p), 'email', 'audit_change') }],
      remoteAddress: c.L(ip4(), 'ip', 'v4'), authorKey: c.K(`JIRAUSER${int(10000, 99999)}`), project: c.K(`${pick(['OPS', 'FIN', 'HR', 'SEC'])}-${int(100, 9999)}`) }];
  },
  'confluence-audit-csv': (c) => {
    const p = person(); const a = ip4();
    return ['text', `"${c.K(ts())}","${c.L(p.full, 'person_name', `name_${p.lang}`)}","${c.L(emailOf(p), 'email', 'csv_cell')}","Space permission changed","${c.K(`SPACEKEY=${pick(['FINOPS', 'ENG', 'LEGAL'])}${int(1, 99)}`)}","${c.L(a, 'ip', 'v4')}","${c.K(`Confluence ${ver()}`)}"`];
  },
  'zendesk-ticket-export': (c) => {
    const p = person(pick(['es', 'pt', 'it', 'fr', 'de'])); const card = v.card();
    const body = { es: 'Hola, me cobraron dos veces con la tarjeta', pt: 'Olá, fui cobrado duas vezes no cartão', it: 'Buongiorno, addebito doppio sulla carta', fr: 'Bonjour, j\'ai été débité deux fois sur la carte', de: 'Hallo, meine Karte wurde doppelt belastet' }[p.lang];
    return ['object', { ticket: { external_id: c.K(`ZD-${int(100000, 999999)}`), status: c.K('pending'), via: { channel: 'email' } },
      requester: { name: c.L(p.full, 'person_name', `name_${p.lang}`), email: c.L(emailOf(p), 'email', 'plain') },
      comment: { body: `${body} ${c.L(card.value, 'card', card.brand)}. ${pick(['Dirección', 'Morada', 'Indirizzo', 'Adresse', 'Anschrift'])}: ${c.L(ADDRESS[addrLang(p.lang)](), 'address', 'inline')}`, public: true },
      satisfaction_rating: c.K('offered') }];
  },
  'intercom-conversation': (c) => {
    const p = person(pick(['nl', 'pl', 'cs', 'el', 'he', 'ar'])); const ib = v.iban(pick(['NL', 'PL', 'CZ', 'GR', 'BE']));
    const txt = { nl: 'Mijn rekeningnummer is', pl: 'Mój numer konta to', cs: 'Moje číslo účtu je', el: 'Ο λογαριασμός μου είναι', he: 'מספר החשבון שלי הוא', ar: 'رقم حسابي هو' }[p.lang];
    return ['object', { type: 'conversation_part', id: c.K(String(int(10000000000, 99999999999))), created_at: c.KF('created_at', int(1760000000, 1790000000)),
      author: { type: 'user', name: c.L(p.full, 'person_name', `name_${p.lang}`), email: c.L(emailOf(p), 'email', 'plain') },
      body: `<p>${txt} ${c.L(ib.value, 'iban', `iban_${ib.cc.toLowerCase()}`)} — ${c.L(phoneOf(p), 'phone', `phone_${p.lang}`)}</p>`, app_id: c.K(str('abcdefghijklmnopqrstuvwxyz0123456789', 8)) }];
  },
  'slack-audit-event': (c) => {
    const p = person(); const tok = v.slackToken();
    return ['object', { id: c.K(v.uuid()), date_create: c.KF('date_create', int(1760000000, 1790000000)), action: c.K('user_login'),
      actor: { type: 'user', user: { id: c.K(`U0${str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 9)}`), name: c.L(p.full, 'person_name', `name_${p.lang}`), email: c.L(emailOf(p), 'email', 'plain') } },
      context: { ua: c.K(`Slack/${ver()} (darwin arm64)`), ip_address: c.L(pick([ip4, ip6])(), 'ip', 'audit'), session_id: c.K(String(int(1e12, 9e12))) },
      details: { debug_header: `Authorization: Bearer ${c.L(tok, 'token', 'slack')}` } }];
  },
  'teams-audit-event': (c) => {
    const p = person(); const u = usernameOf(p);
    return ['object', { CreationTime: c.K(ts().slice(0, 19)), Operation: c.K('MemberAdded'), Workload: 'MicrosoftTeams', UserId: c.L(`${u}@contoso-${int(10, 99)}.onmicrosoft.com`, 'email', 'upn'),
      ClientIP: c.L(`${ip4()}`, 'ip', 'v4'), Members: [{ DisplayName: c.L(p.full, 'person_name', `name_${p.lang}`), Role: c.KF('Role', 1) }], TeamGuid: c.K(v.uuid()), RecordType: c.KF('RecordType', 25) }];
  },
  'stripe-webhook': (c) => {
    const p = person(); const [lat, lng] = geo();
    return ['object', { id: c.K(`evt_${str(B62, 24)}`), type: c.K('charge.succeeded'), api_version: c.K('2024-06-20'), livemode: true,
      data: { object: { id: c.K(`ch_${str(B62, 24)}`), amount: c.KF('amount', int(100, 99999)), billing_details: { name: c.L(p.full, 'person_name', `name_${p.lang}`), email: c.L(emailOf(p), 'email', 'plain'), address: { line1: c.L(ADDRESS[addrLang(p.lang)](), 'address', 'line1') } },
        metadata: { geo: `${c.L(lat, 'geo', 'lat')},${c.L(lng, 'geo', 'lng')}` }, payment_method_details: { card: { last4: c.K(String(int(1000, 9999))), fingerprint: c.K(str(B62, 16)) } } } },
      request: { idempotency_key: c.K(v.uuid()) }, _debug: { signing_secret: c.L(v.webhookSecret(), 'other_secret', 'stripe_whsec'), key: c.L(v.stripeKey(), 'api_key', 'stripe') } }];
  },
  'adyen-notification': (c) => {
    const p = person(); const card = v.card(pick(['visa', 'mastercard']));
    return ['object', { live: 'true', notificationItems: [{ NotificationRequestItem: { pspReference: c.K(String(int(1e15, 9e15))), merchantAccountCode: c.K(pick(COMPANIES).replace(/\W+/g, '')), eventCode: c.K('AUTHORISATION'), success: 'true',
      amount: { currency: 'EUR', value: c.KF('value', int(100, 99999)) }, additionalData: { cardHolderName: c.L(p.full, 'person_name', `name_${p.lang}`), cardNumber: c.L(card.value, 'card', card.brand), shopperIP: c.L(ip4(), 'ip', 'v4'), hmacSignature: c.K(v.b64(32)) } } }],
      _config: { hmacKey: c.L(v.hex(64).toUpperCase(), 'other_secret', 'adyen_hmac_key'), hmacKeyRotationDays: c.KF('hmacKeyRotationDays', 90) } }];
  },
  'paypal-ipn': (c) => {
    const p = person(pick(['en', 'de', 'fr', 'es', 'it', 'nl'])); const em = emailOf(p);
    const q = (s) => encodeURIComponent(s).replace(/%20/g, '+');
    return ['text', `IPN received: mc_gross=${int(5, 900)}.${pad(int(0, 99), 2)}&protection_eligibility=Eligible&payer_id=${c.K(str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 13))}&first_name=${c.L(q(p.first), 'person_name', 'ipn_first')}&last_name=${c.L(q(p.last), 'person_name', 'ipn_last')}&payer_email=${c.L(q(em), 'email', 'urlencoded')}&txn_id=${c.K(str('0123456789ABCDEFGHJKLMNPRSTUVWXY', 17))}&verify_sign=${c.K(str(B62 + '-.', 56))}&address_street=${c.L(q(ADDRESS[addrLang(p.lang)]()), 'address', 'urlencoded')}&notify_version=${c.K('3.9')}`];
  },
  'edifact-pnr': (c) => {
    const p = person(pick(['en', 'de', 'fr', 'it', 'es', 'nl', 'pl'])); const card = v.card();
    const tel = phoneOf(p);
    return ['text', `UNH+1+PNRGOV:13:1:IA'\nTIF+${c.L(p.asciiLast.toUpperCase(), 'person_name', 'edifact_surname')}+${c.L(p.asciiFirst.toUpperCase(), 'person_name', 'edifact_given')}'\nSSR+DOCS:HK:1:${c.K(pick(['LH', 'AF', 'IB', 'KL', 'LO']))}:::::/P/${pick(['DEU', 'FRA', 'ESP'])}/${c.L(`${pick(['C', 'X', 'P'])}${str('0123456789CFGHJKLMNPRTVWXYZ', 8)}`, 'national_id', 'passport_no')}'\nTVL+${c.K(`${pad(int(1, 28), 2)}${pad(int(1, 12), 2)}26`)}+${c.K(pick(['FRA', 'CDG', 'MAD', 'AMS', 'WAW']))}+${c.K(pick(['JFK', 'NRT', 'GRU', 'DXB']))}'\nCTC+${c.L(tel, 'phone', `phone_${p.lang}`)}'\nFOP+CC:${c.L(card.value.replace(/\D/g, ''), 'card', card.brand)}:EXP${pad(int(1, 12), 2)}${int(27, 31)}'\nRCI+${c.K(str('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6))}'`];
  },
  'fhir-bundle': (c) => {
    const p = personLong(); const [lat, lng] = geo(); const nid = v.nationalId(pick(['us_ssn', 'nl_bsn', 'pl_pesel', 'it_codice_fiscale']));
    return ['object', { resourceType: 'Bundle', type: 'transaction', id: c.K(v.uuid()), meta: { versionId: c.KF('versionId', String(int(1, 40))), lastUpdated: c.K(ts()) },
      entry: [{ fullUrl: c.K(`urn:uuid:${v.uuid()}`), resource: { resourceType: 'Patient', identifier: [{ system: c.K({ us_ssn: 'http://hl7.org/fhir/sid/us-ssn', nl_bsn: 'http://fhir.nl/fhir/NamingSystem/bsn', pl_pesel: 'urn:oid:2.16.840.1.113883.3.4424.1.1.616', it_codice_fiscale: 'http://hl7.it/sid/codiceFiscale' }[nid.sub]), value: c.L(nid.value, 'national_id', nid.sub) }, { system: 'urn:mrn', value: c.K(`MRN-${int(1000000, 9999999)}`) }],
        name: [{ family: c.L(p.last, 'person_name', 'fhir_family'), given: [c.L(p.first, 'person_name', 'fhir_given')] }], birthDate: c.L(`${int(1940, 2008)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`, 'dob', 'fhir_birthdate'),
        address: [{ text: c.L(ADDRESS[addrLang(p.lang)](), 'address', 'fhir_text'), extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/geolocation', valueString: `${c.L(lat, 'geo', 'lat')} ${c.L(lng, 'geo', 'lng')}` }] }] } }] }];
  },
  'dicom-header-dump': (c) => {
    const p = person(); const study = `1.2.840.${int(10000, 99999)}.${int(1, 9)}.${int(1e8, 9e8)}.${int(1000, 9999)}`;
    const nm = pick([`${p.asciiLast.toUpperCase()}^${p.asciiFirst.toUpperCase()}`, `${p.last}^${p.first}`]);
    return ['text', `(0008,0020) DA [${c.K(`2026${pad(int(1, 11), 2)}${pad(int(1, 28), 2)}`)}]  # StudyDate\n(0008,0080) LO [${c.K(pick(['St. Elsewhere Radiology', 'Klinikum Nord MRT', 'Hôpital Saint-Roch']))}]\n(0010,0010) PN [${c.L(nm, 'person_name', 'dicom_pn')}]  # PatientName\n(0010,0020) LO [${c.K(`PID${int(100000, 999999)}`)}]  # PatientID\n(0010,0030) DA [${c.L(`${int(1940, 2008)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}`, 'dob', 'dicom_da')}]  # PatientBirthDate\n(0010,1040) LO [${c.L(ADDRESS[addrLang(p.lang)](), 'address', 'dicom_lo')}]  # PatientAddress\n(0020,000D) UI [${c.K(study)}]  # StudyInstanceUID\n(0028,0010) ${c.K(`US ${pick(['512', '1024', '2048'])}`)}  # Rows`];
  },
  'hl7v2-adt': (c) => {
    const p = person(pick(['en', 'de', 'nl', 'es'])); const nid = v.nationalId(pick(['us_ssn', 'nl_bsn', 'es_dni']));
    const b = `${int(1940, 2008)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)}`;
    return ['text', `MSH|^~\\&|${c.K('EPICADT')}|${c.K(`FAC${int(10, 99)}`)}|LAB|LAB|${c.K(`2026${pad(int(1, 11), 2)}${pad(int(1, 28), 2)}${pad(int(0, 23), 2)}${pad(int(0, 59), 2)}`)}||ADT^A08|${c.K(`MSG${int(100000, 999999)}`)}|P|2.5.1\rPID|1||${c.K(`${int(100000, 999999)}^^^MRN`)}||${c.L(`${p.asciiLast.toUpperCase()}^${p.asciiFirst.toUpperCase()}`, 'person_name', 'hl7_xpn')}||${c.L(b, 'dob', 'hl7_ts')}|${pick(['F', 'M'])}|||${c.L(ADDRESS[addrLang(p.lang)]().replace(/, /g, '^'), 'address', 'hl7_xad')}||${c.L(phoneOf(p), 'phone', `phone_${p.lang}`)}|||||${c.L(nid.value, 'national_id', nid.sub)}`];
  },
  'sis-student-export': (c) => {
    const p = person(); const g = another(p);
    return ['text', `student_id;legal_name;birth_date;guardian;guardian_phone;email;program;gpa;enrolled\n${c.K(`S${int(2020, 2026)}${pad(int(1, 99999), 5)}`)};${c.L(p.full, 'person_name', `name_${p.lang}`)};${c.L(dob(), 'dob', 'date')};${c.L(g.full, 'person_name', `name_${g.lang}`)};${c.L(phoneOf(g), 'phone', `phone_${g.lang}`)};${c.L(`${p.asciiFirst}.${p.asciiLast}${int(1, 99)}@stud.${pick(['uni-kassel.de', 'univ-angers.fr', 'unibo.it', 'uva.nl'])}`, 'email', 'student')};${c.K(pick(['BSc Informatik', 'Licence Mathématiques', 'Laurea Ingegneria', 'BA Geschiedenis']))};${c.K(`${int(1, 4)}.${pad(int(0, 99), 2)}`)};${c.K(`2026-${pad(int(1, 11), 2)}-${pad(int(1, 28), 2)}`)}`];
  },
  'telecom-billing-cdr': (c) => {
    const p = person(); const q = person(); const ib = v.iban();
    return ['text', `CDR|${c.K(`${int(2026, 2026)}${pad(int(1, 11), 2)}${pad(int(1, 28), 2)}${pad(int(0, 23), 2)}${pad(int(0, 59), 2)}${pad(int(0, 59), 2)}`)}|MSISDN_A=${c.L(phoneOf(p), 'phone', `phone_${p.lang}`)}|MSISDN_B=${c.L(phoneOf(q), 'phone', `phone_${q.lang}`)}|IMSI=${c.L(`${pick(['262', '208', '214', '222'])}0${int(1, 9)}${str('0123456789', 10)}`, 'national_id', 'imsi')}|CELL=${c.K(`${int(10000, 65535)}-${int(1, 255)}`)}|${c.K(`DUR=${int(1, 3600)}s`)}|RATE=${c.K(pick(['ROAM_EU', 'NAT_FLAT', 'INTL_Z2']))}|MANDATE_IBAN=${c.L(ib.value.replace(/ /g, ''), 'iban', `iban_${ib.cc.toLowerCase()}`)}`];
  },
  'utility-meter-portal': (c) => {
    const p = person(pick(['de', 'nl', 'fr', 'it', 'es'])); const [lat, lng] = geo();
    return ['object', { event: 'meter.read.submitted', meterId: c.K(`${pick(['1ESY', '1EMH', '1LOG'])}${str('0123456789', 10)}`), reading: c.KF('reading', int(1000, 99999)), tariff: c.K(pick(['Ökostrom Flex', 'Tarif Bleu', 'Groene Stroom Vast'])),
      customer: { name: c.L(p.full, 'person_name', `name_${p.lang}`), supplyAddress: c.L(ADDRESS[addrLang(p.lang)](), 'address', 'supply'), location: { lat: c.L(Number(lat), 'geo', 'lat_number'), lng: c.L(Number(lng), 'geo', 'lng_number') } },
      portalLogin: { user: c.L(usernameOf(p), 'username', 'portal_login'), passwordChangedAt: c.K(ts()), passwordMinLength: c.KF('passwordMinLength', int(10, 16)) } }];
  },
  'insurance-claim-form': (c) => {
    const p = person(); const nid = v.nationalId(); const ib = v.iban();
    return ['object', { claimNo: c.K(`CLM-${int(2026, 2026)}-${pad(int(1, 999999), 6)}`), policy: c.K(`POL${str('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}${int(1000000, 9999999)}`), insurer: c.K(pick(COMPANIES)),
      claimant: { fullName: c.L(p.full, 'person_name', `name_${p.lang}`), dateOfBirth: c.L(dob(), 'dob', 'date'), taxId: c.L(nid.value, 'national_id', nid.sub), payoutAccount: c.L(ib.value, 'iban', `iban_${ib.cc.toLowerCase()}`) },
      vehicle: { vin: c.K(str('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 17)), plate: c.K(`${pick(['B', 'M', 'HH'])}-${str('ABCDEFGHJKLMNPRSTUVWXYZ', 2)} ${int(100, 9999)}`) }, status: c.K('UNDER_REVIEW') }];
  },
  'real-estate-lease': (c) => {
    const p = person(); const q = another(p);
    return ['text', `[lease-svc] ${c.K(ts())} INFO application ${c.K(`APP-${str(ALNUM(), 8)}`)} accepted: tenant="${c.L(p.full, 'person_name', `name_${p.lang}`)}" co_signer="${c.L(q.full, 'person_name', `name_${q.lang}`)}" unit="${c.L(ADDRESS[addrLang(p.lang)](), 'address', 'unit')}" tenant_email=${c.L(emailOf(p), 'email', 'plain')} rent_eur=${c.K(`${int(600, 3200)}.00`)} ${c.K(`deposit_months=${int(1, 3)}`)}`];
  },
  'k8s-admission-webhook': (c) => {
    const pw = v.password(); const tok = v.githubToken('ghp');
    const ns = pick(['payments', 'billing', 'search', 'ml-serving']);
    return ['object', { apiVersion: 'admission.k8s.io/v1', kind: 'AdmissionReview', request: { uid: c.K(v.uuid()), kind: { group: '', version: 'v1', kind: 'Secret' }, namespace: c.K(ns), operation: 'CREATE',
      userInfo: { username: c.K(`system:serviceaccount:${ns}:deployer`), groups: ['system:serviceaccounts'] },
      object: { metadata: { name: c.K(`${ns}-db-credentials`), resourceVersion: c.K(String(int(100000, 9999999))) }, stringData: { DB_PASSWORD: c.L(pw, 'password', 'k8s_stringdata'), GITHUB_TOKEN: c.L(tok, 'token', 'github_pat'), DB_POOL_MAX: c.KF('DB_POOL_MAX', '25'), PASSWORD_ROTATION_DAYS: c.KF('PASSWORD_ROTATION_DAYS', '30') } } } }];
  },
  'vault-audit-log': (c) => {
    const tok = v.vaultToken(); const pw = v.password();
    return ['object', { time: c.K(ts()), type: 'response', auth: { client_token: c.L(tok, 'token', 'vault_hvs'), accessor: c.K(`hmac-sha256:${v.hex(64)}`), display_name: c.K(`approle-${pick(['ci', 'etl', 'web'])}`), token_ttl: c.KF('token_ttl', pick([3600, 7200, 86400])) },
      request: { id: c.K(v.uuid()), operation: 'read', path: c.K(`database/creds/${pick(['readonly', 'etl-writer'])}`), remote_address: c.L(ip4(), 'ip', 'v4') },
      response: { data: { username: c.K(`v-approle-${str('abcdefghijklmnopqrstuvwxyz', 6)}-${str(B62, 20)}`), password: c.L(pw, 'password', 'vault_dynamic') }, lease_duration: c.KF('lease_duration', 3600) } }];
  },
  'consul-nomad-agent': (c) => {
    const tok = v.uuid(); const enc = v.b64(32);
    return ['text', `${c.K(ts())} [DEBUG] agent: ${c.K(`nomad.client: node registered: node_id=${v.uuid()}`)} datacenter=${c.K(pick(['eu-west-1', 'ap-south-2', 'us-east-2']))}\n    consul.token=${c.L(tok, 'token', 'consul_acl')} gossip.encrypt=${c.L(enc, 'other_secret', 'serf_gossip_key')} ${c.K(`raft_multiplier=${int(1, 5)}`)} retry_join=${c.K(pick(HOSTS))}`];
  },
  'cassandra-slow-query': (c) => {
    const p = person(); const em = emailOf(p);
    return ['text', `WARN  [ScheduledTasks:1] ${c.K(ts().replace('T', ' ').replace('Z', ''))} NoSpamLogger.java:${int(90, 110)} - ${c.K(`${int(1, 40)} operations were slow in the last ${int(4000, 6000)} msecs`)}:\n<SELECT * FROM ${c.K(pick(['crm.contacts', 'shop.customers', 'auth.users']))} WHERE email = '${c.L(em, 'email', 'cql_literal')}' AND phone = '${c.L(phoneOf(p), 'phone', `phone_${p.lang}`)}' LIMIT 5000>, ${c.K(`time ${int(500, 9000)} msec - slow timeout 500 msec/cross-node`)}`];
  },
  'elasticsearch-slowlog': (c) => {
    const p = person(); const ip = ip4();
    return ['object', { '@timestamp': c.K(ts()), 'log.level': 'WARN', 'elasticsearch.slowlog.took': c.K(`${int(1, 30)}.${int(1, 9)}s`), 'elasticsearch.slowlog.took_millis': c.KF('elasticsearch.slowlog.took_millis', int(1000, 30000)),
      'elasticsearch.slowlog.source': `{"query":{"bool":{"must":[{"match":{"customer.full_name":"${c.L(p.full, 'person_name', `name_${p.lang}`)}"}},{"term":{"client.ip":"${c.L(ip, 'ip', 'v4')}"}},{"term":{"customer.national_id":"${(() => { const n = v.nationalId(); return c.L(n.value, 'national_id', n.sub); })()}"}}]}}}`,
      'elasticsearch.slowlog.id': c.K(str(B62, 20)), 'elasticsearch.cluster.uuid': c.K(str(B64URL(), 22)) }];
  },
  'nginx-error-log': (c) => {
    const ip = ip4(); const p = person(); const u = usernameOf(p);
    return ['text', `${c.K(`2026/${pad(int(1, 11), 2)}/${pad(int(1, 28), 2)} ${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}`)} [error] ${c.K(`${int(1000, 99999)}#0: *${int(1, 999999)}`)} open() "${c.K('/var/www/static/assets/app.9f3c.js.map')}" failed (2: No such file or directory), client: ${c.L(ip, 'ip', 'v4')}, server: ${c.K(pick(HOSTS))}, request: "GET /reset?email=${c.L(encodeURIComponent(emailOf(p)), 'email', 'urlencoded')}&user=${c.L(u, 'username', 'query')} HTTP/2.0", upstream: "${c.K(`http://10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}:8080`)}"`];
  },
  'har-entry': (c) => {
    const sess = str(B64URL(), 32); const csrf = str(B62, 40); const ga = `GA1.2.${int(1e8, 2e9)}.${int(1700000000, 1790000000)}`;
    const bearer = v.bearerOpaque();
    return ['object', { startedDateTime: c.K(ts()), time: c.KF('time', int(10, 4000)), request: { method: 'POST', url: c.K(`https://${pick(HOSTS)}/v2/orders`), httpVersion: 'HTTP/2',
      headers: [{ name: 'cookie', value: `sessionid=${c.L(sess, 'cookie', 'session')}; csrftoken=${c.L(csrf, 'cookie', 'csrf')}; _ga=${c.L(ga, 'cookie', 'ga')}` }, { name: 'authorization', value: `Bearer ${c.L(bearer, 'token', 'opaque_bearer')}` }, { name: 'x-request-id', value: c.K(v.uuid()) }] },
      response: { status: c.KF('status', pick([200, 201, 409])), headers: [{ name: 'etag', value: c.K(`W/"${v.hex(16)}"`) }] }, timings: { wait: c.KF('wait', int(1, 900)) } }];
  },
  'curl-verbose': (c) => {
    const user = usernameOf(person()); const pw = v.password(); const basic = Buffer.from(`${user}:${pw}`).toString('base64');
    const host = pick(HOSTS); const ip = ip4();
    return ['text', `*   Trying ${c.L(ip, 'ip', 'v4')}:443...\n* Connected to ${c.K(host)} (${ip}) port 443\n* SSL connection using ${c.K('TLSv1.3 / TLS_AES_256_GCM_SHA384')}\n> GET ${c.K('/api/v1/exports?page=3')} HTTP/1.1\n> Host: ${host}\n> Authorization: Basic ${c.L(basic, 'password', 'basic_auth_b64')}\n> User-Agent: ${c.K(`curl/${ver()}`)}\n< HTTP/1.1 200 OK\n< ${c.K(`x-ratelimit-remaining: ${int(0, 5000)}`)}`];
  },
  'postman-console': (c) => {
    const key = pick([v.sendgridKey, v.twilioKey, v.mailgunKey, v.googleKey])(); const sub = key.startsWith('SG.') ? 'sendgrid' : key.startsWith('SK') ? 'twilio' : key.startsWith('key-') ? 'mailgun' : 'google';
    return ['text', `POST ${c.K(`https://${pick(['api.sendgrid.com/v3/mail/send', 'api.twilio.com/2010-04-01/Accounts', 'api.mailgun.net/v3/messages', 'maps.googleapis.com/maps/api/geocode/json'])}`)}\n  Request Headers\n    x-api-key: ${c.L(key, 'api_key', sub)}\n    Postman-Token: ${c.K(v.uuid())}\n    Accept-Encoding: gzip, deflate, br\n  Response Body\n    {"id":"${c.K(str(B62, 22))}","message":"queued",${c.K(`"rate_limit_reset":${int(1, 60)}`)}}\n  ${c.K(`${int(100, 999)} ms`)}  ${c.K(`${int(1, 99)}.${int(1, 9)} KB`)}`];
  },
  'browser-console-error': (c) => {
    const p = person(); const key = v.googleKey();
    return ['text', `Uncaught (in promise) TypeError: Cannot read properties of undefined (reading '${c.K('shippingMethod')}')\n    at CheckoutForm.submit (${c.K(`https://${pick(HOSTS)}/static/js/main.${v.hex(8)}.chunk.js:2:${int(1000, 99999)}`)})\n    state: {"customer":"${c.L(p.full, 'person_name', `name_${p.lang}`)}","email":"${c.L(emailOf(p), 'email', 'plain')}","mapsKey":"${c.L(key, 'api_key', 'google')}",${c.K(`"cartVersion":${int(1, 40)}`)}}`];
  },
  'android-logcat': (c) => {
    const p = person(); const [lat, lng] = geo(); const pid = int(1000, 32000);
    return ['text', `${c.K(`11-${pad(int(1, 28), 2)} ${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}.${int(100, 999)}`)}  ${pid}  ${pid + int(1, 90)} D ${c.K('LocationSync')}: fix acquired lat=${c.L(lat, 'geo', 'lat')} lon=${c.L(lng, 'geo', 'lng')} acc=${c.K(`${int(3, 60)}.0m`)} user=${c.L(emailOf(p), 'email', 'plain')}\n${pad(int(1, 11), 2)}-${pad(int(1, 28), 2)} ${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}.${int(100, 999)}  ${pid}  ${pid + 1} I ${c.K('OkHttp')}: --> POST ${c.K(`https://${pick(HOSTS)}/device/register`)} deviceToken=${c.L(v.bearerOpaque(), 'token', 'device_session')}`];
  },
  'ios-os-log': (c) => {
    const p = person(); const hp = `/Users/${usernameOf(p)}`;
    const user = hp.split('/')[2];
    return ['text', `${c.K(`2026-${pad(int(1, 11), 2)}-${pad(int(1, 28), 2)} ${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}.${pad(int(0, 999999), 6)}`)}+0100 0x${str(HEX, 5)}  Default  0x0  ${int(100, 9999)}  0  ${c.K('Photos')}: (${c.K('PhotoLibraryServices')}) import finished library=/Users/${c.L(user, 'home_path', 'macos_users')}/Pictures/Photos Library.photoslibrary contact="${c.L(p.full, 'person_name', `name_${p.lang}`)}" ${c.K(`assets=${int(1, 9000)}`)} build=${c.K(`${int(20, 24)}${str('ABCDEFGH', 1)}${int(10, 999)}`)}`];
  },
  'powershell-transcript': (c) => {
    const p = person(); const u = usernameOf(p); const pw = v.password(); const cs = v.password();
    return ['text', `**********************\nWindows PowerShell transcript start\nStart time: ${c.K(`2026${pad(int(1, 11), 2)}${pad(int(1, 28), 2)}${pad(int(0, 23), 2)}${pad(int(0, 59), 2)}${pad(int(0, 59), 2)}`)}\nUsername: ${c.K(`CORP${int(1, 9)}`)}\\${c.L(u, 'username', 'domain_user')}\nMachine: ${c.K(`WS-${str('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 6)}`)} (Microsoft Windows NT ${c.K('10.0.22631.0')})\n**********************\nPS C:\\Users\\${u}\\Documents> $sec = ConvertTo-SecureString '${c.L(pw, 'password', 'securestring_plain')}' -AsPlainText -Force\nPS C:\\Users\\${u}\\Documents> Invoke-Sqlcmd -ConnectionString "Server=${c.K(`sql${int(1, 9)}.corp.example`)};Database=${c.K('Payroll')};User Id=sa;Password=${c.L(cs, 'connection_string', 'ado_net')};"\nPS C:\\ProgramData\\${c.K('Chocolatey')}> exit`];
  },
  'cron-mail-output': (c) => {
    const p = person(); const u = usernameOf(p); const dsn = v.password();
    return ['text', `From: Cron Daemon <root@${c.K(pick(HOSTS))}>\nTo: ${c.L(`${u}@${pick(MAIL_DOMAINS)}`, 'email', 'cron_to')}\nSubject: Cron <${u}@${c.K(`batch${int(1, 9)}`)}> /home/${c.L(u, 'home_path', 'linux_home')}/bin/nightly-export.sh\n\n+ pg_dump ${`postgresql://exporter:${c.L(dsn, 'connection_string', 'postgres_url')}@${c.K(`pg-replica-${int(1, 4)}.db.example.net`)}:5432/${c.K('warehouse')}`}\n${c.K(`exported ${int(1000, 999999)} rows`)} in ${c.K(dur())}`];
  },
  'restic-backup-log': (c) => {
    const p = person(); const u = usernameOf(p); const repoPw = v.passphrase(); const aws = v.awsKeyId(); const sec = v.awsSecret();
    return ['text', `${c.K(ts())} restic backup /home/${c.L(u, 'home_path', 'linux_home')}/Documents --repo s3:${c.K(`s3.eu-central-1.amazonaws.com/${pick(['backup-vault', 'nas-offsite'])}-${int(10, 99)}`)}\nenv: AWS_ACCESS_KEY_ID=${c.L(aws, 'api_key', 'aws_access_key_id')} AWS_SECRET_ACCESS_KEY=${c.L(sec, 'api_key', 'aws_secret_key')} RESTIC_PASSWORD="${c.L(repoPw, 'password', 'passphrase')}"\nusing parent snapshot ${c.K(v.hex(8))}\nFiles: ${c.K(`${int(1, 999)} new, ${int(0, 99)} changed, ${int(1000, 99999)} unmodified`)}\nsnapshot ${c.K(v.hex(8))} saved`];
  },
  'borg-rclone-log': (c) => {
    const p = person(); const u = usernameOf(p); const pass = v.password(); const ob = str(B64URL(), 44);
    return ['text', `borg create --stats ssh://${c.L(u, 'username', 'ssh_user')}@${c.K(`${pick(['nas', 'vault', 'tank'])}${int(1, 9)}.home.example`)}/./repo::${c.K(`{hostname}-${ts().slice(0, 10)}`)} /srv\nBORG_PASSPHRASE=${c.L(pass, 'password', 'env_pass')}\nrclone.conf [${c.K('b2-offsite')}] type = b2 account = ${c.K(str(HEX, 12))} key = ${c.L(`K00${int(1, 9)}${str(B62, 27)}`, 'api_key', 'b2_app_key')} pass = ${c.L(ob, 'other_secret', 'rclone_obscured')}\nDuration: ${c.K(dur())}  Deduplicated size: ${c.K(`${int(1, 999)}.${int(0, 99)} MB`)}`];
  },
  'gitlab-ci-trace': (c) => {
    const tok = v.gitlabToken(); const npm = v.npmToken();
    return ['text', `Running with gitlab-runner ${c.K(ver())} (${c.K(v.hex(8))})\n  on ${c.K(`docker-autoscaler-${int(1, 20)}`)}\n$ echo "//registry.npmjs.org/:_authToken=${c.L(npm, 'token', 'npm')}" > .npmrc\n$ git clone https://oauth2:${c.L(tok, 'token', 'gitlab_pat')}@${c.K('gitlab.example.com/platform/infra.git')}\nCloning into 'infra'...\nJob succeeded after ${c.K(dur())} with commit ${c.K(sha(40))}`];
  },
  'github-actions-log': (c) => {
    const tok = v.githubToken(); const age = v.ageKey();
    return ['text', `${c.K(ts())} ##[group]Run ${c.K('actions/checkout@v4')}\n${ts()} Set up job: image ${c.K(`ubuntu-24.04 ${ver()}`)}\n${ts()} env:\n${ts()}   GH_TOKEN: ${c.L(tok, 'token', 'github_pat')}\n${ts()}   SOPS_AGE_KEY: ${c.L(age, 'private_key', 'age')}\n${ts()}   SOPS_AGE_RECIPIENT: ${c.K(v.ageRecipient())}\n${ts()} ##[endgroup]`];
  },
  'ansible-vault-debug': (c) => {
    const key = pick([v.ed25519Pem, v.ecPem])(); const sub = key.includes('EC PRIVATE') ? 'pem_ec_sec1' : 'pem_pkcs8_ed25519';
    return ['object', { task: c.K('deploy tls material'), host: c.K(pick(HOSTS)), changed: true, 'ansible_facts': { tls_key: c.L(key, 'private_key', sub), tls_pub: c.K(v.sshEd25519Pub()), cert_serial: c.K(v.hex(32)), rotate_every_days: c.KF('rotate_every_days', 60) }, duration: c.K(dur()) }];
  },
  'wireguard-config-dump': (c) => {
    const key = v.wireguardKey(); const pub = v.b64(32); const ip = ip4();
    return ['text', `[Interface]\nAddress = ${c.K(`10.${int(0, 255)}.${int(0, 255)}.1/24`)}\n${c.K(`ListenPort = ${pick([51820, 51821])}`)}\nPrivateKey = ${c.L(key, 'private_key', 'wireguard')}\n\n[Peer]\nPublicKey = ${c.K(pub)}\nEndpoint = ${c.L(ip, 'ip', 'v4')}:51820\n${c.K('PersistentKeepalive = 25')}`];
  },
  'ssh-keygen-leak': (c) => {
    const key = v.ed25519Pem(); const p = person(); const u = usernameOf(p);
    return ['text', `${c.K(ts())} provisioner: wrote key for ${c.L(u, 'username', 'ssh_comment')}@${c.K(`bastion-${int(1, 9)}.example.net`)} fingerprint ${c.K(`SHA256:${str(B64URL().replace(/[-_]/g, ''), 43)}`)}\n${c.L(key, 'private_key', 'pem_pkcs8_ed25519')}\nauthorized_keys: ${c.K(v.sshEd25519Pub())}`];
  },
  'aws-ec2-hostnames': (c) => {
    const ip = ip4(); const dashed = ip.replace(/\./g, '-');
    return ['text', `${c.K(ts())} autoscaler: instance ${c.K(`i-0${v.hex(16)}`)} joined target group ${c.K(`tg-${pick(['web', 'api'])}-${v.hex(6)}`)} as ip-${c.L(dashed, 'ip', 'hostname_dashed')}.${pick(['eu-west-1', 'us-east-2'])}.compute.internal (ami=${c.K(`ami-0${v.hex(16)}`)})`];
  },
  'mongodb-driver-log': (c) => {
    const pw = v.password(); const u = usernameOf(person());
    return ['object', { t: { $date: c.K(ts()) }, s: 'I', c: 'NETWORK', id: c.KF('id', int(10000, 99999)), ctx: c.K(`conn${int(1, 9999)}`),
      msg: 'Connection string parsed', attr: { uri: `mongodb+srv://${u}:${c.L(encodeURIComponent(pw), 'connection_string', 'mongodb_srv')}@${c.K(`cluster${int(0, 9)}.${str('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net`)}/${c.K('orders')}?retryWrites=true&w=majority`, maxPoolSize: c.KF('maxPoolSize', pick([50, 100])) } }];
  },
  'amqp-redis-urls': (c) => {
    const a = v.password(); const b = str(B62, 32);
    return ['text', `celery worker ${c.K(`celery@worker-${int(1, 40)}`)} ready. broker=amqp://${c.K('svc_celery')}:${c.L(a, 'connection_string', 'amqp_url')}@${c.K(`rabbitmq-${int(1, 3)}.mq.example.internal`)}:5672/${c.K('tasks')} result_backend=rediss://:${c.L(b, 'connection_string', 'redis_url')}@${c.K(`cache-${int(1, 3)}.example.cache.amazonaws.com`)}:6380/0 ${c.K(`concurrency=${int(2, 32)}`)}`];
  },
  'jdbc-tomcat-context': (c) => {
    const pw = v.password();
    return ['text', `${c.K(`${pad(int(1, 28), 2)}-Nov-2026 ${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}.${int(100, 999)}`)} SEVERE [main] org.apache.tomcat.jdbc.pool.ConnectionPool.init Unable to create initial connections of pool.\n  url=jdbc:oracle:thin:${c.K('app_ro')}/${c.L(pw, 'connection_string', 'jdbc_oracle_thin')}@//${c.K(`ora-${int(1, 9)}.db.example.com:1521/ORCLPDB${int(1, 3)}`)} ${c.K(`maxActive=${int(10, 200)}`)}\n  ${c.K('java.sql.SQLRecoverableException: IO Error: The Network Adapter could not establish the connection')}`];
  },
  'oauth-token-response-log': (c) => {
    const access = v.bearerOpaque(); const refresh = str(B64URL(), 64); const cs = str(B62, 40);
    return ['object', { level: 30, time: c.KF('time', int(1760000000000, 1790000000000)), msg: 'token exchanged', client_id: c.K(v.uuid()), client_secret: c.L(cs, 'other_secret', 'oauth_client_secret'),
      response: { access_token: c.L(access, 'token', 'oauth_access'), refresh_token: c.L(refresh, 'token', 'oauth_refresh'), token_type: 'Bearer', expires_in: c.KF('expires_in', 3599), scope: c.K('openid profile offline_access') } }];
  },
  'mfa-enrollment-log': (c) => {
    const p = person(); const seed = v.totpSeed(); const codes = Array.from({ length: 3 }, () => `${str('0123456789abcdef', 5)}-${str('0123456789abcdef', 5)}`);
    return ['object', { event: 'mfa.totp.enrolled', at: c.K(ts()), user: { login: c.L(usernameOf(p), 'username', 'login'), email: c.L(emailOf(p), 'email', 'plain') },
      otpauth: `otpauth://totp/${c.K('Acme%20Portal')}?secret=${c.L(seed, 'other_secret', 'totp_seed')}&digits=6&period=30`, recovery_codes: codes.map((x) => c.L(x, 'other_secret', 'recovery_code')), totp_digits: c.KF('totp_digits', 6) }];
  },
  'session-cookie-debug': (c) => {
    const ip = ip4(); const vals = [str(HEX, 32), str(B64URL(), 48), `${str(B62, 20)}.${str(B64URL(), 27)}`];
    return ['text', `${c.K(ts())} DEBUG ${c.K('SessionMiddleware')} incoming Cookie: PHPSESSID=${c.L(vals[0], 'cookie', 'phpsessid')}; remember_web_${v.hex(8)}=${c.L(vals[1], 'cookie', 'laravel_remember')}; connect.sid=s%3A${c.L(vals[2], 'cookie', 'express_sid')}; theme=${c.K('dark-contrast')} from ${c.L(ip, 'ip', 'v4')} ${c.K(`session.max_age=${int(600, 86400)}`)}`];
  },
  'set-cookie-response': (c) => {
    const a = str(B64URL(), 40); const b = `${int(1e9, 9e9)}|${str(HEX, 32)}`; const d = str(B62, 26);
    return ['object', { msg: 'response headers', status: c.KF('status', 302), location: c.K('/dashboard'), 'set-cookie': [`__Host-session=${c.L(a, 'cookie', 'host_session')}; Path=/; Secure; HttpOnly; SameSite=Lax`, `wordpress_logged_in_${v.hex(32).slice(0, 8)}=${c.L(encodeURIComponent(b), 'cookie', 'wordpress')}; path=/wp-admin`, `ASP.NET_SessionId=${c.L(d, 'cookie', 'aspnet')}; path=/; HttpOnly`, `lang=${c.K('pt-BR')}; Max-Age=31536000`] }];
  },
  'windows-event-xml': (c) => {
    const p = person(); const u = usernameOf(p); const ip = ip4(); let owner; do owner = usernameOf(another(p)); while (owner === u);
    return ['text', `<Event><System>${c.K('<EventID>4625</EventID>')}<Computer>${c.K(`DC${int(1, 4)}.corp.example.com`)}</Computer></System><EventData><Data Name="TargetUserName">${c.L(u, 'username', 'win_event')}</Data><Data Name="TargetDomainName">${c.K('CORP')}</Data><Data Name="IpAddress">${c.L(ip, 'ip', 'v4')}</Data><Data Name="ProcessName">C:\\Users\\${c.L(owner, 'home_path', 'windows_users')}\\AppData\\Local\\${c.K('Programs\\Outlook')}\\outlook.exe</Data>${c.K('<Data Name="LogonType">3</Data>')}</EventData></Event>`];
  },
  'jupyter-traceback': (c) => {
    const p = person(); const u = usernameOf(p); const key = pick([v.stripeKey, v.twilioKey])();
    return ['text', `Traceback (most recent call last):\n  File "/home/${c.L(u, 'home_path', 'linux_home')}/notebooks/${c.K('churn_model_v3.ipynb')}", line ${int(5, 400)}, in <module>\n    client = Client(api_key="${c.L(key, 'api_key', key.startsWith('SK') ? 'twilio' : 'stripe')}")\n  File "/opt/conda/lib/python3.11/site-packages/${c.K('sklearn/utils/validation.py')}", line ${int(100, 2000)}\nValueError: ${c.K('Found input variables with inconsistent numbers of samples')}`];
  },
  'helpdesk-mail-multilingual': (c) => {
    const p = person(pick(['ja', 'ko', 'zh', 'th', 'vi', 'hi', 'id', 'ar', 'he', 'el'])); const nid = v.nationalId(pick(['in_aadhaar', 'us_ssn', 'es_dni']));
    const t = { ja: ['お世話になっております。', '住所'], ko: ['안녕하세요.', '주소'], zh: ['您好，', '地址'], th: ['สวัสดีครับ', 'ที่อยู่'], vi: ['Xin chào,', 'Địa chỉ'], hi: ['नमस्ते,', 'पता'], id: ['Halo,', 'Alamat'], ar: ['مرحبا،', 'العنوان'], he: ['שלום,', 'כתובת'], el: ['Καλησπέρα,', 'Διεύθυνση'] }[p.lang];
    const l = addrLang(p.lang);
    return ['text', `Subject: ${c.K(`Re: [Ticket #${int(10000, 99999)}]`)}\nFrom: "${c.L(p.full, 'person_name', `name_${p.lang}`)}" <${c.L(emailOf(p), 'email', 'plain')}>\n\n${t[0]} ${t[1]}: ${c.L(ADDRESS[l](), 'address', `addr_${l}`)}\nID: ${c.L(nid.value, 'national_id', nid.sub)}  Tel: ${c.L(phoneOf(p), 'phone', `phone_${p.lang}`)}\n--\n${c.K(`Order ${str(ALNUM(), 10)}`)} · ${c.K(pick(PRODUCTS))}`];
  },
  'multilingual-payment-mail': (c) => {
    const p = person(pick(['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs'])); const ib = v.iban(); const b = dob();
    const t = { de: ['Bitte überweisen Sie auf', 'geboren am'], fr: ['Merci de virer sur', 'né(e) le'], es: ['Transfiera a', 'nacido el'], it: ['Bonifico su', 'nato il'], pt: ['Transfira para', 'nascido em'], nl: ['Graag overmaken naar', 'geboren op'], pl: ['Proszę przelać na', 'urodzony'], cs: ['Prosím převeďte na', 'narozen'] }[p.lang];
    return ['text', `${c.K(ts())} mailer queued ${c.K(`<${v.hex(16)}@mail.${pick(['example.eu', 'example.com'])}>`)} to=${c.L(emailOf(p), 'email', 'plain')} body="${t[0]} ${c.L(ib.value, 'iban', `iban_${ib.cc.toLowerCase()}`)} — ${c.L(p.full, 'person_name', `name_${p.lang}`)}, ${t[1]} ${c.L(b, 'dob', 'date')}" template=${c.K(`dunning_${p.lang}_v${int(2, 9)}`)} company=${c.K(pick(COMPANIES))}`];
  },
  'fleet-telematics': (c) => {
    const p = person(); const pts = [geo(), geo()];
    return ['object', { vehicle: c.K(`TRK-${int(100, 999)}`), driver: { name: c.L(p.full, 'person_name', `name_${p.lang}`), phone: c.L(phoneOf(p), 'phone', `phone_${p.lang}`) },
      track: pts.map(([a, b]) => ({ lat: c.L(a, 'geo', 'lat_string'), lon: c.L(b, 'geo', 'lng_string'), speedKmh: c.KF('speedKmh', int(0, 130)) })), odometerKm: c.KF('odometerKm', int(1000, 900000)), depot: c.K(pick(['Rotterdam Waalhaven', 'Duisburg Hafen', 'Lyon Part-Dieu'])) }];
  },
  'hr-onboarding-export': (c) => {
    const p = person(); const nid = v.nationalId(); const ib = v.iban(); const u = usernameOf(p);
    return ['object', { employee: { number: c.K(`EMP-${int(10000, 99999)}`), displayName: c.L(p.full, 'person_name', `name_${p.lang}`), privateEmail: c.L(emailOf(p), 'email', 'plain'), birthday: c.L(dob(), 'dob', 'date'), nationalId: c.L(nid.value, 'national_id', nid.sub), salaryAccount: c.L(ib.value, 'iban', `iban_${ib.cc.toLowerCase()}`) },
      accounts: { ad: c.L(u, 'username', 'ad_samaccount'), initialPassword: c.L(v.password(), 'password', 'initial_password'), mustChangePassword: true, passwordExpiryDays: c.KF('passwordExpiryDays', 90) }, costCenter: c.K(`CC-${int(1000, 9999)}`), title: c.K(pick(['Platform Engineer', 'Accounts Payable Clerk', 'Ward Nurse'])) }];
  },
  'card-terminal-journal': (c) => {
    const card = v.card(); const p = person(pick(['en', 'de', 'fr', 'es', 'it', 'nl']));
    return ['text', `TERM ${c.K(`T${int(10000000, 99999999)}`)} MERCH ${c.K(`${int(100000000, 999999999)}`)} ${c.K(pick(['SALE', 'REFUND']))} AMT ${c.K(`${int(1, 999)}.${pad(int(0, 99), 2)} EUR`)}\nPAN ${c.L(card.value, 'card', card.brand)} EXP ${pad(int(1, 12), 2)}/${int(27, 31)} HOLDER ${c.L(`${p.asciiFirst.toUpperCase()} ${p.asciiLast.toUpperCase()}`, 'person_name', 'card_holder')}\nAID ${c.K('A0000000031010')} ATC ${c.K(str(HEX.toUpperCase(), 4))} ARQC ${c.K(str(HEX.toUpperCase(), 16))} ${c.K('RC 00')}`];
  },
  'ldap-ldif-dump': (c) => {
    const p = person(); const u = usernameOf(p); const pw = v.password();
    return ['text', `dn: uid=${c.L(u, 'username', 'ldap_uid')},ou=${c.K('people')},dc=${c.K('example')},dc=org\ncn: ${c.L(p.full, 'person_name', `name_${p.lang}`)}\nmail: ${c.L(emailOf(p), 'email', 'plain')}\nhomeDirectory: /home/${u}\nuserPassword: ${c.L(pw, 'password', 'ldif_plain')}\n${c.K(`uidNumber: ${int(10000, 60000)}`)}\nloginShell: ${c.K('/usr/bin/zsh')}\n${c.K(`shadowMax: ${int(30, 365)}`)}`];
  },
  'docker-inspect-env': (c) => {
    const pw = v.password(); const key = v.hex(64); const ddKey = v.hex(32);
    return ['object', { Id: c.K(v.hex(64)), Image: c.K(`sha256:${v.hex(64)}`), Config: { Hostname: c.K(v.hex(12)), Env: [`POSTGRES_PASSWORD=${c.L(pw, 'password', 'env_pass')}`, `DD_API_KEY=${c.L(ddKey, 'api_key', 'datadog')}`, `APP_ENCRYPTION_KEY=${c.L(key, 'other_secret', 'hex_key')}`, c.K(`PASSWORD_HASH_ROUNDS=${int(10, 14)}`), c.K(`TOKEN_CACHE_SIZE=${int(100, 10000)}`), c.K(`NODE_VERSION=${ver()}`)] }, State: { Status: c.K('running'), Pid: c.KF('Pid', int(1000, 65000)) } }];
  },
};

function ALNUM() { return '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'; }
function B64URL() { return 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'; }

// Drop undefined placeholders left by inline K() calls used only for their side effect.
const clean = (o) => JSON.parse(JSON.stringify(o));

const names = Object.keys(FAMILIES);
// Families that carry mostly secrets get more records, so that about 40 % of all labels are secrets.
const SECRET_HEAVY = new Set(['mfa-enrollment-log', 'powershell-transcript', 'vault-audit-log', 'borg-rclone-log', 'restic-backup-log', 'session-cookie-debug', 'har-entry', 'github-actions-log', 'mongodb-driver-log', 'docker-inspect-env', 'ansible-vault-debug', 'oauth-token-response-log', 'k8s-admission-webhook', 'jdbc-tomcat-context', 'postman-console', 'gitlab-ci-trace', 'set-cookie-response', 'consul-nomad-agent', 'amqp-redis-urls']);
const MIXED = new Set(['hr-onboarding-export', 'android-logcat', 'ldap-ldif-dump', 'slack-audit-event', 'adyen-notification', 'salesforce-debug-log', 'stripe-webhook', 'racf-passticket-log', 'browser-console-error', 'cron-mail-output', 'ssh-keygen-leak', 'jupyter-traceback', 'wireguard-config-dump', 'erlang-crash-report', 'curl-verbose']);
const perFamily = (fam) => (SECRET_HEAVY.has(fam) ? 40 : MIXED.has(fam) ? 26 : 18);
const lines = [];
for (const fam of names) {
  for (let i = 1; i <= perFamily(fam); i++) {
    const c = ctx();
    const [format, raw] = FAMILIES[fam](c);
    const record = format === 'object' ? clean(raw) : raw;
    const hay = format === 'text' ? record : JSON.stringify(record);
    // A keep value placed only as a side effect (dropped by clean) is not in the record: leave it out.
    const keep = [...new Set(c.keep)].filter((k) => hay.includes(k) || hay.includes(JSON.stringify(k).slice(1, -1)));
    lines.push({ id: `${fam}-${pad(i, 3)}`, split: 'heldout-v5', family: fam, format, record, sensitive: c.sensitive, keep });
  }
}
// Interleave families so a prefix of the file is not one emitter.
const order = lines.map((l, i) => [r.next(), i]).sort((a, b) => a[0] - b[0]).map(([, i]) => lines[i]);
const out = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), 'heldout-v5.jsonl');
writeFileSync(out, order.map((l) => JSON.stringify(l)).join('\n') + '\n');
console.log(`wrote ${order.length} records to ${out}`);
