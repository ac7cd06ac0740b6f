/**
 * The date extractor: every calendar expression of Indonesian election news as an ISO 8601
 * value (day, month, interval, day-time), with what was stated kept apart from what was implied.
 *
 * Built on our own sticky regexes rather than chrono-node's `chrono.id`, by measurement (issue 3):
 * on ../shared/gold/dev.jsonl raw chrono.id scores date F1 0.737 against 0.987 here (chrono
 * splits "Selasa (20/06/2023)" into two days, reads "12 Februari 15 April 2023" as two dates,
 * ignores weekday clashes); and chrono runs every parser's regex over the whole text, so custom
 * chrono parsers could only add to its cost, while one anchor pass with per-anchor sticky forms
 * runs at about 55 MB/s on news-12k with document set-up (110 MB/s for the scan) against
 * chrono.id's 21 MB/s in the same run.
 *
 * One scan extractor runs the forms below in a single pass (scan.ts), then resolve.ts turns the
 * stated parts into values against the article's publication date, event day and context years,
 * and joins two days with a connector between them into one interval ("Senin (12/2) hingga Rabu
 * (14/2)", "hari ini hingga 26 Juni").
 */
import type { KindModule, ScanExtractor } from '../types.js';
import { bareWeekday } from './bare-weekday.js';
import { dayList } from './day-list.js';
import { dayMonthYear } from './day-month-year.js';
import { dayRange } from './day-range.js';
import { daysCount } from './days-count.js';
import { electionRelative } from './election-relative.js';
import { englishDate } from './english-date.js';
import { introRange } from './intro-range.js';
import { isoDate } from './iso-date.js';
import { mergeDateMentions } from './merge.js';
import { misspeltMonthDate } from './misspelt-month.js';
import { monthRange } from './month-range.js';
import { monthYear } from './month-year.js';
import { numericDate } from './numeric-date.js';
import { numericRange } from './numeric-range.js';
import { parenDate } from './paren-date.js';
import { relativeDay } from './relative-day.js';
import { resolveDates } from './resolve.js';
import { compileForms, DATE_ANCHORS, scanDates } from './scan.js';
import type { DateForm } from './types.js';
import { weekdayDate } from './weekday-date.js';
import { weekdayRelative } from './weekday-relative.js';

/**
 * The surface forms. At one anchor the longest parse wins; on equal length the earlier form in
 * this list does, so the order runs from the most to the least specific reading.
 */
export const DATE_FORMS: readonly DateForm[] = [
  // ranges first: "6-26 Februari 2023" must not become "26 Februari 2023"
  introRange, // "dimulai 12 Februari 15 April 2023"
  dayRange, // "6-26 Februari 2023", "12 Februari s.d. 15 April 2023"
  monthRange, // "Januari-Maret 2024", "sejak Januari hingga Maret"
  numericRange, // "Sabtu-Minggu (10-11/2/2024)"
  // a weekday with its date, before the weekday alone: "Selasa (20/06/2023)"
  weekdayDate,
  // full dates
  isoDate, // "2023-06-20"
  numericDate, // "20/06/2023"
  englishDate, // "Feb 14, 2023"
  dayMonthYear, // "14 Februari 2024", "15 Februari"
  misspeltMonthDate, // "15 Fenruari 2017"
  dayList, // "7" of "7 dan 8 Mei 2024"
  parenDate, // "(21/9)"
  monthYear, // "Februari 2024", "awal Januari 2024", "bulan Mei", "pada September"
  // relative expressions last: they need the reference day
  relativeDay, // "hari ini", "kemarin", "hari ini (21 / 7)"
  daysCount, // "tiga hari lalu"
  weekdayRelative, // "Senin lalu", "Kamis mendatang"
  bareWeekday, // "pada Senin"
  electionRelative, // "H-7"
];

const COMPILED = compileForms(DATE_FORMS);

/** All date facts of the document, in one pass. */
export const dateScan: ScanExtractor<'date'> = {
  id: 'date/scan',
  kind: 'date',
  scan(ctx) {
    const doc = ctx.doc;
    const raws = scanDates(doc.text, COMPILED, (offset) => doc.sentenceAt(offset).boilerplate, DATE_ANCHORS.tagged(doc));
    return resolveDates(raws, ctx);
  },
};

export const dateModule: KindModule<'date'> = {
  kind: 'date',
  extractors: [dateScan],
  // one fact per value before the pipeline's generic merge (linear on any number of mentions)
  refiners: [mergeDateMentions],
  resolvers: [],
};
