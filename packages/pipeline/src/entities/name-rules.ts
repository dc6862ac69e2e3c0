/**
 * How an unknown capitalized name is typed: by its form (organization and place words), by its
 * context (titles, "said", results-table layout, "in"), and by the first-name list. Kept apart
 * from the run splitting in recognize.ts.
 */
import type { EntityType } from "@sitrep/core";
import { cues } from "./cues.js";
import type { Gazetteer, KnownEntity } from "./gazetteer.js";
import type { Token } from "./tokenize.js";

const NOT_AFTER_ORG_ACRONYM = new Set([
  "troops",
  "forces",
  "army",
  "military",
  "soldiers",
  "units",
  "citizens",
  "officials",
  "side",
]);

/** A score or minute in a results line ("2", "23"), not a date or a year. */
const isScore = (t: Token | undefined) => t !== undefined && t.kind === "number" && /^\d{1,3}$/.test(t.text);

/** A word starting with a capital; ASCII answered without the Unicode regex, as this runs on every token. */
export const isUpperWord = (t: Token) => {
  if (t.kind !== "word") return false;
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t.text);
};
export const isAllCapsWord = (t: Token) => t.kind === "word" && /\p{Lu}/u.test(t.text) && !/\p{Ll}/u.test(t.text);

/** A word less a final full stop ("Jan." as "Jan"), made without a regex: asked of every capitalized word. */
export const withoutStop = (word: string) => (word.endsWith(".") ? word.slice(0, -1) : word);

/** "LONDON", "U.S.-BASED": three or more capitals once hyphens and stops are dropped; a lowercase ASCII letter settles it at once. */
export function inCapitals(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return /^\p{Lu}{3,}$/u.test(word.replace(/[-.]/g, ""));
}

export class NameRules {
  constructor(private readonly gaz: Gazetteer) {}

  /**
   * A city inside a club's name or standing for a club: "Werder Bremen", "Bremen Werder",
   * "Liverpool 2 Newcastle 1" at the start of a results line. Countries stay places: national
   * teams are named by their country.
   */
  clubAround(
    tokens: readonly Token[],
    from: number,
    cityStart: number,
    cityEnd: number,
    runEnd: number,
    city: KnownEntity,
  ): { start: number; end: number; rule: string; type?: EntityType } | null {
    if (city.type !== "GPE" || /^gpe:[a-z]{3}$/.test(city.id)) return null;
    // "Rostov Oblast", "Donetsk Airport": a city's region or facility, one name with it.
    const suffix = cityEnd + 1 === runEnd ? tokens[cityEnd]?.text : undefined;
    if (suffix && cues.regionSuffixes.has(suffix))
      return { start: cityStart, end: runEnd, rule: "city-region", type: "LOC" };
    if (suffix && cues.facilitySuffixes.has(suffix))
      return { start: cityStart, end: runEnd, rule: "city-facility", type: "FACILITY" };
    // Words that can join a city into a club's name: unknown capitalized words, or another
    // town ("Werder Bremen"), but not titles, first names or common words.
    const clubWord = (k: number) => {
      const t = tokens[k];
      if (t === undefined || !isUpperWord(t) || this.gaz.isCommonWord(t) || this.gaz.isFirstName(t)) return false;
      if (cues.titles.match([t], 0, true)) return false;
      // "Rostov Oblast", "Donetsk Airport": a region or a facility, not a club ("Nottingham Forest" is one).
      if (cues.regionSuffixes.has(t.text) || cues.facilitySuffixes.has(t.text)) return false;
      const known = this.gaz.index.match(tokens, k, false, 1);
      return known === null || (known.value.type === "GPE" && !/^gpe:[a-z]{3}$/.test(known.value.id));
    };
    if (from < cityStart && Array.from({ length: cityStart - from }, (_, k) => from + k).every(clubWord)) {
      return { start: from, end: cityEnd, rule: "club" };
    }
    if (cityEnd + 1 === runEnd && clubWord(cityEnd)) return { start: cityStart, end: runEnd, rule: "club" };
    const prev = tokens[cityStart - 1];
    const next = tokens[cityEnd];
    if (
      from === cityStart &&
      cityEnd === runEnd &&
      isScore(next) &&
      (!prev || prev.kind === "number" || prev.text === "-" || prev.text === ")")
    ) {
      return { start: cityStart, end: cityEnd, rule: "team-score" };
    }
    return null;
  }
  /** A known first name followed by another capitalized word: a person, whatever the gazetteer says. */
  isPersonStart(tokens: readonly Token[], at: number, end: number): boolean {
    const t = tokens[at];
    const next = tokens[at + 1];
    // "German Chancellor Olaf Scholz": a first name followed by a title is not starting a name.
    return (
      t !== undefined &&
      next !== undefined &&
      at + 1 < end &&
      this.gaz.isFirstName(t) &&
      isUpperWord(next) &&
      cues.titles.match(tokens, at + 1, true) === null
    );
  }
  /** "in Reading", "Reading, England": cues that a weak place name is a place here. */
  placeCue(tokens: readonly Token[], at: number, length: number): boolean {
    const before = tokens[at - 1]?.text.toLowerCase();
    const after = tokens[at + length];
    return (
      (before !== undefined && ["in", "near", "from", "at", "outside", "into"].includes(before)) ||
      (after?.text === "," &&
        isUpperWord(tokens[at + length + 1] ?? after) &&
        this.gaz.index.match(tokens, at + length + 1)?.value.type === "GPE")
    );
  }
  /** "who …" or a title within a few words after the comma at `at` ("a Republican senator", "chief economist at"). */
  private describedAsPerson(tokens: readonly Token[], at: number): boolean {
    if (tokens[at]?.lower === "who") return true;
    for (let k = at; k < Math.min(tokens.length, at + 5); k++) {
      const t = tokens[k] as Token;
      if (t.text === "," || t.text === ".") return false;
      if (cues.titles.match(tokens, k, true)) return true;
    }
    return false;
  }

