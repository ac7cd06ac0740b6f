/**
 * The piscina worker: extracts and serializes one batch, and hands the bytes back without a
 * copy (the buffer is transferred). Loaded from dist/run/worker.js by src/run/pool.ts.
 *
 * Fault injection for tests of the time guard and of crash recovery, from the environment:
 * `PILAH_FAULT=stall:<article id>` spins forever on that article, `crash:<article id>` ends the
 * worker thread on it, `delay:<ms>` sleeps that long before every article (a slow run to kill),
 * `load:<message>` fails while the worker starts (a broken lexicon file).
 */
import { createHash } from 'node:crypto';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { runBatch, type BatchTask, type BatchResult, type BeforeArticle } from './batch.js';
import { processArticle } from './record.js';
import type { Article } from '../types.js';

// Extractors build some of their tables on first use. A worker does that here, before it takes
// its first task, so that the time guard measures articles and not the worker's start-up.
const WARM_UP_TEXT =
  'BANDAR LAMPUNG – Ketua KPU Provinsi Lampung, Erwan Bustami, membuka rapat pleno pada Selasa (20/06/2023). ' +
  'Sesuai Pasal 434 ayat (1) Undang-Undang Nomor 7 Tahun 2017, Bawaslu Kabupaten Luwu Utara mengawasi pemutakhiran data pemilih ' +
  'mulai 14 Februari 2024 hingga akhir Maret 2024, sebelum masa kampanye Pilkada 2024.';
const warmUp: Article = {
  id: 'warm-up',
  source: { path: 'warm-up', line: null, format: 'txt' },
  sha256: createHash('sha256').update(WARM_UP_TEXT).digest('hex'),
  title: null,
  url: null,
  published: '2023-06-21',
  publishedRaw: '2023-06-21',
  publisher: null,
  place: null,
  text: WARM_UP_TEXT,
  meta: {},
};
try {
  processArticle(warmUp, { includeText: false });
} catch {
  // a failing extractor shows up, per article, in the real tasks
}

function faultHook(spec: string | undefined): BeforeArticle | undefined {
  if (!spec) return undefined;
  const [what, arg] = [spec.slice(0, spec.indexOf(':')), spec.slice(spec.indexOf(':') + 1)];
  if (what === 'stall') {
    return (a) => {
      if (a.id === arg) for (;;);
    };
  }
  if (what === 'crash') {
    return (a) => {
      if (a.id === arg) process.exit(70);
    };
  }
  if (what === 'delay') {
    const cell = new Int32Array(new SharedArrayBuffer(4));
    return () => void Atomics.wait(cell, 0, 0, Number(arg));
  }
  return undefined;
}

if (process.env.PILAH_FAULT?.startsWith('load:')) throw new Error(process.env.PILAH_FAULT.slice(5));
const beforeArticle = faultHook(process.env.PILAH_FAULT);

export default function extractBatch(task: BatchTask): unknown {
  const result: BatchResult = runBatch(task, beforeArticle);
  return move({
    get [transferableSymbol]() {
      return [result.packed.bytes.buffer];
    },
    get [valueSymbol]() {
      return result;
    },
  } as never);
}
