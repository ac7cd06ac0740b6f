/**
 * Inauguration of the elected, told with a verb: the last stage of UU 7/2017 Pasal 167 ayat (4)
 * ("pengucapan sumpah/janji dan pelantikan"), for presidents, regional heads and legislators.
 *
 * Handles: "Prabowo dan Gibran dilantik sebagai presiden dan wakil presiden", "Gubernur terpilih
 * Sumatera Utara akan dilantik Februari", "anggota DPRD terpilih resmi dilantik", "pelantikan
 * Bobby Nasution sebagai Gubernur", "pengambilan sumpah anggota DPR", "WALI KOTA TERPILIH BELUM
 * DILANTIK" (headlines in capitals too).
 * Not here: "pelantikan presiden" and the other noun phrases (stage-variants.json); appointed
 * offices ("dilantik sebagai Pj Gubernur", "Menteri ... dilantik oleh Presiden", "anggota KPU
 * dilantik": the commission is chosen, not elected); "melantik anggota KPPS" (ad hoc bodies,
 * adhoc-recruitment.ts); an inauguration abroad ("pelantikan Presiden AS").
 * Speed: the keyword is found first (a word anchor, in an election article only); the office is
 * looked for around it.
 */
import type { ExtractContext, PatternExtractor } from '../types.js';
import type { StageFact } from '../../types.js';
import { electionAnchors, isElectionDoc, isForeignAt } from './context.js';
import { COUNTRY_AFTER } from './lexicon.js';
import { wordAnchors } from '../word-anchors.js';

// elected offices (UU 7/2017, UU 10/2016)
const ELECTED = String.raw`(?:(?:wakil\s+)?(?:presiden|gubernur|bupati|wali\s*kota)|wapres|kepala\s+daerah|anggota\s+(?:DPR|DPRD|DPD|MPR|dewan)|legislator|caleg\s+terpilih|calon\s+terpilih|pasangan\s+calon\s+terpilih|paslon\s+terpilih)`;
// up to four words between, none of them "oleh" ("dilantik oleh Presiden": the one who inaugurates)
const BETWEEN = String.raw`(?:(?!oleh(?![\p{L}]))[\p{L}.'’-]+\s+){0,4}?`;
const AUX = String.raw`(?:(?:yang|baru|akan|resmi|telah|sudah|segera|belum|usai|sebelum|setelah|sesudah|seminggu|pekan|depan|ini)\s+){0,3}`;

/** the office after the keyword: "dilantik menjadi presiden", "pelantikan Bobby Nasution sebagai Gubernur" (sticky) */
const OFFICE_AFTER = new RegExp(String.raw`\s+${BETWEEN}(?:(?:sebagai|menjadi)\s+)?${ELECTED}(?![\p{L}])`, 'iuy');
/** the office before "dilantik": "Gubernur terpilih Sumatera Utara akan dilantik" (at the end of the slice) */
const OFFICE_BEFORE = new RegExp(String.raw`(?<![\p{L}])${ELECTED}\s+(?:terpilih\s+)?${BETWEEN}${AUX}$`, 'iu');
/** characters before "dilantik" searched for the office */
const BEFORE_REACH = 90;
/** appointed offices and bodies that are also inaugurated: no election stage */
const APPOINTED = /(?<![\p{L}])(?:pj|penjabat|plt|plh|pejabat|menteri|wakil\s+menteri|wamen|kepala\s+dinas|kadis|sekda|camat|lurah|kapolri|kapolda|panglima|hakim|rektor|direktur|dirut|pengurus|komisaris|duta\s+besar|dubes|komisioner|anggota\s+(?:KPU|KPUD|Bawaslu|Panwaslu|DKPP|PPK|PPS|KPPS)|KPU|Bawaslu|PPK|PPS|KPPS|pantarlih)(?![\p{L}])/iu;
/** characters before the match searched for an acting title ("Pj Gubernur ... dilantik") */
const TITLE_BEFORE = 12;
const LETTER = /\p{L}/u;

/** the keyword (ASCII case-insensitive) */
const KEYWORD = /(?:dilantik|pelantikan|(?:diambil|pengambilan|mengucapkan)\s+sumpah)/ig;
// A fact needs the keyword after no letter and before no letter: its first word is a whole run of
// letters. A keyword inside a word yields nothing and cannot overlap one that starts a word (it
// holds letters and spaces only, and "sumpah" starts no keyword).
const ANCHORS = wordAnchors({ word: ['dilantik', 'pelantikan', 'diambil', 'pengambilan', 'mengucapkan'] });

function read(m: RegExpExecArray, ctx: ExtractContext<'stage'>): StageFact | null {
  const { doc } = ctx;
  const text = doc.text;
  const keyEnd = m.index + m[0].length;
  if ((m.index > 0 && LETTER.test(text[m.index - 1])) || LETTER.test(text[keyEnd] ?? '')) return null;
  if (!isElectionDoc(doc)) return null;
  let start = m.index;
  let end = -1;
  OFFICE_AFTER.lastIndex = keyEnd;
  const after = OFFICE_AFTER.exec(text);
  if (after) end = keyEnd + after[0].length;
  else if (/^dilantik$/i.test(m[0])) {
    const from = Math.max(doc.sentenceAt(m.index).start, m.index - BEFORE_REACH);
    const before = OFFICE_BEFORE.exec(text.slice(from, m.index));
    if (!before) return null;
    start = from + before.index;
    end = keyEnd;
  } else return null;
  if (isForeignAt(doc, start)) return null;
  if (APPOINTED.test(text.slice(start, end)) || APPOINTED.test(text.slice(Math.max(0, start - TITLE_BEFORE), start))) return null;
  // "pelantikan Presiden AS Donald Trump"
  COUNTRY_AFTER.lastIndex = end;
  if (COUNTRY_AFTER.test(text)) return null;
  return ctx.fact(start, end, { id: 'pengucapan-sumpah', election: null, dates: [] }, { confidence: 0.7 });
}

export const inauguration: PatternExtractor<'stage'> = {
  id: 'stage/inauguration',
  kind: 'stage',
  pattern: KEYWORD,
  // in an election article only, tried where a word of the pattern stands
  anchors: (doc) => electionAnchors(doc, ANCHORS),
  extract: read,
};
