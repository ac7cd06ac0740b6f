/**
 * Pieces shared by the date forms: regex sources for the bodies that several forms embed
 * (day + month name, numeric day/month), decoders for matched parts, and cheap context checks
 * that look at a few characters around a match (never a scan of the whole text).
 */
import { BLOCKS_NUMBER, key, MONTH, MONTH_RE, RECURRING_BEFORE, WEEKDAY, type MonthInfo, type WeekdayInfo } from './lexicon.js';
import type { DatePart, RawDate } from './types.js';

/** A sticky, case-insensitive regex: forms run only at anchor positions. */
export const sticky = (src: string): RegExp => new RegExp(src, 'iy');

/** Parts of the day as written after a weekday or a date: "Selasa malam", "(6/3/19) sore". */
export const DAY_PART = '(?:pagi|siang|sore|malam|dini\\s{1,4}hari)';

/** Day + month name + optional year, group names prefixed: "14 Februari 2024", "14 Feb. 2024", "19 Agustus". */
export function dayMonthSource(p: string): string {
  return `(?<${p}d>\\d{1,2})\\s{0,4}(?<${p}mon>${MONTH_RE})(?![a-z])\\.?(?:\\s{0,4},?\\s{0,4}(?<${p}y>\\d{4})(?![\\d]))?`;
}

/** English month + day + comma + year: "Feb 14, 2023", "February 14th, 2024". */
export function englishSource(p: string): string {
  return `(?<${p}mon>${MONTH_RE})(?![a-z])\\.?\\s{1,4}(?<${p}d>\\d{1,2})(?:st|nd|rd|th)?\\s{0,4},\\s{0,4}(?<${p}y>\\d{4})(?![\\d])`;
}

/**
 * Numeric day/month with an optional 2- or 4-digit year, any of / . - with IndoSum spacing:
 * "20/06/2023", "13/2", "10 / 7", "28/3/19", "2/3/" (a dangling slash). Used after a weekday or
 * inside parentheses, where a bare "13/2" is a date. "10-11/2/2024" is not read as "10-11"
 * (numeric-range.ts reads it).
 */
export function numericSource(p: string): string {
  return `(?<${p}d>\\d{1,2})\\s{0,4}(?<${p}sep>[/.\\-])\\s{0,4}(?<${p}m>\\d{1,2})(?:\\s{0,4}\\k<${p}sep>\\s{0,4}(?<${p}y>\\d{4}|\\d{2})?)?(?![\\d]|\\s{0,4}[/.\\-]\\s{0,4}\\d)`;
}

export function monthInfo(s: string | undefined): MonthInfo | undefined {
  return s === undefined ? undefined : MONTH.get(key(s));
}

export function weekdayInfo(s: string | undefined): WeekdayInfo | undefined {
  return s === undefined ? undefined : WEEKDAY.get(key(s));
}

/** Is the day at `pos` one of every year: "setiap 15 Juni", "tiap tanggal 21", "setiap 1 dan 15 Juni"? */
export function recursYearly(text: string, pos: number): boolean {
  return RECURRING_BEFORE.test(text.slice(Math.max(0, pos - 60), pos));
}

