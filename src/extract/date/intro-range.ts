/**
 * A range written without a connector, after a word that announces one.
 *
 * Handles: "dimulai 12 Februari 15 April 2023", "mulai 1 Mei 14 Mei 2023",
 * "sejak tanggal 12 Februari 15 April 2023", "periode 2 Oktober 14 Oktober 2024".
 * Not here: ranges with a connector (day-range.ts). Without the introducer "12 Februari 15 April
 * 2023" stays two dates.
 */
import { INTRODUCER, INTRODUCER_RE, key, MONTH_INITIALS, MONTH_RE } from './lexicon.js';
import { matchEnd, monthInfo, raw, sticky, yearPart } from './parts.js';
import type { DateForm } from './types.js';

export const introRange: DateForm = {
  id: 'date/intro-range',
  starts: ['digit'],
  digitRuns: [1, 2],
  digitThen: MONTH_INITIALS,
  pattern: sticky(
    `(?<=(?<intro>${INTRODUCER_RE})\\s{1,4}(?:(?:dari|pada|tanggal|tgl\\.?)\\s{1,4}){0,3})` +
      `(?<d1>\\d{1,2})\\s{1,4}(?<m1>${MONTH_RE})(?![a-z])\\.?(?:\\s{1,4}(?<y1>\\d{4}))?\\s{1,4}(?<d2>\\d{1,2})\\s{1,4}(?<m2>${MONTH_RE})(?![a-z])\\.?(?:\\s{1,4}(?<y2>\\d{4}))?(?![\\d])`,
  ),
  parse(m, text) {
    const g = m.groups!;
    const m1 = monthInfo(g.m1);
    const m2 = monthInfo(g.m2);
    const intro = INTRODUCER.get(key(g.intro));
    if (!m1 || !m2 || !intro) return null;
    // the introducer is a whole word: "dimulai", not "...mulai" inside another word
    const introAt = text.lastIndexOf(g.intro, m.index);
    if (introAt > 0 && /\p{L}/u.test(text[introAt - 1])) return null;
    const from = { day: Number(g.d1), month: m1.month, ...yearPart(g.y1) };
    const to = { day: Number(g.d2), month: m2.month, ...yearPart(g.y2) };
    if (from.day < 1 || from.day > 31 || to.day < 1 || to.day > 31) return null;
    return raw(this.id, m, { type: 'interval', from, to, lexicon: [...new Set([m1.id, m2.id]), intro] }, matchEnd(m, m2));
  },
};
