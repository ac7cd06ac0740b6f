import { readFileSync } from 'node:fs';
import { createDoc } from '../src/doc.js';
import { lexiconPath } from '../src/lexicon/load.js';
import { allRegions, findRegionMentions, lookupRegion, regionName, scanRegions } from '../src/lexicon/regions.js';
import { testArticle } from './helpers/shared.js';

interface DataEntry {
  id: string;
  aliases: string[];
  examples: string[];
}
const data = (name: string) => JSON.parse(readFileSync(lexiconPath(name), 'utf8')) as { source: string; entries: DataEntry[] };
const mentionsOf = (text: string) => findRegionMentions(createDoc(testArticle(text)));

describe('region gazetteer data', () => {
  test('38 provinces and 514 kabupaten/kota with Kemendagri codes', () => {
    const all = allRegions();
    expect(all.filter((r) => r.level === 'provinsi')).toHaveLength(38);
    expect(all.filter((r) => r.level !== 'provinsi')).toHaveLength(514);
    expect(regionName('73.22')).toBe('Kabupaten Luwu Utara');
    expect(regionName('16.72')).toBe('Kota Pagar Alam');
    expect(regionName('18')).toBe('Provinsi Lampung');
  });

  test('the generated files name their source and the ODbL', () => {
    expect(data('region-gazetteer.json').source).toMatch(/idn-area-data.*Open Database License/s);
    expect(data('region-districts.json').source).toMatch(/idn-area-data.*districts\.csv.*Open Database License/s);
  });

  test('kecamatan named after their regency: the name is the regency\'s and the suffix', () => {
    const districts = JSON.parse(readFileSync(lexiconPath('region-districts.json'), 'utf8')).entries as Array<{ id: string; regency: string; name: string; suffix: string }>;
    expect(districts.length).toBeGreaterThan(250);
    for (const d of districts) {
      const regency = regionName(d.regency)!.replace(/^(Kabupaten|Kota) /, '');
      expect(d.id.startsWith(d.regency + '.')).toBe(true);
      expect(d.name.toLowerCase()).toBe(`${regency} ${d.suffix}`.toLowerCase());
    }
    expect(districts).toContainEqual({ id: '12.71.13', regency: '12.71', name: 'Medan Labuhan', suffix: 'Labuhan' });
  });

  for (const file of ['region-gazetteer.json', 'region-aliases.json', 'region-ambiguous.json']) {
    const entries = data(file).entries;
    test(`${file}: every entry is found in its examples`, () => {
      for (const e of entries) {
        expect(e.examples.length).toBeGreaterThan(0);
        for (const ex of e.examples) {
          const codes = mentionsOf(ex).map((m) => m.code);
          if (!codes.includes(e.id)) throw new Error(`${file} ${e.id}: not found in "${ex}" (got ${codes.join(', ')})`);
        }
      }
    });
    if (file !== 'region-gazetteer.json') {
      test(`${file}: every alias has an example`, () => {
        for (const e of entries) {
          for (const a of e.aliases) {
            if (!e.examples.some((x) => x.includes(a))) throw new Error(`${file} ${e.id}: alias "${a}" has no example`);
          }
        }
      });
    }
  }
});

