/**
 * From stated parts to ISO values, once the whole article has been scanned (chrono's refiners).
 * In order:
 *  1. stated years: two-digit years widened, implausible years ("13/10/3025") repaired;
 *  2. year-less days and months: the publication year, moved to the year before or after when a
 *     tense word or the stated weekday says so (a future day whose weekday only fits the year
 *     before, with no word pointing ahead, takes that year); without a publication date, the year of the
 *     nearest dated context (with a weekday: the nearest year where the day falls on it; such a
 *     weekday-dated day, within a year of its context, is then context for the others), moved
 *     after the dated event told just before it when a sequence word says so ("Kemudian, pada 5 September");
 *  3. the event day: a weekday + date within the week before publication, the reference of
 *     relative days in quotes and narration ("Hari ini kami datang" after "Senin (13/2/2023)");
 *  4. relative days and weekdays against that reference, bare weekdays against publication;
 *  5. H-n against the voting day the article states;
 *  6. two days joined by a connector become one interval ("Senin (12/2) hingga Rabu (14/2)",
 *     "hari ini hingga 26 Juni"): each end is resolved on its own first, so a relative or
 *     weekday-dated end takes its usual reading.
 * Every inferred part is listed in `implied`; weekday clashes and repaired years are flagged.
 */
import type { FactInit, FactValue } from '../../doc.js';
import type { DateFact } from '../../types.js';
import type { ExtractContext } from '../types.js';
import { CONNECTOR, CONNECTOR_RE, ELECTION_NAMED, ELECTION_YEAR, key, NAMES_ELECTION_ID, SEQUENCE_BEFORE, SEQUENCE_ID, VOTING_ACT, VOTING_DAY, VOTING_DAY_ID } from './lexicon.js';
import {
  addDays,
  isoDateTime,
  isoDay,
  isoMonth,
  isoWeekday,
  isValidYmd,
  parseIsoDay,
  toDayNumber,
  weekdayAfter,
  weekdayInWeek,
  weekdayOnOrBefore,
  type Ymd,
} from './calendar.js';
import type { DatePart, RawDate } from './types.js';
import { mapPacked } from '../packed.js';
import { rawDate } from './parts.js';

