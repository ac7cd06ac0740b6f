/**
 * What a stage mention's own sentence says about it: the election it belongs to and the dates
 * stated with it.
 *
 * Handles: "pemuktahiran data pemilih dimulai 12 Februari 15 April 2023 ... dan verifikasi syarat
 * dukungan calon DPD tahap pertama yang tahapannya 6-26 Februari 2023" -> each stage gets the
 * dates after it up to the next stage of the sentence; dates before the first stage go to the
 * first one. "masa kampanye pada Pemilu Tahun 2024" -> election "Pemilu 2024" (the nearest named
 * election of the sentence, after the stage preferred).
 * Not here: elections or dates of other sentences ("when stated" means in the same sentence).
 */
import type { Resolver } from '../extract/types.js';
import type { DateFact, StageFact } from '../types.js';
import { electionMentions } from '../extract/stage/election.js';

/** characters after a stage within which a named election is taken first */
const ELECTION_AFTER = 80;

export const stageContextResolver: Resolver<'stage'> = {
  id: 'stage/context',
  resolve(facts, doc) {
    // most articles have no stage: no election nor date to look up
    if (facts.length === 0) return facts;
    const elections = electionMentions(doc);
    const dates = doc.facts.filter((f): f is DateFact => f.kind === 'date');
    const bySentence = new Map<number, StageFact[]>();
    for (const f of facts) {
      const list = bySentence.get(f.evidence.sentence) ?? [];
      list.push(f);
      bySentence.set(f.evidence.sentence, list);
    }
    for (const [index, stages] of bySentence) {
      const sentence = doc.sentences[index];
      if (!sentence) continue;
      stages.sort((a, b) => a.start - b.start);
      // election: nearest in the sentence, one right after the stage first
      const inSentence = elections.filter((e) => e.start >= sentence.start && e.end <= sentence.end);
      for (const s of stages) {
        if (s.election) continue;
        const after = inSentence.find((e) => e.start >= s.end && e.start - s.end <= ELECTION_AFTER);
        const nearest = after ?? [...inSentence].sort((a, b) => Math.abs(a.start - s.start) - Math.abs(b.start - s.start))[0];
        if (nearest) s.election = nearest.name;
      }
      // dates: to the stage before them in the sentence (the first stage for dates before it)
      for (const d of dates) {
        if (d.start < sentence.start || d.end > sentence.end) continue;
        let owner = stages[0];
        for (const s of stages) if (s.start <= d.start) owner = s;
        if (owner && !owner.dates.includes(d.value)) owner.dates.push(d.value);
      }
    }
    return facts;
  },
};
