/**
 * Within one article: surnames and short forms link to the full name seen elsewhere ("Hodges" →
 * "Ben Hodges"), untyped capitalized words take the type the same words got elsewhere, a social
 * handle links to the author its signature names, a misspelt place next to "region" links to the
 * place it nearly spells, and "Russia's Ministry of Foreign Affairs" resolves to the ministry the
 * lexicon knows. Every mention ends with a stable entity ID.
 */
import { type Block, type EntityType, sha256Hex } from "@sitrep/core";
import { append } from "../arrays.js";
import { escapeRegExp } from "../regex.js";
import { cues, isStateBody } from "./cues.js";
import type { Gazetteer, KnownEntity } from "./gazetteer.js";
import { draft, type Leftover, type MentionDraft } from "./recognize.js";
import { slug } from "./slug.js";
import { tokenize } from "./tokenize.js";

export interface LinkedMention {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly entityId: string;
  /** Canonical name of the entity. */
  readonly name: string;
  readonly known: KnownEntity | null;
  readonly role: string | null;
  readonly sentence: number;
}

/** Whitespace that is not one plain space: most names have none, and a test makes no new string. */
const ODD_SPACE = /[^\S ]|\s\s/;
export const oneSpace = (s: string) => (ODD_SPACE.test(s) ? s.replace(/\s+/g, " ") : s);

