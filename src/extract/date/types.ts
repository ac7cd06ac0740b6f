/**
 * What the date forms produce before resolution: the parts an expression states, with its span.
 * The resolver (resolve.ts) turns a RawDate into a DateFact once the whole article has been
 * scanned, because year inference and relative days need the article's other dates.
 */
import type { AnchorClass } from './lexicon.js';

/** A calendar point as written: any part may be missing ("19/08" has no year). */
export interface DatePart {
  day?: number;
  month?: number;
  year?: number;
  /** the year as written when it had two digits ("28/3/19") */
  shortYear?: boolean;
}

export type Tense = 'past' | 'next' | 'this' | 'last-week' | 'next-week';

export interface RawDate {
  /** id of the form that matched, e.g. "date/weekday-date" */
  rule: string;
  start: number;
  end: number;
  /** where scanning resumes: past a swallowed tail ("Rabu (27/3/2019) lalu") */
  consumed: number;
  type: 'day' | 'month' | 'interval' | 'relative-day' | 'weekday' | 'days-count' | 'election';
  from: DatePart;
  /** the end of an interval */
  to?: DatePart;
  /** ISO weekday 1..7 as stated */
  weekday?: number;
  hour?: number;
  minute?: number;
  zone?: string;
  modifier?: string;
  tense?: Tense;
  /** "26 Juni tahun depan": the year is publication's plus this */
  yearShift?: number;
  /** relative days / counted days / H-n offset in days */
  offset?: number;
  /** the relative expression as written, normalized to lower case ("kemarin", "Senin lalu", "H-7") */
  relative?: string;
  /** the expression opened a parenthesis after the weekday: "Selasa (20/06/2023)" closes it */
  openParen?: boolean;
  /** the tail word was part of the span ("15 Februari lalu") */
  tailInSpan?: boolean;
  lexicon: string[];
}

/**
 * One surface form (chrono's "parser"): a sticky regex tried at anchor positions of its classes,
 * and a parse that returns the stated parts or null. Forms never do year inference.
 */
export interface DateForm {
  id: string;
  /** anchor classes at which the pattern can start */
  starts: readonly AnchorClass[];
  /**
   * With the `digit` class: the lengths of the digit run that the pattern can open with (its first
   * digits are `\d{1,2}` or `\d{4}` followed by no digit), so that a year "2024" tries only
   * the forms of four digits and "123" none.
   */
  digitRuns?: readonly number[];
  /**
   * With the `digit` class: the characters that can stand after the digit run and at most four
   * white-space characters (the `\s{0,4}` every digit form allows there): "2 orang" tries no form
   * that needs a month, a connector or a slash next.
   */
  digitThen?: string;
  /**
   * At a word anchor: the pattern opens with ASCII letters of the run there, then at most four
   * white-space characters (`\s{0,4}`) and one of these characters, so a run followed by none of
   * them ("dua orang") tries no regex ("tiga hari", "sehari": the letter may be inside the run).
   */
  wordThen?: string;
  /**
   * Ids of forms whose parse at the same anchor always ends past any parse of this one: when one
   * of them gave the best parse so far, this form cannot win and is not tried.
   */
  outrunBy?: readonly string[];
  /** sticky (`y`) regex with named groups, built once from lexicon data */
  pattern: RegExp;
  parse(m: RegExpExecArray, text: string): RawDate | null;
}
