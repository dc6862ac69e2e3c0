/**
 * What every part of speaker finding shares: the cue lexicon (lexicons/quote-cues.json) compiled
 * into patterns, the article's sorted mentions and quotations, and a mention as a speaker.
 */
import type { Mention, Sentence } from "@sitrep/core";
import { gazetteer } from "../entities/gazetteer.js";
import { token } from "../entities/tokenize.js";
import { loadLexicon } from "../lexicons.js";
import { alternation } from "../regex.js";
import { Coverage, sortedByStart, spansWithin } from "../spans.js";
import type { QuoteSpan } from "./find.js";

interface QuoteCues {
  verbs: string[];
  inverted: string[];
  participles: string[];
  pronouns: Record<string, string>;
  roles: Record<string, string>;
  /** "cm" → "chief minister": a short form stands for the role it abbreviates. */
  role_abbreviations: Record<string, string>;
  ministries: Record<string, string>;
}

const lexicon = loadLexicon<QuoteCues>("quote-cues.json");
/** The roles with their short forms among them ("the CM said" is a role like "the chief minister said"). */
export const cues: QuoteCues = {
  ...lexicon,
  roles: {
    ...lexicon.roles,
    ...Object.fromEntries(Object.keys(lexicon.role_abbreviations).map((short) => [short, "PERSON"])),
  },
};
/** Political parties, from the organizations lexicon: their members speak for themselves. */
const PARTIES = new Set(
  loadLexicon<{ organizations: { id: string; kind: string }[] }>("organizations.json")
    .organizations.filter((o) => o.kind === "political party")
    .map((o) => o.id),
);
/** The speech verbs of the lexicon as one alternation: quotes' cues, and events' reporting clauses. */
export const SPEECH_VERBS = alternation(cues.verbs);
export const CUE = new RegExp(`\\b(according to|${SPEECH_VERBS})\\b`, "gi");
export const INVERTED = new RegExp(`^[\\s,.!?;—–-]*(${alternation(cues.inverted)})\\s+(?!that\\b)`, "i");
/** "Detik.com quoted Djamal as saying": the one quoted speaks, not the outlet. */
export const QUOTED_AS = /\bquoted\s+([^.!?;“”"]{2,60}?)\s+as\s+(?:saying|telling|stating|writing|warning|adding)\b/;
export const QUOTED_AS_BEFORE = new RegExp(`${QUOTED_AS.source}[\\s,:]*$`);
export const PARTICIPLE = new RegExp(`^(?:${alternation(cues.participles)})$`, "i");
/** A pronoun subject of a speaker phrase: its first word, or the first after a comma ("the company, it said"). */
export const PRONOUN = new RegExp(`^(?:\\W*|.*,\\s*)(${alternation(Object.keys(cues.pronouns))})\\b`, "i");
export const ROLE = new RegExp(`\\b(${alternation(Object.keys(cues.roles))})\\b`, "gi");
/** A role noun right after a name, a word or two of description between: "whip", "MP for …", "co-leader". */
export const ROLE_AFTER = new RegExp(
  `^\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation(Object.keys(cues.roles))})\\b`,
  "iu",
);
export const MINISTRY = new RegExp(`^['’]?s?\\s+(${alternation(Object.keys(cues.ministries))})\\s+ministry\\b`, "i");
const SPEAKER_TYPES = new Set(["PERSON", "ORG", "GPE", "FACILITY", "NORP"]);
export const AFTER_PREPOSITION =
  /\b(?:to|with|for|from|against|on|of|in|at|into|near|over|by|than|about|like|between|toward|towards|told|accused|urged|asked)\s+(?:the\s+)?$/i;

export interface Speaker {
  readonly entityId: string | null;
  /** Canonical name when it is not the entity's (a country's ministry the gazetteer lacks). */
  readonly name?: string;
  readonly text: string;
  readonly cue: string;
  /** A pronoun read as the role that is the subject of the sentence before: the last speaker does not override it. */
  readonly framed?: boolean;
}

export interface SpeakerContext {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** Sorted by start. */
  readonly mentions: readonly Mention[];
  readonly quotes: readonly QuoteSpan[];
}

/** Sorted views of one article's mentions and quotations, built once per article. */
export interface Lookup {
  readonly quoted: Coverage;
  /** Mentions of a type that can speak, outside quotations, sorted by start. */
  readonly parties: readonly Mention[];
  /** The quotations by where they open, for "the next quotation". */
  readonly opens: readonly { start: number; end: number }[];
}
const lookups = new WeakMap<SpeakerContext, Lookup>();
const QUOTE_MARK = /^["“”‘’']$/;
export function lookup(ctx: SpeakerContext): Lookup {
  let found = lookups.get(ctx);
  if (!found) {
    const quoted = new Coverage(ctx.quotes);
    // A town does not speak ("St. Petersburg", "Cumbernauld"); a capital speaks for its state ("Kyiv said").
    const capitals = gazetteer().countryOfCapital;
    const speaks = (m: Mention) =>
      m.type !== "GPE" || /^gpe:[a-z]{3}$/.test(m.entity_id) || capitals.has(m.text) || !m.entity_id.startsWith("gpe:");
    // A name wrapped in quotation marks is a title or a slogan ("“Bihar Maange Raftaar”"), not someone.
    const wrapped = (m: Mention) =>
      QUOTE_MARK.test(ctx.text[m.start - 1] ?? "") && QUOTE_MARK.test(ctx.text[m.end] ?? "");
    const parties = ctx.mentions.filter(
      (m) => SPEAKER_TYPES.has(m.type) && speaks(m) && !quoted.covers(m.start) && !wrapped(m),
    );
    const opens = sortedByStart(ctx.quotes.map((q) => ({ start: q.outerStart, end: q.outerEnd })));
    found = { quoted, parties, opens };
    lookups.set(ctx, found);
  }
  return found;
}
export const insideQuote = (ctx: SpeakerContext, at: number) => lookup(ctx).quoted.covers(at);
/**
 * Where a search for an earlier name starts: 20,000 characters back, a long feature's length, so
 * a pronoun or a role finds the same holder as in a scan of the whole article, while a megabyte
 * article costs no more per quote.
 */
export const LOOKBACK = 20_000;
export const lookbackFrom = (at: number) => Math.max(0, at - LOOKBACK);
/** Speech verbs in running text are lowercase: "States" in "United States" and a headline's "WARNS" are not cues. */
export const isCue = (word: string) => /^[a-z]/.test(word) || /^according to$/i.test(word);

/** The role after a party's name up to `end` ("Labour whip", "SPD co-leader"), or null. */
export const memberRole = (ctx: SpeakerContext, m: Mention, end: number) =>
  PARTIES.has(m.entity_id) ? ROLE_AFTER.exec(ctx.text.slice(m.end, end)) : null;

/** A mention as a speaker: "China's foreign ministry" is the ministry, a capital is its state. */
export function asSpeaker(ctx: SpeakerContext, m: Mention, text: string): Speaker {
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
export const partiesIn = (ctx: SpeakerContext, start: number, end: number) =>
  spansWithin(lookup(ctx).parties, start, end);
