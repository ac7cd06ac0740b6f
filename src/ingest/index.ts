/**
 * Ingestion: inputs (files, folders, "-" for JSONL on stdin) -> a stream of articles and error
 * items, in a deterministic order, one reader per format.
 *
 * Handles: `.txt`, `.html`/`.htm`, `.jsonl`/`.ndjson`, each optionally `.gz`; folders walked
 * recursively in sorted order (files of unknown type there become error items; hidden files are
 * skipped); a single file of unknown type sniffed by its first byte ("<" HTML, "{" JSONL, else
 * text); binary, invalid UTF-8, empty, malformed-JSONL and text-less items as error items, after
 * which reading goes on. An input path that does not exist or cannot be read at all throws an
 * InputError before anything is yielded.
 * Ids: the input's `id` field (JSONL), else the path relative to the input root (a single file:
 * its basename; a JSONL line without id: "<path>:<line>").
 * Not here: extraction, writing.
 */
import { access, stat } from 'node:fs/promises';
import { constants } from 'node:fs';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import type { Article, ErrorRecord } from '../types.js';

export { articleFromText } from './article.js';
import { walk } from './dir.js';
import { parseJsonlLine, readJsonl, type RawLine } from './jsonl.js';

export { parseJsonlLine, type RawLine };
import { formatOf, openBytes, readAll, TooLargeError } from './source.js';
import { txtItem } from './txt.js';

export type ReadItem =
  | { type: 'article'; article: Article }
  | { type: 'error'; error: ErrorRecord };

/** A read item, or a JSONL line left for a worker thread to parse (`readItems` with `deferJsonl`). */
export type PendingItem = ReadItem | { type: 'line'; raw: RawLine };

export interface ReadOptions {
  /** largest .txt/.html file read (bytes, after gunzip); bigger ones are error items. Default 64 MiB. */
  maxBytes?: number;
  /** longest JSONL line (bytes); longer ones are error items. Default 64 MiB. */
  maxLineBytes?: number;
  /** the stream "-" reads (default process.stdin) */
  stdin?: Readable;
  /** leave JSONL lines unparsed (`{type: 'line'}` items), for worker threads to parse */
  deferJsonl?: boolean;
}

/** An input path that does not exist or cannot be read at all. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly path: string = '',
  ) {
    super(message);
    this.name = 'InputError';
  }
}

const DEFAULT_MAX = 64 * 1024 * 1024;
const posix = (p: string) => p.replace(/\\/g, '/');

async function checkInput(input: string): Promise<'file' | 'dir' | 'stdin'> {
  if (input === '-') return 'stdin';
  try {
    const s = await stat(input);
    await access(input, constants.R_OK);
    if (s.isDirectory()) return 'dir';
    if (s.isFile() || s.isFIFO()) return 'file';
    throw new Error('not a regular file or folder');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'ENOENT' ? 'no such file or folder' : e.code === 'EACCES' ? 'permission denied' : e.message;
    throw new InputError(`cannot read input "${input}": ${why}`, input);
  }
}

// One file of a known or sniffed format -> its items.
async function* readFile(path: string, display: string, id: string, format: 'txt' | 'html' | 'jsonl' | null, options: ReadOptions): AsyncGenerator<PendingItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX;
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX;
  const fail = (code: string, reason: string, fmt: string): ReadItem => ({
    type: 'error',
    error: { source: { path: display, line: null, format: fmt }, id, code, reason: `${display}: ${reason}` },
  });
  if (format === 'jsonl') {
    yield* readJsonl(openBytes(path), { path: display, idBase: id, maxLineBytes }, options.deferJsonl);
    return;
  }
  let buf: Buffer;
  try {
    buf = await readAll(openBytes(path), maxBytes);
  } catch (err) {
    if (err instanceof TooLargeError) yield fail('input/too-large', err.message, format ?? 'unknown');
    else if (/header|zlib|unexpected end/i.test((err as Error).message)) yield fail('input/gzip', `not readable as gzip (${(err as Error).message})`, format ?? 'unknown');
    else yield fail('input/unreadable', (err as Error).message, format ?? 'unknown');
    return;
  }
  let fmt: 'txt' | 'html' | 'jsonl' | null = format;
  if (fmt === null) {
    // a single file without a known extension: sniff
    const head = buf.subarray(0, 512).toString('utf8').replace(/^\ufeff/, '').trimStart();
    fmt = head.startsWith('<') ? 'html' : head.startsWith('{') ? 'jsonl' : 'txt';
    if (fmt === 'jsonl') {
      const { Readable } = await import('node:stream');
      yield* readJsonl(Readable.from([buf]), { path: display, idBase: id, maxLineBytes }, options.deferJsonl);
      return;
    }
  }
  // cheerio (and the HTTP client it brings) loads only when a run meets an HTML page
  if (fmt === 'html') yield (await import('./html.js')).htmlItem(buf, { path: display, id });
  else yield txtItem(buf, { path: display, id });
}

/**
 * Read every input in order; each yields articles and error items as its reader finds them.
 * Throws InputError (before yielding) when an input path does not exist or cannot be read.
 * With `deferJsonl`, JSONL lines may come unparsed (see `PendingItem`).
 */
export async function* readItems(inputs: string[], options: ReadOptions = {}): AsyncGenerator<PendingItem> {
  const kinds: Array<'file' | 'dir' | 'stdin'> = [];
  for (const input of inputs) kinds.push(await checkInput(input));
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    const kind = kinds[i];
    if (kind === 'stdin') {
      yield* readJsonl(options.stdin ?? process.stdin, { path: '-', idBase: '-', maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX }, options.deferJsonl);
    } else if (kind === 'file') {
      yield* readFile(input, posix(input), basename(input), formatOf(input), options);
    } else {
      const root = posix(input).replace(/\/+$/, '');
      for await (const entry of walk(input)) {
        const display = `${root}/${entry.rel}`;
        if (entry.type === 'error') {
          yield { type: 'error', error: { source: { path: display, line: null, format: 'unknown' }, id: entry.rel, code: 'input/unreadable', reason: `${display}: ${entry.reason}` } };
          continue;
        }
        const format = formatOf(entry.rel);
        // other files in a folder (README.md, LICENSE, images) are not articles: skipped, not errors
        if (format === null) continue;
        yield* readFile(entry.path, display, entry.rel, format, options);
      }
    }
  }
}

/** Every input in order as articles and error items (`readItems` with every line parsed). */
export function readArticles(inputs: string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  return readItems(inputs, { ...options, deferJsonl: false }) as AsyncGenerator<ReadItem>;
}
