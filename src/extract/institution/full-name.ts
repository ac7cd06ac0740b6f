/**
 * Institutions written out in full, in any case, with the region stated after them.
 *
 * Handles: "Komisi Pemilihan Umum (KPU) Kabupaten Luwu Utara (Lutra)", "Badan Kesatuan Bangsa dan
 * Politik Provinsi Lampung", "Pemerintah Provinsi Lampung", "Pemerintah Kota Pagar Alam",
 * "pemerintah daerah", "panitia pemilihan kecamatan (PPK)", "Badan Siber dan Sandi Negara (BSSN)",
 * "Dinas Kominfotik Provinsi Lampung", "Kemenko Polkam RI", "Partai Amanat Nasional".
 * Not here: acronyms and short forms ("KPU", "Pemprov", "Polda": acronym.ts).
 */
import type { PatternExtractor } from '../types.js';
import { alternation } from '../../lexicon/load.js';
import { splitByLead } from '../word-anchors.js';
import { anchorsOf } from './anchors.js';
import { institutionFact } from './build.js';
import { formOfName, NAME_FORMS } from './lexicon.js';

const namePattern = (forms: readonly string[], flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?<name>${alternation(forms)})(?![\\p{L}\\p{N}])`, flags);

/** The full-name pattern (exported for tests). */
export const NAME = namePattern(NAME_FORMS, 'giu');
// at an anchor, the names whose leading word stands there in any case: "Panwas" and "Panwaslu" at "PANWASLU"
const SPLIT = splitByLead(NAME_FORMS, (forms) => namePattern(forms, 'iuy'), false);
const anchors = anchorsOf('name');
// "Perlindungan Masyarakat" (Linmas), not "perlindungan masyarakat" (protecting the public)
const EVERY_WORD_CAPITALIZED = /^\p{Lu}\S*(?:\s+\p{Lu}\S*)*$/u;

export const fullName: PatternExtractor<'institution'> = {
  id: 'institution/full-name',
  kind: 'institution',
  // tried only where a name's first word is (anchors.ts)
  pattern: NAME,
  anchors: (doc) => SPLIT.keep(doc.text, anchors(doc)),
  stickyAt: (doc) => (at) => SPLIT.at(doc.text, at),
  extract: (m, ctx) => {
    const form = formOfName(m.groups!.name);
    if (form === null || (form.capitalized && !EVERY_WORD_CAPITALIZED.test(m.groups!.name))) return null;
    return institutionFact(ctx, m.index, m.index + m[0].length, form);
  },
};
