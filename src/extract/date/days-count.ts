/**
 * A counted number of days before or after the reference day.
 *
 * Handles: "tiga hari lalu", "2 hari yang lalu", "sehari lalu", "tujuh hari lagi".
 * Not here: "beberapa hari lalu" (vague), "3 tahun lalu", "dua pekan lalu".
 */
import { DAYS_COUNT_AHEAD_RE, DAYS_COUNT_INITIALS, DAYS_COUNT_PAST_RE, key, NUMBER, NUMBER_RE, RELATIVE } from './lexicon.js';
import { raw, sticky } from './parts.js';
import type { DateForm } from './types.js';

// the number words are runs of ASCII letters: what `wordThen` assumes of the opening letters
for (const w of [...NUMBER.keys(), 'se']) if (!/^[a-z]+$/.test(w)) throw new Error(`date-numbers.json: "${w}" is not a run of ASCII letters`);

export const daysCount: DateForm = {
  id: 'date/days-count',
  starts: ['digit', 'number'],
  digitRuns: [1, 2],
  digitThen: DAYS_COUNT_INITIALS,
  // a number word goes on with "hari lalu" or "hari lagi" (their initials), right away or after white space
  wordThen: DAYS_COUNT_INITIALS,
  pattern: sticky(`(?:(?<n>\\d{1,2})|(?<w>${NUMBER_RE}|se))\\s{0,4}(?:(?<past>${DAYS_COUNT_PAST_RE})|(?<ahead>${DAYS_COUNT_AHEAD_RE}))(?![a-z])`),
  parse(m) {
    const g = m.groups!;
    const num = g.w !== undefined ? NUMBER.get(key(g.w)) : undefined;
    const n = g.n !== undefined ? Number(g.n) : num?.value;
    if (n === undefined || n < 1 || n > 60) return null;
    // "se" only as "sehari": "se hari" is not a word
    if (g.w !== undefined && key(g.w) === 'se' && /\s/.test(m[0][2])) return null;
    const rel = RELATIVE.get(key(g.past ?? g.ahead));
    if (!rel) return null;
    const lexicon = [rel.id, ...(num ? [num.id] : [])];
    return raw(this.id, m, { type: 'days-count', from: {}, offset: g.past ? -n : n, relative: key(m[0]), lexicon });
  },
};