const STANDS_FOR_STATE =
  /^(?:['’]s)?\s+(?:armed forces|forces|troops|military|army|air force|navy|government|regime|side|authorities|officials|leadership|administration)\b/u;
const lastWord = (name: string) => name.split(/\s+/).pop() ?? name;
const isGenericOrgWord = (word: string) => cues.orgSuffixes.has(word) || cues.orgHeads.has(word);

export function linkArticle(
  text: string,
  drafts: readonly MentionDraft[],
  leftovers: readonly Leftover[],
  blocks: readonly Pick<Block, "start" | "end" | "kind" | "author" | "handle">[],
  gaz: Gazetteer,
  sentenceOf: (offset: number) => number,
): LinkedMention[] {
  const surface = (m: { start: number; end: number }) => oneSpace(text.slice(m.start, m.end));
  const qualified = sameBody(
    text,
    drafts.map((d) => resolveQualified(text, d, gaz)),
  );
  const mentions: MentionDraft[] = organizationLeads(qualified, surface, gaz);

  // Full names of people, by surname: "Hodges" → "Ben Hodges".
  const fullNames = new Map<string, MentionDraft>();
  for (const m of mentions) {
    if (m.type !== "PERSON") continue;
    const name = m.known?.name ?? surface(m);
    if (name.includes(" ")) {
      const key = lastWord(name).toLowerCase();
      const seen = fullNames.get(key);
      if (!seen || (seen.known === null && m.known !== null)) fullNames.set(key, m);
    }
  }
  // Words typed somewhere in the article type the same words elsewhere.
  const typedSurfaces = new Map<string, MentionDraft>();
  for (const m of mentions) {
    const key = surface(m).toLowerCase();
    if (!typedSurfaces.has(key)) typedSurfaces.set(key, m);
  }

  // Distinctive words of organization names: "Valdemar" after "Grupo Valdemar SA".
  const orgWords = new Map<string, MentionDraft>();
  for (const m of mentions) {
    if (m.type !== "ORG") continue;
    const words = surface(m).split(/\s+/);
    if (words.length < 2) continue;
    for (const w of words) {
      const key = w.toLowerCase();
      if (/^\p{Lu}\p{L}{3,}$/u.test(w) && !gaz.isCommonWord(w) && !isGenericOrgWord(w) && !gaz.index.has(w)) {
        if (!orgWords.has(key)) orgWords.set(key, m);
      }
    }
  }

  for (const left of leftovers) {
    const words = surface(left);
    const person = fullNames.get(words.toLowerCase()) ?? transposed(fullNames, words.toLowerCase());
    const same = typedSurfaces.get(words.toLowerCase());
    const org = orgWords.get(words.toLowerCase());
    if (person) mentions.push(draft(left.start, left.end, "PERSON", person.known, null, left.sentence, "surname"));
    else if (org && !same)
      mentions.push(draft(left.start, left.end, "ORG", org.known, null, left.sentence, "org-short-form"));
    else if (same && !(left.sentenceInitial && gaz.isCommonWord(words) && !/^\p{Lu}{2,}$/u.test(words))) {
      mentions.push(draft(left.start, left.end, same.type, same.known, null, left.sentence, "same-surface"));
    }
  }
  append(mentions, handleMentions(text, mentions, blocks, sentenceOf));
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);

  // Canonical names: the known name, else the longest form of a person's name in the article.
  const linked: LinkedMention[] = [];
  let lastEnd = -1;
  for (const found of mentions) {
    if (found.start < lastEnd) continue;
    lastEnd = found.end;
    const m = surnameOfPlace(text, found, fullNames) ?? found;
    let known = m.known;
    let name = known?.name ?? m.canonical ?? surface(m);
    if (m.type === "PERSON" && !known && !name.includes(" ")) {
      const full = fullNames.get(name.toLowerCase()) ?? transposed(fullNames, name.toLowerCase());
      if (full) {
        known = full.known;
        name = known?.name ?? surface(full);
      }
    }
    // "Kyiv's forces", "the Moscow government": the capital stands for its country.
    const country = m.type === "GPE" ? gaz.countryOfCapital.get(known?.name ?? name) : undefined;
    if (country && STANDS_FOR_STATE.test(text.slice(m.end, m.end + 40))) {
      known = country;
      name = country.name;
    }
    if (!known && (m.type === "LOC" || m.type === "GPE")) {
      const near = gaz.nearPlace(name);
      if (near) {
        known = near;
        name = near.name;
      }
    }
    const entityId = known?.id ?? localId(m.type, name);
    linked.push({
      start: m.start,
      end: m.end,
      type: known?.type ?? m.type,
      entityId,
      name,
      known,
      role: m.role,
      sentence: m.sentence,
    });
  }
  return unlinkNamesakes(text, linked, gaz);
}

/** The ID of an entity the gazetteer does not know; names without Latin letters ("Олег Петренко") get a hash, so they stay apart. */
const localId = (type: EntityType, name: string) =>
  `${type.toLowerCase()}:${slug(name) || `x${sha256Hex(name).slice(0, 12)}`}`;

/** Towns smaller than this are news in stories that name their country. */
const NAMESAKE_POPULATION = 100_000;

/**
 * "Typhoon jets hit two sites near Bani, north of the capital, Sanaa": a small town of the place
 * list (Baní, in the Dominican Republic) in an article that names two or more countries, never
 * its own, is a namesake the list lacks. It stays a place, without the list's country and
 * coordinates, which would put it on the map on the other side of the world.
 */
function unlinkNamesakes(text: string, linked: LinkedMention[], gaz: Gazetteer): LinkedMention[] {
  const isTown = (k: KnownEntity | null): boolean =>
    k !== null && k.population !== null && k.population < NAMESAKE_POPULATION && !gaz.countryOfCapital.has(k.name);
  if (!linked.some((m) => isTown(m.known))) return linked;
  const named = new Set<string>();
  for (const m of linked) {
    const iso3 = m.known?.iso3;
    if (iso3 && m.type !== "WEAPON" && !isTown(m.known)) named.add(iso3);
  }
  if (named.size < 2) return linked;
  return linked.map((m) => {
    if (!isTown(m.known) || named.has(m.known?.iso3 ?? "")) return m;
    const name = oneSpace(text.slice(m.start, m.end));
    return { ...m, known: null, name, entityId: localId(m.type, name) };
  });
}

/**
 * "Aer Lingus … Aer Lingus Group PLC": a name taken for a person for want of other evidence (no
 * title, no known first name) that begins an organization's name in the same article, the rest of
 * that name being words like Group or PLC, is that organization; not the surname of a person the
 * article names in full ("Mark Hodgkinson … Hodgkinson said … the Hodgkinson Foundation").
 */
function organizationLeads(
  mentions: readonly MentionDraft[],
  surface: (m: MentionDraft) => string,
  gaz: Gazetteer,
): MentionDraft[] {
  const leads = new Map<string, MentionDraft>();
  for (const m of mentions) {
    if (m.type !== "ORG") continue;
    const words = surface(m).split(" ");
    for (let k = words.length - 1; k >= 1 && isGenericOrgWord(words[k] as string); k--)
      leads.set(words.slice(0, k).join(" ").toLowerCase(), m);
  }
  if (leads.size === 0) return [...mentions];
  const surnames = new Set(
    mentions
      .filter((m) => m.type === "PERSON" && surface(m).includes(" "))
      .map((m) => lastWord(m.known?.name ?? surface(m)).toLowerCase()),
  );
  return mentions.map((m) => {
    if (m.type !== "PERSON" || m.known || m.role) return m;
    const name = surface(m);
    const org = leads.get(name.toLowerCase());
    if (!org || gaz.isFirstName(name.split(" ")[0] as string) || surnames.has(name.toLowerCase())) return m;
    return draft(m.start, m.end, "ORG", org.known, null, m.sentence, "org-lead", org.known?.name ?? surface(org));
  });
}

/**
 * The full name whose surname this word misspells by two letters swapped ("DesRoiser" for Dennis
 * DesRosier), when exactly one does: a typo, not another person (a letter more or less, "Johnston"
 * beside "Johnson", can be).
 */
function transposed<T>(fullNames: ReadonlyMap<string, T>, word: string): T | undefined {
  if (word.length < 5) return undefined;
  let found: T | undefined;
  for (const [surname, m] of fullNames) {
    if (surname.length !== word.length || surname === word) continue;
    let i = 0;
    while (surname[i] === word[i]) i++;
    if (surname[i] !== word[i + 1] || surname[i + 1] !== word[i] || surname.slice(i + 2) !== word.slice(i + 2))
      continue;
    if (found !== undefined) return undefined;
    found = m;
  }
  return found;
}

/** Words before a name that make it a place: "in Jordan", "visited Georgia". */
const PLACE_BEFORE = /\b(?:in|to|from|of|into|across|near|via|visit|visited|visiting|against|over|towards?)\s+$/i;

/**
 * "Rep. Jim Jordan … Jordan told Fox News": a one-word name the gazetteer knows as a place or an
 * organization is the person it is the surname of, when that person was named in full before and
 * nothing around it says place ("in Jordan", "Jordan's government").
 */
function surnameOfPlace(
  text: string,
  m: MentionDraft,
  fullNames: ReadonlyMap<string, MentionDraft>,
): MentionDraft | null {
  if (m.type === "PERSON" || !m.known || /\s/.test(text.slice(m.start, m.end))) return null;
  const person = fullNames.get(text.slice(m.start, m.end).toLowerCase());
  if (!person || person.start >= m.start) return null;
  if (PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) return null;
  if (STANDS_FOR_STATE.test(text.slice(m.end, m.end + 40))) return null;
  return draft(m.start, m.end, "PERSON", person.known, null, m.sentence, "surname", person.canonical);
}

/**
 * An organization named after its country ("Russia's Ministry of Foreign Affairs", "Russian
 * Defence Ministry") is the lexicon's entity when the lexicon knows the qualified name.
 */
function resolveQualified(text: string, m: MentionDraft, gaz: Gazetteer): MentionDraft {
  if (m.known || m.type !== "ORG") return m;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const qualifier = /(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)(?:['’]s)?\s$/u.exec(before);
  if (!qualifier) return m;
  const tokens = tokenize(`${qualifier[0]}${text.slice(m.start, m.end)}`);
  const found = gaz.index.match(tokens, 0, false);
  if (found && found.length === tokens.length && found.value.type === "ORG")
    return draft(m.start, m.end, m.type, found.value, m.role, m.sentence, "qualified", m.canonical);
  // "Iran's Foreign Ministry": a government body the lexicon lacks is still that country's, not every country's.
  const name = oneSpace(text.slice(m.start, m.end));
  if (!/['’]s\s$/.test(qualifier[0]) || !isStateBody(name)) return m;
  // "… arming Armenia. Armenia's Defense Ministry": the possessive's own name, not across a full stop.
  const place = tokenize((qualifier[1] as string).split(/\.\s/).at(-1) as string);
  const country = gaz.index.match(place, 0, false);
  if (!country || country.length !== place.length || !/^gpe:[a-z]{3}$/.test(country.value.id)) return m;
  const body: KnownEntity = {
    id: `org:${slug(name)}-${country.value.id.slice(4)}`,
    name: `${name} (${country.value.name})`,
    type: "ORG",
    iso3: country.value.iso3,
    latitude: null,
    longitude: null,
    weak: false,
    population: null,
  };
  return draft(m.start, m.end, m.type, body, m.role, m.sentence, "qualified", m.canonical);
}

/** "Iran's Foreign Ministry … the Foreign Ministry said": the bare name is the body the article qualified, if only one. */
function sameBody(text: string, mentions: MentionDraft[]): MentionDraft[] {
  const bodies = new Map<string, KnownEntity | null>();
  for (const m of mentions) {
    if (m.rule !== "qualified" || !m.known) continue;
    const key = oneSpace(text.slice(m.start, m.end));
    const seen = bodies.get(key);
    bodies.set(key, seen === undefined || seen?.id === m.known.id ? m.known : null);
  }
  if (bodies.size === 0) return mentions;
  return mentions.map((m) => {
    const body = m.type === "ORG" && !m.known ? bodies.get(oneSpace(text.slice(m.start, m.end))) : undefined;
    return body ? draft(m.start, m.end, m.type, body, m.role, m.sentence, "same-body", m.canonical) : m;
  });
}

/** Mentions of a social handle, linked to the author its signature names: "President Biden (@POTUS)". */
function handleMentions(
  text: string,
  mentions: readonly MentionDraft[],
  blocks: readonly Pick<Block, "start" | "end" | "kind" | "author" | "handle">[],
  sentenceOf: (offset: number) => number,
): MentionDraft[] {
  const owners = new Map<string, MentionDraft>();
  for (const block of blocks) {
    if (block.kind !== "social" || !block.author || !block.handle) continue;
    const author = block.author;
    const at = text.lastIndexOf(author, block.end);
    const owner = mentions.find((m) => at >= block.start && m.start >= at && m.end <= at + author.length);
    if (owner)
      owners.set(
        block.handle,
        draft(
          owner.start,
          owner.end,
          owner.type,
          owner.known,
          owner.role,
          owner.sentence,
          owner.rule,
          owner.known?.name ?? oneSpace(text.slice(owner.start, owner.end)),
        ),
      );
  }
  const found: MentionDraft[] = [];
  for (const [handle, owner] of owners) {
    const re = new RegExp(`(?<![\\w@.])${escapeRegExp(handle)}(?![\\w])`, "gi");
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + handle.length;
      found.push(draft(m.index, end, owner.type, owner.known, null, sentenceOf(m.index), "handle", owner.canonical));
    }
  }
  return found;
}
