/**
 * Refiner: in an article set abroad (src/extract/foreign.ts) an office is a foreign one unless its
 * phrase names an Indonesian body, region or the state, and is dropped there (check set 4 leaves
 * the officeholders of news set in the US and Britain out). In news about Indonesia another
 * country's office named with the country is kept (office.ts `foreignOffice`).
 *
 * Handles: "Wali Kota Sadiq Khan ... pemilu Inggris ... London" (dropped), "Presiden Obama" in news
 * of the United States (dropped), "Duta Besar RI untuk Inggris Desra Percaya" and "Kapolda Metro
 * Jaya ..." in the same news (kept: "RI", a body, a region), "Menteri Keuangan Sri Mulyani" (kept: a
 * ministry's portfolio).
 * Not here: "Presiden Amerika Serikat Barack Obama", "Wali Kota London" in news about Indonesia (the
 * country or city after the title: office.ts, an official with no institution and no region).
 */
import type { Refiner } from '../types.js';
import type { OfficialFact } from '../../types.js';
import { isForeignDoc } from '../foreign.js';

// the state named in the office phrase: "Duta Besar RI", "Presiden Republik Indonesia"
const INDONESIAN_STATE = /(?<![\p{L}\p{N}])(?:RI|NKRI|Indonesia)(?![\p{L}\p{N}])/u;

// a ministry named by its portfolio: trade and diplomacy news set abroad quotes Indonesian
// ministers without "RI" ("Menteri Keuangan Sri Mulyani Indrawati", "Wakil Menteri ESDM Yuliot
// Tanjung"); a bare "Menteri" or "Presiden" names no body
const PORTFOLIO_MINISTER = /^(?:Wakil\s+)?(?:Menteri|Menko)\s+\p{L}/u;

// an Indonesian body or region anchors the office: "institution:KPU", "office-body:bps"
function anchoredHere(f: OfficialFact): boolean {
  if (f.institution !== null || f.region !== null || PORTFOLIO_MINISTER.test(f.position)) return true;
  if (f.evidence.lexicon.some((l) => l.startsWith('office-body:') || l.startsWith('institution:'))) return true;
  return INDONESIAN_STATE.test(f.text);
}

export const foreignOfficials: Refiner<'official'> = {
  id: 'official/foreign-setting',
  // the article-wide test only when it can drop a fact
  refine: (facts, doc) => (!facts.every(anchoredHere) && isForeignDoc(doc) ? facts.filter(anchoredHere) : facts),
};
