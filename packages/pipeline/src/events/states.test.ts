import { describe, expect, it } from "vitest";
import { articleOf } from "../../test/seed.js";
import { EventTable } from "./merge.js";

describe("a state's institutions", () => {
  it("keep their name and take the country of the state named before them with a possessive", () => {
    const table = new EventTable();
    const body =
      "Azerbaijan's Foreign Ministry accused France of arming Armenia. Armenia's Defense Ministry denied that its forces had opened fire.";
    table.add("t", "2024-02-14", articleOf(body, "2024-02-14").events);
    const rows = table.rows().events.map((e) => [e.type, e.actor, e.actor_country]);
    expect(rows).toContainEqual(["ACCUSE", "Foreign Ministry", "AZE"]);
    expect(rows).toContainEqual(["REJECT", "Defense Ministry", "ARM"]);
  });
});
