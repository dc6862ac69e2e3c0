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

describe("the day of a denial or a warning", () => {
  it("is not the day of what is denied or only supposed, but a statement of consideration keeps its day", () => {
    const dated = (body: string, status: string) =>
      articleOf(body, "2024-10-22")
        .events.filter((d) => d.status === status)
        .map((d) => d.date?.value ?? null);
    expect(
      dated("Iran's foreign ministry denied on Monday that it had supplied Russia with missiles.", "denied"),
    ).toEqual([null]);
    expect(
      dated(
        "Russia warned South Korea on Tuesday that supplying weapons to Ukraine would destroy relations.",
        "hypothetical",
      ),
    ).toEqual([null]);
    expect(
      dated(
        "Defense Minister Boris Pistorius said Tuesday that Berlin is considering whether to send a third Patriot battery.",
        "hypothetical",
      ),
    ).toEqual(["2024-10-22"]);
  });
});

describe("the day of a pledge", () => {
  it("is the day it was announced, however far the announcing verb stands from the trigger", () => {
    const body =
      "Germany will send Ukraine two more IRIS-T air defence systems along with several hundred interceptor missiles, Defence Minister Katrin Vollmer said on Monday.";
    const pledges = articleOf(body, "2024-05-14").events.filter((d) => d.status === "pledged");
    expect(pledges.map((d) => [d.object?.name ?? null, d.date?.value ?? null])).toEqual([["IRIS-T", "2024-05-13"]]);
  });
});
