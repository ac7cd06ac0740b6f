import { removeOverlaps, mergeMentions } from '../src/refine/common.js';
import { createDoc, makeFact } from '../src/doc.js';
import { testArticle } from './helpers/shared.js';

const text = 'Rapat digelar Selasa (20/06/2023) dan Selasa (20/06/2023) lagi pada 20/06/2023.';
const doc = createDoc(testArticle(text));
const date = (start: number, end: number, value = '2023-06-20') =>
  makeFact(doc, 'date', 'test/date', start, end, { value, granularity: 'day', zone: null, modifier: null, weekday: null, relative: null });

describe('refiners shared by every kind', () => {
  test('removeOverlaps keeps the longest of overlapping spans, and spans that do not overlap', () => {
    const long = date(14, 33);
    const inner = date(22, 32);
    const other = date(38, 57);
    const last = date(68, 78);
    expect(removeOverlaps([inner, last, long, other]).map((f) => f.text)).toEqual(['Selasa (20/06/2023)', 'Selasa (20/06/2023)', '20/06/2023']);
  });

  test('mergeMentions makes one fact per value with every mention in text order', () => {
    const merged = mergeMentions([date(68, 78), date(14, 33), date(38, 57), date(14, 33)]);
    expect(merged).toHaveLength(1);
    expect(merged[0].mentions.map((m) => m.start)).toEqual([14, 38, 68]);
  });

  // quadratic versions of these ran for minutes here (the jest timeout is the guard, not a clock)
  test('both handle 200,000 facts', () => {
    const many = Array.from({ length: 200000 }, (_, i) => date(i % 70, (i % 70) + 1 + (i % 5)));
    expect(removeOverlaps(many).length).toBeGreaterThan(10);
    expect(mergeMentions(many)).toHaveLength(1);
  });
});
