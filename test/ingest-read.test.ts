import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { InputError, readArticles, articleFromText, type ReadItem, type ReadOptions } from '../src/ingest/index.js';

async function collect(inputs: string[], options?: ReadOptions): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readArticles(inputs, options)) items.push(item);
  return items;
}
const articles = (items: ReadItem[]) => items.flatMap((i) => (i.type === 'article' ? [i.article] : []));
const errors = (items: ReadItem[]) => items.flatMap((i) => (i.type === 'error' ? [i.error] : []));

const TXT = 'KPU Lampung Gelar Rapat Pleno\r\n\r\nBANDAR LAMPUNG - KPU Provinsi Lampung menggelar rapat pleno, Selasa (20/06/2023).\r\nRapat dipimpin Ketua KPU Erwan Bustami.\r\n';
const line = (o: Record<string, unknown>) => JSON.stringify(o);
const JSONL = [
  line({ id: 'kpu-001', title: 'Rapat Pleno KPU', url: 'https://contoh.id/kpu-001', published: 'Rabu, 18 Jun 2025 17:38 WIB', text: 'Jakarta, CNN Indonesia -- KPU menggelar rapat pleno terbuka.', source: 'contoh' }),
  line({ id: 'kpu-002', title: 'Bawaslu Awasi Kampanye', url: null, date: '2025-06-19', content: 'Bawaslu mengawasi kampanye di 15 kabupaten.' }),
  '{"id": "kpu-003", "title": "rusak", "text": "kalimat tanpa penutup',
  line({ id: 'kpu-004', title: 'Tanpa Teks', url: 'https://contoh.id/kpu-004' }),
  '',
  line({ title: 'Tanpa Id', body: 'DPRD menyetujui anggaran pilkada.' }),
].join('\n');
const HTML = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>KPU Tetapkan DPT - Contoh.id</title>
<meta property="og:title" content="KPU Tetapkan DPT"><link rel="canonical" href="https://contoh.id/dpt">
<meta property="article:published_time" content="2024-02-20T10:00:00+07:00"></head>
<body><nav><a href="/">Beranda</a></nav><h1>KPU Tetapkan DPT</h1>
<div class="detail__body-text"><p>SURABAYA, Contoh.id - KPU Jawa Timur menetapkan daftar pemilih tetap dalam rapat pleno terbuka.</p>
<p>Baca juga: KPU Gelar Simulasi</p><p>Jumlah pemilih tetap mencapai 31 juta orang, naik dibanding pemilu sebelumnya.</p></div></body></html>`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pilah-ingest-'));
  const d = join(dir, 'inbox');
  mkdirSync(join(d, 'nested'), { recursive: true });
  writeFileSync(join(d, 'a-good.txt'), TXT);
  writeFileSync(join(d, 'b-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(d, 'c-empty.txt'), '  \n\n \t\n');
  writeFileSync(join(d, 'd-invalid.txt'), Buffer.concat([Buffer.from('Ketua KPU '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(' membuka rapat.')]));
  writeFileSync(join(d, 'e-archive.jsonl'), JSONL);
  writeFileSync(join(d, 'f-page.html'), HTML);
  writeFileSync(join(d, 'nested', 'g.txt.gz'), gzipSync(Buffer.from('Judul Kedua\nIsi berita kedua tentang Bawaslu.')));
  writeFileSync(join(d, '.hidden.txt'), 'tidak dibaca');
  writeFileSync(join(d, 'notes.md'), '# catatan');
  writeFileSync(join(dir, 'single.jsonl.gz'), gzipSync(Buffer.from(JSONL)));
  writeFileSync(join(dir, 'artikel.txt'), TXT);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readArticles: a folder with good and bad inputs', () => {
  let items: ReadItem[];
  beforeAll(async () => {
    items = await collect([join(dir, 'inbox')]);
  });

  test('every good article comes out, in sorted order, with ids relative to the root', () => {
    expect(articles(items).map((a) => a.id)).toEqual(['a-good.txt', 'kpu-001', 'kpu-002', 'e-archive.jsonl:6', 'f-page.html', 'nested/g.txt.gz']);
  });

  test('other files in a folder (notes.md) are skipped, neither articles nor errors', () => {
    expect(items.some((i) => (i.type === 'article' ? i.article.id : i.error.source.path).endsWith('notes.md'))).toBe(false);
  });

  test('each bad input is one error item with source and reason', () => {
    expect(errors(items).map((e) => [e.source.path.replace(dir, ''), e.source.line, e.code])).toEqual([
      ['/inbox/b-binary.txt', null, 'input/binary'],
      ['/inbox/c-empty.txt', null, 'input/empty'],
      ['/inbox/d-invalid.txt', null, 'input/invalid-utf8'],
      ['/inbox/e-archive.jsonl', 3, 'jsonl/malformed'],
      ['/inbox/e-archive.jsonl', 4, 'jsonl/no-text'],
    ]);
    for (const e of errors(items)) expect(e.reason).toContain(e.source.path);
    expect(errors(items)[3].reason).toMatch(/e-archive\.jsonl:3: malformed JSON/);
    expect(errors(items)[2].reason).toMatch(/invalid UTF-8 at byte 10/);
    expect(errors(items)[4].id).toBe('kpu-004');
  });

  test('txt: the first line is the title, the text is the whole normalized file', () => {
    const a = articles(items)[0];
    expect(a.title).toBe('KPU Lampung Gelar Rapat Pleno');
    expect(a.text).toBe('KPU Lampung Gelar Rapat Pleno\n\nBANDAR LAMPUNG - KPU Provinsi Lampung menggelar rapat pleno, Selasa (20/06/2023).\nRapat dipimpin Ketua KPU Erwan Bustami.');
    expect(a.place).toBe('BANDAR LAMPUNG');
    expect(a.source).toEqual({ path: expect.stringMatching(/inbox\/a-good\.txt$/), line: null, format: 'txt' });
    expect(a.sha256).toBe(createHash('sha256').update(a.text).digest('hex'));
  });

  test('html: body without nav and "Baca juga", title, canonical URL, time', () => {
    const a = articles(items).find((x) => x.id === 'f-page.html')!;
    expect(a.title).toBe('KPU Tetapkan DPT');
    expect(a.url).toBe('https://contoh.id/dpt');
    expect(a.published).toBe('2024-02-20T10:00:00+07:00');
    expect(a.text).toBe('SURABAYA, Contoh.id - KPU Jawa Timur menetapkan daftar pemilih tetap dalam rapat pleno terbuka.\n\nJumlah pemilih tetap mencapai 31 juta orang, naik dibanding pemilu sebelumnya.');
    expect(a.place).toBe('SURABAYA');
    expect(a.publisher).toBe('Contoh.id');
  });

  test('gzip is read transparently', () => {
    const a = articles(items).find((x) => x.id === 'nested/g.txt.gz')!;
    expect(a.title).toBe('Judul Kedua');
    expect(a.source.format).toBe('txt');
  });
});

describe('readArticles: JSONL', () => {
  test('{id, title, url, published, text} keeps the ids; other fields go to meta', async () => {
    const items = await collect([join(dir, 'single.jsonl.gz')]);
    const [a, b, c] = articles(items);
    expect([a.id, b.id, c.id]).toEqual(['kpu-001', 'kpu-002', 'single.jsonl.gz:6']);
    expect(a).toMatchObject({
      title: 'Rapat Pleno KPU',
      url: 'https://contoh.id/kpu-001',
      published: '2025-06-18T17:38',
      publishedRaw: 'Rabu, 18 Jun 2025 17:38 WIB',
      place: 'Jakarta',
      publisher: 'CNN Indonesia',
      meta: { source: 'contoh' },
      source: { line: 1, format: 'jsonl' },
    });
    expect(b).toMatchObject({ published: '2025-06-19', text: 'Bawaslu mengawasi kampanye di 15 kabupaten.', url: null, source: { line: 2 } });
    expect(errors(items).map((e) => [e.source.line, e.code])).toEqual([
      [3, 'jsonl/malformed'],
      [4, 'jsonl/no-text'],
    ]);
  });

  test('"-" reads JSONL from stdin', async () => {
    const stdin = Readable.from([Buffer.from(JSONL.slice(0, 40)), Buffer.from(JSONL.slice(40))]);
    const items = await collect(['-'], { stdin });
    expect(articles(items).map((a) => a.id)).toEqual(['kpu-001', 'kpu-002', '-:6']);
    expect(articles(items)[0].source).toEqual({ path: '-', line: 1, format: 'jsonl' });
  });

  test('an over-long line is reported and reading goes on', async () => {
    const long = line({ id: 'panjang', text: 'x'.repeat(5000) });
    const stdin = Readable.from([Buffer.from(`${long}\n${line({ id: 'pendek', text: 'Rapat KPU.' })}\n`)]);
    const items = await collect(['-'], { stdin, maxLineBytes: 1000 });
    expect(errors(items).map((e) => [e.source.line, e.code])).toEqual([[1, 'input/too-large']]);
    expect(articles(items).map((a) => a.id)).toEqual(['pendek']);
  });

  test('streams: a large archive is read line by line', async () => {
    const n = 20000;
    async function* lines() {
      for (let i = 0; i < n; i++) yield Buffer.from(`${line({ id: `a${i}`, text: `Berita nomor ${i} tentang KPU.` })}\n`);
    }
    let count = 0;
    for await (const item of readArticles(['-'], { stdin: Readable.from(lines()) })) if (item.type === 'article') count++;
    expect(count).toBe(n);
  });
});

describe('readArticles: inputs', () => {
  test('a single file: its basename is the id', async () => {
    const items = await collect([join(dir, 'artikel.txt')]);
    expect(articles(items).map((a) => a.id)).toEqual(['artikel.txt']);
  });

  test('a missing input throws InputError naming the path, before any output', async () => {
    const seen: ReadItem[] = [];
    const run = async () => {
      for await (const item of readArticles([join(dir, 'artikel.txt'), join(dir, 'tidak-ada.jsonl')])) seen.push(item);
    };
    await expect(run()).rejects.toThrow(InputError);
    await expect(run()).rejects.toThrow(/tidak-ada\.jsonl/);
    expect(seen).toHaveLength(0);
  });

  test('the same folder read twice gives the same items', async () => {
    const a = await collect([join(dir, 'inbox')]);
    const b = await collect([join(dir, 'inbox')]);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe('articleFromText', () => {
  test('normalizes, hashes and reads the dateline and byline', () => {
    const a = articleFromText('Judul\n\nFeb 14, 2023 - 11:13\n\nLUWU UTARA - KPU menerima kunjungan Kesbangpol.', { id: 'x' });
    expect(a).toMatchObject({ id: 'x', title: 'Judul', place: 'LUWU UTARA', published: '2023-02-14T11:13', publishedRaw: 'Feb 14, 2023 - 11:13', source: { path: 'x', line: null, format: 'txt' } });
  });

  test('a given publication time wins over the byline; JSONL text has no title line', () => {
    const a = articleFromText('KPU Lampung menggelar rapat.', { id: 'y', format: 'jsonl', published: '2024-02-20', title: 'Rapat' });
    expect(a).toMatchObject({ title: 'Rapat', published: '2024-02-20', text: 'KPU Lampung menggelar rapat.' });
  });

  test('an empty text gives an empty article, never a throw', () => {
    expect(articleFromText('  \n ', { id: 'z' }).text).toBe('');
  });
});
