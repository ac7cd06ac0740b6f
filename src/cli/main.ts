#!/usr/bin/env node
/**
 * The pilah command line: flag parsing only; the work is in src/run and src/eval.
 */
import { existsSync } from 'node:fs';
import { helpText, parseArgs, UsageError, type CommandSpec } from './args.js';
import { DEFAULT_CHECKPOINT_MS, DEFAULT_TIME_BUDGET_MS, LockedError, ResumeError, runExtract } from '../run/extract.js';
import { SCORED_KINDS, type ScoredKind } from '../eval/score.js';
import { InputError } from '../ingest/index.js';
import { VERSION } from '../version.js';
import type { OutputFormat } from '../write/dataset.js';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

// A smaller inlining budget for V8's optimizing compiler, process-wide (worker threads too):
// pilah's extractors are many large functions, and with the default budget (920) the first
// few thousand articles of every thread are spent compiling and re-compiling huge inlined
// functions. Measured on news-12k: -12 % CPU on a first pass over the articles, +3 % at most
// once warm (the 2-thread run: 5.0 s -> 4.5 s). The other V8 setting, a larger interrupt budget,
// is set by threaded runs only (src/run/pool.ts).
setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');

const EXTRACT: CommandSpec = {
  name: 'extract',
  usage: 'pilah extract <inputs...> [--out DIR] [--format jsonl,csv] [--concurrency N] [--excel] [--no-text] [--stdout] [--resume] [--time-budget MS]',
  summary:
    'Extract dates, officials, institutions, election stages and legal citations from articles.\n' +
    'Inputs: .txt, .html/.htm, .jsonl/.ndjson archives, directories (recursive), .gz, and - for JSONL on stdin.\n' +
    'Files are written as <file>.partial with checkpoints and renamed when the run completes; after a\n' +
    'crash or kill, the same command with --resume continues where the last checkpoint left off.\n' +
    'With --stdout (filter mode: `pilah extract - --stdout`) stdout carries only JSONL records;\n' +
    'progress, unreadable inputs and the summary go to stderr.',
  minPositional: 1,
  flags: {
    out: { type: 'string', meta: 'DIR', description: 'output directory', default: 'output' },
    format: { type: 'string', meta: 'LIST', description: 'comma-separated: jsonl, csv', default: 'jsonl,csv' },
    concurrency: { type: 'number', meta: 'N', description: 'extraction worker threads (0: extract on the main thread, without --time-budget)', default: availableParallelism() },
    excel: { type: 'boolean', description: 'write CSVs with a UTF-8 byte order mark for Excel' },
    text: { type: 'boolean', description: 'include the normalized article text in articles.jsonl (--no-text omits it)', default: true },
    stdout: { type: 'boolean', description: 'stream JSONL records to stdout instead of writing a dataset' },
    validate: { type: 'boolean', description: 'check every record against the JSON schema as it is written (a few per cent slower)' },
    progress: { type: 'boolean', description: 'progress line on stderr (default: when stderr is a terminal)' },
    resume: { type: 'boolean', description: 'continue the interrupted run in --out (same inputs and options); starts afresh when there is none' },
    'time-budget': { type: 'number', meta: 'MS', description: 'per-article extraction budget; a slower article is skipped and listed in errors.jsonl (0: no limit)', default: DEFAULT_TIME_BUDGET_MS },
    checkpoint: { type: 'number', meta: 'MS', description: 'least time between two resumable checkpoints', default: DEFAULT_CHECKPOINT_MS },
  },
};

const EXPLAIN: CommandSpec = {
  name: 'explain',
  usage: 'pilah explain <file>',
  summary: 'Print every fact of the article(s) with 30 characters of context and the rule that found it.',
  minPositional: 1,
  flags: {},
};

const EVAL: CommandSpec = {
  name: 'eval',
  usage: 'pilah eval --gold FILE [--gold FILE...] [--out DIR] [--kind KIND...] [--baseline chrono] [--verbose]',
  summary: 'Score the extractor against gold facts in the shared/gold format: per kind, lenient and strict.',
  minPositional: 0,
  flags: {
    gold: { type: 'string', meta: 'FILE', repeat: true, description: 'gold JSONL file (repeatable)' },
    out: { type: 'string', meta: 'DIR', description: 'also write eval.json there' },
    kind: { type: 'string', meta: 'KIND', repeat: true, description: `score only these kinds: ${SCORED_KINDS.join(', ')}` },
    baseline: { type: 'string', meta: 'NAME', description: 'also score a baseline on dates: chrono (chrono-node chrono.id)' },
    verbose: { type: 'boolean', description: 'list missed and spurious facts per article' },
  },
};

const COMMANDS = [EXTRACT, EXPLAIN, EVAL];

const MAIN_HELP = `pilah ${VERSION} — memilah fakta dari berita pemilu

Usage: pilah <command> [options]

Commands:
  extract   extract facts from articles into JSONL/CSV datasets
  explain   show each fact of an article with its context and rule
  eval      score against gold facts

Run pilah <command> --help for the options of a command.`;

