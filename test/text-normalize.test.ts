import { gluedAfter, gluePoints, isNormalized, normalizeText, rawOffset } from '../src/text/normalize.js';

// The map must point every visible output character at the same character of the raw text.
function expectExactMap(raw: string): void {
  const { text, map } = normalizeText(raw);
  expect(map.length).toBe(text.length + 1);
  expect(map[text.length]).toBe(raw.length);
  for (let i = 0; i < text.length; i++) {
    if (i > 0) expect(map[i]).toBeGreaterThanOrEqual(map[i - 1]);
    const ch = text[i];
    // a space put back where a scraped page lost it maps to the capital after it ("terdakwaSekjen")
    if (ch === ' ' && /\p{Lu}/u.test(raw[map[i]]) && /\p{Ll}/u.test(raw[map[i] - 1])) continue;
    if (ch === ' ' || ch === '\n') expect(/[\s\u00a0\u2028\u2029\u0085]/u.test(raw[map[i]])).toBe(true);
    else if (raw[map[i]] === ch.normalize('NFD')[0] || raw[map[i]] === ch) continue;
    else throw new Error(`map[${i}] -> raw ${JSON.stringify(raw[map[i]])}, text ${JSON.stringify(ch)}`);
  }
}

describe('normalizeText', () => {
  test.each([
    ['CRLF and lone CR become LF', 'Rapat KPU\r\nDigelar hari ini.\rSelesai.', 'Rapat KPU\nDigelar hari ini.\nSelesai.'],
    ['runs of spaces collapse, NBSP and tab are spaces', 'Ketua  KPU\u00a0Lampung\tErwan', 'Ketua KPU Lampung Erwan'],
    ['a tab alone is a space too (no fast path keeps it)', 'Ketua KPU\tLampung', 'Ketua KPU Lampung'],
    ['zero-width characters, BOM and soft hyphens are dropped', '\ufeffPe\u00admi\u200blu 2024', 'Pemilu 2024'],
    ['trailing and leading spaces of lines go', '  Judul berita  \n   Isi berita.  ', 'Judul berita\nIsi berita.'],
    ['3+ line breaks become one blank line', 'Paragraf satu.\n\n\n\n\nParagraf dua.', 'Paragraf satu.\n\nParagraf dua.'],
    ['blank lines made of spaces count as blank', 'Satu.\n   \n \nDua.', 'Satu.\n\nDua.'],
    ['leading blank lines and trailing whitespace go', '\n\n\nJalin Koordinasi\n\n', 'Jalin Koordinasi'],
    ['NFC composes e + combining acute', 'Caf\u0065\u0301 Pemilu', 'Caf\u00e9 Pemilu'],
    ['unicode line separators are line breaks', 'Satu.\u2028Dua.', 'Satu.\nDua.'],
    ['control characters are dropped', 'KPU\u0007 Lampung\u007f', 'KPU Lampung'],
  ])('%s', (_name, raw, expected) => {
    expect(normalizeText(raw).text).toBe(expected);
    expectExactMap(raw);
  });

  test('the map leads back to the raw offset of a word', () => {
    const raw = '\r\n  Ketua\u00a0\u00a0KPU\r\n\r\n\r\nProvinsi  Lampung, Erwan Bustami.';
    const n = normalizeText(raw);
    const at = n.text.indexOf('Erwan');
    expect(raw.slice(rawOffset(n, at), rawOffset(n, at) + 5)).toBe('Erwan');
    expect(n.text).toBe('Ketua KPU\n\nProvinsi Lampung, Erwan Bustami.');
  });

  test('already normalized text takes the fast path: same string, identity map', () => {
    const raw = 'Ketua KPU Provinsi Lampung.\n\nRapat digelar Selasa (20/06/2023).\nSelesai — “kata dia”.';
    expect(isNormalized(raw)).toBe(true);
    const n = normalizeText(raw);
    expect(n.text).toBe(raw);
    expect(Array.from(n.map)).toEqual(Array.from({ length: raw.length + 1 }, (_, i) => i));
  });

  test('idempotent and consistent with isNormalized on mixed input', () => {
    const pieces = ['Ketua', ' ', '  ', '\n', '\r\n', '\n\n\n', '\u00a0', '\u200b', 'é', 'e\u0301', 'KPU.', '\t', '“kata”', ' \n '];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 300; k++) {
      let raw = '';
      for (let j = 0; j < 12; j++) raw += pieces[Math.floor(rnd() * pieces.length)];
      const once = normalizeText(raw).text;
      expect(normalizeText(once).text).toBe(once);
      expect(isNormalized(once)).toBe(true);
      expectExactMap(raw);
    }
  });
});

