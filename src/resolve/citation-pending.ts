/**
 * Citations whose instrument is not known when they are extracted: short titles ("UU Pemilu"),
 * demonstratives ("undang-undang itu"), "pasal yang sama di ayat kedua", a lone "ayat (3)", and
 * pinpoints without an instrument ("pasal 36 ayat (4)"). Extractors register them here with an
 * empty `instrument`; the citation resolvers fill them in, or drop them with a message.
 */
import type { Doc } from '../doc.js';
import type { CitationFact } from '../types.js';
import type { InstrumentMention } from '../extract/citation/mention.js';

export type Pending =
  /** a short title: "UU Pemilu", "UU LLAJ" */
  | { type: 'short'; mention: InstrumentMention }
  /** an instrument by demonstrative: "UU tersebut" points to the latest instrument of `kind` */
  | { type: 'anaphor'; kind: string }
  /** "pasal yang sama di ayat kedua", "pasal itu", a lone "ayat (3)": the latest pinpoint's pasal */
  | { type: 'pasal-anaphor'; ayat: string | null }
  /** "pasal 36 ayat (4)" with no instrument: only the same pasal cited just before can lend one */
  | { type: 'orphan'; demonstrative: boolean };

export interface CitationNote {
  pending: Pending | null;
  /** from a mention inside another citation's title: never the antecedent of "UU tersebut" */
  nested: boolean;
}

/** Per-document notes on citation facts (facts are plain objects; notes live beside them). */
export function citationNotes(doc: Doc): Map<CitationFact, CitationNote> {
  return doc.memo('citation/notes', () => new Map<CitationFact, CitationNote>());
}

/** Mark a fact as pending resolution. */
export function setPending(doc: Doc, fact: CitationFact, pending: Pending, nested = false): CitationFact {
  citationNotes(doc).set(fact, { pending, nested });
  return fact;
}

/** Mark a fact from a nested mention. */
export function setNested(doc: Doc, fact: CitationFact): CitationFact {
  citationNotes(doc).set(fact, { pending: null, nested: true });
  return fact;
}

/** The pending resolution of a fact, if any. */
export function pendingOf(doc: Doc, fact: CitationFact): Pending | null {
  return citationNotes(doc).get(fact)?.pending ?? null;
}

/** A pending fact resolved: the note is cleared. */
export function settle(doc: Doc, fact: CitationFact): void {
  const note = citationNotes(doc).get(fact);
  if (note) note.pending = null;
}

export function isNested(doc: Doc, fact: CitationFact): boolean {
  return citationNotes(doc).get(fact)?.nested ?? false;
}
