/**
 * Directory walking: every file under a root, recursively, in a deterministic order.
 *
 * Handles: nested folders (visited in sorted order, files and folders sorted together by name,
 * code-unit order, so the order does not depend on the file system or the locale), hidden
 * files and folders (".git", ".DS_Store": skipped), symbolic links to files and folders
 * (followed once; a link loop is not followed again), unreadable folders (reported).
 * Not here: what a file holds (index.ts picks the reader by extension).
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type WalkEntry = { type: 'file'; path: string; rel: string } | { type: 'error'; path: string; rel: string; reason: string };

/** Files under `root` (relative paths with "/" separators), depth first, sorted by name. */
export async function* walk(root: string): AsyncGenerator<WalkEntry> {
  const seen = new Set<string>();
  async function* visit(dir: string, rel: string): AsyncGenerator<WalkEntry> {
    let real: string;
    try {
      real = await realpath(dir);
    } catch (err) {
      yield { type: 'error', path: dir, rel, reason: (err as Error).message };
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let names: string[];
    try {
      names = (await readdir(dir)).filter((n) => !n.startsWith('.'));
    } catch (err) {
      yield { type: 'error', path: dir, rel, reason: (err as Error).message };
      return;
    }
    names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names) {
      const path = join(dir, name);
      const childRel = rel ? `${rel}/${name}` : name;
      let isDir = false;
      try {
        isDir = (await stat(path)).isDirectory();
      } catch (err) {
        yield { type: 'error', path, rel: childRel, reason: (err as Error).message };
        continue;
      }
      if (isDir) yield* visit(path, childRel);
      else yield { type: 'file', path, rel: childRel };
    }
  }
  yield* visit(root, '');
}
