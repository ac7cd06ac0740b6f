/**
 * Refiner: a candidate pair is not a person. Election news names a ticket by its two candidates
 * joined with a hyphen ("Pasangan calon Gubernur dan Wakil Gubernur DKI Basuki-Djarot", "Presiden
 * Prabowo-Gibran"): a name of two capitalized words joined so and nothing else, or a longer one
 * whose two joined words the article also writes alone ("Prabowo Subianto-Gibran Rakabuming Raka"
 * beside "Prabowo" and "Gibran").
 * A double-barrelled name is not written so ("Menteri ... Agnes Pannier-Runacher", "M Sidiq
 * El-Fatah"), nor a name whose part after the hyphen is lower case ("Presiden Yoon Suk-yeol").
 */
import type { Refiner } from '../types.js';
import type { OfficialFact } from '../../types.js';
import type { Doc } from '../../doc.js';
import { searchAlone } from './name.js';

// the words either side of a hyphen inside the name, both capitalized
const JOINED = /(\p{Lu}[\p{Ll}]+)-(\p{Lu}[\p{Ll}]+)/gu;

// `word` written alone: not inside a longer word, nor joined to another by a hyphen
const JOINED_TO = /[\p{L}\p{N}-]/u;
const writtenAlone = (text: string, word: string): boolean => searchAlone(text, word, JOINED_TO);

// a name of one word that joins two capitalized words: "Basuki-Djarot", "Pramono-Rano"
const PAIR_ONLY = /^\p{Lu}\p{Ll}{2,}-\p{Lu}\p{Ll}{2,}$/u;

function isTicket(f: OfficialFact, doc: Doc): boolean {
  if (!f.name.includes('-')) return false;
  if (PAIR_ONLY.test(f.name)) return true;
  for (const m of f.name.matchAll(JOINED)) if (writtenAlone(doc.text, m[1]) && writtenAlone(doc.text, m[2])) return true;
  return false;
}

export const ticketNames: Refiner<'official'> = {
  id: 'official/ticket',
  refine: (facts, doc) => {
    const kept = facts.filter((f) => !isTicket(f, doc));
    return kept.length === facts.length ? facts : kept;
  },
};
