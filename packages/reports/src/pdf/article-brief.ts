/**
 * Per-article briefs (out/briefings/articles/<article_id>.pdf): one article on one or two pages —
 * its key events with the sentence behind each, who and what it names, its dates and its quotes.
 * Every list is capped so that the longest article still fits two pages; the datasets hold the rest.
 */
import type { Article, Block, Entity, Mention, Quote, Sentence, TimeExpression } from "@sitrep/core";
import { type RankedEvent, readableDate, sentenceOf, statusTag } from "../developments.js";
import { byArticle, type Datasets, fullText } from "../read-datasets.js";
import { articleMeta, cutAtWord, plural } from "./appendix.js";
import { BriefingDocument, type Paper } from "./document.js";
import { quotation } from "./sections.js";

const EVENTS = 6;
const NAMES_PER_GROUP = 6;
const DATES = 10;
const QUOTES = 3;
const EVIDENCE_CHARS = 240;
const QUOTE_CHARS = 280;

const NAME_GROUPS = [
  ["People", ["PERSON"]],
  ["Organizations", ["ORG"]],
  ["Countries and places", ["GPE", "LOC", "FACILITY"]],
  ["Weapons and equipment", ["WEAPON"]],
  ["Groups and nationalities", ["NORP"]],
] as const;

/** The corpus indexed by article once, so that a thousand briefs do not scan it a thousand times. */
export class BriefIndex {
  readonly blocks: Map<string, Block[]>;
  readonly sentences: Map<string, Sentence>;
  readonly mentions: Map<string, Mention[]>;
  readonly dates: Map<string, TimeExpression[]>;
  readonly quotes: Map<string, Quote[]>;
  readonly entities: Map<string, Entity>;
  /** Each article's events, most salient first, with the mentions the article holds. */
  readonly events = new Map<string, RankedEvent[]>();

  constructor(
    readonly data: Datasets,
    ranked: readonly RankedEvent[],
  ) {
    this.blocks = byArticle(data.blocks);
    this.sentences = new Map(data.sentences.map((s) => [s.sentence_id, s]));
    this.mentions = byArticle(data.mentions);
    this.dates = byArticle(data.dates);
    this.quotes = byArticle(data.quotes);
    this.entities = new Map(data.entities.map((e) => [e.entity_id, e]));
    for (const r of ranked) {
      for (const [articleId, mentions] of byArticle(r.mentions)) {
        const list = this.events.get(articleId) ?? [];
        list.push({ ...r, mentions });
        this.events.set(articleId, list);
      }
    }
  }
}

/** One line of at most about `limit` characters. */
const cut = (text: string, limit: number) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= limit ? flat : cutAtWord(flat, limit - 2);
};

function keyEvents(pdf: BriefingDocument, index: BriefIndex, article: Article): void {
  const events = index.events.get(article.article_id) ?? [];
  pdf.heading(2, "Key events");
  if (events.length === 0) {
    pdf.paragraph("No event was found in this article.", "body");
    return;
  }
  if (events.length > EVENTS)
    pdf.paragraph(
      `The ${EVENTS} most salient of ${events.length} events; events.csv has them all (event_mentions.csv, article ${article.article_id}).`,
      "meta",
    );
  events.slice(0, EVENTS).forEach(({ event, mentions }, i) => {
    const first = index.sentences.get(mentions[0]?.sentence_id ?? "");
    const details = [
      `${event.type}${event.mode ? ` (${event.mode})` : ""}`,
      plural(mentions.length, "mention"),
      event.article_count > 1 ? `reported by ${plural(event.article_count, "article")} in all` : null,
      mentions.every((m) => m.source_kind === "caption") ? "in a photo caption" : null,
      event.date ? null : "undated",
      first ? `sentence ${first.seq}` : null,
    ].filter(Boolean);
    pdf.ranked(i + 1, statusTag(event), sentenceOf(event), details.join(" · "), []);
    if (first) pdf.paragraph(`“${cut(fullText(index.data, first), EVIDENCE_CHARS)}”`, "caption");
  });
}

