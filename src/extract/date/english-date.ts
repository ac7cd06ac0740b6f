/**
 * English month-first dates of bylines and metadata lines.
 *
 * Handles: "Feb 14, 2023" (the clock time of "Feb 14, 2023 - 11:13" is attached by the
 * scanner), "February 14, 2024", "Aug 19th, 2022".
 * Not here: "14 Feb 2023" (day-month-year.ts); a month-first date without a year ("Sep 11").
 */
import { englishSource, monthInfo, plausibleDayMonth, raw, sticky } from './parts.js';
import type { DateForm } from './types.js';

export const englishDate: DateForm = {
  id: 'date/english-date',
  starts: ['month'],
  pattern: sticky(englishSource('')),
  parse(m) {
    const g = m.groups!;
    const mi = monthInfo(g.mon);
    if (!mi) return null;
    const day = Number(g.d);
    if (!plausibleDayMonth(day, mi.month)) return null;
    return raw(this.id, m, { type: 'day', from: { day, month: mi.month, year: Number(g.y) }, lexicon: [mi.id] });
  },
};
