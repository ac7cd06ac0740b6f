/**
 * The date floor of issue 3 on the shared development gold: lenient F1 by value >= 0.95.
 * Skips with a message when ../shared is absent.
 */
import { readFileSync } from 'node:fs';
import { createPipeline, extractArticle } from '../src/pipeline.js';
import { normalizeText } from '../src/text/normalize.js';
import { describeShared, readJsonl, sharedPath, testArticle } from './helpers/shared.js';

interface GoldLine {
  id: string;
  text?: string;
  text_file?: string;
  published: string | null;
  dates?: Array<{ text: string; value: string }>;
}

describeShared('dates on ../shared/gold/dev.jsonl', () => {
  test('lenient F1 by value is at least 0.95', () => {
    const pipeline = createPipeline({ kinds: ['date'] });
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const g of readJsonl<GoldLine>(sharedPath('gold', 'dev.jsonl'))) {
      if (!g.dates) continue;
      const raw = g.text ?? readFileSync(sharedPath(g.text_file!), 'utf8');
      const facts = extractArticle(testArticle(normalizeText(raw).text, g.published, g.id), pipeline).facts;
      const got = new Set(facts.filter((f) => f.kind === 'date').map((f) => (f as { value: string }).value));
      const want = new Set(g.dates.map((d) => d.value));
      for (const v of want) if (got.has(v)) tp++; else fn++;
      for (const v of got) if (!want.has(v)) fp++;
    }
    const p = tp / (tp + fp);
    const r = tp / (tp + fn);
    expect(2 * p * r / (p + r)).toBeGreaterThanOrEqual(0.95);
  });
});
