/**
 * A numeric day/month/year standing alone, with a four-digit year.
 *
 * Handles: "20/06/2023", "13/2/2023", "20-06-2023", "20.06.2023", IndoSum spacing
 * "20 / 11 / 2017", "Kompas.com – 17/02/2017".
 * Not here: a year-less "13/2" (only after a weekday or in parentheses: weekday-date.ts,
 * paren-date.ts), "2023-06-20" (iso-date.ts).
 * Not dates: "Nomor 12/12/2023", "0405/Lahat", "PUU-XXI/2023", "1/2/3/2024", URL paths.
 */
import { inUrl, numberBlocked, plausibleDayMonth, raw, sticky } from './parts.js';
import type { DateForm } from './types.js';

export const numericDate: DateForm = {
  id: 'date/numeric-date',
  starts: ['digit'],
  digitRuns: [1, 2],
  digitThen: '/-.',
  pattern: sticky('(?<d>\\d{1,2})(?:\\s{0,4}\\/\\s{0,4}(?<m1>\\d{1,2})\\s{0,4}\\/\\s{0,4}|-(?<m2>\\d{1,2})-|\\.(?<m3>\\d{1,2})\\.)(?<y>\\d{4})(?![\\d]|[./\\-]\\d)'),
  parse(m, text) {
    const g = m.groups!;
    const day = Number(g.d);
    const month = Number(g.m1 ?? g.m2 ?? g.m3);
    if (!plausibleDayMonth(day, month)) return null;
    if (numberBlocked(text, m.index) || inUrl(text, m.index)) return null;
    return raw(this.id, m, { type: 'day', from: { day, month, year: Number(g.y) }, lexicon: [] });
  },
};
