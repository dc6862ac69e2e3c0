import { describe, expect, it } from "vitest";
import { scoreTimex, timexFromTexts } from "./evaluate-timex.js";

describe("scoreTimex", () => {
  it("separates strict spans, relaxed spans and values", () => {
    const gold = new Map([
      [
        "a",
        [
          { start: 0, end: 7, type: "DATE", value: "2023-07" },
          { start: 20, end: 29, type: "DATE", value: "2022" },
        ],
      ],
    ]);
    const predicted = new Map([
      [
        "a",
        [
          { start: 3, end: 7, type: "DATE", value: "2023-07" },
          { start: 20, end: 29, type: "DATE", value: "2023" },
        ],
      ],
    ]);
    const s = scoreTimex(gold, predicted);
    expect(s.strict.f1).toBeCloseTo(0.5);
    expect(s.relaxed.f1).toBe(1);
    expect(s.value).toMatchObject({ precision: 0.5, recall: 0.5 });
  });

  it("finds the seed gold's date texts in order without reusing a span", () => {
    const text = "On July 1, and again in July 2022.";
    expect(
      timexFromTexts(text, [
        { text: "July", value: "2023-07" },
        { text: "July 2022", value: "2022-07" },
      ]),
    ).toEqual([
      { start: 3, end: 7, value: "2023-07", type: "DATE" },
      { start: 24, end: 33, value: "2022-07", type: "DATE" },
    ]);
  });
});
