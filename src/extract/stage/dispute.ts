/**
 * A dispute over an election's result, named by the election and the court: "sidang sengketa
 * Pilkada Jateng di Gedung MK", "sengketa Pilkada namun ditolak oleh majelis hakim Mahkamah
 * Konstitusi" (perselisihan-hasil: "sengketa di Mahkamah Konstitusi").
 *
 * Not here: "sengketa hasil Pilkada", "sengketa Pilpres", "PHPU" (variant.ts: a result or a
 * presidential race is always the court's); a dispute before Bawaslu ("sengketa Pemilu 2019 ke
 * Bawaslu RI", "sengketa proses pemilu"), which is no dispute over the result; "sengketa" of land
 * or of a party's leadership.
 */
import type { PatternExtractor } from '../types.js';
import { electionAnchors } from './context.js';
import { wordAnchors } from '../word-anchors.js';

const DISPUTE = /(?<![\p{L}])sengketa\s+(?:pilkada|pemilu|pemilihan|pileg|pilgub|pilbup|pilwalkot|pilwali)(?![\p{L}])/giu;
// the court in the same sentence: only the Constitutional Court settles a dispute over the result
const COURT = /(?<![\p{L}])(?:MK|Mahkamah\s+Konstitusi)(?![\p{L}])/u;
// a match starts with "sengketa", a whole run of letters
const ANCHORS = wordAnchors({ word: ['sengketa'] });

export const dispute: PatternExtractor<'stage'> = {
  id: 'stage/dispute',
  kind: 'stage',
  pattern: DISPUTE,
  // in an election article only, tried where "sengketa" stands
  anchors: (doc) => electionAnchors(doc, ANCHORS),
  extract: (m, ctx) => (COURT.test(ctx.doc.sentenceAt(m.index).text) ? ctx.fact(m.index, m.index + m[0].length, { id: 'perselisihan-hasil', election: null, dates: [] }, { confidence: 0.7 }) : null),
};
