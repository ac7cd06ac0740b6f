/**
 * Voters put on or struck off the voter list, told with a verb (pemutakhiran-data-pemilih:
 * "Pemutakhiran data pemilih dan penyusunan daftar pemilih").
 *
 * Handles: "pemilih dengan kondisi yang memenuhi syarat kami masukkan dalam daftar pemilih",
 * "warga yang sudah meninggal dicoret dari DPT", "WNA itu dimasukkan ke dalam DPS",
 * "petugas memasukkan nama mereka ke daftar pemilih tetap", "KPU belum menetapkan Daftar Pemilih Tetap",
 * "KPU menetapkannya sebagai DPT".
 * Not here: being on the list ("pemilih yang tidak terdaftar di DPT dapat memakai KTP": a state,
 * not the listing); noun phrases ("penyusunan daftar pemilih", "pemutakhiran DPT": variant.ts).
 *
 * The pattern finds the list; the verb and "ke/dalam/dari" are read in the few words before it.
 */
import type { PatternExtractor } from '../types.js';
import { electionAnchors, isElectionDoc } from './context.js';
import { wordAnchors } from '../word-anchors.js';

const VERB = String.raw`(?:(?:me|di)masuk(?:k)?an|masukkan|(?:men|di)daftarkan|(?:men|di|ter)coret)`;
/** characters between the verb and "ke/dalam/dari" (the voters named between them) */
const VERB_REACH = 40;
// the verb, the voters, then "ke/dalam/dari" right before the list
const VERB_BEFORE = new RegExp(String.raw`(?<![\p{L}])${VERB}(?![\p{L}])[^.;!?\n]{0,${VERB_REACH}}?(?<![\p{L}])(?:ke(?:\s+dalam)?|dalam|dari)\s+$`, 'iu');

// the list set by the commission: "KPU belum menetapkan Daftar Pemilih Tetap", "menetapkannya sebagai DPT"
const SET_BEFORE = /(?<![\p{L}])(?:me|di)netapkan(?:nya)?\s+(?:sebagai\s+)?$/iu;

// The list: "daftar pemilih (tetap)", "DPT", "DPTb", "DPSHP", "DPS", "DPK".
const LIST = /(?:[Dd]aftar\s+[Pp]emilih(?:\s+(?:[Tt]etap|[Ss]ementara|[Tt]ambahan|[Kk]husus))?|DPTb|DPT|DPSHP|DPS|DPK)(?![\p{L}])/gu;
// LIST has no lookbehind, so a match may start inside a run of letters ("pendaftar pemilih",
// dropped by `extract`, yet it moves the scan on): every match opens with one of these letters,
// anywhere in a run
const ANCHORS = wordAnchors({ infix: ['daftar', 'dpt', 'dps', 'dpk'] });

export const voterList: PatternExtractor<'stage'> = {
  id: 'stage/voter-list',
  kind: 'stage',
  // the list only (rare words); the rest is read before it
  pattern: LIST,
  // in an election article only (`extract` keeps nothing elsewhere), tried where the list's letters stand
  anchors: (doc) => electionAnchors(doc, ANCHORS),
  extract(m, ctx) {
    const text = ctx.doc.text;
    if (/[\p{L}\p{N}]/u.test(text[m.index - 1] ?? '')) return null;
    const from = Math.max(0, m.index - VERB_REACH - 40);
    const before = text.slice(from, m.index);
    const v = VERB_BEFORE.exec(before) ?? SET_BEFORE.exec(before);
    if (!v || !isElectionDoc(ctx.doc)) return null;
    return ctx.fact(from + v.index, m.index + m[0].length, { id: 'pemutakhiran-data-pemilih', election: null, dates: [] }, { confidence: 0.65 });
  },
};
