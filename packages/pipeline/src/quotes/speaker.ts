/**
 * Who said a quotation: the speech cue next to it ("…,” Peskov warned", "said Ben Hodges",
 * "according to the ministry", "Macron said that …", "Expert: '…'"), or else the subject of its
 * sentence ("Peskov accused Washington of 'pouring fuel on the fire'"), resolved to an entity: a
 * name, a pronoun's antecedent (the nearest subject of matching gender), a role's holder ("the
 * ministry said" → the ministry named before), a country's ministry ("China's foreign ministry"),
 * and a capital for its state ("Kyiv described it as …" → Ukraine).
 */

import type { Sentence } from "@sitrep/core";
import { isAbbreviation, sentenceAt } from "../segment.js";
import { firstStartingAt } from "../spans.js";
import { antecedent } from "./antecedent.js";
import {
  asSpeaker,
  CUE,
  INVERTED,
  insideQuote,
  isCue,
  lookup,
  PARTICIPLE,
  partiesIn,
  QUOTED_AS,
  QUOTED_AS_BEFORE,
  type Speaker,
  type SpeakerContext,
} from "./context.js";
import type { QuoteSpan } from "./find.js";
import { resolvePhrase, roleSubject, subjectOf } from "./phrase.js";

export { fitsPronoun, isPronoun } from "./antecedent.js";
export { LOOKBACK, type Speaker, type SpeakerContext } from "./context.js";

