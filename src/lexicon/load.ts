/**
 * The one lexicon loader: reads a JSON data file under src/lexicon/data, validates it against a
 * zod schema, and fails loudly (naming file and entry) on duplicate ids or colliding aliases.
 * Lexicons are loaded once per process, at module load.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { z } from 'zod';

const here = dirname(fileURLToPath(import.meta.url));
// src/lexicon/data in a checkout; dist/lexicon/../../src/lexicon/data after the build
const DATA_DIRS = [join(here, 'data'), join(here, '..', '..', 'src', 'lexicon', 'data')];

/** Fields every lexicon entry has (STYLE.md): id, canonical form, aliases, examples, source. */
export const LexiconEntrySchema = z.object({
  id: z.string().min(1),
  canonical: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  /** real-looking sentences in which the pipeline must find this entry */
  examples: z.array(z.string()).default([]),
  source: z.string().optional(),
});
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;

export class LexiconError extends Error {}

/** Path of a data file by name ("months.json"). */
export function lexiconPath(name: string): string {
  for (const d of DATA_DIRS) {
    const p = join(d, name);
    try {
      readFileSync(p, { flag: 'r' }).length;
      return p;
    } catch {
      /* try next */
    }
  }
  throw new LexiconError(`lexicon ${name}: not found in ${DATA_DIRS.join(' or ')}`);
}

/**
 * Load `name` and validate it with `schema` (an object with an `entries` array). Throws a
 * LexiconError naming the file and the entry on invalid data, duplicate ids, or (unless
 * `allowSharedAliases`) an alias claimed by two entries.
 */
export function loadLexicon<S extends z.ZodType<{ entries: Array<{ id: string; aliases?: string[]; canonical?: string }> }>>(
  name: string,
  schema: S,
  options: { allowSharedAliases?: boolean; caseSensitive?: boolean } = {},
): z.infer<S> {
  const path = lexiconPath(name);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new LexiconError(`lexicon ${name}: invalid JSON: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length >= 2 && issue.path[0] === 'entries' ? ` entry #${String(issue.path[1])} (${JSON.stringify((raw as { entries?: Array<{ id?: string }> }).entries?.[Number(issue.path[1])]?.id)})` : '';
    throw new LexiconError(`lexicon ${name}${where}: ${issue.path.join('.')}: ${issue.message}`);
  }
  const data = parsed.data;
  const ids = new Set<string>();
  const aliasOwner = new Map<string, string>();
  const norm = (s: string) => (options.caseSensitive ? s : s.toLowerCase());
  for (const e of data.entries) {
    if (ids.has(e.id)) throw new LexiconError(`lexicon ${name}: duplicate id "${e.id}"`);
    ids.add(e.id);
    if (options.allowSharedAliases) continue;
    for (const a of new Set([...(e.aliases ?? []), ...(e.canonical ? [e.canonical] : [])].map(norm))) {
      const owner = aliasOwner.get(a);
      if (owner && owner !== e.id) throw new LexiconError(`lexicon ${name}: alias "${a}" of entry "${e.id}" collides with entry "${owner}"`);
      aliasOwner.set(a, e.id);
    }
  }
  return data;
}

/** Escape a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An alternation of aliases for a regex, longest first so that "Pebruari" wins over "Peb", with
 * flexible whitespace between words.
 */
export function alternation(aliases: Iterable<string>): string {
  return [...new Set(aliases)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((a) => escapeRegExp(a).replace(/\\? +/g, '\\s+'))
    .join('|');
}
