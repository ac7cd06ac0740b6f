/**
 * JSONL / NDJSON archives: one article per line, read as a stream.
 *
 * Handles: `id`, `title`, `url`, `published` | `date`, `text` | `content` | `body`; every other
 * field kept under `meta`; numeric ids; a BOM on the first line; CRLF; blank lines (skipped);
 * a malformed line, a line that is not an object, a line without text, an invalid UTF-8 line,
 * an over-long line: each one error item naming file and line, and reading goes on.
 * Not here: opening and gunzipping (source.ts).
 */
import type { Readable } from 'node:stream';
import type { PendingItem, ReadItem } from './index.js';
import { buildArticle, isProblem } from './article.js';
import { byteLines } from './source.js';
import { binaryReason, invalidUtf8Offset } from './decode.js';

const TEXT_FIELDS = ['text', 'content', 'body'] as const;
const PUBLISHED_FIELDS = ['published', 'date'] as const;
const utf8 = new TextDecoder('utf-8');

/** Where a JSONL line comes from: enough to parse it anywhere (a worker thread). */
export interface LineSource {
  /** display path of the archive */
  path: string;
  /** id prefix for a line without an `id` field */
  idBase: string;
}

/**
 * A line left unparsed: its bytes (a view into `bytes` when packed for a worker thread) and where
 * it comes from. `parseJsonlLine()` turns it into an article or an error item.
 */
export interface RawLine extends LineSource {
  bytes: Uint8Array;
  line: number;
}

/** display path of the archive ("-" for stdin); id prefix: the path relative to the input root */
export interface JsonlContext extends LineSource {
  maxLineBytes: number;
}

function pickString(record: Record<string, unknown>, keys: readonly string[]): { key: string; value: string } | null {
  for (const k of keys) {
    const v = record[k];
    if (typeof v === 'string') return { key: k, value: v };
  }
  return null;
}

const ASCII_SPACE = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]);

/**
 * Does the line start with "{" after ASCII blanks? Then it is no blank line (String#trim would
 * keep the "{"), and it can be parsed later, elsewhere, with the same result as here.
 */
function opensObject(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x7b) return true;
    if (!ASCII_SPACE.has(b[i])) return false;
  }
  return false;
}

function lineError(src: LineSource, line: number | null, code: string, reason: string, id: string | null = null): ReadItem {
  return { type: 'error', error: { source: { path: src.path, line, format: 'jsonl' }, id, code, reason: `${src.path}${line ? `:${line}` : ''}: ${reason}` } };
}

/** One line of an archive -> an article or an error item; null for a blank line. Never throws. */
export function parseJsonlLine(b: Uint8Array, line: number, src: LineSource): ReadItem | null {
  const bad = invalidUtf8Offset(b);
  if (bad >= 0) return lineError(src, line, 'input/invalid-utf8', `invalid UTF-8 at byte ${bad} of the line`);
  const raw = utf8.decode(b);
  if (raw.trim() === '') return null;
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch (err) {
    return lineError(src, line, 'jsonl/malformed', `malformed JSON (${(err as Error).message})`);
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return lineError(src, line, 'jsonl/not-object', `a JSON ${Array.isArray(record) ? 'array' : typeof record}, not an object`);
  }
  const r = record as Record<string, unknown>;
  const rawId = r.id;
  const hasId = (typeof rawId === 'string' && rawId.trim() !== '') || (typeof rawId === 'number' && Number.isFinite(rawId));
  const id = hasId ? String(rawId).trim() : `${src.idBase}:${line}`;
  const text = pickString(r, TEXT_FIELDS);
  if (!text) return lineError(src, line, 'jsonl/no-text', 'no "text", "content" or "body" string field', id);
  // (a loop, not `.map(...).find(...)`: an optimized `.map` makes an array of another elements kind)
  let published: { key: string; value: unknown } | undefined;
  for (const k of PUBLISHED_FIELDS) {
    if (typeof r[k] === 'string' || typeof r[k] === 'number') {
      published = { key: k, value: r[k] };
      break;
    }
  }
  const used = new Set<string>(['id', 'title', 'url', text.key, ...(published ? [published.key] : [])]);
  const meta: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) if (!used.has(k)) meta[k] = v;
  const article = buildArticle(text.value, {
    id,
    source: { path: src.path, line, format: 'jsonl' },
    title: typeof r.title === 'string' ? r.title : null,
    url: typeof r.url === 'string' ? r.url : null,
    published: published ? (published.value as string | number) : null,
    meta,
  });
  return isProblem(article) ? lineError(src, line, article.code, article.reason, id) : { type: 'article', article };
}

/**
 * Article or error items of an archive stream, in line order. With `defer`, a line that opens a
 * JSON object is yielded unparsed (`{type: 'line'}`) for a worker thread to parse: the reading
 * thread then only splits lines.
 */
export async function* readJsonl(stream: Readable, ctx: JsonlContext, defer = false): AsyncGenerator<PendingItem> {
  try {
    for await (const { bytes, line, tooLong } of byteLines(stream, ctx.maxLineBytes)) {
      if (tooLong) {
        yield lineError(ctx, line, 'input/too-large', `line longer than ${ctx.maxLineBytes} bytes`);
        continue;
      }
      let b = bytes;
      if (line === 1) {
        if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
        const binary = binaryReason(b);
        if (binary) {
          yield lineError(ctx, null, 'input/binary', `${binary}: not a JSONL archive`);
          return;
        }
      }
      if (defer && opensObject(b)) {
        yield { type: 'line', raw: { bytes: b, line, path: ctx.path, idBase: ctx.idBase } };
        continue;
      }
      const item = parseJsonlLine(b, line, ctx);
      if (item) yield item;
    }
  } catch (err) {
    // a gzip or read error in the middle of an archive: what was read stays, the rest is reported
    yield lineError(ctx, null, /incorrect header|unexpected end|invalid|zlib/i.test((err as Error).message) ? 'input/gzip' : 'input/unreadable', (err as Error).message);
  }
}