  /** Whether a title ends right before tokens[at] ("the bank's CEO" before its comma). */
  private titleEndsAt(tokens: readonly Token[], at: number): boolean {
    for (let k = Math.max(0, at - 4); k < at; k++) {
      const title = cues.titles.match(tokens, k, true);
      if (title && k + title.length === at) return true;
    }
    return false;
  }

  /** The type of an unknown capitalized stretch from its form and context; "skip" for no name. */
  classify(
    tokens: readonly Token[],
    end: number,
    words: readonly Token[],
    next: Token | undefined,
    prev: Token | undefined,
    role: string | null,
    sentenceInitial: boolean,
  ): { type: EntityType; rule: string } | "skip" | null {
    const first = words[0] as Token;
    const last = words[words.length - 1] as Token;
    const allCommon = words.every((w) => this.gaz.isCommonWord(w));
    if (words.length > 1 && cues.miscSuffixes.has(last.text)) return "skip";
    // Results: "Mats Eriksson ( Sweden ) 6-2 6-2".
    const inBrackets = tokens[end + 1];
    if (
      next?.text === "(" &&
      inBrackets &&
      this.gaz.index.match(tokens, end + 1)?.value.type === "GPE" &&
      tokens[end + 1 + (this.gaz.index.match(tokens, end + 1)?.length ?? 0)]?.text === ")" &&
      !allCommon
    ) {
      return { type: "PERSON", rule: "results-country" };
    }
    // Results tables: "Arsenal 1", "Bayern Munich 3 ( Klinsmann 23 , Scholl 55 )", "b Caddick 12".
    // The layout is strong enough evidence that even a word like "Bode" or "Best" is a name here.
    if (isScore(next) && !(sentenceInitial && allCommon)) {
      if (prev?.text === "(" || prev?.text === "," || (prev && /^(?:b|c|st|lbw|run)$/.test(prev.text))) {
        return { type: "PERSON", rule: "scorer" };
      }
      if (!prev || prev.kind === "number" || prev.text === "-" || prev.text === "v" || prev.text === "vs") {
        return { type: "ORG", rule: "team-score" };
      }
    }

    // "Jim Press", "Rosa Parks": a known first name before a surname that also ends organizations' names.
    if (
      words.length === 2 &&
      cues.surnameSuffixes.has(last.text) &&
      this.gaz.isFirstName(first) &&
      !this.gaz.isCommonWord(first) &&
      this.gaz.index.match(words, 0, false, 1) === null
    )
      return { type: "PERSON", rule: "first-name-surname" };
    if (cues.orgSuffixes.has(last.text) && words.length > 1) return { type: "ORG", rule: "org-suffix" };
    // "Bank of England", and with words before the head: "National Bank of Greece", "Election Commission of India".
    if (words.some((w, k) => w.text === "of" && k > 0 && cues.orgHeads.has((words[k - 1] as Token).text)))
      return { type: "ORG", rule: "org-head" };
    if (cues.facilitySuffixes.has(last.text) && words.length > 1) return { type: "FACILITY", rule: "facility-suffix" };
    if (cues.locSuffixes.has(last.text) && words.length > 1) return { type: "LOC", rule: "loc-suffix" };
    if (cues.locSuffixes.has(first.text) && words[1]?.text === "of") return { type: "LOC", rule: "loc-head" };
    if (role && !allCommon) return { type: "PERSON", rule: "title" };
    // "T. Moyo", "C. Perera": an initial and a surname.
    if (words.length === 2 && /^\p{Lu}\.$/u.test(first.text) && /^\p{Lu}\p{Ll}/u.test(last.text)) {
      return { type: "PERSON", rule: "initial" };
    }
    // Sports clubs by nickname: "Kaizer Chiefs", "Orlando Pirates".
    if (
      words.length >= 2 &&
      /^\p{Lu}\p{Ll}+s$/u.test(last.text) &&
      this.gaz.isCommonWord(last) &&
      !this.gaz.index.has(last.text)
    ) {
      return { type: "ORG", rule: "team-nickname" };
    }
    if (next && cues.locFollowing.has(next.text) && !allCommon) return { type: "LOC", rule: "loc-following" };
    // "the town of Ukrainka", "the village of Novoselivka": a place word and "of" name a place.
    const placeWord = prev?.text === "of" ? cues.placesOf.get(tokens[end - words.length - 2]?.text ?? "") : undefined;
    if (placeWord && !allCommon) return { type: placeWord, rule: "place-of" };
    if (words.length >= 2 && words.length <= 4 && this.gaz.isFirstName(first))
      return { type: "PERSON", rule: "first-name" };
    // "Peter Cardillo, chief market economist at …", "Patty Murray, who hails from …": a name the
    // lists doubt (a first name that is also a word) described as a person right after it.
    if (words.length >= 2 && words.length <= 3 && next?.text === "," && this.gaz.firstNames.has(first.lower)) {
      if (this.describedAsPerson(tokens, end + 1)) return { type: "PERSON", rule: "apposition" };
      // "The bank's CEO, Ken Lewis, said": the name in apposition to a title before it.
      if (prev?.text === "," && this.titleEndsAt(tokens, end - words.length - 1))
        return { type: "PERSON", rule: "apposition" };
    }
    // …but "SEPTA said" opening a sentence may be the acronym the article names elsewhere: link.ts decides.
    if (sentenceInitial && allCommon) return words.length === 1 && /^\p{Lu}{2,}$/u.test(first.text) ? null : "skip";
    // Two or three capitalized words that are in no dictionary or list: in news, mostly a person
    // whose names the lists lack ("Sipho Khumalo", "Chisanga Mwale").
    if (
      words.length >= 2 &&
      words.length <= 3 &&
      words.every(
        (w) =>
          /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(w.text) &&
          !this.gaz.isDictionaryWord(w.text) &&
          !this.gaz.index.has(w.text),
      )
    ) {
      return { type: "PERSON", rule: "name-shape" };
    }
    // Acronyms are mostly organizations ("EADS said"), but not as adjectives ("UA troops") or
    // as a designation before a weapon ("MSLR BM-21").
    const adjectival =
      next !== undefined &&
      (NOT_AFTER_ORG_ACRONYM.has(next.text) || this.gaz.index.match(tokens, end)?.value.type === "WEAPON");
    const currency = next?.text === "$" && next.start === first.end;
    if (words.length === 1 && /^\p{Lu}{3,6}$/u.test(first.text) && !adjectival && !currency) {
      return { type: "ORG", rule: "acronym" };
    }
    // "DaimlerChrysler", "BlackRock", "ExxonMobil": two words run together are a company's name;
    // a surname's prefix is short ("McConnell", "DeSantis", "MacArthur") or "Fitz".
    if (words.length === 1 && /^\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}{2,}$/u.test(first.text) && !/^Fitz/.test(first.text))
      return { type: "ORG", rule: "joined-words" };
    const verb = next?.text === "," ? undefined : next?.text;
    // "one Labour MP said", "the President said": a title alone names nobody.
    const titleAlone = words.length === 1 && cues.titles.match(words, 0, true)?.length === 1;
    if (verb && cues.personVerbs.has(verb) && !allCommon && !titleAlone) return { type: "PERSON", rule: "said" };
    return null;
  }
}
