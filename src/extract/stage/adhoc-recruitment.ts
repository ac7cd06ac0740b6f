/**
 * Recruiting the ad hoc bodies, told with a verb.
 *
 * Handles: "KPU yang merekrut sejumlah petugas pemutakhiran data pemilih (Pantarlih) yang bersifat
 * ad hoc", "Bawaslu tak bisa merekrut tenaga ad hoc", "membentuk PPK dan PPS", "melantik anggota
 * KPPS".
 * Not here: "rekrutmen PPK" and other noun phrases (variant.ts); "PPK" alone (also "pejabat
 * pembuat komitmen").
 */
import type { PatternExtractor } from '../types.js';
import { electionAnchors } from './context.js';
import { wordAnchors } from '../word-anchors.js';

// the verb, then within the same clause (no sentence punctuation) the body
const RECRUITING = /(?<![\p{L}])(?:merekrut|rekrut|membentuk|melantik|menyeleksi)(?![\p{L}])[^.;!?\n]{0,90}?(?<![\p{L}])(?:ad\s*hoc|adhoc|PPK|PPS|KPPS|Pantarlih|PPDP|Panwascam|PTPS|pengawas\s+TPS)(?![\p{L}])/gu;
// a match starts with the verb, a whole run of letters (no letter before or after it)
const ANCHORS = wordAnchors({ word: ['merekrut', 'rekrut', 'membentuk', 'melantik', 'menyeleksi'] });

export const adhocRecruitment: PatternExtractor<'stage'> = {
  id: 'stage/adhoc-recruitment',
  kind: 'stage',
  pattern: RECRUITING,
  // in an election article only, tried where a verb stands
  anchors: (doc) => electionAnchors(doc, ANCHORS),
  extract: (m, ctx) => ctx.fact(m.index, m.index + m[0].length, { id: 'pembentukan-badan-adhoc', election: null, dates: [] }, { confidence: 0.7 }),
};
