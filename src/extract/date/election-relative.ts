/**
 * Days counted from the voting day, when the article names the voting day.
 *
 * Handles: "H-7", "H-1", "H+1", "H - 3" (IndoSum spacing).
 * Not here: "H-7 Lebaran", "H-3 Natal" (counted from a holiday); H-n in an article that does not
 * state the voting day (no fact).
 */
import { HOLIDAY_RE } from './lexicon.js';
import { raw } from './parts.js';
import type { DateForm } from './types.js';

const HOLIDAY_AFTER = new RegExp(`\\s{0,4}${HOLIDAY_RE}(?![a-z])`, 'iy');

export const electionRelative: DateForm = {
  id: 'date/election-relative',
  starts: ['election'],
  pattern: /H\s?(?<sign>[-+−–])\s?(?<n>\d{1,3})(?![\d])/y,
  parse(m, text) {
    const g = m.groups!;
    const n = Number(g.n);
    if (n > 365) return null;
    HOLIDAY_AFTER.lastIndex = m.index + m[0].length;
    if (HOLIDAY_AFTER.test(text)) return null;
    const offset = g.sign === '+' ? n : -n;
    return raw(this.id, m, { type: 'election', from: {}, offset, relative: `H${offset >= 0 ? '+' : '-'}${n}`, lexicon: [] });
  },
};
