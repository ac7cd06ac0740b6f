/**
 * Round 2 of the official fast paths give what the eager ones gave: a sentence view's region
 * spans, made only when first read, are the spans of the article's region mentions over its
 * tokens, and a view never read for regions leaves the article's region scan undone; tokens made
 * with their lower case are the tokens with their lower case added.
 */
import { createDoc, type Doc } from '../src/doc.js';
import { findRegionMentions, type RegionMention } from '../src/lexicon/regions.js';
import { regionAt, sentenceView, type SentenceView } from '../src/extract/official/context.js';
import { tokenize, tokenizeLower } from '../src/text/tokenize.js';
import { describeShared, testArticle, benchTexts } from './helpers/shared.js';

const docOf = (text: string): Doc => createDoc(testArticle(text));
const prose = (doc: Doc) => doc.sentences.filter((s) => !s.boilerplate);

// the span of token k as the eager view made it: the first mention (by start) inside the
// sentence that covers the token, with the tokens it covers
function eagerRegion(v: SentenceView, mentions: RegionMention[], k: number): { mention: RegionMention; from: number; to: number } | null {
  const s = v.sentence;
  const t = v.toks[k];
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.start < s.start || m.end > s.end || !(m.start <= t.start && t.end <= m.end)) continue;
    const from = v.toks.findIndex((x) => x.start >= m.start);
    let to = from;
    while (to < v.toks.length && v.toks[to].end <= m.end) to++;
    return { mention: m, from, to };
  }
  return null;
}

function expectEagerRegions(doc: Doc): void {
  const views = prose(doc).map((s) => sentenceView(doc, s));
  const mentions = findRegionMentions(doc);
  for (const v of views) {
    v.toks.forEach((_, k) => {
      const want = eagerRegion(v, mentions, k);
      const got = regionAt(v, k) ?? null;
      expect(got === null ? null : { mention: got.mention, from: got.from, to: got.to }).toEqual(want);
      if (got) expect(got.prefixed).toBe(/^(?:prov|kab|kota)/i.test(got.mention.text));
    });
  }
}

describe('sentence views read the region mentions on demand', () => {
  const SENTENCES = [
    'Ketua KPU Provinsi Lampung, Erwan Bustami, membuka rapat di Bandar Lampung.',
    'Bupati Lampung Selatan Nanang Ermanto hadir. Wakil Gubernur Jawa Barat Deddy Mizwar juga.',
    'Pj Walikota Pagar Alam H. Lusapta Yudha Kurnia meninjau Kabupaten Luwu Utara (Lutra). Warga Lutra menyambut.',
    'Camat Tanjung Karang Pusat, Yudhi Hermawan, dan Kapolsek Kuta Kompol Agus Riwayanto.',
    'Pertandingan itu berakhir imbang tanpa gol di stadion.',
  ];
  test.each(SENTENCES)('%s', (text) => expectEagerRegions(docOf(text)));

  test('a view that no one asks for regions leaves the article unscanned', () => {
    const doc = docOf('Ketua KPU Provinsi Lampung, Erwan Bustami, membuka rapat. Harga cabai naik di Bandar Lampung.');
    const v = sentenceView(doc, prose(doc)[1]);
    expect(v.toks.length).toBeGreaterThan(0);
    expect(v.region).toBeNull();
    // the memo answers with the probe's value only when the region scan has not been made
    expect(doc.memo('regions', () => 'not scanned')).toBe('not scanned');
  });

  test('the spans are made once and kept', () => {
    const doc = docOf('Gubernur Lampung Arinal Djunaidi di Kota Bandar Lampung.');
    const v = sentenceView(doc, prose(doc)[0]);
    expect(v.region).toBeNull();
    // a token where no mention can lie is answered without the scan ("Gubernur")
    expect(regionAt(v, 0)).toBeNull();
    expect(v.region).toBeNull();
    expect(regionAt(v, 1)?.mention.text).toBe('Lampung');
    const spans = v.region;
    expect(spans?.some((r) => r !== null)).toBe(true);
    regionAt(v, 1);
    expect(v.region).toBe(spans);
    // past the last token: undefined, as an array read gives (a name may not run there)
    expect(regionAt(v, v.toks.length)).toBeUndefined();
  });
});

describeShared('region spans on real news', () => {
  const texts = benchTexts().slice(0, 120);
  test('the first 120 articles of news-12k', () => {
    for (const text of texts) expectEagerRegions(docOf(text));
  });
});

describe('tokens made with their lower case', () => {
  const withLower = (text: string, from?: number, to?: number) => tokenize(text, from, to).map((t) => ({ ...t, lower: t.text.toLowerCase() }));
  const TEXTS = ['Ketua KPU Provinsi Lampung, Erwan Bustami, S.H.', 'İstanbul \u212aETUA Rp20.000', 'M.Tio Aliansyah (Wakapolda) dll.', '𝐀bc ΣΑΣ x'];
  test.each(TEXTS)('%j', (text) => {
    expect(tokenizeLower(text)).toEqual(withLower(text));
    expect(tokenizeLower(text, 3, text.length - 2)).toEqual(withLower(text, 3, text.length - 2));
  });
});

describeShared('tokens made with their lower case on real news', () => {
  test('the first 300 articles of news-12k', () => {
    const texts = benchTexts().slice(0, 300);
    for (const text of texts) expect(tokenizeLower(text)).toEqual(tokenize(text).map((t) => ({ ...t, lower: t.text.toLowerCase() })));
  });
});
