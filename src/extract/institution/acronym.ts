/**
 * Institutions by acronym, short form or regional unit, case-sensitive, with the region after them.
 *
 * Handles: "KPU Provinsi Lampung", "KPU RI", "KPU DKI", "Bawaslu Manggarai Barat", "Pemprov Lampung",
 * "Pemkot Makassar", "Polda Lampung", "Wakapolda Lampung", "Korem 043/Garuda Hitam", "Lanal Lampung",
 * "DPRD Labura" (an abbreviation the article defined), "DPD PDIP Sumut" (party board), "Mendagri",
 * and the context-only acronyms PPK, MA, MK, PAN, PBB, Demokrat, KIP, DPD (context.ts).
 * Not here: names written out in full (full-name.ts); hashtags "#KPULampung" (boilerplate).
 */
import type { PatternExtractor } from '../types.js';
import { anchorsOf } from './anchors.js';
import { institutionFact } from './build.js';
import { ACRONYM_ALTERNATION, formOfAcronym } from './lexicon.js';

/** The acronym pattern (exported for tests). */
export const ACRONYM = new RegExp(`(?<![\\p{L}\\p{N}#@])(?<acronym>${ACRONYM_ALTERNATION})(?![\\p{L}\\p{N}])`, 'gu');

export const acronym: PatternExtractor<'institution'> = {
  id: 'institution/acronym',
  kind: 'institution',
  // tried only where a form's first word is (anchors.ts)
  pattern: ACRONYM,
  anchors: anchorsOf('acronym'),
  extract: (m, ctx) => {
    const form = formOfAcronym(m.groups!.acronym);
    return form ? institutionFact(ctx, m.index, m.index + m[0].length, form) : null;
  },
};
