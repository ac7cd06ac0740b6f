/**
 * Where an institution form may start in an article, from the shared word-anchor scan
 * (extract/word-anchors.ts), so that the three extractors' patterns (large alternations with a
 * Unicode lookbehind, slow to scan over a whole article) run only there, anchored (a sticky
 * copy), with exactly the matches of a scan.
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
import type { FactOf } from '../../types.js';
import type { ExtractContext } from '../types.js';
import { anchoredFacts, leadingWord, stickyCopy, wordAnchors, type WordAnchors } from '../word-anchors.js';
import { ACRONYM_FORMS, LOWER_FORMS, NAME_FORMS } from './lexicon.js';

export type AnchorKind = 'name' | 'acronym' | 'lower';

const leading = (forms: Iterable<string>) => [...forms].map((f) => leadingWord(f).word);
const ANCHORS: Record<AnchorKind, WordAnchors> = {
  name: wordAnchors({ prefix: leading(NAME_FORMS) }),
  acronym: wordAnchors({ prefix: leading(ACRONYM_FORMS) }),
  lower: wordAnchors({ prefix: leading(LOWER_FORMS.keys()) }),
};

const STICKY = new Map<RegExp, RegExp>();

/**
 * The facts of a global `pattern` over the article, as the pipeline scans it (matches in
 * boilerplate sentences skipped), trying the pattern only at the anchors of `kind`.
 */
export function scanAnchored(
  ctx: ExtractContext<'institution'>,
  kind: AnchorKind,
  pattern: RegExp,
  extract: (m: RegExpExecArray) => FactOf<'institution'> | null,
): FactOf<'institution'>[] {
  let sticky = STICKY.get(pattern);
  if (!sticky) STICKY.set(pattern, (sticky = stickyCopy(pattern)));
  return anchoredFacts(ctx, sticky, ANCHORS[kind].in(ctx.doc), (m) => extract(m));
}
