/**
 * The stage lexicons, loaded once: surface variants of each stage (`stage-variants.json`), the
 * words that make an article an election article or a foreign one (`stage-context.json`), and the
 * official schedules of Pemilu 2024 and Pilkada 2024 (`stage-schedule-2024.json`).
 */
import { z } from 'zod';
import { LexiconEntrySchema, loadLexicon } from '../../lexicon/load.js';
import { surfaceAlternation } from '../citation/lexicon.js';

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
const CONTEXT = loadLexicon('stage-context.json', ContextSchema, { caseSensitive: true }).entries;
// canonical names repeat across the two elections ("Masa tenang"): no alias check
export const SCHEDULE = loadLexicon('stage-schedule-2024.json', ScheduleSchema, { allowSharedAliases: true });

function contextPattern(id: string): RegExp {
  const e = CONTEXT.find((c) => c.id === id);
  if (!e) throw new Error(`stage-context.json: entry "${id}" missing`);
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${surfaceAlternation([e.canonical, ...e.aliases])})(?![\p{L}\p{N}])`, 'u');
}

/** Words of an election article: "Pemilu", "Pilkada", "KPU", "paslon". */
export const ELECTION_WORDS = contextPattern('election');
/** Words of a foreign setting: "Amerika Serikat", "Trump", "Belanda". */
export const FOREIGN_WORDS = contextPattern('foreign');
