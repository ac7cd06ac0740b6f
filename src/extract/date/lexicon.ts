/**
 * The date lexicons (src/lexicon/data/date-*.json), loaded and validated once at module load,
 * and the regex pieces built from them: alternations of aliases (longest first) and lookups from
 * a matched surface form back to its entry.
 *
 * Files: date-months (Januari, Pebruari, Nopember, Feb, Agt...), date-weekdays (Senin..Minggu,
 * Jum'at, Ahad; English names only before a date), date-relative (hari ini, kemarin, besok,
 * lusa, tiga hari lalu), date-weekday-suffixes (Senin lalu, Kamis mendatang, Jumat pekan lalu),
 * date-numbers (satu..sepuluh), date-zones (WIB, WITA, WIT), date-connectors (-, s.d., hingga;
 * dimulai/sejak/periode), date-modifiers (awal, pertengahan, akhir), date-context (words that
 * block a reading: salat Jumat, pilkada kemarin, Nomor 12/12/2023, H-7 Lebaran; voting-day words;
 * time words that mark a year-less month: pada September, sejak Maret, menjelang Desember).
 */
import { z } from 'zod';
import { alternation, LexiconEntrySchema, loadLexicon } from '../../lexicon/load.js';

const file = <T extends z.ZodRawShape>(extra: T) => z.object({ source: z.string(), entries: z.array(LexiconEntrySchema.extend(extra)) });

export const MonthsSchema = file({ month: z.number().int().min(1).max(12), abbreviations: z.array(z.string()).default([]), english: z.array(z.string()).default([]) });
export const WeekdaysSchema = file({ isoDay: z.number().int().min(1).max(7), foreign: z.array(z.string()).default([]) });
export const RelativeSchema = file({ role: z.enum(['day', 'days-ago', 'days-ahead']), offset: z.number().int().optional() });
export const SuffixSchema = file({ role: z.enum(['past', 'next', 'this', 'last-week', 'next-week']) });
export const NumbersSchema = file({ value: z.number().int().positive() });
export const ZonesSchema = file({ offset: z.string() });
export const ConnectorsSchema = file({ role: z.enum(['connector', 'introducer', 'list']) });
export const ModifiersSchema = LexiconEntrySchema;
export const ContextSchema = file({
  role: z.enum(['blocks-weekday', 'blocks-recurring', 'blocks-relative', 'blocks-number', 'blocks-election-relative', 'voting-day', 'names-election', 'marks-month', 'marks-month-past', 'marks-month-next', 'marks-month-range', 'blocks-month-range', 'marks-weekday-next', 'marks-sequence']),
});

/** Every date lexicon file with its schema; the examples test walks this list. */
export const DATE_LEXICON_FILES = {
  'date-months.json': MonthsSchema,
  'date-weekdays.json': WeekdaysSchema,
  'date-relative.json': RelativeSchema,
  'date-weekday-suffixes.json': SuffixSchema,
  'date-numbers.json': NumbersSchema,
  'date-zones.json': ZonesSchema,
  'date-connectors.json': ConnectorsSchema,
  'date-modifiers.json': file({}),
  'date-context.json': ContextSchema,
} as const;

const months = loadLexicon('date-months.json', MonthsSchema);
const weekdays = loadLexicon('date-weekdays.json', WeekdaysSchema);
const relative = loadLexicon('date-relative.json', RelativeSchema);
const suffixes = loadLexicon('date-weekday-suffixes.json', SuffixSchema);
const numbers = loadLexicon('date-numbers.json', NumbersSchema);
const zones = loadLexicon('date-zones.json', ZonesSchema);
const connectors = loadLexicon('date-connectors.json', ConnectorsSchema);
const modifiers = loadLexicon('date-modifiers.json', file({}));
// context words may repeat across roles by design ("minggu" blocks "minggu kemarin" and is a weekday)
const context = loadLexicon('date-context.json', ContextSchema, { allowSharedAliases: true });

