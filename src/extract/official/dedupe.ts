/**
 * Refiner: one office of one person found twice at the same place (by two forms, or by a chain
 * and a plain title) is one fact.
 */
import type { Refiner } from '../types.js';
import type { OfficialFact } from '../../types.js';

export const dedupeOfficials: Refiner<'official'> = {
  id: 'official/dedupe',
  refine(facts) {
    const seen = new Set<string>();
    const out: OfficialFact[] = [];
    for (const f of facts) {
      const key = `${f.start}|${f.end}|${f.name}|${f.position}|${f.institution}|${f.region}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(f);
    }
    return out;
  },
};
