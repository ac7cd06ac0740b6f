/**
 * Access to ../shared (real data beside the project). Tests that need it use `describeShared`,
 * which skips with a clear message on a fresh clone without it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/types.js';
import { createHash } from 'node:crypto';

const here = dirname(fileURLToPath(import.meta.url));
export const PROJECT_ROOT = resolve(here, '..', '..');
export const SHARED = process.env.PILAH_SHARED ?? resolve(PROJECT_ROOT, '..', 'shared');
export const HAS_SHARED = existsSync(join(SHARED, 'gold', 'dev.jsonl'));

/** `describe` when ../shared exists, otherwise a skipped block that says why. */
export function describeShared(name: string, fn: () => void): void {
  if (HAS_SHARED) {
    describe(name, fn);
  } else {
    // the body is not run at all: it may read files from ../shared while collecting tests
    describe(name, () => {
      test.skip(`skipped: ../shared not found at ${SHARED}`, () => undefined);
    });
  }
}

export function sharedPath(...parts: string[]): string {
  return join(SHARED, ...parts);
}

export function readJsonl<T = Record<string, unknown>>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

let benchTextsRead: string[] | null = null;

/** The article texts of ../shared/bench/news-12k.jsonl, in order (read once per test file). */
export function benchTexts(): string[] {
  return (benchTextsRead ??= readJsonl<{ text: string }>(sharedPath('bench', 'news-12k.jsonl')).map((r) => r.text));
}

/** A minimal article for extractor tests: `text` as is, a fixed publication date. */
export function testArticle(text: string, published: string | null = '2024-02-20', id = 'test'): Article {
  return {
    id,
    source: { path: id, line: null, format: 'txt' },
    sha256: createHash('sha256').update(text).digest('hex'),
    title: null,
    url: null,
    published,
    publishedRaw: published,
    publisher: null,
    place: null,
    text,
    meta: {},
  };
}
