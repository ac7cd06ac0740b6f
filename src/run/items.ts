/**
 * Input items on their way to the workers: keys for the journal, JSONL lines left unparsed by the
 * reader (`PendingItem`), and their bytes packed into one buffer per batch, so that sending a
 * batch to a worker copies one buffer instead of the read stream's chunks.
 */
import type { PendingItem, ReadItem } from '../ingest/index.js';
import { parseJsonlLine } from '../ingest/jsonl.js';

/** The key of an input item in the digest: what "the same input" means for --resume. */
export function itemKey(item: ReadItem): string {
  if (item.type === 'article') return `a\t${item.article.id}\t${item.article.sha256}\n`;
  const s = item.error.source;
  return `e\t${s.path}\t${s.line ?? ''}\t${item.error.code}\n`;
}

/** An item ready to extract: a deferred JSONL line parsed (the reader defers only non-blank lines). */
export function settle(item: PendingItem): ReadItem {
  if (item.type !== 'line') return item;
  const { raw } = item;
  const parsed = parseJsonlLine(raw.bytes, raw.line, raw);
  if (!parsed) throw new Error(`${raw.path}:${raw.line}: a deferred JSONL line turned out blank`);
  return parsed;
}

/** Characters (articles) or bytes (unparsed lines) of an item: the size of a batch. */
export function itemSize(item: PendingItem): number {
  return item.type === 'article' ? item.article.text.length : item.type === 'line' ? item.raw.bytes.length : 0;
}

/** The same items with the bytes of every unparsed line copied into one shared buffer. */
export function packLines(items: PendingItem[]): PendingItem[] {
  let total = 0;
  for (const it of items) if (it.type === 'line') total += it.raw.bytes.length;
  if (total === 0) return items;
  const packed = new Uint8Array(total);
  let at = 0;
  return items.map((it) => {
    if (it.type !== 'line') return it;
    const n = it.raw.bytes.length;
    packed.set(it.raw.bytes, at);
    const bytes = packed.subarray(at, at + n);
    at += n;
    return { type: 'line', raw: { ...it.raw, bytes } };
  });
}
