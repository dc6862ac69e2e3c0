/** Seeds in, articles out: each one's row, blocks, sentences, entities, dates, quantities, quotes and events. Pure. */
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

/** One article on its way through the stages: each stage fills its part. */
class Draft {
  blocks: Block[] = [];
  sentences: Sentence[] = [];
  articleCounts = new Map<string, number>();
  title = "";
  titleSource: Article["title_source"] = "first_sentence";
  mentions: Mention[] = [];
  linked: LinkedMention[] = [];
  dates: TimeExpression[] = [];
  quantities: Quantity[] = [];
  quotes: Quote[] = [];
  events: EventMentionDraft[] = [];
  readonly text: string;

  constructor(
    readonly seed: Seed,
    readonly articleId: string,
    readonly sourceFile: string,
  ) {
    this.text = seed.text;
  }
}

/** Blocks, sentences, their languages, and the title. */
function textLayer(d: Draft): void {
  const { text, articleId, blocks, sentences, articleCounts } = d;
  const scripts = scriptLanguages(text);
  classifyBlocks(text).forEach((draft, i) => {
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

  const headerTitle = d.seed.headers.title;
  // The headline is the first heading, when only furniture (an ad, a timestamp, a byline) precedes it.
  const leading = blocks.find((b) => !FURNITURE.has(b.kind));
  const firstBody = blocks.find((b) => b.kind === "body");
  const lede = sentences.find((s) => s.block_id === (firstBody ?? blocks[0])?.block_id);
  if (headerTitle) {
    [d.title, d.titleSource] = [headerTitle, "header"];
  } else if (leading?.kind === "heading") {
    [d.title, d.titleSource] = [leading.text.replace(/^#+\s*/, ""), "heading"];
  } else {
    [d.title, d.titleSource] = [shortenTitle(lede?.text ?? text), "first_sentence"];
  }
}

function entityLayer(d: Draft): void {
  const { mentions, linked } = extractMentions(d.articleId, d.text, d.sentences, d.blocks);
  d.mentions = mentions;
  d.linked = linked;
}

function timeLayer(d: Draft): void {
  const { text, articleId, seed } = d;
  const postedOn = new Map(d.blocks.filter((b) => b.posted).map((b) => [b.block_id, b.posted as string]));
  // Loops and objects written out field by field: this runs for every sentence of the corpus.
  // `seq` orders sentences for anchorAnaphora ("the day named in the sentence just before").
  const found: (TimexDraft & { sentence_id: string; seq: number })[] = [];
  for (const s of d.sentences) {
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
  d.dates = anchorAnaphora(found, seed.published).map(
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
}

function quantityLayer(d: Draft): void {
  const { text, articleId, sentences, quantities } = d;
  const weapons = sortedByStart(d.mentions.filter((m) => m.type === "WEAPON"));
  const datesOf = new Map<string, TimeExpression[]>();
  for (const t of d.dates) {
    const list = datesOf.get(t.sentence_id);
    if (list) list.push(t);
    else datesOf.set(t.sentence_id, [t]);
  }
  for (const [i, s] of sentences.entries()) {
    for (const q of extractQuantities(text, s.start, s.end, datesOf.get(s.sentence_id) ?? []))
      quantities.push({
        article_id: articleId,
        quantity_id: `${articleId}#q${quantities.length + 1}`,
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
}

function quoteLayer(d: Draft): void {
  const names = new Map(d.linked.map((m) => [m.entityId, m.name]));
  d.quotes = extractQuotes(d.articleId, d.text, d.blocks, d.sentences, d.mentions, names);
}

function eventLayer(d: Draft): void {
  d.events = detectEvents({
    text: d.text,
    sentences: d.sentences,
    blocks: d.blocks,
    mentions: d.mentions,
    linked: d.linked,
    dates: d.dates,
    quantities: d.quantities,
    quotes: d.quotes,
  });
}

/** In the order each needs the last: entities before dates (none yet), dates before quantities, all before events. */
const STAGES: readonly ((d: Draft) => void)[] = [
  textLayer,
  entityLayer,
  timeLayer,
  quantityLayer,
  quoteLayer,
  eventLayer,
];

function finish(d: Draft): NormalizedArticle {
  const { seed, text, blocks, sentences } = d;
  return {
    text,
    blocks,
    sentences,
    mentions: d.mentions,
    linked: d.linked,
    quotes: d.quotes,
    events: d.events,
    quantities: d.quantities,
    dates: d.dates,
    article: {
      article_id: d.articleId,
      source_file: d.sourceFile,
      published: seed.published,
      title: d.title,
      title_source: d.titleSource,
      language: dominantLanguage(d.articleCounts),
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

/** Enough articles for each stage's code to stay warm across them: 64 short ones run about as fast as any larger batch. */
export const BATCH_ARTICLES = 64;

export interface ArticleInput {
  readonly seed: Seed;
  readonly articleId: string;
  readonly sourceFile: string;
}

/**
 * Several articles at once, stage by stage: each stage's code and lexicons stay in the processor's
 * caches over the batch, which runs about a quarter faster than one article through every stage
 * at a time (`pnpm bench` prints both). Each article's result is its own: an article a stage fails on comes
 * back as the error, and the others go on.
 */
export function normalizeArticles(inputs: readonly ArticleInput[]): (NormalizedArticle | Error)[] {
  const drafts: (Draft | Error)[] = inputs.map((i) => new Draft(i.seed, i.articleId, i.sourceFile));
  for (const stage of STAGES) {
    for (let i = 0; i < drafts.length; i++) {
      const d = drafts[i];
      if (d instanceof Error) continue;
      try {
        stage(d as Draft);
      } catch (error) {
        drafts[i] = error instanceof Error ? error : new Error(String(error));
      }
    }
  }
  return drafts.map((d) => (d instanceof Error ? d : finish(d)));
}

export function normalizeArticle(seed: Seed, articleId: string, sourceFile: string): NormalizedArticle {
  const [result] = normalizeArticles([{ seed, articleId, sourceFile }]);
  if (result instanceof Error) throw result;
  return result as NormalizedArticle;
}
