/**
 * `into.push(...from)` passes every element as an argument, and V8's stack holds about 120,000 of
 * them: an article of 200,000 lines has that many sentences. These loop instead.
 */
export function append<T>(into: T[], from: readonly T[]): T[] {
  for (const item of from) into.push(item);
  return into;
}

/** The largest of some numbers (−Infinity for none), for lists as long as an article's lines. */
export function maxOf(values: readonly number[]): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) if (v > max) max = v;
  return max;
}
