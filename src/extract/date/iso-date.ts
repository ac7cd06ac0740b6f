/**
 * ISO 8601 days and day-times in metadata and whois-style lines.
 *
 * Handles: "2023-06-20", "2018-04-12", "2023-02-14T11:13", "2015-11-05 14:56:43".
 * Not here: "2019/2020" (a school year), URL paths ("/2024/02/14/").
 */
import { inUrl, plausibleDayMonth, raw, sticky } from './parts.js';
import type { DateForm } from './types.js';

export const isoDate: DateForm = {
  id: 'date/iso-date',
  starts: ['digit'],
  digitRuns: [4],
  digitThen: '-',
  pattern: sticky('(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?:[T ](?<h>\\d{2}):(?<mi>\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d\\-])'),
  parse(m, text) {
    const g = m.groups!;
    const day = Number(g.d);
    const month = Number(g.m);
    if (!plausibleDayMonth(day, month)) return null;
    const before = text[m.index - 1];
    if ((before !== undefined && /[/\-.\p{L}\p{N}]/u.test(before)) || inUrl(text, m.index)) return null;
    const out = raw(this.id, m, { type: 'day', from: { day, month, year: Number(g.y) }, lexicon: [] });
    if (g.h !== undefined && Number(g.h) < 24 && Number(g.mi) < 60) {
      out.hour = Number(g.h);
      out.minute = Number(g.mi);
    }
    return out;
  },
};
