/**
 * The title test read as an automaton (anchors.ts `mayHoldTitle`, one table step per character)
 * answers as a plain reading of the same rule: a maximal run of ASCII letters (or the Kelvin
 * sign) whose lower case is the first letter run of an office title or modifier, or a run that
 * starts with a capital and may be a slip of a long title word (same first letter and second
 * character, at most two other letters differ). The case tests with an ASCII fast path
 * (tokenize.ts `startsUpper`, `startsLower`) answer as their regular expressions.
 */
import { mayHoldTitle, TITLE_GATE_ACTIVE } from '../src/extract/official/anchors.js';
import { MODIFIER_TRIE, POSITION_TRIE, TITLE_SLIP_WORDS } from '../src/extract/official/lexicon.js';
import { startsLower, startsUpper } from '../src/text/tokenize.js';
import { describeShared, benchTexts } from './helpers/shared.js';

const FIRST = new Set([...POSITION_TRIE.firstTokens(), ...MODIFIER_TRIE.firstTokens()]);
const FIRST_RUNS = new Set([...FIRST].map((f) => /^[a-z]+/.exec(f)![0]));
const SLIPS = TITLE_SLIP_WORDS.filter((w) => FIRST.has(w));

function plainMayHoldTitle(text: string, from: number, to: number): boolean {
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(/[A-Za-z\u212a]+/g)) {
    const run = m[0].replace(/\u212a/g, 'k').toLowerCase();
    if (FIRST_RUNS.has(run)) return true;
    const p = m.index;
    if (!/^[A-Z\u212a]/.test(m[0]) || p + 1 >= slice.length) continue;
    for (const w of SLIPS) {
      if (w[0] !== run[0] || slice[p + 1] !== w[1] || p + w.length > slice.length) continue;
      let diff = 0;
      for (let j = 2; j < w.length; j++) if (slice[p + j] !== w[j]) diff++;
      if (diff <= 2) return true;
    }
  }
  return false;
}

const SENTENCES = [
  'Ketua KPU Provinsi Lampung, Erwan Bustami, membuka rapat.',
  'Hal itu disampaikan Pj. Bupati Tulang Bawang Barat.',
  'MenPAN-RB Abdullah Azwar Anas hadir.',
  'Wakil Sekretatis Jenderal PKS Ahmad Fathul Bari mengatakan.',
  'PRESIDEN Joko Widodo meresmikan bendungan.',
  'kata \u212aETUA KPU Hasyim.',
  '2Ketua KPU',
  'Ketuanya belum hadir, ujar warga.',
  'Harga cabai naik lagi di pasar induk.',
  'Rapat pleno digelar di aula kantor itu, kata Ketua',
  'Sekretaris',
  'Sekre',
  'Gubernru Jawa Barat',
  'ketuaKPU dan ketua-KPU serta ketua2',
];

describe('the title automaton against a plain reading', () => {
  test('the gate is active for the lexicons as they are', () => {
    expect(TITLE_GATE_ACTIVE).toBe(true);
  });

  test.each(SENTENCES)('%s', (text) => {
    for (let from = 0; from < text.length; from++) for (const to of [from + 1, (from + text.length + 1) >> 1, text.length]) expect([from, to, mayHoldTitle(text, from, to)]).toEqual([from, to, plainMayHoldTitle(text, from, to)]);
  });
});

describeShared('the title automaton on real news', () => {
  test('every line of the first 1000 articles of news-12k', () => {
    const texts = benchTexts().slice(0, 1000);
    let titled = 0;
    for (const text of texts) {
      for (let from = 0, to = 0; from < text.length; from = to + 1) {
        to = text.indexOf('\n', from);
        if (to < 0) to = text.length;
        const got = mayHoldTitle(text, from, to);
        if (got !== plainMayHoldTitle(text, from, to)) expect({ line: text.slice(from, to), got }).toEqual({ line: text.slice(from, to), got: !got });
        if (got) titled++;
      }
    }
    expect(titled).toBeGreaterThan(1000);
  });
});

describe('case tests with an ASCII fast path', () => {
  test.each(['Ketua', 'ketua', 'KPU', '2Ketua', '', '@Ketua', 'Ámbar', 'ábaco', '\u212aETUA', 'ſaya', 'İstanbul', 'ǅemal', '𝐀bc', '𝐚bc', 'ΣΑΣ', 'σας', '“Ketua', 'Z', 'z', '[', '`'])('%j', (s) => {
    expect(startsUpper(s)).toBe(/^\p{Lu}/u.test(s));
    expect(startsLower(s)).toBe(/^\p{Ll}/u.test(s));
  });

  test('every code unit of the BMP first', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c) + 'a';
      if (startsUpper(s) !== /^\p{Lu}/u.test(s) || startsLower(s) !== /^\p{Ll}/u.test(s)) expect(c.toString(16)).toBe('agreeing');
    }
  });
});
