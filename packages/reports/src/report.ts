/** `sitrep report`: datasets folder in, briefings folder (PDF and CSV) out, swapped in atomically. */
import { briefingTable, sourcesTable, timelineTable } from "@sitrep/core";
import { type OutputFile, OutputFolder } from "@sitrep/pipeline";
import { briefingParts, periodOf, renderBriefingPdf } from "./pdf/briefing-pdf.js";
import type { Paper } from "./pdf/document.js";
import { readDatasets } from "./read-datasets.js";

export interface ReportOptions {
  readonly datasetsDir: string;
  readonly briefingsDir: string;
  readonly paper?: Paper;
  readonly log?: (line: string) => void;
}

export interface ReportResult {
  readonly articles: number;
  readonly pdfBytes: number;
  /** The briefing files written, with bytes, SHA-256 and row counts (for the download page). */
  readonly files: readonly OutputFile[];
  /** The articles' publication dates, first and last. */
  readonly period: { first: string; last: string } | null;
}

export async function report(options: ReportOptions): Promise<ReportResult> {
  const data = await readDatasets(options.datasetsDir);
  const out = await new OutputFolder(options.briefingsDir).open();
  try {
    const parts = briefingParts(data);
    // The row type lists the table's columns; the cited sentences stay out of the CSV.
    await out.writeTable(
      briefingTable,
      parts.developments.map(({ sentences: _, ...row }) => row),
    );
    await out.writeTable(timelineTable, parts.timeline);
    await out.writeTable(sourcesTable, parts.sources);
    const pdf = await renderBriefingPdf(data, { paper: options.paper ?? "A4", parts });
    await out.write("briefing.pdf", pdf);
    await out.commit();
    const articles = parts.sources.length;
    options.log?.(`briefing of ${articles} article(s) → ${options.briefingsDir}`);
    return { articles, pdfBytes: pdf.byteLength, files: out.files, period: periodOf(data.articles) };
  } catch (error) {
    await out.abandon();
    throw error;
  }
}
