/**
 * Day + month name + optional year.
 *
 * Handles: "14 Februari 2024", "14 Feb 2024", "14 Feb. 2024", "14 Pebruari", "27 Nopember 2024",
 * "15 Februari" (year implied), "30 MARET 2018", "01 April 2018".
 * Not a day: "setiap 15 Juni", "tiap tanggal 21 Juni" (a day of every year, written without one).
 * Not here: a weekday before it (weekday-date.ts), ranges (day-range.ts), "Feb 14, 2023"
 * (english-date.ts).
 */
import { MONTH_INITIALS } from './lexicon.js';
import { dayMonthSource, matchEnd, monthInfo, plausibleDayMonth, raw, recursYearly, sticky, yearPart } from './parts.js';
import type { DateForm } from './types.js';

export const dayMonthYear: DateForm = {
  id: 'date/day-month-year',
  starts: ['digit'],
  digitRuns: [1, 2],
  digitThen: MONTH_INITIALS,
  pattern: sticky(dayMonthSource('')),
  parse(m, text) {
    const g = m.groups!;
    const mi = monthInfo(g.mon);
    if (!mi) return null;
    const day = Number(g.d);
    if (!plausibleDayMonth(day, mi.month)) return null;
    if (g.y === undefined && recursYearly(text, m.index)) return null;
    return raw(this.id, m, { type: 'day', from: { day, month: mi.month, ...yearPart(g.y) }, lexicon: [mi.id] }, matchEnd(m, mi));
  },
};
