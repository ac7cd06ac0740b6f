/**
 * `pilah eval`: run the pipeline over gold files in the shared/gold format and print per-kind
 * precision/recall/F1, lenient and strict, plus officials' position accuracy; optionally the same
 * date scores for raw chrono-node (`chrono.id`) as a yardstick.
 */
import { readFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { articleFromText } from '../ingest/index.js';
import { extractArticle } from '../pipeline.js';
import type { Fact } from '../types.js';
import { emptyScore, factsToItems, prf, scoreArticle, SCORED_KINDS, type ArticleDiff, type Item, type KindScore, type ScoredKind } from './score.js';
import { chronoDates } from './chrono-baseline.js';

export interface EvalOptions {
  gold: string[];
  kinds?: ScoredKind[];
  baseline?: 'chrono' | null;
  verbose?: boolean;
  out?: string | null;
}

export interface GoldLine {
  id: string;
  text_file?: string;
  text?: string;
  text_ref?: { file: string; id: string };
  published?: string | null;
  [k: string]: unknown;
}

export interface EvalReport {
  file: string;
  articles: number;
  scores: Record<ScoredKind, KindScore>;
  baseline: Record<string, KindScore>;
  diffs: ArticleDiff[];
}

/**
 * The shared/ folder a gold file belongs to: the folder above it (shared/gold/dev.jsonl), else
 * ../shared beside the working directory (check sets kept in the repository, test/checksets).
 */
export function sharedRootFor(goldFile: string): string {
  const candidates = [join(dirname(resolve(goldFile)), '..'), resolve('..', 'shared')];
  return candidates.find((c) => existsSync(join(c, 'vocab', 'institutions.tsv'))) ?? candidates[0];
}

/** The institution ids of shared/vocab/institutions.tsv. */
function loadInstitutionVocab(goldFile: string): Set<string> {
  const tsv = join(sharedRootFor(goldFile), 'vocab', 'institutions.tsv');
  if (!existsSync(tsv)) return new Set();
  return new Set(
    readFileSync(tsv, 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t')[0].trim())
      .filter(Boolean),
  );
}

// texts of JSONL archives under shared/, by file and id, read once
const archiveTexts = new Map<string, Map<string, string>>();

function archiveText(path: string, id: string): string | undefined {
  let texts = archiveTexts.get(path);
  if (!texts) {
    texts = new Map();
    for (const l of readFileSync(path, 'utf8').split('\n')) {
      if (!l.trim()) continue;
      const o = JSON.parse(l) as { id?: string; text?: string };
      if (o.id !== undefined && typeof o.text === 'string') texts.set(String(o.id), o.text);
    }
    archiveTexts.set(path, texts);
  }
  return texts.get(id);
}

/**
 * The article text of a gold line: `text`, or `text_file` (relative to shared/), or `text_ref`
 * {file, id}: the line with that id in a JSONL archive under shared/ (so that check sets of real
 * articles can be kept without copying the articles).
 */
export function goldText(line: GoldLine, goldFile: string): string {
  if (typeof line.text === 'string') return line.text;
  const root = sharedRootFor(goldFile);
  if (line.text_file) return readFileSync(join(root, line.text_file), 'utf8');
  if (line.text_ref) {
    const text = archiveText(join(root, line.text_ref.file), line.text_ref.id);
    if (text === undefined) throw new Error(`${goldFile}: gold line ${line.id}: no article "${line.text_ref.id}" in ${join(root, line.text_ref.file)}`);
    return text;
  }
  throw new Error(`${goldFile}: gold line ${line.id} has neither text, text_file nor text_ref`);
}

export function evaluateFile(file: string, options: EvalOptions): EvalReport {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as GoldLine;
      } catch (err) {
        throw new Error(`${file}:${i + 1}: invalid JSON: ${(err as Error).message}`);
      }
    });
  const vocab = loadInstitutionVocab(file);
  const kinds = options.kinds ?? SCORED_KINDS;
  const scores = Object.fromEntries(SCORED_KINDS.map((k) => [k, emptyScore()])) as Record<ScoredKind, KindScore>;
  const baseline: Record<string, KindScore> = {};
  const diffs: ArticleDiff[] = [];
  for (const line of lines) {
    const text = goldText(line, file);
    const article = articleFromText(text, {
      id: line.id,
      format: 'txt',
      published: line.published ?? null,
      title: line.text_file ? undefined : null,
    });
    const { facts } = extractArticle(article);
    const predicted = Object.fromEntries(SCORED_KINDS.map((k) => [k, factsToItems(facts as Fact[], k)])) as Record<ScoredKind, Item[]>;
    diffs.push(...scoreArticle({ id: line.id, text: article.text, gold: line, predicted }, scores, vocab, kinds));
    if (options.baseline === 'chrono' && kinds.includes('date') && Array.isArray(line.dates)) {
      baseline['chrono.id date'] ??= emptyScore();
      const values = chronoDates(article.text, article.published);
      const tmp = { date: baseline['chrono.id date'] } as Record<ScoredKind, KindScore>;
      scoreArticle({ id: line.id, text: article.text, gold: line, predicted: { date: values.map((value) => ({ value })) } as unknown as Record<ScoredKind, Item[]> }, tmp, vocab, ['date']);
    }
  }
  return { file, articles: lines.length, scores, baseline, diffs };
}

