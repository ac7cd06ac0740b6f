/**
 * A fingerprint of the code and lexicon data that produce a dataset: the sha256 of every .js
 * (or .ts under ts-jest) file of the build and every lexicon JSON file. A resumed run must be
 * made by the same pilah, or its dataset would mix the output of two extractors.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// dist/run -> dist (or src/run -> src); lexicon data stay in src/lexicon/data
const CODE_ROOT = join(here, '..');
const LEXICON_DIR = join(here, '..', '..', 'src', 'lexicon', 'data');

function walk(dir: string, keep: (name: string) => boolean): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name), keep) : keep(e.name) ? [join(dir, e.name)] : []));
}

export function buildFingerprint(): string {
  const h = createHash('sha256');
  const code = walk(CODE_ROOT, (n) => (n.endsWith('.js') || n.endsWith('.ts')) && !n.endsWith('.d.ts'));
  for (const f of [...code, ...walk(LEXICON_DIR, (n) => n.endsWith('.json'))]) {
    h.update(`${relative(CODE_ROOT, f)}\n`);
    h.update(readFileSync(f));
  }
  return h.digest('hex');
}
