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
import { institutionFact } from './build.js';
import { INSTITUTIONS, formOfAcronym, type InstitutionForm } from './lexicon.js';

// lower-case form -> its form as the lexicon writes it; a form two entries share is dropped
const BY_LOWER = new Map<string, InstitutionForm | null>();
for (const e of INSTITUTIONS) {
  if (e.scope === 'party') continue;
  for (const a of [...e.acronyms, ...e.subunits]) {
    if (a.length < 3 || !/^\p{L}+$/u.test(a)) continue;
    const form = formOfAcronym(a);
    if (!form) continue;
    const k = a.toLowerCase();
    const cur = BY_LOWER.get(k);
    BY_LOWER.set(k, cur === undefined || cur?.entry.id === form.entry.id ? (cur ?? form) : null);
  }
}

// what may not come before the form: a letter or digit (inside a word), or an address, handle,
// hashtag or slug character
const BEFORE = /[\p{L}\p{N}#@/._\-]/u;

export const lowerCase: PatternExtractor<'institution'> = {
  id: 'institution/lower-case',
  kind: 'institution',
  // all lower or all upper case (two alternations: the case-insensitive flag is slow), not inside
  // an address, a handle, a hashtag or a slug
  pattern: new RegExp(
    `(?<acronym>${alternation(BY_LOWER.keys())}|${alternation([...BY_LOWER.keys()].map((k) => k.toUpperCase()))})(?![\\p{L}\\p{N}_/@]|[.\\-][\\p{L}\\p{N}])`,
    'gu',
  ),
  extract(m, ctx) {
    const written = m.groups!.acronym;
    // the lexicon's own case ("KPU", "PANTARLIH") is acronym.ts; the character before is checked
    // here, not by a lookbehind, so that the regex can skip ahead by first letters
    if (formOfAcronym(written) || (m.index > 0 && BEFORE.test(ctx.doc.text[m.index - 1]))) return null;
    const form = BY_LOWER.get(written.toLowerCase());
    return form ? institutionFact(ctx, m.index, m.index + written.length, form) : null;
  },
};
