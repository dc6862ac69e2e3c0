/**
 * The briefing PDF. For now: a title page (period, counts, data version, how to read it, a
 * linked list of contents), then every article with its metadata and its blocks typeset by
 * kind. Later sections (key developments, timeline, map, actors, equipment, quotes) slot in
 * between the title page and the articles.
 */
import type { Article, Block, SourceRow } from "@sitrep/core";
import { type Development, keyDevelopments } from "../developments.js";
import { byArticle, chronological, type Datasets, fullText } from "../read-datasets.js";
import { sourceRows } from "../sources-csv.js";
import { timelineRows } from "../timeline.js";
import { actorsSection, equipmentSection } from "./actors-equipment.js";
import { BriefingDocument, type Paper } from "./document.js";
import { quotesSection, timelineSection } from "./sections.js";

export interface BriefingPdfOptions {
  readonly paper: Paper;
}

const destinationOf = (articleId: string) => `article-${articleId.replace(/[^a-z0-9_-]/g, "-")}`;
/** Where a cited sentence is printed in the sources appendix. */
export const citationOf = (sentenceId: string) => `cite-${sentenceId.replace(/[^A-Za-z0-9_-]/g, "-")}`;

/** The period covered, as first and last publication dates. */
export function periodOf(articles: readonly Article[]): { first: string; last: string } | null {
  const dates = articles.map((a) => a.published).sort();
  return dates.length === 0 ? null : { first: dates[0] as string, last: dates[dates.length - 1] as string };
}

const plural = (n: number, word: string) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;

const LANGUAGE_NAMES: Record<string, string> = { en: "English", uk: "Ukrainian", ru: "Russian" };
const languageName = (code: string) =>
  code
    .split("+")
    .map((c) => LANGUAGE_NAMES[c] ?? c)
    .join(" and ");

/** pdfkit's lang tag for a block, when the block is in one language other than the document's. */
const langOf = (block: Block) =>
  block.language !== "en" && !block.language.includes("+") ? block.language : undefined;

function titlePage(pdf: BriefingDocument, data: Datasets, articles: readonly Article[]): void {
  const period = periodOf(articles);
  const sources = new Set(articles.map((a) => a.source).filter(Boolean));
  pdf.heading(1, "sitrep briefing");
  pdf.paragraph(
    period
      ? `Period covered: ${period.first === period.last ? period.first : `${period.first} to ${period.last}`}`
      : "Period covered: no articles were read",
    "lead",
  );
  pdf.paragraph(
    [
      plural(articles.length, "article"),
      sources.size > 0 ? plural(sources.size, "named source") : "sources not named in the seeds",
      plural(data.rejects.length, "rejected file"),
    ].join(" · "),
    "body",
  );
  pdf.paragraph(
    `Data version ${data.dataVersion.slice(0, 16)} (SHA-256 of the datasets' manifest.json) · sitrep ${data.softwareVersion}`,
    "meta",
  );
  pdf.heading(3, "How to read this");
  pdf.paragraph(
    "The key developments come first: the events the articles report most, each one sentence with a status tag " +
      "and numbered links to the sentences behind it. " +
      "Each article follows with its publication date, source and size, the people, organizations, places and weapons " +
      "it names most, then its text as published, block by block: " +
      "subheadings in bold, photo captions in italics with their credit, embedded social-media posts in frames with " +
      "author, handle and date. Every block and sentence is a row in the datasets (blocks.csv, sentences.csv), with " +
      "offsets into texts/<article_id>.txt, so any line here can be traced to its source.",
    "body",
  );
  if (articles.length > 0) {
    pdf.heading(3, "Contents");
    for (const article of articles) {
      pdf.internalLink(`${article.published}  ${article.title}`, destinationOf(article.article_id), "meta");
    }
  }
}

