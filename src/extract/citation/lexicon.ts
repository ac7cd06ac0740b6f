/**
 * The citation lexicons, loaded once: instrument kinds (`law-kinds.json`: "Undang-Undang", "PKPU",
 * "Peraturan Wali Kota" ...) and the main election instruments (`law-instruments.json`: titles,
 * short titles such as "UU Pemilu", amendment relations), plus the helpers that turn their
 * aliases into regex sources.
 */
import { z } from 'zod';
import { escapeRegExp, LexiconEntrySchema, loadLexicon } from '../../lexicon/load.js';

const LawKindSchema = z.object({
  source: z.string(),
  entries: z.array(
    LexiconEntrySchema.extend({
      /** kinds the gold contract scores (UU, PKPU ...); the others are extracted with their own kind */
      scored: z.boolean(),
      /** words that, with "tersebut/itu/ini", point back to an instrument of this kind: "UU tersebut" */
      anaphors: z.array(z.string()),
    }),
  ),
});
export type LawKind = z.infer<typeof LawKindSchema>['entries'][number];

const LawInstrumentSchema = z.object({
  source: z.string(),
  entries: z.array(
    LexiconEntrySchema.extend({
      kind: z.string(),
      number: z.string(),
      year: z.number().int(),
      title: z.string().nullable(),
      /** canonical id of the instrument this one amends ("Perubahan atas ...") */
      amends: z.string().nullable(),
      /** canonical id of the Perppu this law enacts ("Penetapan Perppu ... menjadi Undang-Undang") */
      enacts: z.string().nullable(),
      revokedBy: z.string().nullable(),
      /** first publication date (YYYY-MM-DD) on which the short titles (aliases) can only mean this instrument */
      shortTitleFrom: z.string().nullable(),
      status: z.string(),
      note: z.string().optional(),
      sources: z.array(z.string()),
    }),
  ),
});
export type LawInstrument = z.infer<typeof LawInstrumentSchema>['entries'][number];

export const LAW_KINDS: readonly LawKind[] = loadLexicon('law-kinds.json', LawKindSchema).entries;
export const LAW_INSTRUMENTS: readonly LawInstrument[] = loadLexicon('law-instruments.json', LawInstrumentSchema).entries;
export const INSTRUMENT_BY_ID: ReadonlyMap<string, LawInstrument> = new Map(LAW_INSTRUMENTS.map((e) => [e.id, e]));

// An acronym ("UU", "PKPU", "UU.") is matched exactly: "Uu" is a given name ("Uu Ruzhanul Ulum").
const isAcronym = (w: string): boolean => /^[A-Z0-9.]{2,}$/.test(w) && /[A-Z]/.test(w);
const HYPHEN = '(?:\\s*[-‐–]\\s*|\\s+)';

/**
 * Regex source for one alias: acronyms exact, other words in any case, a hyphen also written as
 * " - " or a space ("Undang - undang", "Undang Undang"), any whitespace between words.
 */
export function surfacePattern(alias: string): string {
  return alias
    .trim()
    .split(/\s+/)
    .map((word) =>
      word
        .split('-')
        .map((part) => (isAcronym(part) ? escapeRegExp(part) : [...part].map((ch) => (/\p{L}/u.test(ch) && ch.toLowerCase() !== ch.toUpperCase() ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : escapeRegExp(ch))).join('')))
        .join(HYPHEN),
    )
    .join('\\s+');
}

/** Alternation of aliases, longest first, for use inside a group. */
export function surfaceAlternation(aliases: Iterable<string>): string {
  return [...new Set(aliases)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(surfacePattern)
    .join('|');
}

/** The key under which a surface form is looked up: lower case, hyphens and spaces as one space. */
export function surfaceKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/\s*[-‐–]\s*|\s+/g, ' ')
    .replace(/\.$/, '')
    .trim();
}

/** Kind id by surface key: "undang undang" -> UU, "peraturan kpu" -> PKPU. */
export const KIND_BY_SURFACE: ReadonlyMap<string, string> = new Map(LAW_KINDS.flatMap((k) => [k.canonical, ...k.aliases].map((a) => [surfaceKey(a), k.id] as const)));
/** Kind id by anaphor word: "undang undang" -> UU, "perppu" -> PERPPU. */
export const KIND_BY_ANAPHOR: ReadonlyMap<string, string> = new Map(LAW_KINDS.flatMap((k) => k.anaphors.map((a) => [surfaceKey(a), k.id] as const)));

/** Ordinal words used for ayat: "di ayat kedua". */
export const ORDINALS: Readonly<Record<string, string>> = {
  pertama: '1',
  kesatu: '1',
  kedua: '2',
  ketiga: '3',
  keempat: '4',
  kelima: '5',
  keenam: '6',
  ketujuh: '7',
  kedelapan: '8',
  kesembilan: '9',
  kesepuluh: '10',
};
export const ORDINAL_ALT = Object.keys(ORDINALS).join('|');
