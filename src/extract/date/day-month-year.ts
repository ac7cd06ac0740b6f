/**
 * Day + month name + optional year.
 *
 * Handles: "14 Februari 2024", "14 Feb 2024", "14 Feb. 2024", "14 Pebruari", "27 Nopember 2024",
 * "15 Februari" (year implied), "30 MARET 2018", "01 April 2018".
 * Not a day: "setiap 15 Juni", "tiap tanggal 21 Juni" (a day of every year, written without one).
 * Not here: a weekday before it (weekday-date.ts), ranges (day-range.ts), "Feb 14, 2023"
 * (english-date.ts).
 */
import { BLOCKS_RECURRING, MONTH_INITIALS } from './lexicon.js';
import { adjacentWordBefore, dayMonthSource, matchEnd, monthInfo, plausibleDayMonth, raw, sticky, yearPart } from './parts.js';
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
    if (g.y === undefined && recurs(text, m.index)) return null;
    return raw(this.id, m, { type: 'day', from: { day, month: mi.month, ...yearPart(g.y) }, lexicon: [mi.id] }, matchEnd(m, mi));
  },
};

/** Does a word of every year stand before the day at `pos` ("setiap 15 Juni", "tiap tanggal 21")? */
function recurs(text: string, pos: number): boolean {
  let before = adjacentWordBefore(text, pos);
  if (before.word === 'tanggal') before = adjacentWordBefore(text, before.start);
  return BLOCKS_RECURRING.has(before.word);
}
