/**
 * Ingestion entry points. FIRST VERSION (lead): only `articleFromText`, so that eval can run;
 * the ingestion work completes this module with readArticles(), articleFromHtml() and readers.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../types.js';
import { normalizeText } from '../text/normalize.js';
import { findBylineTime, parseDateline } from '../text/dateline.js';
import { normalizePublished } from './published.js';

export interface TextInit {
  id: string;
  format?: 'txt' | 'html' | 'jsonl';
  title?: string | null;
  url?: string | null;
  published?: string | null;
  path?: string;
  line?: number | null;
  meta?: Record<string, unknown>;
}

/** One in-memory text → Article. */
export function articleFromText(raw: string, init: TextInit): Article {
  const { text } = normalizeText(raw);
  const format = init.format ?? 'txt';
  let title = init.title ?? null;
  if (title === null && format === 'txt') title = text.split('\n', 1)[0]?.trim() || null;
  const byline = findBylineTime(text);
  const publishedRaw = init.published ?? byline?.text ?? null;
  // the dateline sits at the start of the first body line (after a title line for .txt)
  const firstLineEnd = text.indexOf('\n');
  const dl = parseDateline(text, 0) ?? (firstLineEnd >= 0 ? parseDateline(text, firstLineEnd + 1) : null);
  return {
    id: init.id,
    source: { path: init.path ?? init.id, line: init.line ?? null, format },
    sha256: createHash('sha256').update(text).digest('hex'),
    title,
    url: init.url ?? null,
    published: normalizePublished(publishedRaw),
    publishedRaw,
    publisher: dl?.publisher ?? null,
    place: dl?.place ?? null,
    text,
    meta: init.meta ?? {},
  };
}

// ---- FIRST VERSION (lead): minimal readers so the CLI runs end to end; the ingestion work
// replaces everything below with one reader per format (html, gz, stdin, error handling).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { ErrorRecord } from '../types.js';

export type ReadItem = { type: 'article'; article: Article } | { type: 'error'; error: ErrorRecord };
export interface ReadOptions {}
export class InputError extends Error {}

function listFiles(root: string): string[] {
  const st = statSync(root);
  if (!st.isDirectory()) return [root];
  const out: string[] = [];
  for (const name of readdirSync(root).sort()) out.push(...listFiles(join(root, name)));
  return out;
}

export async function* readArticles(inputs: string[], _options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  for (const input of inputs) {
    let files: string[];
    try {
      files = listFiles(input);
    } catch (err) {
      throw new InputError(`${input}: cannot read input (${(err as Error).message})`);
    }
    const isDir = files.length !== 1 || files[0] !== input;
    for (const file of files) {
      const rel = isDir ? relative(input, file) : basename(file);
      const raw = readFileSync(file, 'utf8');
      if (file.endsWith('.jsonl')) {
        const lines = raw.split('\n');
        for (let i = 0; i < lines.length; i++) {
          if (!lines[i].trim()) continue;
          try {
            const o = JSON.parse(lines[i]);
            yield { type: 'article', article: articleFromText(o.text ?? o.content ?? o.body ?? '', { id: String(o.id ?? `${rel}:${i + 1}`), format: 'jsonl', title: o.title ?? null, url: o.url ?? null, published: o.published ?? o.date ?? null, path: rel, line: i + 1 }) };
          } catch (err) {
            yield { type: 'error', error: { source: { path: rel, line: i + 1, format: 'jsonl' }, id: null, code: 'jsonl/malformed', reason: (err as Error).message } };
          }
        }
      } else if (file.endsWith('.txt')) {
        yield { type: 'article', article: articleFromText(raw, { id: rel, path: rel }) };
      }
    }
  }
}
