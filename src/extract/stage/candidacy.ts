/**
 * Candidacy told with a verb: registering with the election commission, running for an elected
 * office, being set as candidate.
 *
 * Handles: "pasangan calon (Paslon) yang telah mendaftarkan diri ke Komisi Pemilihan Umum (KPU)
 * DKI", "resmi mendaftar sebagai calon", "mendaftar sebagai cagub", "sudah ditetapkan Komisi
 * Pemilihan Umum (KPU) menjadi calon gubernur", "ditetapkan sebagai pasangan calon",
 * "memutuskan tidak mencalonkan diri sebagai Presiden pada Pemilu 2014", "berhak mencalonkan
 * dirinya menjadi Gubernur", "kembali mencalonkan diri dalam Pilkada Bone", "maju mencalonkan di
 * Pilgub Sumut" (without "diri"), "belum ada penetapan Pak Jokowi sebagai calon presiden", "ambang
 * batas partai untuk mengajukan calon presiden",
 * "pengajuan pasangan calon", "dua paslon Pilgub Jatim mendaftar di KPU" (a candidate before a bare
 * "mendaftar di/ke KPU").
 * Not here: "mengusung Jokowi sebagai calon presiden", "bakal calon gubernur" (a party's choice,
 * not the stage); "mendaftar sebagai pemantau"; "mengajukan calon anggota KPU" (a selection, not an
 * election); "mencalonkan diri sebagai Presiden PKS" or "...
 * sebagai ketua umum", "mendaftar sebagai calon ketua umum (caketum) PSI" (offices of a party or
 * an organisation); a foreign setting (context.ts).
 */
import type { ExtractContext, PatternExtractor } from '../types.js';
import type { StageFact } from '../../types.js';
import { electionAnchors, isElectionDoc, isForeignAt } from './context.js';
import { COUNTRY_AFTER } from './lexicon.js';
import { wordAnchors } from '../word-anchors.js';

const KPU = String.raw`(?:KPU|KPUD|Komisi\s+Pemilihan\s+Umum(?:\s*\(\s*KPU\s*\))?)`;
// a candidate, not one for a party's or a body's own board ("mendaftar sebagai calon ketua umum
// (caketum) Partai Solidaritas Indonesia")
const CANDIDATE = String.raw`(?:bakal\s+)?(?:pasangan\s+)?(?:calon|cagub|cawagub|cabup|cawabup|cawalkot|capres|cawapres|caleg|bacaleg|paslon)(?!\s+(?:ketua|ketum|wakil\s+ketua|sekretaris|bendahara)(?![\p{L}]))`;
// elected offices of UU 7/2017 and UU 10/2016; not followed by a party or a club ("Presiden PKS")
const OFFICE = String.raw`(?:(?:bakal\s+)?calon\s+)?(?:(?:wakil\s+)?(?:presiden|gubernur|bupati|wali\s*kota)|kepala\s+daerah|anggota\s+(?:DPR|DPD|DPRD|legislatif|dewan)|legislator|legislatif|capres|cawapres|cagub|cawagub|cabup|cawabup|cawalkot|caleg|calon)(?!\s+(?:partai|PKS|PSSI|FIFA|KONI|klub|BEM|mahasiswa|organisasi|asosiasi|perusahaan|direktur)(?![\p{L}]))`;
// a candidate for an elected office ("calon presiden", "pasangan calon", "capres"), not "calon anggota KPU"
const RUNNING = String.raw`(?:bakal\s+)?(?:pasangan\s+calon|paslon|capres|cawapres|cagub|cabup|cawalkot|caleg|bacaleg|calon\s+(?:(?:wakil\s+)?(?:presiden|gubernur|bupati|wali\s*kota)|kepala\s+daerah|anggota\s+(?:DPR|DPD|DPRD|legislatif)|legislatif))`;
const ELECTION = String.raw`(?:pilkada|pilgub|pilbup|pilwalkot|pilwali|pilpres|pileg|pemilu|pemilihan\s+(?:umum|presiden|gubernur|bupati|wali\s*kota|kepala\s+daerah|legislatif))`;

/** "mendaftar di KPU" with no "sebagai calon" after it */
const BARE_REGISTER = /^mendaftar\s+(?:di|ke)\s/i;
/** characters before a bare "mendaftar di KPU" searched for the candidate who registers */
const SUBJECT_REACH = 80;
// a candidate in the same sentence before the verb: "dua paslon Pilgub Jatim", "calon yang sudah"
const CANDIDATE_BEFORE = new RegExp(String.raw`(?<![\p{L}])${CANDIDATE}(?![\p{L}])[^.!?;\n]*$`, 'iu');

