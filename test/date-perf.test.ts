/**
 * The date scan's anchors from digit runs and word anchors: the same dates and messages as the
 * anchor regex over the whole text (every offset an anchor), and texts with "ſ" or "K" (which
 * the word anchors fold and the date regexes do not) still read by that regex.
 */
import { DATE_FORMS } from '../src/extract/date/index.js';
import { compileForms, scanDates } from '../src/extract/date/scan.js';
import { anchoredAndEverywhere, realArticles } from './stage-perf-helper.js';
import { describeShared, testArticle, benchTexts } from './helpers/shared.js';

describe('date scan: anchored = everywhere', () => {
  test.each([
    'Rabu (14/2/2024) pemungutan suara digelar, hasilnya diumumkan 20 Maret 2024 pukul 10.00 WIB.',
    "Pada Jum'at lalu dan Jum’at (16/2) serta Senin, 12 Februari hingga Rabu 14 Februari 2024, KPU rapat.",
    'Tahapan dimulai 12 Februari 15 April 2023; H-7 pemungutan suara, tiga hari lalu, kemarin dan hari ini (21 / 7).',
    'Pada 2023-06-20T11:13 dan 20/06/2023 serta 10-11/2/2024, awal Januari 2024 hingga pertengahan Maret.',
    'Nomor 12/12/2023 dan 12345 serta 2024 atau 123 Februari, 5G, 12,5 persen, skor 2-1.',
    'Senin_x dan x2Senin, _12 Februari, Seninſ (13/2) dan \u212a 14 Februari 2024.',
    'Feb 14, 2023 dan 14 Feb. 2024 dan sejak Maret hingga Mei, bulan Mei.',
  ])('%s', (text) => {
    const [anchored, everywhere] = anchoredAndEverywhere(testArticle(text), ['date']);
    expect(anchored).toEqual(everywhere);
    const forms = compileForms(DATE_FORMS);
    expect(scanDates(text, forms)).toEqual(scanDates(text, forms, undefined, null));
  });
});

const articles = await realArticles((t) => /\d/.test(t), 25);

describe('date scan on real articles: anchored = everywhere', () => {
  test.each(articles.map((a) => [a.id, a] as const))('%s', (_id, article) => {
    const [anchored, everywhere] = anchoredAndEverywhere(article, ['date']);
    expect(anchored).toEqual(everywhere);
  });
});

describeShared('date anchors on news-12k: listed = ANCHOR regex', () => {
  const forms = compileForms(DATE_FORMS);
  const texts = benchTexts().slice(0, 3000);
  test(`${texts.length} articles`, () => {
    const differ = texts.filter((t) => JSON.stringify(scanDates(t, forms)) !== JSON.stringify(scanDates(t, forms, undefined, null)));
    expect(differ).toEqual([]);
  });
});
