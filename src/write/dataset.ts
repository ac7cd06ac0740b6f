/**
 * Writes a dataset directory: articles.jsonl, the six CSV tables, errors.jsonl,
 * datapackage.json and manifest.json. Every file is written under a temporary name and renamed
 * on `close()`, so an interrupted run leaves no complete-looking half file.
 */
import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { AtomicFile } from './atomic-file.js';
import { neutralizeCell } from './csv-cell.js';
import { TABLES, type Table } from './tables.js';
import { buildDatapackage } from './datapackage.js';
import type { ArticleRecord, ErrorRecord } from '../types.js';

export type OutputFormat = 'jsonl' | 'csv';

export interface DatasetOptions {
  out: string;
  formats: ReadonlySet<OutputFormat>;
  /** UTF-8 BOM on CSVs so that Excel detects the encoding */
  excel: boolean;
  version: string;
}

const CSV_OPTIONS = {
  record_delimiter: 'windows' as const, // RFC 4180: CRLF
  // csv-stringify quotes only fields holding the record delimiter (CRLF); a bare LF from article
  // text ("line\nbreak") must be quoted too or spreadsheets split the row
  quoted_match: /[\r\n]/,
  cast: { boolean: (v: boolean) => (v ? 'true' : 'false') },
};

/** One CSV line (RFC 4180 quoting, formula injection neutralized). */
export function csvLine(cells: Array<string | number | boolean | null>): string {
  return stringify([cells.map(neutralizeCell)], CSV_OPTIONS);
}

function csvRows(table: Table<unknown>, record: ArticleRecord): string {
  const rows = table.rows(record);
  if (rows.length === 0) return '';
  return stringify(
    rows.map((r) => table.columns.map((c) => neutralizeCell(c.get(r)))),
    CSV_OPTIONS,
  );
}

export class DatasetWriter {
  private files = new Map<string, AtomicFile>();
  counts = { articles: 0, errors: 0, facts: { dates: 0, officials: 0, institutions: 0, stages: 0, citations: 0 } };

  constructor(readonly options: DatasetOptions) {
    mkdirSync(options.out, { recursive: true });
    if (options.formats.has('jsonl')) this.open('articles.jsonl');
    if (options.formats.has('csv')) {
      for (const t of TABLES) {
        const f = this.open(t.path);
        if (options.excel) f.write('\ufeff');
        f.write(csvLine(t.columns.map((c) => c.name)));
      }
    }
    this.open('errors.jsonl');
  }

  private open(name: string): AtomicFile {
    const f = new AtomicFile(join(this.options.out, name));
    this.files.set(name, f);
    return f;
  }

  /** Append one validated article record to every dataset file. */
  write(record: ArticleRecord, jsonLine?: string): void {
    this.counts.articles++;
    for (const k of Object.keys(this.counts.facts) as (keyof typeof this.counts.facts)[]) this.counts.facts[k] += record[k].length;
    this.files.get('articles.jsonl')?.write(jsonLine ?? `${JSON.stringify(record)}\n`);
    if (this.options.formats.has('csv')) {
      for (const t of TABLES) {
        const rows = csvRows(t, record);
        if (rows) this.files.get(t.path)!.write(rows);
      }
    }
  }

  writeError(error: ErrorRecord): void {
    this.counts.errors++;
    this.files.get('errors.jsonl')!.write(`${JSON.stringify(error)}\n`);
  }

  /** Rename every file into place, then write datapackage.json and manifest.json. */
  close(manifest: Record<string, unknown>): void {
    for (const f of this.files.values()) f.commit();
    writeJsonAtomic(join(this.options.out, 'datapackage.json'), buildDatapackage({ version: this.options.version, excel: this.options.excel, formats: this.options.formats }));
    writeJsonAtomic(join(this.options.out, 'manifest.json'), manifest);
  }

  /** Drop every temporary file (a failed run). */
  discard(): void {
    for (const f of this.files.values()) f.discard();
  }
}

export function writeJsonAtomic(path: string, value: unknown): void {
  const tmp = `${path}.partial`;
  writeFileSync(tmp, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(tmp, path);
}
