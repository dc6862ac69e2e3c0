import { describe, expect, it } from "vitest";
import { articleOf } from "../../test/seed.js";

describe("what an act was done with", () => {
  it("is the noun a relative clause's trigger describes, not a weapon of a later clause", () => {
    const body =
      "Belgium's defense ministry said the first of the 30 F-16 fighter jets it has promised Ukraine will not arrive before 2025, blaming delays in the delivery of the F-35s that are to replace them.";
    const pledges = articleOf(body, "2024-05-29").events.filter((d) => d.status === "pledged");
    expect(pledges.map((d) => d.object?.name ?? null)).toEqual(["F-16"]);
  });

  it("reads the systems of the lexicon's newest entries as weapons, not as organizations", () => {
    const body =
      "Lindqvist said Sweden could send RBS 70 air defense systems and two ASC 890 surveillance aircraft to Ukraine.";
    const mentions = articleOf(body, "2024-05-29").mentions.map((m) => [m.text, m.type]);
    expect(mentions).toContainEqual(["RBS 70", "WEAPON"]);
    expect(mentions).toContainEqual(["ASC 890", "WEAPON"]);
  });
});
