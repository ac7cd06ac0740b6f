/**
 * isForeignDoc tries its three patterns only where the shared word scan finds the leading word of
 * one of their aliases: it must say what the plain check (each pattern run over the whole text,
 * as before) says, on every real article.
 */
import { createDoc } from '../src/doc.js';
import { isForeignDoc } from '../src/extract/foreign.js';
import { wordAnchors } from '../src/extract/word-anchors.js';
import { ANY_FOREIGN, COUNTRY_AFTER, DOMESTIC_WEAK_WORDS, DOMESTIC_WORDS } from '../src/extract/stage/lexicon.js';
import { realArticles } from './stage-perf-helper.js';
import { describeShared, testArticle, benchTexts } from './helpers/shared.js';

/** The check as it was: global exec loops over the whole text. */
function plainForeignDoc(text: string): boolean {
  const count = (re: RegExp, stopAt = Infinity): number => {
    const g = new RegExp(re.source, re.flags);
    let n = 0;
    for (let m = g.exec(text); m && n < stopAt; m = g.exec(text)) {
      COUNTRY_AFTER.lastIndex = m.index + m[0].length;
      if (!COUNTRY_AFTER.test(text)) n++;
    }
    return n;
  };
  if (count(DOMESTIC_WORDS, 1) > 0) return false;
  const foreign = new RegExp(ANY_FOREIGN.source, ANY_FOREIGN.flags);
  let n = 0;
  for (let m = foreign.exec(text); m; m = foreign.exec(text)) n++;
  return n >= 2 && n > count(DOMESTIC_WEAK_WORDS);
}

const gated = (text: string): boolean => isForeignDoc(createDoc(testArticle(text)));

describe('isForeignDoc: gated = plain', () => {
  test.each([
    // [text, set abroad]
    ['Jaksa Agung Bolivia menuduh Morales. Tim kampanyenya di Bolivia membantah.', true],
    ['Wali Kota London memenangi pemilu Inggris; warga London memilih lagi.', true],
    ['DPR AS mengesahkan anggaran; Presiden Trump menolak, kata pejabat AS.', true], // "DPR AS" is not Indonesian
    ['KPU menetapkan jadwal; Trump dan Biden bersaing di Amerika Serikat.', false], // an Indonesian body
    ['Jakarta, CNN Indonesia -- Trump berkampanye di Jakarta. Indonesia menonton.', false], // weak words as often
    ['Trump berkampanye.', false], // one mention only
    ['Pilpres AS: Trump-Biden, Amerika-Serikat, TRUMP, trump.', true],
    ['', false],
  ])('%s', (text, abroad) => {
    expect(plainForeignDoc(text)).toBe(abroad);
    expect(gated(text)).toBe(abroad);
  });
});

test('isForeignDoc: gated = plain on the corpus and the dev gold sets', async () => {
  const articles = await realArticles(() => false, 0);
  const differ = articles.filter((a) => gated(a.text) !== plainForeignDoc(a.text)).map((a) => a.id);
  expect(differ).toEqual([]);
});

describeShared('isForeignDoc on news-12k: gated = plain', () => {
  const texts = benchTexts().filter((_, i) => i % 4 === 0);
  test(`${texts.length} articles`, () => {
    const abroad = texts.filter(plainForeignDoc);
    const differ = texts.filter((t) => gated(t) !== plainForeignDoc(t)).map((t) => t.slice(0, 80));
    expect(differ).toEqual([]);
    expect(abroad.length).toBeGreaterThan(10); // the sample holds articles set abroad
  });
});

describe('word anchors in a group of their own', () => {
  test('are found apart from the shared ones, in the document and in a text', () => {
    const shared = wordAnchors({ word: ['pemilu'] });
    const own = wordAnchors({ word: ['pemilu', 'bolivia'], group: 'foreign-perf-test' });
    const text = 'Pemilu Bolivia: pemilu ulang.';
    const doc = createDoc(testArticle(text));
    expect(shared.in(doc)).toEqual([0, 16]);
    expect(own.in(doc)).toEqual([0, 7, 16]);
    expect(own.inText(text)).toEqual([0, 7, 16]);
    expect(own.tagged(doc)).toEqual({ starts: [0, 7, 16], tags: [0, 1, 0] });
    expect(doc.memo('word-anchors/foreign-perf-test', () => null)).not.toBeNull();
  });
});
