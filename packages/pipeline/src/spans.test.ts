import { describe, expect, it } from "vitest";
import { Coverage, firstStartingAt, sortedByStart, spansWithin } from "./spans.js";

const spans = sortedByStart([
  { start: 10, end: 14 },
  { start: 0, end: 3 },
  { start: 5, end: 20 },
  { start: 12, end: 13 },
]);

describe("sorted span lookups", () => {
  it("sorts by start, then end", () => {
    expect(spans.map((s) => s.start)).toEqual([0, 5, 10, 12]);
    const sameStart = sortedByStart([
      { start: 4, end: 9 },
      { start: 4, end: 6 },
    ]);
    expect(sameStart.map((s) => s.end)).toEqual([6, 9]);
  });

  it("returns a copy when the spans are in order already", () => {
    const ordered = [
      { start: 0, end: 3 },
      { start: 0, end: 5 },
      { start: 7, end: 8 },
    ];
    const copy = sortedByStart(ordered);
    expect(copy).toEqual(ordered);
    expect(copy).not.toBe(ordered);
  });

  it("finds the first span starting at or after an offset", () => {
    expect(firstStartingAt(spans, 0)).toBe(0);
    expect(firstStartingAt(spans, 6)).toBe(2);
    expect(firstStartingAt(spans, 12)).toBe(3);
    expect(firstStartingAt(spans, 99)).toBe(4);
  });

  it("lists the spans lying wholly inside a range, as a scan would", () => {
    for (let from = 0; from < 22; from++) {
      for (let to = from; to < 22; to++) {
        const scan = spans.filter((s) => s.start >= from && s.end <= to);
        expect(spansWithin(spans, from, to)).toEqual(scan);
      }
    }
  });

  it("answers whether the union of the spans covers an offset or contains a range", () => {
    const quotes = new Coverage([
      { start: 4, end: 8 },
      { start: 7, end: 10 },
      { start: 15, end: 16 },
    ]);
    const covered = (at: number) => (at >= 4 && at < 10) || at === 15;
    for (let at = 0; at < 20; at++) expect(quotes.covers(at), String(at)).toBe(covered(at));
    expect(quotes.contains(4, 10)).toBe(true);
    expect(quotes.contains(5, 11)).toBe(false);
    expect(new Coverage([]).covers(0)).toBe(false);
  });
});
