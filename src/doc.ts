/**
 * The document an extractor sees: the article, its sentences, the reference date, the facts of
 * kinds extracted before, positioned messages, and a memo for analyses several extractors share.
 * Offset arithmetic for facts lives here (`makeFact`), nowhere else.
 */
import type { Article, Fact, FactKind, FactOf, Message } from './types.js';
import { segmentSentences, sentenceIndexAt, type Sentence } from './text/sentences.js';

export interface Doc {
  readonly article: Article;
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** publication date (YYYY-MM-DD) used as the reference for year-less and relative dates */
  readonly published: string | null;
  /** facts of the kinds already extracted (the pipeline runs kinds in a fixed order) */
  facts: Fact[];
  messages: Message[];
  /** compute once per document and share between extractors (region mentions, tokens...) */
  memo<T>(key: string, make: () => T): T;
  /** the sentence that holds `offset` */
  sentenceAt(offset: number): Sentence;
}

export function createDoc(article: Article): Doc {
  const sentences = segmentSentences(article.text);
  const memo = new Map<string, unknown>();
  const published = article.published && /^\d{4}-\d{2}-\d{2}/.test(article.published) ? article.published.slice(0, 10) : null;
  const fallback: Sentence = { index: 0, start: 0, end: article.text.length, text: article.text, boilerplate: false };
  return {
    article,
    text: article.text,
    sentences,
    published,
    facts: [],
    messages: [],
    memo<T>(key: string, make: () => T): T {
      let value = memo.get(key);
      if (value === undefined && !memo.has(key)) {
        value = make();
        memo.set(key, value);
      }
      return value as T;
    },
    sentenceAt(offset: number): Sentence {
      const i = sentenceIndexAt(sentences, offset);
      return i >= 0 ? sentences[i] : (sentences[0] ?? fallback);
    },
  };
}

/** What a rule may say about a fact beyond its value. */
export interface FactInit {
  /** value fields inferred rather than stated ("year", "institution", ...) */
  implied?: string[];
  /** ids of lexicon entries used */
  lexicon?: string[];
  confidence?: number;
  flags?: string[];
  /** the surface form that matched, when one extractor handles several ("date/weekday-date") */
  rule?: string;
}

type BaseKeys = 'kind' | 'start' | 'end' | 'text' | 'evidence' | 'confidence' | 'flags' | 'mentions';
/** The kind-specific value fields of a fact. */
export type FactValue<K extends FactKind> = Omit<FactOf<K>, BaseKeys>;

/** Build a fact with its span, text and evidence filled in from the document. */
export function makeFact<K extends FactKind>(
  doc: Doc,
  kind: K,
  rule: string,
  start: number,
  end: number,
  value: FactValue<K>,
  init: FactInit = {},
): FactOf<K> {
  const sentence = doc.sentenceAt(start);
  const text = doc.text.slice(start, end);
  // `{ kind, ...value, start, ... }` in one literal: Object.assign and plain stores build the same
  // object (same key order) several times faster than a spread in the middle of a literal
  const fact = Object.assign({ kind }, value) as Record<string, unknown>;
  fact.start = start;
  fact.end = end;
  fact.text = text;
  fact.evidence = {
    rule: init.rule ?? rule,
    sentence: sentence.index,
    sentenceText: sentence.text,
    lexicon: init.lexicon ?? [],
    implied: init.implied ?? [],
  };
  fact.confidence = init.confidence ?? 0.9;
  fact.flags = init.flags ?? [];
  fact.mentions = [{ start, end, text, sentence: sentence.index }];
  return fact as unknown as FactOf<K>;
}