const WEEKDAY_NAMES = ['', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'];
/** how far from publication a year-less day may be moved to match its weekday */
const WEEKDAY_WINDOW_DAYS = 190;
/** how far from publication an event day may lie to be the reference of relative days */
const EVENT_WINDOW_DAYS = 7;
/** publication dates run a little late: "pemilu 8 November mendatang" in a paper of 9 November */
const TENSE_SLACK_DAYS = 30;
/** how far back a dated context still counts as the same sentence (monthYearBefore) */
const SAME_SENTENCE_CHARS = 200;
/** without publication, how far from the stated context a weekday-dated day may be to date others */
const PIN_YEARS = 1;
/** a stated year further than this after publication is a typo ("3025") */
const FUTURE_YEARS = 50;

interface Resolved {
  raw: RawDate;
  value: string;
  granularity: DateFact['granularity'];
  /** the day, for day-granularity facts (undefined for the others: one shape for all) */
  day: Ymd | undefined;
  implied: string[];
  flags: string[];
  confidence: number;
}

/** Publication date and context years of one article. */
class Context {
  readonly pub: Ymd | null;
  readonly pubDay: number | null;
  /** years written with the article's dates, by position ("Rabu (15/5/2024)") */
  private readonly dated: Array<{ pos: number; year: number; ord: number }> = [];
  /** "15-5" -> 2024: a day written with its year elsewhere in the article */
  readonly yearOfDay = new Map<string, number>();
  /** the year of `bareYears` counted most often, set with it */
  private bareYear: number | null = null;
  private bareYears: ReadonlyMap<number, number> | undefined;
  private electionSetAside = false;

  constructor(
    readonly text: string,
    published: string | null,
    stated: RawDate[],
  ) {
    this.pub = parseIsoDay(published);
    this.pubDay = this.pub ? toDayNumber(this.pub) : null;
    for (const d of stated) {
      for (const p of d.to ? [d.from, d.to] : [d.from]) {
        if (p.year === undefined || p.shortYear || p.year < 1900 || p.year > 2100) continue;
        this.dated.push({ pos: d.start, year: p.year, ord: (p.month ?? 0) * 100 + (p.day ?? 0) });
        if (p.day !== undefined && p.month !== undefined && !this.yearOfDay.has(`${p.day}-${p.month}`)) this.yearOfDay.set(`${p.day}-${p.month}`, p.year);
      }
    }
  }

  /**
   * Without a publication date, a weekday + year-less day whose year the weekday settled
   * ("Kamis (18/10)" -> 2018) is dated context for the year-less days that have no weekday.
   */
  addPinned(pins: ReadonlyArray<{ pos: number; day: Ymd }>): void {
    if (pins.length === 0) return;
    for (const p of pins) this.dated.push({ pos: p.pos, year: p.day.year, ord: p.day.month * 100 + p.day.day });
    this.dated.sort((a, b) => a.pos - b.pos);
  }

  /** The nearest date written before `pos` (with its year), for sequence words. */
  datedBefore(pos: number): { year: number; ord: number } | undefined {
    const i = lastBefore(this.dated, pos, (y) => y.pos);
    return i >= 0 ? this.dated[i] : undefined;
  }

  /**
   * Years of elections named in the sentence around `pos` ("Hari pemungutan suara Pilkada 2018
   * dijadwalkan pada 27 Juni"): the sentence is cut at the nearest ". " or line break.
   */
  electionYears(pos: number, needVotingAct = false): number[] {
    let s = pos;
    while (s > 0 && pos - s < 300 && this.text[s - 1] !== '\n' && !(this.text[s - 1] === ' ' && this.text[s - 2] === '.')) s--;
    let e = pos;
    while (e < this.text.length && e - pos < 300 && this.text[e] !== '\n' && !(this.text[e] === '.' && this.text[e + 1] === ' ')) e++;
    const out: number[] = [];
    const re = ELECTION_YEAR;
    re.lastIndex = 0;
    const clause = this.text.slice(s, e);
    if (needVotingAct && !VOTING_ACT.test(clause)) return out;
    for (let m = re.exec(clause); m; m = re.exec(clause)) out.push(Number(m[1]));
    return out;
  }

  /**
   * The year of a date of `month` written with its year earlier in the sentence of `pos` (no ". "
   * or line break between, at most SAME_SENTENCE_CHARS before): "edisi 7-13 Desember 2020 yang
   * terbit pada 5 Desember". Null when there is none.
   */
  monthYearBefore(pos: number, month: number): number | null {
    for (let i = lastBefore(this.dated, pos, (y) => y.pos); i >= 0; i--) {
      const d = this.dated[i];
      if (pos - d.pos > SAME_SENTENCE_CHARS) return null;
      if (Math.floor(d.ord / 100) !== month) continue;
      const between = this.text.slice(d.pos, pos);
      return between.includes('\n') || between.includes('. ') ? null : d.year;
    }
    return null;
  }

  /**
   * The year of the nearest dated context to `pos`: the nearest date written with a year, else
   * the year the article names most often ("Pemilu 2024", "Tahun 2017"; ties: the latest), else
   * the year most often in the paths of the links it cites. When the only years named are of
   * elections one or two years after the links' ("Pilpres 2019" in an article citing links of
   * April 2018), the links' year: news names the coming election in the years before it.
   */
  yearNear(pos: number, month?: number): number | null {
    if (this.dated.length > 0) {
      const i = lastBefore(this.dated, pos + 1, (y) => y.pos);
      const before = i >= 0 ? this.dated[i] : undefined;
      const after = this.dated[i + 1];
      if (!before) return after.year;
      if (!after) return before.year;
      // of the dates on either side, the one of the same month, when only one is ("(27/1)" after
      // "bulan Januari 2018" takes 2018, not the year of the "17 September 2003" told nearer to it)
      const sameBefore = month !== undefined && Math.floor(before.ord / 100) === month;
      const sameAfter = month !== undefined && Math.floor(after.ord / 100) === month;
      if (sameBefore !== sameAfter) return sameBefore ? before.year : after.year;
      return pos - before.pos <= after.pos - pos ? before.year : after.year;
    }
    return this.readBareYears().bareYear;
  }

  /**
   * The years the article names (and which of them is the context), else those of its cited
   * links: read once per article, for yearNear and namesYear.
   */
  private readBareYears(): { bareYear: number | null; bareYears: ReadonlyMap<number, number> } {
    if (this.bareYears === undefined) {
      const named = new Map<number, number>();
      const re = /(?<![\d.,/-])(?:19[5-9]\d|20\d\d)(?![\d]|[.,/-]\d)/g;
      for (let m = re.exec(this.text); m; m = re.exec(this.text)) named.set(Number(m[0]), (named.get(Number(m[0])) ?? 0) + 1);
      // the years in the paths of the links it cites ("REFERENSI: https://…/politik/20/04/2019/…")
      const links = new Map<number, number>();
      const inPath = /\/(19[5-9]\d|20\d\d)\//g;
      for (let m = inPath.exec(this.text); m; m = inPath.exec(this.text)) links.set(Number(m[1]), (links.get(Number(m[1])) ?? 0) + 1);
      const linked = mostOften(links);
      this.electionSetAside = linked !== null && named.size > 0 && onlyComingElections(this.text, named, linked);
      this.bareYears = named.size > 0 && !this.electionSetAside ? named : links;
      this.bareYear = mostOften(this.bareYears);
    }
    return { bareYear: this.bareYear, bareYears: this.bareYears };
  }

  /**
   * Did the year of a year-less day come from the cited links, over a coming election's year the
   * article names (an undated article, with no date written with its year)?
   */
  electionYearSetAside(): boolean {
    return this.dated.length === 0 && this.electionSetAside;
  }

  /**
   * Is this a year the article names (or, naming none, its cited links), where those years are
   * its context: an article with no date written with its year?
   */
  namesYear(year: number): boolean {
    return this.dated.length === 0 && this.readBareYears().bareYears.has(year);
  }
}

/**
 * Are all the years an article names the years of elections it names ("Pilpres 2019",
 * "Pemilihan Presiden 2019"), each one or two years after the year of its cited links?
 */
function onlyComingElections(text: string, named: ReadonlyMap<number, number>, linked: number): boolean {
  for (const y of named.keys()) if (y <= linked || y > linked + COMING_ELECTION_YEARS) return false;
  const elections = new Map<number, number>();
  const re = ELECTION_NAMED;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) elections.set(Number(m[1]), (elections.get(Number(m[1])) ?? 0) + 1);
  for (const [y, n] of named) if ((elections.get(y) ?? 0) < n) return false;
  return true;
}
/** how many years before an election news names it as the coming one */
const COMING_ELECTION_YEARS = 2;

