export * from "./cells.js";
export * from "./csv.js";
export * from "./datapackage.js";
export * from "./hash.js";
export * from "./ids.js";
export * from "./table.js";
export * from "./tables/briefing.js";
export { ARTICLE_ID_PATTERN, LANGUAGE_PATTERN } from "./tables/common.js";
export * from "./tables/extraction.js";
export * from "./tables/text.js";

import {
  datesTable,
  entitiesTable,
  eventMentionsTable,
  eventsTable,
  mentionsTable,
  quantitiesTable,
  quotesTable,
} from "./tables/extraction.js";
import { articlesTable, blocksTable, rejectsTable, sentencesTable } from "./tables/text.js";

/**
 * The tables the pipeline writes today, in dependency order. Extraction tables join this list
 * as their stages land; until then their specs exist but no empty files are written.
 */
export const DATASET_TABLES = [
  articlesTable,
  blocksTable,
  sentencesTable,
  entitiesTable,
  mentionsTable,
  datesTable,
  quantitiesTable,
  quotesTable,
  eventsTable,
  eventMentionsTable,
  rejectsTable,
] as const;
