/**
 * Plain-text articles: one file, one article; the first non-empty line is the title.
 *
 * Handles: UTF-8 with or without BOM, UTF-16 with BOM, CRLF, leading blank lines (the seed
 * "002" starts with two), a byline time line "Feb 14, 2023 - 11:13" (-> published), the dateline
 * on the title line itself ("PAGARALAM, KORANPALPRES.COM - Pj Walikota …").
 * The article text is the whole normalized file, title line included: offsets count from the
 * file start. Binary, invalid UTF-8 and empty files become error items.
 * Not here: HTML (html.ts).
 */
import type { ReadItem } from './index.js';
import { buildArticle, isProblem } from './article.js';
import { decodeText } from './decode.js';

export interface FileContext {
  /** display path (as given on the command line, joined with the path inside a folder) */
  path: string;
  /** the article id: the path relative to the input root */
  id: string;
}

/** One .txt file's bytes -> an article or an error item. */
export function txtItem(buf: Uint8Array, ctx: FileContext): ReadItem {
  const source = { path: ctx.path, line: null, format: 'txt' as const };
  const decoded = decodeText(buf);
  if (!decoded.ok) return { type: 'error', error: { source, id: ctx.id, code: decoded.code, reason: `${ctx.path}: ${decoded.reason}` } };
  const article = buildArticle(decoded.text, { id: ctx.id, source });
  if (isProblem(article)) return { type: 'error', error: { source, id: ctx.id, code: article.code, reason: `${ctx.path}: ${article.reason}` } };
  return { type: 'article', article };
}
