/**
 * out/index.html: one static, self-contained page listing every briefing and dataset file with
 * its size, row count and SHA-256, linked relatively so it works from file:// and when served.
 * No clock and no script: the same outputs give the same bytes.
 */
import { readFile, rename, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { sha256Hex } from "@sitrep/core";
import type { OutputFile } from "@sitrep/pipeline";
import { ARTICLE_BRIEFS_DIR, type ReportResult } from "./report.js";

interface Listed extends OutputFile {
  /** Path from the page to the file. */
  readonly href: string;
}

const html = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);

const size = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 1048576).toFixed(1)} MB`;

const DESCRIPTIONS: Record<string, string> = {
  "briefing.pdf":
    "The analyst briefing: key developments with citations, timeline, actors, equipment and aid, quotes, sources",
  "briefing.csv": "Key developments, ranked, with their cited sentences",
  "timeline.csv": "Every dated event, oldest first",
  "sources.csv": "Every article at a glance",
  "articles.csv": "One row per article",
  "blocks.csv": "Paragraphs, captions, headings, embedded posts",
  "sentences.csv": "Sentences with offsets",
  "entities.csv": "People, organizations, places, weapons",
  "mentions.csv": "Every entity mention",
  "dates.csv": "Time expressions as TIMEX3 values",
  "quantities.csv": "Amounts, normalized",
  "quotes.csv": "Quotations and their speakers",
  "events.csv": "Merged events (PLOVER, CAMEO)",
  "event_mentions.csv": "Every sentence reporting an event",
  "rejects.csv": "Seed files that could not be read",
  "data-dictionary.csv": "Every column of every table",
  "data-dictionary.md": "The data dictionary, readable",
  "datapackage.json": "Frictionless data package descriptor",
  "manifest.json": "Every input and output, hashed",
};

function table(title: string, files: readonly Listed[]): string {
  const rows = files
    .map((f) => {
      const name = f.href.split("/").at(-1) ?? f.href;
      return `<tr><td><a href="${html(f.href)}">${html(f.path)}</a></td><td>${html(DESCRIPTIONS[name] ?? "")}</td><td class="n">${size(f.bytes)}</td><td class="n">${f.rows ?? ""}</td><td class="h">${f.sha256}</td></tr>`;
    })
    .join("\n");
  return `<h2>${html(title)}</h2>
<table>
<thead><tr><th>File</th><th>What it holds</th><th>Size</th><th>Rows</th><th>SHA-256</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

/** The per-article briefs, oldest first, by date and title rather than file name. */
function briefsTable(
  briefs: ReportResult["briefs"],
  hrefOf: (brief: ReportResult["briefs"][number]) => string,
): string {
  const rows = briefs
    .map(
      (b) =>
        `<tr><td class="d">${html(b.published)}</td><td><a href="${html(hrefOf(b))}">${html(b.title)}</a></td><td class="n">${size(b.file.bytes)}</td><td class="h">${b.file.sha256}</td></tr>`,
    )
    .join("\n");
  return `<h2>Article briefs</h2>
<p class="meta">One PDF per article: its key events with the sentence behind each, who and what it names, its dates and quotes.</p>
<table>
<thead><tr><th>Published</th><th>Article</th><th>Size</th><th>SHA-256</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

export async function writeIndexPage(
  outDir: string,
  datasetsDir: string,
  briefingsDir: string,
  briefings: ReportResult,
): Promise<string> {
  const manifestBytes = await readFile(join(datasetsDir, "manifest.json"));
  const manifest = JSON.parse(manifestBytes.toString("utf8")) as {
    counts: { processed: number; rejected: number; skipped: number };
    outputs: OutputFile[];
  };
  /** A file's link from the page: relative, with forward slashes on any system. */
  const hrefOf = (path: string) => relative(outDir, path).split("\\").join("/");
  const listed = (dir: string, files: readonly OutputFile[]): Listed[] =>
    [...files]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((f) => ({ ...f, href: hrefOf(join(dir, f.path)) }));
  const texts = manifest.outputs.filter((f) => f.path.startsWith("texts/"));
  const datasets = listed(datasetsDir, [
    ...manifest.outputs.filter((f) => !f.path.startsWith("texts/")),
    // The manifest lists every other file; the page lists the manifest too.
    { path: "manifest.json", bytes: manifestBytes.byteLength, sha256: sha256Hex(manifestBytes) },
  ]);
  const period = briefings.period
    ? briefings.period.first === briefings.period.last
      ? briefings.period.first
      : `${briefings.period.first} to ${briefings.period.last}`
    : "no articles";
  const { processed, rejected, skipped } = manifest.counts;
  const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>sitrep: briefings and datasets, ${html(period)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#111}
h1{color:#0b2545;margin-bottom:.2rem}h2{color:#0b2545;margin-top:2rem}
p.meta{color:#555;margin-top:0}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #c5d3e0;vertical-align:top}
th{background:#e8eef5}td.n,td.d{white-space:nowrap}td.n{text-align:right}td.h{font-family:ui-monospace,monospace;font-size:.75rem;word-break:break-all}
a{color:#1d4e89}
</style>
</head>
<body>
<h1>sitrep briefing</h1>
<p class="meta">Period covered: ${html(period)} · ${processed} article(s) processed, ${rejected} rejected, ${skipped} skipped</p>
<p>Start with <a href="${html(hrefOf(join(briefingsDir, "briefing.pdf")))}">the briefing PDF</a>. Every CSV is UTF-8 with a byte order mark and opens in Excel, LibreOffice and Google Sheets; every row of the datasets carries offsets into its article's text in <code>${html(hrefOf(join(datasetsDir, "texts")))}/</code> (${texts.length} file(s), ${size(texts.reduce((n, f) => n + f.bytes, 0))}).</p>
${table(
  "Briefings",
  listed(
    briefingsDir,
    briefings.files.filter((f) => !f.path.startsWith(`${ARTICLE_BRIEFS_DIR}/`)),
  ),
)}
${table("Datasets", datasets)}
${briefings.briefs.length > 0 ? briefsTable(briefings.briefs, (b) => hrefOf(join(briefingsDir, b.file.path))) : ""}
</body>
</html>
`;
  const target = join(outDir, "index.html");
  const temporary = `${target}.tmp-${process.pid}`;
  await writeFile(temporary, page);
  await rename(temporary, target);
  return target;
}
