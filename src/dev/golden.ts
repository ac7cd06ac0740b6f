/**
 * Golden files for the sample corpus: each article's facts reduced to what a reviewer reads
 * (kind, value, text, offsets, rule). `npm run golden` writes test/golden/*.facts.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticles } from '../ingest/index.js';
import { extractArticle } from '../pipeline.js';
import type { Article, Fact } from '../types.js';

function value(f: Fact): string {
  switch (f.kind) {
    case 'date':
      return f.value;
    case 'official':
      return [f.name, f.position, f.institution ?? '-', f.region ?? '-'].join(' | ');
    case 'institution':
      return `${f.id} | ${f.region ?? '-'}`;
    case 'stage':
      return [f.id, f.election ?? '-', f.dates.join(',') || '-'].join(' | ');
    case 'citation':
      return [f.instrument, f.pasal ?? '-', f.ayat ?? '-', f.huruf ?? '-'].join(' | ');
  }
}

export interface GoldenFact {
  kind: string;
  value: string;
  text: string;
  start: number;
  end: number;
  rule: string;
  mentions: number;
  flags: string[];
}

export function goldenFacts(article: Article): GoldenFact[] {
  return extractArticle(article).facts.map((f) => ({
    kind: f.kind,
    value: value(f),
    text: f.text,
    start: f.start,
    end: f.end,
    rule: f.evidence.rule,
    mentions: f.mentions.length,
    flags: f.flags,
  }));
}

export function goldenFileName(id: string): string {
  return `${id.replace(/[^\w.-]+/g, '_')}.facts.json`;
}

export async function readCorpusArticles(dir: string): Promise<Article[]> {
  const out: Article[] = [];
  for await (const item of readArticles([dir])) if (item.type === 'article') out.push(item.article);
  return out;
}

/** Rewrite test/golden from corpus/ (run from the project root). */
export async function writeGolden(root: string): Promise<number> {
  const dir = join(root, 'test', 'golden');
  mkdirSync(dir, { recursive: true });
  const articles = await readCorpusArticles(join(root, 'corpus'));
  for (const a of articles) writeFileSync(join(dir, goldenFileName(a.id)), `${JSON.stringify(goldenFacts(a), null, 1)}\n`);
  return articles.length;
}

if (process.argv[1] && process.argv[1].endsWith('golden.js')) {
  const n = await writeGolden(process.cwd());
  process.stdout.write(`wrote ${n} golden files to test/golden\n`);
}
