/**
 * Is a whole article set abroad? Shared by the stage rules (no stage of an Indonesian election in
 * news of a foreign one) and the official rules (foreign offices are not officials), computed once
 * per document (doc.memo).
 *
 * Handles: "Jaksa Agung Bolivia ... Morales ... tim kampanyenya", "Wali Kota London ... pemilu
 * Inggris" (other countries named at least twice, no Indonesian body, election, party or figure).
 * Not here: "GIGI ... kampanye Pilpres ... foto saat acara di Tokyo, Jepang" (Indonesian words as
 * often as the foreign ones); a single sentence set abroad (stage/context.ts isForeignAt).
 */
import type { Doc } from '../doc.js';
import { ANY_FOREIGN, COUNTRY_AFTER, DOMESTIC_WEAK_WORDS, DOMESTIC_WORDS, FOREIGN_ALIASES, contextAliases } from './stage/lexicon.js';
import { leadingWord, matchesAt, stickyCopy, wordAnchors, type WordAnchors } from './word-anchors.js';

/** mentions of other countries from which an article without any Indonesian anchor is set abroad */
const FOREIGN_DOC_MENTIONS = 2;

/**
 * Where a match of a pattern over `aliases` may start: the leading word of an alias, a whole run
 * of letters. Each pattern allows no letter or digit before an alias and none after it, and goes
 * on inside an alias only with a space or a hyphen, so a match starts where the scan finds the
 * alias's leading word (the scan also folds case, as the patterns' `[kK]` classes do). Their own
 * group: some 400 words, wanted only for the articles that the stage and official rules ask about.
 */
const anchorsOf = (aliases: readonly string[]): WordAnchors => wordAnchors({ word: aliases.map((a) => leadingWord(a).word), group: 'foreign' });
const DOMESTIC_ANCHORS = anchorsOf(contextAliases('domestic'));
const WEAK_ANCHORS = anchorsOf(contextAliases('domestic-weak'));
const FOREIGN_ANCHORS = anchorsOf(FOREIGN_ALIASES);

const DOMESTIC_AT = stickyCopy(DOMESTIC_WORDS);
const WEAK_AT = stickyCopy(DOMESTIC_WEAK_WORDS);
const FOREIGN_AT = stickyCopy(ANY_FOREIGN);

/**
 * Mentions of `sticky` in `text` tried at `starts` (what a global exec loop finds: see
 * matchesAt), not counting those right before a country ("DPR AS", "Pilpres AS").
 */
function countDomestic(sticky: RegExp, text: string, starts: readonly number[], stopAt = Infinity): number {
  let n = 0;
  for (const m of matchesAt(sticky, text, starts)) {
    COUNTRY_AFTER.lastIndex = m.index + m[0].length;
    if (!COUNTRY_AFTER.test(text)) n++;
    if (n >= stopAt) break;
  }
  return n;
}

/**
 * True when the whole article is set abroad: it names other countries or foreign figures at least
 * twice, more often than the weak Indonesian words ("Jakarta, CNN Indonesia --"), and
 * no Indonesian election body, election, party or figure. "DPR AS" is not Indonesian.
 *
 * Each pattern is tried only where the leading word of one of its aliases stands (one shared word
 * scan): an article with fewer than two such words for the other countries ends there.
 */
export function isForeignDoc(doc: Doc): boolean {
  return doc.memo('foreign/doc', () => {
    const text = doc.text;
    const foreignAt = FOREIGN_ANCHORS.in(doc);
    if (foreignAt.length < FOREIGN_DOC_MENTIONS) return false;
    if (countDomestic(DOMESTIC_AT, text, DOMESTIC_ANCHORS.in(doc), 1) > 0) return false;
    let n = 0;
    for (const _ of matchesAt(FOREIGN_AT, text, foreignAt)) n++;
    return n >= FOREIGN_DOC_MENTIONS && n > countDomestic(WEAK_AT, text, WEAK_ANCHORS.in(doc));
  });
}
