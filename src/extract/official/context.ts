/**
 * The per-document analysis every official form reads, made per sentence on first use and kept
 * (doc.memo): the tokens of a prose sentence with the institution facts (extracted before
 * officials) and the region mentions that cover them. Offices bind to those spans instead of
 * detecting bodies again. The forms read only the sentences that may hold a title (anchors.ts),
 * and the article's word statistics are asked word by word, so most sentences are never read.
 */
import type { Doc } from '../../doc.js';
import type { Sentence } from '../../text/sentences.js';
import { tokenizeLower, startsUpper, startsLower } from '../../text/tokenize.js';
import { findRegionMentions, regionStretches, type RegionMention } from '../../lexicon/regions.js';
import type { InstitutionFact } from '../../types.js';
import type { ParsedName, Tok } from './name.js';
import type { OfficePhrase } from './office.js';
import { titleSpelling } from './lexicon.js';
import { mayHoldTitle, sentencesWithWords, type WordCase } from './anchors.js';
import { mapPacked } from '../packed.js';
import { firstFrom } from '../../sorted.js';

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
  /** region spans by token, made on first use (`regionAt`): null until then */
  region: (RegionSpan | null)[] | null;
  /**
   * while the article is not scanned: where a region mention that starts before `to` may lie, as
   * [start, end) pairs (regions.ts `regionStretches`); null until asked
   */
  regionStretches: { list: number[]; to: number } | null;
  /** a headline in Title Case: capital letters there are no evidence of a name */
  titleCase: boolean;
  /** token ranges [from, to) of titles in Title Case quoted inside the sentence: “Tangis Mensos Risma Pecah Saat Cerita” */
  quotedTitles: [number, number][];
  /** the names parsed at token k so far (bind.ts `nameAt`): undefined until asked */
  names: (ParsedName | null | undefined)[];
  /** the office phrases parsed at token k so far (office.ts `parseOffice`): undefined until asked */
  offices: (OfficePhrase | null | undefined)[];
  /** 1 where a title or modifier starts (office.ts `titleAt`), null until asked */
  titles: Uint8Array | null;
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
    if (startsUpper(t.text)) upper++;
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

/** Words of an article with some property, asked one at a time. */
export interface WordSet {
  has(word: string): boolean;
}

// a lazy word set (or a sentence filter) searches the whole text once per word asked; past this
// many words, reading every sentence once is cheaper
export const LAZY_QUESTIONS = 128;

/**
 * A word set answered word by word: only the sentences whose text holds the word, starting in
 * the case `written` (the words with the property start so), are tokenized (anchors.ts
 * `sentencesWithWords`), or every sentence when lower case would move offsets. `collect` adds
 * the words of one sentence that have the property.
 */
class LazyWordSet implements WordSet {
  private readonly known = new Map<string, boolean>();
  private readonly bySentence = new Map<number, Set<string>>();
  private all: Set<string> | null = null;

  constructor(
    private readonly doc: Doc,
    private readonly written: WordCase,
    private readonly collect: (v: SentenceTokens, into: Set<string>) => void,
  ) {}

  has(word: string): boolean {
    if (this.all) return this.all.has(word);
    const known = this.known.get(word);
    if (known !== undefined) return known;
    // each question reads the whole text: past LAZY_QUESTIONS of them, collecting every sentence's
    // words once is cheaper (a long article asks about more words: the cost grew with its square)
    const where = this.known.size < LAZY_QUESTIONS ? sentencesWithWords(this.doc, [word], this.written) : null;
    if (where === null) {
      const all = new Set<string>();
      for (const v of sentenceTokens(this.doc)) this.collect(v, all);
      this.all = all;
      return all.has(word);
    }
    let found = false;
    for (const i of where) {
      const s = this.doc.sentences[i];
      if (s.boilerplate) continue;
      let words = this.bySentence.get(i);
      if (!words) {
        words = new Set<string>();
        this.collect(tokensOf(this.doc, viewState(this.doc), s), words);
        this.bySentence.set(i, words);
      }
      if (words.has(word)) {
        found = true;
        break;
      }
    }
    this.known.set(word, found);
    return found;
  }
}

/** Words the article writes in lower case somewhere ("bakal", "pecah"): no name words in a title. */
export function lowerCaseWords(doc: Doc): WordSet {
  return doc.memo(
    'official/lower-case-words',
    () =>
      new LazyWordSet(doc, 'lower', (v, out) => {
        for (const t of v.toks) if (t.type === 'word' && startsLower(t.text)) out.add(t.lower);
      }),
  );
}

