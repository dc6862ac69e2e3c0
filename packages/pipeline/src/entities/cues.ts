/** Word lists from lexicons/entity-cues.json, as sets and a title matcher. */
import { loadLexicon } from "../lexicons.js";
import { PhraseIndex } from "./phrase-index.js";

interface EntityCues {
  titles: string[];
  org_suffixes: string[];
  surname_suffixes: string[];
  org_heads: string[];
  loc_suffixes: string[];
  region_suffixes: string[];
  loc_following: string[];
  /** "the town of", "the village of": the type of the unknown name after them. */
  places_of: Record<string, string>;
  facility_suffixes: string[];
  person_verbs: string[];
  not_names: string[];
  misc_suffixes: string[];
  desk_nouns: string[];
  /** Letters after a name that are not part of it: "Kim Leadbeater MP". */
  postnominals: string[];
  state_body_words: string[];
}

const raw = loadLexicon<EntityCues>("entity-cues.json");

export const cues = {
  /** Titles and roles, matched in any case ("President", "former lieutenant general"). */
  titles: (() => {
    const index = new PhraseIndex<string>();
    for (const title of raw.titles) index.add(title, title, true);
    return index;
  })(),
  orgSuffixes: new Set(raw.org_suffixes),
  surnameSuffixes: new Set(raw.surname_suffixes),
  orgHeads: new Set(raw.org_heads),
  locSuffixes: new Set(raw.loc_suffixes),
  regionSuffixes: new Set(raw.region_suffixes),
  locFollowing: new Set(raw.loc_following),
  placesOf: new Map(
    Object.entries(raw.places_of).filter(([word]) => !word.startsWith("$")) as [string, "GPE" | "LOC"][],
  ),
  facilitySuffixes: new Set(raw.facility_suffixes),
  personVerbs: new Set(raw.person_verbs),
  notNames: new Set(raw.not_names),
  stateBodyWords: new Set(raw.state_body_words),
  miscSuffixes: new Set(raw.misc_suffixes),
  deskNouns: new Set(raw.desk_nouns),
  postnominals: new Set(raw.postnominals),
} as const;

/** Lowercase words that may join capitalized words inside one name. */
export const NAME_PARTICLES = new Set([
  "de",
  "van",
  "von",
  "der",
  "den",
  "bin",
  "al",
  "la",
  "le",
  "da",
  "di",
  "du",
  "dos",
  "del",
]);

/** A government body's generic name, made only of state_body_words ("Foreign Ministry", "Ministry of Defence"). */
export const isStateBody = (name: string): boolean => name.split(/\s+/).every((w) => cues.stateBodyWords.has(w));
