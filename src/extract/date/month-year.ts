/**
 * A month of a year, optionally with the part of the month.
 *
 * Handles: "Februari 2024", "November 2025", "bulan Mei" (publication year), "April lalu",
 * "Juli mendatang", "awal Januari 2024", "pertengahan Juli lalu", "akhir bulan Oktober 2024",
 * "Februari 2016 lalu", "Agustus tahun 2023"; a year-less month that the text marks as a time:
 * after a part of the month ("hingga akhir Juli", "pertengahan Maret") or a time word
 * (date-context.json `marks-month*`: "pada September", "sejak Maret", "menjelang Desember").
 * Not here: a bare month without a year or a time word ("lagu September Ceria"), "pada Mei
 * Rahmawati" (a name after the month), "dari Januari sampai Agustus" (a year-less range of
 * months), "bulan lalu" (vague), bare years ("Pemilu 2024").
 */
import { CONNECTOR, key, MODIFIER, MODIFIER_RE, MONTH_MARKER, MONTH_RE } from './lexicon.js';
import { adjacentWordBefore, isCapitalized, matchEnd, monthInfo, raw, sticky, yearPart } from './parts.js';
import type { DateForm, Tense } from './types.js';

const TAIL: Record<string, Tense> = { lalu: 'past', 'yang lalu': 'past', kemarin: 'past', silam: 'past', mendatang: 'next', depan: 'next', nanti: 'next', ini: 'this' };
// what follows a month that is a name or a title, not a time: "Mei Rahmawati", "September Ceria", "Mei 98"
const NAME_AFTER = /\s{1,4}(?:\p{Lu}\p{Ll}|\d)/uy;

/**
 * The time word before a year-less month ("pada", "sejak"), or null. "Januari sampai Agustus"
 * does not count: the connector joins two year-less months, a span with no year.
 */
export function monthMarkerBefore(text: string, pos: number): { id: string; tense: Tense | undefined } | null {
  const before = adjacentWordBefore(text, pos);
  const marker = MONTH_MARKER.get(before.word);
  if (!marker) return null;
  if (CONNECTOR.has(before.word) && monthInfo(adjacentWordBefore(text, before.start).word)) return null;
  return marker;
}

export const monthYear: DateForm = {
  id: 'date/month-year',
  starts: ['month', 'modifier'],
  pattern: sticky(
    `(?:(?<mod>${MODIFIER_RE})\\s{1,4})?(?:(?<bulan>bulan)\\s{1,4})?(?<mon>${MONTH_RE})(?![a-z])\\.?(?:\\s{0,4},?\\s{0,4}(?:tahun\\s{1,4})?(?<y>\\d{4})(?![\\d]))?(?:\\s{1,4}(?<tense>(?:yang\\s{1,4})?lalu|kemarin|silam|mendatang|depan|nanti|ini)(?![a-z]))?`,
  ),
  parse(m, text) {
    const g = m.groups!;
    const mi = monthInfo(g.mon);
    if (!mi) return null;
    // a month word leading the match must look like a name: "Mei 2024", not "mei"
    if (!g.mod && !g.bulan && !isCapitalized(g.mon)) return null;
    // "pada Juni. Ini adalah …": a period after a full month name ends its sentence, and the word
    // after it is no tense of the month
    const crossed = g.tense !== undefined && !g.y && !mi.abbreviation && m[0].includes('.');
    const tense = crossed ? undefined : g.tense;
    const end = crossed ? m.index + m[0].indexOf('.') : matchEnd(m, mi);
    const lexicon = [mi.id];
    // "Feb" alone is too weak: an abbreviation needs a year, "bulan" or a tense word
    let marker: ReturnType<typeof monthMarkerBefore> = null;
    if (!g.y && !(g.bulan && !mi.abbreviation) && !(tense && !mi.abbreviation)) {
      if (mi.abbreviation || mi.english) return null;
      if (!g.mod) {
        // "pada September": a time word marks the year-less month
        marker = monthMarkerBefore(text, m.index);
        if (!marker) return null;
        // (after the month's end: the period of "pada Juni. Mei Rahmawati …" ends the sentence)
        NAME_AFTER.lastIndex = end;
        if (NAME_AFTER.test(text)) return null;
        lexicon.push(marker.id);
      }
    }
    const out = raw(this.id, m, { type: 'month', from: { month: mi.month, ...yearPart(g.y) }, lexicon }, end);
    if (g.mod) {
      const mod = MODIFIER.get(key(g.mod));
      if (!mod) return null;
      out.modifier = mod.canonical;
      lexicon.push(mod.id);
    }
    if (tense) out.tense = TAIL[key(tense)];
    else if (marker?.tense) out.tense = marker.tense;
    // "Februari 2016 lalu": the year is stated, the tail is only swallowed
    if (g.y && g.tense) out.end = m.index + m[0].search(/\s{1,4}(?:yang\s{1,4})?(?:lalu|kemarin|silam|mendatang|depan|nanti|ini)$/i);
    return out;
  },
};
