/**
 * Refiners shared by every kind: overlap removal and the merge of repeated facts into one fact
 * with all its mentions.
 */
import type { Fact } from '../types.js';
import { withFields } from '../fact-copy.js';

/** The identity of a fact within an article: facts with the same key are one fact. */
export function factKey(f: Fact): string {
  switch (f.kind) {
    case 'date':
      return `date|${f.value}`;
    case 'official':
      return `official|${f.name.toLowerCase()}|${f.position.toLowerCase()}|${f.institution}|${f.region}`;
    case 'institution':
      return `institution|${f.id}|${f.region}`;
    case 'stage':
      return `stage|${f.id}`;
    case 'citation':
      return `citation|${f.instrument}|${f.pasal}|${f.ayat}|${f.huruf}`;
  }
}

/** Order facts by start, then longer first, then kind: the output order (STYLE.md). */
export function compareFacts(a: Fact, b: Fact): number {
  return a.start - b.start || b.end - a.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || (a.evidence.rule < b.evidence.rule ? -1 : a.evidence.rule > b.evidence.rule ? 1 : 0);
}

/**
 * Among facts of one kind whose spans overlap, keep the longest (then the earliest, then the most
 * confident). "Selasa (20/06/2023)" beats the "20/06/2023" inside it.
 */
export function removeOverlaps<F extends Fact>(facts: F[]): F[] {
  const byLength = [...facts].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || b.confidence - a.confidence);
  // kept spans never overlap, so sorted by start they are also sorted by end: a binary search
  // finds the only two neighbours a new span could overlap
  const kept: F[] = [];
  for (const f of byLength) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].start < f.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = kept[lo - 1];
    const next = kept[lo];
    if ((prev && prev.end > f.start) || (next && next.start < f.end)) continue;
    kept.splice(lo, 0, f);
  }
  return kept.sort(compareFacts);
}

/**
 * Merge facts with the same key into the first one, listing every mention in text order.
 * The merged facts come in output order (compareFacts): each is the first of its key in that order.
 */
export function mergeMentions<F extends Fact>(facts: F[]): F[] {
  const sorted = [...facts].sort(compareFacts);
  const byKey = new Map<string, F>();
  // mention spans already listed per key, made when a key meets its second fact: a Set keeps
  // the merge linear in the number of mentions
  const seen = new Map<string, Set<string>>();
  const out: F[] = [];
  for (const f of sorted) {
    const key = factKey(f);
    const first = byKey.get(key);
    if (!first) {
      // one hidden class with the facts `makeFact` builds (a spread makes another per kind); the
      // flags pushed into a new array, whose elements kind turns to strings once (a spread of no
      // flags is an array of small integers, and the push below then threw the optimized code away)
      const flags: string[] = [];
      for (const fl of f.flags) flags.push(fl);
      const copy = withFields(f, { mentions: [...f.mentions], flags } as Partial<F>);
      byKey.set(key, copy);
      out.push(copy);
      continue;
    }
    let spans = seen.get(key);
    if (!spans) {
      spans = new Set(first.mentions.map((m) => `${m.start}:${m.end}`));
      seen.set(key, spans);
    }
    for (const m of f.mentions) {
      const span = `${m.start}:${m.end}`;
      if (!spans.has(span)) {
        spans.add(span);
        first.mentions.push(m);
      }
    }
    for (const fl of f.flags) if (!first.flags.includes(fl)) first.flags.push(fl);
    first.confidence = Math.max(first.confidence, f.confidence);
  }
  for (const f of out) if (f.mentions.length > 1) f.mentions.sort((a, b) => a.start - b.start);
  return out;
}
