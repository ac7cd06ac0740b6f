/**
 * Every example sentence of the official lexicons runs through the pipeline and must yield an
 * official that used the entry (office titles, modifiers, bodies, honorifics, degrees, ranks).
 */
import { readFileSync } from 'node:fs';
import { extractArticle } from '../src/pipeline.js';
import { lexiconPath } from '../src/lexicon/load.js';
import { splitPersonName } from '../src/extract/official/name.js';
import { normalizeText } from '../src/text/normalize.js';
import { describeShared, sharedPath } from './helpers/shared.js';
import { testArticle } from './helpers/shared.js';

interface Entry {
  id: string;
  examples: string[];
}

// lexicon file → prefix of the evidence ids its entries produce
const FILES: Record<string, string> = {
  'office-positions.json': 'office',
  'office-modifiers.json': 'office-modifier',
  'office-bodies.json': 'office-body',
  'office-regional-units.json': 'office-unit',
  'office-held-when.json': 'office-held',
  'person-honorifics.json': 'person-honorific',
  'person-degrees.json': 'degree',
  'person-ranks.json': 'person-rank',
};

const rows: [string, string, string][] = [];
for (const [file, prefix] of Object.entries(FILES)) {
  const entries = (JSON.parse(readFileSync(lexiconPath(file), 'utf8')) as { entries: Entry[] }).entries;
  for (const e of entries) for (const ex of e.examples) rows.push([`${file} ${e.id}`, `${prefix}:${e.id}`, ex]);
}

describe('official lexicon examples', () => {
  test.each(rows)('%s: %s', (_entry, id, sentence) => {
    const facts = extractArticle(testArticle(sentence)).facts.filter((f) => f.kind === 'official');
    expect(facts.flatMap((f) => f.evidence.lexicon)).toContain(id);
  });
});

// spellings of one given name (person-name-variants.json): each example writes one official twice,
// spelt two ways, and must give one person
const variantRows = (JSON.parse(readFileSync(lexiconPath('person-name-variants.json'), 'utf8')) as { entries: Entry[] }).entries.flatMap((e) => e.examples.map((ex) => [e.id, ex]));

describe('spellings of one given name', () => {
  test.each(variantRows)('%s: %s', (_id, sentence) => {
    const names = new Set(extractArticle(testArticle(sentence)).facts.flatMap((f) => (f.kind === 'official' ? [f.name] : [])));
    expect(names.size).toBe(1);
  });
});

describe('splitPersonName', () => {
  test.each([
    ['Dr. H. MARTEN A. TAHA, S.E., M.Ec.Dev.', 'MARTEN A. TAHA', ['Dr.', 'H.', 'S.E.', 'M.Ec.Dev.'], null],
    ['Tgk. H. M. FADHIL RAHMI, Lc., M.Ag.', 'M. FADHIL RAHMI', ['Tgk.', 'H.', 'Lc.', 'M.Ag.'], null],
    ['Prof. Dr. Ir. Hi. NELSON POMALINGO, M.Pd.', 'NELSON POMALINGO', ['Prof.', 'Dr.', 'Ir.', 'Hi.', 'M.Pd.'], null],
    ['Brigjen Pol. Moehammad Syafrial', 'Moehammad Syafrial', [], 'Brigjen Pol.'],
    ['Komjen Pol. (Purn). DHARMA PONGREKUN, S.I.K., M.M., M.Hum.', 'DHARMA PONGREKUN', ['S.I.K.', 'M.M.', 'M.Hum.'], 'Komjen Pol. (Purn).'],
    ["Munafri 'Appi' Arifuddin", 'Munafri Arifuddin', [], null],
    ['M.Tio Aliansyah', 'M. Tio Aliansyah', [], null],
  ])('%s', (full, name, honorifics, rank) => {
    const r = splitPersonName(full);
    expect(r).toMatchObject({ name, honorifics, rank });
  });
});

describeShared('honorifics and degrees of the Pilkada 2024 candidate list', () => {
  test('at least 97 % of candidate names come out without titles or degrees', () => {
    const lines = readFileSync(sharedPath('reference', 'paslon_pilkada2024.csv'), 'utf8').trim().split('\n').slice(1);
    // quoted CSV fields: calon and wakil are columns 7 and 8
    const field = /"([^"]*)"|([^,]*)/g;
    let n = 0;
    let clean = 0;
    const dirty: string[] = [];
    for (const line of lines) {
      const cols: string[] = [];
      for (const m of line.matchAll(field)) if (m.index === 0 || line[m.index - 1] === ',') cols.push(m[1] ?? m[2] ?? '');
      for (const raw of [cols[6], cols[7]]) {
        if (!raw || !raw.trim()) continue;
        const full = normalizeText(raw).text;
        n++;
        const r = splitPersonName(full);
        const rest = r ? full.slice(r.aliasEnd).trim() : full;
        if (r && rest === '' && !/,/.test(r.name)) clean++;
        else dirty.push(full);
      }
    }
    console.log(`candidate names stripped cleanly: ${clean}/${n} (${((100 * clean) / n).toFixed(1)} %)`);
    expect(n).toBeGreaterThan(3000);
    expect(clean / n).toBeGreaterThanOrEqual(0.97);
  });
});
