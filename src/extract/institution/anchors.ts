/**
 * Where an institution form may start in an article, from the shared word-anchor scan
 * (extract/word-anchors.ts), so that the three extractors' patterns (large alternations with a
 * Unicode lookbehind, slow to scan over a whole article) run only there (the pipeline tries them
 * sticky at the anchors), with exactly the matches of a scan.
 *
 * The anchors of a kind are the letter runs that start with the leading letters of one of its
 * forms ("komisi" of "Komisi Pemilihan Umum", "pdi" of "PDI-P", "mabes" of "Mabes Polri"). A
 * necessary condition for each pattern:
 * - full-name.ts (case-insensitive, `iu`): a character matching a letter of the lexicon is that
 *   letter in either case, or for "k" the Kelvin sign, for "s" the long s "ſ", which the scan
 *   reads as those letters; its lookbehind excludes a letter or digit before, so a match starts a
 *   run;
 * - acronym.ts (case-sensitive): the form as written; its lookbehind likewise;
 * - lower-case.ts: the form in lower or upper case. It has no lookbehind, but its extract drops a
 *   match after a letter or digit, and such a match cannot hide a kept one (the letters of a
 *   match are letters before any later start inside it).
 *
 * Handles: "Komisi Pemilihan Umum", "KOMISI PEMILIHAN UMUM", "KPU", "Mabes Polri", "bawaslu", "PEMPROV".
 * Not here: what a match means (build.ts), the forms themselves (lexicon.ts).
 */
import type { Doc } from '../../doc.js';
import { leadingWord, wordAnchors, type WordAnchors } from '../word-anchors.js';
import { ACRONYM_FORMS, LOWER_FORMS, NAME_FORMS } from './lexicon.js';

export type AnchorKind = 'name' | 'acronym' | 'lower';

const leading = (forms: Iterable<string>) => [...forms].map((f) => leadingWord(f).word);
const ANCHORS: Record<AnchorKind, WordAnchors> = {
  name: wordAnchors({ prefix: leading(NAME_FORMS) }),
  acronym: wordAnchors({ prefix: leading(ACRONYM_FORMS) }),
  lower: wordAnchors({ prefix: leading(LOWER_FORMS.keys()) }),
};

/** Where a form of `kind` may start in the article (an extractor's `anchors`). */
export function anchorsOf(kind: AnchorKind): (doc: Doc) => readonly number[] {
  const anchors = ANCHORS[kind];
  return (doc) => anchors.in(doc);
}
