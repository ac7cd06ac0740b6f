/**
 * The fast paths of the official extractors give what the slow ones gave: the char-code tokenizer
 * against its regular expression, and every cheap test on raw text (anchors.ts) against the
 * token analyses it lets skip (a test may let too much through, never too little).
 */
import { createDoc, type Doc } from '../src/doc.js';
import { tokenize, TOKEN_PATTERN, type Token } from '../src/text/tokenize.js';
import { isAbbreviation } from '../src/text/sentences.js';
import { withinOneEdit } from '../src/text/edit-distance.js';
import { mayHoldTitle, pieceTest, sentencesWithWords, TITLE_GATE_ACTIVE } from '../src/extract/official/anchors.js';
import { lowerCaseWords, proseCapitalized, sentenceTokens, sentenceView } from '../src/extract/official/context.js';
import { titleAt } from '../src/extract/official/office.js';
import { describeShared, testArticle, benchTexts } from './helpers/shared.js';

// the tokenizer as it was: one ordered regular expression
function regexTokens(text: string, from = 0, to = text.length): Token[] {
  const re = new RegExp(TOKEN_PATTERN.source, TOKEN_PATTERN.flags);
  const slice = text.slice(from, to);
  const out: Token[] = [];
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const g = m.groups!;
    let tok = m[0];
    if (g.word && slice.charCodeAt(m.index + tok.length) === 0x2e && isAbbreviation(tok)) {
      tok += '.';
      re.lastIndex = m.index + tok.length;
    }
    out.push({ start: from + m.index, end: from + m.index + tok.length, text: tok, type: g.number ? 'number' : g.punct ? 'punct' : 'word' });
  }
  return out;
}

// a small deterministic generator (mulberry32)
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const newsTexts = (n: number): string[] => benchTexts().slice(0, n);

const docOf = (text: string): Doc => createDoc(testArticle(text));
const prose = (doc: Doc) => doc.sentences.filter((s) => !s.boilerplate);

describe('tokenize by character codes', () => {
  const EDGES = [
    "Jum'at,19/08 KPU", 'Drs. Ismanto, S.H., M.Si. hadir', 'M. Tio', 'M.Tio', 'M.', 'ABCDE.F.', 'a.b.c.d', 'Rp20.000', 'Rp', 'R p2',
    '1..2', '1.2.', 'tahapan-tahapan', "a''b", 'ab\u0301c-d\u0301e', 'x²', '١٢', '𝐀bc 𝐀. x', '\ud800abc', 'İstanbul \u212aETUA',
    'x\u00a0y\ufeffz\u2028w', 'dr.x Dr.Ahmad', 'é. É. É.x', 'a.𝐀.', '“Ketua” (KPU)', 'dll.', 'Jl.Ahmad Yani No.12',
  ];
  test.each(EDGES)('%j, and every range of it', (text) => {
    for (let from = 0; from <= text.length; from++) for (let to = from; to <= text.length; to++) expect(tokenize(text, from, to)).toEqual(regexTokens(text, from, to));
  });

  test('random strings of awkward characters', () => {
    const r = random(7);
    const alphabet = ['a', 'Z', 'K', 'R', 'p', 'H', '.', ',', "'", '’', '-', '1', '0', '/', ':', ' ', '\n', '\u00a0', 'é', 'É', '\u0301', '𝐀', '\ud835', '“', 'İ', '\u212a', '²', '(', ')'];
    for (let n = 0; n < 4000; n++) {
      let s = '';
      const len = 1 + Math.floor(r() * 14);
      for (let k = 0; k < len; k++) s += pick(r, alphabet);
      const from = Math.floor(r() * s.length);
      expect(tokenize(s)).toEqual(regexTokens(s));
      expect(tokenize(s, from, s.length)).toEqual(regexTokens(s, from, s.length));
    }
  });
});

describeShared('tokenize by character codes on real news', () => {
  test('the first 150 articles of news-12k, whole and by sentence', () => {
    for (const text of newsTexts(150)) {
      expect(tokenize(text)).toEqual(regexTokens(text));
      for (const s of docOf(text).sentences) expect(tokenize(text, s.start, s.end)).toEqual(regexTokens(text, s.start, s.end));
    }
  });
});

