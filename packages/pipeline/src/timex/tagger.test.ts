import { TIMEX3_VALUE } from "@sitrep/core";
import { describe, expect, it } from "vitest";
import { seedArticle, seedGold } from "../../test/seed.js";
import { isoWeek, parseYmd } from "./calendar-math.js";
import { tagTimex } from "./tagger.js";

const tag = (sentence: string, published = "2023-09-23") =>
  tagTimex(sentence, 0, sentence.length, published).map((t) => [sentence.slice(t.start, t.end), t.type, t.value]);

describe("time expressions of the original seed", () => {
  const { dates } = seedArticle();
  const gold = seedGold;

  it.each(gold.dates.map((d) => [d.text, d.value, d]))("finds %j with value %s", (_text, value, expected) => {
    const overlapping = dates.filter((d) => expected.text.includes(d.text) || d.text.includes(expected.text));
    expect(overlapping.map((d) => d.value)).toContain(value);
    const hit = overlapping.find((d) => d.value === value);
    expect(hit?.type).toBe(expected.type ?? "DATE");
  });
});

describe("the seed's quantity", () => {
  it("reads the ATACMS range as 305.8 km, an upper bound, owned by the ATACMS", () => {
    const { quantities } = seedArticle();
    expect(quantities.find((q) => q.text.includes("190 miles"))).toMatchObject({
      value: 190,
      unit: "miles",
      normalized_value: 305.8,
      normalized_unit: "km",
      mod: "up_to",
      subject_entity_id: "weapon:atacms",
    });
  });
});

describe("TIMEX3 values", () => {
  it("all match the value pattern the data package declares", () => {
    const re = new RegExp(TIMEX3_VALUE);
    const values = tag(
      "On Friday night, yesterday, in July, in the 1990s, this week, last spring, the third quarter of 2022, for 3 months, 4 hours, every week, now, at 5 p.m.",
    ).map((t) => t[2] as string);
    expect(values.length).toBeGreaterThan(10);
    for (const value of values) expect(value).toMatch(re);
  });
});

describe("resolving against the publication date and the tense", () => {
  it("points weekdays and months back in past-tense sentences and forward in future ones", () => {
    expect(tag("They met on Thursday.")).toEqual([["Thursday", "DATE", "2023-09-21"]]);
    expect(tag("They will meet on Thursday.")).toEqual([["Thursday", "DATE", "2023-09-28"]]);
    expect(tag("It happened in November.")).toEqual([["November", "DATE", "2022-11"]]);
    expect(tag("Talks will resume in November.")).toEqual([["November", "DATE", "2023-11"]]);
  });

  it("resolves yesterday, last year, this week, two weeks ago, seasons, quarters and decades", () => {
    expect(tag("Yesterday the army said so.")).toEqual([["Yesterday", "DATE", "2023-09-22"]]);
    expect(tag("Sales fell last year and this week.")).toEqual([
      ["last year", "DATE", "2022"],
      ["this week", "DATE", "2023-W38"],
    ]);
    expect(tag("It began two weeks ago.")).toEqual([["two weeks ago", "DATE", "2023-09-09"]]);
    expect(tag("Profit rose in the third quarter of 2022 and last spring.")).toEqual([
      ["third quarter of 2022", "DATE", "2022-Q3"],
      ["last spring", "DATE", "2022-SP"],
    ]);
    expect(tag("Prices doubled in the 1990s.")).toEqual([["1990s", "DATE", "199X"]]);
  });

  it("finds durations, sets, references and clock times", () => {
    expect(tag("The war has lasted 19 months; fighting went on for years.")).toEqual([
      ["19 months", "DURATION", "P19M"],
      ["years", "DURATION", "PXY"],
    ]);
    expect(tag("Inspections happen every week and reports come daily, the minister said now.")).toEqual([
      ["every week", "SET", "P1W"],
      ["daily", "SET", "P1D"],
      ["now", "DATE", "PRESENT_REF"],
    ]);
    expect(tag("The strike hit at 5:30 p.m.")).toEqual([["5:30 p.m.", "TIME", "2023-09-23T17:30"]]);
    expect(tag("The deal is worth $5 billion a year.")).toEqual([["a year", "SET", "P1Y"]]);
    expect(tag("Output is 40 units per hour; shares fell for a third straight day.")).toEqual([
      ["per hour", "SET", "PT1H"],
      ["a third straight day", "DATE", "2023-09-23"],
    ]);
  });

  it("does not take amounts, the verb may or the verb fall for times", () => {
    expect(tag("He may resign as 2500 troops and 1,950 people fall back.")).toEqual([]);
  });

  it("computes ISO weeks across year ends", () => {
    expect(isoWeek(parseYmd("2021-01-03"))).toBe("2020-W53");
    expect(isoWeek(parseYmd("2024-12-30"))).toBe("2025-W01");
  });
});
