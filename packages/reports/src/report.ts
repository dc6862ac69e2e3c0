/** `sitrep report`: datasets folder in, briefings folder (PDF and CSV) out, swapped in atomically. */

import { availableParallelism } from "node:os";
import { briefingTable, sourcesTable, timelineTable } from "@sitrep/core";
import { type OutputFile, OutputFolder } from "@sitrep/pipeline";
import { rankEvents } from "./developments.js";
import { BriefIndex } from "./pdf/article-brief.js";
import { BriefPool } from "./pdf/brief-workers.js";
import { briefingParts, periodOf, renderBriefingPdf } from "./pdf/briefing-pdf.js";
import type { Paper } from "./pdf/document.js";
import { chronological, readDatasets } from "./read-datasets.js";

export interface ReportOptions {
  readonly datasetsDir: string;
  readonly briefingsDir: string;
  readonly paper?: Paper;
  /** Threads that render the article briefs (default: the machine's cores). */
  readonly jobs?: number;
  readonly log?: (line: string) => void;
}

export interface ReportResult {
  readonly articles: number;
  readonly pdfBytes: number;
  /** The briefing files written, with bytes, SHA-256 and row counts (for the download page). */
  readonly files: readonly OutputFile[];
  /** The articles' publication dates, first and last. */
  readonly period: { first: string; last: string } | null;
  /** One brief per article, oldest first: the article and its file among `files`. */
  readonly briefs: readonly ArticleBrief[];
}

export interface ArticleBrief {
  readonly article_id: string;
  readonly published: string;
  readonly title: string;
  readonly file: OutputFile;
}

/** Per-article briefs, under the briefings folder. */
export const ARTICLE_BRIEFS_DIR = "articles";

export async function report(options: ReportOptions): Promise<ReportResult> {
  const data = await readDatasets(options.datasetsDir);
  const out = await new OutputFolder(options.briefingsDir).open();
  // The briefs' threads start first and read the datasets while this one writes the briefing.
  const pool = new BriefPool(
    chronological(data.articles),
    options.paper ?? "A4",
    options.datasetsDir,
    options.jobs ?? availableParallelism(),
  );
  try {
    const ranked = rankEvents(data);
    const parts = briefingParts(data, ranked);
    // The row type lists the table's columns; the cited sentences stay out of the CSV.
    await out.writeTable(
      briefingTable,
      parts.developments.map(({ sentences: _, ...row }) => row),
    );
    await out.writeTable(timelineTable, parts.timeline);
    await out.writeTable(sourcesTable, parts.sources);
    const pdf = await renderBriefingPdf(data, { paper: options.paper ?? "A4", parts });
    await out.write("briefing.pdf", pdf);
    const briefs: ArticleBrief[] = [];
    await pool.finish(new BriefIndex(data, ranked), async (a, bytes) => {
      const file = await out.write(`${ARTICLE_BRIEFS_DIR}/${a.article_id}.pdf`, bytes);
      briefs.push({ article_id: a.article_id, published: a.published, title: a.title, file });
    });
    if (pool.failure)
      options.log?.(
        `warning: a thread writing article briefs failed (${pool.failure.message}); this one wrote its briefs`,
      );
    await out.commit();
    const articles = parts.sources.length;
    options.log?.(`briefing of ${articles} article(s) → ${options.briefingsDir}`);
    return { articles, pdfBytes: pdf.byteLength, files: out.files, period: periodOf(data.articles), briefs };
  } catch (error) {
    await pool.close();
    await out.abandon();
    throw error;
  }
}
