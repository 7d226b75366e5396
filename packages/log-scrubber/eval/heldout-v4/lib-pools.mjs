// Personal-data and secret shapes for heldout-v4. Values are drawn at random in published formats;
// the name and street pools are common, generic names of each culture.
import { ri, pick, chance, hex, b62, b64, b64u, b32, lower, alnumLo, upAlnum, dig, pad, uuid } from './lib-base.mjs';

// [native first, native last, ascii first, ascii last, separator]
const CULTURES = {
  en: [['James', 'Olivia', 'Liam', 'Harper', 'Ethan', 'Chloe', 'Mason', 'Abigail', 'Declan', 'Imogen'], ['Whitaker', 'Harrington', 'Okonkwo', 'Fitzgerald', 'Thompson', 'Caldwell', 'Brennan', 'Ashworth', 'Delaney', 'Pemberton']],
  de: [['Lukas', 'Hannah', 'Felix', 'Leonie', 'Jonas', 'Maximilian', 'Sophie', 'Jürgen', 'Birgit', 'Dieter'], ['Müller', 'Schneider', 'Fischer', 'Hoffmann', 'Schäfer', 'Koch', 'Wagner', 'Zimmermann', 'Krüger', 'Schulze']],
  fr: [['Camille', 'Louis', 'Chloé', 'Hugo', 'Léa', 'Théo', 'Manon', 'Amélie', 'Benoît', 'Océane'], ['Dubois', 'Lefèvre', 'Moreau', 'Girard', 'Fontaine', 'Rousseau', 'Lambert', 'Mercier', 'Chevalier', 'Gauthier']],
  es: [['Alejandro', 'Lucía', 'Javier', 'Carmen', 'Mateo', 'Sofía', 'Álvaro', 'Nerea', 'Íñigo', 'Rocío'], ['García Pérez', 'Fernández', 'López Ruiz', 'Martínez', 'Sánchez', 'Rodríguez', 'Gómez Ortega', 'Navarro', 'Jiménez', 'Castillo']],
  pt: [['João', 'Beatriz', 'Tiago', 'Mariana', 'Gonçalo', 'Inês', 'Rafael', 'Letícia', 'Thiago', 'Larissa'], ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Carvalho', 'Almeida', 'Rodrigues', 'Ferreira']],
  it: [['Giulia', 'Marco', 'Francesca', 'Luca', 'Alessandro', 'Chiara', 'Matteo', 'Federica', 'Lorenzo', 'Giorgia'], ['Rossi', 'Bianchi', 'Esposito', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo']],
  nl: [['Daan', 'Sanne', 'Bram', 'Fleur', 'Joost', 'Lotte', 'Sven', 'Anouk', 'Thijs', 'Femke'], ['de Vries', 'van Dijk', 'Jansen', 'Bakker', 'Visser', 'van den Berg', 'Smit', 'Meijer', 'de Boer', 'Mulder']],
  pl: [['Katarzyna', 'Piotr', 'Agnieszka', 'Tomasz', 'Małgorzata', 'Paweł', 'Grzegorz', 'Joanna', 'Krzysztof', 'Zofia'], ['Kowalska', 'Nowak', 'Wiśniewski', 'Wójcik', 'Kamińska', 'Lewandowski', 'Zieliński', 'Szymańska', 'Dąbrowski', 'Woźniak']],
  tr: [['Ayşe', 'Mehmet', 'Fatma', 'Mustafa', 'Elif', 'Emre', 'Zeynep', 'Burak', 'Gülşen', 'Oğuz'], ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Kılıç']],
  ja: [['太郎', '花子', '翔太', '美咲', '健一', '由美', '大輔', '陽菜'], ['佐藤', '鈴木', '高橋', '田中', '渡辺', '山本', '中村', '小林']],
  zh: [['伟', '芳', '秀英', '敏', '静', '磊', '晓明', '丽娟'], ['王', '李', '张', '刘', '陈', '杨', '黄', '赵']],
  ko: [['민준', '서연', '지훈', '수빈', '예은', '도윤', '하은', '현우'], ['김', '이', '박', '최', '정', '강', '조', '윤']],
  ar: [['محمد', 'فاطمة', 'أحمد', 'ليلى', 'يوسف', 'مريم', 'خالد', 'نورة'], ['العتيبي', 'الحربي', 'حداد', 'منصور', 'الشمري', 'القحطاني', 'الزهراني', 'الخطيب']],
  hi: [['राहुल', 'प्रिया', 'अमित', 'अनीता', 'विकास', 'सुनीता', 'अर्जुन', 'कविता'], ['शर्मा', 'वर्मा', 'गुप्ता', 'सिंह', 'पटेल', 'अय्यर', 'मेहता', 'जोशी']],
  in: [['Priya', 'Arjun', 'Ananya', 'Vikram', 'Deepika', 'Rohan', 'Sneha', 'Karthik'], ['Sharma', 'Iyer', 'Reddy', 'Banerjee', 'Nair', 'Chatterjee', 'Deshmukh', 'Pillai']],
  ru: [['Алексей', 'Мария', 'Дмитрий', 'Анна', 'Сергей', 'Ольга', 'Наталья', 'Игорь'], ['Иванов', 'Смирнова', 'Кузнецов', 'Попова', 'Соколов', 'Лебедева', 'Новиков', 'Морозова']],
  el: [['Γιώργος', 'Ελένη', 'Νίκος', 'Κατερίνα'], ['Παπαδόπουλος', 'Παπαδοπούλου', 'Οικονόμου', 'Γεωργίου']],
  ng: [['Chinedu', 'Ngozi', 'Oluwaseun', 'Adaeze', 'Emeka', 'Funmilayo'], ['Okafor', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Adebayo']],
  vi: [['Lan', 'Minh', 'Thảo', 'Dũng', 'Hương'], ['Nguyễn Thị', 'Trần Văn', 'Lê Thị', 'Phạm Văn', 'Hoàng']],
  he: [['נועה', 'איתי', 'תמר', 'יונתן'], ['כהן', 'לוי', 'מזרחי', 'פרץ']],
};
const ROMAN = {
  ja: [['taro', 'hanako', 'shota', 'misaki', 'kenichi', 'yumi', 'daisuke', 'hina'], ['sato', 'suzuki', 'takahashi', 'tanaka', 'watanabe', 'yamamoto', 'nakamura', 'kobayashi']],
  zh: [['wei', 'fang', 'xiuying', 'min', 'jing', 'lei', 'xiaoming', 'lijuan'], ['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao']],
  ko: [['minjun', 'seoyeon', 'jihoon', 'subin', 'yeeun', 'doyun', 'haeun', 'hyunwoo'], ['kim', 'lee', 'park', 'choi', 'jung', 'kang', 'cho', 'yoon']],
  ar: [['mohammed', 'fatima', 'ahmed', 'layla', 'yousef', 'maryam', 'khalid', 'noura'], ['alotaibi', 'alharbi', 'haddad', 'mansour', 'alshammari', 'alqahtani', 'alzahrani', 'alkhatib']],
  hi: [['rahul', 'priya', 'amit', 'anita', 'vikas', 'sunita', 'arjun', 'kavita'], ['sharma', 'verma', 'gupta', 'singh', 'patel', 'iyer', 'mehta', 'joshi']],
  ru: [['aleksey', 'maria', 'dmitry', 'anna', 'sergey', 'olga', 'natalya', 'igor'], ['ivanov', 'smirnova', 'kuznetsov', 'popova', 'sokolov', 'lebedeva', 'novikov', 'morozova']],
  el: [['giorgos', 'eleni', 'nikos', 'katerina'], ['papadopoulos', 'papadopoulou', 'oikonomou', 'georgiou']],
  vi: [['lan', 'minh', 'thao', 'dung', 'huong'], ['nguyen', 'tran', 'le', 'pham', 'hoang']],
  he: [['noa', 'itai', 'tamar', 'yonatan'], ['cohen', 'levi', 'mizrahi', 'peretz']],
};
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/ı/g, 'i').replace(/ß/g, 'ss').toLowerCase().replace(/[^a-z]/g, '');
export const CULTURE_KEYS = Object.keys(CULTURES);
export function person(culture = pick(CULTURE_KEYS)) {
  const [fs, ls] = CULTURES[culture];
  const i = ri(0, fs.length - 1), j = ri(0, ls.length - 1);
  const first = fs[i], last = ls[j];
  const noSpace = ['zh', 'ko'].includes(culture) || (culture === 'ja' && chance(0.5));
  const eastern = ['zh', 'ko', 'ja'].includes(culture);
  const full = eastern ? (noSpace ? last + first : `${last} ${first}`) : culture === 'hu' ? `${last} ${first}` : `${first} ${last}`;
  let af, al;
  if (culture in ROMAN) { af = ROMAN[culture][0][i]; al = ROMAN[culture][1][j]; } else { af = fold(first); al = fold(last); }
  return { first, last, full, af, al, culture };
}
const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.jp', 'web.de', 'gmx.de', 'orange.fr', 'libero.it', 'wp.pl', 'yandex.ru', 'qq.com', 'naver.com', 'hotmail.es', 'uol.com.br', 'proton.me', 'icloud.com', 'ziggo.nl', 'mail.ru', '163.com', 'rediffmail.com', 'fastmail.fm'];
const CORP_DOMAINS = ['northwind-traders.com', 'globex.co.uk', 'initech.de', 'umbrella-health.org', 'hooli.io', 'stark-logistics.eu', 'wayne-fintech.com', 'tyrell.jp'];
export function email(p = person(), corp = chance(0.3)) {
  const local = pick([`${p.af}.${p.al}`, `${p.af}${p.al}${ri(1, 99)}`, `${p.af[0]}${p.al}`, `${p.af}_${p.al}${ri(70, 99)}`, `${p.al}.${p.af}`, `${p.af}+${pick(['shop', 'news', 'bills'])}@`.replace('@', '')]);
  return `${local}@${corp ? pick(CORP_DOMAINS) : pick(MAIL_DOMAINS)}`;
}
export function username(p = person()) {
  return pick([`${p.af[0]}${p.al}`, `${p.af}.${p.al}`, `${p.al}${p.af[0]}`, `${p.af}${ri(10, 99)}`, `${p.af}_${p.al}`, `${p.al}${ri(10, 99)}`, `${p.af[0]}${p.al.slice(0, 6)}${ri(1, 99)}`]).slice(0, 20).padEnd(4, '0');
}

const PHONES = {
  us: () => { const a = ri(201, 989), b = ri(200, 989), c = pad(ri(0, 9999), 4); return pick([`+1 ${a}-${b}-${c}`, `(${a}) ${b}-${c}`, `+1${a}${b}${c}`, `${a}.${b}.${c}`]); },
  uk: () => { const n = `7${ri(400, 999)}${dig(6)}`; return pick([`+44 ${n.slice(0, 4)} ${n.slice(4)}`, `0${n.slice(0, 4)} ${n.slice(4)}`, `+44${n}`]); },
  de: () => { const p = pick(['151', '160', '170', '171', '176', '178', '152']); const n = dig(ri(7, 8)); return pick([`+49 ${p} ${n}`, `0${p} ${n}`, `+49${p}${n}`, `0${p}/${n}`]); },
  fr: () => { const n = [pick(['6', '7']), ...Array.from({ length: 4 }, () => dig(2))]; return pick([`+33 ${n.join(' ')}`, `0${n.join(' ')}`, `0${n.join('.')}`, `+33${n.join('')}`]); },
  es: () => { const n = `${pick(['6', '7'])}${dig(8)}`; return pick([`+34 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`]); },
  it: () => { const n = `3${ri(20, 93)}${dig(7)}`; return pick([`+39 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `${n.slice(0, 3)} ${n.slice(3)}`]); },
  nl: () => { const n = dig(8); return pick([`+31 6 ${n}`, `06-${n}`, `+31 6 ${n.slice(0, 4)} ${n.slice(4)}`]); },
  pl: () => { const n = `${pick(['5', '6', '7', '8'])}${dig(8)}`; return pick([`+48 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`]); },
  tr: () => { const n = `5${ri(30, 59)}${dig(7)}`; return pick([`+90 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}`, `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`]); },
  jp: () => { const a = pick(['090', '080', '070']), b = dig(4), c = dig(4); return pick([`${a}-${b}-${c}`, `+81 ${a.slice(1)}-${b}-${c}`]); },
  cn: () => { const n = `1${pick(['38', '39', '58', '86', '77', '35'])}${dig(8)}`; return pick([n, `+86 ${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`]); },
  kr: () => `010-${dig(4)}-${dig(4)}`,
  sa: () => { const n = `5${ri(0, 9)}${dig(7)}`; return pick([`+966 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, `0${n}`]); },
  in: () => { const n = `${ri(6, 9)}${dig(9)}`; return pick([`+91 ${n.slice(0, 5)} ${n.slice(5)}`, `+91-${n}`, `0${n}`]); },
  ru: () => { const a = `9${dig(2)}`; const n = dig(7); return pick([`+7 (${a}) ${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`, `8 ${a} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`]); },
  br: () => `+55 ${pick(['11', '21', '31', '41', '51'])} 9${dig(4)}-${dig(4)}`,
  mx: () => `+52 ${pick(['55', '33', '81'])} ${dig(4)} ${dig(4)}`,
  au: () => { const n = `4${dig(8)}`; return pick([`+61 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`]); },
  ng: () => `+234 ${pick(['803', '806', '813', '816', '905'])} ${dig(3)} ${dig(4)}`,
  gr: () => `+30 69${dig(1)} ${dig(3)} ${dig(4)}`,
  il: () => `+972-5${ri(0, 8)}-${dig(3)}-${dig(4)}`,
};
export const PHONE_CC = Object.keys(PHONES);
export const phone = (cc = pick(PHONE_CC)) => ({ value: PHONES[cc](), cc });
const C2P = { en: 'uk', de: 'de', fr: 'fr', es: 'es', pt: 'br', it: 'it', nl: 'nl', pl: 'pl', tr: 'tr', ja: 'jp', zh: 'cn', ko: 'kr', ar: 'sa', hi: 'in', in: 'in', ru: 'ru', el: 'gr', ng: 'ng', vi: 'us', he: 'il' };
export const phoneFor = (culture) => phone(C2P[culture] ?? 'us');

const ADDR = {
  us: () => `${ri(12, 9899)} ${pick(['Maple Ave', 'Oak Street', 'W 34th St', 'Sunset Blvd', 'Elm Dr', 'Peachtree Rd NE'])}${chance(0.4) ? `, Apt ${ri(1, 40)}${pick(['A', 'B', 'C'])}` : ''}, ${pick(['Springfield, IL', 'Austin, TX', 'Portland, OR', 'Columbus, OH', 'Atlanta, GA'])} ${pad(ri(10000, 99950), 5)}`,
  uk: () => `${ri(1, 220)} ${pick(['Baker Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Mill Lane'])}, ${pick(['Leeds', 'Bristol', 'Manchester', 'Glasgow', 'Cardiff'])} ${pick(['LS', 'BS', 'M', 'G', 'CF'])}${ri(1, 29)} ${ri(1, 9)}${pick('ABDEFGHJLNPQRSTUWXYZ'.split(''))}${pick('ABDEFGHJLNPQRSTUWXYZ'.split(''))}`,
  de: () => `${pick(['Lindenstraße', 'Hauptstraße', 'Schillerweg', 'Am Mühlbach', 'Goethestr.', 'Bahnhofstraße'])} ${ri(1, 180)}${chance(0.2) ? 'a' : ''}, ${pad(ri(1067, 99998), 5)} ${pick(['Berlin', 'Köln', 'München', 'Leipzig', 'Nürnberg', 'Bremen'])}`,
  fr: () => `${ri(1, 120)}${chance(0.2) ? ' bis' : ''} ${pick(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la République', 'chemin des Vignes'])}, ${pad(ri(1000, 95999), 5)} ${pick(['Lyon', 'Marseille', 'Toulouse', 'Nantes', 'Lille'])}`,
  es: () => `${pick(['Calle de Alcalá', 'Avenida de la Constitución', 'Calle Mayor', 'Paseo de Gracia', 'Calle Sierpes'])} ${ri(1, 250)}, ${ri(1, 9)}º ${pick(['A', 'B', 'C', 'Izda'])}, ${pad(ri(1000, 52999), 5)} ${pick(['Madrid', 'Sevilla', 'Valencia', 'Bilbao', 'Zaragoza'])}`,
  it: () => `${pick(['Via Giuseppe Garibaldi', 'Corso Vittorio Emanuele II', 'Via Roma', 'Piazza Dante', 'Viale dei Mille'])} ${ri(1, 150)}, ${pad(ri(10, 98168), 5)} ${pick(['Torino', 'Bologna', 'Napoli', 'Firenze', 'Palermo'])}`,
  nl: () => `${pick(['Prinsengracht', 'Dorpsstraat', 'Kerkweg', 'Stationsplein', 'Molenlaan'])} ${ri(1, 400)}, ${ri(1000, 9999)} ${upAlnum(0)}${pick(['AB', 'GV', 'KL', 'RT', 'XZ'])} ${pick(['Utrecht', 'Eindhoven', 'Groningen', 'Haarlem', 'Zwolle'])}`,
  pl: () => `ul. ${pick(['Marszałkowska', 'Długa', 'Piotrkowska', 'Floriańska', 'Kościuszki'])} ${ri(1, 120)}${chance(0.5) ? ` m. ${ri(1, 60)}` : ''}, ${pad(ri(0, 99), 2)}-${pad(ri(1, 999), 3)} ${pick(['Kraków', 'Łódź', 'Gdańsk', 'Wrocław', 'Poznań'])}`,
  tr: () => `${pick(['Atatürk Cad.', 'İstiklal Cad.', 'Cumhuriyet Mah.', 'Bağdat Cad.'])} No:${ri(1, 300)} D:${ri(1, 30)}, ${ri(10000, 81999)} ${pick(['Kadıköy/İstanbul', 'Çankaya/Ankara', 'Konak/İzmir', 'Nilüfer/Bursa'])}`,
  jp: () => `〒${ri(100, 999)}-${pad(ri(0, 9999), 4)} ${pick(['東京都渋谷区神南', '大阪府大阪市北区梅田', '神奈川県横浜市西区みなとみらい', '京都府京都市中京区'])}${ri(1, 5)}-${ri(1, 30)}-${ri(1, 20)}`,
  cn: () => `${pick(['北京市朝阳区建国路', '上海市浦东新区世纪大道', '广州市天河区天河路', '深圳市南山区科技园路'])}${ri(1, 300)}号${ri(1, 30)}栋${ri(101, 2505)}室`,
  kr: () => `${pick(['서울특별시 강남구 테헤란로', '부산광역시 해운대구 해운대로', '서울특별시 마포구 월드컵로'])} ${ri(1, 500)}, ${ri(101, 1505)}호`,
  br: () => `${pick(['Rua Augusta', 'Avenida Paulista', 'Rua das Flores', 'Rua XV de Novembro'])}, ${ri(10, 3000)} - ${pick(['Consolação', 'Bela Vista', 'Centro', 'Jardins'])}, ${pick(['São Paulo - SP', 'Curitiba - PR', 'Belo Horizonte - MG'])}, ${pad(ri(1000, 99999), 5)}-${pad(ri(0, 999), 3)}`,
  in: () => `Flat ${ri(101, 1204)}, ${pick(['Sunrise Apartments', 'Lakeview Residency', 'Green Park Towers'])}, ${pick(['MG Road', 'Linking Road', 'Anna Salai'])}, ${pick(['Bengaluru', 'Mumbai', 'Chennai', 'Pune'])} ${ri(400001, 600120)}`,
  ru: () => `ул. ${pick(['Тверская', 'Ленина', 'Садовая', 'Мира'])}, д. ${ri(1, 120)}, кв. ${ri(1, 300)}, ${pick(['Москва', 'Казань', 'Новосибирск'])}, ${ri(101000, 630000)}`,
  sa: () => `${pick(['شارع الملك فهد', 'طريق الأمير سلطان', 'شارع التحلية'])}، ${pick(['حي العليا', 'حي الروضة', 'حي النزهة'])}، ${pick(['الرياض', 'جدة', 'الدمام'])} ${ri(11000, 34999)}`,
  au: () => `${ri(1, 300)} ${pick(['George St', 'Collins Street', 'Queen St', 'Hay Street'])}, ${pick(['Sydney NSW', 'Melbourne VIC', 'Brisbane QLD', 'Perth WA'])} ${ri(2000, 6999)}`,
};
export const ADDR_CC = Object.keys(ADDR);
export const address = (cc = pick(ADDR_CC)) => ({ value: ADDR[cc](), cc });
const C2A = { en: 'uk', de: 'de', fr: 'fr', es: 'es', pt: 'br', it: 'it', nl: 'nl', pl: 'pl', tr: 'tr', ja: 'jp', zh: 'cn', ko: 'kr', ar: 'sa', hi: 'in', in: 'in', ru: 'ru', ng: 'uk', el: 'de', vi: 'au', he: 'us' };
export const addressFor = (culture) => address(C2A[culture] ?? 'us');

const MONTHS = { en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'], de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'], fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'], es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'] };
export function dob(style) {
  const y = ri(1940, 2006), m = ri(1, 12), d = ri(1, 28);
  const s = style ?? pick(['iso', 'iso', 'dmy_dot', 'mdy_slash', 'dmy_slash', 'long_en', 'long_de', 'long_fr', 'long_es', 'ja', 'compact', 'dmy_dash', 'short_en']);
  const v = {
    iso: `${y}-${pad(m, 2)}-${pad(d, 2)}`, dmy_dot: `${pad(d, 2)}.${pad(m, 2)}.${y}`, mdy_slash: `${pad(m, 2)}/${pad(d, 2)}/${y}`, dmy_slash: `${pad(d, 2)}/${pad(m, 2)}/${y}`,
    long_en: `${MONTHS.en[m - 1]} ${d}, ${y}`, long_de: `${d}. ${MONTHS.de[m - 1]} ${y}`, long_fr: `${d} ${MONTHS.fr[m - 1]} ${y}`, long_es: `${d} de ${MONTHS.es[m - 1]} de ${y}`,
    ja: `${y}年${m}月${d}日`, compact: `${y}${pad(m, 2)}${pad(d, 2)}`, dmy_dash: `${pad(d, 2)}-${pad(m, 2)}-${y}`, short_en: `${d} ${MONTHS.en[m - 1].slice(0, 3)} ${y}`,
  }[s];
  return { value: v, style: s, y, m, d };
}

const WORDS = ['sunflower', 'bicycle', 'marmalade', 'lighthouse', 'pancake', 'thunder', 'velvet', 'orchard', 'compass', 'avalanche', 'mosaic', 'kettle', 'harbor', 'crimson', 'falcon', 'glacier'];
export function humanPassword() {
  const p = person();
  return pick([
    () => `${pick(['Summer', 'Winter', 'Spring', 'Autumn', 'Herbst', 'Verano', 'Lato'])}${ri(2019, 2026)}${pick(['!', '#', '?', '$', ''])}`,
    () => `${p.af[0].toUpperCase()}${p.af.slice(1)}${ri(1960, 2010)}${pick(['!', '*', '.', ''])}`,
    () => `P@ssw0rd${ri(1, 999)}`, () => `Qwerty!${ri(100, 9999)}`, () => `ilove${p.af}${ri(1, 99)}`,
    () => `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`,
    () => `${pick(WORDS)}-${pick(WORDS)}-${ri(10, 99)}`, () => `${pick(['Bayern', 'Galatasaray', 'Juventus', 'Arsenal', 'Flamengo'])}${ri(1, 99)}!`,
    () => `${b62(ri(12, 20))}`, () => `${b64(ri(16, 28))}`.replace(/[+/]/g, pick(['#', '%', '&', '!'])),
    () => `${pick(['Gül', 'Ñandú', 'Żółw', 'Ёлка', 'Café'])}${ri(1000, 9999)}*`, () => `${pick(['contraseña', 'motdepasse', 'passwort', 'wachtwoord', 'senha'])}${ri(10, 999)}`,
    () => `${pick(['Fluffy', 'Rocky', 'Bella', 'Max', 'Luna'])}#${ri(1990, 2020)}`, () => `${p.af}.${p.al}${ri(1, 12)}`, () => `Welcome${ri(1, 9)}${pick(['!', '@'])}${ri(10, 99)}`,
  ])();
}

export function jwt(claims) {
  const enc = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const alg = pick(['HS256', 'RS256', 'ES256']);
  return `${enc({ alg, typ: 'JWT', ...(alg !== 'HS256' ? { kid: hex(16) } : {}) })}.${enc(claims ?? { sub: uuid(), iat: 1794000000 + ri(0, 2000000), exp: 1796000000 + ri(0, 2000000), scope: pick(['read:orders', 'openid profile email', 'admin']) })}.${b64u(alg === 'ES256' ? 86 : 43)}`;
}
export const TOKEN_SHAPES = {
  github_pat: () => `ghp_${b62(36)}`, github_oauth: () => `gho_${b62(36)}`, github_fine: () => `github_pat_${b62(22)}_${b62(59)}`,
  gitlab_pat: () => `glpat-${b64u(20)}`, slack_bot: () => `xoxb-${dig(11)}-${dig(13)}-${b62(24)}`, slack_user: () => `xoxp-${dig(11)}-${dig(11)}-${dig(13)}-${hex(32)}`,
  jwt: () => jwt(), bearer_opaque: () => b64u(ri(32, 48)), npm: () => `npm_${b62(36)}`, pypi: () => `pypi-AgEIcHlwaS5vcmc${b64u(60)}`,
  docker_pat: () => `dckr_pat_${b64u(27)}`, vault: () => `hvs.${b64u(90)}`, telegram_bot: () => `${ri(1000000000, 7999999999)}:AA${b64u(33)}`,
  hf: () => `hf_${b62(34)}`, tfc: () => `${b62(14)}.atlasv1.${b62(67)}`, oauth_refresh: () => `1//0${b64u(100)}`, google_oauth: () => `ya29.${b64u(140)}`,
  session_id: () => hex(64), azure_sas_sig: () => encodeURIComponent(b64(43) + '='),
};
export const APIKEY_SHAPES = {
  stripe_secret: () => `sk_live_${b62(99)}`, stripe_restricted: () => `rk_live_${b62(24)}`, aws_access_key_id: () => `AKIA${b32(16)}`, aws_secret: () => b64(40),
  google_api: () => `AIza${b64u(35)}`, sendgrid: () => `SG.${b64u(22)}.${b64u(43)}`, twilio: () => `SK${hex(32)}`, openai: () => `sk-proj-${b64u(132)}`,
  anthropic: () => `sk-ant-api03-${b64u(93)}AA`, shopify: () => `shpat_${hex(32)}`, mailgun: () => `key-${hex(32)}`, datadog: () => hex(32), digitalocean: () => `dop_v1_${hex(64)}`,
  linear: () => `lin_api_${b62(40)}`, postman: () => `PMAK-${hex(24)}-${hex(34)}`, newrelic: () => `NRAK-${upAlnum(27)}`, algolia_admin: () => hex(32), mapbox_secret: () => `sk.eyJ1Ijoi${b64u(60)}.${b64u(22)}`,
};
export const OTHER_SECRET_SHAPES = {
  stripe_webhook: () => `whsec_${b62(32)}`, django_secret: () => `django-insecure-${b62(20)}${pick(['#', '(', '!', '^'])}${b62(25)}`, rails_secret_key_base: () => hex(128),
  laravel_app_key: () => `base64:${b64(43)}=`, hmac_key: () => hex(64), totp_seed: () => b32(32), nextauth: () => b64(43) + '=', wifi_psk: () => `${pick(['Haus', 'Casa', 'Maison', 'Home'])}${pick(['Netz', 'Wifi', 'Reseau'])}-${ri(1000, 9999)}-${lower(5)}`,
  snmp_community: () => `${pick(['n0c', 'ops', 'mon'])}${b62(10)}`, radius_secret: () => b62(18), encryption_key: () => b64(43) + '=', recovery_code: () => `${alnumLo(5)}-${alnumLo(5)}`, k8s_secret_b64: () => Buffer.from(b62(20)).toString('base64'),
  vault_unseal: () => b64(43) + '=', jwt_signing_secret: () => b62(48),
};
export function pemBody(lines = ri(6, 12)) {
  const out = [];
  for (let i = 0; i < lines; i++) out.push(b64(64));
  out.push(b64(ri(8, 60)) + pick(['', '=', '==']));
  return out.join('\n');
}