function namedEntities(pdf: BriefingDocument, index: BriefIndex, article: Article): void {
  const counts = new Map<string, number>();
  for (const m of index.mentions.get(article.article_id) ?? [])
    if (m.entity_id) counts.set(m.entity_id, (counts.get(m.entity_id) ?? 0) + 1);
  const rows: string[][] = [];
  for (const [label, types] of NAME_GROUPS) {
    const top = [...counts]
      .map(([id, n]) => ({ entity: index.entities.get(id), n }))
      .filter((e): e is { entity: Entity; n: number } => (types as readonly string[]).includes(e.entity?.type ?? ""))
      .sort((a, b) => b.n - a.n || a.entity.name.localeCompare(b.entity.name))
      .slice(0, NAMES_PER_GROUP);
    if (top.length > 0) rows.push([label, top.map((e) => `${e.entity.name} (${e.n})`).join(", ")]);
  }
  pdf.heading(2, "Named in this article");
  if (rows.length === 0) pdf.paragraph("No named entity was found.", "body");
  else
    pdf.table(
      [
        { header: "Kind", width: 1.6 },
        { header: `Most named (mentions; at most ${NAMES_PER_GROUP})`, width: 6 },
      ],
      rows,
    );
}

/** "every day" for the set P1D, "every 2 days" for P2D; other values as readableDate writes them. */
const readsAs = (t: TimeExpression) =>
  t.type === "SET" && t.value.startsWith("P")
    ? `every ${readableDate(t.value).replace(/^1 /, "")}`
    : readableDate(t.value);

function dates(pdf: BriefingDocument, index: BriefIndex, article: Article): void {
  const all = index.dates.get(article.article_id) ?? [];
  const seen = new Set<string>();
  const distinct = all.filter((t) => !seen.has(t.value) && seen.add(t.value));
  pdf.heading(2, "Dates");
  if (distinct.length === 0) {
    pdf.paragraph("No time expression was found.", "body");
    return;
  }
  if (distinct.length > DATES)
    pdf.paragraph(`The first ${DATES} of ${distinct.length} distinct values; dates.csv has them all.`, "meta");
  pdf.table(
    [
      { header: "As written", width: 3 },
      { header: "Value (TIMEX3)", width: 2 },
      { header: "Reads as", width: 2.2 },
      { header: "Type", width: 1.2 },
    ],
    distinct.slice(0, DATES).map((t) => [cut(t.text, 60), t.value, readsAs(t), t.type]),
  );
}

function quotes(pdf: BriefingDocument, index: BriefIndex, article: Article): void {
  const all = index.quotes.get(article.article_id) ?? [];
  // Direct quotations with a speaker first, in the order the article gives them.
  const chosen = all.filter((q) => q.kind !== "partial" && q.speaker).slice(0, QUOTES);
  pdf.heading(2, "Quotes");
  if (chosen.length === 0) {
    pdf.paragraph(
      all.length > 0
        ? `${plural(all.length, "quotation")} without a named speaker; see quotes.csv.`
        : "No quotation was found.",
      "body",
    );
    return;
  }
  if (all.length > chosen.length)
    pdf.paragraph(
      `${chosen.length} of ${plural(all.length, "quotation")}, the first with a named speaker; quotes.csv has them all.`,
      "meta",
    );
  for (const q of chosen) {
    // As the briefing's Quotes section sets them: lighter than the frames of embedded posts.
    quotation(pdf, cut(fullText(index.data, q), QUOTE_CHARS), q, null);
  }
}

export async function renderArticleBrief(index: BriefIndex, article: Article, paper: Paper): Promise<Buffer> {
  const pdf = new BriefingDocument({
    paper,
    title: `sitrep article brief: ${article.title}`,
    subject: `Events, entities, dates and quotes of one news article, published ${article.published}`,
    keywords: ["sitrep", "article brief", article.source].filter(Boolean).join(", "),
    author: "sitrep",
    creator: `sitrep ${index.data.softwareVersion}`,
    date: new Date(`${article.published}T00:00:00Z`),
    footer: `sitrep article brief ${article.article_id}`,
  });
  pdf.paragraph("Article brief", "meta");
  // A first sentence standing in for a title can run to three lines at the briefing's title size.
  pdf.heading(1, article.title, undefined, article.title.length > 70 ? 15 : 20);
  pdf.bookmark(article.title);
  pdf.paragraph(articleMeta(article, index.blocks.get(article.article_id) ?? []), "meta");
  if (article.duplicate_of)
    pdf.paragraph(
      `A near-copy of article ${article.duplicate_of} (similarity ${article.similarity ?? "?"}): its events count once per copy.`,
      "meta",
    );
  pdf.paragraph(
    `From the datasets of data version ${index.data.dataVersion.slice(0, 16)}; the full text is texts/${article.article_id}.txt, ` +
      "and briefing.pdf sets the article among the others.",
    "meta",
  );
  for (const [title, write] of [
    ["Key events", keyEvents],
    ["Named in this article", namedEntities],
    ["Dates", dates],
    ["Quotes", quotes],
  ] as const) {
    pdf.section(() => {
      pdf.bookmark(title);
      write(pdf, index, article);
    });
  }
  return pdf.finish();
}
