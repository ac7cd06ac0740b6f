/**
 * No input makes date extraction super-linear: 1 MB of adversarial text (long digit runs,
 * slashes, repeated month and weekday names, whitespace runs, many repeated dates) finishes well
 * inside the bound, and the facts stay valid.
 */
import { createPipeline, extractArticle } from '../src/pipeline.js';
import { testArticle } from './helpers/shared.js';

const pipeline = createPipeline({ kinds: ['date'] });
const MB = 1_000_000;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
// generous for a shared 2-core machine; the linear scan takes well under a second per case
const BOUND_MS = 15_000;

describe('1 MB of adversarial text finishes', () => {
  test.each([
    ['one digit run', '7'.repeat(MB)],
    ['spaced numbers', fill('12 ')],
    ['slashes', fill('1/')],
    ['slashed digit pairs', fill('12/12/')],
    ['repeated numeric dates', fill('12/12/2023 ')],
    ['repeated month names', fill('Februari ')],
    ['repeated day + month', fill('12 Februari ')],
    ['repeated weekdays', fill('Senin ')],
    ['weekday and open parentheses', fill('Senin (')],
    ['digit, whitespace run, month', '1' + ' '.repeat(MB) + 'Februari'],
    ['weekday, whitespace run, date', 'Senin' + ' '.repeat(MB) + '(1/2)'],
    ['repeated relative days with an event day', fill('Senin (19/2/2024) hari ini ')],
    ['dashes', fill('1-')],
    ['open ranges', fill('6-26 ')],
    ['repeated H-7 with a voting day', 'Pemungutan suara digelar 14 Februari 2024. ' + fill('H-7 ')],
    ['range introducers', fill('pada ') + '12 Februari 15 April 2023'],
    ['mixed expressions', fill('pada Senin (13/2/2023) pukul 10.00 WIB, 12 Februari s.d. 15 April 2023, kemarin, H-7, 2023-06-20 ')],
    ['line breaks', fill('1\n')],
  ])('%s', (_name, text) => {
    const t0 = Date.now();
    const { facts } = extractArticle(testArticle(text, '2024-02-20'), pipeline);
    expect(Date.now() - t0).toBeLessThan(BOUND_MS);
    for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});
