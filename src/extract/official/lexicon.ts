/**
 * The office and person lexicons of the official extractors, loaded and compiled once at module
 * load: office titles (`office-positions.json`) with their modifiers (Pj, Plt, Plh, Wakil),
 * negators ("mantan", "calon"), department words (`office-fields.json`), and the person titles
 * (`person-honorifics.json`, `person-degrees.json`, `person-ranks.json`, `person-rank-corps.json`,
 * `person-stopwords.json`).
 *
 * Multi-word aliases ("Wali Kota", "Pelaksana Tugas", "Kepala Kepolisian Daerah") are matched on
 * tokens through a small trie keyed by lower-cased token text, longest alias first.
 */
import { withinOneEdit } from '../../text/edit-distance.js';
import { z } from 'zod';
import { LexiconEntrySchema, loadLexicon } from '../../lexicon/load.js';
import { tokenize } from '../../text/tokenize.js';

/** How an office binds to a body. */
export type PositionType = 'member' | 'head' | 'implied';

const PositionEntrySchema = LexiconEntrySchema.extend({
  /** member: needs an institution ("Ketua KPU"); head: a region or the state ("Bupati", "Presiden"); implied: carries its institution ("Kapolda" → Polri) */
  type: z.enum(['member', 'head', 'implied']),
  /** institution id the office implies ("Kapolda" → "Polri") */
  institution: z.string().optional(),
  /** a national office: no region ("Presiden", "Mendagri") */
  national: z.boolean().optional(),
  /** level of the region written after the title ("Bupati Banyuwangi" → regency) */
  regionLevel: z.enum(['province', 'regency', 'city', 'regency-or-city', 'district', 'any']).optional(),
  /** what may follow the title inside the position: "Divisi Teknis" (division), "Hukum dan Politik" (field) */
  extension: z.enum(['division', 'field', 'bureau']).optional(),
  /** the title may head a list of names ("anggota KPU ..., A, B dan C") */
  plural: z.boolean().optional(),
  /** a title used inside a body, bound to it from context ("Ketua Majelis", "Pejabat Pengadaan") */
  contextual: z.boolean().optional(),
  /** also the name of a unit, which inside another title's phrase is a unit word: "Divisi Humas Polri" */
  unit: z.boolean().optional(),
  /** bodies this title usually belongs to, in order ("Ketua Majelis": DKPP, MK, Bawaslu) */
  contextInstitutions: z.array(z.string()).optional(),
  /** a contextual title whose usual body is outside the vocabulary: when none of `contextInstitutions`
   * is named, it stands with no institution rather than the body the article names most ("Ketua
   * Majelis Hakim" of a district court) */
  bodyOptional: z.boolean().optional(),
  /** words (lower case) right before the title that make it part of a body's name: "Dewan Pimpinan Wilayah" */
  notAfter: z.array(z.string()).optional(),
  /** a staff title that may serve another office, whose title then follows it: "Juru Bicara Presiden", "Deputi Gubernur Bank Indonesia" */
  staffOf: z.boolean().optional(),
  /** a member of a party as such holds no office: "anggota Gerindra" (a board or faction before the party makes one: "anggota DPD Partai NasDem") */
  membership: z.boolean().optional(),
});
export type PositionEntry = z.infer<typeof PositionEntrySchema>;

const EntriesSchema = <T extends z.ZodTypeAny>(entry: T) => z.object({ source: z.string(), entries: z.array(entry) });
const WordListSchema = z.object({ source: z.string(), entries: z.array(z.string()) });
const asEntries = WordListSchema.transform((d) => ({ ...d, entries: d.entries.map((w) => ({ id: w.toLowerCase(), canonical: w })) }));

/**
 * Entries with every field of `keys`, in that order (undefined where an entry leaves one out), so
 * that all have one hidden class. zod leaves out the optional fields an entry does not have: the
 * office entries came in 14 shapes, and every function reading `entry.type` or `entry.regionLevel`
 * went megamorphic and lost its optimized code on each shape it had not met yet.
 */
