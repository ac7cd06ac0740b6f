/**
 * The per-article time guard and worker failures, through the built CLI: an article that stalls
 * or kills its worker is cut off, reported in errors.jsonl, and the run goes on with every other
 * article written in input order. `PILAH_FAULT` (src/run/worker.ts) injects the fault.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, pilah, tempDir } from './helpers/cli.js';
import { PROJECT_ROOT } from './helpers/shared.js';
import { madeUpArticle, writeMadeUpCorpus } from './run-corpus.js';

function pilahWithFault(args: string[], fault: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, PILAH_FAULT: fault }, timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean);

describe('per-article time guard', () => {
  const root = tempDir('pilah-guard-');
  const corpus = writeMadeUpCorpus(join(root, 'berita.jsonl'), 300);
  const reference = join(root, 'reference');
  beforeAll(() => expect(pilah(['extract', corpus, '--out', reference]).code).toBe(0));

  test.each([
    ['stall', 'extract/timeout', /per-article budget of 400 ms/],
    ['crash', 'extract/worker-failed', /worker/],
  ])('an article that makes the worker %s is skipped and reported; the rest is as without it', (fault, code, reason) => {
    const out = join(root, fault);
    const victim = madeUpArticle(123).id;
    const started = Date.now();
    const r = pilahWithFault(['extract', corpus, '--out', out, '--time-budget', '400'], `${fault}:${victim}`);
    expect(r.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(60_000);
    const errors = lines(join(out, 'errors.jsonl')).map((l) => JSON.parse(l));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ id: victim, code, source: { line: 124 } });
    expect(errors[0].reason).toMatch(reason);
    // every other article, in order, byte for byte as in a run without the fault
    const expected = lines(join(reference, 'articles.jsonl')).filter((l) => !l.startsWith(`{"id":"${victim}"`));
    expect(lines(join(out, 'articles.jsonl'))).toEqual(expected);
    expect(lines(join(out, 'dates.csv'))).toEqual(lines(join(reference, 'dates.csv')).filter((l) => !l.startsWith(`${victim},`)));
  });

  test('workers that cannot start (a broken lexicon) fail the run at once and clearly, without hanging', () => {
    const out = join(root, 'broken');
    const r = pilahWithFault(['extract', corpus, '--out', out], 'load:lexicon contoh.json: entry #3 is broken');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/lexicon contoh.json: entry #3 is broken/);
  });

  test('a 5 MB single-line article and a table of numbers cannot stall the run', () => {
    const input = join(root, 'pathological.jsonl');
    const oneLine = Array.from({ length: 40_000 }, (_, i) => madeUpArticle(i).text.replace(/\n+/g, ' ').slice(0, 130)).join(' ');
    const table = Array.from({ length: 20_000 }, (_, i) => `${i + 1} | ${(i * 7) % 31}/${(i % 12) + 1}/2023 | ${i * 13} | ${(i * 37) % 1000},${i % 10} | Pasal ${i % 500} | ${(i * 3) % 100}`).join('\n');
    const good = [madeUpArticle(1), madeUpArticle(2)];
    writeFileSync(
      input,
      [good[0], { id: 'satu-baris', published: '2023-06-21', text: oneLine }, { id: 'tabel-angka', published: '2023-06-21', text: table }, good[1]].map((a) => JSON.stringify(a)).join('\n') + '\n',
    );
    expect(oneLine.length).toBeGreaterThan(5_000_000);
    const out = join(root, 'pathological');
    const budget = 3000;
    const started = Date.now();
    const r = pilah(['extract', input, '--out', out, '--time-budget', String(budget)]);
    expect(r.code).toBe(0);
    // each pathological article costs at most its budget (plus the watchdog's tick and a fresh worker)
    expect(Date.now() - started).toBeLessThan(2 * budget + 30_000);
    const written = lines(join(out, 'articles.jsonl')).map((l) => JSON.parse(l).id);
    const errors = lines(join(out, 'errors.jsonl')).map((l) => JSON.parse(l));
    for (const e of errors) expect(e.code).toBe('extract/timeout');
    // nothing lost, nothing duplicated, input order kept
    const all = [...written, ...errors.map((e) => e.id)];
    expect(all.sort()).toEqual([good[0].id, 'satu-baris', 'tabel-angka', good[1].id].sort());
    expect(written.filter((id) => id.startsWith('contoh'))).toEqual([good[0].id, good[1].id]);
  });
});
