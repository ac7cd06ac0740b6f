/**
 * The eval gate (trafilatura's manner): on ../shared/gold, each kind must stay at or above its
 * floor. Floors only go up; they are the issues' acceptance targets unless raised.
 */
import { evaluateFile } from '../src/eval/run.js';
import { prf, type ScoredKind } from '../src/eval/score.js';
import { describeShared, sharedPath } from './helpers/shared.js';

// [kind, lenient F1 floor, strict F1 floor]
const DEV_FLOORS: Array<[ScoredKind, number, number]> = [
  ['date', 0.95, 0.95],
  ['official', 0.9, 0.8],
  ['institution', 0.9, 0.85],
  ['stage', 0.85, 0.85],
  ['citation', 0.95, 0.9],
];

describeShared('eval gate on ../shared/gold', () => {
  const dev = evaluateFile(sharedPath('gold', 'dev.jsonl'), { gold: [] });
  test.each(DEV_FLOORS)('dev.jsonl %s: F1 ≥ %d, strict F1 ≥ %d', (kind, lenient, strict) => {
    expect(prf(dev.scores[kind].lenient).f1).toBeGreaterThanOrEqual(lenient);
    expect(prf(dev.scores[kind].strict).f1).toBeGreaterThanOrEqual(strict);
  });

  test('dev.jsonl officials: position accuracy among matched ≥ 0.85', () => {
    const o = dev.scores.official;
    expect(o.positionMatched! / o.positionTotal!).toBeGreaterThanOrEqual(0.85);
  });

  test('citations-dev.jsonl citations: F1 ≥ 0.95, strict ≥ 0.90', () => {
    const c = evaluateFile(sharedPath('gold', 'citations-dev.jsonl'), { gold: [] }).scores.citation;
    expect(prf(c.lenient).f1).toBeGreaterThanOrEqual(0.95);
    expect(prf(c.strict).f1).toBeGreaterThanOrEqual(0.9);
  });
});
