/**
 * The fact model: the zod schemas here are the single source of truth. `npm run schemas` turns
 * them into `schemas/*.schema.json`, and every record is validated against them before it is
 * written. Value field names per kind follow the contract of `shared/gold/README.md`.
 */
import { z } from 'zod';

/** Where an article came from: a file (with a 1-based line for JSONL archives) or stdin. */
export const SourceSchema = z.object({
  path: z.string().describe('input path as given (joined with the path inside a folder), or "-" for stdin'),
  line: z.number().int().positive().nullable().describe('1-based line number inside a JSONL archive'),
  format: z.enum(['txt', 'html', 'jsonl']).describe('reader that produced the article'),
});
export type Source = z.infer<typeof SourceSchema>;

/** A positioned note on an article, in the vfile manner: info, warning or fatal (skips the article). */
export const MessageSchema = z.object({
  level: z.enum(['info', 'warning', 'fatal']),
  code: z.string().describe('stable machine-readable reason, e.g. "date/weekday-mismatch"'),
  message: z.string(),
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
});
export type Message = z.infer<typeof MessageSchema>;

/** How a fact was found: enough for a fact-checker to verify it in seconds. */
export const EvidenceSchema = z.object({
  rule: z.string().describe('id of the extractor rule, e.g. "date/weekday-numeric"'),
  sentence: z.number().int().nonnegative().describe('index of the evidence sentence in the article'),
  sentenceText: z.string().describe('the evidence sentence, exactly as in the normalized text'),
  lexicon: z.array(z.string()).describe('ids of the lexicon entries the rule used'),
  implied: z.array(z.string()).describe('value fields that were inferred rather than stated (e.g. "year")'),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** A further place where the same fact is stated. */
export const MentionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  sentence: z.number().int().nonnegative(),
});
export type Mention = z.infer<typeof MentionSchema>;

const factBase = {
  start: z.number().int().nonnegative().describe('offset of the first character in the normalized article text'),
  end: z.number().int().nonnegative().describe('offset after the last character (exclusive)'),
  text: z.string().describe('exactly article.text.slice(start, end)'),
  evidence: EvidenceSchema,
  confidence: z.number().min(0).max(1),
  flags: z.array(z.string()).describe('fact-checking signals, e.g. "weekday-mismatch"'),
  mentions: z.array(MentionSchema).describe('every mention of this fact, the first included'),
};

/** A calendar day, month, interval or day+time. */
export const DateFactSchema = z.object({
  kind: z.literal('date'),
  value: z.string().describe('ISO 8601: 2023-06-20, 2023-02, 2023-02-06/2023-02-26, 2023-02-14T11:13'),
  granularity: z.enum(['day', 'month', 'datetime', 'interval']),
  zone: z.string().nullable().describe('time zone as stated: WIB, WITA, WIT'),
  modifier: z.string().nullable().describe('awal, pertengahan, akhir: part of the month'),
  weekday: z.string().nullable().describe('weekday as stated, normalized (Senin..Minggu)'),
  relative: z.string().nullable().describe('relative expression resolved against the reference date'),
  ...factBase,
});
export type DateFact = z.infer<typeof DateFactSchema>;

/** A person holding an office. */
export const OfficialFactSchema = z.object({
  kind: z.literal('official'),
  name: z.string().describe('the person\'s name without honorifics, degrees or ranks, fullest form in the article'),
  position: z.string().describe('office head words in title case: Ketua, Wakil Ketua, Pj Walikota, Kepala'),
  institution: z.string().nullable().describe('institution id (shared vocabulary) or null'),
  region: z.string().nullable().describe('Kemendagri region code or null for national offices'),
  honorifics: z.array(z.string()).describe('titles and degrees stated with the name: H., Dr., S.H., M.Si.'),
  rank: z.string().nullable().describe('police/military rank: Brigjen Pol., AKBP, Kolonel Inf.'),
  ...factBase,
});
export type OfficialFact = z.infer<typeof OfficialFactSchema>;

