/**
 * The one-shape builders (JIT warm-up: fewer hidden classes, fewer thrown-away optimized code)
 * give what the forms they replace gave: `mapPacked` what `.map` gives; `withFields` and
 * `withEvidence` what a spread gives, keys in the same order, for facts of every kind; office
 * entries with every field undefined where the lexicon has none; raw dates with every field
 * what the forms wrote, read field by field; and the pipeline's facts on real-style sentences
 * unchanged in JSON (the golden test and check12k compare whole corpora).
 */
import { mapPacked } from '../src/extract/packed.js';
import { withEvidence, withFields } from '../src/fact-copy.js';
import { POSITIONS } from '../src/extract/official/lexicon.js';
import { datePart, rawDate } from '../src/extract/date/parts.js';
import type { RawDate } from '../src/extract/date/types.js';
import { extractArticle } from '../src/pipeline.js';
import type { Fact } from '../src/types.js';
import { testArticle } from './helpers/shared.js';

const SENTENCES = [
  'Ketua KPU Provinsi Lampung, Erwan Bustami, membuka rapat pada Rabu (14/2/2024). Kata Erwan, semua siap.',
  'Rapat pleno digelar 12 Februari 2024 hingga 15 Februari 2024 di kantor Bawaslu Kabupaten Bekasi.',
  'Pendaftaran calon dibuka 1-7 Mei 2023, sesuai Pasal 12 ayat (2) UU Nomor 7 Tahun 2017 tentang Pemilu.',
  'Wakil Gubernur Deddy Mizwar hadir Senin lalu. Gubernur Jawa Barat Ahmad Heryawan juga hadir kemarin.',
  'Bawaslu provinsi menggelar rapat di Bandar Lampung pada 20/06/2023 pukul 10.00 WIB.',
];

describe('mapPacked gives what .map gives', () => {
  test.each([[[]], [[1, 2, 3]], [['a', 'b']], [[{ x: 1 }, { x: 2 }]]] as unknown[][][])('%j', (list) => {
    const f = (x: unknown, i: number) => [x, i];
    expect(mapPacked(list, f)).toEqual(list.map(f));
    expect(Object.keys(mapPacked(list, f))).toEqual(Object.keys(list.map(f)));
  });
});

describe('copies in one shape equal the spreads, facts of every kind', () => {
  test.each(SENTENCES)('%s', (text) => {
    const facts = extractArticle(testArticle(text)).facts;
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) {
      for (const changes of [{ flags: ['x'] }, { confidence: 0.7, mentions: [] }] as Partial<Fact>[]) {
        const copy = withFields(f, changes);
        expect(JSON.stringify(copy)).toBe(JSON.stringify({ ...f, ...changes }));
      }
      for (const changes of [{ implied: ['region'] }, { lexicon: [...f.evidence.lexicon, 'region:18'] }]) {
        const e = withEvidence(f.evidence, changes);
        expect(JSON.stringify(e)).toBe(JSON.stringify({ ...f.evidence, ...changes }));
      }
    }
  });
});

describe('office entries in one shape', () => {
  test('every entry has every field, the absent ones undefined', () => {
    const keys = Object.keys(POSITIONS[0]);
    for (const e of POSITIONS) expect(Object.keys(e)).toEqual(keys);
    expect(POSITIONS.some((e) => e.regionLevel === undefined)).toBe(true);
    expect(POSITIONS.some((e) => e.regionLevel !== undefined)).toBe(true);
  });
});

describe('raw dates in one shape read as the forms wrote them', () => {
  const written: RawDate[] = [
    { rule: 'date/day-month-year', start: 3, end: 19, consumed: 19, type: 'day', from: { day: 12, month: 2, year: 2024 }, lexicon: ['month:2'] },
    { rule: 'date/numeric-range', start: 0, end: 9, consumed: 9, type: 'interval', from: { day: 1, month: 5, year: 23, shortYear: true }, to: { day: 7, month: 5 }, lexicon: [] },
    { rule: 'date/weekday-relative', start: 0, end: 11, consumed: 11, type: 'weekday', from: {}, weekday: 1, tense: 'past', relative: 'senin lalu', lexicon: ['weekday:1'] },
  ];
  test.each(written)('$rule', (r) => {
    const one = rawDate(r);
    for (const k of Object.keys(r) as (keyof RawDate)[]) if (k !== 'from' && k !== 'to') expect(one[k]).toEqual(r[k]);
    for (const k of ['day', 'month', 'year', 'shortYear'] as const) {
      expect(one.from[k]).toBe(r.from[k]);
      expect(one.to?.[k]).toBe(r.to?.[k]);
    }
    expect(Object.keys(one)).toEqual(Object.keys(rawDate(written[0])));
    expect(Object.keys(datePart(r.from))).toEqual(['day', 'month', 'year', 'shortYear']);
  });
});
