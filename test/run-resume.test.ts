/**
 * Resumable runs through the built CLI: a run killed with SIGKILL mid-way and resumed gives a
 * dataset byte-identical to an uninterrupted run; a resume refuses other inputs or options; a
 * new run never leaves the directory as a mix of two runs.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, pilah, tempDir } from './helpers/cli.js';
import { PROJECT_ROOT } from './helpers/shared.js';
import { writeMadeUpCorpus } from './run-corpus.js';

const JOURNAL = '.pilah-journal.jsonl';
const DATASET = ['articles.jsonl', 'articles.csv', 'dates.csv', 'officials.csv', 'institutions.csv', 'stages.csv', 'citations.csv', 'errors.jsonl', 'datapackage.json'];
const N = 1200;

function files(dir: string): Record<string, Buffer> {
  return Object.fromEntries(DATASET.map((f) => [f, readFileSync(join(dir, f))]));
}

function expectSameDataset(dir: string, reference: string): void {
  const a = files(reference);
  const b = files(dir);
  for (const f of DATASET) {
    // a failing byte comparison prints megabytes: compare, then name the file
    if (!a[f].equals(b[f])) throw new Error(`${f} differs from the uninterrupted run`);
  }
  expect(readdirSync(dir).sort()).toEqual([...DATASET, 'manifest.json'].sort());
}

function checkpoints(dir: string): Array<{ items: number }> {
  if (!existsSync(join(dir, JOURNAL))) return [];
  return readFileSync(join(dir, JOURNAL), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('{"checkpoint"'))
    .map((l) => {
      try {
        return JSON.parse(l).checkpoint;
      } catch {
        return null;
      }
    })
    .filter(Boolean);
}

/**
 * Start `pilah extract` slowed down (2 ms per article), wait until the journal holds
 * `afterCheckpoints` checkpoints past the start, then SIGKILL it.
 */
async function killMidway(args: string[], out: string, afterCheckpoints: number): Promise<void> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: PROJECT_ROOT, stdio: 'ignore', env: { ...process.env, PILAH_FAULT: 'delay:2' } });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (checkpoints(out).filter((c) => c.items > 0).length >= afterCheckpoints) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  child.kill('SIGKILL');
  await exited;
}

