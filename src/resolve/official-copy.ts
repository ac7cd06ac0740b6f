/**
 * A copy of an official fact with some fields changed, for the resolvers: the keys in the order
 * `{ ...f, ...changes }` gives (so the output is the same), built the way `makeFact` (doc.ts)
 * builds a fact: a one-key literal `{ kind }`, then every other field assigned in order. Every
 * official fact then keeps one hidden class; a spread makes a new one per site and per chain of
 * copies (18 shapes of official facts reached the last resolver, whose property reads went
 * megamorphic and whose optimized code was thrown away on each new shape).
 *
 * Handles: `withFields(f, { name: "Ahmad Ramadhan" })`, `withFields(f, { mentions })`.
 * Not here: the fact's nested objects (`evidence`, `mentions`) are shared with `f`, as with a spread.
 */
import type { OfficialFact } from '../types.js';

export function withFields(f: OfficialFact, changes: Partial<OfficialFact>): OfficialFact {
  return Object.assign(Object.assign({ kind: f.kind }, f), changes);
}