/** Where a speaker phrase after "said" ends: at punctuation, but not at a title's period ("said Sen. Mitch McConnell", "…,” Mr. Sunak told"). */
function phraseEnd(rest: string, stops = /[,.;:!?(]/g): number {
  for (let m = stops.exec(rest); m; m = stops.exec(rest)) {
    if (m[0] === "." && isAbbreviation(/([\p{L}]+)$/u.exec(rest.slice(0, m.index))?.[1] ?? "")) continue;
    return m.index;
  }
  return -1;
}

/**
 * "According to a government source, ministers were …": the source ends at the clause's comma, or
 * after a name in apposition ("according to a memo from the campaign's pollster, Meredith Sayle, that …").
 */
function accordingEnd(ctx: SpeakerContext, from: number, to: number): number {
  const stop = phraseEnd(ctx.text.slice(from, to), /[,;:]/g);
  if (stop < 0) return to;
  const comma = from + stop;
  const named = partiesIn(ctx, comma + 1, to)[0];
  return named?.type === "PERSON" &&
    ctx.text[comma] === "," &&
    ctx.text.slice(comma + 1, named.start).trim() === "" &&
    /^\s*(?:[,.;]|$)/.test(ctx.text.slice(named.end, named.end + 2))
    ? named.end
    : comma;
}

/** The cues of text[from, to) outside quotations, in capitals only when they are words, not headlines. */
function cuesIn(ctx: SpeakerContext, from: number, to: number): RegExpMatchArray[] {
  const span = ctx.text.slice(from, to);
  return [...span.matchAll(CUE)].filter(
    (m) =>
      isCue(m[1] as string) &&
      !insideQuote(ctx, from + (m.index ?? 0)) &&
      // "a so-called 'Dorothy Dixer'": part of a compound, not a verb.
      span[(m.index ?? 0) - 1] !== "-" &&
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
  const lastAt = sentenceAt(sentences, Math.max(quote.outerEnd - 1, quote.outerStart));
  const last = sentences[lastAt] as Sentence;
  const first = sentences[sentenceAt(sentences, quote.outerStart)] as Sentence;
  const { opens } = lookup(ctx);
  const nextQuote = opens[firstStartingAt(opens, quote.outerEnd)]?.start ?? Number.POSITIVE_INFINITY;
  // '"… where is that coming from?" Mr Hale asked.': a question or an exclamation ends its sentence,
  // so a short cue sentence right after it is the quotation's.
  const next = sentences[lastAt + 1];
  const cueFollows =
    next !== undefined &&
    next.block_id === last.block_id &&
    next.end - next.start <= 80 &&
    next.end <= nextQuote &&
    /[?!][”"’']*$/.test(text.slice(quote.outerStart, quote.outerEnd)) &&
    text.slice(quote.outerEnd, last.end).trim() === "";
  const afterEnd = cueFollows ? next.end : Math.min(last.end, nextQuote);
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
    // "Sen. Thomas Adair (R-Okla.), the lead negotiator, told": a period in parentheses ends no sentence.
    const between = after.slice(1, cue?.index).replace(/\([^()]*\)/g, (m) => " ".repeat(m.length));
    if (!cue || (cue.index ?? 0) > 160 || phraseEnd(between, /[.!?]/g) >= 0) {
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
    if (word === "according to")
      return withCue(
        resolvePhrase(ctx, cueStart + word.length, accordingEnd(ctx, cueStart + word.length, afterEnd), cueStart),
        cue,
      );
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
    const cues = cuesIn(ctx, first.start, quote.outerStart);
    const cue = cues.at(-1);
    if (cue) {
      const cueStart = first.start + (cue.index ?? 0);
      const word = (cue[1] as string).toLowerCase();
      // "The White House said … and urged Republicans to stop 'playing games'": a verb joined by
      // "and" to an earlier cue shares its subject.
      const firstCue = cues[0] as RegExpMatchArray;
      const coordinated =
        cues.length > 1 && /\band\s+(?:\w+ly\s+)?(?:also\s+)?$/i.test(text.slice(first.start, cueStart));
      const speaker =
        word === "according to"
          ? resolvePhrase(
              ctx,
              cueStart + word.length,
              accordingEnd(ctx, cueStart + word.length, quote.outerStart),
              cueStart,
            )
          : coordinated
            ? subjectOf(ctx, first.start, first.start + (firstCue.index ?? 0))
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
  const introduced = introducedByColon(ctx, quote);
  if (introduced) return introduced;
  // No cue at all: the subject of the sentence ("Peskov accused Washington of 'pouring fuel on the fire'").
  const subject = subjectOf(ctx, first.start, quote.outerStart);
  return subject ? { ...subject, cue: "subject" } : null;
}

/**
 * "Oyelaran made his case directly to skeptics in both parties:" ¶ "“To my Republican colleagues …”":
 * a quotation opening its paragraph, introduced by a colon ending the paragraph before.
 */
function introducedByColon(ctx: SpeakerContext, quote: QuoteSpan): Speaker | null {
  const index = sentenceAt(ctx.sentences, quote.outerStart);
  const own = ctx.sentences[index] as Sentence;
  const previous = ctx.sentences[index - 1];
  if (!previous || previous.block_id === own.block_id || ctx.text.slice(own.start, quote.outerStart).trim() !== "")
    return null;
  const colon = /:\s*$/.exec(previous.text);
  if (!colon) return null;
  const speaker = subjectOf(ctx, previous.start, previous.start + colon.index);
  if (speaker?.entityId) return { ...speaker, cue: ":" };
  // "In this year's veto message, she went further, writing:": a subject pronoun for the person named before.
  const pronoun = /(?:^|,\s+|\band\s+)(he|she)\s+(?!said\b|says\b)\p{Ll}/iu.exec(previous.text.slice(0, colon.index));
  if (pronoun?.[1]) {
    const at = previous.start + pronoun.index + pronoun[0].indexOf(pronoun[1]);
    const resolved = resolvePhrase(ctx, at, at + pronoun[1].length, at);
    if (resolved?.entityId) return { ...resolved, cue: ":" };
  }
  // "Choudhary's message to aspirants was brief:": whose words they are.
  const owner = partiesIn(ctx, previous.start, previous.start + colon.index).find((m) =>
    SPEECH_OWNED.test(ctx.text.slice(m.end, m.end + 40)),
  );
  return owner ? { ...asSpeaker(ctx, owner, owner.text), cue: ":" } : null;
}

/** A possessive before a noun for words said: "Choudhary's message", "the minister's reply". */
const SPEECH_OWNED =
  /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:message|statement|reply|response|answer|words|advice|verdict|warning|plea|appeal|argument|remarks?)\b/u;

const withCue = (speaker: Speaker | null, cue: RegExpMatchArray): Speaker | null =>
  speaker ? { ...speaker, cue: cue[1] as string } : null;

/** A cue with a subject in one of the two sentences before: "Hodges told Insider that … It will 'put …'". */
export function speakerFromContext(ctx: SpeakerContext, quote: QuoteSpan): Speaker | null {
  const index = sentenceAt(ctx.sentences, quote.outerStart);
  const own = ctx.sentences[index] as Sentence;
  const previous = ctx.sentences[index - 1];
  // "Grace Okafor later said …" ¶ "The Treasurer returned to the issue. “Every household …”": the
  // paragraph's own sentence about someone comes before a cue in the paragraph above.
  const about =
    previous && previous.block_id === own.block_id && cuesIn(ctx, previous.start, previous.end).length === 0
      ? aboutPrevious(ctx, quote, index)
      : null;
  if (about) return about;
  for (let k = index - 1; k >= Math.max(0, index - 2); k--) {
    const s = ctx.sentences[k] as Sentence;
    for (const m of cuesIn(ctx, s.start, s.end)) {
      const speaker = subjectOf(ctx, s.start, s.start + (m.index ?? 0));
      if (speaker?.entityId) return { ...speaker, cue: m[1] as string };
    }
  }
  return aboutPrevious(ctx, quote, index);
}

/**
 * "She is adamant that the scrutiny has been fair. “People are entitled to ask hard questions.”": a
 * quotation opening its sentence speaks for the person the paragraph's sentence before is about.
 */
function aboutPrevious(ctx: SpeakerContext, quote: QuoteSpan, index: number, acrossBlocks = false): Speaker | null {
  const own = ctx.sentences[index] as Sentence;
  const previous = ctx.sentences[index - 1];
  if (
    !previous ||
    (previous.block_id !== own.block_id && !acrossBlocks) ||
    ctx.text.slice(own.start, quote.outerStart).trim() !== ""
  )
    return null;
  const opening = /^\W*(He|She)\s+(?!said|says|told|added)\w/.exec(previous.text);
  if (opening) {
    const m = antecedent(ctx, (opening[1] as string).toLowerCase(), previous.start);
    return m?.type === "PERSON" ? { ...asSpeaker(ctx, m, opening[1] as string), cue: "context" } : null;
  }
  const first = partiesIn(ctx, previous.start, previous.end)[0];
  // The title before the name is the mention's role ("Mr" of "Mr Pritchard"), which entities typed already.
  const lead = ctx.text.slice(previous.start, first?.start ?? previous.start).trimEnd();
  const untitled = first?.role && lead.endsWith(first.role) ? lead.slice(0, -first.role.length) : lead;
  if (first?.type === "PERSON" && OPENING_ONLY.test(untitled))
    return { ...asSpeaker(ctx, first, first.text), cue: "context" };
  // "The Treasurer returned to the issue in her final answer. “Every household …”": a role as the subject.
  const subject = roleSubject(ctx, previous);
  return subject && !(first && first.start < previous.start + previous.text.indexOf(subject.text)) ? subject : null;
}

/**
 * The last resort for a quotation with no cue anywhere that opens its paragraph: "In a floor speech, Webb made
 * clear he was prepared to wait." ¶ "“Madam Clerk, I did not come here to make friends …”" is the person the
 * paragraph before ends on.
 */
export function speakerOfParagraphBefore(ctx: SpeakerContext, quote: QuoteSpan): Speaker | null {
  const index = sentenceAt(ctx.sentences, quote.outerStart);
  const speaker = aboutPrevious(ctx, quote, index, true);
  return speaker?.entityId ? speaker : null;
}

/** "That was how Sen. Raymond Pike … described the mood", "That was the verdict of Prof Gwen Tallis". */
const NAMED_AFTER =
  /^\s*(?:(?:That|This|Those|These|Such)\s+(?:was|were|is|are|has been)\s+(?:how|what|the\s+(?:[\p{L}-]+\s+){0,2}(?:verdict|view|assessment|message|warning|conclusion|words?|reaction|response|take|argument|case|judgment|judgement)\s+(?:of|from))|So\s+(?:said|says)|The\s+(?:remarks?|comments?|words|warning|assessment|verdict|prediction|line|post|interjection|quip|jibe|retort|message|tweet)\s*,?\s+(?:from|by)|The\s+(?:remarks?|comments?|words|warning|assessment|verdict|prediction)\s+came\s+from)\s/u;

/**
 * A quotation standing as its own paragraph, with its speaker named in the sentence after it:
 * the first person or organization that sentence names after its opening.
 */
export function speakerNamedAfter(ctx: SpeakerContext, from: number): Speaker | null {
  const at = sentenceAt(ctx.sentences, from);
  const next = [ctx.sentences[at], ctx.sentences[at + 1]].find((s) => s !== undefined && s.start >= from);
  const opening = next ? NAMED_AFTER.exec(next.text) : null;
  if (!next || !opening) return null;
  // "The post, from Pennington's campaign manager, Luis Ferreira": not the possessor.
  const named = partiesIn(ctx, next.start + opening[0].length, next.end).find(
    (m) => (m.type === "PERSON" || m.type === "ORG") && !/^['’]s\b/.test(ctx.text.slice(m.end, m.end + 3)),
  );
  return named ? { ...asSpeaker(ctx, named, named.text), cue: "named after" } : null;
}

/**
 * Nothing before a name but an opening phrase: "Mr Pritchard paused, then looked up.", "In her
 * closing remarks, Ortega-Baines returned to the budget."
 */
const OPENING_ONLY = /^\s*(?:[^,.;:"“”]{0,60},\s*)?$/;

/** Speaker phrase of a headline that ends ": Military expert". */
export function headlineSpeaker(ctx: SpeakerContext, blockStart: number, blockEnd: number): Speaker | null {
  const m = /:\s*([^:'"‘’“”]{2,60})$/u.exec(ctx.text.slice(blockStart, blockEnd));
  // "'We're not there yet': Senate negotiators stall on border package" is a headline, not a byline.
  if (!m?.[1] || m.index === undefined || m[1].trim().split(/\s+/).length > 6) return null;
  const at = blockStart + m.index + m[0].length - m[1].length;
  const speaker = resolvePhrase(ctx, at, blockEnd, at);
  return speaker ? { ...speaker, cue: ":" } : { entityId: null, text: m[1].trim(), cue: ":" };
}
