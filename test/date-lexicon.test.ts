/**
 * Every entry of the date lexicons (src/lexicon/data/date-*.json) proves itself: each alias
 * appears in one of its examples, and each example yields a date fact that used the entry. Entries
 * that block a reading ("salat Jumat", "pilkada kemarin", "Nomor 12/12/2023", "H-7 Lebaran")
 * must yield no date fact instead.
 */
import { readFileSync } from 'node:fs';
import { createPipeline, extractArticle } from '../src/pipeline.js';
import { lexiconPath } from '../src/lexicon/load.js';
import { DATE_LEXICON_FILES } from '../src/extract/date/lexicon.js';
import type { DateFact } from '../src/types.js';
import { testArticle } from './helpers/shared.js';

const PUBLISHED = '2024-02-20';
const pipeline = createPipeline({ kinds: ['date'] });
const dates = (text: string, published: string | null = PUBLISHED): DateFact[] => extractArticle(testArticle(text, published), pipeline).facts.filter((f): f is DateFact => f.kind === 'date');
// a sentence that names the voting day, so that an H-n would resolve if it were not blocked
const VOTING = 'Pemungutan suara digelar 14 Februari 2024. ';

interface Entry {
  id: string;
  canonical: string;
  aliases?: string[];
  foreign?: string[];
  role?: string;
  examples?: string[];
}

const rows: Array<[string, Entry]> = [];
for (const file of Object.keys(DATE_LEXICON_FILES)) {
  const data = JSON.parse(readFileSync(lexiconPath(file), 'utf8')) as { entries: Entry[] };
  for (const e of data.entries) rows.push([`${file} ${e.id}`, e]);
}

describe('date lexicon entries', () => {
  test('the loader accepts every date lexicon file', () => {
    expect(rows.length).toBeGreaterThan(50);
  });

  test.each(rows)('%s: every alias has an example', (_name, e) => {
    const examples = (e.examples ?? []).map((x) => x.toLowerCase().replace(/[’`]/g, "'"));
    expect(examples.length).toBeGreaterThan(0);
    for (const alias of [...(e.aliases ?? []), ...(e.foreign ?? [])]) {
      const a = alias.toLowerCase().replace(/[’`]/g, "'");
      expect([alias, examples.some((x) => x.includes(a))]).toEqual([alias, true]);
    }
  });

  test.each(rows)('%s: its examples behave', (_name, e) => {
    for (const example of e.examples ?? []) {
      if (e.role?.startsWith('blocks-election')) {
        // only the voting day itself: the H-n after a holiday stays unresolved
        expect([example, dates(VOTING + example).map((f) => f.value)]).toEqual([example, ['2024-02-14']]);
      } else if (e.role?.startsWith('blocks-')) {
        expect([example, dates(example).map((f) => f.text)]).toEqual([example, []]);
      } else {
        // sequence words and election names act where the year comes from the article's own context,
        // not from publication
        const used = dates(example, e.role === 'marks-sequence' || e.role === 'names-election' ? null : PUBLISHED).some((f) => f.evidence.lexicon.includes(e.id));
        expect([example, used]).toEqual([example, true]);
      }
    }
  });
});
