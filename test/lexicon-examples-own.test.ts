/**
 * Lexicon examples are our own sentences (DEVELOPING, "Lexicon examples are our own sentences"):
 * the names of offices, institutions and laws they show are facts, the prose around them is ours.
 * No example may be a sentence pasted from the real texts beside the project (news-12k, the
 * unlabeled corpus, the seeds). Boilerplate lines (text-boilerplate.json) are the forms themselves.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, benchTexts, describeShared, readJsonl, sharedPath } from './helpers/shared.js';

const DATA = join(PROJECT_ROOT, 'src', 'lexicon', 'data');
// files whose examples are the forms themselves, not sentences around a form
const FORMS_ONLY = new Set(['text-boilerplate.json']);
// shorter examples ("Tue, 3 Jul 2018", "Ketua KPU RI") may occur anywhere by chance
const MIN_LENGTH = 25;

function examplesOf(value: unknown, out: string[]): void {
  if (Array.isArray(value)) for (const v of value) examplesOf(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'examples' && Array.isArray(v)) for (const e of v) if (typeof e === 'string' && e.length >= MIN_LENGTH) out.push(e);
      else examplesOf(v, out);
    }
  }
}

describeShared('lexicon examples are not pasted from ../shared', () => {
  const texts = [
    ...benchTexts(),
    ...readJsonl<{ text: string }>(sharedPath('corpus', 'election-unlabeled.jsonl')).map((r) => r.text),
    ...readdirSync(sharedPath('seeds')).map((f) => readFileSync(sharedPath('seeds', f), 'utf8')),
  ];
  const files = readdirSync(DATA).filter((f) => f.endsWith('.json') && !FORMS_ONLY.has(f));
  test.each(files)('%s', (file) => {
    const examples: string[] = [];
    examplesOf(JSON.parse(readFileSync(join(DATA, file), 'utf8')), examples);
    const pasted = examples.filter((e) => texts.some((t) => t.includes(e)));
    expect(pasted).toEqual([]);
  });
});
