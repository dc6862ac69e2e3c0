import { describe, expect, it } from "vitest";
import { articleOf } from "../../test/seed.js";

describe("participles that describe a land", () => {
  it("reads 'occupied territories' after a preposition or 'any' as a description, and 'occupied the town' as an act", () => {
    const coerced = (body: string) => articleOf(body, "2025-03-11").events.filter((d) => d.type === "COERCE").length;
    expect(coerced("Kyiv says thousands of children were deported to Russia from occupied territories.")).toBe(0);
    expect(coerced("Horban denied reports that Kyiv had agreed to give up any occupied territory.")).toBe(0);
    expect(coerced("Russian forces occupied the town of Avdiivka in February.")).toBe(1);
  });
});

describe("what is demanded", () => {
  it("is the demand's object, not a withdrawal or a ceasefire made", () => {
    const types = (body: string) => articleOf(body, "2024-10-29").events.map((d) => d.type);
    const summoned =
      "South Korea's foreign ministry summoned the Russian ambassador last week and demanded the immediate withdrawal of the North Korean troops.";
    expect(types(summoned)).not.toContain("RETREAT");
    expect(types("Russia withdrew its troops from Kherson.")).toContain("RETREAT");
  });
});

describe("arming", () => {
  it("is military aid by the word itself, denied when denied, and no act as a principle", () => {
    const aid = (body: string) =>
      articleOf(body, "2024-06-15")
        .events.filter((d) => d.type === "AID")
        .map((d) => [d.actor?.name ?? null, d.recipient?.name ?? null, d.mode, d.status]);
    expect(aid("Tehran denies arming Russia.")).toEqual([["Iran", "Russia", "military", "denied"]]);
    expect(aid("South Korea cited a long-standing policy against arming countries at war.")).toEqual([]);
  });
});

describe("shipping", () => {
  it("is ship traffic after 'at' or 'commercial' and before 'lanes', and a delivery with an object", () => {
    const aid = (body: string) =>
      articleOf(body, "2024-03-09")
        .events.filter((d) => d.type === "AID")
        .map((d) => [d.actor?.name ?? null, d.recipient?.name ?? null]);
    expect(
      aid(
        "Britain said four Typhoon jets hit two sites near Sanaa, in Yemen, that were used to launch drones at shipping.",
      ),
    ).toEqual([]);
    expect(aid("The Houthis attacked commercial shipping and Typhoon jets struck back.")).toEqual([]);
    expect(aid("The strikes on Yemen aim to reopen shipping lanes for Patriot missiles.")).toEqual([]);
    expect(aid("White House spokesman John Kirby accused North Korea of shipping munitions to Russia.")).toEqual([
      ["North Korea", "Russia"],
    ]);
  });
});
