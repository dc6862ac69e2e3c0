/**
 * Who said a quotation: the speech cue next to it ("…,” Peskov warned", "said Ben Hodges",
 * "according to the ministry", "Macron said that …", "Expert: '…'"), or else the subject of its
 * sentence ("Peskov accused Washington of 'pouring fuel on the fire'"), resolved to an entity: a
 * name, a pronoun's antecedent (the nearest subject of matching gender), a role's holder ("the
 * ministry said" → the ministry named before), a country's ministry ("China's foreign ministry"),
 * and a capital for its state ("Kyiv described it as …" → Ukraine).
 */

import type { Mention, Sentence } from "@sitrep/core";
import { gazetteer, genderOfFirstName } from "../entities/gazetteer.js";
import { token } from "../entities/tokenize.js";
import { loadLexicon } from "../lexicons.js";
import { alternation, escapeRegExp } from "../regex.js";
import { isAbbreviation, sentenceAt } from "../segment.js";
import { Coverage, firstStartingAt, sortedByStart, spansWithin } from "../spans.js";
import type { QuoteSpan } from "./find.js";

interface QuoteCues {
  verbs: string[];
  inverted: string[];
  participles: string[];
  pronouns: Record<string, string>;
  roles: Record<string, string>;
  ministries: Record<string, string>;
}

