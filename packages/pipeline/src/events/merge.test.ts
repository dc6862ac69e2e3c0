import { describe, expect, it } from "vitest";
import { articleOf } from "../../test/seed.js";
import { EventTable } from "./merge.js";

describe("merging mentions across articles", () => {
  it("needs more than a type and an actor: a date both give, an object or both parties", () => {
    const table = new EventTable();
    const may = "He said Kyiv had also asked Germany for Taurus long-range cruise missiles.";
    const october = "Russian drone strikes kill nine in Odesa. Kyiv urges more air defence.";
    table.add("may", "2024-05-14", articleOf(may, "2024-05-14").events);
    table.add("october", "2024-10-22", articleOf(october, "2024-10-22").events);
    const demands = table.rows().events.filter((e) => e.type === "DEMAND" && e.actor === "Ukraine");
    expect(demands.map((e) => [e.recipient, e.article_count])).toHaveLength(2);
    expect(demands.map((e) => [e.recipient, e.article_count])).toEqual(
      expect.arrayContaining([
        ["Germany", 1],
        [null, 1],
      ]),
    );
  });

  it("still makes one event of reports naming both parties", () => {
    const table = new EventTable();
    const first = "Russia launched missile strikes on Ukraine overnight.";
    table.add("a", "2024-05-14", articleOf(first, "2024-05-14").events);
    table.add("b", "2024-05-14", articleOf("Russia launched missile strikes on Ukraine again.", "2024-05-14").events);
    const attacks = table.rows().events.filter((e) => e.type === "ASSAULT");
    expect(attacks.map((e) => [e.actor, e.recipient, e.article_count])).toEqual([["Russia", "Ukraine", 2]]);
  });

  it("gives thin reports of the same kind in two articles events of their own, with IDs of their own", () => {
    const table = new EventTable();
    for (const [id, day] of [
      ["monday", "2024-10-21"],
      ["tuesday", "2024-10-22"],
    ] as const)
      table.add(id, day, articleOf("Kyiv urges more air defence.", day).events);
    const demands = table.rows().events.filter((e) => e.type === "DEMAND");
    expect(demands.map((e) => e.article_count)).toEqual([1, 1]);
    expect(new Set(demands.map((e) => e.event_id)).size).toBe(2);
  });

  it("joins an article's mention without an object to the one event of that article naming it", () => {
    const table = new EventTable();
    const body =
      "Germany pledges more weapons for Ukraine. Germany will send Leopard 2 tanks to Ukraine, the chancellor said.";
    table.add("t", "2023-01-10", articleOf(body, "2023-01-10").events);
    const aid = table.rows().events.filter((e) => e.type === "AID");
    expect(aid.map((e) => [e.object, e.mention_count])).toEqual([["Leopard 2", 2]]);
  });
});
