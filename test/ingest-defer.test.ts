/**
 * JSONL lines deferred to the worker threads (`readItems` with `deferJsonl`, parsed by `settle`)
 * give exactly the items of a reader that parses every line itself: same articles, same errors,
 * same blank lines skipped, same keys for --resume.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticles, readItems, type PendingItem, type ReadItem } from '../src/ingest/index.js';
import { itemKey, packLines, settle } from '../src/run/items.js';

const line = (o: unknown) => JSON.stringify(o);
const BOM = '\ufeff';
// each row: what the line is, and the line
const LINES: Array<[string, string]> = [
  ['a BOM before the first object', `${BOM}${line({ id: 'a1', text: 'KPU Kabupaten Luwu Utara menggelar rapat pleno terbuka.' })}`],
  ['a blank line', ''],
  ['blanks only', ' \t '],
  ['no-break spaces only (blank to String#trim)', '\u00a0\u00a0\u3000'],
  ['an object after spaces', `   ${line({ id: 'a2', content: 'Bawaslu Kota Bekasi mengawasi masa tenang.' })}`],
  ['an object after a no-break space', `\u00a0${line({ id: 'a3', text: 'Rapat pleno dipimpin Ketua KPU.' })}`],
  ['malformed JSON', '{"id": "a4", "text": "kalimat tanpa penutup'],
  ['an array', '[1, 2, 3]'],
  ['a string', '"teks lepas"'],
  ['no text field', line({ id: 'a5', title: 'Tanpa Teks' })],
  ['no letters in the text', line({ id: 'a6', text: '... --- ...' })],
  ['no id: the path and line', line({ body: 'DPRD menyetujui anggaran pilkada.', published: '2024-02-14' })],
  ['CRLF line end', `${line({ id: 'a7', text: 'KPU menetapkan DPT.' })}\r`],
];

let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pilah-defer-'));
  file = join(dir, 'arsip.jsonl');
  const bytes = Buffer.concat([...LINES.flatMap(([, l]) => [Buffer.from(l), Buffer.from('\n')]), Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d, 0x0a])]);
  writeFileSync(file, bytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect<T>(gen: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe('deferred JSONL lines', () => {
  test('settle() of the deferred items equals the items parsed on reading, key for key', async () => {
    const parsed: ReadItem[] = await collect(readArticles([file]));
    const pending: PendingItem[] = await collect(readItems([file], { deferJsonl: true }));
    expect(pending.filter((p) => p.type === 'line').length).toBeGreaterThanOrEqual(8);
    const settled = packLines(pending).map(settle);
    expect(settled).toEqual(parsed);
    expect(settled.map(itemKey)).toEqual(parsed.map(itemKey));
  });

  test('blank lines, even of no-break spaces, are no items; the invalid UTF-8 line is an error naming file and line', async () => {
    const parsed = await collect(readArticles([file]));
    expect(parsed).toHaveLength(LINES.length - 3 + 1);
    const utf8 = parsed.find((p) => p.type === 'error' && p.error.code === 'input/invalid-utf8');
    expect(utf8?.type === 'error' && utf8.error.reason).toBe(`${file}:${LINES.length + 1}: invalid UTF-8 at byte 2 of the line`);
  });

  test('packLines() copies the bytes of a batch into one buffer', async () => {
    const pending = packLines(await collect(readItems([file], { deferJsonl: true })));
    const buffers = new Set(pending.flatMap((p) => (p.type === 'line' ? [p.raw.bytes.buffer] : [])));
    expect(buffers.size).toBe(1);
  });
});
