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
import { isElectionDoc } from './context.js';

export const adhocRecruitment: PatternExtractor<'stage'> = {
  id: 'stage/adhoc-recruitment',
  kind: 'stage',
  // the verb, then within the same clause (no sentence punctuation) the body
  pattern: /(?<![\p{L}])(?:merekrut|rekrut|membentuk|melantik|menyeleksi)(?![\p{L}])[^.;!?\n]{0,90}?(?<![\p{L}])(?:ad\s*hoc|adhoc|PPK|PPS|KPPS|Pantarlih|PPDP|Panwascam|PTPS|pengawas\s+TPS)(?![\p{L}])/gu,
  extract(m, ctx) {
    if (!isElectionDoc(ctx.doc)) return null;
    return ctx.fact(m.index, m.index + m[0].length, { id: 'pembentukan-badan-adhoc', election: null, dates: [] }, { confidence: 0.7 });
  },
};
