import { describe, expect, it } from "vitest";
import { scoreQuantities } from "./evaluate-quantities.js";

describe("scoreQuantities", () => {
  it("matches overlapping spans, and values only with the same unit and a value within half a percent", () => {
    const gold = new Map([
      [
        "a",
        [
          { start: 0, end: 15, normalized_value: 305.8, normalized_unit: "km" },
          { start: 20, end: 25, normalized_value: 2.3e9, normalized_unit: "GBP" },
        ],
      ],
    ]);
    const predicted = new Map([
      [
        "a",
        [
          { start: 6, end: 15, normalized_value: 305.77, normalized_unit: "km" },
          { start: 20, end: 25, normalized_value: 2.3e9, normalized_unit: "USD" },
        ],
      ],
    ]);
    const s = scoreQuantities(gold, predicted);
    expect(s.relaxed.f1).toBe(1);
    expect(s.value).toMatchObject({ precision: 0.5, recall: 0.5 });
  });
});
