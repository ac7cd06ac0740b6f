/**
 * A day of a list, before the list's last day and its month: each listed day is a day of its
 * own, and the fact's text is its number alone.
 *
 * Handles: "7" of "tanggal 7 dan 8 Mei 2024", "23", "27", "28", "29" of "23, 27, 28, 29 dan 30 Juni
 * 2017", "13" and "14" of "13, 14, dan 15 Juni" (the last day is day-month-year.ts's).
 * Not here: numbers listed with no month after them, "setiap 1 dan 15 Juni" (days of every year),
 * "Selasa dan Rabu (7 dan 8/5)".
 */
import { tailTenseAt } from './clock-time.js';
import { key, LIST_INITIALS, LIST_RE, LIST_WORD, MONTH_RE } from './lexicon.js';
import { monthInfo, plausibleDayMonth, raw, recursYearly, sticky, yearPart } from './parts.js';
import type { DateForm } from './types.js';

export const dayList: DateForm = {
  id: 'date/day-list',
  starts: ['digit'],
  digitRuns: [1, 2],
  digitThen: `,${LIST_INITIALS}`,
  // the day, then (looked at, not taken) the list's other days up to the month and year
  pattern: sticky(
    `(?<d>\\d{1,2})(?=(?<rest>(?:\\s{0,4},\\s{0,4}\\d{1,2})*\\s{0,4},?\\s{0,4}(?<and>${LIST_RE})\\s{1,4}\\d{1,2}\\s{0,4}(?<mon>${MONTH_RE})(?![a-z])(?:\\.?\\s{0,4},?\\s{0,4}(?<y>\\d{4})(?![\\d]))?))`,
  ),
  parse(m, text) {
    const g = m.groups!;
    const mi = monthInfo(g.mon);
    const and = LIST_WORD.get(key(g.and));
    if (!mi || !and) return null;
    const day = Number(g.d);
    if (!plausibleDayMonth(day, mi.month)) return null;
    if (g.y === undefined && recursYearly(text, m.index)) return null;
    // the list's tail tells the time of all its days: "7 dan 8 Desember mendatang"
    const tense = g.y === undefined ? tailTenseAt(text, m.index + m[0].length + g.rest.length) : undefined;
    return raw(this.id, m, { type: 'day', from: { day, month: mi.month, ...yearPart(g.y) }, tense, lexicon: [mi.id, and] });
  },
};
