/**
 * Election logistics handled, told with a verb: ballots and boxes printed, sorted, sent or
 * delivered (pengadaan-logistik: "Pengadaan dan distribusi logistik pemilu").
 *
 * Handles: "surat suara akan dikirim melalui pos kepada pemilih", "PPLN Taipei mengirimkan surat
 * suara Metode POS", "KPU mendistribusikan kotak suara ke 15 kecamatan", "logistik Pemilu
 * didistribusikan ke PPK", "surat suara dicetak di Surabaya", "kotak suara tiba di gudang KPU".
 * Not here: ballots punched or counted ("mencoblos ratusan surat suara": voting, variant.ts);
 * a photo of a ballot sent around ("foto surat suara tercoblos dikirim ke grup WhatsApp");
 * noun phrases ("distribusi logistik", "pencetakan surat suara": variant.ts).
 *
 * The object is found first (a word anchor, in an election article only); the verb is looked for
 * in the same clause around it, within CLAUSE_REACH characters.
 */
import type { ExtractContext, PatternExtractor } from '../types.js';
import type { StageFact } from '../../types.js';
import { electionAnchors, isElectionDoc } from './context.js';
import { wordAnchors } from '../word-anchors.js';

const ACTIVE = String.raw`(?:mengirim(?:kan)?|mendistribusikan|mencetak|menyortir|melipat|mengangkut|menyalurkan|mengantar(?:kan)?)`;
const PASSIVE = String.raw`(?:dikirim(?:kan)?|didistribusikan|dicetak|disortir|dilipat|diangkut|disalurkan|diantar(?:kan)?|tiba|sampai\s+di)`;
/** characters between the verb and the object, in one clause */
const CLAUSE_REACH = 40;
// the active verb before the object, nothing but clause text between them
const VERB_BEFORE = new RegExp(String.raw`(?<![\p{L}])${ACTIVE}(?![\p{L}])[^.;!?\n]{0,${CLAUSE_REACH}}$`, 'iu');
// the passive verb after the object
const VERB_AFTER = new RegExp(String.raw`^[^.;!?\n]{0,${CLAUSE_REACH}}?(?<![\p{L}])${PASSIVE}(?![\p{L}])`, 'iu');
// "foto surat suara", "video kotak suara": a picture of the logistics, not the logistics
const PICTURE_BEFORE = /(?:foto|video|gambar|unggahan|tangkapan\s+layar|spesimen|contoh)\s+$/i;

/** the object */
const OBJECT = /(?:surat|kotak|bilik)\s+suara|logistik(?:\s+(?:pemilu|pilkada|pemilihan))?/iug;
// A fact needs the object after and before no letter or digit: its first word is a whole run of
// letters. An object inside a word yields nothing and cannot overlap one that starts a word (it
// holds letters and spaces only, and none of its later words starts an object).
const ANCHORS = wordAnchors({ word: ['surat', 'kotak', 'bilik', 'logistik'] });

function read(m: RegExpExecArray, ctx: ExtractContext<'stage'>): StageFact | null {
  const { doc } = ctx;
  const text = doc.text;
  const start = m.index;
  const end = start + m[0].length;
  if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) return null;
  if (!isElectionDoc(doc)) return null;
  if (PICTURE_BEFORE.test(text.slice(Math.max(0, start - 25), start))) return null;
  // the verb is on the object's line (no line break between): a boilerplate line holds both or neither
  const before = VERB_BEFORE.exec(text.slice(Math.max(0, start - CLAUSE_REACH - 20), start));
  if (before) return ctx.fact(start - (Math.min(start, CLAUSE_REACH + 20) - before.index), end, { id: 'pengadaan-logistik', election: null, dates: [] }, { confidence: 0.65 });
  const after = VERB_AFTER.exec(text.slice(end, end + CLAUSE_REACH + 20));
  if (after) return ctx.fact(start, end + after[0].length, { id: 'pengadaan-logistik', election: null, dates: [] }, { confidence: 0.65 });
  return null;
}

export const logistics: PatternExtractor<'stage'> = {
  id: 'stage/logistics',
  kind: 'stage',
  pattern: OBJECT,
  // in an election article only, tried where a word of the pattern stands
  anchors: (doc) => electionAnchors(doc, ANCHORS),
  extract: read,
};
