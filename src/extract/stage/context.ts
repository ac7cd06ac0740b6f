/**
 * Shared per-document judgements for stage rules: is the article about an election at all, is it
 * set abroad as a whole, and is a sentence about a foreign election ("debat capres" between Trump
 * and Clinton is not a stage of an Indonesian election).
 */
import type { Doc } from '../../doc.js';
import { ABROAD_WORDS, ELECTION_ANCHORS, ELECTION_WORDS, FOREIGN_WORDS } from './lexicon.js';
import { stickyCopy, type WordAnchors } from '../word-anchors.js';
import { mapPacked } from '../packed.js';

const ELECTION_AT = stickyCopy(ELECTION_WORDS);

/**
 * True when the article mentions an election ("Pemilu", "Pilkada", "KPU" ...): ELECTION_WORDS
 * tried only where one of its words stands (most articles have none, and cost one lookup).
 */
export function isElectionDoc(doc: Doc): boolean {
  return doc.memo('stage/election-doc', () =>
    ELECTION_ANCHORS.in(doc).some((at) => {
      ELECTION_AT.lastIndex = at;
      return ELECTION_AT.test(doc.text);
    }),
  );
}

const NO_ANCHORS: readonly number[] = [];

/** The anchors of a rule that counts only in an election article: none in any other article. */
export function electionAnchors(doc: Doc, anchors: WordAnchors): readonly number[] {
  const starts = anchors.in(doc);
  return starts.length > 0 && isElectionDoc(doc) ? starts : NO_ANCHORS;
}

/** Sentences back that a foreign setting carries over ("Trump menjadi calon Presiden AS ... Dalam debat capres ...") */
const FOREIGN_REACH = 2;

/**
 * True when the sentence at `offset`, or one of the two before it, is set abroad. A sentence that
 * names Indonesians or Indonesian bodies there ("KBRI dan PPLN Singapura", "WNI di Malaysia") is
 * about an Indonesian election held abroad, not a foreign one.
 */
export function isForeignAt(doc: Doc, offset: number): boolean {
  const flags = doc.memo('stage/foreign-sentences', () => mapPacked(doc.sentences, (s) => FOREIGN_WORDS.test(s.text) && !ABROAD_WORDS.test(s.text)));
  const i = doc.sentenceAt(offset).index;
  for (let k = Math.max(0, i - FOREIGN_REACH); k <= i; k++) if (flags[k]) return true;
  return false;
}

/**
 * True when the whole article is set abroad (shared with the official rules: src/extract/foreign.ts).
 * Handles: "Jaksa Agung Bolivia ... Morales ... tim kampanyenya". Not here: "GIGI ... kampanye
 * Pilpres ... foto saat acara di Tokyo, Jepang" (Indonesian words as often as the foreign ones).
 */
export { isForeignDoc } from '../foreign.js';
