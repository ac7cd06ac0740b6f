/**
 * `npm run bench`: throughput and memory of pilah on ../shared/bench/news-12k.jsonl (12,583 real
 * news articles, 27.8 M characters), with raw chrono-node date parsing (chrono.id) over the same
 * texts on one thread as the yardstick, measured in the same run.
 *
 *   end to end   `pilah extract CORPUS --out TMP` as a child process: all five kinds, JSONL + CSV,
 *                default concurrency; wall time and peak RSS of the whole process (worker
 *                threads included), sampled from /proc/<pid>/status VmHWM
 *   chrono       chronoDates() (src/eval/chrono-baseline.ts) over every text, one thread
 *   per kind     createPipeline({ kinds: [k] }) over every article, one thread
 *   run path     record building + zod validation, JSONL and CSV serialization, one thread
 *   memory       the corpus concatenated four times, end to end: peak RSS must stay flat
 *   long article the texts joined into one article of 1 M and 4 M characters, one thread: the
 *                time should grow with the length, not faster
 *
 * Prints a Markdown table (for the README) and writes output/bench.json.
 * Flags: --quick (first 2,000 articles), --corpus FILE, --repeat N (best of N for the end-to-end
 * and chrono timings, default 2; peak RSS is the highest seen), --skip-4x, --skip-kinds, --skip-long.
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chronoDates } from '../eval/chrono-baseline.js';
import { readArticles } from '../ingest/index.js';
import { createPipeline, extractArticle } from '../pipeline.js';
import { toRecord } from '../run/record.js';
import { ArticleRecordSchema, type Article, type ArticleRecord, type FactKind } from '../types.js';
import { Chunks, serializeRecord } from '../write/dataset.js';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');
const SHARED = process.env.PILAH_SHARED ?? resolve(ROOT, '..', 'shared');
const KINDS: FactKind[] = ['date', 'institution', 'official', 'stage', 'citation'];
const QUICK_ARTICLES = 2000;
// the shorter of the two long articles (section 5); the other is four times as long
const LONG_ARTICLE_CHARS = 1_000_000;

interface RunResult {
  seconds: number;
  peakRssMb: number | null;
  code: number;
  stderr: string;
}

/** Peak RSS (VmHWM) of a live process, in MB, or null off Linux. */
function vmHwm(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** `pilah extract` as a child process: wall time and peak RSS of the whole process. */
function runCli(args: string[]): Promise<RunResult> {
  return new Promise((done, fail) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let peak: number | null = null;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const sample = () => {
      const v = vmHwm(child.pid!);
      if (v !== null) peak = Math.max(peak ?? 0, v);
    };
    const timer = setInterval(sample, 20);
    child.on('error', fail);
    child.on('exit', (code) => {
      clearInterval(timer);
      done({ seconds: Number(process.hrtime.bigint() - t0) / 1e9, peakRssMb: peak, code: code ?? -1, stderr });
    });
  });
}

async function readLines(path: string, limit: number): Promise<string[]> {
  const out: string[] = [];
  const rl = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    out.push(line);
    if (out.length >= limit) break;
  }
  rl.close();
  return out;
}

function time<T>(fn: () => T): { seconds: number; value: T } {
  const t0 = process.hrtime.bigint();
  const value = fn();
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, value };
}

