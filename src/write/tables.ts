/**
 * The CSV tables: one definition per table (column name, Table Schema type, description, and how
 * to read it from an article record). The CSV writer and datapackage.json both come from here.
 */
import type { ArticleRecord, Fact } from '../types.js';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime';

export interface Column<R> {
  name: string;
  type: FieldType;
  description: string;
  get(row: R): string | number | boolean | null;
}

export interface Table<R> {
  name: string;
  path: string;
  title: string;
  description: string;
  rows(record: ArticleRecord): R[];
  columns: Column<R>[];
  primaryKey?: string[];
}

type FactRow<F extends Fact> = { record: ArticleRecord; fact: F };

// (most lists are empty or hold one entry: join only longer ones)
const list = (xs: readonly string[]) => (xs.length === 0 ? '' : xs.length === 1 ? xs[0] : xs.join('; '));

/** Columns shared by every fact table: where the fact is and why it was extracted. */
function evidenceColumns<F extends Fact>(): Column<FactRow<F>>[] {
  return [
    { name: 'start', type: 'integer', description: 'offset of the first character of the fact in the normalized article text (articles.jsonl "text")', get: (r) => r.fact.start },
    { name: 'end', type: 'integer', description: 'offset after the last character (exclusive)', get: (r) => r.fact.end },
    { name: 'text', type: 'string', description: 'the fact exactly as written in the article', get: (r) => r.fact.text },
    { name: 'confidence', type: 'number', description: 'rule confidence, 0..1', get: (r) => r.fact.confidence },
    { name: 'flags', type: 'string', description: 'fact-checking signals, "; "-separated (e.g. weekday-mismatch)', get: (r) => list(r.fact.flags) },
    { name: 'implied', type: 'string', description: 'value fields inferred rather than stated, "; "-separated (e.g. year)', get: (r) => list(r.fact.evidence.implied) },
    { name: 'rule', type: 'string', description: 'id of the extraction rule', get: (r) => r.fact.evidence.rule },
    { name: 'lexicon', type: 'string', description: 'lexicon entries used, "; "-separated', get: (r) => list(r.fact.evidence.lexicon) },
    { name: 'sentence_index', type: 'integer', description: 'index of the evidence sentence in the article', get: (r) => r.fact.evidence.sentence },
    { name: 'sentence', type: 'string', description: 'the evidence sentence', get: (r) => r.fact.evidence.sentenceText },
    { name: 'mentions', type: 'integer', description: 'how many times the article states this fact (offsets of each in articles.jsonl)', get: (r) => r.fact.mentions.length },
  ];
}

const articleId = <F extends Fact>(): Column<FactRow<F>> => ({
  name: 'article_id',
  type: 'string',
  description: 'id of the article (articles.csv article_id)',
  get: (r) => r.record.id,
});

function factTable<F extends Fact>(
  name: string,
  field: 'dates' | 'officials' | 'institutions' | 'stages' | 'citations',
  description: string,
  valueColumns: Column<FactRow<F>>[],
): Table<FactRow<F>> {
  return {
    name,
    path: `${name}.csv`,
    title: name,
    description,
    rows: (record) => (record[field] as unknown as F[]).map((fact) => ({ record, fact })),
    columns: [articleId<F>(), ...valueColumns, ...evidenceColumns<F>()],
  };
}

type DateF = Extract<Fact, { kind: 'date' }>;
type OfficialF = Extract<Fact, { kind: 'official' }>;
type InstitutionF = Extract<Fact, { kind: 'institution' }>;
type StageF = Extract<Fact, { kind: 'stage' }>;
type CitationF = Extract<Fact, { kind: 'citation' }>;

export const articlesTable: Table<ArticleRecord> = {
  name: 'articles',
  path: 'articles.csv',
  title: 'articles',
  description: 'One row per article read, with its metadata and fact counts.',
  rows: (record) => [record],
  primaryKey: ['article_id'],
  columns: [
    { name: 'article_id', type: 'string', description: 'stable id: the input id field, else the path relative to the input root', get: (r) => r.id },
    { name: 'source_path', type: 'string', description: 'input file the article came from', get: (r) => r.source.path },
    { name: 'source_line', type: 'integer', description: 'line in a JSONL archive (1-based), empty otherwise', get: (r) => r.source.line },
    { name: 'format', type: 'string', description: 'reader: txt, html or jsonl', get: (r) => r.source.format },
    { name: 'title', type: 'string', description: 'article title', get: (r) => r.title },
    { name: 'url', type: 'string', description: 'canonical URL when known', get: (r) => r.url },
    { name: 'published', type: 'string', description: 'publication time, ISO 8601 (date or date and time)', get: (r) => r.published },
    { name: 'published_raw', type: 'string', description: 'publication time as the source wrote it', get: (r) => r.publishedRaw },
    { name: 'publisher', type: 'string', description: 'publisher from the dateline', get: (r) => r.publisher },
    { name: 'place', type: 'string', description: 'place from the dateline', get: (r) => r.place },
    { name: 'sha256', type: 'string', description: 'sha256 of the normalized text', get: (r) => r.sha256 },
    { name: 'dates', type: 'integer', description: 'number of date facts', get: (r) => r.dates.length },
    { name: 'officials', type: 'integer', description: 'number of official facts', get: (r) => r.officials.length },
    { name: 'institutions', type: 'integer', description: 'number of institution facts', get: (r) => r.institutions.length },
    { name: 'stages', type: 'integer', description: 'number of stage facts', get: (r) => r.stages.length },
    { name: 'citations', type: 'integer', description: 'number of citation facts', get: (r) => r.citations.length },
    { name: 'warnings', type: 'integer', description: 'number of warning messages on the article', get: (r) => r.messages.filter((m) => m.level !== 'info').length },
  ],
};

