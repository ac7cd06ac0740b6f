/**
 * A numeric range of days in one month, with or without its weekdays, as one interval fact.
 *
 * Handles: "Sabtu-Minggu (10-11/2/2024)", "Senin hingga Rabu (12-14/2)", "(10-11/2)",
 * "10-11/2/2024", "19 hingga 20/6/2025".
 * Not here: ranges with month names (day-range.ts). Not dates: "4-6 TPS", "20-30/100" (the end
 * needs a month, and a bare range without weekday or parenthesis needs a four-digit year).
 */
import { CONNECTOR, CONNECTOR_INITIALS, CONNECTOR_RE, key, WEEKDAY_RE } from './lexicon.js';
import { inUrl, numberBlocked, plausibleDayMonth, raw, sticky, weekdayInfo, yearPart } from './parts.js';
import type { DateForm } from './types.js';

export const numericRange: DateForm = {
  id: 'date/numeric-range',
  starts: ['weekday', 'digit'],
  digitRuns: [1, 2],
  digitThen: CONNECTOR_INITIALS,
  pattern: sticky(
    `(?:(?<wd1>${WEEKDAY_RE})(?![a-z'’])(?:\\s{0,4}${CONNECTOR_RE}\\s{0,4}(?<wd2>${WEEKDAY_RE})(?![a-z'’]))?\\s{0,4},?\\s{0,4})?(?<open>\\()?\\s{0,4}` +
      `(?<d1>\\d{1,2})\\s{0,4}(?<conn>${CONNECTOR_RE})\\s{0,4}(?<d2>\\d{1,2})\\s{0,4}\\/\\s{0,4}(?<m>\\d{1,2})(?:\\s{0,4}\\/\\s{0,4}(?<y>\\d{4}|\\d{2}))?(?![\\d]|\\s{0,4}[/.\\-]\\s{0,4}\\d)(?:\\s{0,4}(?<close>\\)))?`,
  ),
  parse(m, text) {
    const g = m.groups!;
    const conn = CONNECTOR.get(key(g.conn));
    const month = Number(g.m);
    const from = Number(g.d1);
    const to = Number(g.d2);
    if (!conn || !plausibleDayMonth(from, month) || !plausibleDayMonth(to, month) || from >= to) return null;
    const wd1 = weekdayInfo(g.wd1);
    const wd2 = weekdayInfo(g.wd2);
    if (g.wd1 !== undefined && !wd1) return null;
    // without a weekday: "(10-11/2)" in parentheses, or a four-digit year
    const inParens = /\(\s{0,4}$/.test(text.slice(Math.max(0, m.index - 5), m.index));
    if (!wd1 && !inParens && !(g.y && g.y.length === 4)) return null;
    if (!wd1 && (numberBlocked(text, inParens ? text.lastIndexOf('(', m.index) : m.index) || inUrl(text, m.index))) return null;
    const year = yearPart(g.y);
    const lexicon = [...(wd1 ? [wd1.id] : []), ...(wd2 ? [wd2.id] : []), conn];
    // the closing parenthesis belongs to the span only when the weekday opened it: "Sabtu-Minggu (10-11/2/2024)"
    const full = m.index + m[0].length;
    const end = g.close && !(wd1 && g.open) ? full - m[0].length + m[0].lastIndexOf(')') : full;
    const trimmed = text.slice(m.index, end).trimEnd().length + m.index;
    return raw(this.id, m, { type: 'interval', from: { day: from, month, ...year }, to: { day: to, month, ...year }, lexicon }, trimmed);
  },
};