/**
 * Words (lower case) the article writes capitalized inside a prose sentence, not first in it nor
 * in a quoted title:
 * what confirms that a capitalized word of a Title Case headline is a name.
 */
export function proseCapitalized(doc: Doc): WordSet {
  return doc.memo(
    'official/prose-capitalized',
    () =>
      new LazyWordSet(doc, 'upper', (v, out) => {
        if (v.titleCase) return;
        let q = 0;
        for (let k = 1; k < v.toks.length; k++) {
          // not inside a quoted title either
          while (q < v.quotedTitles.length && v.quotedTitles[q][1] <= k) q++;
          if (q < v.quotedTitles.length && v.quotedTitles[q][0] <= k) continue;
          const t = v.toks[k];
          const prev = v.toks[k - 1];
          // not first in the sentence or in a quote: '"Jangan bikin gaduh," kata ...'
          if (t.type === 'word' && startsUpper(t.text) && (prev.type === 'word' || prev.text === ',' || prev.text === '(')) out.add(t.lower);
        }
      }),
  );
}

// covering spans by token index: both lists are sorted by start; a binary search finds each
// span's first token, so the cost is O(spans · log tokens + covered tokens)
function spansByToken<S extends { start: number; end: number }>(toks: Tok[], spans: S[], make: (s: S, from: number, to: number) => unknown): unknown[] {
  const out: unknown[] = new Array(toks.length).fill(null);
  for (const s of spans) {
    const lo = firstFrom(toks, s.start);
    let to = lo;
    while (to < toks.length && toks[to].end <= s.end) to++;
    if (to === lo) continue;
    const v = make(s, lo, to);
    for (let k = lo; k < to; k++) if (out[k] === null) out[k] = v;
  }
  return out;
}

// the items of a start-sorted list that lie inside [start, end): a binary search finds the first
// that starts at `start` or later
function takeInside<T extends { start: number; end: number }>(xs: T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let k = firstFrom(xs, start); k < xs.length && xs[k].start < end; k++) if (xs[k].end <= end) out.push(xs[k]);
  return out;
}

/** The tokens of a prose sentence and what its capitals say, without the spans (for article-wide word statistics). */
export interface SentenceTokens {
  sentence: Sentence;
  toks: Tok[];
  titleCase: boolean;
  quotedTitles: [number, number][];
}

// per document: the analyses made so far, by sentence index, and the spans they read (the
// institution facts as they are when the first view is made, the region mentions on demand)
interface ViewState {
  tokens: (SentenceTokens | undefined)[];
  views: (SentenceView | undefined)[];
  institutions: InstitutionFact[];
  regions: RegionMention[] | null;
}

function viewState(doc: Doc): ViewState {
  return doc.memo('official/view-state', () => ({
    tokens: [],
    views: [],
    institutions: (doc.facts.filter((f) => f.kind === 'institution') as InstitutionFact[]).sort((a, b) => a.start - b.start),
    regions: null,
  }));
}

function tokensOf(doc: Doc, state: ViewState, s: Sentence): SentenceTokens {
  let t = state.tokens[s.index];
  if (!t) {
    const toks: Tok[] = tokenizeLower(doc.text, s.start, s.end);
    t = state.tokens[s.index] = { sentence: s, toks, titleCase: isTitleCase(s.text, toks, doc.sentences[s.index - 1]?.text ?? null), quotedTitles: quotedTitles(toks, s.text) };
  }
  return t;
}

/**
 * The region span covering token k, or null (undefined past the last token). The article's
 * region mentions are scanned on the first question a view of the article is asked about a token
 * a mention may cover (regions.ts `regionStretches`): the scan is the costliest part of a view,
 * and only parsing an office or a name asks (an article whose title words head no office never
 * does), mostly about tokens where no region name can lie.
 */
export function regionAt(v: SentenceView, k: number): RegionSpan | null | undefined {
  if (v.region) return v.region[k];
  const t = v.toks[k];
  if (t !== undefined && viewState(v.doc).regions === null) {
    // a mention covering the token starts in the sentence, at the token or before it
    const seen = (v.regionStretches ??= { list: [], to: v.sentence.start });
    if (seen.to <= t.start) {
      for (const x of regionStretches(v.doc, seen.to, t.start + 1)) seen.list.push(x);
      seen.to = t.start + 1;
    }
    if (!insideStretch(seen.list, t.start, t.end)) return null;
  }
  return regionSpans(v)[k];
}

