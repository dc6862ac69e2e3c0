import { describe, expect, it } from "vitest";
import { cueMask, cuesOf } from "./cues.js";

describe("cue words", () => {
  it("finds digits, units, weekdays and capitalized months, in one pass", () => {
    expect(cuesOf("Talks resumed on Monday")).toBe(cueMask(["weekday"]));
    expect(cuesOf("In May 2023, three years on")).toBe(cueMask(["month", "digit", "year4", "unit", "plural"]));
    expect(cuesOf("Prices may march higher")).toBe(0);
    const holiday = cuesOf("F16s flew on St. Patrick's Day");
    expect(holiday & cueMask(["digit"])).not.toBe(0);
    expect(holiday & cueMask(["holiday"])).not.toBe(0);
    expect(cuesOf("Nothing here at all")).toBe(0);
  });

  it("reads words next to other scripts and marks, as the rules' \\b would", () => {
    expect(cuesOf("«Yesterday» — сьогодні")).toBe(cueMask(["dayword"]));
    expect(cuesOf("the 1990s")).toBe(cueMask(["digit", "year4", "decade"]));
  });

  it("has narrow cues for the costly rules: decades, '97, 'ago', the future", () => {
    expect(cuesOf("in the '80s and since '97") & cueMask(["decade", "shortyear"])).toBe(
      cueMask(["decade", "shortyear"]),
    );
    expect(cuesOf("Biden's 1,500 troops") & cueMask(["decade", "shortyear"])).toBe(0);
    expect(cuesOf("two years ago") & cueMask(["ago"])).not.toBe(0);
    // The unit rules each need a narrower word: "years" runs the plural ones, not "the weekend" or "every day".
    const years = cuesOf("over three years");
    expect(years & cueMask(["plural"])).not.toBe(0);
    expect(years & cueMask(["single", "weekend", "every", "deictic", "edge"])).toBe(0);
    expect(cuesOf("at the year-end") & cueMask(["edge", "single"])).toBe(cueMask(["edge", "single"]));
    // "by 2100" needs a year of a later century; "2023" and "12100" are none.
    expect(cuesOf("by 2100") & cueMask(["faryear"])).not.toBe(0);
    expect(cuesOf("in 2023 and 12100") & cueMask(["faryear"])).toBe(0);
    // A word of two kinds cues both.
    expect(cuesOf("in the near future")).toBe(cueMask(["ref", "future"]));
  });

  it("runs the clock, numeric-date and year rules only where their digits are", () => {
    // A count is no date: none of the rules for "17:30", "2023-09-21", "7 p.m." or "1996" need run.
    expect(cuesOf("190 miles and 3,000 troops") & cueMask(["numjoin", "year4", "zone", "meridiem"])).toBe(0);
    for (const [text, cue] of [
      ["at 17:30", "numjoin"],
      ["on 2023-09-21", "numjoin"],
      ["on 9/26/1999", "numjoin"],
      ["on 31.01.2024", "numjoin"],
      ["at 0800 GMT", "zone"],
      ["at 8:00 Eastern", "zone"],
      ["at 7am", "meridiem"],
      ["at 7 p.m.", "meridiem"],
      ["at 7 A.M.", "meridiem"],
      ["in 1896", "year4"],
      ["in 2023", "year4"],
    ] as const)
      expect(cuesOf(text) & cueMask([cue]), text).not.toBe(0);
  });
});
