import { createPipeline, extractArticle } from '../src/pipeline.js';
import type { CitationFact } from '../src/types.js';
import { testArticle } from './helpers/shared.js';

const pipeline = createPipeline({ kinds: ['citation'] });
const run = (text: string, published: string | null = '2024-02-20') => extractArticle(testArticle(text, published), pipeline);
const keys = (text: string, published: string | null = '2024-02-20') =>
  run(text, published)
    .facts.filter((f): f is CitationFact => f.kind === 'citation')
    .map((f) => `${f.instrument}|${f.pasal}|${f.ayat}${f.resolved ? ' resolved' : ''}`);

/** [text, expected keys "INSTRUMENT|pasal|ayat" (+ " resolved" when inherited)] */
const rows: Array<[string, string[]]> = [
  [
    'Erwan menegaskan bahwa sesuai dengan Pasal 434 Ayat (1) Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum pemerintah wajib membantu. Masih dalam pasal yang sama di ayat kedua disebutkan bahwa bantuan dapat berupa personel.',
    ['UU 7/2017|434|1', 'UU 7/2017|434|2 resolved'],
  ],
  [
    'Merujuk Undang-Undang Nomor 24 tahun 2009 tentang Bendera, Bahasa, dan Lambang Negara, nama gedung harus berbahasa Indonesia.\nPasal 36 ayat (3) undang-undang itu menyatakan bahwa Bahasa Indonesia wajib digunakan.\nPengecualian berlaku bagi gedung bersejarah. Hal itu diatur dalam pasal 36 ayat (4).',
    ['UU 24/2009|null|null', 'UU 24/2009|36|3 resolved', 'UU 24/2009|36|4 resolved'],
  ],
  ['KPU berpegang pada UU Nomor 7 Tahun 2017. UU tersebut mengatur tahapan pemilu.', ['UU 7/2017|null|null']],
  ['Aturan itu ada di Pasal 280 ayat (1) UU 7/2017. Larangan serupa ada di ayat (2) pasal tersebut.', ['UU 7/2017|280|1', 'UU 7/2017|280|2 resolved']],
  ['Pelanggaran pada Pasal 299 ayat 3 UU No 7 tahun 2017. Selain itu, ia juga melanggar Pasal 280 ayat 1 karena berkampanye di kampus.', ['UU 7/2017|299|3', 'UU 7/2017|280|1 resolved']],
  // short titles: from a definition in the article, or from the lexicon when the date makes it unambiguous
  ['Ia melanggar Pasal 287 ayat (1) Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan (UU LLAJ). Sanksi UU LLAJ berupa denda.', ['UU 22/2009|287|1', 'UU 22/2009|null|null resolved']],
  ['Sesuai Pasal 461 UU Pemilu, sidang harus selesai dalam 14 hari.', ['UU 7/2017|461|null resolved']],
];

describe('citation back-references', () => {
  test.each(rows)('%s', (text, expected) => {
    expect(keys(text).sort()).toEqual([...expected].sort());
  });

  test('a short title is marked as resolved, with its flag', () => {
    const f = run('Sesuai Pasal 461 UU Pemilu, sidang harus selesai.').facts.find((x): x is CitationFact => x.kind === 'citation')!;
    expect(f).toMatchObject({ instrument: 'UU 7/2017', resolved: true, text: 'Pasal 461 UU Pemilu', start: 7 });
    expect(f.flags).toContain('short-title');
  });

  test('"UU Pemilu" before 2018 is ambiguous (the bill, older laws): no citation, a message', () => {
    const r = run('Fraksi itu menolak UU Pemilu yang baru disahkan.', '2017-07-21');
    expect(r.facts.filter((f) => f.kind === 'citation')).toEqual([]);
    expect(r.messages.map((m) => m.code)).toContain('citation/unresolved');
  });

  test('"UU tersebut" after two laws in one sentence is not guessed', () => {
    expect(keys('Hal itu diatur UU Nomor 1 Tahun 2015 dan UU Nomor 10 Tahun 2016. UU tersebut mengatur pilkada.').sort()).toEqual(['UU 1/2015|null|null', 'UU 10/2016|null|null']);
  });

  test('a pinpoint against the one before ("bertentangan dengan Pasal 22E") does not borrow its law', () => {
    expect(keys('MK menyatakan Pasal 167 ayat (3) UU Nomor 7 Tahun 2017 bertentangan dengan Pasal 22E ayat (2) mengenai pemilu.')).toEqual(['UU 7/2017|167|3']);
  });
});
