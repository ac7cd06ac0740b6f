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
import { ANY_FOREIGN, COUNTRY_AFTER, DOMESTIC_WEAK_WORDS, DOMESTIC_WORDS } from './stage/lexicon.js';

/** mentions of other countries from which an article without any Indonesian anchor is set abroad */
const FOREIGN_DOC_MENTIONS = 2;

/** Mentions of `re` in `text`, not counting those right before a country ("DPR AS", "Pilpres AS"). */
function countDomestic(re: RegExp, text: string, stopAt = Infinity): number {
  const g = new RegExp(re.source, re.flags);
  let n = 0;
  for (let m = g.exec(text); m && n < stopAt; m = g.exec(text)) {
    COUNTRY_AFTER.lastIndex = m.index + m[0].length;
    if (!COUNTRY_AFTER.test(text)) n++;
  }
  return n;
}

/**
 * True when the whole article is set abroad: it names other countries or foreign figures at least
 * twice, more often than the weak Indonesian words ("Jakarta, CNN Indonesia --"), and
 * no Indonesian election body, election, party or figure. "DPR AS" is not Indonesian.
 */
export function isForeignDoc(doc: Doc): boolean {
  return doc.memo('foreign/doc', () => {
    const text = doc.text;
    if (countDomestic(DOMESTIC_WORDS, text, 1) > 0) return false;
    const foreign = new RegExp(ANY_FOREIGN.source, ANY_FOREIGN.flags);
    let n = 0;
    for (let m = foreign.exec(text); m; m = foreign.exec(text)) n++;
    return n >= FOREIGN_DOC_MENTIONS && n > countDomestic(DOMESTIC_WEAK_WORDS, text);
  });
}
