/** Datasets made in memory from seed files, as `sitrep normalize` would write them, for unit tests. */
import { EntityTable, EventTable, normalizeArticle, readSeed } from "@sitrep/pipeline";
import type { Datasets } from "../src/read-datasets.js";

export function datasetsOf(files: Record<string, Uint8Array>): Datasets {
  const normalized = Object.entries(files).map(([name, bytes]) => {
    const result = readSeed(bytes);
    if (!result.ok) throw new Error(result.detail);
    return normalizeArticle(result.seed, name.replace(/\.txt$/, ""), name);
  });
  const entities = new EntityTable();
  const events = new EventTable();
  for (const n of normalized) {
    entities.add(n.article.article_id, n.linked, n.text);
    events.add(n.article.article_id, n.article.published, n.events);
  }
  const merged = events.rows();
  return {
    articles: normalized.map((n) => n.article),
    blocks: normalized.flatMap((n) => n.blocks),
    sentences: normalized.flatMap((n) => n.sentences),
    rejects: [],
    entities: entities.rows(),
    mentions: normalized.flatMap((n) => n.mentions),
    quotes: normalized.flatMap((n) => n.quotes),
    quantities: normalized.flatMap((n) => n.quantities),
    events: merged.events,
    eventMentions: merged.mentions,
    dates: normalized.flatMap((n) => n.dates),
    texts: new Map(normalized.map((n) => [n.article.article_id, n.text])),
    dataVersion: "test",
    softwareVersion: "test",
    files: [],
  };
}
