/**
 * Batches of articles extracted on a piscina pool of worker threads, with a per-article time
 * guard: each task shares a small counter with the worker (which article it is on); a watchdog
 * aborts a task whose article has not moved on within the budget, which makes piscina terminate
 * that worker and start a fresh one. The batch is then run again with the stalled article
 * skipped and reported (`extract/timeout` in errors.jsonl), so the output stays complete and in
 * order. A worker that dies on an article (out of memory on a 5 MB line) is handled the same
 * way (`extract/worker-failed`).
 *
 * With `--concurrency 0`, or without a built worker file (the TypeScript sources under ts-jest),
 * batches run in-process on the main thread: the same bytes, but no time guard.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';
import type { BatchResult, BatchTask, Skip } from './batch.js';

export interface PoolOptions {
  /** worker threads; 0 runs batches in-process */
  threads: number;
  /** per-article budget in ms; 0 disables the guard */
  budgetMs: number;
}

export interface BatchRunner {
  readonly kind: 'threads' | 'in-process';
  run(task: Omit<BatchTask, 'progress' | 'skips'>): Promise<BatchResult>;
  close(): Promise<void>;
}

const WORKER_YOUNG_GENERATION_MB = 16;
/**
 * V8 sizes a heap's first old-generation limit from its maximum, which by default is a share of
 * the machine's memory (gigabytes here). A worker then ran a single full collection in a whole
 * pass over news-12k and let its old generation grow towards that first limit, so peak RSS
 * depended on how far each worker had got when the run ended: 265-345 MB on news-12k ×4 against
 * 230-255 MB once through. A maximum of 512 MB brings the first limit down: the workers collect
 * several times a pass and ×4 stays at 250-275 MB, at the same wall time (256 MB did as well, but
 * was too little for the made-up 5 MB one-line article of test/run-guard, which then killed its
 * worker before its time budget ran out). A worker that goes beyond it dies and its article is
 * reported (`extract/worker-failed`); the run goes on.
 */
const WORKER_OLD_GENERATION_MB = 512;
/**
 * V8 optimizes a function once it has run about 66 KB of bytecode (`--interrupt-budget=67584`).
 * Every worker compiles the extractors anew, and with two workers on two cores V8's background
 * threads (compilation, mostly) took 3.1 s of the ~9 s of CPU of a run on news-12k, competing
 * with the extraction itself. A larger budget optimizes only what stays hot: 1.35 s there, the
 * workers' own time unchanged, ~1.5 s less CPU in all. The flag is process-wide, so it is set when
 * a threaded run starts; an in-process run keeps the default (there compilation uses the
 * otherwise idle core, and a larger budget cost wall time).
 */
const WORKER_INTERRUPT_BUDGET = 450_000;
const WORKER_FILE = fileURLToPath(new URL('./worker.js', import.meta.url));

/** Worker threads, or in-process batches for `threads: 0` (no time guard there). */
export function createRunner(options: PoolOptions): BatchRunner {
  if (options.threads === 0 || !existsSync(WORKER_FILE)) return inProcessRunner();
  return new ThreadRunner(options);
}

function inProcessRunner(): BatchRunner {
  // loaded on first use: the main thread of a threaded run never loads the extractors
  let batch: Promise<typeof import('./batch.js')> | null = null;
  return {
    kind: 'in-process',
    run: async (task) => (await (batch ??= import('./batch.js'))).runBatch({ ...task, skips: [], progress: null }),
    close: async () => {},
  };
}

interface Watched {
  progress: Int32Array;
  /** items in the batch: the counter goes past it once the batch is done */
  items: number;
  seen: number;
  since: number;
  controller: AbortController;
  /** index of the item that stalled, once the watchdog fired */
  stalled: number | null;
}

/** A worker thread that failed outside a task: it could not load the extractors. */
export class WorkerStartError extends Error {}

class ThreadRunner implements BatchRunner {
  readonly kind = 'threads' as const;
  private pool: Piscina;
  private watched = new Set<Watched>();
  private timer: NodeJS.Timeout | null = null;
  /** set when a worker fails outside a task (a broken lexicon file): no batch can run */
  private broken: WorkerStartError | null = null;
  /** the reject functions of the batches in flight, to fail them at once when `broken` is set */
  private inFlight = new Set<(err: Error) => void>();

  constructor(private options: PoolOptions) {
    setFlagsFromString(`--interrupt-budget=${WORKER_INTERRUPT_BUDGET}`);
    this.pool = new Piscina({
      filename: WORKER_FILE,
      minThreads: options.threads,
      maxThreads: options.threads,
      // workers stay up for the whole run, even while the reader is busy
      idleTimeout: 60_000,
      // a small young generation keeps peak RSS flat as the input grows (test/scale-memory: 32 MB
      // raised it by 25-30 % on four times the articles); 16 MB rather than 8 halves the scavenges
      // (555 -> 266 on news-12k), whose pauses grow long when the two cores are busy
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB },
    });
    // (not a Promise.race against a promise that never settles: each race would keep its batch's
    // result alive until the end of the run)
    this.pool.on('error', (err: Error) => {
      this.broken ??= new WorkerStartError(`an extraction worker failed: ${err.message}`);
      for (const reject of this.inFlight) reject(this.broken);
    });
    if (options.budgetMs > 0) {
      this.timer = setInterval(() => this.tick(), Math.max(20, Math.min(250, options.budgetMs / 4)));
      this.timer.unref();
    }
  }

  private tick(): void {
    const now = Date.now();
    for (const w of this.watched) {
      const at = Atomics.load(w.progress, 0);
      if (at !== w.seen) {
        w.seen = at;
        w.since = now;
      } else if (at > 0 && at <= w.items && now - w.since > this.options.budgetMs && w.stalled === null) {
        w.stalled = at - 1;
        w.controller.abort();
      }
    }
  }

  async run(task: Omit<BatchTask, 'progress' | 'skips'>): Promise<BatchResult> {
    const skips: Skip[] = [];
    // each retry skips one more article, so a batch ends after at most items.length retries
    for (;;) {
      const progress = new Int32Array(new SharedArrayBuffer(4));
      const w: Watched = { progress, items: task.items.length, seen: 0, since: Date.now(), controller: new AbortController(), stalled: null };
      this.watched.add(w);
      try {
        if (this.broken) throw this.broken;
        return await new Promise<BatchResult>((resolve, reject) => {
          this.inFlight.add(reject);
          this.pool
            .run({ ...task, skips, progress } satisfies BatchTask, { signal: w.controller.signal })
            .then(resolve, reject)
            .finally(() => this.inFlight.delete(reject));
        });
      } catch (err) {
        if (err instanceof WorkerStartError || this.closed) throw err;
        const at = w.stalled ?? Atomics.load(progress, 0) - 1;
        const item = task.items[at];
        if (at < 0 || at >= task.items.length || !item || item.type === 'error' || skips.some((s) => s.index === at)) throw err;
        skips.push(
          w.stalled !== null
            ? { index: at, code: 'extract/timeout', reason: `extraction took longer than the per-article budget of ${this.options.budgetMs} ms (--time-budget); article skipped` }
            : { index: at, code: 'extract/worker-failed', reason: `the extraction worker failed on this article: ${(err as Error).message}` },
        );
      } finally {
        this.watched.delete(w);
      }
    }
  }

  private closed = false;

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await this.pool.destroy();
  }
}
