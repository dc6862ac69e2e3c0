/**
 * `sitrep normalize`: every seed in the folder becomes rows of the text-layer datasets, or a row
 * of rejects.csv with the reason. One bad file never costs another file's output.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  type Article,
  articlesTable,
  assignArticleIds,
  type Block,
  blocksTable,
  DATASET_TABLES,
  datesTable,
  entitiesTable,
  eventMentionsTable,
  eventsTable,
  type Mention,
  mentionsTable,
  type Quantity,
  type Quote,
  quantitiesTable,
  quotesTable,
  type Reject,
  rejectsTable,
  type Sentence,
  sentencesTable,
  sha256Hex,
  type TimeExpression,
} from "@sitrep/core";
import { normalizeArticle } from "./article.js";
import { EntityTable } from "./entities/index.js";
import { EventTable } from "./events/merge.js";
import { readSeed } from "./read-seed.js";
import { listSeeds, type SkippedEntry } from "./seeds.js";
import { SOFTWARE } from "./version.js";
import { OutputFolder } from "./write-datasets.js";

export interface NormalizeOptions {
  readonly seedsDir: string;
  /** The datasets folder, e.g. out/datasets. */
  readonly datasetsDir: string;
  /** Called once per rejected or skipped file and once with the summary. */
  readonly log?: (line: string) => void;
}

export interface ManifestInput {
  readonly source_file: string;
  readonly status: "processed" | "rejected" | "skipped";
  readonly bytes: number | null;
  readonly sha256: string | null;
  readonly article_id?: string;
  readonly reason?: string;
  readonly message?: string;
}

export interface NormalizeResult {
  readonly articles: number;
  readonly rejects: readonly Reject[];
  readonly skipped: readonly SkippedEntry[];
  readonly datasetsDir: string;
}

export const TEXTS_DIR = "texts";

export async function normalize(options: NormalizeOptions): Promise<NormalizeResult> {
  const log = options.log ?? (() => {});
  const { seeds, skipped } = await listSeeds(options.seedsDir);
  const ids = assignArticleIds(seeds.map((s) => s.sourceFile));
  const out = await new OutputFolder(options.datasetsDir).open();
  try {
    const articles: Article[] = [];
    const blocks: Block[] = [];
    const sentences: Sentence[] = [];
    const mentions: Mention[] = [];
    const dates: TimeExpression[] = [];
    const quantities: Quantity[] = [];
    const quotes: Quote[] = [];
    const entities = new EntityTable();
    const events = new EventTable();
    const rejects: Reject[] = [];
    const inputs: ManifestInput[] = [];

    for (const entry of seeds) {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(entry.path);
      } catch (error) {
        const detail = `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
        rejects.push({ source_file: entry.sourceFile, reason: "unreadable", detail });
        inputs.push({
          source_file: entry.sourceFile,
          status: "rejected",
          bytes: entry.bytes,
          sha256: null,
          reason: "unreadable",
          message: detail,
        });
        continue;
      }
      const hash = sha256Hex(bytes);
      const result = readSeed(bytes);
      if (!result.ok) {
        rejects.push({ source_file: entry.sourceFile, reason: result.reason, detail: result.detail });
        inputs.push({
          source_file: entry.sourceFile,
          status: "rejected",
          bytes: bytes.byteLength,
          sha256: hash,
          reason: result.reason,
          message: result.detail,
        });
        continue;
      }
      const id = ids.get(entry.sourceFile) as string;
      const normalized = normalizeArticle(result.seed, id, entry.sourceFile);
      articles.push(normalized.article);
      blocks.push(...normalized.blocks);
      sentences.push(...normalized.sentences);
      mentions.push(...normalized.mentions);
      dates.push(...normalized.dates);
      quantities.push(...normalized.quantities);
      quotes.push(...normalized.quotes);
      entities.add(id, normalized.linked, normalized.text);
      events.add(id, normalized.article.published, normalized.events);
      await out.write(join(TEXTS_DIR, `${id}.txt`), normalized.text);
      inputs.push({
        source_file: entry.sourceFile,
        status: "processed",
        bytes: bytes.byteLength,
        sha256: hash,
        article_id: id,
      });
    }
    for (const s of skipped) {
      inputs.push({
        source_file: s.sourceFile,
        status: "skipped",
        bytes: null,
        sha256: null,
        reason: s.reason,
        message: s.message,
      });
    }
    for (const r of rejects) log(`rejected ${r.source_file}: ${r.reason} — ${r.detail}`);
    for (const s of skipped) log(`skipped ${s.sourceFile}: ${s.message}`);

    await out.writeTable(articlesTable, articles);
    await out.writeTable(blocksTable, blocks);
    await out.writeTable(sentencesTable, sentences);
    await out.writeTable(entitiesTable, entities.rows());
    await out.writeTable(mentionsTable, mentions);
    await out.writeTable(datesTable, dates);
    await out.writeTable(quantitiesTable, quantities);
    await out.writeTable(quotesTable, quotes);
    const merged = events.rows();
    await out.writeTable(eventsTable, merged.events);
    await out.writeTable(eventMentionsTable, merged.mentions);
    await out.writeTable(rejectsTable, rejects);
    await out.writeDescriptors(DATASET_TABLES, {
      name: "sitrep-datasets",
      title: "sitrep datasets",
      version: SOFTWARE.version,
      description:
        "News articles normalized into blocks and sentences; every row carries offsets into texts/<article_id>.txt.",
    });
    inputs.sort((a, b) => (a.source_file < b.source_file ? -1 : a.source_file > b.source_file ? 1 : 0));
    await out.writeJson("manifest.json", {
      software: SOFTWARE,
      counts: { inputs: inputs.length, processed: articles.length, rejected: rejects.length, skipped: skipped.length },
      inputs,
      outputs: [...out.files].sort((a, b) => (a.path < b.path ? -1 : 1)),
    });
    await out.commit();
    log(
      `${articles.length} article(s), ${rejects.length} rejected, ${skipped.length} skipped → ${options.datasetsDir}`,
    );
    return { articles: articles.length, rejects, skipped, datasetsDir: options.datasetsDir };
  } catch (error) {
    await out.abandon();
    throw error;
  }
}
