/**
 * The per-document analysis every official form reads, computed once (doc.memo): the tokens of
 * each prose sentence with the institution facts (extracted before officials) and the region
 * mentions that cover them. Offices bind to those spans instead of detecting bodies again.
 */
import type { Doc } from '../../doc.js';
import type { Sentence } from '../../text/sentences.js';
import { tokenize } from '../../text/tokenize.js';
import { findRegionMentions, type RegionMention } from '../../lexicon/regions.js';
import type { InstitutionFact } from '../../types.js';
import { toToks, type Tok } from './name.js';
import { titleSpelling } from './lexicon.js';

/** An institution fact seen from the tokens it covers. */
export interface InstitutionSpan {
  id: string;
  region: string | null;
  start: number;
  end: number;
  /** first token and the token after the last */
  from: number;
  to: number;
  text: string;
}

/** A region mention seen from the tokens it covers. */
export interface RegionSpan {
  mention: RegionMention;
  from: number;
  to: number;
  /** written with "Provinsi", "Kabupaten", "Kota" before the name */
  prefixed: boolean;
}

/** One prose sentence, tokenized, with its institution and region spans by token. */
export interface SentenceView {
  sentence: Sentence;
  doc: Doc;
  text: string;
  toks: Tok[];
  /** lower-case token texts, long title words spelt right ("Sekretatis" → "sekretaris") */
  lower: string[];
  /** institution span covering token k, or null */
  inst: (InstitutionSpan | null)[];
  /** region span covering token k, or null */
  region: (RegionSpan | null)[];
  /** a headline in Title Case: capital letters there are no evidence of a name */
  titleCase: boolean;
  /** token ranges [from, to) of titles in Title Case quoted inside the sentence: “Tangis Mensos Risma Pecah Saat Cerita” */
  quotedTitles: [number, number][];
}

const OPEN_QUOTE = new Set(['“', '"', '‘']);
const QUOTE_CHAR = /[“"‘]/;
const CLOSE_QUOTE = new Set(['”', '"', '’']);

// three words of four letters or more, three in four of them capitalized
function mostlyCapitalized(toks: Tok[], from: number, to: number, min: number): boolean {
  let long = 0;
  let upper = 0;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.type !== 'word' || t.text.length < 4 || !/^\p{L}/u.test(t.text)) continue;
    long++;
    if (/^\p{Lu}/u.test(t.text)) upper++;
  }
  return long >= min && upper >= long * 0.75;
}

/** Quoted titles in Title Case: “[FULL] Pidato Perdana Presiden RI Ke-8 Prabowo Subianto | Beritasatu”. */
export function quotedTitles(toks: Tok[], text: string): [number, number][] {
  const out: [number, number][] = [];
  if (!QUOTE_CHAR.test(text)) return out;
  for (let k = 0; k < toks.length; k++) {
    if (!OPEN_QUOTE.has(toks[k].text)) continue;
    let e = k + 1;
    while (e < toks.length && e - k < 40 && !CLOSE_QUOTE.has(toks[e].text)) e++;
    if (e < toks.length && CLOSE_QUOTE.has(toks[e].text) && mostlyCapitalized(toks, k + 1, e, 3)) out.push([k + 1, e]);
    k = e;
  }
  return out;
}

const LIST_MARKER = /^\s*(?:\d{1,2}[.)]|[-•*–])\s/u;
const BARE_MARKER = /^\s*(?:\d{1,2}[.)]|[-•*–])\s*$/u;

/**
 * Is this sentence a headline in Title Case? No final period, and three in four of its words of
 * four letters or more capitalized ("Perkuat Sinergi, Kepala Kesbangpol Kunjungi KPU Luwu Timur",
 * "Ketua KPU Provinsi Lampung Jadi Narasumber Rakor Fasilitasi Pemilu bersama Kesbangpol").
 */