const cues = loadLexicon<QuoteCues>("quote-cues.json");
/** Political parties, from the organizations lexicon: their members speak for themselves. */
const PARTIES = new Set(
  loadLexicon<{ organizations: { id: string; kind: string }[] }>("organizations.json")
    .organizations.filter((o) => o.kind === "political party")
    .map((o) => o.id),
);
const CUE = new RegExp(`\\b(according to|${alternation(cues.verbs)})\\b`, "gi");
const INVERTED = new RegExp(`^[\\s,.!?;—–-]*(${alternation(cues.inverted)})\\s+(?!that\\b)`, "i");
/** "Detik.com quoted Djamal as saying": the one quoted speaks, not the outlet. */
const QUOTED_AS = /\bquoted\s+([^.!?;“”"]{2,60}?)\s+as\s+(?:saying|telling|stating|writing|warning|adding)\b/;
const QUOTED_AS_BEFORE = new RegExp(`${QUOTED_AS.source}[\\s,:]*$`);
const PARTICIPLE = new RegExp(`^(?:${alternation(cues.participles)})$`, "i");
/** A pronoun subject of a speaker phrase: its first word, or the first after a comma ("the company, it said"). */
const PRONOUN = new RegExp(`^(?:\\W*|.*,\\s*)(${alternation(Object.keys(cues.pronouns))})\\b`, "i");
const ROLE = new RegExp(`\\b(${alternation(Object.keys(cues.roles))})\\b`, "gi");
/** A role noun right after a name, a word or two of description between: "whip", "MP for …", "co-leader". */
const ROLE_AFTER = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation(Object.keys(cues.roles))})\\b`, "iu");
const MINISTRY = new RegExp(`^['’]?s?\\s+(${alternation(Object.keys(cues.ministries))})\\s+ministry\\b`, "i");
const SPEAKER_TYPES = new Set(["PERSON", "ORG", "GPE", "FACILITY", "NORP"]);
const AFTER_PREPOSITION =
  /\b(?:to|with|for|from|against|on|of|in|at|into|near|over|by|than|about|like|between|toward|towards|told|accused|urged|asked)\s+(?:the\s+)?$/i;

export interface Speaker {
  readonly entityId: string | null;
  /** Canonical name when it is not the entity's (a country's ministry the gazetteer lacks). */
  readonly name?: string;
  readonly text: string;
  readonly cue: string;
}

export interface SpeakerContext {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** Sorted by start. */
  readonly mentions: readonly Mention[];
  readonly quotes: readonly QuoteSpan[];
}

/** Sorted views of one article's mentions and quotations, built once per article. */
interface Lookup {
  readonly quoted: Coverage;
  /** Mentions of a type that can speak, outside quotations, sorted by start. */
  readonly parties: readonly Mention[];
  /** The quotations by where they open, for "the next quotation". */
  readonly opens: readonly { start: number; end: number }[];
}
const lookups = new WeakMap<SpeakerContext, Lookup>();
function lookup(ctx: SpeakerContext): Lookup {
  let found = lookups.get(ctx);
  if (!found) {
    const quoted = new Coverage(ctx.quotes);
    // A town does not speak ("St. Petersburg", "Cumbernauld"); a capital speaks for its state ("Kyiv said").
    const capitals = gazetteer().countryOfCapital;
    const speaks = (m: Mention) =>
      m.type !== "GPE" || /^gpe:[a-z]{3}$/.test(m.entity_id) || capitals.has(m.text) || !m.entity_id.startsWith("gpe:");
    const parties = ctx.mentions.filter((m) => SPEAKER_TYPES.has(m.type) && speaks(m) && !quoted.covers(m.start));
    const opens = sortedByStart(ctx.quotes.map((q) => ({ start: q.outerStart, end: q.outerEnd })));
    found = { quoted, parties, opens };
    lookups.set(ctx, found);
  }
  return found;
}
const insideQuote = (ctx: SpeakerContext, at: number) => lookup(ctx).quoted.covers(at);
/**
 * Where a search for an earlier name starts: 20,000 characters back, a long feature's length, so
 * a pronoun or a role finds the same holder as in a scan of the whole article, while a megabyte
 * article costs no more per quote.
 */
export const LOOKBACK = 20_000;
const lookbackFrom = (at: number) => Math.max(0, at - LOOKBACK);
/** Speech verbs in running text are lowercase: "States" in "United States" and a headline's "WARNS" are not cues. */
const isCue = (word: string) => /^[a-z]/.test(word) || /^according to$/i.test(word);

/** The role after a party's name up to `end` ("Labour whip", "SPD co-leader"), or null. */
const memberRole = (ctx: SpeakerContext, m: Mention, end: number) =>
  PARTIES.has(m.entity_id) ? ROLE_AFTER.exec(ctx.text.slice(m.end, end)) : null;

/** A mention as a speaker: "China's foreign ministry" is the ministry, a capital is its state. */
function asSpeaker(ctx: SpeakerContext, m: Mention, text: string): Speaker {
  // "A Labour whip told me": a party names what its member is, not who spoke.
  const member = memberRole(ctx, m, m.end + 40);
  if (member) return { entityId: null, text: ctx.text.slice(m.start, m.end + member[0].length), cue: "" };
  const ministry = MINISTRY.exec(ctx.text.slice(m.end, m.end + 30));
  const gaz = gazetteer();
  const country = m.type === "GPE" || m.type === "NORP" ? gaz.countryOfCapital.get(m.text) : undefined;
  if (ministry && (m.type === "GPE" || m.type === "NORP")) {
    const place = gaz.byId.get(m.entity_id.replace(/^norp:/, "gpe:"))?.name;
    const name = `Ministry of ${cues.ministries[(ministry[1] as string).toLowerCase()]} of ${place ?? country?.name ?? m.text}`;
    const known = gaz.index.match([token(name, 0, name.length, "word")], 0);
    return { entityId: known?.value.name === name ? known.value.id : null, name, text, cue: "" };
  }
  if (country && m.type === "GPE") return { entityId: country.id, name: country.name, text, cue: "" };
  return { entityId: m.entity_id, text, cue: "" };
}

/** Party mentions in text[start, end) outside quotations. */
const partiesIn = (ctx: SpeakerContext, start: number, end: number) => spansWithin(lookup(ctx).parties, start, end);

/** The subject of the clause text[from, to): a name right before `to`, else the first name that is no object. */
function subjectOf(ctx: SpeakerContext, from: number, to: number): Speaker | null {
  // Not objects of prepositions, not adjectives ("Russian headquarters"), not possessors
  // ("Russia's Ministry …"), unless the possessor's ministry is named only in lowercase.
  const all = partiesIn(ctx, from, to);
  const parties = all.filter((m, i) => {
    const next = ctx.text.slice(m.end, m.end + 30);
    if (m.type === "NORP" && !MINISTRY.test(next)) return false;
    // "The US automobile manufacturer Ford has said": a country describing the name after it.
    const following = all[i + 1];
    if (
      m.type === "GPE" &&
      following &&
      following.start - m.end <= 40 &&
      /^\s+[a-z][a-z\s-]*$/.test(ctx.text.slice(m.end, following.start))
    )
      return false;
    if (/^['’]s\b/.test(next) && !MINISTRY.test(next)) return false;
    return !AFTER_PREPOSITION.test(ctx.text.slice(Math.max(from, m.start - 25), m.start));
  });
  // "Dmitry Peskov warned", "the ministry had previously warned"; an appositive's comma breaks it.
  const adjacent = parties.findLast((m) =>
    /^\s*(?:(?:had|has|have|was|is|were|would|will)\s+)?(?:\w+ly\s+)?(?:on\s+\w+\s+)?$/.test(ctx.text.slice(m.end, to)),
  );
  const people = parties.filter((m) => m.type === "PERSON");
  // "Asked whether she would keep the deal with the Scottish Greens, she says …": a pronoun right before the cue.
  const right = /\b(he|she|they)\s+(?:\w+ly\s+)?$/i.exec(ctx.text.slice(Math.max(from, to - 24), to))?.[1];
  if (right && !adjacent) {
    const m = antecedent(ctx, right.toLowerCase(), to);
    if (m) return { ...asSpeaker(ctx, m, right), text: right };
  }
  // "He said Scholz had 'failed' and described it as …", "It denied …": a pronoun before any name is the subject.
  const lead = ctx.text.slice(from, parties[0]?.start ?? to).replace(/[“"‘'][^”"’']*[”"’']/g, " ");
  const pronoun = /(?:^|[.!?]\s+|^\W*)(he|she|it|they)\b/i.exec(lead)?.[1]?.toLowerCase();
  if (pronoun && !adjacent) {
    const m = antecedent(ctx, pronoun, from);
    if (m) return { ...asSpeaker(ctx, m, pronoun), text: pronoun };
  }
  // "Whitey MacDonald, chairperson of Local 1520, Canadian Auto Workers union said": the person whose
  // apposition holds the organization before the verb.
  const described =
    adjacent &&
    people[0] &&
    people[0].start < adjacent.start &&
    /^,\s+[a-z]/.test(ctx.text.slice(people[0].end, people[0].end + 3))
      ? people[0]
      : undefined;
  const chosen = described ?? adjacent ?? people[0] ?? parties[0];
  // "a Treasury spokesperson said", "one Labour MP said": someone of the organization, unnamed.
  const determiner =
    chosen && chosen.type !== "PERSON"
      ? /\b(?:a|an|one|another)\s+$/i.exec(ctx.text.slice(chosen.start - 8, chosen.start))
      : null;
  const unnamed = chosen && determiner ? ROLE_AFTER.exec(ctx.text.slice(chosen.end, to)) : null;
  if (chosen && determiner && unnamed) {
    const start = chosen.start - determiner[0].length;
    return { entityId: null, text: ctx.text.slice(start, chosen.end + unnamed[0].length), cue: "" };
  }
  if (chosen) return asSpeaker(ctx, chosen, chosen.text);
  // "The senator told reporters": a role's holder; "A Labour whip told me": no name, but a speaker all the same.
  // "Sunak's spokesman, asked about the polls, said": the words before an aside.
  // The words before an aside ("Sunak's spokesman, asked about the polls, said"), or after an opening
  // phrase ("In a statement on its website, the company said").
  const segments = ctx.text.slice(from, to).trim().split(",");
  const last = segments.at(-1)?.trim() ?? "";
  const phrase =
    segments.length > 1 &&
    /^(?:in|on|at|after|before|during|asked|speaking|responding|writing)\b/i.test(segments[0] ?? "") &&
    /^the\s/i.test(last)
      ? last
      : (segments[0]?.trim() ?? "");
  // "Its defence ministry called the claims a 'fabrication'": the ministry of what "it" is.
  const possessive = /^(its|their)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)$/iu.exec(phrase);
  if (possessive && roleOf(phrase)) {
    const owner = antecedent(ctx, (possessive[1] as string).toLowerCase() === "its" ? "it" : "they", from);
    if (owner) {
      const ministry = MINISTRY.exec(` ${possessive[2]}`);
      const country = gazetteer().byId.get(owner.entity_id.replace(/^norp:/, "gpe:"))?.name;
      const name =
        ministry && country
          ? `Ministry of ${cues.ministries[(ministry[1] as string).toLowerCase()]} of ${country}`
          : null;
      return { entityId: null, name: name ?? `${owner.text}'s ${possessive[2]}`, text: phrase, cue: "" };
    }
  }
  if (
    !/^(?:(?:the|a|an|one|another)\s+|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s+)[\p{L}-]+(?:\s+[\p{L}-]+){0,8}$/iu.test(
      phrase,
    )
  )
    return null;
  // "Sunak's spokesman", "Speaker Mike Johnson's office": someone of Sunak's, not Sunak.
  if (/^(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s/u.test(phrase))
    return { entityId: null, text: phrase.replace(/\s+(?:in|on|at)\s.*$/s, ""), cue: "" };
  const at = from + ctx.text.slice(from, to).indexOf(phrase);
  return resolvePhrase(ctx, at, at + phrase.length, to) ?? { entityId: null, text: phrase, cue: "" };
}

function mentionGender(ctx: SpeakerContext, m: Mention): "male" | "female" | null {
  const role = m.role ?? ctx.text.slice(Math.max(0, m.start - 6), m.start);
  if (/\b(?:Ms|Mrs|Miss|Madam|Lady|Queen)\b/.test(role)) return "female";
  if (/\b(?:Mr|Sir|King|Lord)\b/.test(role)) return "male";
  return m.text.includes(" ") ? genderOfFirstName(m.text.split(/\s+/)[0] ?? "") : null;
}

/** Each person's gender as any mention of them shows it, worked out once per article. */
const genders = new WeakMap<readonly Mention[], Map<string, "male" | "female">>();

/** A person's gender as any mention of them shows it: "Brooks" is Kayla Brooks, so "she". */
function genderOf(ctx: SpeakerContext, m: Mention): "male" | "female" | null {
  let byEntity = genders.get(ctx.mentions);
  if (!byEntity) {
    byEntity = new Map();
    for (const other of ctx.mentions) {
      const g = other.type === "PERSON" && !byEntity.has(other.entity_id) ? mentionGender(ctx, other) : null;
      if (g) byEntity.set(other.entity_id, g);
    }
    genders.set(ctx.mentions, byEntity);
  }
  return mentionGender(ctx, m) ?? byEntity.get(m.entity_id) ?? null;
}

/** Who "he", "she", "it" or "they" at `at` is: the latest sentence subject that fits, else the nearest name that does. */
function antecedent(ctx: SpeakerContext, pronoun: string, at: number, maxGap = 2): Mention | null {
  const type = cues.pronouns[pronoun];
  const want = pronoun === "she" ? "female" : pronoun === "he" ? "male" : null;
  const fits = (m: Mention) =>
    (type === "ANY" || m.type === type || (type === "ORG" && m.type === "GPE")) &&
    (!want || genderOf(ctx, m) !== (want === "male" ? "female" : "male"));
  const before = partiesIn(ctx, lookbackFrom(at), at).filter((m) => m.block_kind !== "caption" && fits(m));
  // A subject follows the sentence start, a comma, a conjunction or a title, not a verb or a preposition.
  const subjects = before.filter((m) => {
    const s = ctx.sentences[sentenceAt(ctx.sentences, m.start)] as Sentence;
    const previous = lastWordBefore(ctx.text, s.start, m.start);
    // …or comes right before a finite verb ("SPD co-leader Saskia Esken was blunter").
    const next = /^\s*([\p{L}']+)/u.exec(ctx.text.slice(m.end, m.end + 20))?.[1] ?? "";
    return (
      previous === "" ||
      /[,;:(“"]$/.test(previous) ||
      /[.!?]["”’)]?$/.test(previous) ||
      /^(?:and|but|while|that|when|as|because|\p{Lu}[\p{L}.]*)$/u.test(previous) ||
      /^(?:was|were|is|are|has|have|had|said|says|told|tells|did|does|will|would|can|could|[a-z]{3,}ed)$/.test(next)
    );
  });
  const nearestSubject = subjects.at(-1);
  const nearest = before.at(-1);
  // A name of the pronoun's known gender in this sentence or the last one is the surest antecedent.
  const here = sentenceAt(ctx.sentences, at);
  const gendered = want
    ? before.filter((m) => here - sentenceAt(ctx.sentences, m.start) <= 1 && genderOf(ctx, m) === want).at(-1)
    : undefined;
  // …but only as a subject, or when no subject of that gender is in sight ("to succeed Nicola Sturgeon" is an object).
  const subjectGap = nearestSubject ? here - sentenceAt(ctx.sentences, nearestSubject.start) : Number.POSITIVE_INFINITY;
  if (
    gendered &&
    (subjects.includes(gendered) ||
      subjectGap > 3 ||
      genderOf(ctx, nearestSubject as Mention) === (want === "male" ? "female" : "male"))
  )
    return gendered;
  if (!nearestSubject) return maxGap < 2 ? null : (nearest ?? null);
  // A subject in the same or the previous sentence wins over a nearer object.
  const gap = sentenceAt(ctx.sentences, at) - sentenceAt(ctx.sentences, nearestSubject.start);
  if (gap <= maxGap) return nearestSubject;
  // A subject a few sentences back still beats an object of the same gender ("… to succeed Nicola Sturgeon.
  // Does she regret them?" is about the subject, Kate Forbes).
  if (maxGap >= 2 && gap <= 4 && want && genderOf(ctx, nearestSubject) === want) return nearestSubject;
  return maxGap < 2 ? null : (nearest ?? null);
}

/** The entity a speaker phrase text[start, end) names; `near` is where the cue is. */
function resolvePhrase(ctx: SpeakerContext, start: number, end: number, near: number): Speaker | null {
  const full = ctx.text.slice(start, end);
  // "a longtime donor who asked not to be named to discuss …": the speaker ends where the clause about them starts.
  const relative = full.search(/\s(?:who|which)\s/);
  const phrase = (relative > 0 ? full.slice(0, relative) : full).trim();
  if (phrase === "" || phrase.split(/\s+/).length > 16) return null;
  // "the New York Democrat said", "the Kentucky Republican": a party member named by an epithet is
  // the person the story is about, not the party.
  if (EPITHET.test(phrase)) {
    const subject = antecedent(ctx, "they", start, ROLE_GAP);
    if (subject?.type === "PERSON") return { ...asSpeaker(ctx, subject, phrase), text: phrase };
  }
  const inside = partiesIn(ctx, start, end);
  const distance = (m: Mention) => Math.min(Math.abs(m.start - near), Math.abs(m.end - near));
  const people = inside.filter((m) => m.type === "PERSON").sort((a, b) => distance(a) - distance(b));
  const named = people[0] ?? inside.sort((a, b) => distance(a) - distance(b))[0];
  // "Labour whip:", "a Labour MP for a rural seat said": a party names what its member is, not who spoke.
  if (named && !people[0] && memberRole(ctx, named, end))
    return { entityId: null, text: phrase.replace(/[\s:,;]+$/u, ""), cue: "" };
  // "A Ukrainian official told us", "a French official said": a nationality or an organization
  // describes someone unnamed, who is not the state.
  if (named && !people[0] && indefiniteRole(phrase)) return unnamedSpeaker(phrase);
  // "The premier of the German state of North Rhine-Westphalia": a role described by a place is
  // someone of that place, not the nationality.
  const describedRole = /^the\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:of|for|at|in)\s/iu.exec(phrase);
  const roleHead = describedRole && cues.roles[(describedRole[1] as string).toLowerCase()] === "PERSON";
  if (named && !people[0] && roleHead && (named.type === "NORP" || named.type === "GPE"))
    return { entityId: null, text: phrase, cue: "" };
  if (named) return asSpeaker(ctx, named, named.text);
  // "he", "the company, it said" — a subject; not the "it" of "As one voter put it".
  const pronoun = PRONOUN.exec(phrase)?.[1]?.toLowerCase();
  if (pronoun) {
    const m = antecedent(ctx, pronoun, start);
    return m ? { ...asSpeaker(ctx, m, phrase), text: phrase } : { entityId: null, text: phrase, cue: "" };
  }
  const role = roleOf(phrase);
  if (indefiniteRole(phrase)) return unnamedSpeaker(phrase);
  if (role) {
    // "the official said" after "one senior EU official said …": the one first described, if nearer.
    const introducedFirst = /^the\s/i.test(phrase) ? introduction(ctx, phrase, start) : null;
    if (introducedFirst) return { entityId: null, text: introducedFirst, cue: "" };
    // "the ministry said": the ministry named before; "the spokesperson said": whose spokesperson.
    const holder = partiesIn(ctx, lookbackFrom(start), start)
      .filter((m) => m.block_kind !== "caption")
      .findLast((m) => holds(ctx, m, role));
    // A nationality holds no role: "a Ukrainian source said" names nobody.
    if (holder && holder.type !== "NORP") return { ...asSpeaker(ctx, holder, phrase), text: phrase };
    const introduced = introduction(ctx, phrase, start);
    if (introduced) return { entityId: null, text: introduced, cue: "" };
    // "Rishi Sunak said … 'Ukraine's fight is our fight,' the Prime Minister said": a person's role
    // nobody wrote before is the person who was just speaking.
    const subject =
      cues.roles[role] === "PERSON" && !/\b(?:a|an|one)\s/i.test(phrase)
        ? antecedent(ctx, "they", start, ROLE_GAP)
        : null;
    if (subject?.type === "PERSON") return { ...asSpeaker(ctx, subject, phrase), text: phrase };
    // "In a statement on the Airbus website, the company said": the organization named just before.
    const organization =
      cues.roles[role] === "ORG" && /^the\s+[\p{L}-]+$/iu.test(phrase)
        ? partiesIn(ctx, ctx.sentences[Math.max(0, sentenceAt(ctx.sentences, start) - 1)]?.start ?? 0, start)
            .filter((m) => m.type === "ORG" && m.block_kind !== "caption")
            .at(-1)
        : undefined;
    return organization
      ? { ...asSpeaker(ctx, organization, phrase), text: phrase }
      : { entityId: null, text: phrase, cue: "" };
  }
  const introduced = introduction(ctx, phrase, start);
  if (introduced) return { entityId: null, text: introduced, cue: "" };
  // "said a longtime Democratic donor who asked not to be named": the speaker as described.
  const described =
    /^(?:(?:the|a|an|one|another)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,5}?(?=\s+(?:who|which|that|,)|$)/iu.exec(
      phrase.replace(/,.*$/s, ""),
    )?.[0];
  if (described && /^(?:the|a|an|one|another)\s/i.test(described)) return { entityId: null, text: described, cue: "" };
  return phrase.split(/\s+/).length <= 6 && /^\p{Lu}/u.test(phrase) ? { entityId: null, text: phrase, cue: "" } : null;
}

const roleOf = (phrase: string) => [...phrase.matchAll(ROLE)].at(-1)?.[1]?.toLowerCase();

/**
 * "one former cabinet minister", "a senior official": someone not named, not whoever held the title
 * before; "a spokesperson for the prime minister" is the spokesperson, whoever the role after it names.
 */
function indefiniteRole(phrase: string): boolean {
  const role = roleOf(phrase);
  return (
    role !== undefined &&
    (/^(?:a|an|one|another|some|two|three|several)\s/i.test(phrase) ||
      new RegExp(
        `(?:^|\\s)(?:a|an|one|another|some|two|three|several)\\s+(?:[\\p{L}-]+\\s+){0,2}${role}\\b`,
        "iu",
      ).test(phrase))
  );
}

const unnamedSpeaker = (phrase: string): Speaker => ({
  entityId: null,
  text: phrase
    .replace(/^.*?\b(?=(?:a|an|one|another|some|two|three|several)\s)/i, "")
    .replace(/\s+(?:as|to|that)$/i, ""),
  cue: "",
});

/** A singular party member with a place before it: "the New York Democrat", "the veteran Tory". */
const EPITHET =
  /^the\s+(?:[\p{L}.-]+\s+){0,3}(?:Democrat|Republican|Conservative|Tory|Socialist|Liberal Democrat|Labour MP|Independent|Green)$/u;

/**
 * How many sentences back a role nobody held may find its person: "Rachel Reeves has insisted … The
 * chancellor told MPs … 'The previous government chose to duck the difficult decisions. I will not,' the
 * chancellor told a packed Commons" — a quotation of two sentences counts as two.
 */
const ROLE_GAP = 3;

/**
 * Whether a mention holds a role: by its title ("President Joe Biden"), by the words right before it
 * ("the ministry's spokesperson Maria Zakharova", "Russia's Foreign Ministry") or by an apposition
 * after it ("Joe Biden, the president"); not by a role written near it for someone else ("… on
 * President Biden," Newsom told").
 */
function holds(ctx: SpeakerContext, m: Mention, role: string): boolean {
  const word = roleWord(role);
  // A vice president, a deputy minister or a former president does not hold the role itself.
  const lesser = new RegExp(`\\b(?:vice|deputy|former|ex|assistant|acting)[\\s-]+${word.source}`);
  const before = ctx.text.slice(Math.max(0, m.start - 24), m.start).toLowerCase();
  if (m.role) {
    const title = m.role.toLowerCase();
    return word.test(title) && !lesser.test(title) && !lesser.test(before);
  }
  if (word.test(m.text.toLowerCase())) return true;
  const after = ctx.text.slice(m.end, m.end + 40).toLowerCase();
  return (
    (new RegExp(`${word.source}\\s*,?\\s*(?:[\\p{L}.'’-]+\\s+){0,1}$`, "u").test(before) && !lesser.test(before)) ||
    new RegExp(
      `^(?:['’]s)?\\s*,?\\s*(?:(?:the|a|an|its|their|his|her)\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}${word.source}`,
      "u",
    ).test(after)
  );
}

const roleWords = new Map<string, RegExp>();
/** A role as a whole word: "president", not the "president" of "presidential". */
function roleWord(role: string): RegExp {
  let re = roleWords.get(role);
  if (!re) {
    re = new RegExp(`\\b${escapeRegExp(role)}\\b`);
    roleWords.set(role, re);
  }
  return re;
}

/** Where a speaker phrase after "said" ends: at punctuation, but not at a title's period ("said Sen. Mitch McConnell", "…,” Mr. Sunak told"). */
function phraseEnd(rest: string, stops = /[,.;:!?(]/g): number {
  for (let m = stops.exec(rest); m; m = stops.exec(rest)) {
    if (m[0] === "." && isAbbreviation(/([\p{L}]+)$/u.exec(rest.slice(0, m.index))?.[1] ?? "")) continue;
    return m.index;
  }
  return -1;
}

/** "According to a government source, ministers were …": the source ends at the clause's comma. */
function accordingEnd(text: string, from: number, to: number): number {
  const stop = phraseEnd(text.slice(from, to), /[,;:]/g);
  return stop < 0 ? to : from + stop;
}

/** The last run of non-space characters in text[from, to): a loop, as a `(\S+)\s*$` regex rescans the whole prefix. */
function lastWordBefore(text: string, from: number, to: number): string {
  let end = to;
  while (end > from && /\s/.test(text[end - 1] as string)) end--;
  let start = end;
  while (start > from && !/\s/.test(text[start - 1] as string)) start--;
  return text.slice(start, end);
}

/** The cues of text[from, to) outside quotations, in capitals only when they are words, not headlines. */
function cuesIn(ctx: SpeakerContext, from: number, to: number): RegExpMatchArray[] {
  const span = ctx.text.slice(from, to);
  return [...span.matchAll(CUE)].filter(
    (m) =>
      isCue(m[1] as string) &&
      !insideQuote(ctx, from + (m.index ?? 0)) &&
      // "called the US claims a 'fabrication'", "his warnings": a noun, not a speech verb.
      !(/s$/.test(m[1] as string) && NOUN_BEFORE.test(span.slice(Math.max(0, (m.index ?? 0) - 40), m.index))),
  );
}

/** Words before a plural that make it a noun: "the US claims", "their warnings", "Russia's claims". */
const NOUN_BEFORE =
  /\b(?:the|his|her|its|their|these|those|such|our|your|[\p{L}]+['’]s)\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}$/u;

/** The speaker written around one quotation, or null. */
export function speakerOf(ctx: SpeakerContext, quote: QuoteSpan): Speaker | null {
  const { text, sentences } = ctx;
  const last = sentences[sentenceAt(sentences, Math.max(quote.outerEnd - 1, quote.outerStart))] as Sentence;
  const first = sentences[sentenceAt(sentences, quote.outerStart)] as Sentence;
  const { opens } = lookup(ctx);
  const nextQuote = opens[firstStartingAt(opens, quote.outerEnd)]?.start ?? Number.POSITIVE_INFINITY;
  const afterEnd = Math.min(last.end, nextQuote);
  const after = text.slice(quote.outerEnd, afterEnd);

  const fromAfter = (): Speaker | null => {
    // '"We need a ceasefire now." — UN Secretary-General António Guterres': a signature after a dash.
    const dash = /^\s*[—–]\s*/.exec(after);
    if (dash) {
      const signers = partiesIn(ctx, quote.outerEnd, Math.min(afterEnd, quote.outerEnd + 80));
      const signed = signers.find((m) => m.type === "PERSON") ?? signers.find((m) => m.type === "ORG");
      if (signed && !/[.!?;,]/.test(text.slice(quote.outerEnd + dash[0].length, signed.start)))
        return { ...asSpeaker(ctx, signed, text.slice(quote.outerEnd + dash[0].length, signed.end)), cue: "—" };
    }
    const reported = QUOTED_AS.exec(after);
    if (reported?.[1] && (reported.index ?? 0) < 80) {
      const at = quote.outerEnd + reported.index + reported[0].indexOf(reported[1], reported[0].indexOf("quoted") + 6);
      const speaker = resolvePhrase(ctx, at, at + reported[1].length, at);
      if (speaker) return { ...speaker, cue: "quoted" };
    }
    const inverted = INVERTED.exec(after);
    if (inverted && isCue(inverted[1] as string)) {
      const at = quote.outerEnd + inverted[0].length;
      const stop = phraseEnd(after.slice(inverted[0].length));
      // "said the firm's chief executive officer, Alan Mulally.": the name in apposition after the role.
      const named =
        stop >= 0 && after[inverted[0].length + stop] === ","
          ? partiesIn(ctx, at + stop + 1, afterEnd).find(
              (m) =>
                m.type === "PERSON" &&
                ctx.text.slice(at + stop + 1, m.start).trim() === "" &&
                /^\s*(?:[.,;]|$)/.test(ctx.text.slice(m.end, m.end + 3)),
            )
          : undefined;
      const speaker = named
        ? { ...asSpeaker(ctx, named, ctx.text.slice(at, named.end)), text: ctx.text.slice(at, named.end) }
        : resolvePhrase(ctx, at, stop < 0 ? afterEnd : at + stop, at);
      if (speaker) return { ...speaker, cue: inverted[1] as string };
    }
    const cue = cuesIn(ctx, quote.outerEnd, afterEnd)[0];
    if (!cue || (cue.index ?? 0) > 160 || phraseEnd(after.slice(1, cue.index), /[.!?]/g) >= 0) {
      // '"…," Jesse Toprak, an analyst for Edmunds.': no verb, a name and what the person is.
      const named = partiesIn(ctx, quote.outerEnd, afterEnd)[0];
      return named?.type === "PERSON" &&
        /^[\s,]*$/.test(text.slice(quote.outerEnd, named.start)) &&
        /^\s*,\s*(?:a|an|the)\s/i.test(text.slice(named.end, named.end + 8))
        ? { ...asSpeaker(ctx, named, named.text), cue: "" }
        : null;
    }
    const cueStart = quote.outerEnd + (cue.index ?? 0);
    const word = (cue[1] as string).toLowerCase();
    if (word === "according to") return withCue(resolvePhrase(ctx, cueStart + word.length, afterEnd, cueStart), cue);
    // "…, saying '…'" and "…,” she said": a participle speaks for the sentence's subject.
    if (PARTICIPLE.test(word)) return withCue(subjectOf(ctx, first.start, quote.outerStart), cue);
    return withCue(resolvePhrase(ctx, quote.outerEnd, cueStart, cueStart), cue);
  };

  // '"…," a top administration official said, "People will …"': the subject starts after the quotation before the cue.
  const afterQuote = (from: number, cueAt: number): number => {
    const previous = opens[firstStartingAt(opens, cueAt) - 1];
    return previous && previous.end > from && previous.end <= cueAt ? previous.end : from;
  };

  const fromBefore = (): Speaker | null => {
    const before = text.slice(first.start, quote.outerStart);
    const reported = QUOTED_AS_BEFORE.exec(before);
    if (reported?.[1]) {
      const at = first.start + reported.index + reported[0].indexOf(reported[1], reported[0].indexOf("quoted") + 6);
      const speaker = resolvePhrase(ctx, at, at + reported[1].length, at);
      if (speaker) return { ...speaker, cue: "quoted" };
    }
    const cue = cuesIn(ctx, first.start, quote.outerStart).at(-1);
    if (cue) {
      const cueStart = first.start + (cue.index ?? 0);
      const word = (cue[1] as string).toLowerCase();
      const speaker =
        word === "according to"
          ? resolvePhrase(
              ctx,
              cueStart + word.length,
              accordingEnd(ctx.text, cueStart + word.length, quote.outerStart),
              cueStart,
            )
          : subjectOf(ctx, afterQuote(first.start, cueStart), cueStart);
      if (speaker) return { ...speaker, cue: cue[1] as string };
    }
    const colon = before.trimEnd().endsWith(":") ? /([^.!?:;"“”]{2,80}):\s*$/u.exec(before) : null;
    if (colon?.[1] && colon.index !== undefined) {
      // "As one voter in Bury put it:": the speaker is between "As" and "put it".
      const as = /^(\s*as\s+)(.+?)\s+(?:put it|said|says|wrote|noted|explained)\s*$/i.exec(colon[1]);
      // "Asked by a reporter whether he was worried, the president said:": the clause after the aside.
      // …but not "Peter Boockvar, an equity strategist, commented:", where only the verb follows the comma.
      const tail = colon[1].slice(colon[1].lastIndexOf(", ") + 2).trim();
      const comma = as || !/\s/.test(tail) ? -1 : colon[1].lastIndexOf(", ");
      const from = first.start + colon.index + (as ? (as[1] as string).length : comma >= 0 ? comma + 2 : 0);
      const to = as ? from + (as[2] as string).length : quote.outerStart - 1;
      const speaker = resolvePhrase(ctx, from, to, quote.outerStart);
      if (speaker) return { ...speaker, cue: ":" };
    }
    return null;
  };

  // A statement has its cue after it mostly; a fragment inside paraphrase has it before.
  const speaker = quote.kind === "partial" ? (fromBefore() ?? fromAfter()) : (fromAfter() ?? fromBefore());
  if (speaker) return speaker;
  // No cue at all: the subject of the sentence ("Peskov accused Washington of 'pouring fuel on the fire'").
  const subject = subjectOf(ctx, first.start, quote.outerStart);
  return subject ? { ...subject, cue: "subject" } : null;
}

const withCue = (speaker: Speaker | null, cue: RegExpMatchArray): Speaker | null =>
  speaker ? { ...speaker, cue: cue[1] as string } : null;

/** A cue with a subject in one of the two sentences before: "Hodges told Insider that … It will 'put …'". */
export function speakerFromContext(ctx: SpeakerContext, quote: QuoteSpan): Speaker | null {
  const index = sentenceAt(ctx.sentences, quote.outerStart);
  for (let k = index - 1; k >= Math.max(0, index - 2); k--) {
    const s = ctx.sentences[k] as Sentence;
    for (const m of cuesIn(ctx, s.start, s.end)) {
      const speaker = subjectOf(ctx, s.start, s.start + (m.index ?? 0));
      if (speaker?.entityId) return { ...speaker, cue: m[1] as string };
    }
  }
  // "She is adamant that the scrutiny has been fair. “People are entitled to ask hard questions.”": a
  // quotation opening its sentence speaks for the person the paragraph's sentence before is about.
  const own = ctx.sentences[index] as Sentence;
  const previous = ctx.sentences[index - 1];
  if (!previous || previous.block_id !== own.block_id || ctx.text.slice(own.start, quote.outerStart).trim() !== "")
    return null;
  const opening = /^\W*(He|She)\s+(?!said|says|told|added)\w/.exec(previous.text);
  if (opening) {
    const m = antecedent(ctx, (opening[1] as string).toLowerCase(), previous.start);
    return m?.type === "PERSON" ? { ...asSpeaker(ctx, m, opening[1] as string), cue: "context" } : null;
  }
  const first = partiesIn(ctx, previous.start, previous.end)[0];
  return first?.type === "PERSON" && ctx.text.slice(previous.start, first.start).trim() === ""
    ? { ...asSpeaker(ctx, first, first.text), cue: "context" }
    : null;
}

/** Speaker phrase of a headline that ends ": Military expert". */
export function headlineSpeaker(ctx: SpeakerContext, blockStart: number, blockEnd: number): Speaker | null {
  const m = /:\s*([^:'"‘’“”]{2,60})$/u.exec(ctx.text.slice(blockStart, blockEnd));
  if (!m?.[1] || m.index === undefined) return null;
  const at = blockStart + m.index + m[0].length - m[1].length;
  const speaker = resolvePhrase(ctx, at, blockEnd, at);
  return speaker ? { ...speaker, cue: ":" } : { entityId: null, text: m[1].trim(), cue: ":" };
}

export const isPronoun = (text: string) => /^(?:he|she|they|it|we|i)$/i.test(text.trim());

/** Whether a pronoun can stand for an entity: "she" for a woman or a name of unknown gender. */
export function fitsPronoun(ctx: SpeakerContext, pronoun: string, entityId: string): boolean {
  const p = pronoun.trim().toLowerCase();
  const mention = ctx.mentions.find((m) => m.entity_id === entityId);
  if (!mention) return false;
  if (p === "he" || p === "she") {
    if (mention.type !== "PERSON") return false;
    const gender = genderOf(ctx, mention);
    return !gender || gender === (p === "she" ? "female" : "male");
  }
  return p === "it" ? mention.type !== "PERSON" : true;
}

/**
 * "the person said" after "A person familiar with the negotiations said …": the unnamed speaker as first
 * described, within the last few paragraphs.
 */
function introduction(ctx: SpeakerContext, phrase: string, at: number): string | null {
  const noun = /^the\s+([\p{L}-]+)$/iu.exec(phrase.trim())?.[1];
  if (!noun) return null;
  const window = ctx.text.slice(Math.max(0, at - 1500), at);
  const re = new RegExp(
    `\\b(?:a|an|one|another)\\s+((?:[\\p{L}-]+\\s+){0,3}${noun}(?:\\s+(?!who\\b|said\\b|told\\b)[\\p{L}-]+){0,4})`,
    "giu",
  );
  const found = [...window.matchAll(re)].at(-1)?.[1];
  return found ? found.replace(/\s+(?:who|said|told|says)$/i, "") : null;
}
