/**
 * Shared steps of the official forms: where a name may run (not into institution or region
 * spans), the name that ends just before a token, and the fact built from an office and a name.
 */
import type { ExtractContext } from '../types.js';
import type { OfficialFact } from '../../types.js';
import { lowerCaseWords, proseCapitalized, regionAt, type SentenceView } from './context.js';
import { GLUED, parseNameAt, type ParsedName } from './name.js';
import { foreignAt, nationalUnit, officeComplete, parseOfficeChain, titleAt, type OfficePhrase } from './office.js';
import { COMMON_WORDS, NAME_STOPWORDS, commonWord } from './lexicon.js';
import { startsUpper, startsLower } from '../../text/tokenize.js';
import { derivedWord } from '../../text/glued-verb.js';

/** Parse a name at token i of a sentence; the name stops at institution and region spans. */
export function nameAt(v: SentenceView, i: number): ParsedName | null {
  if (i < 0 || i >= v.toks.length) return parseName(v, i);
  // the forms and resolvers ask again at the same tokens: kept per view (the result is never changed)
  const known = v.names[i];
  if (known !== undefined) return known;
  return (v.names[i] = parseName(v, i));
}

function parseName(v: SentenceView, i: number): ParsedName | null {
  if (i >= v.toks.length || v.inst[i] || regionAt(v, i)) return null;
  // a foreign place never opens a name: "Wali Kota London Sadiq Khan"
  if (foreignAt(v, i)) return null;
  // capitalization tells a name only after a lower-case word, a comma or a bracket, or right
  // after a body or region; at a sentence start or after a title it says nothing
  const prev = v.toks[i - 1];
  const informative = prev && !v.inst[i - 1] && !regionAt(v, i - 1) && ((prev.type === 'word' && startsLower(prev.text)) || prev.text === ',' || prev.text === '(');
  const firstNotCommon = !informative;
  const blocked = (k: number) => v.inst[k] !== null || regionAt(v, k) !== null;
  const n = parseNameAt(v.text, v.toks, v.lower, i, { blocked, firstNotCommon });
  // a name cut short by words glued together is no name: "Gubernur Jawa BaratDedi Mulyadi"
  // ("kepadadetikJateng" after the name glues two words of the sentence, not of the name)
  if (n && n.next < v.toks.length && v.toks[n.next].type === 'word' && startsUpper(v.toks[n.next].text) && GLUED.test(v.toks[n.next].text)) return null;
  // nor after a title word: "Menteri Haji Arab Saudi" ("Haji" read as the honorific)
  if (n && n.nameStart > n.start) {
    let j = i;
    while (j < v.toks.length && v.toks[j].start < n.nameStart) j++;
    if (foreignAt(v, j)) return null;
  }
  // a title or a degree with it ("Dr. Eddy Soeparno, Wakil Ketua MPR RI" as a byline) is evidence
  if (!n || n.start < n.nameStart || n.honorifics.length > 0) return n;
  if (v.titleCase) return headlineName(v, i, n, blocked, firstNotCommon);
  if (v.quotedTitles.length > 0 && v.quotedTitles.some(([a, b]) => i >= a && i < b)) return quotedTitleName(v, i, n, blocked, firstNotCommon);
  return n;
}

// verbs by their suffix: "Siapkan", "Alihkan", "Pastikan"
const VERB_SUFFIX = /^\p{L}{3,}kan$/u;
const INITIAL = /^\p{Lu}\.?$/u;

/**
 * A name in a Title Case headline: only the words the article's prose also capitalizes
 * ("Kepala Kesbangpol Kunjungi KPU" → none; "Ketua KPU Erwan Bustami Buka Rakor" → "Erwan
 * Bustami"), or a list item opening with its office whose name closes the line ("10. Menteri
 * Agraria dan Tata Ruang Nusron Wahid").
 */
