/**
 * Acronyms and short forms written in lower or upper case in prose: "kami berharap bawaslu dapat
 * memproses", "petugas pantarlih mendatangi rumah warga", "laporan ke kpu setempat",
 * "PEMPROV JATIM". The written case of the lexicon ("Bawaslu", "KPU") is acronym.ts.
 * Not here: web addresses, handles, hashtags and slugs ("jatim.bawaslu.go.id", "@kpu_ri",
 * "#KPUMelayani", "salah-kpu-menggunakan"), acronyms that count only in context (MK, PAN, PPK),
 * parties (lower-case "gelora", "demokrat" are ordinary words) and forms of two letters.
 */
import type { PatternExtractor } from '../types.js';
import { alternation } from '../../lexicon/load.js';
import { anchorsOf } from './anchors.js';
import { institutionFact } from './build.js';
import { formOfAcronym, LOWER_FORMS } from './lexicon.js';

/**
 * What may not come before the form: a letter or digit (inside a word), or an address, handle,
 * hashtag or slug character (exported for tests).
 */
export const BEFORE = /[\p{L}\p{N}#@/._\-]/u;

/**
 * The form all lower or all upper case (two alternations: the case-insensitive flag is slow),
 * not inside an address, a handle, a hashtag or a slug (exported for tests).
 */
export const FORM = new RegExp(
  `(?<acronym>${alternation(LOWER_FORMS.keys())}|${alternation([...LOWER_FORMS.keys()].map((k) => k.toUpperCase()))})(?![\\p{L}\\p{N}_/@]|[.\\-][\\p{L}\\p{N}])`,
  'gu',
);

export const lowerCase: PatternExtractor<'institution'> = {
  id: 'institution/lower-case',
  kind: 'institution',
  // tried only where a form starts after no ASCII letter or digit (anchors.ts)
  pattern: FORM,
  anchors: anchorsOf('lower'),
  extract: (m, ctx) => {
    const written = m.groups!.acronym;
    // the lexicon's own case ("KPU", "PANTARLIH") is acronym.ts; the character before is checked
    // here, not by a lookbehind, so that the regex can skip ahead by first letters
    if (formOfAcronym(written) || (m.index > 0 && BEFORE.test(ctx.doc.text[m.index - 1]))) return null;
    const form = LOWER_FORMS.get(written.toLowerCase());
    return form ? institutionFact(ctx, m.index, m.index + written.length, form) : null;
  },
};
