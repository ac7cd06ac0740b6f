/**
 * A range of months.
 *
 * Handles: "Januari-Maret 2024", "Januari - Maret 2024", "Oktober 2023 hingga Februari 2024",
 * "November 2023 s.d. Januari 2024", "sejak awal Juni hingga Agustus 2025", "dari akhir Mei
 * sampai awal Desember 2024"; without a year when a time word or a part of the month marks the
 * range ("sejak Januari hingga Maret", "akhir Juni hingga awal Juli": the publication year).
 * "dari Januari sampai Agustus", "antara Maret hingga Mei" (the words that open a span: the
 * publication year, or the year of the nearest dated context).
 * Not here: "Januari sampai Agustus" without any year, time word or part of the month (no fact);
 * "diundur dari Maret hingga Mei", "berubah dari Januari sampai Agustus" (a date moved, not a span).
 */
import { BLOCKS_MONTH_RANGE, CONNECTOR, CONNECTOR_RE, key, MODIFIER, MODIFIER_RE, MONTH_RANGE_MARKER, MONTH_RE } from './lexicon.js';
import { monthMarkerBefore } from './month-year.js';
import { adjacentWordBefore, isCapitalized, matchEnd, monthInfo, raw, sticky, yearPart } from './parts.js';
import type { DateForm } from './types.js';

/** lexicon id of the span words (date-context.json) */
const RANGE_MARKER_ID = 'month-range-marker';

export const monthRange: DateForm = {
  id: 'date/month-range',
  starts: ['month', 'modifier'],
  pattern: sticky(
    `(?:(?<mod1>${MODIFIER_RE})\\s{1,4})?(?<m1>${MONTH_RE})(?![a-z])\\.?(?:\\s{1,4}(?<y1>\\d{4}))?\\s{0,4}(?<conn>${CONNECTOR_RE})\\s{0,4}(?:(?<mod2>${MODIFIER_RE})\\s{1,4})?(?<m2>${MONTH_RE})(?![a-z])\\.?(?:\\s{1,4}(?<y2>\\d{4}))?(?![\\d])`,
  ),
  parse(m, text) {
    const g = m.groups!;
    const m1 = monthInfo(g.m1);
    const m2 = monthInfo(g.m2);
    const conn = CONNECTOR.get(key(g.conn));
    if (!m1 || !m2 || !conn || (!g.mod1 && !isCapitalized(g.m1))) return null;
    const lexicon = [...new Set([m1.id, m2.id]), conn];
    for (const mod of [g.mod1, g.mod2]) {
      const info = mod === undefined ? undefined : MODIFIER.get(key(mod));
      if (info) lexicon.push(info.id);
    }
    if (!g.y1 && !g.y2) {
      // year-less: full Indonesian names, after a time word or with a part of the month
      if (m1.abbreviation || m2.abbreviation || m1.english || m2.english || !isCapitalized(g.m2)) return null;
      if (!g.mod1 && !g.mod2) {
        const marker = monthMarkerBefore(text, m.index);
        if (marker) lexicon.push(marker.id);
        else {
          // "dari Januari sampai Agustus", but not "diundur dari Maret hingga Mei" (a new date)
          const before = adjacentWordBefore(text, m.index);
          if (!MONTH_RANGE_MARKER.has(before.word) || BLOCKS_MONTH_RANGE.has(adjacentWordBefore(text, before.start).word)) return null;
          lexicon.push(RANGE_MARKER_ID);
        }
      }
    }
    return raw(this.id, m, { type: 'interval', from: { month: m1.month, ...yearPart(g.y1) }, to: { month: m2.month, ...yearPart(g.y2) }, lexicon }, matchEnd(m, m2));
  },
};
