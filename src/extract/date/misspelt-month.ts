/**
 * Day + a month name misspelt by one letter + a four-digit year.
 *
 * Handles: "15 Fenruari 2017", "12 Ferbruari 2016", "12 Septermber 2016", "30 Spetember 2023"
 * (two letters swapped), "5 Desembe 2016", "19 Febuari 2022".
 * Only where the year follows, and only for month names of seven letters or more: one edit from
 * "Maret" or "Juni" is too often another word ("Juri", "Mare"), and a day + word without a year
 * is too often a count ("15 Februari" is a month name only when spelt right).
 * Not here: names spelt right (day-month-year.ts).
 */
import { withinOneEdit } from '../../text/edit-distance.js';
import { MONTH, MONTH_INITIALS, type MonthInfo } from './lexicon.js';
import { isCapitalized, monthInfo, plausibleDayMonth, raw, sticky } from './parts.js';
import type { DateForm } from './types.js';

// the long names of the lexicon (abbreviations never), lower case
const LONG_NAMES = [...MONTH].filter(([name, info]) => name.length >= 7 && !info.abbreviation);

/** The month a word misspells by one edit, when exactly one month is that close. */
function misspeltMonth(word: string): MonthInfo | undefined {
  const w = word.toLowerCase();
  let found: MonthInfo | undefined;
  for (const [name, info] of LONG_NAMES) {
    if (!withinOneEdit(w, name)) continue;
    if (found && found.month !== info.month) return undefined;
    found = info;
  }
  return found;
}

export const misspeltMonthDate: DateForm = {
  id: 'date/misspelt-month',
  starts: ['digit'],
  digitRuns: [1, 2],
  digitThen: MONTH_INITIALS,
  pattern: sticky('(?<d>\\d{1,2})\\s{1,4}(?<mon>[a-z]{6,10})\\s{1,4}(?<y>(?:19|20)\\d\\d)(?!\\d)'),
  parse(m) {
    const g = m.groups!;
    if (!isCapitalized(g.mon) || monthInfo(g.mon)) return null;
    const mi = misspeltMonth(g.mon);
    if (!mi) return null;
    const day = Number(g.d);
    if (!plausibleDayMonth(day, mi.month)) return null;
    return raw(this.id, m, { type: 'day', from: { day, month: mi.month, year: Number(g.y) }, lexicon: [mi.id] });
  },
};
