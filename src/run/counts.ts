/**
 * What a run counts (articles, errors, warning messages, facts per kind), summed over batches
 * and kept in checkpoints so that a resumed run reports the same totals.
 */
import type { ArticleRecord } from '../types.js';

export interface FactCounts {
  dates: number;
  officials: number;
  institutions: number;
  stages: number;
  citations: number;
}

export interface Counts {
  articles: number;
  errors: number;
  warnings: number;
  facts: FactCounts;
}

export function emptyCounts(): Counts {
  return { articles: 0, errors: 0, warnings: 0, facts: { dates: 0, officials: 0, institutions: 0, stages: 0, citations: 0 } };
}

export function addCounts(into: Counts, c: Counts): void {
  into.articles += c.articles;
  into.errors += c.errors;
  into.warnings += c.warnings;
  for (const k of Object.keys(into.facts) as (keyof FactCounts)[]) into.facts[k] += c.facts[k];
}

export function countRecord(counts: Counts, record: ArticleRecord): void {
  counts.articles++;
  for (const k of Object.keys(counts.facts) as (keyof FactCounts)[]) counts.facts[k] += record[k].length;
  for (const m of record.messages) if (m.level !== 'info') counts.warnings++;
}

