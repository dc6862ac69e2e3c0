/** Reads a datasets folder through core's table specs: the reader never lists columns itself. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  type Article,
  articlesTable,
  type Block,
  blocksTable,
  csvFileName,
  datesTable,
  type Entity,
  type Event,
  type EventMention,
  entitiesTable,
  eventMentionsTable,
  eventsTable,
  type Mention,
  mentionsTable,
  parseCsv,
  type Quantity,
  type Quote,
  quantitiesTable,
  quotesTable,
  type Reject,
  type RowOf,
  rejectsTable,
  type Sentence,
  sentencesTable,
  sha256Hex,
  type TableSpec,
  type TimeExpression,
} from "@sitrep/core";

export interface Datasets {
  readonly articles: Article[];
  readonly blocks: Block[];
  readonly sentences: Sentence[];
  readonly rejects: Reject[];
  readonly entities: Entity[];
  readonly mentions: Mention[];
  readonly quotes: Quote[];
  readonly quantities: Quantity[];
  readonly events: Event[];
  readonly eventMentions: EventMention[];
  readonly dates: TimeExpression[];
  /** Normalized text per article (texts/<article_id>.txt): the full text behind every cell. */
  readonly texts: ReadonlyMap<string, string>;
  /** SHA-256 of manifest.json: names the exact data a briefing was made from. */
  readonly dataVersion: string;
  readonly softwareVersion: string;
  /** The datasets' files as the manifest lists them (manifest.json itself aside). */
  readonly files: readonly DatasetFile[];
}

export interface DatasetFile {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
  readonly rows?: number;
}

export class DatasetsError extends Error {
  override name = "DatasetsError";
}

async function readText(dir: string, file: string): Promise<string> {
  try {
    return await readFile(join(dir, file), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DatasetsError(
      code === "ENOENT"
        ? `${join(dir, file)} is missing; run 'sitrep normalize' first`
        : `cannot read ${join(dir, file)}: ${code}`,
    );
  }
}

async function readTable<S extends TableSpec>(dir: string, spec: S): Promise<RowOf<S>[]> {
  const file = csvFileName(spec);
  return parseCsv(spec, await readText(dir, file), join(dir, file));
}

export async function readDatasets(dir: string): Promise<Datasets> {
  const manifest = await readText(dir, "manifest.json");
  const parsed = JSON.parse(manifest) as { software?: { version?: string }; outputs?: DatasetFile[] };
  const software = parsed.software?.version ?? "unknown";
  const articles = await readTable(dir, articlesTable);
  const texts = new Map<string, string>();
  for (const article of articles) {
    texts.set(article.article_id, await readText(dir, join("texts", `${article.article_id}.txt`)));
  }
  return {
    articles,
    texts,
    blocks: await readTable(dir, blocksTable),
    sentences: await readTable(dir, sentencesTable),
    rejects: await readTable(dir, rejectsTable),
    entities: await readTable(dir, entitiesTable),
    mentions: await readTable(dir, mentionsTable),
    quotes: await readTable(dir, quotesTable),
    quantities: await readTable(dir, quantitiesTable),
    events: await readTable(dir, eventsTable),
    eventMentions: await readTable(dir, eventMentionsTable),
    dates: await readTable(dir, datesTable),
    dataVersion: sha256Hex(manifest),
    softwareVersion: software,
    files: parsed.outputs ?? [],
  };
}

/** The full text of a row with offsets; CSV cells may be cut at the spreadsheet limit. */
export function fullText(
  data: Datasets,
  row: { article_id: string; start: number; end: number; text: string },
): string {
  return data.texts.get(row.article_id)?.slice(row.start, row.end) ?? row.text;
}

/** Articles in reading order for a briefing: by publication date, then ID. */
export function chronological(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) =>
    a.published !== b.published ? (a.published < b.published ? -1 : 1) : a.article_id < b.article_id ? -1 : 1,
  );
}

/** Rows grouped by article, in their original order. */
export function byArticle<R extends { article_id: string }>(rows: readonly R[]): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const list = groups.get(row.article_id);
    if (list) list.push(row);
    else groups.set(row.article_id, [row]);
  }
  return groups;
}
