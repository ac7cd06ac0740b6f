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
import type { ReadItem } from './index.js';
import { buildArticle, isProblem } from './article.js';
import { byteLines } from './source.js';
import { binaryReason, invalidUtf8Offset } from './decode.js';

const TEXT_FIELDS = ['text', 'content', 'body'] as const;
const PUBLISHED_FIELDS = ['published', 'date'] as const;
const utf8 = new TextDecoder('utf-8');

export interface JsonlContext {
  /** display path of the archive ("-" for stdin) */
  path: string;
  /** id prefix for lines without an `id` field: the path relative to the input root */
  idBase: string;
  maxLineBytes: number;
}

function pickString(record: Record<string, unknown>, keys: readonly string[]): { key: string; value: string } | null {
  for (const k of keys) {
    const v = record[k];
    if (typeof v === 'string') return { key: k, value: v };
  }
  return null;
}

/** Article or error items of an archive stream, in line order. */
export async function* readJsonl(stream: Readable, ctx: JsonlContext): AsyncGenerator<ReadItem> {
  const error = (line: number | null, code: string, reason: string, id: string | null = null): ReadItem => ({
    type: 'error',
    error: { source: { path: ctx.path, line, format: 'jsonl' }, id, code, reason: `${ctx.path}${line ? `:${line}` : ''}: ${reason}` },
  });
  try {
    for await (const { bytes, line, tooLong } of byteLines(stream, ctx.maxLineBytes)) {
      if (tooLong) {
        yield error(line, 'input/too-large', `line longer than ${ctx.maxLineBytes} bytes`);
        continue;
      }
      let b = bytes;
      if (line === 1) {
        if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
        const binary = binaryReason(b);
        if (binary) {
          yield error(null, 'input/binary', `${binary}: not a JSONL archive`);
          return;
        }
      }
      const bad = invalidUtf8Offset(b);
      if (bad >= 0) {
        yield error(line, 'input/invalid-utf8', `invalid UTF-8 at byte ${bad} of the line`);
        continue;
      }
      const raw = utf8.decode(b);
      if (raw.trim() === '') continue;
      let record: unknown;
      try {
        record = JSON.parse(raw);
      } catch (err) {
        yield error(line, 'jsonl/malformed', `malformed JSON (${(err as Error).message})`);
        continue;
      }
      if (record === null || typeof record !== 'object' || Array.isArray(record)) {
        yield error(line, 'jsonl/not-object', `a JSON ${Array.isArray(record) ? 'array' : typeof record}, not an object`);
        continue;
      }
      const r = record as Record<string, unknown>;
      const rawId = r.id;
      const hasId = (typeof rawId === 'string' && rawId.trim() !== '') || (typeof rawId === 'number' && Number.isFinite(rawId));
      const id = hasId ? String(rawId).trim() : `${ctx.idBase}:${line}`;
      const text = pickString(r, TEXT_FIELDS);
      if (!text) {
        yield error(line, 'jsonl/no-text', 'no "text", "content" or "body" string field', id);
        continue;
      }
      const published = PUBLISHED_FIELDS.map((k) => ({ key: k, value: r[k] })).find((p) => typeof p.value === 'string' || typeof p.value === 'number');
      const used = new Set<string>(['id', 'title', 'url', text.key, ...(published ? [published.key] : [])]);
      const meta: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(r)) if (!used.has(k)) meta[k] = v;
      const article = buildArticle(text.value, {
        id,
        source: { path: ctx.path, line, format: 'jsonl' },
        title: typeof r.title === 'string' ? r.title : null,
        url: typeof r.url === 'string' ? r.url : null,
        published: published ? (published.value as string | number) : null,
        meta,
      });
      if (isProblem(article)) yield error(line, article.code, article.reason, id);
      else yield { type: 'article', article };
    }
  } catch (err) {
    // a gzip or read error in the middle of an archive: what was read stays, the rest is reported
    yield error(null, /incorrect header|unexpected end|invalid|zlib/i.test((err as Error).message) ? 'input/gzip' : 'input/unreadable', (err as Error).message);
  }
}
