/**
 * Raw text + what the reader knows -> an Article: normalized text, sha256, title, dateline
 * place/publisher, publication time (given, else a byline time in the first lines).
 *
 * Handles: a .txt whose first non-empty line is the title (kept in the text: offsets count from
 * the file start), a JSONL/HTML body whose first line is the dateline ("Jakarta, CNN Indonesia --"),
 * a byline "Feb 14, 2023 - 11:13" standing for the missing publication time.
 * Not here: decoding bytes (decode.ts), HTML boilerplate (html.ts).
 */
import * as crypto from 'node:crypto';
import type { Article, Source } from '../types.js';
import { normalizedText } from '../text/normalize.js';
import { findBylineTime, findDateline } from '../text/dateline.js';
import { normalizePublished } from './published.js';

export interface ArticleInit {
  id: string;
  source: Source;
  title?: string | null;
  url?: string | null;
  /** publication time as the source gave it (any common form) */
  published?: string | number | null;
  publisher?: string | null;
  meta?: Record<string, unknown>;
}

/** Why a text cannot become an article. */
export interface ArticleProblem {
  code: string;
  reason: string;
}

/** Hex sha256 of a text's UTF-8 bytes: one-shot `crypto.hash` where Node has it (20.12+). */
export const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha256', text, 'hex') : (text) => crypto.createHash('sha256').update(text).digest('hex');

const ODD_SPACE = /[^\S ]|\s\s/;

// a title or URL field: trimmed, whitespace collapsed, empty -> null
function clean(s: unknown): string | null {
  if (typeof s !== 'string') return null;
  // the replace changes only a run of two whitespace characters or one that is not a space
  const t = (ODD_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
  return t ? t : null;
}

/** Build an article from raw (un-normalized) text; a problem when nothing readable remains. */
export function buildArticle(raw: string, init: ArticleInit): Article | ArticleProblem {
  const text = normalizedText(raw);
  if (!/[\p{L}\p{N}]/u.test(text)) return { code: 'input/empty', reason: text ? 'no letters or digits in the text' : 'empty text after cleaning' };
  const isTxt = init.source.format === 'txt';
  let title = clean(init.title);
  if (title === null && isTxt) {
    const nl = text.indexOf('\n');
    title = clean(nl < 0 ? text : text.slice(0, nl));
  }
  const dateline = findDateline(text, 0, { titleLine: isTxt });
  let publishedRaw: string | null = init.published === null || init.published === undefined ? null : String(init.published).trim() || null;
  let published = normalizePublished(publishedRaw);
  if (published === null) {
    const byline = findBylineTime(text);
    const fromByline = byline ? normalizePublished(byline.text) : null;
    if (fromByline) {
      published = fromByline;
      publishedRaw = byline!.text;
    }
  }
  return {
    id: init.id,
    source: init.source,
    sha256: sha256Hex(text),
    title,
    url: clean(init.url),
    published,
    publishedRaw,
    publisher: dateline?.publisher ?? clean(init.publisher),
    place: dateline?.place ?? null,
    text,
    meta: init.meta ?? {},
  };
}

export function isProblem(a: Article | ArticleProblem): a is ArticleProblem {
  return (a as ArticleProblem).code !== undefined && (a as Article).text === undefined;
}

/** One in-memory text -> Article (eval and tests). Never throws: an empty text gives an empty article. */
export function articleFromText(
  text: string,
  init: {
    id: string;
    format?: 'txt' | 'html' | 'jsonl';
    title?: string | null;
    url?: string | null;
    published?: string | null;
    path?: string;
    line?: number | null;
    meta?: Record<string, unknown>;
  },
): Article {
  const source = { path: init.path ?? init.id, line: init.line ?? null, format: init.format ?? 'txt' };
  const built = buildArticle(text, { id: init.id, source, title: init.title, url: init.url, published: init.published, meta: init.meta });
  if (!isProblem(built)) return built;
  const normalized = normalizedText(text);
  return {
    id: init.id,
    source,
    sha256: sha256Hex(normalized),
    title: init.title ?? null,
    url: init.url ?? null,
    published: null,
    publishedRaw: init.published ?? null,
    publisher: null,
    place: null,
    text: normalized,
    meta: init.meta ?? {},
  };
}
