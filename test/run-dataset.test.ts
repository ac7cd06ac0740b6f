/**
 * The write path under the run: the fast CSV writer is byte for byte csv-stringify, partial
 * files reopen at a checkpoint, and the in-process path (no worker threads) writes the same
 * dataset as the threaded CLI.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AtomicFile } from '../src/write/atomic-file.js';
import { csvLine, csvRows } from '../src/write/dataset.js';
import type { Table } from '../src/write/tables.js';
import type { ArticleRecord } from '../src/types.js';
import { runExtract } from '../src/run/extract.js';
import { pilah, tempDir } from './helpers/cli.js';
import { writeMadeUpCorpus } from './run-corpus.js';

type Cell = string | number | boolean | null;

describe('fast CSV rows', () => {
  // a small deterministic generator: the cells spreadsheets and CSV parsers trip on
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const PIECES = ['=', '+', '-', '@', '\t', '\r', '\n', '\r\n', ',', '"', '""', ' ', "'", 'Ketua KPU', '12', '-12.5', '+62', '0', 'é', '😀', '\u2028', ';'];
  const cell = (): Cell => {
    const k = rand(10);
    if (k === 0) return null;
    if (k === 1) return rand(2) === 0;
    if (k === 2) return rand(1000) - 500 + (rand(2) ? 0.25 : 0);
    return Array.from({ length: rand(5) }, () => PIECES[rand(PIECES.length)]).join('');
  };
  const rows: Cell[][] = Array.from({ length: 3000 }, () => Array.from({ length: 1 + rand(6) }, cell));
  rows.push(['', '', ''], [null], ['=HYPERLINK("http://example.com","klik")', -3, false]);

  test('every row is byte for byte what csvLine (csv-stringify) writes', () => {
    for (const row of rows) {
      const table = { columns: row.map((_, i) => ({ name: `c${i}`, type: 'string', description: '', get: (r: Cell[]) => r[i] })), rows: () => [row] } as unknown as Table<Cell[]>;
      expect(csvRows(table, {} as ArticleRecord)).toBe(csvLine(row));
    }
  });
});

describe('AtomicFile', () => {
  test('a partial file reopened at a checkpoint drops what came after it and appends', () => {
    const dir = tempDir('pilah-atomic-');
    const path = join(dir, 'a.jsonl');
    const f = new AtomicFile(path);
    f.write('satu\n');
    f.write(Buffer.from('dua\n'));
    f.sync();
    const checkpoint = f.length;
    f.write('tiga (after the checkpoint)\n');
    f.close();
    const g = new AtomicFile(path, { resumeAt: checkpoint });
    expect(g.length).toBe(checkpoint);
    g.write('tiga\n');
    g.commit();
    expect(readFileSync(path, 'utf8')).toBe('satu\ndua\ntiga\n');
    expect(existsSync(`${path}.partial`)).toBe(false);
  });

  test('many small parts, text and bytes, are written in order (one gathered write per flush)', () => {
    const dir = tempDir('pilah-atomic-');
    const path = join(dir, 'c.csv');
    const f = new AtomicFile(path);
    let expected = '';
    // more parts than one writev call takes (IOV_MAX, 1024), and flushes in between (64 KB)
    for (let i = 0; i < 5000; i++) {
      const piece = i % 7 === 0 ? `"Pemilu ${i}" — “kata dia” 😀\r\n` : `KPU,${i},é\r\n`;
      f.write(i % 2 === 0 ? piece : Buffer.from(piece, 'utf8'));
      expected += piece;
    }
    expect(f.length).toBe(Buffer.byteLength(expected));
    f.commit();
    expect(readFileSync(path, 'utf8')).toBe(expected);
  });

  test('a checkpoint beyond the end of the partial file is an error, not silent loss', () => {
    const dir = tempDir('pilah-atomic-');
    const path = join(dir, 'b.csv');
    writeFileSync(`${path}.partial`, 'abc');
    expect(() => new AtomicFile(path, { resumeAt: 10 })).toThrow(/3 bytes on disk, the checkpoint needs 10/);
  });
});

describe('in-process extraction', () => {
  test('writes the same dataset as the threaded CLI', async () => {
    const root = tempDir('pilah-inproc-');
    const corpus = writeMadeUpCorpus(join(root, 'berita.jsonl'), 150, 23);
    const threaded = join(root, 'threads');
    expect(pilah(['extract', corpus, '--out', threaded]).code).toBe(0);
    const inProcess = join(root, 'in-process');
    const sink = { write: () => true } as unknown as NodeJS.WriteStream;
    const summary = await runExtract(
      { inputs: [corpus], out: inProcess, formats: new Set(['jsonl', 'csv']), concurrency: 2, excel: false, includeText: true, stdout: false, progress: false },
      { stdout: sink, stderr: sink },
    );
    expect(summary.articles).toBe(150 - 6);
    expect(summary.errors).toBe(6);
    for (const f of ['articles.jsonl', 'articles.csv', 'dates.csv', 'officials.csv', 'institutions.csv', 'stages.csv', 'citations.csv', 'errors.jsonl']) {
      expect(readFileSync(join(inProcess, f), 'utf8') === readFileSync(join(threaded, f), 'utf8')).toBe(true);
    }
  });
});
