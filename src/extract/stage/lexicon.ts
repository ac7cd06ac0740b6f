/**
 * The stage lexicons, loaded once: surface variants of each stage (`stage-variants.json`), the
 * words that make an article an election article, a foreign one or a domestic one, and the votes
 * that are not elections (`stage-context.json`; other countries also from the officials'
 * `office-foreign.json`), and the official schedules of Pemilu 2024 and Pilkada 2024
 * (`stage-schedule-2024.json`).
 */
import { z } from 'zod';
import { LexiconEntrySchema, loadLexicon } from '../../lexicon/load.js';
import { surfaceAlternation } from '../citation/lexicon.js';
import { leadingWord, wordAnchors, type WordAnchors } from '../word-anchors.js';

const VariantSchema = z.object({
  source: z.string(),
  entries: z.array(
    LexiconEntrySchema.extend({
      /** the stage id (shared/vocab/stages.tsv) */
      stage: z.string(),
      /** "election": only in an article about an election ("kampanye", "pencalonan") */
      context: z.enum(['any', 'election']),
    }),
  ),
});
export type StageVariant = z.infer<typeof VariantSchema>['entries'][number];

const ContextSchema = z.object({ source: z.string(), entries: z.array(LexiconEntrySchema) });

const ScheduleSchema = z.object({
  source: z.string(),
  schedules: z.array(z.object({ election: z.string(), regulation: z.string(), caveat: z.string(), file: z.string() })),
  entries: z.array(
    LexiconEntrySchema.extend({
      election: z.string(),
      /** stage ids the row belongs to (a row may cover two: "Penghitungan suara dan rekapitulasi") */
      stages: z.array(z.string()),
      start: z.string().nullable(),
      end: z.string().nullable(),
      confidence: z.string(),
      note: z.string().optional(),
      sources: z.array(z.string()),
    }),
  ),
});
export type ScheduleRow = z.infer<typeof ScheduleSchema>['entries'][number];

export const STAGE_VARIANTS: readonly StageVariant[] = loadLexicon('stage-variants.json', VariantSchema).entries;
// context words repeat across entries by design ("KPU" marks an election article and a domestic one)
const CONTEXT = loadLexicon('stage-context.json', ContextSchema, { caseSensitive: true, allowSharedAliases: true }).entries;
// canonical names repeat across the two elections ("Masa tenang"): no alias check
export const SCHEDULE = loadLexicon('stage-schedule-2024.json', ScheduleSchema, { allowSharedAliases: true });

/** The surface forms of a stage-context entry ("domestic", "foreign", ...). */
export function contextAliases(id: string): string[] {
  const e = CONTEXT.find((c) => c.id === id);
  if (!e) throw new Error(`stage-context.json: entry "${id}" missing`);
  return [e.canonical, ...e.aliases];
}

function contextPattern(id: string, flags = 'u'): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${surfaceAlternation(contextAliases(id))})(?![\p{L}\p{N}])`, flags);
}

/**
 * Where a match of contextPattern(id) may start: the leading word of one of its aliases, a whole
 * run of letters (the pattern allows no letter or digit before, and a space, hyphen or
 * apostrophe, or no letter or digit, after it).
 */
function contextAnchors(id: string): WordAnchors {
  return wordAnchors({ word: contextAliases(id).map((a) => leadingWord(a).word) });
}

// other countries as the officials' lexicon names them (read only: its owner keeps it)
const OFFICE_FOREIGN = loadLexicon('office-foreign.json', ContextSchema.extend({ source: z.string().optional() }), { caseSensitive: true }).entries;
/** Every other country and foreign figure: the "foreign" context words and the officials' list. */
export const FOREIGN_ALIASES: readonly string[] = [...contextAliases('foreign'), ...OFFICE_FOREIGN.flatMap((e) => [e.canonical, ...e.aliases])];
const COUNTRIES = surfaceAlternation([...FOREIGN_ALIASES]);

/** Words of an election article: "Pemilu", "Pilkada", "KPU", "paslon". */
export const ELECTION_WORDS = contextPattern('election');
/** Where ELECTION_WORDS may match. */
export const ELECTION_ANCHORS = contextAnchors('election');
/** Words of a foreign setting: "Amerika Serikat", "Trump", "Belanda". */
export const FOREIGN_WORDS = contextPattern('foreign');
/** Indonesians and Indonesian bodies abroad: "KBRI", "PPLN", "WNI", "di luar negeri". */
export const ABROAD_WORDS = contextPattern('abroad');
/** Every other country and foreign figure, for counting in a whole article (global). */
export const ANY_FOREIGN = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${COUNTRIES})(?![\p{L}\p{N}])`, 'gu');
/** Indonesian bodies, elections, parties and figures: "KPU", "pilkada", "PDIP" (global). */
export const DOMESTIC_WORDS = contextPattern('domestic', 'gu');
/** Words of an Indonesian setting that foreign news also uses: "Indonesia", "Pilpres", "Jakarta" (global). */
export const DOMESTIC_WEAK_WORDS = contextPattern('domestic-weak', 'gu');
/** Right after a domestic word, a country makes it foreign: "DPR AS", "Parlemen Inggris" (sticky). */
export const COUNTRY_AFTER = new RegExp(String.raw`\s+(?:${COUNTRIES})(?![\p{L}\p{N}])`, 'uy');
/** Bodies and matters decided by a vote that is not an election: "Senat", "paripurna", "(voting)". */
export const NON_ELECTION_VOTE = contextPattern('non-election-vote');