export function isTitleCase(text: string, toks: Tok[], previous: string | null = null): boolean {
  if (/[.:;,]["'”’)]?\s*$/u.test(text)) return false;
  // an item of a numbered or bulleted list: "1." / "Ketum PDIP Megawati Soekarnoputri"
  if (LIST_MARKER.test(text) || (previous !== null && BARE_MARKER.test(previous))) return false;
  return mostlyCapitalized(toks, 0, toks.length, 4);
}

/** Words the article writes in lower case somewhere ("bakal", "pecah"): no name words in a title. */
export function lowerCaseWords(doc: Doc): Set<string> {
  return doc.memo('official/lower-case-words', () => {
    const out = new Set<string>();
    for (const v of sentenceViews(doc)) for (const t of v.toks) if (t.type === 'word' && /^\p{Ll}/u.test(t.text)) out.add(t.lower);
    return out;
  });
}

/**
 * Words (lower case) the article writes capitalized inside a prose sentence, not first in it nor
 * in a quoted title:
 * what confirms that a capitalized word of a Title Case headline is a name.
 */
export function proseCapitalized(doc: Doc): Set<string> {
  return doc.memo('official/prose-capitalized', () => {
    const out = new Set<string>();
    for (const v of sentenceViews(doc)) {
      if (v.titleCase) continue;
      let q = 0;
      for (let k = 1; k < v.toks.length; k++) {
        // not inside a quoted title either
        while (q < v.quotedTitles.length && v.quotedTitles[q][1] <= k) q++;
        if (q < v.quotedTitles.length && v.quotedTitles[q][0] <= k) continue;
        const t = v.toks[k];
        const prev = v.toks[k - 1];
        // not first in the sentence or in a quote: '"Jangan bikin gaduh," kata ...'
        if (t.type === 'word' && /^\p{Lu}/u.test(t.text) && (prev.type === 'word' || prev.text === ',' || prev.text === '(')) out.add(t.lower);
      }
    }
    return out;
  });
}

// covering spans by token index: both lists are sorted by start; a binary search finds each
// span's first token, so the cost is O(spans · log tokens + covered tokens)
function spansByToken<S extends { start: number; end: number }>(toks: Tok[], spans: S[], make: (s: S, from: number, to: number) => unknown): unknown[] {
  const out: unknown[] = new Array(toks.length).fill(null);
  for (const s of spans) {
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid].start < s.start) lo = mid + 1;
      else hi = mid;
    }
    let to = lo;
    while (to < toks.length && toks[to].end <= s.end) to++;
    if (to === lo) continue;
    const v = make(s, lo, to);
    for (let k = lo; k < to; k++) if (out[k] === null) out[k] = v;
  }
  return out;
}

// the items of a start-sorted list that lie inside [start, end), from a moving cursor: sentences
// come in text order, so every list is walked once per document
function takeInside<T extends { start: number; end: number }>(xs: T[], cursor: { i: number }, start: number, end: number): T[] {
  while (cursor.i < xs.length && xs[cursor.i].start < start) cursor.i++;
  const out: T[] = [];
  for (let k = cursor.i; k < xs.length && xs[k].start < end; k++) if (xs[k].end <= end) out.push(xs[k]);
  return out;
}

/** The sentence views of a document, memoized. Boilerplate sentences are left out. */
export function sentenceViews(doc: Doc): SentenceView[] {
  return doc.memo('official/sentence-views', () => {
    const institutions = (doc.facts.filter((f) => f.kind === 'institution') as InstitutionFact[]).sort((a, b) => a.start - b.start);
    let regions: RegionMention[] = [];
    try {
      regions = findRegionMentions(doc);
    } catch {
      regions = [];
    }
    const views: SentenceView[] = [];
    const sortedRegions = [...regions].sort((a, b) => a.start - b.start);
    const instCursor = { i: 0 };
    const regionCursor = { i: 0 };
    for (const s of doc.sentences) {
      if (s.boilerplate) continue;
      const toks = toToks(tokenize(doc.text, s.start, s.end));
      const sentenceInstitutions = takeInside(institutions, instCursor, s.start, s.end);
      const sentenceRegions = takeInside(sortedRegions, regionCursor, s.start, s.end);
      const inst = spansByToken(toks, sentenceInstitutions, (f, from, to): InstitutionSpan => ({ id: f.id, region: f.region, start: f.start, end: f.end, from, to, text: f.text })) as (InstitutionSpan | null)[];
      const region = spansByToken(toks, sentenceRegions, (m, from, to): RegionSpan => ({ mention: m, from, to, prefixed: /^(?:prov|kab|kota)/i.test(m.text) })) as (RegionSpan | null)[];
      views.push({ sentence: s, doc, text: doc.text, toks, lower: toks.map((t) => (t.lower.length >= 8 ? titleSpelling(t.text, t.lower) ?? t.lower : t.lower)), inst, region, titleCase: isTitleCase(s.text, toks, doc.sentences[s.index - 1]?.text ?? null), quotedTitles: quotedTitles(toks, s.text) });
    }
    return views;
  });
}

/** The institution facts of the document (for bindings from context). */
export function institutionFacts(doc: Doc): InstitutionFact[] {
  return doc.facts.filter((f) => f.kind === 'institution') as InstitutionFact[];
}
