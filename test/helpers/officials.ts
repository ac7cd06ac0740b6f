/** Shared assertions of the table-driven official tests: one row checks text, start and value. */
import { createPipeline, extractArticle } from '../../src/pipeline.js';
import type { OfficialFact } from '../../src/types.js';
import { testArticle } from './shared.js';

const pipeline = createPipeline({ kinds: ['institution', 'official'] });

export const officials = (text: string): OfficialFact[] =>
  extractArticle(testArticle(text), pipeline).facts.filter((f): f is OfficialFact => f.kind === 'official');

export type Row = [sentence: string, text: string, name: string, position: string, institution: string | null, region: string | null];

/** The official `name | position` of `sentence` spans `text` at its place, with this institution and region. */
export const check = (sentence: string, text: string, name: string, position: string, institution: string | null, region: string | null): void => {
  const fs = officials(sentence);
  const f = fs.find((x) => x.name === name && x.position === position);
  if (!f) throw new Error(`no ${name} | ${position} in: ${fs.map((x) => `${x.name} | ${x.position}`).join('; ')}`);
  expect(f.text).toBe(text);
  expect(f.start).toBe(sentence.indexOf(text));
  expect({ institution: f.institution, region: f.region }).toEqual({ institution, region });
};
