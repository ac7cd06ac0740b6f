/**
 * A month of a year, optionally with the part of the month.
 *
 * Handles: "Februari 2024", "November 2025", "bulan Mei" (publication year), "April lalu",
 * "Juli mendatang", "awal Januari 2024", "pertengahan Juli lalu", "akhir bulan Oktober 2024",
 * "Februari 2016 lalu", "Agustus tahun 2023".
 * Not here: a bare month without a year or a context word ("hingga akhir Juli": the year is not
 * stated and no word places it), "bulan lalu" (vague), bare years ("Pemilu 2024").
 */
import { key, MODIFIER, MODIFIER_RE, MONTH_RE } from './lexicon.js';
import { isCapitalized, matchEnd, monthInfo, raw, sticky, yearPart } from './parts.js';
import type { DateForm, Tense } from './types.js';

const TAIL: Record<string, Tense> = { lalu: 'past', 'yang lalu': 'past', kemarin: 'past', silam: 'past', mendatang: 'next', depan: 'next', nanti: 'next', ini: 'this' };

export const monthYear: DateForm = {
  id: 'date/month-year',
  starts: ['month', 'modifier'],
  pattern: sticky(
    `(?:(?<mod>${MODIFIER_RE})\\s{1,4})?(?:(?<bulan>bulan)\\s{1,4})?(?<mon>${MONTH_RE})(?![a-z])\\.?(?:\\s{0,4},?\\s{0,4}(?:tahun\\s{1,4})?(?<y>\\d{4})(?![\\d]))?(?:\\s{1,4}(?<tense>(?:yang\\s{1,4})?lalu|kemarin|silam|mendatang|depan|nanti|ini)(?![a-z]))?`,
  ),
  parse(m) {
    const g = m.groups!;
    const mi = monthInfo(g.mon);
    if (!mi) return null;
    // a month word leading the match must look like a name: "Mei 2024", not "mei"
    if (!g.mod && !g.bulan && !isCapitalized(g.mon)) return null;
    // "Feb" alone is too weak: an abbreviation needs a year or "bulan"
    if (!g.y && !(g.bulan && !mi.abbreviation) && !(g.tense && !mi.abbreviation)) return null;
    const lexicon = [mi.id];
    const out = raw(this.id, m, { type: 'month', from: { month: mi.month, ...yearPart(g.y) }, lexicon }, matchEnd(m, mi));
    if (g.mod) {
      const mod = MODIFIER.get(key(g.mod));
      if (!mod) return null;
      out.modifier = mod.canonical;
      lexicon.push(mod.id);
    }
    if (g.tense) out.tense = TAIL[key(g.tense)];
    // "Februari 2016 lalu": the year is stated, the tail is only swallowed
    if (g.y && g.tense) out.end = m.index + m[0].search(/\s{1,4}(?:yang\s{1,4})?(?:lalu|kemarin|silam|mendatang|depan|nanti|ini)$/i);
    return out;
  },
};
