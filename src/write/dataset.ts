/**
 * Writes a dataset directory: articles.jsonl, the six CSV tables, errors.jsonl,
 * datapackage.json and manifest.json. Every file is written under a temporary name
 * (`<file>.partial`) and renamed on `close()`, so an interrupted run leaves no complete-looking
 * half file, and a new run never mixes its files with those of an earlier completed run:
 * manifest.json (written last) is removed before the renames, and dataset files this run does
 * not produce are removed with it.
 *
 * Records are serialized by `serializeRecord()` into per-file strings: in worker threads for
 * parallel runs (`writeChunk()` then appends the bytes), or here by `write()`.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { AtomicFile } from './atomic-file.js';
import { neutralizeCell } from './csv-cell.js';
import { TABLES, type Table } from './tables.js';
import { buildDatapackage } from './datapackage.js';
import type { ArticleRecord, ErrorRecord } from '../types.js';

export type OutputFormat = 'jsonl' | 'csv';

export const ARTICLES_JSONL = 'articles.jsonl';
export const ERRORS_JSONL = 'errors.jsonl';
export const MANIFEST_JSON = 'manifest.json';
export const DATAPACKAGE_JSON = 'datapackage.json';

export interface DatasetOptions {
  out: string;
  formats: ReadonlySet<OutputFormat>;
  /** UTF-8 BOM on CSVs so that Excel detects the encoding */
  excel: boolean;
  version: string;
  /** reopen the temporary files of an interrupted run, truncated to these byte lengths */
  resume?: Readonly<Record<string, number>>;
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

const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/**
 * One CSV cell, byte for byte what csv-stringify writes with CSV_OPTIONS (a test compares the
 * two), without its per-call set-up: the fact tables have hundreds of thousands of rows.
 */
function csvCell(value: string | number | boolean | null | undefined): string {
  if (typeof value === 'string') {
    // neutralizeCell changes only a cell that starts with one of = + - @ tab CR
    const c = value.charCodeAt(0);
    const s = c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40 || c === 0x09 || c === 0x0d ? (neutralizeCell(value) as string) : value;
    return NEEDS_QUOTES.test(s) ? `"${s.replace(QUOTE, '""')}"` : s;
  }
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  // numbers are never neutralized, and their digits, signs, "." and "e" need no quotes
  return String(value);
}

/** CSV lines of a table: same bytes as `csvLine()` per row. */
export function csvRows<R>(table: Table<R>, record: ArticleRecord): string {
  const rows = table.rows(record);
  if (rows.length === 0) return '';
  const cols = table.columns;
  let out = '';
  for (const r of rows) {
    for (let i = 0; i < cols.length; i++) out += i === 0 ? csvCell(cols[i].get(r)) : `,${csvCell(cols[i].get(r))}`;
    out += '\r\n';
  }
  return out;
}

/** The files of a dataset in a fixed order: articles.jsonl, the CSV tables, errors.jsonl. */
export function datasetFiles(formats: ReadonlySet<OutputFormat>): string[] {
  return [...(formats.has('jsonl') ? [ARTICLES_JSONL] : []), ...(formats.has('csv') ? TABLES.map((t) => t.path) : []), ERRORS_JSONL];
}

/** Every file name a dataset directory may hold, whatever the formats. */
const ALL_FILES = [ARTICLES_JSONL, ...TABLES.map((t) => t.path), ERRORS_JSONL, DATAPACKAGE_JSON, MANIFEST_JSON];

/** What a file starts with before any record: the CSV header line (with a BOM under --excel). */
function fileHeader(name: string, excel: boolean): string {
  const t = TABLES.find((t) => t.path === name);
  if (!t) return '';
  return `${excel ? '\ufeff' : ''}${csvLine(t.columns.map((c) => c.name))}`;
}

/** The text each dataset file gets for one article record, keyed by file name. */
export function serializeRecord(record: ArticleRecord, formats: ReadonlySet<OutputFormat>, out: ChunkSink): void {
  if (formats.has('jsonl')) {
    // the line break apart: `${json}\n` would be a second copy of the record's JSON to encode
    out.add(ARTICLES_JSONL, JSON.stringify(record));
    out.add(ARTICLES_JSONL, '\n');
  }
  if (formats.has('csv')) {
    for (const t of TABLES) {
      const rows = csvRows(t, record);
      if (rows) out.add(t.path, rows);
    }
  }
}

/** The errors.jsonl line of an input that did not become an article record. */
export function serializeError(error: ErrorRecord, out: ChunkSink): void {
  out.add(ERRORS_JSONL, `${JSON.stringify(error)}\n`);
}

const EMPTY = Buffer.alloc(0);

export interface ChunkSink {
  add(file: string, text: string): void;
}

/**
 * Serialized output of a batch: the text per file, packed into one byte buffer so that a worker
 * thread hands it over without a copy (`{bytes, files: [name, byteLength][]}`). Each text is
 * encoded to UTF-8 as it comes (one pass, and the string can go at once; Buffer#write encodes
 * ~3 times faster than TextEncoder#encodeInto, same bytes, a lone surrogate included: U+FFFD);
 * `pack()` copies the bytes of every file into one buffer.
 */
export class Chunks implements ChunkSink {
  private files = new Map<string, { bytes: Buffer; length: number }>();

