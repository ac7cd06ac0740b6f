/**
 * Citation rules gated by word anchors (instrument forms, "Pasal" chains, pasal anaphors): the
 * facts and messages are those of running every form at every offset.
 */
import { findMentions } from '../src/extract/citation/mention.js';
import { anchorEverywhere } from '../src/extract/word-anchors.js';
import { anchoredAndEverywhere, realArticles } from './stage-perf-helper.js';
import { testArticle } from './helpers/shared.js';

const SENTENCES = [
  'Pelaku dikenakan Pasal 81 ayat 2 Junto Pasal 76d dan atau Pasal 82 ayat 1 Junto Pasal 76e Undang-Undang Nomor 23 Tahun 2002.',
  'Hal itu diatur dalam UU Nomor 7 Tahun 2017 tentang Pemilihan Umum (UU Pemilu). Pasal 434 Ayat (1) UU Pemilu mengaturnya; masih dalam pasal yang sama di ayat kedua.',
  'Putusan MK Nomor 90/PUU-XXI/2023 dan PutusanNomor 60/PUU-XXII/2024 serta MKNo. 55/PUU-XVII/2019 dibacakan; putusan tersebut final.',
  'UUNomor 10 Tahun 2016, PKPUNo. 3/2022, PerdaNmr 5 Tahun 2020, Perppu 1/2016 dan UU.No 7 tahun 2017 disebut.',
  'Pasal 22E ayat (1) UUD 1945, UUD NRI Tahun 1945, UUD\'45 dan UUDP serta Undang-Undang Dasar 1945.',
  'Ia dijerat Pasal 378 KUHP dan/atau Pasal 35 Juncto Pasal 51 Undang-undang Nomor 19 Tahun 2016 serta KUHPerdata.',
  'UU TipikorjunctoPasal 55 ayat (1) Ke-1 KUHP; Kitab Undang-Undang Hukum Pidana (KUHP) juga.',
  'Menurut pasal 36 ayat (4), hal itu diatur di ayat (4); ayatkedua disebut; Al-Maidah ayat 51.',
  'Peraturan KPU Nomor 1 Tahun 2017 dan Peraturan Komisi Pemilihan Umum Nomor 3 Tahun 2022; PKPU itu berlaku. UU ITE dan UU LLAJ disebut.',
  'Rancangan Undang-Undang Pemilu dan RUU KUHP dibahas; draf PKPU belum.',
]

describe('citation rules: anchored = everywhere', () => {
  test.each(SENTENCES)('%s', (text) => {
    const [anchored, everywhere] = anchoredAndEverywhere(testArticle(text), ['citation']);
    expect(anchored).toEqual(everywhere);
  });

  test.each(SENTENCES)('mentions: %s', (text) => {
    const anchored = findMentions(text);
    anchorEverywhere(true);
    try {
      expect(anchored).toEqual(findMentions(text));
    } finally {
      anchorEverywhere(false);
    }
  });
});

const articles = await realArticles((t) => /pasal|undang|\bUU|putusan|peraturan/i.test(t));

describe('citation rules on real articles: anchored = everywhere', () => {
  test.each(articles.map((a) => [a.id, a] as const))('%s', (_id, article) => {
    const [anchored, everywhere] = anchoredAndEverywhere(article, ['citation']);
    expect(anchored).toEqual(everywhere);
  });
});
