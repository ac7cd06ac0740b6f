import { readdirSync, readFileSync } from 'node:fs';
import { extractArticle } from '../src/pipeline.js';
import type { CitationFact } from '../src/types.js';
import { describeShared, sharedPath, testArticle } from './helpers/shared.js';

describeShared('seed article 000 (Pasal 434 and "di ayat kedua")', () => {
  test('yields both citations, the second resolved', () => {
    const file = readdirSync(sharedPath('seeds')).find((f) => f.startsWith('000_'))!;
    const text = readFileSync(sharedPath('seeds', file), 'utf8');
    const facts = extractArticle(testArticle(text, null)).facts.filter((f): f is CitationFact => f.kind === 'citation');
    expect(facts.map((f) => ({ instrument: f.instrument, pasal: f.pasal, ayat: f.ayat, resolved: f.resolved }))).toEqual([
      { instrument: 'UU 7/2017', pasal: '434', ayat: '1', resolved: false },
      { instrument: 'UU 7/2017', pasal: '434', ayat: '2', resolved: true },
    ]);
    expect(facts[1].text).toMatch(/pasal yang sama di ayat kedua/);
    for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});
