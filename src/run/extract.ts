/**
 * `pilah extract`: read inputs, extract facts, write the dataset (or JSONL to stdout).
 *
 * Three stages, streaming, with bounded memory:
 *   reading   ingestion (src/ingest) on the main thread, grouped into batches of articles;
 *   extracting batches on worker threads (src/run/pool.ts), which also serialize the output;
 *   writing   the bytes of each batch, strictly in input order (a reorder window), so datasets
 *             are byte-identical whatever `--concurrency`.
 * A p-queue bounds how many batches are in flight: reading waits when the window is full, so
 * peak memory depends on the concurrency, not on the size of the corpus.
 *
 * Resumable: dataset files grow as `<file>.partial`, and a journal (src/run/journal.ts) records
 * checkpoints. `--resume` truncates the partial files to the last checkpoint, checks that the
 * inputs up to it are the same (ids and text hashes), and goes on from there; the result is
 * byte-identical to an uninterrupted run.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import PQueue from 'p-queue';
import { readItems, type PendingItem } from '../ingest/index.js';
import { ARTICLES_JSONL, DatasetWriter, ERRORS_JSONL, datasetFiles, finishDataset, type OutputFormat, type PackedChunks } from '../write/dataset.js';
import type { BatchResult } from './batch.js';
import { addCounts, emptyCounts, type Counts, type FactCounts } from './counts.js';
import { Journal, acquireLock, readJournal, releaseLock, removeJournal, JOURNAL_FILE, LockedError, type Checkpoint, type JournalHeader, type RunOptionsKey } from './journal.js';
import { itemKey, itemSize, packLines, settle } from './items.js';
import { createRunner } from './pool.js';
import { buildFingerprint } from './fingerprint.js';
import { Progress } from './progress.js';
import { VERSION } from '../version.js';

export interface ExtractOptions {
  inputs: string[];
  out: string | null;
  formats: Set<OutputFormat>;
  /** worker threads; 0: in-process */
  concurrency: number;
  excel: boolean;
  includeText: boolean;
  /** check every record against the schema (slower; records are built by typed code) */
  validate?: boolean;
  stdout: boolean;
  progress: boolean;
  /** continue the interrupted run in `out` */
  resume?: boolean;
  /** per-article extraction budget in ms; 0: no limit */
  timeBudgetMs?: number;
  /** least time between two checkpoints, ms */
  checkpointMs?: number;
}

export interface ExtractSummary {
  articles: number;
  errors: number;
  warnings: number;
  facts: FactCounts;
  seconds: number;
  /** input items taken over from the interrupted run (--resume), else 0 */
  resumed: number;
  /** the reader of stdout went away (`| head`): the run stopped early */
  stdoutClosed: boolean;
}

/** A resume that cannot go on: other inputs or options, missing files. Nothing was changed. */
export class ResumeError extends Error {}

export const DEFAULT_TIME_BUDGET_MS = 10_000;
export const DEFAULT_CHECKPOINT_MS = 2_000;

// A batch closes at BATCH_ITEMS items or BATCH_CHARS characters of text: large enough that
// messaging is a small share of the work, small enough to spread the tail over the workers.
const BATCH_ITEMS = 32;
const BATCH_CHARS = 128 * 1024;
// batches in flight per worker (queued, extracting, or waiting for their turn to be written)
const WINDOW_PER_THREAD = 4;

const HASH_BUFFER_BYTES = 1 << 20;

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
  // one buffer read into again and again: a read stream's new buffer per 64 KB chunk would add
  // to the external memory that makes V8 run full collections on the main thread
  const buf = Buffer.allocUnsafe(HASH_BUFFER_BYTES);
  const file = await open(path, 'r');
  try {
    for (let n = (await file.read(buf, 0, buf.length, null)).bytesRead; n > 0; n = (await file.read(buf, 0, buf.length, null)).bytesRead) h.update(buf.subarray(0, n));
  } finally {
    await file.close();
  }
  return h.digest('hex');
}

async function hashInputs(files: InputFile[]): Promise<void> {
  for (const f of files) if (f.path !== '-') f.sha256 = await hashFile(f.path);
}

interface Batch {
  seq: number;
  items: PendingItem[];
  /** characters of text, or bytes of unparsed lines */
  size: number;
}

interface Output {
  write(packed: PackedChunks): void | Promise<void>;
}

