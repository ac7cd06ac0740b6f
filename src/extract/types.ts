/**
 * The shape of extractors, refiners and resolvers (STYLE.md): an extractor is a plain object with
 * an `id` (its path, "date/day-month-year"), a `kind`, and either a `pattern` (a global regex
 * with named groups, built once from lexicon data) with `extract(match, ctx)`, or a `scan(ctx)`
 * for forms that are not one regex. Text never throws: odd input gives `null`.
 */
import type { Doc, FactInit, FactValue } from '../doc.js';
import type { FactKind, FactOf, Message } from '../types.js';
import type { StickyAt } from './word-anchors.js';

export interface ExtractContext<K extends FactKind> {
  readonly doc: Doc;
  /** id of the running rule */
  readonly rule: string;
  /** a fact of this rule's kind at [start, end) with evidence filled in */
  fact(start: number, end: number, value: FactValue<K>, init?: FactInit): FactOf<K>;
  /** a positioned message on the article */
  message(level: Message['level'], code: string, message: string, start?: number, end?: number): void;
}

interface ExtractorBase<K extends FactKind> {
  id: string;
  kind: K;
}

export interface PatternExtractor<K extends FactKind = FactKind> extends ExtractorBase<K> {
  /** global (`g`) regex with named groups; matches inside boilerplate sentences are skipped */
  pattern: RegExp;
  extract(m: RegExpExecArray, ctx: ExtractContext<K>): FactOf<K> | FactOf<K>[] | null;
  /**
   * Where a match may start, found cheaply (word-anchors.ts): then `pattern` is tried only there,
   * sticky, and gives the matches of its loop over the whole text, as long as the anchors are a
   * necessary condition of a match (the extractor says why).
   */
  anchors?(doc: Doc): readonly number[];
  /** the sticky pattern to try at an anchor, when it depends on what stands there (default: `pattern`, sticky) */
  stickyAt?(doc: Doc): StickyAt;
}

export interface ScanExtractor<K extends FactKind = FactKind> extends ExtractorBase<K> {
  scan(ctx: ExtractContext<K>): FactOf<K>[];
}

export type Extractor<K extends FactKind = FactKind> = PatternExtractor<K> | ScanExtractor<K>;

/** Filters, merges and overlap removal over the facts of one kind. */
export interface Refiner<K extends FactKind = FactKind> {
  id: string;
  refine(facts: FactOf<K>[], doc: Doc): FactOf<K>[];
}

/** Links later mentions back to earlier ones ("Erwan" -> "Erwan Bustami", "ayat kedua"). */
export interface Resolver<K extends FactKind = FactKind> {
  id: string;
  resolve(facts: FactOf<K>[], doc: Doc): FactOf<K>[];
}

/** Everything the pipeline runs for one fact kind, in order. */
export interface KindModule<K extends FactKind = FactKind> {
  kind: K;
  extractors: Extractor<K>[];
  refiners: Refiner<K>[];
  resolvers: Resolver<K>[];
}

