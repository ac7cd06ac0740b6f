/**
 * Candidacy told with a verb: registering with the election commission or being set as candidate.
 *
 * Handles: "pasangan calon (Paslon) yang telah mendaftarkan diri ke Komisi Pemilihan Umum (KPU)
 * DKI", "resmi mendaftar sebagai calon", "mendaftar sebagai cagub", "sudah ditetapkan Komisi
 * Pemilihan Umum (KPU) menjadi calon gubernur", "ditetapkan sebagai pasangan calon".
 * Not here: "mengusung Jokowi sebagai calon presiden", "bakal calon gubernur" (a party's choice,
 * not the stage); "mendaftar sebagai pemantau".
 */
import type { PatternExtractor } from '../types.js';
import { isElectionDoc, isForeignAt } from './context.js';

const KPU = String.raw`(?:KPU|KPUD|Komisi\s+Pemilihan\s+Umum(?:\s*\(\s*KPU\s*\))?)`;
const CANDIDATE = String.raw`(?:bakal\s+)?(?:pasangan\s+)?(?:calon|cagub|cawagub|cabup|cawabup|cawalkot|capres|cawapres|caleg|bacaleg|paslon)`;

export const candidacy: PatternExtractor<'stage'> = {
  id: 'stage/candidacy',
  kind: 'stage',
  pattern: new RegExp(
    String.raw`(?<![\p{L}])(?:mendaftarkan\s+diri\s+ke\s+${KPU}|mendaftar(?:kan\s+diri)?\s+(?:ke\s+${KPU}\s+)?sebagai\s+${CANDIDATE}|ditetapkan\s+(?:oleh\s+)?(?:${KPU}\s+)?(?:sebagai|menjadi)\s+${CANDIDATE})(?![\p{L}])`,
    'giu',
  ),
  extract(m, ctx) {
    const { doc } = ctx;
    if (!isElectionDoc(doc) || isForeignAt(doc, m.index)) return null;
    return ctx.fact(m.index, m.index + m[0].length, { id: 'pencalonan', election: null, dates: [] }, { confidence: 0.75 });
  },
};