function articleMeta(article: Article, blocks: readonly Block[]): string {
  const parts = [
    `Published ${article.published}`,
    article.source ? `Source: ${article.source}` : null,
    article.author ? `By ${article.author}` : null,
    `Language: ${languageName(article.language)}`,
    plural(article.word_count, "word"),
    plural(blocks.filter((b) => b.kind === "caption").length, "caption"),
    plural(blocks.filter((b) => b.kind === "social").length, "embedded post"),
    `File: ${article.source_file}`,
    `ID: ${article.article_id}`,
  ];
  if (article.url) parts.push(article.url);
  return parts.filter(Boolean).join(" · ");
}

/** "People: … · Organizations: … · Places: … · Weapons: …" from the article's briefing row. */
function namedLine(row: SourceRow | undefined): string | null {
  if (!row) return null;
  const parts = (
    [
      ["People", row.people],
      ["Organizations", row.organizations],
      ["Places", row.places],
      ["Weapons", row.weapons],
    ] as const
  )
    .filter(([, names]) => names)
    .map(([label, names]) => `${label}: ${names?.replaceAll(" | ", ", ")}`);
  return parts.length > 0 ? parts.join(" · ") : null;
}

function signatureOf(block: Block): string | null {
  const who = [block.author, block.handle ? `(${block.handle})` : null].filter(Boolean).join(" ");
  const parts = [who || null, block.posted].filter(Boolean);
  return parts.length > 0 ? `— ${parts.join(", ")}` : null;
}

function typesetBlock(pdf: BriefingDocument, block: Block, text: string, isTitle: boolean): void {
  switch (block.kind) {
    case "heading":
      if (!isTitle) pdf.heading(3, text);
      return;
    case "caption":
      pdf.paragraph(`Photo caption: ${text}`, "caption", langOf(block));
      return;
    case "social":
      pdf.blockQuote(text, signatureOf(block), langOf(block));
      return;
    case "byline":
    case "dateline":
    case "other":
      pdf.paragraph(text, "meta", langOf(block));
      return;
    default:
      pdf.paragraph(text, "body", langOf(block));
  }
}

/**
 * An article's text in the briefing stops after this many characters (about 30 pages): a
 * megabyte-long seed would otherwise bury every other article. The datasets keep it all.
 */
const ARTICLE_TEXT_LIMIT = 100_000;

function cutAtWord(text: string, at: number): string {
  const space = text.lastIndexOf(" ", at);
  // Never half of a surrogate pair, when a script without spaces is cut.
  const end = space > at / 2 ? space : /[\ud800-\udbff]/.test(text[at - 1] ?? "") ? at - 1 : at;
  return `${text.slice(0, end).trimEnd()} …`;
}

const STATUS_TAGS: Record<string, string> = {
  occurred: "OCCURRED",
  pledged: "PLEDGED",
  delivered: "DELIVERED",
  requested: "REQUESTED",
  denied: "DENIED",
  hypothetical: "POSSIBLE",
};

/** "THREATENED", "MET": the tag says what an occurred act was, where its type says more than "occurred". */
function tagOf(d: Development): string {
  if (d.status === "pledged" && d.type !== "AID") return "PLANNED";
  if (d.status !== "occurred") return STATUS_TAGS[d.status] ?? d.status.toUpperCase();
  return { THREATEN: "THREATENED", CONSULT: "MET", ASSAULT: "ATTACKED", SANCTION: "SANCTIONED" }[d.type] ?? "OCCURRED";
}

function keyDevelopmentsPage(pdf: BriefingDocument, developments: readonly Development[]): void {
  pdf.newPage();
  pdf.heading(2, "Key developments");
  pdf.bookmark("Key developments");
  pdf.section(() => {
    if (developments.length === 0) {
      pdf.paragraph("No events were found in these articles.", "body");
      return;
    }
    pdf.paragraph(
      "The events reported most, most recently and with most at stake (salience: mentions, articles, status, type, " +
        "how prominent the actor is, recency), each with the sentences that report it: the numbers in brackets link " +
        "to them in the sources appendix.",
      "meta",
    );
    for (const d of developments) {
      const details = [
        `${d.type}${d.mode ? ` (${d.mode})` : ""}`,
        plural(d.mention_count, "mention"),
        plural(d.article_count, "article"),
        d.location ? `at ${d.location}` : null,
        d.date ? null : "undated",
        "sources:",
      ].filter(Boolean);
      const links = d.sentences.map((s, i) => ({ label: `[${i + 1}]`, destination: citationOf(s.sentence_id) }));
      pdf.ranked(d.rank, tagOf(d), d.summary, details.join(" · "), links);
    }
  });
}

