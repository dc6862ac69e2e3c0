import { describe, expect, it } from "vitest";
import { fingerprint, nearDuplicates } from "./near-duplicates.js";

const STORY = [
  "Germany will send a further 20 Leopard tanks to Ukraine, the defence ministry in Berlin said on Monday,",
  "adding that the first would arrive before the end of March. The package also includes ammunition,",
  "spare parts and training for crews at a base in the north of the country. Ukraine's defence minister",
  "thanked Berlin and said the tanks would help to hold the front line near Bakhmut through the spring.",
  "Russia's foreign ministry warned that the deliveries would prolong the war and said Moscow would respond.",
].join(" ");
const OTHER = [
  "Heavy rain flooded the lower town of Derna overnight, and rescue teams searched for people missing",
  "after two dams failed upstream. The health ministry said hospitals were short of beds and medicine,",
  "while aid agencies asked for helicopters to reach villages cut off by the water since Sunday morning.",
].join(" ");

const doc = (id: string, published: string, text: string) => ({ id, published, sample: fingerprint(text) });

describe("near-duplicates", () => {
  it("samples the same shingles from the same words, whatever the case and punctuation", () => {
    expect(fingerprint(STORY)).toEqual(fingerprint(STORY.toUpperCase().replaceAll(",", " ;")));
    expect(fingerprint(STORY).length).toBeGreaterThan(8);
  });

  it("marks a syndicated copy (new headline, a sentence cut) as a copy of the earlier original", () => {
    const copy = `Tanks for Kyiv. By A. Writer. ${STORY.replace(/ Russia's foreign ministry.*$/, "")}`;
    const found = nearDuplicates([
      doc("wire", "2024-03-04", STORY),
      doc("paper", "2024-03-05", copy),
      doc("rain", "2024-03-04", OTHER),
    ]);
    expect([...found.keys()]).toEqual(["paper"]);
    expect(found.get("paper")?.of).toBe("wire");
    expect(found.get("paper")?.similarity).toBeGreaterThanOrEqual(0.8);
  });

  it("orders two copies of the same text by date, then ID, so only the later points at the earlier", () => {
    const found = nearDuplicates([
      doc("b", "2024-03-04", STORY),
      doc("a", "2024-03-04", `${STORY} More.`),
      doc("c", "2024-03-01", STORY),
    ]);
    expect(Object.fromEntries([...found].map(([id, d]) => [id, d.of]))).toEqual({ a: "c", b: "c" });
  });

  it("points every copy of a story syndicated many times at the earliest text that holds it", () => {
    const trimmed = STORY.replace(/ Russia's foreign ministry.*$/, "");
    // The trimmed copy came out first, so the full texts are not its copies; it is theirs.
    const found = nearDuplicates([
      doc("p5", "2024-03-06", STORY),
      doc("p2", "2024-03-03", STORY),
      doc("cut", "2024-03-01", trimmed),
      doc("p4", "2024-03-05", STORY),
      doc("p3", "2024-03-04", `${STORY} Reporting by a bureau.`),
      doc("rain", "2024-03-02", OTHER),
    ]);
    expect(Object.fromEntries([...found].map(([id, d]) => [id, d.of]))).toEqual({
      cut: "p2",
      p3: "p2",
      p4: "p2",
      p5: "p2",
    });
  });

  it("leaves different stories and very short texts alone", () => {
    expect(nearDuplicates([doc("x", "2024-01-01", STORY), doc("y", "2024-01-01", OTHER)]).size).toBe(0);
    expect(nearDuplicates([doc("x", "2024-01-01", "Talks go on."), doc("y", "2024-01-02", "Talks go on.")]).size).toBe(
      0,
    );
  });
});
