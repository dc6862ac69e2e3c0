import { describe, expect, it } from "vitest";
import { sameName } from "./evaluate-quotes.js";

describe("speaker names in the scorers", () => {
  it("match by name, surname, acronym or most words, and not otherwise", () => {
    expect(sameName("Joe Biden", "Biden")).toBe(true);
    expect(sameName("FDP", "Free Democratic Party")).toBe(true);
    // Whose ministry it is decides, however many words the names share.
    expect(sameName("Ministry of Foreign Affairs of Russia", "Ministry of Foreign Affairs of Ukraine")).toBe(false);
    expect(sameName("Ministry of Defence of North Korea", "Ministry of National Defence of North Korea")).toBe(true);
    expect(sameName("Ministry of Foreign Affairs of Russia", "Russian Ministry of Foreign Affairs")).toBe(true);
    expect(sameName("one former cabinet minister", "former cabinet minister")).toBe(true);
    expect(sameName("Joe Biden", "Hunter Biden")).toBe(true);
    expect(sameName("Rachel Reeves", "Jeremy Hunt")).toBe(false);
    expect(sameName("FDP", "Social Democratic Party")).toBe(false);
    expect(sameName(null, "Kremlin")).toBe(false);
  });
});
