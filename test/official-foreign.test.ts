/**
 * Other countries' offices. An office followed by another country or a foreign city ("Presiden
 * Amerika Serikat", "Wali Kota London") is an official with no institution and no region (check
 * sets 5, 6 and 10 list such officeholders); a foreign place never opens a name; and in an article
 * set abroad (src/extract/foreign.ts) the officeholders named with their title stay officials
 * (check sets 1, 10, 16, 18 and 19 list them; set 4 alone leaves them out). Sentences written in
 * the style of election news. */
import { createPipeline, extractArticle } from '../src/pipeline.js';
import type { OfficialFact } from '../src/types.js';
import { isForeignDoc } from '../src/extract/foreign.js';
import { createDoc } from '../src/doc.js';
import { testArticle } from './helpers/shared.js';

const pipeline = createPipeline({ kinds: ['institution', 'official'] });
const officials = (text: string) => extractArticle(testArticle(text), pipeline).facts.filter((f): f is OfficialFact => f.kind === 'official');

/** sentence, then the officials expected as [text, name] (none: []) */
type Row = [sentence: string, expected: [text: string, name: string][]];

const check = (sentence: string, expected: [string, string][]) => {
  const fs = officials(sentence);
  expect(fs.map((f) => [f.text, f.name])).toEqual(expected);
  for (const f of fs) expect(f.start).toBe(sentence.indexOf(f.text));
};

describe('an office followed by another country or a foreign city is that country\'s, with no institution or region', () => {
  test.each<Row>([
    ['Wali Kota London Sadiq Khan kembali memenangi pemilihan, kata KPU mengutip media setempat.', [['Wali Kota London Sadiq Khan', 'Sadiq Khan']]],
    ['Presiden Joko Widodo bertemu Presiden Amerika Serikat Barack Obama di Istana Bogor.', [['Presiden Joko Widodo', 'Joko Widodo'], ['Presiden Amerika Serikat Barack Obama', 'Barack Obama']]],
    ['Perdana Menteri Inggris Rishi Sunak menelepon Ketua KPU Hasyim Asy\'ari soal pemilu.', [['Perdana Menteri Inggris Rishi Sunak', 'Rishi Sunak'], ["Ketua KPU Hasyim Asy'ari", "Hasyim Asy'ari"]]],
    ['Menteri Luar Negeri Jepang Yoko Kamikawa hadir bersama Ketua Bawaslu Rahmat Bagja.', [['Menteri Luar Negeri Jepang Yoko Kamikawa', 'Yoko Kamikawa'], ['Ketua Bawaslu Rahmat Bagja', 'Rahmat Bagja']]],
    ['Presiden Perancis Emmanuel Macron tiba di Jakarta.', [['Presiden Perancis Emmanuel Macron', 'Emmanuel Macron']]],
  ])('%s', check);

  test('the office takes no institution or region, not even from the context', () => {
    const [f] = officials('KPU menggelar rapat. Menteri Luar Negeri Jepang Yoko Kamikawa hadir di Jakarta.');
    expect([f.name, f.position, f.institution, f.region]).toEqual(['Yoko Kamikawa', 'Menteri Luar Negeri', null, null]);
  });

  test('the evidence names the country', () => {
    const [, f] = officials('Presiden Joko Widodo bertemu Presiden Amerika Serikat Barack Obama di Istana Bogor.');
    expect(f.evidence.lexicon).toContain('office-country:amerika-serikat');
  });

  // an institution of the vocabulary at the word is not the country: PBB is also a party
  test.each<Row>([['Ketua Umum PBB, Yusril Ihza Mahendra menegaskan partainya siap ikut Pemilu 2019.', [['Ketua Umum PBB, Yusril Ihza Mahendra', 'Yusril Ihza Mahendra']]]])('%s', check);
});

describe('Indonesian offices abroad stay officials', () => {
  test.each<Row>([
    ['Duta Besar RI untuk Inggris Desra Percaya membuka pemungutan suara di London.', [['Duta Besar RI untuk Inggris Desra Percaya', 'Desra Percaya']]],
    ['Kepala KBRI Tokyo Heri Akhmadi menerima Ketua PPLN Tokyo.', [['Kepala KBRI Tokyo Heri Akhmadi', 'Heri Akhmadi']]],
  ])('%s', check);
});

describe('in an article set abroad the officeholders named with their title stay officials', () => {
  test.each<Row>([
    ['Presiden Obama berpidato di Washington. Obama lalu terbang ke Inggris dan Prancis. Presiden Obama menyebut hasilnya baik.', [['Presiden Obama', 'Obama']]],
    ['Presiden Putin menang lagi di Rusia. Rusia menolak pengamat dari Amerika Serikat. Presiden Putin berterima kasih.', [['Presiden Putin', 'Putin']]],
    ['Amerika Serikat menaikkan tarif. Menteri Keuangan Sri Mulyani Indrawati menilai Amerika Serikat dan China sama-sama rugi.', [['Menteri Keuangan Sri Mulyani Indrawati', 'Sri Mulyani Indrawati']]],
    ['Presiden Trump kalah di Amerika Serikat. Duta Besar RI untuk Amerika Serikat Rosan Roeslani menyebut Amerika Serikat tetap mitra.', [['Presiden Trump', 'Trump'], ['Duta Besar RI untuk Amerika Serikat Rosan Roeslani', 'Rosan Roeslani']]],
  ])('%s', check);

  test('with no institution or region', () => {
    const [f] = officials('Presiden Obama berpidato di Washington. Obama lalu terbang ke Inggris dan Prancis.');
    expect([f.name, f.position, f.institution, f.region]).toEqual(['Obama', 'Presiden', null, null]);
  });
});

describe('the setting of a whole article (shared with the stage rules)', () => {
  test.each<[string, boolean]>([
    ['Presiden Obama berpidato di Washington. Obama lalu terbang ke Inggris dan Prancis.', true],
    // an Indonesian election body anchors the article at home
    ['Ketua KPU Hasyim Asy\'ari bertemu Dubes Inggris dan Dubes Prancis di Jakarta.', false],
    // one foreign place is no foreign setting
    ['Presiden Joko Widodo terbang ke Jepang.', false],
  ])('%s', (text, foreign) => {
    expect(isForeignDoc(createDoc(testArticle(text)))).toBe(foreign);
  });
});