/** The key counted most often (ties: the largest), or null. */
function mostOften(counts: ReadonlyMap<number, number>): number | null {
  let top: number | null = null;
  for (const [y, n] of counts) if (top === null || n > counts.get(top)! || (n === counts.get(top)! && y > top)) top = y;
  return top;
}

/** Index of the last item whose key is < `pos` in a list sorted by key, or -1. */
function lastBefore<T>(list: readonly T[], pos: number, keyOf: (x: T) => number): number {
  let lo = 0;
  let hi = list.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (keyOf(list[mid]) < pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** A two-digit year: 19 -> 2019, 98 -> 1998 (relative to publication, else 2030). */
function widenYear(yy: number, pub: Ymd | null): number {
  const limit = (pub ? pub.year : 2030) + 1;
  return 2000 + yy <= limit ? 2000 + yy : 1900 + yy;
}

/**
 * Repair an implausible stated year: the plausible year one typo away from it, matching the
 * weekday when one is stated, nearest publication ("Senin (13/10/3025)" in 2025 -> 2025; "Rabu
 * (18/6/225)", "Jumat (20/6/21025)" in June 2025 -> 2025).
 */
function repairYear(year: number, part: DatePart, weekday: number | undefined, ctx: Context, pos: number): number | null {
  const center = ctx.pub?.year ?? ctx.yearNear(pos) ?? 2000;
  const written = String(year);
  const candidates: number[] = [];
  if (written.length === 3) {
    // a digit left out ("225", "205")
    for (let i = 0; i <= 3; i++) for (let dgt = 0; dgt <= 9; dgt++) candidates.push(Number(written.slice(0, i) + dgt + written.slice(i)));
  } else if (written.length === 5) {
    // a digit too many ("23025", "20206")
    for (let i = 0; i < 5; i++) candidates.push(Number(written.slice(0, i) + written.slice(i + 1)));
  } else {
    // one digit mistyped ("3025") or two neighbours swapped ("2205")
    const digits = written.padStart(4, '0');
    for (let i = 0; i < 4; i++) {
      for (let dgt = 0; dgt <= 9; dgt++) candidates.push(Number(digits.slice(0, i) + dgt + digits.slice(i + 1)));
      if (i < 3) candidates.push(Number(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2)));
    }
  }
  // a digit left out or added is a slip typing the current year: near publication only
  const [lo, hi] = written.length === 4 ? [center - 30, center + 10] : [center - 1, center + 1];
  let best: number | null = null;
  for (const cand of candidates) {
    if (cand === year || cand < lo || cand > hi) continue;
    if (weekday !== undefined && part.day !== undefined && part.month !== undefined) {
      if (!isValidYmd(cand, part.month, part.day) || isoWeekday({ year: cand, month: part.month, day: part.day }) !== weekday) continue;
    }
    if (best === null || Math.abs(cand - center) < Math.abs(best - center) || (Math.abs(cand - center) === Math.abs(best - center) && cand < best)) best = cand;
  }
  return best;
}

/**
 * Is a stated year a slip for publication's: a day written with its year and weekday, the year
 * after publication's, the weekday wrong for it and right for the same day of publication's year,
 * which lies within TENSE_SLACK_DAYS of publication?
 */
function futureTypo(year: number, part: DatePart, weekday: number | undefined, ctx: Context): boolean {
  if (weekday === undefined || part.day === undefined || part.month === undefined || ctx.pub === null || ctx.pubDay === null || year !== ctx.pub.year + 1) return false;
  const stated = { year, month: part.month, day: part.day };
  const pub = { year: ctx.pub.year, month: part.month, day: part.day };
  if (!isValidYmd(year, part.month, part.day) || isoWeekday(stated) === weekday || !isValidYmd(pub.year, pub.month, pub.day) || isoWeekday(pub) !== weekday) return false;
  return Math.abs(toDayNumber(pub) - ctx.pubDay) <= TENSE_SLACK_DAYS;
}

function plausibleYear(year: number, ctx: Context): boolean {
  return year >= 1800 && year <= (ctx.pub ? ctx.pub.year + FUTURE_YEARS : 2100);
}

/** Year of a year-less day (see the module comment, step 2). */
function inferDayYear(day: number, month: number, r: RawDate, ctx: Context, flags: string[], lexicon: string[]): number | null {
  const weekday = r.weekday;
  const fits = (y: number) => isValidYmd(y, month, day) && (weekday === undefined || isoWeekday({ year: y, month, day }) === weekday);
  // the same day written with its year elsewhere: "Rabu (15/5/2024)" ... "Rabu (15/5)"
  const known = ctx.yearOfDay.get(`${day}-${month}`);
  if (known !== undefined && r.yearShift === undefined && fits(known)) return known;
  // the month written with its year earlier in the sentence: "edisi 7-13 Desember 2020 yang terbit
  // pada 5 Desember" (published in 2021) is 2020
  if (r.yearShift === undefined && r.tense === undefined) {
    const y = ctx.monthYearBefore(r.start, month);
    if (y !== null && fits(y)) return y;
  }
  if (ctx.pub && ctx.pubDay !== null) {
    const pub = ctx.pub;
    const dist = (y: number) => (isValidYmd(y, month, day) ? toDayNumber({ year: y, month, day }) - ctx.pubDay! : NaN);
    let year = pub.year;
    const d0 = dist(year);
    // a voting day in a sentence naming next year's election:
    // "Hari pemungutan suara Pilkada 2018 dijadwalkan pada 27 Juni" (written in June 2017)
    if (r.yearShift === undefined && r.tense !== 'past' && fits(pub.year + 1) && ctx.electionYears(r.start, true).includes(pub.year + 1)) return pub.year + 1;
    if (r.yearShift !== undefined) year += r.yearShift;
    else if (r.tense === 'past' && d0 > TENSE_SLACK_DAYS) year--;
    else if (r.tense === 'next' && d0 < -TENSE_SLACK_DAYS) year++;
    else if (!r.tense && d0 > 183) year--;
    if (weekday !== undefined && isValidYmd(year, month, day) && !fits(year)) {
      const candidates = r.yearShift !== undefined ? [] : [pub.year - 1, pub.year, pub.year + 1].filter((y) => {
        const d = dist(y);
        if (Number.isNaN(d) || Math.abs(d) > WEEKDAY_WINDOW_DAYS) return false;
        if (r.tense === 'past' && d > TENSE_SLACK_DAYS) return false;
        if (r.tense === 'next' && d < -TENSE_SLACK_DAYS) return false;
        return fits(y);
      });
      candidates.sort((a, b) => Math.abs(dist(a)) - Math.abs(dist(b)));
      if (candidates.length > 0) year = candidates[0];
      // a future reading (beyond the slack of late publication dates) that misses its weekday,
      // with no word pointing ahead: news reports the past, so the year before when it fits
      // ("Rabu (30/10)" in June 2025 -> 2024; not "Kamis (22/12)" two days after publication)
      else if (r.yearShift === undefined && r.tense !== 'next' && dist(year) > TENSE_SLACK_DAYS && fits(year - 1)) year--;
      else flags.push('weekday-mismatch');
    }
    return isValidYmd(year, month, day) ? year : null;
  }
  const near = ctx.yearNear(r.start, month);
  if (near === null) return null;
  if (ctx.electionYearSetAside()) lexicon.push(NAMES_ELECTION_ID);
  if (r.yearShift !== undefined || weekday === undefined) {
    let y = near + (r.yearShift ?? 0);
    // "diserahkan 15 Desember 2017. Kemudian, pada 5 September": after the event told before it
    const prev = r.yearShift === undefined ? ctx.datedBefore(r.start) : undefined;
    if (prev && y * 10000 + month * 100 + day < prev.year * 10000 + prev.ord && SEQUENCE_BEFORE.test(ctx.text.slice(Math.max(0, r.start - 50), r.start))) {
      y = prev.ord <= month * 100 + day ? prev.year : prev.year + 1;
      lexicon.push(SEQUENCE_ID);
    }
    return isValidYmd(y, month, day) ? y : null;
  }
  // the nearest year the weekday fits, among the years the article names first ("Minggu (3/6)" in
  // an article on Pilkada 2018 whose most named year is 2015: 2018, not 2012)
  let nearest: number | null = null;
  for (let k = 0; k <= 28; k++) {
    for (const y of k === 0 ? [near] : [near - k, near + k]) {
      if (!fits(y)) continue;
      if (ctx.namesYear(y)) return y;
      nearest ??= y;
    }
  }
  return nearest;
}

/** Year of a year-less month ("April lalu", "bulan Mei"). */
function inferMonthYear(month: number, r: RawDate, ctx: Context): number | null {
  if (r.yearShift !== undefined) {
    const base = ctx.pub?.year ?? ctx.yearNear(r.start);
    return base === null ? null : base + r.yearShift;
  }
  if (ctx.pub) {
    if (r.tense === 'past' && month > ctx.pub.month) return ctx.pub.year - 1;
    if (r.tense === 'next' && month < ctx.pub.month) return ctx.pub.year + 1;
    return ctx.pub.year;
  }
  return ctx.yearNear(r.start, month);
}

/** Resolve the stated or implied year of a point; null drops the fact. */
function pointYear(part: DatePart, r: RawDate, ctx: Context, implied: string[], flags: string[], lexicon: string[] = []): number | null {
  if (part.year !== undefined) {
    let year = part.shortYear ? widenYear(part.year, ctx.pub) : part.year;
    if (!plausibleYear(year, ctx)) {
      const fixed = repairYear(year, part, r.weekday, ctx, r.start);
      if (fixed === null) return null;
      year = fixed;
      implied.push('year');
      flags.push('implausible-year');
    } else if (futureTypo(year, part, r.weekday, ctx)) {
      // "Rabu (18/6/2026)" in a paper of Wednesday 18 June 2025: the stated year is after
      // publication and misses the weekday, which publication's year fits
      year = ctx.pub!.year;
      implied.push('year');
      flags.push('implausible-year');
    }
    return year;
  }
  implied.push('year');
  if (part.day !== undefined && part.month !== undefined) return inferDayYear(part.day, part.month, r, ctx, flags, lexicon);
  if (part.month !== undefined) return inferMonthYear(part.month, r, ctx);
  return null;
}

function resolveStated(r: RawDate, ctx: Context): Resolved | null {
  const implied: string[] = [];
  const flags: string[] = [];
  if (r.type === 'day') {
    const { day, month } = r.from as Required<DatePart>;
    const lexicon: string[] = [];
    const year = pointYear(r.from, r, ctx, implied, flags, lexicon);
    if (year === null || !isValidYmd(year, month, day)) return null;
    if (lexicon.length > 0) r = rawDate({ ...r, lexicon: [...r.lexicon, ...lexicon] });
    const ymd = { year, month, day };
    if (r.weekday !== undefined && isoWeekday(ymd) !== r.weekday && !flags.includes('weekday-mismatch')) flags.push('weekday-mismatch');
    const timed = r.hour !== undefined && r.minute !== undefined;
    return {
      raw: r,
      value: timed ? isoDateTime(ymd, r.hour!, r.minute!) : isoDay(ymd),
      granularity: timed ? 'datetime' : 'day',
      day: ymd,
      implied,
      flags,
      confidence: flags.length > 0 ? 0.7 : implied.length > 0 ? 0.85 : 0.95,
    };
  }
  if (r.type === 'month') {
    const year = pointYear(r.from, r, ctx, implied, flags);
    if (year === null) return null;
    return { raw: r, value: isoMonth(year, r.from.month!), granularity: 'month', day: undefined, implied, flags, confidence: implied.length > 0 ? 0.8 : 0.9 };
  }
  if (r.type === 'interval' && r.to) {
    return resolveInterval(r, ctx, implied, flags);
  }
  return null;
}

function resolveInterval(r: RawDate, ctx: Context, implied: string[], flags: string[]): Resolved | null {
  const from = r.from;
  const to = r.to!;
  // the end carries the year when one is written; a written start year alone dates both ends
  let toYear: number | null;
  let fromYear: number | null;
  if (to.year === undefined && from.year !== undefined) {
    fromYear = pointYear(from, r, ctx, implied, flags);
    if (fromYear === null) return null;
    const wraps = to.month! < from.month! || (to.month === from.month && (to.day ?? 1) < (from.day ?? 1));
    toYear = wraps ? fromYear + 1 : fromYear;
  } else {
    toYear = pointYear(to, rawDate({ ...r, weekday: undefined }), ctx, implied, flags);
    if (toYear === null) return null;
    if (from.year !== undefined) {
      fromYear = pointYear(from, rawDate({ ...r, weekday: undefined }), ctx, [], flags);
    } else {
      const wraps = from.month! > to.month! || (from.month === to.month && (from.day ?? 1) > (to.day ?? 1));
      fromYear = wraps ? toYear - 1 : toYear;
    }
  }
  if (fromYear === null) return null;
  if (from.day !== undefined && to.day !== undefined) {
    const a = { year: fromYear, month: from.month!, day: from.day };
    const b = { year: toYear, month: to.month!, day: to.day };
    if (!isValidYmd(a.year, a.month, a.day) || !isValidYmd(b.year, b.month, b.day) || toDayNumber(a) > toDayNumber(b)) return null;
    return { raw: r, value: `${isoDay(a)}/${isoDay(b)}`, granularity: 'interval', day: undefined, implied: [...new Set(implied)], flags, confidence: implied.length > 0 ? 0.85 : 0.95 };
  }
  if (fromYear * 12 + from.month! > toYear * 12 + to.month!) return null;
  return { raw: r, value: `${isoMonth(fromYear, from.month!)}/${isoMonth(toYear, to.month!)}`, granularity: 'interval', day: undefined, implied: [...new Set(implied)], flags, confidence: 0.9 };
}

/**
 * Event days: weekday + date facts within the week before publication. The reference for a
 * relative expression at `pos` is the event day of its sentence, else the nearest one before it,
 * else the first one after it, else publication. Without a publication date relative days are
 * not facts (gold README: "count only when the article's date is known").
 */
function referenceFinder(resolved: Resolved[], ctx: Context, sentenceOf: (pos: number) => number): (pos: number) => Reference | null {
  const events = resolved.filter((x) => {
    // a day told as past or coming ("Jumat (13/6) lalu") is narrated, not the day of the report
    if (!x.day || x.raw.weekday === undefined || x.flags.length > 0 || x.raw.relative !== undefined || x.raw.tense !== undefined || ctx.pubDay === null) return false;
    const d = ctx.pubDay - toDayNumber(x.day);
    return d >= 0 && d <= EVENT_WINDOW_DAYS;
  });
  events.sort((a, b) => a.raw.start - b.raw.start);
  const bySentence = new Map<number, Resolved>();
  for (const e of events) if (!bySentence.has(sentenceOf(e.raw.start))) bySentence.set(sentenceOf(e.raw.start), e);
  return (pos) => {
    if (!ctx.pub) return null;
    if (events.length === 0) return { day: ctx.pub, apart: false };
    const same = bySentence.get(sentenceOf(pos));
    if (same) return { day: same.day!, apart: false };
    const i = lastBefore(events, pos, (e) => e.raw.start);
    return { day: (i >= 0 ? events[i] : events[0]).day!, apart: true };
  };
}
/** The reference day of a relative expression; `apart`: an event day stated in another sentence. */
interface Reference {
  day: Ymd;
  apart: boolean;
}

// the days to add to a day on ISO weekday `from` to reach the nearest day on `to` (-3 … 3)
function nearestShift(from: number, to: number): number {
  const d = (to - from + 7) % 7;
  return d > 3 ? d - 7 : d;
}

function resolveRelative(r: RawDate, ctx: Context, reference: (pos: number) => Reference | null): Resolved | null {
  const implied = ['year', 'month', 'day'];
  let day: Ymd | null = null;
  if (r.type === 'relative-day' || r.type === 'days-count') {
    const ref = reference(r.start)?.day;
    if (ref) day = addDays(ref, r.offset ?? 0);
    // "kemarin (Jumat)": the day on the stated weekday nearest the reckoned one
    if (day && r.weekday !== undefined) day = addDays(day, nearestShift(isoWeekday(day), r.weekday));
  } else if (r.type === 'weekday' && r.weekday !== undefined) {
    if (!r.tense) {
      // a bare weekday: the most recent such day on or before publication
      if (ctx.pub) day = weekdayOnOrBefore(ctx.pub, r.weekday);
    } else {
      const found = reference(r.start);
      const ref = found?.day;
      if (ref) {
        // "dibongkar pada Rabu (18/6/2025)" ... "dibongkar ... pada Rabu kemarin": the event day of
        // another sentence on the same weekday is the day told again, not the week before it
        if (r.tense === 'past' && found.apart && isoWeekday(ref) === r.weekday) day = ref;
        else if (r.tense === 'past') day = weekdayOnOrBefore(ref, r.weekday, true);
        else if (r.tense === 'next') day = weekdayAfter(ref, r.weekday);
        else if (r.tense === 'this') day = weekdayInWeek(ref, r.weekday, 0);
        else if (r.tense === 'last-week') day = weekdayInWeek(ref, r.weekday, -1);
        else day = weekdayInWeek(ref, r.weekday, 1);
      }
    }
  }
  if (!day) return null;
  return { raw: r, value: isoDay(day), granularity: 'day', day, implied, flags: [], confidence: r.type === 'weekday' && !r.tense ? 0.6 : 0.75 };
}

/** The voting days the article states: day facts in a sentence with a voting-day word. */
function votingDays(resolved: Resolved[], sentenceOf: (pos: number) => number, sentenceText: (pos: number) => string): Resolved[] {
  const tested = new Map<number, boolean>();
  return resolved
    .filter((x) => {
      if (!x.day || x.raw.type === 'election' || x.granularity === 'interval') return false;
      const s = sentenceOf(x.raw.start);
      let ok = tested.get(s);
      if (ok === undefined) tested.set(s, (ok = VOTING_DAY.test(sentenceText(x.raw.start))));
      return ok;
    })
    .sort((a, b) => a.raw.start - b.raw.start);
}

/** H-n: the nearest voting day stated before it, else the first one after it. */
function resolveElection(r: RawDate, voting: Resolved[]): Resolved | null {
  if (voting.length === 0) return null;
  const i = lastBefore(voting, r.start, (x) => x.raw.start);
  const v = i >= 0 ? voting[i] : voting[0];
  const day = addDays(v.day!, r.offset ?? 0);
  return { raw: rawDate({ ...r, lexicon: [...r.lexicon, VOTING_DAY_ID] }), value: isoDay(day), granularity: 'day', day, implied: ['year', 'month', 'day'], flags: [], confidence: 0.7 };
}

/** The text between two days that makes them one range: "hingga", " - ", "sampai dengan tanggal". */
const BETWEEN = new RegExp(`^\\s{0,4}(?<conn>${CONNECTOR_RE})\\s{0,4}(?:(?:tanggal|tgl\\.?)\\s{0,4})?$`, 'i');
/** a joined range longer than this is two separate days, not a span */
const JOIN_MAX_DAYS = 731;

/**
 * Join a day and the day after it into one interval when only a connector stands between them
 * (step 6). `resolved` is in text order.
 */
function joinRanges(resolved: Resolved[], text: string): Resolved[] {
  const out: Resolved[] = [];
  for (let i = 0; i < resolved.length; i++) {
    const a = resolved[i];
    const b = resolved[i + 1];
    if (b && a.granularity === 'day' && b.granularity === 'day' && a.day && b.day && b.raw.start - a.raw.end <= 30) {
      const m = BETWEEN.exec(text.slice(a.raw.end, b.raw.start));
      const span = toDayNumber(b.day) - toDayNumber(a.day);
      if (m && span > 0 && span <= JOIN_MAX_DAYS) {
        const conn = CONNECTOR.get(key(m.groups!.conn));
        const raw: RawDate = rawDate({
          ...a.raw,
          rule: 'date/range-join',
          type: 'interval',
          end: b.raw.end,
          consumed: b.raw.consumed,
          to: b.raw.from,
          weekday: undefined,
          relative: a.raw.relative ?? b.raw.relative,
          lexicon: [...a.raw.lexicon, ...(conn ? [conn] : []), ...b.raw.lexicon],
        });
        const implied = [...new Set([...a.implied, ...b.implied])];
        out.push({ raw, value: `${isoDay(a.day)}/${isoDay(b.day)}`, granularity: 'interval', day: undefined, implied, flags: [...new Set([...a.flags, ...b.flags])], confidence: Math.min(a.confidence, b.confidence) });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** Turn the scanned expressions of one article into date facts. */
export function resolveDates(raws: RawDate[], ctx: ExtractContext<'date'>): DateFact[] {
  if (raws.length === 0) return [];
  const doc = ctx.doc;
  const c = new Context(doc.text, doc.published, raws);
  const sentenceOf = (pos: number) => doc.sentenceAt(pos).index;
  const sentenceText = (pos: number) => doc.sentenceAt(pos).text;
  const resolved: Resolved[] = [];
  // without a publication date, the days a weekday dates come first and date the others
  const pinsFirst = c.pub === null;
  const pinnedBy = (r: RawDate) => pinsFirst && r.type === 'day' && r.weekday !== undefined && r.from.year === undefined && r.yearShift === undefined;
  if (pinsFirst) {
    const pins: Array<{ pos: number; day: Ymd }> = [];
    for (const r of raws) {
      if (!pinnedBy(r)) continue;
      const x = resolveStated(r, c);
      if (!x) continue;
      resolved.push(x);
      // a weekday that forces a year far from the article's stated years is more likely a typo
      // ("Senin (16/5)" beside "Minggu (15/6/2025)" -> 2022) than an anchor
      const near = c.yearNear(r.start);
      if (x.day && x.flags.length === 0 && (near === null || Math.abs(x.day.year - near) <= PIN_YEARS)) pins.push({ pos: r.start, day: x.day });
    }
    c.addPinned(pins);
  }
  for (const r of raws) {
    if ((r.type === 'day' || r.type === 'month' || r.type === 'interval') && !pinnedBy(r)) {
      const x = resolveStated(r, c);
      if (x) resolved.push(x);
    }
  }
  if (pinsFirst) resolved.sort((a, b) => a.raw.start - b.raw.start);
  const reference = referenceFinder(resolved, c, sentenceOf);
  for (const r of raws) {
    if (r.type === 'relative-day' || r.type === 'days-count' || r.type === 'weekday') {
      const x = resolveRelative(r, c, reference);
      if (x) resolved.push(x);
    }
  }
  if (raws.some((r) => r.type === 'election')) {
    const voting = votingDays(resolved, sentenceOf, sentenceText);
    for (const r of raws) {
      if (r.type !== 'election') continue;
      const x = resolveElection(r, voting);
      if (x) resolved.push(x);
    }
  }
  resolved.sort((a, b) => a.raw.start - b.raw.start);
  return mapPacked(joinRanges(resolved, doc.text), (x) => toFact(x, ctx));
}

function toFact(x: Resolved, ctx: ExtractContext<'date'>): DateFact {
  const r = x.raw;
  const value: FactValue<'date'> = {
    value: x.value,
    granularity: x.granularity,
    zone: r.zone ?? null,
    modifier: r.modifier ?? null,
    weekday: r.weekday !== undefined ? WEEKDAY_NAMES[r.weekday] : null,
    relative: r.relative ?? null,
  };
  const init: FactInit = { implied: x.implied, lexicon: distinct(r.lexicon), confidence: x.confidence, flags: x.flags, rule: r.rule };
  if (x.flags.length > 0 && x.flags.includes('weekday-mismatch') && x.day) {
    ctx.message('warning', 'date/weekday-mismatch', `"${ctx.doc.text.slice(r.start, r.end)}": ${isoDay(x.day)} is a ${WEEKDAY_NAMES[isoWeekday(x.day)]}, not a ${WEEKDAY_NAMES[r.weekday!]}`, r.start, r.end);
  }
  if (x.flags.length > 0 && x.flags.includes('implausible-year')) {
    ctx.message('warning', 'date/implausible-year', `"${ctx.doc.text.slice(r.start, r.end)}": year read as ${x.value.slice(0, 4)}`, r.start, r.end);
  }
  return ctx.fact(r.start, r.end, value, init);
}

/** The distinct entries of a short list, in order of first appearance (a new array). */
function distinct(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const x of list) if (!out.includes(x)) out.push(x);
  return out;
}
