/**
 * A range of months with a year.
 *
 * Handles: "Januari-Maret 2024", "Januari - Maret 2024", "Oktober 2023 hingga Februari 2024",
 * "November 2023 s.d. Januari 2024".
 * Not here: "dari Januari sampai Agustus" without any year (no fact: the year is unknown).
 */
import { CONNECTOR, CONNECTOR_RE, key, MONTH_RE } from './lexicon.js';
import { isCapitalized, matchEnd, monthInfo, raw, sticky, yearPart } from './parts.js';
import type { DateForm } from './types.js';

export const monthRange: DateForm = {
  id: 'date/month-range',
  starts: ['month'],
  pattern: sticky(`(?<m1>${MONTH_RE})(?![a-z])\\.?(?:\\s{1,4}(?<y1>\\d{4}))?\\s{0,4}(?<conn>${CONNECTOR_RE})\\s{0,4}(?<m2>${MONTH_RE})(?![a-z])\\.?(?:\\s{1,4}(?<y2>\\d{4}))?(?![\\d])`),
  parse(m) {
    const g = m.groups!;
    const m1 = monthInfo(g.m1);
    const m2 = monthInfo(g.m2);
    const conn = CONNECTOR.get(key(g.conn));
    if (!m1 || !m2 || !conn || (!g.y1 && !g.y2) || !isCapitalized(g.m1)) return null;
    return raw(this.id, m, { type: 'interval', from: { month: m1.month, ...yearPart(g.y1) }, to: { month: m2.month, ...yearPart(g.y2) }, lexicon: [...new Set([m1.id, m2.id]), conn] }, matchEnd(m, m2));
  },
};