describe('findRegionMentions', () => {
  // [sentence, mention text, offset, code]
  test.each([
    ['Ketua KPU Provinsi Lampung, Erwan Bustami menjadi narasumber.', 'Provinsi Lampung', 10, '18'],
    ['Tahapan yang telah berjalan di Provinsi Lmapung dijelaskan Erwan.', 'Provinsi Lmapung', 31, '18'],
    ['BANDAR LAPUNG, Nenemonews (Lampung) – Tim desk pemantauan menggelar rapat.', 'BANDAR LAPUNG', 0, '18.71'],
    ['PAGARALAM, KORANPALPRES.COM - Pj Walikota memimpin rakor.', 'PAGARALAM', 0, '16.72'],
    ['Persiapan Pilkada Kota Pagar Alam 2024 dibahas dalam rakor.', 'Kota Pagar Alam', 18, '16.72'],
    ['Gus Ipul yang saat ini menjabat wakil gubernur Jatim mendaftar.', 'Jatim', 47, '35'],
    ['Sekretaris DPD PDIP Sumut hadir dalam rapat itu.', 'Sumut', 20, '12'],
    ['Pemilih di Babel bertambah 2 persen.', 'Babel', 11, '19'],
    ['Wali Kota Malang meninjau TPS.', 'Kota Malang', 5, '35.73'],
    ['Bupati Malang meninjau TPS.', 'Malang', 7, '35.07'],
    ['Kapolres Serang Kota memimpin apel.', 'Serang Kota', 9, '36.73'],
    ['Kapolda Metro Jaya memimpin apel pengamanan pemilu.', 'Metro Jaya', 8, '31'],
    ['Ketua Bawaslu Manggarai Barat Maria Magdalena S Seriang mengatakan kegiatan penting.', 'Manggarai Barat', 14, '53.15'],
    ['Ia dicopot dari jabatan Ketua KPU Kabupaten Labuhanbatu Utara (Labura), Sumut.', 'Kabupaten Labuhanbatu Utara', 34, '12.23'],
    ['Jumlah pengawas di Kab. Bekasi masih kurang.', 'Kab. Bekasi', 19, '32.16'],
    ['KPU Kota Makassar terlibat dalam penyusunan juknis.', 'Kota Makassar', 4, '73.71'],
    ['Pilgub DKI Jakarta 2017 diikuti tiga pasangan.', 'DKI Jakarta', 7, '31'],
    ['Bawaslu NTT mencatat 22 kabupaten/kota.', 'NTT', 8, '53'],
    // a kecamatan named after its kota is part of the mention, with the kota's code
    ['Faktanya, Kapolsek Denpasar Barat, Kompol I Made Hendra Agustina menjelaskan informasi tersebut hoaks dan tidak ada kasus.', 'Denpasar Barat', 19, '51.71'],
    // ... and tells which Bogor is meant: Bogor Timur lies in Kota Bogor
    ['Sampai saat ini, korban atau pemilik belum buat laporan" kata Kanit Reskrim Polsek Bogor Timur Iptu Iwan Heri Setiawan dihubungi terpisah.', 'Bogor Timur', 83, '32.71'],
  ])('%s', (sentence, text, start, code) => {
    const m = mentionsOf(sentence).find((x) => x.start === start);
    expect(m).toBeDefined();
    expect(m!.text).toBe(text);
    expect(sentence.slice(m!.start, m!.end)).toBe(text);
    expect(m!.code).toBe(code);
  });

  test('an abbreviation the article defines counts later: "(Lutra)" then "Lutra"', () => {
    const text = 'Komisi Pemilihan Umum (KPU) Kabupaten Luwu Utara (Lutra) menerima kunjungan. Ia mantan kadis perhubungan Lutra ini.';
    const later = mentionsOf(text).filter((m) => m.text === 'Lutra');
    expect(later).toHaveLength(1);
    expect(later[0].start).toBe(text.lastIndexOf('Lutra'));
    expect(later[0].code).toBe('73.22');
  });

  test('a name in brackets after a region defines nothing: "Ketua Panwaslu Jakbar (Puadi)"', () => {
    const text = 'Dari DETIK: Ketua Panwaslu Jakbar, Puadi mengatakan tidak ada pembubaran. Sudah dibantah oleh Kapolsek Tambora (M Syafii) dan Ketua Panwaslu Jakbar (Puadi).';
    expect(mentionsOf(text).filter((m) => m.text === 'Puadi')).toEqual([]);
  });

  test('Kabupaten vs Kota without context stays ambiguous', () => {
    const [m] = mentionsOf('Warga Bekasi antre di TPS sejak pagi.');
    expect(m.text).toBe('Bekasi');
    expect(m.code).toBeNull();
    expect(m.level).toBeNull();
    expect(m.candidates.sort()).toEqual(['32.16', '32.75']);
  });

  test('Kabupaten vs Kota takes the reading the article states elsewhere', () => {
    const ms = mentionsOf('KPU Kota Bekasi menetapkan DPT. Warga Bekasi antre di TPS sejak pagi.');
    expect(ms.map((m) => m.code)).toEqual(['32.75', '32.75']);
  });

  // negatives: names inside other names, ordinary words, person names
  test.each([
    ['Rapat digelar di Jalan Bali nomor 3.'],
    ['Rapat itu diikuti 184 peserta dan 57 Pati Polri.'],
    ['Batu itu dilempar ke arah TPS.'],
    ['Tokoh muda Bima Arya hadir di acara itu.'],
    ['Presiden RI Prabowo Subianto hadir di Gedung Parlemen.'],
    ['Editor Jus - LUWUUTARA.PUBLIKSULSEL.COM'],
  ])('no region: %s', (sentence) => {
    expect(mentionsOf(sentence).filter((m) => m.code)).toEqual([]);
  });

  test('memoized per document', () => {
    const doc = createDoc(testArticle('KPU Provinsi Lampung menggelar rapat.'));
    expect(findRegionMentions(doc)).toBe(findRegionMentions(doc));
  });

  test('odd input gives no mentions and does not throw', () => {
    for (const t of ['', '(((', 'Provinsi', 'Kabupaten/Kota', '\u0000\uFFFF', 'A'.repeat(5000)]) expect(() => scanRegions(t)).not.toThrow();
  });
});

describe('lookupRegion', () => {
  test.each([
    ['Lampung', undefined, '18'],
    ['Provinsi Lampung', undefined, '18'],
    ['Lmapung', undefined, '18'],
    ['BANDAR LAPUNG', undefined, '18.71'],
    ['Kota Bekasi', undefined, '32.75'],
    ['Bekasi', 'kota', '32.75'],
    ['Bekasi', 'kabupaten', '32.16'],
    ['Kab. Bogor', undefined, '32.01'],
    ['Pagaralam', undefined, '16.72'],
    ['Luwu Utara', undefined, '73.22'],
    ['Jatim', undefined, '35'],
    ['Gorontalo', undefined, '75'],
    ['Gorontalo', 'kota', '75.71'],
  ] as const)('%s (%s)', (name, hint, code) => {
    expect(lookupRegion(name, hint)?.code).toBe(code);
  });

  test.each([['Bekasi'], ['Malang'], ['Erwan Bustami'], [''], ['Ketua']])('null: "%s"', (name) => {
    expect(lookupRegion(name)).toBeNull();
  });
});
