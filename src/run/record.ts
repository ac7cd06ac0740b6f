/**
 * From an extraction to the validated record written to articles.jsonl (and the CSV rows).
 */
import { extractArticle, type Pipeline, defaultPipeline } from '../pipeline.js';
import { ArticleRecordSchema, KIND_FIELDS, type Article, type ArticleRecord, type Fact } from '../types.js';

/** Group facts by kind into an article record; `includeText: false` omits the text. */
export function toRecord(article: Article, facts: Fact[], messages: ArticleRecord['messages'], includeText: boolean): ArticleRecord {
  // the keys of `{ ...articleWithoutText, text, dates: [], ... }` in the same order, built by plain
  // stores: object rest and spread cost ~30 times more here
  const record: Record<string, unknown> = {};
  for (const k of Object.keys(article)) if (k !== 'text') record[k] = article[k as keyof Article];
  if (includeText) record.text = article.text;
  record.dates = [];
  record.officials = [];
  record.institutions = [];
  record.stages = [];
  record.citations = [];
  record.messages = messages;
  const r = record as unknown as ArticleRecord;
  for (const f of facts) (r[KIND_FIELDS[f.kind]] as Fact[]).push(f);
  return r;
}

/**
 * Extract one article into its record, validated against the schema unless `validate: false`.
 * Throws only when the record does not match the schema (a bug, reported per article by the
 * caller). `pilah extract` validates with `--validate`: records are built by typed code, and the
 * tests validate every record of corpus/ (test/golden-corpus), so a production run skips that
 * cost (about 3 % of a run on news-12k).
 */
export function processArticle(article: Article, options: { includeText: boolean; validate?: boolean; pipeline?: Pipeline }): ArticleRecord {
  const { facts, messages } = extractArticle(article, options.pipeline ?? defaultPipeline);
  const record = toRecord(article, facts, messages, options.includeText);
  if (options.validate === false) return record;
  const checked = ArticleRecordSchema.safeParse(record);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`record does not match the schema at ${issue.path.join('.')}: ${issue.message}`);
  }
  return record;
}