describe('pilah extract --resume', () => {
  const root = tempDir('pilah-resume-');
  const corpus = writeMadeUpCorpus(join(root, 'berita.jsonl'), N, 97);
  const reference = join(root, 'reference');

  beforeAll(() => {
    const r = pilah(['extract', corpus, '--out', reference]);
    expect(r.code).toBe(0);
  });

  test('a run killed with SIGKILL mid-way, then resumed, equals an uninterrupted run byte for byte', async () => {
    const out = join(root, 'killed');
    await killMidway(['extract', corpus, '--out', out, '--checkpoint', '0'], out, 2);
    // killed mid-way: partial files and a journal, no dataset file under its final name
    expect(existsSync(join(out, 'articles.jsonl'))).toBe(false);
    expect(existsSync(join(out, 'articles.jsonl.partial'))).toBe(true);
    const done = checkpoints(out).at(-1)!.items;
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(N);
    const r = pilah(['extract', corpus, '--out', out, '--resume']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/resumed after \d+ items/);
    expectSameDataset(out, reference);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).counts).toEqual(JSON.parse(readFileSync(join(reference, 'manifest.json'), 'utf8')).counts);
  });

  test('killed twice, with a torn journal line, and resumed: still byte-identical', async () => {
    const out = join(root, 'twice');
    await killMidway(['extract', corpus, '--out', out, '--checkpoint', '0'], out, 1);
    await killMidway(['extract', corpus, '--out', out, '--checkpoint', '0', '--resume'], out, 4);
    appendFileSync(join(out, JOURNAL), '{"checkpoint":{"items":99'); // a write cut short
    const r = pilah(['extract', corpus, '--out', out, '--resume']);
    expect(r.code).toBe(0);
    expectSameDataset(out, reference);
  });

  test('a resume with other inputs or other options is refused and changes nothing', async () => {
    const out = join(root, 'refused');
    await killMidway(['extract', corpus, '--out', out, '--checkpoint', '0'], out, 2);
    // the same articles but one: the prefix the checkpoint covers no longer matches
    const text = readFileSync(corpus, 'utf8').split('\n');
    text[0] = text[0].replace('membuka rapat', 'menutup rapat');
    const other = join(root, 'lain.jsonl');
    writeFileSync(other, text.join('\n'));
    const r1 = pilah(['extract', other, '--out', out, '--resume']);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/cannot resume: the inputs differ/);
    const r2 = pilah(['extract', corpus, '--out', out, '--resume', '--format', 'jsonl']);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/cannot resume: .*--format csv,jsonl/);
    // the interrupted run is still there to resume
    const r3 = pilah(['extract', corpus, '--out', out, '--resume']);
    expect(r3.code).toBe(0);
    expectSameDataset(out, reference);
  });

  test('--resume without an interrupted run starts from the beginning', () => {
    const out = join(root, 'fresh');
    const r = pilah(['extract', corpus, '--out', out, '--resume']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/no interrupted run to resume/);
    expectSameDataset(out, reference);
  });

  test('a killed run leaves the dataset of an earlier completed run intact', async () => {
    const out = join(root, 'earlier');
    expect(pilah(['extract', corpus, '--out', out]).code).toBe(0);
    const before = files(out);
    const manifest = readFileSync(join(out, 'manifest.json'));
    const other = writeMadeUpCorpus(join(root, 'lain2.jsonl'), N, 0, N);
    await killMidway(['extract', other, '--out', out, '--checkpoint', '0'], out, 2);
    const after = files(out);
    for (const f of DATASET) expect(after[f].equals(before[f])).toBe(true);
    expect(readFileSync(join(out, 'manifest.json')).equals(manifest)).toBe(true);
  });

  test('a run with fewer formats removes the other files of an earlier run (no mix of two)', () => {
    const out = join(root, 'formats');
    expect(pilah(['extract', corpus, '--out', out]).code).toBe(0);
    expect(pilah(['extract', corpus, '--out', out, '--format', 'jsonl']).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['articles.jsonl', 'datapackage.json', 'errors.jsonl', 'manifest.json']);
  });

  test('a second run on the same directory is refused while the first one is alive; a dead one\'s lock is taken over', async () => {
    const out = join(root, 'locked');
    const child = spawn(process.execPath, [CLI, 'extract', corpus, '--out', out], { cwd: PROJECT_ROOT, stdio: 'ignore', env: { ...process.env, PILAH_FAULT: 'delay:5' } });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    while (!existsSync(join(out, '.pilah-lock'))) await new Promise((r) => setTimeout(r, 10));
    const r = pilah(['extract', corpus, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/another pilah run \(pid \d+\) is writing/);
    child.kill('SIGKILL');
    await exited;
    expect(existsSync(join(out, '.pilah-lock'))).toBe(true); // left by the killed run
    expect(pilah(['extract', corpus, '--out', out, '--resume']).code).toBe(0);
    expectSameDataset(out, reference);
  });

  test('a commit interrupted between renames is finished by the next run', () => {
    const out = join(root, 'commit');
    expect(pilah(['extract', corpus, '--out', out]).code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    // the state a kill between two renames leaves: some files still .partial, no manifest
    for (const f of ['dates.csv', 'errors.jsonl']) renameSync(join(out, f), join(out, `${f}.partial`));
    rmSync(join(out, 'manifest.json'));
    const header = { journal: 'pilah-run', version: manifest.version, build: 'x', options: { formats: ['csv', 'jsonl'], excel: false, text: true }, started: manifest.timing.started };
    const cp = { items: 0, digest: '', last: '', sizes: {}, counts: manifest.counts };
    writeFileSync(join(out, JOURNAL), [header, { checkpoint: cp }, { commit: { manifest } }].map((l) => JSON.stringify(l)).join('\n') + '\n');
    const r = pilah(['extract', corpus, '--out', out, '--resume']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/finished committing/);
    expectSameDataset(out, reference);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))).toEqual(manifest);
  });
});
