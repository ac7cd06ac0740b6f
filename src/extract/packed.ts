/**
 * `a.map(f)` as a packed array, for arrays that travel between functions (sentence views, the
 * lower-case words of a sentence, the facts handed from one resolver to the next).
 *
 * V8's optimizing compiler inlines `Array.prototype.map` with a result that may hold holes
 * (HOLEY_ELEMENTS), while the interpreter builds it packed. An array made by `.map` therefore
 * changes hidden class once the function that makes it is optimized, and every function that
 * was optimized on the packed arrays before is thrown away ("wrong map") and compiled again, a
 * few milliseconds of compile time each for a big one, on each worker's one pass over a corpus.
 * A loop that pushes builds a packed array in both tiers.
 *
 * Handles: `mapPacked(toks, (t) => t.lower)`, `mapPacked(facts, (f) => withFields(f, ...))`.
 * Not here: arrays used only where they are made (`.map` is fine there).
 */
export function mapPacked<T, U>(a: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < a.length; i++) out.push(f(a[i], i));
  return out;
}
