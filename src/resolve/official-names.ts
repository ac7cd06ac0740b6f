/**
 * Resolver: one person, one name. Short and variant spellings of a name held by an official are
 * replaced by the fullest form the article gives, so that facts of one office merge.
 *
 * Handles: "Ramadhan" → "Ahmad Ramadhan" (a subset of the words of one longer name), "M Tio
 * Aliasnyah" → "M. Tio Aliansyah" (initials with or without a period, one-letter slips in words
 * of five letters or more), "Affifuddin" / "Afifuddin".
 * A one-word name also takes the one longer name the article writes elsewhere without an office
 * ("lelaki yang kini menjabat sebagai anggota DPR RI" → "Asep" → "KH Asep Maoshul Affandy").
 * Not here: nicknames ("Bamsoet", "Gus Ipul"), and a short name that fits two longer ones
 * ("Ahmad" with "Ahmad Muzani" and "Ahmad Doli Kurnia"), which stays as written.
 */
import type { Resolver } from '../extract/types.js';
import type { Doc } from '../doc.js';
import type { OfficialFact } from '../types.js';
import { sentenceViews } from '../extract/official/context.js';
import { nameAt } from '../extract/official/bind.js';
import { COMMON_WORDS } from '../extract/official/lexicon.js';

/** Name words for comparison: lower case, initials without their period. */
export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/\./g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** Damerau-Levenshtein distance ≤ 1 between two words. */
export function oneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

// words match: equal, or one slip in words of five letters or more
const wordMatch = (a: string, b: string) => a === b || (a.length >= 5 && b.length >= 5 && oneEdit(a, b));

/** Are the words of `short` found in order among the words of `long`? */
export function nameWithin(short: string[], long: string[]): boolean {
  let j = 0;
  for (const w of short) {
    while (j < long.length && !wordMatch(w, long[j])) j++;
    if (j === long.length) return false;
    j++;
  }
  return true;
}

// the fuller of two names: more words, then longer, then the one written first
function fuller(a: OfficialFact, b: OfficialFact): OfficialFact {
  const wa = nameWords(a.name).length;
  const wb = nameWords(b.name).length;
  if (wa !== wb) return wa > wb ? a : b;
  if (a.name.length !== b.name.length) return a.name.length > b.name.length ? a : b;
  return a.start <= b.start ? a : b;
}

/** Names of two words or more the article writes anywhere (memoized). */
export function articlePersonNames(doc: Doc): string[] {
  return doc.memo('official/person-names', () => {
    const out = new Set<string>();
    for (const v of sentenceViews(doc)) {
      for (let k = 0; k < v.toks.length; k++) {
        const t = v.toks[k];
        if (t.type !== 'word' || !/^\p{Lu}/u.test(t.text)) continue;
        const prev = v.toks[k - 1];
        if (prev && prev.type === 'word' && /^\p{Lu}/u.test(prev.text)) continue;
        const n = nameAt(v, k);
        if (!n) continue;
        // a sentence-initial run is a person only with a title before it ("KH Asep ...")
        const titled = n.start < n.nameStart;
        // a title-case headline is not a name: "Prabowo Disambut Antusias Pendukungnya"
        const common = nameWords(n.name).some((w) => COMMON_WORDS.has(w));
        if ((k > 0 || titled) && !common && nameWords(n.name).filter((w) => w.length > 1).length >= 2) out.add(n.name);
        k = Math.max(k, n.next - 1);
      }
    }
    return [...out];
  });
}

export const officialNames: Resolver<'official'> = {
  id: 'official/names',
  resolve(facts, doc) {
    const names = [...new Set(facts.map((f) => f.name))];
    const words = new Map(names.map((n) => [n, nameWords(n)]));
    const rename = new Map<string, string>();
    for (const n of names) {
      const w = words.get(n)!;
      // every other name that contains this one
      const holders = names.filter((m) => m !== n && nameWithin(w, words.get(m)!) && words.get(m)!.length >= w.length);
      if (holders.length === 0) continue;
      // the holders must be one person: each within the fullest of them
      const byFull = holders.map((m) => facts.find((f) => f.name === m)!).reduce(fuller);
      const full = byFull.name;
      if (!holders.every((m) => nameWithin(words.get(m)!, words.get(full)!))) continue;
      const self = facts.find((f) => f.name === n)!;
      if (fuller(self, byFull) === self) continue;
      rename.set(n, full);
    }
    // a one-word name: the one longer name of the article that contains it
    const persons = facts.some((f) => nameWords(f.name).length === 1) ? articlePersonNames(doc) : [];
    for (const n of names) {
      if (rename.has(n) || nameWords(n).length !== 1) continue;
      const w = words.get(n)!;
      const holders = persons.filter((p) => nameWithin(w, nameWords(p)));
      if (holders.length === 0) continue;
      const full = holders.reduce((a, b) => (nameWords(b).length > nameWords(a).length ? b : a));
      if (holders.every((h) => nameWithin(nameWords(h), nameWords(full)))) rename.set(n, full);
    }
    if (rename.size === 0) return facts;
    return facts.map((f) => (rename.has(f.name) ? { ...f, name: rename.get(f.name)! } : f));
  },
};
