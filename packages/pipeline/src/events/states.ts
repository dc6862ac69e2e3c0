/**
 * Parties as states: a capital stands for its country, a struck place for the country it lies in,
 * a state's people and institutions for the state in state acts, and an organization written after
 * "Azerbaijan's" belongs to Azerbaijan.
 */
import { isStateBody } from "../entities/cues.js";
import { gazetteer } from "../entities/index.js";
import { tokenize } from "../entities/tokenize.js";
import type { Named } from "./roles.js";

/** The country a struck place lies in: an attack on Kherson is an attack on Ukraine. */
export function countryOfPlace(n: Named | null, everyone: readonly Named[]): Named | null {
  if (!n) return null;
  if (!n.isPlace && n.mention.type !== "LOC" && n.mention.type !== "FACILITY") return n;
  const country = n.iso3 ? gazetteer().byId.get(`gpe:${n.iso3.toLowerCase()}`) : undefined;
  // "Typhoon jets hit two sites near Bani, north of Hodeidah": in an article naming several other
  // countries but never this one, the place is more likely a namesake (Baní in the Dominican Republic)
  // than a target there; a short report naming no country ("missiles hit Kharkiv") keeps it.
  if (country && foreignPlace(n, country.iso3, everyone)) return null;
  return country ? { ...n, id: country.id, name: country.name, isPlace: false } : null;
}

/** A capital acting or acted on is its state: "urged Washington" is the United States. */
export function asCountry(n: Named | null): Named | null {
  if (!n?.isPlace) return n;
  const country = gazetteer().countryOfCapital.get(n.mention.text);
  return country ? { ...n, id: country.id, name: country.name, iso3: country.iso3, isPlace: false } : n;
}

/** The kinds of organization that act for their state; a company, a party or a news agency acts for itself. */
const STATE_ORGANS = new Set(["government", "legislature", "central bank", "armed forces", "court", "building"]);

/** A person or an institution of a known country stands for it in state acts. */
export function asState(n: Named | null): Named | null {
  if (!n?.iso3 || /^gpe:[a-z]{3}$/.test(n.id) || n.mention.type === "WEAPON") return n;
  if (
    n.mention.type === "ORG" &&
    !STATE_ORGANS.has(gazetteer().kindOf.get(n.id) ?? "") &&
    // "Iran's Foreign Ministry", an entity of its own (entities/link.ts), is Iran's organ all the same.
    !isStateBody(n.mention.text)
  )
    return n;
  const country = gazetteer().byId.get(`gpe:${n.iso3.toLowerCase()}`);
  return country ? { ...n, id: country.id, name: country.name, isPlace: false } : n;
}

/** "Romania's Supreme Council of National Defence": an organization the gazetteer does not know, of a named state. */
export function ownedByState(n: Named | null, everyone: readonly Named[], text: string): Named | null {
  if (n?.mention.type !== "ORG" || n.iso3) return n;
  const owner = possessor(n, everyone, text);
  return owner ? { ...n, id: owner.id, name: owner.name, iso3: owner.iso3, isPlace: false } : n;
}

/**
 * "Azerbaijan's State Border Service accused …", "Armenia's Defense Ministry denied …": an
 * organization or person the gazetteer does not place keeps its name and takes its state's country.
 */
export function ofPossessor(n: Named | null, everyone: readonly Named[], text: string): Named | null {
  if (!n || n.iso3 || (n.mention.type !== "ORG" && n.mention.type !== "PERSON")) return n;
  const owner = possessor(n, everyone, text) ?? (n.mention.type === "PERSON" ? titledBy(n, everyone, text) : undefined);
  const iso3 = owner ? (owner.iso3 ?? demonymOf(owner)) : demonymOf(n);
  return iso3 ? { ...n, iso3 } : n;
}

/** "Chinese Foreign Ministry": the country of a demonym opening an organization's name. */
function demonymOf(n: Named): string | null {
  if (n.mention.type !== "ORG") return null;
  const first = tokenize(n.name)[0];
  const known = first ? gazetteer().index.match([first], 0) : null;
  return known?.length === 1 && known.value.type === "NORP" ? known.value.iso3 : null;
}

/**
 * "U.S. special envoy Richard Alvarez", "Sweden's Defense Minister Erik Lindqvist": the state opening
 * the title before a person's name ("Russia's ambassador to the U.S. Anatoly Antonov" is no American).
 */
function titledBy(n: Named, everyone: readonly Named[], text: string): Named | undefined {
  // Position first: the demonym lookup tokenizes a name, and the article may hold hundreds of mentions.
  return everyone.find(
    (o) =>
      o.mention.end < n.mention.start &&
      n.mention.start - o.mention.end <= 50 &&
      /^(?:['’]s)?\s+(?:(?!(?:to|in|of|at|for|from|and|with|the)\b)[\p{L}.-]+\s+){1,4}$/u.test(
        text.slice(o.mention.end, n.mention.start),
      ) &&
      (/^gpe:[a-z]{3}$/.test(o.id) || o.mention.type === "NORP" || demonymOf(o) !== null),
  );
}

/** The state named right before a mention with a possessive: "Romania's" in "Romania's Supreme Council". */
function possessor(n: Named, everyone: readonly Named[], text: string): Named | undefined {
  return everyone.find(
    (o) =>
      /^gpe:[a-z]{3}$/.test(o.id) &&
      o.mention.end < n.mention.start &&
      /^['’]s\s+$/.test(text.slice(o.mention.end, n.mention.start)),
  );
}

/** Whether an article names at least two countries, none of them the place's own. */
function foreignPlace(n: Named, iso3: string | null, everyone: readonly Named[]): boolean {
  const others = new Set<string>();
  for (const o of everyone) {
    if (o.mention === n.mention || !o.iso3) continue;
    if (o.iso3 === iso3) return false;
    others.add(o.iso3);
  }
  return others.size >= 2;
}

/**
 * "British Challenger 2 tanks arrived in Ukraine": the nation a weapon bears right before its name,
 * as the giver of an aid whose clause names no giver and no state but the recipient ("German
 * Leopard tanks supplied by Poland" are Poland's). "U.S.-made" is a maker's mark, not a giver.
 */
export function nationOfWeapon(
  object: Named | null,
  recipient: Named | null,
  everyone: readonly Named[],
  text: string,
  clause: { readonly start: number; readonly end: number },
): Named | null {
  if (!object) return null;
  const isState = (n: Named) => /^gpe:[a-z]{3}$/.test(n.id);
  const nation = everyone.find(
    (n) =>
      n.mention.type === "NORP" &&
      isState(n) &&
      n.mention.end < object.mention.start &&
      /^\s+$/.test(text.slice(n.mention.end, object.mention.start)),
  );
  if (!nation) return null;
  const others = everyone.some(
    (n) =>
      n.mention.start >= clause.start &&
      n.mention.end <= clause.end &&
      isState(n) &&
      n.id !== nation.id &&
      n.id !== recipient?.id,
  );
  return others ? null : { ...nation, isPlace: false };
}