export const datesTable = factTable<DateF>('dates', 'dates', 'Dates: every calendar day, month or interval the article names.', [
  { name: 'value', type: 'string', description: 'ISO 8601: 2023-06-20, 2023-02 (month), 2023-02-06/2023-02-26 (interval), 2023-02-14T11:13', get: (r) => r.fact.value },
  { name: 'granularity', type: 'string', description: 'day, month, datetime or interval', get: (r) => r.fact.granularity },
  { name: 'weekday', type: 'string', description: 'weekday as stated', get: (r) => r.fact.weekday },
  { name: 'zone', type: 'string', description: 'time zone as stated (WIB, WITA, WIT)', get: (r) => r.fact.zone },
  { name: 'modifier', type: 'string', description: 'awal, pertengahan, akhir (part of the month)', get: (r) => r.fact.modifier },
  { name: 'relative', type: 'string', description: 'relative expression resolved against the reference date', get: (r) => r.fact.relative },
]);

export const officialsTable = factTable<OfficialF>('officials', 'officials', 'Officials: a named person with the office they hold.', [
  { name: 'name', type: 'string', description: 'name without honorifics, degrees or ranks', get: (r) => r.fact.name },
  { name: 'position', type: 'string', description: 'office as written, title case', get: (r) => r.fact.position },
  { name: 'institution', type: 'string', description: 'institution id (institutions.csv id)', get: (r) => r.fact.institution },
  { name: 'region', type: 'string', description: 'Kemendagri region code; empty for national offices', get: (r) => r.fact.region },
  { name: 'honorifics', type: 'string', description: 'honorifics and degrees stated with the name, "; "-separated', get: (r) => list(r.fact.honorifics) },
  { name: 'rank', type: 'string', description: 'police or military rank', get: (r) => r.fact.rank },
]);

export const institutionsTable = factTable<InstitutionF>('institutions', 'institutions', 'Institutions the article mentions, bound to their region.', [
  { name: 'id', type: 'string', description: 'institution id (KPU, Bawaslu, Pemda, partai:PDIP ...)', get: (r) => r.fact.id },
  { name: 'region', type: 'string', description: 'Kemendagri region code; empty when national or not stated', get: (r) => r.fact.region },
  { name: 'name', type: 'string', description: 'the name as written', get: (r) => r.fact.name },
]);

export const stagesTable = factTable<StageF>('stages', 'stages', 'Election stages (tahapan) the article mentions.', [
  { name: 'id', type: 'string', description: 'stage id (pemutakhiran-data-pemilih, kampanye ...)', get: (r) => r.fact.id },
  { name: 'election', type: 'string', description: 'the election it belongs to, when stated', get: (r) => r.fact.election },
  { name: 'dates', type: 'string', description: 'ISO values of the dates stated with the stage, "; "-separated', get: (r) => list(r.fact.dates) },
]);

export const citationsTable = factTable<CitationF>('citations', 'citations', 'Legal citations: instrument and pinpoint.', [
  { name: 'instrument', type: 'string', description: 'canonical instrument: UU 7/2017, PKPU 3/2022, PUTUSAN-MK 90/PUU-XXI/2023, UUD 1945, KUHP', get: (r) => r.fact.instrument },
  { name: 'instrument_kind', type: 'string', description: 'UU, UUD, PERPPU, PP, PERPRES, PKPU, PERBAWASLU, PUTUSAN-MK, KUHP ...', get: (r) => r.fact.instrumentKind },
  { name: 'pasal', type: 'string', description: 'article (Pasal) number', get: (r) => r.fact.pasal },
  { name: 'ayat', type: 'string', description: 'paragraph (ayat) number', get: (r) => r.fact.ayat },
  { name: 'huruf', type: 'string', description: 'letter (huruf)', get: (r) => r.fact.huruf },
  { name: 'title', type: 'string', description: 'the "tentang ..." title when stated', get: (r) => r.fact.title },
  { name: 'resolved', type: 'boolean', description: 'true when parts were inherited from an earlier citation or a short title', get: (r) => r.fact.resolved },
]);

/** The tables in the order they are written and listed in datapackage.json. */
export const TABLES: Table<any>[] = [articlesTable, datesTable, officialsTable, institutionsTable, stagesTable, citationsTable];
