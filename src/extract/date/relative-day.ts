/**
 * Relative days, resolved against the article's reference day (the event day the article states
 * for quotes and narration about the event, else the publication date).
 *
 * Handles: "hari ini", "pagi ini", "kemarin", "kemarin sore", "tadi malam" (last night: the day
 * before, as "kemarin malam"), "kemarin lusa",
 * "besok", "esok hari", "lusa", and with the day written beside it: "hari ini (21 / 7)",
 * "kemarin (12 / 7)", "Hari ini (Rabu 10/12)" (the written day is the value), "kemarin (Jumat)" (the
 * Friday nearest the day before the reference: the quote's day may not be the reference); before
 * "..., Minggu (11 / 9)" the weekday-date alone is the fact.
 * Not here: "pilkada kemarin", "Pilkada Jakarta kemarin", "pemilu besok" (the recent/next election, not a day),
 * "beberapa hari ini", "dua hari ini", "hari-hari ini"; vague "pekan lalu", "tahun depan".
 */
import { BLOCKS_RELATIVE, key, NUMBER, RELATIVE, RELATIVE_DAY_RE, WEEKDAY, WEEKDAY_RE } from './lexicon.js';
import { adjacentWordBefore, plausibleDayMonth, raw, sticky, weekdayInfo, wordBefore, yearPart } from './parts.js';
import type { DateForm } from './types.js';

// the most capitalized words (a place's name) between an event and its "kemarin": "Pilkada DKI Jakarta kemarin"
const NAME_WORDS = 3;

/** A blocking word right before `at`, or before a place's name right before it ("Pilkada Jakarta kemarin"). */
function blockedBefore(text: string, at: number): boolean {
  let pos = at;
  for (let k = 0; k <= NAME_WORDS; k++) {
    const { word, start } = adjacentWordBefore(text, pos);
    if (word === '') return false;
    if (BLOCKS_RELATIVE.has(key(word))) return true;
    if (!/\p{Lu}/u.test(text[start])) return false;
    pos = start;
  }
  return false;
}

const APPOSED_WEEKDAY = new RegExp(`\\s{0,4},\\s{0,4}${WEEKDAY_RE}(?![a-z'’])\\s{0,4},?\\s{0,4}\\(?\\s{0,4}\\d`, 'iy');

export const relativeDay: DateForm = {
  id: 'date/relative-day',
  starts: ['relative'],
  pattern: sticky(
    `(?<rel>${RELATIVE_DAY_RE})(?![a-z\\-])(?:\\s{0,4},?\\s{0,4}(?<open>\\()\\s{0,4}(?:(?<wd>${WEEKDAY_RE})(?![a-z'’])\\s{0,4},?\\s{0,4})?(?<d>\\d{1,2})\\s{0,4}\\/\\s{0,4}(?<m>\\d{1,2})(?:\\s{0,4}\\/\\s{0,4}(?<y>\\d{4}|\\d{2}))?\\s{0,4}\\)|\\s{0,4}\\(\\s{0,4}(?<day>${WEEKDAY_RE})(?![a-z'’])\\s{0,4}\\))?`,
  ),
  parse(m, text) {
    const g = m.groups!;
    const rel = RELATIVE.get(key(g.rel));
    if (!rel) return null;
    if (text[m.index - 1] === '-') return null;
    const before = wordBefore(text, m.index);
    // "salat Jumat kemarin": the word belongs to the weekday before it (weekday-relative.ts)
    if (BLOCKS_RELATIVE.has(before) || blockedBefore(text, m.index) || NUMBER.has(before) || WEEKDAY.has(before) || /\d\s{0,4}$/.test(text.slice(Math.max(0, m.index - 4), m.index))) return null;
    const lexicon = [rel.id];
    if (g.d !== undefined) {
      const day = Number(g.d);
      const month = Number(g.m);
      if (!plausibleDayMonth(day, month)) return null;
      const wd = weekdayInfo(g.wd);
      if (wd) lexicon.push(wd.id);
      return raw(this.id, m, { type: 'day', from: { day, month, ...yearPart(g.y) }, weekday: wd?.isoDay, relative: key(g.rel), lexicon });
    }
    // "tiba kemarin, Minggu (11 / 9)": the weekday and date after it say which day; that fact stands
    APPOSED_WEEKDAY.lastIndex = m.index + m[0].length;
    if (APPOSED_WEEKDAY.test(text)) return null;
    // "Seperti kemarin (Jumat), saya datang": the weekday says which day (resolve.ts: the day on it nearest the reckoned one)
    const named = weekdayInfo(g.day);
    if (named) lexicon.push(named.id);
    return raw(this.id, m, { type: 'relative-day', from: {}, offset: rel.offset, weekday: named?.isoDay, relative: key(g.rel), lexicon });
  },
};
