/**
 * Precision of official names on gold NER sentences (../shared/ner: IDNER-news-2k dev, NERGrit
 * valid, IndoLEM NER-UI dev 1): of the official names the pipeline finds, at least 90 % must be
 * gold person spans. The figure is printed.
 */
import { extractArticle } from '../src/pipeline.js';
import { splitPersonName } from '../src/extract/official/name.js';
import type { OfficialFact } from '../src/types.js';
import { describeShared, readJsonl, sharedPath, testArticle } from './helpers/shared.js';

interface NerSentence {
  id: string;
  text: string;
  entities: { type: string; start: number; end: number; surface: string }[];
}

const FILES = ['idner-news-2k.dev.jsonl', 'nergrit.valid.jsonl', 'nerui.dev01.jsonl'];
const PERSON = new Set(['PER', 'PERSON']);
const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

describeShared('official names on gold NER sentences', () => {
  test('at least 90 % of official names found are gold person spans', () => {
    let found = 0;
    let correct = 0;
    const wrong: string[] = [];
    for (const file of FILES) {
      for (const s of readJsonl<NerSentence>(sharedPath('ner', file))) {
        const facts = extractArticle(testArticle(s.text, null, s.id)).facts.filter((f): f is OfficialFact => f.kind === 'official');
        for (const f of facts) {
          found++;
          const persons = s.entities.filter((e) => PERSON.has(e.type) && e.start < f.end && f.start < e.end);
          const ok = persons.some((e) => squash(e.surface) === squash(f.name) || squash(splitPersonName(e.surface)?.name ?? '') === squash(f.name));
          if (ok) correct++;
          else wrong.push(`${f.name} ← ${JSON.stringify(f.text)} [${s.id}]`);
        }
      }
    }
    const precision = found === 0 ? 1 : correct / found;
    console.log(`official names on NER sentences: ${correct}/${found} gold person spans (${(precision * 100).toFixed(1)} %)${wrong.length ? `\nnot gold persons:\n  ${wrong.join('\n  ')}` : ''}`);
    expect(found).toBeGreaterThan(20);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });
});
