// Payroll/HR, neobank and marketplace log sources.
const J = JSON.stringify;
const split = (n) => { const i = n.indexOf(' '); return [n.slice(0, i), n.slice(i + 1)]; };
const x = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const finance = {
  'payroll-run'(v, c) {
    const nm = v.name('de'); const b = v.birth(); const ib = v.iban('DE');
    return { format: 'object', record: { level: 'info', msg: 'payslip computed', run: c.K(v.k.payrun()), employer: c.K(v.k.company()),
      employee: { id: `E${v.int(10000, 99999)}`, name: c.L(nm, 'person_name', 'employee'), steuerId: c.L(v.deTaxId(), 'national_id', 'de_steuer_id'), svnr: c.L(v.deSvnr(b, split(nm)[1]), 'national_id', 'de_svnr'), iban: c.L(ib.spaced, 'iban', 'payroll') },
      gross: c.KF('gross', Number(v.k.amount())), taxClass: c.KF('taxClass', v.int(1, 6)), currency: 'EUR', durationMs: c.KF('durationMs', v.int(3, 400)) } };
  },
  'hr-onboarding'(v, c) {
    const cc = v.pick(['es', 'it', 'nl', 'pl']); const nm = v.name(cc); const b = v.birth();
    const id = { es: () => c.L(v.chance(0.5) ? v.esDni() : v.esNie(), 'national_id', 'es_dni_nie'), it: () => c.L(v.itCf(...split(nm), b, v.chance(0.5)), 'national_id', 'it_codice_fiscale'), nl: () => c.L(v.nlBsn(), 'national_id', 'nl_bsn'), pl: () => c.L(v.plPesel(b), 'national_id', 'pl_pesel') }[cc]();
    return { format: 'object', maps: [['documents']], record: { workflow: 'onboarding', step: 'documents.verified', caseId: c.K(v.k.caseNo()),
      documents: { idCard: { number: id, verified: true }, contract: { ref: c.K(`CTR-${v.int(2026, 2026)}-${v.int(1000, 9999)}`) }, emergencyContact: { name: c.L(v.name(cc), 'person_name', 'emergency_contact'), phone: c.L(v.phone(cc), 'phone', 'map') } },
      hire: { name: c.L(nm, 'person_name', 'new_hire'), birth: c.L(v.dobFmt(b, 'eu'), 'dob', 'eu'), home: c.L(v.address(cc), 'address', 'home') } } };
  },
  'us-tax-forms'(v, c) {
    const nm = v.name('en'); const ssn = v.usSsn();
    return { format: 'text', record: `w2-render: employee="${c.L(nm, 'person_name', 'w2')}" ssn=${c.L(v.chance(0.5) ? ssn : ssn.replace(/-/g, ''), 'national_id', 'us_ssn')} addr="${c.L(v.address('us'), 'address', 'w2')}" box1=${c.K(v.k.amount())} taxYear=2025 form=${c.K(`W2-${v.hex(8).toUpperCase()}`)}` };
  },
  'payroll-pain001'(v, c) {
    const nm = v.name(v.pick(['de', 'fr', 'nl', 'it'])); const ib = v.iban(v.pick(['DE', 'FR', 'NL', 'IT', 'BE', 'AT']));
    const xml = `<CdtTrfTxInf><PmtId><EndToEndId>${c.K(`E2E-${v.k.payrun()}-${v.int(1, 999)}`)}</EndToEndId></PmtId><Amt><InstdAmt Ccy="EUR">${c.K(v.k.amount())}</InstdAmt></Amt><CdtrAgt><FinInstnId><BIC>${c.K(v.k.bic())}</BIC></FinInstnId></CdtrAgt><Cdtr><Nm>${x(c.L(nm, 'person_name', 'iso20022'))}</Nm></Cdtr><CdtrAcct><Id><IBAN>${c.L(ib.compact, 'iban', 'iso20022')}</IBAN></Id></CdtrAcct><RmtInf><Ustrd>Gehalt ${v.pick(['Oktober', 'November'])} 2026</Ustrd></RmtInf></CdtTrfTxInf>`;
    return { format: 'text', record: `pain001-builder: appended ${xml}` };
  },
  'hr-audit-trail'(v, c) {
    const e1 = v.email(v.name()); const p1 = v.phone(); const p2 = v.phone();
    return { format: 'object', record: { type: 'audit', entity: 'employee', entityId: c.K(v.uuid()), actor: { id: c.K(`usr_${v.alnum(14)}`), email: c.L(e1, 'email', 'actor') }, diff: J({ phone: { before: c.L(p1, 'phone', 'diff'), after: c.L(p2, 'phone', 'diff') }, iban: { before: null, after: c.L(v.iban().compact, 'iban', 'diff') } }), at: c.K(v.iso()) } };
  },
  'nordic-timesheet-fixedwidth'(v, c) {
    const nm = v.name('sv'); const b = v.birth();
    return { format: 'text', record: `tidrapport ${c.K(v.k.payrun())} |${c.L(v.sePnr12(b), 'national_id', 'se_personnummer')}|${c.L(nm, 'person_name', 'fixed_width').padEnd(28)}|${String(v.int(100, 180)).padStart(5)}h|${c.K(v.k.amount()).padStart(10)}|SEK|` };
  },
  'benefits-enrollment'(v, c) {
    const cc = v.pick(['uk', 'us']); const nm = v.name('en'); const b = v.birth(); const kid = v.birth();
    return { format: 'object', record: { plan: c.K(v.k.policy()), member: { name: c.L(nm, 'person_name', 'member'), dob: c.L(v.dobFmt(b, cc === 'us' ? 'us' : 'eu'), 'dob', cc), id: cc === 'us' ? c.L(v.usSsn(), 'national_id', 'us_ssn') : c.L(v.ukNino().compact, 'national_id', 'uk_nino') },
      dependents: [{ name: c.L(v.name('en'), 'person_name', 'dependent'), dateOfBirth: c.L(v.dobFmt(kid, 'iso'), 'dob', 'iso'), relation: 'child' }], effective: c.K('2027-01-01') } };
  },
  'sepa-transfer'(v, c) {
    const a = v.name(v.pick(['de', 'fr', 'es', 'it', 'nl'])); const bn = v.name(v.pick(['de', 'fr', 'es', 'pt', 'fi'])); const i1 = v.iban(v.pick(['DE', 'FR', 'ES', 'IT', 'NL'])); const i2 = v.iban(v.pick(['PT', 'FI', 'IE', 'AT', 'BE', 'DE']));
    return { format: 'object', record: { evt: 'sepa.sct_inst.settled', txId: c.K(v.uuid()), amount: c.K(v.k.amount()), ccy: 'EUR',
      debtor: { name: c.L(a, 'person_name', 'debtor'), iban: c.L(i1.compact, 'iban', 'debtor') }, creditor: { name: c.L(bn, 'person_name', 'creditor'), iban: c.L(i2.spaced, 'iban', 'creditor'), bic: c.K(v.k.bic()) }, latencyMs: c.KF('latencyMs', v.int(100, 9000)) } };
  },
  'faster-payments'(v, c) {
    const nm = v.name('en'); const ib = v.iban('GB'); const ph = v.phone('uk');
    return { format: 'text', record: `${v.iso()} fps-gateway INFO outbound payment ${c.K(`FP${v.hex(16).toUpperCase()}`)} to "${c.L(nm, 'person_name', 'payee')}" ${c.L(ib.spaced, 'iban', 'fps')} amount=GBP ${c.K(v.k.amount())} CoP=${v.pick(['MATCH', 'CLOSE_MATCH', 'NO_MATCH'])} notify=${c.L(ph, 'phone', 'notify')}` };
  },
  'pix-transfer'(v, c) {
    const nm = v.name('pt'); const cpf = v.brCpf(); const ph = v.phone('br');
    const keyType = v.pick(['CPF', 'PHONE', 'EMAIL']);
    const key = keyType === 'CPF' ? c.L(cpf.compact, 'national_id', 'br_cpf') : keyType === 'PHONE' ? c.L(`+55${ph.replace(/\D/g, '').replace(/^55/, '')}`, 'phone', 'pix_key') : c.L(v.email(nm), 'email', 'pix_key');
    return { format: 'object', record: { msg: 'pix enviado', endToEndId: c.K(`E${v.digits(8)}2026${v.digits(7)}${v.alnum(11)}`), valor: c.K(v.k.amount()), chave: { tipo: keyType, valor: key }, pagador: { nome: c.L(nm, 'person_name', 'pagador'), cpf: c.L(cpf.formatted, 'national_id', 'br_cpf'), ispb: c.K(v.digits(8)) }, banco: c.K(v.k.bank()) } };
  },
  'upi-collect'(v, c) {
    const nm = v.name('in'); const a = v.aadhaar(); const ph = v.phone('in');
    return { format: 'text', record: `upi-switch: collect request UTR ${c.K(v.digits(12))} payer ${c.L(nm, 'person_name', 'upi')} mobile ${c.L(ph, 'phone', 'upi')} ekyc aadhaar=${c.L(v.chance(0.5) ? a.spaced : a.compact, 'national_id', 'in_aadhaar')} pan=${c.L(v.pan(split(nm)[1]), 'national_id', 'in_pan')} ifsc=${c.K(v.k.ifsc())} status=SUCCESS — paisa aa gaya, customer ko SMS bhej diya` };
  },
  'kyc-aml-screening'(v, c) {
    const nm = v.chance(0.4) ? v.name('nonlatin') : v.name(); const b = v.birth(); const ni = v.ukNino();
    return { format: 'object', record: { check: 'sanctions+pep', provider: 'ComplyAdvantage', case: c.K(v.k.caseNo()), result: v.pick(['clear', 'potential_match']),
      subject: { fullName: c.L(nm, 'person_name', 'kyc'), dateOfBirth: c.L(v.dobFmt(b, v.pick(['iso', 'eu', 'dash'])), 'dob', 'kyc'), nationality: c.KF('nationality', v.pick(['GB', 'DE', 'BR', 'IN', 'JP'])), documents: [{ type: 'NINO', value: c.L(ni.spaced, 'national_id', 'uk_nino') }] },
      matchScore: c.KF('matchScore', v.int(0, 100)), durationMs: v.int(100, 3000) } };
  },
  'card-dispute'(v, c) {
    const cd = v.card(); const nm = v.name();
    return { format: 'object', record: { dispute: { id: c.K(`DSP-${v.hex(10).toUpperCase()}`), reason: c.K(`${v.pick(['10.4', '13.1', '4837', '4853'])}`), amount: c.K(v.k.amount()), currency: c.K(v.k.currency()) },
      cardholder: { name: c.L(nm, 'person_name', 'cardholder'), email: c.L(v.email(nm), 'email', 'cardholder') }, card: { number: c.L(v.pick([cd.compact, cd.grouped, cd.dashed]), 'card', 'dispute'), expiry: `${v.pad(v.int(1, 12), 2)}/${v.int(27, 31)}` }, merchant: c.K(v.k.company()) } };
  },
  'card-3ds-auth'(v, c) {
    const cd = v.card(v.pick(['visa', 'mc', 'jcb', 'elo', 'rupay'])); const ip = v.ip();
    return { format: 'text', record: `${v.iso()} acs INFO AReq threeDSServerTransID=${c.K(v.uuid())} acctNumber=${c.L(cd.compact, 'card', '3ds')} browserIP=${c.L(ip, 'ip', 'browser')} eci=${c.K(v.pick(['05', '02', '07']))} messageVersion=${c.K('2.2.0')} transStatus=${v.pick(['Y', 'C', 'N'])}` };
  },
  'mobile-banking-auth'(v, c) {
    const e = v.email(v.name());
    return { format: 'text', record: J({ level: 40, time: v.epochMs(), name: 'auth-svc', msg: 'mfa enrolment', user: c.L(e, 'email', 'pino'), totpSecret: c.L(v.totpSeed(), 'other_secret', 'totp_seed'), resetToken: c.L(v.token(), 'token', 'reset'), ip: c.L(v.ip(), 'ip', 'pino'), otpTtlSeconds: c.KF('otpTtlSeconds', v.pick([30, 120, 300])), passwordMinLength: c.KF('passwordMinLength', v.pick([10, 12, 14])) }) };
  },
  'open-banking-consent'(v, c) {
    const ib = v.iban(v.pick(['GB', 'SE', 'DK', 'NO', 'PL']));
    return { format: 'object', record: { consentId: c.K(`urn-${v.pick(['alphabank', 'nordbank', 'psd2hub'])}-intent-${v.uuid()}`), status: 'Authorised', permissions: ['ReadAccountsDetail', 'ReadBalances'],
      headers: { authorization: `Bearer ${c.L(v.token(), 'token', 'bearer')}`, 'x-fapi-interaction-id': c.K(v.uuid()), 'x-fapi-customer-ip-address': c.L(v.ip(), 'ip', 'header') }, account: { iban: c.L(ib.compact, 'iban', 'ob') }, expiresAt: c.K(v.iso()) } };
  },
  'pacs008-inbound'(v, c) {
    const nm = v.name(v.pick(['fr', 'es', 'pt', 'it'])); const ib = v.iban(v.pick(['FR', 'ES', 'PT', 'IT']));
    return { format: 'text', record: `camt-router: pacs.008 received MsgId=${c.K(v.k.batch())} <Dbtr><Nm>${x(c.L(nm, 'person_name', 'iso20022'))}</Nm><PstlAdr><AdrLine>${x(c.L(v.address(v.pick(['fr', 'es', 'it'])), 'address', 'iso20022'))}</AdrLine></PstlAdr></Dbtr><DbtrAcct><Id><IBAN>${c.L(ib.compact, 'iban', 'iso20022')}</IBAN></Id></DbtrAcct><DbtrAgt><FinInstnId><BICFI>${c.K(v.k.bic())}</BICFI></FinInstnId></DbtrAgt>` };
  },
  'order-service'(v, c) {
    const cc = v.pick(['de', 'fr', 'it', 'es', 'pl', 'nl', 'se']); const nm = v.name(cc === 'se' ? 'sv' : cc);
    return { format: 'object', record: { level: 'info', message: 'order placed', order: { id: c.K(v.k.order()), total: c.K(v.k.amount()), currency: c.K(v.k.currency()), items: v.int(1, 9) },
      shipping: { name: c.L(nm, 'person_name', 'shipping'), street: c.L(v.address(cc), 'address', 'shipping'), phone: c.L(v.phone(cc), 'phone', 'shipping') }, buyerEmail: c.L(v.email(nm), 'email', 'buyer'), carrier: c.K(v.k.company()) } };
  },
  'delivery-tracking'(v, c) {
    const g = v.geo(); const cc = v.pick(['jp', 'in', 'br', 'uk']); const nm = v.name(cc === 'jp' ? 'jp' : cc === 'in' ? 'in' : cc === 'br' ? 'pt' : 'en');
    return { format: 'text', record: `courier-app ${v.iso()} scan=OUT_FOR_DELIVERY parcel=${c.K(`${v.upper(2)}${v.digits(9)}${v.pick(['DE', 'JP', 'IN', 'BR', 'GB'])}`)} driverPos=${c.L(g.lat, 'geo', 'lat')},${c.L(g.lng, 'geo', 'lng')} consignee="${c.L(nm, 'person_name', 'consignee')}" addr="${c.L(v.address(cc), 'address', 'consignee')}" tel=${c.L(v.phone(cc), 'phone', 'consignee')}` };
  },
  'seller-payouts'(v, c) {
    const cc = v.pick(['in', 'br', 'pl']); const nm = v.name(cc === 'br' ? 'pt' : cc);
    const id = cc === 'in' ? c.L(v.pan(split(nm)[1]), 'national_id', 'in_pan') : cc === 'br' ? c.L(v.brCpf().formatted, 'national_id', 'br_cpf') : c.L(v.plPesel(v.birth()), 'national_id', 'pl_pesel');
    const ib = cc === 'in' ? null : v.iban(cc === 'br' ? 'BR' : 'PL');
    return { format: 'object', record: { job: 'payout.batch', batch: c.K(v.k.batch()), seller: { legalName: c.L(nm, 'person_name', 'seller'), taxId: id, ...(ib ? { iban: c.L(ib.spaced, 'iban', 'payout') } : { ifsc: c.K(v.k.ifsc()) }) }, net: c.K(v.k.amount()), feeBps: c.KF('feeBps', v.int(50, 400)) } };
  },
  'review-moderation'(v, c) {
    const nm = v.name(); const e = v.email(nm);
    return { format: 'text', record: `moderation: review ${c.K(`RV-${v.int(1000000, 9999999)}`)} flagged PII_IN_TEXT: "Seller was rude. Contact me ${c.L(e, 'email', 'review')} or ${c.L(v.phone(), 'phone', 'review')} — ${c.L(nm, 'person_name', 'review')}" order ${c.K(v.k.order())}` };
  },
  'returns-edi-x12'(v, c) {
    const nm = v.name('en'); const ad = v.address('us').split(', ');
    return { format: 'text', record: `edi-x12 856 ST*856*${v.int(1000, 9999)}~BSN*00*${c.K(v.k.order())}*20261105~N1*ST*${c.L(nm.toUpperCase(), 'person_name', 'x12')}~N3*${c.L(ad[0], 'address', 'x12_street')}~N4*${ad[1]}*${ad[2].split(' ')[0]}*${ad[2].split(' ')[1]}~PER*IC**TE*${c.L(v.phone('us'), 'phone', 'x12')}~SE*9*${v.int(1000, 9999)}~` };
  },
  'checkout-payments'(v, c) {
    const cd = v.card();
    return { format: 'object', record: { route: 'POST /checkout/pay', status: c.KF('status', v.pick([200, 402])), body: { card: { cc_number: c.L(cd.grouped, 'card', 'checkout'), cvc: '***' }, save: true },
      headers: { cookie: `cart=${c.L(v.cookieVal(), 'cookie', 'cart')}; sid=${c.L(v.cookieVal(), 'cookie', 'session')}; _ga=${c.L(`GA1.1.${v.int(100000000, 999999999)}.${v.int(1700000000, 1767000000)}`, 'cookie', 'ga')}`, 'x-forwarded-for': `${c.L(v.ip(), 'ip', 'xff')}, 10.0.${v.int(0, 255)}.${v.int(1, 254)}` }, order: c.K(v.k.order()) } };
  },
  'invoice-pdf-render'(v, c) {
    const nm = v.name(); const cc = v.pick(['de', 'fr', 'nl', 'it']);
    return { format: 'object', record: { renderer: 'gotenberg', invoice: c.K(v.k.invoice()), template: c.K(`invoice-${cc}@${v.k.semver()}`), vars: Buffer.from(J({ n: 1 })).toString('base64').length,
      context: J({ billTo: { name: c.L(nm, 'person_name', 'invoice'), address: c.L(v.address(cc), 'address', 'invoice'), vatNo: null }, total: v.k.amount() }), pages: v.int(1, 4) } };
  },
  'marketplace-search'(v, c) {
    const e = v.email(v.name()); const g = v.geo();
    const q = `q=zahnarzt&near=${c.L(g.lat, 'geo', 'lat')}%2C${c.L(g.lng, 'geo', 'lng')}&user=${c.L(encodeURIComponent(e), 'email', 'urlencoded')}&page=${v.int(1, 9)}`;
    return { format: 'text', record: `search-api GET /v1/search?${q} ${v.pick([200, 200, 304])} ${v.int(3, 300)}ms req=${c.K(v.uuid())}` };
  },
  'japan-ec-order'(v, c) {
    const [nm, kana] = v.jpPair(); const mn = v.myNumber();
    return { format: 'object', record: { 注文番号: c.K(v.k.order()), 氏名: c.L(nm, 'person_name', 'jp_kanji'), フリガナ: c.L(kana, 'person_name', 'jp_kana'), 住所: c.L(v.address('jp'), 'address', 'jp'), 電話: c.L(v.phone('jp'), 'phone', 'jp'), マイナンバー: c.L(v.chance(0.5) ? mn.spaced : mn.compact, 'national_id', 'jp_my_number'), 生年月日: c.L(v.dobFmt(v.birth(), 'jp'), 'dob', 'jp'), 配送業者: c.K('Yamato Transport') } };
  },
};
