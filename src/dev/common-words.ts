/**
 * Adds to `src/lexicon/data/person-common-words.json` the words news writes in lower case in at
 * least 95 % of their uses after a lower-case word (at least 10 uses in all), counted over
 * `../shared/bench/news-12k.jsonl`. Only uses after a lower-case word count as capitalized: in a
 * headline written in title case ("Gibran Jadi Wapres") every word is capitalized, so such runs
 * say nothing about a word. Words attested in a person's name (the Pilkada 2024 candidates and the
 * gold person spans of `../shared/ner`) are never added ("Purnama", "Karya", "Putra"). Existing
 * entries stay; a second run adds nothing.
 *
 * `npm run build && node dist/dev/common-words.js [SHARED_DIR]` (default `../shared`).
 */
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIN_USES = 10;
const MIN_LOWER_SHARE = 0.95;
const TOKEN = /[A-Za-z][A-Za-z'-]*|[^\sA-Za-z]/g;
const WORD = /^[a-z]{3,}$/;
const SOURCE =
  'pilah team: Indonesian words written in lower case in at least 93 % of their mid-sentence uses (counted over shared/bench/news-12k, 12,583 news articles), and, added by src/dev/common-words.ts, those in lower case in at least 95 % of at least 10 uses after a lower-case word (title-case headlines left out) and in no person name of shared/reference or shared/ner; capitalized at a sentence start or right after a title they are not a name';

const shared = process.argv[2] ?? '../shared';
const dataFile = fileURLToPath(new URL('../../src/lexicon/data/person-common-words.json', import.meta.url));

// lower-case uses after a word; capitalized uses after a lower-case word
const lower = new Map<string, number>();
const capital = new Map<string, number>();
const bump = (m: Map<string, number>, w: string) => m.set(w, (m.get(w) ?? 0) + 1);

const lines = createInterface({ input: createReadStream(join(shared, 'bench/news-12k.jsonl')), crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const toks = (JSON.parse(line) as { text: string }).text.match(TOKEN) ?? [];
  for (let i = 1; i < toks.length - 1; i++) {
    const w = toks[i];
    const p = toks[i - 1];
    if (!/^[A-Za-z]/.test(w) || !/^[A-Za-z]/.test(p)) continue;
    if (/^[A-Z]/.test(w)) {
      if (/^[a-z]/.test(p)) bump(capital, w.toLowerCase());
    } else bump(lower, w);
  }
}

// words of persons' names
const personWords = new Set<string>();
const addName = (s: string) => {
  for (const w of s.match(/[A-Za-z]+/g) ?? []) personWords.add(w.toLowerCase());
};
// every word of a candidate's row (names, titles, region): none of them is added
for (const row of readFileSync(join(shared, 'reference/paslon_pilkada2024.csv'), 'utf8').split('\n').slice(1)) addName(row);
for (const f of ['nergrit.valid.jsonl', 'idner-news-2k.dev.jsonl', 'nerui.dev01.jsonl']) {
  for (const line of readFileSync(join(shared, 'ner', f), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { entities: { type: string; surface: string }[] };
    for (const e of o.entities) if (e.type === 'PERSON' || e.type === 'PER') addName(e.surface);
  }
}

const data = JSON.parse(readFileSync(dataFile, 'utf8')) as { source: string; entries: string[] };
data.source = SOURCE;
const have = new Set(data.entries);
const added: string[] = [];
for (const [w, n] of lower) {
  const uses = n + (capital.get(w) ?? 0);
  if (have.has(w) || !WORD.test(w) || uses < MIN_USES || n / uses < MIN_LOWER_SHARE || personWords.has(w)) continue;
  added.push(w);
}
const entries = [...data.entries, ...added].sort();
writeFileSync(dataFile, `{\n"source": ${JSON.stringify(data.source)},\n"entries": [\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n}\n`);
console.error(`common-words: ${added.length} added, ${entries.length} in all`);
