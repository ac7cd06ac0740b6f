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
import type { Doc } from '../../doc.js';
import type { PatternExtractor } from '../types.js';
import { electionAnchors, isElectionDoc } from './context.js';
import { wordAnchors } from '../word-anchors.js';

/** the drafting word right before the name: "pembuatan", "menyusun rancangan" (at the end of the slice) */
const DRAFTING_BEFORE = /(?<![\p{L}])(?:pembuatan|penyusunan|perumusan|perancangan|membuat|menyusun|merumuskan|merancang|disusun(?:nya)?)\s+(?:rancangan\s+)?$/iu;
/** characters before the name searched for the drafting word */
const BEFORE_REACH = 40;
/** "(KPU)" after "Peraturan Komisi Pemilihan Umum" (sticky) */
const ABBREVIATION_AFTER = /\s*\(\s*(?:KPU|PKPU)\s*\)/iy;
const LETTER = /\p{L}/u;

/** The regulation's name: "Peraturan KPU", "Peraturan Komisi Pemilihan Umum", "PKPU", "R-PKPU", "RPKPU". */
const NAME = /(?:peraturan\s+(?:KPU|Komisi\s+Pemilihan\s+Umum)|R-?PKPU|PKPU)/gi;
// NAME has no lookbehind, so a match may start inside a run of letters (dropped by `extract`, yet
// it moves the scan on: "xR-PKPU" hides "PKPU"). Each match holds "peraturan", where it starts, or
// "pkpu", where it starts or after "r" or "r-" (case aside: NAME is not Unicode, so only ASCII
// letters fold).
const LETTERS = wordAnchors({ infix: ['peraturan', 'pkpu'] });

/** Every offset where NAME may match, ascending: each "peraturan" and "pkpu", and an "r" or "r-" before one. */
function nameStarts(doc: Doc): readonly number[] {
  const found = electionAnchors(doc, LETTERS);
  if (found.length === 0) return found;
  const text = doc.text;
  const isR = (i: number) => i >= 0 && (text.charCodeAt(i) | 0x20) === 0x72;
  const out = new Set<number>();
  for (const at of found) {
    if (isR(at - 2) && text.charCodeAt(at - 1) === 0x2d) out.add(at - 2);
    if (isR(at - 1)) out.add(at - 1);
    out.add(at);
  }
  // (under `anchorEverywhere` every offset is an anchor already: the set drops the repeats; pushed,
  // not spread: a spread of a set is an array of another elements kind than the other rules'
  // anchor lists, and `matchesAt` lost its optimized code on it)
  const starts: number[] = [];
  for (const at of out) starts.push(at);
  return starts.sort((a, b) => a - b);
}

export const planning: PatternExtractor<'stage'> = {
  id: 'stage/planning',
  kind: 'stage',
  pattern: NAME,
  // in an election article only (`extract` keeps nothing elsewhere), tried where NAME may match
  anchors: nameStarts,
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
