/**
 * Who said a quotation: the speech cue next to it ("…,” Peskov warned", "said Ben Hodges",
 * "according to the ministry", "Macron said that …", "Expert: '…'") and the speaker phrase that
 * goes with the cue, resolved to an entity: a name in the phrase, a pronoun's nearest compatible
 * antecedent ("he said"), or a role's nearest holder ("the ministry said" → the ministry named
 * before). Without a cue, the speaker of a speech cue in the two sentences before it.
 */
import type { Mention, Sentence } from "@sitrep/core";
import { loadLexicon } from "../lexicons.js";
import { alternation } from "../regex.js";
import type { QuoteSpan } from "./find.js";

interface QuoteCues {
  verbs: string[];
  inverted: string[];
  listener_verbs: string[];
  pronouns: Record<string, string>;
  roles: Record<string, string>;
}

const cues = loadLexicon<QuoteCues>("quote-cues.json");
const CUE = new RegExp(`\\b(according to|${alternation(cues.verbs)})\\b`, "gi");
const INVERTED = new RegExp(`^[\\s,.!?;—–-]*(${alternation(cues.inverted)})\\s+(?!that\\b)`, "i");
const PRONOUN = new RegExp(`\\b(${alternation(Object.keys(cues.pronouns))})\\b`, "gi");
const ROLE = new RegExp(`\\b(${alternation(Object.keys(cues.roles))})\\b`, "gi");
const SPEAKER_TYPES = new Set(["PERSON", "ORG", "GPE", "FACILITY"]);

export interface Speaker {
  readonly entityId: string | null;
  readonly text: string;
  readonly cue: string;
}

export interface SpeakerContext {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly quotes: readonly QuoteSpan[];
}

/** Index of the sentence holding an offset. */
function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid] as Sentence).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The entity a speaker phrase text[start, end) names; `near` is where the cue is, so the closest name wins. */
function resolvePhrase(ctx: SpeakerContext, start: number, end: number, near: number): Speaker | null {
  const phrase = ctx.text.slice(start, end).trim();
  if (phrase === "" || phrase.split(/\s+/).length > 16) return null;
  const inside = ctx.mentions.filter((m) => m.start >= start && m.end <= end && SPEAKER_TYPES.has(m.type));
  const distance = (m: Mention) => Math.min(Math.abs(m.start - near), Math.abs(m.end - near));
  const people = inside.filter((m) => m.type === "PERSON").sort((a, b) => distance(a) - distance(b));
  const named = people[0] ?? inside.sort((a, b) => distance(a) - distance(b))[0];
  if (named) return { entityId: named.entity_id, text: named.text, cue: "" };
  // Antecedents: names said before, outside quotations and captions (never a photo credit).
  const before = ctx.mentions.filter(
    (m) => m.end <= start && SPEAKER_TYPES.has(m.type) && m.block_kind !== "caption" && !insideQuote(ctx, m.start),
  );
  const pronoun = [...phrase.matchAll(PRONOUN)].at(-1)?.[1]?.toLowerCase();
  if (pronoun) {
    const type = cues.pronouns[pronoun];
    const antecedent = before.filter((m) => type === "ANY" || m.type === type || (type === "ORG" && m.type === "GPE"));
    return { entityId: antecedent.at(-1)?.entity_id ?? null, text: phrase, cue: "" };
  }
  const role = [...phrase.matchAll(ROLE)].at(-1)?.[1]?.toLowerCase();
  if (role) {
    // "the ministry said": the ministry named before; a role nobody named before stays text.
    const holder = before.findLast((m) => `${m.text} ${m.role ?? ""}`.toLowerCase().includes(role));
    return { entityId: holder?.entity_id ?? null, text: phrase, cue: "" };
  }
  return phrase.split(/\s+/).length <= 6 && /^\p{Lu}/u.test(phrase) ? { entityId: null, text: phrase, cue: "" } : null;
}

const insideQuote = (ctx: SpeakerContext, at: number) => ctx.quotes.some((q) => q.start <= at && at < q.end);

/** The speaker phrase of a cue found at text[cueStart, cueEnd) in a clause that starts at `from`. */
function subjectBefore(ctx: SpeakerContext, from: number, cueStart: number): Speaker | null {
  const lead = ctx.text.slice(from, cueStart);
  // The subject starts after the last clause boundary or quote before the cue.
  const boundary = Math.max(lead.lastIndexOf(","), lead.lastIndexOf("”"), lead.lastIndexOf('"'), lead.lastIndexOf(";"));
  const start = from + boundary + 1;
  const subject = resolvePhrase(ctx, start, cueStart, cueStart);
  if (subject) return subject;
  // "Kremlin press secretary and Putin's spokesperson, Dmitry Peskov warned": an appositive before the comma.
  return boundary > 0 ? resolvePhrase(ctx, from, cueStart, cueStart) : null;
}

