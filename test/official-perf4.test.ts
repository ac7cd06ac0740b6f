/**
 * Round 4 of the official fast paths give what the plain ones gave: copies of facts, office
 * phrases and names made as one literal (one hidden class each) equal the spreads they replace,
 * keys in the same order; the article's person names collected only where the names resolver
 * wants them are the names collected everywhere, then filtered; the one-edit test on raw text
 * with its first-or-last-letter shortcut agrees with `withinOneEdit`; canonical positions kept
 * are the positions read afresh.
 */
import { createDoc, type Doc } from '../src/doc.js';
import { withFields } from '../src/fact-copy.js';
import { articlePersonNames, nameWords } from '../src/resolve/official-names.js';
import { canonicalPosition, parseOfficeChain, titleAt, withOffice } from '../src/extract/official/office.js';
import { nameAt } from '../src/extract/official/bind.js';
import { withName } from '../src/extract/official/name.js';
import { sentenceView } from '../src/extract/official/context.js';
import { pieceTest } from '../src/extract/official/anchors.js';
import { withinOneEdit } from '../src/text/edit-distance.js';
import { extractArticle } from '../src/pipeline.js';
import type { OfficialFact } from '../src/types.js';
import { describeShared, testArticle, benchTexts } from './helpers/shared.js';

const docOf = (text: string): Doc => createDoc(testArticle(text));

const SENTENCES = [
  'Ketua KPU Provinsi Lampung, Erwan Bustami, membuka rapat. Kata Erwan, semua siap.',
  'Anggota DPR RI sekaligus Wakil Ketua Umum Partai Golkar Bambang Soesatyo (Bamsoet) hadir.',
  'Ketua Bidang Humas DPP PKS ledia Hanifa mengatakan. Kata Ledia, itu benar.',
  'Ketua Bawaslu Bali I Ketut Rudia yang didampingi dua anggotanya, I Ketut Sunadra dan I Wayan Widyardana Putra.',
  'Brigjen Pol. Ramadhan (Wakapolda Lampung) hadir. Ramadhan menyebut Presiden RI Ke-8 Prabowo Subianto.',
];

describe('copies in one shape equal the spreads', () => {
  test.each(SENTENCES)('%s', (text) => {
    const facts = extractArticle(testArticle(text)).facts.filter((f): f is OfficialFact => f.kind === 'official');
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) {
      for (const changes of [{ name: 'Ahmad Ramadhan' }, { mentions: [] }, { region: '18', flags: ['x'], confidence: 0.7 }] as Partial<OfficialFact>[]) {
        const copy = withFields(f, changes);
        const spread = { ...f, ...changes };
        expect(copy).toEqual(spread);
        expect(Object.keys(copy)).toEqual(Object.keys(spread));
        expect(JSON.stringify(copy)).toBe(JSON.stringify(spread));
      }
    }
    const doc = docOf(text);
    for (const s of doc.sentences) {
      const v = sentenceView(doc, s);
      for (let k = 0; k < v.toks.length; k++) {
        if (titleAt(v, k)) {
          for (const o of parseOfficeChain(v, k)) {
            const changes = { institution: 'KPU', anchored: true, boundInstitution: null };
            expect(withOffice(o, changes)).toEqual({ ...o, ...changes });
            expect(Object.keys(withOffice(o, changes))).toEqual(Object.keys({ ...o, ...changes }));
          }
        }
        const n = nameAt(v, k);
        if (n) {
          const changes = { name: `X ${n.name}`, start: 0 };
          expect(withName(n, changes)).toEqual({ ...n, ...changes });
          expect(Object.keys(withName(n, changes))).toEqual(Object.keys({ ...n, ...changes }));
        }
      }
    }
  });
});

// a filter that keeps some names and drops others (words with a vowel first, or of six letters)
const someWanted = (words: string[]) => words.some((w) => /^[aeiou]/.test(w) || w.length === 6);

function checkWanted(text: string): void {
  const all = articlePersonNames(docOf(text));
  const wanted = articlePersonNames(docOf(text), undefined, someWanted);
  expect(wanted).toEqual(all.filter((p) => someWanted(nameWords(p))));
}

describe('person names collected only where wanted', () => {
  test.each([
    'Dalam acara itu, Ketua KPU Erwan Bustami bertemu Ahmad Muzani dan Asep Maoshul Affandy di Bandar Lampung.',
    'Menurut Ahmad Doli Kurnia, rapat bersama Zumi Zola Zulkifli berjalan lancar. Kata Zumi, semua siap.',
  ])('%s', (text) => checkWanted(text));
});

describeShared('person names collected only where wanted, on real news', () => {
  test('the first 150 articles of news-12k', () => {
    for (const text of benchTexts().slice(0, 150)) checkWanted(text);
  });
});

describe('the one-edit test on raw text', () => {
  // every run of five letters or more within one edit of a word is found; most two-edit runs are not
  test('all one-letter edits of real name words, and near misses', () => {
    let rejected = 0;
    const words = ['erwan', 'bustami', 'prabowo', 'subianto', 'afifuddin', 'aliansyah'];
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (const w of words) {
      const test = pieceTest([], [w])!;
      const variants = new Set<string>();
      for (let i = 0; i <= w.length; i++) {
        for (const c of letters) {
          variants.add(w.slice(0, i) + c + w.slice(i));
          if (i < w.length) variants.add(w.slice(0, i) + c + w.slice(i + 1));
          // two edits: never one
          if (i + 1 < w.length) variants.add(w.slice(0, i) + c + c + w.slice(i + 2));
        }
        if (i < w.length) variants.add(w.slice(0, i) + w.slice(i + 1));
        if (i + 1 < w.length) variants.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
      }
      for (const x of variants) {
        const text = `kata ${x.charAt(0).toUpperCase()}${x.slice(1)}, Senin.`;
        const full = [x, 'kata', 'senin'].some((y) => y.length >= 5 && withinOneEdit(w, y));
        // a may-test: never false where the full reading is true (a run that is a long prefix
        // or suffix of the word also passes: an odd character may have split a piece)
        if (full) expect([text, test(text, 0, text.length)]).toEqual([text, true]);
        else if (!test(text, 0, text.length)) rejected++;
      }
    }
    expect(rejected).toBeGreaterThan(500);
  });
});

describe('canonical positions, kept', () => {
  test.each(['Pj Sekdaprov', 'Pj Sekretaris Daerah', 'Pj Wako', 'Wakil Ketua Umum', 'Kabid Hukum dan Politik', 'Menteri'])('%s', (position) => {
    const first = canonicalPosition(position);
    expect(canonicalPosition(position)).toBe(first);
    expect(canonicalPosition(`${position} `.trim())).toBe(first);
  });
  test('"Pj Sekdaprov" and "Pj Sekretaris Daerah" read alike', () => {
    expect(canonicalPosition('Pj Sekdaprov')).toBe(canonicalPosition('Pj Sekretaris Daerah'));
  });
});
