/**
 * A clock time attached to the day right before it, and the other tails the scanner looks at
 * after a day: the closing parenthesis of "Selasa (20/06/2023)" and a tense word
 * ("15 Februari lalu", "Rabu (27/3/2019) lalu").
 *
 * Handles: "Feb 14, 2023 - 11:13", "Senin (13/2/2023) pukul 10.00 WIB", "19.30 WITA",
 * "Kamis, 28 Maret 2019 | 17:21 WIB", "Rabu, 12/09/2018 11:52 WIB", "17/02/2017, 06:53 WIB",
 * "26/01/2024 sore, pukul 17.20 WIB", "30 MARET 2018 , 18:59:00 WIB", "Jumat (5 / 1) pukul 16.00 WIB",
 * the English "at" of an embedded post's stamp ("on Apr 16, 2019 at 11:05pm PDT").
 * Not here: a clock time in another sentence ("Sidang dimulai sekitar 10.30 WIB" after
 * "Kamis (6 / 4)." stays apart: it names no day), "14 Februari 2024, 20.30 persen" (a dotted
 * number without "pukul" or a zone is not a time).
 */
import { key, WEEKDAY_LOCAL_RE, ZONE, ZONE_RE } from './lexicon.js';
import { DAY_PART, weekdayInfo } from './parts.js';
import type { RawDate, Tense } from './types.js';

const TIME = new RegExp(
  `\\s{0,4}(?:,|\\||[-–—]|\\bpada\\b)?\\s{0,4}(?:${DAY_PART}\\s{0,4},?\\s{0,4})?(?:(?:sekitar|sekira|mulai|tepat)\\s{1,4})?(?:(?<kw>pukul|pkl|jam|at)\\.?\\s{0,4})?` +
    `(?<h>\\d{1,2})(?<sep>[.:])(?<mi>\\d{2})(?::\\d{2})?(?![\\d])(?:\\s{0,4}(?<ampm>[ap])\\.?m\\.?(?![a-z]))?(?:\\s{0,4}(?<zone>${ZONE_RE})(?![a-z]))?`,
  'iy',
);
const CLOSE = /\s{0,4}\)/y;
const TAIL = /\s{1,4}(?<tail>(?:yang\s{1,4})?lalu|kemarin|silam|mendatang|depan|nanti)(?![a-z])/iy;
const YEAR_TAIL = /\s{1,4}tahun\s{1,4}(?<tail>depan|lalu|yang\s{1,4}lalu|ini|kemarin)(?![a-z])/iy;
const YEAR_SHIFT: Record<string, number> = { depan: 1, lalu: -1, 'yang lalu': -1, kemarin: -1, ini: 0 };
// "selama tanggal 5 Maret, Senin, harus ...": the weekday in apposition belongs to the day
const APPOSITION = new RegExp(`\\s{0,4},\\s{0,4}(?<wd>${WEEKDAY_LOCAL_RE})(?![a-z'’])(?=\\s{0,4}[,.;)])`, 'iy');
const TAIL_TENSE: Record<string, Tense> = { lalu: 'past', 'yang lalu': 'past', kemarin: 'past', silam: 'past', mendatang: 'next', depan: 'next', nanti: 'next' };

/** The tense of a tail word at `pos` ("mendatang", "lalu"), for a day told apart from it: the first days of a list. */
export function tailTenseAt(text: string, pos: number): Tense | undefined {
  TAIL.lastIndex = pos;
  const m = TAIL.exec(text);
  return m ? TAIL_TENSE[key(m.groups!.tail)] : undefined;
}

/** Put a clock time on `d`, with its zone when one is written; false when it is no time of day. */
function setTime(d: RawDate, hour: number, minute: number, zone: string | undefined): boolean {
  if (hour > 23 || minute > 59) return false;
  d.hour = hour;
  d.minute = minute;
  const z = zone ? ZONE.get(key(zone)) : undefined;
  if (z) {
    d.zone = z.canonical;
    d.lexicon.push(z.id);
  }
  return true;
}