// tried only at the anchors below, in an election article
const CANDIDACY = new RegExp(
  String.raw`(?<![\p{L}])(?:mendaftarkan\s+diri\s+ke\s+${KPU}|mendaftar(?:kan\s+diri)?\s+(?:ke\s+${KPU}\s+)?sebagai\s+${CANDIDATE}|ditetapkan\s+(?:oleh\s+)?(?:${KPU}\s+)?(?:sebagai|menjadi)\s+${CANDIDATE}` +
    String.raw`|mencalonkan(?:\s+diri(?:nya)?)?\s+(?:(?:sebagai|menjadi)\s+${OFFICE}|(?:dalam|di|pada|untuk)\s+(?:ajang\s+)?${ELECTION})` +
    String.raw`|mendaftar\s+(?:di|ke)\s+${KPU})(?![\p{L}])`,
  'giu',
);
// a match starts after no letter with one of the verbs of CANDIDACY, a whole run of letters (a
// space follows each verb in the pattern)
const CANDIDACY_ANCHORS = wordAnchors({ word: ['mendaftarkan', 'mendaftar', 'ditetapkan', 'mencalonkan'] });

function readCandidacy(m: RegExpExecArray, ctx: ExtractContext<'stage'>): StageFact | null {
  const { doc } = ctx;
  if (!isElectionDoc(doc) || isForeignAt(doc, m.index)) return null;
  // "dua paslon Pilgub Jatim mendaftar di KPU": only a candidate registers so (a party registers
  // for verification, a monitor or a voter for something else)
  if (BARE_REGISTER.test(m[0]) && !CANDIDATE_BEFORE.test(doc.text.slice(Math.max(0, m.index - SUBJECT_REACH), m.index))) return null;
  // "mencalonkan diri sebagai Presiden AS"
  COUNTRY_AFTER.lastIndex = m.index + m[0].length;
  if (COUNTRY_AFTER.test(doc.text)) return null;
  return ctx.fact(m.index, m.index + m[0].length, { id: 'pencalonan', election: null, dates: [] }, { confidence: 0.75 });
}

export const candidacy: PatternExtractor<'stage'> = {
  id: 'stage/candidacy',
  kind: 'stage',
  pattern: CANDIDACY,
  // in an election article only, tried where a verb of the pattern stands
  anchors: (doc) => electionAnchors(doc, CANDIDACY_ANCHORS),
  extract: readCandidacy,
};

/**
 * The rest after a keyword of setting or submitting (sticky): "penetapan Pak Jokowi sebagai
 * calon" (the person between, a few words at most), "mengajukan calon presiden", "pengajuan
 * pasangan calon", "diajukan sebagai calon gubernur".
 */
const SET_OR_SUBMITTED = new RegExp(
  String.raw`(?:penetapan\s+(?:[\p{L}.'’-]+\s+){1,4}?(?:sebagai|menjadi)\s+${CANDIDATE}|(?:mengajukan|diajukan\s+sebagai|pengajuan)\s+${RUNNING})(?![\p{L}])`,
  'iuy',
);
const LETTER = /\p{L}/u;

// the keywords of SET_OR_SUBMITTED (ASCII case-insensitive)
const SUBMITTING = /(?:penetapan|mengajukan|diajukan|pengajuan)/gi;
// A fact needs a keyword after no letter, followed by a space (SET_OR_SUBMITTED): a whole run of
// letters. A keyword inside a word ("xpenetapan") yields nothing and cannot overlap one that
// starts a word (a keyword holds letters only), so trying the anchors alone gives the same facts.
const SUBMITTING_ANCHORS = wordAnchors({ word: ['penetapan', 'mengajukan', 'diajukan', 'pengajuan'] });

function readSubmitted(m: RegExpExecArray, ctx: ExtractContext<'stage'>): StageFact | null {
  const { doc } = ctx;
  if (m.index > 0 && LETTER.test(doc.text[m.index - 1])) return null;
  SET_OR_SUBMITTED.lastIndex = m.index;
  const rest = SET_OR_SUBMITTED.exec(doc.text);
  if (!rest || !isElectionDoc(doc) || isForeignAt(doc, m.index)) return null;
  const end = m.index + rest[0].length;
  COUNTRY_AFTER.lastIndex = end;
  if (COUNTRY_AFTER.test(doc.text)) return null;
  return ctx.fact(m.index, end, { id: 'pencalonan', election: null, dates: [] }, { confidence: 0.75 });
}

/**
 * Candidacy set or submitted: "belum ada penetapan Pak Jokowi sebagai calon presiden", "ambang
 * batas partai untuk mengajukan calon presiden". The keyword is found first (a word anchor, in
 * an election article only); the rest is read after it.
 */
export const candidacySubmitted: PatternExtractor<'stage'> = {
  id: 'stage/candidacy-submitted',
  kind: 'stage',
  pattern: SUBMITTING,
  // in an election article only, tried where a keyword stands
  anchors: (doc) => electionAnchors(doc, SUBMITTING_ANCHORS),
  extract: readSubmitted,
};
