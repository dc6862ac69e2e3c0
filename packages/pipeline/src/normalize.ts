/**
 * `sitrep normalize`: every seed in the folder becomes rows of the text-layer datasets, or a row
 * of rejects.csv with the reason. One bad file never costs another file's output.
 */
import { join } from "node:path";
import {
  type Article,
  articlesTable,
  assignArticleIds,
  blocksTable,
  compareUnits,
  DATASET_TABLES,
  datesTable,
  entitiesTable,
  eventMentionsTable,
  eventsTable,
  mentionsTable,
  quantitiesTable,
  quotesTable,
  type Reject,
  type RejectReason,
  rejectsTable,
  sentencesTable,
  sha256Hex,
} from "@sitrep/core";
import { BATCH_ARTICLES, type NormalizedArticle, normalizeArticles } from "./article.js";
import { EntityTable } from "./entities/index.js";
import { EventTable } from "./events/merge.js";
import { type Fingerprinted, fingerprint, nearDuplicates } from "./near-duplicates.js";
import { readSeed, type Seed } from "./read-seed.js";
import { listSeeds, readSeedFile, type SeedEntry, type SkippedEntry } from "./seeds.js";
import { SOFTWARE } from "./version.js";
import { OutputFolder } from "./write-datasets.js";

export interface NormalizeOptions {
  readonly seedsDir: string;
  /** The datasets folder, e.g. out/datasets. */
  readonly datasetsDir: string;
  /** Called once per rejected, skipped or doubtful file and once with the summary. */
  readonly log?: (line: string) => void;
  /** Seeds larger than this many bytes are rejected unread (default 16 MiB). */
  readonly maxBytes?: number;
}

export interface ManifestInput {
  readonly source_file: string;
  readonly status: "processed" | "rejected" | "skipped";
  readonly bytes: number | null;
  readonly sha256: string | null;
  readonly article_id?: string;
  readonly reason?: string;
  readonly message?: string;
  /** For an exact copy: the file whose article holds the same text. */
  readonly duplicate_of?: string;
  readonly encoding?: string;
  /** What was guessed or changed while reading a processed file. */
  readonly warnings?: readonly string[];
}

export interface NormalizeResult {
  readonly articles: number;
  readonly rejects: readonly Reject[];
  readonly skipped: readonly SkippedEntry[];
  readonly datasetsDir: string;
}

export const TEXTS_DIR = "texts";

/** Few enough bytes in a batch that memory holds one batch, not the corpus. */
const BATCH_BYTES = 1 << 20;

