/**
 * Planning told with a verb or a noun of drafting: the commission writing its own regulations is
 * the first stage of UU 7/2017 Pasal 167 ayat (4) ("penyusunan peraturan KPU").
 *
 * Handles: "KPU harus mempersiapkan tahapan sejak Agustus melalui pembuatan Peraturan Komisi
 * Pemilihan Umum (KPU)", "KPU sedang menyusun rancangan PKPU tentang kampanye", "perumusan
 * Peraturan KPU", "merancang PKPU pencalonan".
 * Not here: "sesuai Peraturan KPU Nomor 3 Tahun 2022" (a citation of the rule, not its drafting);
 * "KPU membuat peraturan penyelenggaraan pemilu" (not the commission's regulation by name);
 * "penyusunan daftar pemilih" (stage-variants.json, another stage).
 * Speed: the pattern is the regulation's name (a literal scan); the verb is looked for before it.
 */
import type { PatternExtractor } from '../types.js';
import { isElectionDoc } from './context.js';

/** the drafting word right before the name: "pembuatan", "menyusun rancangan" (at the end of the slice) */
const DRAFTING_BEFORE = /(?<![\p{L}])(?:pembuatan|penyusunan|perumusan|perancangan|membuat|menyusun|merumuskan|merancang|disusun(?:nya)?)\s+(?:rancangan\s+)?$/iu;
/** characters before the name searched for the drafting word */
const BEFORE_REACH = 40;
/** "(KPU)" after "Peraturan Komisi Pemilihan Umum" (sticky) */
const ABBREVIATION_AFTER = /\s*\(\s*(?:KPU|PKPU)\s*\)/iy;
const LETTER = /\p{L}/u;

export const planning: PatternExtractor<'stage'> = {
  id: 'stage/planning',
  kind: 'stage',
  pattern: /(?:peraturan\s+(?:KPU|Komisi\s+Pemilihan\s+Umum)|R-?PKPU|PKPU)/gi,
  extract(m, ctx) {
    const { doc } = ctx;
    const text = doc.text;
    let end = m.index + m[0].length;
    if ((m.index > 0 && LETTER.test(text[m.index - 1])) || LETTER.test(text[end] ?? '')) return null;
    const from = Math.max(0, m.index - BEFORE_REACH);
    const before = DRAFTING_BEFORE.exec(text.slice(from, m.index));
    if (!before || !isElectionDoc(doc)) return null;
    ABBREVIATION_AFTER.lastIndex = end;
    const abbreviation = ABBREVIATION_AFTER.exec(text);
    if (abbreviation) end += abbreviation[0].length;
    return ctx.fact(from + before.index, end, { id: 'perencanaan', election: null, dates: [] }, { confidence: 0.75 });
  },
};