function headlineName(v: SentenceView, i: number, n: ParsedName, blocked: (k: number) => boolean, firstNotCommon: boolean): ParsedName | null {
  const words = n.name.split(' ');
  const confirmed = proseCapitalized(v.doc);
  let keep = 0;
  while (keep < words.length && (INITIAL.test(words[keep]) || confirmed.has(words[keep].toLowerCase().replace(/\.$/, '')))) keep++;
  if (keep === words.length) return n;
  const closes = v.toks.slice(n.next).every((t) => t.type === 'punct');
  if (closes && words.length >= 2 && titleAt(v, 0) && !words.some((w) => COMMON_WORDS.has(w.toLowerCase()) || VERB_SUFFIX.test(w))) return n;
  return trimmed(v, i, words, keep, blocked, firstNotCommon);
}

/**
 * A name in a quoted title in Title Case ("Tangis Mensos Risma Pecah Saat Cerita"): it ends
 * before a word the article also writes in lower case, a word news writes in lower case, or a
 * verb in -kan, and at the second word the prose does not capitalize; "Presiden RI Ke-8 Prabowo
 * Subianto" keeps both words.
 */
function quotedTitleName(v: SentenceView, i: number, n: ParsedName, blocked: (k: number) => boolean, firstNotCommon: boolean): ParsedName | null {
  const words = n.name.split(' ');
  const confirmed = proseCapitalized(v.doc);
  const lower = lowerCaseWords(v.doc);
  let keep = 0;
  let unconfirmed = 0;
  for (; keep < words.length; keep++) {
    const w = words[keep].toLowerCase().replace(/\.$/, '');
    if (INITIAL.test(words[keep]) || confirmed.has(w)) continue;
    // one word the prose does not confirm at most: "Prabowo Subianto", not "Nasaruddin Umar Uang Zakat"
    if (lower.has(w) || COMMON_WORDS.has(w) || VERB_SUFFIX.test(w) || ++unconfirmed > 1) break;
  }
  return keep === words.length ? n : trimmed(v, i, words, keep, blocked, firstNotCommon);
}

// the name cut to its first `keep` words, or null when none is left
function trimmed(v: SentenceView, i: number, words: string[], keep: number, blocked: (k: number) => boolean, firstNotCommon: boolean): ParsedName | null {
  if (keep === 0 || words.slice(0, keep).every((w) => INITIAL.test(w))) return null;
  return parseNameAt(v.text, v.toks, v.lower, i, { blocked, firstNotCommon, maxWords: keep });
}

/** A roman numeral of a numbered party or rank: "Teradu VII". */
export const ROMAN = /^[IVX]{1,4}$/;

/** Punctuation after which a word is capitalized by its place: a dateline's dash, a colon, an opening quote. */
const CLAUSE_OPENERS = new Set(['–', '—', '-', ':', '"', '“']);

/**
 * The longest name that ends exactly before token `end` (its degrees and bracketed nickname
 * included), looking back at most 10 tokens: "Erwan Bustami, Ketua ..." with end at the comma.
 */
export function nameEndingAt(v: SentenceView, end: number): ParsedName | null {
  let best: ParsedName | null = null;
  for (let s = end - 1; s >= 0 && s >= end - 10; s--) {
    const t = v.toks[s];
    if (v.inst[s] || regionAt(v, s)) break;
    if (t.type === 'punct' && t.text !== '.' && t.text !== ',' && t.text !== '(' && t.text !== ')' && t.text !== "'") break;
    // "Teradu I Muhammad Afifuddin": a roman numeral after a stop-word is not an initial
    if (ROMAN.test(t.text) && s > 0 && NAME_STOPWORDS.has(v.lower[s - 1])) break;
    const n = nameAt(v, s);
    if (!n) continue;
    const stop = v.toks[end]?.start ?? Infinity;
    const reaches = n.next === end || n.aliasEnd === stop || n.end === stop;
    if (reaches) best = n;
  }
  if (!best) return null;
  // names are maximal: a capitalized word left before the name ("Badan Narkotika Nasional")
  // means the words are part of something else; roman numerals ("Teradu VII") excepted
  const from = v.toks.findIndex((t) => t.start === best!.start);
  const prev = v.toks[from - 1];
  // an office phrase before it is no such thing: "Ketua ... Bidang Ekonomi Airlangga Hartarto, yang kini menjabat ..."
  // (a word news writes in lower case, capitalized by its place at a clause's start, is not:
  // "JAKARTA (Pos Kota) – Dilantiknya Idrus Marham sebagai")
  if (prev && from - 1 > 0 && prev.type === 'word' && startsUpper(prev.text) && !ROMAN.test(prev.text) && !officeEndsAt(v, from) && !((commonWord(prev.lower) || derivedWord(prev.lower)) && CLAUSE_OPENERS.has(v.toks[from - 2].text))) return null;
  return best;
}

