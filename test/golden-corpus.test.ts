/**
 * Golden files: the facts of every sample article in corpus/, in a compact reviewable form
 * (test/golden/<article id>.facts.json). A change in extraction shows up here as a diff to
 * review; after reviewing, `npm run golden` rewrites the files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldenFacts, goldenFileName, readCorpusArticles } from '../src/dev/golden.js';
import { PROJECT_ROOT } from './helpers/shared.js';
import { toRecord } from '../src/run/record.js';
import { extractArticle } from '../src/pipeline.js';
import { ArticleRecordSchema } from '../src/types.js';

const articles = await readCorpusArticles(join(PROJECT_ROOT, 'corpus'));

describe('golden facts of corpus/', () => {
  test('the corpus has at least 12 articles', () => {
    expect(articles.length).toBeGreaterThanOrEqual(12);
  });

  // `pilah extract` validates records only with --validate: the schema is checked here instead
  test('every record of corpus/ matches the article record schema', () => {
    for (const a of articles) {
      const { facts, messages } = extractArticle(a);
      const checked = ArticleRecordSchema.safeParse(toRecord(a, facts, messages, true));
      expect(checked.success ? a.id : `${a.id}: ${JSON.stringify(checked.error.issues[0])}`).toBe(a.id);
    }
  });

  test.each(articles.map((a) => [a.id, a] as const))('%s', (id, article) => {
    const path = join(PROJECT_ROOT, 'test', 'golden', goldenFileName(id));
    expect(existsSync(path)).toBe(true);
    expect(goldenFacts(article)).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });
});
