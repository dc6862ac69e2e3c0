/**
 * Briefing sections drawn from the datasets after the key developments: the timeline of dated
 * events and the notable quotations. Each caps its length and says how much more the CSVs hold.
 */
import type { Quote, TimelineRow } from "@sitrep/core";
import { MONTHS, readableDate } from "../developments.js";
import { type Datasets, fullText } from "../read-datasets.js";
import { type BriefingDocument, CHAPTER_ROOM } from "./document.js";

/** Rows of the timeline table in the PDF; timeline.csv has them all. */
export const TIMELINE_ROWS = 60;
export const QUOTES = 15;
/** A speaker's quotations in the Quotes section, so that one voice does not fill it. */
const PER_SPEAKER = 2;

export function timelineSection(pdf: BriefingDocument, rows: readonly TimelineRow[]): void {
  pdf.chapter("Timeline", CHAPTER_ROOM, () => {
    if (rows.length === 0) {
      pdf.paragraph("No event in these articles has a date.", "body");
      return;
    }
    pdf.paragraph(
      "Every event the articles date, oldest first, at the precision the text gives (a month, a week, a day); " +
        "the source is the first sentence that reports it (sentences.csv).",
      "meta",
    );
    timelineChart(pdf, rows);
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
  pdf.chapter("Quotes", CHAPTER_ROOM, () => {
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
      const source = article ? `${readableDate(article.published)}, ${article.title}` : q.article_id;
      quotation(pdf, fullText(data, q), q, source);
    }
  });
}

/** A quotation and its speaker under it ("— Joe Biden (“President Biden”), 23 Sep 2023, …"), in the briefing and the briefs. */
export function quotation(pdf: BriefingDocument, text: string, q: Quote, source: string | null): void {
  pdf.paragraph(`“${text.replace(/[,\s]+$/u, "")}”`, "body");
  const as = q.speaker_text && q.speaker_text !== q.speaker ? ` (“${q.speaker_text}”)` : "";
  pdf.paragraph(`— ${q.speaker}${as}${source ? `, ${source}` : ""}`, "meta");
}

const TYPE_COLORS: Record<string, string> = {
  AID: "#2a7f62",
  ASSAULT: "#b3261e",
  THREATEN: "#c77700",
  CONSULT: "#1d4e89",
  AGREE: "#5b7db1",
  SANCTION: "#7b3f98",
  COERCE: "#8c564b",
  DEMAND: "#9a8c00",
};
const OTHER_COLOR = "#777777";

/** A TIMEX3 date's first day as days since 1970, or null for values without a year. */
function dayOf(value: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return null;
  const quarter = /^\d{4}-Q([1-4])/.exec(value);
  const month = quarter ? (Number(quarter[1]) - 1) * 3 + 1 : Number(m[2] ?? 1);
  return Date.UTC(Number(m[1]), month - 1, Number(m[3] ?? 1)) / 86_400_000;
}

/**
 * The dated events on a time axis, one lane per event type, coloured by type: a vector drawing
 * tagged as a figure with a text alternative that counts them.
 */
function timelineChart(pdf: BriefingDocument, rows: readonly TimelineRow[]): void {
  const dated = rows
    .map((r) => ({ r, day: dayOf(r.date) }))
    .filter((d): d is { r: TimelineRow; day: number } => d.day !== null);
  if (dated.length === 0) return;
  const types = [...new Set(dated.map((d) => d.r.type))].sort();
  const doc = pdf.doc;
  const lane = 14;
  const labelWidth = 70;
  const height = types.length * lane + 28;
  pdf.keepSpace(height + 20);
  const left = doc.page.margins.left;
  const top = doc.y + 4;
  const x0 = left + labelWidth;
  const x1 = left + pdf.contentWidth - 6;
  const first = Math.min(...dated.map((d) => d.day));
  const last = Math.max(...dated.map((d) => d.day));
  const span = Math.max(last - first, 1);
  const x = (day: number) => x0 + ((day - first) / span) * (x1 - x0);
  const years = [new Date(first * 86_400_000).getUTCFullYear(), new Date(last * 86_400_000).getUTCFullYear()];
  const counts = types.map((t) => `${t} ${dated.filter((d) => d.r.type === t).length}`).join(", ");
  const alt = `Timeline chart of ${dated.length} dated events from ${rows[0]?.date} to ${rows.at(-1)?.date}, one lane per type: ${counts}.`;
  pdf.figure(alt, () => {
    types.forEach((type, i) => {
      const y = top + i * lane + lane / 2;
      doc
        .font("regular", 7)
        .fillColor("#333333")
        .text(type, left, y - 3.5, { width: labelWidth - 6, lineBreak: false });
      doc.moveTo(x0, y).lineTo(x1, y).lineWidth(0.3).strokeColor("#d5dde6").stroke();
      for (const d of dated.filter((e) => e.r.type === type))
        doc
          .circle(span === 1 && first === last ? (x0 + x1) / 2 : x(d.day), y, 2.6)
          .fill(TYPE_COLORS[type] ?? OTHER_COLOR);
    });
    const axis = top + types.length * lane + 4;
    doc.moveTo(x0, axis).lineTo(x1, axis).lineWidth(0.5).strokeColor("#8da9c4").stroke();
    // A tick per year, or per quarter's first month within a year or two.
    const ticks: { day: number; label: string }[] = [];
    const [fromYear, toYear] = years as [number, number];
    const step = Math.max(1, Math.ceil((toYear - fromYear + 1) / 10));
    if (toYear - fromYear >= 2) {
      for (let y = fromYear; y <= toYear + 1; y += step)
        ticks.push({ day: Date.UTC(y, 0, 1) / 86_400_000, label: String(y) });
    } else {
      for (let y = fromYear; y <= toYear + 1; y++)
        for (const m of [0, 3, 6, 9]) ticks.push({ day: Date.UTC(y, m, 1) / 86_400_000, label: `${MONTHS[m]} ${y}` });
    }
    for (const t of ticks.filter((t) => t.day >= first && t.day <= last)) {
      doc
        .moveTo(x(t.day), axis)
        .lineTo(x(t.day), axis + 3)
        .stroke();
      doc
        .font("regular", 6.5)
        .fillColor("#555555")
        .text(t.label, x(t.day) - 20, axis + 5, { width: 40, align: "center", lineBreak: false });
    }
  });
  doc.x = left;
  doc.y = top + height;
}
