/**
 * Resolver: member titles written without their body ("Ketua Divisi Teknis Penyelenggaraan
 * Pemilu, Ismanto", "Wakil Ketua Taufik Kurniawan", "Ketua Majelis Ratna Dewi Pettalolo",
 * "Kasubag Teknik Asjaya") take the body from the article, in this order:
 * 1. the person's other office with a body ("M. Tio Aliansyah" is anggota KPU Provinsi Lampung);
 * 2. a body the title usually belongs to, when the article names it ("Ketua Majelis": DKPP);
 * 3. the body most officials hold in this sentence and the two before ("Sekretaris KPU Fitria,
 *    Kabid ... Makmur, Kasubag Teknik Asjaya");
 * 4. the body the article names most often.
 * Facts still unbound are dropped: a title without a body is not an office. A title whose usual
 * body is outside the vocabulary (`bodyOptional`: "Ketua Majelis Hakim" of a district court) skips
 * 3 and 4 and stands with no institution.
 */
import type { Resolver } from '../extract/types.js';
import type { InstitutionFact, OfficialFact } from '../types.js';
import { POSITIONS } from '../extract/official/lexicon.js';
import { nameWithin, nameWords } from './official-names.js';
import { withEvidence, withFields } from '../fact-copy.js';
import { mapPacked } from '../extract/packed.js';

const FLAG = 'institution-from-context';
const ENTRY_BY_ID = new Map(POSITIONS.map((e) => [e.id, e]));

type Body = { institution: string; region: string | null };

// the most frequent body among some, ties to the first seen
function majority(bodies: Body[]): Body | null {
  const count = new Map<string, { body: Body; n: number }>();
  for (const b of bodies) {
    const k = `${b.institution}|${b.region}`;
    const c = count.get(k);
    if (c) c.n++;
    else count.set(k, { body: b, n: 1 });
  }
  let best: { body: Body; n: number } | null = null;
  for (const c of count.values()) if (!best || c.n > best.n) best = c;
  return best ? best.body : null;
}

export const officialContext: Resolver<'official'> = {
  id: 'official/context',
  resolve(facts, doc) {
    if (!facts.some((f) => f.flags.includes(FLAG))) return facts;
    const bound = facts.filter((f) => !f.flags.includes(FLAG) && f.institution);
    const institutions = doc.facts.filter((f) => f.kind === 'institution' && !f.id.startsWith('partai:')) as InstitutionFact[];
    const out: OfficialFact[] = [];
    for (const f of facts) {
      if (!f.flags.includes(FLAG)) {
        out.push(f);
        continue;
      }
      const w = nameWords(f.name);
      let body: Body | null = null;
      // 1. the same person's other office
      const own = majority(mapPacked(bound.filter((b) => nameWithin(w, nameWords(b.name)) || nameWithin(nameWords(b.name), w)), (b) => ({ institution: b.institution!, region: b.region })));
      if (own) body = own;
      // 2. the title's usual bodies
      const entry = mapPacked(f.evidence.lexicon, (id) => ENTRY_BY_ID.get(id.replace(/^office:/, ''))).find((e) => e?.contextInstitutions || e?.bodyOptional);
      if (!body) {
        for (const id of entry?.contextInstitutions ?? []) {
          const inst = majority(mapPacked(institutions.filter((x) => x.id === id), (x) => ({ institution: x.id, region: x.region })));
          if (inst) {
            body = inst;
            break;
          }
        }
      }
      if (!body && entry?.bodyOptional) {
        out.push(withFields(f, { flags: f.flags.filter((x) => x !== FLAG), confidence: Math.min(f.confidence, 0.7) }));
        continue;
      }
      // 3. officials of this sentence and the two before
      if (!body) {
        const s = f.evidence.sentence;
        body = majority(mapPacked(bound.filter((b) => b.evidence.sentence <= s && b.evidence.sentence >= s - 2), (b) => ({ institution: b.institution!, region: b.region })));
      }
      // 4. the article's most named body
      if (!body) body = majority(mapPacked(institutions, (x) => ({ institution: x.id, region: x.region })));
      if (!body) continue;
      out.push(
        withFields(f, {
          institution: body.institution,
          region: body.region,
          flags: f.flags.filter((x) => x !== FLAG),
          confidence: Math.min(f.confidence, 0.7),
          evidence: withEvidence(f.evidence, { implied: [...new Set([...f.evidence.implied, 'institution', 'region'])] }),
        }),
      );
    }
    return out;
  },
};
