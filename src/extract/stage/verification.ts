/**
 * "verifikasi administrasi/faktual": the stage depends on what is verified.
 *
 * Handles: "Verifikasi Administrasi Bakal Calon Anggota DPD dan DPRD" -> pencalonan;
 * "Verifikasi Administrasi Pendaftaran Partai Politik Calon Peserta Pemilu" ->
 * pendaftaran-verifikasi-peserta (the first object named decides: "Partai Politik" before
 * "Calon"); "verifikasi faktual dukungan calon perseorangan" -> pencalonan; "Bimtek verifikasi
 * administrasi ini" with no object -> the reading of the article's earlier verification.
 * Not here: "verifikasi syarat dukungan" and "verifikasi parpol" (plain variants, variant.ts);
 * "verifikasi data" of anything else (no object, no earlier reading).
 */
import type { ExtractContext, PatternExtractor } from '../types.js';
import type { StageFact } from '../../types.js';
import { electionAnchors, isElectionDoc } from './context.js';
import { wordAnchors } from '../word-anchors.js';

// what is verified, in the words that follow (same clause, a few words on)
const OBJECT = /^[\s\S]{0,60}?(?<![\p{L}])(?:(?<party>partai\s+politik|parpol|partai|Sipol|peserta\s+pemilu)|(?<candidate>bakal\s+calon|calon|bacaleg|caleg|paslon|pasangan|DPD|perseorangan|syarat\s+dukungan|dukungan))(?![\p{L}])/iu;
const CLAUSE_END = /[.;!?]/;

/** "verifikasi administrasi/faktual" */
const VERIFICATION = /(?<![\p{L}])[Vv][Ee][Rr][Ii][Ff][Ii][Kk][Aa][Ss][Ii]\s+(?:[Aa][Dd][Mm][Ii][Nn][Ii][Ss][Tt][Rr][Aa][Ss][Ii]|[Ff][Aa][Kk][Tt][Uu][Aa][Ll])(?![\p{L}])/ug;
// a match starts with "verifikasi", a whole run of letters (no letter before, a space after)
const ANCHORS = wordAnchors({ word: ['verifikasi'] });

function read(m: RegExpExecArray, ctx: ExtractContext<'stage'>): StageFact | null {
  const { doc } = ctx;
  if (!isElectionDoc(doc)) return null;
  const after = doc.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
  const clause = after.split(CLAUSE_END)[0];
  const o = OBJECT.exec(clause);
  const readings = doc.memo('stage/verification-readings', () => [] as string[]);
  let id: string | undefined;
  let end = m.index + m[0].length;
  if (o) {
    id = o.groups!.party ? 'pendaftaran-verifikasi-peserta' : 'pencalonan';
    end += o.index + o[0].length;
    readings.push(id);
  } else {
    // "proses verifikasi administrasi ini": the article's earlier reading
    id = readings[readings.length - 1];
  }
  if (!id) return null;
  return ctx.fact(m.index, end, { id, election: null, dates: [] }, { confidence: o ? 0.85 : 0.7 });
}

export const verification: PatternExtractor<'stage'> = {
  id: 'stage/verification',
  kind: 'stage',
  pattern: VERIFICATION,
  // in an election article only, tried where a word of the pattern stands
  anchors: (doc) => electionAnchors(doc, ANCHORS),
  extract: read,
};