function oneShape<T extends object>(entries: T[], keys: readonly string[]): T[] {
  return entries.map((e) => {
    const o: Record<string, unknown> = {};
    for (const k of keys) o[k] = (e as Record<string, unknown>)[k];
    return o as T;
  });
}

export const POSITIONS = oneShape(loadLexicon('office-positions.json', EntriesSchema(PositionEntrySchema)).entries, Object.keys(PositionEntrySchema.shape));
export const MODIFIERS = loadLexicon('office-modifiers.json', EntriesSchema(LexiconEntrySchema)).entries;
export const BODIES = loadLexicon('office-bodies.json', EntriesSchema(LexiconEntrySchema)).entries;
export const FOREIGN = loadLexicon('office-foreign.json', EntriesSchema(LexiconEntrySchema), { caseSensitive: true }).entries;
export const NEGATORS = loadLexicon('office-negators.json', EntriesSchema(LexiconEntrySchema)).entries;
export const HELD_WHEN = loadLexicon('office-held-when.json', EntriesSchema(LexiconEntrySchema)).entries;
export const HONORIFICS = loadLexicon('person-honorifics.json', EntriesSchema(LexiconEntrySchema), { caseSensitive: true }).entries;
export const DEGREES = loadLexicon('person-degrees.json', EntriesSchema(LexiconEntrySchema), { caseSensitive: false }).entries;
export const RANKS = loadLexicon('person-ranks.json', EntriesSchema(LexiconEntrySchema)).entries;
/** Spellings of one given name ("Mohamad", "Muhammad"), lower case → the canonical's lower case. */
export const NAME_VARIANTS: ReadonlyMap<string, string> = new Map(
  loadLexicon('person-name-variants.json', EntriesSchema(LexiconEntrySchema)).entries.flatMap((e) =>
    [e.canonical, ...e.aliases].map((a) => [a.toLowerCase(), e.canonical.toLowerCase()] as [string, string]),
  ),
);
const RegionalUnitSchema = LexiconEntrySchema.extend({
  /** the agency's name follows the word ("Dinas Perhubungan"), or the word is the agency ("Dishub") */
  named: z.boolean(),
  /** the vocabulary institution the agency is part of ("Setda": the regional government's
   *  secretariat, Pemda), or null: an agency outside the vocabulary */
  institution: z.string().nullable().default(null),
});
export type RegionalUnitEntry = z.infer<typeof RegionalUnitSchema>;
export const REGIONAL_UNITS = loadLexicon('office-regional-units.json', EntriesSchema(RegionalUnitSchema)).entries;
const FIELD_WORDS = loadLexicon('office-fields.json', asEntries).entries.map((e) => e.id);
const CORPS = loadLexicon('person-rank-corps.json', asEntries).entries.map((e) => e.canonical);
const STOPWORDS = loadLexicon('person-stopwords.json', asEntries).entries.map((e) => e.id);
const COMMON_WORDS_RAW = loadLexicon('person-common-words.json', asEntries).entries.map((e) => e.id);
/** Words that lose their space and stick to the name before them in scraped news ("Bonepaikepada"). */
export const GLUED_WORDS: ReadonlySet<string> = new Set(loadLexicon('person-glued-words.json', asEntries).entries.map((e) => e.id));

/** A token sequence (lower case, as `tokenize` splits it) mapped to an entry. */
export interface Alias<E> {
  tokens: string[];
  entry: E;
  /** the alias as written in the lexicon */
  text: string;
}

/** Longest-first aliases keyed by their first token. */
export class AliasTrie<E> {
  private readonly byFirst = new Map<string, Alias<E>[]>();