/** A weekday must start with a capital: "minggu" is "week", "Minggu" is Sunday. */
export function isCapitalized(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Day and month in range (the year is checked by the resolver). */
export function plausibleDayMonth(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** Year of a matched year group: 4 digits as is, 2 digits marked for the resolver. */
export function yearPart(s: string | undefined): Pick<DatePart, 'year' | 'shortYear'> {
  if (s === undefined || s === '') return {};
  return s.length === 2 ? { year: Number(s), shortYear: true } : { year: Number(s) };
}

const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
/** A letter outside ASCII at `i` (one code unit, as `/\p{L}/u.test(text[i])` reads it). */
const isOtherLetter = (text: string, i: number): boolean => text.charCodeAt(i) >= 0x80 && /\p{L}/u.test(text[i]);

/** The word right before `pos` (skipping spaces and a final period/colon), lower case. */
export function wordBefore(text: string, pos: number): string {
  let e = pos;
  while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\n' || text[e - 1] === '.' || text[e - 1] === ':' || text[e - 1] === '(')) e--;
  let s = e;
  while (s > 0 && s > e - 30 && (isAsciiLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 0x2d || isOtherLetter(text, s - 1))) s--;
  return text.slice(s, e).toLowerCase();
}

/**
 * The word right before `pos` when only spaces separate them ("pada September"; not "rapat.
 * September"), lower case, with its start; empty when none.
 */
export function adjacentWordBefore(text: string, pos: number): { word: string; start: number } {
  let e = pos;
  while (e > 0 && e > pos - 4 && (text[e - 1] === ' ' || text[e - 1] === '\n')) e--;
  if (e === pos) return { word: '', start: pos };
  let s = e;
  while (s > 0 && s > e - 30 && (isAsciiLetter(text.charCodeAt(s - 1)) || isOtherLetter(text, s - 1))) s--;
  return { word: text.slice(s, e).toLowerCase(), start: s };
}

/** The match sits in a URL or file path: "cnnindonesia.com/nasional/20190225093221-32-372326". */
export function inUrl(text: string, pos: number): boolean {
  let s = pos;
  const stop = Math.max(0, pos - 200);
  while (s > stop && !/\s/.test(text[s - 1])) s--;
  const token = text.slice(s, pos + 1);
  return /:\/\/|www\.|\.(?:com|id|net|org|co)\/|\/\w+\//i.test(token);
}

/**
 * A numeric date glued to a code or preceded by a label: "Nomor 12/12/2023", "No. 1/2/2024",
 * "130-PKE-DKPP/IV/2025", "0405/Lahat" (the caller checks the tail).
 */
export function numberBlocked(text: string, start: number): boolean {
  const before = text[start - 1];
  if (before !== undefined && /[/\-.\p{L}\p{N}]/u.test(before)) return true;
  return BLOCKS_NUMBER.has(wordBefore(text, start));
}

/**
 * The span of a match, without a sentence-final period taken as an abbreviation dot:
 * "pada 27 Juni." ends before the period, "14 Feb. 2024" keeps it.
 */
export function matchEnd(m: RegExpExecArray, month: MonthInfo | undefined): number {
  const end = m.index + m[0].length;
  return m[0].endsWith('.') && !month?.abbreviation ? end - 1 : end;
}

/**
 * A date part with every field, in one order (undefined where the text states none), so that all
 * parts share one hidden class: the forms write them as `{ month, ...yearPart(y) }`, `{}` and so
 * on, and the resolver's functions, optimized on the shapes they had met, were thrown away on
 * each new one.
 */
export function datePart(p: DatePart): DatePart {
  return { day: p.day, month: p.month, year: p.year, shortYear: p.shortYear };
}

/**
 * A RawDate with every field in the order of the interface (undefined where the form sets none)
 * and its parts made by `datePart`: one hidden class for the dates of every form (see datePart).
 */
export function rawDate(r: RawDate): RawDate {
  return {
    rule: r.rule,
    start: r.start,
    end: r.end,
    consumed: r.consumed,
    type: r.type,
    from: datePart(r.from),
    to: r.to === undefined ? undefined : datePart(r.to),
    weekday: r.weekday,
    hour: r.hour,
    minute: r.minute,
    zone: r.zone,
    modifier: r.modifier,
    tense: r.tense,
    yearShift: r.yearShift,
    offset: r.offset,
    relative: r.relative,
    openParen: r.openParen,
    tailInSpan: r.tailInSpan,
    lexicon: r.lexicon,
  };
}

/** Start a RawDate with the match span (every field set: see rawDate). */
export function raw(rule: string, m: RegExpExecArray, init: Omit<RawDate, 'rule' | 'start' | 'end' | 'consumed'>, end = m.index + m[0].length): RawDate {
  return rawDate({ rule, start: m.index, end, consumed: end, ...init });
}
