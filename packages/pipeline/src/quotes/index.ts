/**
 * quotes.csv rows for one article: every quotation with its kind and speaker, and the text of
 * every embedded social post as a quote of its author.
 */
import type { Block, Mention, Quote, Sentence } from "@sitrep/core";
import { postSignature } from "../block-cues.js";
import { sentenceAt } from "../segment.js";
import { firstStartingAt, sortedByStart, spansWithin } from "../spans.js";
import { findQuotes, type QuoteSpan } from "./find.js";
import {
  fitsPronoun,
  headlineSpeaker,
  isPronoun,
  type Speaker,
  type SpeakerContext,
  speakerFromContext,
  speakerNamedAfter,
  speakerOf,
  speakerOfParagraphBefore,
} from "./speaker.js";

export const quoteId = (articleId: string, seq: number) => `${articleId}#u${seq}`;

/** The post text of a social block: without its signature and trailing post link. */
function postText(text: string, block: Block): { start: number; end: number } {
  const lastBreak = text.lastIndexOf("\n", block.end - 1);
  const lastStart = lastBreak >= block.start ? lastBreak + 1 : block.start;
  const signature = postSignature(text.slice(lastStart, block.end));
  let end = signature ? lastStart + signature.at : block.end;
  const body = text.slice(block.start, end).replace(/(?:\s*(?:pic\.twitter\.com\/\S+|https?:\/\/\S+))+\s*$/u, "");
  end = block.start + body.trimEnd().length;
  return { start: block.start, end };
}

/** The author of a social block; an unsigned post takes the author of the post right after it. */
function postAuthor(ctx: SpeakerContext, blocks: readonly Block[], i: number): Speaker | null {
  for (let k = i; k < blocks.length && (blocks[k] as Block).kind === "social"; k++) {
    const block = blocks[k] as Block;
    if (!block.author && !block.handle) continue;
    const inBlock = spansWithin(ctx.mentions, block.start, block.end);
    const person = inBlock.find((m) => m.type === "PERSON" || m.type === "ORG");
    const signed =
      person && block.author?.includes(person.text) ? person : inBlock.findLast((m) => m.type === "PERSON");
    return { entityId: signed?.entity_id ?? null, text: block.author ?? block.handle ?? "", cue: "posted" };
  }
  return null;
}

/** A quotation on its way to a row, with the index of its block and whether it opens that block. */
type Draft = Omit<QuoteSpan, "kind"> & { kind: Quote["kind"]; speaker: Speaker | null; block: number; opens: boolean };

/** The index of the block holding text[at] (blocks are sorted and do not overlap), or -1. */
function blockAt(blocks: readonly Block[], at: number): number {
  const i = firstStartingAt(blocks, at + 1) - 1;
  return i >= 0 && at < (blocks[i] as Block).end ? i : -1;
}

const REPLY = /^(?:replied|answered|responded|retorted|countered|shot back|fired back|hit back|interjected|turn)$/i;

/**
 * Two people trading lines in paragraphs of their own ("“…?” Whitfield asked." ¶ "“…,” Liddell
 * replied." ¶ "“Then why did nothing change?”" ¶ "“Things did change,” she said."): an unnamed
 * turn, or one named by a pronoun that fits both, is the one before the last speaker's.
 */
function dialogueTurn(text: string, drafts: readonly Draft[], here: number, opens: boolean): Speaker | null {
  if (!opens) return null;
  const [before, last] = [drafts.at(-2), drafts.at(-1)];
  if (!before?.speaker?.entityId || !last?.speaker?.entityId || before.speaker.entityId === last.speaker.entityId)
    return null;
  if (!last.opens || last.block !== here - 1 || !before.opens || before.block !== here - 2) return null;
  const question = /\?\s*$/.test(text.slice(before.start, before.end));
  return REPLY.test(last.speaker.cue) || question ? before.speaker : null;
}

