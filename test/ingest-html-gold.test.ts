/**
 * The HTML ingestion gate (trafilatura's manner): on the real pages of ../shared/html, the share
 * of pages with the right title and a body that contains the gold first and last sentences and
 * no "Baca juga", copyright, editor or share lines. The floor may only go up.
 */
import { readFileSync } from 'node:fs';
import { articleFromHtml } from '../src/ingest/html.js';
import { describeShared, readJsonl, sharedPath } from './helpers/shared.js';

interface GoldPage {
  file: string;
  title: string;
  first: string;
  last: string;
  published: string | null;
  notes: string | null;
}

const FLOOR = 0.9;
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
// lines a clean body never has
const FORBIDDEN: Array<[string, RegExp]> = [
  ['baca juga', /\bbaca\s+juga\b/i],
  ['berita terkait', /^\s*berita\s+terkait\b/im],
  ['copyright', /copyright|hak\s+cipta|©/i],
  ['editor line', /^\s*(?:editor|penulis|pewarta|reporter|redaktur)\s*:/im],
  ['share line', /^\s*(?:share|bagikan|tweet)\b\s*:?\s*$/im],
  ['editor initials', /^\s*\((?:[a-z]{2,5}\s*\/\s*)+[a-z]{2,5}\)\s*$/im],
];

function judge(g: GoldPage): string[] {
  const a = articleFromHtml(readFileSync(sharedPath('html', g.file)), { id: g.file, path: g.file });
  const problems: string[] = [];
  if (flat(a.title ?? '') !== flat(g.title)) problems.push(`title ${JSON.stringify(a.title)}`);
  const body = flat(a.text);
  if (!body.includes(flat(g.first))) problems.push('first sentence missing');
  if (!body.includes(flat(g.last))) problems.push('last sentence missing');
  for (const [name, re] of FORBIDDEN) if (re.test(a.text)) problems.push(`has ${name}`);
  return problems;
}

describeShared('HTML ingestion on the real pages of ../shared/html', () => {
  const gold = readJsonl<GoldPage>(sharedPath('html', 'gold.jsonl'));

  test(`title, first and last sentence, no boilerplate: rate ≥ ${FLOOR}`, () => {
    const failures: string[] = [];
    for (const g of gold) {
      const problems = judge(g);
      if (problems.length) failures.push(`${g.file}: ${problems.join('; ')}`);
    }
    const rate = (gold.length - failures.length) / gold.length;
    console.log(`HTML ingestion: ${gold.length - failures.length}/${gold.length} pages clean (${(rate * 100).toFixed(1)} %)${failures.length ? `\n${failures.join('\n')}` : ''}`);
    expect(gold.length).toBe(26);
    expect(rate).toBeGreaterThanOrEqual(FLOOR);
  });

  test('machine-readable publication times are found', () => {
    let found = 0;
    const withTime = gold.filter((g) => g.published);
    for (const g of withTime) {
      const a = articleFromHtml(readFileSync(sharedPath('html', g.file)), { id: g.file });
      // the same day as the gold time (zones differ: JSON-LD in UTC, <time> in WIB)
      if (a.published && a.published.slice(0, 10) === g.published!.slice(0, 10)) found++;
    }
    console.log(`HTML publication time: ${found}/${withTime.length} pages with a machine-readable time`);
    expect(found).toBe(withTime.length);
  });
});