/** The dataset directory: the writer and the journal of checkpoints. */
interface DatasetRun {
  writer: DatasetWriter;
  journal: Journal;
  resumeFrom: Checkpoint | null;
}

function optionsKey(options: ExtractOptions): RunOptionsKey {
  return { formats: [...options.formats].sort(), excel: options.excel, text: options.includeText };
}

function describeOptions(k: RunOptionsKey): string {
  return `--format ${k.formats.join(',')}${k.excel ? ' --excel' : ''}${k.text ? '' : ' --no-text'}`;
}

/** An item key (items.ts itemKey) for a message: `article "id" (text sha256 1a2b3c4d…)`. */
function describeKey(key: string): string {
  const [type, a, b, c] = key.trim().split('\t');
  if (type === 'a') return `article ${JSON.stringify(a)} (text sha256 ${b.slice(0, 12)}…)`;
  if (type === 'e') return `the unreadable input ${a}${b ? `:${b}` : ''} (${c})`;
  return 'nothing';
}

/**
 * Open the dataset directory: finish the commit of a run that was killed while renaming its
 * files, then either take over the interrupted run (`--resume`) or start a new one.
 */
function openDataset(options: ExtractOptions, out: string, note: (s: string) => void): DatasetRun | { done: Record<string, unknown> } {
  mkdirSync(out, { recursive: true });
  acquireLock(out);
  try {
    return openLockedDataset(options, out, note);
  } catch (err) {
    releaseLock(out);
    throw err;
  }
}

function openLockedDataset(options: ExtractOptions, out: string, note: (s: string) => void): DatasetRun | { done: Record<string, unknown> } {
  const key = optionsKey(options);
  const build = buildFingerprint();
  const earlier = readJournal(out);
  if (earlier?.commit) {
    const k = earlier.header.options;
    finishDataset({ out, formats: new Set(k.formats as OutputFormat[]), excel: k.excel, version: earlier.header.version }, earlier.commit.manifest);
    removeJournal(out);
    note(`pilah: finished committing the dataset of an interrupted run in ${out}`);
    if (options.resume) {
      releaseLock(out);
      return { done: earlier.commit.manifest };
    }
  }
  const datasetOptions = { out, formats: options.formats, excel: options.excel, version: VERSION };
  if (options.resume && earlier && !earlier.commit) {
    const h = earlier.header;
    if (h.version !== VERSION) throw new ResumeError(`cannot resume: the interrupted run in ${out} was made by pilah ${h.version}, this is ${VERSION}; run again without --resume`);
    if (h.build !== build) throw new ResumeError(`cannot resume: pilah's code or lexicons changed since the interrupted run in ${out}, so the two parts would not match; run again without --resume`);
    if (JSON.stringify(h.options) !== JSON.stringify(key)) {
      throw new ResumeError(`cannot resume: the interrupted run in ${out} used ${describeOptions(h.options)}; resume with the same options, or run again without --resume`);
    }
    const cp = earlier.checkpoint;
    for (const name of datasetFiles(options.formats)) {
      if (cp.sizes[name] === undefined) throw new ResumeError(`cannot resume: the journal of ${out} has no checkpoint for ${name}; run again without --resume`);
      if (!existsSync(join(out, `${name}.partial`))) throw new ResumeError(`cannot resume: ${join(out, `${name}.partial`)} is missing; run again without --resume`);
    }
    const writer = new DatasetWriter({ ...datasetOptions, resume: cp.sizes });
    return { writer, journal: Journal.reopen(out), resumeFrom: cp };
  }
  if (options.resume) note(`pilah: no interrupted run to resume in ${out}; starting from the beginning`);
  // the old journal goes first: its checkpoints would not match the files truncated below
  removeJournal(out);
  const writer = new DatasetWriter(datasetOptions);
  writer.sync();
  const header: JournalHeader = { journal: 'pilah-run', version: VERSION, build, options: key, started: new Date().toISOString() };
  const first: Checkpoint = { items: 0, digest: createHash('sha256').digest('hex'), last: '', sizes: writer.sizes(), counts: emptyCounts() };
  return { writer, journal: Journal.create(out, header, first), resumeFrom: null };
}

/**
 * JSONL records to a stream (stdout), waiting for it to drain; error records go to stderr.
 * When the reader goes away (EPIPE: `| head`), `closed` is set and the run stops quietly.
 */
