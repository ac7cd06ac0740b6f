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
  text: string;
  toks: Tok[];
  lower: string[];
  /** institution span covering token k, or null */
  inst: (InstitutionSpan | null)[];
  /** region span covering token k, or null */
  region: (RegionSpan | null)[];
}

// covering spans by token index: both lists are sorted by start
function spansByToken<S extends { start: number; end: number }>(toks: Tok[], spans: S[], make: (s: S, from: number, to: number) => unknown): unknown[] {
  const out: unknown[] = new Array(toks.length).fill(null);
  for (const s of spans) {
    let from = -1;
    let to = -1;
    for (let k = 0; k < toks.length; k++) {
      if (toks[k].start >= s.start && toks[k].end <= s.end) {
        if (from < 0) from = k;
        to = k + 1;
      } else if (toks[k].start >= s.end) break;
    }
    if (from < 0) continue;
    const v = make(s, from, to);
    for (let k = from; k < to; k++) if (out[k] === null) out[k] = v;
  }
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
    for (const s of doc.sentences) {
      if (s.boilerplate) continue;
      const toks = toToks(tokenize(doc.text, s.start, s.end));
      const inS = <T extends { start: number; end: number }>(xs: T[]) => xs.filter((x) => x.start >= s.start && x.end <= s.end);
      const inst = spansByToken(toks, inS(institutions), (f, from, to): InstitutionSpan => ({ id: f.id, region: f.region, start: f.start, end: f.end, from, to, text: f.text })) as (InstitutionSpan | null)[];
      const region = spansByToken(toks, inS(regions), (m, from, to): RegionSpan => ({ mention: m, from, to, prefixed: /^(?:prov|kab|kota)/i.test(m.text) })) as (RegionSpan | null)[];
      views.push({ sentence: s, text: doc.text, toks, lower: toks.map((t) => t.lower), inst, region });
    }
    return views;
  });
}

/** The institution facts of the document (for bindings from context). */
export function institutionFacts(doc: Doc): InstitutionFact[] {
  return doc.facts.filter((f) => f.kind === 'institution') as InstitutionFact[];
}