const mb = (bytes: number) => bytes / 1e6;
const fmt = (n: number | null, digits = 2) => (n === null ? 'n/a' : n.toFixed(digits));
const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function main(argv: string[]): Promise<number> {
  const flag = (name: string) => argv.includes(name);
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = flag('--quick');
  const source = value('--corpus') ?? join(SHARED, 'bench', 'news-12k.jsonl');
  if (!existsSync(source)) {
    process.stdout.write(`bench: skipped: the benchmark corpus ${source} is not there (it lives in ../shared/bench; set PILAH_SHARED or --corpus FILE)\n`);
    return 0;
  }
  if (!existsSync(CLI)) {
    process.stderr.write(`bench: ${CLI} not found: run npm run build first\n`);
    return 1;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'pilah-bench-'));
  const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
  try {
    const lines = await readLines(source, quick ? QUICK_ARTICLES : Infinity);
    const corpus = quick ? join(tmp, 'corpus.jsonl') : source;
    if (quick) writeFileSync(corpus, `${lines.join('\n')}\n`);
    const raw = lines.map((l) => JSON.parse(l) as { text?: string; published?: string | null });
    const textBytes = raw.reduce((s, r) => s + Buffer.byteLength(r.text ?? ''), 0);
    const textChars = raw.reduce((s, r) => s + (r.text ?? '').length, 0);
    const threads = availableParallelism();
    const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: threads, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform}-${process.arch}` };
    log(`${raw.length} articles, ${fmt(textChars / 1e6, 1)} M chars (${fmt(mb(textBytes), 1)} MB of text) from ${corpus}`);

    // 1 and 2, alternated and repeated (best of --repeat N, default 2): the machine may be shared
    const repeat = Math.max(1, Number(value('--repeat') ?? 2));
    const chronos: Array<{ seconds: number; value: number }> = [];
    const runs: RunResult[] = [];
    let counts: unknown = null;
    for (let i = 0; i < repeat; i++) {
      // the yardstick: raw chrono.id over the same texts, one thread
      log(`chrono.id.parse, one thread (${i + 1}/${repeat}) ...`);
      gc();
      chronos.push(time(() => raw.reduce((n, r) => n + chronoDates(r.text ?? '', r.published ?? null).length, 0)));
      // pilah end to end, default concurrency
      log(`pilah extract, ${threads} threads, JSONL + CSV (${i + 1}/${repeat}) ...`);
      const run = await runCli(['extract', corpus, '--out', join(tmp, 'out-1x')]);
      if (run.code !== 0) throw new Error(`pilah extract failed (${run.code}): ${run.stderr}`);
      counts = JSON.parse(readFileSync(join(tmp, 'out-1x', 'manifest.json'), 'utf8')).counts;
      rmSync(join(tmp, 'out-1x'), { recursive: true, force: true });
      runs.push(run);
    }
    const chrono = chronos.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    const peaks = runs.map((r) => r.peakRssMb).filter((p): p is number => p !== null);
    const e2e: RunResult = { ...runs.reduce((a, b) => (b.seconds < a.seconds ? b : a)), peakRssMb: peaks.length ? Math.max(...peaks) : null };

    // 3. memory: the corpus four times
    let e2e4: RunResult | null = null;
    if (!flag('--skip-4x')) {
      log('pilah extract on the corpus concatenated four times ...');
      const four = join(tmp, 'corpus-4x.jsonl');
      const w = createWriteStream(four);
      const body = readFileSync(corpus);
      for (let i = 0; i < 4; i++) if (!w.write(body)) await new Promise<void>((r) => w.once('drain', () => r()));
      await new Promise<void>((r) => w.end(() => r()));
      e2e4 = await runCli(['extract', four, '--out', join(tmp, 'out-4x')]);
      if (e2e4.code !== 0) throw new Error(`pilah extract (4x) failed (${e2e4.code}): ${e2e4.stderr}`);
      rmSync(four, { force: true });
      rmSync(join(tmp, 'out-4x'), { recursive: true, force: true });
    }

    // 4. each kind alone, and the run path, one thread in this process
    const kinds: Array<{ kind: string; seconds: number; facts: number }> = [];
    const runPath: Record<string, number> = {};
    if (!flag('--skip-kinds')) {
      const articles: Article[] = [];
      for await (const item of readArticles([corpus])) if (item.type === 'article') articles.push(item.article);
      const chars = articles.reduce((s, a) => s + a.text.length, 0);
      for (const kind of [null, ...KINDS, 'all'] as Array<FactKind | null | 'all'>) {
        const label = kind === null ? 'segmentation only' : kind === 'all' ? 'all five kinds' : kind;
        log(`extractors: ${label} ...`);
        const pipeline = createPipeline({ kinds: kind === 'all' ? KINDS : kind === null ? [] : [kind] });
        gc();
        const r = time(() => articles.reduce((n, a) => n + extractArticle(a, pipeline).facts.length, 0));
        kinds.push({ kind: label, seconds: r.seconds, facts: r.value });
      }
      log('run path: record + validation, JSONL, CSV ...');
      const extractions = articles.map((a) => extractArticle(a));
      gc();
      const rec = time(() => extractions.map((e) => toRecord(e.article, e.facts, e.messages, true)));
      const records: ArticleRecord[] = rec.value;
      const zod = time(() => records.every((r) => ArticleRecordSchema.safeParse(r).success));
      const json = time(() => {
        const c = new Chunks();
        for (const r of records) serializeRecord(r, new Set(['jsonl']), c);
        return c.pack().bytes.length;
      });
      const csv = time(() => {
        const c = new Chunks();
        for (const r of records) serializeRecord(r, new Set(['csv']), c);
        return c.pack().bytes.length;
      });
      Object.assign(runPath, { articles: articles.length, chars, record: rec.seconds, validate: zod.seconds, jsonl: json.seconds, csv: csv.seconds });
    }

    // 5. one long article: the corpus texts joined, all five kinds, one thread; the time should
    // grow with the text, not faster (a look-up over the whole article per fact made it quadratic)
    const long: Array<{ chars: number; seconds: number; facts: number }> = [];
    if (!flag('--skip-long')) {
      // (normalized texts, as the reader makes them: the first article's fields for the rest)
      const parts: string[] = [];
      let first: Article | null = null;
      let length = 0;
      for await (const item of readArticles([corpus])) {
        if (item.type !== 'article') continue;
        first ??= item.article;
        parts.push(item.article.text);
        if ((length += item.article.text.length + 2) > 4 * LONG_ARTICLE_CHARS) break;
      }
      const joined = parts.join('\n\n');
      const pipeline = createPipeline();
      for (const chars of [LONG_ARTICLE_CHARS, 4 * LONG_ARTICLE_CHARS]) {
        if (!first || joined.length < chars) break;
        log(`one article of ${fmt(chars / 1e6, 1)} M chars ...`);
        const article: Article = { ...first, id: `long-${chars}`, text: joined.slice(0, chars) };
        gc();
        const r = time(() => extractArticle(article, pipeline).facts.length);
        long.push({ chars, seconds: r.seconds, facts: r.value });
      }
    }

    const report = {
      date: new Date().toISOString(),
      machine,
      corpus: { path: source, quick, articles: raw.length, chars: textChars, textMb: mb(textBytes), fileMb: mb(statSync(corpus).size) },
      repeat,
      chrono: { seconds: chrono.seconds, dates: chrono.value, mbPerSecond: mb(textBytes) / chrono.seconds },
      endToEnd: {
        threads,
        seconds: e2e.seconds,
        mbPerSecond: mb(textBytes) / e2e.seconds,
        articlesPerSecond: raw.length / e2e.seconds,
        peakRssMb: e2e.peakRssMb,
        counts,
        vsChrono: e2e.seconds / chrono.seconds,
      },
      fourTimes: e2e4 && {
        seconds: e2e4.seconds,
        peakRssMb: e2e4.peakRssMb,
        rssIncrease: e2e4.peakRssMb && e2e.peakRssMb ? e2e4.peakRssMb / e2e.peakRssMb - 1 : null,
        // chrono's time grows with the text alone (its first pass over news-12k is within ~5 % of
        // its later ones), so four times the single run stands for it on the corpus ×4
        vsChrono: e2e4.seconds / (4 * chrono.seconds),
      },
      kinds: kinds.map((k) => ({ ...k, mbPerSecond: mb(textBytes) / k.seconds })),
      runPath,
      long,
    };
    mkdirSync(join(ROOT, 'output'), { recursive: true });
    writeFileSync(join(ROOT, 'output', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`${markdown(report)}\n`);
    return 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

type Report = {
  date: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; platform: string };
  corpus: { articles: number; chars: number; textMb: number; quick: boolean };
  chrono: { seconds: number; mbPerSecond: number; dates: number };
  endToEnd: { threads: number; seconds: number; mbPerSecond: number; articlesPerSecond: number; peakRssMb: number | null; vsChrono: number };
  fourTimes: { seconds: number; peakRssMb: number | null; rssIncrease: number | null; vsChrono: number } | null;
  kinds: Array<{ kind: string; seconds: number; facts: number; mbPerSecond: number }>;
  runPath: Record<string, number>;
  long: Array<{ chars: number; seconds: number; facts: number }>;
};

function markdown(r: Report): string {
  const c = r.corpus;
  const e = r.endToEnd;
  const ok = (b: boolean | null) => (b === null ? '?' : b ? '✓' : '✗');
  const lines = [
    `### Benchmark: ${c.quick ? 'first ' : ''}${c.articles.toLocaleString('en')} articles of news-12k (${fmt(c.chars / 1e6, 1)} M chars, ${fmt(c.textMb, 1)} MB of text)`,
    '',
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGb} GB, Node ${r.machine.node} (${r.machine.platform}); ${r.date.slice(0, 10)}.`,
    '',
    '| run | wall (s) | MB/s | articles/s | peak RSS (MB) |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| pilah extract, all five kinds, JSONL + CSV, ${e.threads} threads | ${fmt(e.seconds)} | ${fmt(e.mbPerSecond)} | ${fmt(e.articlesPerSecond, 0)} | ${fmt(e.peakRssMb, 0)} |`,
    ...(r.fourTimes ? [`| the same on the corpus ×4 | ${fmt(r.fourTimes.seconds)} | ${fmt((c.textMb * 4) / r.fourTimes.seconds)} | ${fmt((c.articles * 4) / r.fourTimes.seconds, 0)} | ${fmt(r.fourTimes.peakRssMb, 0)} |`] : []),
    `| chrono-node \`chrono.id.parse\` alone, 1 thread (yardstick) | ${fmt(r.chrono.seconds)} | ${fmt(r.chrono.mbPerSecond)} | ${fmt(c.articles / r.chrono.seconds, 0)} | |`,
    '',
    `- pilah end to end / chrono: **${fmt(e.vsChrono)}×** (target ≤ 1.0 ${ok(e.vsChrono <= 1)})`,
    ...(r.fourTimes ? [`- on the corpus ×4, pilah / (4 × chrono): ${fmt(r.fourTimes.vsChrono)}× (start-up and JIT warm-up spread over a longer input; not the target)`] : []),
    `- peak RSS: **${fmt(e.peakRssMb, 0)} MB** (target ≤ 400 ${ok(e.peakRssMb === null ? null : e.peakRssMb <= 400)})`,
    ...(r.fourTimes ? [`- corpus ×4 raises peak RSS by **${r.fourTimes.rssIncrease === null ? 'n/a' : `${fmt(r.fourTimes.rssIncrease * 100, 1)} %`}** (target < 20 % ${ok(r.fourTimes.rssIncrease === null ? null : r.fourTimes.rssIncrease < 0.2)})`] : []),
  ];
  if (r.kinds.length) {
    lines.push('', '| extractors alone, 1 thread | s | MB/s | facts |', '| --- | ---: | ---: | ---: |');
    for (const k of r.kinds) lines.push(`| ${k.kind} | ${fmt(k.seconds)} | ${fmt(k.mbPerSecond)} | ${k.facts} |`);
    const p = r.runPath;
    lines.push(
      '',
      `Run path, 1 thread, ${p.articles} records: building ${fmt(p.record)} s, zod validation ${fmt(p.validate)} s, JSONL ${fmt(p.jsonl)} s, CSV ${fmt(p.csv)} s.`,
    );
  }
  if (r.long.length) {
    const [a, b] = r.long;
    lines.push('', `One long article (the texts joined), all five kinds, 1 thread: ${r.long.map((l) => `${fmt(l.chars / 1e6, 1)} M chars ${fmt(l.seconds)} s`).join(', ')}${b ? ` (×${fmt(b.seconds / a.seconds, 1)} the time for ×${fmt(b.chars / a.chars, 0)} the text)` : ''}.`);
  }
  lines.push('', 'MB = 10⁶ bytes of UTF-8 article text; wall time of the whole command, start-up included.');
  return lines.join('\n');
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`bench: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
