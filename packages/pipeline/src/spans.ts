/**
 * Lookups over spans sorted by start. A stage that asks "which mentions lie in this clause" once
 * per quote or per quantity must not scan the whole article each time: on a several-MB article
 * that is quadratic and runs for minutes. These answer in O(log n + hits).
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Index of the first span in `sorted` (by start) whose start is ≥ `at`. */
export function firstStartingAt(sorted: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Span).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans of `sorted` (by start) lying wholly in [start, end), in order. */
export function spansWithin<T extends Span>(sorted: readonly T[], start: number, end: number): T[] {
  const found: T[] = [];
  for (let i = firstStartingAt(sorted, start); i < sorted.length; i++) {
    const span = sorted[i] as T;
    if (span.start >= end) break;
    if (span.end <= end) found.push(span);
  }
  return found;
}

/** A copy of `spans` sorted by start, then end; the input order of equal spans is kept. */
export function sortedByStart<T extends Span>(spans: readonly T[]): T[] {
  // Mentions, dates and quantities come in text order: checking costs less than sorting a copy.
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1] as T;
    const b = spans[i] as T;
    if (a.start > b.start || (a.start === b.start && a.end > b.end))
      return [...spans].sort((x, y) => x.start - y.start || x.end - y.end);
  }
  return spans.slice();
}

/** The union of some spans, asked whether it covers an offset. */
export class Coverage {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(spans: readonly Span[]) {
    for (const s of sortedByStart(spans)) {
      const last = this.ends.length - 1;
      if (last >= 0 && s.start <= (this.ends[last] as number)) {
        this.ends[last] = Math.max(this.ends[last] as number, s.end);
      } else {
        this.starts.push(s.start);
        this.ends.push(s.end);
      }
    }
  }

  /** The index of the covered run holding `at`, or -1. */
  private runAt(at: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    if (hi < 0 || at < (this.starts[0] as number)) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    return at < (this.ends[lo] as number) ? lo : -1;
  }

  covers(at: number): boolean {
    return this.runAt(at) >= 0;
  }

  /** Whether [start, end) lies wholly inside the covered offsets. */
  contains(start: number, end: number): boolean {
    const run = this.runAt(start);
    return run >= 0 && end <= (this.ends[run] as number);
  }
}