// does the full analysis find a title or modifier anywhere in the sentence?
const hasTitle = (doc: Doc, index: number): boolean => {
  const v = sentenceView(doc, doc.sentences[index]);
  return v.toks.some((_, k) => titleAt(v, k));
};

describe('the title test on raw text', () => {
  test('it is active for the shipped lexicons', () => {
    expect(TITLE_GATE_ACTIVE).toBe(true);
  });

  test.each([
    'Ketua KPU Provinsi Lampung, Erwan Bustami, membuka acara.',
    'Hal itu disampaikan Pj. Bupati Tulang Bawang Barat.',
    'MenPAN-RB Abdullah Azwar Anas hadir.',
    'Wakil Sekretatis Jenderal PKS Ahmad Fathul Bari mengatakan.',
    'PRESIDEN Joko Widodo meresmikan bendungan.',
    'kata \u212aETUA KPU Hasyim.',
    'Gubernur Jawa Barat Ridwan Kamil',
    '2Ketua KPU',
  ])('%s: a title, seen by both', (text) => {
    const doc = docOf(text);
    expect(hasTitle(doc, 0)).toBe(true);
    expect(mayHoldTitle(doc.text, doc.sentences[0].start, doc.sentences[0].end)).toBe(true);
  });

  test.each(['Rapat pleno digelar di aula kantor itu.', 'Harga cabai naik lagi di pasar induk.', 'Ketuanya belum hadir, ujar warga.'])('%s: no title', (text) => {
    expect(mayHoldTitle(text, 0, text.length)).toBe(false);
  });

  test('random sentences of title words, slips and glue: a title the analysis finds is never missed', () => {
    const r = random(11);
    const words = ['Ketua', 'ketua', 'KETUA', 'Pj.', 'Plt', 'MenPAN-RB', 'Sekretaris', 'Sekretatis', 'Sekertaris', 'Presiden', 'Prseiden', 'Gubernur', 'Gubernru', 'Komisioner', 'Walikota', 'Wali', 'Kota', 'Wakil', 'Bupati', 'KPU', 'Lampung', 'Erwan', 'dan', 'yang', 'kantor'];
    const glue = [' ', ', ', '. ', '-', '(', ') ', '“', '”', '2', "'", '\u212a'];
    let titled = 0;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const len = 1 + Math.floor(r() * 6);
      for (let k = 0; k < len; k++) text += pick(r, words) + pick(r, glue);
      const doc = docOf(text);
      for (const s of prose(doc)) {
        if (!hasTitle(doc, s.index)) continue;
        titled++;
        expect([text, mayHoldTitle(doc.text, s.start, s.end)]).toEqual([text, true]);
      }
    }
    expect(titled).toBeGreaterThan(1000);
  });
});

describeShared('the title test on real news', () => {
  test('every sentence of the first 400 articles of news-12k where the analysis finds a title', () => {
    let titled = 0;
    for (const text of newsTexts(400)) {
      const doc = docOf(text);
      for (const s of prose(doc)) {
        if (!hasTitle(doc, s.index)) continue;
        titled++;
        expect(mayHoldTitle(doc.text, s.start, s.end)).toBe(true);
      }
    }
    expect(titled).toBeGreaterThan(100);
  });
});

// the article's word sets computed the old way: every prose sentence read
function fullWordSets(doc: Doc): { lower: Set<string>; prose: Set<string> } {
  const lower = new Set<string>();
  const prose = new Set<string>();
  for (const v of sentenceTokens(doc)) {
    for (const t of v.toks) if (t.type === 'word' && /^\p{Ll}/u.test(t.text)) lower.add(t.lower);
    if (v.titleCase) continue;
    for (let k = 1; k < v.toks.length; k++) {
      if (v.quotedTitles.some(([a, b]) => a <= k && k < b)) continue;
      const t = v.toks[k];
      const prev = v.toks[k - 1];
      if (t.type === 'word' && /^\p{Lu}/u.test(t.text) && (prev.type === 'word' || prev.text === ',' || prev.text === '(')) prose.add(t.lower);
    }
  }
  return { lower, prose };
}

