/**
 * What a speaker phrase names: "Peskov", "he", "the ministry", "a senior official", "Its defence
 * ministry"; and the subject of a clause before a speech verb.
 */
import type { Mention, Sentence } from "@sitrep/core";
import { gazetteer } from "../entities/gazetteer.js";
import { escapeRegExp, memoRegExp } from "../regex.js";
import { sentenceAt } from "../segment.js";
import { firstStartingAt } from "../spans.js";
import { antecedent, fitsPronoun } from "./antecedent.js";
import {
  AFTER_PREPOSITION,
  asSpeaker,
  cues,
  lookbackFrom,
  MINISTRY,
  memberRole,
  PRONOUN,
  partiesIn,
  ROLE,
  ROLE_AFTER,
  type Speaker,
  type SpeakerContext,
} from "./context.js";

/** The subject of the clause text[from, to): a name right before `to`, else the first name that is no object. */
export function subjectOf(ctx: SpeakerContext, from: number, to: number): Speaker | null {
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

/** The entity a speaker phrase text[start, end) names; `near` is where the cue is. */
export function resolvePhrase(ctx: SpeakerContext, start: number, end: number, near: number): Speaker | null {
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
  // "the Polish leader", "the Dutch prime minister": the person of that nation named before with a title.
  if (named && !people[0] && (named.type === "NORP" || named.type === "GPE") && /^the\s/i.test(phrase)) {
    const role = roleOf(phrase);
    const holder =
      role && cues.roles[role] === "PERSON"
        ? partiesIn(ctx, lookbackFrom(start), start).findLast(
            (m) => m.type === "PERSON" && ctx.text.slice(Math.max(0, m.start - 40), m.start).includes(named.text),
          )
        : undefined;
    if (holder) return { ...asSpeaker(ctx, holder, phrase), text: phrase };
  }
  // "The Democratic governor called the measure …": a person's role with a party or nation before it
  // names the role's holder, found below as for "the governor".
  const describesPerson =
    named &&
    !people[0] &&
    named.type === "NORP" &&
    /^the\s/i.test(phrase) &&
    cues.roles[roleOf(phrase) ?? ""] === "PERSON";
  if (named && !describesPerson) return asSpeaker(ctx, named, named.text);
  // "he", "the company, it said" — a subject; not the "it" of "As one voter put it".
  const pronoun = PRONOUN.exec(phrase)?.[1]?.toLowerCase();
  if (pronoun) {
    const m = antecedent(ctx, pronoun, start);
    // "Pressed on the post, the new home secretary was unruffled. “…,” she said.": the role that is
    // the subject of the sentence before, over a name further back.
    const at = sentenceAt(ctx.sentences, start);
    const [own, previous] = [ctx.sentences[at], ctx.sentences[at - 1]];
    const framed =
      (pronoun === "he" || pronoun === "she") &&
      own &&
      previous?.block_id === own.block_id &&
      (!m || m.start < previous.start)
        ? roleSubject(ctx, previous)
        : null;
    if (framed?.entityId && fitsPronoun(ctx, pronoun, framed.entityId))
      return { ...framed, text: phrase, cue: "", framed: true };
    return m ? { ...asSpeaker(ctx, m, phrase), text: phrase } : { entityId: null, text: phrase, cue: "" };
  }
  const role = roleOf(phrase);
  if (indefiniteRole(phrase)) return unnamedSpeaker(phrase);
  if (role) {
    // "the official said" after "one senior EU official said …": the one first described, if nearer.
    // …but "the statement said" after "The party said in a statement": a document's holder is who issued it.
    // "the ministry said": the ministry named before; "the spokesperson said": whose spokesperson.
    const holder = partiesIn(ctx, lookbackFrom(start), start)
      .filter((m) => m.block_kind !== "caption")
      .findLast((m) => holds(ctx, m, role));
    const first = /^the\s/i.test(phrase) && !DOCUMENTS.has(role) ? introductionAt(ctx, phrase, start) : null;
    // …unless that description is of the person named with it ("Britt Castaneda, a spokeswoman for …").
    const describesHolder = holder?.type === "PERSON" && first !== null && holder.start >= first.at - 80;
    if (first && !describesHolder) return { entityId: null, text: first.text, cue: "" };
    // A nationality holds no role: "a Ukrainian source said" names nobody.
    // …but "the Ukrainian foreign ministry said" names Ukraine's ministry, which "the ministry" then is.
    const ministry = holder?.type === "NORP" && MINISTRY.test(ctx.text.slice(holder.end, holder.end + 30));
    if (holder && (holder.type !== "NORP" || ministry)) return { ...asSpeaker(ctx, holder, phrase), text: phrase };
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

/** Roles that are documents: their holder is whoever issued them. */
const DOCUMENTS = new Set(["statement", "memo", "letter"]);

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
      // Matched in lowercase: a pattern with \p{L} compiles three times as fast without the i flag.
      memoRegExp(`(?:^|\\s)(?:a|an|one|another|some|two|three|several)\\s+(?:[\\p{L}-]+\\s+){0,2}${role}\\b`, "u").test(
        phrase.toLowerCase(),
      ))
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
  const lesser = memoRegExp(`\\b(?:vice|deputy|former|ex|assistant|acting)[\\s-]+${word.source}`);
  const before = ctx.text.slice(Math.max(0, m.start - 24), m.start).toLowerCase();
  if (m.role) {
    const title = m.role.toLowerCase();
    return word.test(title) && !lesser.test(title) && !lesser.test(before);
  }
  if (word.test(m.text.toLowerCase())) return true;
  // "a memo from the campaign's pollster, Meredith Sayle": a document's author follows "from" or "by".
  if (
    DOCUMENTS.has(role) &&
    memoRegExp(`${word.source}\\s+(?:from|by)\\s+[^.;]{0,45}$`, "u").test(
      ctx.text.slice(Math.max(0, m.start - 70), m.start).toLowerCase(),
    )
  )
    return true;
  const after = ctx.text.slice(m.end, m.end + 40).toLowerCase();
  // A document names whoever issued it before it ("The party said in a statement that Labour's …"), not after.
  return (
    (!DOCUMENTS.has(role) &&
      // "the ministry's spokesperson Maria Zakharova", not "a spokeswoman for Whitcomb".
      memoRegExp(`${word.source}\\s*,?\\s*(?:(?!(?:for|of|to|at|with|from)\\s)[\\p{L}.'’-]+\\s+){0,1}$`, "u").test(
        before,
      ) &&
      !lesser.test(before)) ||
    memoRegExp(
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
    // "the CM" is held by whoever bears "Chief Minister", and the other way round.
    const full = cues.role_abbreviations[role];
    const short = Object.keys(cues.role_abbreviations).find((k) => cues.role_abbreviations[k] === role);
    const forms = [role, full, short].filter((f): f is string => f !== undefined).map(escapeRegExp);
    re = new RegExp(`\\b(?:${forms.join("|")})\\b`);
    roleWords.set(role, re);
  }
  return re;
}

/**
 * "the person said" after "A person familiar with the negotiations said …": the unnamed speaker as first
 * described, within the last few paragraphs.
 */
function introduction(ctx: SpeakerContext, phrase: string, at: number): string | null {
  return introductionAt(ctx, phrase, at)?.text ?? null;
}

/** The introduction and where it is written. */
function introductionAt(ctx: SpeakerContext, phrase: string, at: number): { text: string; at: number } | null {
  const noun = /^the\s+([\p{L}-]+)$/iu.exec(phrase.trim())?.[1];
  if (!noun) return null;
  const from = Math.max(0, at - 1500);
  const window = ctx.text.slice(from, at);
  // Matched in lowercase where that keeps every offset (nearly always): a pattern with \p{L}
  // compiles three times as fast without the i flag, and each noun needs its own.
  const lower = window.toLowerCase();
  const folded = lower.length === window.length;
  const re = memoRegExp(
    `\\b(?:a|an|one|another)\\s+((?:[\\p{L}-]+\\s+){0,3}${folded ? noun.toLowerCase() : noun}(?:\\s+(?!who\\b|said\\b|told\\b)[\\p{L}-]+){0,4})`,
    folded ? "gu" : "giu",
  );
  // "They have a minister who keeps her job," he said: a description inside a quotation introduces nobody.
  const quoted = (i: number) => {
    const q = ctx.quotes[firstStartingAt(ctx.quotes, from + i + 1) - 1];
    return q !== undefined && from + i < q.end;
  };
  const found = [...(folded ? lower : window).matchAll(re)].filter((m) => !quoted(m.index ?? 0)).at(-1);
  if (!found?.[1]) return null;
  // The description as written: the group ends the match.
  const end = (found.index ?? 0) + found[0].length;
  const text = window.slice(end - found[1].length, end);
  return { text: text.replace(/\s+(?:who|said|told|says)$/i, ""), at: from + (found.index ?? 0) };
}

/** "Pressed on the post, the new home secretary was unruffled.": the holder of a role that is a sentence's subject. */
export function roleSubject(ctx: SpeakerContext, sentence: Sentence): Speaker | null {
  const role = ROLE_SUBJECT.exec(sentence.text);
  if (!role?.[2]) return null;
  const at = sentence.start + (role.index ?? 0) + role[0].indexOf(role[2]);
  const speaker = resolvePhrase(ctx, at, at + role[2].length, at);
  return speaker?.entityId ? { ...speaker, cue: "context" } : null;
}

const ROLE_SUBJECT =
  /^\W*((?:[^,.;:"“”]{0,60},\s+)?)(the\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:was|is|had|has|returned|turned|went|rose|stood|began|continued|paused|looked|smiled|added|said|says|told|insisted|argued|acknowledged|conceded)\b/iu;
