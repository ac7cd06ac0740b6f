/**
 * Binds institution mentions without a stated region to the region the article establishes,
 * the way the annotators of ../shared/gold did:
 * - a body that exists nationally and regionally (KPU, Bawaslu, Polri, TNI, Gakkumdu): the one
 *   region stated with the same institution elsewhere in the article ("KPU" after "KPU Kabupaten
 *   Luwu Utara"); several regions or none: national (null);
 * - a body that is only regional (Pemda, Kesbangpol, DPRD, Forkopimda, Diskominfo) or a regional
 *   unit ("Korem 043/Garuda Hitam", "Polda" alone): the one region stated with it elsewhere, else
 *   the article's main region (the most stated one among its institutions);
 * - an ad-hoc election body (PPK, PPS, KPPS, Pantarlih under the KPU; Panwaslu Kecamatan under
 *   Bawaslu): the region of its parent body when that is one kabupaten/kota ("Syamsul ... PPK" in
 *   a KPU Luwu Utara article), or the one region the article states with any body when the parent
 *   is stated with none and that region is a kabupaten/kota; else null (a province-level or national article);
 * - national-only bodies and parties: unchanged.
 * Not here: regions stated after the name (extract/institution/build.ts).
 */
import type { Resolver } from '../extract/types.js';
import type { FactOf } from '../types.js';
import { regionByCode } from '../lexicon/regions.js';
import { INSTITUTION_META } from '../extract/institution/build.js';
import { withEvidence, withFields } from '../fact-copy.js';
import { mapPacked } from '../extract/packed.js';

type Inst = FactOf<'institution'>;

const ADHOC_PARENT: Record<string, string> = {
  PPK: 'KPU',
  PPS: 'KPU',
  KPPS: 'KPU',
  Pantarlih: 'KPU',
  'Panwaslu Kecamatan': 'Bawaslu',
};

function onlyOne<T>(values: Iterable<T>): T | null {
  const s = new Set(values);
  return s.size === 1 ? [...s][0] : null;
}

/** The region most stated among the article's (non-party) institutions; ties: the earliest. */
function mainRegion(stated: Inst[]): string | null {
  const count = new Map<string, { n: number; first: number }>();
  for (const f of stated) {
    const c = count.get(f.region!) ?? { n: 0, first: f.start };
    c.n++;
    count.set(f.region!, c);
  }
  let best: string | null = null;
  for (const [code, c] of count) {
    const b = best ? count.get(best)! : null;
    if (!b || c.n > b.n || (c.n === b.n && c.first < b.first)) best = code;
  }
  return best;
}

export const institutionRegion: Resolver<'institution'> = {
  id: 'institution/region-from-context',
  resolve(facts) {
    const stated = facts.filter((f) => f.region && INSTITUTION_META.get(f)?.stated === 'region' && !f.id.startsWith('partai:'));
    const statedOf = (id: string) => mapPacked(stated.filter((f) => f.id === id), (f) => f.region!);
    const main = mainRegion(stated);
    return mapPacked(facts, (f) => {
      const meta = INSTITUTION_META.get(f);
      if (!meta || meta.stated !== 'unstated' || f.region) return f;
      let region: string | null = null;
      const same = onlyOne(statedOf(f.id));
      switch (meta.subunit ? 'regional' : meta.scope) {
        case 'national':
          region = same;
          break;
        case 'regional':
          region = same ?? main;
          break;
        case 'adhoc': {
          // the parent's one region; when the parent has none stated, the article's main region
          // ("petugas KPPS di TPS 1 ... Halmahera Tengah" under "Panitia Pengawas Pemilihan
          // Kabupaten Halmahera Tengah"); a province is too wide for a body below the kabupaten
          const parents = statedOf(ADHOC_PARENT[f.id] ?? '');
          const parent = parents.length > 0 ? onlyOne(parents) : onlyOne(mapPacked(stated, (x) => x.region!));
          region = parent && regionByCode(parent)?.level !== 'provinsi' ? parent : null;
          break;
        }
        default:
          return f;
      }
      // "Bawaslu provinsi", "Pemprov", "Polda" in a kabupaten article: the province it lies in
      if (region && meta.hint === 'provinsi') region = regionByCode(region)?.province ?? region;
      if (!region) return f;
      const bound = withFields(f, { region, flags: [...f.flags, 'region-from-context'], evidence: withEvidence(f.evidence, { lexicon: [...f.evidence.lexicon, `region:${region}`] }) });
      INSTITUTION_META.set(bound, meta);
      return bound;
    });
  },
};
