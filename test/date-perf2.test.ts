/**
 * The cheap steps of the date scan and resolver give what the plain steps gave: the digit forms
 * tried only at digit runs of their length and before the characters they can go on with
 * (`DateForm.digitRuns`, `digitThen`), `key` without its replacements for plain words, the
 * calendar without Date objects, and the merge of repeated values copying only merged facts.
 */
import { createDoc, makeFact } from '../src/doc.js';
import { DATE_FORMS, dateModule, dateScan } from '../src/extract/date/index.js';
import { daysInMonth, isoWeekday } from '../src/extract/date/calendar.js';
import { key } from '../src/extract/date/lexicon.js';
import { adjacentWordBefore, wordBefore } from '../src/extract/date/parts.js';
import { compileForms, scanDates } from '../src/extract/date/scan.js';
import type { DateForm } from '../src/extract/date/types.js';
import type { ExtractContext } from '../src/extract/types.js';
import type { DateFact } from '../src/types.js';
import { describeShared, testArticle, benchTexts } from './helpers/shared.js';

// every digit form at every digit anchor, as before the run lengths and next characters were declared
const gated = compileForms(DATE_FORMS);
const plain = compileForms(DATE_FORMS.map((f): DateForm => ({ ...f, digitRuns: undefined, digitThen: undefined })));
const same = (text: string) => expect(scanDates(text, gated)).toEqual(scanDates(text, plain));

describe('digit forms: gated = tried at every digit run', () => {
  test.each([
    'Verifikasi berlangsung 6-26 Februari 2023, lalu 11 - 13 Februari 2024 dan 8—17 September 2024.',
    'Pendaftaran dibuka 12 Februari s.d. 15 April 2023; survei 2 s.d 14 Oktober 2024, 4−9 Juli 2018.',
    'Tahapan dimulai 12 Februari 15 April 2023; tiga hari lalu, 2 hari yang lalu, 7 hari lagi.',
    'Pada 2023-06-20T11:13 dan 20/06/2023, 20 / 11 / 2017, 20.06.2023, 20-06-2023 serta 10-11/2/2024.',
    'Imbuh Sandiaga (21/9). Dilaporkan Reuters ( 20 / 10 ) dan (16/10/2024); 19 hingga 20/6/2025.',
    'Nomor 12/12/2023 dan 12345 serta 2024 atau 123 Februari, 5G, 12,5 persen, skor 2-1, Rp 10.000.000.',
    '14 Feb. 2024, 14Februari 2024, 14\u00a0Februari, 14     Februari, 14\tFebruari dan 3\u2003hari lalu.',
    '2024\n-06-20, 1 2 3 4 5 6 7, 99/99/9999, 1/1, 1-1, 01.01.', // odd spacing and separators
    '30 MARET 2018, 1 april, 28 Desember - 3 Januari 2024, 6 2023 - 7 2024, 12 sd 14 Mei.',
    '12',
    '12 ',
  ])('%s', same);
});

describeShared('digit forms on news-12k: gated = tried at every digit run', () => {
  const texts = benchTexts().slice(0, 3000);
  test(`${texts.length} articles`, () => {
    const differ = texts.filter((t) => JSON.stringify(scanDates(t, gated)) !== JSON.stringify(scanDates(t, plain)));
    expect(differ).toEqual([]);
  });
});

describe('key: the plain-word case', () => {
  const full = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/[’`]/g, "'").replace(/\.$/, '');
  test.each(['Senin', 'FEBRUARI', 'feb', 'Feb.', "Jum'at", 'Jum’at', 'Jum`at', 'hari  ini', 'tadi\nmalam', '', 'Mei', 'É', 'a@b', '[x]', 's.d.'])('%s', (s) => {
    expect(key(s)).toBe(full(s));
  });
});

describe('the word before a position', () => {
  test.each([
    // [text, pos, wordBefore, adjacentWordBefore]
    ['salat Jumat', 6, 'salat', 'salat'],
    ['pada  September', 6, 'pada', 'pada'],
    ['rapat. September', 7, 'rapat', ''],
    ['pra-Pemilu Senin', 11, 'pra-pemilu', 'pemilu'],
    ['Bogotá Senin', 7, 'bogotá', 'bogotá'],
    ['x 12 Senin', 5, '', ''],
    ['(Senin', 1, '', ''],
    ['Senin', 0, '', ''],
  ])('%s at %d', (text, pos, before, adjacent) => {
    expect(wordBefore(text, pos)).toBe(before);
    expect(adjacentWordBefore(text, pos).word).toBe(adjacent);
  });
});

describe('calendar without Date objects', () => {
  test('weekdays and month lengths as Date computes them', () => {
    const differ: string[] = [];
    for (let year = 1; year <= 9999; year += year < 2100 ? 1 : 13) {
      for (let month = 1; month <= 12; month++) {
        if (daysInMonth(year, month) !== new Date(Date.UTC(year, month, 0)).getUTCDate()) differ.push(`${year}-${month}`);
        for (const day of [1, 15, 28]) {
          const w = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
          if (isoWeekday({ year, month, day }) !== (w === 0 ? 7 : w)) differ.push(`${year}-${month}-${day}`);
        }
      }
    }
    expect(differ).toEqual([]);
  });
});

describe('merge of repeated values', () => {
  // the refiner as it was: every fact copied
  const copyAll = (facts: DateFact[]) => {
    const byValue = new Map<string, DateFact>();
    const out: DateFact[] = [];
    for (const f of [...facts].sort((a, b) => a.start - b.start)) {
      const first = byValue.get(f.value);
      if (!first) {
        const copy = { ...f, mentions: [...f.mentions], flags: [...f.flags] };
        byValue.set(f.value, copy);
        out.push(copy);
        continue;
      }
      first.mentions.push(...f.mentions);
      for (const fl of f.flags) if (!first.flags.includes(fl)) first.flags.push(fl);
      first.confidence = Math.max(first.confidence, f.confidence);
    }
    return out;
  };
  test.each([
    'Rabu (21/10/2025) KPU rapat; Selasa (21/10/2025) lagi, lalu Rabu (22/10) dan 22 Oktober 2025.',
    'Pemungutan suara 14 Februari 2024. Pada 14 Februari 2024, Rabu (14/2/2024), warga memilih. Kamis (15/2).',
  ])('%s', (text) => {
    const doc = createDoc(testArticle(text));
    const ctx: ExtractContext<'date'> = { doc, rule: 'date/scan', fact: (start, end, value, init) => makeFact(doc, 'date', 'date/scan', start, end, value, init), message: () => undefined };
    const facts = dateScan.scan(ctx);
    expect(facts.length).toBeGreaterThan(2);
    expect(JSON.parse(JSON.stringify(dateModule.refiners[0].refine(facts.map((f) => structuredClone(f)), doc)))).toEqual(JSON.parse(JSON.stringify(copyAll(facts.map((f) => structuredClone(f))))));
  });
});
