/**
 * The streaming filter mode: JSONL in on stdin, JSONL out on stdout, nothing else on stdout, so
 * that `pilah extract - --stdout` composes with shell pipelines (and Hadoop Streaming or Spark
 * `pipe()` mappers).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, pilah, tempDir } from './helpers/cli.js';
import { describeShared, PROJECT_ROOT, sharedPath } from './helpers/shared.js';
import { writeMadeUpCorpus } from './run-corpus.js';

function sh(script: string) {
  const r = spawnSync('bash', ['-c', script], { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 1 << 30, timeout: 900_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('pilah extract - --stdout', () => {
  const root = tempDir('pilah-stdout-');
  const corpus = writeMadeUpCorpus(join(root, 'berita.jsonl'), 400, 50);

  test('in a pipeline: one JSON record per article on stdout, in input order, the rest on stderr', () => {
    const r = sh(`cat '${corpus}' | node '${CLI}' extract - --stdout`);
    expect(r.code).toBe(0);
    const out = r.stdout.split('\n');
    expect(out.pop()).toBe('');
    expect(out).toHaveLength(400 - 8); // 8 malformed lines
    const ids = out.map((l) => JSON.parse(l).id);
    expect(ids[0]).toBe('contoh-00000');
    expect([...ids].sort()).toEqual(ids);
    // unreadable lines and the summary went to stderr
    expect(r.stderr).toMatch(/392 articles → stdout/);
    expect(r.stderr.match(/jsonl\/malformed/g)).toHaveLength(8);
  });

  test('stdout carries exactly the bytes of articles.jsonl of a dataset run on the same stdin', () => {
    const out = join(root, 'dataset');
    const a = sh(`node '${CLI}' extract - --stdout < '${corpus}'`);
    const b = sh(`node '${CLI}' extract - --out '${out}' --format jsonl < '${corpus}'`);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(a.stdout === readFileSync(join(out, 'articles.jsonl'), 'utf8')).toBe(true);
  });

  test('a reader that stops early (| head -n 1) ends the run quietly', () => {
    const r = sh(`node '${CLI}' extract '${corpus}' --stdout | head -n 1; echo "exit=\${PIPESTATUS[0]}"`);
    expect(r.stdout.split('\n')[0]).toMatch(/^\{"id":"contoh-00000"/);
    expect(r.stdout).toMatch(/exit=0\n$/);
    expect(r.stderr).not.toMatch(/Error|at .*\.js:\d+/);
  });

  test('--resume needs a dataset directory', () => {
    const r = pilah(['extract', '-', '--stdout', '--resume'], '');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--resume needs a dataset directory/);
  });
});

describeShared('pilah extract - --stdout on news-12k', () => {
  test('cat news-12k.jsonl | pilah extract - --stdout | wc -l prints 12583, and stdout holds only JSONL', () => {
    const corpus = sharedPath('bench', 'news-12k.jsonl');
    const r = sh(`cat '${corpus}' | node '${CLI}' extract - --stdout`);
    expect(r.code).toBe(0);
    const out = r.stdout.split('\n');
    expect(out.pop()).toBe('');
    expect(out).toHaveLength(12583);
    for (const l of out) expect(l.startsWith('{"id":')).toBe(true);
    expect(() => out.forEach((l) => JSON.parse(l))).not.toThrow();
  }, 900_000);
});
