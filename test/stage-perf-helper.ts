/**
 * The check behind every word-anchor gate: an article's facts and messages are the same whether
 * the rules run only at their anchors or at every offset (as their global regexes did).
 */
import { createPipeline, extractArticle } from '../src/pipeline.js';
import { anchorEverywhere } from '../src/extract/word-anchors.js';
import type { Article, FactKind } from '../src/types.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpusArticles } from '../src/dev/golden.js';
import { HAS_SHARED, PROJECT_ROOT, sharedPath, testArticle } from './helpers/shared.js';

/** Facts and messages of `article` for `kinds`: [anchored, everywhere]. */
export function anchoredAndEverywhere(article: Article, kinds: FactKind[]): [unknown, unknown] {
  const pipeline = createPipeline({ kinds });
  const run = () => {
    const { facts, messages } = extractArticle(article, pipeline);
    return JSON.parse(JSON.stringify({ facts, messages })) as unknown;
  };
  const anchored = run();
  anchorEverywhere(true);
  try {
    return [anchored, run()];
  } finally {
    anchorEverywhere(false);
  }
}

/** Lines of a JSONL file of articles ({id, published, text}) as test articles. */
function jsonlArticles(path: string, keep: (text: string) => boolean, max: number): Article[] {
  const out: Article[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || out.length >= max) continue;
    const r = JSON.parse(line) as { id?: string; published?: string | null; text?: string };
    if (typeof r.text === 'string' && keep(r.text)) out.push(testArticle(r.text, r.published?.slice(0, 10) ?? null, r.id ?? `line${out.length}`));
  }
  return out;
}

/**
 * Real articles to check the gates on: the corpus, and with ../shared the dev gold sets and the
 * first articles of news-12k that `keep` selects (those that name what the kind is about).
 */
export async function realArticles(keep: (text: string) => boolean, max = 40): Promise<Article[]> {
  const out = await readCorpusArticles(join(PROJECT_ROOT, 'corpus'));
  if (!HAS_SHARED) return out;
  for (const f of ['gold/dev.jsonl', 'gold/citations-dev.jsonl']) out.push(...jsonlArticles(sharedPath(f), () => true, 200));
  out.push(...jsonlArticles(sharedPath('bench/news-12k.jsonl'), keep, max));
  return out;
}