function checkWordSets(text: string): void {
  const full = fullWordSets(docOf(text));
  const doc = docOf(text);
  const asked = new Set<string>();
  for (const t of tokenize(text)) asked.add(t.text.toLowerCase()).add(t.text.toLowerCase().replace(/\.$/, ''));
  for (const w of asked) {
    expect([w, lowerCaseWords(doc).has(w)]).toEqual([w, full.lower.has(w)]);
    expect([w, proseCapitalized(doc).has(w)]).toEqual([w, full.prose.has(w)]);
  }
}

describe('the article word sets asked word by word', () => {
  test.each([
    '“Tangis Mensos Risma Pecah Saat Cerita” menjadi judul. Kata Risma, pecah tangis itu wajar.',
    'Dr.Ahmad dan dr. Budi hadir. Sementara itu iPhone dan IPHONE dijual. Ia menyebut Bakal Calon.',
    'Ketua Bidang Humas DPP PKS ledia Hanifa mengatakan. Kata Ledia, itu benar.',
    'KOTA ΣΑΣ İstanbul: Ahmad bertemu Σοφία.',
  ])('%s', (text) => checkWordSets(text));
});

describeShared('the article word sets on real news', () => {
  test('the first 150 articles of news-12k', () => {
    for (const text of newsTexts(150)) checkWordSets(text);
  });
});

describe('sentences holding a word', () => {
  test('every sentence with a token of the word is found', () => {
    const text = 'Kata Erwan. Dr.Ahmad hadir. kata erwan-nya. Erwan, Ketua KPU. ERWAN! dr. x';
    const doc = docOf(text);
    for (const w of ['erwan', 'dr.', 'dr', 'ahmad', 'erwan-nya', 'ketua']) {
      const found = sentencesWithWords(doc, [w])!;
      for (const s of doc.sentences) if (tokenize(text, s.start, s.end).some((t) => /^\p{L}/u.test(t.text) && (t.text.toLowerCase() === w || t.text.toLowerCase() === `${w}.`))) expect([w, found.has(s.index)]).toEqual([w, true]);
    }
  });
});

describe('the name-word test on raw text', () => {
  // the full path: some piece of a token's lower case (between periods) equals or is one edit from a word
  const fullPath = (text: string, exact: string[], near: string[]) =>
    tokenize(text).some((t) =>
      t.text
        .toLowerCase()
        .split('.')
        .some((x) => x.length > 0 && (exact.includes(x) || (x.length >= 5 && near.some((w) => withinOneEdit(w, x))))),
    );

  test('random words near a name: never missed', () => {
    const r = random(5);
    const names = ['erwan', 'bustami', 'ahmad', 'jokowi', 'prabowo', 'tio'];
    const odd = ["'", '-', 'é', '2', '\u0301', '.', 'q', 'K'];
    let near = 0;
    for (let n = 0; n < 4000; n++) {
      const target = pick(r, names);
      let w = target;
      const at = Math.floor(r() * (w.length + 1));
      const edit = Math.floor(r() * 5);
      if (edit === 0) w = w.slice(0, at) + pick(r, odd) + w.slice(at + 1);
      else if (edit === 1) w = w.slice(0, at) + pick(r, odd) + w.slice(at);
      else if (edit === 2) w = w.slice(0, at) + w.slice(at + 1);
      else if (edit === 3 && at + 1 < w.length) w = w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
      if (r() < 0.5) w = w.charAt(0).toUpperCase() + w.slice(1);
      const text = `${pick(r, ['kata ', '(', 'Dr.', ''])}${w}${pick(r, [' Bustami', '.', ',', ''])}`;
      const exact = [target, target.slice(0, 2)];
      const slips = target.length >= 5 ? [target] : [];
      const test = pieceTest(exact, slips)!;
      if (!fullPath(text, exact, slips)) continue;
      near++;
      expect([text, test(text, 0, text.length)]).toEqual([text, true]);
    }
    expect(near).toBeGreaterThan(1500);
  });

  test('it is off for words not in ASCII letters', () => {
    expect(pieceTest(["asy'ari"], [])).toBeNull();
  });
});
