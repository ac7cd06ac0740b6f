/**
 * One fact per stage id: later mentions of the same stage become mentions of the first, their
 * dates and elections kept (the pipeline's own merge keeps only the first fact's values).
 * Handles: "pemuktahiran data pemilih dimulai 12 Februari ..." and "panitia pemuktahiran data
 * pemilih (Pantarlih)" -> one pemutakhiran-data-pemilih fact with both mentions.
 * Not here: stages of different ids (kept apart even when they overlap in text).
 */
import type { Resolver } from '../extract/types.js';
import type { StageFact } from '../types.js';
import { compareFacts } from '../refine/common.js';
import { withFields } from '../fact-copy.js';

export const stageMergeResolver: Resolver<'stage'> = {
  id: 'stage/merge',
  resolve(facts) {
    const byId = new Map<string, StageFact>();
    const out: StageFact[] = [];
    for (const f of [...facts].sort(compareFacts)) {
      const first = byId.get(f.id);
      if (!first) {
        const copy = withFields(f, { dates: [...f.dates], flags: [...f.flags], mentions: [...f.mentions] });
        byId.set(f.id, copy);
        out.push(copy);
        continue;
      }
      for (const d of f.dates) if (!first.dates.includes(d)) first.dates.push(d);
      if (!first.election && f.election) first.election = f.election;
      for (const m of f.mentions) if (!first.mentions.some((x) => x.start === m.start && x.end === m.end)) first.mentions.push(m);
      first.confidence = Math.max(first.confidence, f.confidence);
    }
    for (const f of out) f.mentions.sort((a, b) => a.start - b.start);
    return out;
  },
};
