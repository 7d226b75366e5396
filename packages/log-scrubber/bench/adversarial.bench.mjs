// Worst-case cost per character: strings built to make each detector work hardest, at the
// default per-string cap (32 KiB), scanned once each (caches cannot help: every string is new).
// Run: node bench/adversarial.bench.mjs   (after npm run build)
import { createScrubber } from '../dist/index.js';

// Just under the default maxStringLength (32768), so nothing is cut before scanning.
const N = 32 * 1024 - 16;
const fill = (unit) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
const cases = {
  'a@a@ (email)': fill('a@'),
  'eyJ (JWT)': fill('eyJ'),
  'password word (strong context)': fill('password word '),
  'token + base64 (weak context)': fill('token QWxhZGRpbjpvcGVuIHNlc2FtZQ '),
  'key=value pairs': fill('key=v&'),
  'vendor keywords (adafruit, twilio, sk)': fill('adafruit_key = sk twilio '),
  'vendor names (twilio, datadog, cloudflare, okta)': fill('twilio datadog cloudflare okta '),
  'digits and spaces (cards, phones, ids)': fill('4111 1111 1111 1112 '),
  'dotted quads (IPv4, versions)': fill('1.2.3.4.'),
  'percent-escapes (decode pass)': fill('%25%32%35'),
  'command lines (tools, flags)': fill('curl -u a:b mysql -pX --api-key v '),
  'transcripts (AUTH, LOGIN, PASS)': fill('"AUTH" "u" "p" a1 LOGIN u p\nPASS x '),
  'capitalised pairs (given names)': fill('Anna Smith Internal Server '),
  'cues and titles (by, Herr, Dear)': fill('approved by: Herr Dear Mme '),
  'id-shaped runs (national ids)': fill('RSSMRA85T10A562S 111222333 BSN '),
  'language-native dumps (Python, Java, Go)': fill("{'password': ['x'], User{name=Jane Doe, password=x} {Name:Jane Doe Password:x} "),
  'bind parameters (Hibernate, PostgreSQL)': `insert into t (${fill('c, ').slice(0, 4000)}) values (?) ${fill("binding parameter [1] as [VARCHAR] - [Jane Doe] DETAIL:  parameters: $1 = 'x', ")}`.slice(0, N),
  'CSV rows under a header': `export=a.csv\nname,dob,phone\n${fill('Jane Doe,1980-01-01,0176 1234567\n')}`.slice(0, N),
  // Every cell is pseudonymised first: the pseudonyms must not switch on more detectors.
  'person rows without a header': fill('Jane;Doe;jane@x.io;0612345678;1970-01-01\n'),
  'passport MRZ fillers': fill('P<DEUABERNATHY<<FREDRIK<<<<'),
  'record layouts (fixed width, RACF, events)': fill('DINV35 NIKOLAOS HAGEDORN    5425578900930653   EUR ICH408I USER(JDOE    ) NAME(JANE DOE) <Data Name="TargetUserName">jdoe</Data>'),
  'non-Latin prose (Han, Arabic, Hangul)': fill('王 伟 核验 了 订单 شارع الملك فهد 님 안녕하세요 '),
  'cookie lists and CDN fields (HAProxy, CloudFront)': fill('0/0 {a=b; Expires=x; c=d|e=f} \t%20n=v;%20'),
  'random base64': Buffer.from(Array.from({ length: N }, (_, i) => (i * 7919) % 251)).toString('base64').slice(0, N),
};
let salt = 0;
console.log('| text (32 KiB) | µs per character | ms per string |');
console.log('| --- | ---: | ---: |');
let worst = 0;
for (const [name, base] of Object.entries(cases)) {
  const s = createScrubber({ keys: [{ id: 'k1', secret: Buffer.alloc(32, 3) }], cacheSize: 0 });
  const runs = 5;
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const text = `${salt++} ${base}`;
    const t = process.hrtime.bigint();
    s.scrubText(text);
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e3);
  }
  worst = Math.max(worst, best / N);
  console.log(`| ${name} | ${(best / N).toFixed(3)} | ${(best / 1000).toFixed(1)} |`);
}
console.log(`worst: ${worst.toFixed(3)} µs/char`);
