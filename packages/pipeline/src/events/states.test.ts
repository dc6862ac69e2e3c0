import { describe, expect, it } from "vitest";
import { articleOf } from "../../test/seed.js";
import { EventTable } from "./merge.js";

/** [actor, actor_country] of every event of the article, as events.csv writes them. */
const actorsOf = (body: string, published: string) => {
  const table = new EventTable();
  table.add("t", published, articleOf(body, published).events);
  return table.rows().events.map((e) => [e.actor, e.actor_country]);
};

describe("a state's institutions", () => {
  it("keep their name and take the country of the state named before them with a possessive", () => {
    const table = new EventTable();
    const body =
      "Azerbaijan's Foreign Ministry accused France of arming Armenia. Armenia's Defense Ministry denied that its forces had opened fire.";
    table.add("t", "2024-02-14", articleOf(body, "2024-02-14").events);
    const rows = table.rows().events.map((e) => [e.type, e.actor, e.actor_country]);
    expect(rows).toContainEqual(["ACCUSE", "Foreign Ministry (Azerbaijan)", "AZE"]);
    expect(rows).toContainEqual(["REJECT", "Defense Ministry (Armenia)", "ARM"]);
  });

  it("do not make a namesake place abroad the target of a strike when the article never names its country", () => {
    const body =
      "Yemen's Houthi rebels fired two missiles at a cargo ship. Britain said four Royal Air Force Typhoon jets hit two sites near Bani, north of Hodeidah, on Friday.";
    const recipients = articleOf(body, "2024-03-09")
      .events.filter((d) => d.type === "ASSAULT")
      .map((d) => d.recipient?.name ?? null);
    expect(recipients).not.toContain("Dominican Republic");
  });

  it("give a person the state that opens their title, but not a state their title only points to", () => {
    const rows = actorsOf(
      "U.S. special envoy Richard Alvarez urged the government on Friday to reopen the crossing. Russia's ambassador to the U.S. Anatoly Antonov accused Washington of escalation.",
      "2024-06-15",
    );
    expect(rows).toContainEqual(["Richard Alvarez", "USA"]);
    expect(rows).not.toContainEqual(["Anatoly Antonov", "USA"]);
  });

  it("keep the country of a struck place in a short report that names no other country", () => {
    const attacks = articleOf("Russian missiles killed 10 civilians in Kharkiv on Monday.", "2024-02-14").events;
    expect(attacks.map((d) => [d.type, d.actor?.name ?? null, d.recipient?.name ?? null])).toEqual([
      ["ASSAULT", "Russia", "Ukraine"],
    ]);
  });

  it("give an organization opening with a demonym, and a person titled by one, that demonym's country", () => {
    const rows = actorsOf(
      "At a regular briefing on Thursday, Chinese Foreign Ministry spokesperson Zhao Ming urged Washington to stop arming Taiwan. The Chinese Foreign Ministry accused Washington of interference.",
      "2024-10-17",
    );
    expect(rows).toContainEqual(["Zhao Ming", "CHN"]);
    expect(rows).toContainEqual(["Chinese Foreign Ministry", "CHN"]);
  });

  it("know the armed forces the lexicon lists as their state's", () => {
    const rows = actorsOf(
      "Britain said four Royal Air Force Typhoon jets hit two Houthi sites near Hodeidah on Friday. Sudan's paramilitary Rapid Support Forces shelled El Fasher.",
      "2024-03-09",
    );
    expect(rows).toContainEqual(["Royal Air Force", "GBR"]);
    expect(rows).toContainEqual(["Rapid Support Forces", "SDN"]);
  });
});

describe("the nation a weapon bears", () => {
  it("gives an aid with no giver in its clause its giver, unless another state is named there", () => {
    const givers = (body: string) =>
      articleOf(body, "2023-03-28")
        .events.filter((d) => d.type === "AID")
        .map((d) => d.actor?.name ?? null);
    expect(
      givers(
        "The first British Challenger 2 battle tanks arrived in Ukraine on Monday, the country's defence ministry said, as Kyiv prepares a counteroffensive against Russian forces.",
      ),
    ).toEqual(["United Kingdom"]);
    expect(givers("German Leopard tanks supplied by Poland arrived in Ukraine.")).not.toContain("Germany");
    expect(givers("U.S.-made ATACMS arrived in Ukraine.")).toEqual([null]);
  });
});
