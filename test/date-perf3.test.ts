/**
 * The days-count form tried at a number word only when "hari lalu" / "hari lagi" can follow it
 * (`DateForm.wordThen`), and the bare weekday not tried after a weekday with its date at the same
 * place (`DateForm.outrunBy`), give what trying every form gave.
 */
import { DATE_FORMS } from '../src/extract/date/index.js';
import { compileForms, scanDates } from '../src/extract/date/scan.js';
import type { DateForm } from '../src/extract/date/types.js';
import { describeShared, benchTexts } from './helpers/shared.js';

const gated = compileForms(DATE_FORMS);
const plain = compileForms(DATE_FORMS.map((f): DateForm => ({ ...f, wordThen: undefined, outrunBy: undefined })));
const same = (text: string) => expect(scanDates(text, gated)).toEqual(scanDates(text, plain));

describe('number words: gated = days-count tried at every number word', () => {
  test.each([
    'Tiga hari lalu, dua hari yang lalu, sehari lalu dan tujuh hari lagi KPU rapat.',
    'Se hari lalu, sehari  lalu, SEHARI LALU, Satu\u00a0hari lalu, lima\n\nhari lagi, enam     hari lagi.',
    'Dua orang, tiga kali, satu-satunya, lima puluh, sepuluhhari lalu, duahari lalu, sembilanhari.',
    'Empat hari', 'dua', 'se', 'satu h', 'delapan\thari lagi', 'tujuh\u2003\u2003\u2003\u2003hari lagi',
  ])('%s', same);
});

describe('weekdays: gated = the bare weekday tried after a weekday with its date', () => {
  test.each([
    'Pada Selasa (20/06/2023), hari Senin malam (12/2) dan sejak Rabu, 14 Februari 2024 KPU rapat.',
    'pada Jumat (22/11/2024) pukul 10.00 WIB, pada Jum\'at, 19/08, hari Kamis (28/3/19) lalu.',
    'pada Senin 9.12, pada Senin (9.12), yakni Sabtu sore (2/3/) lalu, pada Minggu Feb 14, 2024.',
    'hari Rabu malam, hari Rabu dini hari (7 / 11), sejak Kamis, pada Senin-Jumat (1-5/1).',
  ])('%s', same);
});

describeShared('number words and weekdays on news-12k: gated = every form tried', () => {
  const texts = benchTexts()
    .filter((t, i) => i % 3 === 0 || /\b(?:se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s*hari|\b(?:pada|hari|sejak|yakni|yaitu)\s+(?:senin|selasa|rabu|kamis|jum|sabtu|minggu)/i.test(t));
  test(`${texts.length} articles`, () => {
    const differ = texts.filter((t) => JSON.stringify(scanDates(t, gated)) !== JSON.stringify(scanDates(t, plain))).map((t) => t.slice(0, 80));
    expect(differ).toEqual([]);
  });
});
