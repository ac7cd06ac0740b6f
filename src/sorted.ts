/** The index of the first value >= x in an array sorted in ascending order (its length if none). */
export function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first item of a start-sorted list that starts at `pos` or later (its length if none). */
export function firstFrom(xs: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
