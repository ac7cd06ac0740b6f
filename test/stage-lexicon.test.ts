import { readFileSync } from 'node:fs';
import { createPipeline, extractArticle } from '../src/pipeline.js';
import { SCHEDULE, STAGE_VARIANTS } from '../src/extract/stage/lexicon.js';
import type { StageFact } from '../src/types.js';
import { describeShared, sharedPath, testArticle } from './helpers/shared.js';

const pipeline = createPipeline({ kinds: ['stage'] });
const stages = (text: string) => extractArticle(testArticle(text, '2024-02-20'), pipeline).facts.filter((f): f is StageFact => f.kind === 'stage');

describe('stage lexicon', () => {
  test.each(STAGE_VARIANTS.map((v) => [v.id, v] as const))('%s is found in each of its examples', (id, v) => {
    expect(v.examples.length).toBeGreaterThan(0);
    for (const ex of v.examples) {
      const facts = stages(ex);
      const found = facts.map((f) => f.id);
      if (!found.includes(v.stage)) throw new Error(`${id}: ${v.stage} not found in "${ex}" (got ${found.join(', ')})`);
      // by this entry, not another of the same stage
      const by = facts.flatMap((f) => f.evidence.lexicon);
      if (!by.includes(id)) throw new Error(`${id}: "${ex}" is read by ${by.join(', ') || 'no entry'}`);
    }
  });

  test('every alias is found on its own in an election sentence', () => {
    for (const v of STAGE_VARIANTS) {
      for (const alias of v.aliases) {
        const found = stages(`KPU Lampung menyiapkan ${alias} untuk Pemilu 2024.`).map((f) => f.id);
        if (!found.includes(v.stage)) throw new Error(`${v.id}: alias "${alias}" gives ${found.join(', ') || 'nothing'}`);
      }
    }
  });

  test('schedule rows have sources and ISO dates', () => {
    for (const row of SCHEDULE.entries) {
      expect(row.sources.length).toBeGreaterThan(0);
      for (const d of [row.start, row.end]) if (d) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describeShared('stage lexicon against the shared vocabulary and schedules', () => {
  const vocab = new Set(
    readFileSync(sharedPath('vocab', 'stages.tsv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t')[0])
      .filter(Boolean),
  );

  test('every stage id is in vocab/stages.tsv, and every vocab id has variants', () => {
    expect(STAGE_VARIANTS.map((v) => v.stage).filter((s) => !vocab.has(s))).toEqual([]);
    for (const row of SCHEDULE.entries) expect(row.stages.filter((s) => !vocab.has(s))).toEqual([]);
    const covered = new Set(STAGE_VARIANTS.map((v) => v.stage));
    expect([...vocab].filter((id) => !covered.has(id))).toEqual([]);
  });

  test('the schedule data restates the reference files', () => {
    for (const s of SCHEDULE.schedules) {
      const ref = JSON.parse(readFileSync(sharedPath(s.file.replace(/^shared\//, '')), 'utf8')) as { stages: Array<{ stage: string; start: string | null; end: string | null }> };
      for (const r of ref.stages) {
        const row = SCHEDULE.entries.find((e) => e.election === s.election && e.canonical === r.stage);
        expect(row).toMatchObject({ start: r.start, end: r.end });
      }
    }
  });
});