const f3 = (x: number) => x.toFixed(3);

/** The eval table as Markdown (it goes into the README as is). */
export function formatReport(r: EvalReport, kinds: ScoredKind[] = SCORED_KINDS): string {
  const out: string[] = [];
  out.push(`gold: ${r.file} (${r.articles} articles)`);
  out.push('');
  out.push('| kind | P | R | F1 | strict P | strict R | strict F1 | tp/fp/fn (lenient) |');
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  const row = (name: string, s: KindScore) => {
    const l = prf(s.lenient);
    const st = prf(s.strict);
    out.push(`| ${name} | ${f3(l.p)} | ${f3(l.r)} | ${f3(l.f1)} | ${f3(st.p)} | ${f3(st.r)} | ${f3(st.f1)} | ${s.lenient.tp}/${s.lenient.fp}/${s.lenient.fn} |`);
  };
  for (const k of kinds) if (r.scores[k].articles > 0) row(k, r.scores[k]);
  for (const [name, s] of Object.entries(r.baseline)) if (s.articles > 0) row(name, s);
  const o = r.scores.official;
  if (kinds.includes('official') && o.articles > 0) {
    out.push('');
    out.push(`official position accuracy (matched by name): ${o.positionTotal ? f3(o.positionMatched! / o.positionTotal) : 'n/a'} (${o.positionMatched}/${o.positionTotal})`);
  }
  return out.join('\n');
}

export function formatDiffs(r: EvalReport): string {
  const out: string[] = [];
  for (const d of r.diffs) {
    out.push(`- ${d.id} [${d.kind}]`);
    if (d.missed.length) out.push(`    missed:   ${d.missed.join(' ; ')}`);
    if (d.spurious.length) out.push(`    spurious: ${d.spurious.join(' ; ')}`);
    if (d.kind !== 'date' && d.kind !== 'stage' && (d.strictMissed.length || d.strictSpurious.length)) {
      if (d.strictMissed.length) out.push(`    strict missed:   ${d.strictMissed.join(' ; ')}`);
      if (d.strictSpurious.length) out.push(`    strict spurious: ${d.strictSpurious.join(' ; ')}`);
    }
  }
  return out.join('\n');
}

export function runEval(options: EvalOptions, print: (s: string) => void): EvalReport[] {
  const reports = options.gold.map((f) => evaluateFile(f, options));
  for (const r of reports) {
    print(formatReport(r, options.kinds));
    if (options.verbose) print(`\n${formatDiffs(r)}`);
    print('');
  }
  if (options.out) {
    mkdirSync(options.out, { recursive: true });
    writeFileSync(join(options.out, 'eval.json'), `${JSON.stringify(reports, null, 2)}\n`);
  }
  return reports;
}