  constructor(items: Iterable<[string, E]>) {
    for (const [text, entry] of items) {
      const tokens = tokenize(text).map((t) => t.text.toLowerCase());
      if (tokens.length === 0) continue;
      const list = this.byFirst.get(tokens[0]) ?? [];
      list.push({ tokens, entry, text });
      this.byFirst.set(tokens[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  /** The first tokens of the aliases (lower case): no alias matches where none of them is. */
  firstTokens(): string[] {
    return [...this.byFirst.keys()];
  }

  /** The longest alias whose tokens equal `lower[i..]`, or null. */
  match(lower: readonly string[], i: number): Alias<E> | null {
    // (past the last token: no alias; tested before reading, as a read past the end throws the
    // optimized code away)
    if (i < 0 || i >= lower.length) return null;
    const list = this.byFirst.get(lower[i]);
    if (!list) return null;
    for (const a of list) {
      if (i + a.tokens.length > lower.length) continue;
      let ok = true;
      for (let k = 1; k < a.tokens.length && ok; k++) ok = lower[i + k] === a.tokens[k];
      if (ok) return a;
    }
    return null;
  }
}

const withAliases = <E extends { canonical: string; aliases: string[] }>(entries: E[]): [string, E][] =>
  entries.flatMap((e) => [e.canonical, ...e.aliases].map((a) => [a, e] as [string, E]));

export const POSITION_TRIE = new AliasTrie(withAliases(POSITIONS));
export const MODIFIER_TRIE = new AliasTrie(withAliases(MODIFIERS));
/** State bodies outside the institution vocabulary: "Kepala BPS" is an office, its institution null. */
export const BODY_TRIE = new AliasTrie(withAliases(BODIES));
/** Agencies of a regional government: "Dinas Perhubungan", "Dishub", "BPBD" (outside the vocabulary: institution null). */
export const REGIONAL_UNIT_TRIE = new AliasTrie(withAliases(REGIONAL_UNITS));
/** Other countries: "Presiden Perancis", "Menteri Israel" are foreign offices. */
export const FOREIGN_TRIE = new AliasTrie(withAliases(FOREIGN));
export const NEGATOR_TRIE = new AliasTrie(withAliases(NEGATORS));
/** When an office is held, between it and its holder: "Bupati Kuantan Singingi saat itu, Sukarmis", "Presiden RI petahana Joko Widodo". */
export const HELD_WHEN_TRIE = new AliasTrie(withAliases(HELD_WHEN));
export const RANK_TRIE = new AliasTrie(withAliases(RANKS));

/** Department and field words: "Hukum", "Teknis", "Penyelenggaraan" (lower case). */
export const FIELDS = new Set(FIELD_WORDS);
/** Capitalized words that are never (part of) a person's name: "Senin", "Ia", "Kantor" (lower case). */
export const NAME_STOPWORDS = new Set(STOPWORDS);
/** Words news writes in lower case ("lebih", "posisi", "dipilih"): capitalized only by position. */
export const COMMON_WORDS = new Set(COMMON_WORDS_RAW);

/** A word news writes in lower case, or one with "-nya" ("Faktanya", "Pokoknya"): lower case. */
export const commonWord = (lower: string): boolean => COMMON_WORDS.has(lower) || (lower.length > 6 && lower.endsWith('nya') && COMMON_WORDS.has(lower.slice(0, -3)));

/**
 * Verbs news writes in lower case: "sebut" ("disebut" too), "tegaskan", "terseret". In a title-case
 * headline they follow the name ("Menag Yaqut Sebut ..."); no name word is one. (A set built once:
 * the name and field parsers ask for every capitalized word.)
 */
const VERBS = new Set(COMMON_WORDS_RAW.filter((w) => COMMON_WORDS.has(`di${w}`) || /kan$/.test(w) || /^(?:ter|ber|me|di)\p{Ll}{3}/u.test(w)));
export const verbWord = (lower: string): boolean => VERBS.has(lower);

/** A word of a department or portfolio: listed, or a common noun ("Mikro", "Sains", "Keluarga"); lower case. */
export const fieldWord = (lower: string): boolean => FIELDS.has(lower) || (COMMON_WORDS.has(lower) && !verbWord(lower));

/** Honorifics by their form without the final period, case-sensitive ("H", "Hj", "dr", "KH"). */
export const HONORIFIC_BY_FORM = new Map<string, (typeof HONORIFICS)[number]>();
for (const e of HONORIFICS) for (const a of [e.canonical, ...e.aliases]) HONORIFIC_BY_FORM.set(a.replace(/\.$/, ''), e);

/** Degrees by their key: letters only, lower case ("S.H." → "sh", "M.Si" → "msi"). */
export const DEGREE_BY_KEY = new Map<string, (typeof DEGREES)[number]>();
for (const e of DEGREES) for (const a of [e.canonical, ...e.aliases]) DEGREE_BY_KEY.set(degreeKey(a), e);

/** The lookup key of a degree: "S.H." → "sh", "M. Si" → "msi". */
export function degreeKey(s: string): string {
  return s.replace(/[^\p{L}]/gu, '').toLowerCase();
}

/** Damerau-Levenshtein distance ≤ 1 between two words (the shared linear check). */
export const oneEdit = withinOneEdit;

// title words of eight letters or more, for slips: "Sekretatis" → "sekretaris"
// (words of titles written out; not short forms such as "Sekdaprov", which a slip turns into
// another word: "Setdaprov" is the secretariat)
const LONG_TITLE_WORDS = [
  ...new Set(
    [...POSITIONS, ...MODIFIERS]
      .flatMap((e) => [e.canonical, ...e.aliases].filter((a) => /\s/.test(a) || (a === e.canonical && (e as { type?: string }).type !== 'implied')))
      .flatMap((a) => a.toLowerCase().split(/\s+/))
      .filter((w) => /^\p{L}{8,}$/u.test(w)),
  ),
];
const LONG_TITLE_SET = new Set(LONG_TITLE_WORDS);
/** Every word `titleSpelling` may return. */
export const TITLE_SLIP_WORDS: readonly string[] = LONG_TITLE_WORDS;
// by length, for the slip test (one letter for another keeps the length)
const LONG_TITLE_BY_LENGTH = new Map<number, string[]>();
for (const w of LONG_TITLE_WORDS) LONG_TITLE_BY_LENGTH.set(w.length, [...(LONG_TITLE_BY_LENGTH.get(w.length) ?? []), w]);
const NEGATOR_WORDS = new Set(NEGATORS.flatMap((e) => [e.canonical, ...e.aliases]).map((a) => a.toLowerCase()));

/**
 * The title word a capitalized word of eight letters or more misspells by one letter (same length)
 * ("Wakil Sekretatis Jenderal PKS" → "sekretaris"), or null. Long words only: a slip in a short
 * word is too often another word.
 */
export function titleSpelling(text: string, lower: string): string | null {
  // capitalized, the rest in lower case
  const same = lower.length >= 8 ? LONG_TITLE_BY_LENGTH.get(lower.length) : undefined;
  if (!same || text.charCodeAt(0) === lower.charCodeAt(0) || text.slice(1) !== lower.slice(1)) return null;
  if (LONG_TITLE_SET.has(lower) || NEGATOR_WORDS.has(lower)) return null;
  // the first two letters as written ("Cawalkot", a candidate, is no slip of "Wawalkot"); a
  // letter for another or two swapped, not one more or less ("President" is English)
  for (const w of same) if (w.charCodeAt(0) === lower.charCodeAt(0) && w.charCodeAt(1) === lower.charCodeAt(1) && oneEdit(w, lower)) return w;
  return null;
}

/** Corps written after a rank, without the final period ("Pol", "TNI", "Inf", "(Purn"). */
export const CORPS_FORMS = new Set(CORPS.map((c) => c.replace(/\.$/, '').replace(/^\(|\)$/g, '').toLowerCase()));
