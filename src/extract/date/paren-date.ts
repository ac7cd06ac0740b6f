/**
 * A numeric day/month alone in parentheses, the news habit of dating a statement.
 *
 * Handles: "imbuh Sandiaga (21/9).", "dilaporkan Reuters (20 / 10)", "(16/10/2024)",
 * "pada pukul 21.00 WIB (4 / 5)".
 * Not here: a weekday before the parenthesis (weekday-date.ts), "hari ini (21 / 7)"
 * (relative-day.ts). Not dates: fractions "dua pertiga (2/3)", "(1/2)" after "setengah", betting
 * odds "1 (5 / 6) X (5 / 2)".
 */
import { numberBlocked, plausibleDayMonth, raw, sticky, yearPart } from './parts.js';
import type { DateForm } from './types.js';

export const parenDate: DateForm = {
  id: 'date/paren-date',
  starts: ['digit'],
  digitRuns: [1, 2],
  digitThen: '/',
  pattern: sticky('(?<=\\(\\s{0,4})(?<d>\\d{1,2})\\s{0,4}\\/\\s{0,4}(?<m>\\d{1,2})(?:\\s{0,4}\\/\\s{0,4}(?<y>\\d{4}|\\d{2}))?(?=\\s{0,4}\\))'),
  parse(m, text) {
    const g = m.groups!;
    const day = Number(g.d);
    const month = Number(g.m);
    if (!plausibleDayMonth(day, month)) return null;
    const open = text.lastIndexOf('(', m.index);
    if (open < 0 || numberBlocked(text, open)) return null;
    // betting odds "William Hill: 1 (5 / 6) X (5 / 2)": a number, a lone capital or a colon before it
    if (/(?:\d|\b[A-Z]|:)\s{0,2}$/.test(text.slice(Math.max(0, open - 4), open))) return null;
    return raw(this.id, m, { type: 'day', from: { day, month, ...yearPart(g.y) }, lexicon: [] });
  },
};
