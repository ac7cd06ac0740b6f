/**
 * A weekday with its date, as ONE fact spanning weekday to date (and the closing parenthesis).
 *
 * Handles: "Selasa (20/06/2023)", "Jum'at,19/08", "Senin (13/2)", "Jumat (22/11/2024)",
 * "Senin (10 / 7)", "Rabu, 14 Februari 2024", "Rabu 29 Agustus 2018", "Senin, (29/01/2024)",
 * "Selasa malam, (7 / 11)", "Sabtu kemarin (17 / 6)", "Jumat ini (6 / 10)", "Kamis (28/3/19)",
 * "Sabtu sore (2/3/) lalu", "Tue, 26 Jun 2018", "Wednesday, February 14, 2024",
 * "JUM’AT, 30 MARET 2018", and in brackets with a typo in the year: "Kamis (5/92024)", "Rabu (18/6/225)".
 * Not here: the clock time after it (clock-time.ts, attached by the scanner), a weekday alone
 * (bare-weekday.ts, weekday-relative.ts).
 */
import { SUFFIX, SUFFIX_RE, WEEKDAY_RE, key } from './lexicon.js';
import { DAY_PART, dayMonthSource, englishSource, isCapitalized, matchEnd, monthInfo, numericSource, plausibleDayMonth, raw, sticky, weekdayInfo, yearPart } from './parts.js';
import type { DateForm, RawDate, Tense } from './types.js';

// a numeric date in brackets with a typo in its year, the weekday and brackets vouching for it: a
// slash lost between month and year ("Kamis (5/92024)", "Senin (13/102025)": the last four digits
// are the year), a year of three or five digits ("Rabu (18/6/225)", "Jumat (20/6/21025)": repaired
// in resolve.ts by the weekday)
const TYPO = `(?<bd>\\d{1,2})\\s{0,4}/\\s{0,4}(?:(?<bmy>\\d{5,6})|(?<bm>\\d{1,2})\\s{0,4}/\\s{0,4}(?<by>\\d{3}|\\d{5}))(?=\\s{0,4}\\))`;

export const weekdayDate: DateForm = {
  id: 'date/weekday-date',
  starts: ['weekday'],
  pattern: sticky(
    `(?<wd>${WEEKDAY_RE})(?![a-z'’])\\.?(?:\\s{0,4},)?(?:\\s{1,4}${DAY_PART})?(?:\\s{1,4}(?<tense>${SUFFIX_RE}))?(?:\\s{0,4},)?\\s{0,4}(?<open>\\()?\\s{0,4}(?:(?:tanggal|tgl\\.?)\\s{0,4})?` +
      `(?:${numericSource('n')}|${dayMonthSource('t')}|${englishSource('e')}|${TYPO})`,
  ),
  parse(m) {
    const g = m.groups!;
    const wd = weekdayInfo(g.wd);
    if (!wd || (!isCapitalized(g.wd) && wd.isoDay === 7)) return null;
    const lexicon = [wd.id];
    let day: number;
    let month: number;
    let year: string | undefined;
    let mi: ReturnType<typeof monthInfo>;
    if (g.nd !== undefined) {
      day = Number(g.nd);
      month = Number(g.nm);
      year = g.ny;
      // "Senin 9.12" is a clock time: dots and dashes need parentheses or a year
      if (g.nsep !== '/' && !g.open && !year) return null;
    } else if (g.bd !== undefined) {
      if (!g.open) return null;
      day = Number(g.bd);
      month = Number(g.bmy !== undefined ? g.bmy.slice(0, -4) : g.bm);
      year = g.bmy !== undefined ? g.bmy.slice(-4) : g.by;
    } else {
      mi = monthInfo(g.tmon ?? g.emon);
      if (!mi) return null;
      lexicon.push(mi.id);
      day = Number(g.td ?? g.ed);
      month = mi.month;
      year = g.ty ?? g.ey;
    }
    if (!plausibleDayMonth(day, month)) return null;
    const out: RawDate = raw(this.id, m, { type: 'day', from: { day, month, ...yearPart(year) }, weekday: wd.isoDay, lexicon }, matchEnd(m, mi));
    if (g.open) out.openParen = true;
    if (g.tense) {
      const s = SUFFIX.get(key(g.tense));
      if (s) {
        out.tense = s.role as Tense;
        lexicon.push(s.id);
      }
    }
    return out;
  },
};
