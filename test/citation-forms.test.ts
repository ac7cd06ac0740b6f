import { createPipeline, extractArticle } from '../src/pipeline.js';
import type { CitationFact } from '../src/types.js';
import { testArticle } from './helpers/shared.js';

const pipeline = createPipeline({ kinds: ['citation'] });
const citations = (text: string, published: string | null = '2024-02-20') =>
  extractArticle(testArticle(text, published), pipeline).facts.filter((f): f is CitationFact => f.kind === 'citation');

/** [sentence, expected citations: text, instrument, pasal, ayat, huruf] */
type Row = [string, Array<[string, string, string | null, string | null, (string | null)?]>];

// one row per surface form of the issue; sentences written in the style of real news
const rows: Row[] = [
  // numbered instruments
  ['Kegiatan itu sesuai dengan UU No 10 Tahun 2016 dan UU No 7 Tahun 2017.', [['UU No 10 Tahun 2016', 'UU 10/2016', null, null], ['UU No 7 Tahun 2017', 'UU 7/2017', null, null]]],
  ['Pelaksanaannya selaras dengan Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum.', [['Undang-Undang Nomor 7 Tahun 2017', 'UU 7/2017', null, null]]],
  ['Menurut UU Pemilu No. 7 / 2017 tentang Pemilihan Umum, partai harus lolos ambang batas.', [['UU Pemilu No. 7 / 2017', 'UU 7/2017', null, null]]],
  ['Jadwal itu diatur dalam UU 7/2017 dan PKPU 3/2022.', [['UU 7/2017', 'UU 7/2017', null, null], ['PKPU 3/2022', 'PKPU 3/2022', null, null]]],
  ['Ia dijerat Undang - undang nomor 20 tahun 2001 tentang Pemberantasan Tindak Pidana Korupsi.', [['Undang - undang nomor 20 tahun 2001', 'UU 20/2001', null, null]]],
  ['Agnez terjerat kasus Undang-Undang (UU) Nomor 28 Tahun 2014 tentang Hak Cipta.', [['Undang-Undang (UU) Nomor 28 Tahun 2014', 'UU 28/2014', null, null]]],
  ['Remisi diatur dalam Undang-Undang Republik Indonesia Nomor 12 Tahun 1995 tentang Pemasyarakatan.', [['Undang-Undang Republik Indonesia Nomor 12 Tahun 1995', 'UU 12/1995', null, null]]],
  ['Gaji hakim diatur dalam Peraturan Pemerintah (PP) nomor 44 tahun 2024 tentang Perubahan Ketiga.', [['Peraturan Pemerintah (PP) nomor 44 tahun 2024', 'PP 44/2024', null, null]]],
  ['Presiden menerbitkan Perppu Nomor 1 Tahun 2022 tentang Perubahan atas Undang-Undang Pemilu.', [['Perppu Nomor 1 Tahun 2022', 'PERPPU 1/2022', null, null]]],
  ['Tahapan dimulai seiring terbentuknya Peraturan KPU Nomor 1 Tahun 2017 tentang Tahapan Pilkada 2018.', [['Peraturan KPU Nomor 1 Tahun 2017', 'PKPU 1/2017', null, null]]],
  ['Penanganan pelanggaran mengacu pada Perbawaslu Nomor 7 Tahun 2022.', [['Perbawaslu Nomor 7 Tahun 2022', 'PERBAWASLU 7/2022', null, null]]],
  ['Aturan itu tertuang dalam Peraturan Presiden Nomor 12 Tahun 2021.', [['Peraturan Presiden Nomor 12 Tahun 2021', 'PERPRES 12/2021', null, null]]],
  ['Mobil itu terdaftar di Lampiran Peraturan Menteri Dalam Negeri Nomor 7 Tahun 2025 tentang Pajak.', [['Peraturan Menteri Dalam Negeri Nomor 7 Tahun 2025', 'PERMENDAGRI 7/2025', null, null]]],
  ['Pelaku terancam pasal 114 ayat (2) UU No 35 Taun 2009 dengan ancaman kurungan.', [['pasal 114 ayat (2) UU No 35 Taun 2009', 'UU 35/2009', '114', '2']]],
  // the constitution and the codes
  ['Pemilu dan Pilkada serentak ini selaras dengan UUD Tahun 1945 dan aturan lain.', [['UUD Tahun 1945', 'UUD 1945', null, null]]],
  ['Pemilu diatur dalam Pasal 22E ayat (1) UUD NRI Tahun 1945.', [['Pasal 22E ayat (1) UUD NRI Tahun 1945', 'UUD 1945', '22E', '1']]],
  ['Mereka diancam dengan Pasal 365 ayat (3) KUHP atas perbuatannya.', [['Pasal 365 ayat (3) KUHP', 'KUHP', '365', '3']]],
  ['Batas penahanan diatur Pasal 24 Kitab Undang-undang Hukum (KUHAP) selama 20 hari.', [['Pasal 24 Kitab Undang-undang Hukum (KUHAP)', 'KUHAP', '24', null]]],
  ['Masa jabatan presiden ditegaskan dalam Pasal 7 UUD. Hal itu berbeda.', [['Pasal 7 UUD', 'UUD 1945', '7', null]]],
  // court decisions
  ['Sudah lewat satu bulan putusan MK Nomor 135/PUU-XII/2024 dibacakan.', [['putusan MK Nomor 135/PUU-XII/2024', 'PUTUSAN-MK 135/PUU-XII/2024', null, null]]],
  ['Hal ini ditandaskan dalam putusan MK 55/PUUXVII/2019 tentang keserentakan.', [['putusan MK 55/PUUXVII/2019', 'PUTUSAN-MK 55/PUU-XVII/2019', null, null]]],
  ['Syarat usia diubah lewat Putusan MK Nomor 90/PUU-XXI/2023.', [['Putusan MK Nomor 90/PUU-XXI/2023', 'PUTUSAN-MK 90/PUU-XXI/2023', null, null]]],
  // pinpoints: lists, links, ranges, huruf, before and after the instrument
  [
    'Pelaku dikenakan Pasal 81 ayat 2 Junto Pasal 76d dan atau Pasal 82 ayat 1 Junto Pasal 76e Undang-Undang Nomor 23 Tahun 2002.',
    [
      ['Pasal 81 ayat 2', 'UU 23/2002', '81', '2'],
      ['Pasal 76d', 'UU 23/2002', '76D', null],
      ['Pasal 82 ayat 1', 'UU 23/2002', '82', '1'],
      ['Pasal 76e Undang-Undang Nomor 23 Tahun 2002', 'UU 23/2002', '76E', null],
    ],
  ],
  ['Penyedia jasa dapat dikenakan Pasal 30 jo Pasal 4 ayat (2) UU RI Nomor 44 Tahun 2008.', [['Pasal 30', 'UU 44/2008', '30', null], ['Pasal 4 ayat (2) UU RI Nomor 44 Tahun 2008', 'UU 44/2008', '4', '2']]],
  [
    'Pelaku dijerat pasal 114 ayat (2) juncto 13 ayat (1) subsider pasal 112 ayat (2) UU No 35 Tahun 2009.',
    [
      ['pasal 114 ayat (2)', 'UU 35/2009', '114', '2'],
      ['13 ayat (1)', 'UU 35/2009', '13', '1'],
      ['pasal 112 ayat (2) UU No 35 Tahun 2009', 'UU 35/2009', '112', '2'],
    ],
  ],
  ['Ia dijerat Pasal 114 ayat (1) UU No 35 Tahun 2009 tentang Narkotika juncto Pasal 55 ayat (1) ke-1 KUHP.', [['Pasal 114 ayat (1) UU No 35 Tahun 2009', 'UU 35/2009', '114', '1'], ['Pasal 55 ayat (1) ke-1 KUHP', 'KUHP', '55', '1']]],
  [
    'Pelaku diancam Pasal 263 dan/atau Pasal 378 KUHP dan/atau Pasal 51 Undang-undang Nomor 19 Tahun 2016.',
    [
      ['Pasal 263', 'KUHP', '263', null],
      ['Pasal 378 KUHP', 'KUHP', '378', null],
      ['Pasal 51 Undang-undang Nomor 19 Tahun 2016', 'UU 19/2016', '51', null],
    ],
  ],
  ['Tim kampanye dilarang melanggar Pasal 280 ayat 1 huruf c Undang-undang Nomor 7 tahun 2017.', [['Pasal 280 ayat 1 huruf c Undang-undang Nomor 7 tahun 2017', 'UU 7/2017', '280', '1', 'c']]],
  ['Gugatan menyasar UU Pilkada No.8/2015 pasal 57 ayat 3 huruf a tentang syarat pemilih.', [['pasal 57 ayat 3 huruf a', 'UU 8/2015', '57', '3', 'a']]],
  // a list of huruf pins no one of them, and the instrument after it still binds (real sentences)
  [
    'Tindakan tersebut merupakan pelanggaran terhadap Undang-Undang Nomor 21 Tahun 2019 tentang Karantina Hewan, Ikan, dan Tumbuhan, terutama pada Pasal 88 juncto Pasal 35 huruf (a) dan (c).',
    [
      ['Pasal 88', 'UU 21/2019', '88', null],
      ['Pasal 35 huruf (a) dan (c)', 'UU 21/2019', '35', null, null],
    ],
  ],
  [
    'DKPP menilai Adi terbukti melanggar ketentuan Pasal 6 ayat (2) huruf a, b, dan d, Pasal 6 ayat (3) huruf a, c, dan f, Pasal 8 huruf a, d, dan l, Pasal 10 huruf a, Pasal 15 huruf a, d, dan g, dan Pasal 16 huruf e Peraturan DKPP Nomor 2 Tahun 2017 tentang Kode Etik dan Pedoman Perilaku Penyelenggara Pemilu.',
    [
      ['Pasal 6 ayat (2) huruf a, b, dan d', 'PERATURAN-DKPP 2/2017', '6', '2', null],
      ['Pasal 6 ayat (3) huruf a, c, dan f', 'PERATURAN-DKPP 2/2017', '6', '3', null],
      ['Pasal 8 huruf a, d, dan l', 'PERATURAN-DKPP 2/2017', '8', null, null],
      ['Pasal 10 huruf a', 'PERATURAN-DKPP 2/2017', '10', null, 'a'],
      ['Pasal 15 huruf a, d, dan g', 'PERATURAN-DKPP 2/2017', '15', null, null],
      ['Pasal 16 huruf e Peraturan DKPP Nomor 2 Tahun 2017', 'PERATURAN-DKPP 2/2017', '16', null, 'e'],
    ],
  ],
  ['Hal itu sesuai Undang-Undang nomor 12 tahun 2012 pada penjelasan Pasal 8 ayat 1 tentang kampus.', [['Pasal 8 ayat 1', 'UU 12/2012', '8', '1']]],
  ['Ketentuan Pasal 1, 2 dan 3 UU Nomor 8 Tahun 2010 dilanggar.', [['Pasal 1', 'UU 8/2010', '1', null], ['2', 'UU 8/2010', '2', null], ['3 UU Nomor 8 Tahun 2010', 'UU 8/2010', '3', null]]],
  ['Sengketa diatur dalam Pasal 474-475 UU 7/2017.', [['Pasal 474', 'UU 7/2017', '474', null], ['475 UU 7/2017', 'UU 7/2017', '475', null]]],
  ['Pasal 5 ayat (1) dan (2) UU 7/2017 mengatur hak penyandang disabilitas.', [['Pasal 5 ayat (1) dan (2)', 'UU 7/2017', '5', '1'], ['Pasal 5 ayat (1) dan (2) UU 7/2017', 'UU 7/2017', '5', '2']]],
  // titles hold other citations
  [
    'Ia dijerat Undang-Undang Nomor 17 Tahun 2016 Tentang Penetapan Perpu Nomor 1 Tahun 2016 Tentang Perubahan kedua Atas Undang-Undang Nomor 23 Tahun 2002 Tentang Perlindungan Anak.',
    [
      ['Undang-Undang Nomor 17 Tahun 2016', 'UU 17/2016', null, null],
      ['Perpu Nomor 1 Tahun 2016', 'PERPPU 1/2016', null, null],
      ['Undang-Undang Nomor 23 Tahun 2002', 'UU 23/2002', null, null],
    ],
  ],
  // the instrument before the pinpoint, with a word in between (one citation, as "UU ... pada penjelasan Pasal 8")
  ['Tindakan itu melanggar Undang-Undang Nomor 21 Tahun 2019 tentang Karantina Hewan, Ikan, dan Tumbuhan, terutama pada Pasal 88.', [['Pasal 88', 'UU 21/2019', '88', null]]],
  ['Hal itu tercantum dalam PP Nomor 18 Tahun 2017 tepatnya pada pasal 30 soal tunjangan.', [['pasal 30', 'PP 18/2017', '30', null]]],
  // scraped text: a link glued to "Pasal", "Ke-1" capitalized, "Tahun" dropped after "Nomor"
  ['Hakim menyatakan terdakwa bersalah melanggar Pasal 15 UU TipikorjunctoPasal 55 ayat (1) Ke-1 KUHP.', [['Pasal 55 ayat (1) Ke-1 KUHP', 'KUHP', '55', '1']]],
  ['Ia dijerat Undang-Undang nomor 20 tahun 2001 tentang Pemberantasan Tindak Pidana KorupsijunctoPasal 55 Ayat 1 ke-1 KUHP.', [['Undang-Undang nomor 20 tahun 2001', 'UU 20/2001', null, null], ['Pasal 55 Ayat 1 ke-1 KUHP', 'KUHP', '55', '1']]],
  ['Aturan itu diubah dengan Undang-Undang Nomor 20 2001 tentang Pemberantasan Korupsi.', [['Undang-Undang Nomor 20 2001', 'UU 20/2001', null, null]]],
  ['Negara ini berdasarkan Pancasila dan UUD \' 45, kata dia.', [["UUD ' 45", 'UUD 1945', null, null]]],
  // a bill's subject law is cited, the bill is not
  ['Perubahan ini tertuang dalam RUU Perubahan Ketiga atas UU Nomor 8 Tahun 2019 tentang Haji.', [['UU Nomor 8 Tahun 2019', 'UU 8/2019', null, null]]],
];

describe('citation forms', () => {
  test.each(rows)('%s', (sentence, expected) => {
    const got = citations(sentence)
      .flatMap((f) => f.mentions.map((m) => ({ ...f, text: m.text, start: m.start })))
      .map((f) => [f.text, f.start, f.instrument, f.pasal, f.ayat, f.huruf]);
    const want = expected.map(([text, instrument, pasal, ayat, huruf]) => [text, sentence.indexOf(text), instrument, pasal, ayat, huruf ?? null]);
    expect(got).toEqual(expect.arrayContaining(want));
    // no other instrument than the expected ones
    expect(new Set(got.map((g) => `${g[2]}|${g[3]}|${g[4]}`))).toEqual(new Set(want.map((w) => `${w[2]}|${w[3]}|${w[4]}`)));
  });

  test('the "tentang" title is kept', () => {
    const [f] = citations('Hal itu diatur dalam Undang-Undang Nomor 24 Tahun 2009 tentang Bendera, Bahasa, dan Lambang Negara, serta Lagu Kebangsaan, yang berlaku.');
    expect(f.title).toBe('Bendera, Bahasa, dan Lambang Negara, serta Lagu Kebangsaan');
  });
});
