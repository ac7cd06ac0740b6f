/**
 * Repeated mentions of one date value become one fact with every mention, in one linear pass
 * (a detik article repeats "Selasa (21/10/2025)" and "Selasa (21/10)"). The date scanner never
 * yields overlapping spans, so mentions need no de-duplication here.
 */
import type { Refiner } from '../types.js';
import type { DateFact } from '../../types.js';
import { withFields } from '../../fact-copy.js';

export const mergeDateMentions: Refiner<'date'> = {
  id: 'date/merge-mentions',
  refine(facts) {
    // per value: its index in `out`; the fact there is copied before a second mention joins it
    const byValue = new Map<string, number>();
    const copied: boolean[] = [];
    const out: DateFact[] = [];
    for (const f of [...facts].sort((a, b) => a.start - b.start)) {
      const at = byValue.get(f.value);
      if (at === undefined) {
        byValue.set(f.value, out.length);
        copied.push(false);
        out.push(f);
        continue;
      }
      if (!copied[at]) {
        out[at] = withFields(out[at], { mentions: [...out[at].mentions], flags: [...out[at].flags] });
        copied[at] = true;
      }
      const first = out[at];
      first.mentions.push(...f.mentions);
      for (const fl of f.flags) if (!first.flags.includes(fl)) first.flags.push(fl);
      first.confidence = Math.max(first.confidence, f.confidence);
    }
    return out;
  },
};
