/**
 * One batch of input items → the bytes of every dataset file, in input order. Runs in a worker
 * thread (src/run/worker.ts) or in-process; either way the bytes are the same, which is what
 * makes datasets byte-identical whatever `--concurrency`.
 */
import type { PendingItem } from '../ingest/index.js';
import type { Article, ArticleRecord, ErrorRecord } from '../types.js';
import { Chunks, serializeError, serializeRecord, type OutputFormat, type PackedChunks } from '../write/dataset.js';
import { processArticle } from './record.js';
import { countRecord, emptyCounts, type Counts } from './counts.js';
import { itemKey, settle } from './items.js';

/** An article the batch must not extract (it exceeded the time budget or crashed a worker). */
export interface Skip {
  index: number;
  code: string;
  reason: string;
}

export interface BatchTask {
  /** JSONL lines may come unparsed: they are parsed here, in the worker */
  items: PendingItem[];
  formats: OutputFormat[];
  includeText: boolean;
  /** check every record against the zod schema (`--validate`) */
  validate: boolean;
  skips: Skip[];
  /**
   * Shared with the main thread's watchdog: slot 0 holds 1 + the index of the item being
   * extracted (0 before the first), so a stalled article can be named and cut off.
   */
  progress: Int32Array | null;
}

export interface BatchResult {
  packed: PackedChunks;
  counts: Counts;
  /** characters of article text in the batch (progress and throughput) */
  chars: number;
  /** the journal keys (items.ts itemKey) of the batch's items, in order, concatenated */
  keys: string;
  /** the key of the last item */
  lastKey: string;
}

/** Called before each article is extracted (worker.ts uses it for fault injection in tests). */
export type BeforeArticle = (article: Article) => void;

export function runBatch(task: BatchTask, beforeArticle?: BeforeArticle): BatchResult {
  const formats = new Set(task.formats);
  const out = new Chunks();
  const counts = emptyCounts();
  const skips = new Map(task.skips.map((s) => [s.index, s]));
  let chars = 0;
  let keys = '';
  let lastKey = '';
  const fail = (error: ErrorRecord) => {
    counts.errors++;
    serializeError(error, out);
  };
  for (let i = 0; i < task.items.length; i++) {
    if (task.progress) Atomics.store(task.progress, 0, i + 1);
    const item = settle(task.items[i]);
    lastKey = itemKey(item);
    keys += lastKey;
    if (item.type === 'error') {
      fail(item.error);
      continue;
    }
    const a = item.article;
    chars += a.text.length;
    const skip = skips.get(i);
    if (skip) {
      fail({ source: a.source, id: a.id, code: skip.code, reason: skip.reason });
      continue;
    }
    beforeArticle?.(a);
    let record: ArticleRecord;
    try {
      record = processArticle(a, { includeText: task.includeText, validate: task.validate });
    } catch (err) {
      fail({ source: a.source, id: a.id, code: 'extract/failed', reason: (err as Error).message });
      continue;
    }
    countRecord(counts, record);
    serializeRecord(record, formats, out);
  }
  if (task.progress) Atomics.store(task.progress, 0, task.items.length + 1);
  return { packed: out.pack(), counts, chars, keys, lastKey };
}
