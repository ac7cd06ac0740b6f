/**
 * Shared per-document judgements for stage rules: is the article about an election at all, is it
 * set abroad as a whole, and is a sentence about a foreign election ("debat capres" between Trump
 * and Clinton is not a stage of an Indonesian election).
 */
import type { Doc } from '../../doc.js';
import { ABROAD_WORDS, ANY_FOREIGN, COUNTRY_AFTER, DOMESTIC_WEAK_WORDS, DOMESTIC_WORDS, ELECTION_WORDS, FOREIGN_WORDS } from './lexicon.js';

/** True when the article mentions an election ("Pemilu", "Pilkada", "KPU" ...). */
export function isElectionDoc(doc: Doc): boolean {
  return doc.memo('stage/election-doc', () => ELECTION_WORDS.test(doc.text));
}

/** Sentences back that a foreign setting carries over ("Trump menjadi calon Presiden AS ... Dalam debat capres ...") */
const FOREIGN_REACH = 2;
/** mentions of other countries from which an article without any Indonesian anchor is set abroad */
const FOREIGN_DOC_MENTIONS = 2;

/**
 * True when the sentence at `offset`, or one of the two before it, is set abroad. A sentence that
 * names Indonesians or Indonesian bodies there ("KBRI dan PPLN Singapura", "WNI di Malaysia") is
 * about an Indonesian election held abroad, not a foreign one.
 */
export function isForeignAt(doc: Doc, offset: number): boolean {
  const flags = doc.memo('stage/foreign-sentences', () => doc.sentences.map((s) => FOREIGN_WORDS.test(s.text) && !ABROAD_WORDS.test(s.text)));
  const i = doc.sentenceAt(offset).index;
  for (let k = Math.max(0, i - FOREIGN_REACH); k <= i; k++) if (flags[k]) return true;
  return false;
}

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
 * no Indonesian election body, election, party or figure ("Jaksa Agung Bolivia ... Morales ... tim
 * kampanyenya": no stage of an Indonesian election). "DPR AS" is not Indonesian.
 * Not foreign: "GIGI ... kampanye Pilpres ... foto saat acara di Tokyo, Jepang" (Indonesian words
 * as often as the foreign ones).
 */
export function isForeignDoc(doc: Doc): boolean {
  return doc.memo('stage/foreign-doc', () => {
    const text = doc.text;
    if (countDomestic(DOMESTIC_WORDS, text, 1) > 0) return false;
    const foreign = new RegExp(ANY_FOREIGN.source, ANY_FOREIGN.flags);
    let n = 0;
    for (let m = foreign.exec(text); m; m = foreign.exec(text)) n++;
    return n >= FOREIGN_DOC_MENTIONS && n > countDomestic(DOMESTIC_WEAK_WORDS, text);
  });
}
