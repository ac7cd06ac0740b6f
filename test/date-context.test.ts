/**
 * Year context without a publication date: a weekday + year-less day whose year the weekday
 * settled dates the year-less days near it, and a sequence word ("Kemudian, pada 5 September")
 * puts a year-less day after the dated event told before it.
 */
import { createPipeline, extractArticle } from '../src/pipeline.js';
import type { DateFact } from '../src/types.js';
import { testArticle } from './helpers/shared.js';

const pipeline = createPipeline({ kinds: ['date'] });
const dates = (text: string, published: string | null): DateFact[] =>
  extractArticle(testArticle(text, published), pipeline).facts.filter((f): f is DateFact => f.kind === 'date');
const one = (text: string, published: string | null, surface: string): DateFact => {
  const f = dates(text, published).find((x) => x.mentions.some((m) => m.text === surface));
  if (!f) throw new Error(`no fact "${surface}" in: ${JSON.stringify(dates(text, published).map((x) => x.text))}`);
  return f;
};
// pushes the weekday-dated sentence away from the stated year
const FILLER = ' Para peserta rapat mendengarkan paparan dari tim teknis tentang data pemilih yang belum masuk daftar dan cara memperbaikinya di tiap kecamatan.';

describe('a weekday-dated day as year context (no publication date)', () => {
  test.each([
    // [sentence, surface, start, value]
    [`Data DP4 diserahkan pada 15 Desember 2017 lalu.${FILLER} Ketua KPU berbicara di Jakarta, Kamis (18/10). Ia menyebut pada 5 September KPU menetapkan DPT.`, '5 September', 'Data DP4 diserahkan pada 15 Desember 2017 lalu.'.length + FILLER.length + ' Ketua KPU berbicara di Jakarta, Kamis (18/10). Ia menyebut pada '.length, '2018-09-05'],
    [`Anggaran pilkada disahkan pada 2 Januari 2014.${FILLER} Bupati melantik panitia, Sabtu (14/3). Pada 20 April panitia mulai bekerja.`, '20 April', 'Anggaran pilkada disahkan pada 2 Januari 2014.'.length + FILLER.length + ' Bupati melantik panitia, Sabtu (14/3). Pada '.length, '2015-04-20'],
    // the weekday-dated day itself still takes the year nearest its stated context
    [`Data DP4 diserahkan pada 15 Desember 2017 lalu.${FILLER} Ketua KPU berbicara di Jakarta, Kamis (18/10). Ia menyebut pada 5 September KPU menetapkan DPT.`, 'Kamis (18/10)', 'Data DP4 diserahkan pada 15 Desember 2017 lalu.'.length + FILLER.length + ' Ketua KPU berbicara di Jakarta, '.length, '2018-10-18'],
  ])('%s [%s]', (sentence, surface, start, value) => {
    const f = one(sentence, null, surface);
    expect({ text: f.text, start: f.start, value: f.value, implied: f.evidence.implied }).toEqual({ text: surface, start, value, implied: ['year'] });
  });

  test('a weekday that forces a year far from the stated ones dates nothing else', () => {
    // "Senin (16/5)" is a Monday only in 2022 near 2025: likely a typo for "(16/6)"
    const text = `Helikopter jatuh di Uttarakhand, Minggu (15/6/2025).${FILLER} Polisi menyebut pada Senin (16/5) tim SAR menemukan puing. Ziarah dimulai pada 30 April.`;
    const f = one(text, null, '30 April');
    expect({ start: f.start, value: f.value }).toEqual({ start: text.indexOf('30 April'), value: '2025-04-30' });
  });

  test('with a publication date the publication year still wins', () => {
    const text = `Data DP4 diserahkan pada 15 Desember 2017 lalu.${FILLER} Ketua KPU berbicara di Jakarta, Kamis (18/10). Ia menyebut pada 5 September KPU menetapkan DPT.`;
    expect(one(text, '2018-10-19', '5 September').value).toBe('2018-09-05');
  });
});

describe('the years of cited links as the last context (no publication date, no year in the text)', () => {
  // TurnBackHoax, news-12k (tbh2021:321): the only years are in the reference links
  const text = 'Ia menyampaikan itu di Kantor KPU, Jakarta, Sabtu (20/4). REFERENSI :https://www.jawapos.com/nasional/politik/20/04/2019/kakak-kandungnya-jadi-caleg https://news.okezone.com/read/2019/04/22/605/2046649/ini-penjelasan-kpu';

  test('a weekday-dated day takes the year of the links where the weekday fits', () => {
    const f = one(text, null, 'Sabtu (20/4)');
    expect({ start: f.start, value: f.value, implied: f.evidence.implied }).toEqual({ start: text.indexOf('Sabtu (20/4)'), value: '2019-04-20', implied: ['year'] });
  });

  test('a year written in the text wins over the links', () => {
    expect(one(`${text} Pemilu 2024 berjalan lancar.`, null, 'Sabtu (20/4)').value).toBe('2024-04-20');
  });
});

describe('a sequence word after a dated event (no publication date)', () => {
  test.each([
    // [sentence, surface, value, moved]
    ['Daftar itu diserahkan pada 15 Desember 2017 lalu. Kemudian, pada tanggal 5 September KPU menetapkannya sebagai DPT.', '5 September', '2018-09-05', true],
    ['Berkas diterima panitia pada 20 November 2019. Selanjutnya pada 10 Januari panitia mengumumkan hasilnya.', '10 Januari', '2020-01-10', true],
    ['Gugatan didaftarkan pada 28 Oktober 2020. Setelah itu, pada 4 Februari majelis membacakan putusan.', '4 Februari', '2021-02-04', true],
    // already after the event: nothing to move
    ['Daftar itu diserahkan pada 15 Maret 2017. Kemudian, pada tanggal 5 September KPU menetapkannya.', '5 September', '2017-09-05', false],
    // no sequence word: the nearest dated context
    ['Daftar itu diserahkan pada 15 Desember 2017 lalu. Pada tanggal 5 September KPU menetapkannya sebagai DPT.', '5 September', '2017-09-05', false],
    // the sequence word is in another sentence, far from the day
    ['Data diserahkan pada 15 Desember 2017. Kemudian KPU menyisir data itu di semua kabupaten dan kota. Pada 5 September KPU menetapkannya.', '5 September', '2017-09-05', false],
  ])('%s', (sentence, surface, value, moved) => {
    const f = one(sentence, null, surface);
    expect({ text: f.text, start: f.start, value: f.value, moved: f.evidence.lexicon.includes('sequence') }).toEqual({ text: surface, start: sentence.indexOf(surface), value, moved });
  });

  test('with a publication date the sequence word changes nothing', () => {
    const text = 'Daftar itu diserahkan pada 15 Desember 2017 lalu. Kemudian, pada tanggal 5 September KPU menetapkannya.';
    expect(one(text, '2018-02-01', '5 September').value).toBe('2017-09-05');
  });
});
