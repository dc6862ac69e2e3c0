/**
 * The briefing PDF: a title page (period, counts, data version, how to read it, contents), the
 * key developments with citation links, the timeline, the actors, equipment and aid, notable
 * quotes, then the sources appendix (appendix.ts) that the citations link into and the data
 * appendix (data-appendix.ts).
 */
import type { Article, SourceRow, TimelineRow } from "@sitrep/core";
import {
  type Development,
  KEY_DEVELOPMENTS,
  keyDevelopments,
  type RankedEvent,
  rankEvents,
  statusTag,
} from "../developments.js";
import { chronological, type Datasets } from "../read-datasets.js";
import { sourceRows } from "../sources-csv.js";
import { timelineRows } from "../timeline.js";
import { actorsSection, equipmentSection } from "./actors-equipment.js";
import { articlesAppendix, citationOf, destinationOf, FULL_TEXT_ARTICLES, plural } from "./appendix.js";
import { dataAppendix } from "./data-appendix.js";
import { BriefingDocument, NEW_PAGE, type Paper } from "./document.js";
import { mapSection } from "./map.js";
import { quotesSection, timelineSection } from "./sections.js";

/** What both the CSV briefings and the PDF show, computed once per report. */
export interface BriefingParts {
  readonly developments: readonly Development[];
  readonly timeline: readonly TimelineRow[];
  readonly sources: readonly SourceRow[];
}

export function briefingParts(data: Datasets, ranked: readonly RankedEvent[] = rankEvents(data)): BriefingParts {
  return {
    developments: keyDevelopments(data, KEY_DEVELOPMENTS, ranked),
    timeline: timelineRows(data),
    sources: sourceRows(data),
  };
}

export interface BriefingPdfOptions {
  readonly paper: Paper;
  readonly parts: BriefingParts;
}

/** The period covered, as first and last publication dates. */
export function periodOf(articles: readonly Article[]): { first: string; last: string } | null {
  const dates = articles.map((a) => a.published).sort();
  return dates.length === 0 ? null : { first: dates[0] as string, last: dates[dates.length - 1] as string };
}

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
      "and numbered links to the sentences behind it. The timeline, the actors, the equipment and aid, and notable " +
      "quotes follow. " +
      (articles.length <= FULL_TEXT_ARTICLES
        ? "Then each article with its publication date, source and size, the people, organizations, places and " +
          "weapons it names most, the sentences the key developments cite, and its text as published, block by " +
          "block: subheadings in bold, photo captions in italics with their credit, embedded social-media posts in " +
          "frames with author, handle and date. "
        : "Then the sources: every article as a row (date, title, words, captions, embedded posts), and the " +
          "sentences the key developments cite under their article's title; the full texts are in datasets/texts/. ") +
      "Every block and sentence is a row in the datasets (blocks.csv, sentences.csv), with " +
      "offsets into texts/<article_id>.txt, so any line here can be traced to its source.",
    "body",
  );
  // Past FULL_TEXT_ARTICLES the articles are rows of the sources table, which lists them all.
  if (articles.length > FULL_TEXT_ARTICLES) {
    pdf.heading(3, "Contents");
    pdf.paragraph(`${plural(articles.length, "article")}: the sources table at the end lists them all.`, "meta");
  } else if (articles.length > 0) {
    pdf.heading(3, "Contents");
    for (const article of articles) {
      pdf.internalLink(`${article.published}  ${article.title}`, destinationOf(article.article_id), "meta");
    }
  }
}

function keyDevelopmentsPage(pdf: BriefingDocument, developments: readonly Development[]): void {
  pdf.chapter("Key developments", NEW_PAGE, () => {
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
      pdf.ranked(d.rank, statusTag(d), d.summary, details.join(" · "), links);
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
  const { developments, timeline, sources } = options.parts;
  keyDevelopmentsPage(pdf, developments);
  timelineSection(pdf, timeline);
  mapSection(pdf, data);
  actorsSection(pdf, data);
  equipmentSection(pdf, data);
  quotesSection(pdf, data);
  // Each cited sentence, with the developments that cite it, printed once under its article.
  const citedBy = new Map<string, number[]>();
  for (const d of developments)
    for (const s of d.sentences) citedBy.set(s.sentence_id, [...(citedBy.get(s.sentence_id) ?? []), d.rank]);

  articlesAppendix(pdf, data, articles, citedBy, sources);
  dataAppendix(pdf, data);
  return pdf.finish();
}
