/** One seed in, the text layer of one article out: its row, blocks and sentences. Pure. */
import {
  type Article,
  type Block,
  blockId,
  type Mention,
  type Quantity,
  type Quote,
  type Sentence,
  sentenceId,
  sha256Hex,
  type TimeExpression,
} from "@sitrep/core";
import { wordCount } from "./block-cues.js";
import { classifyBlocks } from "./blocks.js";
import { extractMentions, type LinkedMention } from "./entities/index.js";
import { detectEvents, type EventMentionDraft } from "./events/detect.js";
import { countLetters, dominantLanguage, languageLabel, mergeCounts, scriptLanguages } from "./language.js";
import { extractQuantities } from "./quantities/extract.js";
import { extractQuotes } from "./quotes/index.js";
import type { Seed } from "./read-seed.js";
import { segmentSentences } from "./segment.js";
import { firstStartingAt, sortedByStart } from "./spans.js";
import { anchorAnaphora, type TimexDraft, tagTimex } from "./timex/tagger.js";

export interface NormalizedArticle {
  readonly article: Article;
  readonly blocks: Block[];
  readonly sentences: Sentence[];
  readonly mentions: Mention[];
  readonly dates: TimeExpression[];
  readonly quantities: Quantity[];
  readonly quotes: Quote[];
  /** Event mentions, merged over the corpus by EventTable. */
  readonly events: EventMentionDraft[];
  /** Mentions with their canonical entity, for the corpus-wide entity table. */
  readonly linked: LinkedMention[];
  /** The normalized text, written to texts/<article_id>.txt. */
  readonly text: string;
}

const TITLE_LIMIT = 160;
const FURNITURE: ReadonlySet<Block["kind"]> = new Set(["other", "byline", "dateline"]);

/** A long first sentence as a title: cut at a word boundary and marked with an ellipsis. */
export function shortenTitle(sentence: string): string {
  const flat = sentence.replace(/\s+/g, " ").trim();
  if (flat.length <= TITLE_LIMIT) return flat;
  let cut = flat.slice(0, TITLE_LIMIT - 1);
  // Never leave half of a surrogate pair (an emoji, a rare CJK character) at the cut.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(" ");
  return `${(space > TITLE_LIMIT / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, "")}…`;
}

/**
 * The weapon a distance belongs to ("the ATACMS that boast a range of up to 190 miles"): the
 * nearest weapon named before it in its sentence, else in the sentence before in the same block.
 */
function rangeOwner(
  weapons: readonly Mention[],
  sentences: readonly Sentence[],
  index: number,
  at: number,
): string | null {
  const sentence = sentences[index] as Sentence;
  const previous = sentences[index - 1];
  const last = weapons[firstStartingAt(weapons, at) - 1];
  if (!last) return null;
  const from = previous && previous.block_id === sentence.block_id ? previous.start : sentence.start;
  if (last.start >= from) return last.entity_id;
  // "it boasts an impressive range of 190 miles": the weapon the article last named.
  return /\brange\b/i.test(sentence.text) ? last.entity_id : null;
}

