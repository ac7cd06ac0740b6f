/**
 * Parallel runs are deterministic: whatever the number of worker threads, the dataset (errors
 * in input order included) is byte-identical, and the in-process path gives the same bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pilah, tempDir } from './helpers/cli.js';
import { writeMadeUpCorpus } from './run-corpus.js';

const FILES = ['articles.jsonl', 'articles.csv', 'dates.csv', 'officials.csv', 'institutions.csv', 'stages.csv', 'citations.csv', 'errors.jsonl', 'datapackage.json'];

describe('parallel extraction', () => {
  const root = tempDir('pilah-scale-');
  const corpus = writeMadeUpCorpus(join(root, 'berita.jsonl'), 900, 41);

  test('--concurrency 0 (in-process), 1, 2 and 3 give byte-identical datasets, errors in input order', () => {
    const outs = [0, 1, 2, 3].map((c) => {
      const out = join(root, `c${c}`);
      const r = pilah(['extract', corpus, '--out', out, '--concurrency', String(c)]);
      expect(r.code).toBe(0);
      return out;
    });
    for (const f of FILES) {
      const a = readFileSync(join(outs[0], f));
      for (const o of outs.slice(1)) if (!readFileSync(join(o, f)).equals(a)) throw new Error(`${f} differs between --concurrency 0 and ${o}`);
    }
    const errors = readFileSync(join(outs[0], 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(errors.map((e) => e.source.line)).toEqual(Array.from({ length: 21 }, (_, i) => 41 * (i + 1)));
    const manifest = JSON.parse(readFileSync(join(outs[1], 'manifest.json'), 'utf8'));
    expect(manifest.counts.articles).toBe(900 - 21);
    expect(manifest.counts.errors).toBe(21);
  });
});