// `pilah explain x | head`: a reader that closes early ends the program quietly, not with EPIPE
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    process.stdout.write(`${MAIN_HELP}\n`);
    return cmd ? 0 : 2;
  }
  if (cmd === '--version' || cmd === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const spec = COMMANDS.find((c) => c.name === cmd);
  if (!spec) throw new UsageError(`unknown command "${cmd}" (commands: ${COMMANDS.map((c) => c.name).join(', ')})`);
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${helpText(spec)}\n`);
    return 0;
  }
  const { flags, positional } = parseArgs(spec, rest);
  if (spec === EXTRACT) {
    const formats = String(flags.format)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    for (const f of formats) if (f !== 'jsonl' && f !== 'csv') throw new UsageError(`extract: unknown format "${f}" (jsonl, csv)`);
    const concurrency = Number(flags.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 0) throw new UsageError(`extract: --concurrency must be a whole number ≥ 0, got ${flags.concurrency}`);
    for (const input of positional) if (input !== '-' && !existsSync(input)) throw new InputError(`${input}: no such file or directory`);
    const budget = Number(flags['time-budget']);
    if (!(budget >= 0)) throw new UsageError(`extract: --time-budget must be ≥ 0 ms, got ${flags['time-budget']}`);
    const checkpoint = Number(flags.checkpoint);
    if (!(checkpoint >= 0)) throw new UsageError(`extract: --checkpoint must be ≥ 0 ms, got ${flags.checkpoint}`);
    if (flags.resume && flags.stdout) throw new UsageError('extract: --resume needs a dataset directory (--out), not --stdout');
    const out = String(flags.out);
    const onInterrupt = () => {
      // the journal holds the last checkpoint: nothing more to save
      process.stderr.write(`\npilah: interrupted${flags.stdout ? '' : `; what is written stays in ${out} and \`pilah extract … --out ${out} --resume\` continues it`}\n`);
      process.exit(130);
    };
    process.once('SIGINT', onInterrupt);
    let summary;
    try {
      summary = await runExtract(
        {
          inputs: positional,
          out: flags.stdout ? null : out,
          formats: new Set(formats as OutputFormat[]),
          concurrency,
          excel: Boolean(flags.excel),
          includeText: flags.text !== false,
          validate: flags.validate === true,
          stdout: Boolean(flags.stdout),
          progress: flags.progress === undefined ? Boolean(process.stderr.isTTY) : Boolean(flags.progress),
          resume: Boolean(flags.resume),
          timeBudgetMs: budget,
          checkpointMs: checkpoint,
        },
        { stdout: process.stdout, stderr: process.stderr },
      );
    } catch (err) {
      if (err instanceof ResumeError || err instanceof LockedError) throw new UsageError(err.message);
      throw err;
    } finally {
      process.off('SIGINT', onInterrupt);
    }
    const f = summary.facts;
    const where = flags.stdout ? 'stdout' : String(flags.out);
    const resumed = summary.resumed ? ` (resumed after ${summary.resumed} items)` : '';
    process.stderr.write(
      `pilah: ${summary.articles} articles → ${where} in ${summary.seconds.toFixed(1)}s${resumed} ` +
        `(${f.dates} dates, ${f.officials} officials, ${f.institutions} institutions, ${f.stages} stages, ${f.citations} citations)\n`,
    );
    if (summary.stdoutClosed) process.stderr.write('pilah: stdout was closed by its reader; the run stopped early\n');
    if (summary.errors || summary.warnings) {
      process.stderr.write(`pilah: warning: ${summary.errors} input(s) could not be read or extracted${flags.stdout ? '' : ` (see ${where}/errors.jsonl)`}, ${summary.warnings} warning message(s) on articles\n`);
    }
    return 0;
  }
  if (spec === EXPLAIN) {
    for (const input of positional) if (!existsSync(input)) throw new InputError(`${input}: no such file or directory`);
    // loaded here: `extract` keeps the extractors out of the main thread (worker threads load them)
    const { explain } = await import('../run/explain.js');
    await explain(positional, (s) => process.stdout.write(`${s}\n`));
    return 0;
  }
  // eval
  const gold = (flags.gold as string[] | undefined) ?? [];
  if (gold.length === 0) throw new UsageError('eval: --gold FILE is required');
  for (const g of gold) if (!existsSync(g)) throw new InputError(`${g}: gold file not found`);
  const kinds = flags.kind as string[] | undefined;
  for (const k of kinds ?? []) if (!SCORED_KINDS.includes(k as ScoredKind)) throw new UsageError(`eval: unknown kind "${k}" (${SCORED_KINDS.join(', ')})`);
  if (flags.baseline !== undefined && flags.baseline !== 'chrono') throw new UsageError(`eval: unknown baseline "${flags.baseline}" (chrono)`);
  const { runEval } = await import('../eval/run.js');
  runEval(
    { gold, kinds: kinds as ScoredKind[] | undefined, baseline: flags.baseline === 'chrono' ? 'chrono' : null, verbose: Boolean(flags.verbose), out: (flags.out as string) ?? null },
    (s) => process.stdout.write(`${s}\n`),
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError || err instanceof InputError) {
      process.stderr.write(`pilah: ${err.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`pilah: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = 1;
    }
  },
);
