/**
 * A pinpoint that leans on the previous one: the same pasal, maybe another ayat.
 *
 * Handles: "Masih dalam pasal yang sama di ayat kedua" -> the previous citation's pasal, ayat 2;
 * "pasal tersebut ayat (2)", "ayat (3) pasal yang sama", "pasal itu" (the same pinpoint again),
 * "Hal itu diatur di ayat (4)" (a lone ayat after a pinpoint).
 * The resolver (src/resolve/citation-anaphor.ts) lends the instrument and pasal, or drops it.
 * Not here: "pasal-pasal tersebut" (plural, several antecedents), "Al-Maidah ayat 51" (a verse),
 * an ayat inside a "Pasal ..." chain (pinpoint.ts).
 */
import type { ExtractContext, PatternExtractor } from '../types.js';
import type { CitationFact } from '../../types.js';
import { ORDINAL_ALT, ORDINALS } from './lexicon.js';
import { pinpointAnalysis } from './pinpoint.js';
import { setPending } from '../../resolve/citation-pending.js';
import { wordAnchors } from '../word-anchors.js';

const AYAT_VALUE = String.raw`(?:\(\s*(?<p{n}>\d{1,3})\s*\)|(?<d{n}>\d{1,3})(?![\p{N}])|(?<o{n}>${ORDINAL_ALT})(?![\p{L}]))`;
const SAME = String.raw`(?:yang\s+sama|tersebut|itu|ini)(?![\p{L}])`;
const PASAL = String.raw`(?<![\p{L}\p{N}-])(?:[Pp]asal|PASAL)`;
const AYAT = String.raw`(?:[Aa]yat|AYAT)`;
// a lone "ayat (3)" only after words that introduce a provision, never after a name ("Al-Maidah ayat 51")
const LONE_BEFORE = /(?:^|[\s,;:("“])(?:di|pada|dalam|dan|serta|sedangkan|kemudian|lalu|juga|menurut|berdasarkan|sesuai|bunyi|diatur|disebutkan|menyebutkan)\s+$/i;

// tried only at the anchors below
const ANAPHOR = new RegExp(
  String.raw`${PASAL}\s+${SAME}(?:[\s,]+(?:(?:di|pada|dalam)\s+)?${AYAT}\s*${AYAT_VALUE.replace(/\{n\}/g, '1')})?|(?<![\p{L}\p{N}])${AYAT}\s*${AYAT_VALUE.replace(/\{n\}/g, '2')}(?<tail>\s+(?:(?:pada|dari|di|dalam)\s+)?(?:[Pp]asal)\s+${SAME})?`,
  'gu',
);
// A match starts after no letter or digit with "pasal" (a whole run of letters: a space follows)
// or "ayat" (an ordinal may be glued to it: "ayatkedua").
const ANCHORS = wordAnchors({ word: ['pasal'], prefix: ['ayat'] });

function read(m: RegExpExecArray, ctx: ExtractContext<'citation'>): CitationFact | null {
  const g = m.groups!;
  const { doc } = ctx;
  // inside a "Pasal ..." chain: already a pinpoint
  if (pinpointAnalysis(doc).spans.some(([s, e]) => m.index >= s && m.index < e)) return null;
  const lone = g.p2 !== undefined || g.d2 !== undefined || g.o2 !== undefined;
  if (lone && !g.tail) {
    const sentence = doc.sentenceAt(m.index);
    const before = doc.text.slice(Math.max(sentence.start, m.index - 40), m.index);
    if (m.index !== sentence.start && !LONE_BEFORE.test(before)) return null;
  }
  const raw = g.p1 ?? g.d1 ?? g.o1 ?? g.p2 ?? g.d2 ?? g.o2;
  const ayat = raw === undefined ? null : (ORDINALS[raw.toLowerCase()] ?? String(Number(raw)));
  const fact = ctx.fact(
    m.index,
    m.index + m[0].length,
    { instrument: '', instrumentKind: '', pasal: null, ayat, huruf: null, title: null, resolved: true },
    { implied: ['instrument', 'pasal'], confidence: 0.8 },
  );
  return setPending(doc, fact, { type: 'pasal-anaphor', ayat });
}

export const pasalAnaphor: PatternExtractor<'citation'> = {
  id: 'citation/pasal-anaphor',
  kind: 'citation',
  pattern: ANAPHOR,
  anchors: (doc) => ANCHORS.in(doc),
  extract: read,
};
