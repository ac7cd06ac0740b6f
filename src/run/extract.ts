/**
 * `pilah extract`: read inputs, extract facts, write the dataset (or JSONL to stdout).
 * Output order is input order whatever the concurrency, so datasets are byte-identical.
 */
import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readArticles, type ReadItem } from '../ingest/index.js';
import { DatasetWriter, type OutputFormat } from '../write/dataset.js';
import type { ArticleRecord, ErrorRecord } from '../types.js';
import { processArticle } from './record.js';
import { Progress } from './progress.js';
import { VERSION } from '../version.js';

export interface ExtractOptions {
  inputs: string[];
  out: string | null;
  formats: Set<OutputFormat>;
  concurrency: number;
  excel: boolean;
  includeText: boolean;
  stdout: boolean;
  progress: boolean;
}

export interface ExtractSummary {
  articles: number;
  errors: number;
  warnings: number;
  facts: Record<string, number>;
  seconds: number;
}

interface InputFile {
  path: string;
  bytes: number;
  sha256?: string;
}

function listInputFiles(input: string): InputFile[] {
  if (input === '-') return [{ path: '-', bytes: 0 }];
  const st = statSync(input);
  if (!st.isDirectory()) return [{ path: input, bytes: st.size }];
  return readdirSync(input)
    .sort()
    .flatMap((name) => listInputFiles(join(input, name)));
}

async function hashFile(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

export async function runExtract(options: ExtractOptions, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WriteStream }): Promise<ExtractSummary> {
  const started = new Date();
  const files = options.inputs.flatMap(listInputFiles);
  const totalBytes = files.reduce((s, f) => s + f.bytes, 0) || null;
  const writer = options.out && !options.stdout ? new DatasetWriter({ out: options.out, formats: options.formats, excel: options.excel, version: VERSION }) : null;
  const progress = new Progress(io.stderr, options.progress, totalBytes);
  let doneBytes = 0;
  let warnings = 0;
  const facts: Record<string, number> = { dates: 0, officials: 0, institutions: 0, stages: 0, citations: 0 };
  let articles = 0;
  const errors: ErrorRecord[] = [];
  const emit = (record: ArticleRecord) => {
    articles++;
    for (const k of Object.keys(facts)) facts[k] += (record as unknown as Record<string, unknown[]>)[k].length;
    warnings += record.messages.filter((m) => m.level !== 'info').length;
    if (options.stdout) io.stdout.write(`${JSON.stringify(record)}\n`);
    else writer?.write(record);
  };
  const fail = (error: ErrorRecord) => {
    errors.push(error);
    writer?.writeError(error);
  };
  try {
    for await (const item of readArticles(options.inputs) as AsyncGenerator<ReadItem>) {
      if (item.type === 'error') {
        fail(item.error);
        continue;
      }
      const a = item.article;
      doneBytes += Buffer.byteLength(a.text);
      try {
        emit(processArticle(a, { includeText: options.includeText }));
      } catch (err) {
        fail({ source: a.source, id: a.id, code: 'extract/failed', reason: (err as Error).message });
      }
      progress.tick(doneBytes);
    }
  } catch (err) {
    progress.done();
    writer?.discard();
    throw err;
  }
  progress.done();
  const finished = new Date();
  const seconds = (finished.getTime() - started.getTime()) / 1000;
  if (writer) {
    for (const f of files) if (f.path !== '-') f.sha256 = await hashFile(f.path);
    writer.close({
      tool: 'pilah',
      version: VERSION,
      inputs: files,
      counts: { articles, errors: errors.length, warnings, facts },
      options: {
        formats: [...options.formats].sort(),
        concurrency: options.concurrency,
        excel: options.excel,
        text: options.includeText,
      },
      timing: { started: started.toISOString(), finished: finished.toISOString(), seconds },
      node: process.version,
    });
  }
  return { articles, errors: errors.length, warnings, facts, seconds };
}
