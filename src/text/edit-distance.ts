/**
 * "At most one edit" between two strings (Damerau-Levenshtein distance ≤ 1: one substitution,
 * insertion, deletion, or the swap of two neighbours), in linear time. Used for spelling slips
 * in region and party names, title words, one-letter name variants, and by the scorer.
 * natural's DamerauLevenshteinDistance builds a matrix per call: far too slow to call on every
 * capitalized word of a large archive.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
