/**
 * A copy of a fact with some fields changed, for the refiners and resolvers: the keys in the order
 * `{ ...f, ...changes }` gives (so the output is the same), built the way `makeFact` (doc.ts)
 * builds a fact: a one-key literal `{ kind }`, then every other field assigned in order. Every
 * fact of a kind then keeps one hidden class; a spread makes a new one per site and per chain of
 * copies (18 shapes of official facts reached the last resolver, whose property reads went
 * megamorphic and whose optimized code was thrown away on each new shape).
 *
 * Handles: `withFields(f, { name: "Ahmad Ramadhan" })`, `withFields(f, { mentions })`, a date
 * fact merged with another (date/merge.ts), an institution bound to a region.
 * Not here: the fact's nested objects (`evidence`, `mentions`) are shared with `f`, as with a spread.
 */
import type { Evidence, Fact } from './types.js';

export function withFields<F extends Fact>(f: F, changes: Partial<F>): F {
  return Object.assign(Object.assign({ kind: f.kind }, f), changes);
}

/**
 * Evidence with some fields changed: `{ ...e, ...changes }`, written as the one literal of
 * `makeFact` (same keys, same order), so every evidence object keeps one hidden class.
 *
 * Handles: `withEvidence(f.evidence, { implied: [...f.evidence.implied, 'region'] })`.
 */
export function withEvidence(e: Evidence, changes: Partial<Evidence>): Evidence {
  const n = { ...e, ...changes };
  return { rule: n.rule, sentence: n.sentence, sentenceText: n.sentenceText, lexicon: n.lexicon, implied: n.implied };
}
