export { runCli } from "./cli.js";
export { type Development, KEY_DEVELOPMENTS, keyDevelopments, readableDate } from "./developments.js";
export { periodOf, renderBriefingPdf } from "./pdf/briefing-pdf.js";
export { BriefingDocument, type Paper } from "./pdf/document.js";
export { byArticle, chronological, type Datasets, DatasetsError, fullText, readDatasets } from "./read-datasets.js";
export { type ReportOptions, type ReportResult, report } from "./report.js";
export { sourceRows } from "./sources-csv.js";
