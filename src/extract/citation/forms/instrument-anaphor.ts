/**
 * An instrument named by a demonstrative: it points back to the latest instrument of its kind.
 *
 * Handles: "undang-undang itu", "UU tersebut", "Undang-Undang ini", "Perppu tersebut", "PKPU
 * itu", "Peraturan KPU tersebut", "putusan MK tersebut", "Putusan Mahkamah Konstitusi itu",
 * "putusan tersebut".
 * Resolution (src/resolve/citation-anaphor.ts) finds the antecedent or flags the mention.
 * Not here: "pasal itu", "pasal yang sama" (pasal-anaphor.ts); "undang-undang" without a
 * demonstrative (generic prose).
 */
import { mention, type InstrumentForm } from '../mention.js';
import { KIND_BY_ANAPHOR, LAW_KINDS, surfaceAlternation, surfaceKey, surfacePattern } from '../lexicon.js';
import { leadingWord, wordAnchors } from '../../word-anchors.js';

const PUTUSAN = String.raw`(?:${surfacePattern('putusan')})(?:\s+(?:MK|${surfacePattern('Mahkamah Konstitusi')}))?`;

const ANAPHORS = LAW_KINDS.flatMap((k) => k.anaphors);
// A match starts after no letter or digit with "putusan" or an anaphor's leading word, a whole
// run of letters (a space, a hyphen or the demonstrative's space follows).
const ANCHORS = wordAnchors({ word: ['putusan', ...ANAPHORS.map((a) => leadingWord(a).word)] });

export const instrumentAnaphor: InstrumentForm = {
  id: 'citation/instrument-anaphor',
  rank: 15,
  anchors: ANCHORS,
  pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?<putusan>${PUTUSAN})|(?<kind>${surfaceAlternation(ANAPHORS)}))\s+(?:tersebut|itu|ini)(?![\p{L}])`, 'uy'),
  read(m) {
    const g = m.groups!;
    const kind = g.putusan ? 'PUTUSAN-MK' : KIND_BY_ANAPHOR.get(surfaceKey(g.kind));
    if (!kind) return null;
    return mention({ form: 'citation/instrument-anaphor', start: m.index, end: m.index + m[0].length, kind, anaphor: true });
  },
};