/** Lookup key of a surface form: lower case, single spaces, straight apostrophes. */
export function key(s: string): string {
  // the common case, a run of ASCII letters ("Senin", "Februari"), needs only the lower case
  let plain = true;
  for (let i = 0; i < s.length && plain; i++) {
    const c = s.charCodeAt(i) | 0x20;
    plain = c >= 0x61 && c <= 0x7a;
  }
  if (plain) return s.toLowerCase();
  return s.toLowerCase().replace(/\s+/g, ' ').replace(/[’`]/g, "'").replace(/\.$/, '');
}

function index<E extends { id: string; aliases: string[]; canonical: string }, V>(entries: E[], value: (e: E) => V, extra: (e: E) => string[] = () => []): Map<string, V> {
  const map = new Map<string, V>();
  for (const e of entries) for (const a of [e.canonical, ...e.aliases, ...extra(e)]) map.set(key(a), value(e));
  return map;
}

export interface MonthInfo {
  id: string;
  month: number;
  /** "Feb", "Agt": needs a day or a year next to it */
  abbreviation: boolean;
  /** "May", "June": English, never a bare month after a time word */
  english: boolean;
}
export const MONTH = new Map<string, MonthInfo>();
for (const e of months.entries) {
  const short = new Set(e.abbreviations.map(key));
  const english = new Set(e.english.map(key));
  for (const a of [e.canonical, ...e.aliases]) MONTH.set(key(a), { id: e.id, month: e.month, abbreviation: short.has(key(a)), english: english.has(key(a)) });
}

export interface WeekdayInfo {
  id: string;
  isoDay: number;
  canonical: string;
  /** English names ("Tue", "Friday") stand only right before a date */
  foreign: boolean;
}
export const WEEKDAY = new Map<string, WeekdayInfo>();
for (const e of weekdays.entries) {
  for (const a of [e.canonical, ...e.aliases]) WEEKDAY.set(key(a), { id: e.id, isoDay: e.isoDay, canonical: e.canonical, foreign: false });
  for (const a of e.foreign) WEEKDAY.set(key(a), { id: e.id, isoDay: e.isoDay, canonical: e.canonical, foreign: true });
}

export const RELATIVE = index(relative.entries, (e) => ({ id: e.id, role: e.role, offset: e.offset ?? 0 }));
export const SUFFIX = index(suffixes.entries, (e) => ({ id: e.id, role: e.role }));
export const NUMBER = index(numbers.entries, (e) => ({ id: e.id, value: e.value }));
export const ZONE = index(zones.entries, (e) => ({ id: e.id, canonical: e.canonical }));
export const CONNECTOR = index(
  connectors.entries.filter((e) => e.role === 'connector'),
  (e) => e.id,
);
export const INTRODUCER = index(
  connectors.entries.filter((e) => e.role === 'introducer'),
  (e) => e.id,
);
export const MODIFIER = index(modifiers.entries, (e) => ({ id: e.id, canonical: e.canonical }));

/** Every form (canonical and aliases) of the context entries of `role`. */
const roleForms = (role: string) => context.entries.filter((e) => e.role === role).flatMap((e) => [e.canonical, ...e.aliases]);
const contextWords = (role: string) => new Set(roleForms(role).map(key));
/** "setiap Senin", "tiap tanggal 21 Juni": a day that recurs, not one day */
const RECURRING_WORDS = roleForms('blocks-recurring');
/** "salat Jumat", "setiap Senin": the weekday is not a day */
export const BLOCKS_WEEKDAY = new Set([...contextWords('blocks-weekday'), ...RECURRING_WORDS.map(key)]);
/** "pilkada kemarin", "beberapa hari ini": not a relative day */
export const BLOCKS_RELATIVE = contextWords('blocks-relative');
/** "Nomor 12/12/2023", "dua pertiga (2/3)": not a numeric date */
export const BLOCKS_NUMBER = contextWords('blocks-number');
/** "dari Januari sampai Agustus", "antara Maret hingga Mei": a word that makes a year-less month range a time */
export const MONTH_RANGE_MARKER = contextWords('marks-month-range');
/** "diundur dari Maret hingga Mei": a change of date, not a span */
export const BLOCKS_MONTH_RANGE = contextWords('blocks-month-range');
/** "nanti hari Rabu", "nanti pada Senin": a bare weekday ahead of the reference day, not before it */
export const MARKS_WEEKDAY_NEXT = contextWords('marks-weekday-next');
/** id of the sequence words, for the lexicon evidence of a date they moved */
export const SEQUENCE_ID = 'sequence';

/** A word that marks a year-less month as a time, with the tense it gives: "pada September", "sejak Maret", "menjelang Desember". */
export interface MonthMarker {
  id: string;
  tense: 'past' | 'next' | undefined;
}
export const MONTH_MARKER = new Map<string, MonthMarker>();
for (const e of context.entries) {
  const tense = e.role === 'marks-month-past' ? 'past' : e.role === 'marks-month-next' ? 'next' : e.role === 'marks-month' ? undefined : null;
  if (tense === null) continue;
  for (const a of [e.canonical, ...e.aliases]) MONTH_MARKER.set(key(a), { id: e.id, tense });
}

// ---- regex pieces (sources, used with the `i` flag) ----

const alt = (words: Iterable<string>) => `(?:${alternation(words)})`;
/**
 * The characters an alias of `words` can start with, as the `i` flag reads them (both cases of
 * an ASCII letter): a necessary condition for the alternation to match at a character.
 */
export function initials(words: Iterable<string>): string {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w[0]);
    // the `i` flag without `u` folds ASCII letters only
    if (/[a-z]/i.test(w[0])) out.add(w[0].toLowerCase()).add(w[0].toUpperCase());
  }
  return [...out].sort().join('');
}
const monthAliases = months.entries.flatMap((e) => [e.canonical, ...e.aliases]);
/** every month alias: Januari, Pebruari, Feb, Agt, February */
export const MONTH_RE = alt(monthAliases);
/** what a month alias starts with */
export const MONTH_INITIALS = initials(monthAliases);
/** every weekday alias, English ones included */
export const WEEKDAY_RE = alt(weekdays.entries.flatMap((e) => [e.canonical, ...e.aliases, ...e.foreign]));
/** Indonesian weekdays only: a weekday that stands without a date */
export const WEEKDAY_LOCAL_RE = alt(weekdays.entries.flatMap((e) => [e.canonical, ...e.aliases]));
export const RELATIVE_DAY_RE = alt(relative.entries.filter((e) => e.role === 'day').flatMap((e) => [e.canonical, ...e.aliases]));
export const DAYS_COUNT_PAST_RE = alt(relative.entries.filter((e) => e.role === 'days-ago').flatMap((e) => [e.canonical, ...e.aliases]));
export const DAYS_COUNT_AHEAD_RE = alt(relative.entries.filter((e) => e.role === 'days-ahead').flatMap((e) => [e.canonical, ...e.aliases]));
/** what a days-ago or days-ahead alias starts with ("hari lalu", "hari lagi") */
export const DAYS_COUNT_INITIALS = initials(relative.entries.filter((e) => e.role === 'days-ago' || e.role === 'days-ahead').flatMap((e) => [e.canonical, ...e.aliases]));
export const SUFFIX_RE = alt(suffixes.entries.flatMap((e) => [e.canonical, ...e.aliases]));
export const NUMBER_RE = alt(numbers.entries.flatMap((e) => e.aliases.filter((a) => a.length > 2)));
export const ZONE_RE = alt(zones.entries.flatMap((e) => [e.canonical, ...e.aliases]));
export const CONNECTOR_RE = alt(connectors.entries.filter((e) => e.role === 'connector').flatMap((e) => [e.canonical, ...e.aliases]));
/** what a connector starts with ("-", "–", "s.d.", "hingga") */
export const CONNECTOR_INITIALS = initials(connectors.entries.filter((e) => e.role === 'connector').flatMap((e) => [e.canonical, ...e.aliases]));
export const INTRODUCER_RE = alt(connectors.entries.filter((e) => e.role === 'introducer').flatMap((e) => [e.canonical, ...e.aliases]));
/** the words that join the days of a list ("7 dan 8 Mei 2024"), and their lexicon ids */
const listEntries = connectors.entries.filter((e) => e.role === 'list');
export const LIST_WORD = index(listEntries, (e) => e.id);
const listWords = listEntries.flatMap((e) => [e.canonical, ...e.aliases]);
export const LIST_RE = alt(listWords);
export const LIST_INITIALS = initials(listWords);
/**
 * Before a day, what makes it a day of every year: a word of `blocks-recurring`, "tanggal", and
 * the earlier days of the list the day ends ("setiap 15 Juni", "tiap tanggal 21", "setiap 1 dan
 * 15 Juni"); tested on the text that ends where the day starts.
 */
export const RECURRING_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])${alt(RECURRING_WORDS)}\\s{1,4}(?:tanggal\\s{1,4})?(?:\\d{1,2}\\s{0,4}(?:,\\s{0,4}(?:${LIST_RE}\\s{1,4})?|${LIST_RE}\\s{1,4}))*$`,
  'iu',
);
export const MODIFIER_RE = alt(modifiers.entries.flatMap((e) => [e.canonical, ...e.aliases]));
/** "H-7 Lebaran": the count is from a holiday, not the voting day */
export const HOLIDAY_RE = alt(context.entries.filter((e) => e.role === 'blocks-election-relative').flatMap((e) => [e.canonical, ...e.aliases]));
/**
 * "Kemudian, pada tanggal 5 September": a sequence word shortly before a year-less day, in the same
 * sentence; the day comes after the dated event told before it.
 */
export const SEQUENCE_BEFORE = new RegExp(
  `(?<![a-z])${alt(context.entries.filter((e) => e.role === 'marks-sequence').flatMap((e) => [e.canonical, ...e.aliases]))}(?![a-z])[^.!?\\n]{0,30}$`,
  'i',
);
/** a sentence naming the voting day: "pemungutan suara digelar 14 Februari 2024" */
export const VOTING_DAY = new RegExp(`\\b${alt(context.entries.filter((e) => e.role === 'voting-day').flatMap((e) => [e.canonical, ...e.aliases]))}\\b`, 'i');

/** Ids of the context entries, for the lexicon evidence of a fact that used them. */
export const VOTING_DAY_ID = 'voting-day';
/** words for the act of voting itself ("pemungutan suara", "pencoblosan"), not election names */
export const VOTING_ACT = new RegExp(
  `\\b(?:${alt(context.entries.filter((e) => e.role === 'voting-day').flatMap((e) => [e.canonical, ...e.aliases]).filter((a) => !/^(?:pemilu|pilkada|pilpres|pileg|pemilihan umum)$/i.test(a)))})\\b`,
  'i',
);
/** An election of `role`'s words named with its year: group 1 is the year. */
const electionWithYear = (role: string) => new RegExp(`\\b(?:${alt(roleForms(role))})(?:\\s+serentak)?(?:\\s+tahun)?\\s+((?:19|20)\\d\\d)(?!\\d)`, 'gi');
/** an election named with its year, "Pilkada 2018", "Pemilu Serentak Tahun 2024" */
export const ELECTION_YEAR = electionWithYear('voting-day');
/** a year named as an election's ("Pilpres 2019", "Pemilihan Presiden 2019", "Pilkada serentak 2018") */
export const ELECTION_NAMED = electionWithYear('names-election');

/** evidence of a year read from the cited links over a coming election's year */
export const NAMES_ELECTION_ID = context.entries.find((e) => e.role === 'names-election')!.id;

/**
 * Words that can start a date expression, by class; the scanner's anchor regex is built from
 * them. A multi-word alias contributes its first word ("tadi" of "tadi malam").
 */
export type AnchorClass = 'digit' | 'weekday' | 'month' | 'modifier' | 'relative' | 'number' | 'election';
export const ANCHOR_WORDS = new Map<string, Set<AnchorClass>>();
/** the first words as written (with their apostrophe variants), for the anchor regex */
export const ANCHOR_SURFACES = new Set<string>();
const addAnchor = (word: string, cls: AnchorClass) => {
  const first = word.split(/\s+/)[0];
  ANCHOR_SURFACES.add(first);
  const k = key(first);
  let set = ANCHOR_WORDS.get(k);
  if (!set) ANCHOR_WORDS.set(k, (set = new Set()));
  set.add(cls);
};
for (const e of weekdays.entries) for (const a of [e.canonical, ...e.aliases, ...e.foreign]) addAnchor(a, 'weekday');
for (const e of months.entries) for (const a of [e.canonical, ...e.aliases]) addAnchor(a, 'month');
for (const e of modifiers.entries) for (const a of [e.canonical, ...e.aliases]) addAnchor(a, 'modifier');
addAnchor('bulan', 'modifier');
for (const e of relative.entries.filter((x) => x.role === 'day')) for (const a of [e.canonical, ...e.aliases]) addAnchor(a, 'relative');
for (const e of numbers.entries) for (const a of e.aliases.filter((x) => x.length > 2)) addAnchor(a, 'number');
addAnchor('sehari', 'number');
addAnchor('h', 'election');
