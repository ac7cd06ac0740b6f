import { createPipeline, extractArticle } from '../src/pipeline.js';
import { LAW_INSTRUMENTS, LAW_KINDS } from '../src/extract/citation/lexicon.js';
import type { CitationFact } from '../src/types.js';
import { testArticle } from './helpers/shared.js';

const pipeline = createPipeline({ kinds: ['citation'] });
const citations = (text: string) => extractArticle(testArticle(text, '2024-02-20'), pipeline).facts.filter((f): f is CitationFact => f.kind === 'citation');

describe('law lexicons', () => {
  test.each(LAW_KINDS.map((k) => [k.id, k] as const))('kind %s is found in each of its examples', (id, k) => {
    expect(k.examples.length).toBeGreaterThan(0);
    for (const ex of k.examples) {
      const kinds = citations(ex).map((f) => f.instrumentKind);
      if (!kinds.includes(id)) throw new Error(`${id}: not found in "${ex}" (got ${kinds.join(', ')})`);
    }
  });

  test.each(LAW_INSTRUMENTS.map((e) => [e.id, e] as const))('instrument %s is found in each of its examples', (id, e) => {
    expect(e.examples.length).toBeGreaterThan(0);
    // every short title needs an example that uses it
    for (const alias of e.aliases.slice(0, 1)) expect(e.examples.some((x) => x.includes(alias))).toBe(true);
    for (const ex of e.examples) {
      const found = citations(ex).map((f) => f.instrument);
      if (!found.includes(id)) throw new Error(`${id}: not found in "${ex}" (got ${found.join(', ')})`);
    }
  });

  test('every short title resolves in an article published after its date', () => {
    for (const e of LAW_INSTRUMENTS) {
      for (const alias of e.aliases) {
        const found = extractArticle(testArticle(`Hal itu melanggar Pasal 5 ${alias}.`, '2024-02-20'), pipeline).facts.filter((f): f is CitationFact => f.kind === 'citation');
        if (!found.some((f) => f.instrument === e.id && f.resolved)) throw new Error(`${alias}: not resolved to ${e.id}`);
      }
    }
  });

  test('amendment relations point to instruments of the lexicon or to well-formed ids', () => {
    for (const e of LAW_INSTRUMENTS) for (const r of [e.amends, e.enacts, e.revokedBy]) if (r) expect(r).toMatch(/^[A-Z-]+ \d+\/\d{4}$/);
    const byId = new Map(LAW_INSTRUMENTS.map((e) => [e.id, e]));
    // UU 7/2017 <- Perppu 1/2022 <- UU 7/2023; UU 1/2015 <- UU 8/2015, UU 10/2016
    expect(byId.get('PERPPU 1/2022')?.amends).toBe('UU 7/2017');
    expect(byId.get('UU 7/2023')?.enacts).toBe('PERPPU 1/2022');
    expect(byId.get('UU 10/2016')?.amends).toBe('UU 1/2015');
  });
});
