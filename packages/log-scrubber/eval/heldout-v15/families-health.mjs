// Health-tech and insurer log sources. Each function returns { format, record, maps? } and
// registers labels (c.L) and keeps (c.K, c.KF) on the context as it builds the record.
const J = JSON.stringify;
const split = (n) => { const i = n.indexOf(' '); return [n.slice(0, i), n.slice(i + 1)]; };

export const health = {
  'booking-api-pino'(v, c) {
    const nm = v.name(v.pick(['de', 'fr', 'nl', 'sv', 'pl'])); const b = v.birth();
    const rec = { level: 30, time: v.epochMs(), pid: v.int(100, 9999), hostname: `booking-${v.hex(5)}`, reqId: c.K(v.uuid()), msg: 'appointment booked',
      appointment: { id: c.K(`APT-${v.int(100000, 999999)}`), clinic: c.K(v.k.hospital()), slot: c.K(v.iso()), specialty: 'dermatology' },
      patient: { fullName: c.L(nm, 'person_name', 'patient'), email: c.L(v.email(nm), 'email', 'patient'), mobile: c.L(v.phone(), 'phone', 'patient'), birthDate: c.L(v.dobFmt(b, 'iso'), 'dob', 'iso') },
      client: { ip: c.L(v.ip(), 'ip', 'client') }, responseTime: c.KF('responseTime', v.int(5, 900)) };
    return { format: 'object', record: rec };
  },
  'eprescription-fhir'(v, c) {
    const nm = v.name(v.pick(['de', 'en', 'sv', 'fi'])); const [g, f] = split(nm); const b = v.birth();
    const idv = v.pick([() => ['https://fhir.nhs.uk/Id/nhs-number', c.L(v.nhs().compact, 'national_id', 'nhs_number')], () => ['http://fhir.de/sid/gkv/kvid-10', null], () => ['urn:oid:1.2.752.129.2.1.3.1', c.L(v.sePnr12(b).replace('-', ''), 'national_id', 'se_personnummer')], () => ['urn:oid:1.2.246.21', c.L(v.fiHetu(b), 'national_id', 'fi_hetu')]])();
    const res = { resourceType: 'MedicationRequest', id: c.K(v.uuid()), status: 'active', intent: 'order',
      medicationCodeableConcept: { coding: [{ system: 'http://www.whocc.no/atc', code: c.K(v.k.atc()) }] },
      subject: { reference: `Patient/${v.hex(12)}`, display: c.L(nm, 'person_name', 'fhir_display') },
      contained: [{ resourceType: 'Patient', name: [{ family: f, given: [g] }], birthDate: c.L(v.dobFmt(b, 'iso'), 'dob', 'fhir'), identifier: idv[1] ? [{ system: idv[0], value: idv[1] }] : [] }],
      reasonCode: [{ coding: [{ system: 'http://snomed.info/sct', code: c.K(v.k.snomed()) }] }] };
    return { format: 'object', record: { svc: 'erx-gateway', level: 'info', msg: 'FHIR bundle accepted', body: J(res) } };
  },
  'hl7-adt-feed'(v, c) {
    const nm = v.name(v.pick(['en', 'de', 'nl'])); const [g, f] = split(nm); const b = v.birth(); const t = c.K(v.k.hl7type());
    const ssn = c.L(v.usSsn(), 'national_id', 'us_ssn'); const addr = v.address('us'); const ph = c.L(v.phone('us'), 'phone', 'hl7');
    const msh = `MSH|^~\\&|EPIC|${v.pick(['MGH', 'NYU', 'UCSF'])}|LAB|HOSP|2026${v.pad(v.int(1, 11), 2)}${v.pad(v.int(1, 28), 2)}${v.pad(v.int(0, 23), 2)}${v.pad(v.int(0, 59), 2)}||${t}|${c.K(`MSG${v.digits(9)}`)}|P|2.5.1`;
    const pid = `PID|1||${v.int(1000000, 9999999)}^^^MRN||${c.L(`${f}^${g}`, 'person_name', 'hl7_xpn')}||${c.L(v.dobFmt(b, 'hl7'), 'dob', 'hl7')}|${v.pick(['M', 'F'])}|||${c.L(addr.replace(/, /g, '^'), 'address', 'hl7_xad')}||${ph}|||||||${ssn}`;
    return { format: 'text', record: `${v.iso()} INFO hl7-listener received ${t}: ${msh}\r${pid}\rPV1|1|O|CLINIC^${v.int(100, 499)}` };
  },
  'telehealth-session'(v, c) {
    const nm = v.anyName(); const g = v.geo();
    return { format: 'text', record: `${v.iso()} [winston] info: video session ${c.K(v.uuid())} started for patient ${c.L(nm, 'person_name', 'patient')} from ${c.L(v.ip(), 'ip', 'peer')} location=${c.L(g.lat, 'geo', 'lat')},${c.L(g.lng, 'geo', 'lng')} codec=VP9 bitrate=${v.int(400, 2400)}kbps jitter=${v.int(1, 40)}ms` };
  },
  'lab-results-sftp'(v, c) {
    const nm = v.name(v.pick(['de', 'it', 'es'])); const b = v.birth(); const u = v.username();
    const cc = v.pick(['de', 'it', 'es']);
    const id = cc === 'de' ? c.L(v.deTaxId(), 'national_id', 'de_steuer_id') : cc === 'it' ? c.L(v.itCf(...split(nm), b, v.chance(0.5)), 'national_id', 'it_codice_fiscale') : c.L(v.esDni(), 'national_id', 'es_dni');
    const file = c.K(`LABRES_${v.pick(['SYNLAB', 'UNILABS', 'CERBA'])}_2026${v.pad(v.int(1, 11), 2)}${v.pad(v.int(1, 28), 2)}_${v.pad(v.int(1, 99), 3)}.csv`);
    return { format: 'text', record: `sftp-poller: fetched ${file} -> ${c.L(`/home/${u}`, 'home_path', 'linux')}/inbox/${file}; first row: "${c.L(nm, 'person_name', 'csv')}";${c.L(v.dobFmt(b, 'de'), 'dob', 'de')};${id};${c.K(v.k.icd10())};${v.pick(['POS', 'NEG', 'PEND'])}` };
  },
  'pharmacy-delivery'(v, c) {
    const nm = v.anyName(); const g = v.geo();
    return { format: 'object', record: { event: 'rx.delivery.dispatched', orderId: c.K(v.k.order()), carrier: c.K(v.k.company()),
      recipient: { name: c.L(nm, 'person_name', 'recipient'), phone: c.L(v.phone(), 'phone', 'recipient'), address: c.L(v.address(), 'address', 'delivery') },
      dropoff: { lat: Number(c.L(g.lat, 'geo', 'lat')), lon: Number(c.L(g.lng, 'geo', 'lng')) }, coldChain: true, eta: c.K(v.iso()) } };
  },
  'clinician-oidc-login'(v, c) {
    const nm = v.name(); const e = v.email(nm);
    return { format: 'object', record: { logger: 'auth', evt: 'login.success', user: { email: c.L(e, 'email', 'clinician'), displayName: c.L(nm, 'person_name', 'clinician') }, idp: 'azure-ad',
      tokens: { id_token: c.L(v.jwt(), 'token', 'jwt_id_token'), token_type: 'Bearer', expires_in: 3599 }, ip: c.L(v.ip(), 'ip', 'client'),
      setCookie: `__Host-sid=${c.L(v.cookieVal(), 'cookie', 'session')}; Path=/; Secure; HttpOnly; SameSite=Lax`, traceId: c.K(v.traceId()) } };
  },
  'patient-support-chat'(v, c) {
    const lang = v.pick(['de', 'fr', 'es', 'it', 'nl', 'sv', 'pl', 'en']); const nm = v.name(lang === 'en' ? 'en' : lang); const b = v.birth();
    const ph = c.L(v.phone(lang === 'en' ? 'uk' : lang === 'sv' ? 'se' : lang), 'phone', 'chat'); const d = c.L(v.dobFmt(b, lang === 'en' ? 'eu' : 'de'), 'dob', 'chat'); const n = c.L(nm, 'person_name', 'chat'); const t = c.K(v.k.ticket());
    const text = {
      de: `Hallo, hier ist ${n}, geboren am ${d}. Bitte rufen Sie mich unter ${ph} zurück, mein Termin wurde doppelt gebucht.`,
      fr: `Bonjour, je suis ${n}, née le ${d}. Merci de me rappeler au ${ph}, mon rendez-vous a disparu.`,
      es: `Hola, soy ${n}, nací el ${d}. Pueden llamarme al ${ph}? No me llegó la receta.`,
      it: `Buongiorno, sono ${n}, nata il ${d}. Potete richiamarmi al ${ph}? La ricetta non è arrivata.`,
      nl: `Hoi, met ${n}, geboren op ${d}. Kunt u mij terugbellen op ${ph}? Mijn afspraak staat er dubbel in.`,
      sv: `Hej, jag heter ${n}, född ${d}. Ring mig gärna på ${ph}, min tid försvann.`,
      pl: `Dzień dobry, nazywam się ${n}, urodzona ${d}. Proszę o kontakt pod numerem ${ph}, wizyta zniknęła.`,
      en: `Hi, this is ${n}, DOB ${d}. Please call me back on ${ph}, my appointment shows twice.`,
    }[lang];
    return { format: 'text', record: `${v.iso()} chat ${t} [${lang}] customer: ${text}` };
  },
  'claims-intake'(v, c) {
    const nm = v.name(v.pick(['de', 'fr', 'it', 'es'])); const ib = v.iban(v.pick(['DE', 'FR', 'IT', 'ES', 'AT', 'BE']));
    return { format: 'object', record: { service: 'claims-intake', claim: { number: c.K(v.k.claim()), policy: c.K(v.k.policy()), diagnosis: c.K(v.k.icd10()), amount: { value: c.K(v.k.amount()), currency: c.K(v.k.currency()) } },
      claimant: { name: c.L(nm, 'person_name', 'claimant'), payout: { iban: c.L(v.chance(0.5) ? ib.spaced : ib.compact, 'iban', 'payout'), bic: c.K(v.k.bic()) }, contact: [{ type: 'email', value: c.L(v.email(nm), 'email', 'claimant') }, { type: 'phone', value: c.L(v.phone(), 'phone', 'claimant') }] },
      provider: c.K(v.k.hospital()) } };
  },
  'claims-csv-export'(v, c) {
    const nm = v.name(v.pick(['fr', 'de', 'nl'])); const b = v.birth(); const nir = v.frNir(b); const ib = v.iban(v.pick(['FR', 'NL', 'DE']));
    const id = v.chance(0.5) ? c.L(nir.compact, 'national_id', 'fr_nir') : c.L(v.nlBsn(), 'national_id', 'nl_bsn');
    return { format: 'text', record: `export-claims batch=${c.K(v.k.batch())} row=${v.int(1, 4000)}: ${c.K(v.k.claim())},"${c.L(nm, 'person_name', 'csv')}",${id},${c.L(ib.compact, 'iban', 'csv')},${c.K(v.k.amount())},${v.k.currency()},${c.K(v.iso())}` };
  },
  'fnol-call-transcript'(v, c) {
    const lang = v.pick(['en', 'de', 'pt', 'ja', 'hi']);
    const nm = lang === 'ja' ? v.name('jp') : lang === 'hi' ? v.name('in') : v.name(lang === 'pt' ? 'pt' : lang);
    const cc = { en: 'uk', de: 'de', pt: 'br', ja: 'jp', hi: 'in' }[lang];
    const n = c.L(nm, 'person_name', 'transcript'); const ph = c.L(v.phone(cc), 'phone', 'transcript'); const ad = c.L(v.address(cc), 'address', 'transcript'); const pol = c.K(v.k.policy());
    const body = {
      en: `Agent: Can I take your full name? Caller: It's ${n}. Agent: And the address of the property? Caller: ${ad}. Best number is ${ph}. Policy ${pol}.`,
      de: `Agent: Ihr vollständiger Name bitte? Anrufer: ${n}. Schaden an der Wohnung ${ad}, erreichbar unter ${ph}. Police ${pol}.`,
      pt: `Atendente: Qual o nome completo? Cliente: ${n}. O endereço é ${ad}, meu celular ${ph}. Apólice ${pol}.`,
      ja: `オペレーター: お名前をお願いします。お客様: ${n}です。住所は${ad}、電話番号は${ph}です。証券番号 ${pol}。`,
      hi: `Agent: Aapka poora naam? Caller: ${n}. Ghar ka pata ${ad} hai, mera number ${ph} hai. Policy ${pol}.`,
    }[lang];
    return { format: 'text', record: `call-summary lang=${lang} dur=${v.int(60, 1500)}s ${body}` };
  },
  'underwriting-kyc'(v, c) {
    const cc = v.pick(['pl', 'dk', 'no', 'se', 'fi']); const b = v.birth(); const nm = v.name(cc === 'dk' ? 'da' : cc === 'se' ? 'sv' : cc);
    const id = { pl: () => c.L(v.plPesel(b), 'national_id', 'pl_pesel'), dk: () => c.L(v.dkCpr(b), 'national_id', 'dk_cpr'), no: () => c.L(v.noFnr(b), 'national_id', 'no_fnr'), se: () => c.L(v.sePnr(b), 'national_id', 'se_personnummer'), fi: () => c.L(v.fiHetu(b), 'national_id', 'fi_hetu') }[cc]();
    return { format: 'object', record: { module: 'underwriting', decision: v.pick(['accept', 'refer', 'decline']), riskScore: c.KF('riskScore', v.int(1, 99)),
      applicant: { name: c.L(nm, 'person_name', 'applicant'), dob: c.L(v.dobFmt(b, 'de'), 'dob', 'de'), nationalId: id, country: c.KF('country', cc.toUpperCase()), address: c.L(v.address(cc), 'address', 'applicant') },
      product: c.K(v.k.policy()) } };
  },
  'broker-gateway-access'(v, c) {
    const key = c.L(v.apiKey(), 'api_key', 'query');
    return { format: 'text', record: `${c.L(v.ipv4(), 'ip', 'client')} - - [05/Nov/2026:${v.pad(v.int(0, 23), 2)}:${v.pad(v.int(0, 59), 2)}:11 +0000] "GET /v2/quotes/${c.K(v.k.policy())}?api_key=${key}&format=json HTTP/1.1" ${v.pick([200, 401, 429])} ${v.int(200, 9000)} "-" "BrokerHub/${c.K(v.k.semver())}" rt=${v.int(1, 900)}ms` };
  },
  'adjuster-field-app'(v, c) {
    const g = v.geo(); const nm = v.name(); const u = v.username();
    return { format: 'object', record: { app: 'adjuster-mobile', version: c.K(v.k.semver()), claim: c.K(v.k.claim()), adjuster: c.L(nm, 'person_name', 'employee'),
      photos: [{ file: `${c.L(`/Users/${u}`, 'home_path', 'macos')}/Pictures/claims/IMG_${v.int(1000, 9999)}.HEIC`, exif: { GPSLatitude: c.L(g.lat, 'geo', 'lat'), GPSLongitude: c.L(g.lng, 'geo', 'lng') } }] } };
  },
  'fraud-rules-inspect'(v, c) {
    const cd = v.card(); const e = v.email();
    return { format: 'text', record: `fraud-engine rule R-${v.int(100, 999)} hit: { ruleId: 'velocity_card', card: { pan: '${c.L(cd.compact, 'card', 'util_inspect')}', brand: '${cd.brand}' }, email: '${c.L(e, 'email', 'util_inspect')}', ip: '${c.L(v.ip(), 'ip', 'util_inspect')}', score: ${v.int(1, 99)}, order: '${c.K(v.k.order())}' }` };
  },
  'insurer-policy-audit'(v, c) {
    const nm = v.name(); const a1 = v.address(); const a2 = v.address();
    return { format: 'object', record: { audit: true, actor: c.L(v.email(v.name('en')), 'email', 'actor'), action: 'policyholder.update', policy: c.K(v.k.policy()), at: c.K(v.iso()),
      changes: [{ field: 'address', before: c.L(a1, 'address', 'before'), after: c.L(a2, 'address', 'after') }, { field: 'holderName', before: c.L(nm, 'person_name', 'before'), after: c.L(v.name(), 'person_name', 'after') }] } };
  },
  'health-claims-edifact'(v, c) {
    const nm = v.name('de'); const [g, f] = split(nm); const b = v.birth(); const sv = c.L(v.deSvnr(b, f), 'national_id', 'de_svnr');
    return { format: 'text', record: `edi-in: UNH+${v.int(1, 999)}+INVOIC:D:96A:UN'NAD+IV+++${c.L(`${f}:${g}`, 'person_name', 'edifact')}+${c.L(v.address('de').replace(', ', '+'), 'address', 'edifact')}'RFF+AHI:${sv}'DTM+329:${c.L(v.dobFmt(b, 'hl7'), 'dob', 'edifact')}:102'MOA+9:${c.K(v.k.amount())}'CUX+2:EUR'` };
  },
  'appointment-reminder-sms'(v, c) {
    const nm = v.anyName(); const ph = v.phone();
    return { format: 'object', record: { provider: 'twilio', status: c.KF('status', v.pick(['queued', 'sent', 'delivered'])), to: c.L(v.e164(ph), 'phone', 'e164'), body: `Hi ${c.L(nm, 'person_name', 'sms')}, reminder: ${c.K(v.k.hospital())} tomorrow 09:30.`, messagingServiceSid: c.K(`MG${v.hex(32)}`), accountAuth: c.L(`${v.hex(32)}`, 'api_key', 'twilio_auth_token') } };
  },
  'vaccination-registry-fixedwidth'(v, c) {
    const nm = v.name(v.pick(['no', 'da', 'fi'])); const b = v.birth(); const id = c.L(v.noFnr(b), 'national_id', 'no_fnr');
    const row = `${id}${c.L(nm.toUpperCase(), 'person_name', 'fixed_width').padEnd(32)}${c.K(v.k.atc()).padEnd(8)}2026${v.pad(v.int(1, 11), 2)}${v.pad(v.int(1, 28), 2)}${'OK'.padEnd(4)}`;
    return { format: 'text', record: `sysvak-export ${c.K(v.k.batch())}: ${row}` };
  },
  'nhs-referral'(v, c) {
    const nm = v.name('en'); const b = v.birth(); const n = v.nhs();
    return { format: 'object', record: { service: 'e-referral', ubrn: c.K(`${v.digits(12)}`), patient: { nhsNumber: c.L(v.chance(0.5) ? n.spaced : n.compact, 'national_id', 'nhs_number'), name: c.L(nm, 'person_name', 'patient'), dob: c.L(v.dobFmt(b, 'eu'), 'dob', 'eu'), nino: c.L(v.ukNino().spaced, 'national_id', 'uk_nino') }, trust: c.K(v.k.hospital()), priority: 'routine' } };
  },
};