function streamOutput(stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream, onError: (err: Error) => void): Output & { closed: boolean } {
  const out = {
    closed: false,
    async write(packed: PackedChunks) {
      let at = 0;
      for (const [name, n] of packed.files) {
        const bytes = packed.bytes.subarray(at, at + n);
        at += n;
        if (name === ARTICLES_JSONL && !out.closed) {
          if (!stdout.write(bytes)) await new Promise<void>((resolve) => {
            const done = () => {
              stdout.off('drain', done);
              stdout.off('error', done);
              resolve();
            };
            stdout.on('drain', done);
            stdout.on('error', done);
          });
        } else if (name === ERRORS_JSONL) {
          for (const line of Buffer.from(bytes).toString('utf8').split('\n')) if (line) stderr.write(`pilah: error: ${line}\n`);
        }
      }
    },
  };
  // stays attached after the run: a late EPIPE must not become an uncaught error
  stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') out.closed = true;
    else onError(err);
  });
  return out;
}

export async function runExtract(options: ExtractOptions, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WriteStream }): Promise<ExtractSummary> {
  const started = new Date();
  const files = options.inputs.flatMap(listInputFiles);
  const totalBytes = files.reduce((s, f) => s + f.bytes, 0) || null;
  const note = (s: string) => io.stderr.write(`${s}\n`);
  const toStdout = options.stdout || !options.out;

  let dataset: DatasetRun | null = null;
  if (!toStdout) {
    const opened = openDataset(options, options.out!, note);
    if ('done' in opened) {
      const c = (opened.done.counts ?? emptyCounts()) as Counts;
      return { ...c, seconds: (Date.now() - started.getTime()) / 1000, resumed: c.articles + c.errors, stdoutClosed: false };
    }
    dataset = opened;
  }
  // the sha256 of each input file for the manifest, read while the run goes on (the main thread
  // of a threaded run is mostly idle) rather than after it; one file at a time
  const hashing = dataset ? hashInputs(files) : null;
  hashing?.catch(() => {
    // awaited below, where an error counts; a run that fails first never waits for it
  });
  const resumeFrom = dataset?.resumeFrom ?? null;
  const counts: Counts = resumeFrom ? structuredClone(resumeFrom.counts) : emptyCounts();
  let failure: unknown = null;
  const stream = toStdout ? streamOutput(io.stdout, io.stderr, (err) => (failure ??= err)) : null;
  const output: Output = dataset ? { write: (p) => dataset.writer.writePacked(p) } : stream!;
  const stopped = () => failure !== null || (stream?.closed ?? false);

  const runner = createRunner({ threads: options.concurrency, budgetMs: options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS });
  const progress = new Progress(io.stderr, options.progress, totalBytes);
  const checkpointMs = options.checkpointMs ?? DEFAULT_CHECKPOINT_MS;
  let lastCheckpoint = Date.now();
  let checkpointing: Promise<void> | null = null;
  let doneChars = 0;
  // the digest of the keys of every input item written (or skipped by --resume), in input order:
  // the workers parse JSONL lines, so the keys come back with the batches
  const skipItems = resumeFrom?.items ?? 0;
  const digest = createHash('sha256');
  let written = skipItems;
  let lastKey = '';

  const writeBatch = async (items: number, result: BatchResult) => {
    await output.write(result.packed);
    digest.update(result.keys);
    written += items;
    lastKey = result.lastKey;
    addCounts(counts, result.counts);
    doneChars += result.chars;
    progress.advance(result.counts.articles + result.counts.errors, doneChars);
    if (dataset && !checkpointing && Date.now() - lastCheckpoint >= checkpointMs) {
      // the sizes and counts of now; the files reach the disk in the background while writing
      // goes on, and only then is the checkpoint recorded
      const cp: Checkpoint = { items: written, digest: digest.copy().digest('hex'), last: lastKey, sizes: dataset.writer.sizes(), counts: structuredClone(counts) };
      const { writer, journal } = dataset;
      checkpointing = writer
        .syncInBackground()
        .then(() => journal.checkpointInBackground(cp))
        .catch((err: unknown) => {
          failure ??= err;
        })
        .finally(() => {
          checkpointing = null;
          lastCheckpoint = Date.now();
        });
    }
  };

  // the reorder window: batch `seq` is written only after every batch before it
  let nextToWrite = 0;
  const waiting = new Map<number, () => void>();
  const turn = (seq: number) => (seq === nextToWrite ? Promise.resolve() : new Promise<void>((resolve) => waiting.set(seq, resolve)));
  const advance = () => {
    nextToWrite++;
    const wake = waiting.get(nextToWrite);
    if (wake) {
      waiting.delete(nextToWrite);
      wake();
    }
  };

  const formats = dataset ? [...options.formats] : (['jsonl'] as OutputFormat[]);
  const queue = new PQueue({ concurrency: Math.max(2, options.concurrency * WINDOW_PER_THREAD) });
  const submit = async (batch: Batch) => {
    await queue.onSizeLessThan(1);
    queue
      .add(async () => {
        let result: BatchResult | null = null;
        let error: unknown = null;
        try {
          result = await runner.run({ items: batch.items, formats, includeText: options.includeText, validate: options.validate ?? false });
        } catch (err) {
          error = err;
        }
        // the items are not needed any more: only the output bytes wait in the window
        const items = batch.items.length;
        batch.items = [];
        await turn(batch.seq);
        try {
          if (error) throw error;
          if (!stopped()) await writeBatch(items, result!);
        } catch (err) {
          failure ??= err;
        } finally {
          advance();
        }
      })
      .catch((err: unknown) => {
        failure ??= err;
      });
  };

  let consumed = 0;
  let seq = 0;
  let batch: Batch = { seq: 0, items: [], size: 0 };
  const close = () => {
    const full: Batch = { seq: seq++, items: packLines(batch.items), size: batch.size };
    batch = { seq: 0, items: [], size: 0 };
    return submit(full);
  };

  try {
    for await (const item of readItems(options.inputs, { deferJsonl: true })) {
      consumed++;
      if (consumed <= skipItems) {
        // taken over from the interrupted run: only its key, to check that the inputs are the same
        lastKey = itemKey(settle(item));
        digest.update(lastKey);
        if (consumed === skipItems && digest.copy().digest('hex') !== resumeFrom!.digest) {
          throw new ResumeError(
            `cannot resume: the inputs differ from those of the interrupted run in ${options.out}: ` +
              `its item ${skipItems} was ${describeKey(resumeFrom!.last)}, now it is ${describeKey(lastKey)}` +
              `${resumeFrom!.last === lastKey ? ' (an earlier item differs)' : ''}; resume with the same inputs, or run again without --resume`,
          );
        }
        continue;
      }
      batch.items.push(item);
      batch.size += itemSize(item);
      if (batch.items.length >= BATCH_ITEMS || batch.size >= BATCH_CHARS) await close();
      if (stopped()) break;
    }
    if (consumed < skipItems) {
      throw new ResumeError(`cannot resume: the inputs hold ${consumed} items, fewer than the ${skipItems} the interrupted run in ${options.out} had written; resume with the same inputs, or run again without --resume`);
    }
    if (batch.items.length > 0 && !stopped()) await close();
    await queue.onIdle();
    await checkpointing;
    if (failure) throw failure;
  } catch (err) {
    progress.done();
    queue.clear();
    await runner.close();
    await checkpointing;
    if (dataset) {
      dataset.journal.close();
      releaseLock(options.out!);
      if (!(err instanceof ResumeError)) note(`pilah: the run stopped; what is written so far stays in ${options.out} and \`--resume\` continues it`);
    }
    throw err;
  }
  await runner.close();
  progress.done();

  const finished = new Date();
  const seconds = (finished.getTime() - started.getTime()) / 1000;
  if (dataset) {
    await hashing;
    const manifest = {
      tool: 'pilah',
      version: VERSION,
      inputs: files,
      counts,
      options: {
        formats: [...options.formats].sort(),
        concurrency: options.concurrency,
        excel: options.excel,
        text: options.includeText,
      },
      ...(resumeFrom ? { resumed: { items: resumeFrom.items } } : {}),
      timing: { started: started.toISOString(), finished: finished.toISOString(), seconds },
      node: process.version,
    };
    // the files flush to disk in parallel (libuv's thread pool) before the commit is recorded
    await dataset.writer.syncInBackground();
    dataset.journal.commit(manifest);
    dataset.writer.close(manifest);
    dataset.journal.remove();
    releaseLock(options.out!);
  }
  return { ...counts, seconds, resumed: skipItems, stdoutClosed: stream?.closed ?? false };
}

export { JOURNAL_FILE, LockedError };