export function extractQuotes(
  articleId: string,
  text: string,
  blocks: readonly Block[],
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  names: ReadonlyMap<string, string>,
): Quote[] {
  const spans = findQuotes(text, blocks);
  const ctx: SpeakerContext = { text, sentences, mentions: sortedByStart(mentions), quotes: spans };
  const drafts: Draft[] = [];
  for (const span of spans) {
    const blockIndex = blockAt(blocks, span.outerStart);
    const block = blocks[blockIndex];
    const opens = block !== undefined && text.slice(block.start, span.outerStart).trim() === "";
    let speaker = block?.kind === "heading" ? headlineSpeaker(ctx, block.start, block.end) : null;
    speaker ??= speakerOf(ctx, span);
    // The voice goes on: a quote standing as its own sentence after a quoted speaker ("“A,” she
    // says. “B.”"), and a pronoun that fits the speaker just quoted ("he said" after his quote).
    const here = sentenceAt(sentences, span.outerStart);
    const previous = drafts.at(-1);
    // The last speaker, unless someone else was named since ("Hakeem Jeffries said … 'X,' he said").
    const named = previous
      ? spansWithin(ctx.mentions, previous.outerEnd, span.outerStart).some(
          (m) => m.type === "PERSON" && m.entity_id !== previous.speaker?.entityId,
        )
      : true;
    const recent =
      previous?.speaker && !named && here - sentenceAt(sentences, previous.outerEnd - 1) <= 2 ? previous.speaker : null;
    const standalone = text.slice((sentences[here] as Sentence).start, span.outerStart).trim() === "";
    // A quotation that is its own sentences, its speaker named in the sentence just after ("That was how …
    // described it", "The line, from Rep. Curtis Hanley, drew laughter").
    const lastSentence = sentences[sentenceAt(sentences, span.outerEnd - 1)] as Sentence;
    if (!speaker && standalone && text.slice(span.outerEnd, lastSentence.end).trim() === "")
      speaker = speakerNamedAfter(ctx, lastSentence.end);
    const other = dialogueTurn(text, drafts, blockIndex, opens);
    if (!speaker && standalone && other) speaker = { ...other, text: "", cue: "turn" };
    // …unless the sentence just before is about someone else ("The Treasurer returned to the issue. “…”").
    const framed = !speaker && standalone && recent ? speakerFromContext(ctx, span) : null;
    if (framed?.cue === "context" && framed.entityId !== recent?.entityId) speaker = framed;
    if (!speaker && standalone && recent) speaker = { ...recent, cue: "continued" };
    // "“I didn’t get into politics to be popular,” she says, pulling on her coat, “and I don’t think …”":
    // a quotation resumed in lowercase in the same sentence goes on in the same voice.
    if (
      !speaker &&
      previous?.speaker &&
      /^\p{Ll}/u.test(text.slice(span.start, span.start + 1)) &&
      sentenceAt(sentences, previous.outerEnd - 1) === here
    )
      speaker = { ...previous.speaker, cue: "continued" };
    speaker ??= speakerFromContext(ctx, span);
    if (!speaker && span.kind === "direct") speaker = speakerOfParagraphBefore(ctx, span);
    // A pronoun that fits the speaker quoted last, with nobody else named since, is that speaker
    // however many sentences lie between ("… she says. [caption] She is adamant … “People are …”").
    const last = previous?.speaker && !named ? previous.speaker : null;
    if (
      speaker &&
      other?.entityId &&
      isPronoun(speaker.text) &&
      !/^(?:added|continued|went on)$/i.test(speaker.cue) &&
      fitsPronoun(ctx, speaker.text, other.entityId)
    )
      speaker = { ...other, text: speaker.text, cue: speaker.cue };
    else if (
      speaker &&
      !speaker.framed &&
      last?.entityId &&
      isPronoun(speaker.text) &&
      speaker.entityId !== last.entityId
    ) {
      if (fitsPronoun(ctx, speaker.text, last.entityId)) speaker = { ...last, text: speaker.text, cue: speaker.cue };
    }
    drafts.push({
      start: span.start,
      end: span.end,
      outerStart: span.outerStart,
      outerEnd: span.outerEnd,
      kind: span.kind,
      speaker,
      block: blockIndex,
      opens,
    });
  }
  // A heading's quotation ("'Adequate response'", "Germany's Greens defiant: 'We will not apologize'")
  // quotes the body below it, whose attribution is the full one; a person the heading names stays.
  for (const d of drafts) {
    const block = blocks[d.block];
    if (block?.kind !== "heading" || (d.speaker?.entityId && !/^(?:gpe|norp):/.test(d.speaker.entityId))) continue;
    const said = text.slice(d.start, d.end).toLowerCase().replace(/[.,]$/, "");
    const source = drafts.find(
      (o) => o.start > block.end && o.speaker?.entityId && text.slice(o.start, o.end).toLowerCase().includes(said),
    );
    if (source) d.speaker = source.speaker;
  }
  blocks.forEach((block, i) => {
    if (block.kind !== "social") return;
    const { start, end } = postText(text, block);
    if (end <= start) return;
    const speaker = postAuthor(ctx, blocks, i);
    drafts.push({ start, end, outerStart: start, outerEnd: end, kind: "social", speaker, block: i, opens: true });
  });
  drafts.sort((a, b) => a.start - b.start);
  return drafts.map((d, i) => ({
    quote_id: quoteId(articleId, i + 1),
    article_id: articleId,
    start: d.start,
    end: d.end,
    text: text.slice(d.start, d.end),
    kind: d.kind,
    speaker_id: d.speaker?.entityId ?? null,
    speaker: d.speaker?.name ?? (d.speaker?.entityId ? (names.get(d.speaker.entityId) ?? null) : null),
    speaker_text: d.speaker?.text || null,
    cue: d.speaker?.cue || null,
    sentence_id: (sentences[sentenceAt(sentences, d.start)] as Sentence).sentence_id,
  }));
}
