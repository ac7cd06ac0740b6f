/**
 * End to end through the built CLI: inputs in, dataset out (the foundation issue's acceptance).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pilah, tempDir } from './helpers/cli.js';
import { parseCsv } from './helpers/csv.js';
import { describeShared, sharedPath } from './helpers/shared.js';

const DATASET_FILES = ['articles.jsonl', 'articles.csv', 'dates.csv', 'officials.csv', 'institutions.csv', 'stages.csv', 'citations.csv', 'datapackage.json', 'manifest.json', 'errors.jsonl'];

const ARTICLE_A = {
  id: 'kpu-lampung-001',
  title: '=HYPERLINK("http://example.com","klik") Rapat koordinasi KPU',
  url: 'https://example.com/a',
  published: '2023-06-21',
  text:
    'BANDAR LAMPUNG, Contoh News (Lampung) – Ketua KPU Provinsi Lampung, Erwan Bustami menjadi narasumber rapat koordinasi, Selasa (20/06/2023).\n' +
    '=HYPERLINK("http://example.com","klik") Erwan menyampaikan bahwa sesuai Pasal 434 Ayat (1) Undang-Undang Nomor 7 Tahun 2017, pemerintah daerah wajib membantu pemutakhiran data pemilih.',
};
const ARTICLE_B = {
  id: 'bawaslu-002',
  title: 'Bawaslu awasi kampanye',
  url: 'https://example.com/b',
  published: 'Rabu, 18 Jun 2025 17:38 WIB',
  text: 'Ketua Bawaslu Provinsi Lampung, Iskardo, mengingatkan peserta pemilu agar tertib selama masa kampanye pada 28 November 2023 hingga 10 Februari 2024.',
};

function readDataset(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('pilah extract', () => {
  const root = tempDir();
  const input = join(root, 'in');
  mkdirSync(join(input, 'nested'), { recursive: true });
  writeFileSync(join(input, 'archive.jsonl'), `${JSON.stringify(ARTICLE_A)}\n${JSON.stringify(ARTICLE_B)}\n`);
  writeFileSync(join(input, 'nested', 'berita.txt'), 'Judul berita KPU\nKetua KPU Kabupaten Luwu Utara Syamsul Bachri membuka rapat, Senin (13/2/2023).\n');

  test('writes every dataset file, keeps JSONL ids, and offsets match the text', () => {
    const out = join(root, 'out1');
    const r = pilah(['extract', input, '--out', out, '--concurrency', '1']);
    expect(r.stderr).toMatch(/3 articles/);
    expect(r.code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toEqual([...DATASET_FILES].sort());
    const records = readFileSync(join(out, 'articles.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => r.id)).toEqual(['kpu-lampung-001', 'bawaslu-002', 'nested/berita.txt']);
    for (const rec of records) {
      for (const k of ['dates', 'officials', 'institutions', 'stages', 'citations']) {
        for (const f of rec[k]) expect(rec.text.slice(f.start, f.end)).toBe(f.text);
      }
    }
    expect(records[1].published).toBe('2025-06-18T17:38');
    expect(records[1].publishedRaw).toBe('Rabu, 18 Jun 2025 17:38 WIB');
  });

  test('a =HYPERLINK(...) cell coming from an article is neutralized in every CSV', () => {
    const out = join(root, 'out2');
    expect(pilah(['extract', input, '--out', out, '--excel']).code).toBe(0);
    let seen = 0;
    for (const f of readdirSync(out).filter((f) => f.endsWith('.csv'))) {
      const text = readFileSync(join(out, f), 'utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff); // --excel: BOM
      for (const row of parseCsv(text)) {
        for (const cell of row) {
          expect(cell).not.toMatch(/^[=+@\t\r]/);
          if (cell.includes('HYPERLINK')) seen++;
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  test('--concurrency 1 and --concurrency 4 give byte-identical datasets', () => {
    const a = join(root, 'c1');
    const b = join(root, 'c4');
    expect(pilah(['extract', input, '--out', a, '--concurrency', '1']).code).toBe(0);
    expect(pilah(['extract', input, '--out', b, '--concurrency', '4']).code).toBe(0);
    const da = readDataset(a);
    const db = readDataset(b);
    for (const f of DATASET_FILES.filter((f) => f !== 'manifest.json')) expect(db[f]).toBe(da[f]);
  });

  test('--validate checks every record against the schema and changes no byte', () => {
    const plain = join(root, 'c1');
    const checked = join(root, 'validated');
    const r = pilah(['extract', input, '--out', checked, '--validate']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(checked, 'errors.jsonl'), 'utf8')).toBe(readFileSync(join(plain, 'errors.jsonl'), 'utf8'));
    expect(readFileSync(join(checked, 'articles.jsonl'), 'utf8')).toBe(readFileSync(join(plain, 'articles.jsonl'), 'utf8'));
  });

  test('bad inputs go to errors.jsonl, good articles come out, exit 0', () => {
    const bad = join(root, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'a-good.txt'), 'Judul\nKetua KPU Provinsi Lampung, Erwan Bustami, hadir pada Selasa (20/06/2023).\n');
    writeFileSync(join(bad, 'b-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]));
    writeFileSync(join(bad, 'c-empty.txt'), '  \n\n');
    writeFileSync(join(bad, 'd-latin1.txt'), Buffer.from('Judul\nKetua KPU berkata: "caf\xe9 \xe0 la carte" pada Senin.\n', 'latin1'));
    writeFileSync(join(bad, 'e-archive.jsonl'), `${JSON.stringify(ARTICLE_B)}\n{"id": "broken", "text": \n${JSON.stringify({ ...ARTICLE_A, id: 'after-broken' })}\n`);
    writeFileSync(join(bad, 'f-good.txt.gz'), gzipSync('Judul gz\nKetua Bawaslu Provinsi Lampung, Iskardo, hadir pada Jumat (22/11/2024).\n'));
    const out = join(root, 'bad-out');
    const r = pilah(['extract', bad, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning/);
    const ids = readFileSync(join(out, 'articles.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(['a-good.txt', 'bawaslu-002', 'after-broken', 'f-good.txt.gz']);
    const errors = readFileSync(join(out, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(errors.map((e) => e.source.path.replace(/^.*\//, '')).sort()).toEqual(['b-binary.txt', 'c-empty.txt', 'd-latin1.txt', 'e-archive.jsonl']);
    expect(errors.find((e) => e.source.path.endsWith('e-archive.jsonl')).source.line).toBe(2);
    for (const e of errors) expect(e.reason.length).toBeGreaterThan(5);
  });

  test('--stdout writes only JSONL to stdout', () => {
    const r = pilah(['extract', '-', '--stdout'], `${JSON.stringify(ARTICLE_A)}\n${JSON.stringify(ARTICLE_B)}\n`);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
  });

  test.each([
    [['extract', 'no-such-dir', '--out', 'x'], /no-such-dir/],
    [['extract', 'corpus', '--bogus'], /unknown option --bogus/],
    [['extract', 'corpus', '--format', 'xml'], /unknown format "xml"/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['eval'], /--gold FILE is required/],
  ])('pilah %j fails clearly', (args, message) => {
    const r = pilah(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  test('--help everywhere', () => {
    for (const cmd of [[], ['extract'], ['explain'], ['eval']]) {
      const r = pilah([...cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Usage: pilah/);
    }
  });
});

describeShared('pilah extract on the five seed articles', () => {
  test('five articles, every fact kind present, every fact text === text.slice(start, end)', () => {
    const out = join(tempDir(), 'seeds');
    const r = pilah(['extract', sharedPath('seeds'), '--out', out]);
    expect(r.code).toBe(0);
    const records = readFileSync(join(out, 'articles.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(5);
    const kinds = ['dates', 'officials', 'institutions', 'stages', 'citations'];
    for (const k of kinds) expect(records.some((rec) => rec[k].length > 0)).toBe(true);
    for (const rec of records) {
      for (const k of kinds) {
        for (const f of rec[k]) {
          expect(rec.text.slice(f.start, f.end)).toBe(f.text);
          for (const m of f.mentions) expect(rec.text.slice(m.start, m.end)).toBe(m.text);
        }
      }
    }
  });
});
