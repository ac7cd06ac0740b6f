/**
 * The institution extractors, in the order they run, then overlap removal and region binding.
 *
 * Extractors: full names first (they carry the acronym in parentheses: "Komisi Pemilihan Umum
 * (KPU) Kabupaten Luwu Utara"), then acronyms and short forms as the lexicon writes them, then
 * the same forms in lower or upper case ("bawaslu", "pantarlih", "PEMPROV"). Refiner: overlapping mentions keep
 * the longest ("DPD PDIP Sumut" over "DPD", "Pemerintah Provinsi Lampung" over "Provinsi").
 * Resolver: a mention without a stated region takes the one the article establishes.
 */
import type { KindModule, Refiner } from '../types.js';
import { removeOverlaps } from '../../refine/common.js';
import { institutionRegion } from '../../resolve/institution-region.js';
import { fullName } from './full-name.js';
import { acronym } from './acronym.js';
import { lowerCase } from './lower-case.js';

const overlaps: Refiner<'institution'> = {
  id: 'institution/remove-overlaps',
  refine: (facts) => removeOverlaps(facts),
};

export const institutionModule: KindModule<'institution'> = {
  kind: 'institution',
  extractors: [fullName, acronym, lowerCase],
  refiners: [overlaps],
  resolvers: [institutionRegion],
};