/** Attach a clock time starting at `pos` to `d`; returns the new end or -1. */
function attachTime(text: string, d: RawDate, pos: number): number {
  TIME.lastIndex = pos;
  const m = TIME.exec(text);
  if (!m) return -1;
  const g = m.groups!;
  // "20.30" alone may be a number: a time needs "pukul", a zone, or a colon
  if (!g.kw && !g.zone && g.sep !== ':') return -1;
  let hour = Number(g.h);
  // "27 Juni, 2018, 12:17 PM"
  if (g.ampm && hour <= 12) hour = (hour % 12) + (g.ampm.toLowerCase() === 'p' ? 12 : 0);
  return setTime(d, hour, Number(g.mi), g.zone) ? pos + m[0].length : -1;
}

// "pukul 04.28 WIB, Selasa (25 / 4)", "Jam 02.00 dini hari Minggu, 4 Maret 2018": a clock time
// written before the day; "pukul" or "jam" is needed there (a dotted number alone is no time)
const TIME_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:pukul|pkl|jam)\\.?[ \\t]{0,4}(?<h>\\d{1,2})[.:](?<mi>\\d{2})(?:[ \\t]{0,4}(?<zone>${ZONE_RE})(?![a-z]))?[ \\t]{0,4},?[ \\t]{0,4}(?:${DAY_PART}[ \\t]{0,4},?[ \\t]{0,4})?(?:hari[ \\t]{1,4})?$`,
  'iu',
);
// how far before a day such a time may start
const TIME_BEFORE_REACH = 48;

/**
 * A clock time written right before a day that names its weekday or year, and after `floor` (the
 * end of the expression before): the day's start moves back to it.
 */
export function attachTimeBefore(text: string, d: RawDate, floor: number): void {
  if (d.type !== 'day' || d.hour !== undefined || (d.weekday === undefined && d.from.year === undefined)) return;
  const from = Math.max(floor, d.start - TIME_BEFORE_REACH);
  const m = TIME_BEFORE.exec(text.slice(from, d.start));
  if (!m) return;
  const g = m.groups!;
  if (setTime(d, Number(g.h), Number(g.mi), g.zone)) d.start = from + m.index;
}

/**
 * Extend a matched day with its tails, in the order they are written: a time inside the
 * parenthesis, the closing parenthesis, a time after it, a tense word.
 */
export function attachTails(text: string, d: RawDate): void {
  if (d.type === 'day' && d.weekday === undefined) {
    APPOSITION.lastIndex = d.end;
    const m = APPOSITION.exec(text);
    const wd = m ? weekdayInfo(m.groups!.wd) : undefined;
    if (m && wd && /^[A-Z]/.test(m.groups!.wd)) {
      d.weekday = wd.isoDay;
      d.lexicon.push(wd.id);
      d.end = d.consumed = APPOSITION.lastIndex;
    }
  }
  if (d.type === 'day' && d.hour === undefined) {
    const e = attachTime(text, d, d.end);
    if (e >= 0) d.end = d.consumed = e;
  }
  if (d.openParen) {
    CLOSE.lastIndex = d.end;
    if (CLOSE.test(text)) {
      d.end = d.consumed = CLOSE.lastIndex;
      if (d.type === 'day' && d.hour === undefined) {
        const e = attachTime(text, d, d.end);
        if (e >= 0) d.end = d.consumed = e;
      }
    }
  }
  const yearless = d.from.year === undefined && d.to?.year === undefined;
  if (yearless && (d.type === 'day' || d.type === 'month' || d.type === 'interval')) {
    // "hingga 26 Juni tahun depan"
    YEAR_TAIL.lastIndex = d.end;
    const m = YEAR_TAIL.exec(text);
    if (m) {
      d.yearShift = YEAR_SHIFT[key(m.groups!.tail)];
      d.end = d.consumed = YEAR_TAIL.lastIndex;
      return;
    }
  }
  if (d.type === 'day' || d.type === 'interval') {
    TAIL.lastIndex = d.consumed;
    const m = TAIL.exec(text);
    if (m) {
      d.consumed = TAIL.lastIndex;
      d.tense ??= TAIL_TENSE[key(m.groups!.tail)];
      // the tail places a year-less day in time, so it belongs to the expression: "15 Februari lalu"
      if (yearless) {
        d.end = d.consumed;
        d.tailInSpan = true;
      }
    }
  }
}