  add(file: string, text: string): void {
    let f = this.files.get(file);
    if (!f) {
      f = { bytes: EMPTY, length: 0 };
      this.files.set(file, f);
    }
    // a UTF-16 code unit takes at most 3 UTF-8 bytes (a surrogate pair: 4 for 2 units)
    const need = f.length + 3 * text.length;
    if (need > f.bytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(need, 2 * f.bytes.length, 1 << 14));
      f.bytes.copy(bigger, 0, 0, f.length);
      f.bytes = bigger;
    }
    // texts are whole JSON lines or CSV rows: no surrogate pair is split between two of them
    f.length += f.bytes.write(text, f.length);
  }

  pack(): PackedChunks {
    let total = 0;
    for (const f of this.files.values()) total += f.length;
    const bytes = new Uint8Array(total);
    const files: Array<[string, number]> = [];
    let at = 0;
    for (const [name, f] of this.files) {
      bytes.set(f.bytes.subarray(0, f.length), at);
      files.push([name, f.length]);
      at += f.length;
    }
    return { bytes, files };
  }
}

export interface PackedChunks {
  bytes: Uint8Array;
  files: Array<[string, number]>;
}

export class DatasetWriter {
  private files = new Map<string, AtomicFile>();
  counts = { articles: 0, errors: 0, facts: { dates: 0, officials: 0, institutions: 0, stages: 0, citations: 0 } };

  constructor(readonly options: DatasetOptions) {
    mkdirSync(options.out, { recursive: true });
    for (const name of datasetFiles(options.formats)) {
      const at = options.resume?.[name];
      const f = new AtomicFile(join(options.out, name), { resumeAt: at });
      this.files.set(name, f);
      if (at === undefined) f.write(fileHeader(name, options.excel));
    }
  }

  /** Append one validated article record to every dataset file. */
  write(record: ArticleRecord): void {
    this.counts.articles++;
    for (const k of Object.keys(this.counts.facts) as (keyof typeof this.counts.facts)[]) this.counts.facts[k] += record[k].length;
    serializeRecord(record, this.options.formats, this.sink);
  }

  writeError(error: ErrorRecord): void {
    this.counts.errors++;
    serializeError(error, this.sink);
  }

  private sink: ChunkSink = { add: (file, text) => this.file(file).write(text) };

  private file(name: string): AtomicFile {
    const f = this.files.get(name);
    if (!f) throw new Error(`dataset: no file ${name} in this dataset`);
    return f;
  }

  /** Append the bytes a worker serialized (`Chunks.pack()`), file by file. */
  writePacked(packed: PackedChunks): void {
    let at = 0;
    for (const [name, n] of packed.files) {
      this.file(name).write(packed.bytes.subarray(at, at + n));
      at += n;
    }
  }

  /** Byte length of every temporary file, buffered writes included: a checkpoint. */
  sizes(): Record<string, number> {
    return Object.fromEntries([...this.files].map(([name, f]) => [name, f.length]));
  }

  /** Flush every file to disk (fdatasync): call before recording a checkpoint. */
  sync(): void {
    for (const f of this.files.values()) f.sync();
  }

  /** `sync()` without blocking the thread: for checkpoints taken while the run goes on. */
  async syncInBackground(): Promise<void> {
    await Promise.all([...this.files.values()].map((f) => f.syncInBackground()));
  }

  /** Rename every file into place, then write datapackage.json and manifest.json. */
  close(manifest: Record<string, unknown>): void {
    for (const f of this.files.values()) f.close();
    finishDataset(this.options, manifest);
  }

  /** Drop every temporary file (a failed run). */
  discard(): void {
    for (const f of this.files.values()) f.discard();
  }
}

/**
 * The commit of a dataset whose temporary files are complete and flushed: remove manifest.json
 * (a directory without it is not a finished dataset), rename each `<file>.partial` still there,
 * remove dataset files of another run this one does not produce (CSVs of an earlier
 * `--format jsonl,csv` run), then write datapackage.json and manifest.json. Idempotent, so an
 * interrupted commit is finished by running it again.
 */
export function finishDataset(options: Omit<DatasetOptions, 'resume'>, manifest: Record<string, unknown>): void {
  const dir = options.out;
  rmSync(join(dir, MANIFEST_JSON), { force: true });
  const produced = datasetFiles(options.formats);
  for (const name of produced) {
    const tmp = join(dir, `${name}.partial`);
    if (existsSync(tmp)) renameSync(tmp, join(dir, name));
    else if (!existsSync(join(dir, name))) throw new Error(`${join(dir, name)}: missing, and no ${name}.partial to commit`);
  }
  for (const name of ALL_FILES) if (!produced.includes(name) && name !== MANIFEST_JSON && name !== DATAPACKAGE_JSON) rmSync(join(dir, name), { force: true });
  writeJsonAtomic(join(dir, DATAPACKAGE_JSON), buildDatapackage({ version: options.version, excel: options.excel, formats: options.formats }));
  writeJsonAtomic(join(dir, MANIFEST_JSON), manifest);
}

export function writeJsonAtomic(path: string, value: unknown): void {
  const tmp = `${path}.partial`;
  writeFileSync(tmp, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(tmp, path);
}
