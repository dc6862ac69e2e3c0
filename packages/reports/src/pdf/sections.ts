/**
 * Briefing sections drawn from the datasets after the key developments: the timeline of dated
 * events and the notable quotations. Each caps its length and says how much more the CSVs hold.
 */
import type { Quote, TimelineRow } from "@sitrep/core";
import { readableDate } from "../developments.js";
import type { Datasets } from "../read-datasets.js";
import type { BriefingDocument } from "./document.js";

/** Rows of the timeline table in the PDF; timeline.csv has them all. */
export const TIMELINE_ROWS = 60;
export const QUOTES = 15;
/** Room a section needs below its heading to start on the page it follows on; else it starts a new one. */
const SECTION_ROOM = 220;
/** A speaker's quotations in the Quotes section, so that one voice does not fill it. */
const PER_SPEAKER = 2;

export function timelineSection(pdf: BriefingDocument, rows: readonly TimelineRow[]): void {
  pdf.keepSpace(SECTION_ROOM);
  pdf.heading(2, "Timeline");
  pdf.bookmark("Timeline");
  pdf.section(() => {
    if (rows.length === 0) {
      pdf.paragraph("No event in these articles has a date.", "body");
      return;
    }
    pdf.paragraph(
      "Every event the articles date, oldest first, at the precision the text gives (a month, a week, a day); " +
        "the source is the first sentence that reports it (sentences.csv).",
      "meta",
    );
    pdf.table(
      [
        { header: "Date", width: 1.3 },
        { header: "Event", width: 5 },
        { header: "Status", width: 1.2 },
        { header: "Source", width: 1.9 },
      ],
      rows.slice(0, TIMELINE_ROWS).map((r) => [readableDate(r.date), r.summary, r.status, r.citation]),
    );
    if (rows.length > TIMELINE_ROWS)
      pdf.paragraph(`… and ${rows.length - TIMELINE_ROWS} more dated events in timeline.csv.`, "meta");
  });
}

/**
 * The quotations worth reading first: direct ones with a known speaker, the most named speakers
 * first, at most two each, longer ones before shorter.
 */
export function notableQuotes(data: Datasets, limit = QUOTES): Quote[] {
  const named = new Map(data.entities.map((e) => [e.entity_id, e.mention_count]));
  const candidates = data.quotes
    .filter((q) => q.kind !== "partial" && q.speaker_id && q.text.length >= 40)
    .sort(
      (a, b) =>
        (named.get(b.speaker_id ?? "") ?? 0) - (named.get(a.speaker_id ?? "") ?? 0) ||
        b.text.length - a.text.length ||
        a.quote_id.localeCompare(b.quote_id),
    );
  const taken = new Map<string, number>();
  const out: Quote[] = [];
  for (const q of candidates) {
    const n = taken.get(q.speaker_id ?? "") ?? 0;
    if (n >= PER_SPEAKER) continue;
    taken.set(q.speaker_id ?? "", n + 1);
    out.push(q);
    if (out.length >= limit) break;
  }
  return out;
}

export function quotesSection(pdf: BriefingDocument, data: Datasets): void {
  const quotes = notableQuotes(data);
  const articles = new Map(data.articles.map((a) => [a.article_id, a]));
  pdf.keepSpace(SECTION_ROOM);
  pdf.heading(2, "Quotes");
  pdf.bookmark("Quotes");
  pdf.section(() => {
    if (quotes.length === 0) {
      pdf.paragraph("No direct quotation with a known speaker was found.", "body");
      return;
    }
    pdf.paragraph(
      "Direct quotations of the most named speakers, at most two each; quotes.csv lists every quotation with its speaker.",
      "meta",
    );
    for (const q of quotes) {
      const article = articles.get(q.article_id);
      const text = data.texts.get(q.article_id)?.slice(q.start, q.end) ?? q.text;
      pdf.paragraph(`“${text.replace(/[,\s]+$/u, "")}”`, "body");
      const as = q.speaker_text && q.speaker_text !== q.speaker ? ` (“${q.speaker_text}”)` : "";
      pdf.paragraph(
        `— ${q.speaker}${as}, ${article ? `${readableDate(article.published)}, ${article.title}` : q.article_id}`,
        "meta",
      );
    }
  });
}
