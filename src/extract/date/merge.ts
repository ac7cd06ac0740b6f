/**
 * Repeated mentions of one date value become one fact with every mention, in one linear pass
 * (a detik article repeats "Selasa (21/10/2025)" and "Selasa (21/10)"). The date scanner never
 * yields overlapping spans, so mentions need no de-duplication here.
 */
import type { Refiner } from '../types.js';
import type { DateFact } from '../../types.js';

export const mergeDateMentions: Refiner<'date'> = {
  id: 'date/merge-mentions',
  refine(facts) {
    const byValue = new Map<string, DateFact>();
    const out: DateFact[] = [];
    for (const f of [...facts].sort((a, b) => a.start - b.start)) {
      const first = byValue.get(f.value);
      if (!first) {
        const copy = { ...f, mentions: [...f.mentions], flags: [...f.flags] };
        byValue.set(f.value, copy);
        out.push(copy);
        continue;
      }
      first.mentions.push(...f.mentions);
      for (const fl of f.flags) if (!first.flags.includes(fl)) first.flags.push(fl);
      first.confidence = Math.max(first.confidence, f.confidence);
    }
    return out;
  },
};