// does [start, end) lie inside one of the stretches (a flat list of [start, end) pairs)?
function insideStretch(stretches: number[], start: number, end: number): boolean {
  for (let j = 0; j < stretches.length; j += 2) if (stretches[j] <= start && end <= stretches[j + 1]) return true;
  return false;
}

function regionSpans(v: SentenceView): (RegionSpan | null)[] {
  const state = viewState(v.doc);
  if (state.regions === null) {
    let regions: RegionMention[] = [];
    try {
      regions = findRegionMentions(v.doc);
    } catch {
      regions = [];
    }
    state.regions = [...regions].sort((a, b) => a.start - b.start);
  }
  const sentenceRegions = takeInside(state.regions, v.sentence.start, v.sentence.end);
  return (v.region = spansByToken(v.toks, sentenceRegions, (m, from, to): RegionSpan => ({ mention: m, from, to, prefixed: /^(?:prov|kab|kota)/i.test(m.text) })) as (RegionSpan | null)[]);
}

/** The view of one prose sentence, made on first use and kept. */
export function sentenceView(doc: Doc, s: Sentence): SentenceView {
  const state = viewState(doc);
  const made = state.views[s.index];
  if (made) return made;
  const { toks, titleCase, quotedTitles } = tokensOf(doc, state, s);
  const sentenceInstitutions = takeInside(state.institutions, s.start, s.end);
  const inst = spansByToken(toks, sentenceInstitutions, (f, from, to): InstitutionSpan => ({ id: f.id, region: f.region, start: f.start, end: f.end, from, to, text: f.text })) as (InstitutionSpan | null)[];
  const view: SentenceView = { sentence: s, doc, text: doc.text, toks, lower: mapPacked(toks, (t) => (t.lower.length >= 8 ? titleSpelling(t.text, t.lower) ?? t.lower : t.lower)), inst, region: null, regionStretches: null, titleCase, quotedTitles, names: [], offices: [], titles: null };
  state.views[s.index] = view;
  return view;
}

/** The tokens of every prose sentence (boilerplate left out), memoized. */
export function sentenceTokens(doc: Doc): SentenceTokens[] {
  return doc.memo('official/sentence-tokens', () => {
    const state = viewState(doc);
    return mapPacked(doc.sentences.filter((s) => !s.boilerplate), (s) => tokensOf(doc, state, s));
  });
}

/** The views of every prose sentence (boilerplate left out), memoized. */
export function sentenceViews(doc: Doc): SentenceView[] {
  return doc.memo('official/sentence-views', () => mapPacked(doc.sentences.filter((s) => !s.boilerplate), (s) => sentenceView(doc, s)));
}

/**
 * The views of the prose sentences that may hold an office title (anchors.ts): the only ones
 * where an official form or a title-led mention can start.
 */
export function titleViews(doc: Doc): SentenceView[] {
  return doc.memo('official/title-views', () => mapPacked(doc.sentences.filter((s) => titleSentences(doc).has(s.index)), (s) => sentenceView(doc, s)));
}

// the indexes of the prose sentences that may hold an office title
function titleSentences(doc: Doc): Set<number> {
  return doc.memo('official/title-sentences', () => new Set(doc.sentences.filter((s) => !s.boilerplate && mayHoldTitle(doc.text, s.start, s.end)).map((s) => s.index)));
}

/**
 * The views of the prose sentences that may hold an office title or one of `words` (lower
 * case, see anchors.ts `sentencesWithWords`), in text order.
 */
export function titleOrWordViews(doc: Doc, words: ReadonlySet<string>): SentenceView[] {
  // each word is looked for through the whole text: with many (a long article names many
  // officials) reading every sentence is cheaper, and finds nothing more
  const withWords = words.size <= LAZY_QUESTIONS ? sentencesWithWords(doc, words) : null;
  if (withWords === null) return sentenceViews(doc);
  const titles = titleSentences(doc);
  return mapPacked(doc.sentences.filter((s) => !s.boilerplate && (withWords.has(s.index) || titles.has(s.index))), (s) => sentenceView(doc, s));
}

/** The institution facts of the document (for bindings from context). */
export function institutionFacts(doc: Doc): InstitutionFact[] {
  return doc.facts.filter((f) => f.kind === 'institution') as InstitutionFact[];
}
