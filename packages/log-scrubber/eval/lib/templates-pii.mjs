// Personal data in the places real services put it: person objects under many parent names,
// free text with context words (Presidio-style sentence templates, reshaped into log lines), and
// national identifiers / bank data / cards with valid check digits.

export const piiTemplates = [
  {
    family: 'person-structured',
    n: 90,
    make(c) {
      const { r, v, neg } = c;
      const name = () => c.S(v.fullName(), 'person_name', 'structured');
      // A lone first or last name is labelled only when long enough to be unambiguous in the output.
      const part = (x, sub) => (x.replace(/\s/g, '').length >= 5 ? c.S(x, 'person_name', sub) : x);
      const forms = [
        () => ({ msg: 'comment created', comment: { id: c.K(neg.uuid()), author: name(), body: 'LGTM, merging', createdAt: c.K(neg.iso()) } }),
        () => ({ msg: 'notification queued', notification: { template: c.K('order-shipped'), recipientName: name(), recipientEmail: c.S(v.email(), 'email', 'structured') } }),
        () => ({ msg: 'meeting scheduled', meeting: { id: c.K(neg.uuid()), startsAt: c.K(neg.iso()), participants: [{ name: name(), role: 'host' }, { name: name(), role: 'guest' }] } }),
        () => ({ msg: 'order placed', order: { id: c.K(neg.orderId()), total: c.K(neg.price()), shipTo: { name: name(), line1: c.S(v.address(), 'address', 'line1'), city: r.pick(v.cities), postcode: v.postcode(), country: 'DE' } } }),
        () => ({ msg: 'ticket updated', ticket: { key: c.K(neg.orderId()), assignee: { displayName: name() }, reporter: name(), status: 'in_progress' } }),
        () => ({ msg: 'booking confirmed', booking: { ref: c.K(`BK${r.int(100000, 999999)}`), guests: [{ name: name() }, { name: name() }], nights: r.int(1, 9) } }),
        () => ({ msg: 'contact synced', contacts: [{ fullName: name(), phone: c.S(v.phone(), 'phone', 'structured') }], syncId: c.K(neg.uuid()) }),
        () => ({ msg: 'document signed', envelope: { id: c.K(neg.uuid()), signer: { name: name(), email: c.S(v.email(), 'email', 'structured') } } }),
        () => ({ msg: 'invoice generated', invoice: { number: c.K(neg.orderId()), billTo: { name: name(), street: c.S(v.address(), 'address', 'street') }, amount: c.K(neg.price()) } }),
        () => ({ msg: 'profile viewed', createdBy: name(), resource: c.K(neg.route()) }),
        () => ({ msg: 'emergency contact updated', employee: { id: r.int(1000, 9999), emergencyContact: { name: name(), mobile: c.S(v.phone(), 'phone', 'structured') } } }),
        () => ({ msg: 'payout', beneficiary: { accountHolder: name(), iban: c.S(v.iban('grouped'), 'iban', 'structured') } }),
        () => ({ msg: 'delivery', parcel: { tracking: c.K(`1Z${r.str('0123456789ABCDEFGHJKLMNPRSTUVWXYZ', 16)}`), recipient: { name: name(), addressLine1: c.S(v.address(), 'address', 'line1') } } }),
        () => ({ msg: 'pr merged', pull: { number: r.int(1, 9999), mergedBy: name(), commit: c.K(neg.sha()) } }),
        () => ({ msg: 'newsletter sent', campaign: c.K(`cmp-${r.int(100, 999)}`), recipients: [{ name: name(), email: c.S(v.email(), 'email', 'structured') }, { name: name(), locale: 'de-DE' }] }),
        () => ({ msg: 'boarding', flight: c.K(`LH${r.int(100, 9999)}`), passengers: [{ firstName: part(v.firstName(), 'first_name'), lastName: part(v.lastName(), 'last_name'), seat: `${r.int(1, 40)}C` }] }),
        () => ({ msg: 'team updated', team: { id: r.int(1, 99), members: [{ name: name(), role: 'admin' }, { name: name(), role: 'viewer' }] } }),
      ];
      return { format: 'object', record: { level: 30, time: neg.epochMs(), ...r.pick(forms)() } };
    },
  },
  {
    family: 'person-in-text',
    n: 50,
    make(c) {
      const { r, v, neg } = c;
      const nm = c.S(v.fullName(), 'person_name', 'kv_text');
      const forms = [
        () => `customer="${nm}" order=${c.K(neg.orderId())} status=paid`,
        () => `user='${nm}' logged in from web`,
        () => `refund approved customer_name="${nm}" amount=${c.K(neg.price())}`,
        () => `level=info msg="profile updated" fullName="${nm}" reqId=${c.K(neg.uuid())}`,
        () => `{"event":"signup","name":"${nm}","plan":"pro"}`,
        () => `shipping label printed for recipient="${nm}"`,
        () => `author="${nm}" commit=${c.K(neg.sha())}`,
      ];
      const msg = r.pick(forms)();
      if (r.chance(0.5)) return { format: 'text', record: msg };
      return { format: 'object', record: { level: 30, msg } };
    },
  },
  {
    family: 'emails',
    n: 65,
    make(c) {
      const { r, v, neg } = c;
      const em = v.email();
      const forms = [
        () => ({ format: 'text', record: `${neg.iso()} INFO sent password reset email to ${c.S(em, 'email', 'text')}` }),
        () => ({ format: 'object', record: { level: 30, msg: 'mail sent', to: c.S(em, 'email', 'neutral_key'), subject: 'Your receipt', messageId: `<${neg.uuid()}@mail.example.com>` } }),
        () => ({ format: 'object', record: { level: 30, msg: 'request', url: `/api/v1/users?email=${c.S(encodeURIComponent(em), 'email', 'urlenc')}&page=2`, route: c.K('/api/v1/users') } }),
        () => ({ format: 'object', record: { level: 50, msg: 'duplicate key value violates unique constraint "users_email_key"', err: { code: c.K('23505'), detail: `Key (email)=(${c.S(em, 'email', 'pg_detail')}) already exists.`, constraint: c.K('users_email_key') } } }),
        () => ({ format: 'object', record: { level: 30, msg: 'login', login: c.S(em, 'email', 'neutral_key'), method: 'password', success: false } }),
        () => ({ format: 'text', record: `[mailer] bounce for <${c.S(em, 'email', 'text')}>: 550 5.1.1 user unknown` }),
        () => ({ format: 'object', record: { level: 30, msg: `invited ${c.S(em, 'email', 'text')} to workspace ${r.int(1, 999)}` } }),
      ];
      return r.pick(forms)();
    },
  },
  {
    family: 'phones',
    n: 75,
    make(c) {
      const { r, v, neg } = c;
      const intl = v.phone();
      const nat = v.nationalPhone();
      const forms = [
        () => ({ format: 'text', record: `SMS to ${c.S(intl, 'phone', 'e164_text')} delivered (sid=SM${r.str('0123456789abcdef', 32)})` }),
        () => ({ format: 'text', record: `customer asked for a callback on ${c.S(nat, 'phone', 'national_text')} before 18:00` }),
        () => ({ format: 'object', record: { level: 30, msg: `call me at ${c.S(nat, 'phone', 'national_text')}`, ticket: c.K(neg.orderId()) } }),
        () => ({ format: 'object', record: { level: 30, msg: 'otp sent', channel: 'sms', destination: c.S(intl, 'phone', 'neutral_key') } }),
        () => ({ format: 'object', record: { level: 30, msg: 'contact', contact: c.S(intl, 'phone', 'neutral_key'), preferred: 'whatsapp' } }),
        () => ({ format: 'object', record: { level: 30, msg: 'lead', phoneNumber: Number(c.S(intl.replace(/\D/g, ''), 'phone', 'number_value')) } }),
        () => ({ format: 'text', record: `Tel.: ${c.S(nat, 'phone', 'national_text')} (Rückruf erbeten)` }),
        () => ({ format: 'text', record: `support hotline ${c.S(`1-800-${r.int(200, 999)}-${r.int(1000, 9999)}`, 'phone', 'tollfree')} called by client` }),
        () => ({ format: 'object', record: { level: 40, msg: `twilio: unable to deliver to ${c.S(intl, 'phone', 'e164_text')}: 21610`, code: c.K('21610') } }),
      ];
      return r.pick(forms)();
    },
  },
  {
    family: 'ips',
    n: 70,
    make(c) {
      const { r, v, neg } = c;
      const ip4 = v.ipv4();
      const ip6 = v.ipv6();
      const forms = [
        () => ({ format: 'object', record: { level: 30, msg: 'request', req: { remoteAddress: c.S(ip4, 'ip', 'field'), headers: { 'x-forwarded-for': `${c.S(v.ipv4(), 'ip', 'xff')}, ${c.S(ip4, 'ip', 'xff')}` } }, version: c.K(neg.version4()) } }),
        () => ({ format: 'text', record: `connect ETIMEDOUT ${c.S(ip4, 'ip', 'text')}:443 after ${c.K(neg.duration())}` }),
        () => ({ format: 'object', record: { level: 50, msg: `connect ECONNREFUSED ${c.K('127.0.0.1:6379')}`, upstream: `[${c.S(ip6, 'ip', 'v6_bracket')}]:8443` } }),
        () => ({ format: 'object', record: { level: 30, msg: 'node joined', host: `ip-${c.S(ip4.replace(/\./g, '-'), 'ip', 'hostname')}.eu-west-1.compute.internal`, agentVersion: c.K(neg.version4()) } }),
        () => ({ format: 'text', record: `ec2-${c.S(ip4.replace(/\./g, '-'), 'ip', 'hostname')}.compute-1.amazonaws.com resolved` }),
        () => ({ format: 'object', record: { level: 40, msg: 'rate limited', byIp: { [c.S(ip4, 'ip', 'object_key')]: r.int(100, 999) }, windowMs: 60000 } }),
        () => ({ format: 'text', record: `blocked login from ${c.S(ip6, 'ip', 'text')} (geo=DE) ua="${c.K(neg.userAgent())}"` }),
        () => ({ format: 'object', record: { level: 30, msg: 'client', clientIp: c.S(ip6, 'ip', 'field'), build: c.K(neg.version4()) } }),
      ];
      return r.pick(forms)();
    },
  },
  {
    family: 'home-paths',
    n: 50,
    make(c) {
      const { r, v } = c;
      const u = c.S(v.homeUser(), 'home_path', 'posix');
      const root = r.pick([`/home/${u}`, `/Users/${u}`]);
      const forms = [
        () => `Error: ENOENT: no such file or directory, open '${root}/${c.K('projects/api/.env.local')}'`,
        () => `TypeError: Cannot read properties of undefined (reading 'id')\n    at handler (${root}/work/api/${c.K('src/routes/users.ts')}:${r.int(10, 300)}:${r.int(1, 40)})\n    at dispatch (${root}/work/api/${c.K('node_modules/koa-compose/index.js:42:32')})`,
        () => `\nInvalid \`prisma.user.findUnique()\` invocation in\n${root}/code/shop/${c.K('src/users/repo.ts')}:${r.int(10, 300)}:${r.int(3, 30)}\n\n  ${r.int(10, 99)} const user = await prisma.user.findUnique({`,
        () => `npm ERR! A complete log of this run can be found in: ${root}/.npm/_logs/${c.K('2026-12-02T10_11_12_345Z-debug-0.log')}`,
        () => `loaded config from ${root}/${c.K('.config/acme/config.json')}`,
      ];
      const text = r.pick(forms)();
      if (r.chance(0.5)) return { format: 'text', record: text };
      return { format: 'object', record: { level: 50, msg: 'unhandled', err: { type: 'Error', message: text.split('\n')[0], stack: text } } };
    },
  },
  {
    family: 'dob',
    n: 45,
    make(c) {
      const { r, v, neg } = c;
      const d = c.S(v.dob(), 'dob', 'dob');
      const forms = [
        () => ({ format: 'object', record: { level: 30, msg: 'patient admitted', patient: { id: c.K(neg.uuid()), born: d, ward: 'B2' } } }),
        () => ({ format: 'object', record: { level: 30, msg: 'kyc submitted', applicant: { birthDate: d, nationality: 'DE' }, submittedAt: c.K(neg.iso()) } }),
        () => ({ format: 'text', record: `verification failed: date of birth ${d} does not match records` }),
        () => ({ format: 'text', record: `DOB: ${d}; policy ${c.K(neg.orderId())}` }),
        () => ({ format: 'object', record: { level: 30, msg: 'profile', profile: { dateOfBirth: d, locale: 'en-GB' } } }),
        () => ({ format: 'object', record: { level: 40, msg: `age check failed (birthday ${d})` } }),
      ];
      return r.pick(forms)();
    },
  },
  {
    family: 'geo',
    n: 45,
    make(c) {
      const { r, v, neg } = c;
      const [lat, lng] = v.geo();
      c.S(lat, 'geo', 'lat');
      c.S(lng, 'geo', 'lng');
      const forms = [
        () => ({ format: 'object', record: { level: 30, msg: 'location update', location: { lat: Number(lat), lng: Number(lng) }, deviceModel: c.K('Pixel 8') } }),
        () => ({ format: 'object', record: { level: 30, msg: 'checkin', latitude: Number(lat), longitude: Number(lng), accuracy: r.int(3, 50) } }),
        () => ({ format: 'object', record: { level: 30, msg: 'geofence', feature: { type: 'Feature', geometry: { type: 'Point', coordinates: [Number(lng), Number(lat)] }, properties: { zone: 'home' } } } }),
        () => ({ format: 'text', record: `driver position ${lat},${lng} at ${c.K(neg.iso())}` }),
        () => ({ format: 'object', record: { level: 30, msg: 'ride requested', pickup: { lat: Number(lat), lon: Number(lng) }, rideId: c.K(neg.uuid()) } }),
      ];
      return r.pick(forms)();
    },
  },
  {
    family: 'national-ids',
    n: 100,
    make(c) {
      const { r, v, neg } = c;
      const kinds = [
        ['us_ssn', () => v.ssn(), ['SSN', 'social security number'], ['ssn', 'socialSecurityNumber']],
        ['uk_nino', () => v.nino(r.chance(0.5)), ['NINO', 'National Insurance number'], ['nino', 'nationalInsuranceNumber']],
        ['br_cpf', () => v.cpf(r.chance(0.6)), ['CPF'], ['cpf', 'documento']],
        ['es_dni', () => v.dni(), ['DNI'], ['dni', 'documentoIdentidad']],
        ['es_nie', () => v.nie(), ['NIE'], ['nie']],
        ['se_personnummer', () => v.personnummer(r.chance(0.3)), ['personnummer'], ['personnummer', 'personalIdentityNumber']],
        ['in_aadhaar', () => v.aadhaar(r.chance(0.6)), ['Aadhaar'], ['aadhaar', 'aadhaarNumber']],
        ['fr_insee', () => v.insee(r.chance(0.5)), ['NIR', 'numéro de sécurité sociale'], ['nir', 'numeroSecu']],
        ['de_steuer_id', () => v.steuerId(), ['Steuer-ID', 'IdNr'], ['steuerId', 'taxId']],
      ];
      const [sub, gen, words, keys] = r.pick(kinds);
      const val = c.S(gen(), 'national_id', sub);
      const forms = [
        () => ({ format: 'text', record: `kyc: ${r.pick(words)} ${val} verified for applicant ${c.K(neg.uuid())}` }),
        () => ({ format: 'object', record: { level: 30, msg: 'identity check', applicant: { [r.pick(keys)]: val, country: sub.slice(0, 2).toUpperCase() } } }),
        () => ({ format: 'object', record: { level: 40, msg: `${r.pick(words)} mismatch: got ${val}`, caseId: c.K(neg.orderId()) } }),
        () => ({ format: 'object', record: { level: 30, msg: 'form submitted', fields: [{ name: r.pick(keys), value: val }, { name: 'plan', value: 'basic' }] } }),
      ];
      return r.pick(forms)();
    },
  },
  {
    family: 'ibans',
    n: 60,
    make(c) {
      const { r, v, neg } = c;
      const style = r.pick(['grouped', 'compact', 'lower', 'dashes']);
      const ib = c.S(v.iban(style), 'iban', `iban_${style}`);
      const forms = [
        () => ({ format: 'text', record: `refund of ${c.K(neg.price())} EUR to IBAN ${ib} scheduled` }),
        () => ({ format: 'object', record: { level: 30, msg: 'payout created', payout: { iban: ib, reference: c.K(neg.orderId()) } } }),
        () => ({ format: 'object', record: { level: 40, msg: `SEPA mandate rejected for account ${ib}` } }),
        () => ({ format: 'text', record: `<CdtrAcct><Id><IBAN>${ib}</IBAN></Id></CdtrAcct>` }),
        () => ({ format: 'object', record: { level: 30, msg: 'bank details', details: `${ib} / BIC ${c.K('DEUTDEFFXXX')}` } }),
      ];
      return r.pick(forms)();
    },
  },
  {
    family: 'cards',
    n: 70,
    make(c) {
      const { r, v, neg } = c;
      const formatted = v.card(true);
      const plain = v.card(false);
      const forms = [
        () => ({ format: 'text', record: `charge failed for card ${c.S(formatted, 'card', 'formatted_text')}: do_not_honor` }),
        () => ({ format: 'object', record: { level: 30, msg: 'payment', cardNumber: c.S(plain, 'card', 'keyed'), amount: c.K(neg.price()) } }),
        () => ({ format: 'object', record: { level: 50, msg: 'Your card was declined.', payment_method: { card: { number: c.S(plain, 'card', 'keyed'), exp_month: r.int(1, 12), exp_year: r.int(2027, 2031) } } } }),
        () => ({ format: 'text', record: `pan=${c.S(plain, 'card', 'context_text')} result=declined order=${c.K(neg.orderId())}` }),
        () => ({ format: 'object', record: { level: 40, msg: `card ${c.S(plain, 'card', 'context_text')} flagged by fraud rules` } }),
        () => ({ format: 'object', record: { level: 30, msg: 'checkout', payment: { method: 'card', details: c.S(formatted, 'card', 'formatted_neutral') } } }),
      ];
      return r.pick(forms)();
    },
  },
];