export async function normalize(options: NormalizeOptions): Promise<NormalizeResult> {
  const log = options.log ?? (() => {});
  const { seeds, skipped } = await listSeeds(options.seedsDir);
  const ids = assignArticleIds(seeds.map((s) => s.sourceFile));
  const out = await new OutputFolder(options.datasetsDir).open();
  try {
    const articles: Article[] = [];
    // Rows of one article go to their files as it is done: memory holds the article, not the corpus.
    const blocks = out.table(blocksTable);
    const sentences = out.table(sentencesTable);
    const mentions = out.table(mentionsTable);
    const dates = out.table(datesTable);
    const quantities = out.table(quantitiesTable);
    const quotes = out.table(quotesTable);
    const entities = new EntityTable();
    const events = new EventTable();
    const rejects: Reject[] = [];
    const inputs: ManifestInput[] = [];

    const byText = new Map<string, { sourceFile: string; id: string }>();
    const fingerprints: Fingerprinted[] = [];
    const reject = (entry: SeedEntry, reason: RejectReason, detail: string, bytes: number, sha256: string | null) => {
      rejects.push({ source_file: entry.sourceFile, reason, detail });
      inputs.push({ source_file: entry.sourceFile, status: "rejected", bytes, sha256, reason, message: detail });
    };
    /** A seed read and parsed, waiting for its batch; or why it could not be. */
    type Pending =
      | { entry: SeedEntry; failed: { reason: RejectReason; detail: string; bytes: number; sha256: string | null } }
      | { entry: SeedEntry; failed: null; bytes: number; hash: string; seed: Seed; id: string };
    const keep = async (p: Extract<Pending, { failed: null }>, normalized: NormalizedArticle) => {
      const { entry, seed, id } = p;
      // The article's own hash of its normalized text tells an exact copy; copies are rare, so
      // normalizing one before finding out costs less than hashing every text twice.
      const textHash = normalized.article.sha256;
      const original = byText.get(textHash);
      if (original) {
        const message = `the same text as ${original.sourceFile} (article ${original.id}), which is kept`;
        skipped.push({ sourceFile: entry.sourceFile, reason: "duplicate", message, bytes: p.bytes });
        inputs.push({
          source_file: entry.sourceFile,
          status: "skipped",
          bytes: p.bytes,
          sha256: p.hash,
          reason: "duplicate",
          message,
          duplicate_of: original.sourceFile,
          article_id: original.id,
        });
        return;
      }
      byText.set(textHash, { sourceFile: entry.sourceFile, id });
      fingerprints.push({ id, published: seed.published, sample: fingerprint(normalized.text) });
      for (const w of seed.warnings) log(`warning ${entry.sourceFile}: ${w}`);
      articles.push(normalized.article);
      blocks.append(normalized.blocks);
      sentences.append(normalized.sentences);
      mentions.append(normalized.mentions);
      dates.append(normalized.dates);
      quantities.append(normalized.quantities);
      quotes.append(normalized.quotes);
      entities.add(id, normalized.linked, normalized.text);
      events.add(id, normalized.article.published, normalized.events);
      await out.write(join(TEXTS_DIR, `${id}.txt`), normalized.text);
      inputs.push({
        source_file: entry.sourceFile,
        status: "processed",
        bytes: p.bytes,
        sha256: p.hash,
        article_id: id,
        encoding: seed.encoding,
        ...(seed.warnings.length > 0 ? { warnings: seed.warnings } : {}),
      });
    };
    // Articles go through the stages a batch at a time (article.ts), and their outcomes are taken
    // in the seeds' order, so the output does not depend on where a batch ends.
    let batch: Pending[] = [];
    let batchBytes = 0;
    const flush = async () => {
      const ready = batch.filter((p): p is Extract<Pending, { failed: null }> => p.failed === null);
      const results = normalizeArticles(
        ready.map((p) => ({ seed: p.seed, articleId: p.id, sourceFile: p.entry.sourceFile })),
      );
      let next = 0;
      for (const p of batch) {
        if (p.failed) {
          reject(p.entry, p.failed.reason, p.failed.detail, p.failed.bytes, p.failed.sha256);
          continue;
        }
        const result = results[next++] as NormalizedArticle | Error;
        if (result instanceof Error) {
          // A fault of sitrep's own on one article must not cost the others theirs.
          const detail = `sitrep failed on this article (${result.message}); please report it with the file`;
          reject(p.entry, "processing_error", detail, p.bytes, p.hash);
          continue;
        }
        await keep(p, result);
      }
      batch = [];
      batchBytes = 0;
      // Reading and writing are synchronous; a pause between batches lets a Ctrl-C handler run.
      await new Promise((resolve) => setImmediate(resolve));
    };
    for (const entry of seeds) {
      const read = readSeedFile(entry, options.maxBytes);
      if (!read.ok) {
        batch.push({
          entry,
          failed: { reason: read.reason, detail: read.detail, bytes: read.bytes ?? entry.bytes, sha256: null },
        });
        continue;
      }
      const { bytes } = read;
      const hash = sha256Hex(bytes);
      const id = ids.get(entry.sourceFile) as string;
      let result: ReturnType<typeof readSeed>;
      try {
        result = readSeed(bytes);
      } catch (error) {
        const detail = `sitrep failed on this article (${(error as Error).message}); please report it with the file`;
        batch.push({ entry, failed: { reason: "processing_error", detail, bytes: bytes.byteLength, sha256: hash } });
        continue;
      }
      if (!result.ok) {
        batch.push({
          entry,
          failed: { reason: result.reason, detail: result.detail, bytes: bytes.byteLength, sha256: hash },
        });
        continue;
      }
      batch.push({ entry, failed: null, bytes: bytes.byteLength, hash, seed: result.seed, id });
      batchBytes += bytes.byteLength;
      if (batch.length >= BATCH_ARTICLES || batchBytes >= BATCH_BYTES) await flush();
    }
    await flush();
    const copies = nearDuplicates(fingerprints);
    for (const [i, article] of articles.entries()) {
      const copy = copies.get(article.article_id);
      if (copy) articles[i] = { ...article, duplicate_of: copy.of, similarity: copy.similarity };
    }
    for (const s of skipped) {
      if (s.reason === "duplicate") continue;
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
    for (const table of [blocks, sentences, mentions, dates, quantities, quotes]) table.close();
    await out.writeTable(entitiesTable, entities.rows());
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
    inputs.sort((a, b) => compareUnits(a.source_file, b.source_file));
    await out.writeJson("manifest.json", {
      software: SOFTWARE,
      counts: { inputs: inputs.length, processed: articles.length, rejected: rejects.length, skipped: skipped.length },
      inputs,
      outputs: [...out.files].sort((a, b) => (a.path < b.path ? -1 : 1)),
    });
    await out.commit();
    const duplicates = skipped.filter((s) => s.reason === "duplicate").length;
    const warned = inputs.filter((i) => i.warnings).length;
    const nearCopies = articles.filter((a) => a.duplicate_of !== null).length;
    const notes = [
      duplicates > 0 ? `${duplicates} exact duplicate(s) skipped` : "",
      nearCopies > 0 ? `${nearCopies} near-duplicate(s) marked` : "",
      warned > 0 ? `${warned} read with warnings` : "",
    ].filter(Boolean);
    log(
      `${articles.length} article(s), ${rejects.length} rejected, ${skipped.length} skipped${notes.length > 0 ? ` (${notes.join(", ")})` : ""} → ${options.datasetsDir}`,
    );
    return { articles: articles.length, rejects, skipped, datasetsDir: options.datasetsDir };
  } catch (error) {
    await out.abandon();
    throw error;
  }
}
