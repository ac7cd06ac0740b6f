/**
 * `regionStretches`, which lets a sentence view answer "no region here" without scanning the
 * article, is a necessary condition: every mention the article's scan (`findRegionMentions`)
 * finds inside a sentence lies in one of the sentence's stretches; and there are often none
 * (sentences without a gazetteer name, words in parentheses that follow no possible mention).
 */
import { readFileSync } from 'node:fs';
import { createDoc, type Doc } from '../src/doc.js';
import { allRegions, findRegionMentions, regionStretches } from '../src/lexicon/regions.js';
import { regionAt, sentenceView } from '../src/extract/official/context.js';
import { describeShared, sharedPath, testArticle } from './helpers/shared.js';

const docOf = (text: string): Doc => createDoc(testArticle(text));

// [start, end) pairs of a flat list
const pairs = (flat: number[]): [number, number][] => flat.flatMap((a, j) => (j % 2 === 0 ? [[a, flat[j + 1]] as [number, number]] : []));

// every mention inside a sentence lies in one of its stretches; the number of sentences without one
function expectNecessary(doc: Doc): number {
  const mentions = findRegionMentions(doc);
  let none = 0;
  for (const s of doc.sentences) {
    const stretches = pairs(regionStretches(doc, s.start, s.end));
    const outside = mentions.filter((m) => m.start >= s.start && m.end <= s.end && !stretches.some(([a, b]) => a <= m.start && m.end <= b)).map((m) => m.text);
    expect({ sentence: s.text, outside }).toEqual({ sentence: s.text, outside: [] });
    if (stretches.length === 0) none++;
  }
  return none;
}

const hasStretch = (doc: Doc, i: number) => regionStretches(doc, doc.sentences[i].start, doc.sentences[i].end).length > 0;

describe('the region test before the scan', () => {
  const TEXTS = [
    'Ketua KPU Provinsi Lampung, Erwan Bustami, membuka rapat di Bandar Lampung.',
    'Bupati Lampung Selatan Nanang Ermanto hadir. Wakil Gubernur Jawa Barat Deddy Mizwar juga.',
    'Pj Walikota Pagar Alam H. Lusapta Yudha Kurnia meninjau Kabupaten Luwu Utara (Lutra). Warga Lutra menyambut.',
    'Warga Lutra menyambut. Ia meninjau Kabupaten Luwu Utara  ( Lutra ) kemarin.',
    'Kabupaten/Kota se-Provinsi Lampung hadir. Rapat kab. Lmapung Barat dan kota Metro dimulai.',
    'Warga se- Jawa Timur datang. Kota Administrasi Jakarta Pusat menggelar rapat.',
    'Komisi Pemilihan Umum Kota Bandar Lapung. BANDAR LAPUNG. Sumatera Utra dan Kepulauan Riua.',
    'Polres Serang Kota menjaga TPS. Bupati Malang hadir di Bogor Kota.',
    'Camat Tanjung Karang Pusat, Yudhi Hermawan, dan Kapolsek Kuta Kompol Agus Riwayanto.',
    'Komisi Pemilihan Umum (KPU) menetapkan DPT. Ketua KPU Hasyim Asy’ari hadir.',
    'Pertandingan itu berakhir imbang tanpa gol di stadion.',
  ];
  test.each(TEXTS)('%s', (text) => {
    expectNecessary(docOf(text));
  });

  test('no stretch in sentences without a name of the gazetteer', () => {
    const doc = docOf('Komisi Pemilihan Umum (KPU) menetapkan DPT. Ketua KPU Hasyim Asy’ari hadir. Harga cabai naik di Bandar Lampung.');
    expect(doc.sentences.map((_, i) => hasStretch(doc, i))).toEqual([false, false, true]);
  });

  test('a defined abbreviation passes where it is used', () => {
    const doc = docOf('Warga Lutra menyambut. Ia meninjau Kabupaten Luwu Utara (Lutra) kemarin.');
    expect(hasStretch(doc, 0)).toBe(true);
    expect(findRegionMentions(doc).map((m) => m.text)).toContain('Lutra');
  });

  test('every gazetteer name, in capitals, with a hyphen, after an office word and after a prefix', () => {
    for (const r of allRegions()) {
      const n = r.name;
      expectNecessary(docOf(`Warga ${n} datang. KPU ${n.toUpperCase()} menetapkan DPT. Bupati ${n.replace(' ', '-')} hadir. Di kab. ${n}. Lalu se-${r.canonical} (${n.slice(0, 4)}) rapat. Warga ${n.slice(0, 4)} senang.`));
    }
  });
});

describeShared('the region test on real news', () => {
  test('the first 1500 articles of news-12k', () => {
    const texts = readFileSync(sharedPath('bench', 'news-12k.jsonl'), 'utf8')
      .split('\n')
      .slice(0, 1500)
      .map((l) => (JSON.parse(l) as { text: string }).text);
    let none = 0;
    for (const text of texts) none += expectNecessary(docOf(text));
    expect(none).toBeGreaterThan(0);
  });
});

describe('a sentence view asks for the scan only where a mention may lie', () => {
  test('a token outside every stretch is answered without the scan', () => {
    const doc = docOf('Gubernur Lampung Arinal Djunaidi di Kota Bandar Lampung.');
    const v = sentenceView(doc, doc.sentences[0]);
    expect(regionAt(v, 0)).toBeNull();
    expect(v.region).toBeNull();
    // the memo answers with the probe's value only when the region scan has not been made
    expect(doc.memo('regions', () => 'not scanned')).toBe('not scanned');
  });

  test.each([
    'Ketua KPU Provinsi Lampung, Erwan Bustami, membuka rapat di Bandar Lampung.',
    'Pj Walikota Pagar Alam H. Lusapta Yudha Kurnia meninjau Kabupaten Luwu Utara (Lutra). Warga Lutra menyambut.',
    'Warga Lutra menyambut. Bupati Lutra hadir. Ia meninjau Kabupaten Luwu Utara (Lutra) kemarin.',
    'Polres Serang Kota menjaga TPS. Bupati Malang hadir di Bogor Kota.',
  ])('each token asked first, in a fresh article: %s', (text) => {
    const full = docOf(text);
    findRegionMentions(full);
    for (const [i, s] of full.sentences.entries()) {
      const want = sentenceView(full, s).toks.map((_, k) => regionAt(sentenceView(full, s), k)?.mention.text ?? null);
      want.forEach((w, k) => {
        const doc = docOf(text);
        expect(regionAt(sentenceView(doc, doc.sentences[i]), k)?.mention.text ?? null).toBe(w);
      });
    }
  });
});
