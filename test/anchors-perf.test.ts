/**
 * The shared word-anchor pass (src/extract/word-anchors.ts) against a plain reading of the text:
 * whole runs, prefixes and infixes of letters, the starts of digit runs, the word found at each
 * start, and long texts read as two halves side by side.
 */
import { wordAnchors, type WordAnchorSpec } from '../src/extract/word-anchors.js';
import { describeShared, benchTexts } from './helpers/shared.js';

/** The anchors of `spec` in `text` as the module comment defines them, with the first registered word at each start. */
function reference(spec: WordAnchorSpec, text: string): { starts: number[]; tags: number[] } {
  const words = [...new Set(spec.word ?? [])];
  const prefixes = [...new Set(spec.prefix ?? [])];
  const infixes = [...new Set(spec.infix ?? [])];
  const found = new Map<number, number>();
  const note = (at: number, tag: number) => {
    const had = found.get(at);
    if (had === undefined || tag < had) found.set(at, tag);
  };
  // runs of letters as the scan reads them: ASCII letters, "ſ" as s, "K" (Kelvin) as k
  for (const m of text.matchAll(/[A-Za-z\u017f\u212a]+/g)) {
    const run = m[0].toLowerCase().replace(/\u017f/g, 's');
    words.forEach((w, k) => run === w && note(m.index, k));
    prefixes.forEach((w, k) => run.startsWith(w) && note(m.index, words.length + k));
    infixes.forEach((w, k) => {
      for (let i = run.indexOf(w); i >= 0; i = run.indexOf(w, i + 1)) note(m.index + i, words.length + prefixes.length + k);
    });
  }
  if (spec.digits) for (const m of text.matchAll(/(?<![A-Za-z\u017f\u212a0-9])[0-9]/g)) note(m.index, -1);
  const starts = [...found.keys()].sort((a, b) => a - b);
  return { starts, tags: starts.map((at) => found.get(at)!) };
}

const specs: WordAnchorSpec[] = [
  { word: ['masa', 'dp', 'uu', 'senin'], prefix: ['uud', 'pemilu'], infix: ['pasal', 'tahap'], digits: true },
  { word: ['hari', 'satu', 'februari'], digits: true },
  { infix: ['ab', 'b'], prefix: ['a'] },
];
const anchors = specs.map((spec) => ({ spec, anchors: wordAnchors(spec) }));
const check = (text: string) => {
  for (const { spec, anchors: a } of anchors) {
    const want = reference(spec, text);
    expect(a.taggedInText(text)).toEqual(want);
    expect(a.inText(text)).toEqual(want.starts);
  }
};

describe('word anchors with digit runs and tags = a plain reading', () => {
  test.each([
    'Masa tenang 2024: UUD 1945, UUDP, uu, DP4, dp 12 dan 4x4, Pasal 5 ayat 2.',
    'x2Senin _12 Senin_x 2senin (14/2) 2024-06-20 12,5 persen 1.234.567',
    'Maſa kampanye \u212aampanye 3ſ12 abab ba Pemilu2024 tahapan TipikorjunctoPasal',
    '12',
    'Senin',
    '',
    // long texts: read as two halves, the second starting after a boundary past the middle
    `${'Rabu (14/2/2024) pemungutan suara, tahapan pemilu dan masa tenang; '.repeat(20)}akhir`,
    `${'a'.repeat(300)} senin ${'b'.repeat(300)}`,
    `${'x'.repeat(600)}`,
    `${'satu '.repeat(100)}hari${'7'.repeat(300)} 8`,
  ])('%s', check);
});

describeShared('word anchors on news-12k = a plain reading', () => {
  const texts = benchTexts().slice(0, 500);
  test(`${texts.length} articles`, () => {
    const differ = texts.filter((text) => anchors.some(({ spec, anchors: a }) => JSON.stringify(a.taggedInText(text)) !== JSON.stringify(reference(spec, text))));
    expect(differ).toEqual([]);
  });
});