// Real sentences of ../shared/bench/news-12k.jsonl (detik.com, liputan6.com, tempo.co) where the
// scraper lost the space at the end of a link or bold text.
describe('a space lost between a lower-case word and a capitalized one', () => {
  test.each([
    [
      'Sidang kasus dugaan suap pergantian antarwaktu (PAW) untuk anggota DPR Harun Masiku dan perintangan penyidikan dengan terdakwaSekjen PDIP Hasto Kristiyantokembali dilanjutkan.',
      'Sidang kasus dugaan suap pergantian antarwaktu (PAW) untuk anggota DPR Harun Masiku dan perintangan penyidikan dengan terdakwa Sekjen PDIP Hasto Kristiyantokembali dilanjutkan.',
    ],
    ['Teman kuliahSekjen PDIP Hasto Kristiyanto, Cecep Hidayat, dihadirkan sebagai saksi meringankan Hasto.', 'Teman kuliah Sekjen PDIP Hasto Kristiyanto, Cecep Hidayat, dihadirkan sebagai saksi meringankan Hasto.'],
    ['Laporan dilayangkan kePolda Metro Jayapada 15 April 2025.', 'Laporan dilayangkan ke Polda Metro Jayapada 15 April 2025.'],
    [
      'Keduanya dijerat dengan Pasal 114 ayat (2) subsider Pasal 112 ayat (2)junctoPasal 132 ayat (1) Undang-undang RI Nomor 35 Tahun 2009 tentang Narkotika.',
      'Keduanya dijerat dengan Pasal 114 ayat (2) subsider Pasal 112 ayat (2)juncto Pasal 132 ayat (1) Undang-undang RI Nomor 35 Tahun 2009 tentang Narkotika.',
    ],
  ])('%s', (raw, expected) => {
    expect(normalizeText(raw).text).toBe(expected);
    expect(isNormalized(raw)).toBe(false);
    expectExactMap(raw);
  });

  test.each([
    ['an outlet writes its channel so', '"Besok (hari ini) LM dipanggil sebagai tersangka," ujar Kasubdit I Dittipidsiber Bareskrim Polri, Kombes Rizki Agung Prakoso, kepada wartawan, seperti dilansir detikNews.'],
    ['a channel after a glued word', '"Iya, OTT, langsung dapat uangnya di jaket dia (pelaku)," kata Kasat Reskrim Polres Padangsidimpuan AKP Hasiholan Naibaho saat dikonfirmasidetikSumut, Rabu (8/10/2025).'],
    ['a unit', 'Penelitian menunjukkan bahwa segera setelah 30 menit mandi sauna, tekanan darah sistolik partisipan rata-rata berkurang dari 137 mmHg menjadi 130 mmHg, dan tekanan darah diastolik (di bawah) dari 82 mmHg sampai 75 mmHg.'],
    ['a clitic that refers to God', '"Ku hitung hari demi hari, ku langkahkan kaki terus untuk berbuat kebaikan, ku lisankan selalu dzikir kepadaNya, ku gerakkan terus ragaku untuk beribadah.'],
    ['after a hyphen (a reduplicated word is left as written)', 'Beberapa menit kemudian, tank-tankIsrael menembakkan beberapa peluru ke warga, yang mengakibatkan banyak korban tewas dan cedera," papar seorang juru bicara Pertahanan Sipil Palestina setempat.'],
    ['one lower-case letter', 'Lagipula, menurut Suryadi, Foxconn hanya mempertimbangkan satu produk dalam satu tahun seperti yang mereka lakukan bersama Apple dalam memproduksi iPhone.'],
    ['a name that starts capitalized', 'Semua ini juga belum memasukkan konten video di platform sosial seperti YouTube dan Facebook ke dalam hitungan, yang pertumbuhannya tergolong pesat dalam setahun terakhir ini.'],
  ])('kept whole: %s', (_name, raw) => {
    expect(normalizeText(raw).text).toBe(raw);
    expect(isNormalized(raw)).toBe(true);
  });

  // a capitalized word glued to the next: split only after a word of pilah's lexicons (a region's
  // name or level, an office title's first word, a body's short form)
  test.each([
    [
      'Liputan6.com, JakartaWakil Menteri Keuangan Suahasil Nazara melaporkan penyalurangaji ke-13untuk aparatur sipil negara (ASN)/TNI/Polri dan pensiunan telah terealisasi sebesar Rp32,8 triliun dari alokasi anggaran Rp49,4 triliun.',
      'Liputan6.com, Jakarta Wakil Menteri Keuangan Suahasil Nazara melaporkan penyalurangaji ke-13untuk aparatur sipil negara (ASN)/TNI/Polri dan pensiunan telah terealisasi sebesar Rp32,8 triliun dari alokasi anggaran Rp49,4 triliun.',
    ],
    [
      'Gubernur DKI JakartaPramono Anungmendorong sinergi antara legislatif dan eksekutif terus dilanjutkan secara intensif dan profesional.',
      'Gubernur DKI Jakarta Pramono Anungmendorong sinergi antara legislatif dan eksekutif terus dilanjutkan secara intensif dan profesional.',
    ],
    [
      'Di Desa Sirnaresmi, Kecamatan Gunung Guruh, KabupatenSukabumi, tepatnya di atas ketinggian 410 mdpl, Muhamad Dikri (33) sukses membuktikan bahwa stroberi manis dapat tumbuh subur di iklim yang cenderung panas.',
      'Di Desa Sirnaresmi, Kecamatan Gunung Guruh, Kabupaten Sukabumi, tepatnya di atas ketinggian 410 mdpl, Muhamad Dikri (33) sukses membuktikan bahwa stroberi manis dapat tumbuh subur di iklim yang cenderung panas.',
    ],
  ])('after a lexicon word: %s', (raw, expected) => {
    expect(normalizeText(raw).text).toBe(expected);
    expectExactMap(raw);
  });

  test.each([
    ['Dalam potongan percakapan di WhatsApp yang diungkap dalam persidangan, Fayakhun meminta Erwin memberitahu PT MTI untuk membayarkan US$ 300 ribu atau setara dengan Rp 3 miliar terlebih dulu dari total Rp 12 miliar yang dijanjikan.'],
    ['Pilkada DKI 2017 akan diikuti tiga bakal pasangan calon gubernur yaitu, Agus Harimurti Yudhoyono - Sylviana Murni yang diusung Partai Demokrat, PAN, PKB, PBB, kemudian Anis Baswean - Sandiaga Uno yang diusung Gerindra dan PKS, selanjutnya Basuki Tjahaja Purnama - Djarot Syaiful Hidayat yang diusung PDIP, Golkar, Hanura dan Partai NasDem.'],
  ])('a brand kept whole: %s', (raw) => {
    expect(normalizeText(raw).text).toBe(raw);
  });

  // the scan reads each word backwards from where a capital meets a lower-case letter; the plain
  // form is a regex with a lookbehind tried at every position, a chain read after each space put back
  test('the scan finds what the plain regex form finds', () => {
    const plain = (text: string): number[] => {
      const out: number[] = [];
      const word = /(?<![\p{L}\p{M}\p{N}@#/\\._\-=&?%+'’])[A-Z]?[a-z]{2,}(?=[A-Z][a-z])/gu;
      const next = /[A-Z][a-z]{2,}(?=[A-Z][a-z])/y;
      for (let m = word.exec(text); m !== null; m = word.exec(text)) {
        let w = m[0];
        let at = m.index + w.length;
        while (gluedAfter(text, w, at)) {
          out.push(at);
          next.lastIndex = at;
          const n = next.exec(text);
          if (n === null) break;
          w = n[0];
          at += w.length;
          word.lastIndex = at;
        }
      }
      return out;
    };
    const pieces = ['Jakarta', 'Ketua', 'Wakil', 'terdakwa', 'Sekjen', 'detik', 'News', 'Tik', 'Tok', 'kepada', 'Nya', 'é', '-', '/', '@', ' ', '\n', 'x', 'Ab', 'cd', '1', '𝐀', 'PDIP', 'Presiden'];
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let j = 0; j < 10; j++) text += pieces[Math.floor(rnd() * pieces.length)];
      expect([text, gluePoints(text)]).toEqual([text, plain(text)]);
    }
  });

  test('a fact after the put-back space points at the raw text', () => {
    const raw = 'Cecep menyebutSekjen PDIP Hasto Kristiyanto pernah mengeluh.';
    const n = normalizeText(raw);
    const at = n.text.indexOf('Sekjen');
    expect(n.text.slice(at - 1, at)).toBe(' ');
    expect(raw.slice(rawOffset(n, at), rawOffset(n, at) + 6)).toBe('Sekjen');
    expect(rawOffset(n, at - 1)).toBe(rawOffset(n, at));
  });
});