export async function renderBriefingPdf(data: Datasets, options: BriefingPdfOptions): Promise<Buffer> {
  const articles = chronological(data.articles);
  const period = periodOf(articles);
  const periodText = period
    ? period.first === period.last
      ? period.first
      : `${period.first} to ${period.last}`
    : "empty";
  // The newest publication date stands in for "now", so the same data gives the same bytes.
  const date = new Date(`${period?.last ?? "2000-01-01"}T00:00:00Z`);
  const pdf = new BriefingDocument({
    paper: options.paper,
    title: `sitrep briefing, ${periodText}`,
    subject: `Situation briefing from ${plural(articles.length, "news article")}, ${periodText}`,
    keywords: ["sitrep", "briefing", "news", ...new Set(articles.map((a) => a.source).filter(Boolean))].join(", "),
    author: "sitrep",
    creator: `sitrep ${data.softwareVersion}`,
    date,
    footer: `sitrep briefing ${periodText}`,
  });
  titlePage(pdf, data, articles);
  pdf.bookmark("Overview");
  const developments = keyDevelopments(data);
  keyDevelopmentsPage(pdf, developments);
  timelineSection(pdf, timelineRows(data));
  actorsSection(pdf, data);
  equipmentSection(pdf, data);
  quotesSection(pdf, data);
  // Each cited sentence, with the developments that cite it, printed once under its article.
  const citedBy = new Map<string, number[]>();
  for (const d of developments)
    for (const s of d.sentences) citedBy.set(s.sentence_id, [...(citedBy.get(s.sentence_id) ?? []), d.rank]);

  const blocksByArticle = byArticle(data.blocks);
  const summaries = new Map(sourceRows(data).map((row) => [row.article_id, row]));
  const articlesOutline = articles.length > 0 ? pdf.bookmark("Articles") : undefined;
  articles.forEach((article, i) => {
    const blocks = blocksByArticle.get(article.article_id) ?? [];
    if (i === 0) pdf.newPage();
    else pdf.rule();
    pdf.section(() => {
      pdf.heading(2, article.title, destinationOf(article.article_id));
      pdf.bookmark(`${article.published} ${article.title}`, articlesOutline);
      pdf.paragraph(articleMeta(article, blocks), "meta");
      const named = namedLine(summaries.get(article.article_id));
      if (named) pdf.paragraph(named, "meta");
      const cited = data.sentences.filter((s) => s.article_id === article.article_id && citedBy.has(s.sentence_id));
      if (cited.length > 0) {
        pdf.heading(3, "Sentences cited in the key developments");
        for (const s of cited) {
          const ranks = citedBy.get(s.sentence_id) ?? [];
          const by = `Key development${ranks.length > 1 ? "s" : ""} ${ranks.join(", ")}`;
          pdf.paragraph(`${by} · ${fullText(data, s)}`, "caption", undefined, citationOf(s.sentence_id));
        }
        pdf.heading(3, "Text");
      }
      // The heading the title came from is already printed as the article's H2.
      const titleBlock = article.title_source === "heading" ? blocks.find((b) => b.kind === "heading") : undefined;
      let room = ARTICLE_TEXT_LIMIT;
      for (const block of blocks) {
        const text = fullText(data, block);
        typesetBlock(pdf, block, text.length > room ? cutAtWord(text, room) : text, block === titleBlock);
        room -= text.length;
        if (room < 0) {
          pdf.paragraph(
            `The article goes on for ${(-room + article.char_count - block.end).toLocaleString("en-US")} more characters than this briefing prints; its full text is datasets/texts/${article.article_id}.txt.`,
            "meta",
          );
          break;
        }
      }
    });
    if (i === articles.length - 1) pdf.paragraph("End of briefing.", "meta");
  });
  return pdf.finish();
}
