/**
 * Institutions by acronym, short form or regional unit, case-sensitive, with the region after them.
 *
 * Handles: "KPU Provinsi Lampung", "KPU RI", "KPU DKI", "Bawaslu Manggarai Barat", "Pemprov Lampung",
 * "Pemkot Makassar", "Polda Lampung", "Wakapolda Lampung", "Korem 043/Garuda Hitam", "Lanal Lampung",
 * "DPRD Labura" (an abbreviation the article defined), "DPD PDIP Sumut" (party board), "Mendagri",
 * and the context-only acronyms PPK, MA, MK, PAN, PBB, Demokrat, KIP, DPD (context.ts).
 * Not an acronym followed by words that make it another body's name ("KPU Bea Cukai Batam").
 * Not here: names written out in full (full-name.ts); hashtags "#KPULampung" (boilerplate).
 */
import type { PatternExtractor } from '../types.js';
import { alternation } from '../../lexicon/load.js';
import { splitByLead } from '../word-anchors.js';
import { anchorsOf } from './anchors.js';
import { institutionFact } from './build.js';
import { ACRONYM_FORMS, formOfAcronym, namesOtherBody } from './lexicon.js';

const acronymPattern = (forms: readonly string[], flags: string) => new RegExp(`(?<![\\p{L}\\p{N}#@])(?<acronym>${alternation(forms)})(?![\\p{L}\\p{N}])`, flags);

/** The acronym pattern (exported for tests). */
export const ACRONYM = acronymPattern(ACRONYM_FORMS, 'gu');
// at an anchor, the acronyms whose leading letters stand there as written: "KPU" and "KPUD" at
// "KPUD"; none at "masyarakat", where the anchor of "MA" stands (the anchors ignore case)
const SPLIT = splitByLead(ACRONYM_FORMS, (forms) => acronymPattern(forms, 'uy'), true);
const anchors = anchorsOf('acronym');

export const acronym: PatternExtractor<'institution'> = {
  id: 'institution/acronym',
  kind: 'institution',
  // tried only where a form's first word is (anchors.ts)
  pattern: ACRONYM,
  anchors: (doc) => SPLIT.keep(doc.text, anchors(doc)),
  stickyAt: (doc) => (at) => SPLIT.at(doc.text, at),
  extract: (m, ctx) => {
    const form = formOfAcronym(m.groups!.acronym);
    const end = m.index + m[0].length;
    if (form === null || namesOtherBody(ctx.doc.text, form.form, end)) return null;
    return institutionFact(ctx, m.index, end, form);
  },
};