export function normalizeArticle(seed: Seed, articleId: string, sourceFile: string): NormalizedArticle {
  const { text } = seed;
  const scripts = scriptLanguages(text);
  const drafts = classifyBlocks(text);
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  const articleCounts = new Map<string, number>();

  drafts.forEach((draft, i) => {
    const id = blockId(articleId, i + 1);
    const blockCounts = new Map<string, number>();
    for (const span of segmentSentences(text, draft.start, draft.end)) {
      const sentenceText = text.slice(span.start, span.end);
      const counts = countLetters(sentenceText, scripts);
      mergeCounts(blockCounts, counts);
      sentences.push({
        article_id: articleId,
        sentence_id: sentenceId(articleId, sentences.length + 1),
        block_id: id,
        seq: sentences.length + 1,
        language: languageLabel(counts),
        start: span.start,
        end: span.end,
        text: sentenceText,
      });
    }
    mergeCounts(articleCounts, blockCounts);
    blocks.push({
      article_id: articleId,
      block_id: id,
      seq: i + 1,
      kind: draft.kind,
      language: languageLabel(blockCounts),
      start: draft.start,
      end: draft.end,
      text: text.slice(draft.start, draft.end),
      credit: draft.credit,
      author: draft.author,
      handle: draft.handle,
      posted: draft.posted,
    });
  });

  const headerTitle = seed.headers.title;
  // The headline is the first heading, when only furniture (an ad, a timestamp, a byline) precedes it.
  const leading = blocks.find((b) => !FURNITURE.has(b.kind));
  const firstBody = blocks.find((b) => b.kind === "body");
  const lede = sentences.find((s) => s.block_id === (firstBody ?? blocks[0])?.block_id);
  let title: string;
  let titleSource: Article["title_source"];
  if (headerTitle) {
    [title, titleSource] = [headerTitle, "header"];
  } else if (leading?.kind === "heading") {
    [title, titleSource] = [leading.text.replace(/^#+\s*/, ""), "heading"];
  } else {
    [title, titleSource] = [shortenTitle(lede?.text ?? text), "first_sentence"];
  }

  const { mentions, linked } = extractMentions(articleId, text, sentences, blocks);
  const postedOn = new Map(blocks.filter((b) => b.posted).map((b) => [b.block_id, b.posted as string]));
  // Loops and objects written out field by field: this runs for every sentence of the corpus.
  // `seq` orders sentences for anchorAnaphora ("the day named in the sentence just before").
  const found: (TimexDraft & { sentence_id: string; seq: number })[] = [];
  for (const s of sentences) {
    // A social post speaks from the day it was posted: its "today" is that day.
    for (const t of tagTimex(text, s.start, s.end, postedOn.get(s.block_id) ?? seed.published))
      found.push({
        start: t.start,
        end: t.end,
        type: t.type,
        value: t.value,
        precision: t.precision,
        anchor: t.anchor,
        mod: t.mod,
        floating: t.floating === true,
        sentence_id: s.sentence_id,
        seq: s.seq,
      });
  }
  const dates = anchorAnaphora(found, seed.published);
  const weapons = sortedByStart(mentions.filter((m) => m.type === "WEAPON"));
  const datesOf = new Map<string, (typeof dates)[number][]>();
  for (const d of dates) {
    const list = datesOf.get(d.sentence_id);
    if (list) list.push(d);
    else datesOf.set(d.sentence_id, [d]);
  }
  const quantityRows: Quantity[] = [];
  for (const [i, s] of sentences.entries()) {
    for (const q of extractQuantities(text, s.start, s.end, datesOf.get(s.sentence_id) ?? []))
      quantityRows.push({
        article_id: articleId,
        quantity_id: `${articleId}#q${quantityRows.length + 1}`,
        start: q.start,
        end: q.end,
        text: text.slice(q.start, q.end),
        value: q.value,
        value_max: q.valueMax,
        unit: q.unit,
        normalized_value: q.normalizedValue,
        normalized_unit: q.normalizedUnit,
        mod: q.mod as Quantity["mod"],
        object: q.object,
        subject_entity_id: q.normalizedUnit === "km" ? rangeOwner(weapons, sentences, i, q.start) : null,
        sentence_id: s.sentence_id,
      });
  }
  const names = new Map(linked.map((m) => [m.entityId, m.name]));
  const quotes = extractQuotes(articleId, text, blocks, sentences, mentions, names);
  const dateRows = dates.map(
    (t, i): TimeExpression => ({
      article_id: articleId,
      timex_id: `${articleId}#t${i + 1}`,
      start: t.start,
      end: t.end,
      text: text.slice(t.start, t.end),
      type: t.type,
      value: t.value,
      precision: t.precision,
      anchor: t.anchor,
      mod: t.mod,
      sentence_id: t.sentence_id,
    }),
  );
  const events = detectEvents({
    text,
    sentences,
    blocks,
    mentions,
    linked,
    dates: dateRows,
    quantities: quantityRows,
    quotes,
  });
  return {
    text,
    blocks,
    sentences,
    mentions,
    linked,
    quotes,
    events,
    quantities: quantityRows,
    dates: dateRows,
    article: {
      article_id: articleId,
      source_file: sourceFile,
      published: seed.published,
      title,
      title_source: titleSource,
      language: dominantLanguage(articleCounts),
      word_count: wordCount(text),
      block_count: blocks.length,
      sha256: sha256Hex(text),
      sentence_count: sentences.length,
      char_count: text.length,
      encoding: seed.encoding,
      // Set once the whole corpus is read (near-duplicates.ts).
      duplicate_of: null,
      similarity: null,
      source: seed.headers.source ?? null,
      url: seed.headers.url ?? null,
      author: seed.headers.author ?? null,
    },
  };
}
