/**
 * Recruiting the ad hoc bodies, told with a verb.
 *
 * Handles: "KPU yang merekrut sejumlah petugas pemutakhiran data pemilih (Pantarlih) yang bersifat
 * ad hoc", "Bawaslu tak bisa merekrut tenaga ad hoc", "membentuk PPK dan PPS", "melantik anggota
 * KPPS", and told with a noun further from the body than the lexicon's phrases: "saat perekrutan
 * anggota Pengawas Pemilihan Umum Kelurahan/Desa", "seleksi calon anggota Panitia Pemilihan
 * Kecamatan".
 * Not here: "rekrutmen PPK" and other set noun phrases (variant.ts); "PPK" alone (also "pejabat
 * pembuat komitmen"); "pembentukan" with a body (also "pembentukan Pansus ... PPK").
 */
import type { PatternExtractor } from '../types.js';
import { electionAnchors } from './context.js';
import { wordAnchors } from '../word-anchors.js';

// the verb, then within the same clause (no sentence punctuation) the body
const RECRUITING = /(?<![\p{L}])(?:merekrut|rekrut|membentuk|melantik|menyeleksi|perekrutan|rekrutmen|seleksi)(?![\p{L}])[^.;!?\n]{0,90}?(?<![\p{L}])(?:ad\s*hoc|adhoc|PPK|PPS|KPPS|Pantarlih|PPDP|Panwascam|PTPS|pengawas\s+TPS|Panitia\s+Pemilihan\s+Kecamatan|Panitia\s+Pemungutan\s+Suara|Kelompok\s+Penyelenggara\s+Pemungutan\s+Suara|(?:Panwaslu|Pengawas\s+Pemilu|Pengawas\s+Pemilihan\s+Umum)\s+(?:Kecamatan|Kelurahan|Desa))(?![\p{L}])/gu;
// a match starts with the verb or noun, a whole run of letters (no letter before or after it)
const ANCHORS = wordAnchors({ word: ['merekrut', 'rekrut', 'membentuk', 'melantik', 'menyeleksi', 'perekrutan', 'rekrutmen', 'seleksi'] });

export const adhocRecruitment: PatternExtractor<'stage'> = {
  id: 'stage/adhoc-recruitment',
  kind: 'stage',
  pattern: RECRUITING,
  // in an election article only, tried where a verb or noun of the pattern stands
  anchors: (doc) => electionAnchors(doc, ANCHORS),
  extract: (m, ctx) => ctx.fact(m.index, m.index + m[0].length, { id: 'pembentukan-badan-adhoc', election: null, dates: [] }, { confidence: 0.7 }),
};