/** A body the article mentions, bound to its region. */
export const InstitutionFactSchema = z.object({
  kind: z.literal('institution'),
  id: z.string().describe('institution id: KPU, Bawaslu, Pemda, partai:PDIP ...'),
  region: z.string().nullable().describe('Kemendagri region code, null when national or not stated'),
  name: z.string().describe('the surface name as written'),
  ...factBase,
});
export type InstitutionFact = z.infer<typeof InstitutionFactSchema>;

/** An election stage (tahapan). */
export const StageFactSchema = z.object({
  kind: z.literal('stage'),
  id: z.string().describe('stage id from the stage vocabulary'),
  election: z.string().nullable().describe('the election it belongs to when stated: "Pemilu 2024", "Pilkada 2024"'),
  dates: z.array(z.string()).describe('ISO values of dates stated with the stage in the same clause'),
  ...factBase,
});
export type StageFact = z.infer<typeof StageFactSchema>;

/** A reference to a legal instrument, with its pinpoint. */
export const CitationFactSchema = z.object({
  kind: z.literal('citation'),
  instrument: z.string().describe('canonical KIND NUMBER/YEAR: UU 7/2017, PKPU 3/2022, PUTUSAN-MK 90/PUU-XXI/2023, UUD 1945, KUHP'),
  instrumentKind: z.string().describe('UU, UUD, PERPPU, PP, PERPRES, PERMENDAGRI, PKPU, PERBAWASLU, PUTUSAN-MK, KUHP, KUHAP, or another kind'),
  pasal: z.string().nullable(),
  ayat: z.string().nullable(),
  huruf: z.string().nullable(),
  title: z.string().nullable().describe('the "tentang ..." title when stated'),
  resolved: z.boolean().describe('true when parts were inherited from an earlier citation or a short title'),
  ...factBase,
});
export type CitationFact = z.infer<typeof CitationFactSchema>;

export const FactSchema = z.discriminatedUnion('kind', [
  DateFactSchema,
  OfficialFactSchema,
  InstitutionFactSchema,
  StageFactSchema,
  CitationFactSchema,
]);
export type Fact = z.infer<typeof FactSchema>;
export type FactKind = Fact['kind'];
export type FactOf<K extends FactKind> = Extract<Fact, { kind: K }>;

/** An article as read by ingestion, before extraction. */
export const ArticleSchema = z.object({
  id: z.string().min(1),
  source: SourceSchema,
  sha256: z.string().describe('sha256 (hex) of the normalized text'),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable().describe('publication time, ISO 8601'),
  publishedRaw: z.string().nullable().describe('publication time as the source wrote it'),
  publisher: z.string().nullable(),
  place: z.string().nullable().describe('dateline place: "BANDAR LAMPUNG"'),
  text: z.string().describe('the normalized text all offsets refer to'),
  meta: z.record(z.string(), z.unknown()).describe('input fields pilah does not interpret'),
});
export type Article = z.infer<typeof ArticleSchema>;

/** One line of articles.jsonl: the article with its facts. */
export const ArticleRecordSchema = ArticleSchema.extend({
  text: z.string().optional(),
  dates: z.array(DateFactSchema),
  officials: z.array(OfficialFactSchema),
  institutions: z.array(InstitutionFactSchema),
  stages: z.array(StageFactSchema),
  citations: z.array(CitationFactSchema),
  messages: z.array(MessageSchema),
});
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;

/** One line of errors.jsonl: an input that could not become an article. */
export const ErrorRecordSchema = z.object({
  source: SourceSchema.extend({ format: z.string() }),
  id: z.string().nullable(),
  code: z.string(),
  reason: z.string(),
});
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;

/** The output arrays of a record, by fact kind. */
export const KIND_FIELDS = {
  date: 'dates',
  official: 'officials',
  institution: 'institutions',
  stage: 'stages',
  citation: 'citations',
} as const satisfies Record<FactKind, keyof ArticleRecord>;
