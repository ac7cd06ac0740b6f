/**
 * Flat memory: four times the input must not raise the peak RSS of `pilah extract` (worker
 * threads included) by 20 % or more. Catches anything in the run path that keeps a batch alive
 * until the end of the run. `npm run bench` makes the same check on news-12k.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, tempDir } from './helpers/cli.js';
import { PROJECT_ROOT } from './helpers/shared.js';
import { madeUpArticle } from './run-corpus.js';

/** Peak RSS (MB) of `pilah extract ARGS`, sampled from /proc/<pid>/status VmHWM. */
function peakRss(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: PROJECT_ROOT, stdio: 'ignore' });
    let peak = 0;
    const timer = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]) / 1024);
      } catch {
        /* exited */
      }
    }, 20);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`pilah exited with ${code}`));
      else resolve(peak);
    });
  });
}

const onLinux = process.platform === 'linux' ? describe : describe.skip;

onLinux('memory stays flat as the input grows', () => {
  test('4× the articles raises peak RSS by less than 20 %', async () => {
    const root = tempDir('pilah-memory-');
    // articles of a few kB, like news; the long ones make the output of a batch large
    const lines = Array.from({ length: 4000 }, (_, i) => {
      const a = madeUpArticle(i);
      return JSON.stringify({ ...a, text: `${a.text}\n\n${madeUpArticle(i + 1).text}\n\n${madeUpArticle(i + 2).text}` });
    });
    const one = join(root, 'satu.jsonl');
    const four = join(root, 'empat.jsonl');
    writeFileSync(one, `${lines.join('\n')}\n`);
    writeFileSync(four, `${[...lines, ...lines, ...lines, ...lines].join('\n')}\n`);
    // the peak of a run varies by 10-15 % from run to run (when the heaps of the threads happen to
    // be full at once, how much memory compilation holds), more on a busy machine (the other test
    // files run beside this one): the baseline is the higher of two runs, as in `npm run bench`,
    // and the long input the lower of two, since what grows with the input grows in every run
    const base = Math.max(
      await peakRss(['extract', one, '--out', join(root, 'out-1a'), '--concurrency', '2']),
      await peakRss(['extract', one, '--out', join(root, 'out-1b'), '--concurrency', '2']),
    );
    const big = Math.min(
      await peakRss(['extract', four, '--out', join(root, 'out-4a'), '--concurrency', '2']),
      await peakRss(['extract', four, '--out', join(root, 'out-4b'), '--concurrency', '2']),
    );
    expect(base).toBeGreaterThan(0);
    if (big / base >= 1.2) throw new Error(`peak RSS ${big.toFixed(0)} MB on 4x the input against ${base.toFixed(0)} MB`);
  }, 600_000);
});
