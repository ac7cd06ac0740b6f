/**
 * A weekday placed by the word after it, relative to the reference day.
 *
 * Handles: "Senin lalu", "Sabtu yang lalu", "Rabu kemarin", "Jumat silam", "Kamis mendatang",
 * "Senin depan", "Jumat ini", "Jumat pekan lalu", "Selasa pekan depan", "Senin malam lalu".
 * Not here: a weekday with its date (weekday-date.ts); "salat Jumat besok", "setiap Senin";
 * sentence-initial "Minggu lalu" / "minggu depan" (a week, not a Sunday).
 */
import { BLOCKS_WEEKDAY, key, SUFFIX, SUFFIX_RE, WEEKDAY_LOCAL_RE } from './lexicon.js';
import { DAY_PART, isCapitalized, raw, sticky, weekdayInfo, wordBefore } from './parts.js';
import type { DateForm, Tense } from './types.js';

export const weekdayRelative: DateForm = {
  id: 'date/weekday-relative',
  starts: ['weekday'],
  pattern: sticky(`(?<wd>${WEEKDAY_LOCAL_RE})(?![a-z'’])(?:\\s{1,4}${DAY_PART})?\\s{1,4}(?<suf>${SUFFIX_RE})(?![a-z\\-])`),
  parse(m, text) {
    const g = m.groups!;
    const wd = weekdayInfo(g.wd);
    const suf = SUFFIX.get(key(g.suf));
    if (!wd || wd.foreign || !suf || !isCapitalized(g.wd)) return null;
    const before = wordBefore(text, m.index);
    if (BLOCKS_WEEKDAY.has(before)) return null;
    // "Minggu lalu, ..." reads as "last week" unless a day word comes first: "pada Minggu lalu"
    if (wd.isoDay === 7 && before !== 'pada' && before !== 'hari' && before !== 'sejak') return null;
    return raw(this.id, m, {
      type: 'weekday',
      from: {},
      weekday: wd.isoDay,
      tense: suf.role as Tense,
      relative: `${wd.canonical} ${key(g.suf)}`,
      lexicon: [wd.id, suf.id],
    });
  },
};
