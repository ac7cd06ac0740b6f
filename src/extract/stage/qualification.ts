/**
 * A candidate or a party declared qualified or not: the outcome of checking candidacy papers
 * (pencalonan) or party verification (pendaftaran-verifikasi-peserta), read by who is declared.
 *
 * Handles: "setelah pasangan Moses Ahie-Amir Fatah dinyatakan tak lolos pemilihan kepala daerah
 * Singkawang" -> pencalonan; "bakal calon perseorangan itu dinyatakan memenuhi syarat" ->
 * pencalonan; "sembilan partai politik dinyatakan lolos verifikasi faktual" ->
 * pendaftaran-verifikasi-peserta; "Bapaslon dinyatakan TMS oleh KPU" -> pencalonan.
 * Not here: "calon anggota PPK dinyatakan lolos seleksi" and "calon anggota KPU ... dinyatakan
 * memenuhi syarat" (selection of election bodies, not candidacy), "dinyatakan lolos" with no
 * candidate or party before it in the sentence ("peserta CPNS dinyatakan lolos").
 */
import type { ExtractContext, PatternExtractor } from '../types.js';
import type { StageFact } from '../../types.js';
import { electionAnchors, isElectionDoc, isForeignAt } from './context.js';
import { wordAnchors } from '../word-anchors.js';

// the subject, nearest before the verb in the same sentence (the last one found wins)
const SUBJECT = /(?<![\p{L}])(?:(?<party>partai\s+politik|parpol|partai)|(?<candidate>pasangan|paslon|bapaslon|bakal\s+calon|calon|cagub|cawagub|cabup|cawabup|cawalkot|capres|cawapres|caleg|bacaleg|perseorangan)|(?<body>PPK|PPS|KPPS|Pantarlih|PPDP|Panwascam|PTPS|KPU|KPUD|Bawaslu|Panwaslu|CPNS|PPPK|seleksi))(?![\p{L}])/giu;
// "dinyatakan lolos seleksi/tes": a recruitment, not a candidacy
const SELECTION_AFTER = /\s+(?:seleksi|tes|ujian|administrasi\s+seleksi)(?![\p{L}])/iuy;
/** how far back in the sentence the subject may stand */
const SUBJECT_REACH = 90;

/** the verb and the verdict */
const DECLARED = /(?<![\p{L}])dinyatakan\s+(?:(?:tidak|tak|belum)\s+)?(?:lolos|memenuhi\s+syarat|TMS|MS)(?![\p{L}])/iug;
// a match starts with "dinyatakan", a whole run of letters (no letter before, a space after)
const ANCHORS = wordAnchors({ word: ['dinyatakan'] });

function read(m: RegExpExecArray, ctx: ExtractContext<'stage'>): StageFact | null {
  const { doc } = ctx;
  if (!isElectionDoc(doc) || isForeignAt(doc, m.index)) return null;
  SELECTION_AFTER.lastIndex = m.index + m[0].length;
  if (SELECTION_AFTER.test(doc.text)) return null;
  const sentence = doc.sentenceAt(m.index);
  const from = Math.max(sentence.start, m.index - SUBJECT_REACH);
  const before = doc.text.slice(from, m.index);
  let subject: RegExpExecArray | null = null;
  const re = new RegExp(SUBJECT.source, SUBJECT.flags);
  for (let s = re.exec(before); s; s = re.exec(before)) subject = s;
  if (!subject) return null;
  const g = subject.groups!;
  // "calon anggota PPK", "calon anggota KPU": the last word found names an election body
  if (g.body) return null;
  const id = g.party ? 'pendaftaran-verifikasi-peserta' : 'pencalonan';
  return ctx.fact(m.index, m.index + m[0].length, { id, election: null, dates: [] }, { confidence: 0.65 });
}

export const qualification: PatternExtractor<'stage'> = {
  id: 'stage/qualification',
  kind: 'stage',
  pattern: DECLARED,
  // in an election article only, tried where a word of the pattern stands
  anchors: (doc) => electionAnchors(doc, ANCHORS),
  extract: read,
};
