/**
 * A range of days as one interval fact.
 *
 * Handles: "6-26 Februari 2023", "11 - 13 Februari 2024", "12 Februari s.d. 15 April 2023",
 * "16 Januari hingga 19 Januari", "28 November 2023 – 10 Februari 2024", "8—17 September 2024",
 * "02 s.d. 14 Oktober 2024", "28 Desember - 3 Januari 2024" (the start in the year before).
 * Not here: the connector-less "12 Februari 15 April 2023" (intro-range.ts), months
 * (month-range.ts). Not dates: "20-30 miliar", scores "2-1".
 */
import { CONNECTOR, CONNECTOR_INITIALS, CONNECTOR_RE, key, MONTH_INITIALS, MONTH_RE } from './lexicon.js';
import { matchEnd, monthInfo, raw, sticky, yearPart } from './parts.js';
import type { DateForm } from './types.js';

export const dayRange: DateForm = {
  id: 'date/day-range',
  starts: ['digit'],
  digitRuns: [1, 2],
  digitThen: MONTH_INITIALS + CONNECTOR_INITIALS,
  pattern: sticky(
    `(?<d1>\\d{1,2})(?:\\s{0,4}(?<m1>${MONTH_RE})(?![a-z])\\.?(?:\\s{1,4}(?<y1>\\d{4}))?)?\\s{0,4}(?<conn>${CONNECTOR_RE})\\s{0,4}(?:(?:tanggal|tgl\\.?)\\s{0,4})?` +
      `(?<d2>\\d{1,2})\\s{0,4}(?<m2>${MONTH_RE})(?![a-z])\\.?(?:\\s{0,4},?\\s{0,4}(?<y2>\\d{4}))?(?![\\d])`,
  ),
  parse(m) {
    const g = m.groups!;
    const m2 = monthInfo(g.m2);
    const m1 = g.m1 === undefined ? m2 : monthInfo(g.m1);
    const conn = CONNECTOR.get(key(g.conn));
    if (!m1 || !m2 || !conn) return null;
    // a year after the first day needs a month there too: "6 2023 - ..." never matches
    const from = { day: Number(g.d1), month: m1.month, ...yearPart(g.y1) };
    const to = { day: Number(g.d2), month: m2.month, ...yearPart(g.y2) };
    if (from.day < 1 || from.day > 31 || to.day < 1 || to.day > 31) return null;
    const lexicon = [...new Set([m1.id, m2.id]), conn];
    return raw(this.id, m, { type: 'interval', from, to, lexicon }, matchEnd(m, m2));
  },
};