/** The speaker written around one quotation, or null. */
export function speakerOf(ctx: SpeakerContext, quote: QuoteSpan): Speaker | null {
  const { text, sentences } = ctx;
  const last = sentences[sentenceAt(sentences, Math.max(quote.outerEnd - 1, quote.outerStart))] as Sentence;
  const first = sentences[sentenceAt(sentences, quote.outerStart)] as Sentence;
  const nextQuote = ctx.quotes.find((q) => q.outerStart >= quote.outerEnd)?.outerStart ?? Number.POSITIVE_INFINITY;
  const prevQuote = ctx.quotes.findLast((q) => q.outerEnd <= quote.outerStart)?.outerEnd ?? 0;

  // After the quote: "…,” said Ben Hodges" or "…,” the ministry said."
  const afterEnd = Math.min(last.end, nextQuote);
  const after = text.slice(quote.outerEnd, afterEnd);
  const inverted = INVERTED.exec(after);
  if (inverted) {
    const at = quote.outerEnd + inverted[0].length;
    const stop = after.slice(inverted[0].length).search(/[,.;:!?(]/);
    const speaker = resolvePhrase(ctx, at, stop < 0 ? afterEnd : at + stop, at);
    if (speaker?.entityId || speaker?.text) return { ...speaker, cue: inverted[1] as string };
  }
  CUE.lastIndex = 0;
  const cueAfter = CUE.exec(after);
  if (cueAfter && cueAfter.index <= 160 && !/[.!?]/.test(after.slice(1, cueAfter.index))) {
    const cueStart = quote.outerEnd + cueAfter.index;
    const word = (cueAfter[1] as string).toLowerCase();
    const speaker =
      word === "according to"
        ? resolvePhrase(ctx, cueStart + word.length, afterEnd, cueStart)
        : resolvePhrase(ctx, quote.outerEnd, cueStart, cueStart);
    if (speaker) return { ...speaker, cue: cueAfter[1] as string };
  }

  // Before it: "Macron said that … “in-depth”", "according to X, “…”", "Military expert: '…'".
  const beforeStart = Math.max(first.start, prevQuote);
  const before = text.slice(beforeStart, quote.outerStart);
  const colon = /([^.!?:;]{2,80}):\s*$/u.exec(before);
  const cuesBefore = [...before.matchAll(CUE)];
  const cueBefore = cuesBefore.at(-1);
  if (cueBefore?.index !== undefined) {
    const cueStart = beforeStart + cueBefore.index;
    const word = (cueBefore[1] as string).toLowerCase();
    const speaker =
      word === "according to"
        ? resolvePhrase(ctx, cueStart + word.length, quote.outerStart, cueStart)
        : subjectBefore(ctx, beforeStart, cueStart);
    if (speaker) return { ...speaker, cue: cueBefore[1] as string };
  }
  if (colon?.[1] && colon.index !== undefined) {
    const speaker = resolvePhrase(ctx, beforeStart + colon.index, quote.outerStart - 1, quote.outerStart);
    if (speaker) return { ...speaker, cue: ":" };
  }
  return null;
}

/** A cue with a subject in one of the two sentences before `index`: "Hodges told Insider that …". */
export function speakerFromContext(ctx: SpeakerContext, quote: QuoteSpan): Speaker | null {
  const index = sentenceAt(ctx.sentences, quote.outerStart);
  for (let k = index - 1; k >= Math.max(0, index - 2); k--) {
    const s = ctx.sentences[k] as Sentence;
    const found = [...ctx.text.slice(s.start, s.end).matchAll(CUE)].filter(
      (m) => !insideQuote(ctx, s.start + (m.index ?? 0)),
    );
    for (const m of found) {
      const cueStart = s.start + (m.index ?? 0);
      const speaker = subjectBefore(ctx, s.start, cueStart);
      if (speaker?.entityId) return { ...speaker, cue: m[1] as string };
    }
  }
  return null;
}

/** Speaker phrase of a headline that ends ": Military expert". */
export function headlineSpeaker(ctx: SpeakerContext, blockStart: number, blockEnd: number): Speaker | null {
  const m = /:\s*([^:]{2,60})$/u.exec(ctx.text.slice(blockStart, blockEnd));
  if (!m?.[1] || m.index === undefined) return null;
  const at = blockStart + m.index + m[0].length - m[1].length;
  return resolvePhrase(ctx, at, blockEnd, at) ?? { entityId: null, text: m[1].trim(), cue: ":" };
}
