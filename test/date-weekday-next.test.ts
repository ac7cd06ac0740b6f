/**
 * A bare weekday is the most recent such day on or before publication, unless a word before it
 * points ahead ("nanti hari Rabu").
 */
import { createPipeline, extractArticle } from '../src/pipeline.js';
import type { DateFact } from '../src/types.js';
import { testArticle } from './helpers/shared.js';

const pipeline = createPipeline({ kinds: ['date'] });
const dates = (text: string, published: string) =>
  extractArticle(testArticle(text, published), pipeline).facts.filter((f): f is DateFact => f.kind === 'date');

describe('bare weekdays and the words that place them', () => {
  test.each([
    // [sentence, published (a Tuesday), surface, value]
    ['"Iya, nanti hari Rabu di TPS yang sama," kata Presiden.', '2017-04-18', 'Rabu', '2017-04-19'],
    ['Ketua KPU mengatakan rapat pleno nanti pada Jumat akan terbuka.', '2017-04-18', 'Jumat', '2017-04-21'],
    ['Rapat pleno digelar pada Senin di kantor KPU.', '2017-04-18', 'Senin', '2017-04-17'],
    ['Surat itu diterima hari Rabu pekan lalu.', '2017-04-18', 'Rabu', '2017-04-12'],
  ])('%s', (sentence, published, surface, value) => {
    const f = dates(sentence, published).find((x) => x.text.includes(surface));
    expect(f?.value).toBe(value);
  });
});

describe('a voting day still ahead takes the year of the election its sentence names', () => {
  test.each([
    // [sentence, published, surface, value]
    ['Hari pemungutan suara Pilkada 2018 dijadwalkan pada 27 Juni, kata Ketua KPU.', '2017-06-15', '27 Juni', '2018-06-27'],
    ['Pencoblosan Pemilu Serentak 2024 akan digelar 14 Februari.', '2023-05-01', '14 Februari', '2024-02-14'],
    // not a voting day: the year of publication
    ['Pendaftaran bakal calon Pemilu 2024 dibuka 1 Mei.', '2023-04-20', '1 Mei', '2023-05-01'],
    ['Rapat persiapan Pemilu 2024 digelar 5 Juli di kantor KPU.', '2023-07-10', '5 Juli', '2023-07-05'],
  ])('%s', (sentence, published, surface, value) => {
    const f = dates(sentence, published).find((x) => x.text.includes(surface));
    expect(f?.value).toBe(value);
  });
});