/**
 * The office phrase (the last of a chain) that ends right before token `k`, starts within 12
 * tokens before it and `accept` takes (a complete office by default), or null.
 */
export function officeEndingAt(v: SentenceView, k: number, accept: (o: OfficePhrase) => boolean = officeComplete): OfficePhrase | null {
  return officeBefore(v, k, (o) => o.to === k && accept(o));
}

/**
 * Does a complete office phrase that starts within 12 tokens before token `k` end at it or run
 * over it ("Menteri Komunikasi dan Informatika (Menkominfo)": the bracket is part of the phrase)?
 */
export function officeReaches(v: SentenceView, k: number): boolean {
  return officeBefore(v, k, (o) => o.to >= k && officeComplete(o)) !== null;
}

// the last office of the first chain starting within 12 tokens before token k that `test` takes
function officeBefore(v: SentenceView, k: number, test: (o: OfficePhrase) => boolean): OfficePhrase | null {
  for (let i = Math.max(0, k - 12); i < k; i++) {
    const chain = parseOfficeChain(v, i);
    if (chain.length === 0) continue;
    const last = chain[chain.length - 1];
    if (test(last)) return last;
  }
  return null;
}

/** Is token `k` the end of a complete office phrase that starts within 12 tokens before? */
export function officeEndsAt(v: SentenceView, k: number): boolean {
  return officeEndingAt(v, k) !== null;
}

/**
 * A member title written without its body that the article's context may bind: a department or
 * a modifier ("Ketua Divisi Teknis Penyelenggaraan Pemilu", "Wakil Ketua", "Kasubag Teknik") or a
 * title used only inside a body ("Ketua Majelis", "Pejabat Pengadaan"). Bare "Ketua X" is not.
 */
export function contextualOffice(o: OfficePhrase): boolean {
  if (o.entry.type !== 'member' || o.institution || o.stateBody || nationalUnit(o)) return false;
  if (o.entry.contextual) return true;
  return o.qualified;
}

/** The official fact of an office held by a person. */
export function officialFact(ctx: ExtractContext<'official'>, office: OfficePhrase, name: ParsedName, extra: { confidence?: number; flags?: string[]; nameOnly?: boolean } = {}): OfficialFact {
  // a later name of a list is its own mention: "..., Agus Riyanto"
  const start = extra.nameOnly ? name.start : Math.min(office.start, name.start);
  const end = extra.nameOnly ? name.end : Math.max(office.end, name.end);
  const implied: string[] = [];
  if (office.institution && !office.boundInstitution) implied.push('institution');
  // (pushed into a literal, not spread: a spread of no flags is an array of small integers, which
  // the push below turns into another kind, throwing away the optimized code that met neither)
  const flags: string[] = [];
  if (extra.flags) for (const f of extra.flags) flags.push(f);
  // bound later by resolve/official-context.ts, or dropped
  if (!office.institution && office.entry.type === 'member' && !office.stateBody && !nationalUnit(office)) flags.push('institution-from-context');
  return ctx.fact(
    start,
    end,
    {
      name: name.name,
      position: office.position,
      institution: office.institution,
      region: office.region,
      honorifics: name.honorifics,
      rank: name.rank,
    },
    { lexicon: [...office.lexicon, ...name.lexicon], implied, confidence: extra.confidence ?? 0.9, flags },
  );
}
