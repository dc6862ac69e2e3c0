import { describe, expect, it } from "vitest";
import { extractQuantities } from "./extract.js";

const q = (sentence: string) =>
  extractQuantities(sentence, 0, sentence.length, []).map((x) => ({
    text: sentence.slice(x.start, x.end),
    value: x.value,
    max: x.valueMax,
    norm: `${x.normalizedValue} ${x.normalizedUnit}`,
    mod: x.mod,
    object: x.object,
  }));

describe("extractQuantities", () => {
  it("converts distances and keeps the modifier", () => {
    expect(q("The ATACMS boast a range of up to 190 miles.")).toEqual([
      { text: "up to 190 miles", value: 190, max: null, norm: "305.8 km", mod: "up_to", object: null },
    ]);
  });

  it("reads money with symbols, codes, words and scale words", () => {
    expect(
      q("Britain pledged £2.3 billion, the EU €1.5bn, the US US$ 100 billion, $40bn and 5 billion dollars.").map(
        (x) => x.norm,
      ),
    ).toEqual(["2300000000 GBP", "1500000000 EUR", "100000000000 USD", "40000000000 USD", "5000000000 USD"]);
  });

  it("counts things, vague amounts and ranges, and reads percentages", () => {
    expect(
      q("Dozens of drones hit Kyiv; between 1,500 and 2,000 children and five new aircraft; inflation hit 3.5%."),
    ).toEqual([
      { text: "Dozens of", value: 12, max: null, norm: "12 count", mod: "approx", object: "drones" },
      { text: "between 1,500 and 2,000", value: 1500, max: 2000, norm: "1500 count", mod: null, object: "children" },
      { text: "five", value: 5, max: null, norm: "5 count", mod: null, object: "aircraft" },
      { text: "3.5%", value: 3.5, max: null, norm: "3.5 percent", mod: null, object: null },
    ]);
  });

  it("leaves designations, ordinals, model numbers and determiners alone", () => {
    expect(q("The BM-21, the F-16 and a Boeing 767 flew on the 2nd day; One clear message.")).toEqual([]);
  });
});
