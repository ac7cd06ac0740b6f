/**
 * A weekday standing alone after a word that makes it a day: the most recent such day on or
 * before the publication date.
 *
 * Handles: "pada Senin", "hari Minggu", "sejak Selasa", "pada Rabu malam",
 * Antara's "kata dia di Jakarta, Senin."
 * Not here: "setiap Senin", "salat Jumat", "Senin-Jumat" (working days), lower-case "minggu"
 * (a week), sentence-initial weekdays without a day word, "setiap Senin hingga Kamis" (the end of
 * a span of weekdays).
 */
import { BLOCKS_WEEKDAY, MARKS_WEEKDAY_NEXT, WEEKDAY_LOCAL_RE } from './lexicon.js';
import { DAY_PART, isCapitalized, raw, sticky, weekdayInfo, wordBefore } from './parts.js';
import type { DateForm } from './types.js';

export const bareWeekday: DateForm = {
  id: 'date/bare-weekday',
  starts: ['weekday'],
  // "Selasa (20/06/2023)": a weekday-date match holds a digit and this one none, so from the same
  // anchor it ends past the digit, past this match (tails attach to days, never to a weekday alone)
  outrunBy: ['date/weekday-date'],
  pattern: sticky(`(?<=(?<lead>\\b(?:pada|hari|sejak|yakni|yaitu)\\s{1,4}|,\\s{0,4}))(?<wd>${WEEKDAY_LOCAL_RE})(?![a-z'’\\-])(?:\\s{1,4}${DAY_PART}(?![a-z]))?`),
  parse(m, text) {
    const g = m.groups!;
    const wd = weekdayInfo(g.wd);
    if (!wd || wd.foreign || !isCapitalized(g.wd)) return null;
    // "setiap hari Senin": the blocker may stand before "hari"
    const before = wordBefore(text, m.index);
    if (BLOCKS_WEEKDAY.has(before) || (before === 'hari' && BLOCKS_WEEKDAY.has(wordBefore(text, m.index - g.lead.length)))) return null;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    // after a comma only the Antara dateline habit: ", Senin." / ", Senin,"
    if (g.lead.startsWith(',') && !/^\s{0,4}(?:[.,;:)]|$)/.test(after)) return null;
    if (/^\s{0,4}(?:-|s\.d|hingga|sampai|dan)/i.test(after)) return null;
    // "nanti hari Rabu": the day ahead, like "Rabu mendatang"
    const leadWord = g.lead.startsWith(',') ? '' : wordBefore(text, m.index - g.lead.length);
    if (MARKS_WEEKDAY_NEXT.has(leadWord)) {
      return raw(this.id, m, { type: 'weekday', from: {}, weekday: wd.isoDay, tense: 'next', relative: `${leadWord} ${wd.canonical}`, lexicon: [wd.id, 'weekday-marker-next'] });
    }
    return raw(this.id, m, { type: 'weekday', from: {}, weekday: wd.isoDay, relative: wd.canonical, lexicon: [wd.id] });
  },
};
