/**
 * A stage named by one of its surface variants (stage-variants.json).
 *
 * Handles: "pemuktahiran data pemilih" (typo), "coklit", "Persiapan Penetapan DPT", "verifikasi
 * syarat dukungan calon DPD", "masa kampanye", "biaya kampanye", "pemungutan suara ulang (PSU)",
 * "pengadaan logistic Pemilu" (typo), "pengadaan dan distribusi logistik Pemilu 2024",
 * "penetapan calon terpilih", "rekrutmen PPK", "sengketa hasil Pilkada".
 * Variants marked `context: election` ("kampanye", "pencalonan", "pemungutan suara",
 * "rekapitulasi") count only in an article about an election, and not in a sentence set abroad.
 * Not here: a generic "tahapan Pemilu"; a stage of another country ("pelantikan Presiden AS"); a vote that is not an election ("Senat menunda pemungutan
 * suara", "paripurna DPR ... pemungutan suara (voting)" on a bill); "Tempat Pemungutan Suara (TPS)", "kelompok penyelenggara
 * pemungutan suara (KPPS)" (bodies and places, not stages); "verifikasi administrasi" without
 * saying of what (verification.ts).
 */
import type { ExtractContext, PatternExtractor } from '../types.js';
import type { StageFact } from '../../types.js';
import { alternation } from '../../lexicon/load.js';
import { leadingWord, runAt, wordAnchors } from '../word-anchors.js';
import { surfaceKey } from '../citation/lexicon.js';
import { COUNTRY_AFTER, NON_ELECTION_VOTE, STAGE_VARIANTS, type StageVariant } from './lexicon.js';
import { isElectionDoc, isForeignAt } from './context.js';

const BY_SURFACE = new Map<string, StageVariant>(STAGE_VARIANTS.flatMap((v) => [v.canonical, ...v.aliases].map((a) => [surfaceKey(a), v] as const)));
// "tempat pemungutan suara", "panitia pemungutan suara", "kelompok penyelenggara pemungutan suara":
// a place or a body named after the voting stage (while "panitia pemuktahiran data pemilih" is
// still told with its stage at work); "rekapitulasi hasil penghitungan suara" is the recapitulation
// (while "menghormati hasil pemungutan suara", "hasil perhitungan suara pemilihan presiden" tell of
// the vote and its count)
const BODY_BEFORE = /(?:tempat|penyelenggara|panitia|petugas|bilik|kotak|surat|rekap\p{L}*\s+hasil)\s+$/iu;
/** characters around "pemungutan suara" searched for a body that votes on something other than an election */
const VOTE_BEFORE = 100;
const VOTE_AFTER = 40;

/**
 * "Senat menunda pemungutan suara", "rapat paripurna ... melalui pemungutan suara (voting)": a
 * vote of a chamber or a board on a bill, a resolution or a rector, not the voting stage.
 */
function nonElectionVote(text: string, start: number, end: number, sentence: { start: number; end: number }): boolean {
  return NON_ELECTION_VOTE.test(text.slice(Math.max(sentence.start, start - VOTE_BEFORE), Math.min(sentence.end, end + VOTE_AFTER)));
}

const ALIASES = STAGE_VARIANTS.flatMap((v) => v.aliases);
/** one case-insensitive alternation of `aliases` (faster than per-letter classes) */
const variantPattern = (aliases: readonly string[], flags: string): RegExp =>
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(aliases).replace(/-/g, String.raw`(?:\s*-\s*|\s+)`)})(?![\p{L}\p{N}])`, flags);
const PATTERN = variantPattern(ALIASES, 'giu');
const PATTERN_AT = variantPattern(ALIASES, 'iuy');
// A match starts after no letter or digit with an alias's leading word, a whole run of letters: a
// space, hyphen or digit follows it in the alias ("dp4"), or the alias ends there (no letter or
// digit after the match).
const ANCHORS = wordAnchors({ word: ALIASES.map((a) => leadingWord(a).word) });
// PATTERN split by leading word: at an anchor only the aliases with the word that stands there can
// match, and they keep their order (longest first), so trying them alone gives PATTERN's match.
const BY_WORD = new Map<string, RegExp>();
for (const word of new Set(ALIASES.map((a) => leadingWord(a).word))) BY_WORD.set(word, variantPattern(ALIASES.filter((a) => leadingWord(a).word === word), 'iuy'));
const patternAt = (text: string) => (at: number) => BY_WORD.get(runAt(text, at)) ?? PATTERN_AT;

function read(m: RegExpExecArray, ctx: ExtractContext<'stage'>): StageFact | null {
  const v = BY_SURFACE.get(surfaceKey(m[0]));
  if (!v) return null;
  const { doc } = ctx;
  if (v.context === 'election' && (!isElectionDoc(doc) || isForeignAt(doc, m.index))) return null;
  // "pelantikan Presiden AS Donald Trump", "kampanye Trump": another country's stage
  COUNTRY_AFTER.lastIndex = m.index + m[0].length;
  if (COUNTRY_AFTER.test(doc.text)) return null;
  if (v.stage === 'pemungutan-penghitungan-suara') {
    if (BODY_BEFORE.test(doc.text.slice(Math.max(0, m.index - 25), m.index))) return null;
    if (nonElectionVote(doc.text, m.index, m.index + m[0].length, doc.sentenceAt(m.index))) return null;
  }
  return ctx.fact(m.index, m.index + m[0].length, { id: v.stage, election: null, dates: [] }, { lexicon: [v.id], confidence: v.context === 'election' ? 0.75 : 0.9 });
}

export const variant: PatternExtractor<'stage'> = {
  id: 'stage/variant',
  kind: 'stage',
  pattern: PATTERN,
  anchors: (doc) => ANCHORS.in(doc),
  stickyAt: (doc) => patternAt(doc.text),
  extract: read,
};
